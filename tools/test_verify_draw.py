"""Tests of tools/verify_draw.py against the published sample files in target/draw-records,
and against small v1 and v2 files built here from docs/draw.md.

Run from the repository root:  python3 -m unittest discover -s tools -p 'test_*.py'
Each sample must verify; each tampered copy must be refused, naming the changed field.
"""
import copy
import glob
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import verify_draw  # noqa: E402

SCRIPT = os.path.join(HERE, "verify_draw.py")
RECORDS = os.path.join(HERE, os.pardir, "target", "draw-records")
FILES = sorted(glob.glob(os.path.join(RECORDS, "*.json")))
NO_FILES = "no sample files in target/draw-records (the Rust test suite writes them): skipped"


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def refusal(record):
    """The verifier's message for a record, or None if it accepts it."""
    try:
        verify_draw.verify(record)
    except verify_draw.Mismatch as err:
        return str(err)
    return None


def ports_with_winners(record, at_least=1):
    return [i for i, p in enumerate(record["ports"]) if len(p["winners"]) >= at_least]


def ok_line(path, record):
    """What the command prints for a file that verifies (v2 with a used drand round says that
    its signature was not checked)."""
    used = record.get("version") == "garita-draw-v2" and record["drand"]["status"] == "used"
    return f"ok {path}" + (" (drand signature not checked here: it needs a pairing library; "
                           "garita draw verify checks it)" if used else "")


class Samples(unittest.TestCase):
    def setUp(self):
        if not FILES:
            self.skipTest(NO_FILES)

    def each(self):
        """(name, record) for each sample file."""
        return [(os.path.basename(p), load(p)) for p in FILES]

    def refused(self, record, path_prefix):
        msg = refusal(record)
        self.assertIsNotNone(msg, "the tampered record was accepted")
        self.assertTrue(msg.startswith(path_prefix), f"expected {path_prefix!r} first, got {msg!r}")

    def test_samples_verify(self):
        for name, record in self.each():
            with self.subTest(file=name):
                self.assertIsNone(refusal(record))

    def test_changed_winner_entry_id(self):
        for name, record in self.each():
            for i in ports_with_winners(record):
                with self.subTest(file=name, port=i):
                    r = copy.deepcopy(record)
                    w = r["ports"][i]["winners"][0]
                    w["entry_id"] = ("0" if w["entry_id"][0] != "0" else "1") + w["entry_id"][1:]
                    self.refused(r, f"ports[{i}].winners[0].entry_id")

    def test_swapped_winners(self):
        for name, record in self.each():
            for i in ports_with_winners(record, 2):
                with self.subTest(file=name, port=i):
                    r = copy.deepcopy(record)
                    ws = r["ports"][i]["winners"]
                    ws[0], ws[1] = ws[1], ws[0]
                    self.refused(r, f"ports[{i}].winners[0]")

    def test_changed_slot(self):
        for name, record in self.each():
            for i in ports_with_winners(record):
                slots = record["ports"][i]["rule"]["slots"]
                if len(slots) < 2:
                    continue
                with self.subTest(file=name, port=i):
                    r = copy.deepcopy(record)
                    k = len(r["ports"][i]["winners"]) - 1
                    w = r["ports"][i]["winners"][k]
                    w["slot"] = slots[1] if w["slot"] == slots[0] else slots[0]
                    self.refused(r, f"ports[{i}].winners[{k}].slot")

    def test_changed_seed(self):
        for name, record in self.each():
            with self.subTest(file=name):
                r = copy.deepcopy(record)
                r["seed"] = ("0" if r["seed"][0] != "0" else "1") + r["seed"][1:]
                self.refused(r, "seed")

    def test_entry_removed(self):
        for name, record in self.each():
            for k in sorted({0, len(record["entries"]) - 1} - {-1}):
                with self.subTest(file=name, entry=k):
                    r = copy.deepcopy(record)
                    del r["entries"][k]
                    self.refused(r, "entry_count")
                    r["entry_count"] -= 1  # even with the count fixed, the digest differs
                    self.refused(r, "entries_digest")

    def test_altered_offer(self):
        seen = 0
        for name, record in self.each():
            offers = [n for n, e in enumerate(record.get("after", [])) if e["event"] == "offered"]
            for n in offers:
                seen += 1
                ev = record["after"][n]
                port = next(p for p in record["ports"] if p["rule"]["port"] == ev["port"])
                other_slot = next(s for s in port["rule"]["slots"] if s != ev["slot"])
                for field, value in (("entry_id", "f" * 32), ("slot", other_slot),
                                     ("seats", ev["seats"] + 1), ("at", ev["at"] + 1)):
                    with self.subTest(file=name, offer=n, field=field):
                        r = copy.deepcopy(record)
                        r["after"][n][field] = value
                        self.refused(r, f"after[{n}].{field}")
                with self.subTest(file=name, offer=n, change="removed"):
                    r = copy.deepcopy(record)
                    del r["after"][n]
                    self.refused(r, "after[")
                with self.subTest(file=name, offer=n, change="extra"):
                    r = copy.deepcopy(record)  # an offer no lapse made
                    r["after"].insert(n + 1, dict(ev))
                    self.refused(r, f"after[{n + 1}]")
        if not seen:
            self.skipTest("no sample file has `offered` events in `after`")

    def test_altered_lapse(self):
        seen = 0
        for name, record in self.each():
            lapses = [n for n, e in enumerate(record.get("after", [])) if e["event"] == "lapsed"]
            for n in lapses:
                seen += 1
                ev = record["after"][n]
                port = next(p for p in record["ports"] if p["rule"]["port"] == ev["port"])
                other_slot = next(s for s in port["rule"]["slots"] if s != ev["slot"])
                for field, value in (("slot", other_slot), ("seats", ev["seats"] + 1)):
                    with self.subTest(file=name, lapse=n, field=field):
                        r = copy.deepcopy(record)
                        r["after"][n][field] = value
                        self.refused(r, f"after[{n}].{field}")
                with self.subTest(file=name, lapse=n, change="twice"):
                    r = copy.deepcopy(record)  # a second lapse of a group holding no seats
                    r["after"].append(dict(ev))
                    self.refused(r, f"after[{len(record['after'])}]")
        if not seen:
            self.skipTest("no sample file has `lapsed` events in `after`")

    def test_altered_release(self):
        seen = 0
        for name, record in self.each():
            releases = [n for n, e in enumerate(record.get("after", []))
                        if e["event"] == "released"]
            for n in releases:
                seen += 1
                ev = record["after"][n]
                port = next(p for p in record["ports"] if p["rule"]["port"] == ev["port"])
                other_slot = next(s for s in port["rule"]["slots"] if s != ev["slot"])
                for field, value in (("slot", other_slot), ("seats", 0)):
                    with self.subTest(file=name, release=n, field=field):
                        r = copy.deepcopy(record)
                        r["after"][n][field] = value
                        self.refused(r, f"after[{n}].{field}")
                with self.subTest(file=name, release=n, change="as a lapse"):
                    r = copy.deepcopy(record)  # it gave back fewer seats than it held
                    r["after"][n]["event"] = "lapsed"
                    self.refused(r, f"after[{n}]")
        if not seen:
            self.skipTest("no sample file has `released` events in `after`")

    def test_release_in_v1_sample_refused(self):
        seen = 0
        for name, record in self.each():
            if record["version"] != "garita-draw-v1":
                continue
            for p in record["ports"]:
                w = next((w for w in p["winners"] if w["seats"] >= 2), None)
                if w is None:
                    continue
                seen += 1
                with self.subTest(file=name, port=p["rule"]["port"]):
                    r = copy.deepcopy(record)
                    r.setdefault("offers_until", 0)
                    after = r.setdefault("after", [])
                    lapsed = {e["entry_id"] for e in after if e["event"] == "lapsed"}
                    if w["entry_id"] in lapsed:
                        continue
                    after.append({"event": "released", "port": p["rule"]["port"],
                                  "entry_id": w["entry_id"], "seats": 1, "slot": w["slot"],
                                  "at": after[-1]["at"] if after else 0})
                    self.refused(r, f"after[{len(after) - 1}]:")
                    self.assertIn("released", refusal(r))
                break
        if not seen:
            self.skipTest("no v1 sample file has a group of 2 or more seats")

    def test_unknown_version_refused(self):
        for name, record in self.each():
            with self.subTest(file=name):
                r = copy.deepcopy(record)
                r["version"] = "garita-draw-v9"  # (was -v2, which this script now implements)
                self.refused(r, "version")


