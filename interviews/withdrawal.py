"""Withdrawing consent: one action after which the participant's answers leave research data and reports."""

from sqlmodel import select

from interviews.models import Consent, Participant
from interviews.signals import consent_withdrawn
from research.timeutil import utcnow


def withdraw_consent(db, participant: Participant, user) -> bool:
    """Mark the participant and their consents withdrawn and send `consent_withdrawn`; False if already done.

    Coding reads answers through one function that leaves out withdrawn participants, and review and analysis
    lists do the same, so nothing else needs deleting here. The caller logs the event and commits once.
    """
    if participant.withdrawn_at is not None:
        return False
    now = utcnow()
    participant.withdrawn_at = now
    db.add(participant)
    for consent in db.exec(select(Consent).where(Consent.participant_id == participant.id,
                                                 Consent.withdrawn_at.is_(None))):
        consent.withdrawn_at = now
        db.add(consent)
    db.flush()
    consent_withdrawn.send(participant, db=db, project_id=participant.project_id, participant_id=participant.id,
                           user_id=user.id)
    return True
