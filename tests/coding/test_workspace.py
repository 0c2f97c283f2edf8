"""The coding workspace: group by question or interview, combinable filters, and search on lemmas."""

from types import SimpleNamespace

import pytest
from lxml import html

from coding.search import find_matches, keyword_in_context, query_terms, search_answers, tokens_of
from coding.workspace import Filters
from interviews.models import Interview
from tests import factories
from tests.coding.builders import add_answer, audit_events, participant_of, sign_in

BASE = "/p/seghwaert-proef"


@pytest.fixture
def spread(db, world):
    """Answers from a parent in another wijk, a young person via a second key figure, and an uncoded parent."""
    other_key_figure = factories.make_user(db, "sleutelfiguur", email="tweede.sleutel@proef.nl",
                                           display_name="Fatima")
    factories.add_member(db, other_key_figure, world.project, "sleutelfiguur")
    young = add_answer(db, world, "Mijn kindje gaat graag naar de mentor.", group="jongere")
    db.get(Interview, young.interview_id).key_figure_id = other_key_figure.id
    wijk = add_answer(db, world, "In Palenstein zijn de kinderen vaak buiten.")
    participant_of(db, wijk).wijk = "Palenstein"
    open_answer = add_answer(db, world, "Nog niemand heeft dit gecodeerd.", question=world.questions[1])
    db.commit()
    return SimpleNamespace(young=young, wijk=wijk, open=open_answer, key_figure=other_key_figure)


def listed_answer_ids(page) -> list[int]:
    doc = html.fromstring(page)
    return [int(a.get("href").rsplit("/", 1)[1]) for a in doc.xpath('//section[@class="question-group"]//tbody//a')]


def test_filters_combine_and_show_as_removable_chips(client, db, world, spread):
    sign_in(client, db, world.researcher)
    assert sorted(listed_answer_ids(client.get(f"{BASE}/coderen").get_data(as_text=True))) == sorted(
        [world.answer.id, spread.young.id, spread.wijk.id, spread.open.id])
    assert listed_answer_ids(client.get(f"{BASE}/coderen?groep=jongere").get_data(as_text=True)) == [spread.young.id]
    assert listed_answer_ids(client.get(f"{BASE}/coderen?wijk=Palenstein").get_data(as_text=True)) == [spread.wijk.id]
    page = client.get(f"{BASE}/coderen?sleutelfiguur={spread.key_figure.id}").get_data(as_text=True)
    assert listed_answer_ids(page) == [spread.young.id]
    assert listed_answer_ids(client.get(f"{BASE}/coderen?code={world.code.id}").get_data(as_text=True)) == [
        world.answer.id]
    page = client.get(f"{BASE}/coderen?groep=ouder&toon=open").get_data(as_text=True)
    assert sorted(listed_answer_ids(page)) == sorted([spread.wijk.id, spread.open.id])
    chips = html.fromstring(page).xpath('//ul[@class="chips"]//a')
    assert [c.text_content().strip() for c in chips] == ["Groep: Ouders ×", "Nog niet gecodeerd ×",
                                                         "Alle filters weghalen"]
    assert chips[0].get("href") == f"{BASE}/coderen?toon=open"  # removing one chip keeps the other filter
    assert chips[1].get("href") == f"{BASE}/coderen?groep=ouder"


def test_answers_can_be_grouped_by_interview(client, db, world, spread):
    sign_in(client, db, world.researcher)
    doc = html.fromstring(client.get(f"{BASE}/coderen?per=gesprek").get_data(as_text=True))
    headings = [h.text_content() for h in doc.xpath('//section[@class="question-group"]/h2')]
    assert len(headings) == 4
    assert any(participant_of(db, spread.young).code in h and "Jongere · Fatima" in h for h in headings)
    assert doc.xpath('//a[@aria-current]|//span[@aria-current="page"]')[1].text == "Per gesprek"


def test_malformed_filter_values_are_ignored():
    filters = Filters.from_args({"code": "1 OR 1=1", "per": "iets", "toon": "alles", "groep": "ouder"})
    assert (filters.code, filters.per, filters.toon, filters.groep) == ("", "vraag", "", "ouder")
    assert filters.args(q="kind") == {"groep": "ouder", "q": "kind"}


TEXT = "Één café. Mijn kindje speelt graag, maar de drempel om hulp te vragen is hoog voor alle kinderen hier."


def test_search_matches_lemmas_and_offsets_are_code_points():
    hits = search_answers([SimpleNamespace(id=1, text=TEXT)], "kinderen")[1]
    assert [(h.match, TEXT[h.start:h.end]) for h in hits] == [("kindje", "kindje"), ("kinderen", "kinderen")]
    assert hits[0].start == TEXT.index("kindje")  # "Één" and "é" are one code point each
    assert hits[0].before == "Één café. Mijn "


def test_a_phrase_matches_across_stop_words_and_stop_word_queries_still_work():
    tokens = tokens_of(TEXT)
    [(start, end)] = find_matches(tokens, query_terms(tokens_of("hulp vragen")))
    assert TEXT[start:end] == "hulp te vragen"
    assert [TEXT[s:e] for s, e in find_matches(tokens, query_terms(tokens_of("de")))] == ["de"]
    assert search_answers([SimpleNamespace(id=1, text=TEXT)], "  ") == {}


def test_context_is_about_forty_characters_cut_at_words():
    text = "a" * 10 + " " + "woord " * 20 + "kind" + " woord" * 20
    start = text.index("kind")
    hit = keyword_in_context(text, start, start + 4)
    assert hit.before.startswith("… ") and hit.after.endswith(" …")
    assert 30 <= len(hit.before) <= 44 and 30 <= len(hit.after) <= 44
    assert hit.before.endswith("woord ") and hit.after.startswith(" woord")


def test_search_page_shows_highlighted_hits_with_links_and_is_audited(client, db, world, spread):
    sign_in(client, db, world.researcher)
    page = client.get(f"{BASE}/coderen/zoeken?q=kinderen&groep=ouder").get_data(as_text=True)
    doc = html.fromstring(page)
    assert [m.text for m in doc.xpath('//p[@class="kwic"]/mark')] == ["kinderen"]  # the young person's is filtered
    assert doc.xpath(f'//a[@href="{BASE}/coderen/{spread.wijk.id}"]')
    [event] = audit_events(db, "antwoorden_bekeken")
    assert "kinder" not in event.detail
    page = client.get(f"{BASE}/coderen/zoeken?q=kinderen").get_data(as_text=True)
    assert [m.text for m in html.fromstring(page).xpath("//mark")] == ["kindje", "kinderen"]
    assert "Niets gevonden" in client.get(f"{BASE}/coderen/zoeken?q=fietsenstalling").get_data(as_text=True)
