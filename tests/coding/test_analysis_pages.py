"""Analysis for researchers: frequencies counting participants, co-occurrence, quotes, emerging themes."""

from lxml import html

from coding.charts import short_label, stacked_bars
from coding.crosstab import CodingRow, cooccurrence, frequencies, heat_class, pair, strongest_pairs
from coding.emerging import collocations, distinctive_words
from tests import factories
from tests.coding.builders import add_answer, audit_events, sign_in
from tests.coding.findings_world import APPROVED_QUOTE, CANDIDATE_QUOTE, build_findings

BASE = "/p/seghwaert-proef"
# code 1 is a theme with sub-code 2; code 3 another theme. Participant 10 (ouder) says code 2 twice.
ROWS = [
    CodingRow(2, 100, 1000, 10, "ouder", "Seghwaert", 7),
    CodingRow(2, 101, 1001, 10, "ouder", "Seghwaert", 7),
    CodingRow(3, 101, 1001, 10, "ouder", "Seghwaert", 7),
    CodingRow(1, 102, 1002, 11, "jongere", "Palenstein", 8),
    CodingRow(3, 103, 1002, 11, "jongere", "Palenstein", 8),
]
PARENTS = {1: None, 2: 1, 3: None}


def test_frequencies_count_each_participant_once_and_roll_sub_codes_up():
    table = frequencies(ROWS, PARENTS, "group")
    assert (table[2][""].people, table[2][""].fragments) == (1, 2)
    assert (table[1][""].people, table[1][""].fragments) == (2, 3)  # its own fragment plus the sub-code's two
    assert {key: (cell.people, cell.fragments) for key, cell in table[1].items()} == {
        "": (2, 3), "ouder": (1, 2), "jongere": (1, 1)}
    assert set(frequencies(ROWS, PARENTS, "key_figure_id")[3]) == {"", "7", "8"}


def test_cooccurrence_by_segment_and_by_answer():
    by_segment, by_answer = cooccurrence(ROWS, "segment"), cooccurrence(ROWS, "answer")
    assert pair(by_segment, 3, 2) == 1 and pair(by_segment, 1, 3) == 0
    assert pair(by_answer, 1, 3) == 1 and pair(by_answer, 2, 3) == 1
    assert by_segment[(2, 2)] == 2
    assert strongest_pairs(by_answer) == [(1, 3, 1), (2, 3, 1)]
    assert [heat_class(v, 4) for v in (0, 1, 2, 4)] == ["heat-0", "heat-1", "heat-2", "heat-5"]


def test_stacked_bars_scale_to_the_longest_bar_and_shorten_long_labels():
    chart = stacked_bars([("School als ingang", {"ouder": 3, "jongere": 1}, 4), ("Kort", {"ouder": 2}, 2)],
                         [("ouder", "Ouders"), ("jongere", "Jongeren")], width=500, label_width=100)
    first, second = chart.rows
    assert [(p.css_class, p.value) for p in first.parts] == [("series-0", 3), ("series-1", 1)]
    assert sum(p.width for p in first.parts) == 360 and second.parts[0].width == 180
    assert first.parts[1].x == first.parts[0].x + first.parts[0].width
    assert short_label("Samenwerking tussen school en jeugdhulp in de wijk", 20) == "Samenwerking tussen…"


def test_analysis_page_counts_participants_and_draws_svg_without_inline_styles(client, db, world):
    findings = build_findings(db, world)
    sign_in(client, db, world.researcher)
    response = client.get(f"{BASE}/analyse")
    page = response.get_data(as_text=True)
    doc = html.fromstring(page)
    assert "style=" not in page and "<script" not in page
    svg = doc.xpath("//svg[contains(@class, 'bar-chart')]")[0]
    assert svg.get("role") == "img"
    labels = ["".join(t.xpath("./text()")) for t in svg.xpath(".//text[@class='bar-label']")]
    assert labels == ["Drempel om hulp te vragen", "School als ingang"]
    row = doc.xpath("//table[contains(@class,'frequency-table')]//tr[.//a[contains(., 'School als ingang')]]")[0]
    cells = [" ".join(td.text_content().split()) for td in row.xpath("./td")]
    assert cells == ["7 (10)", "5 (8)", "2 (2)"]  # participants (fragments): total, ouders, jongeren
    heat = doc.xpath("//table[contains(@class,'heatmap')]//td[contains(@class,'heat-')]")
    assert heat and {td.get("class") for td in heat} <= {f"heat-{n}" for n in range(6)} | {"heat-self"}
    by_answer = client.get(f"{BASE}/analyse?per=sleutelfiguur&samen=antwoord").get_data(as_text=True)
    assert "sleutel@proef.nl" in by_answer
    assert findings.theme.name in by_answer


def test_quotes_per_code_show_approved_and_candidate_quotes_and_are_audited(client, db, world):
    build_findings(db, world)
    sign_in(client, db, world.researcher)
    page = client.get(f"{BASE}/analyse/citaten").get_data(as_text=True)
    assert APPROVED_QUOTE in page and CANDIDATE_QUOTE in page
    assert "Citaat van iemand die zich terugtrok." not in page
    assert audit_events(db, "antwoorden_bekeken")


def test_distinctive_words_prefer_what_uncoded_answers_say_more_often():
    open_docs = [["wachtlijst", "lang", "school"], ["wachtlijst", "jeugdhulp"], ["wachtlijst", "lang"],
                 ["school"]]
    rest_docs = [["school", "juf"], ["school", "mentor"], ["school", "juf", "lang"]]
    words = [term.text for term in distinctive_words(open_docs, rest_docs)]
    assert words[0] == "wachtlijst" and "school" not in words and "jeugdhulp" not in words  # once is not enough
    pairs = collocations(open_docs + [["wachtlijst", "lang"]], rest_docs)
    assert [(p.text, p.count, p.answers) for p in pairs] == [("wachtlijst lang", 3, 3)]


def test_emerging_themes_page_offers_to_make_a_theme_that_prefills_the_form(client, db, world):
    for n in range(3):
        add_answer(db, world, f"De wachtlijsten voor jeugdhulp zijn veel te lang, zegt ouder {n}.")
    coded = add_answer(db, world, "De school is fijn en de juf is aardig.")
    factories.make_segment(db, coded, world.code, coder=world.researcher)
    db.commit()
    sign_in(client, db, world.researcher)
    doc = html.fromstring(client.get(f"{BASE}/analyse/nieuwe-themas").get_data(as_text=True))
    words = [a.text for a in doc.xpath("//table//th[@scope='row']/a")]
    assert "wachtlijst" in words and "jeugdhulp" in words and "school" not in words
    make = doc.xpath("//a[contains(., 'Maak hier een thema van')]")[words.index("wachtlijst")].get("href")
    form = html.fromstring(client.get(make).get_data(as_text=True))
    assert form.xpath("//input[@name='name']")[0].get("value") == "Wachtlijst"
    assert form.xpath("//textarea[@name='keywords']")[0].text_content().strip() == "wachtlijst"
