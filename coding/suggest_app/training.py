"""Training a project's suggestion model in the background, with the progress the pages show.

At most one job waits per project: codings that change while a job waits are picked up by it, because
the job reads the codings when it starts. Changes during a running job queue one more.
"""

import logging
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import bindparam
from sqlmodel import Session, select

from coding import jobs
from coding.codebook import codes_of
from coding.corpus import codable_answer_ids
from coding.models import Coding, Segment, TrainingJob
from coding.suggest_app import model_adapter, store
from coding.suggest_app.model_adapter import TooFewExamples
from interviews.models import Answer
from research.db import engine, get_session
from research.models import Project
from research.timeutil import utcnow

WAITING, BUSY, DONE, TOO_FEW, FAILED = "wachtend", "bezig", "klaar", "te_weinig", "mislukt"
ACTIVE = (WAITING, BUSY)
FINISHED = (DONE, TOO_FEW, FAILED)
STALE_AFTER = timedelta(hours=1)  # a job waiting or running this long has lost its worker
log = logging.getLogger(__name__)


def training_items(db, project) -> list[dict]:
    """What the model learns from: each codable answer with at least one code, as {"id", "text", "labels"}.

    Labels are the names of the answer's codes; a code on a sub-theme counts for that sub-theme.
    The same format `python -m coding.evaluate suggestions` reads from its JSONL files.
    """
    names = {code.id: code.name for code in codes_of(db, project)}
    query = (select(Segment.answer_id, Coding.code_id).join(Coding, Coding.segment_id == Segment.id)
             .where(Segment.answer_id.in_(codable_answer_ids(project))))
    labels = defaultdict(set)
    for answer_id, code_id in db.exec(query):
        if code_id in names:
            labels[answer_id].add(names[code_id])
    if not labels:
        return []
    answers = db.exec(select(Answer).where(Answer.id.in_(list(labels))).order_by(Answer.id))
    return [{"id": str(a.id), "text": a.text, "labels": sorted(labels[a.id])} for a in answers if a.text.strip()]


def unlabeled_texts(db, project) -> list[str]:
    """The texts of the codable answers nobody coded yet: the model learns which words go together from them.

    Only codable answers (approved, with consent) take part, as for `training_items`; never their codes.
    The coded ones are left out in the query, so their text is not read (decrypted) a second time.
    """
    coded = select(Segment.answer_id).join(Coding, Coding.segment_id == Segment.id)
    query = (select(Answer.text).where(Answer.id.in_(codable_answer_ids(project)), Answer.id.not_in(coded))
             .order_by(Answer.id))
    return [text for text in db.exec(query) if text.strip()]


def request_training(db, project_id: int, user_id: int | None = None) -> tuple[TrainingJob, bool]:
    """The job that will (re)train the project's model: the one already waiting, else a new one (True)."""
    waiting = db.exec(select(TrainingJob).where(TrainingJob.project_id == project_id, TrainingJob.status == WAITING)
                      .order_by(TrainingJob.id.desc())).first()
    if waiting is not None and not is_stale(waiting):
        return waiting, False
    if waiting is not None:
        _set(waiting, status=FAILED, finished_at=utcnow())
        db.add(waiting)
    job = TrainingJob(project_id=project_id, requested_by_id=user_id)
    db.add(job)
    db.flush()
    return job, True


def schedule_training(app, project_id: int, user_id: int | None = None) -> int:
    """Ask for a (re)training in the background and return the job's id (in its own session and commit)."""
    with Session(engine(), expire_on_commit=False) as db:
        job, new = request_training(db, project_id, user_id)
        db.commit()
    if new:
        try:
            jobs.enqueue(app, "train_suggestions", job.id)
        except Exception:  # the queue is down: say so on the page instead of waiting forever
            log.exception("could not queue training job %s", job.id)
            with Session(engine()) as db:
                _finish(db, db.get(TrainingJob, job.id), FAILED)
    return job.id


