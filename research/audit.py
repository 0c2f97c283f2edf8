"""The audit log: append-only, hash-chained, UTC; never answer text or secrets."""

import csv
import hashlib
import io
import json

from flask import g, has_request_context, request
from sqlalchemy import update
from sqlmodel import select

from research.db import get_session
from research.models import AuditChain, AuditEvent
from research.timeutil import utcnow


def record(action: str, *, project_id=None, object_type="", object_id="", detail="", actor_id=None, db=None):
    """Add one event to the chain (the caller commits; the chain waits for that commit, so commit soon).

    Services that work on a session of their own pass it as `db`, so the event commits with their change.
    """
    db = db if db is not None else get_session()
    _hold_chain(db)
    previous_hash = db.exec(_LAST_HASH).first()
    event = AuditEvent(
        at=utcnow(),
        actor_id=actor_id if actor_id is not None else _current_user_id(),
        action=action,
        project_id=project_id,
        object_type=object_type,
        object_id=str(object_id or ""),
        detail=detail[:1000],
        ip=(request.remote_addr or "") if has_request_context() else "",
        prev_hash=previous_hash or "",
    )
    event.hash = chain_hash(event)
    db.add(event)
    return event


# Built once: every page that shows answers appends an event.
_LAST_HASH = select(AuditEvent.hash).order_by(AuditEvent.id.desc()).limit(1)
_TAKE_CHAIN = update(AuditChain).where(AuditChain.id == 1).values(appended=AuditChain.appended + 1)


def _hold_chain(db) -> None:
    """Take the chain for this transaction: a second appender waits here until this one commits or rolls back.

    Reading the last event without this lets two requests chain from the same predecessor.
    """
    held = db.execute(_TAKE_CHAIN)
    if held.rowcount == 0:  # a database made before the chain row existed, or emptied by hand
        db.add(AuditChain(id=1, appended=1))
        db.flush()


def record_denied(endpoint: str, reason: str):
    """Log a refused request and keep it even though the request fails."""
    record("toegang_geweigerd", detail=f"{request.method} {endpoint}: {reason}")
    get_session().commit()


def chain_hash(event: AuditEvent) -> str:
    """The hash of an event's content together with the previous event's hash."""
    content = {
        "at": event.at.isoformat(),
        "actor_id": event.actor_id,
        "action": event.action,
        "project_id": event.project_id,
        "object_type": event.object_type,
        "object_id": event.object_id,
        "detail": event.detail,
        "ip": event.ip,
        "prev_hash": event.prev_hash,
    }
    return hashlib.sha256(json.dumps(content, sort_keys=True).encode()).hexdigest()


def verify(events) -> int | None:
    """Check a chain in id order; return the id of the first broken event, or None."""
    previous = ""
    for event in events:
        if event.prev_hash != previous or chain_hash(event) != event.hash:
            return event.id
        previous = event.hash
    return None


def _current_user_id():
    if has_request_context() and getattr(g, "user", None) is not None:
        return g.user.id
    return None


AUDIT_COLUMNS = ("id", "at", "actor_id", "action", "project_id", "object_type", "object_id", "detail", "ip", "hash")


def audit_csv(events) -> str:
    """The events as CSV; cells that a spreadsheet would run as a formula are defused."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(AUDIT_COLUMNS)
    for event in events:
        writer.writerow([defuse_cell(str(getattr(event, column) or "")) for column in AUDIT_COLUMNS])
    return out.getvalue()


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def defuse_cell(value: str) -> str:
    """Prefix a quote to a cell that starts like a formula (CSV injection)."""
    return "'" + value if value[:1] in FORMULA_STARTS else value
