"""Journey 3: the researcher builds a codebook of themes and sub-themes."""

import pytest
from lxml import html
from sqlmodel import select

from coding.codebook import build_tree, clean_keywords, create_code, descendant_ids, root_ids
from coding.errors import CodingError
from coding.models import Code, Coding, Segment
from tests import factories
from tests.coding.builders import sign_in

BASE = "/p/seghwaert-proef"


def code_named(db, name):
    db.expire_all()
    return db.exec(select(Code).where(Code.name == name)).first()


def new_code(**fields):
    values = {"name": "", "parent_id": "", "colour": "#1e6b3a", "definition": "", "include_rule": "",
              "exclude_rule": "", "examples": "", "keywords": ""}
    values.update(fields)
    return values


def test_researcher_adds_a_theme_and_a_sub_theme_and_sees_the_tree(client, world, db):
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/codeboek/nieuw", data=new_code(
        name="School als ingang", definition="Ouders praten via de school.", include_rule="Contact via school",
        exclude_rule="Alleen over lessen", examples="De juf hielp ons",
        keywords="school\r\n juf \r\n\r\nSchool\r\nmentor",
    ))
    assert response.status_code == 302
    theme = code_named(db, "School als ingang")
    assert (theme.parent_id, theme.colour, theme.keywords) == (None, "#1e6b3a", "school\njuf\nmentor")
    assert (theme.include_rule, theme.exclude_rule, theme.examples) == ("Contact via school", "Alleen over lessen",
                                                                        "De juf hielp ons")
    client.post(f"{BASE}/codeboek/nieuw", data=new_code(name="Mentor", parent_id=str(theme.id)))
    sub = code_named(db, "Mentor")
    assert sub.parent_id == theme.id

    page = client.get(f"{BASE}/codeboek").get_data(as_text=True)
    tree = html.fromstring(page).xpath('//ul[@class="code-tree"]')[0]
    themes = {li.xpath('./div/a[@class="code-name"]')[0].text: li for li in tree.xpath("./li")}
    assert set(themes) == {"Drempel om hulp te vragen", "School als ingang"}
    assert [a.text for a in themes["School als ingang"].xpath('./ul//a[@class="code-name"]')] == ["Mentor"]
    assert themes["Drempel om hulp te vragen"].xpath("./ul") == []
    assert "Ouders praten via de school." in themes["School als ingang"].text_content()
    assert "cc-1e6b3a" in themes["School als ingang"].get("class")  # a palette class: the CSP forbids inline styles


def test_new_sub_theme_form_starts_under_the_chosen_theme(client, world, db):
    sign_in(client, db, world.researcher)
    page = client.get(f"{BASE}/codeboek/nieuw?thema={world.code.id}").get_data(as_text=True)
    assert f'<option selected value="{world.code.id}">' in page or f'value="{world.code.id}" selected' in page


def test_edit_a_code(client, world, db):
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/codeboek/{world.code.id}/bewerken",
                           data=new_code(name="Drempel", colour="#a12622", definition="Nieuw"))
    assert response.status_code == 302
    code = code_named(db, "Drempel")
    assert (code.id, code.colour, code.definition) == (world.code.id, "#a12622", "Nieuw")


def test_duplicate_names_and_deep_nesting_are_refused(client, world, db):
    sign_in(client, db, world.researcher)
    page = client.post(f"{BASE}/codeboek/nieuw", data=new_code(name="drempel om hulp te vragen"))
    assert page.status_code == 200
    assert "Er is al een code met de naam" in page.get_data(as_text=True)
    sub = factories.make_code(db, world.project, name="Wachttijd", parent=world.code)
    db.commit()
    page = client.post(f"{BASE}/codeboek/nieuw", data=new_code(name="Te diep", parent_id=str(sub.id)))
    assert page.status_code == 200
    assert code_named(db, "Te diep") is None


def test_a_theme_with_sub_themes_cannot_become_a_sub_theme(db, world):
    other = factories.make_code(db, world.project, name="Ander thema")
    factories.make_code(db, world.project, name="Sub", parent=world.code)
    with pytest.raises(CodingError, match="subthema"):
        from coding.codebook import update_code

        update_code(db, world.project, world.code, name=world.code.name, parent_id=other.id)


def test_a_code_of_another_project_cannot_be_a_parent(db, world):
    foreign = factories.make_code(db, world.other_project, name="Elders")
    with pytest.raises(CodingError):
        create_code(db, world.project, name="Nieuw", parent_id=foreign.id)


def test_deleting_an_unused_code_needs_no_confirmation(client, world, db):
    unused = factories.make_code(db, world.project, name="Nog leeg")
    db.commit()
    sign_in(client, db, world.researcher)
    assert client.post(f"{BASE}/codeboek/{unused.id}/verwijderen").status_code == 302
    assert code_named(db, "Nog leeg") is None


def test_deleting_a_code_in_use_asks_first_and_says_how_many_codings(client, world, db):
    name = world.code.name
    sign_in(client, db, world.researcher)
    page = client.post(f"{BASE}/codeboek/{world.code.id}/verwijderen")
    assert page.status_code == 200
    assert "1 keer gebruikt" in page.get_data(as_text=True)
    assert code_named(db, name) is not None

    assert client.post(f"{BASE}/codeboek/{world.code.id}/verwijderen", data={"confirm": "ja"}).status_code == 302
    assert code_named(db, name) is None
    assert db.exec(select(Coding)).all() == []
    assert db.exec(select(Segment)).all() == []  # the segment had no other code


def test_a_theme_with_sub_themes_is_not_deleted(client, world, db):
    factories.make_code(db, world.project, name="Sub", parent=world.code)
    db.commit()
    sign_in(client, db, world.researcher)
    client.post(f"{BASE}/codeboek/{world.code.id}/verwijderen", data={"confirm": "ja"})
    assert code_named(db, world.code.name) is not None


def test_codes_of_another_project_are_not_found(client, world, db):
    foreign = factories.make_code(db, world.other_project, name="Elders")
    db.commit()
    sign_in(client, db, world.researcher)
    assert client.get(f"{BASE}/codeboek/{foreign.id}/bewerken").status_code == 404
    assert client.post(f"{BASE}/codeboek/{foreign.id}/verwijderen", data={"confirm": "ja"}).status_code == 404


class FakeCode:
    def __init__(self, id, parent_id=None):
        self.id, self.parent_id = id, parent_id


def test_tree_helpers_are_pure():
    codes = [FakeCode(1), FakeCode(2, 1), FakeCode(3, 1), FakeCode(4), FakeCode(5, 4)]
    tree = build_tree(codes)
    assert [(n.code.id, [c.code.id for c in n.children]) for n in tree] == [(1, [2, 3]), (4, [5])]
    assert descendant_ids(codes, 1) == {1, 2, 3}
    assert root_ids(codes) == {1: 1, 2: 1, 3: 1, 4: 4, 5: 4}
    assert clean_keywords(" a \n\nA\nb ") == "a\nb"