def run_training_job(job_id: int) -> None:
    """The background task: train on the project's codings now and store the model as a new version."""
    db = get_session()
    job = db.get(TrainingJob, job_id)
    if job is None or job.status != WAITING:
        return
    _progress(db, job, 10, started_at=utcnow())
    try:
        _train(db, job)
    except Exception:
        log.exception("training job %s failed", job_id)
        db.rollback()
        _finish(db, db.get(TrainingJob, job_id), FAILED)
        return
    _rescore(db, job.project_id)


def _rescore(db, project_id):
    """Work out every answer's suggestions again with the new model (or keywords only, when there is none)."""
    from coding.suggest_app.scoring import rescore

    try:
        rescore(db, project_id)
    except Exception:  # the model is stored; the suggestions catch up on the next change
        log.exception("rescoring project %s after training failed", project_id)
        db.rollback()


def _train(db, job):
    from threadpoolctl import threadpool_limits

    project = db.get(Project, job.project_id)
    items = training_items(db, project)
    unlabeled = unlabeled_texts(db, project)
    _progress(db, job, 30)
    try:
        with threadpool_limits(limits=1):  # leave the other core to the web server
            model = model_adapter.train(items, unlabeled)
    except TooFewExamples as error:
        store.forget_models(db, job.project_id)  # not used any more: keep no answer words around
        _finish(db, job, TOO_FEW, str(error))
        return
    _progress(db, job, 90)
    info = store.save_model(db, job.project_id, model, trained_on=len(items))
    _finish(db, job, DONE, model_version=info.version)


def _progress(db, job, percent, **fields):
    _set(job, status=BUSY, progress=percent, **fields)
    db.add(job)
    db.commit()


def _finish(db, job, status, message="", **fields):
    _set(job, status=status, progress=100, message=message[:1000], finished_at=utcnow(), **fields)
    db.add(job)
    db.commit()


def _set(job, **fields):
    for key, value in fields.items():
        setattr(job, key, value)


def is_stale(job) -> bool:
    """A job that has waited or run so long that its worker must be gone."""
    since = job.started_at if job.status == BUSY and job.started_at else job.requested_at
    return job.status in ACTIVE and utcnow() - _aware(since) > STALE_AFTER


def _aware(moment):
    from datetime import UTC

    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@dataclass(frozen=True)
class TrainingStatus:
    """Where the project's model stands, for the status line."""

    state: str  # geen | wachtend | bezig | klaar | te_weinig | mislukt
    progress: int = 0
    message: str = ""
    model: store.ModelInfo | None = None

    @property
    def busy(self) -> bool:
        """True while a job waits or runs (the page polls for news)."""
        return self.state in ACTIVE


def training_status(db, project) -> TrainingStatus:
    """The latest job's state and the model suggestions come from (None when falling back to keywords)."""
    row = db.exec(_STATUS, params={"project_id": project.id}).first()
    job, last_finished = row if row is not None else (None, None)
    model = _model_after(db, project, last_finished)
    if job is None:
        return TrainingStatus(DONE if model else "geen", model=model)
    state = FAILED if is_stale(job) else job.status
    return TrainingStatus(state, job.progress, job.message, model)


def usable_model(db, project) -> store.ModelInfo | None:
    """The newest model, unless the last finished training found too few codings (then: keywords only)."""
    return _model_after(db, project, db.exec(_last_finished(project.id)).first())


def _model_after(db, project, last_finished_status) -> store.ModelInfo | None:
    return None if last_finished_status == TOO_FEW else store.latest_info(db, project.id)


def _last_finished(project_id):
    return (select(TrainingJob.status).where(TrainingJob.project_id == project_id, TrainingJob.status.in_(FINISHED))
            .order_by(TrainingJob.id.desc()).limit(1))


# The latest job with the status of the latest finished one, in one query (the status line is on every answer page).
_STATUS = (select(TrainingJob, _last_finished(bindparam("project_id")).scalar_subquery())
           .where(TrainingJob.project_id == bindparam("project_id")).order_by(TrainingJob.id.desc()).limit(1))
