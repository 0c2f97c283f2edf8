"""Member checks (toetsen in de wijk): statements made from themes, recognised or not by the neighbourhood.

The researcher writes short statements and opens a round; key figures answer "herken ik", "herken ik deels"
or "herken ik niet" with an optional comment; the researcher closes the round and reads the results,
suppressed below 5 like the report. The caller audits and commits.
"""

import re
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlmodel import func, select

from coding.codebook import code_for, codes_of
from coding.cycle_models import CheckAnswer, CheckRound, CheckStatement, CheckStatementTranslation
from coding.errors import CodingError, NotFound
from coding.models import Segment
from interviews.models import Answer, Interview, Participant
from interviews.translations import TARGET_LANGUAGES
from research.timeutil import utcnow

CHOICES = {"herken_ik": _l("Herken ik"), "herken_ik_deels": _l("Herken ik deels"),
           "herken_ik_niet": _l("Herken ik niet")}
GROUPS = ("ouder", "jongere", "professional")
DRAFT, OPEN, CLOSED = "concept", "open", "gesloten"
STATUSES = {DRAFT: _l("Concept"), OPEN: _l("Open"), CLOSED: _l("Gesloten")}
MAX_TITLE = 200
MAX_STATEMENT = 200
MAX_COMMENT = 1000
MIN_QUOTE_MATCH = 15  # shorter fragments ("ja", "op school") are everyday words, not someone's quote


@dataclass(frozen=True)
class GivenAnswer:
    """What one answerer says about one statement."""

    statement_id: int
    choice: str
    comment: str = ""


def rounds_of(db, project) -> list[CheckRound]:
    """The project's check rounds, newest first."""
    query = select(CheckRound).where(CheckRound.project_id == project.id).order_by(CheckRound.id.desc())
    return list(db.exec(query))


def open_rounds_of(db, project) -> list[CheckRound]:
    """The rounds key figures can answer now."""
    return [found for found in rounds_of(db, project) if found.status == OPEN]


def round_for(db, project, check_id) -> CheckRound:
    """One round of this project; NotFound otherwise (also for a malformed id or another project's round)."""
    try:
        found = db.get(CheckRound, int(check_id))
    except (TypeError, ValueError):
        found = None
    if found is None or found.project_id != project.id:
        raise NotFound(_("Deze toetsronde bestaat niet in dit project."))
    return found


def create_round(db, project, user, title: str) -> CheckRound:
    """A new round in draft: statements can be added until it opens."""
    title = (title or "").strip()
    if not title:
        raise CodingError(_("Geef de toetsronde een naam."), field="title")
    if len(title) > MAX_TITLE:
        raise CodingError(_("Schrijf de naam in hoogstens %(n)d tekens.", n=MAX_TITLE), field="title")
    found = CheckRound(project_id=project.id, title=title, status=DRAFT, created_by_id=user.id)
    db.add(found)
    db.flush()
    return found


def statements_of(db, check: CheckRound) -> list[CheckStatement]:
    """The round's statements in their order."""
    query = select(CheckStatement).where(CheckStatement.round_id == check.id).order_by(
        CheckStatement.position, CheckStatement.id)
    return list(db.exec(query))


def add_statement(db, project, check: CheckRound, text: str, code_id: int | None = None,
                  translations: dict | None = None) -> CheckStatement:
    """Add a statement to a draft round; refused when it holds a quote the municipality has not seen released."""
    if check.status != DRAFT:
        raise CodingError(_("Deze toetsronde is al geopend. U kunt geen stellingen meer toevoegen."))
    text = check_statement_text(text)
    if code_id is not None:
        try:
            code_for(db, project, code_id)
        except NotFound as error:
            raise CodingError(_("Dit thema bestaat niet in dit project."), field="code_id") from error
    unreleased = unreleased_quote_in(db, project, text)
    if unreleased:
        raise CodingError(_("In deze stelling staat een citaat dat nog niet in een vrijgegeven rapport staat: "
                            "“%(quote)s”. Schrijf de stelling in uw eigen woorden.", quote=unreleased), field="text")
    clean = _clean_translations(translations or {})
    position = db.exec(select(func.count()).select_from(CheckStatement).where(
        CheckStatement.round_id == check.id)).one()
    statement = CheckStatement(round_id=check.id, code_id=code_id, text=text, position=position)
    db.add(statement)
    db.flush()
    for lang, translated in clean.items():
        db.add(CheckStatementTranslation(statement_id=statement.id, lang=lang, text=translated))
    db.flush()
    return statement


