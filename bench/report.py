"""Benchmark: the LEA report (and, on request, the .qdpx export) of a large project.

Builds a project with 10,000 conversations x 25 answers, 20 themes and two coded fragments per answer, one
fragment in a hundred an approved quote (bulk inserts into a temporary SQLite file). Then times
`build_lea_report` (gathering from the database and writing the .docx) the first time in the process and
again, and measures its peak memory with tracemalloc (a third, traced run). For comparison it times
python-docx itself writing the same paragraphs (same texts and styles, each style looked up once) into an
empty document. Last, the whole process's peak resident memory. Target for the LEA report at 10,000
conversations: at most 2 s and 150 MB.

With --qdpx it also times `export_qdpx`: target under 10 s and 500 MB at 1,000 conversations.

    .venv/bin/python bench/report.py [--interviews 10000] [--answers 25] [--themes 20] [--qdpx]
"""

import argparse
import io
import random
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from sqlalchemy import insert
from sqlmodel import Session, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from coding.models import Code, Coding, ReportText, Segment  # noqa: E402
from coding.qdpx_export import export_qdpx  # noqa: E402
from coding.reports import build_lea_report, render_lea  # noqa: E402
from coding.reports.gather import gather_report  # noqa: E402
from interviews.models import Answer, Consent, Guide, Interview, Participant, Question, Section  # noqa: E402
from research import create_app  # noqa: E402
from research.db import engine  # noqa: E402
from research.migrate import upgrade  # noqa: E402
from research.models import Project, User  # noqa: E402

WORDS = ("school", "mentor", "hulp", "wachten", "juf", "wijk", "kinderen", "ouders", "praten", "vertrouwen",
         "jeugdhulp", "buurthuis", "veilig", "sport", "taal", "thuis", "zorgen", "fijn", "moeilijk", "samen")
GROUPS = ("ouder", "jongere", "professional")
WIJKEN = ("Seghwaert", "Noordhove", "Palenstein", "Meerzicht")
TARGETS = {"lea": (2, 150), "qdpx": (10, 500)}  # seconds, MB


def _sentence(rng, words=40) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(words)).capitalize() + "."


def _rows(db, model, rows):
    db.execute(insert(model), rows)


def build(db, interviews: int, answers: int, themes: int):
    """The project, bulk-inserted; returns it."""
    rng = random.Random(5)
    researcher = User(email="onderzoeker@bench.nl", password_hash="x", site_role="onderzoeker")
    figures = [User(email=f"sleutel{n}@bench.nl", password_hash="x", site_role="sleutelfiguur") for n in range(10)]
    project = Project(slug="bench", name="Benchmark", municipality="Zoetermeer", wijk="Seghwaert")
    db.add_all([researcher, *figures, project])
    db.flush()
    guide = Guide(project_id=project.id, title="Leidraad")
    db.add(guide)
    db.flush()
    questions = _guide(db, guide, answers)
    codes = _codebook(db, project, themes)
    db.add(ReportText(project_id=project.id, summary=_sentence(rng, 80)))
    _conversations(db, rng, project, guide, questions, codes, figures, researcher, interviews)
    db.commit()
    return project


