"""The researcher translates participant-facing text per guide version and previews it as a participant."""

import re
from types import SimpleNamespace

from sqlmodel import select

from interviews import guide_versions, guides, translation_edit
from interviews.models import QuestionTranslation, SectionTranslation
from interviews.questions import options_of
from interviews.translations import option_labels, question_text, section_intro, section_title, text_direction
from research.models import AuditEvent, Project
from tests import factories


def test_question_text_falls_back_to_dutch():
    question = SimpleNamespace(id=1, text="Wat vindt u fijn aan de wijk?")
    texts = translation_edit.Translations(questions={
        (1, "en"): SimpleNamespace(text="What do you like about the neighbourhood?"),
        (1, "pl"): SimpleNamespace(text="   "),
    })
    assert question_text(question, "en", texts) == "What do you like about the neighbourhood?"
    assert question_text(question, "pl", texts) == question.text  # empty translation: Dutch
    assert question_text(question, "tr", texts) == question.text
    assert question_text(question, "en", None) == question.text
    assert section_title(SimpleNamespace(id=3, title="Hulp"), "ar", texts) == "Hulp"
    assert (text_direction("ar"), text_direction("tr")) == ("rtl", "ltr")


def fresh_guide(db):
    project = factories.make_project(db, code_prefix="TR")
    section = guides.add_section(db, project, title="School", intro="Nu gaat het over school.")
    open_q = guides.add_question(db, section, text="Met wie praat u op school?")
    choice = guides.add_question(db, section, text="Hoe vaak?", kind="single", options="Vaak\nSoms")
    db.commit()
    return project, guides.current_guide(db, project), section, open_q, choice


def test_translations_are_saved_and_copied_into_a_new_version(db):
    project, guide, section, open_q, choice = fresh_guide(db)
    count = translation_edit.save_translations(db, guide, "tr", {
        f"s{section.id}-title": "Okul", f"q{open_q.id}": "Okulda kiminle konuşuyorsunuz?",
        f"q{choice.id}": "Ne sıklıkla?", f"q{choice.id}-vaak": "Sık sık", f"q{choice.id}-soms": "",
    })
    db.commit()
    assert count == 3
    texts = translation_edit.translations_for(db, guide.id)
    assert question_text(choice, "tr", texts) == "Ne sıklıkla?"
    assert translation_edit.coverage(db, guide)[1].lang == "tr"
    # Title, intro, two questions and two answer options: the title, both questions and "Vaak" are done.
    assert (translation_edit.coverage(db, guide)[1].done, translation_edit.coverage(db, guide)[1].total) == (4, 6)
    copy = guide_versions.new_version(db, project, guide)
    new_choice = guides.ordered_questions(db, copy.id)[1][1]
    copied = translation_edit.translations_for(db, copy.id)
    assert question_text(new_choice, "tr", copied) == "Ne sıklıkla?"
    assert translation_edit.translation_values(db, copy, "tr")[f"q{new_choice.id}-vaak"] == "Sık sık"
    # Deleting a translated question or section takes its translations along.
    guides.delete_section(db, guides.section_for(db, project, new_choice.section_id))
    db.commit()
    assert db.exec(select(SectionTranslation).where(SectionTranslation.section_id == new_choice.section_id)).all() == []


def test_translation_page_saves_and_refuses_oversized_text(client, db, login):
    project, guide, section, open_q, choice = fresh_guide(db)
    researcher = factories.make_user(db, "onderzoeker")
    factories.add_member(db, researcher, project, "onderzoeker")
    db.commit()
    login(researcher)
    url = f"/p/{project.slug}/leidraad/{guide.id}/vertalingen/ar"
    page = client.get(url).get_data(as_text=True)
    assert 'dir="rtl"' in page and "Vraag in het Arabisch" in page and f'name="q{choice.id}-vaak"' in page
    too_long = client.post(url, data={f"q{open_q.id}": "ك" * 2001, f"s{section.id}-title": "مدرسة"})
    assert too_long.status_code == 200 and "te lang" in too_long.get_data(as_text=True)
    assert "مدرسة" in too_long.get_data(as_text=True)  # what was typed stays on the page
    assert db.exec(select(QuestionTranslation)).all() == []  # nothing stored
    assert client.post(url, data={f"q{open_q.id}": "مع من تتحدث في المدرسة؟"}).status_code == 302
    assert client.get(f"/p/{project.slug}/leidraad/{guide.id}/vertalingen/de").status_code == 404
    overview = client.get(f"/p/{project.slug}/leidraad/{guide.id}/vertalingen").get_data(as_text=True)
    assert "1 van 6 teksten" in overview and "(16%)" in overview


def test_preview_shows_the_guide_as_a_participant_sees_it(client, db, world, login):
    login(world.researcher)
    question = world.questions[0]
    db.add(QuestionTranslation(question_id=question.id, lang="ar", text="ما الذي تحبه في الحي؟"))
    db.commit()
    url = f"/p/{world.project.slug}/leidraad/{world.guide.id}/voorbeeld"
    arabic = client.get(f"{url}?taal=ar").get_data(as_text=True)
    assert 'lang="ar" dir="rtl"' in arabic and "ما الذي تحبه في الحي؟" in arabic
    assert world.questions[1].text in arabic  # not translated: Dutch
    assert "Kunt u een voorbeeld geven?" not in arabic and "Neem de tijd." not in arabic  # probes, notes: not shown
    dutch = client.get(f"{url}?taal=klingon").get_data(as_text=True)
    assert 'lang="nl" dir="ltr"' in dutch and question.text in dutch


