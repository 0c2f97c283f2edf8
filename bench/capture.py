"""Benchmark: 100 tablets autosave every 5 seconds while moving through the questions.

Run against the demo server from `make run` (SQLite), only on this machine:

    .venv/bin/python bench/capture.py [BASE_URL] [--tablets 100] [--seconds 60] [--db PATH]

Each tablet registers its own participant, records consent and starts an interview through the normal
pages (as one of the four demo key figures), then every 5 s autosaves a growing answer with a fresh
client id; after three saves it opens the next question. One save in twenty is sent twice (a lost
reply): the server must answer "repeated" with the same version. At the end the researcher's view is
read to compare every stored answer with the last one a tablet was told was saved; with --db the
SQLite file is read too, to check that no save was applied twice (the answer's version).

Prints p50/p95 of the autosave latency, errors, and answers stored versus sent.
"""

import argparse
import html
import random
import re
import sqlite3
import statistics
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from urllib.parse import urlparse

import requests

from coding.demo.content import KEY_FIGURES, PROJECT
from coding.demo.load import DEMO_PASSWORD, RESEARCHER_EMAIL

SAVES_PER_QUESTION = 3
RETRY_EVERY = 20
TIMEOUT = 10  # seconds; a slower reply counts as an error
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1"}


@dataclass
class Ledger:
    """What the tablets sent and were told, shared by all threads."""

    latencies: list = field(default_factory=list)
    page_latencies: list = field(default_factory=list)
    errors: list = field(default_factory=list)
    retries_ok: int = 0
    acked: dict = field(default_factory=dict)  # (interview id, position) -> (text, version)
    writes: dict = field(default_factory=dict)  # (interview id, position) -> saves that changed the text
    lock: threading.Lock = field(default_factory=threading.Lock)

    def error(self, what: str) -> None:
        with self.lock:
            self.errors.append(what)


def csrf_of(page: str) -> str:
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)


def log_in(base: str, email: str) -> requests.Session:
    session = requests.Session()
    token = csrf_of(session.get(f"{base}/auth/inloggen").text)
    reply = session.post(f"{base}/auth/inloggen", data={"csrf_token": token, "email": email,
                                                         "password": DEMO_PASSWORD}, allow_redirects=False)
    if reply.status_code != 302:
        sys.exit(f"Inloggen als {email} lukte niet ({reply.status_code}). Draait de demo?")
    return session


def post_form(session, url: str, data: dict) -> requests.Response:
    """Post a page's form as a browser does: with the CSRF token of that page."""
    token = csrf_of(session.get(url).text)
    return session.post(url, data={"csrf_token": token, **data}, allow_redirects=False)


def start_interview(base: str, session: requests.Session) -> str:
    """Register a participant, record consent, start; returns the address of the first question."""
    project = f"{base}/p/{PROJECT['slug']}"
    made = post_form(session, f"{project}/deelnemers/nieuw", {"group": "ouder", "age_band": "26-40",
                                                               "language": "nl", "wijk": "Seghwaert"})
    consent_url = base + made.headers["Location"]
    post_form(session, consent_url, {"letter_version": "1.0", "takes_part": "y", "given_by": "deelnemer"})
    started = session.post(consent_url.replace("/toestemming", "/gesprek"),
                           data={"csrf_token": csrf_of(session.get(consent_url).text)}, allow_redirects=False)
    return base + started.headers["Location"]


