"""Follow-up actions (vervolgacties): what is done with a theme, by whom, by when, and how far along.

The researcher makes and changes actions; the municipality updates the status and the progress note of
the actions it carries itself. The caller audits and commits.
"""

from dataclasses import dataclass
from datetime import date

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlmodel import select

from coding.codebook import code_for
from coding.cycle_models import FollowUpAction
from coding.errors import CodingError, NotFound
from research.roles import Role
from research.timeutil import utcnow

OWNERS = {"school": _l("School"), "cjg": _l("CJG"), "wijkteam": _l("Wijkteam"), "gemeente": _l("Gemeente"),
          "anders": _l("Anders")}
STATUSES = {"gepland": _l("Gepland"), "bezig": _l("Bezig"), "gedaan": _l("Gedaan"), "gestopt": _l("Gestopt")}
MUNICIPALITY_OWNER = "gemeente"
MAX_WHAT = 300
MAX_NOTE = 1000


@dataclass(frozen=True)
class ActionInput:
    """What a form sends for an action; checked by `check_input`."""

    what: str
    owner: str
    due: date | None
    status: str
    progress_note: str = ""
    code_id: int | None = None


def actions_of(db, project, owner: str | None = None) -> list[FollowUpAction]:
    """The project's actions, soonest due first (those without a date last); only `owner`'s when given."""
    query = select(FollowUpAction).where(FollowUpAction.project_id == project.id)
    if owner:
        query = query.where(FollowUpAction.owner == owner)
    rows = list(db.exec(query.order_by(FollowUpAction.id)))
    return sorted(rows, key=lambda a: (a.due is None, a.due or date.max, a.id))


def action_for(db, project, action_id) -> FollowUpAction:
    """One action of this project; NotFound otherwise (also for a malformed id or another project's action)."""
    try:
        action = db.get(FollowUpAction, int(action_id))
    except (TypeError, ValueError):
        action = None
    if action is None or action.project_id != project.id:
        raise NotFound(_("Deze vervolgactie bestaat niet in dit project."))
    return action


def check_input(db, project, data: ActionInput) -> ActionInput:
    """The input cleaned, or a CodingError on the field that is wrong."""
    what = (data.what or "").strip()
    if not what:
        raise CodingError(_("Schrijf op wat er gaat gebeuren."), field="what")
    if len(what) > MAX_WHAT:
        raise CodingError(_("Schrijf de actie in hoogstens %(n)d tekens.", n=MAX_WHAT), field="what")
    if data.owner not in OWNERS:
        raise CodingError(_("Kies wie de actie uitvoert."), field="owner")
    if data.status not in STATUSES:
        raise CodingError(_("Kies een status uit de lijst."), field="status")
    note = (data.progress_note or "").strip()
    if len(note) > MAX_NOTE:
        raise CodingError(_("Schrijf de voortgang in hoogstens %(n)d tekens.", n=MAX_NOTE), field="progress_note")
    if data.code_id is not None:
        try:
            code_for(db, project, data.code_id)
        except NotFound as error:
            raise CodingError(_("Dit thema bestaat niet in dit project."), field="code_id") from error
    return ActionInput(what, data.owner, data.due, data.status, note, data.code_id)


def create_action(db, project, user, data: ActionInput) -> FollowUpAction:
    """Add an action to the project."""
    clean = check_input(db, project, data)
    action = FollowUpAction(project_id=project.id, code_id=clean.code_id, what=clean.what, owner=clean.owner,
                            due=clean.due, status=clean.status, progress_note=clean.progress_note,
                            created_by_id=user.id, updated_by_id=user.id)
    db.add(action)
    db.flush()
    return action


def update_action(db, project, action: FollowUpAction, user, data: ActionInput) -> list[str]:
    """Change every part of an action (researcher); returns the names of what changed."""
    clean = check_input(db, project, data)
    return _apply(action, user, {"what": clean.what, "owner": clean.owner, "due": clean.due,
                                 "status": clean.status, "progress_note": clean.progress_note,
                                 "code_id": clean.code_id})


def may_update_progress(role, action: FollowUpAction) -> bool:
    """The researcher may update every action; the municipality only those it carries itself."""
    return role == Role.RESEARCHER or (role == Role.MUNICIPALITY and action.owner == MUNICIPALITY_OWNER)


def update_progress(db, project, action: FollowUpAction, user, role, status: str, note: str) -> list[str]:
    """Change status and progress note only; refused for an action someone else carries."""
    if not may_update_progress(role, action):
        raise CodingError(_("Deze actie voert de gemeente niet zelf uit. Alleen de onderzoeker kan hem wijzigen."))
    current = ActionInput(action.what, action.owner, action.due, status, note, action.code_id)
    clean = check_input(db, project, current)
    return _apply(action, user, {"status": clean.status, "progress_note": clean.progress_note})


def _apply(action: FollowUpAction, user, values: dict) -> list[str]:
    changed = [name for name, value in values.items() if getattr(action, name) != value]
    for name in changed:
        setattr(action, name, values[name])
    if changed:
        action.updated_by_id = user.id
        action.updated_at = utcnow()
    return changed


def status_counts(actions) -> dict[str, int]:
    """How many actions have each status, in the fixed order of STATUSES."""
    counts = dict.fromkeys(STATUSES, 0)
    for action in actions:
        counts[action.status] = counts.get(action.status, 0) + 1
    return counts
