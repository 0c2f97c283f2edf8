"""Suggestions per answer: keywords on lemmas, the trained model, accept and reject, provenance."""

from types import SimpleNamespace

import pytest
from lxml import html
from sqlmodel import select

from coding.corpus import codable_answer
from coding.errors import CodingError
from coding.models import Coding, RejectedSuggestion
from coding.suggest_app import service
from coding.suggest_app.combine import KEYWORD, MODEL, combine
from coding.suggest_app.keywords import KeywordMatcher
from coding.suggest_app.model_adapter import ModelHit
from coding.suggest_app.training import schedule_training
from tests import factories
from tests.coding.builders import add_answer, audit_events, segments_of, sign_in
from tests.coding.suggest_world import coded_corpus

BASE = "/p/seghwaert-proef"


# --- keywords on lemmas (pure) ---------------------------------------------------------------------------------

def test_keyword_matches_on_lemmas_with_the_sentence_and_code_point_offsets():
    matcher = KeywordMatcher({"Kinderen": ["kind"], "Drempel": ["hulp vragen"]})
    text = "Eén ding: onze kinderen spelen buiten. Hulp vragen is lastig."
    [kind, drempel] = matcher.match(text)
    assert (kind.code, kind.keyword, text[kind.start:kind.end]) == ("Kinderen", "kind", "kinderen")
    assert kind.sentence == "Eén ding: onze kinderen spelen buiten."
    assert text[kind.sentence_start:kind.sentence_end] == kind.sentence
    assert text[drempel.start:drempel.end] == "Hulp vragen"
    assert drempel.sentence_start == text.index("Hulp")


def test_keywords_are_lemmatised_too_and_capitals_do_not_matter():
    matcher = KeywordMatcher({"Scholen": ["Scholen"]})
    [hit] = matcher.match("Mijn Kinderen zitten op twee verschillende school.")
    assert hit.code == "Scholen"
    assert KeywordMatcher({"Kind": ["kind"]}).match("Mijn Kinderen gaan graag.")[0].keyword == "kind"


def test_one_hit_per_code_and_none_without_the_keyword():
    matcher = KeywordMatcher({"School": ["school", "juf"]})
    assert len(matcher.match("De juf van school. De school is fijn.")) == 1
    assert matcher.match("Niets hierover.") == []


# --- combining model and keyword hits (pure) ----------------------------------------------------------------------

def _code(code_id, name):
    return SimpleNamespace(id=code_id, name=name, colour="#2f6f8f")


def test_model_first_by_score_then_keywords_and_one_per_code():
    codes = {"A": _code(1, "A"), "B": _code(2, "B"), "C": _code(3, "C")}
    model = [ModelHit("B", 0.4, "Zin b.", 10, 16), ModelHit("A", 0.9, "Zin a.", 0, 6), ModelHit("Weg", 0.99, "x", 0, 1)]
    keywords = KeywordMatcher({"A": ["zin"], "C": ["zin"]}).match("Zin a.")
    shown = combine(model, keywords, codes, skip=set())
    assert [(s.code_name, s.origin) for s in shown] == [("A", MODEL), ("B", MODEL), ("C", KEYWORD)]
    assert shown[0].keyword == "zin" and shown[0].percent == 90
    assert shown[2].pieces == ("", "Zin", " a.")


def test_skipped_codes_are_not_suggested():
    codes = {"A": _code(1, "A")}
    assert combine([ModelHit("A", 0.9, "Zin.", 0, 4)], [], codes, skip={1}) == []


# --- on the answer page ---------------------------------------------------------------------------------------------

@pytest.fixture
def trained(db, world, app):
    """The tiny corpus, trained (tasks run at once in tests), and a fresh answer that mentions both themes."""
    school, waiting = coded_corpus(db, world)
    with app.test_request_context():
        schedule_training(app, world.project.id)
    answer = add_answer(db, world, "Mijn kind staat al maanden op de wachtlijst. De school doet haar best.")
    db.commit()
    return answer, school, waiting


def by_class(node, *classes):
    """Elements with the last class inside elements with the earlier ones (CSS ".a .b" without cssselect)."""
    path = "".join(f'//*[contains(concat(" ", normalize-space(@class), " "), " {name} ")]' for name in classes)
    return node.xpath("." + path)


def status_line(page) -> str:
    return page.xpath("//*[@data-training-status]")[0].text_content()