def test_a_version_in_use_gets_translations_in_place_and_logged(client, db, world, login):
    login(world.researcher)
    url = f"/p/{world.project.slug}/leidraad/{world.guide.id}/vertalingen/en"
    page = client.get(url).get_data(as_text=True)
    assert "Vertalingen opslaan" in page  # the form is there although interviews use this version
    response = client.post(url, data={f"q{world.questions[0].id}": "What do you like?"})
    assert response.status_code == 302
    stored = db.exec(select(QuestionTranslation).where(QuestionTranslation.text != "")).one()
    assert (stored.question_id, stored.lang, stored.text) == (world.questions[0].id, "en", "What do you like?")
    assert guides.current_guide(db, world.project).id == world.guide.id  # no new version
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "vertaling_gewijzigd")).one()
    assert event.object_id == str(world.guide.id) and "taal en" in event.detail and "1 gesprekken" in event.detail
    overview = client.get(f"/p/{world.project.slug}/leidraad/{world.guide.id}/vertalingen").get_data(as_text=True)
    assert "nieuwe versie" not in overview and "al gebruikt in 1 gesprek" in overview


def test_an_old_version_gets_translations_too(client, db, world, login):
    copy = guide_versions.new_version(db, world.project, world.guide)
    db.commit()
    login(world.researcher)
    url = f"/p/{world.project.slug}/leidraad/{world.guide.id}/vertalingen/tr"
    assert client.post(url, data={f"q{world.questions[0].id}": "Mahallede neyi seviyorsunuz?"}).status_code == 302
    texts = translation_edit.translations_for(db, world.guide.id)
    assert question_text(world.questions[0], "tr", texts) == "Mahallede neyi seviyorsunuz?"
    assert translation_edit.translations_for(db, copy.id).questions == {}  # the newer version keeps its own


def test_coverage_counts_answer_options_and_gives_a_percentage(db):
    project, guide, section, open_q, choice = fresh_guide(db)
    translation_edit.save_translations(db, guide, "pl", {
        f"s{section.id}-title": "Szkoła", f"s{section.id}-intro": "Teraz o szkole.",
        f"q{open_q.id}": "Z kim rozmawiasz w szkole?", f"q{choice.id}": "Jak często?", f"q{choice.id}-vaak": "Często",
    })
    polish = {c.lang: c for c in translation_edit.coverage(db, guide)}["pl"]
    assert (polish.done, polish.total, polish.percent, polish.complete) == (5, 6, 83, False)
    translation_edit.save_translations(db, guide, "pl", {
        f"s{section.id}-title": "Szkoła", f"s{section.id}-intro": "Teraz o szkole.",
        f"q{open_q.id}": "Z kim rozmawiasz w szkole?", f"q{choice.id}": "Jak często?", f"q{choice.id}-vaak": "Często",
        f"q{choice.id}-soms": "Czasami",
    })
    polish = {c.lang: c for c in translation_edit.coverage(db, guide)}["pl"]
    assert (polish.done, polish.total, polish.percent, polish.complete) == (6, 6, 100, True)
    assert translation_edit.language_gap(db, guide, "pl") is None
    assert translation_edit.language_gap(db, guide, "tr").done == 0


def test_translation_page_and_guide_page_show_completeness_per_language(client, db, world, login):
    db.add(QuestionTranslation(question_id=world.questions[0].id, lang="tr", text="Mahallede neyi seviyorsunuz?"))
    db.commit()
    login(world.researcher)
    total = translation_edit.coverage(db, world.guide)[0].total
    overview = client.get(f"/p/{world.project.slug}/leidraad/{world.guide.id}/vertalingen").get_data(as_text=True)
    assert f"1 van {total} teksten" in overview and f"({100 // total}%)" in overview
    guide_page = client.get(f"/p/{world.project.slug}/leidraad").get_data(as_text=True)
    assert "Hoeveel is vertaald" in guide_page
    assert re.search(rf"Turks:</span>\s*1 van {total} teksten", guide_page)
    assert re.search(rf"Engels:</span>\s*0 van {total} teksten", guide_page)


def test_demo_guide_is_translated_in_every_participant_language(runner, db):
    assert runner.invoke(args=["demo", "load"]).exit_code == 0
    project = db.exec(select(Project).where(Project.slug == "seghwaert")).one()
    guide = guides.current_guide(db, project)
    texts = translation_edit.translations_for(db, guide.id)
    items = guides.outline(db, guide)
    assert sum(len(item.questions) for item in items) >= 17
    for lang in ("en", "tr", "ar", "pl"):
        for item in items:
            assert section_title(item.section, lang, texts) != item.section.title, (lang, item.section.title)
            if item.section.intro:
                assert section_intro(item.section, lang, texts) != item.section.intro, (lang, item.section.intro)
            for entry in item.questions:
                question = entry.question
                assert question_text(question, lang, texts) != question.text, (lang, question.text)
                labels = option_labels(question, lang, texts)
                assert all(labels.get(c.value) for c in options_of(question)), (lang, question.text)
        assert translation_edit.language_gap(db, guide, lang) is None
    assert "ما الذي يعجبك" in question_text(items[0].questions[0].question, "ar", texts)