def check_statement_text(text: str) -> str:
    """The statement cleaned, or a CodingError."""
    text = " ".join((text or "").split())
    if not text:
        raise CodingError(_("Schrijf de stelling op."), field="text")
    if len(text) > MAX_STATEMENT:
        raise CodingError(_("Schrijf de stelling in hoogstens %(n)d tekens. Kort is beter.", n=MAX_STATEMENT),
                          field="text")
    return text


def _clean_translations(translations: dict) -> dict:
    clean = {}
    for lang, text in translations.items():
        text = " ".join((text or "").split())
        if lang in TARGET_LANGUAGES and text:
            if len(text) > 2 * MAX_STATEMENT:
                raise CodingError(_("Een vertaling is te lang."), field=f"text_{lang}")
            clean[lang] = text
    return clean


def remove_statement(db, check: CheckRound, statement_id) -> None:
    """Take a statement out of a draft round."""
    if check.status != DRAFT:
        raise CodingError(_("Deze toetsronde is al geopend. De stellingen liggen vast."))
    statement = next((s for s in statements_of(db, check) if str(s.id) == str(statement_id)), None)
    if statement is None:
        raise NotFound(_("Deze stelling bestaat niet in deze toetsronde."))
    for row in db.exec(select(CheckStatementTranslation).where(CheckStatementTranslation.statement_id == statement.id)):
        db.delete(row)
    db.delete(statement)
    db.flush()


def open_round(db, check: CheckRound) -> None:
    """Open a draft round for answers; it needs at least one statement."""
    if check.status != DRAFT:
        raise CodingError(_("Deze toetsronde is al geopend."))
    if not statements_of(db, check):
        raise CodingError(_("Schrijf eerst minstens één stelling."))
    check.status, check.opened_at = OPEN, utcnow()


def close_round(check: CheckRound) -> None:
    """Close an open round: no more answers."""
    if check.status != OPEN:
        raise CodingError(_("Alleen een open toetsronde kan worden gesloten."))
    check.status, check.closed_at = CLOSED, utcnow()


def normalised(text: str) -> str:
    """Lower case, letters and digits only, single spaces: so a quote is found whatever its punctuation."""
    return " ".join(re.sub(r"[^\w]+", " ", (text or "").casefold()).split())


def released_quotes(db, project) -> set[str]:
    """The quotes (normalised) of the latest released report."""
    from coding.releases import latest_release, release_data  # releases -> reports.gather -> this module

    release = latest_release(db, project)
    data = release_data(release) if release else None
    if data is None:
        return set()
    return {normalised(quote.text) for theme in data.themes for quote in theme.quotes}


def unreleased_quote_in(db, project, text: str) -> str | None:
    """A segment quote of the project that the statement holds and the latest released report does not."""
    statement = normalised(text)
    released = released_quotes(db, project)
    query = (select(Segment.quote_text).join(Answer, Segment.answer_id == Answer.id)
             .join(Interview, Answer.interview_id == Interview.id)
             .where(Interview.project_id == project.id, Segment.quote_text.is_not(None)))
    for quote in db.exec(query):
        plain = normalised(quote)
        if len(plain) >= MIN_QUOTE_MATCH and plain in statement and plain not in released:
            return quote.strip()
    return None


def statement_text(statement: CheckStatement, translations: dict, lang: str) -> str:
    """The statement in `lang` when translated, otherwise in Dutch."""
    return translations.get((statement.id, lang), statement.text)


def statement_texts(db, statements, lang: str) -> dict[int, str]:
    """Statement id -> its text in `lang` (Dutch where it is not translated)."""
    translations = translations_of(db, statements)
    return {s.id: statement_text(s, translations, lang) for s in statements}


def translations_of(db, statements) -> dict:
    """(statement id, lang) -> translated text."""
    ids = [s.id for s in statements]
    if not ids:
        return {}
    query = select(CheckStatementTranslation).where(CheckStatementTranslation.statement_id.in_(ids))
    return {(row.statement_id, row.lang): row.text for row in db.exec(query)}


def _by(answerer) -> tuple:
    """Who answers: a key figure (a user) or a participant by personal link; (filter, column values)."""
    if isinstance(answerer, Participant):
        return CheckAnswer.participant_id == answerer.id, {"participant_id": answerer.id}
    return CheckAnswer.user_id == answerer.id, {"user_id": answerer.id}