def chips(page) -> list[str]:
    return [chip.text_content() for chip in by_class(page, "suggestion", "code-chip")]


def _page(client, answer):
    response = client.get(f"{BASE}/coderen/{answer.id}")
    assert response.status_code == 200
    return html.fromstring(response.get_data(as_text=True))


def test_the_page_shows_model_suggestions_with_score_sentence_and_status(client, db, world, trained):
    answer, school, waiting = trained
    sign_in(client, db, world.researcher)
    page = _page(client, answer)
    assert chips(page)[:2] == ["Wachttijden", "School als ingang"]
    first = by_class(page, "suggestion")[0]
    assert by_class(first, "suggestion-mark")[0].text_content() == "Mijn kind staat al maanden op de wachtlijst."
    assert "Model: " in first.text_content()
    assert "Model v1 van" in status_line(page)
    assert "getraind op 25 antwoorden" in status_line(page)


def test_accepting_a_model_suggestion_codes_the_sentence_with_its_provenance(client, db, world, trained):
    answer, _school, waiting = trained
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/coderen/{answer.id}/suggesties/{waiting.id}/accepteren")
    assert response.status_code == 302
    [segment] = segments_of(db, answer)
    assert segment.text == "Mijn kind staat al maanden op de wachtlijst."
    coding = db.exec(select(Coding).where(Coding.segment_id == segment.id)).one()
    assert (coding.code_id, coding.origin, coding.model_version, coding.coder_id) == (
        waiting.id, "suggestie", "v1", world.researcher.id)
    page = _page(client, answer)
    assert "Voorgesteld door model v1, geaccepteerd door" in by_class(page, "provenance-list")[0].text_content()
    assert "Wachttijden" not in chips(page)


def test_rejecting_is_remembered_and_never_suggested_again(client, db, world, trained):
    answer, school, _waiting = trained
    sign_in(client, db, world.researcher)
    assert client.post(f"{BASE}/coderen/{answer.id}/suggesties/{school.id}/afwijzen").status_code == 302
    [rejection] = db.exec(select(RejectedSuggestion)).all()
    assert (rejection.answer_id, rejection.code_id, rejection.by_id) == (answer.id, school.id, world.researcher.id)
    assert "School als ingang" not in chips(_page(client, answer))
    response = client.post(f"{BASE}/coderen/{answer.id}/suggesties/{school.id}/accepteren")
    assert response.status_code == 302 and segments_of(db, answer) == []


def test_keyword_suggestion_without_a_model_is_accepted_as_trefwoord(client, db, world):
    answer = add_answer(db, world, "Het is fijn hier. Maar de drempel is hoog voor ons.")
    db.commit()
    sign_in(client, db, world.researcher)
    page = _page(client, answer)
    assert "Nog geen model" in status_line(page)
    assert by_class(page, "suggestion", "suggestion-mark")[0].text_content() == "drempel"
    client.post(f"{BASE}/coderen/{answer.id}/suggesties/{world.code.id}/accepteren")
    [segment] = segments_of(db, answer)
    assert segment.text == "Maar de drempel is hoog voor ons."
    coding = db.exec(select(Coding).where(Coding.segment_id == segment.id)).one()
    assert (coding.origin, coding.model_version) == ("trefwoord", "")
    assert audit_events(db, "antwoorden_bekeken")


def test_manual_codings_say_so(client, db, world):
    sign_in(client, db, world.researcher)
    page = _page(client, world.answer)
    assert "Met de hand gecodeerd door onderzoeker@proef.nl" in by_class(page, "provenance-list")[0].text_content()


def test_accepting_what_is_not_suggested_is_explained(app, db, world):
    other = factories.make_code(db, world.project, name="Veiligheid")
    db.commit()
    with app.test_request_context():
        item = codable_answer(db, world.project, world.answer.id)
        with pytest.raises(CodingError, match="suggestie is er niet meer"):
            service.accept_suggestion(db, world.project, item, world.researcher, other.id)


def test_deleting_a_code_takes_its_rejections_along(app, db, world):
    from coding.codebook import delete_code

    with app.test_request_context():
        item = codable_answer(db, world.project, world.answer.id)
        service.reject_suggestion(db, world.project, item, world.researcher, world.code.id)
        db.commit()
        delete_code(db, world.code)
        db.commit()
    assert db.exec(select(RejectedSuggestion)).all() == []
