"""Follow-up actions: the researcher plans them on themes, the municipality updates its own; all audited."""

import io

from docx import Document
from lxml import html
from sqlmodel import select

from coding.cycle_models import FollowUpAction
from coding.models import ReportRelease
from research.models import AuditEvent
from tests import factories
from tests.coding.builders import sign_in
from tests.coding.findings_world import build_findings

BASE = "/p/seghwaert-proef"


def page_text(response) -> str:
    return " ".join(html.fromstring(response.get_data(as_text=True)).text_content().split())


def new_action(client, db, world, **fields):
    sign_in(client, db, world.researcher)
    data = {"what": "De school vertelt ouders waar ze terechtkunnen", "owner": "gemeente", "due": "2027-03-01",
            "code_id": str(world.code.id), "status": "gepland", "progress_note": ""}
    data.update(fields)
    return client.post(f"{BASE}/acties/nieuw", data=data)


def actions_in(db):
    db.expire_all()
    return list(db.exec(select(FollowUpAction)))


def audit_actions(db):
    db.expire_all()
    return [e.action for e in db.exec(select(AuditEvent).order_by(AuditEvent.id))]


def test_researcher_plans_an_action_on_a_theme_and_it_is_listed_and_audited(client, db, world):
    response = new_action(client, db, world)
    assert response.status_code == 302
    [action] = actions_in(db)
    assert (action.owner, action.status, action.code_id, str(action.due)) == ("gemeente", "gepland",
                                                                              world.code.id, "2027-03-01")
    listed = page_text(client.get(f"{BASE}/acties"))
    assert "De school vertelt ouders waar ze terechtkunnen" in listed and world.code.name in listed
    assert "vervolgactie_gemaakt" in audit_actions(db)


def test_the_municipality_sets_its_action_to_done_but_cannot_change_what_it_is(client, db, world):
    new_action(client, db, world)
    [action] = actions_in(db)
    sign_in(client, db, world.municipality)
    page = page_text(client.get(f"{BASE}/acties/{action.id}"))
    assert "Wat gaat er gebeuren?" not in page and "Status" in page
    response = client.post(f"{BASE}/acties/{action.id}", data={
        "status": "gedaan", "progress_note": "Brief is mee naar huis gegaan.", "what": "iets anders",
        "owner": "school"})
    assert response.status_code == 302
    [action] = actions_in(db)
    assert (action.status, action.progress_note, action.what, action.owner) == (
        "gedaan", "Brief is mee naar huis gegaan.", "De school vertelt ouders waar ze terechtkunnen", "gemeente")
    assert action.updated_by_id == world.municipality.id
    assert audit_actions(db)[-1] == "vervolgactie_gewijzigd"


def test_the_municipality_does_not_see_or_change_actions_others_carry(client, db, world):
    new_action(client, db, world, owner="school", what="Ouderavond over hulp")
    [action] = actions_in(db)
    sign_in(client, db, world.municipality)
    assert "Ouderavond over hulp" not in page_text(client.get(f"{BASE}/acties"))
    assert client.post(f"{BASE}/acties/{action.id}", data={"status": "gedaan"}).status_code == 404
    assert actions_in(db)[0].status == "gepland"


def field_errors(response) -> dict:
    """Per form field (its id): the error messages shown under it."""
    tree = html.fromstring(response.get_data(as_text=True))
    errors = {}
    for box in tree.xpath('//div[contains(@class, "has-error")]'):
        control = box.xpath(".//input|.//select|.//textarea")[0]
        errors[control.get("id")] = [p.text_content().strip() for p in box.xpath('.//p[@class="error"]')]
    return errors


def test_bad_input_gives_a_dutch_message_on_its_field_and_stores_nothing(client, db, world):
    for fields, field, message in [({"what": ""}, "what", "Schrijf op wat er gaat gebeuren."),
                                   ({"what": "x" * 301}, "what", "hoogstens 300 tekens"),
                                   ({"owner": "politie"}, "owner", "Kies"),
                                   ({"status": "misschien"}, "status", "Kies"),
                                   ({"due": "31-02-2027"}, "due", "datum"),
                                   ({"code_id": "999999"}, "code_id", "Dit thema bestaat niet")]:
        response = new_action(client, db, world, **fields)
        assert response.status_code == 200, fields
        errors = field_errors(response)
        assert list(errors) == [field] and any(message in e for e in errors[field]), (fields, errors)
    assert actions_in(db) == []


def test_actions_of_another_project_are_not_found_and_stay_untouched(client, db, world):
    other_code = factories.make_code(db, world.other_project, name="Elders")
    foreign = FollowUpAction(project_id=world.other_project.id, code_id=other_code.id, what="Elders", owner="school")
    db.add(foreign)
    db.commit()
    sign_in(client, db, world.researcher)
    assert client.get(f"{BASE}/acties/{foreign.id}").status_code == 404
    assert client.post(f"{BASE}/acties/{foreign.id}", data={"what": "Gekaapt", "owner": "school",
                                                            "status": "gedaan"}).status_code == 404
    assert client.get(f"{BASE}/acties/niet-een-getal").status_code == 404
    response = new_action(client, db, world, code_id=str(other_code.id))
    assert response.status_code == 200
    db.expire_all()
    assert db.get(FollowUpAction, foreign.id).what == "Elders"
    assert len(actions_in(db)) == 1


def test_key_figures_have_no_action_pages(client, db, world):
    new_action(client, db, world)
    sign_in(client, db, world.key_figure)
    assert client.get(f"{BASE}/acties").status_code in (403, 404)


def released_docx(client, db, world):
    """Release a new report version as the researcher; the Word file of that version."""
    sign_in(client, db, world.researcher)
    assert client.post(f"{BASE}/rapport/versies", data={"language": "nl"}).status_code == 302
    db.expire_all()
    latest = db.exec(select(ReportRelease).order_by(ReportRelease.version.desc())).first()
    return Document(io.BytesIO(latest.docx))


def action_table(document):
    """The rows of the table that follows the heading "Vervolgacties"."""
    body = document.element.body
    heading = next(p for p in document.paragraphs if p.text == "Vervolgacties" and p.style.name == "Heading 1")
    element = heading._p.getnext()
    while element is not None and not element.tag.endswith("}tbl"):
        element = element.getnext()
    assert element is not None and element.getparent() is body, "no table after the heading"
    table = next(t for t in document.tables if t._tbl is element)
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_report_holds_the_actions_as_released_and_the_next_release_shows_progress(client, db, world):
    build_findings(db, world)
    new_action(client, db, world)
    first = action_table(released_docx(client, db, world))
    assert first[0] == ["Wat", "Thema", "Wie", "Klaar op", "Status", "Voortgang"]
    assert first[1][:3] == ["De school vertelt ouders waar ze terechtkunnen", world.code.name, "Gemeente"]
    assert first[1][4] == "Gepland" and "2027" in first[1][3]

    [action] = actions_in(db)
    sign_in(client, db, world.municipality)
    client.post(f"{BASE}/acties/{action.id}", data={"status": "gedaan", "progress_note": "Brief verstuurd."})
    second = action_table(released_docx(client, db, world))
    assert second[1][4:] == ["Gedaan", "Brief verstuurd."]
    db.expire_all()
    oldest = db.exec(select(ReportRelease).order_by(ReportRelease.version)).first()
    assert action_table(Document(io.BytesIO(oldest.docx)))[1][4] == "Gepland"
