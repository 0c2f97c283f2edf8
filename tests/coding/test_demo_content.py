"""The demo content is consistent: guide, codebook, interviews, codings, quotes and planted PII."""

import re
from collections import Counter, defaultdict
from datetime import date
from itertools import combinations

import pytest

from coding.demo import content

GROUPS = {"ouder", "jongere", "professional"}
AGE_BANDS = {
    "ouder": {"26-40", "41-55", "56+"},
    "jongere": {"12-15", "16-17", "18-25"},
    "professional": {"26-40", "41-55", "56+"},
}
LANGUAGES = {"nl", "tr", "ar", "pl", "en"}
STATUSES = {"afgerond", "concept"}
HEX = re.compile(r"^#[0-9a-f]{6}$")


def _walk(themes, parent=None):
    for theme in themes:
        yield theme, parent
        yield from _walk(theme.get("children", []), theme)


def _top_level_of():
    top = {}
    for theme in content.THEMES:
        for node, _parent in _walk([theme]):
            top[node["name"]] = theme["name"]
    return top


def _question_keys():
    return [q["key"] for section in content.GUIDE for q in section["questions"]]


def _finished():
    return [iv for iv in content.INTERVIEWS if iv["status"] == "afgerond"]


def _contrast_with_white(hex_colour):
    def channel(value):
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    lum = 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
    return 1.05 / (lum + 0.05)


def test_project_and_key_figures():
    project = content.PROJECT
    assert project["slug"] == "seghwaert"
    assert project["wijk"] in project["wijken"]
    assert date.fromisoformat(project["period_start"]) < date.fromisoformat(project["period_end"])
    assert len(content.KEY_FIGURES) == 4
    emails = [kf["email"] for kf in content.KEY_FIGURES]
    assert emails[0] == "sleutelfiguur@demo.wijkstem.nl"
    assert len(set(emails)) == len(emails)
    assert all(e.endswith("@demo.wijkstem.nl") for e in emails)


def test_guide_has_six_sections_and_15_to_18_unique_open_questions():
    assert len(content.GUIDE) == 6
    keys = _question_keys()
    assert 15 <= len(keys) <= 18
    assert len(set(keys)) == len(keys)
    assert len({s["key"] for s in content.GUIDE}) == 6
    for section in content.GUIDE:
        assert section["title"] and section["intro"]
        for question in section["questions"]:
            assert question["text"].endswith("?")
            assert 1 <= len(question["probes"]) <= 3
            assert question["note"]


def test_codebook_has_enough_themes_and_sub_themes_with_unique_names():
    names = [node["name"] for node, _ in _walk(content.THEMES)]
    assert len(names) == len(set(names))
    assert len(content.THEMES) >= 10
    with_children = [t for t in content.THEMES if 2 <= len(t["children"]) <= 3]
    assert len(with_children) >= 4
    for node, _parent in _walk(content.THEMES):
        assert HEX.match(node["colour"]), node["name"]
        assert _contrast_with_white(node["colour"]) >= 4.5, node["name"]
        assert node["definition"] and node["include"] and node["exclude"]
        assert 4 <= len(node["keywords"]) <= 10, node["name"]


def test_interview_volume_and_groups():
    interviews = content.INTERVIEWS
    assert len(interviews) >= 30
    groups = Counter(iv["group"] for iv in interviews)
    assert set(groups) == GROUPS
    assert 2 <= sum(iv["status"] == "concept" for iv in interviews) <= 3


def test_interview_metadata_is_consistent():
    start = date.fromisoformat(content.PROJECT["period_start"])
    end = date.fromisoformat(content.PROJECT["period_end"])
    for iv in content.INTERVIEWS:
        assert iv["group"] in GROUPS
        assert iv["age_band"] in AGE_BANDS[iv["group"]]
        assert iv["wijk"] in content.PROJECT["wijken"]
        assert iv["language"] in LANGUAGES
        assert 0 <= iv["key_figure"] < len(content.KEY_FIGURES)
        assert iv["status"] in STATUSES
        assert start <= date.fromisoformat(iv["date"]) <= end


def test_every_answer_belongs_to_a_guide_question():
    keys = set(_question_keys())
    for iv in content.INTERVIEWS:
        assert set(iv["answers"]) <= keys
        assert all(text.strip() for text in iv["answers"].values())


def test_finished_interviews_answer_at_least_80_percent_and_drafts_stop_halfway():
    total = len(_question_keys())
    for iv in content.INTERVIEWS:
        if iv["status"] == "afgerond":
            assert len(iv["answers"]) >= 0.8 * total
            assert 3 <= len(iv["codings"]) <= 8
        else:
            assert len(iv["answers"]) < 0.8 * total


def test_codings_are_exact_fragments_with_known_themes():
    names = set(_top_level_of())
    for iv in content.INTERVIEWS:
        for coding in iv["codings"]:
            answer = iv["answers"][coding["question"]]
            assert coding["fragment"] and coding["fragment"] in answer
            assert 1 <= len(coding["themes"]) <= 2
            assert set(coding["themes"]) <= names


def test_every_top_level_theme_is_coded_in_at_least_five_interviews():
    top = _top_level_of()
    seen = defaultdict(set)
    for number, iv in enumerate(content.INTERVIEWS):
        for coding in iv["codings"]:
            for name in coding["themes"]:
                seen[top[name]].add(number)
    for theme in content.THEMES:
        assert len(seen[theme["name"]]) >= 5, theme["name"]
    counts = sorted((len(v) for v in seen.values()), reverse=True)
    assert all(c >= 15 for c in counts[:4])


def test_sub_themes_are_coded_too():
    used = {name for iv in content.INTERVIEWS for c in iv["codings"] for name in c["themes"]}
    sub_themes = {node["name"] for node, parent in _walk(content.THEMES) if parent is not None}
    assert len(used & sub_themes) >= len(sub_themes) * 0.8


def test_about_one_in_three_codings_has_an_approved_quote():
    codings = [c for iv in content.INTERVIEWS for c in iv["codings"]]
    quotes = [c for c in codings if c["quote"] is not None]
    assert 0.25 <= len(quotes) / len(codings) <= 0.45
    assert all(q["quote"].strip() for q in quotes)


@pytest.mark.parametrize("planted", content.PLANTED_PII)
def test_planted_pii_is_only_in_raw_answers(planted):
    answers = [text for iv in content.INTERVIEWS for text in iv["answers"].values()]
    assert any(planted in text for text in answers)
    quotes = [c["quote"] for iv in content.INTERVIEWS for c in iv["codings"] if c["quote"]]
    assert not any(planted in quote for quote in quotes)
    assert planted not in content.SUMMARY
    assert not any(planted in text for text in content.IMPROVEMENTS.values())


def test_fragments_with_planted_pii_are_scrubbed_in_their_quote():
    scrubbed = 0
    for iv in content.INTERVIEWS:
        for coding in iv["codings"]:
            if coding["quote"] and any(p in coding["fragment"] for p in content.PLANTED_PII):
                assert "[" in coding["quote"]
                scrubbed += 1
    assert scrubbed >= 3


def test_summary_and_improvements():
    paragraphs = content.SUMMARY.split("\n\n")
    assert 2 <= len(paragraphs) <= 3
    top_names = {t["name"] for t in content.THEMES}
    assert len(content.IMPROVEMENTS) >= 6
    assert set(content.IMPROVEMENTS) <= top_names


def test_no_two_interviews_share_more_than_two_identical_answers():
    for a, b in combinations(content.INTERVIEWS, 2):
        shared = set(a["answers"].values()) & set(b["answers"].values())
        assert len(shared) <= 2
