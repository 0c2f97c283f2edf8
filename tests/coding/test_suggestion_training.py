"""Training the suggestion model: the items, the background job on a real queue, progress, too few codings."""

import time

import pytest
from huey import SqliteHuey
from sqlmodel import select

import coding.suggestions.evaluation as evaluation
import coding.suggestions.model as suggestion_model
from coding import jobs
from coding.models import SuggestionModelRecord, TrainingJob
from coding.suggest_app import model_adapter
from coding.suggest_app.training import (
    request_training,
    schedule_training,
    training_items,
    training_status,
    unlabeled_texts,
)
from tests import factories
from tests.coding.builders import add_answer, sign_in
from tests.coding.suggest_world import coded_corpus

BASE = "/p/seghwaert-proef"


def jobs_of(db, world):
    db.expire_all()
    return list(db.exec(select(TrainingJob).where(TrainingJob.project_id == world.project.id).order_by(TrainingJob.id)))


# --- the app trains exactly as `python -m coding.evaluate suggestions` ----------------------------------------------

def test_training_items_are_coded_answers_with_their_code_names(db, world):
    helping = factories.make_code(db, world.project, name="Hulp")
    waiting = factories.make_code(db, world.project, name="Wachttijden", parent=helping)
    answer = add_answer(db, world, "We wachten al lang.")
    factories.make_segment(db, answer, waiting, coder=world.researcher)
    factories.make_segment(db, answer, world.code, start=3, end=10, coder=world.researcher)
    add_answer(db, world, "Nog niet gecodeerd.")
    coded_draft = add_answer(db, world, "Niet afgerond.", status="bezig")
    factories.make_segment(db, coded_draft, waiting)
    db.commit()
    items = training_items(db, world.project)
    assert items == [
        {"id": str(world.answer.id), "text": world.answer.text, "labels": ["Drempel om hulp te vragen"]},
        {"id": str(answer.id), "text": "We wachten al lang.", "labels": ["Drempel om hulp te vragen", "Wachttijden"]},
    ]
    for item in items:
        evaluation._check_item(item, "app")  # the evaluation CLI would read these exact items
    # The uncoded answer lends its words (not a code) to training; the unapproved draft does not.
    assert unlabeled_texts(db, world.project) == ["Nog niet gecodeerd."]


def test_the_adapter_calls_the_same_train_as_the_evaluation_with_items_unchanged(monkeypatch):
    assert evaluation.train is suggestion_model.train
    seen = []
    monkeypatch.setattr(suggestion_model, "train", lambda *args, **kwargs: seen.append((args, kwargs)) or "model")
    items = [{"id": "1", "text": "Tekst.", "labels": ["A"]}]
    uncoded = ["Nog niet gecodeerd."]
    assert model_adapter.train(items, uncoded) == "model"
    assert seen == [((items,), {"unlabeled": uncoded})]  # same items, the model's default settings
    assert seen[0][0][0] is items


def test_too_few_examples_keeps_the_models_message():
    with pytest.raises(model_adapter.TooFewExamples, match="te weinig gecodeerde antwoorden"):
        model_adapter.train([{"id": "1", "text": "Tekst.", "labels": ["A"]}])


# --- jobs, progress and falling back to keywords --------------------------------------------------------------------

def test_too_few_codings_are_explained_and_suggestions_fall_back_to_keywords(app, db, world, client):
    with app.test_request_context():
        schedule_training(app, world.project.id)
    [job] = jobs_of(db, world)
    assert (job.status, job.progress) == ("te_weinig", 100)
    assert "minstens 20 nodig, nu 1" in job.message
    sign_in(client, db, world.researcher)
    status = client.get(f"{BASE}/suggesties/status").get_json()
    assert status["state"] == "te_weinig" and not status["busy"] and status["model"] is None
    assert "Suggesties komen nu alleen uit de zoekwoorden" in status["text"]
    page = client.get(f"{BASE}/suggesties").get_data(as_text=True)
    assert "minstens 20 nodig" in page


def test_a_waiting_job_absorbs_further_requests(db, world):
    first, new = request_training(db, world.project.id)
    again, new_again = request_training(db, world.project.id)
    assert new and not new_again and again.id == first.id
    first.status = "bezig"
    db.add(first)
    third, new_third = request_training(db, world.project.id)
    assert new_third and third.id != first.id


