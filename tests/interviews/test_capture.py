"""Journey 2, the conversation: one question per screen, saved at every step, resumed, finished."""

import re

import pytest
from sqlmodel import select

from interviews import capture
from interviews.errors import ConsentMissing, InterviewError, InterviewFinished, NotFound, StaleAnswer
from interviews.models import Answer, Consent, Interview
from research.models import AuditEvent
from research.roles import Role
from research.timeutil import utcnow
from tests import factories


def answers(db, interview):
    db.expire_all()
    rows = db.exec(select(Answer).where(Answer.interview_id == interview.id)).all()
    return {row.question_id: row.text for row in rows}


def fresh(db, interview):
    """The interview as the database has it now."""
    db.expire_all()
    return db.get(Interview, interview.id)


def withdraw(db, participant_id):
    for consent in db.exec(select(Consent).where(Consent.participant_id == participant_id)):
        consent.withdrawn_at = utcnow()
        db.add(consent)
    db.commit()


def url(world, interview, rest=""):
    return f"/p/{world.project.slug}/gesprekken/{interview.id}{rest}"


# Services

def test_start_uses_the_current_guide_and_resumes_an_open_draft(db, world, draft):
    assert (draft.guide_id, draft.key_figure_id, draft.status, draft.position) == (
        world.guide.id, world.key_figure.id, "concept", 0)
    participant = capture.participant_of(db, draft)
    assert capture.start_interview(db, world.project, world.key_figure, participant).id == draft.id


def test_no_interview_and_no_answer_without_valid_consent(db, world, draft):
    no_consent = factories.make_participant(db, world.project, consent=False, created_by=world.key_figure)
    with pytest.raises(ConsentMissing):
        capture.start_interview(db, world.project, world.key_figure, no_consent)
    withdraw(db, draft.participant_id)
    with pytest.raises(ConsentMissing):
        capture.save_answer(db, draft, 0, "Dit mag niet bewaard worden.")
    assert answers(db, draft) == {}


def test_answers_are_saved_with_versions_and_a_stale_write_is_refused(db, world, draft):
    question = world.questions[0]
    assert capture.save_answer(db, draft, 0, "Eerste versie", expected_version=0).version == 1
    assert capture.save_answer(db, draft, 0, "Tweede versie", expected_version=1).version == 2
    assert capture.save_answer(db, draft, 0, "Tweede versie", expected_version=1).version == 2  # same text
    with pytest.raises(StaleAnswer):
        capture.save_answer(db, draft, 0, "Van een ander apparaat", expected_version=1)
    db.commit()
    assert answers(db, draft) == {question.id: "Tweede versie"}


def test_skipping_stores_nothing_and_clearing_keeps_an_empty_answer(db, world, draft):
    assert capture.save_answer(db, draft, 1, "   \r\n ").version == 0
    assert answers(db, draft) == {}
    capture.save_answer(db, draft, 1, "Met de juf.\r\nEn met de buurvrouw.")
    capture.save_answer(db, draft, 1, "")
    db.commit()
    assert answers(db, draft) == {world.questions[1].id: ""}


def test_answer_length_limit_counts_characters(app, db, world, draft):
    app.config["MAX_ANSWER_CHARS"] = 10
    capture.save_answer(db, draft, 0, "ééééé\r\nééé\r\n")  # 10 characters once line breaks count as one
    with pytest.raises(InterviewError, match="hoogstens 10 tekens") as error:
        capture.save_answer(db, draft, 0, "x" * 11)
    assert error.value.field == "text"
    db.commit()
    assert answers(db, draft) == {world.questions[0].id: "ééééé\nééé\n"}


def test_a_finished_interview_takes_no_more_answers(db, world):
    with pytest.raises(InterviewFinished):
        capture.save_answer(db, world.interview, 1, "Nog iets vergeten")
    assert answers(db, world.interview) == {world.questions[0].id: world.answer.text}


