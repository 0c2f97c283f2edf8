"""Member checks (toetsen in de wijk): statements from themes, answered by key figures, shown suppressed."""

import io

from docx import Document
from lxml import html
from sqlmodel import select

from coding.cycle_models import CheckAnswer, CheckRound, CheckStatement, CheckStatementTranslation
from research.models import AuditEvent
from tests import factories
from tests.coding.builders import sign_in

BASE = "/p/seghwaert-proef"
STATEMENT = "Ouders willen via school horen waar ze terechtkunnen"


def page_text(response) -> str:
    return " ".join(html.fromstring(response.get_data(as_text=True)).text_content().split())


def rows(db, model):
    db.expire_all()
    return list(db.exec(select(model)))


def audit_actions(db):
    db.expire_all()
    return [e.action for e in db.exec(select(AuditEvent).order_by(AuditEvent.id))]


def draft_round(client, db, world, statement=STATEMENT, **translations) -> CheckRound:
    sign_in(client, db, world.researcher)
    assert client.post(f"{BASE}/toetsen", data={"title": "Toetsen voorjaar"}).status_code == 302
    [check] = rows(db, CheckRound)
    data = {"code_id": str(world.code.id), "text": statement, **translations}
    assert client.post(f"{BASE}/toetsen/{check.id}", data=data).status_code == 302
    return check


def open_round(client, db, world, **translations) -> CheckRound:
    check = draft_round(client, db, world, **translations)
    client.post(f"{BASE}/toetsen/{check.id}/openen")
    db.refresh(check)
    assert check.status == "open"
    return check


def key_figures(db, world, n):
    """n more key figures of the project (the world has one)."""
    found = [world.key_figure]
    for _ in range(n - 1):
        user = factories.make_user(db, "sleutelfiguur")
        factories.add_member(db, user, world.project, "sleutelfiguur")
        found.append(user)
    db.commit()
    return found


def answer(client, db, user, check, statement_id, choice, group="ouder", comment=""):
    sign_in(client, db, user)
    return client.post(f"{BASE}/toetsen/{check.id}/antwoorden", data={
        "group": group, f"keuze_{statement_id}": choice, f"opmerking_{statement_id}": comment})


def test_researcher_writes_a_statement_from_a_theme_and_opens_the_round(client, db, world):
    check = open_round(client, db, world, text_tr="Veliler okuldan duymak istiyor")
    [statement] = rows(db, CheckStatement)
    assert (statement.text, statement.code_id) == (STATEMENT, world.code.id)
    [translation] = rows(db, CheckStatementTranslation)
    assert (translation.lang, translation.text) == ("tr", "Veliler okuldan duymak istiyor")
    assert {"toetsronde_gemaakt", "stelling_toegevoegd", "toetsronde_openen"} <= set(audit_actions(db))
    assert "Toetsronde sluiten" in page_text(client.get(f"{BASE}/toetsen/{check.id}"))


def test_a_key_figure_answers_in_the_participants_language_and_a_second_time_changes_it(client, db, world):
    check = open_round(client, db, world, text_tr="Veliler okuldan duymak istiyor")
    [statement] = rows(db, CheckStatement)
    sign_in(client, db, world.key_figure)
    assert "Toetsen voorjaar" in page_text(client.get(f"{BASE}/toetsen"))
    turkish = page_text(client.get(f"{BASE}/toetsen/{check.id}/antwoorden?taal=tr"))
    assert "Veliler okuldan duymak istiyor" in turkish and STATEMENT not in turkish
    assert answer(client, db, world.key_figure, check, statement.id, "herken_ik").status_code == 302
    changed = answer(client, db, world.key_figure, check, statement.id, "herken_ik_deels", comment="Soms.")
    assert changed.status_code == 302
    [given] = rows(db, CheckAnswer)
    assert (given.choice, given.comment, given.group) == ("herken_ik_deels", "Soms.", "ouder")


def test_results_show_counts_from_five_and_hide_smaller_ones_with_a_second_cell(client, db, world):
    check = open_round(client, db, world)
    [statement] = rows(db, CheckStatement)
    people = key_figures(db, world, 8)
    for user in people[:6]:
        answer(client, db, user, check, statement.id, "herken_ik")
    for user in people[6:]:
        answer(client, db, user, check, statement.id, "herken_ik_niet", group="professional", comment="Niet bij ons.")
    sign_in(client, db, world.researcher)
    tree = html.fromstring(client.get(f"{BASE}/toetsen/{check.id}").get_data(as_text=True))
    [cells] = [[td.text_content().strip() for td in row.findall("td")]
               for row in tree.xpath("//section[contains(@class, 'check-result')]//tbody/tr")]
    assert cells[0] == "6" and "2" not in cells and cells[-1] == "8"
    text = " ".join(tree.text_content().split())
    assert "Niet bij ons." in text  # the researcher reads the comments


def test_an_answer_to_a_closed_round_is_refused_and_nothing_is_stored(client, db, world):
    check = open_round(client, db, world)
    [statement] = rows(db, CheckStatement)
    client.post(f"{BASE}/toetsen/{check.id}/sluiten")
    response = answer(client, db, world.key_figure, check, statement.id, "herken_ik")
    assert response.status_code == 400 and "gesloten" in page_text(response)
    assert rows(db, CheckAnswer) == []


