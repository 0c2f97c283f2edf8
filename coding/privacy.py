"""Small counts are never shown: the one place that decides how a count appears to readers. Pure.

Numbers are written for the reader's locale (1.000 in Dutch, 1,000 in English) when one is given.
"""

from babel.numbers import format_decimal
from flask_babel import lazy_gettext as _l

THRESHOLD = 5
SMALL = _l("minder dan %(n)d", n=THRESHOLD)
HIDDEN = _l("niet getoond")


def is_small(count: int) -> bool:
    """True when a count is too small to show."""
    return count < THRESHOLD


def number(value, locale: str | None = None) -> str:
    """A number as text, with the locale's digit grouping when a locale is given."""
    return format_decimal(value, locale=locale) if locale else str(value)


def shown_count(count: int, locale: str | None = None) -> str:
    """A count as readers see it: the number, or "minder dan 5"."""
    return str(SMALL) if is_small(count) else number(count, locale)
