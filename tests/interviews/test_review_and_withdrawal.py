"""Review of finished interviews, withdrawal of consent, and forms that are posted twice."""

import re

from sqlmodel import select

from interviews import capture, review
from interviews.models import Consent, Interview, Participant
from interviews.signals import consent_withdrawn
from research.models import AuditEvent
from tests import factories


def actions(db, action):
    return db.exec(select(AuditEvent).where(AuditEvent.action == action)).all()


def test_researcher_approves_or_asks_attention_and_the_key_figure_reads_it(client, db, world, login):
    interview = db.get(Interview, world.interview.id)
    interview.review_status = "open"  # finished, not reviewed yet
    db.add(interview)
    db.commit()
    login(world.researcher)
    url = f"/p/{world.project.slug}/beoordelen/{world.interview.id}"
    listing = client.get(f"/p/{world.project.slug}/beoordelen").get_data(as_text=True)
    assert world.participant.code in listing and "Nog niet beoordeeld" in listing
    page = client.get(url).get_data(as_text=True)
    assert world.answer.text in page and actions(db, "antwoorden_bekeken")  # viewing raw answers is logged
    refused = client.post(url, data={"status": "aandacht", "comment": "  "})
    assert "Schrijf op waar de sleutelfiguur naar moet kijken." in refused.get_data(as_text=True)
    assert db.get(Interview, world.interview.id).review_status == "open"
    comment = "Vraag 2 is overgeslagen. Kunt u die nog stellen?"
    assert client.post(url, data={"status": "aandacht", "comment": comment}).status_code == 302
    again = client.post(url, data={"status": "aandacht", "comment": comment}, follow_redirects=True)
    assert "al opgeslagen" in again.get_data(as_text=True)  # a double submit changes nothing
    assert len(actions(db, "gesprek_beoordeeld")) == 1
    db.expire_all()  # the pages changed it in their own session
    interview = db.get(Interview, world.interview.id)
    assert (interview.review_status, interview.reviewed_by_id) == ("aandacht", world.researcher.id)
    assert review.analysis_interviews(db, world.project) == []  # only approved interviews count

    key_figure = login(world.key_figure)
    feedback = client.get(f"/p/{world.project.slug}/terugkoppeling").get_data(as_text=True)
    assert comment in feedback and "Aandacht nodig" in feedback
    participant_page = client.get(f"/p/{world.project.slug}/deelnemers/{world.participant.id}")
    assert comment in participant_page.get_data(as_text=True)
    assert client.post(url, data={"status": "goedgekeurd"}).status_code == 403
    assert key_figure.id == world.key_figure.id

    login(world.researcher)
    client.post(url, data={"status": "goedgekeurd", "comment": ""})
    assert [i.id for i, _p in review.analysis_interviews(db, world.project)] == [world.interview.id]


def test_a_draft_cannot_be_reviewed(db, world):
    draft = factories.make_interview(db, world.project, world.guide, world.participant, world.key_figure,
                                     status="concept")
    try:
        review.review_interview(db, draft, world.participant, world.researcher, status="goedgekeurd", comment="")
    except review.InterviewError as error:
        assert "nog niet afgerond" in str(error)
    else:
        raise AssertionError("a draft was reviewed")


def test_withdrawal_is_one_confirmed_action_with_a_log_and_a_signal(client, db, world, login):
    received = []

    def receiver(sender, **kwargs):
        received.append((sender.id, kwargs["participant_id"], kwargs["project_id"], kwargs["db"] is not None))

    consent_withdrawn.connect(receiver)
    try:
        login(world.key_figure)
        url = f"/p/{world.project.slug}/deelnemers/{world.participant.id}/intrekken"
        confirm = client.get(url).get_data(as_text=True)
        assert "Ja, toestemming intrekken" in confirm and db.get(Participant, world.participant.id).withdrawn_at is None
        assert client.post(url).status_code == 302
        assert "al ingetrokken" in client.post(url, follow_redirects=True).get_data(as_text=True)
    finally:
        consent_withdrawn.disconnect(receiver)
    db.expire_all()
    participant = db.get(Participant, world.participant.id)
    consents = db.exec(select(Consent).where(Consent.participant_id == participant.id)).all()
    assert participant.withdrawn_at is not None and all(c.withdrawn_at for c in consents)
    assert received == [(participant.id, participant.id, world.project.id, True)]
    assert [e.object_id for e in actions(db, "toestemming_ingetrokken")] == [str(participant.id)]
    # The answers leave research data: no review, no analysis, no coding.
    from coding.corpus import codable_answers

    assert codable_answers(db, world.project) == []
    assert review.review_rows(db, world.project) == [] and review.analysis_interviews(db, world.project) == []
    page = client.get(f"/p/{world.project.slug}/deelnemers/{participant.id}").get_data(as_text=True)
    assert "Toestemming ingetrokken" in page and "Gesprek beginnen" not in page


def test_no_answers_after_withdrawal(db, world):
    from interviews import withdrawal

    draft = factories.make_interview(db, world.project, world.guide, world.participant, world.key_figure,
                                     status="concept")
    withdrawal.withdraw_consent(db, world.participant, world.key_figure)
    db.commit()
    try:
        capture.save_answer(db, draft, 0, "Toch nog iets")
    except capture.ConsentMissing:
        pass
    else:
        raise AssertionError("an answer was stored after withdrawal")


def test_someone_elses_participant_is_not_found_and_nothing_changes(client, db, world, login):
    other_key_figure = factories.make_user(db, "sleutelfiguur")
    factories.add_member(db, other_key_figure, world.project, "sleutelfiguur")
    db.commit()
    login(other_key_figure)
    response = client.post(f"/p/{world.project.slug}/deelnemers/{world.participant.id}/intrekken")
    assert response.status_code == 404 and "mag deze deelnemer niet zien" in response.get_data(as_text=True)
    assert db.get(Participant, world.participant.id).withdrawn_at is None
    assert client.get(f"/p/{world.project.slug}/beoordelen").status_code == 403


def test_posting_the_registration_form_twice_registers_one_participant(client, db, world, login):
    login(world.key_figure)
    base = f"/p/{world.project.slug}/deelnemers"
    form = client.get(f"{base}/nieuw").get_data(as_text=True)
    request_id = re.search(r'name="request_id" type="hidden" value="([0-9a-f]+)"', form).group(1)
    data = {"group": "ouder", "age_band": "26-40", "language": "tr", "request_id": request_id}
    first, second = client.post(f"{base}/nieuw", data=data), client.post(f"{base}/nieuw", data=data)
    assert first.headers["Location"] == second.headers["Location"]
    assert len(db.exec(select(Participant).where(Participant.language == "tr")).all()) == 1
    participant = db.exec(select(Participant).where(Participant.language == "tr")).one()
    consent = {"letter_version": "1.0", "takes_part": "y", "given_by": "deelnemer"}
    client.post(f"{base}/{participant.id}/toestemming", data=consent)
    client.post(f"{base}/{participant.id}/toestemming", data=consent)
    assert len(db.exec(select(Consent).where(Consent.participant_id == participant.id)).all()) == 1
    assert len([e for e in actions(db, "toestemming_vastgelegd") if e.object_id == str(participant.id)]) == 1
