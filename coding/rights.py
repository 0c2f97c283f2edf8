"""Rights of a participant: everything stored about them as JSON, and erasure.

Erasure follows the schema: every row that points at the participant (consents, interviews,
answers, segments, codings, links, agreement codings…) is found through the foreign keys, so a
table added later is erased too. Memos point at answers by id without a foreign key and are
removed explicitly.
"""

from flask_babel import gettext as _
from sqlalchemy import delete, select
from sqlmodel import SQLModel

from coding.errors import NotFound
from coding.models import Code, Coding, Memo, Segment
from interviews.models import Answer, Consent, Interview, Participant, Question


def participant_in_project(db, project, participant_id: int) -> Participant:
    """The participant of this project; NotFound otherwise."""
    participant = db.get(Participant, participant_id)
    if participant is None or participant.project_id != project.id:
        raise NotFound(_("Deze deelnemer bestaat niet (meer)."))
    return participant


def participant_record(db, participant: Participant) -> dict:
    """Everything Wijkstem stores about one participant, as plain data for a JSON download."""
    interviews = db.exec(select(Interview).where(Interview.participant_id == participant.id)).scalars().all()
    return {
        "deelnemer": _row(participant, ("code", "group", "age_band", "wijk", "language", "created_at",
                                        "withdrawn_at")),
        "toestemmingen": [_row(c, ("letter_version", "takes_part", "quotes_allowed", "audio_allowed", "contact_allowed",
                                   "given_by", "recorded_at", "withdrawn_at"))
                          for c in db.exec(select(Consent).where(Consent.participant_id == participant.id)).scalars()],
        "gesprekken": [_interview_record(db, interview) for interview in interviews],
    }


def _interview_record(db, interview) -> dict:
    rows = db.exec(select(Answer, Question).join(Question, Question.id == Answer.question_id)
                   .where(Answer.interview_id == interview.id).order_by(Question.id)).all()
    return {
        **_row(interview, ("status", "review_status", "started_at", "finished_at")),
        "antwoorden": [{"vraag": question.text, "antwoord": answer.text,
                        "fragmenten": _segments_record(db, answer.id)} for answer, question in rows],
    }


def _segments_record(db, answer_id: int) -> list[dict]:
    segments = db.exec(select(Segment).where(Segment.answer_id == answer_id)).scalars().all()
    result = []
    for segment in segments:
        codes = db.exec(select(Code.name).join(Coding, Coding.code_id == Code.id)
                        .where(Coding.segment_id == segment.id)).scalars().all()
        result.append({"tekst": segment.text, "begin": segment.start, "eind": segment.end, "codes": sorted(codes),
                       "citaat": segment.quote_text if segment.quote_status else None})
    return result


def _row(obj, fields) -> dict:
    values = {}
    for field in fields:
        value = getattr(obj, field)
        values[field] = value.isoformat() if hasattr(value, "isoformat") else value
    return values


def erase_participant(db, participant: Participant) -> dict:
    """Delete the participant and everything that points at them; returns counts per table."""
    answer_ids = list(db.exec(select(Answer.id).join(Interview, Interview.id == Answer.interview_id)
                              .where(Interview.participant_id == participant.id)).scalars())
    counts = {}
    if answer_ids:
        result = db.exec(delete(Memo).where(Memo.target_type == "answer", Memo.target_id.in_(answer_ids)))
        counts["memos"] = result.rowcount
    project_id = participant.project_id
    _delete_with_dependants(db, "participants", [participant.id], counts)
    db.expire_all()
    # A stored suggestion model has learned from these answers: drop it and retrain without them.
    from coding.suggest_app.triggers import forget_and_retrain

    forget_and_retrain(db, project_id)
    return counts


def _delete_with_dependants(db, table_name: str, ids: list, counts: dict) -> None:
    if not ids:
        return
    table = SQLModel.metadata.tables[table_name]
    for child, column in _pointing_at(table_name):
        if child.name == table_name:
            continue  # a table pointing at itself (a tree) is not part of a participant's data
        condition = column.in_(ids)
        if "id" in child.c:
            child_ids = list(db.exec(select(child.c.id).where(condition)).scalars())
            _delete_with_dependants(db, child.name, child_ids, counts)
        else:
            counts[child.name] = counts.get(child.name, 0) + db.exec(delete(child).where(condition)).rowcount
    counts[table_name] = counts.get(table_name, 0) + db.exec(delete(table).where(table.c.id.in_(ids))).rowcount


def _pointing_at(table_name: str):
    """(table, column) pairs whose foreign key points at table_name."""
    for table in SQLModel.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table.name == table_name:
                yield table, fk.parent
