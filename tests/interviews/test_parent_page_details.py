"""Small things a parent trips on: the 1-5 scale and the character limit."""

import re

from interviews.models import Question


def _make_first_question_a_scale(db, world):
    question = db.get(Question, world.questions[0].id)
    question.kind = "scale"
    db.add(question)
    db.commit()


def test_a_parents_open_question_does_not_mention_the_character_limit(client, world, parent_link):
    path = parent_link()
    client.post(f"{path}/toestemming", data={"agree_participant": "y"})
    page = client.get(f"{path}/vraag/0").get_data(as_text=True)
    assert "<textarea" in page and "Schrijf in uw eigen woorden." in page
    assert "tekens" not in page and "20000" not in page


def test_the_key_figures_page_may_still_show_the_limit(client, world, draft, login):
    login(world.key_figure)
    page = client.get(f"/p/{world.project.slug}/gesprekken/{draft.id}/vraag/0").get_data(as_text=True)
    assert "Hoogstens 20000 tekens" in page


def test_the_scale_is_one_row_with_words_at_both_ends(client, db, world, draft, parent_link, login):
    _make_first_question_a_scale(db, world)
    path = parent_link()
    client.post(f"{path}/toestemming", data={"agree_participant": "y"})
    parent_page = client.get(f"{path}/vraag/0").get_data(as_text=True)
    login(world.key_figure)
    key_figure_page = client.get(f"/p/{world.project.slug}/gesprekken/{draft.id}/vraag/0").get_data(as_text=True)
    readalong = client.get(f"/p/{world.project.slug}/gesprekken/{draft.id}/vraag/0/meelezen").get_data(as_text=True)
    for page in (parent_page, key_figure_page, readalong):
        assert 'scale-options"' in page
        assert re.search(r'class="scale-ends" id="scale-ends"><span>helemaal niet</span><span>heel erg</span>', page)
    for page in (parent_page, key_figure_page):
        assert re.search(r'<fieldset class="choice-group"[^>]*aria-describedby="scale-ends[ "]', page)
    response = client.get("/static/css/interviews.css")
    css = response.get_data(as_text=True)
    response.close()
    assert ".choice-options.scale-options { display: flex;" in css