def test_move_goes_on_and_stale_positions_are_not_found(db, world, draft):
    capture.save_answer(db, draft, 0, "Fijn")
    assert capture.move(db, draft, 0, capture.NEXT) == 1
    assert capture.move(db, draft, 1, capture.PREVIOUS) == 0
    assert capture.move(db, draft, 0, capture.OVERVIEW) == 2
    assert capture.move(db, draft, 0, capture.PREVIOUS) == 0
    with pytest.raises(NotFound):
        capture.screen_at(db, draft, 2)
    with pytest.raises(NotFound):
        capture.screen_at(db, draft, -1)


def test_visibility_of_interviews(db, world, draft):
    colleague = factories.make_user(db, "sleutelfiguur")
    with pytest.raises(NotFound):
        capture.interview_for(db, world.project, colleague, Role.KEY_FIGURE, draft.id)
    with pytest.raises(NotFound):
        capture.interview_for(db, world.other_project, world.researcher, Role.RESEARCHER, draft.id)
    assert capture.interview_for(db, world.project, world.researcher, Role.RESEARCHER, draft.id).id == draft.id
    assert capture.interviews_for(db, world.project, world.municipality, Role.MUNICIPALITY) == []


# Through the pages

def test_one_question_per_screen_saving_each_answer_and_resuming(client, db, world, login):
    login(world.key_figure)
    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    db.commit()
    start = client.post(f"/p/{world.project.slug}/deelnemers/{participant.id}/gesprek")
    interview = db.exec(select(Interview).where(Interview.participant_id == participant.id)).one()
    assert start.status_code == 302 and start.headers["Location"].endswith(url(world, interview, "/vraag/0"))

    page = client.get(url(world, interview, "/vraag/0")).get_data(as_text=True)
    assert "vraag 1 van 2" in page and "Wat vindt u fijn aan de wijk?" in page
    assert "Kunt u een voorbeeld geven?" in page and "Neem de tijd." in page  # probe and note
    assert "Met wie praat u" not in page  # one question per screen
    assert 'name="go" value="vorige"' not in page  # no way back from the first question

    step = client.post(url(world, interview, "/vraag/0"), data={"text": "De speeltuin.", "version": "0",
                                                               "go": "volgende"})
    assert step.headers["Location"].endswith(url(world, interview, "/vraag/1"))
    assert answers(db, interview) == {world.questions[0].id: "De speeltuin."}

    stop = client.post(url(world, interview, "/vraag/1"), data={"text": "Met de juf.", "go": "stoppen"})
    assert stop.headers["Location"].endswith(f"/p/{world.project.slug}/gesprekken")
    assert fresh(db, interview).position == 1
    listing = client.get(f"/p/{world.project.slug}/gesprekken").get_data(as_text=True)
    assert url(world, interview, "/vraag/1") in listing and "Verder bij vraag 2" in listing

    # Resuming: the saved answer is back in the textarea; "Vorige" goes back and keeps both answers.
    page = client.get(url(world, interview, "/vraag/1")).get_data(as_text=True)
    assert "Met de juf." in page and "vraag 2 van 2" in page
    back = client.post(url(world, interview, "/vraag/1"), data={"text": "Met de juf.", "version": "1",
                                                               "go": "vorige"})
    assert back.headers["Location"].endswith(url(world, interview, "/vraag/0"))
    last = client.post(url(world, interview, "/vraag/1"), data={"text": "Met de juf en de buurvrouw.",
                                                               "version": "1", "go": "volgende"})
    assert last.headers["Location"].endswith(url(world, interview, "/afronden"))
    assert answers(db, interview) == {world.questions[0].id: "De speeltuin.",
                                      world.questions[1].id: "Met de juf en de buurvrouw."}


