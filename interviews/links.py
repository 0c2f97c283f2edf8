"""Personal links: a participant holds the conversation alone, on their own phone, without an account.

A link belongs to exactly one participant and, once started, to exactly one interview. Only the hash of
its token is stored; the token itself is shown once, to the person who made the link. A link stops
working when the conversation is finished, on its end date, or when a newer link replaces it.
"""

import base64
import hashlib
import secrets
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from flask_babel import gettext as _
from sqlmodel import select

from interviews import capture, guides, participants
from interviews.consent_sentences import missing_consent
from interviews.errors import InterviewError, NotFound
from interviews.models import Consent, Interview, InterviewLink, Participant
from interviews.translations import PARTICIPANT_LANGUAGES, participant_language
from research.models import Project, User
from research.timeutil import utcnow

DEFAULT_DAYS = 14
MAX_DAYS = 90
USED, EXPIRED, REVOKED = "gebruikt", "verlopen", "ingetrokken"


class LinkError(InterviewError):
    """A link cannot be made or used like this."""


class LinkUnknown(NotFound):
    """No link has this token (mistyped, forged, or never made)."""


class LinkGone(Exception):
    """The link existed but no longer works: used, expired or replaced."""

    def __init__(self, link: InterviewLink, reason: str):
        super().__init__(reason)
        self.link, self.reason = link, reason


def token_hash(token: str) -> str:
    """The stored form of a token."""
    return hashlib.sha256(token.encode()).hexdigest()


def default_end_date() -> date:
    """The end date a new link gets unless the maker picks another."""
    return (utcnow() + timedelta(days=DEFAULT_DAYS)).date()


def create_link(db, project: Project, user: User, participant: Participant, end_date: date | None) -> tuple:
    """Make a personal link for one participant (replacing older open ones); returns (link, token)."""
    _check_can_link(db, project, participant)
    expires_at = _end_of(end_date or default_end_date())
    if not utcnow() < expires_at <= utcnow() + timedelta(days=MAX_DAYS + 1):
        raise LinkError(_("Kies een einddatum vanaf vandaag en hoogstens %(days)d dagen vooruit.", days=MAX_DAYS),
                        field="end_date")
    revoke_links(db, participant)
    token = secrets.token_urlsafe(24)
    link = InterviewLink(project_id=project.id, participant_id=participant.id, token_hash=token_hash(token),
                         language=participant_language(participant.language), created_by_id=user.id,
                         expires_at=expires_at, interview_id=_draft_id(db, participant, user))
    db.add(link)
    db.flush()
    return link, token


def _check_can_link(db, project: Project, participant: Participant) -> None:
    if participant.withdrawn_at is not None:
        raise LinkError(_("Deze deelnemer doet niet meer mee. U kunt geen link maken."))
    guide = guides.current_guide(db, project)
    if guide is None or not guides.ordered_questions(db, guide.id):
        raise LinkError(_("De gespreksleidraad heeft nog geen vragen. Vraag de onderzoeker om die te maken."))


def links_of(db, participant: Participant) -> list[InterviewLink]:
    """Every link made for a participant, newest first."""
    query = select(InterviewLink).where(InterviewLink.participant_id == participant.id)
    return list(db.exec(query.order_by(InterviewLink.id.desc())))


def open_links(db, participant: Participant) -> list[InterviewLink]:
    """The participant's links that still work."""
    return [link for link in links_of(db, participant) if state_of(link) == ""]


def state_of(link: InterviewLink) -> str:
    """"" while the link works, else why it stopped: gebruikt, verlopen or ingetrokken."""
    if link.used_at is not None:
        return USED
    if link.revoked_at is not None:
        return REVOKED
    return EXPIRED if link.expires_at <= utcnow() else ""


def revoke_links(db, participant: Participant) -> int:
    """Stop every open link of a participant; returns how many were stopped."""
    stopped = open_links(db, participant)
    for link in stopped:
        link.revoked_at = utcnow()
        db.add(link)
    return len(stopped)


def find_link(db, token: str, allow_used: bool = False) -> InterviewLink:
    """The link for this token if it still works; LinkUnknown or LinkGone otherwise."""
    link = db.exec(select(InterviewLink).where(InterviewLink.token_hash == token_hash(token or ""))).first()
    if link is None:
        raise LinkUnknown(_("Deze link bestaat niet. Kijk of u de hele link heeft overgenomen."))
    reason = state_of(link)
    if reason == "" and participant_of(db, link).withdrawn_at is not None:
        reason = REVOKED  # consent was withdrawn: the link stops with it
    if reason == "" and _finished_elsewhere(db, link):
        reason = USED
    if reason and not (allow_used and reason == USED):
        raise LinkGone(link, reason)
    return link


