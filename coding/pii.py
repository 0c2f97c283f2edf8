"""Find words in a quote that can identify someone, so the researcher sees them before approving. Pure.

Three sources: fixed rules (phone, e-mail, postcode, street and number, BSN with the elfproef, IBAN with
its mod-97 check), the project's own list of wijk, school and organisation names, and first names.
The first names come from the Faker package (MIT licence): its Dutch, Flemish, Turkish, Arabic and
Polish person providers, read at run time from the installed package.
"""

import importlib
import re
from dataclasses import dataclass
from functools import cache

from interviews.pii import EMAIL_PATTERN as _EMAIL
from interviews.pii import is_bsn

PHONE, EMAIL, POSTCODE, STREET, BSN, IBAN, TERM, NAME = (
    "telefoon", "e-mail", "postcode", "adres", "bsn", "iban", "eigen-naam", "voornaam")
NAME_LOCALES = ("nl_NL", "nl_BE", "tr_TR", "ar_AA", "pl_PL")
# Names in those lists that are far more often something else when capitalised in Dutch text.
NOT_NAMES = frozenset({"Akkerman", "Bergen", "Constant", "Divan", "El", "Kader", "Nazi", "Salami", "Server"})
# Ordinary Dutch words that are also names: only a name when not at the start of a sentence.
SENTENCE_WORDS = frozenset({"Ben", "Elke", "Toon", "Wil"})

_PHONE = re.compile(r"(?<![\d+])(?:\+31|0031|0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.-]?\d){8}(?!\d)")
_POSTCODE = re.compile(r"\b[1-9]\d{3}\s?(?!SA|SD|SS)[A-Z]{2}\b")
_NINE_DIGITS = re.compile(r"(?<![\d.])\d{3}[ .]?\d{3}[ .]?\d{3}(?![\d])")
_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")
_STREET_WORDS = ("straat|laan|weg|plein|singel|gracht|kade|hof|dreef|pad|steeg|dijk|park|plantsoen|erf|baan|"
                 "ring|markt|wal|veld|straatweg|boulevard|dam|haven|kwartier|zijde|wijk|hout|akker|tuin")
_STREET = re.compile(
    rf"\b(?:[A-Z][\w'-]*\s+){{0,3}}[A-Z][\w'-]*(?:{_STREET_WORDS})\s+\d{{1,4}}(?:\s?[a-zA-Z]\b|-\d{{1,3}})?"
)
_WORD = re.compile(r"[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*")


@dataclass(frozen=True)
class Risk:
    """A span of text (code points) that may identify someone, and why."""

    start: int
    end: int
    kind: str
    text: str


def is_iban(text: str) -> bool:
    """True when the text is an IBAN whose check digits are right (ISO 13616, mod 97 = 1)."""
    compact = re.sub(r"\s+", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", compact):
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _matches(pattern, kind, text, check=None) -> list[Risk]:
    return [Risk(m.start(), m.end(), kind, m.group()) for m in pattern.finditer(text) if not check or check(m.group())]


def rule_risks(text: str) -> list[Risk]:
    """Phone numbers, e-mail addresses, postcodes, street and number, BSNs and IBANs in the text."""
    found = _matches(_EMAIL, EMAIL, text) + _matches(_PHONE, PHONE, text)
    found += _matches(_IBAN, IBAN, text, is_iban) + _matches(_NINE_DIGITS, BSN, text, is_bsn)
    found += _matches(_POSTCODE, POSTCODE, text) + _matches(_STREET, STREET, text)
    return without_overlaps(found)


def term_risks(text: str, terms) -> list[Risk]:
    """Where the project's own names (wijk, school, organisation) occur; any case, whole words."""
    found = []
    for term in terms:
        words = term.split()
        if not words:
            continue
        pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in words) + r"(?!\w)", re.IGNORECASE)
        found += _matches(pattern, TERM, text)
    return found


@cache
def first_names() -> frozenset:
    """First names from Faker's person providers (read once from the installed package)."""
    names: set = set()
    for locale in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            values = provider.__dict__.get(attribute, ())
            names.update(values if isinstance(values, tuple | list | dict) else ())
    return frozenset(name for name in names if len(name) > 1 and name not in NOT_NAMES)


def _sentence_start(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t\"'“‘(")
    return not before or before[-1] in ".!?:\n"


def name_risks(text: str, names=None) -> list[Risk]:
    """Capitalised words that are known first names."""
    names = first_names() if names is None else names
    found = []
    for match in _WORD.finditer(text):
        word = match.group()
        if word in names and not (word in SENTENCE_WORDS and _sentence_start(text, match.start())):
            found.append(Risk(match.start(), match.end(), NAME, word))
    return found


def without_overlaps(risks) -> list[Risk]:
    """Risks in text order; of overlapping ones the earliest (then longest) stays."""
    kept: list[Risk] = []
    for risk in sorted(risks, key=lambda r: (r.start, -(r.end - r.start))):
        if not kept or risk.start >= kept[-1].end:
            kept.append(risk)
    return kept


def find_risks(text: str, terms=(), names=None) -> list[Risk]:
    """Everything in the text that may identify someone, in text order, without overlaps."""
    text = text or ""
    return without_overlaps(rule_risks(text) + term_risks(text, terms) + name_risks(text, names))


def risk_pieces(text: str, risks) -> list[tuple[str, Risk | None]]:
    """The text cut into plain pieces and risky pieces, for highlighting."""
    pieces, at = [], 0
    for risk in without_overlaps(risks):
        if risk.start > at:
            pieces.append((text[at:risk.start], None))
        pieces.append((text[risk.start:risk.end], risk))
        at = risk.end
    if at < len(text):
        pieces.append((text[at:], None))
    return pieces
