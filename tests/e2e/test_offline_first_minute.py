"""Offline from the first minute, in real Chromium: after one online log-in a key figure registers a participant,
records consent and holds a whole conversation without a network; later the server holds each of them once."""

import re
import time
import uuid

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from interviews.models import Answer, Consent, Interview, Participant
from research.models import Project, User
from research.roles import Role
from research.users import add_membership, create_user
from tests.e2e.conftest import DEMO_PASSWORD, TABLET, log_in

pytestmark = pytest.mark.e2e
SLUG = "seghwaert"
SHELL = f"/p/{SLUG}/offline/gesprek"
DEMO_KEY_FIGURE = "sleutelfiguur@demo.wijkstem.nl"
DEMO_PROJECT = "Zoeter-Meer stem: opvoeden en opgroeien in Seghwaert"


def fresh_key_figure(db, locale=None) -> object:
    """A key figure of the demo project with nothing of their own yet, so counts are exact."""
    project = db.exec(select(Project).where(Project.slug == SLUG)).one()
    user = create_user(db, f"offline-{uuid.uuid4().hex[:8]}@demo.wijkstem.nl", DEMO_PASSWORD, Role.KEY_FIGURE,
                       "Nieuwe sleutelfiguur")
    user.locale = locale
    add_membership(db, user, project, Role.KEY_FIGURE)
    db.commit()
    return user


def wait_until_kept_at_log_in(page, seconds=40):
    """Wait until the service worker keeps the offline page and its script (it does so right after log-in)."""
    check = (f"Promise.all([caches.open('wijkstem-pages-v1').then(c => c.match('{SHELL}')),"
             " caches.open('wijkstem-assets-v1').then(c => c.match('/static/js/offline-capture.js'))])"
             ".then(hits => hits.every(Boolean))")
    deadline = time.monotonic() + seconds
    while not page.evaluate(check):
        assert time.monotonic() < deadline, "the service worker did not keep the offline page after log-in"
        page.wait_for_timeout(250)


def lose_first_reply(page, pattern):
    """The server stores the first post to this address, but the tablet never hears back (it sends it again)."""
    lost = []

    def handler(route):
        if not lost:
            lost.append(route.fetch().status)
            route.abort()
        else:
            route.continue_()

    page.route(pattern, handler)
    return lost


def answer_text(position):
    return f"Antwoord {position + 1}: de speeltuin is fijn, maar 's avonds is het er donker."


def visible_answer(page):
    return page.locator("#step-question textarea:visible")


