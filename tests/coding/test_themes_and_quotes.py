"""Journey 3: answers per theme (sub-themes roll up) and approving quotes for the report."""

import pytest
from lxml import html
from sqlmodel import select

from coding.errors import CodingError
from coding.models import Segment
from coding.quotes import approve_quote, scrub
from interviews.models import Consent, Interview
from tests import factories
from tests.coding.builders import add_answer, audit_events, participant_of, sign_in

BASE = "/p/seghwaert-proef"


def test_a_theme_page_lists_its_segments_and_those_of_its_sub_themes(client, db, world):
    sub = factories.make_code(db, world.project, name="Wachttijd", parent=world.code)
    other = factories.make_code(db, world.project, name="Veiligheid")
    jongere = add_answer(db, world, "Je wacht maanden op een indicatie.", group="jongere")
    factories.make_segment(db, jongere, sub, start=0, end=19, coder=world.researcher)
    elsewhere = add_answer(db, world, "Op straat is het 's avonds onrustig.")
    factories.make_segment(db, elsewhere, other, coder=world.researcher)
    db.commit()
    sign_in(client, db, world.researcher)

    page = client.get(f"{BASE}/codeboek/{world.code.id}").get_data(as_text=True)
    items = html.fromstring(page).xpath('//li[contains(@class, "segment-item")]')
    texts = [item.xpath('.//blockquote[@class="segment-text"]')[0].text for item in items]
    assert sorted(texts) == sorted([world.segment.text, "Je wacht maanden op"])
    jongere_item = items[texts.index("Je wacht maanden op")].text_content()
    assert participant_of(db, jongere).code in jongere_item
    assert "Jongere" in jongere_item and "Wachttijd" in jongere_item
    assert "onrustig" not in page

    sub_page = client.get(f"{BASE}/codeboek/{sub.id}").get_data(as_text=True)
    assert "Je wacht maanden op" in sub_page and world.segment.text not in sub_page


def test_opening_a_theme_page_is_audited(client, db, world):
    sign_in(client, db, world.researcher)
    client.get(f"{BASE}/codeboek/{world.code.id}")
    [event] = audit_events(db, "antwoorden_bekeken")
    assert (event.object_type, event.object_id) == ("code", str(world.code.id))


@pytest.fixture
def candidate(db, world):
    """A coded segment without a quote yet, with an e-mail address in it."""
    answer = add_answer(db, world, "Mail mij op jan@example.nl, de school belt nooit terug.")
    segment = factories.make_segment(db, answer, world.code, coder=world.researcher)
    db.commit()
    return segment


def reload(db, segment):
    db.expire_all()
    return db.get(Segment, segment.id)


def test_the_quote_starts_scrubbed_and_is_approved_with_who_and_when(client, db, world, candidate):
    sign_in(client, db, world.researcher)
    page = client.get(f"{BASE}/fragmenten/{candidate.id}/citaat").get_data(as_text=True)
    assert "Mail mij op […], de school belt nooit terug." in page
    response = client.post(f"{BASE}/fragmenten/{candidate.id}/citaat?thema={world.code.id}", data={
        "text": "De school belt nooit terug.", "approve": "Opslaan en goedkeuren", "code_id": str(world.code.id)})
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/codeboek/{world.code.id}")
    segment = reload(db, candidate)
    assert (segment.quote_status, segment.quote_text) == ("goedgekeurd", "De school belt nooit terug.")
    assert segment.quote_approved_by_id == world.researcher.id and segment.quote_approved_at is not None


def test_saving_scrubs_and_a_changed_text_needs_approval_again(client, db, world, candidate):
    sign_in(client, db, world.researcher)
    url = f"{BASE}/fragmenten/{candidate.id}/citaat"
    client.post(url, data={"text": "De school belt nooit terug.", "approve": "1"})
    assert reload(db, candidate).quote_status == "goedgekeurd"
    client.post(url, data={"text": "Mail mij op jan@example.nl, de school belt nooit terug.", "save": "1"})
    segment = reload(db, candidate)
    assert (segment.quote_status, segment.quote_text) == ("kandidaat", "Mail mij op […], de school belt nooit terug.")
    assert segment.quote_approved_by_id is None


def test_withdrawing_approval_keeps_the_text(client, db, world):
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/fragmenten/{world.segment.id}/citaat", data={"text": "x", "withdraw": "1"})
    segment = reload(db, world.segment)
    assert (segment.quote_status, segment.quote_approved_by_id) == ("kandidaat", None)
    assert segment.quote_text == "De drempel om hulp te vragen is hoog."


def test_an_empty_quote_is_refused(client, db, world, candidate):
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/fragmenten/{candidate.id}/citaat", data={"text": "   ", "approve": "1"})
    assert response.status_code == 200
    assert reload(db, candidate).quote_status == ""


def test_no_approval_without_consent_for_quotes(db, world, candidate):
    interview = db.exec(select(Interview).where(Interview.id != world.interview.id)).first()
    consent = db.exec(select(Consent).where(Consent.participant_id == interview.participant_id)).one()
    consent.quotes_allowed = False
    db.add(consent)
    db.flush()
    with pytest.raises(CodingError, match="toestemming"):
        approve_quote(db, candidate, world.researcher, "De school belt nooit terug.")
    assert candidate.quote_status != "goedgekeurd"


def test_scrub_removes_what_identifies_and_keeps_the_rest():
    text = "Mail a.b@c.nl of bel +31 6 1234 5678, ik woon in 2711 AB. BSN 123456789. Mijn zoon is 12."
    assert scrub(text) == "Mail […] of bel […], ik woon in […]. BSN […]. Mijn zoon is 12."
