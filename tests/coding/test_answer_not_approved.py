"""Coding an answer of an interview nobody approved yet says why and links to the review, not a bare 404."""

import pytest
from lxml import html

from interviews.models import Interview
from tests.coding.builders import add_answer, segments_of, sign_in

BASE = "/p/seghwaert-proef"


def _answer_of_interview_in_review(db, world, review_status):
    answer = add_answer(db, world, "We wachten al maanden op een plek.")
    interview = db.get(Interview, answer.interview_id)
    interview.review_status = review_status
    db.add(interview)
    db.commit()
    return answer, interview


def _review_links(response):
    """The 'Beoordelen' links in the page's content (the project menu has one of its own)."""
    page = html.fromstring(response.get_data(as_text=True))
    return page.xpath('//main//a[normalize-space()="Beoordelen"]')


@pytest.mark.parametrize("review_status", ["open", "aandacht"])
def test_the_page_explains_the_review_and_links_to_it(client, db, world, review_status):
    answer, interview = _answer_of_interview_in_review(db, world, review_status)
    sign_in(client, db, world.researcher)
    response = client.get(f"{BASE}/coderen/{answer.id}")
    assert response.status_code == 404
    page = html.fromstring(response.get_data(as_text=True))
    text = " ".join(page.text_content().split())
    assert "beoordeeld" in text and "goedgekeurd" in text
    [link] = _review_links(response)
    assert link.get("href") == f"{BASE}/beoordelen/{interview.id}"
    assert "We wachten al maanden" not in text  # the answer itself stays hidden until it is approved


def test_posting_a_coding_to_it_stores_nothing_and_explains_too(client, db, world):
    answer, _interview = _answer_of_interview_in_review(db, world, "open")
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/coderen/{answer.id}", data={"start": "0", "end": "5", "codes": [world.code.id]})
    assert response.status_code == 404
    assert len(_review_links(response)) == 1
    assert segments_of(db, answer) == []


def test_an_answer_that_does_not_exist_is_still_a_plain_not_found(client, db, world):
    sign_in(client, db, world.researcher)
    response = client.get(f"{BASE}/coderen/999999")
    assert response.status_code == 404
    assert _review_links(response) == []


def test_an_answer_of_another_project_shows_nothing_about_it(client, db, world):
    from research.roles import Role
    from tests import factories

    other = factories.make_project(db, slug="derde-project")
    factories.add_member(db, world.researcher, other, Role.RESEARCHER)
    answer, _interview = _answer_of_interview_in_review(db, world, "open")
    sign_in(client, db, world.researcher)
    response = client.get(f"/p/derde-project/coderen/{answer.id}")
    assert response.status_code == 404
    assert _review_links(response) == []
