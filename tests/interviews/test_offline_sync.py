"""What a tablet did without a network, sent later: each step exactly once, whatever is sent again."""

import uuid

from sqlmodel import select

from interviews.models import Answer, Consent, Interview, Participant
from research.models import AuditEvent

JSON = {"Accept": "application/json"}


def cid() -> str:
    return str(uuid.uuid4())


def post(client, world, path, **data):
    return client.post(f"/p/{world.project.slug}/offline/{path}", data=data, headers=JSON)


def rows(db, model, *where):
    db.expire_all()
    return db.exec(select(model).where(*where)).all()


def send_all(client, world, person, interview, texts):
    """The queue of one conversation begun offline, in the order the tablet sends it."""
    replies = [post(client, world, "deelnemer", client_id=person, group="ouder", age_band="26-40", wijk="",
                    language="tr"),
               post(client, world, "toestemming", participant=person, client_id=cid(), letter_version="1.0",
                    takes_part="y", quotes_allowed="y", given_by="deelnemer"),
               post(client, world, "gesprek/beginnen", participant=person, client_id=interview,
                    guide=str(world.guide.id))]
    for position, (text, save_id) in enumerate(texts):
        replies.append(post(client, world, "antwoord", interview=interview, position=str(position), text=text,
                            version="0", client_id=save_id))
    return replies


def test_a_conversation_held_offline_arrives_once_even_when_the_whole_queue_is_sent_twice(client, db, world, login):
    login(world.key_figure)
    person, interview = cid(), cid()
    texts = [("De speeltuin is fijn.", cid()), ("Met mijn zus.", cid())]
    first = send_all(client, world, person, interview, texts)
    again = send_all(client, world, person, interview, texts)  # every reply was lost: the tablet sends it all again
    assert [r.status_code for r in first + again] == [200] * 10
    assert all(r.get_json()["saved"] for r in first + again)

    participant = rows(db, Participant, Participant.request_id == person)
    assert len(participant) == 1 and participant[0].created_by_id == world.key_figure.id
    assert first[0].get_json()["code"] == again[0].get_json()["code"] == participant[0].code
    assert participant[0].language == "tr"
    assert len(rows(db, Consent, Consent.participant_id == participant[0].id)) == 1
    made = rows(db, Interview, Interview.participant_id == participant[0].id)
    assert [(i.client_id, i.guide_id, i.status) for i in made] == [(interview, world.guide.id, "concept")]
    stored = rows(db, Answer, Answer.interview_id == made[0].id)
    assert sorted((a.text, a.version) for a in stored) == sorted((text, 1) for text, _id in texts)
    logged = rows(db, AuditEvent, AuditEvent.action == "toestemming_vastgelegd")
    assert [event.object_id for event in logged] == [str(participant[0].id)]


def test_a_later_edit_offline_builds_on_the_version_sent_before(client, db, world, login):
    login(world.key_figure)
    person, interview = cid(), cid()
    send_all(client, world, person, interview, [("Eerste tekst.", cid())])
    edit = post(client, world, "antwoord", interview=interview, position="0", text="Beter verwoord.", version="1",
                client_id=cid())
    stale = post(client, world, "antwoord", interview=interview, position="0", text="Van een ander apparaat.",
                 version="1", client_id=cid())
    assert edit.get_json()["version"] == 2
    assert stale.status_code == 409 and stale.get_json()["current_text"] == "Beter verwoord."


def test_bad_steps_are_refused_with_a_clear_message_and_nothing_is_stored(client, db, world, login):
    login(world.key_figure)
    before = len(rows(db, Participant))
    no_id = post(client, world, "deelnemer", group="ouder", age_band="26-40")
    no_choice = post(client, world, "deelnemer", client_id=cid(), group="", age_band="26-40")
    unknown = post(client, world, "toestemming", participant=cid(), letter_version="1.0", takes_part="y",
                   given_by="deelnemer")
    person = cid()
    post(client, world, "deelnemer", client_id=person, group="ouder", age_band="26-40", language="nl")
    no_consent = post(client, world, "gesprek/beginnen", participant=person, client_id=cid(),
                      guide=str(world.guide.id))
    bad_position = post(client, world, "antwoord", interview=cid(), position="x", text="Iets.")
    assert (no_id.status_code, no_choice.status_code, unknown.status_code) == (422, 422, 404)
    assert "Kies een groep" in no_choice.get_json()["error"]
    assert no_consent.status_code == 422 and "toestemming" in no_consent.get_json()["error"]
    assert bad_position.status_code == 400 and bad_position.get_json()["saved"] is False
    assert len(rows(db, Participant)) == before + 1
    assert rows(db, Interview, Interview.client_id.is_not(None)) == []


def test_a_key_figure_cannot_reach_a_colleagues_offline_participant(client, db, world, login):
    from tests import factories

    colleague = factories.make_user(db, "sleutelfiguur")
    factories.add_member(db, colleague, world.project, "sleutelfiguur")
    db.commit()
    login(world.key_figure)
    person = cid()
    post(client, world, "deelnemer", client_id=person, group="ouder", age_band="26-40", language="nl")
    login(colleague)
    taken = post(client, world, "deelnemer", client_id=person, group="ouder", age_band="26-40", language="nl")
    consent = post(client, world, "toestemming", participant=person, letter_version="1.0", takes_part="y",
                   given_by="deelnemer")
    assert taken.status_code == 422 and consent.status_code == 404
    assert len(rows(db, Participant, Participant.request_id == person)) == 1


def test_the_offline_page_holds_both_forms_and_every_question(client, world, login):
    login(world.key_figure)
    page = client.get(f"/p/{world.project.slug}/offline/gesprek").get_data(as_text=True)
    assert "Inschrijven" in page and "Toestemming vastleggen" in page and "Gesprek beginnen" in page
    assert all(question.text in page for question in world.questions)
    assert f'data-guide="{world.guide.id}"' in page and 'data-total="2"' in page


def test_the_manifest_lists_what_a_key_figure_needs_offline(client, world, login):
    login(world.key_figure)
    kept = client.get("/offline/bewaren.json").get_json()
    urls = [page["url"] for page in kept["pages"]]
    slug = world.project.slug
    assert f"/p/{slug}/offline/gesprek" in urls and f"/p/{slug}/deelnemers" in urls and f"/p/{slug}/" in urls
    assert "/static/js/offline-capture.js" in kept["assets"]
    login(world.researcher)
    assert client.get("/offline/bewaren.json").get_json()["pages"] == []  # only a key figure works offline
