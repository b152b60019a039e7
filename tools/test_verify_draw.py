"""Tests of tools/verify_draw.py against the published sample files in target/draw-records.

Run from the repository root:  python3 -m unittest discover -s tools -p 'test_*.py'
Each sample must verify; each tampered copy must be refused, naming the changed field.
"""
import copy
import glob
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

    def test_unknown_version_refused(self):
        for name, record in self.each():
            with self.subTest(file=name):
                r = copy.deepcopy(record)
                r["version"] = "garita-draw-v2"
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
        self.assertEqual(res.stdout.splitlines(), [f"ok {f}" for f in FILES])
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


if __name__ == "__main__":
    unittest.main()