def participant_of(db, link: InterviewLink) -> Participant:
    """The one participant a link belongs to."""
    return db.get(Participant, link.participant_id)


def language_of(db, link: InterviewLink) -> str:
    """The language the participant reads: their own choice, else the participant's language, else Dutch."""
    if link.language in PARTICIPANT_LANGUAGES:
        return link.language
    return participant_language(participant_of(db, link).language)


def choose_language(db, link: InterviewLink, language: str) -> None:
    """Remember the participant's choice of language for every later visit."""
    if language not in PARTICIPANT_LANGUAGES:
        raise LinkError(_("Kies een taal uit de lijst."))
    link.language = language
    db.add(link)


def has_consent(db, link: InterviewLink) -> bool:
    """True when the participant's consent is in force."""
    return participants.valid_consent(db, participant_of(db, link)) is not None


def give_consent(db, link: InterviewLink, agreed: set[str], quotes_allowed: bool,
                 contact_allowed: bool = False) -> Consent:
    """Record consent given on the link's page; who must agree follows the participant's age band."""
    participant = participant_of(db, link)
    if message := missing_consent(consenters(participant), agreed):
        raise LinkError(message, field="agree")
    return participants.record_consent(
        db, participant, db.get(User, link.created_by_id), letter_version=participants.DEFAULT_LETTER_VERSION,
        takes_part=True, quotes_allowed=quotes_allowed, given_by=participants.required_consenter(participant.age_band),
        contact_allowed=contact_allowed,
    )


def consenters(participant: Participant) -> tuple[str, ...]:
    """Who ticks a box on the consent page: the participant, a parent, or both (12 to 15 years)."""
    return {"ouder": ("ouder",), "beide": ("deelnemer", "ouder")}.get(
        participants.required_consenter(participant.age_band), ("deelnemer",))


def interview_of(db, link: InterviewLink) -> Interview:
    """The link's one interview, started along the current guide on first use (consent is required)."""
    if link.interview_id is not None:
        return db.get(Interview, link.interview_id)
    project = db.get(Project, link.project_id)
    interview = capture.start_interview(db, project, db.get(User, link.created_by_id), participant_of(db, link))
    link.interview_id = interview.id
    db.add(link)
    return interview


def draft_of(db, link: InterviewLink) -> Interview:
    """The link's interview while it can still change."""
    interview = interview_of(db, link)
    if interview.status != capture.DRAFT:
        raise LinkGone(link, USED)
    return interview


def finish(db, link: InterviewLink) -> Interview:
    """Finish the link's interview; from now on the link only shows the thank-you page."""
    interview = capture.finish_interview(db, draft_of(db, link))
    link.used_at = utcnow()
    db.add(link)
    return interview


def is_used(db, link: InterviewLink) -> bool:
    """True once the conversation is finished, through the link or on the key figure's tablet."""
    return link.used_at is not None or _finished_elsewhere(db, link)


def _finished_elsewhere(db, link: InterviewLink) -> bool:
    # The key figure may finish the same interview on the tablet; then the link is used up too.
    if link.interview_id is None:
        return False
    interview = db.get(Interview, link.interview_id)
    return interview is None or interview.status != capture.DRAFT


def _draft_id(db, participant: Participant, user: User) -> int | None:
    # A conversation already begun on the tablet goes on through the link: one interview, not two.
    query = select(Interview.id).where(Interview.participant_id == participant.id,
                                       Interview.key_figure_id == user.id, Interview.status == capture.DRAFT)
    return db.exec(query).first()



def _end_of(day: date) -> datetime:
    zone = ZoneInfo(current_app.config.get("BABEL_DEFAULT_TIMEZONE", "Europe/Amsterdam"))
    return datetime.combine(day, time(23, 59, 59), tzinfo=zone).astimezone(UTC)


def qr_data_uri(url: str) -> str:
    """A QR code of the link as an SVG data: URI (the page's CSP allows data: images)."""
    import qrcode
    import qrcode.image.svg

    image = qrcode.make(url, image_factory=qrcode.image.svg.SvgPathImage, box_size=12, border=2)
    return "data:image/svg+xml;base64," + base64.b64encode(image.to_string()).decode()
