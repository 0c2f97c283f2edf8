"""The project as a REFI-QDA .qdpx for ATLAS.ti, MAXQDA, NVivo and QualCoder: gather the data, then write.

One text source per conversation: each open question, then its answer, with a blank line between.
Only what is open for coding (coding.corpus: finished conversations of participants who did not
withdraw) goes out; so do the codebook, the codings (positions in code points), the coders and the memos.
"""

from collections import defaultdict
from dataclasses import dataclass

from sqlmodel import select

from coding.codebook_io import codebook_specs
from coding.corpus import codable_answer_ids, codable_interviews
from coding.exchange.qdpx import (
    SOURCE_QUESTION_KEY,
    QdpxCase,
    QdpxNote,
    QdpxProject,
    QdpxSelection,
    QdpxSource,
    QdpxUser,
    stable_guid,
)
from coding.exchange.qdpx_write import write_qdpx
from coding.models import Code, Coding, Memo, Segment
from interviews.models import Answer, Question, Section
from research import audit
from research.models import User
from research.safety import safe_filename

VARIABLES = (("Groep", "group"), ("Wijk", "wijk"), ("Leeftijd", "age_band"))


def export_qdpx(db, project) -> bytes:
    """The .qdpx file of a project (logged: it holds raw answers)."""
    content = write_qdpx(gather_qdpx(db, project))
    audit.record("project_geexporteerd", project_id=project.id, object_type="project", object_id=project.id,
                 detail="refi-qda qdpx", db=db)
    return content


def qdpx_filename(project) -> str:
    """The download name of the .qdpx."""
    return safe_filename(f"wijkstem-{project.slug}", fallback="wijkstem") + ".qdpx"


@dataclass(frozen=True)
class _Item:
    """One answer with what its place in the source needs (plain columns: no ORM objects for 25,000 rows)."""

    answer_id: int
    text: str
    interview_id: int
    question: str
    key: str
    order: tuple


def _items(db, project) -> dict[int, list[_Item]]:
    """The codable answers with text, per conversation, in guide order."""
    query = (
        select(Answer.id, Answer.text, Answer.interview_id, Question.text, Question.key, Section.position,
               Question.position, Question.id)
        .join(Question, Answer.question_id == Question.id)
        .join(Section, Question.section_id == Section.id)
        .where(Answer.id.in_(codable_answer_ids(project)))
    )
    found = defaultdict(list)
    for answer_id, text, interview_id, question, key, *order in db.exec(query):
        if text.strip():
            found[interview_id].append(_Item(answer_id, text, interview_id, question, key, tuple(order)))
    for items in found.values():
        items.sort(key=lambda item: item.order)
    return found


def gather_qdpx(db, project) -> QdpxProject:
    """The project as plain REFI-QDA data."""
    by_interview = _items(db, project)
    offsets, sources, cases = {}, [], {}
    for interview, participant in codable_interviews(db, project):
        if interview.id not in by_interview:
            continue
        source, starts = _source(interview, participant, by_interview[interview.id])
        offsets.update(starts)
        sources.append(source)
        _add_to_case(cases, participant, source.guid)
    users: dict[int, QdpxUser] = {}
    _add_selections(db, project, sources, offsets, users)
    notes, project_notes, code_notes, source_notes = _memos(db, project, offsets, users)
    for source in sources:
        source.note_guids = source_notes.get(source.guid, [])
    return QdpxProject(
        name=project.name, codes=codebook_specs(db, project), users=list(users.values()), sources=sources,
        notes=notes, cases=list(cases.values()), project_note_guids=project_notes, code_note_guids=code_notes,
        description=project.question,
    )


def _source(interview, participant, items) -> tuple[QdpxSource, dict]:
    """A conversation's text, and where each answer starts in it (answer id -> (source guid, offset, text)).

    A conversation that was itself read from a .qdpx (one question "Bron") goes out as the text it came in as.
    """
    guid = stable_guid("interview", interview.id)
    parts, starts, at = [], {}, 0
    as_read = len(items) == 1 and items[0].key == SOURCE_QUESTION_KEY
    for item in items:
        header = "" if as_read else item.question.strip() + "\n"
        starts[item.answer_id] = (guid, at + len(header), item.text)
        parts.append(header + item.text + ("" if as_read else "\n\n"))
        at += len(parts[-1])
    name = f"{participant.code} ({interview.id})"
    return QdpxSource(guid, name, "".join(parts), created_at=interview.finished_at or interview.started_at), starts


def _add_to_case(cases, participant, source_guid):
    case = cases.get(participant.id)
    if case is None:
        values = {label: getattr(participant, attr) for label, attr in VARIABLES if getattr(participant, attr)}
        case = cases[participant.id] = QdpxCase(stable_guid("participant", participant.id), participant.code, values)
    case.source_guids.append(source_guid)


def _user(users, db, user_id) -> str | None:
    if user_id is None:
        return None
    if user_id not in users:
        user = db.get(User, user_id)
        users[user_id] = QdpxUser(stable_guid("user", user_id), user.display_name or f"Wijkstem {user_id}")
    return users[user_id].guid


def _add_selections(db, project, sources, offsets, users):
    by_guid = {source.guid: source for source in sources}
    codes = dict(db.exec(select(Code.id, Code.guid).where(Code.project_id == project.id)).all())
    on_answers = Segment.answer_id.in_(codable_answer_ids(project))
    codings = defaultdict(list)
    for segment_id, code_id in db.exec(select(Coding.segment_id, Coding.code_id).join(Segment).where(on_answers)):
        codings[segment_id].append(codes[code_id])
    columns = (Segment.id, Segment.answer_id, Segment.start, Segment.end, Segment.created_by_id, Segment.created_at)
    for segment_id, answer_id, begin, end, creator, created in db.exec(select(*columns).where(on_answers)):
        if answer_id not in offsets:
            continue
        guid, start, text = offsets[answer_id]
        if not codings[segment_id] or not 0 <= begin < end <= len(text):
            continue
        by_guid[guid].selections.append(QdpxSelection(
            stable_guid("segment", segment_id), start + begin, start + end, codings[segment_id],
            _user(users, db, creator), created))
    for source in sources:
        source.selections.sort(key=lambda selection: (selection.start, selection.end))


def _memos(db, project, offsets, users):
    """Notes, and which belong to the project, a code or a source; memos on answers not exported stay out."""
    code_guids = {code.id: code.guid for code in db.exec(select(Code).where(Code.project_id == project.id))}
    notes, project_notes, code_notes, source_notes = [], [], defaultdict(list), defaultdict(list)
    for memo in db.exec(select(Memo).where(Memo.project_id == project.id).order_by(Memo.id)):
        guid = stable_guid("memo", memo.id)
        if memo.target_type == "project":
            project_notes.append(guid)
        elif memo.target_type == "code" and memo.target_id in code_guids:
            code_notes[code_guids[memo.target_id]].append(guid)
        elif memo.target_type == "answer" and memo.target_id in offsets:
            source_notes[offsets[memo.target_id][0]].append(guid)
        else:
            continue
        notes.append(QdpxNote(guid, f"Memo {memo.id}", memo.text, _user(users, db, memo.author_id), memo.created_at))
    return notes, project_notes, dict(code_notes), dict(source_notes)
