"""Journey 2, first steps: the key figure registers a participant (pseudonym only) and records consent."""

import re

import pytest
from sqlmodel import select

from interviews import participants
from interviews.errors import NotFound, ParticipantError
from interviews.models import Consent, Participant
from research.models import AuditEvent
from research.roles import Role
from tests import factories


def checked(page, name):
    """The value of the checked radio button with this name, or None."""
    for tag in re.findall(r"<input[^>]*>", page):
        if f'name="{name}"' in tag and " checked" in tag:
            return re.search(r'value="([^"]*)"', tag).group(1)
    return None


def register(db, project, user, age_band="26-40", group="ouder"):
    return participants.register_participant(db, project, user, group=group, age_band=age_band, language="nl")


def test_codes_count_up_per_project_with_its_own_prefix(db, world):
    other_kf = factories.make_user(db, "sleutelfiguur")
    fresh = factories.make_project(db, code_prefix="MZ")
    first = register(db, fresh, other_kf)
    second = register(db, fresh, other_kf, group="jongere", age_band="16-17")
    assert (first.code, second.code) == ("MZ-001", "MZ-002")
    assert second.wijk == fresh.wijk  # the project's wijk when none is given
    # The world's project already has a participant: its next number follows the highest one.
    again = register(db, world.project, world.key_figure)
    assert again.code == f"SG-{world.participant.number + 1:03d}"


def test_register_refuses_unknown_choices(db, world):
    with pytest.raises(ParticipantError) as error:
        participants.register_participant(db, world.project, world.key_figure, group="buurman", age_band="26-40")
    assert error.value.field == "group"
    with pytest.raises(ParticipantError) as error:
        participants.register_participant(db, world.project, world.key_figure, group="ouder", age_band="")
    assert error.value.field == "age_band"


def test_there_is_no_place_for_a_name_or_bsn(client, db, world, login):
    assert not {"name", "naam", "bsn", "first_name", "last_name"} & set(Participant.model_fields)
    login(world.key_figure)
    page = client.get(f"/p/{world.project.slug}/deelnemers/nieuw").get_data(as_text=True)
    main = page[page.index("<main"):page.index("</main>")]
    fields = set(re.findall(r'<(?:input|select|textarea)[^>]*name="([^"]+)"', main))
    assert fields - {"csrf_token", "request_id"} == {"group", "age_band", "wijk", "language"}
    labels = " ".join(re.findall(r"<(?:label|legend)[^>]*>(.*?)</(?:label|legend)>", main, re.DOTALL))
    assert "Leeftijd" in labels and not re.search(r"\b(bsn|naam|achternaam|voornaam)\b", labels, re.IGNORECASE)


def test_key_figure_registers_a_participant_then_records_consent(client, db, world, login):
    login(world.key_figure)
    base = f"/p/{world.project.slug}/deelnemers"
    response = client.post(f"{base}/nieuw", data={"group": "jongere", "age_band": "12-15", "wijk": "Seghwaert",
                                                   "language": "tr", "naam": "Fatma", "bsn": "123456782"})
    participant = db.exec(select(Participant).where(Participant.group == "jongere")).one()
    assert response.status_code == 302 and response.headers["Location"].endswith(f"{base}/{participant.id}/toestemming")
    assert participant.created_by_id == world.key_figure.id and participant.language == "tr"

    consent_page = client.get(f"{base}/{participant.id}/toestemming").get_data(as_text=True)
    assert 'value="1.0"' in consent_page  # the information letter version
    audio = re.search(r'<input[^>]*name="audio_allowed"[^>]*>', consent_page).group(0)
    assert " disabled" in audio  # audio is reserved

    response = client.post(f"{base}/{participant.id}/toestemming", data={
        "letter_version": "1.0", "takes_part": "y", "quotes_allowed": "y", "audio_allowed": "y", "given_by": "beide",
    })
    assert response.status_code == 302
    consent = db.exec(select(Consent).where(Consent.participant_id == participant.id)).one()
    assert (consent.takes_part, consent.quotes_allowed, consent.audio_allowed) == (True, True, False)
    assert (consent.given_by, consent.recorded_by_id) == ("beide", world.key_figure.id)
    assert consent.recorded_at is not None
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "toestemming_vastgelegd")).one()
    assert (event.object_type, event.object_id, event.actor_id) == ("participant", str(participant.id),
                                                                    world.key_figure.id)
    assert participant.code in client.get(base).get_data(as_text=True)


