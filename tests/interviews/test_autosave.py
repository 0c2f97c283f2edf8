"""Saving answers never loses or doubles one: client ids make retries harmless, versions refuse stale writes."""

import json
import re

import pytest
from sqlmodel import Session, select

from interviews import answers, capture
from interviews.errors import InterviewError
from interviews.models import Answer, Question, QuestionTranslation, SectionTranslation
from research.db import engine
from tests import factories

JSON = {"Accept": "application/json"}
CLIENT_A = "0b9f3f3e-6c1d-4d7e-9a63-5f0f6f1e2a01"
CLIENT_B = "0b9f3f3e-6c1d-4d7e-9a63-5f0f6f1e2a02"


def rows(db, interview):
    db.expire_all()
    return [(a.question_id, a.text, a.version) for a in
            db.exec(select(Answer).where(Answer.interview_id == interview.id).order_by(Answer.question_id))]


def save_url(world, interview, position=0):
    return f"/p/{world.project.slug}/gesprekken/{interview.id}/vraag/{position}/opslaan"


def page_url(world, interview, position=0):
    return f"/p/{world.project.slug}/gesprekken/{interview.id}/vraag/{position}"


def test_a_retried_save_returns_the_same_version_and_stores_once(client, db, world, draft, login):
    login(world.key_figure)
    data = {"text": "De speeltuin.", "version": "0", "client_id": CLIENT_A}
    first = client.post(save_url(world, draft), data=data, headers=JSON)
    retry = client.post(save_url(world, draft), data=data, headers=JSON)  # the reply to the first got lost
    assert first.get_json() == {"saved": True, "version": 1, "repeated": False, "warnings": []}
    assert retry.status_code == 200 and retry.get_json()["version"] == 1 and retry.get_json()["repeated"] is True
    # Later saves build on it; replaying the first one once more still changes nothing.
    client.post(save_url(world, draft), data={"text": "De speeltuin, de school.", "version": "1",
                                              "client_id": CLIENT_B}, headers=JSON)
    again = client.post(save_url(world, draft), data={"text": "De speeltuin, de school.", "version": "1",
                                                      "client_id": CLIENT_B}, headers=JSON)
    assert again.get_json()["repeated"] is True
    assert rows(db, draft) == [(world.questions[0].id, "De speeltuin, de school.", 2)]


def test_one_client_id_names_exactly_one_save(client, db, world, draft, login):
    login(world.key_figure)
    client.post(save_url(world, draft), data={"text": "Eerste", "version": "0", "client_id": CLIENT_A}, headers=JSON)
    other_text = client.post(save_url(world, draft), data={"text": "Iets anders", "version": "1",
                                                           "client_id": CLIENT_A}, headers=JSON)
    other_question = client.post(save_url(world, draft, 1), data={"text": "Elders", "version": "0",
                                                                   "client_id": CLIENT_A}, headers=JSON)
    malformed = client.post(save_url(world, draft, 1), data={"text": "Elders", "client_id": "<script>"},
                            headers=JSON)
    assert other_text.status_code == 422 and "andere tekst" in other_text.get_json()["error"]
    assert other_question.status_code == 409 and other_question.get_json()["saved"] is False
    assert malformed.status_code == 409 and malformed.get_json()["saved"] is False
    assert rows(db, draft) == [(world.questions[0].id, "Eerste", 1)]


