"""Read-along: the key figure turns the tablet and the parent reads one screen in one language."""

from interviews import capture
from interviews.models import QuestionTranslation, SectionTranslation


def readalong_url(world, interview, position=0):
    return f"/p/{world.project.slug}/gesprekken/{interview.id}/vraag/{position}/meelezen"


def _speaks(db, world, interview, lang):
    participant = capture.participant_of(db, interview)
    participant.language = lang
    db.add(participant)
    db.commit()


def _translate_first_screen(db, world, lang, question, section):
    db.add(SectionTranslation(section_id=world.questions[0].section_id, lang=lang, title=section))
    db.add(QuestionTranslation(question_id=world.questions[0].id, lang=lang, text=question))
    db.commit()


def test_a_translated_screen_is_all_arabic_and_the_way_back_is_the_key_figures_dutch(client, db, world, draft,
                                                                                      login):
    _speaks(db, world, draft, "ar")
    _translate_first_screen(db, world, "ar", "ما الذي يعجبك في الحي؟", "التربية في الحي")
    login(world.key_figure)
    page = client.get(readalong_url(world, draft)).get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page
    assert "ما الذي يعجبك في الحي؟" in page and "التربية في الحي" in page
    assert "Wat vindt u fijn" not in page and "Opvoeden in de wijk" not in page
    assert 'class="button small readalong-back" lang="nl" dir="ltr"' in page
    assert ">Terug naar het gesprek</a>" in page and "العودة إلى المحادثة" not in page


def test_the_way_back_follows_an_english_speaking_key_figure(client, db, world, draft, login):
    _speaks(db, world, draft, "tr")
    _translate_first_screen(db, world, "tr", "Mahallede neyi seviyorsunuz?", "Mahallede çocuk yetiştirmek")
    world.key_figure.locale = "en"
    db.add(world.key_figure)
    db.commit()
    login(world.key_figure)
    page = client.get(readalong_url(world, draft)).get_data(as_text=True)
    assert '<html lang="tr" dir="ltr">' in page and "Mahallede neyi seviyorsunuz?" in page
    assert 'lang="en" dir="ltr"' in page and ">Back to the conversation</a>" in page
    assert "Görüşmeye geri dön" not in page


def test_a_screen_the_guide_lacks_is_all_dutch_not_half_turkish(client, db, world, draft, login):
    _speaks(db, world, draft, "tr")
    # Only the first question is translated; the section title is not, so its screen cannot be all Turkish.
    db.add(QuestionTranslation(question_id=world.questions[0].id, lang="tr", text="Mahallede neyi seviyorsunuz?"))
    db.commit()
    login(world.key_figure)
    page = client.get(readalong_url(world, draft)).get_data(as_text=True)
    assert '<html lang="nl" dir="ltr">' in page
    assert "Wat vindt u fijn aan de wijk?" in page and "Opvoeden in de wijk" in page
    assert "Mahallede" not in page and "Soru" not in page and "Vraag 1 van 2" in page


def test_messages_for_the_key_figure_wait_for_the_capture_page(client, db, world, login):
    from tests import factories

    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    participant.language = "pl"
    db.add(participant)
    db.commit()
    login(world.key_figure)
    start = client.post(f"/p/{world.project.slug}/deelnemers/{participant.id}/gesprek")
    interview_url = start.headers["Location"]
    page = client.get(interview_url + "/meelezen").get_data(as_text=True)
    assert "Let op" not in page and "vertaald" not in page
    capture_page = client.get(interview_url).get_data(as_text=True)
    assert "niet helemaal vertaald in het Pools" in capture_page


def test_a_screen_counts_as_translated_only_with_every_answer_option():
    from types import SimpleNamespace as Row

    from interviews.questions import Choice
    from interviews.translations import Translations, screen_translated

    section, question = Row(id=1, intro="Nu over school."), Row(id=2)
    options = [Choice("vaak", "Vaak"), Choice("soms", "Soms")]
    texts = Translations(questions={(2, "pl"): Row(text="Jak często?", options='{"vaak": "Często"}')},
                         sections={(1, "pl"): Row(title="Szkoła", intro="")})
    assert not screen_translated(question, section, options, "pl", texts)
    texts.questions[(2, "pl")].options = '{"vaak": "Często", "soms": "Czasami"}'
    assert screen_translated(question, section, options, "pl", texts)
    assert not screen_translated(question, section, options, "pl", texts, with_intro=True)  # intro missing
    assert screen_translated(question, section, options, "nl", None)
