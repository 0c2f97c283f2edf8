"""Quotes for the report: a scrubbed copy of a segment that a researcher approves (or not)."""

import json
import re
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlmodel import select

from coding.codebook import codes_of, root_ids
from coding.corpus import only_codable, quotes_allowed
from coding.errors import CodingError
from coding.models import Coding, Segment
from coding.pii import NAME, TERM, find_risks, rule_risks
from coding.pii_terms import all_terms
from coding.quote_words import is_participants_words
from interviews.models import Answer, Interview, Participant
from research.models import Project
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
    """Replace e-mail and web addresses, phone numbers, postcodes, addresses, BSN-like numbers and IBANs by […].

    Names are not removed here: the researcher sees them highlighted and decides (coding.pii).
    """
    for risk in reversed(rule_risks(text)):
        text = text[:risk.start] + REMOVED + text[risk.end:]
    for pattern in _IDENTIFYING:
        text = pattern.sub(REMOVED, text)
    return text


def quote_risks(db, project, text: str):
    """What in a text may identify someone: rules, the project's own names and first names."""
    return find_risks(text, all_terms(db, project))


def flagged_names(db, project, text: str) -> list[str]:
    """The names and project terms the check finds in a text, each once, in order."""
    return list(dict.fromkeys(risk.text for risk in quote_risks(db, project, text) if risk.kind in (NAME, TERM)))


def not_names_of(segment: Segment) -> set[str]:
    """The flagged words the researcher marked as "geen naam" for this quote (lower case)."""
    return set(json.loads(segment.quote_not_names)) if segment.quote_not_names else set()


def unresolved_names(db, segment: Segment, marked_not_names=()) -> list[str]:
    """Flagged names still in the quote that nobody redacted or marked as no name; the marks are kept."""
    names = flagged_names(db, project_of(db, segment), segment.quote_text or "")
    cleared = not_names_of(segment) | {word.strip().lower() for word in marked_not_names}
    kept = sorted(cleared & {name.lower() for name in names})
    segment.quote_not_names = json.dumps(kept, ensure_ascii=False) if kept else None
    return [name for name in names if name.lower() not in cleared]


def quote_draft(segment: Segment) -> str:
    """The quote text to start editing from: the saved quote, else the scrubbed fragment."""
    return segment.quote_text if segment.quote_text else scrub(segment.text)


def save_quote(db, segment: Segment, text: str) -> Segment:
    """Store the (scrubbed) quote text; a changed text needs approval again.

    The text must be the participant's words: a piece of the answer with parts left out or redacted.
    """
    cleaned = scrub(" ".join((text or "").split()))
    if not cleaned:
        raise CodingError(_("Het citaat is leeg. Schrijf de tekst van het citaat."), field="text")
    if not is_participants_words(cleaned, answer_text_of(db, segment)):
        raise CodingError(_(
            "Een citaat bevat alleen woorden van de deelnemer. U mag woorden weglaten of vervangen door "
            "[naam], [school], [plaats] of […]. Andere woorden zijn niet toegestaan."), field="text")
    if len(cleaned) > MAX_QUOTE_CHARS:
        raise CodingError(_("Het citaat is te lang. Maak het korter dan %(n)d tekens.", n=MAX_QUOTE_CHARS),
                          field="text")
    if cleaned != segment.quote_text or segment.quote_status != APPROVED:
        segment.quote_text, segment.quote_status = cleaned, CANDIDATE
        segment.quote_approved_by_id, segment.quote_approved_at = None, None
    db.add(segment)
    db.flush()
    return segment


def approve_quote(db, segment: Segment, user, text: str | None = None, not_names=()) -> Segment:
    """Approve the quote for the report; only when the participant allowed quotes and no flagged name is left.

    A flagged name is left until it is redacted ([naam]) or marked as no name (`not_names`).
    """
    if text is not None:
        save_quote(db, segment, text)
    if not segment.quote_text:
        raise CodingError(_("Schrijf eerst de tekst van het citaat."), field="text")
    names = unresolved_names(db, segment, not_names)
    if names:
        raise CodingError(_(
            "Er staan nog namen in het citaat: %(names)s. Vervang elke naam door [naam], of zet een vinkje bij "
            "'Dit is geen naam'. Daarna kunt u het citaat goedkeuren.", names=", ".join(names)), field="text")
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


def apply_quote_action(db, segment: Segment, user, action: str, text: str, not_names=()) -> str:
    """Save, approve or withdraw a quote as the researcher chose; returns a message for the user."""
    if action == "withdraw":
        withdraw_approval(db, segment)
        return _("De goedkeuring is ingetrokken. Het citaat komt niet meer in het rapport.")
    if action == "approve":
        approve_quote(db, segment, user, text, not_names)
        return _("Het citaat is goedgekeurd. Het komt in het rapport.")
    save_quote(db, segment, text)
    return _("Het citaat is opgeslagen. Het komt pas in het rapport als u het goedkeurt.")


def answer_text_of(db, segment: Segment) -> str:
    """The whole answer a segment is part of (its text, decrypted)."""
    answer = db.get(Answer, segment.answer_id)
    return answer.text if answer else segment.text


def project_of(db, segment: Segment):
    """The project a segment belongs to."""
    query = select(Interview.project_id).join(Answer, Answer.interview_id == Interview.id).where(
        Answer.id == segment.answer_id)
    return db.get(Project, db.exec(query).one())


@dataclass(frozen=True)
class ReportQuote:
    """An approved quote for the report: its segment, text, the speaker's group and its themes."""

    segment_id: int
    text: str
    group: str
    theme_ids: frozenset


def report_quotes(db, project) -> list[ReportQuote]:
    """Approved quotes on codable answers of participants who still allow quotes, with their top themes."""
    query = only_codable(  # columns only: the fragment's own text is not decrypted
        select(Segment.id, Segment.quote_text, Participant.id, Participant.group).select_from(Segment)
        .join(Answer, Segment.answer_id == Answer.id), project,
    ).where(Segment.quote_status == APPROVED).order_by(Segment.id)
    rows = [(sid, text.strip(), pid, group) for sid, text, pid, group in db.exec(query) if (text or "").strip()]
    allowed = quotes_allowed(db, {pid for _sid, _text, pid, _group in rows})
    roots = root_ids(codes_of(db, project))
    themes = _themes_by_segment(db, [sid for sid, _text, _pid, _group in rows], roots)
    return [ReportQuote(sid, text, group, themes.get(sid, frozenset()))
            for sid, text, pid, group in rows if pid in allowed]


def _themes_by_segment(db, segment_ids, roots) -> dict[int, frozenset]:
    found: dict[int, set] = {}
    if segment_ids:
        for segment_id, code_id in db.exec(select(Coding.segment_id, Coding.code_id).where(
                Coding.segment_id.in_(segment_ids))):
            found.setdefault(segment_id, set()).add(roots.get(code_id, code_id))
    return {segment_id: frozenset(ids) for segment_id, ids in found.items()}