def test_register_consent_and_a_whole_conversation_without_a_network(browser, live_server, live_db):
    user = live_db.exec(select(User).where(User.email == DEMO_KEY_FIGURE)).one()  # the demo's own key figure
    had = ids(live_db, Participant, Participant.created_by_id == user.id)  # the demo's participants, and
    held = ids(live_db, Interview, Interview.key_figure_id == user.id)     # those of other tests before this one
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    log_in(page, user.email)
    wait_until_kept_at_log_in(page)

    # Offline before any participant page was ever opened: the way a key figure goes still works.
    context.set_offline(True)
    page.get_by_role("link", name=DEMO_PROJECT, exact=True).click()  # not a later round of it
    page.get_by_role("link", name="Nieuw gesprek").click()
    page.get_by_role("link", name=re.compile("Nieuwe deelnemer")).click()
    expect(page.get_by_role("heading", name="Nieuwe deelnemer")).to_be_visible()

    page.get_by_role("radio", name="Ouder", exact=True).check()
    page.get_by_role("radio", name="26 tot en met 40 jaar").check()
    page.get_by_role("button", name="Inschrijven").click()
    page.wait_for_url(re.compile(r"/offline/gesprek\?d="))
    page.get_by_label("De deelnemer doet mee aan het gesprek").check()
    page.get_by_role("button", name="Toestemming vastleggen").click()
    page.get_by_role("button", name="Gesprek beginnen").click()

    total = int(page.locator("#offline-app").get_attribute("data-total"))
    assert total == 17  # the demo guide
    for position in range(total):
        expect(page.locator("#offline-count")).to_have_text(f"vraag {position + 1} van {total}")
        visible_answer(page).fill(answer_text(position))
        if position == total // 2:  # a reload halfway: the page and the typed text come from the tablet
            page.wait_for_timeout(500)
            page.reload()
            expect(visible_answer(page)).to_have_value(answer_text(position))
        page.get_by_role("button", name=re.compile("^(Volgende|Naar het einde)")).click()

    expect(page.get_by_role("heading", name="Overzicht van het gesprek")).to_be_visible()
    page.reload()  # everything is still on the tablet
    expect(page.locator("#offline-overview .answer-text")).to_have_text([answer_text(p) for p in range(total)])
    count = page.locator("#sync-count")
    expect(count).to_have_text(str(3 + total))  # participant, consent, interview and every answer wait
    assert stored_participants(live_db, user, had) == []

    lost = [lose_first_reply(page, "**/offline/deelnemer"), lose_first_reply(page, "**/offline/gesprek/beginnen"),
            lose_first_reply(page, "**/offline/antwoord")]
    context.set_offline(False)
    expect(count).to_have_text("0", timeout=90000)
    expect(page.locator("#save-status")).to_have_text("opgeslagen")
    assert lost == [[200], [200], [200]]  # each first reply was lost, so each of those steps was sent twice

    participants = stored_participants(live_db, user, had)
    assert len(participants) == 1 and (participants[0].group, participants[0].age_band) == ("ouder", "26-40")
    consents = live_db.exec(select(Consent).where(Consent.participant_id == participants[0].id)).all()
    assert [(c.takes_part, c.given_by) for c in consents] == [(True, "deelnemer")]
    interviews = live_db.exec(select(Interview).where(Interview.key_figure_id == user.id,
                                                      Interview.id.not_in(held))).all()
    assert len(interviews) == 1 and interviews[0].participant_id == participants[0].id
    answers = live_db.exec(select(Answer).where(Answer.interview_id == interviews[0].id)
                           .order_by(Answer.question_id)).all()
    assert [a.text for a in answers] == [answer_text(p) for p in range(total)]  # every answer, exactly once
    assert {a.version for a in answers} == {1}  # written once: the resent answer was a repeat

    # With everything on the server, the overview leads to the server's own page to finish.
    expect(page.locator(".offline-who").first).to_have_text(participants[0].code)
    page.get_by_role("link", name="Naar het gesprek om af te ronden").click()
    page.wait_for_url(f"**/gesprekken/{interviews[0].id}/afronden")
    with page.expect_navigation():
        page.get_by_role("button", name="Gesprek afronden").click()
    live_db.expire_all()
    assert live_db.get(Interview, interviews[0].id).status == "afgerond"
    assert errors == []
    context.close()


def ids(db, model, *where) -> list[int]:
    return list(db.exec(select(model.id).where(*where)))


def stored_participants(db, user, had):
    """The participants of this key figure the server holds now and did not hold before."""
    db.expire_all()
    return db.exec(select(Participant).where(Participant.created_by_id == user.id,
                                             Participant.id.not_in(had))).all()


def test_a_page_never_kept_says_there_is_no_connection_instead_of_the_browser_error(browser, live_server, live_db):
    user = fresh_key_figure(live_db)
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    log_in(page, user.email)
    wait_until_kept_at_log_in(page)
    context.set_offline(True)
    page.goto(f"/p/{SLUG}/deelnemers/999999")
    expect(page.get_by_role("heading", name="Geen verbinding")).to_be_visible()
    page.goto(f"/p/{SLUG}/deelnemers/nieuw")  # "Nieuwe deelnemer" opens the offline form
    expect(page.get_by_role("button", name="Inschrijven")).to_be_visible()
    context.close()


def register_offline(page):
    """Offline: 'Nieuwe deelnemer', consent and 'Gesprek beginnen' on the offline page; its draft address."""
    page.goto(f"/p/{SLUG}/deelnemers/nieuw")
    page.get_by_role("radio", name="Jongere", exact=True).check()
    page.get_by_role("radio", name="16 of 17 jaar").check()
    page.get_by_role("button", name="Inschrijven").click()
    page.wait_for_url(re.compile(r"/offline/gesprek\?d="))
    page.get_by_label("De deelnemer doet mee aan het gesprek").check()
    page.get_by_role("button", name="Toestemming vastleggen").click()
    page.get_by_role("button", name="Gesprek beginnen").click()
    return page.url


def answer_up_to(page, first, last):
    for position in range(first, last):
        expect(page.locator("#offline-count")).to_contain_text(f"vraag {position + 1} van")
        visible_answer(page).fill(answer_text(position))
        page.get_by_role("button", name=re.compile("^(Volgende|Naar het einde)")).click()
    expect(page.locator("#offline-count")).to_contain_text(f"vraag {last + 1} van")