def record_answers(db, check: CheckRound, answerer, group: str, given: list[GivenAnswer]) -> int:
    """Store a key figure's or participant's answers; a second time changes them. All are checked first."""
    if check.status != OPEN:
        raise CodingError(_("Deze toetsronde is gesloten. Uw antwoorden zijn niet opgeslagen."))
    if group not in GROUPS:
        raise CodingError(_("Kies of u ouder, jongere of professional bent."), field="group")
    statements = {s.id: s for s in statements_of(db, check)}
    clean = [_clean_answer(answer, statements) for answer in given if answer.choice or answer.comment]
    if not clean:
        raise CodingError(_("Kies bij minstens één stelling een antwoord."))
    mine, owner = _by(answerer)
    existing = {a.statement_id: a for a in db.exec(select(CheckAnswer).where(
        mine, CheckAnswer.statement_id.in_(list(statements))))}
    for answer in clean:
        row = existing.get(answer.statement_id) or CheckAnswer(statement_id=answer.statement_id, group=group,
                                                               choice=answer.choice, **owner)
        row.group, row.choice, row.comment, row.answered_at = group, answer.choice, answer.comment or None, utcnow()
        db.add(row)
    db.flush()
    return len(clean)


def _clean_answer(answer: GivenAnswer, statements: dict) -> GivenAnswer:
    statement_id = int(answer.statement_id) if str(answer.statement_id).isdigit() else None
    if statement_id not in statements:
        raise CodingError(_("Deze stelling hoort niet bij deze toetsronde. Er is niets opgeslagen."))
    if answer.choice not in CHOICES:
        raise CodingError(_("Kies bij elke stelling met een opmerking ook: herken ik, deels of niet."))
    comment = (answer.comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise CodingError(_("Een opmerking mag hoogstens %(n)d tekens zijn.", n=MAX_COMMENT))
    return GivenAnswer(statement_id, answer.choice, comment)


def answers_of(db, check: CheckRound, answerer) -> dict:
    """A key figure's or participant's earlier answers in this round, by statement id."""
    ids = [s.id for s in statements_of(db, check)]
    if not ids:
        return {}
    query = select(CheckAnswer).where(_by(answerer)[0], CheckAnswer.statement_id.in_(ids))
    return {a.statement_id: a for a in db.exec(query)}


def answer_rows(db, check: CheckRound) -> list[CheckAnswer]:
    """Every answer of the round (for the results; comments are for the researcher only)."""
    ids = [s.id for s in statements_of(db, check)]
    if not ids:
        return []
    return list(db.exec(select(CheckAnswer).where(CheckAnswer.statement_id.in_(ids)).order_by(CheckAnswer.id)))


def report_rows(db, project) -> tuple:
    """Every statement of the project's closed rounds with exact counts, for the report (no comments)."""
    from coding.reports.check_data import CheckRow, tally  # the reports package gathers from this module

    names = {code.id: code.name for code in codes_of(db, project)}
    rows = []
    for check in reversed(rounds_of(db, project)):
        if check.status != CLOSED:
            continue
        answers = answer_rows(db, check)
        for statement in statements_of(db, check):
            pairs = [(a.choice, a.group) for a in answers if a.statement_id == statement.id]
            by_choice, by_group = tally(pairs)
            rows.append(CheckRow(check.title, statement.text, names.get(statement.code_id, ""), len(pairs),
                                 by_choice, by_group))
    return tuple(rows)


@dataclass(frozen=True)
class StatementResult:
    """A statement's results for the researcher: counts as shown (suppressed) and the comments."""

    statement: CheckStatement
    shown: object  # coding.reports.check_data.ShownCheck
    comments: tuple  # (group, choice, comment)


def results(db, check: CheckRound, locale: str | None = None) -> list[StatementResult]:
    """Per statement: how many recognised it, per choice and per group (below 5 hidden), and the comments."""
    from coding.reports.check_data import CheckRow, shown_check, tally  # the reports package gathers from here

    answers = answer_rows(db, check)
    found = []
    for statement in statements_of(db, check):
        own = [a for a in answers if a.statement_id == statement.id]
        by_choice, by_group = tally((a.choice, a.group) for a in own)
        row = CheckRow(check.title, statement.text, "", len(own), by_choice, by_group)
        comments = tuple((a.group, a.choice, a.comment) for a in own if a.comment)
        found.append(StatementResult(statement, shown_check(row, locale), comments))
    return found
