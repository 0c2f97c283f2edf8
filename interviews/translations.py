"""Participant-facing text in the participant's language, falling back to Dutch: pure helpers.

`translations` is a `Translations` (see `interviews.translation_edit.translations_for`), or None for Dutch
only. The capture screens call `question_text`, `section_title`, `section_intro` and `text_direction`.
"""

import json
from dataclasses import dataclass, field

SOURCE_LANGUAGE = "nl"
PARTICIPANT_LANGUAGES = ("nl", "en", "tr", "ar", "pl")
TARGET_LANGUAGES = tuple(lang for lang in PARTICIPANT_LANGUAGES if lang != SOURCE_LANGUAGE)
RTL_LANGUAGES = frozenset({"ar"})


@dataclass
class Translations:
    """The translations of one guide version: rows by (question id, lang) and (section id, lang)."""

    questions: dict = field(default_factory=dict)  # (question_id, lang) -> QuestionTranslation
    sections: dict = field(default_factory=dict)  # (section_id, lang) -> SectionTranslation


def _row(table: dict, object_id, lang: str):
    if lang == SOURCE_LANGUAGE or not table:
        return None
    return table.get((object_id, lang))


def question_text(question, lang: str, translations: Translations | None) -> str:
    """The question in `lang`, or in Dutch when it has not been translated."""
    row = _row(translations.questions, question.id, lang) if translations else None
    return (row.text if row is not None and row.text.strip() else "") or question.text


def option_labels(question, lang: str, translations: Translations | None) -> dict[str, str]:
    """Translated option labels of a question by option value ({} when none)."""
    row = _row(translations.questions, question.id, lang) if translations else None
    if row is None:
        return {}
    return parse_option_labels(row.options)


def parse_option_labels(text: str) -> dict[str, str]:
    """The JSON object of option labels by value; {} when empty or unreadable."""
    try:
        labels = json.loads(text or "{}")
    except (TypeError, ValueError):
        return {}
    if not isinstance(labels, dict):
        return {}
    return {str(k): str(v) for k, v in labels.items() if str(v).strip()}


def section_title(section, lang: str, translations: Translations | None) -> str:
    """A section's title in `lang`, or in Dutch."""
    row = _row(translations.sections, section.id, lang) if translations else None
    return (row.title if row is not None and row.title.strip() else "") or section.title


def section_intro(section, lang: str, translations: Translations | None) -> str:
    """A section's introduction in `lang`, or in Dutch."""
    row = _row(translations.sections, section.id, lang) if translations else None
    return (row.intro if row is not None and row.intro.strip() else "") or section.intro


def text_direction(lang: str) -> str:
    """"rtl" for right-to-left languages (Arabic), else "ltr"."""
    return "rtl" if lang in RTL_LANGUAGES else "ltr"


def participant_language(lang: str | None) -> str:
    """The participant's language if guides can be translated into it, else Dutch."""
    return lang if lang in PARTICIPANT_LANGUAGES else SOURCE_LANGUAGE


def screen_translated(question, section, options, lang: str, translations: Translations | None,
                      with_intro: bool = False) -> bool:
    """True when every participant text of one screen exists in `lang`: question, section, options (intro)."""
    if lang == SOURCE_LANGUAGE:
        return True
    section_row = _row(translations.sections, section.id, lang) if translations else None
    question_row = _row(translations.questions, question.id, lang) if translations else None
    if not (section_row and section_row.title.strip() and question_row and question_row.text.strip()):
        return False
    if with_intro and section.intro.strip() and not section_row.intro.strip():
        return False
    labels = parse_option_labels(question_row.options)
    return all(option.value in labels for option in options)
