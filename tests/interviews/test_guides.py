"""Journey 1: the researcher writes the gespreksleidraad (sections, questions, probes, notes)."""

import pytest
from sqlmodel import select

from interviews import guide_versions, guides
from interviews.errors import GuideError
from interviews.models import Guide, Probe, Question, Section
from tests import factories


@pytest.fixture
def project(db):
    project = factories.make_project(db, code_prefix="MZ")
    db.commit()
    return project


def texts(db, guide):
    """The guide as nested plain data: [(section title, [(question text, [probes], note)])]."""
    return [
        (item.section.title, [(q.question.text, [p.text for p in q.probes], q.question.note) for q in item.questions])
        for item in guides.outline(db, guide)
    ]


def test_first_edit_makes_version_1_and_keeps_probes_one_per_line(db, project):
    assert guides.current_guide(db, project) is None
    school = guides.add_section(db, project, title="  School  ", intro="Over school en opvoeden.")
    guides.add_question(db, school, text="Met wie praat u als het op school niet goed gaat?",
                        probes="Kunt u een voorbeeld geven?\n\n  Wat gebeurde er toen?  \r\n", note="Neem de tijd.")
    guide = guides.current_guide(db, project)
    assert guide.version == 1
    assert texts(db, guide) == [("School", [(
        "Met wie praat u als het op school niet goed gaat?",
        ["Kunt u een voorbeeld geven?", "Wat gebeurde er toen?"], "Neem de tijd.",
    )])]


def test_sections_and_questions_move_up_and_down(db, project):
    first = guides.add_section(db, project, title="Opvoeden in de wijk")
    second = guides.add_section(db, project, title="Activiteiten")
    third = guides.add_section(db, project, title="Wensen")
    a, b, c = (guides.add_question(db, second, text=t) for t in ("A?", "B?", "C?"))
    guides.move_section(db, third, guides.UP)
    guides.move_section(db, first, guides.UP)  # already on top: nothing changes
    guides.move_question(db, a, guides.DOWN)
    guides.move_question(db, c, guides.DOWN)  # already at the bottom
    guide = guides.current_guide(db, project)
    assert [title for title, _ in texts(db, guide)] == ["Opvoeden in de wijk", "Wensen", "Activiteiten"]
    assert [q for q, _, _ in texts(db, guide)[2][1]] == ["B?", "A?", "C?"]
    assert [q.text for _, q in guides.ordered_questions(db, guide.id)] == ["B?", "A?", "C?"]
    with pytest.raises(GuideError):
        guides.move_question(db, a, "sideways")


def test_edit_replaces_probes_and_delete_renumbers(db, project):
    section = guides.add_section(db, project, title="Hulp")
    keep = guides.add_question(db, section, text="Heeft u ooit hulp gezocht?", probes="Hoe ging dat?")
    drop = guides.add_question(db, section, text="Weg?", probes="een\ntwee")
    last = guides.add_question(db, section, text="Wat moet er veranderen?")
    guides.update_question(db, keep, text="Heeft u ooit hulp gezocht voor uw kind?", probes="Bij wie?", note="")
    guides.delete_question(db, drop)
    assert db.exec(select(Probe).where(Probe.question_id == drop.id)).all() == []
    assert [(q.text, q.position) for q in guides.questions_of(db, section)] == [
        ("Heeft u ooit hulp gezocht voor uw kind?", 0), ("Wat moet er veranderen?", 1)]
    assert [p.text for p in guides.probes_of(db, keep)] == ["Bij wie?"]
    assert last.position == 1


def test_deleting_a_section_deletes_its_questions_and_probes(db, project):
    gone = guides.add_section(db, project, title="Weg")
    stays = guides.add_section(db, project, title="Blijft")
    question = guides.add_question(db, gone, text="Vraag?", probes="doorvraag")
    guides.delete_section(db, gone)
    db.commit()
    assert db.get(Question, question.id) is None
    assert db.exec(select(Probe)).all() == []
    assert [(s.title, s.position) for s in db.exec(select(Section))] == [("Blijft", 0)]
    assert stays.position == 0


def test_empty_title_and_too_many_probes_are_refused(db, project):
    with pytest.raises(GuideError) as error:
        guides.add_section(db, project, title="   ")
    assert error.value.field == "title"
    section = guides.add_section(db, project, title="Thema")
    with pytest.raises(GuideError) as error:
        guides.add_question(db, section, text="Vraag?", probes="\n".join(f"p{i}" for i in range(25)))
    assert error.value.field == "probes" and guides.questions_of(db, section) == []


def test_a_guide_used_in_interviews_is_frozen_until_a_new_version(db, world):
    guide, first = world.guide, world.questions[0]
    with pytest.raises(GuideError, match="nieuwe versie"):
        guides.update_question(db, first, text="Anders?")
    with pytest.raises(GuideError):
        guides.delete_question(db, first)
    copy = guide_versions.new_version(db, world.project, guide)
    assert (copy.version, copy.based_on_id) == (2, guide.id)
    assert texts(db, copy) == texts(db, guide)
    new_first = guides.ordered_questions(db, copy.id)[0][1]
    guides.update_question(db, new_first, text="Wat vindt u fijn aan Seghwaert?", probes="")
    with pytest.raises(GuideError, match="oude versie"):
        guides.add_question(db, db.get(Section, first.section_id), text="Nog een?")
    # The interview keeps the questions it was held with.
    assert guides.ordered_questions(db, world.interview.guide_id)[0][1].text == "Wat vindt u fijn aan de wijk?"


