"""A key figure who types something identifying into an answer gets a gentle warning (never a refusal)."""

import pytest

from interviews.pii import BSN, EMAIL, PHONE, POSTCODE, is_bsn, pii_kinds, pii_warnings


@pytest.mark.parametrize("number", ["111222333", "123456782", "999999990", "1234.56.782", "123 456 782"])
def test_the_elfproef_accepts_valid_bsn_numbers(number):
    assert is_bsn(number)
    assert BSN in pii_kinds(f"Zijn nummer is {number}.")


@pytest.mark.parametrize("number", ["123456789", "111222334", "000000000", "12345678", "1234567890"])
def test_the_elfproef_refuses_other_numbers(number):
    assert not is_bsn(number)
    assert BSN not in pii_kinds(f"Het ging om {number} euro.")


@pytest.mark.parametrize("text", [
    "Bel me op 06-12345678", "mijn nummer: 0612345678", "+31 6 1234 5678", "0031 6 12345678", "070 123 45 67",
    "bel (010) 1234567",
])
def test_dutch_phone_numbers_are_noticed(text):
    assert pii_kinds(text) == [PHONE]


def test_email_and_postcode_are_noticed():
    assert pii_kinds("Mail naar fatma.yilmaz@voorbeeld.nl als het kan") == [EMAIL]
    assert pii_kinds("We wonen op 2712 AB, vlak bij de school") == [POSTCODE]
    assert pii_kinds("postcode 2712ab") == [POSTCODE]


@pytest.mark.parametrize("text", [
    "In 2015 en 2016 ging het niet goed met mijn zoon.", "We wonen hier 10 jaar, met 3 kinderen van 4, 8 en 12.",
    "De wachtlijst was 12 weken.", "", "Kamer 1234 van de school",
])
def test_ordinary_answers_give_no_warning(text):
    assert pii_warnings(text) == []


def test_warnings_are_friendly_dutch_and_say_the_answer_is_saved():
    warnings = pii_warnings("Bel 06-12345678 of mail jan@voorbeeld.nl, BSN 111222333")
    assert len(warnings) == 4
    assert "telefoonnummer" in warnings[0] and "e-mailadres" in warnings[1] and "BSN" in warnings[2]
    assert "opgeslagen" in warnings[-1]