def test_invalid_participant_form_keeps_the_choices_made(client, db, world, login):
    login(world.key_figure)
    response = client.post(f"/p/{world.project.slug}/deelnemers/nieuw",
                           data={"group": "professional", "wijk": "Palenstein", "language": "nl"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Kies een leeftijd." in page
    assert checked(page, "group") == "professional"
    assert 'value="Palenstein"' in page
    assert db.exec(select(Participant).where(Participant.group == "professional")).all() == []


@pytest.mark.parametrize("age_band, given_by, allowed", [
    ("<12", "ouder", True), ("<12", "deelnemer", False), ("<12", "beide", False),
    ("12-15", "beide", True), ("12-15", "ouder", False), ("12-15", "deelnemer", False),
    ("16-17", "deelnemer", True), ("16-17", "ouder", False),
    ("41-55", "deelnemer", True), ("41-55", "beide", False),
])
def test_who_consents_depends_on_the_age_band(db, world, age_band, given_by, allowed):
    participant = register(db, world.project, world.key_figure, age_band=age_band)

    def record():
        return participants.record_consent(db, participant, world.key_figure, letter_version="1.0",
                                           takes_part=True, quotes_allowed=False, given_by=given_by)

    if allowed:
        assert record().given_by == given_by
        assert participants.valid_consent(db, participant) is not None
    else:
        with pytest.raises(ParticipantError) as error:
            record()
        assert error.value.field == "given_by"
        assert participants.valid_consent(db, participant) is None


def test_consent_needs_taking_part_and_a_letter_version(db, world):
    participant = register(db, world.project, world.key_figure)
    with pytest.raises(ParticipantError) as error:
        participants.record_consent(db, participant, world.key_figure, letter_version="1.0", takes_part=False,
                                    quotes_allowed=True, given_by="deelnemer")
    assert error.value.field == "takes_part"
    with pytest.raises(ParticipantError):
        participants.record_consent(db, participant, world.key_figure, letter_version=" ", takes_part=True,
                                    quotes_allowed=True, given_by="deelnemer")
    assert participants.consents_of(db, participant) == []


def test_wrong_consenter_via_the_page_shows_the_rule(client, db, world, login):
    participant = register(db, world.project, world.key_figure, age_band="<12", group="jongere")
    db.commit()
    login(world.key_figure)
    url = f"/p/{world.project.slug}/deelnemers/{participant.id}/toestemming"
    assert checked(client.get(url).get_data(as_text=True), "given_by") == "ouder"  # the default fits the age
    response = client.post(url, data={"letter_version": "2.1", "takes_part": "y", "given_by": "deelnemer"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "jonger dan 12 jaar" in page and 'value="2.1"' in page
    assert participants.consents_of(db, participant) == []


def test_withdrawn_consent_is_not_valid(db, world):
    assert participants.valid_consent(db, world.participant) is not None
    consent = participants.consents_of(db, world.participant)[0]
    consent.withdrawn_at = consent.recorded_at
    db.add(consent)
    assert participants.valid_consent(db, world.participant) is None


def test_key_figures_see_only_the_participants_they_registered(client, db, world, login):
    colleague = factories.make_user(db, "sleutelfiguur")
    factories.add_member(db, colleague, world.project, "sleutelfiguur")
    theirs = register(db, world.project, colleague)
    db.commit()
    assert participants.participants_for(db, world.project, world.key_figure, Role.KEY_FIGURE) == [world.participant]
    assert len(participants.participants_for(db, world.project, world.researcher, Role.RESEARCHER)) == 2
    with pytest.raises(NotFound):
        participants.participant_for(db, world.project, world.key_figure, Role.KEY_FIGURE, theirs.id)

    login(world.key_figure)
    assert theirs.code not in client.get(f"/p/{world.project.slug}/deelnemers").get_data(as_text=True)
    assert client.get(f"/p/{world.project.slug}/deelnemers/{theirs.id}").status_code == 404
    assert client.get(f"/p/{world.project.slug}/deelnemers/{theirs.id}/toestemming").status_code == 404


def test_researcher_sees_every_participant(client, db, world, login):
    colleague = factories.make_user(db, "sleutelfiguur")
    factories.add_member(db, colleague, world.project, "sleutelfiguur")
    theirs = register(db, world.project, colleague)
    db.commit()
    login(world.researcher)
    page = client.get(f"/p/{world.project.slug}/deelnemers").get_data(as_text=True)
    assert theirs.code in page and world.participant.code in page
    assert "Nieuwe deelnemer" not in page  # registering is the key figure's work