class CommandLine(unittest.TestCase):
    def run_cli(self, *args):
        return subprocess.run([sys.executable, SCRIPT, *args], capture_output=True, text=True)

    def test_usage_and_unreadable(self):
        self.assertEqual(self.run_cli().returncode, 2)
        self.assertEqual(self.run_cli("--require").returncode, 2)
        self.assertEqual(self.run_cli(os.path.join(RECORDS, "no-such-file.json")).returncode, 2)

    def test_require(self):
        res = self.run_cli("--require", "1")
        self.assertEqual(res.returncode, 1)
        self.assertIn("at least 1 required", res.stdout)
        if FILES:
            res = self.run_cli("--require", str(len(FILES) + 1), *FILES)
            self.assertEqual(res.returncode, 1)

    def test_files_ok_and_fail(self):
        if not FILES:
            self.skipTest(NO_FILES)
        res = self.run_cli("--require", str(len(FILES)), *FILES)
        self.assertEqual(res.returncode, 0, res.stdout + res.stderr)
        self.assertEqual(res.stdout.splitlines(), [ok_line(f, load(f)) for f in FILES])
        record = load(FILES[0])
        record["secret"] = "08" * 32
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
            json.dump(record, tmp)
        try:
            res = self.run_cli(FILES[0], tmp.name)
            self.assertEqual(res.returncode, 1)
            self.assertEqual(res.stdout.splitlines()[1], f"FAIL {tmp.name}: commitment: "
                             f"file says {json.dumps(record['commitment'])}, recomputed "
                             f"{json.dumps(verify_draw.sha256(verify_draw.frame(b'garita-commit-v1') + verify_draw.frame(bytes([8] * 32))).hex())}")
        finally:
            os.unlink(tmp.name)


# ---------------------------------------------------------------- small files built from docs/draw.md
#
# The v1 and v2 parts that are new or checked here (entry list and its digest, §11.1 rules digest,
# §11.2 round and randomness, §11.3 observer commitments, §3 and §11.4 seeds, §10 offers of one
# lapse, §11.6 released seats) are computed below with hashlib and by hand, from the document.
# The ports' results (§4-5 ranking, passes, alternates, slots) come from verify_draw.draw_port,
# which the sample files above check.

def h(data):
    return hashlib.sha256(data).digest()


def fr(x):
    """§3: frame(x) = u32_be(len(x)) || x"""
    return len(x).to_bytes(4, "big") + x


QUICKNET = "52db9ba70e0cc0f6eaf7803dd07447a1f5477735fd3f661792ba94600c84e971"  # §11.2
OTHER_CHAIN = "8990e7a9aaed2ffed73dbd7092123d6f289930540d7651336225dc172e51b2ce"  # drand's default
ROUND = 657413  # a real quicknet round
SIGNATURE = ("b713718a38ae728dfd477991af2822e08d2f305e47718cef9f7848ce4050e7be"
             "41076862b98fad56e91a6b85b89cd97b")
