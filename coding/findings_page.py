"""The findings page the municipality reads: a released version of the report, with its suppressed counts."""

from dataclasses import dataclass

from coding.colours import colour_class
from coding.privacy import is_small
from coding.reports.data import GROUP_ORDER, ReportData, group_label, speaker_label
from coding.reports.shown import ShownTheme, shown_report

BAR_STEPS = 20


@dataclass(frozen=True)
class ThemeRow:
    """One theme as the municipality sees it: labels, never exact small counts."""

    name: str
    colour_class: str
    definition: str
    total: str
    by_group: list
    bar_class: str
    subthemes: list
    quotes: list
    recommendation: str


def overview_page(data: ReportData) -> dict:
    """The municipality's overview from the report data: suppressed counts, bars, approved quotes."""
    shown = shown_report(data)
    most = max((theme.theme.participants for theme in shown.themes if theme.has_bar), default=0)
    return {
        "data": data,
        "summary": shown.summary,
        "rows": [_theme_row(theme, most) for theme in shown.themes],
        "interviews": shown.interviews.total,
        "participants": shown.participants.total,
        "participants_by_group": [(group_label(g), label) for g, label in shown.participants.by_group.items()],
        "groups": [group_label(g) for g in GROUP_ORDER],
    }


def _theme_row(shown: ShownTheme, most) -> ThemeRow:
    theme = shown.theme
    return ThemeRow(
        name=theme.name,
        colour_class=colour_class(theme.colour),
        definition=theme.definition,
        total=shown.total,
        by_group=[shown.by_group[group] for group in GROUP_ORDER],
        bar_class=bar_class(theme.participants, most) if shown.has_bar else "bar-small",
        subthemes=[(name, count) for name, count, _definition in shown.subthemes],
        quotes=[(quote.text, speaker_label(quote.group)) for quote in theme.quotes],
        recommendation=theme.recommendation,
    )


def bar_class(count: int, most: int) -> str:
    """A CSS class for a bar's length in steps of 5%; small counts all get the same short bar."""
    if is_small(count) or most <= 0:
        return "bar-small"
    return f"bar-{max(1, round(BAR_STEPS * count / most)) * 5}"
