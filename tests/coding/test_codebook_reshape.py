"""Reshaping the codebook never loses a coding: merge, split, move, rename, delete with a choice."""

import pytest
from sqlmodel import select

from coding.codebook import update_code
from coding.codebook_ops import merge_codes, move_codings
from coding.errors import CodingError
from coding.models import Code, Coding, Memo
from tests import factories
from tests.coding.builders import add_answer, audit_events, code_ids_of, segments_of, sign_in

BASE = "/p/seghwaert-proef"


@pytest.fixture
def shaped(db, world):
    """Theme A (with sub A1) and theme B; one answer whose first segment has both A and B, a second only A."""
    a, b = world.code, factories.make_code(db, world.project, name="Vertrouwde gezichten")
    a1 = factories.make_code(db, world.project, name="Schaamte", parent=a)
    answer = add_answer(db, world, "De juf kent ons. Ik schaam mij om hulp te vragen.")
    both = factories.make_segment(db, answer, a, start=0, end=15, coder=world.researcher)
    db.add(Coding(segment_id=both.id, code_id=b.id, coder_id=world.researcher.id))
    only_a = factories.make_segment(db, answer, a, start=16, coder=world.researcher)
    db.add(Memo(project_id=world.project.id, target_type="code", target_id=a.id, text="Let op schaamte."))
    db.commit()
    return a, a1, b, answer, both, only_a


def fresh(db, model, row_id):
    """The row as the database has it now (None when it is gone)."""
    db.expire_all()
    return db.get(model, row_id)


def codings_of(db, code_id):
    db.expire_all()
    return {c.segment_id for c in db.exec(select(Coding).where(Coding.code_id == code_id))}


def test_merge_moves_codings_collapses_duplicates_and_removes_the_source(client, db, world, shaped):
    a, a1, b, _answer, both, only_a = shaped
    before = codings_of(db, a.id) | codings_of(db, b.id)
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/codeboek/{a.id}/samenvoegen", data={"target": str(b.id)})
    assert response.status_code == 302
    assert fresh(db, Code, a.id) is None
    assert codings_of(db, b.id) == before  # nothing lost ...
    assert len(db.exec(select(Coding).where(Coding.segment_id == both.id)).all()) == 1  # ... the double collapsed
    assert db.get(Code, a1.id).parent_id == b.id  # the sub-theme moved along
    assert db.exec(select(Memo).where(Memo.target_id == b.id, Memo.target_type == "code")).one().text == \
        "Let op schaamte."
    assert db.get(Code, b.id).keywords == "drempel\nhulp"  # the keywords join
    [event] = audit_events(db, "code_samengevoegd")
    assert "Drempel om hulp te vragen -> Vertrouwde gezichten: 2 verplaatst, 1 dubbel" in event.detail


def test_merge_refuses_what_would_break_the_tree(db, world, shaped):
    a, a1, b, *_rest = shaped
    with pytest.raises(CodingError, match="eigen subthema"):
        merge_codes(db, world.project, a, a1.id)
    with pytest.raises(CodingError, match="hoofdthema"):
        merge_codes(db, world.project, a, factories.make_code(db, world.project, name="Sub van B", parent=b).id)
    with pytest.raises(CodingError, match="andere code"):
        merge_codes(db, world.project, a, a.id)


def test_split_moves_only_the_chosen_fragments_to_a_new_sub_theme(client, db, world, shaped):
    a, _a1, _b, answer, both, only_a = shaped
    sign_in(client, db, world.researcher)
    page = client.get(f"{BASE}/codeboek/{a.id}/splitsen").get_data(as_text=True)
    assert "Ik schaam mij om hulp te vragen." in page
    assert audit_events(db, "antwoorden_bekeken")[-1].object_id == str(a.id)
    response = client.post(f"{BASE}/codeboek/{a.id}/splitsen",
                           data={"name": "Hulp vragen", "place": "onder", "segments": [str(only_a.id)]})
    assert response.status_code == 302
    new = db.exec(select(Code).where(Code.name == "Hulp vragen")).one()
    assert (new.parent_id, new.colour) == (a.id, a.colour)
    assert codings_of(db, new.id) == {only_a.id}
    assert codings_of(db, a.id) == {both.id, world.segment.id}
    assert "Drempel om hulp te vragen -> Hulp vragen: 1 verplaatst" in audit_events(db, "code_gesplitst")[0].detail


def test_split_needs_a_name_and_fragments_of_this_code(client, db, world, shaped):
    a, a1, *_rest = shaped
    sign_in(client, db, world.researcher)
    page = client.post(f"{BASE}/codeboek/{a.id}/splitsen", data={"name": "Leeg", "place": "naast"})
    assert "Kies de fragmenten" in page.get_data(as_text=True)
    page = client.post(f"{BASE}/codeboek/{a1.id}/splitsen",
                       data={"name": "Ander", "place": "naast", "segments": [str(world.segment.id)]})
    assert "Deze fragmenten hebben deze code niet." in page.get_data(as_text=True)
    assert db.exec(select(Code).where(Code.name.in_(["Leeg", "Ander"]))).all() == []


