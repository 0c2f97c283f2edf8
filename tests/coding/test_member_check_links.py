"""Member checks by personal link: participants who agreed to be asked again answer the statements themselves."""

import re

from lxml import html
from sqlmodel import select

from coding.cycle_models import CheckAnswer, CheckLink
from interviews.models import Consent
from research.models import AuditEvent
from tests import factories
from tests.coding.builders import sign_in
from tests.coding.test_member_checks import BASE, STATEMENT, open_round, page_text, rows


def asked_again(db, world, language="nl", group="ouder", contact=True):
    """A participant whose consent says whether we may ask again."""
    participant = factories.make_participant(db, world.project, group=group, consent=False, created_by=world.key_figure)
    participant.language = language
    db.add(participant)
    db.add(Consent(participant_id=participant.id, letter_version="1.0", takes_part=True, quotes_allowed=False,
                   contact_allowed=contact, given_by="deelnemer", recorded_by_id=world.key_figure.id))
    db.commit()
    return participant


def made_links(client, check) -> dict:
    """Make the round's links as the signed-in researcher; participant code -> link path."""
    page = client.post(f"{BASE}/toetsen/{check.id}/links")
    assert page.status_code == 200, page.status_code
    tree = html.fromstring(page.get_data(as_text=True))
    found = {}
    for row in tree.xpath("//tbody/tr"):
        code = row.findall("td")[0].text_content().strip()
        found[code] = re.sub(r"^https?://[^/]+", "", row.xpath(".//input/@value")[0])
    return found


def test_the_key_figure_records_whether_we_may_ask_again(client, db, world, login):
    participant = factories.make_participant(db, world.project, consent=False, created_by=world.key_figure)
    db.commit()
    login(world.key_figure)
    url = f"/p/{world.project.slug}/deelnemers/{participant.id}/toestemming"
    assert "later vragen of de uitkomst klopt" in client.get(url).get_data(as_text=True)
    client.post(url, data={"letter_version": "1.0", "takes_part": "y", "contact_allowed": "y",
                           "given_by": "deelnemer"})
    [consent] = db.exec(select(Consent).where(Consent.participant_id == participant.id)).all()
    assert consent.contact_allowed and not consent.quotes_allowed


def test_links_are_made_only_for_participants_who_may_be_asked_again(client, db, world):
    yes, no = asked_again(db, world), asked_again(db, world, contact=False)
    check = open_round(client, db, world)
    round_page = page_text(client.get(f"{BASE}/toetsen/{check.id}"))
    assert "1 deelnemer heeft gezegd dat we later iets mogen vragen" in round_page
    links = made_links(client, check)
    assert set(links) == {yes.code} and no.code not in links and world.participant.code not in links
    db.expire_all()
    [stored] = db.exec(select(CheckLink)).all()
    assert stored.participant_id == yes.id and stored.token_hash not in links[yes.code]  # only the hash is kept
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "toetslinks_gemaakt")).first() is not None


def test_a_participant_answers_in_their_own_language_without_an_account(client, db, world):
    participant = asked_again(db, world, language="tr", group="jongere")
    check = open_round(client, db, world, text_tr="Veliler okuldan duymak istiyor")
    path = made_links(client, check)[participant.code]
    client.post("/auth/uitloggen")
    page = client.get(path)
    tree = html.fromstring(page.get_data(as_text=True))
    assert tree.get("lang") == "tr" and "Veliler okuldan duymak istiyor" in page_text(page)
    assert STATEMENT not in page_text(page) and tree.xpath("//button[@data-read-aloud]")
    [statement_id] = [int(name.split("_")[1]) for name in tree.xpath("//input[@type='radio']/@name")][:1]
    done = client.post(path, data={f"keuze_{statement_id}": "herken_ik_deels", f"opmerking_{statement_id}": "Biraz."})
    assert done.status_code == 200 and "<form" not in done.get_data(as_text=True)
    [given] = rows(db, CheckAnswer)
    assert (given.participant_id, given.user_id, given.group) == (participant.id, None, "jongere")
    assert (given.choice, given.comment) == ("herken_ik_deels", "Biraz.")
    again = client.post(path, data={f"keuze_{statement_id}": "herken_ik"})
    assert again.status_code == 200 and [a.choice for a in rows(db, CheckAnswer)] == ["herken_ik"]


def test_bad_answers_by_link_get_a_message_and_store_nothing(client, db, world):
    participant = asked_again(db, world)
    check = open_round(client, db, world)
    path = made_links(client, check)[participant.code]
    client.post("/auth/uitloggen")
    statement_id = html.fromstring(client.get(path).get_data(as_text=True)).xpath("//input[@type='radio']/@name")[0]
    odd = client.post(path, data={statement_id: "misschien"})
    assert odd.status_code == 400 and "herken ik, deels of niet" in page_text(odd)
    empty = client.post(path, data={})
    assert empty.status_code == 400 and "minstens één stelling" in page_text(empty)
    assert rows(db, CheckAnswer) == []


def test_a_link_stops_when_the_round_closes_or_new_links_are_made(client, db, world):
    participant = asked_again(db, world)
    check = open_round(client, db, world)
    first = made_links(client, check)[participant.code]
    second = made_links(client, check)[participant.code]
    assert first != second and client.get(first).status_code == 404
    client.post(f"{BASE}/toetsen/{check.id}/sluiten")
    client.post("/auth/uitloggen")
    closed = client.get(second)
    assert closed.status_code == 410 and "gesloten" in page_text(closed)
    posted = client.post(second, data={"keuze_1": "herken_ik"})
    assert posted.status_code == 410 and rows(db, CheckAnswer) == []


def test_a_participant_who_withdrew_can_no_longer_answer(client, db, world):
    participant = asked_again(db, world)
    check = open_round(client, db, world)
    path = made_links(client, check)[participant.code]
    participant.withdrawn_at = participant.created_at
    db.add(participant)
    db.commit()
    client.post("/auth/uitloggen")
    assert client.get(path).status_code == 410
    assert client.get("/toets/verzonnen-link").status_code == 404


def test_links_need_an_open_round_and_someone_to_ask(client, db, world):
    check = open_round(client, db, world)
    nobody = client.post(f"{BASE}/toetsen/{check.id}/links", follow_redirects=True)
    assert "Geen enkele deelnemer" in page_text(nobody) and rows(db, CheckLink) == []
    sign_in(client, db, world.key_figure)
    assert client.post(f"{BASE}/toetsen/{check.id}/links").status_code == 403