def test_finish_marks_the_interview_and_thanks_the_key_figure(client, db, world, draft, login):
    login(world.key_figure)
    overview = client.get(url(world, draft, "/afronden")).get_data(as_text=True)
    assert "0 van de 2 vragen" in overview
    response = client.post(url(world, draft, "/afronden"))
    assert response.headers["Location"].endswith(url(world, draft))
    finished = fresh(db, draft)
    assert finished.status == "afgerond" and finished.finished_at is not None
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "gesprek_afgerond",
                                            AuditEvent.object_id == str(draft.id))).one()
    assert "Bedankt" in client.get(url(world, draft)).get_data(as_text=True)

    # A finished interview can no longer be changed, not by form and not by autosave.
    again = client.post(url(world, draft, "/vraag/0"), data={"text": "Later erbij", "go": "volgende"})
    assert again.status_code == 302 and again.headers["Location"].endswith(url(world, draft))
    late = client.post(url(world, draft, "/vraag/0/opslaan"), data={"text": "Later erbij"},
                       headers={"Accept": "application/json"})
    assert late.status_code == 409 and late.get_json()["saved"] is False
    assert answers(db, draft) == {}


def test_the_thanks_waits_for_the_page_the_key_figure_sees(client, db, world, draft, login):
    """The tablet keeps pages for offline use in the background; those requests leave the message alone."""
    login(world.key_figure)
    client.post(url(world, draft, "/afronden"))
    background = {"X-Wijkstem-Background": "1"}
    kept = client.get(url(world, draft), headers=background)
    assert kept.status_code == 200 and "Het gesprek is afgerond" not in kept.get_data(as_text=True)
    assert "Set-Cookie" not in kept.headers  # a late reply cannot overwrite the session
    closed = client.get(url(world, draft, "/vraag/0"), headers=background)  # redirects the user's own visit
    assert (closed.status_code, closed.get_data(), closed.headers.get("Location")) == (204, b"", None)
    assert "Het gesprek is afgerond" in client.get(url(world, draft)).get_data(as_text=True)

def test_autosave_endpoint_answers_json(client, db, world, draft, login):
    login(world.key_figure)
    save = url(world, draft, "/vraag/1/opslaan")
    json = {"Accept": "application/json"}
    first = client.post(save, data={"text": "Met de j", "version": "0"}, headers=json)
    assert first.status_code == 200 and first.get_json() == {"saved": True, "version": 1, "repeated": False,
                                                             "warnings": []}
    second = client.post(save, data={"text": "Met de juf.", "version": "1"}, headers=json)
    assert second.get_json()["version"] == 2
    assert fresh(db, draft).position == 1  # a resume opens this question
    stale = client.post(save, data={"text": "Van een ander apparaat", "version": "1"}, headers=json)
    assert stale.status_code == 409 and "ander apparaat" in stale.get_json()["error"]
    assert stale.get_json()["current_text"] == "Met de juf." and stale.get_json()["current_version"] == 2
    assert answers(db, draft) == {world.questions[1].id: "Met de juf."}
    assert client.post(url(world, draft, "/vraag/7/opslaan"), data={"text": "x"}, headers=json).status_code == 404


