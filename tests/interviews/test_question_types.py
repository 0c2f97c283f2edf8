"""Question types, answer options and show-if conditions, from the pure rules to the guide editor."""

import json
from types import SimpleNamespace

import pytest
from sqlmodel import select

from interviews import guide_versions, guides
from interviews.errors import GuideError
from interviews.models import Question
from interviews.questions import (
    Choice,
    choices_for,
    condition_of,
    options_of,
    parse_option_lines,
    should_show,
)
from interviews.translations import Translations
from tests import factories


def test_should_show_follows_the_earlier_answer():
    equals = {"question_key": "hulp", "equals": "ja"}
    one_of = json.dumps({"question_key": "kanaal", "in": ["school", "wijkteam"]})
    assert should_show("", {}) and should_show(None, {"hulp": "nee"})
    assert should_show(equals, {"hulp": "ja"}) and should_show(equals, {"hulp": " Ja "})
    assert not should_show(equals, {"hulp": "nee"}) and not should_show(equals, {})  # no answer: not asked
    assert should_show(one_of, {"kanaal": "school"})
    assert should_show(one_of, {"kanaal": ["huisarts", "wijkteam"]})  # multiple choice as a list
    assert should_show(one_of, {"kanaal": "huisarts\nwijkteam"})  # or one value per line
    assert not should_show(one_of, {"kanaal": "huisarts"})
    assert should_show("{kapot", {}) and condition_of("{kapot") is None  # unreadable: always asked


def test_options_get_stable_values_and_are_checked():
    first = parse_option_lines("Via school\n\n  Via het wijkteam \nVia school?")
    assert [c.value for c in first] == ["via_school", "via_het_wijkteam", "via_school_2"]
    again = parse_option_lines("Via het wijkteam\nBij de huisarts\nVia school", first)
    assert [(c.label, c.value) for c in again] == [
        ("Via het wijkteam", "via_het_wijkteam"), ("Bij de huisarts", "bij_de_huisarts"), ("Via school", "via_school")]
    assert parse_option_lines("نعم\nلا")[0].value == "optie"  # no latin letters still gives a value
    with pytest.raises(GuideError):
        parse_option_lines("Ja\nja")
    with pytest.raises(GuideError):
        parse_option_lines("\n".join(f"keuze {n}" for n in range(50)))


def test_choices_for_gives_capture_the_options_in_the_participants_language():
    question = SimpleNamespace(id=7, kind="single", options=json.dumps(
        [{"value": "school", "label": "Via school"}, {"value": "wijkteam", "label": "Via het wijkteam"}]))
    texts = Translations(questions={(7, "tr"): SimpleNamespace(text="", options=json.dumps({"school": "Okul"}))})
    assert choices_for(question, "tr", texts) == [Choice("school", "Okul"), Choice("wijkteam", "Via het wijkteam")]
    assert choices_for(SimpleNamespace(kind="yesno"), "ar")[0].label == "نعم"
    assert [c.value for c in choices_for(SimpleNamespace(kind="scale"))] == ["1", "2", "3", "4", "5"]
    assert choices_for(SimpleNamespace(kind="open", options="")) == []


@pytest.fixture
def section(db):
    project = factories.make_project(db, code_prefix="QT")
    db.commit()
    return guides.add_section(db, project, title="Hulp")


def test_a_show_if_condition_refers_to_an_earlier_answer(db, section):
    asked = guides.add_question(db, section, text="Heeft u hulp gezocht?", kind="yesno")
    how = guides.add_question(db, section, text="Via wie?", kind="multiple", options="School\nWijkteam\nHuisarts")
    follow = guides.add_question(db, section, text="Hoe ging dat?", show_if_question=asked.id, show_if_values="Ja")
    assert condition_of(follow.show_if) == {"question_key": asked.key, "equals": "ja"}
    both = guides.add_question(db, section, text="Wat zei de school?", show_if_question=how.id,
                               show_if_values="school\nWijkteam")
    assert condition_of(both.show_if) == {"question_key": how.key, "in": ["school", "wijkteam"]}
    with pytest.raises(GuideError, match="geen antwoord op die vraag") as error:
        guides.add_question(db, section, text="En toen?", show_if_question=how.id, show_if_values="Buurvrouw")
    assert error.value.field == "show_if_values"
    with pytest.raises(GuideError, match="eerder"):
        guides.update_question(db, asked, text=asked.text, kind="yesno", show_if_question=follow.id,
                               show_if_values="x")


