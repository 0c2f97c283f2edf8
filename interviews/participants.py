"""Participants (pseudonyms only) and their informed consent."""

import re
from collections import defaultdict
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from interviews.errors import NotFound, ParticipantError
from interviews.models import AGE_BANDS, GROUPS, Consent, Interview, Participant
from interviews.visibility import may_see, visible_only
from research.roles import Role
from research.timeutil import utcnow

GROUP_LABELS = {"ouder": _l("Ouder"), "jongere": _l("Jongere"), "professional": _l("Professional")}
AGE_BAND_LABELS = {
    "<12": _l("Jonger dan 12 jaar"),
    "12-15": _l("12 tot en met 15 jaar"),
    "16-17": _l("16 of 17 jaar"),
    "18-25": _l("18 tot en met 25 jaar"),
    "26-40": _l("26 tot en met 40 jaar"),
    "41-55": _l("41 tot en met 55 jaar"),
    "56+": _l("56 jaar of ouder"),
}
LANGUAGE_LABELS = {
    "nl": _l("Nederlands"),
    "ar": _l("Arabisch"),
    "tr": _l("Turks"),
    "pl": _l("Pools"),
    "en": _l("Engels"),
    "uk": _l("Oekraïens"),
    "ti": _l("Tigrinya"),
    "so": _l("Somalisch"),
    "ber": _l("Berbers (Tamazight)"),
    "pap": _l("Papiaments"),
    "srn": _l("Surinaams (Sranantongo)"),
    "anders": _l("Een andere taal"),
}
GIVEN_BY_LABELS = {
    "deelnemer": _l("De deelnemer zelf"),
    "ouder": _l("Een ouder of voogd"),
    "beide": _l("De deelnemer én een ouder of voogd"),
}
DEFAULT_LETTER_VERSION = "1.0"
MAX_ATTEMPTS = 3
_REQUEST_ID = re.compile(r"[A-Za-z0-9-]{8,64}")
_CONSENT_ORDER = (Consent.recorded_at, Consent.id)


def required_consenter(age_band: str) -> str:
    """Who must consent for this age band: a parent under 12, both at 12-15, else the participant."""
    return {"<12": "ouder", "12-15": "beide"}.get(age_band, "deelnemer")


def next_number(db, project) -> int:
    """The next free participant number in this project."""
    highest = db.exec(select(func.max(Participant.number)).where(Participant.project_id == project.id)).one()
    return (highest or 0) + 1


def make_code(project, number: int) -> str:
    """The pseudonym code, e.g. SG-014."""
    return f"{project.code_prefix}-{number:03d}"


def register_participant(db, project, user, *, group: str, age_band: str, wijk: str = "",
                         language: str = "nl", request_id: str | None = None) -> Participant:
    """Register a participant under a fresh pseudonym code; no name is ever asked or stored.

    `request_id` comes from the form: the same form posted twice returns the participant made the first time.
    """
    _check_choice(group, GROUPS, "group", _("Kies een groep."))
    _check_choice(age_band, AGE_BANDS, "age_band", _("Kies een leeftijd."))
    _check_choice(language, LANGUAGE_LABELS, "language", _("Kies een taal."))
    request_id = request_id if request_id and _REQUEST_ID.fullmatch(request_id) else None
    fields = {"group": group, "age_band": age_band, "wijk": (wijk or project.wijk).strip()[:120],
              "language": language, "created_by_id": user.id, "request_id": request_id}
    for _attempt in range(MAX_ATTEMPTS):
        earlier = _registered(db, project, user, request_id)
        if earlier is not None:
            return earlier
        number = next_number(db, project)
        participant = Participant(project_id=project.id, code=make_code(project, number), number=number, **fields)
        db.add(participant)
        try:
            db.flush()
            return participant
        except IntegrityError:
            # Another tablet took this number at the same moment; try the next one.
            db.rollback()
    raise ParticipantError(_("Het lukte niet om een code te maken. Probeer het nog een keer."))


def _registered(db, project, user, request_id: str | None) -> Participant | None:
    if request_id is None:
        return None
    earlier = db.exec(select(Participant).where(Participant.request_id == request_id)).first()
    if earlier is not None and (earlier.project_id, earlier.created_by_id) != (project.id, user.id):
        raise ParticipantError(_("Dit formulier is al gebruikt. Open het opnieuw."))
    return earlier


def participants_for(db, project, user, role: Role) -> list[Participant]:
    """The participants this user may see: all for a researcher, their own for a key figure."""
    query = select(Participant).where(Participant.project_id == project.id).order_by(Participant.number)
    query = visible_only(query, role, user, Participant.created_by_id)
    return [] if query is None else list(db.exec(query))


@dataclass
class ParticipantRow:
    """A participant in a list, with the consent in force and their interviews."""

    participant: Participant
    consent: Consent | None
    draft: Interview | None
    finished: int


