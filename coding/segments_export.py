"""The coded segments of a project as a CSV or XLSX table, for researchers (it holds what participants said)."""

from collections import defaultdict

from flask_babel import gettext as _
from sqlmodel import select

from coding.codebook import codes_of
from coding.corpus import codable_answer_ids
from coding.errors import CodingError
from coding.exchange.segments_table import rows_to_csv, rows_to_xlsx
from coding.models import Coding, Segment
from interviews.models import Answer, Interview, Participant, Question, Section
from research import audit
from research.safety import safe_filename

FORMATS = {
    "csv": ("text/csv; charset=utf-8", rows_to_csv),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", rows_to_xlsx),
}


def segment_rows(db, project) -> list[tuple]:
    """One row per coded segment on a codable answer: pseudonym, group, wijk, question, codes, span, text."""
    names = {code.id: code.name for code in codes_of(db, project)}
    on_answers = Segment.answer_id.in_(codable_answer_ids(project))
    codes = defaultdict(list)
    for segment_id, code_id in db.exec(select(Coding.segment_id, Coding.code_id).join(Segment).where(on_answers)):
        codes[segment_id].append(names.get(code_id, ""))
    query = (
        select(Segment, Participant, Section.title, Question.text)
        .join(Answer, Segment.answer_id == Answer.id)
        .join(Interview, Answer.interview_id == Interview.id)
        .join(Participant, Interview.participant_id == Participant.id)
        .join(Question, Answer.question_id == Question.id)
        .join(Section, Question.section_id == Section.id)
        .where(on_answers)
        .order_by(Participant.number, Section.position, Question.position, Segment.start, Segment.id)
    )
    return [
        (seg.id, person.code, person.group, person.wijk, section, question, "; ".join(sorted(codes[seg.id])),
         seg.start, seg.end, seg.text, seg.quote_status)
        for seg, person, section, question in db.exec(query)
    ]


def export_segments(db, project, fmt: str) -> tuple[bytes, str, str]:
    """The table in a format ("csv" or "xlsx"): (content, mimetype, file name); logged."""
    if fmt not in FORMATS:
        raise CodingError(_("Kies CSV of Excel (.xlsx)."))
    mimetype, write = FORMATS[fmt]
    content = write(segment_rows(db, project))
    audit.record("fragmenten_geexporteerd", project_id=project.id, object_type="project", object_id=project.id,
                 detail=fmt, db=db)
    return content, mimetype, safe_filename(f"fragmenten-{project.slug}", fallback="fragmenten") + f".{fmt}"
