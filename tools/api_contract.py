"""The JSON API keeps its contract: starts a real `garita serve` on a fresh SQLite database,
signs a person up (the web pages, with the code from the e-mail Garita writes to its mail
folder), gets an API token the way an app does (password, then the e-mailed code), then checks
the served OpenAPI document with openapi-spec-validator and runs Schemathesis against the live
server with that token. Any finding fails.

    python3 tools/api_contract.py target/debug/garita

Needs `schemathesis`, `openapi-spec-validator` and `requests` (PyPI; `.ci/run` installs them in
a virtual environment)."""

import email
import email.policy
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import requests

EMAIL = "contract.check@example.org"
PASSWORD = "a contract is a promise kept"
CHECKS = "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance"


def start(binary, folder):
    """`garita serve` on a free port; returns the process and its URL."""
    env = dict(os.environ, GARITA_MAIL_DIR=str(folder / "mail"), GARITA_BEACON_RELAYS="[]")
    process = subprocess.Popen(
        [binary, "serve", "--bind", "127.0.0.1:0", "--database", f"sqlite://{folder}/garita.db"],
        cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    )
    for line in process.stdout:
        found = re.search(r"listening on (http://\S+)", line)
        if found:
            return process, found.group(1)
    raise SystemExit("garita exited before listening")


def codes_seen(folder):
    return sorted((folder / "mail").glob("*.eml"), key=lambda p: p.stat().st_mtime)


def next_code(folder, seen):
    """The six-digit code of the first e-mail not in `seen`."""
    for _ in range(100):
        for path in codes_seen(folder):
            if path not in seen:
                message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
                found = re.search(r"\b(\d{6})\b", str(message["Subject"]))
                if found:
                    seen.add(path)
                    return found.group(1)
        time.sleep(0.1)
    raise SystemExit("no code arrived by e-mail")


def hidden(html):
    """A page's hidden fields (its CSRF token, the consent version), to send back."""
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))


def token(url, folder):
    seen = set(codes_seen(folder))
    web = requests.Session()
    agree = re.search(r'href="(/signup/details\?consent=\d+)"', web.get(f"{url}/signup").text).group(1)
    page = web.get(f"{url}{agree}").text
    page = web.post(f"{url}/signup/details", data={**hidden(page), "email": EMAIL, "password": PASSWORD, "language": "en"}).text
    web.post(f"{url}/signup/verify", data={**hidden(page), "code": next_code(folder, seen)}).raise_for_status()
    step = requests.post(f"{url}/api/v1/auth/token", json={"email": EMAIL, "password": PASSWORD})
    step.raise_for_status()
    challenge = step.json()
    done = requests.post(
        f"{url}/api/v1/auth/token/confirm",
        json={"challenge": challenge["challenge"], "code": next_code(folder, seen), "next": challenge["next"]},
    )
    done.raise_for_status()
    bearer = done.json()["token"]
    # A group registered, so that the registration's operations reach more than "not found".
    person = {
        "given": "Ana", "family": "López", "birth_day": "12", "birth_month": "6", "birth_year": "1988",
        "birth_country": "HN", "birth_city": "San Pedro Sula", "residence": "MX", "nationality": "HN",
        "gender": "female", "language": "Español", "height_cm": "162", "weight": "60", "weight_unit": "kg",
        "eyes": "brown", "home_address": "Colonia Rivera, San Pedro Sula", "travel_history": "Guatemala",
    }
    saved = requests.put(
        f"{url}/api/v1/registration",
        headers={"Authorization": f"Bearer {bearer}"},
        json={"version": 0, "address": {"street": "500 Elm St", "city": "Dallas", "state": "TX", "zip": "75201"}, "travellers": [person]},
    )
    if saved.status_code != 200:
        raise SystemExit(f"the registration was not saved: {saved.status_code} {saved.text}")
    return bearer


def main():
    binary = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/debug/garita")
    bin_dir = Path(sys.executable).parent
    with tempfile.TemporaryDirectory(prefix="garita-contract-") as tmp:
        folder = Path(tmp)
        process, url = start(binary, folder)
        try:
            bearer = token(url, folder)
            document = folder / "openapi.json"
            document.write_text(json.dumps(requests.get(f"{url}/api/v1/openapi.json").json()))
            subprocess.run([bin_dir / "openapi-spec-validator", str(document)], check=True)
            # Every operation but the one that ends the token, then that one (after it, the token
            # no longer works, as documented).
            for selection in (["--exclude-operation-id", "deleteAuthToken"], ["--include-operation-id", "deleteAuthToken"]):
                run = subprocess.run([
                    bin_dir / "schemathesis", "run", f"{url}/api/v1/openapi.json",
                    "--header", f"Authorization: Bearer {bearer}",
                    "--checks", CHECKS,
                    "--max-examples", "100",
                    "--seed", "17",
                    "--workers", "2",
                    *selection,
                ], cwd=folder)
                if run.returncode != 0:
                    raise SystemExit("Schemathesis found the API breaking its contract (above)")
        finally:
            process.terminate()
            process.wait()
    print("The API keeps its contract: the document validates and Schemathesis found nothing.")


if __name__ == "__main__":
    main()
