"""Journey 3: the researcher codes spans of answers, with and without JavaScript."""

from datetime import UTC, datetime

import pytest
from lxml import html

from coding.errors import CodingError
from coding.highlight import Span, highlight
from coding.segments import find_fragment, resolve_span
from tests import factories
from tests.coding.builders import add_answer, audit_events, code_ids_of, segments_of, sign_in

BASE = "/p/seghwaert-proef"
TEXT = "Het café en één kind: de drempel is hoog.\nDe school helpt."


@pytest.fixture
def coding(db, world):
    """A researcher's view of a fresh answer with non-ASCII text, and a second code."""
    answer = add_answer(db, world, TEXT)
    second = factories.make_code(db, world.project, name="School als ingang", colour="#1e6b3a")
    db.commit()
    return answer, world.code, second


def post_coding(client, answer, **data):
    return client.post(f"{BASE}/coderen/{answer.id}", data=data)


def test_offsets_are_code_points_not_bytes_or_utf16():
    start = TEXT.index("één kind")
    assert resolve_span(TEXT, start, start + 8) == (12, 20)
    assert TEXT[12:20] == "één kind"
    assert len(TEXT[:12].encode("utf-8")) != 12  # the bytes before it would give other offsets


def test_selection_offsets_code_a_span_with_two_codes(client, coding, db, world):
    answer, first, second = coding
    sign_in(client, db, world.researcher)
    response = post_coding(client, answer, start="12", end="20", fragment="één kind", codes=[first.id, second.id])
    assert response.status_code == 302
    [segment] = segments_of(db, answer)
    assert (segment.start, segment.end, segment.text) == (12, 20, "één kind")
    assert code_ids_of(db, segment) == {first.id, second.id}
    assert segment.created_by_id == world.researcher.id


def test_without_javascript_the_pasted_fragment_is_found(client, coding, db, world):
    answer, first, _second = coding
    sign_in(client, db, world.researcher)
    # Browsers send textarea line ends as CRLF; the first occurrence counts.
    response = post_coding(client, answer, fragment="  hoog.\r\nDe school ", codes=[first.id])
    assert response.status_code == 302
    [segment] = segments_of(db, answer)
    assert segment.text == "hoog.\nDe school"
    assert (segment.start, segment.end) == (TEXT.index("hoog."), TEXT.index("hoog.") + len("hoog.\nDe school"))


def test_coding_the_same_span_again_adds_the_code_to_it(client, coding, db, world):
    answer, first, second = coding
    sign_in(client, db, world.researcher)
    post_coding(client, answer, fragment="één kind", codes=[first.id])
    post_coding(client, answer, start="12", end="20", codes=[second.id])
    [segment] = segments_of(db, answer)
    assert code_ids_of(db, segment) == {first.id, second.id}


def test_selection_offsets_with_surrounding_spaces_are_trimmed():
    assert resolve_span(TEXT, 11, 20) == (12, 20)
    end_of_line = TEXT.index("\n") + 1
    assert resolve_span(TEXT, TEXT.index("hoog"), end_of_line) == (TEXT.index("hoog"), end_of_line - 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"fragment": ""}, "Selecteer een stuk tekst"),
        ({"start": "0", "end": "999"}, "buiten het antwoord"),
        ({"start": "-1", "end": "4"}, "buiten het antwoord"),
        ({"start": "20", "end": "12"}, "na het einde"),
        ({"start": "5", "end": "5"}, "leeg"),
        ({"start": "11", "end": "12"}, "leeg"),  # only a space
        ({"start": "abc", "end": "4"}, "niet goed doorgekomen"),
        ({"start": "4"}, "niet goed doorgekomen"),
        ({"fragment": "twee kinderen"}, "staat niet in het antwoord"),
        ({"start": "0", "end": "3", "fragment": "café"}, "niet gelijk"),
    ],
)
def test_bad_spans_are_refused_and_nothing_is_stored(client, coding, db, world, data, message):
    answer, first, _second = coding
    sign_in(client, db, world.researcher)
    response = post_coding(client, answer, codes=[first.id], **data)
    assert response.status_code == 200
    assert message in response.get_data(as_text=True)
    assert segments_of(db, answer) == []


def test_no_code_chosen_is_refused(client, coding, db, world):
    answer, _first, _second = coding
    sign_in(client, db, world.researcher)
    response = post_coding(client, answer, fragment="één kind")
    assert "Kies minstens één code." in response.get_data(as_text=True)
    assert segments_of(db, answer) == []


def test_a_code_of_another_project_is_refused(client, coding, db, world):
    answer, _first, _second = coding
    foreign = factories.make_code(db, world.other_project, name="Elders")
    db.commit()
    sign_in(client, db, world.researcher)
    response = post_coding(client, answer, fragment="één kind", codes=[foreign.id])
    assert "hoort niet bij dit project" in response.get_data(as_text=True)
    assert segments_of(db, answer) == []