def test_changes_that_break_a_condition_are_refused(db, section):
    how = guides.add_question(db, section, text="Via wie?", kind="single", options="School\nWijkteam")
    follow = guides.add_question(db, section, text="Wat zei de school?", show_if_question=how.id,
                                 show_if_values="School")
    db.commit()
    with pytest.raises(GuideError, match="Vraag 2 hangt af"):
        guides.update_question(db, how, text="Via wie?", kind="single", options="Wijkteam\nHuisarts")
    db.rollback()
    with pytest.raises(GuideError, match="hangt af"):
        guides.delete_question(db, how)
    with pytest.raises(GuideError, match="hangt af"):
        guides.move_question(db, follow, guides.UP)
    db.rollback()
    assert [q.text for q in guides.questions_of(db, section)] == ["Via wie?", "Wat zei de school?"]
    assert [c.label for c in options_of(db.get(Question, how.id))] == ["School", "Wijkteam"]


def test_choice_questions_need_two_options_and_a_known_type(db, section):
    with pytest.raises(GuideError) as error:
        guides.add_question(db, section, text="Kies", kind="single", options="Alleen deze")
    assert error.value.field == "options"
    with pytest.raises(GuideError) as error:
        guides.add_question(db, section, text="Kies", kind="ranking")
    assert error.value.field == "kind"
    assert guides.questions_of(db, section) == []


def test_oversized_and_double_texts_are_refused(db, section):
    with pytest.raises(GuideError, match="te lang"):
        guides.add_question(db, section, text="x" * 2001)
    with pytest.raises(GuideError, match="te lang"):
        guides.update_section(db, section, title="t" * 201)
    guides.add_question(db, section, text="Wat vindt u fijn?")
    with pytest.raises(GuideError, match="staat al"):
        guides.add_question(db, section, text="wat vindt u fijn?")
    assert len(guides.questions_of(db, section)) == 1


def test_a_new_version_copies_types_options_and_conditions(db, world):
    first = world.questions[0]
    copy = guide_versions.new_version(db, world.project, world.guide)
    new_first, new_second = [q for _s, q in guides.ordered_questions(db, copy.id)]
    guides.update_question(db, new_first, text=first.text, kind="single", options="Ja, vaak\nSoms\nNooit")
    guides.update_question(db, new_second, text=new_second.text, show_if_question=new_first.id,
                           show_if_values="Soms")
    third = guide_versions.new_version(db, world.project, copy)
    a, b = [q for _s, q in guides.ordered_questions(db, third.id)]
    assert [c.label for c in options_of(a)] == ["Ja, vaak", "Soms", "Nooit"]
    assert condition_of(b.show_if) == {"question_key": a.key, "equals": "soms"}
    assert a.key and a.key == new_first.key


# Through the pages

def test_researcher_picks_the_type_options_and_condition_in_the_editor(client, db, world, login):
    login(world.researcher)
    copy = guide_versions.new_version(db, world.project, world.guide)
    db.commit()
    section_id = guides.ordered_questions(db, copy.id)[0][0].id
    base = f"/p/{world.project.slug}/leidraad"
    response = client.post(f"{base}/thema/{section_id}/vraag/nieuw", data={
        "text": "Via wie kwam u bij de hulp?", "kind": "multiple", "options": "School\nWijkteam\nHuisarts",
    })
    assert response.status_code == 302
    source = db.exec(select(Question).where(Question.text == "Via wie kwam u bij de hulp?")).one()
    page = client.get(f"{base}/thema/{section_id}/vraag/nieuw").get_data(as_text=True)
    assert f'value="{source.id}"' in page and "Altijd" in page
    client.post(f"{base}/thema/{section_id}/vraag/nieuw", data={
        "text": "Wat deed de school?", "kind": "open", "show_if_question": str(source.id),
        "show_if_values": "School",
    })
    follow = db.exec(select(Question).where(Question.text == "Wat deed de school?")).one()
    assert condition_of(follow.show_if)["equals"] == "school"
    edit = client.get(f"{base}/vraag/{follow.id}").get_data(as_text=True)
    assert f'<option selected value="{source.id}"' in edit or f'value="{source.id}" selected' in edit
    overview = client.get(base).get_data(as_text=True)
    assert "Meer antwoorden kiezen" in overview and "Huisarts" in overview
    assert "Alleen als het antwoord op vraag 3 is: School" in overview
    bad = client.post(f"{base}/vraag/{follow.id}", data={
        "text": "Wat deed de school?", "kind": "open", "show_if_question": str(source.id), "show_if_values": "Buren"})
    assert bad.status_code == 200 and "geen antwoord op die vraag" in bad.get_data(as_text=True)
