"""A project with enough participants to count: the data behind the overview, report and export tests."""

from dataclasses import dataclass
from datetime import UTC, datetime

from tests import factories
from tests.coding.builders import add_answer, participant_of

APPROVED_QUOTE = "Via de school durf ik het wel te vragen."
UNAPPROVED_TEXT = "De juf van groep 5 belde mij thuis op"
CANDIDATE_QUOTE = "Dit citaat is nog niet goedgekeurd."
WITHDRAWN_QUOTE = "Citaat van iemand die zich terugtrok."
DRAFT_QUOTE = "Citaat uit een gesprek dat nog niet af is."
SUMMARY = "Ouders praten het liefst via de school over opvoeden."
RECOMMENDATION = "Zet de schoolmaatschappelijk werker vaker op het schoolplein."


@dataclass
class Findings:
    theme: object
    sub: object
    answers: list
    participant_codes: list


def build_findings(db, world) -> Findings:
    """Theme "School als ingang" (with sub-theme "Mentor"): 5 parents via the sub-theme, one of them with
    three fragments, 2 young people; a withdrawn parent and an unfinished interview do not count."""
    theme = factories.make_code(db, world.project, name="School als ingang", colour="#1e6b3a",
                                definition="Ouders zoeken hulp via de school.", recommendation=RECOMMENDATION)
    sub = factories.make_code(db, world.project, name="Mentor", parent=theme)
    answers = []
    for n in range(5):
        answer = add_answer(db, world, f"{UNAPPROVED_TEXT} en toen ging het beter, zei ouder {n}.")
        factories.make_segment(db, answer, sub, start=0, end=len(UNAPPROVED_TEXT), coder=world.researcher)
        answers.append(answer)
    factories.make_segment(db, answers[0], theme, start=0, end=6, coder=world.researcher)
    quoted = factories.make_segment(db, answers[0], theme, start=10, end=30, coder=world.researcher)
    quoted.quote_status, quoted.quote_text = "goedgekeurd", APPROVED_QUOTE
    for n in range(2):
        answer = add_answer(db, world, f"Mijn mentor helpt mij echt, jongere {n}.", group="jongere")
        factories.make_segment(db, answer, theme, start=0, end=9, coder=world.researcher)
        answers.append(answer)
    candidate = factories.make_segment(db, answers[1], theme, start=0, end=6, coder=world.researcher)
    candidate.quote_status, candidate.quote_text = "kandidaat", CANDIDATE_QUOTE
    _uncounted(db, world, theme)
    db.commit()
    codes = [participant_of(db, a).code for a in answers] + [world.participant.code]
    return Findings(theme, sub, answers + [world.answer], codes)


def _uncounted(db, world, theme):
    """Two more parents with theme codings and approved quotes, who must not count."""
    gone = add_answer(db, world, "Ik trek mij terug uit het onderzoek.")
    factories.make_segment(db, gone, theme, coder=world.researcher, quote=WITHDRAWN_QUOTE)
    participant = participant_of(db, gone)
    participant.withdrawn_at = datetime.now(UTC)
    db.add(participant)
    draft = add_answer(db, world, "Dit gesprek is nog niet af.", status="concept")
    factories.make_segment(db, draft, theme, coder=world.researcher, quote=DRAFT_QUOTE)