def flush_twice(page):
    """Sync started twice at once on this page, on top of the one the 'online' event starts."""
    page.evaluate("Promise.all([window.WijkstemSync.flush(), window.WijkstemSync.flush()])")


def stored(db, user):
    """What the server holds of this key figure: participants, consents, interviews, answer texts."""
    db.expire_all()
    people = db.exec(select(Participant).where(Participant.created_by_id == user.id)).all()
    consents = db.exec(select(Consent).where(Consent.participant_id.in_([p.id for p in people]))).all()
    interviews = db.exec(select(Interview).where(Interview.key_figure_id == user.id)).all()
    answers = db.exec(select(Answer).where(Answer.interview_id.in_([i.id for i in interviews]))
                      .order_by(Answer.question_id)).all()
    return len(people), len(consents), len(interviews), [a.text for a in answers]


def test_two_tabs_and_going_online_twice_send_each_step_once(browser, live_server, live_db):
    user = fresh_key_figure(live_db)
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    first = context.new_page()
    errors = []
    first.on("pageerror", lambda error: errors.append(str(error)))
    log_in(first, user.email)
    wait_until_kept_at_log_in(first)

    context.set_offline(True)
    draft = register_offline(first)
    answer_up_to(first, 0, 3)
    second = context.new_page()  # the same conversation in a second tab: two pages that both send
    second.on("pageerror", lambda error: errors.append(str(error)))
    second.goto(draft)
    expect(visible_answer(second)).to_be_visible()
    counts = [first.locator("#sync-count"), second.locator("#sync-count")]
    expect(counts[1]).to_have_text(str(3 + 3))  # participant, consent, interview, three answers

    context.set_offline(False)  # online the first time: both tabs start sending at once
    flush_twice(first)
    flush_twice(second)
    for count in counts:
        expect(count).to_have_text("0", timeout=60000)
    assert stored(live_db, user) == (1, 1, 1, [answer_text(p) for p in range(3)])

    context.set_offline(True)  # offline again: two more answers, then online the second time
    answer_up_to(first, 3, 5)
    expect(counts[0]).to_have_text("2")
    context.set_offline(False)
    flush_twice(second)
    flush_twice(first)
    for count in counts:
        expect(count).to_have_text("0", timeout=60000)
    assert stored(live_db, user) == (1, 1, 1, [answer_text(p) for p in range(5)])

    context.set_offline(True)  # and once more with nothing waiting: nothing new on the server
    context.set_offline(False)
    flush_twice(first)
    first.reload()
    expect(counts[0]).to_have_text("0")
    assert stored(live_db, user) == (1, 1, 1, [answer_text(p) for p in range(5)])
    assert errors == []
    context.close()


def test_offline_the_texts_are_in_the_key_figures_language(browser, live_server, live_db):
    user = fresh_key_figure(live_db, locale="en")
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="en-GB")
    page = context.new_page()
    log_in(page, user.email)
    wait_until_kept_at_log_in(page)
    context.set_offline(True)
    page.goto(f"/p/{SLUG}/deelnemers/nieuw")
    expect(page.get_by_role("heading", name="New participant")).to_be_visible()
    page.get_by_role("button", name="Register").click()  # nothing chosen: the script's message, in English
    expect(page.locator("#offline-participant .error").first).to_have_text("Choose a group.")
    page.locator("input[name=group][value=ouder]").check()
    page.locator("input[name=age_band][value='26-40']").check()
    page.get_by_role("button", name="Register").click()
    page.wait_for_url(re.compile(r"/offline/gesprek\?d="))
    expect(page.locator("#step-consent .offline-who")).to_have_text(
        "new participant (the code follows once there is a connection)")
    page.locator("#offline-consent input[name=takes_part]").check()
    page.get_by_role("button", name="Record consent").click()
    page.get_by_role("button", name="Start conversation").click()
    expect(page.locator("#offline-count")).to_have_text("question 1 of 17")
    expect(page.locator("#sync-count")).to_have_text("3")

    page.goto("/p/een-ander-project/deelnemers")  # a project this tablet never kept: a plain page, in English
    expect(page.get_by_role("heading", name="No connection")).to_be_visible()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    context.close()
