#!/usr/bin/env python3
"""Independent verifier of Garita's published daily draw files (`garita-draw-v1` and `-v2`).

Written from docs/draw.md alone (no Rust source was read), so that the document and the
reference code cannot drift apart silently. Each file is verified by the version it names
(sections 1-10 for v1, section 11 for v2). Usage:

    python3 tools/verify_draw.py [--require N] FILE [FILE ...]

Prints `ok FILE` or `FAIL FILE: <first difference>` per file. Exit 0 if every file is ok,
1 if any failed (or fewer than N files were given with --require N), 2 on usage errors or
files that cannot be read.

Not checked for v2 (it needs a BLS12-381 pairing, which the standard library lacks): that
the drand signature is genuine (section 11.2). A v2 file that used a drand round therefore
prints `ok FILE (drand signature not checked here: ...)`.
"""
import datetime
import hashlib
import json
import re
import sys

VERSION = "garita-draw-v1"  # sections 1-10 (docs/draw.md title, §6)
VERSION_V2 = "garita-draw-v2"  # section 11

# §11.2 drand `quicknet`
QUICKNET_CHAIN_HASH = "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971"
QUICKNET_GENESIS_MS = 1692803367 * 1000  # round 1 is emitted at 1692803367 s
QUICKNET_PERIOD_MS = 3 * 1000
# Printed after `ok FILE` for a v2 file whose drand round was used (see the docstring).
UNCHECKED_SIGNATURE = ("(drand signature not checked here: it needs a pairing library; "
                       "garita draw verify checks it)")


class Mismatch(Exception):
    """The first difference found; the message names the field path."""


def sha256(data):
    return hashlib.sha256(data).digest()


def frame(x):
    # §3: frame(x) = u32_be(len(x)) || x
    return len(x).to_bytes(4, "big") + x


# ---------------------------------------------------------------- small checks of inputs

def need(cond, path, what):
    if not cond:
        raise Mismatch(f"{path}: {what}")


def is_int(v):
    return isinstance(v, int) and not isinstance(v, bool)


def check_hex(v, path, nbytes=None):
    # Preamble: "Hex is lower case."
    need(isinstance(v, str) and re.fullmatch(r"(?:[0-9a-f]{2})*", v) is not None,
         path, f"not lower-case hex: {v!r}")
    if nbytes is not None:
        need(len(v) == 2 * nbytes, path, f"must be {nbytes} bytes, is {len(v) // 2}")
    return bytes.fromhex(v)


