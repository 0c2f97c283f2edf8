"""XLSForm column headers and cell values: `label::Nederlands (nl)` -> ("label", "nl"), cells -> clean text."""

import re
from dataclasses import dataclass

from interviews.translations import PARTICIPANT_LANGUAGES

SUPPORTED_LANGUAGES = PARTICIPANT_LANGUAGES
# Names as XLSForm authors write them after "label::", for files without a "(xx)" code.
LANGUAGE_ALIASES = {
    "nederlands": "nl", "dutch": "nl", "vlaams": "nl", "english": "en", "engels": "en", "türkçe": "tr",
    "turkce": "tr", "turkish": "tr", "turks": "tr", "العربية": "ar", "arabic": "ar", "arabisch": "ar",
    "polski": "pl", "polish": "pl", "pools": "pl",
}
# How the export names the languages (the ODK convention "Name (code)").
LANGUAGE_HEADERS = {"nl": "Nederlands (nl)", "en": "English (en)", "tr": "Türkçe (tr)", "ar": "العربية (ar)",
                    "pl": "Polski (pl)"}
TRANSLATABLE = ("label", "hint", "guidance_hint", "constraint_message", "required_message", "media")
_CODE = re.compile(r"\(\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]+)?\s*\)\s*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


@dataclass(frozen=True)
class Column:
    """One column: its position, header as written, base name and language key (None: no language)."""

    index: int
    header: str
    base: str
    lang: str | None


def parse_header(index: int, header) -> Column | None:
    """A header cell as a Column; None for an empty header."""
    text = clean(header)
    if not text:
        return None
    base, lang = text, None
    if "::" in text:
        base, _sep, lang = text.partition("::")
    elif ":" in text and text.partition(":")[0].strip().lower() in TRANSLATABLE:
        base, _sep, lang = text.partition(":")  # some files write label:English (en)
    base = re.sub(r"[\s-]+", "_", base.strip().lower())
    return Column(index, text, base, language_key(lang) if lang is not None else None)


def language_key(name: str) -> str:
    """The language code in a header suffix: "Nederlands (nl)" -> "nl", "english" -> "en", else the name."""
    name = name.strip()
    match = _CODE.search(name)
    if match:
        return match.group(1).lower()
    lowered = name.lower()
    if lowered in LANGUAGE_ALIASES:
        return LANGUAGE_ALIASES[lowered]
    return lowered


def clean(value) -> str:
    """A cell as trimmed text: numbers without a needless ".0", control characters removed."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).strip()


def is_blank(row) -> bool:
    """True when a row has no text in any cell."""
    return not any(clean(cell) for cell in row)