def test_answer_refused_without_consent_over_http(client, db, world, draft, login):
    login(world.key_figure)
    withdraw(db, draft.participant_id)
    page = client.get(url(world, draft, "/vraag/0")).get_data(as_text=True)
    assert "geen geldige toestemming" in page
    response = client.post(url(world, draft, "/vraag/0"), data={"text": "Geheim verhaal", "go": "volgende"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "niet opgeslagen" in page and "Geheim verhaal" in page
    autosave = client.post(url(world, draft, "/vraag/0/opslaan"), data={"text": "Geheim verhaal"},
                           headers={"Accept": "application/json"})
    assert autosave.status_code == 409 and autosave.get_json()["saved"] is False
    assert answers(db, draft) == {}


def test_start_without_consent_sends_the_key_figure_to_consent(client, db, world, login):
    login(world.key_figure)
    participant = factories.make_participant(db, world.project, consent=False, created_by=world.key_figure)
    db.commit()
    response = client.post(f"/p/{world.project.slug}/deelnemers/{participant.id}/gesprek", follow_redirects=True)
    assert "Leg eerst de toestemming" in response.get_data(as_text=True)
    assert db.exec(select(Interview).where(Interview.participant_id == participant.id)).all() == []


def test_oversize_answer_is_refused_with_the_limit_and_nothing_stored(app, client, db, world, draft, login):
    app.config["MAX_ANSWER_CHARS"] = 40
    login(world.key_figure)
    capture.save_answer(db, draft, 0, "Wat er al stond.")
    db.commit()
    too_long = "Heel lang verhaal over de wijk en de school. " * 2
    response = client.post(url(world, draft, "/vraag/0"), data={"text": too_long, "go": "volgende"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "hoogstens 40 tekens" in page and "niets opgeslagen" in page
    assert too_long.strip() in page  # the typed text is still there to shorten
    assert answers(db, draft) == {world.questions[0].id: "Wat er al stond."}
    assert fresh(db, draft).position == 0
    autosave = client.post(url(world, draft, "/vraag/0/opslaan"), data={"text": too_long},
                           headers={"Accept": "application/json"})
    assert autosave.status_code == 422 and "hoogstens 40 tekens" in autosave.get_json()["error"]


def test_key_figure_cannot_open_another_key_figures_interview(client, db, world, draft, login):
    colleague = factories.make_user(db, "sleutelfiguur")
    factories.add_member(db, colleague, world.project, "sleutelfiguur")
    db.commit()
    login(colleague)
    for path in ("", "/vraag/0", "/afronden"):
        assert client.get(url(world, draft, path)).status_code == 404
    assert client.post(url(world, draft, "/vraag/0"), data={"text": "x"}).status_code == 404
    assert client.post(url(world, draft, "/vraag/0/opslaan"), data={"text": "x"}).status_code == 404
    assert client.post(url(world, draft, "/afronden")).status_code == 404
    assert answers(db, draft) == {}
    assert "SG-" not in client.get(f"/p/{world.project.slug}/gesprekken").get_data(as_text=True)


def test_stale_position_and_unknown_interview_give_a_friendly_404(client, world, draft, login):
    login(world.key_figure)
    response = client.get(url(world, draft, "/vraag/2"))
    assert response.status_code == 404 and "Deze vraag bestaat niet" in response.get_data(as_text=True)
    assert client.get(f"/p/{world.project.slug}/gesprekken/99999").status_code == 404


def test_municipality_never_sees_interviews_or_participants(client, world, login):
    login(world.municipality)
    slug = world.project.slug
    for path in (f"/p/{slug}/gesprekken", f"/p/{slug}/gesprekken/{world.interview.id}", f"/p/{slug}/deelnemers",
                 f"/p/{slug}/deelnemers/{world.participant.id}", f"/p/{slug}/leidraad"):
        response = client.get(path)
        assert response.status_code == 403
        assert world.answer.text not in response.get_data(as_text=True)


def test_researcher_reads_answers_and_the_view_is_logged(client, db, world, draft, login):
    login(world.researcher)
    listing = client.get(f"/p/{world.project.slug}/gesprekken").get_data(as_text=True)
    assert world.participant.code in listing and capture.participant_of(db, draft).code in listing
    page = client.get(url(world, world.interview)).get_data(as_text=True)
    assert world.questions[0].text in page and world.answer.text in page
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "antwoorden_bekeken")).one()
    assert (event.object_type, event.object_id, event.actor_id) == ("interview", str(world.interview.id),
                                                                    world.researcher.id)
    assert "speeltuin" not in event.detail
    assert 'name="text"' not in page  # read-only


def test_capture_page_has_no_inline_script_and_loads_the_autosave_script(client, world, draft, login):
    login(world.key_figure)
    page = client.get(url(world, draft, "/vraag/0")).get_data(as_text=True)
    scripts = re.findall(r"<script[^>]*>", page)
    assert scripts and all("src=" in tag for tag in scripts)
    assert "js/interviews-capture.js" in page and 'data-autosave-url="' in page
    for name in ("offline-store.js", "offline-sync.js", "interviews-capture.js"):
        assert f"js/{name}" in page
        script = client.get(f"/static/js/{name}")
        assert script.status_code == 200
        script.close()
    sync = client.get("/static/js/offline-sync.js")
    assert b"X-CSRFToken" in sync.data and b"client_id" in sync.data
    sync.close()