class Tablet(threading.Thread):
    """One tablet: opens a question, autosaves every `interval` seconds, moves on after a few saves."""

    def __init__(self, number, base, cookies, first_url, ledger, interval, until):
        super().__init__(daemon=True)
        self.number, self.base, self.ledger, self.interval, self.until = number, base, ledger, interval, until
        self.session = requests.Session()
        self.session.cookies.update(cookies)
        # A new connection per request, as nginx in front of waitress does (and waitress takes at most 100
        # open connections: 100 tablets holding one each would leave none for anyone else).
        self.session.headers["Connection"] = "close"
        self.url, self.saves = first_url, 0

    def run(self):
        time.sleep(random.uniform(0, self.interval))  # tablets do not start in step  # noqa: S311
        try:
            self.open_question(self.url)
            while time.monotonic() < self.until and self.url:
                self.save()
                time.sleep(self.interval)
        except Exception as error:  # noqa: BLE001 - a benchmark counts failures instead of stopping
            self.ledger.error(f"tablet {self.number}: {error!r}")
        finally:
            self.session.close()

    def open_question(self, url):
        started = time.perf_counter()
        page = self.session.get(url, timeout=TIMEOUT)
        self.ledger.page_latencies.append(time.perf_counter() - started)
        match = re.search(r"/gesprekken/(\d+)/vraag/(\d+)$", page.url)
        if page.status_code != 200 or not match:
            self.url = None  # the end of the interview
            return
        self.url, self.key = page.url, (int(match.group(1)), int(match.group(2)))
        self.token = csrf_of(page.text)
        self.version = int(re.search(r'name="version" value="(\d+)"', page.text).group(1))
        choices = re.findall(r'name="choice"\s+value="([^"]+)"', page.text)
        self.choice, self.words, self.saves = (choices[0] if choices else None), [], 0

    def save(self):
        if self.saves >= SAVES_PER_QUESTION:
            position = self.key[1] + 1
            self.open_question(re.sub(r"/vraag/\d+$", f"/vraag/{position}", self.url))
            if not self.url:
                return
        self.saves += 1
        self.words.append(f"tablet{self.number}-zin{self.saves}")
        text = self.choice or " ".join(self.words)
        client_id = str(uuid.uuid4())
        reply = self.post(text, client_id)
        if reply is not None and random.randrange(RETRY_EVERY) == 0:  # noqa: S311 - the reply "got lost"
            again = self.post(text, client_id, record=False)
            if again and again.get("repeated") and again.get("version") == reply.get("version"):
                with self.ledger.lock:
                    self.ledger.retries_ok += 1
            else:
                self.ledger.error(f"tablet {self.number}: a retried save was not recognised: {again}")

    def post(self, text, client_id, record=True):
        data = {"csrf_token": self.token, "text": text, "version": str(self.version), "client_id": client_id}
        started = time.perf_counter()
        response = self.session.post(self.url + "/opslaan", data=data, timeout=TIMEOUT,
                                     headers={"Accept": "application/json", "X-CSRFToken": self.token})
        elapsed = time.perf_counter() - started
        reply = response.json() if response.headers.get("Content-Type", "").startswith("application/json") else {}
        with self.ledger.lock:
            self.ledger.latencies.append(elapsed)
        if response.status_code != 200 or not reply.get("saved"):
            self.ledger.error(f"tablet {self.number}: {response.status_code} {reply.get('error', '')[:80]}")
            return None
        if record:
            with self.ledger.lock:
                changed = reply["version"] != self.version
                self.ledger.writes[self.key] = self.ledger.writes.get(self.key, 0) + int(changed)
                self.ledger.acked[self.key] = (text, reply["version"])
        self.version = reply["version"]
        return reply


def stored_texts(base: str, interviews: set[int]) -> dict:
    """Every stored answer as the researcher reads it: (interview id, position) -> text."""
    session = log_in(base, RESEARCHER_EMAIL)
    found = {}
    for interview_id in sorted(interviews):
        page = session.get(f"{base}/p/{PROJECT['slug']}/gesprekken/{interview_id}").text
        for position, block in re.findall(r'answer-question">(\d+)\..*?</p>\s*(.*?)</article>', page, re.S):
            text = re.search(r'<div class="answer-text">(.*?)</div>', block, re.S)
            if text:
                found[(interview_id, int(position) - 1)] = html.unescape(text.group(1))
    return found


