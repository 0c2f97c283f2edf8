"""Offline on a real tablet browser: answers typed without a network reach the server once, in order."""

import re
import time

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from interviews.models import Answer, Interview
from tests.e2e.conftest import TABLET, log_in

pytestmark = pytest.mark.e2e
KEY_FIGURE = "kasia.nowak@demo.wijkstem.nl"
ANSWERS = [
    "De speeltuin is fijn, maar 's avonds onveilig.",
    "Ik ken de koffieochtend op school. Ik ga niet: ik werk dan.",
    "Met de juf en met mijn zus.",
]


def stored(db, interview_id):
    """(text, version, client id) of every answer row the server holds for this interview."""
    db.expire_all()
    query = select(Answer).where(Answer.interview_id == interview_id).order_by(Answer.question_id)
    return [(answer.text, answer.version, answer.client_id) for answer in db.exec(query)]


def start_interview(page):
    """Register a parent, record consent and open the first question, as a key figure does."""
    log_in(page, KEY_FIGURE)
    page.goto("/p/seghwaert/deelnemers/nieuw")
    page.get_by_role("radio", name="Ouder", exact=True).check()
    page.get_by_role("radio", name="26 tot en met 40 jaar").check()
    page.get_by_role("button", name="Inschrijven").click()
    page.get_by_label("De deelnemer doet mee aan het gesprek").check()
    page.get_by_role("button", name="Toestemming vastleggen").click()
    page.get_by_role("button", name="Gesprek beginnen").click()
    page.wait_for_url(re.compile(r"/gesprekken/\d+/vraag/0$"))
    return int(re.search(r"/gesprekken/(\d+)/", page.url).group(1))


def wait_until_kept(page, pages, seconds=30):
    """Wait until the service worker keeps this many interview pages on the tablet."""
    deadline = time.monotonic() + seconds
    while page.evaluate("caches.open('wijkstem-pages-v1').then(c => c.keys()).then(k => k.length)") < pages:
        assert time.monotonic() < deadline, "the service worker did not keep the interview pages"
        page.wait_for_timeout(200)


def type_answer(page, text):
    page.fill("textarea[name=text]", text)
    page.locator("textarea[name=text]").dispatch_event("input")


def test_answers_typed_offline_are_sent_once_when_the_network_returns(browser, live_server, live_db):
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    interview_id = start_interview(page)
    total = int(re.search(r"van (\d+)", page.locator(".capture-count").inner_text()).group(1))
    wait_until_kept(page, 2 * total + 3)  # every question, its read-along, the list, the overview, offline

    status, count = page.locator("#save-status"), page.locator("#sync-count")
    type_answer(page, ANSWERS[0])
    expect(page.locator("input[name=version]")).to_have_value("1", timeout=8000)  # the server took it
    expect(status).to_have_text("opgeslagen")

    context.set_offline(True)
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url("**/vraag/1")
    type_answer(page, ANSWERS[1])
    expect(count).to_have_text("1", timeout=8000)
    expect(status).to_have_text("offline")
    page.get_by_role("button", name="Volgende").click()
    page.wait_for_url("**/vraag/2")
    type_answer(page, ANSWERS[2])
    expect(count).to_have_text("2", timeout=8000)

    # Reload without a network: the page comes from the tablet, the typed text from the queue.
    page.reload()
    expect(page.locator("textarea[name=text]")).to_have_value(ANSWERS[2])
    expect(count).to_have_text("2")
    page.get_by_role("button", name="Vorige").click()
    page.wait_for_url("**/vraag/1?terug=1")
    expect(page.locator("textarea[name=text]")).to_have_value(ANSWERS[1])
    assert [text for text, _v, _c in stored(live_db, interview_id)] == ANSWERS[:1]

    # Logging out now would lose two answers: the tablet warns and stays logged in.
    page.get_by_role("button", name="Uitloggen").click()
    expect(page.get_by_role("button", name="Toch uitloggen")).to_be_visible()
    page.get_by_role("button", name="Niet uitloggen").click()
    # Finishing now would shut the door on them: the overview (kept on the tablet) says to wait.
    page.get_by_role("button", name="Opslaan en naar het overzicht").click()
    page.wait_for_url("**/afronden")
    page.get_by_role("button", name="Gesprek afronden").click()
    expect(page.locator("#sync-problem")).to_contain_text("Er wachten nog antwoorden")
    assert live_db.get(Interview, interview_id).status == "concept"
    page.go_back()
    page.wait_for_url("**/vraag/1*")

    # The first reply after the network returns is lost on the way back: the retry must not double it.
    lost = []

    def lose_first_reply(route):
        if not lost:
            lost.append(route.fetch().status)  # the server stores it ...
            route.abort()  # ... but the tablet never hears back
        else:
            route.continue_()

    page.route("**/opslaan", lose_first_reply)
    context.set_offline(False)
    expect(count).to_have_text("0", timeout=20000)
    expect(status).to_have_text("opgeslagen")
    assert lost == [200]

    rows = stored(live_db, interview_id)
    assert [text for text, _v, _c in rows] == ANSWERS  # every answer, each exactly once ...
    assert [version for _t, version, _c in rows] == [1, 1, 1]  # ... written once: the lost reply was a repeat
    assert len({client for _t, _v, client in rows}) == 3

    # With everything sent, logging out wipes the tablet's copies.
    page.unroute("**/opslaan")
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url("**/auth/inloggen")
    assert page.evaluate("caches.keys()") == []
    assert "wijkstem-offline" not in [db["name"] for db in page.evaluate("indexedDB.databases()")]
    assert errors == []
    context.close()
    assert_researcher_reads_each_answer_once(browser, live_server, interview_id)


def assert_researcher_reads_each_answer_once(browser, live_server, interview_id):
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    log_in(page, "onderzoeker@demo.wijkstem.nl")
    page.goto(f"/p/seghwaert/gesprekken/{interview_id}")
    shown = page.locator(".answer-text").all_inner_texts()
    assert shown == ANSWERS
    context.close()


def test_every_key_figure_page_warns_before_logging_out_with_unsent_answers(browser, live_server, live_db):
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    interview_id = start_interview(page)
    page.route("**/opslaan", lambda route: route.abort())  # the server cannot be reached for a while
    type_answer(page, ANSWERS[0])
    expect(page.locator("#sync-count")).to_have_text("1", timeout=8000)

    for address in ("/p/seghwaert/deelnemers", "/"):  # pages outside the interview itself
        page.goto(address)
        expect(page.locator("#sync-count")).to_have_text("1")
        page.get_by_role("button", name="Uitloggen").click()
        expect(page.get_by_role("button", name="Toch uitloggen")).to_be_visible(timeout=10000)
        page.get_by_role("button", name="Niet uitloggen").click()
        assert "/auth/inloggen" not in page.url

    page.unroute("**/opslaan")
    page.goto("/p/seghwaert/deelnemers")  # the network is back: any key-figure page sends the queue
    expect(page.locator("#save-status")).to_have_text("opgeslagen", timeout=20000)
    expect(page.locator("#sync-count")).to_have_text("0")
    assert [text for text, _v, _c in stored(live_db, interview_id)] == ANSWERS[:1]
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_url("**/auth/inloggen")
    context.close()
