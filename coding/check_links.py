"""Member checks by personal link: participants who agreed to be asked again answer the statements themselves.

The researcher makes one link per such participant for an open round; only the token's hash is kept, so the
list of links is shown once. A link works while the round is open and the participant's consent to be asked
again is in force. The caller audits and commits.
"""

import secrets

from flask_babel import gettext as _
from sqlmodel import func, select

from coding.check_rounds import OPEN
from coding.cycle_models import CheckLink, CheckRound
from coding.errors import CodingError, NotFound
from interviews import participants
from interviews.links import token_hash
from interviews.models import Participant
from research.timeutil import utcnow

ROUND_CLOSED, STOPPED = "gesloten", "gestopt"  # why a link no longer works


class CheckLinkGone(Exception):
    """The link existed but no longer works: the round is closed (ROUND_CLOSED), or the participant may no longer be
    asked (STOPPED). The page says which, in the participant's language."""

    def __init__(self, reason: str, participant):
        super().__init__(reason)
        self.reason, self.participant = reason, participant


def contactable(db, project) -> list[Participant]:
    """The project's participants whose consent in force says they may be asked again."""
    query = select(Participant).where(Participant.project_id == project.id, Participant.withdrawn_at.is_(None))
    people = list(db.exec(query))
    in_force = participants.consents_in_force(db, people)
    return [p for p in people if in_force[p.id] is not None and in_force[p.id].contact_allowed]


def _may_ask(db, participant) -> bool:
    consent = participants.valid_consent(db, participant)
    return consent is not None and consent.contact_allowed


def make_links(db, check: CheckRound, user, project) -> list[tuple[Participant, str]]:
    """A new link for every participant who may be asked again (older links of this round stop working)."""
    if check.status != OPEN:
        raise CodingError(_("Open de toetsronde eerst. Daarna kunt u links maken."))
    people = contactable(db, project)
    if not people:
        raise CodingError(_("Geen enkele deelnemer heeft gezegd dat we later iets mogen vragen."))
    existing = {link.participant_id: link for link in db.exec(select(CheckLink).where(CheckLink.round_id == check.id))}
    made = []
    for participant in people:
        token = secrets.token_urlsafe(24)
        link = existing.get(participant.id) or CheckLink(round_id=check.id, participant_id=participant.id,
                                                         token_hash="")
        link.token_hash, link.created_by_id, link.created_at = token_hash(token), user.id, utcnow()
        db.add(link)
        made.append((participant, token))
    db.flush()
    return made


def link_count(db, check: CheckRound) -> int:
    """How many participants have a link to this round."""
    return db.exec(select(func.count()).select_from(CheckLink).where(CheckLink.round_id == check.id)).one()


def open_link(db, token: str) -> tuple[CheckLink, CheckRound, Participant]:
    """The link, its round and its participant while it works; NotFound or CheckLinkGone otherwise."""
    link = db.exec(select(CheckLink).where(CheckLink.token_hash == token_hash(token or ""))).first()
    if link is None:
        raise NotFound(_("Deze link bestaat niet. Kijk of u de hele link heeft overgenomen."))
    check, participant = db.get(CheckRound, link.round_id), db.get(Participant, link.participant_id)
    if check.status != OPEN:
        raise CheckLinkGone(ROUND_CLOSED, participant)
    if not _may_ask(db, participant):
        raise CheckLinkGone(STOPPED, participant)
    return link, check, participant