# Through the pages

def researcher_in(db, project, login):
    researcher = factories.make_user(db, "onderzoeker")
    factories.add_member(db, researcher, project, "onderzoeker")
    db.commit()
    return login(researcher)


def test_researcher_writes_a_guide_through_the_pages(client, db, project, login):
    researcher_in(db, project, login)
    base = f"/p/{project.slug}/leidraad"
    empty = client.get(base)
    assert empty.status_code == 200 and "nog geen thema" in empty.get_data(as_text=True)
    assert db.exec(select(Guide)).all() == []  # looking does not create anything

    assert client.post(f"{base}/thema/nieuw", data={"title": "Opvoeden in de wijk", "intro": ""}).status_code == 302
    section = db.exec(select(Section)).one()
    response = client.post(f"{base}/thema/{section.id}/vraag/nieuw", data={
        "text": "Wat vindt u fijn aan opgroeien en opvoeden in Seghwaert?",
        "probes": "Kunt u een voorbeeld geven?\nEn wat minder fijn?", "note": "Laat stiltes vallen.",
    })
    assert response.status_code == 302
    client.post(f"{base}/thema/{section.id}/vraag/nieuw", data={"text": "Welke activiteiten kent u?"})
    page = client.get(base).get_data(as_text=True)
    assert page.index("fijn aan opgroeien") < page.index("Welke activiteiten kent u?")
    assert "En wat minder fijn?" in page and "Laat stiltes vallen." in page

    second = db.exec(select(Question).where(Question.text == "Welke activiteiten kent u?")).one()
    assert client.post(f"{base}/vraag/{second.id}/verplaatsen", data={"direction": "up"}).status_code == 302
    page = client.get(base).get_data(as_text=True)
    assert page.index("Welke activiteiten kent u?") < page.index("fijn aan opgroeien")


def test_question_edit_form_keeps_the_typed_text_on_an_error(client, db, world, login):
    login(world.researcher)
    question = world.questions[0]
    url = f"/p/{world.project.slug}/leidraad/vraag/{question.id}"
    assert "Kunt u een voorbeeld geven?" in client.get(url).get_data(as_text=True)  # probes, one per line
    response = client.post(url, data={"text": "Een betere vraag?", "probes": "Nieuw", "note": ""})
    page = response.get_data(as_text=True)
    # The guide is in use: the change is refused with a message and the typed text stays in the form.
    assert response.status_code == 200 and "nieuwe versie" in page and "Een betere vraag?" in page
    db.expire_all()
    assert db.get(Question, question.id).text == "Wat vindt u fijn aan de wijk?"

    response = client.post(url, data={"text": "", "probes": "Iets", "note": "Mijn notitie"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Vul dit veld in." in page and "Mijn notitie" in page


def test_delete_asks_first_then_deletes(client, db, project, login):
    researcher_in(db, project, login)
    section = guides.add_section(db, project, title="Wensen")
    question = guides.add_question(db, section, text="Wat moet de gemeente veranderen?")
    db.commit()
    question_id, section_id = question.id, section.id
    url = f"/p/{project.slug}/leidraad/vraag/{question_id}/verwijderen"
    confirm = client.get(url)
    assert confirm.status_code == 200 and "Ja, verwijderen" in confirm.get_data(as_text=True)
    assert db.exec(select(Question).where(Question.id == question_id)).first() is not None
    assert client.post(url).status_code == 302
    db.expire_all()
    assert db.exec(select(Question).where(Question.id == question_id)).first() is None
    assert client.post(f"/p/{project.slug}/leidraad/thema/{section_id}/verwijderen").status_code == 302
    assert db.exec(select(Section)).all() == []


def test_new_version_button_unfreezes_the_guide(client, db, world, login):
    login(world.researcher)
    page = client.get(f"/p/{world.project.slug}/leidraad").get_data(as_text=True)
    assert "Nieuwe versie maken" in page and "Bewerken" not in page
    client.post(f"/p/{world.project.slug}/leidraad/{world.guide.id}/nieuwe-versie")
    page = client.get(f"/p/{world.project.slug}/leidraad").get_data(as_text=True)
    assert "Versie 2" in page and "Bewerken" in page


def test_unknown_or_foreign_section_gives_a_friendly_404(client, db, world, login):
    login(world.researcher)
    foreign_guide, _ = factories.make_guide(db, world.other_project)
    db.commit()
    foreign = db.exec(select(Section).where(Section.guide_id == foreign_guide.id)).one()
    for section_id in (foreign.id, 99999):
        response = client.get(f"/p/{world.project.slug}/leidraad/thema/{section_id}")
        assert response.status_code == 404
        assert "bestaat niet" in response.get_data(as_text=True)
