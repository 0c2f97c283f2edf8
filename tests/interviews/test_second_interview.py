"""'Gesprek beginnen' on a participant who already had a finished conversation asks before making a second one."""

import pytest
from sqlmodel import select

from interviews import capture
from interviews.capture import SecondInterview
from interviews.models import Interview
from tests import factories


def interviews_of(db, participant_id):
    db.expire_all()
    return db.exec(select(Interview).where(Interview.participant_id == participant_id)).all()


def start_url(world):
    return f"/p/{world.project.slug}/deelnemers/{world.participant.id}/gesprek"


def test_the_service_asks_before_a_second_interview(db, world):
    with pytest.raises(SecondInterview):
        capture.start_interview(db, world.project, world.key_figure, world.participant, ask_first=True)
    assert len(interviews_of(db, world.participant.id)) == 1
    second = capture.start_interview(db, world.project, world.key_figure, world.participant)
    assert second.id != world.interview.id and second.status == "concept"


def test_start_asks_first_and_makes_no_interview_without_confirmation(client, db, world, login):
    login(world.key_figure)
    response = client.post(start_url(world))
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "Deze deelnemer had al een gesprek. Wil je een tweede gesprek beginnen?" in page
    assert 'name="tweede" value="ja"' in page  # the button that does start it
    assert [i.id for i in interviews_of(db, world.participant.id)] == [world.interview.id]


def test_start_with_confirmation_makes_exactly_one_second_interview(client, db, world, login):
    login(world.key_figure)
    response = client.post(start_url(world), data={"tweede": "ja"})
    made = [i for i in interviews_of(db, world.participant.id) if i.id != world.interview.id]
    assert len(made) == 1 and made[0].status == "concept"
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/gesprekken/{made[0].id}/vraag/0")
    again = client.post(start_url(world))  # the open draft now continues, no question asked
    assert again.headers["Location"].endswith(f"/gesprekken/{made[0].id}/vraag/0")
    assert len(interviews_of(db, world.participant.id)) == 2


def test_a_first_interview_starts_without_a_question(client, db, world, login):
    login(world.key_figure)
    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    db.commit()
    response = client.post(f"/p/{world.project.slug}/deelnemers/{participant.id}/gesprek")
    assert response.status_code == 302 and len(interviews_of(db, participant.id)) == 1
