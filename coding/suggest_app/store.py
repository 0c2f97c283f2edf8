"""Trained suggestion models in the database (encrypted), and a small in-process cache of loaded ones."""

import base64
import threading
from collections import OrderedDict
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import bindparam
from sqlmodel import func, select

from coding.models import SuggestionModelRecord, TrainingJob
from coding.suggest_app import model_adapter

# Only the newest model is kept: an older one may still hold words of answers that were since withdrawn.
KEEP_VERSIONS = 1
CACHE_SIZE = 8  # loaded models kept in memory (one per active project)
_cache: OrderedDict = OrderedDict()
_cache_lock = threading.Lock()


@dataclass(frozen=True)
class ModelInfo:
    """What the pages say about a stored model (without loading it)."""

    id: int
    project_id: int
    version: int
    created_at: datetime
    trained_on: int
    labels: int

    @property
    def label(self) -> str:
        """The short name codings carry as their model_version, e.g. "v3"."""
        return f"v{self.version}"


def save_model(db, project_id: int, model, trained_on: int) -> ModelInfo:
    """Store a newly trained model as the project's next version; drop versions beyond KEEP_VERSIONS."""
    record = SuggestionModelRecord(
        project_id=project_id, version=_next_version(db, project_id),
        engine_version=model_adapter.engine_version(model), trained_on=trained_on,
        labels=len(model_adapter.labels_of(model)),
        data=base64.b64encode(model_adapter.to_bytes(model)).decode("ascii"),
    )
    db.add(record)
    db.flush()
    _prune(db, project_id, record.version)
    _remember(_key(db, project_id, record.id), model)
    return _info(record)


def _next_version(db, project_id) -> int:
    # Versions never repeat, even after the stored models were dropped: codings carry them as provenance.
    stored = db.exec(select(func.max(SuggestionModelRecord.version))
                     .where(SuggestionModelRecord.project_id == project_id)).one()
    trained = db.exec(select(func.max(TrainingJob.model_version)).where(TrainingJob.project_id == project_id)).one()
    return max(stored or 0, trained or 0) + 1


def _prune(db, project_id, newest):
    old = select(SuggestionModelRecord.id).where(SuggestionModelRecord.project_id == project_id,
                                                 SuggestionModelRecord.version <= newest - KEEP_VERSIONS)
    for record_id in list(db.exec(old)):
        db.delete(db.get(SuggestionModelRecord, record_id))
    db.flush()


def forget_models(db, project_id: int) -> None:
    """Remove every stored model of a project (consent withdrawn, or too few codings left to learn from)."""
    query = select(SuggestionModelRecord.id).where(SuggestionModelRecord.project_id == project_id)
    for record_id in list(db.exec(query)):
        db.delete(db.get(SuggestionModelRecord, record_id))
    db.flush()
    with _cache_lock:
        for key in [key for key in _cache if key[1] == project_id]:
            del _cache[key]


def latest_info(db, project_id: int) -> ModelInfo | None:
    """The newest stored model of a project (its data is not read)."""
    row = db.exec(_LATEST_INFO, params={"project_id": project_id}).first()
    return ModelInfo(*row) if row else None


_LATEST_INFO = (
    select(SuggestionModelRecord.id, SuggestionModelRecord.project_id, SuggestionModelRecord.version,
           SuggestionModelRecord.created_at, SuggestionModelRecord.trained_on, SuggestionModelRecord.labels)
    .where(SuggestionModelRecord.project_id == bindparam("project_id"))
    .order_by(SuggestionModelRecord.version.desc()).limit(1)
)


def load_model(db, info: ModelInfo):
    """The model behind `info`, from the cache or the database; None when it cannot be read."""
    key = _key(db, info.project_id, info.id)
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
    data = db.exec(select(SuggestionModelRecord.data).where(SuggestionModelRecord.id == info.id)).first()
    if data is None:
        return None
    try:
        model = model_adapter.from_bytes(base64.b64decode(data))
    except ValueError:
        return None  # written by an older release: the next training replaces it
    _remember(key, model)
    return model


def _key(db, project_id, record_id) -> tuple:
    # The database URL is part of the key: tests (and a restore) reuse ids in another database.
    return str(db.get_bind().url), project_id, record_id


def _remember(key, model):
    with _cache_lock:
        _cache[key] = model
        _cache.move_to_end(key)
        while len(_cache) > CACHE_SIZE:
            _cache.popitem(last=False)


def _info(record) -> ModelInfo:
    return ModelInfo(record.id, record.project_id, record.version, record.created_at, record.trained_on,
                     record.labels)
