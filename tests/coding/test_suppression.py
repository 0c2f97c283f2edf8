"""No hidden count can be worked out from what the municipality reads: rows, totals, splits and sentences.

The attacker here reads only the shown text and knows the rule: "minder dan 5" is 0..4, "niet getoond" is
5 or more, and every split adds up to its total. For each hidden cell a linear program (scipy, HiGHS) finds
the smallest and largest value it can have; the tables' sums make the optimum whole, so a hidden cell is
given away exactly when both are the same.
"""

import math

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.optimize import linprog

from coding.reports.data import ReportData, Theme
from coding.reports.shown import fill_summary, shown_report, shown_table, shown_theme

SMALL, HIDDEN = "minder dan 5", "niet getoond"
GROUPS = ("ouder", "jongere", "professional")


def reader_range(text: str) -> tuple:
    """What a reader knows of one cell from its text."""
    if text == SMALL:
        return 0, 4
    if text == HIDDEN:
        return 5, math.inf
    return int(text.replace(".", "")), int(text.replace(".", ""))


def recomputable(total_text: str, lines: list[list[str]]) -> list[str]:
    """The hidden cells (and the total) a reader can work out exactly from the shown texts."""
    cells = [("totaal", reader_range(total_text))] + [
        (f"regel {n}, cel {m}", reader_range(text)) for n, line in enumerate(lines) for m, text in enumerate(line)]
    equations, index = [], 1
    for line in lines:
        row = np.zeros(len(cells))
        row[0] = -1
        row[index:index + len(line)] = 1
        equations.append(row)
        index += len(line)
    bounds = [(low, None if high == math.inf else high) for _name, (low, high) in cells]
    found = []
    for position, (name, (low, high)) in enumerate(cells):
        if low == high:
            continue
        goal = np.zeros(len(cells))
        goal[position] = 1
        least = linprog(goal, A_eq=np.array(equations), b_eq=np.zeros(len(lines)), bounds=bounds, method="highs")
        most = linprog(-goal, A_eq=np.array(equations), b_eq=np.zeros(len(lines)), bounds=bounds, method="highs")
        assert least.status == 0, "the shown table must be consistent"
        if most.status == 0 and round(least.fun) == round(-most.fun):
            found.append(name)
    return found


counts = st.integers(min_value=0, max_value=40)


@st.composite
def splits(draw):
    """Counts per group, and the same people split over one to three wijken."""
    by_group = {group: draw(counts) for group in GROUPS}
    total = sum(by_group.values())
    cuts = sorted(draw(st.lists(st.integers(0, total), max_size=2)))
    edges = [0, *cuts, total]
    by_wijk = {f"wijk {n}": edges[n + 1] - edges[n] for n in range(len(edges) - 1)}
    return total, by_group, by_wijk


@settings(max_examples=300, deadline=None)
@given(splits())
def test_no_hidden_cell_of_a_reach_table_can_be_worked_out(split):
    total, by_group, by_wijk = split
    table = shown_table(total, by_group, by_wijk)
    lines = [list(table.by_group.values()), list(table.by_wijk.values())]
    assert recomputable(table.total, lines) == []
    for key, count in {**by_group, **by_wijk}.items():
        shown = {**table.by_group, **table.by_wijk}[key]
        assert shown in (SMALL, HIDDEN) or (int(shown) == count and count >= 5)


@settings(max_examples=300, deadline=None)
@given(st.dictionaries(st.sampled_from(GROUPS), counts, min_size=1))
def test_no_hidden_cell_of_a_theme_can_be_worked_out(by_group):
    theme = shown_theme(Theme("Thema", participants=sum(by_group.values()), by_group=by_group))
    assert recomputable(theme.total, [list(theme.by_group.values())]) == []
    assert theme.has_bar == (theme.total not in (SMALL, HIDDEN))


@settings(max_examples=200, deadline=None)
@given(splits())
def test_sentences_use_the_same_hidden_cells_as_the_tables(split):
    total, by_group, _by_wijk = split
    table = shown_table(total, by_group, {})
    text = fill_summary("{deelnemers}: {ouders} ouders, {jongeren} jongeren, {professionals} professionals.",
                        table, table)
    for group, word in zip(GROUPS, ("ouders", "jongeren", "professionals"), strict=True):
        shown = table.by_group[group]
        expected = "een aantal" if shown == HIDDEN else shown
        assert f"{expected} {word}" in text
        if shown in (SMALL, HIDDEN):
            assert f" {by_group[group]} {word}" not in text


def test_the_seghwaert_table_from_the_issue_hides_a_second_cell():
    table = shown_table(31, {"ouder": 18, "jongere": 10, "professional": 3}, {"Seghwaert": 31})
    assert table.total == "31"
    assert table.by_group == {"ouder": "18", "jongere": HIDDEN, "professional": SMALL}
    assert recomputable(table.total, [list(table.by_group.values()), list(table.by_wijk.values())]) == []


def test_a_total_that_gives_a_hidden_cell_away_is_hidden_too():
    # 0 + 5: hiding the 5 as well still leaves one answer (0 and 5), so the total goes too.
    table = shown_table(5, {"ouder": 5, "jongere": 0}, {"A": 5})
    assert table.total == HIDDEN
    assert set(table.by_group.values()) <= {SMALL, HIDDEN}


def test_the_report_counts_come_from_one_decision():
    data = ReportData(project_name="P", interviews=33, participants_by_group={"ouder": 18, "jongere": 10,
                                                                               "professional": 3},
                      interviews_by_group={"ouder": 19, "jongere": 11, "professional": 3},
                      participants_by_wijk={"Seghwaert": 31}, interviews_by_wijk={"Seghwaert": 33},
                      summary="We spraken {deelnemers} mensen, onder wie {professionals} professionals.")
    shown = shown_report(data)
    assert shown.summary == "We spraken 31 mensen, onder wie minder dan 5 professionals."
    assert shown.interviews.by_group["professional"] == SMALL
    assert shown.interviews.by_group["jongere"] == HIDDEN