RANDOMNESS = "fc1873a13f3545aeade8401532ef5519920652eee6b0d2b19ca12643b87b3587"
REVEALS_UNTIL = 1694775600000  # gives ROUND (§11.2: the first round after the reveals ended)
CLOSES_AT = REVEALS_UNTIL - 15 * 60000  # the window closed 15 minutes (the reveal period) earlier
NOTE = ("(drand signature not checked here: it needs a pairing library; "
        "garita draw verify checks it)")

SERVICE_DATE = "2023-09-14"
SECRET = bytes(range(1, 33))
RULES = [  # in code order; NOG has slot_seats, SYS the even split
    {"port": "NOG", "capacity": 5, "reserved_bp": 5000, "slots": ["07:00:00", "08:00:00"],
     "slot_seats": [2, 3]},
    {"port": "SYS", "capacity": 7, "reserved_bp": 3000,
     "slots": ["07:00:00", "08:00:00", "09:00:00"]},
]
ENTRY_INPUTS = [  # (port, seats, registered_on); ELP has no rule: listed, not drawn (§5)
    ("NOG", 2, "2025-01-03"), ("NOG", 1, "2025-02-01"), ("NOG", 3, "2024-12-30"),
    ("NOG", 1, "2025-02-01"), ("NOG", 2, "2025-01-15"), ("NOG", 1, "2025-03-01"),
    ("NOG", 1, "2025-03-02"), ("SYS", 4, "2024-11-20"), ("SYS", 2, "2025-01-01"),
    ("SYS", 1, "2025-02-10"), ("SYS", 3, "2025-02-11"), ("SYS", 1, "2025-03-05"),
    ("SYS", 2, "2025-03-06"), ("ELP", 2, "2025-01-01"),
]
OBS_A, OBS_B = "obs-legal-aid", "obs-unhcr"  # sorted by id
S_A, S_B = h(b"observer a's 32 random bytes"), h(b"observer b's 32 random bytes")


def entry_lines():
    """§2: `<entry_id>,<port>,<seats>,<registered_on>`, sorted by entry_id."""
    ids = [h(b"entry %d" % i)[:16].hex() for i in range(len(ENTRY_INPUTS))]
    return sorted(f"{i},{p},{n},{d}" for i, (p, n, d) in zip(ids, ENTRY_INPUTS))


def observer_commitment(observer, s):
    """§11.3"""
    return h(fr(b"garita-observer-v1") + fr(SERVICE_DATE.encode()) + fr(observer.encode())
             + fr(s)).hex()


def rules_digest(rules):
    """§11.1"""
    text = ""
    for r in sorted(rules, key=lambda r: r["port"]):
        seats = ";".join(map(str, r["slot_seats"])) if "slot_seats" in r else ""
        text += f"{r['port']},{r['capacity']},{r['reserved_bp']},{';'.join(r['slots'])},{seats}\n"
    return h(text.encode()).hex()


def one_lapse(port, seats_of, at):
    """§10: the port's first winner lapses at `at`; its seats go to the alternates in order."""
    w = port["winners"][0]
    code = port["rule"]["port"]
    events = [{"event": "lapsed", "port": code, "entry_id": w["entry_id"], "seats": w["seats"],
               "slot": w["slot"], "at": at}]
    free = w["seats"]
    for a in port["alternates"]:
        if free == 0:
            break
        if seats_of[a] <= free:
            free -= seats_of[a]
            events.append({"event": "offered", "port": code, "entry_id": a,
                           "seats": seats_of[a], "slot": w["slot"], "at": at})
    return events


def replay(port, seats_of, steps, offers_until):
    """§10 and §11.6, written out for one port: each step is (event, entry_id, seats, at), with
    event `lapsed` or `released`; the seats join the free seats and, when `at` is before
    `offers_until`, the alternates not yet offered get them in order, each that fits, in the
    group's slot. Returns the `after` events; `slot_of` follows who holds seats and where."""
    code = port["rule"]["port"]
    slot_of = {w["entry_id"]: w["slot"] for w in port["winners"]}
    events, free, offered = [], 0, set()
    for event, entry_id, seats, at in steps:
        slot = slot_of[entry_id]
        events.append({"event": event, "port": code, "entry_id": entry_id, "seats": seats,
                       "slot": slot, "at": at})
        free += seats
        if at >= offers_until:
            continue
        for a in port["alternates"]:
            if free == 0:
                break
            if a not in offered and seats_of[a] <= free:
                free -= seats_of[a]
                offered.add(a)
                slot_of[a] = slot
                events.append({"event": "offered", "port": code, "entry_id": a,
                               "seats": seats_of[a], "slot": slot, "at": at})
    return events


def finish(record, seed, lines, lapse):
    """The ports (§5) drawn with `seed`, the `entries` (§7) and, with `lapse`, one lapse (§10)."""
    entries, _ = verify_draw.parse_entries(lines)
    rank = {e["id"]: h(seed + bytes.fromhex(e["id"])) for e in entries}
    record["seed"] = seed.hex()
    record["ports"] = [verify_draw.draw_port(copy.deepcopy(r), entries, rank) for r in RULES]
    record["entries"] = lines
    record["offers_until"] = CLOSES_AT + 13 * 86400000
    if lapse:
        seats_of = {e["id"]: e["seats"] for e in entries}
        record["after"] = one_lapse(record["ports"][0], seats_of, CLOSES_AT + 3600000)
    return record


