"""A gentle check whether an answer contains something that identifies a person: pure, no refusal.

The capture views call `pii_warnings(text)` when a key figure saves a free-text answer and show the
messages next to the saved answer. Nothing is refused: the key figure decides.
"""

import re

from flask_babel import gettext as _

PHONE, EMAIL, POSTCODE, BSN = "telefoon", "e-mail", "postcode", "bsn"

EMAIL_PATTERN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}")
# +31 6 12345678, 0031 10-1234567, 06-12345678, (010) 1234567: a Dutch prefix and nine more digits.
_PHONE = re.compile(r"(?<![\d+])(?:\+31|0031|\(?0)[\s.-]?(?:\(0\)[\s.-]?)?[1-9](?:[\s.)-]{0,2}\d){8}(?!\d)")
# 1234 AB or 1234AB (also 1234ab): with a space only in capitals, so "in 2015 en 2016" is no postcode.
# SA, SD and SS are never used.
_POSTCODE = re.compile(r"\b[1-9]\d{3}(?:\s?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})\b")
# Nine digits, also written as 123.456.782, 123 456 782 or 1234.56.782.
_NINE_DIGITS = re.compile(r"(?<![\d.])(?:\d{9}|\d{3}[ .]\d{3}[ .]\d{3}|\d{4}[ .]\d{2}[ .]\d{3})(?![\d])")


def is_bsn(number: str) -> bool:
    """True when nine digits pass the elfproef (9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11)."""
    digits = [int(c) for c in number if c.isdigit()]
    if len(digits) != 9 or not any(digits):
        return False
    total = sum(weight * digit for weight, digit in zip(range(9, 1, -1), digits[:8], strict=True)) - digits[8]
    return total % 11 == 0


def pii_kinds(text: str) -> list[str]:
    """Which kinds of identifying data the text seems to contain (telefoon, e-mail, postcode, bsn)."""
    text = text or ""
    without_email = EMAIL_PATTERN.sub(" ", text)
    phones = list(_PHONE.finditer(without_email))
    without_phone = _PHONE.sub(" ", without_email)
    found = []
    if phones:
        found.append(PHONE)
    if EMAIL_PATTERN.search(text):
        found.append(EMAIL)
    if _POSTCODE.search(text):
        found.append(POSTCODE)
    if any(is_bsn(match.group(0)) for match in _NINE_DIGITS.finditer(without_phone)):
        found.append(BSN)
    return found


def _messages() -> dict[str, str]:
    return {
        PHONE: _("Dit antwoord lijkt een telefoonnummer te bevatten."),
        EMAIL: _("Dit antwoord lijkt een e-mailadres te bevatten."),
        POSTCODE: _("Dit antwoord lijkt een postcode te bevatten."),
        BSN: _("Dit antwoord lijkt een burgerservicenummer (BSN) te bevatten."),
    }


def pii_warnings(text: str) -> list[str]:
    """Friendly Dutch warnings for what looks like a phone number, e-mail, postcode or BSN ([] if none)."""
    kinds = pii_kinds(text)
    if not kinds:
        return []
    messages = _messages()
    return [messages[kind] for kind in kinds] + [
        _("Haal het weg als het kan. Zo blijft de deelnemer onherkenbaar. Het antwoord is wel opgeslagen.")
    ]