def test_a_stale_write_keeps_both_texts_and_the_choice_is_the_users(client, db, world, draft, login):
    login(world.key_figure)
    client.post(save_url(world, draft), data={"text": "Tablet A", "version": "0", "client_id": CLIENT_A},
                headers=JSON)
    # Tablet B still had version 0 (it opened the question before A saved): 409, nothing overwritten.
    stale = client.post(save_url(world, draft), data={"text": "Tablet B", "version": "0", "client_id": CLIENT_B},
                        headers=JSON)
    reply = stale.get_json()
    assert stale.status_code == 409 and reply["conflict"] is True
    assert (reply["current_text"], reply["current_version"]) == ("Tablet A", 1)
    assert "niets overschreven" in reply["error"]
    # Without the script: the form answers 409 with a page that shows both texts.
    page = client.post(page_url(world, draft), data={"text": "Tablet B", "version": "0", "go": "volgende",
                                                     "client_id": CLIENT_B})
    html = page.get_data(as_text=True)
    assert page.status_code == 409 and "Tablet A" in html and "Tablet B" in html and "Mijn tekst bewaren" in html
    assert re.search(r'name="version" value="1"', html)  # keeping "mine" now builds on what is stored
    assert rows(db, draft) == [(world.questions[0].id, "Tablet A", 1)]
    kept = client.post(page_url(world, draft), data={"text": "Tablet B", "version": "1", "go": "blijven",
                                                     "client_id": CLIENT_B})
    assert kept.status_code == 302 and kept.headers["Location"].endswith(page_url(world, draft))
    assert rows(db, draft) == [(world.questions[0].id, "Tablet B", 2)]


def test_two_requests_racing_on_one_answer_cannot_both_win(app, db, world, draft):
    capture.save_answer(db, draft, 0, "Begin", expected_version=0)
    db.commit()
    question = db.get(Question, world.questions[0].id)
    loaded = answers.find_answer(db, draft, question)  # this request read version 1 ...
    with app.app_context(), Session(engine()) as other:  # ... while another request stored version 2
        row = other.exec(select(Answer).where(Answer.id == loaded.id)).one()
        row.text, row.version = "Van de ander", 2
        other.add(row)
        other.commit()
    assert loaded.version == 1
    with pytest.raises(answers.AnswerConflict) as conflict:
        answers._update(db, draft, question, loaded, "Van mij", CLIENT_A)
    assert conflict.value.current_text == "Van de ander"
    db.rollback()
    assert rows(db, draft) == [(question.id, "Van de ander", 2)]


def test_a_double_submitted_form_stores_one_answer_and_moves_once(client, db, world, draft, login):
    login(world.key_figure)
    page = client.get(page_url(world, draft)).get_data(as_text=True)
    client_id = re.search(r'name="client_id" value="([^"]+)"', page).group(1)
    data = {"text": "Met de juf.", "version": "0", "go": "volgende", "client_id": client_id}
    first, second = client.post(page_url(world, draft), data=data), client.post(page_url(world, draft), data=data)
    assert first.status_code == second.status_code == 302
    assert first.headers["Location"] == second.headers["Location"]
    assert rows(db, draft) == [(world.questions[0].id, "Met de juf.", 1)]


def test_an_empty_autosave_stores_nothing_and_an_oversized_one_states_the_limit(app, client, db, world, draft,
                                                                                login):
    app.config["MAX_ANSWER_CHARS"] = 30
    login(world.key_figure)
    empty = client.post(save_url(world, draft), data={"text": "  \r\n", "version": "0"}, headers=JSON)
    assert empty.get_json()["saved"] is True and empty.get_json()["version"] == 0
    too_long = client.post(save_url(world, draft), data={"text": "x" * 31, "version": "0"}, headers=JSON)
    assert too_long.status_code == 422 and "hoogstens 30 tekens" in too_long.get_json()["error"]
    assert rows(db, draft) == []


def test_a_phone_number_gets_a_gentle_warning_and_is_still_saved(client, db, world, draft, login):
    login(world.key_figure)
    reply = client.post(save_url(world, draft), data={"text": "Bel me op 06-12345678.", "version": "0"},
                        headers=JSON).get_json()
    assert reply["saved"] is True and any("telefoonnummer" in warning for warning in reply["warnings"])
    response = client.post(page_url(world, draft, 1), data={"text": "Mail naar ouder@example.nl", "go": "volgende"},
                           follow_redirects=True)
    assert "Bij vraag 2" in response.get_data(as_text=True) and "e-mailadres" in response.get_data(as_text=True)
    assert len(rows(db, draft)) == 2