def _guide(db, guide, answers):
    questions = []
    for s in range(5):
        section = Section(guide_id=guide.id, position=s, title=f"Onderdeel {s + 1}")
        db.add(section)
        db.flush()
        for q in range(answers // 5 + (1 if s < answers % 5 else 0)):
            questions.append(Question(section_id=section.id, position=q, text=f"Vraag {s + 1}.{q + 1}?"))
    db.add_all(questions)
    db.flush()
    return questions


def _codebook(db, project, themes):
    codes = [Code(project_id=project.id, position=n, name=f"Thema {n + 1}", definition="Omschrijving.",
                  recommendation="Aanbeveling.") for n in range(themes)]
    db.add_all(codes)
    db.flush()
    return codes


def _conversations(db, rng, project, guide, questions, codes, figures, researcher, count):
    first = db.exec(select(Participant.id).order_by(Participant.id.desc())).first() or 0
    _rows(db, Participant, [dict(project_id=project.id, code=f"BE-{n:04d}", number=n, group=rng.choice(GROUPS),
                                 wijk=rng.choice(WIJKEN)) for n in range(1, count + 1)])
    people = list(range(first + 1, first + count + 1))
    _rows(db, Consent, [dict(participant_id=p, letter_version="1", takes_part=True, quotes_allowed=True,
                             given_by="deelnemer") for p in people])
    _rows(db, Interview, [dict(project_id=project.id, participant_id=p, guide_id=guide.id, status="afgerond",
                               review_status="goedgekeurd", key_figure_id=rng.choice(figures).id) for p in people])
    interview_ids = list(db.exec(select(Interview.id).where(Interview.project_id == project.id)))
    _rows(db, Answer, [dict(interview_id=i, question_id=q.id, text=_sentence(rng)) for i in interview_ids
                       for q in questions])
    answers = list(db.exec(select(Answer.id, Answer.text).join(Interview).where(Interview.project_id == project.id)))
    segments = []
    for n, (answer_id, text) in enumerate(answers):
        for start, end in ((0, 30), (40, 90)):
            quote = n % 100 == 0 and start == 0
            segments.append(dict(answer_id=answer_id, start=start, end=end, text=text[start:end],
                                 created_by_id=researcher.id, quote_status="goedgekeurd" if quote else "",
                                 quote_text=text[start:end] if quote else None))
    _rows(db, Segment, segments)
    segment_ids = list(db.exec(select(Segment.id).order_by(Segment.id)))[-len(segments):]
    _rows(db, Coding, [dict(segment_id=s, code_id=rng.choice(codes).id, coder_id=researcher.id) for s in segment_ids])


def measure(label, work, target=None):
    """Time a first and a second run, then measure the peak of a third, traced run; the first run is judged
    (it pays what a server pays once: imports, compiled queries). Returns the first run's result and time."""
    started = time.perf_counter()
    result = work()
    seconds = time.perf_counter() - started
    started = time.perf_counter()
    work()
    again = time.perf_counter() - started
    tracemalloc.start()
    work()
    peak = tracemalloc.get_traced_memory()[1] / (1024 * 1024)
    tracemalloc.stop()
    size = f"{len(result) / 1024:6.0f} kB" if isinstance(result, bytes) else " " * 9
    verdict = ""
    if target:
        most_seconds, most_mb = target
        verdict = "ok" if seconds <= most_seconds and peak <= most_mb else "TOO SLOW OR TOO BIG"
        verdict += f" (target: at most {most_seconds} s, {most_mb} MB)"
    print(f"{label:<24} {seconds:6.2f} s (again {again:5.2f} s)   peak {peak:6.1f} MB   {size}   {verdict}",
          flush=True)
    return result, seconds


def written_paragraphs(docx: bytes) -> list[tuple[str, str]]:
    """(text, style name) of every body paragraph of a .docx."""
    from docx import Document

    return [(paragraph.text, paragraph.style.name) for paragraph in Document(io.BytesIO(docx)).paragraphs]


def python_docx_writing(paragraphs) -> bytes:
    """python-docx alone: an empty document, the paragraphs with their styles (each looked up once), saved."""
    from docx import Document

    doc = Document()
    styles = {name: doc.styles[name] for name in {name for _text, name in paragraphs} if name in doc.styles}
    for text, name in paragraphs:
        doc.add_paragraph(text, style=styles.get(name))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--interviews", type=int, default=10000)
    parser.add_argument("--answers", type=int, default=25)
    parser.add_argument("--themes", type=int, default=20)
    parser.add_argument("--qdpx", action="store_true", help="also the REFI-QDA export (target set at 1,000)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite:///{folder}/bench.sqlite3"
        app = create_app({"MODE": "test", "DATABASE_URL": url})
        upgrade(url)
        with app.app_context(), Session(engine(), expire_on_commit=False) as db:
            started = time.perf_counter()
            project = build(db, args.interviews, args.answers, args.themes)
            print(f"built {args.interviews} conversations x {args.answers} answers, {args.themes} themes "
                  f"in {time.perf_counter() - started:.1f} s", flush=True)
            docx, seconds = measure("LEA report (.docx)", lambda: build_lea_report(db, project), TARGETS["lea"])
            data, _gathering = measure("  gathering the data", lambda: gather_report(db, project))
            measure("  writing the .docx", lambda: render_lea(data))
            paragraphs = written_paragraphs(docx)
            _baseline, baseline = measure("python-docx, same text", lambda: python_docx_writing(paragraphs))
            print(f"  {len(paragraphs)} paragraphs; the LEA report takes {seconds / baseline:.1f}x "
                  "python-docx writing them", flush=True)
            if args.qdpx:
                measure("REFI-QDA (.qdpx)", lambda: export_qdpx(db, project), TARGETS["qdpx"])
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"whole process, building included: peak resident memory {rss:.0f} MB")
        app.extensions["wijkstem.engine"].dispose()


if __name__ == "__main__":
    main()