def stored_versions(db_path: str, interviews: set[int]) -> dict:
    """(interview id, question id) -> (rows, version) straight from the SQLite file."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as connection:
        marks = ",".join("?" * len(interviews))
        rows = connection.execute(
            f"SELECT interview_id, question_id, COUNT(*), MAX(version) FROM answers "  # noqa: S608 - only ?-marks
            f"WHERE interview_id IN ({marks}) GROUP BY interview_id, question_id", sorted(interviews)).fetchall()
    return {(i, q): (count, version) for i, q, count, version in rows}


def percentile(values, share):
    return statistics.quantiles(values, n=100)[share - 1] if len(values) >= 2 else (values or [0])[0]


def report(ledger: Ledger, stored: dict, versions: dict | None, seconds: float) -> bool:
    ms = sorted(v * 1000 for v in ledger.latencies)
    pages = sorted(v * 1000 for v in ledger.page_latencies)
    lost = [key for key, (text, _v) in ledger.acked.items() if stored.get(key) != text]
    print(f"autosaves: {len(ms)} in {seconds:.0f} s ({len(ms) / seconds:.1f}/s), "
          f"p50 {percentile(ms, 50):.1f} ms, p95 {percentile(ms, 95):.1f} ms, max {ms[-1] if ms else 0:.1f} ms")
    print(f"page loads: {len(pages)}, p50 {percentile(pages, 50):.1f} ms, p95 {percentile(pages, 95):.1f} ms")
    print(f"errors: {len(ledger.errors)}" + "".join(f"\n  {e}" for e in ledger.errors[:10]))
    print(f"retried saves recognised: {ledger.retries_ok}")
    print(f"answers sent (acknowledged): {len(ledger.acked)}, stored and equal: {len(ledger.acked) - len(lost)}, "
          f"lost: {len(lost)}")
    duplicated = 0
    if versions is not None:
        duplicated = sum(1 for count, _v in versions.values() if count > 1)
        expected_writes = sum(ledger.writes.values())
        print(f"rows with a duplicate: {duplicated}; writes applied {sum(v for _c, v in versions.values())} "
              f"(expected {expected_writes})")
        duplicated += abs(sum(v for _c, v in versions.values()) - expected_writes)
    ok = not ledger.errors and not lost and not duplicated and percentile(ms, 95) < 150
    print("RESULT:", "OK" if ok else "NOT OK (target: p95 < 150 ms, no errors, nothing lost or doubled)")
    return ok


def run_tablets(base: str, count: int, interval: float, seconds: float, ledger: Ledger) -> tuple[list, float]:
    """Set up `count` tablets (not timed), let them autosave for `seconds`; returns (tablets, elapsed)."""
    print(f"Setting up {count} tablets against {base} …", flush=True)
    key_figures = [log_in(base, kf["email"]) for kf in KEY_FIGURES]
    first_pages = [start_interview(base, key_figures[n % len(key_figures)]) for n in range(count)]
    started = time.monotonic()
    until = started + seconds
    tablets = [Tablet(n, base, key_figures[n % len(key_figures)].cookies, first_pages[n], ledger, interval, until)
               for n in range(count)]
    for session in key_figures:
        session.close()
    print(f"Running for {seconds:.0f} s …", flush=True)
    for tablet in tablets:
        tablet.start()
    for tablet in tablets:
        tablet.join(timeout=until - time.monotonic() + interval + 30)
    return tablets, time.monotonic() - started


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url", nargs="?", default="http://127.0.0.1:5000")
    parser.add_argument("--tablets", type=int, default=100, choices=range(1, 201), metavar="1-200")
    parser.add_argument("--interval", type=float, default=5.0, help="seconds between autosaves (default 5)")
    parser.add_argument("--seconds", type=float, default=60.0, help="how long to run (default 60, at most 600)")
    parser.add_argument("--db", help="the server's SQLite file, to check that no save was applied twice")
    args = parser.parse_args(argv)
    base = args.base_url.rstrip("/")
    if urlparse(base).hostname not in LOCAL_HOSTS:
        sys.exit("Only against a server on this machine (127.0.0.1).")
    seconds, interval = min(max(args.seconds, 5.0), 600.0), min(max(args.interval, 1.0), 60.0)
    ledger = Ledger()
    tablets, elapsed = run_tablets(base, args.tablets, interval, seconds, ledger)
    interviews = {int(re.search(r"/gesprekken/(\d+)/", t.url or "/gesprekken/0/").group(1)) for t in tablets}
    interviews |= {key[0] for key in ledger.acked}
    versions = stored_versions(args.db, interviews) if args.db else None
    return 0 if report(ledger, stored_texts(base, interviews), versions, elapsed) else 1


if __name__ == "__main__":
    sys.exit(main())