def participant_rows(db, project, user, role: Role) -> list[ParticipantRow]:
    """The visible participants with consent and interview status, for the list page."""
    participants = participants_for(db, project, user, role)
    ids = [p.id for p in participants]
    in_force, interviews = consents_in_force(db, participants), defaultdict(list)
    for interview in db.exec(select(Interview).where(Interview.participant_id.in_(ids)).order_by(Interview.id)):
        interviews[interview.participant_id].append(interview)
    rows = []
    for participant in participants:
        own = interviews[participant.id]
        draft = next((i for i in own if i.status == "concept" and i.key_figure_id == user.id), None)
        finished = sum(1 for i in own if i.status == "afgerond")
        rows.append(ParticipantRow(participant, in_force[participant.id], draft, finished))
    return rows


def consents_in_force(db, participants) -> dict[int, Consent | None]:
    """Per participant id the consent in force (as `valid_consent`), for many participants in one query."""
    consents = defaultdict(list)
    ids = [p.id for p in participants]
    if ids:
        for consent in db.exec(select(Consent).where(Consent.participant_id.in_(ids)).order_by(*_CONSENT_ORDER)):
            consents[consent.participant_id].append(consent)
    return {p.id: _in_force(p, consents[p.id]) for p in participants}


def participant_for(db, project, user, role: Role, participant_id: int) -> Participant:
    """One participant this user may see, or NotFound."""
    participant = db.get(Participant, participant_id)
    visible = participant is not None and participant.project_id == project.id and may_see(
        role, user, participant.created_by_id)
    if not visible:
        raise NotFound(_("Deze deelnemer bestaat niet, of u mag deze deelnemer niet zien."))
    return participant


def valid_consent(db, participant: Participant) -> Consent | None:
    """The consent in force: the latest one, not withdrawn, that agrees to taking part."""
    query = select(Consent).where(Consent.participant_id == participant.id).order_by(*_CONSENT_ORDER)
    return _in_force(participant, list(db.exec(query)))


def _in_force(participant: Participant, consents: list[Consent]) -> Consent | None:
    # The latest consent decides; a withdrawn participant has none.
    if participant.withdrawn_at is not None or not consents:
        return None
    latest = consents[-1]
    return latest if latest.withdrawn_at is None and latest.takes_part else None


def consents_of(db, participant: Participant) -> list[Consent]:
    """Every consent recorded for a participant, newest first."""
    query = select(Consent).where(Consent.participant_id == participant.id).order_by(Consent.id.desc())
    return list(db.exec(query))


def record_consent(db, participant: Participant, user, *, letter_version: str, takes_part: bool,
                   quotes_allowed: bool, given_by: str, contact_allowed: bool = False) -> Consent:
    """Record informed consent; taking part is required and who consents must fit the age band.

    Returns the consent in force: the new one, or the existing one when exactly the same was recorded before.
    """
    if participant.withdrawn_at is not None:
        raise ParticipantError(_("Deze deelnemer doet niet meer mee."))
    letter_version = (letter_version or "").strip()
    if not letter_version or len(letter_version) > 40:
        raise ParticipantError(_("Vul de versie van de informatiebrief in."), field="letter_version")
    if not takes_part:
        raise ParticipantError(_("Zonder toestemming om mee te doen kan het gesprek niet beginnen."),
                               field="takes_part")
    _check_consenter(participant, given_by)
    latest = valid_consent(db, participant)
    if latest is not None and (latest.letter_version, latest.quotes_allowed, latest.given_by,
                               latest.contact_allowed) == (letter_version, bool(quotes_allowed), given_by,
                                                           bool(contact_allowed)):
        return latest  # the same consent again (a double submit): nothing new to record
    consent = Consent(
        participant_id=participant.id, letter_version=letter_version, takes_part=True,
        quotes_allowed=bool(quotes_allowed), audio_allowed=False,  # audio is not offered yet
        contact_allowed=bool(contact_allowed),
        given_by=given_by, recorded_by_id=user.id, recorded_at=utcnow(),
    )
    db.add(consent)
    db.flush()
    return consent


def _check_consenter(participant: Participant, given_by: str) -> None:
    needed = required_consenter(participant.age_band)
    if given_by == needed:
        return
    messages = {
        "ouder": _("Deze deelnemer is jonger dan 12 jaar. Dan geeft een ouder of voogd toestemming."),
        "beide": _("Deze deelnemer is 12 tot en met 15 jaar. Dan geven de deelnemer én een ouder of voogd "
                   "allebei toestemming."),
        "deelnemer": _("Deze deelnemer is 16 jaar of ouder. Dan geeft de deelnemer zelf toestemming."),
    }
    raise ParticipantError(messages[needed], field="given_by")


def _check_choice(value, allowed, field_name, message) -> None:
    if value not in allowed:
        raise ParticipantError(message, field=field_name)
