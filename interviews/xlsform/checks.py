"""Which languages an XLSForm has, which of its columns Wijkstem does not use, which questions identify people."""

import re

from flask_babel import gettext as _

from interviews.xlsform.columns import SUPPORTED_LANGUAGES, Column, language_key
from interviews.xlsform.table import Table

SURVEY_COLUMNS = {"type", "name", "label", "hint", "guidance_hint", "relevant", "constraint"}
CHOICE_COLUMNS = {"list_name", "name", "label"}
_IDENTIFYING = re.compile(
    r"(first|last|family|given|sur|full)[ _-]?name|voornaam|achternaam|\bnaam\b|e-?mail|phone|telefoon|\bbsn\b|"
    r"burgerservice|\baddress\b|\badres\b|postcode|vorname|nachname", re.IGNORECASE)


def pick_languages(survey: Table, default_language: str, warn) -> tuple[str | None, list[str]]:
    """(the language key read as the Dutch source text, the supported languages read as translations)."""
    languages = survey.languages("label")
    if "nl" in languages or not languages:
        base = "nl" if languages else None
    elif None in languages:
        base = None  # plain "label": the form's own default language, taken as Dutch
    else:
        wanted = language_key(default_language) if default_language else None
        base = wanted if wanted in languages else languages[0]
        warn(survey.header_row, _(
            "Er is geen Nederlandse tekst (label::Nederlands (nl)). De tekst uit kolom '%(column)s' is gebruikt "
            "als Nederlandse tekst: pas die aan in de leidraad.", column=survey.column("label", base).header))
    targets = [lang for lang in languages if lang in SUPPORTED_LANGUAGES and lang != "nl"]
    return base, targets


def column_warnings(survey: Table, choices: Table, base: str | None, targets: list[str], warn) -> None:
    """Warn once per column that has data but is not used."""
    for table, used in ((survey, SURVEY_COLUMNS), (choices, CHOICE_COLUMNS)):
        for column in table.columns:
            message = _message(column, base, targets, used)
            if message and table.has_data(column):
                warn(table.header_row, message, sheet=table.name)


def _message(column: Column, base: str | None, targets: list[str], used: set[str]) -> str | None:
    if column.base not in used:
        return _("Kolom '%(column)s' wordt niet overgenomen.", column=column.header)
    if column.lang is None or column.lang == base:
        return None
    if column.base == "label":
        if column.lang in targets:
            return None
        return _("Kolom '%(column)s' is overgeslagen: Wijkstem kent alleen de talen %(languages)s.",
                 column=column.header, languages=", ".join(SUPPORTED_LANGUAGES))
    return _("Kolom '%(column)s' is niet overgenomen: doorvraagvragen en notities zijn voor de sleutelfiguur en "
             "staan alleen in de brontaal.", column=column.header)


def identifying(name: str, text: str) -> bool:
    """True when a question's name or text suggests it asks for something that identifies a person."""
    return bool(_IDENTIFYING.search(name) or _IDENTIFYING.search(text))