def test_bad_answers_get_a_message_and_store_nothing(client, db, world):
    check = open_round(client, db, world)
    [statement] = rows(db, CheckStatement)
    no_group = answer(client, db, world.key_figure, check, statement.id, "herken_ik", group="buurman")
    assert no_group.status_code == 400 and "ouder, jongere of professional" in page_text(no_group)
    odd_choice = answer(client, db, world.key_figure, check, statement.id, "misschien", comment="hm")
    assert odd_choice.status_code == 400
    nothing = client.post(f"{BASE}/toetsen/{check.id}/antwoorden", data={"group": "ouder"})
    assert nothing.status_code == 400 and "minstens één stelling" in page_text(nothing)
    assert rows(db, CheckAnswer) == []


def test_a_round_of_another_project_is_not_found(client, db, world):
    other = CheckRound(project_id=world.other_project.id, title="Elders", status="open")
    db.add(other)
    db.commit()
    sign_in(client, db, world.researcher)
    assert client.get(f"{BASE}/toetsen/{other.id}").status_code == 404
    assert client.get(f"{BASE}/toetsen/niets").status_code == 404
    sign_in(client, db, world.key_figure)
    assert client.post(f"{BASE}/toetsen/{other.id}/antwoorden", data={"group": "ouder"}).status_code == 404
    assert rows(db, CheckAnswer) == []


def test_a_statement_with_an_unreleased_quote_is_refused_and_not_stored(client, db, world):
    quote = world.segment.quote_text or world.answer.text[world.segment.start:world.segment.end]
    world.segment.quote_text = quote
    db.add(world.segment)
    db.commit()
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/toetsen", data={"title": "Toetsen"})
    [check] = rows(db, CheckRound)
    response = client.post(f"{BASE}/toetsen/{check.id}", data={"code_id": "", "text": f"Een ouder zei: {quote}"})
    assert response.status_code == 200 and "nog niet in een vrijgegeven rapport" in page_text(response)
    assert rows(db, CheckStatement) == []


def test_statements_are_fixed_once_the_round_opens(client, db, world):
    check = open_round(client, db, world)
    response = client.post(f"{BASE}/toetsen/{check.id}", data={"code_id": "", "text": "Nog een stelling"})
    assert "al geopend" in page_text(response)
    [statement] = rows(db, CheckStatement)
    client.post(f"{BASE}/toetsen/{check.id}/stelling-weg", data={"statement_id": str(statement.id)})
    assert len(rows(db, CheckStatement)) == 1


def test_a_draft_round_is_hidden_from_key_figures(client, db, world):
    check = draft_round(client, db, world)
    sign_in(client, db, world.key_figure)
    assert "Toetsen voorjaar" not in page_text(client.get(f"{BASE}/toetsen"))
    assert client.get(f"{BASE}/toetsen/{check.id}/antwoorden").status_code == 404


def test_a_closed_round_goes_into_the_released_report_suppressed(client, db, world):
    check = open_round(client, db, world)
    [statement] = rows(db, CheckStatement)
    people = key_figures(db, world, 6)
    for user in people[:5]:
        answer(client, db, user, check, statement.id, "herken_ik", comment="Geheim commentaar")
    answer(client, db, people[5], check, statement.id, "herken_ik_deels")
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/toetsen/{check.id}/sluiten")
    from coding.releases import release_report  # imported after the app: reports and releases import each other

    db.expire_all()  # the test's session still holds the round as it was before the request closed it
    release = release_report(db, world.project, world.researcher)
    db.commit()
    sign_in(client, db, world.municipality)
    response = client.get(f"{BASE}/rapport/versies/{release.id}/lea-input.docx")
    assert response.status_code == 200, response.status_code
    doc = Document(io.BytesIO(response.data))
    texts = [p.text for p in doc.paragraphs]
    start = texts.index("Getoetst in de wijk")
    assert texts[start + 2] == "Toetsen voorjaar" and "Geheim commentaar" not in " ".join(texts)
    [row] = [[c.text for c in row.cells] for t in doc.tables for row in t.rows if row.cells[0].text == STATEMENT]
    assert (row[1], row[-1]) == ("5", "6") and "1" not in row  # the 1 and the 0 hide each other


def test_the_tablets_queue_gets_json_and_sending_twice_stores_one_answer(client, db, world):
    check = open_round(client, db, world)
    [statement] = rows(db, CheckStatement)
    sign_in(client, db, world.key_figure)
    kept = client.get("/offline/bewaren.json").get_json()["pages"]
    assert {f"{BASE}/toetsen", f"{BASE}/toetsen/{check.id}/antwoorden"} <= {page["url"] for page in kept}
    posted = {"group": "ouder", f"keuze_{statement.id}": "herken_ik", f"opmerking_{statement.id}": "Ja."}
    json = {"Accept": "application/json"}
    for _ in range(2):  # the reply to the first was lost: the queue sends the same answers again
        reply = client.post(f"{BASE}/toetsen/{check.id}/antwoorden", data=posted, headers=json)
        assert reply.status_code == 200 and reply.get_json()["saved"] is True
    assert [(a.choice, a.comment) for a in rows(db, CheckAnswer)] == [("herken_ik", "Ja.")]
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/toetsen/{check.id}/sluiten")
    sign_in(client, db, world.key_figure)
    late = client.post(f"{BASE}/toetsen/{check.id}/antwoorden", data={**posted, f"opmerking_{statement.id}": "Nee."},
                       headers=json)
    assert late.status_code == 422 and "gesloten" in late.get_json()["error"]
    assert [a.comment for a in rows(db, CheckAnswer)] == ["Ja."]
