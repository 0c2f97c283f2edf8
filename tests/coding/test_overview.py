"""Journey 4: the municipality's overview counts participants per theme and shows nothing identifiable."""

import re

import pytest
from lxml import html

from coding.findings_page import bar_class
from coding.privacy import shown_count
from coding.releases import release_report
from coding.reports.data import Theme
from coding.reports.shown import shown_table, shown_theme
from tests.coding.builders import sign_in
from tests.coding.findings_world import (
    APPROVED_QUOTE,
    CANDIDATE_QUOTE,
    DRAFT_QUOTE,
    UNAPPROVED_TEXT,
    WITHDRAWN_QUOTE,
    build_findings,
)

BASE = "/p/seghwaert-proef"
SMALL = "minder dan 5"


@pytest.fixture
def overview(client, db, world):
    findings = build_findings(db, world)
    release_report(db, world.project, world.researcher)
    db.commit()
    sign_in(client, db, world.municipality)
    response = client.get(f"{BASE}/bevindingen")
    assert response.status_code == 200
    return findings, response.get_data(as_text=True)


def theme_rows(page):
    rows = html.fromstring(page).xpath('//table[contains(@class, "theme-table")]/tbody/tr')
    return {row.xpath("./th")[0].text_content().strip(): [td.text_content().strip() for td in row.xpath("./td")]
            for row in rows}


def test_participants_are_counted_once_per_theme_with_sub_themes_rolled_up(overview):
    _findings, page = overview
    rows = theme_rows(page)
    # 5 parents (via the sub-theme; one has three fragments) and 2 young people; columns: total, ouder,
    # jongere, professional. Counting fragments would give 10; the withdrawn and unfinished do not count.
    assert rows["School als ingang"] == ["7", "5", SMALL, SMALL]
    assert rows["Drempel om hulp te vragen"] == [SMALL, SMALL, SMALL, SMALL]
    assert "Mentor (deelnemers: 5)" in " ".join(html.fromstring(page).text_content().split())


def test_the_overview_shows_no_answer_text_no_participant_code_and_only_approved_quotes(overview, world):
    findings, page = overview
    assert APPROVED_QUOTE in page
    assert world.segment.quote_text in page
    for hidden in (UNAPPROVED_TEXT, CANDIDATE_QUOTE, WITHDRAWN_QUOTE, DRAFT_QUOTE, world.answer.text,
                   world.segment.text, "Mijn mentor helpt mij echt"):
        assert hidden not in page
    for code in findings.participant_codes:
        assert code not in page
    assert not re.search(r"SG-\d", page)


def test_the_overview_shows_key_figures_and_interviews(overview):
    _findings, page = overview
    figures = " ".join(html.fromstring(page).xpath('//ul[@class="key-figures"]')[0].text_content().split())
    assert "8 gesprekken" in figures  # world's interview + 7 counted; withdrawn and unfinished left out
    assert "1 sleutelfiguur" in figures
    assert "Ouders 6" in figures and f"Jongeren {SMALL}" in figures


def test_bars_grow_with_the_count_but_small_counts_get_one_short_bar():
    assert bar_class(10, 10) == "bar-100"
    assert bar_class(5, 10) == "bar-50"
    assert bar_class(4, 10) == bar_class(1, 10) == "bar-small"


def test_suppression_is_one_pure_rule():
    assert [shown_count(n) for n in (0, 1, 4, 5, 12)] == [SMALL, SMALL, SMALL, "5", "12"]
    # One small part next to a shown total could be worked out by subtraction: hide one more.
    def split(total, by_group):
        theme = shown_theme(Theme("T", participants=total, by_group=by_group))
        return theme.total, theme.by_group

    assert split(14, {"ouder": 5, "jongere": 6, "professional": 3}) == (
        "14", {"ouder": "niet getoond", "jongere": "6", "professional": SMALL})
    assert split(3, {"ouder": 2, "jongere": 1}) == (SMALL, {"ouder": SMALL, "jongere": SMALL, "professional": SMALL})


def test_who_took_part_hides_a_second_number_too():
    table = shown_table(31, {"ouder": 18, "jongere": 10, "professional": 3}, {"Seghwaert": 31})
    assert (table.total, table.by_group) == ("31", {"ouder": "18", "jongere": "niet getoond", "professional": SMALL})
