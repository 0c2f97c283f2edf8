"""Benchmark: Wijkstem side by side with Taguette on the same data, in one run.

For each size (40 and 400 interviews by default) both tools get the same workload: interviews of 25 real
Dutch open answers (../shared/data/vu_election_2021_open_answers.jsonl), 20 themes, 12 coded fragments per
interview. Each tool is served by its real server on this machine, then 8 logged-in clients at once ask for

- one answer with its codings: Wijkstem's answer coding page; Taguette's document contents plus its
  highlights (the two calls Taguette's page makes to show one document);
- the fragments of one theme: Wijkstem's theme page; Taguette's highlights-of-a-tag API (first page).

Both tools at every size are served at once and take turns: per page, five rounds in which each tool at each
size has its turn, so that other work on this (shared) machine weighs on all alike, on the ratios and on the
growth from 40 to 400 interviews; the load average is printed too. Prints p50/p95 latency and
requests per second of both, and Wijkstem's p50 as a multiple of Taguette's.

    .venv/bin/python bench/peer.py [--sizes 40 400] [--requests 400] [--rounds 5] [--taguette-venv /tmp/taguette-venv]

Taguette is installed in a virtual environment of its own (created on first use with
`python3 -m venv` and `pip install taguette==1.5.2`). Without the data file the benchmark stops with a message.
"""

import argparse
import json
import random
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data" / "vu_election_2021_open_answers.jsonl"
TAGUETTE_VERSION = "1.5.2"
ANSWERS, FRAGMENTS, CLIENTS = 25, 12, 8
PASSWORD = "peer-bench-wachtwoord"
THEMES = {  # name: codebook keywords (Wijkstem suggests codes from them)
    "Corona": "corona\npandemie\navondklok", "Toeslagen": "toeslagen\ntoeslagenaffaire\nbelastingdienst",
    "Klimaat": "klimaat\nmilieu", "Democratie": "democratie\nstemrecht", "Onderwijs": "onderwijs\nschool",
    "Economie": "economie", "Zorg": "zorg\nziekenhuis", "Vrijheid": "vrijheid", "Gelijkheid": "gelijkheid",
    "Vertrouwen": "vertrouwen", "Immigratie": "immigratie\nmigratie", "Wonen": "woning\nhuis",
    "Veiligheid": "veiligheid", "Respect": "respect\nnormen", "Samenleving": "samenleving\nmaatschappij",
    "Oorlog": "oorlog", "Regering": "regering\nkabinet", "Werk": "werk\nbaan", "Toekomst": "toekomst",
    "Europa": "europa",
}


# --- the workload ---------------------------------------------------------------------------------------------


def real_answers() -> list[str]:
    """Real open answers of 30 characters or more, in a fixed order."""
    if not DATA.exists():
        sys.exit(f"Geen antwoorddata: {DATA} ontbreekt (../shared/data). De benchmark heeft echte antwoorden nodig.")
    texts = [json.loads(line)["text"].strip() for line in DATA.open(encoding="utf-8")]
    texts = [text for text in texts if len(text) >= 30 and text.lower() != "testdata"]
    random.Random(11).shuffle(texts)
    return texts


