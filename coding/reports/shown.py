"""The report's counts as readers see them: one decision for the Word file, the preview and the findings page. Pure.

Every count the municipality reads (tables, chart, key figures, sentences) comes from here, so the same
cells are hidden everywhere and no hidden cell can be worked out from what is shown (coding.disclosure).
"""

import re
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from coding.disclosure import SECOND, SHOWN, SMALL, protect
from coding.privacy import HIDDEN, is_small, number
from coding.privacy import SMALL as SMALL_LABEL
from coding.reports.data import ReportData, Theme, all_groups

# Words the summary may hold; they become the shown count (B1: "minder dan 5 professionals").
PLACEHOLDERS = {"gesprekken": ("interviews", None), "deelnemers": ("participants", None),
                "ouders": ("participants", "ouder"), "jongeren": ("participants", "jongere"),
                "professionals": ("participants", "professional")}
SOME = _l("een aantal")


@dataclass(frozen=True)
class ShownTable:
    """A total and its splits (per group, per wijk) as text."""

    total: str
    by_group: dict
    by_wijk: dict


@dataclass(frozen=True)
class ShownTheme:
    theme: Theme
    total: str
    by_group: dict
    subthemes: tuple  # (name, shown count, definition)
    has_bar: bool  # False when the total is hidden: a bar's length would give it away


@dataclass(frozen=True)
class ShownReport:
    interviews: ShownTable
    participants: ShownTable
    themes: tuple
    summary: str


def shown_report(data: ReportData) -> ShownReport:
    """Every count of the report as readers see it, suppressed the same way everywhere."""
    locale = data.locale
    interviews = shown_table(data.interviews, all_groups(data.interviews_by_group), data.interviews_by_wijk, locale)
    participants = shown_table(data.participants, all_groups(data.participants_by_group), data.participants_by_wijk,
                               locale)
    return ShownReport(
        interviews=interviews, participants=participants,
        themes=tuple(shown_theme(theme, locale) for theme in data.themes),
        summary=fill_summary(data.summary, interviews, participants),
    )


def shown_table(total: int, by_group: dict, by_wijk: dict, locale: str | None = None) -> ShownTable:
    """A total split per group and per wijk; both splits are protected together (they share the total)."""
    protection = protect(total, [by_group, by_wijk])
    group_state, wijk_state = protection.lines
    return ShownTable(
        total=label(total, protection.total, locale),
        by_group={key: label(count, group_state[key], locale) for key, count in by_group.items()},
        by_wijk={key: label(count, wijk_state[key], locale) for key, count in by_wijk.items()},
    )


def reach_rows(talks: dict, people: dict, name) -> list[tuple]:
    """(name, conversations, participants) per group or wijk, as readers see them."""
    keys = list(dict.fromkeys([*talks, *people]))
    return [(name(key), talks.get(key, str(SMALL_LABEL)), people.get(key, str(SMALL_LABEL))) for key in keys]


def shown_theme(theme: Theme, locale: str | None = None) -> ShownTheme:
    """A theme's total and split per group; sub-themes show small counts as "minder dan 5"."""
    by_group = all_groups(theme.by_group)
    protection = protect(theme.participants, [by_group])
    (states,) = protection.lines
    subthemes = tuple((sub.name, label(sub.participants, SMALL if is_small(sub.participants) else SHOWN, locale),
                       sub.definition) for sub in theme.subthemes)
    return ShownTheme(
        theme=theme, total=label(theme.participants, protection.total, locale),
        by_group={key: label(count, states[key], locale) for key, count in by_group.items()},
        subthemes=subthemes, has_bar=protection.total == SHOWN,
    )


def label(count: int, state: str, locale: str | None = None) -> str:
    """A count as text for its state: the number, "minder dan 5" or "niet getoond"."""
    if state == SMALL:
        return str(SMALL_LABEL)
    if state == SECOND:
        return str(HIDDEN)
    return number(count, locale)


def fill_summary(summary: str, interviews: ShownTable, participants: ShownTable) -> str:
    """The researcher's summary with {deelnemers}, {ouders}, … replaced by the shown counts."""
    tables = {"interviews": interviews, "participants": participants}

    def replace(match):
        table_name, group = PLACEHOLDERS[match.group(1).lower()]
        table = tables[table_name]
        text = table.total if group is None else table.by_group.get(group, str(SMALL_LABEL))
        return str(SOME) if text == str(HIDDEN) else text

    return re.sub(r"\{(" + "|".join(PLACEHOLDERS) + r")\}", replace, summary or "", flags=re.IGNORECASE)


NUMBER_WORDS = r"(?:[0-4]|nul|twee|drie|vier)"
PEOPLE_WORDS = (r"(?:ouders?|jongeren?|professionals?|deelnemers?|bewoners?|kinderen|kind|leerlingen?|gezinnen|"
                r"gezin|moeders?|vaders?|meisjes?|jongens?|mensen|personen)")
WRITTEN_COUNT = re.compile(rf"(?<![\w.,]){NUMBER_WORDS}\s+(?:\w+\s+)?{PEOPLE_WORDS}\b", re.IGNORECASE)


def written_small_counts(text: str) -> list[str]:
    """Counts below 5 of people, written out in a text ("3 professionals", "twee moeders")."""
    return list(dict.fromkeys(match.group(0) for match in WRITTEN_COUNT.finditer(text or "")))
