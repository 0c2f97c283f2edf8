"""Compare a round with the round before: which themes came up more or less often. Pure.

Counts are compared as shares of each round's participants (rounds differ in size), and only when both
rounds show the count: a direction next to a hidden count would give the hidden count away.
"""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from coding.privacy import is_small
from coding.reports.shown import shown_theme

MORE, LESS, SAME, UNKNOWN, NEW, GONE = "meer", "minder", "gelijk", "onbekend", "nieuw", "weg"
CHANGE_LABELS = {
    MORE: _l("vaker genoemd"), LESS: _l("minder vaak genoemd"), SAME: _l("ongeveer even vaak"),
    UNKNOWN: _l("niet te zeggen: te weinig mensen"), NEW: _l("nieuw in deze ronde"),
    GONE: _l("niet meer genoemd"),
}
SAME_WITHIN = 0.05  # five percentage points: smaller differences are chance in groups this size


@dataclass(frozen=True)
class ThemeChange:
    name: str
    before: str  # the count as the earlier report showed it, or "—"
    after: str
    change: str  # a key of CHANGE_LABELS


def change_between(before: int, before_total: int, after: int, after_total: int, shown: bool) -> str:
    """The direction of a theme from one round to the next."""
    if not shown or not before_total or not after_total:
        return UNKNOWN
    difference = after / after_total - before / before_total
    if abs(difference) < SAME_WITHIN:
        return SAME
    return MORE if difference > 0 else LESS


def compare_themes(before, after_themes, after_participants: int, locale=None) -> tuple[ThemeChange, ...]:
    """Per theme of either round (this round's order first): the shown counts and the direction."""
    earlier = {theme.name: theme for theme in before.themes}
    rows = []
    for theme in after_themes:
        now = shown_theme(theme, locale)
        old_theme = earlier.pop(theme.name, None)
        if old_theme is None:
            rows.append(ThemeChange(theme.name, "—", now.total, NEW))
            continue
        old = shown_theme(_as_theme(old_theme), locale)
        shown = now.has_bar and old.has_bar and not is_small(theme.participants) and not is_small(
            old_theme.participants)
        rows.append(ThemeChange(theme.name, old.total, now.total, change_between(
            old_theme.participants, before.participants, theme.participants, after_participants, shown)))
    for old_theme in earlier.values():
        rows.append(ThemeChange(old_theme.name, shown_theme(_as_theme(old_theme), locale).total, "—", GONE))
    return tuple(rows)


def _as_theme(count):
    from coding.reports.data import Theme

    return Theme(name=count.name, participants=count.participants, by_group=count.by_group)


def actions_done(actions) -> tuple[int, int]:
    """(done, all) of a round's follow-up actions; stopped ones count as not done."""
    return sum(1 for action in actions if action.status == "gedaan"), len(actions)
