"""The member check in the report: statements with exact counts, and how readers see them. Pure.

Counts are stored exact (like themes); what is shown comes from `shown_check`, suppressed below 5 with the
report's complementary suppression (coding.disclosure): the choices and the groups split the same total,
so they are protected together. A choice x group table is not shown: protect() covers splits of one total.
"""

from dataclasses import dataclass, field

from coding.disclosure import protect
from coding.reports.data import all_groups
from coding.reports.shown import label

CHOICE_ORDER = ("herken_ik", "herken_ik_deels", "herken_ik_niet")


@dataclass(frozen=True)
class CheckRow:
    """One statement of a closed check round, with its answers counted per choice and per group."""

    round: str
    statement: str
    theme: str = ""
    answers: int = 0
    by_choice: dict = field(default_factory=dict)
    by_group: dict = field(default_factory=dict)


@dataclass(frozen=True)
class ShownCheck:
    row: CheckRow
    total: str
    by_choice: dict
    by_group: dict


def all_choices(by_choice: dict) -> dict:
    """The three choices in a fixed order (0 when absent)."""
    return {choice: by_choice.get(choice, 0) for choice in CHOICE_ORDER}


def shown_check(row: CheckRow, locale: str | None = None) -> ShownCheck:
    """A statement's counts as readers see them."""
    choices, groups = all_choices(row.by_choice), all_groups(row.by_group)
    protection = protect(row.answers, [choices, groups])
    choice_state, group_state = protection.lines
    return ShownCheck(
        row=row, total=label(row.answers, protection.total, locale),
        by_choice={key: label(n, choice_state[key], locale) for key, n in choices.items()},
        by_group={key: label(n, group_state[key], locale) for key, n in groups.items()},
    )


def tally(statement_answers) -> tuple[dict, dict]:
    """Counts per choice and per group of (choice, group) pairs."""
    by_choice: dict = {}
    by_group: dict = {}
    for choice, group in statement_answers:
        by_choice[choice] = by_choice.get(choice, 0) + 1
        by_group[group] = by_group.get(group, 0) + 1
    return by_choice, by_group
