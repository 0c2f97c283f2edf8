"""The capture screen in a real browser on a tablet: the autosave script saves while the key figure types."""

import socket
import threading

import pytest
from playwright.sync_api import expect
from sqlmodel import Session, select

from interviews import capture
from interviews.models import Answer
from research import create_app
from research.db import engine
from tests import factories
from tests.conftest import TEST_CONFIG

pytestmark = pytest.mark.e2e


@pytest.fixture
def live(db_path):
    """A live server on a free port with one draft interview; yields (base url, app, interview id)."""
    from werkzeug.serving import make_server

    app = create_app({**TEST_CONFIG, "SERVER_NAME": None, "DATABASE_URL": f"sqlite:///{db_path}"})
    with app.app_context(), Session(engine(), expire_on_commit=False) as db:
        project = factories.make_project(db, slug="tablet", code_prefix="SG")
        key_figure = factories.make_user(db, "sleutelfiguur", email="tablet@proef.nl")
        factories.add_member(db, key_figure, project, "sleutelfiguur")
        factories.make_guide(db, project)
        participant = factories.make_participant(db, project, created_by=key_figure)
        interview = capture.start_interview(db, project, key_figure, participant)
        db.commit()
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{port}", app, interview.id
    server.shutdown()
    thread.join()
    app.extensions["wijkstem.engine"].dispose()


def stored(app, interview_id):
    with app.app_context(), Session(engine()) as db:
        return [(a.text, a.version) for a in db.exec(select(Answer).where(Answer.interview_id == interview_id))]


def test_typing_is_saved_without_pressing_a_button(browser, live):
    base, app, interview_id = live
    # No service worker here: this test is about autosaving, and a worker still fetching when the page closes
    # would leave the threaded test server with a half-sent file.
    context = browser.new_context(viewport={"width": 768, "height": 1024}, service_workers="block")
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{base}/auth/inloggen")
    page.fill("input[name=email]", "tablet@proef.nl")
    page.fill("input[name=password]", factories.PASSWORD)
    page.click("main button[type=submit]")
    page.goto(f"{base}/p/tablet/gesprekken/{interview_id}/vraag/0")
    page.fill("textarea[name=text]", "De speeltuin is fijn.")
    expect(page.locator("input[name=version]")).to_have_value("1", timeout=8000)
    expect(page.locator("#save-status")).to_have_text("opgeslagen")
    assert stored(app, interview_id) == [("De speeltuin is fijn.", 1)]

    # Typing on and pressing "Volgende" while that save is on its way: the form waits for it, no conflict.
    page.fill("textarea[name=text]", "De speeltuin is fijn, maar 's avonds onveilig.")
    page.wait_for_timeout(1550)
    page.click("button[value=volgende]")
    page.wait_for_url(f"**/gesprekken/{interview_id}/vraag/1")
    assert stored(app, interview_id) == [("De speeltuin is fijn, maar 's avonds onveilig.", 2)]
    assert errors == []
    page.wait_for_load_state("networkidle")
    context.close()