def check_date(v, path):
    # Preamble: "Dates are YYYY-MM-DD."
    ok = isinstance(v, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", v) is not None
    if ok:
        try:
            datetime.date.fromisoformat(v)
        except ValueError:
            ok = False
    need(ok, path, f"not a date YYYY-MM-DD: {v!r}")


def check_keys(obj, path, required, optional=()):
    need(isinstance(obj, dict), path, "not an object")
    for k in required:
        need(k in obj, path or "(top)", f"member {k!r} missing")
    for k in obj:
        need(k in required or k in optional, f"{path}.{k}" if path else k,
             "member not defined by docs/draw.md")


def same(expected, actual, path):
    """Compare a recomputed value with the file's, naming the first differing path."""
    if isinstance(expected, dict):
        check_keys(actual, path, list(expected))
        for k, v in expected.items():
            same(v, actual[k], f"{path}.{k}" if path else k)
    elif isinstance(expected, list):
        need(isinstance(actual, list), path, "not a list")
        for i, v in enumerate(expected):
            need(i < len(actual), f"{path}[{i}]", f"missing, expected {short(v)}")
            same(v, actual[i], f"{path}[{i}]")
        need(len(actual) == len(expected), f"{path}[{len(expected)}]",
             f"unexpected extra item {short(actual[len(expected)]) if len(actual) > len(expected) else ''}")
    else:
        need(type(actual) is type(expected) and actual == expected, path,
             f"file says {short(actual)}, recomputed {short(expected)}")


def short(v):
    s = json.dumps(v)
    return s if len(s) <= 80 else s[:77] + "..."


# ---------------------------------------------------------------- §2 entry list

ENTRY_LINE = re.compile(r"([0-9a-f]{32}),([A-Z]{3}),([1-9]|10),(\d{4}-\d{2}-\d{2})")


def parse_entries(lines):
    """§1/§2/§7: `entries` is the canonical list as lines without line feeds, in list order."""
    need(isinstance(lines, list), "entries", "not a list")
    entries = []
    for i, line in enumerate(lines):
        path = f"entries[{i}]"
        m = isinstance(line, str) and ENTRY_LINE.fullmatch(line)
        need(m, path, f"not a canonical line <entry_id>,<port>,<seats>,<registered_on>: {line!r}")
        check_date(m.group(4), path)
        e = {"id": m.group(1), "port": m.group(2), "seats": int(m.group(3)), "reg": m.group(4)}
        # §2: lines sorted by entry_id; §1: entry ids are unique.
        need(not entries or entries[-1]["id"] < e["id"], path,
             "not after the previous line in entry_id order (or a duplicate entry_id)")
        entries.append(e)
    # §7: join with line feeds and one after the last; §2: entries_digest = SHA-256(list)
    data = "".join(line + "\n" for line in lines).encode("ascii")
    return entries, sha256(data).hex()


# ---------------------------------------------------------------- §5 one port

def check_rule(rule, path):
    """§1 and §6: the port's rule is an input; check its form."""
    check_keys(rule, path, ["port", "capacity", "reserved_bp", "slots"], ["slot_seats"])
    need(isinstance(rule["port"], str) and re.fullmatch(r"[A-Z]{3}", rule["port"]),
         f"{path}.port", "not three upper-case letters")
    need(is_int(rule["capacity"]) and rule["capacity"] >= 0, f"{path}.capacity", "not a count")
    need(is_int(rule["reserved_bp"]) and 0 <= rule["reserved_bp"] <= 10000,
         f"{path}.reserved_bp", "not basis points 0..10000")
    slots = rule["slots"]
    need(isinstance(slots, list) and slots, f"{path}.slots", "not a non-empty list")
    for j, s in enumerate(slots):
        ok = isinstance(s, str) and re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d:[0-5]\d", s)
        need(ok, f"{path}.slots[{j}]", f"not HH:MM:SS: {s!r}")
        # §1: "appointment start times, earliest first"
        need(j == 0 or slots[j - 1] < s, f"{path}.slots[{j}]", "not after the previous slot")
    if "slot_seats" in rule:
        ss = rule["slot_seats"]
        need(isinstance(ss, list) and len(ss) == len(slots), f"{path}.slot_seats",
             "not one count per slot")
        for j, n in enumerate(ss):
            need(is_int(n) and n >= 0, f"{path}.slot_seats[{j}]", "not a count")
        # §1: "summing to capacity"
        need(sum(ss) == rule["capacity"], f"{path}.slot_seats", "does not sum to capacity")


def draw_port(rule, entries, rank):
    """§5: the result of one port, as the record's port object (§6)."""
    cap = rule["capacity"]
    mine = [e for e in entries if e["port"] == rule["port"]]
    by_rank = lambda e: (rank[e["id"]], e["id"])  # §4: ties go to the smaller entry_id
    # §5.1
    reserved_seats = cap * rule["reserved_bp"] // 10000
    chosen, winners = set(), []
    # §5.2 reserved pass: (registered_on ascending, rank key ascending)
    left = reserved_seats
    for e in sorted(mine, key=lambda e: (e["reg"],) + by_rank(e)):
        if left == 0:
            break
        if e["seats"] <= left:
            left -= e["seats"]
            chosen.add(e["id"])
            winners.append((e, "reserved"))
    # §5.3 random pass: left = capacity - seats chosen in the reserved pass
    left = cap - sum(e["seats"] for e, _ in winners)
    ranked = sorted(mine, key=by_rank)
    for e in ranked:
        if left <= 0:
            break
        if e["id"] not in chosen and e["seats"] <= left:
            left -= e["seats"]
            chosen.add(e["id"])
            winners.append((e, "random"))
    # §5.4 alternates: every entry not chosen, in rank-key order
    alternates = [e for e in ranked if e["id"] not in chosen]
    # §5.5 time slots: slot_seats, or the even split (first capacity mod n get base + 1)
    slots = rule["slots"]
    n = len(slots)
    if "slot_seats" in rule:
        room = list(rule["slot_seats"])
    else:
        room = [cap // n + (1 if k < cap % n else 0) for k in range(n)]
    out = []
    for e, pass_ in winners:
        fits = [k for k in range(n) if room[k] >= e["seats"]]
        # earliest slot with room; else the most room left, the earliest of those
        k = fits[0] if fits else max(range(n), key=lambda k: (room[k], -k))
        room[k] -= e["seats"]
        out.append({"entry_id": e["id"], "seats": e["seats"], "pass": pass_, "slot": slots[k]})
    return {"rule": rule, "reserved_seats": reserved_seats, "winners": out,
            "alternates": [e["id"] for e in alternates]}


# ---------------------------------------------------------------- §10 lapses and offers

def replay_after(record, ports, by_id, releases=False):
    """§10: replay the `after` events from the record and the entry list.

    With `releases` (v2 files, §11.6), `released` events are replayed too: a group gives back
    some of the seats it holds, they go through §10's rule as a lapse's do, and the group keeps
    holding the rest (so a later lapse of it frees only those)."""
    events = record.get("after", [])
    need(isinstance(events, list), "after", "not a list")
    if not events:
        return
    need("offers_until" in record, "offers_until", "missing while `after` has events")
    offers_until = record["offers_until"]
    # Who holds seats, in which slot, and how many: the winners (§5), then offered groups
    # (§10.2); a release (§11.6) lowers the count.
    holds = {}
    alternates, offered, free = {}, {}, {}
    for p in ports:
        code = p["rule"]["port"]
        for w in p["winners"]:
            holds[w["entry_id"]] = (code, w["slot"], w["seats"])
        alternates[code] = p["alternates"]
        offered[code] = set()
        free[code] = 0  # §10.1: only lapsed (or released) seats are "free seats" (tools/README.md)
    keys = ["event", "port", "entry_id", "seats", "slot", "at"]
    i = 0
    while i < len(events):
        ev, path = events[i], f"after[{i}]"
        check_keys(ev, path, keys)
        need(is_int(ev["at"]), f"{path}.at", "not Unix milliseconds")
        need(ev["event"] != "offered", path,
             "an offer no lapse or release made" if releases else "an offer no lapse made")
        # §11.6: "A v1 file never has `released` events"
        need(releases or ev["event"] != "released", path,
             "a released event in a garita-draw-v1 file (only v2 files have them, section 11.6)")
        # §10.5: `withdrawn` in either version
        known = ("lapsed", "released", "withdrawn") if releases else ("lapsed", "withdrawn")
        need(ev["event"] in known, f"{path}.event",
             f"neither {', '.join(known)} nor offered: {short(ev['event'])}")
        held = holds.pop(ev["entry_id"], None)
        what = {"lapsed": "lapse", "released": "release", "withdrawn": "withdrawal"}[ev["event"]]
        need(held is not None, path,
             f"a {what} of a group that held no seats ({ev['entry_id']})")
        code, slot, holding = held
        if ev["event"] == "withdrawn":
            # §10.5: the group's seats, in its port and slot; they "do not join the free seats"
            # and "no `offered` event follows"
            same({"event": "withdrawn", "port": code, "entry_id": ev["entry_id"],
                  "seats": holding, "slot": slot, "at": ev["at"]}, ev, path)
            i += 1
            continue
        if ev["event"] == "lapsed":
            # §11.6: "a later lapse of it frees only those" (the seats it still holds)
            same({"event": "lapsed", "port": code, "entry_id": ev["entry_id"],
                  "seats": holding, "slot": slot, "at": ev["at"]}, ev, path)
        else:
            # §11.6: `seats` "at least 1, and fewer than it holds"; `slot` is the group's slot
            same({"event": "released", "port": code, "entry_id": ev["entry_id"]},
                 {k: ev[k] for k in ("event", "port", "entry_id")}, path)
            need(is_int(ev["seats"]) and 1 <= ev["seats"] < holding, f"{path}.seats",
                 f"file says {short(ev['seats'])}; a release gives back at least 1 seat and "
                 f"fewer than the group holds ({holding})")
            same(slot, ev["slot"], f"{path}.slot")
            holds[ev["entry_id"]] = (code, slot, holding - ev["seats"])  # "keeps holding the rest"
        # §10.1 the lapsed (§11.6: or released) seats join the port's free seats
        free[code] += ev["seats"]
        expected = []
        # §10.4 a lapse at or after offers_until offers nothing (§11.6: "when `at` is before
        # `offers_until`" for a release)
        if ev["at"] < offers_until:
            # §10.2 alternates in order, skipping those already offered; each that fits
            for a in alternates[code]:
                if free[code] == 0:
                    break
                s = by_id[a]["seats"]
                if a in offered[code] or s > free[code]:
                    continue
                free[code] -= s
                offered[code].add(a)
                holds[a] = (code, slot, s)  # §10.3: an offered group may lapse in turn
                expected.append({"event": "offered", "port": code, "entry_id": a,
                                 "seats": s, "slot": slot, "at": ev["at"]})
        # "each lapsed event is followed by exactly the offered events the rule gives for it"
        # (§11.6: and each released event)
        for j, want in enumerate(expected):
            k = i + 1 + j
            need(k < len(events), f"after[{k}]", f"missing, expected {short(want)}")
            same(want, events[k], f"after[{k}]")
        i += 1 + len(expected)


# ---------------------------------------------------------------- the whole file

def verify(record):
    """Verify one record by the version it names (docs/draw.md preamble).

    Raises Mismatch naming the first difference. Returns None, or for a v2 record whose drand
    round was used, the note that its signature was not checked here."""
    need(isinstance(record, dict), "(top)", "not a JSON object")
    version = record.get("version")
    if version == VERSION:
        return verify_v1(record)
    if version == VERSION_V2:
        return verify_v2(record)
    # Version: refuse what this script does not implement.
    need(False, "version", f"{short(version)} is not implemented by this verifier "
         f"(only {VERSION} and {VERSION_V2})")


def verify_v1(record):
    # §6 + §7 (`entries`) + §10 (`offers_until`, `after`); nothing else.
    top = ["version", "service_date", "entry_count", "entries_digest", "commitment",
           "secret", "beacon", "seed", "ports", "entries"]
    check_keys(record, "", top, ["offers_until", "after"])
    if "offers_until" in record:
        need(is_int(record["offers_until"]), "offers_until", "not Unix milliseconds")
    # Inputs (§1): service_date, entry list, secret, beacon, each port's rule.
    check_date(record["service_date"], "service_date")
    secret = check_hex(record["secret"], "secret", 32)
    beacon = check_hex(record["beacon"], "beacon")
    entries, digest = parse_entries(record["entries"])
    by_id = {e["id"]: e for e in entries}
    # §3 commitment and seed
    commitment = sha256(frame(b"garita-commit-v1") + frame(secret)).hex()
    seed = sha256(frame(VERSION.encode()) + frame(record["service_date"].encode("ascii"))
                  + frame(bytes.fromhex(digest)) + frame(secret) + frame(beacon))
    # §4 rank keys
    rank = {e["id"]: sha256(seed + bytes.fromhex(e["id"])) for e in entries}
    # §5 ports in order of their codes, each with its rule
    ports = record["ports"]
    need(isinstance(ports, list), "ports", "not a list")
    for i, p in enumerate(ports):
        need(isinstance(p, dict), f"ports[{i}]", "not an object")
        check_rule(p.get("rule"), f"ports[{i}].rule")
        need(i == 0 or ports[i - 1]["rule"]["port"] < p["rule"]["port"], f"ports[{i}].rule.port",
             "not in code order after the previous port (or a duplicate)")
    expected = {
        "version": VERSION,
        "service_date": record["service_date"],
        "entry_count": len(entries),
        "entries_digest": digest,
        "commitment": commitment,
        "secret": record["secret"],
        "beacon": record["beacon"],
        "seed": seed.hex(),
        "ports": [draw_port(p["rule"], entries, rank) for p in ports],
    }
    # §6 "every field must be equal", first difference named (in the document's order)
    for k, v in expected.items():
        same(v, record[k], k)
    replay_after(record, expected["ports"], by_id)


# ---------------------------------------------------------------- §11 garita-draw-v2

def first_round_after(reveals_until):
    """§11.2: the first quicknet round emitted strictly after the observers' reveals ended.

    round = floor((reveals_until - 1692803367000) / 3000) + 2, "and 1 before the chain
    began" (a `reveals_until` before round 1's emission time)."""
    if reveals_until < QUICKNET_GENESIS_MS:
        return 1
    return (reveals_until - QUICKNET_GENESIS_MS) // QUICKNET_PERIOD_MS + 2


def rules_digest(rules):
    """§11.1: one line per port, ports in the byte order of their codes:
    `<port>,<capacity>,<reserved_bp>,<slots joined with ;>,<slot_seats joined with ; or empty>\n`."""
    lines = []
    for rule in sorted(rules, key=lambda r: r["port"].encode("ascii")):
        slot_seats = ";".join(str(n) for n in rule["slot_seats"]) if "slot_seats" in rule else ""
        lines.append(f"{rule['port']},{rule['capacity']},{rule['reserved_bp']},"
                     f"{';'.join(rule['slots'])},{slot_seats}\n")
    return sha256("".join(lines).encode("ascii")).hex()


def observer_commitment(service_date, observer, s):
    """§11.3, with service_date as its 10 ASCII bytes (as in §3) and observer as ASCII."""
    return sha256(frame(b"garita-observer-v1") + frame(service_date.encode("ascii"))
                  + frame(observer.encode("ascii")) + frame(s))


def check_drand(record):
    """§11.5: chain hash, reveals_until not before window_closes_at, round (the first after
    reveals_until), status used <=> signature, beacon = SHA-256(signature).

    Returns the beacon bytes that enter the seed (b"" when the round is missing) and whether
    the round was used. The signature's genuineness (a BLS pairing) is NOT checked here."""
    drand = record["drand"]
    check_keys(drand, "drand", ["chain_hash", "round", "status"], ["signature"])
    need(drand["chain_hash"] == QUICKNET_CHAIN_HASH, "drand.chain_hash",
         f"file says {short(drand['chain_hash'])}, quicknet's is {short(QUICKNET_CHAIN_HASH)}")
    # §11.5: "that `reveals_until` is not before `window_closes_at`"
    need(record["reveals_until"] >= record["window_closes_at"], "reveals_until",
         f"file says {record['reveals_until']}, before window_closes_at "
         f"({record['window_closes_at']}): the reveals cannot end before the window closes")
    need(is_int(drand["round"]), "drand.round", f"not a round number: {short(drand['round'])}")
    want = first_round_after(record["reveals_until"])
    need(drand["round"] == want, "drand.round",
         f"file says {drand['round']}, the first quicknet round after reveals_until "
         f"({record['reveals_until']}) is {want}")
    status = drand["status"]
    need(status in ("used", "missing"), "drand.status",
         f"neither \"used\" nor \"missing\": {short(status)}")
    used = status == "used"
    need(used == ("signature" in drand), "drand.status",
         f"file says {short(status)}, but drand.signature is "
         f"{'absent' if used else 'present'} (a signature is given exactly when used)")
    if used:
        # §11.2: a compressed G1 point, 48 bytes; randomness = SHA-256(signature)
        beacon = sha256(check_hex(drand["signature"], "drand.signature", 48))
    else:
        beacon = b""
    check_hex(record["beacon"], "beacon")
    need(record["beacon"] == beacon.hex(), "beacon",
         f"file says {short(record['beacon'])}, recomputed {short(beacon.hex())} "
         + ("(SHA-256 of drand.signature)" if used else "(empty: the round is missing)"))
    return beacon, used


def check_observers(record):
    """§11.3 and §11.5: each observer's status is what its reveal gives; the list is sorted by
    id with no duplicates. Returns the accepted (id, s) pairs in byte order of their ids."""
    observers = record["observers"]
    need(isinstance(observers, list), "observers", "not a list")
    accepted = []
    for i, o in enumerate(observers):
        path = f"observers[{i}]"
        check_keys(o, path, ["observer", "name", "commitment", "status"], ["reveal"])
        oid = o["observer"]
        need(isinstance(oid, str) and oid.isascii(), f"{path}.observer",
             f"not an ASCII id: {short(oid)}")
        need(i == 0 or observers[i - 1]["observer"].encode() < oid.encode(), f"{path}.observer",
             "not after the previous observer in byte order of ids (or a duplicate)")
        need(isinstance(o["name"], str), f"{path}.name", "not a string")
        commitment = check_hex(o["commitment"], f"{path}.commitment", 32)
        need(o["status"] in ("accepted", "wrong", "missing"), f"{path}.status",
             f"not \"accepted\", \"wrong\" or \"missing\": {short(o['status'])}")
        if "reveal" not in o:
            want = "missing"  # "no reveal by the draw is missing" (reveal left out when missing)
        else:
            s = check_hex(o["reveal"], f"{path}.reveal")
            # "accepted when it is 32 bytes and gives the commitment; otherwise it is wrong"
            ok = len(s) == 32 and observer_commitment(record["service_date"], oid, s) == commitment
            want = "accepted" if ok else "wrong"
            if ok:
                accepted.append((oid, s))
        need(o["status"] == want, f"{path}.status",
             f"file says {short(o['status'])}, its reveal gives {short(want)}")
    return accepted


def verify_v2(record):
    """§11: v1 with the rules digest, the drand beacon and the observers in the seed."""
    # §11.5 = §6 + rules_digest, window_closes_at, reveals_until, drand, observers; §7
    # `entries` (and `audit_checkpoint`, allowed and not checked); §10 `offers_until`, `after`.
    top = ["version", "service_date", "entry_count", "entries_digest", "rules_digest",
           "commitment", "secret", "beacon", "window_closes_at", "reveals_until", "drand",
           "observers", "seed", "ports", "entries"]
    check_keys(record, "", top, ["after", "offers_until", "audit_checkpoint"])
    # §11.5: a v2 file without lapses may leave out `after` and `offers_until` (the lapse
    # replay requires offers_until as soon as `after` has events).
    if "offers_until" in record:
        need(is_int(record["offers_until"]), "offers_until", "not Unix milliseconds")
    if "audit_checkpoint" in record:
        need(isinstance(record["audit_checkpoint"], dict), "audit_checkpoint", "not an object")
    need(is_int(record["window_closes_at"]), "window_closes_at", "not Unix milliseconds")
    need(is_int(record["reveals_until"]), "reveals_until", "not Unix milliseconds")
    # Inputs (§1): service_date, entry list, secret, each port's rule.
    check_date(record["service_date"], "service_date")
    secret = check_hex(record["secret"], "secret", 32)
    check_hex(record["rules_digest"], "rules_digest", 32)
    entries, digest = parse_entries(record["entries"])
    by_id = {e["id"]: e for e in entries}
    ports = record["ports"]
    need(isinstance(ports, list), "ports", "not a list")
    for i, p in enumerate(ports):
        need(isinstance(p, dict), f"ports[{i}]", "not an object")
        check_rule(p.get("rule"), f"ports[{i}].rule")
        need(i == 0 or ports[i - 1]["rule"]["port"] < p["rule"]["port"], f"ports[{i}].rule.port",
             "not in code order after the previous port (or a duplicate)")
    # §11.5, in its order: drand, observers, rules digest.
    beacon, used = check_drand(record)
    accepted = check_observers(record)
    rules = rules_digest([p["rule"] for p in ports])
    need(record["rules_digest"] == rules, "rules_digest",
         f"file says {short(record['rules_digest'])}, the record's rules give {short(rules)}")
    # §3 commitment (as in v1) and §11.4 seed
    commitment = sha256(frame(b"garita-commit-v1") + frame(secret)).hex()
    seed = sha256(frame(VERSION_V2.encode()) + frame(record["service_date"].encode("ascii"))
                  + frame(bytes.fromhex(digest)) + frame(bytes.fromhex(rules))
                  + frame(secret) + frame(beacon)
                  + b"".join(frame(oid.encode("ascii")) + frame(s) for oid, s in accepted))
    # §4 rank keys, §5 ports: as in v1
    rank = {e["id"]: sha256(seed + bytes.fromhex(e["id"])) for e in entries}
    expected = {
        "version": VERSION_V2,
        "service_date": record["service_date"],
        "entry_count": len(entries),
        "entries_digest": digest,
        "rules_digest": rules,
        "commitment": commitment,
        "secret": record["secret"],
        "beacon": beacon.hex(),
        "seed": seed.hex(),
        "ports": [draw_port(p["rule"], entries, rank) for p in ports],
    }
    for k, v in expected.items():
        same(v, record[k], k)
    # §10 as in v1 (§11.4: free seats start at 0, an offer takes the lapsed group's slot),
    # with the released seats of §11.6
    replay_after(record, expected["ports"], by_id, releases=True)
    return UNCHECKED_SIGNATURE if used else None


def main(argv):
    args, require = list(argv), 0
    if args[:1] == ["--require"]:
        if len(args) < 2 or not args[1].isdigit():
            print("usage: verify_draw.py [--require N] FILE [FILE ...]", file=sys.stderr)
            return 2
        require, args = int(args[1]), args[2:]
    if any(a.startswith("--") for a in args) or (not args and require == 0):
        print("usage: verify_draw.py [--require N] FILE [FILE ...]", file=sys.stderr)
        return 2
    status = 0
    if len(args) < require:
        print(f"FAIL: {len(args)} file(s) given, at least {require} required (--require)")
        status = 1
    for name in args:
        try:
            with open(name, "rb") as f:
                raw = f.read()
        except OSError as err:
            print(f"error {name}: cannot read: {err.strerror}", file=sys.stderr)
            status = 2
            continue
        try:
            record = json.loads(raw.decode("utf-8"), object_pairs_hook=no_duplicates)
            note = verify(record)
            print(f"ok {name}" + (f" {note}" if note else ""))
        except (ValueError, Mismatch) as err:
            print(f"FAIL {name}: {err}")
            status = max(status, 1)
    return status


def no_duplicates(pairs):
    keys = [k for k, _ in pairs]
    dup = {k for k in keys if keys.count(k) > 1}
    if dup:
        raise Mismatch(f"{sorted(dup)[0]}: member given twice")
    return dict(pairs)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
