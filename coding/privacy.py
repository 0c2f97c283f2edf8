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


def shown_split(total: int, parts: dict, locale: str | None = None) -> tuple[str, dict]:
    """A total and its split (per group, per wijk) as readers see them.

    Small parts read "minder dan 5". When the total is shown and exactly one part is small (but not
    zero), it could be worked out by subtraction, so the smallest other part is hidden as well.
    """
    shown = {key: shown_count(count, locale) for key, count in parts.items()}
    small = [key for key, count in parts.items() if is_small(count)]
    if not is_small(total) and len(small) == 1 and parts[small[0]] > 0:
        others = [key for key in parts if key not in small]
        if others:
            shown[min(others, key=lambda key: (parts[key], str(key)))] = str(HIDDEN)
    return shown_count(total, locale), shown


def shown_reach(total: int, parts: dict, locale: str | None = None) -> tuple[str, dict]:
    """Who took part (per group, per wijk) as readers see it: small numbers read "minder dan 5".

    No second number is hidden here: that someone took part says nothing about what they told.
    """
    return shown_count(total, locale), {key: shown_count(count, locale) for key, count in parts.items()}
