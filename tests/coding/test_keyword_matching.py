"""Keyword suggestions match whole lemmas and the listed phrases only (pure, no app)."""

import pytest

from coding.suggest_app.keywords import KeywordMatcher


def _found(keywords: dict[str, list[str]], text: str) -> list[tuple[str, str]]:
    """(code, matched text) per hit."""
    return [(hit.code, text[hit.start:hit.end]) for hit in KeywordMatcher(keywords).match(text)]


@pytest.mark.parametrize("text", [
    "Mijn schoonmoeder kan op de kleine passen.",   # passen (oppassen) read as the plural of 'pas'
    "De schoenen passen niet.",
    "Wij passen op de kinderen.",
    "Passen is lastig.",
    "passen",
    "Dat past niet bij hem.",
    "Zij paste de jas.",
    "Mijn moeder kwam soms oppassen.",
    "Het paspoort is verlopen.",
    "Ze eten pasta.",
])
def test_passen_does_not_trigger_the_keyword_pas(text):
    assert _found({"Stadspas": ["pas"]}, text) == []


@pytest.mark.parametrize("text, word", [
    ("Iemand zei dat er een pas is waarmee het goedkoper is.", "pas"),
    ("Met de passen van de gemeente is het goedkoper.", "passen"),   # a determiner before: the plural
    ("Ze heeft een pasje voor de bus.", "pasje"),
])
def test_the_keyword_pas_still_finds_the_word_pas(text, word):
    assert _found({"Stadspas": ["pas"]}, text) == [("Stadspas", word)]


def test_a_listed_verb_means_the_verb_not_a_noun_that_looks_like_it():
    keywords = {"Passen": ["passen"], "Wachten": ["wachten"]}
    assert _found(keywords, "Ik heb mijn pas verloren.") == []
    assert _found(keywords, "Hij houdt de wacht.") == []
    assert _found(keywords, "Het past niet. We wachten al maanden.") == [("Passen", "past"), ("Wachten", "wachten")]
    assert _found(keywords, "Ik moest lang wachten.") == [("Wachten", "wachten")]


def test_inflected_forms_of_the_same_lemma_still_match():
    keywords = {"Kind": ["kind"], "Kosten": ["kosten"], "Horen": ["gehoord"]}
    text = "Onze kinderen spelen buiten. De kosten zijn hoog. Ik hoor niets."
    assert _found(keywords, text) == [("Kind", "kinderen"), ("Kosten", "kosten"), ("Horen", "hoor")]


def test_a_phrase_matches_only_as_the_whole_phrase_in_order():
    keywords = {"Drempel": ["hulp vragen"], "Groen": ["openbaar groen"]}
    assert _found(keywords, "Hulp vragen is lastig.") == [("Drempel", "Hulp vragen")]
    assert _found(keywords, "Meer openbare groene plekken.") == [("Groen", "openbare groene")]
    assert _found(keywords, "Ik vroeg om hulp.") == []
    assert _found(keywords, "Vragen over hulp.") == []
    assert _found(keywords, "Het is hier groen en openbaar.") == []


def test_words_inside_other_words_do_not_match():
    keywords = {"Sport": ["sport"], "Geld": ["geld"]}
    assert _found(keywords, "Hij is sportief en het is geldig.") == []
    assert _found(keywords, "Het kost geld.") == [("Geld", "geld")]
