"""Working out each answer's suggestions once, when something they depend on changes, and reading them back.

They are worked out (keywords on lemmas, the trained model) when an answer is saved or approved for coding,
when the model is retrained, and when the codebook's keywords change: coding.suggest_app.triggers and the
training job call `rescore`. The answer page calls `stored_suggestions` and scores nothing itself.
Skipping codes already on the answer or rejected happens when reading, as those change while coding.
"""

import json

from sqlalchemy import bindparam
from sqlmodel import select

from coding.codebook import codes_of
from coding.corpus import codable_answers, codable_select
from coding.models import SuggestionScore
from coding.suggest_app import model_adapter, store
from coding.suggest_app.combine import ShownSuggestion, combine
from coding.suggest_app.keywords import keyword_spec, matcher_for
from coding.suggest_app.training import usable_model
from interviews.models import Answer, Interview
from research.models import Project
from research.timeutil import utcnow

TOP_K = 5  # at most this many model suggestions per answer
BATCH = 200  # answers scored (and texts held) at a time


def compute_hits(db, project, answers) -> tuple[list[list[ShownSuggestion]], str]:
    """Per answer: every suggestion the keywords and the model give (nothing skipped); and the model's label."""
    codes = codes_of(db, project)
    spec = keyword_spec(codes)
    matcher = matcher_for(spec) if spec else None
    info = usable_model(db, project)
    model = store.load_model(db, info) if info is not None else None
    texts = [answer.text for answer in answers]
    model_hits = model_adapter.suggest(model, texts, TOP_K) if model is not None and texts else [[] for _ in texts]
    by_name = {code.name: code for code in codes}
    found = [combine(hits if text.strip() else [], matcher.match(text) if matcher and text.strip() else [],
                     by_name, set()) for text, hits in zip(texts, model_hits, strict=True)]
    return found, info.label if model is not None else ""


def score_answers(db, project, answers) -> None:
    """Work out and store the suggestions of these answers (replacing what was stored)."""
    if not answers:
        return
    found, label = compute_hits(db, project, answers)
    stored = {row.answer_id: row for row in db.exec(
        select(SuggestionScore).where(SuggestionScore.answer_id.in_([a.id for a in answers])))}
    for answer, shown in zip(answers, found, strict=True):
        row = stored.get(answer.id) or SuggestionScore(answer_id=answer.id)
        row.answer_version, row.model_label, row.scored_at = answer.version, label, utcnow()
        row.hits = json.dumps([[s.code_id, s.origin, round(s.score, 4), s.start, s.end, s.keyword, s.mark_start,
                                s.mark_end] for s in shown])
        db.add(row)
    db.flush()


def rescore(db, project_id: int, answer_ids=None) -> int:
    """Store fresh suggestions for the project's codable answers (only those among `answer_ids` when given)."""
    project = db.get(Project, project_id)
    if project is None:
        return 0
    ids = list(db.exec(codable_select(project, Answer.id).order_by(Answer.id)))
    if answer_ids is not None:
        wanted = set(answer_ids)
        ids = [answer_id for answer_id in ids if answer_id in wanted]
    for first in range(0, len(ids), BATCH):
        batch = [item.answer for item in codable_answers(db, project, among=ids[first:first + BATCH])]
        score_answers(db, project, batch)
        db.commit()
    return len(ids)


def run_scoring_job(project_ids, interview_ids, answer_ids) -> None:
    """The background task: rescore whole projects, and the answers of these interviews and these answers."""
    from research.db import get_session

    db = get_session()
    for project_id in sorted(set(project_ids)):
        rescore(db, project_id)
    answers = set(answer_ids)
    if interview_ids:
        answers |= set(db.exec(select(Answer.id).where(Answer.interview_id.in_(list(interview_ids)))))
    by_project = {}
    if answers:
        query = select(Answer.id, Interview.project_id).join(Interview, Answer.interview_id == Interview.id)
        for answer_id, project_id in db.exec(query.where(Answer.id.in_(list(answers)))):
            if project_id not in project_ids:
                by_project.setdefault(project_id, []).append(answer_id)
    for project_id, ids in sorted(by_project.items()):
        rescore(db, project_id, ids)


_STORED_SCORE = select(SuggestionScore).where(SuggestionScore.answer_id == bindparam("answer_id"))


def stored_suggestions(db, answer, codes, skip: set[int]) -> tuple[list[ShownSuggestion], str] | None:
    """The stored suggestions for the answer as it is now, without the codes in `skip`, and the model label.

    None when there are none for this version of the answer yet (the background job has not run).
    """
    row = db.exec(_STORED_SCORE, params={"answer_id": answer.id}).first()
    if row is None or row.answer_version != answer.version:
        return None
    by_id, text, shown = {code.id: code for code in codes}, answer.text, []
    for code_id, origin, score, start, end, keyword, mark_start, mark_end in json.loads(row.hits):
        code = by_id.get(code_id)
        if code is not None and code_id not in skip and 0 <= start <= end <= len(text):
            shown.append(ShownSuggestion(code.id, code.name, code.colour, origin, score, text[start:end], start, end,
                                         keyword, mark_start, mark_end))
    return shown, row.model_label
