"""Retrain when codings change, and rescore suggestions when answers or keywords change, whichever page or
command changed them.

A SQLAlchemy session hook notes the projects whose codings (or code names) a flush changed; after the
commit it asks for a background training. Nothing happens on a rollback. Setting SUGGESTIONS_AUTOTRAIN
decides it; by default it is on outside test mode.

The same hook notes answers whose text changed, interviews approved for coding and codes whose keywords
changed; after the commit their suggestions are worked out again in the background (always: the answer
page only reads stored suggestions, see coding.suggest_app.scoring). A retraining rescores by itself.
"""

import logging
from itertools import chain

from flask import current_app, has_app_context
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from coding.models import Code, Coding
from interviews.models import Answer, Interview

INFO_KEY = "wijkstem.retrain_projects"
SCORE_KEY = "wijkstem.rescore"  # {"projects": set, "interviews": set, "answers": set}
APPROVED = "goedgekeurd"  # Interview.review_status that opens an interview for coding (coding.corpus)
log = logging.getLogger(__name__)


def install() -> None:
    """Attach the hooks to every session (once), and listen for withdrawn consent."""
    from interviews.signals import consent_withdrawn

    if not event.contains(Session, "after_flush", _collect):
        event.listen(Session, "after_flush", _collect)
        event.listen(Session, "after_commit", _after_commit)
        event.listen(Session, "after_rollback", _forget)
    consent_withdrawn.connect(on_consent_withdrawn)


def on_consent_withdrawn(_participant, db, project_id, **_details):
    """The model may hold words of the withdrawn answers."""
    forget_and_retrain(db, project_id)


def forget_and_retrain(db, project_id: int) -> None:
    """Drop the project's stored model in this transaction and retrain after its commit (also for erasure)."""
    from coding.suggest_app.store import forget_models

    forget_models(db, project_id)
    db.info.setdefault(INFO_KEY, set()).add(project_id)


def autotrain(app) -> bool:
    """Whether coding changes start a training on their own."""
    from coding.jobs import config_flag

    return config_flag(app, "SUGGESTIONS_AUTOTRAIN", app.config.get("MODE") != "test")


def _collect(session, _flush_context):
    try:
        projects = _touched_projects(session)
    except Exception:  # noting a retraining must never break somebody's flush
        log.exception("could not tell which projects' codings changed")
        return
    if projects:
        session.info.setdefault(INFO_KEY, set()).update(projects)
    try:
        _note_rescoring(session)
    except Exception:  # as above: never break the flush
        log.exception("could not tell which answers need new suggestions")


def _note_rescoring(session) -> None:
    wanted = session.info.setdefault(SCORE_KEY, {"projects": set(), "interviews": set(), "answers": set()})
    for obj in chain(session.new, session.dirty):
        if isinstance(obj, Answer) and (obj in session.new or _changed(obj, "text")):
            wanted["answers"].add(_loaded(obj, "id"))
        elif (isinstance(obj, Interview) and _changed(obj, "review_status")
              and _loaded(obj, "review_status") == APPROVED):
            wanted["interviews"].add(_loaded(obj, "id"))
        elif isinstance(obj, Code) and (_loaded(obj, "keywords") or "").strip() and (
                obj in session.new or _changed(obj, "keywords")):
            wanted["projects"].add(_loaded(obj, "project_id"))
    for found in wanted.values():
        found.discard(None)


def _touched_projects(session) -> set[int]:
    code_ids, projects = set(), set()
    for obj in chain(session.new, session.deleted, session.dirty):
        if isinstance(obj, Coding) and (obj not in session.dirty or _changed(obj, "code_id")):
            code_ids.add(_loaded(obj, "code_id"))
        elif isinstance(obj, Code) and (obj in session.deleted or _changed(obj, "name")):
            projects.add(_loaded(obj, "project_id"))
    code_ids.discard(None)
    if code_ids:
        query = select(Code.project_id).where(Code.id.in_(code_ids))
        projects.update(session.connection().execute(query).scalars())
    projects.discard(None)
    return projects


def _loaded(obj, attribute: str):
    # Only what is already loaded: reading an expired attribute of a deleted row would query it.
    return inspect(obj).dict.get(attribute)


def _changed(obj, attribute: str) -> bool:
    return inspect(obj).attrs[attribute].history.has_changes()


def _after_commit(session):
    wanted = session.info.pop(SCORE_KEY, None)
    if wanted and has_app_context():
        try:
            _schedule_rescoring(current_app._get_current_object(), wanted)
        except Exception:  # never let the suggestions break the commit that triggered them
            log.exception("could not schedule new suggestions")
    projects = session.info.pop(INFO_KEY, None)
    if not projects or not has_app_context() or not autotrain(current_app):
        return
    from coding.suggest_app.training import schedule_training

    app = current_app._get_current_object()
    for project_id in sorted(projects):
        try:
            schedule_training(app, project_id)
        except Exception:  # never let the model break the commit that triggered it
            log.exception("could not schedule training for project %s", project_id)


def _schedule_rescoring(app, wanted) -> None:
    """Queue the rescoring; answers of interviews not (yet) open for coding are left out first, so saving a
    conversation that is still going on queues nothing."""
    from sqlmodel import Session

    from coding import jobs
    from research.db import engine

    answers = wanted["answers"]
    if answers:
        with Session(engine()) as db:
            query = (select(Answer.id).join(Interview, Answer.interview_id == Interview.id)
                     .where(Answer.id.in_(list(answers)), Interview.review_status == APPROVED))
            answers = set(db.execute(query).scalars())
    if answers or wanted["interviews"] or wanted["projects"]:
        jobs.enqueue(app, "score_suggestions", sorted(wanted["projects"]), sorted(wanted["interviews"]),
                     sorted(answers))


def _forget(session):
    session.info.pop(INFO_KEY, None)
    session.info.pop(SCORE_KEY, None)