def test_progress_is_shown_while_a_job_runs(app, db, world, client):
    job, _new = request_training(db, world.project.id)
    job.status, job.progress = "bezig", 40
    db.add(job)
    db.commit()
    sign_in(client, db, world.researcher)
    assert client.get(f"{BASE}/suggesties/status").get_json()["text"] == "Model wordt getraind… 40%"
    page = client.get(f"{BASE}/coderen/{world.answer.id}").get_data(as_text=True)
    assert "Model wordt getraind… 40%" in page and "data-busy" in page and "coding-suggestions.js" in page


def test_changing_codings_retrains_in_the_background(app, db, world):
    app.config["SUGGESTIONS_AUTOTRAIN"] = True
    coded_corpus(db, world)  # commits codings: the hook asks for a training, which runs at once in tests
    [job] = jobs_of(db, world)
    assert job.status == "klaar" and job.model_version == 1
    answer = add_answer(db, world, "Weer een antwoord over school.")
    db.commit()
    assert len(jobs_of(db, world)) == 1  # no coding changed
    factories.make_segment(db, answer, world.code, coder=world.researcher)
    db.commit()
    assert [j.model_version for j in jobs_of(db, world)] == [1, 2]
    with app.test_request_context():
        assert training_status(db, world.project).model.label == "v2"


def test_old_model_versions_are_pruned(app, db, world):
    coded_corpus(db, world)
    with app.test_request_context():
        for _round in range(4):
            schedule_training(app, world.project.id)
    assert db.exec(select(SuggestionModelRecord.version)).all() == [4]  # older ones may hold withdrawn words


def test_withdrawn_consent_drops_the_model_and_retrains(app, db, world):
    from interviews.withdrawal import withdraw_consent

    coded_corpus(db, world)
    with app.test_request_context():
        schedule_training(app, world.project.id)
        app.config["SUGGESTIONS_AUTOTRAIN"] = True
        withdraw_consent(db, world.participant, world.researcher)
        assert db.exec(select(SuggestionModelRecord)).all() == []  # gone in the withdrawal's own transaction
        db.commit()
    [model] = db.exec(select(SuggestionModelRecord)).all()
    assert model.version == 2 and model.trained_on == 24  # without the withdrawn participant's answer


def test_a_real_queue_and_consumer_run_the_job(app, db, world, tmp_path):
    app.extensions.pop(jobs.EXTENSION_KEY, None)  # the world's commit already queued its suggestions at once
    app.config.update(JOBS_IMMEDIATE=False, JOBS_URL=f"sqlite:///{tmp_path / 'jobs.sqlite3'}")
    assert isinstance(jobs.huey_for(app), SqliteHuey)
    with app.test_request_context():
        schedule_training(app, world.project.id)
    assert jobs_of(db, world)[0].status == "wachtend"  # queued, nobody ran it yet
    consumer = jobs.start_consumer_in_thread(app)
    try:
        deadline = time.monotonic() + 30
        while jobs_of(db, world)[0].status in ("wachtend", "bezig") and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        consumer.stop(graceful=True)
    assert jobs_of(db, world)[0].status == "te_weinig"


def test_each_database_gets_its_own_queue(tmp_path):
    database = f"sqlite:///{tmp_path / 'wijkstem.sqlite3'}"
    huey = jobs.make_huey("", "/tmp/instance-x", immediate=False, database_url=database)
    assert isinstance(huey, SqliteHuey) and huey.storage.filename == str(tmp_path / "wijkstem.jobs.sqlite3")
    other = jobs.make_huey("", "/tmp/instance-x", immediate=True, database_url="sqlite:///elders.sqlite3")
    assert other.name != huey.name and other.immediate
    server = jobs.make_huey("", str(tmp_path), immediate=False, database_url="postgresql://db/wijkstem")
    assert server.storage.filename == str(tmp_path / "jobs.sqlite3")


def test_worker_command_refuses_immediate_mode(runner):
    result = runner.invoke(args=["jobs", "worker"])
    assert result.exit_code != 0 and "JOBS_IMMEDIATE" in result.output
    assert "Voer achtergrondtaken uit" in runner.invoke(args=["jobs", "--help"]).output