def build_v1(lapse=False):
    """A `garita-draw-v1` file (§6, §7, §10) without a beacon."""
    lines = entry_lines()
    digest = h("".join(l + "\n" for l in lines).encode())
    seed = h(fr(b"garita-draw-v1") + fr(SERVICE_DATE.encode()) + fr(digest) + fr(SECRET) + fr(b""))
    record = {
        "version": "garita-draw-v1", "service_date": SERVICE_DATE, "entry_count": len(lines),
        "entries_digest": digest.hex(),
        "commitment": h(fr(b"garita-commit-v1") + fr(SECRET)).hex(),
        "secret": SECRET.hex(), "beacon": "",
    }
    return finish(record, seed, lines, lapse)


def build_v2(drand_used=True, second="wrong", lapse=True):
    """A `garita-draw-v2` file (§11.5): observer A accepted, observer B `second` (wrong or
    missing), the drand round used or missing."""
    lines = entry_lines()
    digest = h("".join(l + "\n" for l in lines).encode())
    rules = rules_digest(RULES)
    beacon = h(bytes.fromhex(SIGNATURE)) if drand_used else b""
    observer_b = {"observer": OBS_B, "name": "UNHCR", "commitment": observer_commitment(OBS_B, S_B),
                  "status": second}
    if second == "wrong":
        observer_b["reveal"] = h(b"not what B committed to").hex()
    drand = {"chain_hash": QUICKNET, "round": ROUND, "status": "used" if drand_used else "missing"}
    if drand_used:
        drand["signature"] = SIGNATURE
    # §11.4: only accepted observers (here A) enter the seed
    seed = h(fr(b"garita-draw-v2") + fr(SERVICE_DATE.encode()) + fr(digest)
             + fr(bytes.fromhex(rules)) + fr(SECRET) + fr(beacon)
             + fr(OBS_A.encode()) + fr(S_A))
    record = {
        "version": "garita-draw-v2", "service_date": SERVICE_DATE, "entry_count": len(lines),
        "entries_digest": digest.hex(), "rules_digest": rules,
        "commitment": h(fr(b"garita-commit-v1") + fr(SECRET)).hex(),
        "secret": SECRET.hex(), "beacon": beacon.hex(), "window_closes_at": CLOSES_AT,
        "reveals_until": REVEALS_UNTIL, "drand": drand,
        "observers": [
            {"observer": OBS_A, "name": "Legal Aid Society",
             "commitment": observer_commitment(OBS_A, S_A), "reveal": S_A.hex(),
             "status": "accepted"},
            observer_b,
        ],
    }
    return finish(record, seed, lines, lapse)


def flip(hex_string, at=0):
    """The same hex string with one character changed."""
    c = "1" if hex_string[at] == "0" else "0"
    return hex_string[:at] + c + hex_string[at + 1:]


class Refusals(unittest.TestCase):
    def refused(self, record, path_prefix):
        msg = refusal(record)
        self.assertIsNotNone(msg, "the tampered record was accepted")
        self.assertTrue(msg.startswith(path_prefix), f"expected {path_prefix!r} first, got {msg!r}")
        return msg


class BuiltV1(Refusals):
    def test_v1_verifies(self):
        for lapse in (False, True):
            with self.subTest(lapse=lapse):
                self.assertIsNone(verify_draw.verify(build_v1(lapse)))

    def test_v1_is_not_v2(self):
        r = build_v1()
        r["audit_checkpoint"] = {}  # a v2 file's member only
        self.refused(r, "audit_checkpoint")
        r = build_v1()
        r["reveals_until"] = REVEALS_UNTIL  # a v2 file's member only
        self.refused(r, "reveals_until")
        r = build_v1()
        r["version"] = "garita-draw-v2"  # a v1 record is not a v2 one
        self.assertIn("rules_digest", self.refused(r, "(top)"))
        r = build_v2()
        r["version"] = "garita-draw-v1"
        self.refused(r, "rules_digest")


