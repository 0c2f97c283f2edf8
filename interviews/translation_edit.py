"""The researcher translates a guide version's participant-facing text: section titles and introductions,
questions and answer options. Probes and notes are for the key figure and stay Dutch.
"""

import json
from dataclasses import dataclass

from flask_babel import gettext as _
from sqlmodel import select

from interviews import guides
from interviews.errors import GuideError, NotFound
from interviews.models import Guide, Question, QuestionTranslation, Section, SectionTranslation
from interviews.question_fields import MAX_TEXT
from interviews.questions import MAX_OPTION_CHARS, OPTION_KINDS, options_of
from interviews.translations import TARGET_LANGUAGES, Translations, parse_option_labels


def translations_for(db, guide_id: int) -> Translations:
    """Every translation of one guide version, for `question_text` and friends."""
    sections = select(Section.id).where(Section.guide_id == guide_id)
    questions = select(Question.id).where(Question.section_id.in_(sections))
    result = Translations()
    for row in db.exec(select(SectionTranslation).where(SectionTranslation.section_id.in_(sections))):
        result.sections[(row.section_id, row.lang)] = row
    for row in db.exec(select(QuestionTranslation).where(QuestionTranslation.question_id.in_(questions))):
        result.questions[(row.question_id, row.lang)] = row
    return result


def check_language(lang: str) -> str:
    """A language guides are translated into, or NotFound."""
    if lang not in TARGET_LANGUAGES:
        raise NotFound(_("Voor deze taal zijn er geen vertalingen."))
    return lang


@dataclass
class Coverage:
    """How many participant-facing texts of a version have a translation in one language."""

    lang: str
    done: int
    total: int

    @property
    def percent(self) -> int:
        """The share translated, rounded down so that 100 means every text."""
        return self.done * 100 // self.total if self.total else 100

    @property
    def complete(self) -> bool:
        return self.done >= self.total


def coverage(db, guide: Guide | None) -> list[Coverage]:
    """Per target language: translated texts out of all (titles, non-empty intros, questions, answer options)."""
    items = guides.outline(db, guide)
    texts = translations_for(db, guide.id) if guide else Translations()
    return [_coverage_in(items, texts, lang) for lang in TARGET_LANGUAGES]


def _coverage_in(items, texts: Translations, lang: str) -> Coverage:
    done = total = 0
    for item in items:
        row = texts.sections.get((item.section.id, lang))
        total += 1 + bool(item.section.intro)
        done += bool(row and row.title.strip()) + bool(item.section.intro and row and row.intro.strip())
        for entry in item.questions:
            question = entry.question
            found = texts.questions.get((question.id, lang))
            labels = parse_option_labels(found.options) if found else {}
            choices = options_of(question) if question.kind in OPTION_KINDS else []
            total += 1 + len(choices)
            done += bool(found and found.text.strip()) + sum(1 for c in choices if c.value in labels)
    return Coverage(lang, done, total)


def language_gap(db, guide: Guide | None, lang: str) -> Coverage | None:
    """The coverage in `lang` when the guide misses texts in it; None for Dutch, other languages or complete."""
    if guide is None or lang not in TARGET_LANGUAGES:
        return None
    found = _coverage_in(guides.outline(db, guide), translations_for(db, guide.id), lang)
    return None if found.complete else found


def save_translations(db, guide: Guide, lang: str, form) -> int:
    """Store the translations typed on the page (form fields s<id>-title, s<id>-intro, q<id>, q<id>-<value>).

    An empty field means "use the Dutch text". Returns how many texts are translated. Allowed on every
    version, also one that interviews use: a translation carries the question's meaning, it does not change it.
    """
    check_language(lang)
    existing = translations_for(db, guide.id)
    count = 0
    for item in guides.outline(db, guide):
        count += _save_section(db, item.section, lang, form, existing)
        for entry in item.questions:
            count += _save_question(db, entry.question, lang, form, existing)
    db.flush()
    return count


def _field(form, name: str, limit: int) -> str:
    text = (form.get(name) or "").strip()
    if len(text) > limit:
        raise GuideError(_("Een vertaling is te lang: %(length)d tekens. Gebruik hoogstens %(limit)d tekens.",
                           length=len(text), limit=limit), field=name)
    return text


def _save_section(db, section: Section, lang: str, form, existing: Translations) -> int:
    title = _field(form, f"s{section.id}-title", MAX_TEXT["title"])
    intro = _field(form, f"s{section.id}-intro", MAX_TEXT["intro"])
    row = existing.sections.get((section.id, lang)) or SectionTranslation(section_id=section.id, lang=lang)
    row.title, row.intro = title, intro
    db.add(row)
    return bool(title) + bool(intro)


def _save_question(db, question: Question, lang: str, form, existing: Translations) -> int:
    text = _field(form, f"q{question.id}", MAX_TEXT["text"])
    labels = {}
    if question.kind in OPTION_KINDS:
        for choice in options_of(question):
            label = _field(form, f"q{question.id}-{choice.value}", MAX_OPTION_CHARS)
            if label:
                labels[choice.value] = label
    row = existing.questions.get((question.id, lang)) or QuestionTranslation(question_id=question.id, lang=lang)
    row.text, row.options = text, json.dumps(labels, ensure_ascii=False) if labels else ""
    db.add(row)
    return bool(text)


def translation_values(db, guide: Guide, lang: str) -> dict[str, str]:
    """The stored translations as the form fields of the translations page."""
    texts, values = translations_for(db, guide.id), {}
    for (section_id, row_lang), row in texts.sections.items():
        if row_lang == lang:
            values[f"s{section_id}-title"], values[f"s{section_id}-intro"] = row.title, row.intro
    for (question_id, row_lang), row in texts.questions.items():
        if row_lang == lang:
            values[f"q{question_id}"] = row.text
            values.update({f"q{question_id}-{value}": label
                           for value, label in parse_option_labels(row.options).items()})
    return values
