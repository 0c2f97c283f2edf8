"""Quotes that identify no one: rules, the project's own names and first names are highlighted; rules are scrubbed."""

import pytest
from lxml import html

from coding.models import Segment
from coding.pii import (
    BSN,
    EMAIL,
    IBAN,
    NAME,
    PHONE,
    POSTCODE,
    STREET,
    TERM,
    find_risks,
    first_names,
    is_bsn,
    is_iban,
)
from coding.quotes import scrub
from tests import factories
from tests.coding.builders import add_answer, sign_in

BASE = "/p/seghwaert-proef"


def kinds(text, terms=()):
    return [(risk.kind, risk.text) for risk in find_risks(text, terms)]


@pytest.mark.parametrize("text, expected", [
    ("Bel 06-12345678 gerust.", (PHONE, "06-12345678")),
    ("Mijn nummer is +31 6 98765432.", (PHONE, "+31 6 98765432")),
    ("Of 070 123 45 67 op school.", (PHONE, "070 123 45 67")),
    ("Mail j.devries@example.nl even.", (EMAIL, "j.devries@example.nl")),
    ("We wonen in 2711 AB sinds kort.", (POSTCODE, "2711 AB")),
    ("Hij woont op de Dorpsstraat 12 hier.", (STREET, "Dorpsstraat 12")),
    ("Nummer 111222333 staat op de brief.", (BSN, "111222333")),
    ("Stort op NL91 ABNA 0417 1643 00 aub.", (IBAN, "NL91 ABNA 0417 1643 00")),
    ("Toen zei Jeroen dat het goed was.", (NAME, "Jeroen")),
])
def test_each_rule_finds_what_can_identify_someone(text, expected):
    assert kinds(text) == [expected]


def test_checksums_and_ordinary_words_are_not_flagged():
    assert not is_bsn("123456789") and is_bsn("111222333")
    assert is_iban("NL91ABNA0417164300") and not is_iban("NL92ABNA0417164300")
    assert kinds("In 2015 en 2016 ging het mis. Ben je er? Ik ben er.") == []
    assert kinds("Ik sprak met Ben van school.") == [(NAME, "Ben")]
    assert {"Jeroen", "Sanne", "Fatma", "Mohammed"} <= first_names()


def test_the_projects_own_names_are_found_in_any_case():
    assert kinds("Mijn zoon zit op de klaverhof.", ["De Klaverhof"]) == [(TERM, "de klaverhof")]


def test_scrub_removes_addresses_and_iban_too():
    assert scrub("Dorpsstraat 12, NL91 ABNA 0417 1643 00, Jeroen.") == "[…], […], Jeroen."


def test_the_quote_page_highlights_risky_words_and_the_names_list_adds_its_own(client, db, world):
    answer = add_answer(db, world, "Juf Sanne van De Klaverhof belde 06-12345678.")
    segment = factories.make_segment(db, answer, world.code, coder=world.researcher)
    db.commit()
    sign_in(client, db, world.researcher)
    url = f"{BASE}/fragmenten/{segment.id}/citaat"
    marked = html.fromstring(client.get(url).get_data(as_text=True)).xpath("//blockquote//mark[@class='pii']/text()")
    assert marked == ["Sanne", "06-12345678"]
    response = client.post(f"{BASE}/rapport/namen", data={"school": "De Klaverhof\nde klaverhof\n", "wijk": "",
                                                           "organisatie": "Wijkteam Noord"})
    assert response.status_code == 302
    page = client.get(f"{BASE}/rapport/namen").get_data(as_text=True)
    assert page.count("De Klaverhof") == 1 and "Wijkteam Noord" in page
    marked = html.fromstring(client.get(url).get_data(as_text=True)).xpath("//blockquote//mark[@class='pii']/text()")
    assert marked == ["Sanne", "De Klaverhof", "06-12345678"]


def test_approval_is_refused_until_each_flagged_name_is_redacted_or_marked_as_no_name(client, db, world):
    answer = add_answer(db, world, "Juf Sanne helpt ons. Ook Roos van de overkant.")
    segment = factories.make_segment(db, answer, world.code, coder=world.researcher)
    db.commit()
    sign_in(client, db, world.researcher)
    url = f"{BASE}/fragmenten/{segment.id}/citaat"
    response = client.post(url, data={"text": "Juf Sanne helpt ons. Ook Roos van de overkant.", "approve": "1"})
    page = html.fromstring(response.get_data(as_text=True))
    assert "Er staan nog namen in het citaat: Sanne, Roos." in page.text_content()
    assert page.xpath("//fieldset//input[@name='geen_naam']/@value") == ["Sanne", "Roos"]
    db.expire_all()
    assert db.get(Segment, segment.id).quote_status != "goedgekeurd"
    response = client.post(url, data={"text": "Juf [naam] helpt ons. Ook Roos van de overkant.", "approve": "1"})
    assert "Er staan nog namen in het citaat: Roos." in html.fromstring(response.get_data(as_text=True)).text_content()
    response = client.post(url, data={"text": "Juf [naam] helpt ons. Ook Roos van de overkant.", "approve": "1",
                                      "geen_naam": "Roos"})
    assert response.status_code == 302
    db.expire_all()
    stored = db.get(Segment, segment.id)
    assert stored.quote_status == "goedgekeurd"
    assert stored.quote_text == "Juf [naam] helpt ons. Ook Roos van de overkant."


def test_a_quote_in_other_words_than_the_answer_is_refused_and_nothing_changes(client, db, world):
    sign_in(client, db, world.researcher)
    url = f"{BASE}/fragmenten/{world.segment.id}/citaat"
    before = world.segment.quote_text
    for text in ("De drempel om hulp te vragen is laag.", "Mijn eigen woorden.", "[naam]"):
        response = client.post(url, data={"text": text, "approve": "1"})
        assert response.status_code == 200
        assert "Een citaat bevat alleen woorden van de deelnemer." in response.get_data(as_text=True)
    db.expire_all()
    assert db.get(Segment, world.segment.id).quote_text == before