class BuiltV2(Refusals):
    def test_quicknet_round(self):
        # §11.2: randomness = SHA-256(signature), the relay's value for round 657413
        self.assertEqual(h(bytes.fromhex(SIGNATURE)).hex(), RANDOMNESS)
        self.assertEqual(len(bytes.fromhex(SIGNATURE)), 48)
        self.assertEqual(verify_draw.QUICKNET_CHAIN_HASH, QUICKNET)
        # the first round emitted strictly after the reveals ended
        self.assertEqual(verify_draw.first_round_after(REVEALS_UNTIL), ROUND)
        emitted_ms = lambda r: (1692803367 + (r - 1) * 3) * 1000
        self.assertEqual(emitted_ms(ROUND - 1), REVEALS_UNTIL)  # not strictly after: not this one
        self.assertGreater(emitted_ms(ROUND), REVEALS_UNTIL)
        # (the first round after the close, 15 minutes = 300 rounds earlier, is not the draw's)
        self.assertEqual(verify_draw.first_round_after(CLOSES_AT), ROUND - 300)
        for until, want in ((emitted_ms(ROUND), ROUND + 1), (emitted_ms(ROUND) - 1, ROUND),
                            (emitted_ms(1), 2), (emitted_ms(1) - 1, 1), (0, 1),
                            (emitted_ms(1) + 2999, 2), (emitted_ms(1) + 3000, 3)):
            with self.subTest(reveals_until=until):
                self.assertEqual(verify_draw.first_round_after(until), want)

    def test_built_files_are_meaningful(self):
        r = build_v2()
        self.assertEqual([o["status"] for o in r["observers"]], ["accepted", "wrong"])
        self.assertEqual(r["beacon"], RANDOMNESS)
        self.assertEqual([e["event"] for e in r["after"]][:2], ["lapsed", "offered"])
        for p in r["ports"]:
            self.assertTrue(p["winners"] and p["alternates"], p["rule"]["port"])
        self.assertNotEqual(r["seed"], build_v2(drand_used=False)["seed"])

    def test_v2_verifies(self):
        for used in (True, False):
            for second in ("wrong", "missing"):
                for lapse in (False, True):
                    with self.subTest(drand_used=used, second=second, lapse=lapse):
                        r = build_v2(used, second, lapse)
                        self.assertEqual(verify_draw.verify(r), NOTE if used else None)

    def test_audit_checkpoint_allowed(self):
        r = build_v2()
        r["audit_checkpoint"] = {"log": "garita-audit", "size": 12, "root": "ab" * 32, "sig": "x"}
        self.assertEqual(verify_draw.verify(r), NOTE)
        r["audit_checkpoint"] = "not an object"
        self.refused(r, "audit_checkpoint")

    def test_changed_rules(self):
        r = build_v2()
        r["ports"][1]["rule"]["capacity"] += 1  # SYS, no slot_seats
        self.refused(r, "rules_digest")
        r = build_v2()
        r["ports"][0]["rule"]["capacity"] += 1  # NOG: with slot_seats still summing to it
        r["ports"][0]["rule"]["slot_seats"][1] += 1
        self.refused(r, "rules_digest")
        for field, value in (("reserved_bp", 2000), ("slots", ["07:00:00", "10:00:00"])):
            with self.subTest(field=field):
                r = build_v2()
                r["ports"][0]["rule"][field] = value
                self.refused(r, "rules_digest")
        r = build_v2()
        del r["ports"][0]["rule"]["slot_seats"]  # the even split would be 3 + 2
        self.refused(r, "rules_digest")
        r = build_v2()
        r["rules_digest"] = flip(r["rules_digest"])
        self.refused(r, "rules_digest")

    def test_changed_reveal(self):
        r = build_v2()
        r["observers"][0]["reveal"] = flip(r["observers"][0]["reveal"])
        self.assertIn('its reveal gives "wrong"', self.refused(r, "observers[0].status"))
        r = build_v2()
        r["observers"][0]["reveal"] = r["observers"][0]["reveal"][:-2]  # 31 bytes
        self.refused(r, "observers[0].status")
        r = build_v2()
        del r["observers"][0]["reveal"]
        self.assertIn('its reveal gives "missing"', self.refused(r, "observers[0].status"))
        r = build_v2()
        r["observers"][1]["reveal"] = S_B.hex()  # B's real reveal: accepted, so not "wrong"
        self.assertIn('its reveal gives "accepted"', self.refused(r, "observers[1].status"))
        r = build_v2(second="missing")
        r["observers"][1]["reveal"] = h(b"late").hex()
        self.refused(r, "observers[1].status")
        r = build_v2()
        r["observers"][0]["reveal"] = r["observers"][0]["reveal"].upper()
        self.refused(r, "observers[0].reveal")

    def test_changed_observer_status_or_list(self):
        for i, status in ((0, "wrong"), (0, "missing"), (1, "accepted"), (1, "missing"),
                          (1, "late")):
            with self.subTest(observer=i, status=status):
                r = build_v2()
                r["observers"][i]["status"] = status
                self.refused(r, f"observers[{i}].status")
        r = build_v2()
        r["observers"].reverse()
        self.refused(r, "observers[1].observer")
        r = build_v2()
        r["observers"][1] = copy.deepcopy(r["observers"][0])  # a duplicate
        self.refused(r, "observers[1].observer")
        r = build_v2()
        r["observers"][0]["commitment"] = flip(r["observers"][0]["commitment"])
        self.refused(r, "observers[0].status")
        r = build_v2()
        del r["observers"][0]["name"]
        self.refused(r, "observers[0]")

    def test_changed_beacon(self):
        r = build_v2()
        r["beacon"] = flip(r["beacon"])
        self.assertIn("SHA-256 of drand.signature", self.refused(r, "beacon"))
        r = build_v2()
        r["beacon"] = ""
        self.refused(r, "beacon")
        r = build_v2(drand_used=False)
        r["beacon"] = RANDOMNESS
        self.assertIn("missing", self.refused(r, "beacon"))

    def test_changed_signature(self):
        r = build_v2()
        r["drand"]["signature"] = flip(SIGNATURE, 5)  # beacon no longer its SHA-256
        self.refused(r, "beacon")
        for bad in (SIGNATURE.upper(), SIGNATURE[:-2], SIGNATURE + "00", "zz" * 48):
            with self.subTest(signature=bad):
                r = build_v2()
                r["drand"]["signature"] = bad
                self.refused(r, "drand.signature")

    def test_changed_round(self):
        for change in (1, -1):
            with self.subTest(change=change):
                r = build_v2()
                r["drand"]["round"] += change
                self.assertIn(str(ROUND), self.refused(r, "drand.round"))
        r = build_v2()
        r["reveals_until"] += 3000  # its first round is then ROUND + 1
        msg = self.refused(r, "drand.round")
        self.assertIn(f"reveals_until ({REVEALS_UNTIL + 3000}) is {ROUND + 1}", msg)
        r = build_v2()
        r["reveals_until"] -= 1  # emitted_ms(ROUND - 1) is then strictly after it
        self.assertIn(f"is {ROUND - 1}", self.refused(r, "drand.round"))
        r = build_v2()  # the round of the old rule (the first after the close) is refused
        r["drand"]["round"] = verify_draw.first_round_after(CLOSES_AT)
        self.refused(r, "drand.round")
        r = build_v2()
        r["drand"]["round"] = str(ROUND)
        self.refused(r, "drand.round")
        # the round follows reveals_until, not the close: a different close, not after the
        # reveals ended, leaves it as it is
        for closes in (CLOSES_AT + 3000, CLOSES_AT - 3000, REVEALS_UNTIL):
            with self.subTest(window_closes_at=closes):
                r = build_v2()
                r["window_closes_at"] = closes
                self.assertEqual(verify_draw.verify(r), NOTE)

    def test_reveals_until(self):
        r = build_v2()
        del r["reveals_until"]
        self.assertIn("'reveals_until' missing", self.refused(r, "(top)"))
        r = build_v2(drand_used=False)
        del r["reveals_until"]
        self.assertIn("'reveals_until' missing", self.refused(r, "(top)"))
        for value in (str(REVEALS_UNTIL), float(REVEALS_UNTIL), True, None):
            with self.subTest(reveals_until=value):
                r = build_v2()
                r["reveals_until"] = value
                self.refused(r, "reveals_until: not Unix milliseconds")
        # before window_closes_at: refused, naming reveals_until, even with the round that
        # would be right for it
        for until in (CLOSES_AT - 1, CLOSES_AT - 60000):
            with self.subTest(reveals_until=until):
                r = build_v2()
                r["reveals_until"] = until
                r["drand"]["round"] = verify_draw.first_round_after(until)
                self.assertIn(f"before window_closes_at ({CLOSES_AT})",
                              self.refused(r, "reveals_until:"))
        r = build_v2()
        r["window_closes_at"] = REVEALS_UNTIL + 1  # a close after the reveals ended
        self.refused(r, "reveals_until:")
        # equal to the close (no reveal period) is not before it
        r = build_v2()
        r["window_closes_at"] = REVEALS_UNTIL
        self.assertEqual(verify_draw.verify(r), NOTE)

    def test_changed_chain_hash(self):
        for value in (OTHER_CHAIN, QUICKNET.upper(), ""):
            with self.subTest(chain_hash=value):
                r = build_v2()
                r["drand"]["chain_hash"] = value
                self.refused(r, "drand.chain_hash")

    def test_changed_status(self):
        r = build_v2()
        r["drand"]["status"] = "missing"  # with the signature still there
        self.refused(r, "drand.status")
        r = build_v2()
        del r["drand"]["signature"]  # used without a signature
        self.refused(r, "drand.status")
        r = build_v2(drand_used=False)
        r["drand"]["status"] = "used"
        self.refused(r, "drand.status")
        r = build_v2(drand_used=False)
        r["drand"]["signature"] = SIGNATURE  # missing with a signature
        self.refused(r, "drand.status")
        r = build_v2()
        r["drand"]["status"] = "skipped"
        self.refused(r, "drand.status")

    def test_v1_checks_still_apply(self):
        r = build_v2()
        r["seed"] = flip(r["seed"])
        self.refused(r, "seed")
        r = build_v2()
        r["secret"] = "08" * 32
        self.refused(r, "commitment")
        r = build_v2()
        del r["entries"][0]
        self.refused(r, "entry_count")
        r = build_v2()
        ws = r["ports"][1]["winners"]
        ws[0], ws[-1] = ws[-1], ws[0]
        self.refused(r, "ports[1].winners[0]")
        r = build_v2()
        r["ports"][0]["alternates"].reverse()
        self.refused(r, "ports[0].alternates[0]")
        r = build_v2()
        r["after"][1]["slot"] = "08:00:00" if r["after"][1]["slot"] == "07:00:00" else "07:00:00"
        self.refused(r, "after[1].slot")
        r = build_v2()
        r["after"].insert(2, dict(r["after"][1]))  # an offer no lapse made
        self.refused(r, "after[2]")
        r = build_v2()
        del r["offers_until"]  # required while `after` has events
        self.assertIn("offers_until", self.refused(r, "offers_until"))
        r = build_v2()
        r["extra"] = 1
        self.refused(r, "extra")

    def test_command_line(self):
        with tempfile.TemporaryDirectory() as d:
            paths = {}
            for name, record in (("used", build_v2()), ("missing", build_v2(False, "missing")),
                                 ("v1", build_v1(lapse=True))):
                paths[name] = os.path.join(d, f"{name}.json")
                with open(paths[name], "w", encoding="utf-8") as f:
                    json.dump(record, f)
            run = lambda *a: subprocess.run([sys.executable, SCRIPT, *a],
                                            capture_output=True, text=True)
            res = run("--require", "3", paths["used"], paths["missing"], paths["v1"])
            self.assertEqual(res.returncode, 0, res.stdout + res.stderr)
            self.assertEqual(res.stdout.splitlines(),
                             [f"ok {paths['used']} {NOTE}", f"ok {paths['missing']}",
                              f"ok {paths['v1']}"])
            r = build_v2()
            r["drand"]["round"] += 1
            with open(paths["used"], "w", encoding="utf-8") as f:
                json.dump(r, f)
            res = run(paths["used"], paths["missing"])
            self.assertEqual(res.returncode, 1)
            self.assertTrue(res.stdout.splitlines()[0].startswith(
                f"FAIL {paths['used']}: drand.round: file says {ROUND + 1}"), res.stdout)
            self.assertEqual(res.stdout.splitlines()[1], f"ok {paths['missing']}")


