"""Quotes for the report: a scrubbed copy of a segment that a researcher approves (or not)."""

import re

from flask_babel import gettext as _
from sqlmodel import select

from coding.corpus import quotes_allowed
from coding.errors import CodingError
from coding.models import Segment
from interviews.models import Answer, Interview
from research.timeutil import utcnow

CANDIDATE, APPROVED = "kandidaat", "goedgekeurd"
MAX_QUOTE_CHARS = 2000
REMOVED = "[…]"
# What can identify someone and is easy to spot: e-mail, web address, phone, postcode, BSN-like numbers.
_IDENTIFYING = [
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE),
    re.compile(r"(?<!\w)(?:\+31|0031|0)[\s-]?(?:\d[\s-]?){8,10}\d?(?!\w)"),
    re.compile(r"\b\d{4}\s?[A-Z]{2}\b"),
    re.compile(r"\b\d{9}\b"),
]


def scrub(text: str) -> str:
    """Replace e-mail addresses, web addresses, phone numbers, postcodes and BSN-like numbers by […]."""
    for pattern in _IDENTIFYING:
        text = pattern.sub(REMOVED, text)
    return text


def quote_draft(segment: Segment) -> str:
    """The quote text to start editing from: the saved quote, else the scrubbed fragment."""
    return segment.quote_text if segment.quote_text else scrub(segment.text)


def save_quote(db, segment: Segment, text: str) -> Segment:
    """Store the (scrubbed) quote text; a changed text needs approval again."""
    cleaned = scrub(" ".join((text or "").split()))
    if not cleaned:
        raise CodingError(_("Het citaat is leeg. Schrijf de tekst van het citaat."), field="text")
    if len(cleaned) > MAX_QUOTE_CHARS:
        raise CodingError(_("Het citaat is te lang. Maak het korter dan %(n)d tekens.", n=MAX_QUOTE_CHARS),
                          field="text")
    if cleaned != segment.quote_text or segment.quote_status != APPROVED:
        segment.quote_text, segment.quote_status = cleaned, CANDIDATE
        segment.quote_approved_by_id, segment.quote_approved_at = None, None
    db.add(segment)
    db.flush()
    return segment


def approve_quote(db, segment: Segment, user, text: str | None = None) -> Segment:
    """Approve the quote for the report; only when the participant allowed quotes."""
    if text is not None:
        save_quote(db, segment, text)
    if not segment.quote_text:
        raise CodingError(_("Schrijf eerst de tekst van het citaat."), field="text")
    participant_id = participant_id_of(db, segment)
    if participant_id not in quotes_allowed(db, [participant_id]):
        raise CodingError(_("Deze deelnemer gaf geen toestemming voor citaten. U kunt dit citaat niet goedkeuren."))
    segment.quote_status = APPROVED
    segment.quote_approved_by_id, segment.quote_approved_at = user.id, utcnow()
    db.add(segment)
    db.flush()
    return segment


def withdraw_approval(db, segment: Segment) -> Segment:
    """Take the approval back; the text stays as a candidate quote."""
    segment.quote_status = CANDIDATE if segment.quote_text else ""
    segment.quote_approved_by_id, segment.quote_approved_at = None, None
    db.add(segment)
    db.flush()
    return segment


def participant_id_of(db, segment: Segment) -> int | None:
    """The participant who said the segment."""
    query = (
        select(Interview.participant_id)
        .join(Answer, Answer.interview_id == Interview.id)
        .where(Answer.id == segment.answer_id)
    )
    return db.exec(query).first()


def apply_quote_action(db, segment: Segment, user, action: str, text: str) -> str:
    """Save, approve or withdraw a quote as the researcher chose; returns a message for the user."""
    if action == "withdraw":
        withdraw_approval(db, segment)
        return _("De goedkeuring is ingetrokken. Het citaat komt niet meer in het rapport.")
    if action == "approve":
        approve_quote(db, segment, user, text)
        return _("Het citaat is goedgekeurd. Het komt in het rapport.")
    save_quote(db, segment, text)
    return _("Het citaat is opgeslagen. Het komt pas in het rapport als u het goedkeurt.")
