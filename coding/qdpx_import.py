"""Read a REFI-QDA .qdpx from another program into a new (or an empty) Wijkstem project.

Each text source becomes one conversation of one participant, with one open question "Bron" whose answer
is the whole text, so every coded fragment keeps its positions and text. The whole file is read and
checked before anything is stored; the caller commits once, so a bad file stores nothing.
See docs/report.md for the full mapping.
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlmodel import func, select

from coding.codebook import codes_of
from coding.codebook_io import import_codebook
from coding.errors import CodingError
from coding.exchange.qdpx import SOURCE_QUESTION_KEY, QdpxFileError, QdpxProject
from coding.exchange.qdpx_read import read_qdpx
from coding.exchange.spec import normalise_guid
from coding.models import Code, Coding, Memo, Segment
from interviews.models import GROUPS, Answer, Consent, Guide, Interview, Participant, Question, Section
from research import audit
from research.models import Project
from research.projects.services import find_project, slugify
from research.timeutil import utcnow

SOURCE_TITLE = "Bron"
UNKNOWN_GROUP = "onbekend"
GROUP_VARIABLES = ("groep", "group", "cases:groep", "cases:group")


@dataclass(frozen=True)
class ImportSummary:
    project: Project
    sources: int
    codes: int
    segments: int
    skipped_segments: int
    skipped_sources: int
    notes: int


def import_qdpx(db, data: bytes, user=None, project=None, filename: str = "") -> ImportSummary:
    """Store a .qdpx as conversations, codes, segments and memos; CodingError (Dutch) when it cannot be read."""
    try:
        qdpx = read_qdpx(data)
    except QdpxFileError as error:
        raise CodingError(str(error), field="file") from None
    if project is None:
        project = _new_project(db, qdpx)
    else:
        _check_empty(db, project)
    answers = _conversations(db, project, qdpx, user)
    codes = import_codebook(db, project, qdpx.codes).created if qdpx.codes else 0
    by_guid = {code.guid: code for code in codes_of(db, project)}
    stored, skipped = _segments(db, qdpx, answers, by_guid, user)
    notes = _notes(db, project, qdpx, answers, by_guid, user)
    audit.record("project_geimporteerd", project_id=project.id, object_type="project", object_id=project.id,
                 detail=f"refi-qda qdpx {filename[:200]}: {len(answers)} bronnen, {stored} fragmenten", db=db)
    return ImportSummary(project, len(answers), codes, stored, skipped, qdpx.skipped_sources, notes)


def _new_project(db, qdpx: QdpxProject) -> Project:
    base = slugify(qdpx.name) or "import"
    slug, n = base[:50], 1
    while find_project(db, slug):
        n += 1
        slug = f"{base[:50]}-{n}"
    project = Project(slug=slug, name=qdpx.name[:200], question=qdpx.description[:2000], code_prefix="IM")
    db.add(project)
    db.flush()
    return project


def _check_empty(db, project):
    for model in (Guide, Interview, Code):
        if db.exec(select(func.count()).select_from(model).where(model.project_id == project.id)).one():
            raise CodingError(_("Dit project is niet leeg. Lees een .qdpx in een nieuw of leeg project in."),
                              field="file")


def _source_question(db, project, qdpx) -> tuple[Guide, Question]:
    """A guide with one section and one open question, "Bron", whose answers are the sources' texts."""
    guide = Guide(project_id=project.id, version=1, title=_("Geïmporteerd uit %(name)s", name=qdpx.name)[:200],
                  source=(qdpx.origin or "REFI-QDA")[:200])
    db.add(guide)
    db.flush()
    section = Section(guide_id=guide.id, position=0, title=SOURCE_TITLE)
    db.add(section)
    db.flush()
    question = Question(section_id=section.id, position=0, key=SOURCE_QUESTION_KEY, kind="open", text=SOURCE_TITLE)
    db.add(question)
    db.flush()
    return guide, question


def _conversations(db, project, qdpx, user) -> dict:
    """One participant, consent record, finished conversation and answer per source; source guid -> (answer, text)."""
    guide, question = _source_question(db, project, qdpx)
    groups, answers, now = _groups(qdpx), {}, utcnow()
    for number, source in enumerate(qdpx.sources, start=1):
        participant = Participant(project_id=project.id, code=f"{project.code_prefix}-{number:03d}", number=number,
                                  group=groups.get(source.guid, UNKNOWN_GROUP), wijk=project.wijk)
        db.add(participant)
        db.flush()
        db.add(Consent(participant_id=participant.id, letter_version="import", takes_part=True, quotes_allowed=False,
                       given_by="deelnemer", recorded_by_id=user.id if user else None))
        interview = Interview(project_id=project.id, participant_id=participant.id, guide_id=guide.id,
                              status="afgerond", review_status="goedgekeurd", started_at=source.created_at or now,
                              finished_at=source.created_at or now)
        db.add(interview)
        db.flush()
        answer = Answer(interview_id=interview.id, question_id=question.id, text=source.text)
        db.add(answer)
        answers[source.guid] = (answer, source.text)
    db.flush()
    return answers


def _groups(qdpx) -> dict[str, str]:
    """Per source guid: the group from a case variable "Groep" when it is one Wijkstem knows."""
    found = {}
    for case in qdpx.cases:
        value = next((v.strip().lower() for k, v in case.values.items() if k.strip().lower() in GROUP_VARIABLES), "")
        if value in GROUPS:
            found.update({guid: value for guid in case.source_guids})
    return found


def _segments(db, qdpx, answers, codes, user) -> tuple[int, int]:
    """Store every selection that lies inside its text and has known codes; returns (stored, skipped)."""
    stored = skipped = 0
    for source in qdpx.sources:
        answer, text = answers[source.guid]
        spans: dict[tuple[int, int], Segment] = {}
        for selection in source.selections:
            known = [codes[guid] for guid in dict.fromkeys(selection.code_guids) if guid in codes]
            if not known or not 0 <= selection.start < selection.end <= len(text):
                skipped += 1
                continue
            segment = spans.get((selection.start, selection.end))
            if segment is None:
                segment = Segment(answer_id=answer.id, start=selection.start, end=selection.end,
                                  text=text[selection.start:selection.end], created_by_id=user.id if user else None)
                db.add(segment)
                db.flush()
                spans[(selection.start, selection.end)] = segment
                stored += 1
            _code(db, segment, known, user)
    return stored, skipped


def _code(db, segment, codes, user):
    have = set(db.exec(select(Coding.code_id).where(Coding.segment_id == segment.id)))
    for code in codes:
        if code.id not in have:
            db.add(Coding(segment_id=segment.id, code_id=code.id, coder_id=user.id if user else None))
    db.flush()


def _notes(db, project, qdpx, answers, codes, user) -> int:
    """Memos on the project, a code or a source (as a memo on its answer); unreferenced notes go on the project."""
    targets = {normalise_guid(g): ("project", None) for g in qdpx.project_note_guids}
    for code_guid, guids in qdpx.code_note_guids.items():
        if code_guid in codes:
            targets.update({normalise_guid(g): ("code", codes[code_guid].id) for g in guids})
    for source in qdpx.sources:
        targets.update({normalise_guid(g): ("answer", answers[source.guid][0].id) for g in source.note_guids})
    count = 0
    for note in qdpx.notes:
        if note.text:
            kind, target = targets.get(note.guid, ("project", None))
            db.add(Memo(project_id=project.id, author_id=user.id if user else None, target_type=kind,
                        target_id=target, text=note.text))
            count += 1
    db.flush()
    return count
