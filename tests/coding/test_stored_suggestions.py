"""Suggestions are worked out when an answer, the model or the keywords change, and a page view only reads them."""

import json

import pytest
from lxml import html
from sqlmodel import select

from coding import jobs
from coding.models import SuggestionScore
from coding.suggest_app import scoring
from coding.suggest_app.training import schedule_training
from interviews.models import Answer
from tests import factories
from tests.coding.builders import add_answer, sign_in
from tests.coding.suggest_world import coded_corpus

BASE = "/p/seghwaert-proef"


@pytest.fixture
def scorer_calls(monkeypatch):
    """Every call of the scorer (keywords and model), counted."""
    calls = []
    original = scoring.compute_hits

    def counted(db, project, answers):
        calls.append(len(answers))
        return original(db, project, answers)

    monkeypatch.setattr(scoring, "compute_hits", counted)
    return calls


def stored(db, answer):
    db.expire_all()
    return db.exec(select(SuggestionScore).where(SuggestionScore.answer_id == answer.id)).one()


def chips(client, answer):
    page = html.fromstring(client.get(f"{BASE}/coderen/{answer.id}").get_data(as_text=True))
    return [node.text_content() for node in page.xpath('//li[contains(@class, "suggestion")]//*[@class="code-chip"]')]


def test_a_saved_answer_is_scored_and_the_page_view_scores_nothing(client, db, world, scorer_calls):
    answer = add_answer(db, world, "De drempel is hoog voor ons.")
    db.commit()
    assert scorer_calls == [1]  # when the answer was saved
    assert [hit[0] for hit in json.loads(stored(db, answer).hits)] == [world.code.id]
    sign_in(client, db, world.researcher)
    assert chips(client, answer) == [world.code.name]
    assert chips(client, answer) == [world.code.name]
    assert scorer_calls == [1]  # two page views later: still only that once


def test_an_edited_answer_is_scored_again(db, world, scorer_calls):
    answer = add_answer(db, world, "De drempel is hoog voor ons.")
    db.commit()
    answer.text, answer.version = "Alles gaat goed hier.", answer.version + 1
    db.add(answer)
    db.commit()
    row = stored(db, answer)
    assert (row.answer_version, json.loads(row.hits)) == (answer.version, [])
    assert len(scorer_calls) == 2


def test_retraining_scores_every_answer_with_the_new_model(app, db, world, scorer_calls):
    coded_corpus(db, world)
    fresh = add_answer(db, world, "We staan al maanden op de wachtlijst.")
    db.commit()
    assert stored(db, fresh).model_label == ""  # keywords only: no model yet
    before = len(scorer_calls)
    with app.test_request_context():
        schedule_training(app, world.project.id)  # tasks run at once in tests
    assert len(scorer_calls) > before
    row = stored(db, fresh)
    assert row.model_label == "v1" and "suggestie" in {hit[1] for hit in json.loads(row.hits)}


def test_new_keywords_rescore_the_project(app, db, world):
    from coding.codebook import create_code

    answer = add_answer(db, world, "Op het schoolplein praten de ouders.")
    db.commit()
    assert json.loads(stored(db, answer).hits) == []
    with app.test_request_context():
        school = create_code(db, world.project, name="School", keywords="schoolplein")
        db.commit()
    assert [hit[0] for hit in json.loads(stored(db, answer).hits)] == [school.id]


def test_a_conversation_still_going_on_queues_nothing(db, world, monkeypatch):
    queued = []
    monkeypatch.setattr(jobs, "enqueue", lambda app, name, *args: queued.append(name))
    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    factories.make_interview(db, world.project, world.guide, participant, world.key_figure,
                             answers=[(world.questions[0], "Nog bezig met de drempel.")], status="bezig")
    db.commit()
    assert queued == []


def test_approving_an_interview_scores_its_answers(db, world):
    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    interview = factories.make_interview(db, world.project, world.guide, participant, world.key_figure,
                                         answers=[(world.questions[0], "De drempel is hoog.")], status="bezig")
    db.commit()
    answer = db.exec(select(Answer).where(Answer.interview_id == interview.id)).one()
    assert db.exec(select(SuggestionScore).where(SuggestionScore.answer_id == answer.id)).first() is None
    interview.status, interview.review_status = "afgerond", "goedgekeurd"
    db.add(interview)
    db.commit()
    assert [hit[0] for hit in json.loads(stored(db, answer).hits)] == [world.code.id]