class Released(Refusals):
    """§11.6: a group gives back some of its seats (v2 files only); they are offered as a lapse's
    are, in the group's slot, and the group keeps holding the rest."""

    T1, T2, T3 = CLOSES_AT + 3600000, CLOSES_AT + 7200000, CLOSES_AT + 10800000

    def setUp(self):
        self.record = build_v2(lapse=False)
        self.seats_of = {l.split(",")[0]: int(l.split(",")[2]) for l in self.record["entries"]}
        self.nog = self.record["ports"][0]
        # NOG's winners hold 2 (07:00), 1 and 2 (08:00) seats; its alternates, 1, 1, 1 and 3.
        self.assertEqual([(w["seats"], w["slot"]) for w in self.nog["winners"]],
                         [(2, "07:00:00"), (1, "08:00:00"), (2, "08:00:00")])
        self.assertEqual([self.seats_of[a] for a in self.nog["alternates"]], [1, 1, 1, 3])
        self.first = self.nog["winners"][0]["entry_id"]  # 2 seats, 07:00
        self.third = self.nog["winners"][2]["entry_id"]  # 2 seats, 08:00

    def with_after(self, steps, offers_until=None):
        r = copy.deepcopy(self.record)
        if offers_until is not None:
            r["offers_until"] = offers_until
        r["after"] = replay(self.nog, self.seats_of, steps, r["offers_until"])
        return r

    def test_release_followed_by_its_offers_verifies(self):
        r = self.with_after([("released", self.third, 1, self.T1)])
        # the released seat goes to the first alternate, in the releasing group's slot (08:00)
        self.assertEqual(r["after"][1], {"event": "offered", "port": "NOG",
                                         "entry_id": self.nog["alternates"][0], "seats": 1,
                                         "slot": "08:00:00", "at": self.T1})
        self.assertEqual(len(r["after"]), 2)
        self.assertEqual(verify_draw.verify(r), NOTE)
        # two releases by two groups, each offered in its own slot
        r = self.with_after([("released", self.first, 1, self.T1),
                             ("released", self.third, 1, self.T2)])
        self.assertEqual([(e["event"], e["slot"]) for e in r["after"]],
                         [("released", "07:00:00"), ("offered", "07:00:00"),
                          ("released", "08:00:00"), ("offered", "08:00:00")])
        self.assertEqual(verify_draw.verify(r), NOTE)

    def test_release_at_or_after_offers_until_offers_nothing(self):
        r = self.with_after([("released", self.third, 1, self.T1)], offers_until=self.T1)
        self.assertEqual(len(r["after"]), 1)
        self.assertEqual(verify_draw.verify(r), NOTE)
        r["after"].append({"event": "offered", "port": "NOG", "entry_id": self.nog["alternates"][0],
                           "seats": 1, "slot": "08:00:00", "at": self.T1})
        self.refused(r, "after[1]")

    def test_lapse_after_release_frees_only_the_rest(self):
        steps = [("released", self.first, 1, self.T1), ("lapsed", self.first, 1, self.T2)]
        r = self.with_after(steps)
        # the release's offer, then the lapse of the seat it kept, then that seat's offer
        self.assertEqual([(e["event"], e["seats"]) for e in r["after"]],
                         [("released", 1), ("offered", 1), ("lapsed", 1), ("offered", 1)])
        self.assertEqual(verify_draw.verify(r), NOTE)
        # a lapse claiming the group's original 2 seats is refused
        r["after"][2]["seats"] = 2
        self.assertIn("recomputed 1", self.refused(r, "after[2].seats"))
        # and so is the file written as if the lapse had freed 2 (two 1-seat offers)
        r = self.with_after([("released", self.first, 1, self.T1),
                             ("lapsed", self.first, 2, self.T2)])
        self.assertEqual(len(r["after"]), 5)
        self.refused(r, "after[2].seats")
        # with no release first, the same lapse frees both seats (§10)
        r = self.with_after([("lapsed", self.first, 2, self.T2)])
        self.assertEqual(verify_draw.verify(r), NOTE)
        # a second release, leaving the group one seat of three kept, then the lapse
        r = self.with_after([("released", self.third, 1, self.T1),
                             ("lapsed", self.third, 1, self.T2),
                             ("lapsed", self.first, 2, self.T3)])
        self.assertEqual(verify_draw.verify(r), NOTE)

    def test_release_of_all_or_none_refused(self):
        for seats in (2, 0, 3, -1, "1", None):  # the group holds 2
            with self.subTest(seats=seats):
                r = self.with_after([("released", self.first, 1, self.T1)])
                r["after"][0]["seats"] = seats
                self.refused(r, "after[0].seats")
        # after giving back 1 of 2, it holds 1: releasing that one is all it holds
        r = self.with_after([("released", self.first, 1, self.T1)])
        r["after"].append({"event": "released", "port": "NOG", "entry_id": self.first,
                           "seats": 1, "slot": "07:00:00", "at": self.T2})
        self.assertIn("fewer than the group holds (1)", self.refused(r, "after[2].seats"))
        # a group of 1 cannot release at all
        one = self.nog["winners"][1]["entry_id"]
        r = copy.deepcopy(self.record)
        r["after"] = [{"event": "released", "port": "NOG", "entry_id": one, "seats": 1,
                       "slot": "08:00:00", "at": self.T1}]
        self.refused(r, "after[0].seats")

    def test_release_by_a_group_holding_nothing_refused(self):
        alternate = self.nog["alternates"][3]  # 3 seats, never offered any
        r = copy.deepcopy(self.record)
        r["after"] = [{"event": "released", "port": "NOG", "entry_id": alternate, "seats": 1,
                       "slot": "07:00:00", "at": self.T1}]
        self.assertIn("held no seats", self.refused(r, "after[0]:"))
        # a group that lapsed holds nothing any more
        r = self.with_after([("lapsed", self.first, 2, self.T1)])
        n = len(r["after"])
        r["after"].append({"event": "released", "port": "NOG", "entry_id": self.first,
                           "seats": 1, "slot": "07:00:00", "at": self.T2})
        self.assertIn("held no seats", self.refused(r, f"after[{n}]:"))
        # an entry of a port without a rule (ELP) was never drawn
        elp = next(l.split(",")[0] for l in r["entries"] if ",ELP," in l)
        r = copy.deepcopy(self.record)
        r["after"] = [{"event": "released", "port": "ELP", "entry_id": elp, "seats": 1,
                       "slot": "07:00:00", "at": self.T1}]
        self.refused(r, "after[0]:")

    def test_wrong_release_or_offer_refused(self):
        base = self.with_after([("released", self.third, 1, self.T1)])
        for field, value in (("entry_id", self.nog["alternates"][1]), ("slot", "07:00:00"),
                             ("seats", 2), ("at", self.T1 + 1), ("port", "SYS"),
                             ("event", "lapsed")):
            with self.subTest(offer_field=field):
                r = copy.deepcopy(base)
                r["after"][1][field] = value
                self.refused(r, f"after[1].{field}")
        with self.subTest(change="offer removed"):
            r = copy.deepcopy(base)
            del r["after"][1]
            self.assertIn("missing", self.refused(r, "after[1]"))
        with self.subTest(change="extra offer"):
            r = copy.deepcopy(base)
            r["after"].append(dict(r["after"][1], entry_id=self.nog["alternates"][1]))
            self.assertIn("no lapse or release made", self.refused(r, "after[2]:"))
        with self.subTest(change="offer in the wrong slot, as its only change"):
            r = copy.deepcopy(base)
            r["after"][1]["slot"] = "07:00:00"
            self.assertIn('recomputed "08:00:00"', self.refused(r, "after[1].slot"))
        for field, value in (("slot", "07:00:00"), ("port", "SYS")):
            with self.subTest(release_field=field):
                r = copy.deepcopy(base)
                r["after"][0][field] = value
                self.refused(r, f"after[0].{field}")
        with self.subTest(change="unknown event"):
            r = copy.deepcopy(base)
            r["after"][0]["event"] = "shrunk"
            self.refused(r, "after[0].event")

    def test_release_in_v1_refused(self):
        r = build_v1(lapse=True)
        self.assertIsNone(verify_draw.verify(r))
        n = len(r["after"])
        held, port = next((w, p["rule"]["port"]) for p in r["ports"] for w in p["winners"]
                          if w["entry_id"] != r["after"][0]["entry_id"] and w["seats"] >= 2)
        release = {"event": "released", "port": port, "entry_id": held["entry_id"],
                   "seats": 1, "slot": held["slot"], "at": CLOSES_AT + 7200000}
        r["after"].append(release)
        msg = self.refused(r, f"after[{n}]:")
        self.assertIn("released", msg)
        self.assertIn("v1", msg)
        r = build_v1(lapse=False)
        r["after"] = [release]
        self.assertIn("released", self.refused(r, "after[0]:"))