def test_the_answer_page_shows_question_participant_and_highlighted_segments(client, coding, db, world):
    answer, first, second = coding
    sign_in(client, db, world.researcher)
    post_coding(client, answer, fragment="één kind", codes=[second.id])
    page = client.get(f"{BASE}/coderen/{answer.id}").get_data(as_text=True)
    doc = html.fromstring(page)
    [text] = doc.xpath('//*[contains(@class, "answer-text")]')
    assert text.text_content() == TEXT  # exactly the answer: the offsets the script computes depend on it
    [mark] = text.xpath(".//mark")
    assert mark.text == "één kind" and "cc-1e6b3a" in mark.get("class")
    assert world.questions[0].text in page
    participant_code = answer_participant_code(db, answer)
    assert participant_code in page and "Ouder" in page
    assert "School als ingang" in doc.xpath('//ul[@class="segment-list"]')[0].text_content()
    assert doc.xpath('//script[not(@src)]') == []  # the CSP forbids inline scripts
    assert doc.xpath('//script/@src') == ["/static/js/coding-select.js"]
    assert doc.xpath('//textarea[@name="fragment"]') and doc.xpath('//input[@name="start"][@type="hidden"]')


def answer_participant_code(db, answer):
    from interviews.models import Interview, Participant

    interview = db.get(Interview, answer.interview_id)
    return db.get(Participant, interview.participant_id).code


def test_opening_an_answer_is_audited_without_its_text(client, coding, db, world):
    answer, _first, _second = coding
    sign_in(client, db, world.researcher)
    client.get(f"{BASE}/coderen/{answer.id}")
    [event] = audit_events(db, "antwoorden_bekeken")
    assert (event.object_type, event.object_id, event.actor_id) == ("answer", str(answer.id), world.researcher.id)
    assert "café" not in event.detail


def test_remove_one_code_then_the_whole_segment(client, coding, db, world):
    answer, first, second = coding
    sign_in(client, db, world.researcher)
    post_coding(client, answer, fragment="één kind", codes=[first.id, second.id])
    [segment] = segments_of(db, answer)
    client.post(f"{BASE}/fragmenten/{segment.id}/verwijderen", data={"code_id": first.id})
    db.expire_all()
    assert code_ids_of(db, segment) == {second.id}
    client.post(f"{BASE}/fragmenten/{segment.id}/verwijderen")
    assert segments_of(db, answer) == []


def test_only_finished_interviews_of_participants_who_stay_are_codable(client, db, world):
    draft = add_answer(db, world, "Nog bezig", status="concept")
    gone = add_answer(db, world, "Teruggetrokken")
    from interviews.models import Interview, Participant

    participant = db.get(Participant, db.get(Interview, gone.interview_id).participant_id)
    participant.withdrawn_at = datetime.now(UTC)
    db.add(participant)
    db.commit()
    sign_in(client, db, world.researcher)
    assert client.get(f"{BASE}/coderen/{draft.id}").status_code == 404
    assert client.get(f"{BASE}/coderen/{gone.id}").status_code == 404
    listing = client.get(f"{BASE}/coderen").get_data(as_text=True)
    assert "Nog bezig" not in listing and "Teruggetrokken" not in listing


def test_the_municipality_never_reaches_answers_or_segments(client, login, world):
    login(world.municipality)  # through the real log-in form
    for url in (f"{BASE}/coderen", f"{BASE}/coderen/{world.answer.id}", f"{BASE}/codeboek/{world.code.id}",
                f"{BASE}/fragmenten/{world.segment.id}/citaat"):
        assert client.get(url).status_code == 403, url


def test_the_answer_list_groups_by_question_counts_and_filters(client, db, world):
    add_answer(db, world, "Nog niemand heeft dit gecodeerd.")
    add_answer(db, world, "Over de tweede vraag.", question=world.questions[1])
    db.commit()
    sign_in(client, db, world.researcher)
    doc = html.fromstring(client.get(f"{BASE}/coderen").get_data(as_text=True))
    groups = doc.xpath('//section[@class="question-group"]')
    assert [g.xpath("./h2")[0].text_content().split("·")[1].strip() for g in groups] == [
        world.questions[0].text, world.questions[1].text]
    assert "1 van 2 gecodeerd" in groups[0].text_content()
    assert len(groups[0].xpath(".//tbody/tr")) == 2
    assert doc.xpath(f'//a[@href="{BASE}/coderen/{world.answer.id}"]')

    only_open = client.get(f"{BASE}/coderen?toon=open").get_data(as_text=True)
    assert "Nog niemand heeft dit gecodeerd." in only_open
    assert f"{BASE}/coderen/{world.answer.id}\"" not in only_open


def test_highlight_cuts_overlapping_spans_into_pieces():
    pieces = highlight("abcdef", [Span(1, 4, 1, "#2f6f8f", ("A",)), Span(2, 3, 2, "#1e6b3a", ("B",))])
    assert [(p.text, p.segment_ids, p.colour) for p in pieces] == [
        ("a", (), ""), ("b", (1,), "#2f6f8f"), ("c", (1, 2), "#1e6b3a"), ("d", (1,), "#2f6f8f"), ("ef", (), "")]
    assert pieces[2].labels == ("A", "B")
    assert "".join(p.text for p in highlight("kort", [Span(2, 99, 1, "", ())])) == "kort"


def test_find_fragment_tolerates_other_whitespace_but_not_other_words():
    assert find_fragment("een  lange\nzin", "lange zin") == (5, 14)
    with pytest.raises(CodingError):
        find_fragment("een lange zin", "korte zin")
