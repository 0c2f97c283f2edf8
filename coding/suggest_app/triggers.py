"""Retrain when codings change, whichever page or command changed them.

A SQLAlchemy session hook notes the projects whose codings (or code names) a flush changed; after the
commit it asks for a background training. Nothing happens on a rollback. Setting SUGGESTIONS_AUTOTRAIN
decides it; by default it is on outside test mode.
"""

import logging
from itertools import chain

from flask import current_app, has_app_context
from sqlalchemy import event, inspect, select
from sqlalchemy.orm import Session

from coding.models import Code, Coding

INFO_KEY = "wijkstem.retrain_projects"
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


def _forget(session):
    session.info.pop(INFO_KEY, None)
