"""Memos: researchers write notes on the project, a code or an answer; stored encrypted, never for others."""

from lxml import html
from sqlalchemy import text
from sqlmodel import select

from coding.models import Memo
from tests import factories
from tests.coding.builders import sign_in

BASE = "/p/seghwaert-proef"


def memos(db):
    db.expire_all()
    return list(db.exec(select(Memo).order_by(Memo.id)))


def test_memos_on_a_code_an_answer_and_the_project_are_written_edited_and_deleted(client, db, world):
    sign_in(client, db, world.researcher)
    for target_type, target_id, back in (("code", world.code.id, f"{BASE}/codeboek/{world.code.id}"),
                                         ("answer", world.answer.id, f"{BASE}/coderen/{world.answer.id}"),
                                         ("project", "", f"{BASE}/memos")):
        response = client.post(f"{BASE}/memos/nieuw", data={"target_type": target_type, "target_id": target_id,
                                                           "text": f"Memo bij {target_type}: let op de school."})
        assert response.headers["Location"].endswith(back)
        page = client.get(back).get_data(as_text=True)
        assert f"Memo bij {target_type}: let op de school." in page
    assert [(m.target_type, m.author_id) for m in memos(db)] == [("code", world.researcher.id),
                                                                 ("answer", world.researcher.id),
                                                                 ("project", world.researcher.id)]
    code_memo = memos(db)[0]
    edit = client.get(f"{BASE}/memos/bewerken?memo={code_memo.id}").get_data(as_text=True)
    assert "Memo bij code" in html.fromstring(edit).xpath("//textarea")[0].text_content()
    client.post(f"{BASE}/memos/bewerken", data={"memo": code_memo.id, "text": "Aangepast."})
    assert memos(db)[0].text == "Aangepast."
    client.post(f"{BASE}/memos/verwijderen", data={"memo": code_memo.id})
    assert [m.target_type for m in memos(db)] == ["answer", "project"]
    overview = client.get(f"{BASE}/memos").get_data(as_text=True)
    assert "Memo bij answer" in overview and f"{BASE}/coderen/{world.answer.id}" in overview


def test_memo_text_is_encrypted_at_rest(client, db, world):
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/memos/nieuw", data={"target_type": "project", "text": "Geheime gedachte over SG-001"})
    raw = db.exec(text("SELECT text FROM memos")).one()[0]
    assert "Geheime" not in str(raw)
    assert memos(db)[0].text == "Geheime gedachte over SG-001"


def test_memos_need_text_and_a_target_in_this_project(client, db, world):
    foreign = factories.make_code(db, world.other_project, name="Elders")
    foreign_memo = Memo(project_id=world.other_project.id, target_type="project", text="Niet van jou")
    db.add(foreign_memo)
    db.commit()
    sign_in(client, db, world.researcher)
    page = client.post(f"{BASE}/memos/nieuw", data={"target_type": "code", "target_id": world.code.id, "text": " "},
                       follow_redirects=True).get_data(as_text=True)
    assert "De memo is leeg" in page
    assert client.post(f"{BASE}/memos/nieuw", data={"target_type": "code", "target_id": foreign.id,
                                                    "text": "x"}).status_code == 404
    assert client.post(f"{BASE}/memos/nieuw", data={"target_type": "gebruiker", "target_id": 1,
                                                    "text": "x"}).status_code == 404
    assert client.get(f"{BASE}/memos/bewerken?memo={foreign_memo.id}").status_code == 404
    assert client.post(f"{BASE}/memos/verwijderen", data={"memo": foreign_memo.id}).status_code == 404
    assert client.get(f"{BASE}/memos/bewerken?memo=abc").status_code == 404
    assert [m.text for m in memos(db)] == ["Niet van jou"]


def test_key_figures_and_the_municipality_never_see_memos(app, db, world):
    for user in (world.key_figure, world.municipality):
        client = app.test_client()
        sign_in(client, db, user)
        assert client.get(f"{BASE}/memos").status_code == 403
        assert client.post(f"{BASE}/memos/nieuw", data={"target_type": "project", "text": "x"}).status_code == 403