def test_move_and_rename_keep_codings_and_are_logged(client, db, world, shaped):
    a, a1, b, *_rest = shaped
    used = codings_of(db, a.id)
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/codeboek/{a1.id}/bewerken", data={"name": "Schaamte en schuld", "parent_id": str(b.id),
                                                            "colour": "#2f6f8f"})
    db.expire_all()
    assert (db.get(Code, a1.id).name, db.get(Code, a1.id).parent_id) == ("Schaamte en schuld", b.id)
    assert audit_events(db, "code_hernoemd")[0].detail == "Schaamte -> Schaamte en schuld"
    assert audit_events(db, "code_verplaatst")[0].object_id == str(a1.id)
    client.post(f"{BASE}/codeboek/{a.id}/bewerken", data={"name": "Drempel", "parent_id": "", "colour": a.colour})
    assert fresh(db, Code, a.id).name == "Drempel"
    assert codings_of(db, a.id) == used


def test_move_refuses_cycles_and_a_third_level(db, world, shaped):
    a, a1, b, *_rest = shaped

    def move(code, parent_id):
        return update_code(db, world.project, code, name=code.name, parent_id=parent_id, colour=code.colour)

    with pytest.raises(CodingError, match="onder zichzelf"):
        move(a, a.id)
    with pytest.raises(CodingError, match="hoofdthema"):
        move(b, a1.id)  # under a sub-theme: a third level
    with pytest.raises(CodingError, match="subthema's"):
        move(a, b.id)  # a theme with sub-themes cannot become one
    assert move(a1, None).parent_id is None


def test_deleting_a_code_in_use_can_move_its_codings_to_another_code(client, db, world, shaped):
    a, a1, b, *_rest = shaped
    sign_in(client, db, world.researcher)
    page = client.post(f"{BASE}/codeboek/{a1.id}/verwijderen")  # unused: goes at once
    assert page.status_code == 302
    page = client.post(f"{BASE}/codeboek/{a.id}/verwijderen").get_data(as_text=True)
    assert "3 keer gebruikt" in page and "Verplaats ze naar een andere code" in page
    used = codings_of(db, a.id)
    response = client.post(f"{BASE}/codeboek/{a.id}/verwijderen/kiezen",
                           data={"action": "verplaatsen", "target": str(b.id)})
    assert response.status_code == 302
    assert fresh(db, Code, a.id) is None
    assert codings_of(db, b.id) == used
    assert [e.action for e in audit_events(db, "code_verwijderd")] == ["code_verwijderd", "code_verwijderd"]


def test_deleting_a_code_in_use_can_remove_its_codings_instead(client, db, world, shaped):
    a, a1, b, answer, both, only_a = shaped
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/codeboek/{a1.id}/verwijderen")
    response = client.post(f"{BASE}/codeboek/{a.id}/verwijderen/kiezen", data={"action": "weghalen"})
    assert response.status_code == 302
    db.expire_all()
    assert [s.id for s in segments_of(db, answer)] == [both.id]  # the fragment that still has B stays
    assert code_ids_of(db, both) == {b.id}


def test_moving_codings_without_a_target_is_refused_and_nothing_changes(client, db, world, shaped):
    a, *_rest = shaped
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/codeboek/{a.id}/verwijderen/kiezen", data={"action": "verplaatsen"},
                           follow_redirects=True)
    assert "Kies de code waar de coderingen heen gaan." in response.get_data(as_text=True)
    assert fresh(db, Code, a.id) is not None


def test_move_codings_keeps_provenance(db, world, shaped):
    a, _a1, b, _answer, _both, only_a = shaped
    coding = db.exec(select(Coding).where(Coding.segment_id == only_a.id)).one()
    coding.origin, coding.model_version = "suggestie", "v2"
    db.add(coding)
    result = move_codings(db, a, b, [only_a.id])
    assert (result.moved, result.collapsed) == (1, 0)
    moved = db.exec(select(Coding).where(Coding.segment_id == only_a.id)).one()
    assert (moved.code_id, moved.origin, moved.model_version, moved.coder_id) == (b.id, "suggestie", "v2",
                                                                                 world.researcher.id)


def test_two_researchers_coding_the_same_answer_at_once_both_keep_their_codings(app, db, world):
    second = factories.make_user(db, "onderzoeker", email="tweede@proef.nl")
    factories.add_member(db, second, world.project, "onderzoeker")
    other = factories.make_code(db, world.project, name="School als ingang")
    answer = add_answer(db, world, "De juf helpt, maar de drempel om hulp te vragen is hoog.")
    db.commit()
    first_client, second_client = app.test_client(), app.test_client()
    sign_in(first_client, db, world.researcher)
    sign_in(second_client, db, second)
    url = f"{BASE}/coderen/{answer.id}"
    assert first_client.get(url).status_code == second_client.get(url).status_code == 200  # both have it open
    # Overlapping spans, and one exactly the same span with the same code.
    assert first_client.post(url, data={"start": "0", "end": "13", "codes": [world.code.id]}).status_code == 302
    assert second_client.post(url, data={"start": "3", "end": "29", "codes": [other.id]}).status_code == 302
    assert second_client.post(url, data={"start": "0", "end": "13", "codes": [world.code.id]}).status_code == 302
    stored = [(s.start, s.end, s.created_by_id, code_ids_of(db, s)) for s in segments_of(db, answer)]
    assert sorted(stored, key=lambda row: (row[0], row[2])) == [
        (0, 13, world.researcher.id, {world.code.id}), (0, 13, second.id, {world.code.id}),
        (3, 29, second.id, {other.id})]
    page = first_client.get(url).get_data(as_text=True)
    assert "Gecodeerd door tweede@proef.nl" in page
