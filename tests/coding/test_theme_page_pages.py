"""The theme page shows its fragments 50 at a time, and reads (decrypts) only the 50 it shows."""

import pytest
from lxml import html

from coding.analysis import PAGE_SIZE, segments_for_code_page
from research import crypto
from tests import factories
from tests.coding.builders import add_answer, sign_in

BASE = "/p/seghwaert-proef"
MORE = 119  # with the world's own fragment: 120 fragments, three pages (50, 50, 20)


@pytest.fixture
def theme(db, world):
    """The world's theme on 120 fragments, in participant order: the world's, then "Fragment 1" … "Fragment 119"."""
    for number in range(1, MORE + 1):
        answer = add_answer(db, world, f"Fragment {number} over de drempel.")
        factories.make_segment(db, answer, world.code, end=len(f"Fragment {number}"))
    db.commit()
    return world.code


def _texts(page) -> list[str]:
    return [node.text_content() for node in page.xpath('//*[contains(@class, "segment-text")]')]


def _get(client, code, query=""):
    response = client.get(f"{BASE}/codeboek/{code.id}{query}")
    assert response.status_code == 200
    return html.fromstring(response.get_data(as_text=True))


def test_page_two_shows_fragments_51_to_100_with_links_both_ways(client, db, world, theme):
    sign_in(client, db, world.researcher)
    page = _get(client, theme, "?pagina=2")
    assert _texts(page) == [f"Fragment {n}" for n in range(50, 100)]  # items 51-100: the world's is item 1
    assert page.xpath('//a[@rel="prev"]/@href')[0].endswith("pagina=1")
    assert page.xpath('//a[@rel="next"]/@href')[0].endswith("pagina=3")
    assert "120 fragmenten" in page.text_content()
    assert "51–100 van 120" in page.text_content()


def test_the_first_page_shows_50_and_the_last_the_rest(client, db, world, theme):
    sign_in(client, db, world.researcher)
    first, last = _get(client, theme), _get(client, theme, "?pagina=3")
    assert len(_texts(first)) == PAGE_SIZE and not first.xpath('//a[@rel="prev"]')
    assert _texts(last) == [f"Fragment {n}" for n in range(100, 120)] and not last.xpath('//a[@rel="next"]')


def test_a_page_past_the_end_shows_the_last_page_and_says_so(client, db, world, theme):
    sign_in(client, db, world.researcher)
    page = _get(client, theme, "?pagina=9")
    assert _texts(page)[0] == "Fragment 100"
    assert "Pagina 9 bestaat niet" in page.text_content()


@pytest.mark.parametrize("asked", ["abc", "0", "-3", "99999999999999999999999"])
def test_a_page_that_is_no_page_number_does_not_crash(client, db, world, theme, asked):
    sign_in(client, db, world.researcher)
    assert len(_texts(_get(client, theme, f"?pagina={asked}"))) in (PAGE_SIZE, 20)


def test_a_theme_without_fragments_has_one_empty_page(client, db, world):
    empty = factories.make_code(db, world.project, name="Leeg thema")
    db.commit()
    sign_in(client, db, world.researcher)
    page = _get(client, empty, "?pagina=2")
    assert _texts(page) == [] and "nog geen fragmenten" in page.text_content()


def test_only_the_page_shown_is_decrypted(app, db, world, theme, monkeypatch):
    calls = []
    original = crypto.Keyring.decrypt
    monkeypatch.setattr(crypto.Keyring, "decrypt", lambda self, stored: calls.append(1) or original(self, stored))
    db.expunge_all()  # read from the database, as a request does
    with app.test_request_context():
        found = segments_for_code_page(db, world.project, theme, 2)
    assert (found.number, found.pages, found.total, len(found.rows)) == (2, 3, 120, 50)
    assert len(calls) <= PAGE_SIZE + 1  # the 50 fragments (and the world's approved quote at most), not all 120