def workload(interviews: int, texts: list[str]) -> list[dict]:
    """Per interview: its 25 answers and 12 fragments (answer index, start, end, theme index)."""
    rng, pool, made = random.Random(7), iter(texts * (1 + interviews * ANSWERS // len(texts))), []
    for number in range(interviews):
        answers = [next(pool) for _ in range(ANSWERS)]
        coded = rng.sample(range(ANSWERS), FRAGMENTS)
        fragments = []
        for index in sorted(coded):
            text = answers[index]
            end = max(10, len(text) * 2 // 3)
            fragments.append([index, 0, min(end, len(text)), rng.randrange(len(THEMES))])
        made.append({"name": f"Gesprek {number + 1}", "answers": answers, "highlights": fragments})
    return made


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process, seconds: float = 60) -> None:
    deadline = time.time() + seconds
    while time.time() < deadline:
        if process.poll() is not None:
            sys.exit(f"De server stopte meteen ({url}).")
        try:
            requests.get(url, timeout=2)
            return
        except requests.ConnectionError:
            time.sleep(0.3)
    sys.exit(f"De server op {url} antwoordde niet.")


# --- Wijkstem ---------------------------------------------------------------------------------------------------


def wijkstem_env(url: str) -> dict:
    import os

    return {**os.environ, "WIJKSTEM_MODE": "demo", "WIJKSTEM_DATABASE_URL": url,
            "WIJKSTEM_SUGGESTIONS_AUTOTRAIN": "0", "WIJKSTEM_JOBS_IMMEDIATE": "1"}


def build_wijkstem(url: str, docs: list[dict]) -> dict:
    """The workload in a fresh migrated database, through the services; the model trained once."""
    from sqlmodel import Session

    from research import create_app
    from research.db import engine
    from research.migrate import upgrade

    app = create_app({"MODE": "demo", "DATABASE_URL": url, "SUGGESTIONS_AUTOTRAIN": False, "JOBS_IMMEDIATE": True})
    upgrade(url)
    with app.test_request_context(), Session(engine(), expire_on_commit=False) as db:
        made = _wijkstem_rows(db, docs)
        db.commit()
        _train(app, db, made["project_id"])
    app.extensions["wijkstem.engine"].dispose()
    return made


def _wijkstem_rows(db, docs):
    from coding.codebook import create_code
    from coding.segments import code_span
    from interviews.models import Answer, Guide, Question, Section
    from research.models import Project
    from research.roles import Role
    from research.users import hash_password
    from tests import factories

    project = Project(slug="peer", name="Peer", municipality="Zoetermeer", wijk="Seghwaert", code_prefix="PE")
    db.add(project)
    db.flush()
    digest = hash_password(PASSWORD)
    researchers = [factories.make_user(db, email=f"onderzoeker{n}@peer.nl", name=f"Onderzoeker {n}")
                   for n in range(CLIENTS)]
    for user in researchers:
        user.password_hash = digest
        factories.add_member(db, user, project, Role.RESEARCHER.value)
    figure = factories.make_user(db, site_role="sleutelfiguur", email="sleutel@peer.nl")
    guide = Guide(project_id=project.id, title="Leidraad", version=1)
    db.add(guide)
    db.flush()
    section = Section(guide_id=guide.id, position=0, title="Uw mening")
    db.add(section)
    db.flush()
    questions = [Question(section_id=section.id, position=n, text=f"Vraag {n + 1}?") for n in range(ANSWERS)]
    db.add_all(questions)
    codes = [create_code(db, project, name=name, keywords=words) for name, words in THEMES.items()]
    answer_ids = []
    for number, doc in enumerate(docs):
        participant = factories.make_participant(db, project, created_by=figure)
        interview = factories.make_interview(db, project, guide, participant, figure,
                                             answers=list(zip(questions, doc["answers"], strict=True)))
        answers = {a.question_id: a for a in db.exec(_answers_of(Answer, interview.id))}
        ordered = [answers[q.id] for q in questions]
        answer_ids += [a.id for a in ordered]
        for index, start, end, theme in doc["highlights"]:
            code_span(db, project, ordered[index], researchers[number % CLIENTS], [codes[theme].id],
                      start=start, end=end)
        if number % 50 == 49:
            db.commit()
    return {"project_id": project.id, "slug": project.slug, "answers": answer_ids, "codes": [c.id for c in codes],
            "emails": [u.email for u in researchers]}


def _answers_of(answer_model, interview_id):
    from sqlmodel import select

    return select(answer_model).where(answer_model.interview_id == interview_id)


def _train(app, db, project_id):
    """Train the suggestion model once, as the background job does (so suggestions come from a model)."""
    from coding.suggest_app.training import request_training, run_training_job

    job, _new = request_training(db, project_id)
    db.commit()
    started = time.perf_counter()
    run_training_job(job.id)
    print(f"  Wijkstem: model getraind in {time.perf_counter() - started:.1f} s", flush=True)


def serve_wijkstem(url: str):
    port = free_port()
    process = subprocess.Popen([str(ROOT / ".venv" / "bin" / "wijkstem"), "run", "--port", str(port),
                                "--zonder-taken"], env=wijkstem_env(url),
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/auth/inloggen", process)
    return process, base


def _session() -> requests.Session:
    """A client that retries a GET on a connection the server closed while it sat idle between rounds."""
    session = requests.Session()
    session.mount("http://", HTTPAdapter(max_retries=Retry(total=3, status=0, allowed_methods={"GET"})))
    return session


def wijkstem_client(base: str, email: str) -> requests.Session:
    session = _session()
    page = session.get(f"{base}/auth/inloggen").text
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)
    reply = session.post(f"{base}/auth/inloggen", allow_redirects=False,
                         data={"csrf_token": token, "email": email, "password": PASSWORD})
    if reply.status_code != 302:
        sys.exit(f"Inloggen in Wijkstem lukte niet ({reply.status_code}).")
    return session


# --- Taguette ---------------------------------------------------------------------------------------------------


def taguette_venv(path: Path) -> Path:
    """Taguette's own virtual environment (made on first use); returns its bin folder."""
    bin_dir = path / "bin"
    if not (bin_dir / "taguette").exists():
        print(f"  Taguette {TAGUETTE_VERSION} installeren in {path} …", flush=True)
        subprocess.run(["python3", "-m", "venv", str(path)], check=True)
        subprocess.run([str(bin_dir / "pip"), "install", "-q", f"taguette=={TAGUETTE_VERSION}"], check=True)
    return bin_dir


def build_taguette(bin_dir: Path, folder: str, docs: list[dict]) -> tuple[str, dict]:
    url = f"sqlite:///{folder}/taguette.sqlite3"
    spec = Path(folder) / "workload.json"
    spec.write_text(json.dumps({"themes": list(THEMES), "documents": docs}), encoding="utf-8")
    done = subprocess.run([str(bin_dir / "python"), str(ROOT / "bench" / "peer_taguette_fill.py"), url, str(spec)],
                          check=True, capture_output=True, text=True)
    return url, json.loads(done.stdout.strip().splitlines()[-1])


def serve_taguette(bin_dir: Path, url: str):
    port = free_port()
    process = subprocess.Popen([str(bin_dir / "taguette"), "--no-browser", "--database", url, "-p", str(port),
                                "-b", "127.0.0.1"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    base = f"http://127.0.0.1:{port}"
    token = None
    for line in process.stdout:
        found = re.search(r"\?token=(\w+)", line)
        if found:
            token = found.group(1)
            break
    if token is None:
        sys.exit("Taguette gaf geen inloglink.")
    wait_for(base + "/health", process)
    return process, base, token


def taguette_client(base: str, token: str) -> requests.Session:
    session = _session()
    session.get(f"{base}/?token={token}")
    return session


# --- timing -----------------------------------------------------------------------------------------------------


def hammer(clients: list, paths: list[list[str]], count: int) -> dict:
    """`count` timed requests spread over the clients, all at once; each request is a list of paths."""
    latencies, errors, lock = [], [], threading.Lock()

    def run(number, session):
        rng = random.Random(number)
        try:
            for _ in range(3):  # warm up
                for path in rng.choice(paths):
                    session.get(path)
        finally:
            barrier.wait()
        for _ in range(count // len(clients)):
            chosen = rng.choice(paths)
            started = time.perf_counter()
            try:
                replies = [session.get(path) for path in chosen]
            except requests.RequestException as error:
                with lock:
                    errors.append(f"{type(error).__name__} {chosen[0]}")
                continue
            for path, reply in zip(chosen, replies, strict=True):
                if reply.status_code != 200:
                    with lock:
                        errors.append(f"{reply.status_code} {path}")
            with lock:
                latencies.append(time.perf_counter() - started)

    barrier = threading.Barrier(len(clients) + 1)
    threads = [threading.Thread(target=run, args=(n, s)) for n, s in enumerate(clients)]
    for thread in threads:
        thread.start()
    barrier.wait()
    started = time.perf_counter()
    for thread in threads:
        thread.join()
    return {"latencies": latencies, "wall": time.perf_counter() - started, "errors": errors}


def summary(rounds: list[dict]) -> dict:
    """p50, p95 and requests per second over all rounds of one tool and page."""
    latencies = [value for one in rounds for value in one["latencies"]]
    wall = sum(one["wall"] for one in rounds)
    return {"p50": _percentile(latencies, 50), "p95": _percentile(latencies, 95), "rps": len(latencies) / wall,
            "errors": [error for one in rounds for error in one["errors"]]}


def _percentile(values, percent) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[percent - 1] * 1000 if len(values) > 1 else 0.0


def start_wijkstem(folder, docs) -> dict:
    """Wijkstem's database built and its server started; its clients logged in and the paths to ask for."""
    url = f"sqlite:///{folder}/wijkstem.sqlite3"
    started = time.perf_counter()
    made = build_wijkstem(url, docs)
    print(f"  Wijkstem: {len(docs)} gesprekken opgebouwd in {time.perf_counter() - started:.0f} s", flush=True)
    process, base = serve_wijkstem(url)
    project = f"{base}/p/{made['slug']}"
    return {"process": process, "clients": [wijkstem_client(base, email) for email in made["emails"]],
            "answer": [[f"{project}/coderen/{answer_id}"] for answer_id in made["answers"]],
            "theme": [[f"{project}/codeboek/{code_id}"] for code_id in made["codes"]]}


def start_taguette(bin_dir, folder, docs) -> dict:
    """Taguette's database filled and its server started; its clients and the paths to ask for."""
    url, made = build_taguette(bin_dir, folder, docs)
    process, base, token = serve_taguette(bin_dir, url)
    api = f"{base}/api/project/{made['project']}"
    return {"process": process, "clients": [taguette_client(base, token) for _ in range(CLIENTS)],
            "answer": [[f"{api}/document/{d}/contents", f"{api}/document/{d}"] for d in made["documents"]],
            "theme": [[f"{api}/highlights/{requests.utils.quote(path)}"] for path in made["tags"]]}


def measure_all(bin_dir, folder: Path, sizes, texts, count, rounds) -> dict:
    """Both tools at every size up at once; per page, `rounds` rounds in which every tool at every size takes its
    turn, so that other work on the machine weighs on all alike: on the ratios and on the growth with size.
    Returns the figures per size, tool and page."""
    servers: dict[int, dict] = {}
    try:
        for size in sizes:
            print(f"{size} gesprekken × {ANSWERS} antwoorden, {len(THEMES)} thema's, {FRAGMENTS} fragmenten per "
                  "gesprek", flush=True)
            docs, place = workload(size, texts), folder / str(size)
            place.mkdir()
            servers[size] = {}
            servers[size]["wijkstem"] = start_wijkstem(place, docs)
            servers[size]["taguette"] = start_taguette(bin_dir, place, docs)
            print(f"  load average of the machine (1, 5, 15 min): {_load()}", flush=True)
        raw = {size: {tool: {page: [] for page in PAGES} for tool in tools} for size, tools in servers.items()}
        for page in PAGES:
            for _round in range(rounds):
                for size, tools in servers.items():
                    for tool, served in tools.items():
                        raw[size][tool][page].append(hammer(served["clients"], served[page], count // rounds))
        return {size: {tool: {page: summary(raw[size][tool][page]) for page in PAGES} for tool in tools}
                for size, tools in servers.items()}
    finally:
        for tools in servers.values():
            for served in tools.values():
                served["process"].terminate()
                served["process"].wait(10)


PAGES = {"answer": "one answer with its codings", "theme": "all fragments of one theme"}


def report(results: dict) -> None:
    print(f"\n{'page':<30} {'size':>5} | {'Wijkstem p50':>12} {'p95':>7} {'req/s':>6} | "
          f"{'Taguette p50':>12} {'p95':>7} {'req/s':>6} | {'ratio':>5}")
    for page, label in PAGES.items():
        for size, both in results.items():
            ours, theirs = both["wijkstem"][page], both["taguette"][page]
            ratio = ours["p50"] / theirs["p50"] if theirs["p50"] else float("nan")
            print(f"{label:<30} {size:>5} | {ours['p50']:>9.1f} ms {ours['p95']:>7.1f} {ours['rps']:>6.1f} | "
                  f"{theirs['p50']:>9.1f} ms {theirs['p95']:>7.1f} {theirs['rps']:>6.1f} | {ratio:>5.2f}")
    for page, label in PAGES.items():
        sizes = sorted(results)
        if len(sizes) > 1:
            growth = results[sizes[-1]]["wijkstem"][page]["p50"] / results[sizes[0]]["wijkstem"][page]["p50"]
            print(f"Wijkstem growth {sizes[0]} -> {sizes[-1]} interviews, {label}: {growth:.2f}x")
    for size, both in results.items():
        for tool, pages in both.items():
            for page, figures in pages.items():
                if figures["errors"]:
                    print(f"ERRORS {tool} {page} {size}: {len(figures['errors'])}, e.g. {figures['errors'][0]}")


def _load() -> str:
    import os

    return " ".join(f"{value:.2f}" for value in os.getloadavg())


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[40, 400], help="interviews per project")
    parser.add_argument("--requests", type=int, default=400, help="timed requests per page and size")
    parser.add_argument("--taguette-venv", type=Path, default=Path("/tmp/taguette-venv"))
    parser.add_argument("--rounds", type=int, default=5, help="rounds per page; each tool and size takes a turn")
    args = parser.parse_args()
    texts = real_answers()
    bin_dir = taguette_venv(args.taguette_venv)
    print(f"load average of the machine at the start (1, 5, 15 min): {_load()}", flush=True)
    with tempfile.TemporaryDirectory() as folder:
        results = measure_all(bin_dir, Path(folder), args.sizes, texts, args.requests, args.rounds)
    print(f"load average of the machine at the end (1, 5, 15 min): {_load()}", flush=True)
    print(f"\n{CLIENTS} clients at once, {args.requests} timed requests per page and size in {args.rounds} rounds "
          "that alternate the tools and sizes; ratio = Wijkstem p50 / Taguette p50")
    report(results)


if __name__ == "__main__":
    main()
