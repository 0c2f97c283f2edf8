"""Member checks offline, in real Chromium: a key figure answers an open check round without a network after one
online log-in; the answers survive a reload and reach the server once, or come back with a clear message."""

import re
import time
import uuid

import pytest
from playwright.sync_api import expect
from sqlmodel import select

from coding.cycle_models import CheckAnswer, CheckRound, CheckStatement
from research.models import Project
from research.timeutil import utcnow
from tests.e2e.conftest import TABLET, log_in
from tests.e2e.test_offline_first_minute import SLUG, fresh_key_figure

pytestmark = pytest.mark.e2e


def open_round(db) -> tuple[CheckRound, CheckStatement]:
    """An open check round of the demo project with one statement (the researcher's pages are tested elsewhere)."""
    project = db.exec(select(Project).where(Project.slug == SLUG)).one()
    check = CheckRound(project_id=project.id, title=f"Toetsen offline {uuid.uuid4().hex[:6]}", status="open",
                       opened_at=utcnow())
    db.add(check)
    db.flush()
    statement = CheckStatement(round_id=check.id, text="Ouders willen via school horen waar ze terechtkunnen")
    db.add(statement)
    db.commit()
    return check, statement


def wait_until_kept(page, path, seconds=40):
    check = f"caches.open('wijkstem-pages-v1').then(c => c.match('{path}')).then(Boolean)"
    deadline = time.monotonic() + seconds
    while not page.evaluate(check):
        assert time.monotonic() < deadline, f"the service worker did not keep {path} after log-in"
        page.wait_for_timeout(250)


def answer_offline(browser, live_server, live_db, check):
    user = fresh_key_figure(live_db)
    context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
    page = context.new_page()
    log_in(page, user.email)
    wait_until_kept(page, f"/p/{SLUG}/toetsen/{check.id}/antwoorden")
    wait_until_kept(page, f"/p/{SLUG}/toetsen")

    context.set_offline(True)  # no answer page was ever opened online
    page.goto(f"/p/{SLUG}/toetsen")
    page.get_by_role("link", name=check.title).click()
    page.get_by_role("radio", name="Ouder", exact=True).check()
    page.get_by_role("radio", name="Herken ik", exact=True).check()
    page.get_by_label("Opmerking (mag leeg blijven)").fill("Op school hoor ik er niets over.")
    page.get_by_role("button", name="Antwoorden opslaan").click()
    expect(page.locator("#check-notice")).to_contain_text("veilig op deze tablet")
    expect(page.locator("#sync-count")).to_have_text("1")
    page.reload()  # still offline: the page and the answers come from the tablet
    expect(page.get_by_role("radio", name="Herken ik", exact=True)).to_be_checked()
    expect(page.get_by_label("Opmerking (mag leeg blijven)")).to_have_value("Op school hoor ik er niets over.")
    return user, context, page


def test_a_check_answered_offline_reaches_the_server_once(browser, live_server, live_db):
    check, statement = open_round(live_db)
    user, context, page = answer_offline(browser, live_server, live_db, check)
    assert live_db.exec(select(CheckAnswer).where(CheckAnswer.statement_id == statement.id)).all() == []

    context.set_offline(False)
    expect(page.locator("#sync-count")).to_have_text("0", timeout=60000)
    expect(page.locator("#check-notice")).to_have_text("Dank u wel. Uw antwoorden zijn opgeslagen.")
    live_db.expire_all()
    stored = live_db.exec(select(CheckAnswer).where(CheckAnswer.statement_id == statement.id)).all()
    assert [(a.user_id, a.group, a.choice, a.comment) for a in stored] == [
        (user.id, "ouder", "herken_ik", "Op school hoor ik er niets over.")]
    context.close()


def test_answers_to_a_round_closed_meanwhile_come_back_with_a_message(browser, live_server, live_db):
    check, statement = open_round(live_db)
    _user, context, page = answer_offline(browser, live_server, live_db, check)
    live_db.expire_all()
    closing = live_db.get(CheckRound, check.id)
    closing.status = "gesloten"  # the researcher closed the round while the tablet was offline
    live_db.add(closing)
    live_db.commit()

    context.set_offline(False)
    expect(page.locator("#check-notice")).to_contain_text(re.compile("gesloten"), timeout=60000)
    live_db.expire_all()
    assert live_db.exec(select(CheckAnswer).where(CheckAnswer.statement_id == statement.id)).all() == []
    context.close()
