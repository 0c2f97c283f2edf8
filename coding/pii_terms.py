"""The project's own list of names that can identify someone: wijken, schools, organisations."""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from sqlmodel import select

from coding.errors import CodingError
from coding.models import PiiTerm

KINDS = {"wijk": _l("Wijken en buurten"), "school": _l("Scholen"), "organisatie": _l("Organisaties")}
MAX_TERMS = 500
MAX_TERM_CHARS = 120


def terms_of(db, project) -> dict[str, list[str]]:
    """The project's names per kind, alphabetically."""
    found: dict[str, list[str]] = {kind: [] for kind in KINDS}
    query = select(PiiTerm).where(PiiTerm.project_id == project.id).order_by(PiiTerm.term)
    for term in db.exec(query):
        found.setdefault(term.kind, []).append(term.term)
    return found


def all_terms(db, project) -> list[str]:
    """Every name on the project's list, of any kind."""
    return [term for terms in terms_of(db, project).values() for term in terms]


def parse_terms(text: str) -> list[str]:
    """One name per line: trimmed, without blanks or repeats (case-insensitive)."""
    seen, kept = set(), []
    for line in (text or "").splitlines():
        term = " ".join(line.split())
        if term and term.casefold() not in seen:
            seen.add(term.casefold())
            kept.append(term)
    return kept


def save_terms(db, project, texts: dict[str, str]) -> int:
    """Replace the project's list by the names typed per kind (one per line); returns how many there are."""
    lists = {kind: parse_terms(texts.get(kind, "")) for kind in KINDS}
    if sum(len(terms) for terms in lists.values()) > MAX_TERMS:
        raise CodingError(_("Dat zijn te veel namen. Het maximum is %(n)d.", n=MAX_TERMS))
    for kind, terms in lists.items():
        too_long = [term for term in terms if len(term) > MAX_TERM_CHARS]
        if too_long:
            raise CodingError(_("Deze naam is te lang: %(name)s", name=too_long[0][:40]), field=kind)
    for old in db.exec(select(PiiTerm).where(PiiTerm.project_id == project.id)):
        db.delete(old)
    db.flush()
    for kind, terms in lists.items():
        db.add_all(PiiTerm(project_id=project.id, kind=kind, term=term) for term in terms)
    db.flush()
    return sum(len(terms) for terms in lists.values())
