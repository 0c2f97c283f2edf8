"""A participant's rights: export everything as JSON, erase everything, and reports that forget them."""

import json

from sqlmodel import func, select

from coding.models import Coding, Memo, Segment
from coding.reports.gather import gather_report
from interviews.models import Answer, Consent, Interview, Participant
from research.models import AuditEvent


def count(db, model):
    db.expire_all()
    return db.exec(select(func.count()).select_from(model)).one()


def test_researcher_downloads_everything_about_one_participant(client, db, world, login):
    login(world.researcher)
    response = client.get(f"/p/{world.project.slug}/deelnemers/{world.participant.id}/gegevens.json")
    record = json.loads(response.get_data(as_text=True))
    assert record["deelnemer"]["code"] == world.participant.code
    answer = record["gesprekken"][0]["antwoorden"][0]
    assert answer["antwoord"] == world.answer.text
    assert answer["fragmenten"][0]["codes"] == ["Drempel om hulp te vragen"]
    assert record["toestemmingen"][0]["takes_part"] is True
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "deelnemer_geexporteerd")).first()


def test_erasing_removes_answers_codings_quotes_and_memos(client, db, world, login):
    secret = world.answer.text
    db.add(Memo(project_id=world.project.id, target_type="answer", target_id=world.answer.id, text="Let op"))
    db.commit()
    login(world.researcher)
    page = client.get(f"/p/{world.project.slug}/deelnemers/{world.participant.id}/wissen")
    assert "kan niet ongedaan" in page.get_data(as_text=True)
    client.post(f"/p/{world.project.slug}/deelnemers/{world.participant.id}/wissen")
    for model in (Participant, Consent, Interview, Answer, Segment, Coding, Memo):
        assert count(db, model) == 0, model.__name__
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "deelnemer_gewist")).one()
    assert secret not in event.detail


def test_reports_after_erasure_no_longer_count_the_participant(client, db, world, login):
    from research.projects.services import find_project

    before = gather_report(db, find_project(db, world.project.slug))
    login(world.researcher)
    client.post(f"/p/{world.project.slug}/deelnemers/{world.participant.id}/wissen")
    db.expire_all()
    after = gather_report(db, find_project(db, world.project.slug))
    assert before != after
    assert "De drempel om hulp te vragen is hoog." not in repr(after)


def test_another_projects_participant_cannot_be_erased(client, db, world, login):
    from tests import factories

    stranger = factories.make_participant(db, world.other_project)
    db.commit()
    login(world.researcher)
    assert client.post(f"/p/{world.project.slug}/deelnemers/{stranger.id}/wissen").status_code == 404
    assert db.get(Participant, stranger.id) is not None