class Withdrawn(Refusals):
    """§10.5: a programme decision withdraws a group's appointment; its seats are not freed and no
    offer follows, in either version."""

    T1, T2 = CLOSES_AT + 3600000, CLOSES_AT + 7200000

    def withdrawal(self, record, port_index=0, winner=0, at=None):
        port = record["ports"][port_index]
        w = port["winners"][winner]
        return {"event": "withdrawn", "port": port["rule"]["port"], "entry_id": w["entry_id"],
                "seats": w["seats"], "slot": w["slot"], "at": at or self.T1}

    def test_withdrawals_verify_in_both_versions(self):
        for build, ok in ((build_v1, None), (build_v2, NOTE)):
            with self.subTest(version=build.__name__):
                r = build(lapse=False)
                r["after"] = [self.withdrawal(r, winner=k) for k in range(len(r["ports"][0]["winners"]))]
                self.assertEqual(verify_draw.verify(r), ok)

    def test_no_offer_follows_a_withdrawal(self):
        r = build_v2(lapse=False)
        nog = r["ports"][0]
        gone = self.withdrawal(r)
        r["after"] = [gone, {"event": "offered", "port": "NOG", "entry_id": nog["alternates"][0],
                             "seats": 1, "slot": gone["slot"], "at": self.T1}]
        self.assertIn("an offer", self.refused(r, "after[1]:"))

    def test_a_lapse_after_a_withdrawal_offers_only_its_own_seats(self):
        r = build_v2(lapse=False)
        nog = r["ports"][0]
        seats_of = {l.split(",")[0]: int(l.split(",")[2]) for l in r["entries"]}
        # The first winner is withdrawn (its 2 seats are not freed); the second (1 seat) lapses:
        # one seat is offered, to the first alternate that fits.
        lapse = replay(nog, seats_of, [("lapsed", nog["winners"][1]["entry_id"], 1, self.T2)],
                       r["offers_until"])
        r["after"] = [self.withdrawal(r)] + lapse
        self.assertEqual([e["event"] for e in r["after"]], ["withdrawn", "lapsed", "offered"])
        self.assertEqual(verify_draw.verify(r), NOTE)
        # written as if the withdrawal had freed its seats too, the file is refused
        more = replay(nog, seats_of, [("lapsed", nog["winners"][1]["entry_id"], 3, self.T2)],
                      r["offers_until"])
        more[0]["seats"] = 1
        r["after"] = [self.withdrawal(r)] + more
        self.assertGreater(len(more), 2)
        self.refused(r, "after[3]")

    def test_wrong_withdrawals_refused(self):
        r = build_v1(lapse=False)
        base = [self.withdrawal(r)]
        for field, value in (("seats", 9), ("slot", "23:00:00"), ("port", "SYS")):
            with self.subTest(field=field):
                r["after"] = copy.deepcopy(base)
                r["after"][0][field] = value
                self.refused(r, "after[0]")
        with self.subTest(change="twice"):
            r["after"] = base + copy.deepcopy(base)
            self.assertIn("held no seats", self.refused(r, "after[1]:"))
        with self.subTest(change="an alternate"):
            alternate = r["ports"][0]["alternates"][0]
            r["after"] = [dict(base[0], entry_id=alternate)]
            self.assertIn("withdrawal of a group that held no seats", self.refused(r, "after[0]:"))

if __name__ == "__main__":
    unittest.main()