def make_choice_guide(db, project):
    """A guide: a yes/no question, a follow-up only asked after "ja", and a multiple-choice question."""
    guide, (first, follow_up, last) = factories.make_guide(
        db, project, questions=("Heeft u hulp gezocht?", "Hoe ging dat?", "Welke activiteiten kent u?"))
    first.kind, first.key = "yesno", "hulp"
    follow_up.key, follow_up.show_if = "hoe", json.dumps({"question_key": "hulp", "equals": "ja"})
    last.kind, last.key = "multiple", "activiteiten"
    last.options = json.dumps([{"value": "sport", "label": "Sport"}, {"value": "koffie", "label": "Koffieochtend"}])
    for question in (first, follow_up, last):
        db.add(question)
    db.flush()
    return guide


def test_choice_answers_and_show_if_steer_the_way_through(client, db, world, login):
    project = factories.make_project(db, slug="keuzes", code_prefix="KZ")
    factories.add_member(db, world.key_figure, project, "sleutelfiguur")
    make_choice_guide(db, project)
    participant = factories.make_participant(db, project, created_by=world.key_figure)
    interview = capture.start_interview(db, project, world.key_figure, participant)
    db.commit()
    login(world.key_figure)
    base = f"/p/keuzes/gesprekken/{interview.id}/vraag"
    page = client.get(f"{base}/0").get_data(as_text=True)
    assert 'type="radio" name="choice"' in page and ">Ja<" in page
    refused = client.post(f"{base}/0", data={"choice": "misschien", "go": "volgende"})
    assert refused.status_code == 200 and "Kies een van de antwoorden" in refused.get_data(as_text=True)
    # "nee": the follow-up is skipped, both from the form and when its address is opened.
    assert client.post(f"{base}/0", data={"choice": "nee", "go": "volgende"}).headers["Location"].endswith(f"{base}/2")
    assert client.get(f"{base}/1").headers["Location"].endswith(f"{base}/2")
    assert client.get(f"{base}/1?terug=1").headers["Location"].endswith(f"{base}/0")
    client.post(f"{base}/2", data={"choice": ["koffie", "sport"], "go": "stoppen"})
    # "ja": now the follow-up is asked.
    assert client.post(f"{base}/0", data={"choice": "ja", "go": "volgende"}).headers["Location"].endswith(f"{base}/1")
    assert [text for _q, text, _v in rows(db, interview)] == ["ja", "sport\nkoffie"]


def test_read_along_shows_the_question_large_in_the_participants_language(client, db, world, draft, login):
    participant = capture.participant_of(db, draft)
    participant.language = "ar"
    db.add(participant)
    db.add(QuestionTranslation(question_id=world.questions[0].id, lang="ar", text="ما الذي يعجبك في الحي؟"))
    db.add(SectionTranslation(section_id=world.questions[0].section_id, lang="ar", title="التربية في الحي"))
    db.commit()
    login(world.key_figure)
    page = client.get(page_url(world, draft) + "/meelezen").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page
    assert 'class="readalong-question" dir="auto" data-read-aloud-part>ما الذي يعجبك في الحي؟<' in page
    assert "Kunt u een voorbeeld geven?" not in page and "Neem de tijd." not in page  # probes and notes stay
    capture_page = client.get(page_url(world, draft)).get_data(as_text=True)
    assert page_url(world, draft) + "/meelezen" in capture_page


def test_service_worker_is_served_from_the_root_for_the_project_pages(client):
    response = client.get("/sw.js")
    assert response.status_code == 200 and response.mimetype == "text/javascript"
    assert response.headers["Service-Worker-Allowed"] == "/p/"
    assert b"gesprekken" in response.data and b"caches" in response.data
    response.close()


def test_capture_pages_carry_the_sync_state_and_pages_to_keep(client, world, draft, login):
    login(world.key_figure)
    page = client.get(page_url(world, draft)).get_data(as_text=True)
    assert 'id="sync-bar"' in page and "wacht op verbinding" in page and "Toch uitloggen" in page
    warm = json.loads(re.search(r"data-warm='([^']*)'", page).group(1))
    assert page_url(world, draft, 1) in warm and f"/p/{world.project.slug}/gesprekken/offline" in warm
    assert client.get(f"/p/{world.project.slug}/gesprekken/offline").status_code == 200


def test_service_level_save_refuses_unknown_client_ids_without_storing(db, world, draft):
    with pytest.raises(InterviewError):
        capture.save_answer(db, draft, 0, "Tekst", client_id="kort")
    assert rows(db, draft) == []
