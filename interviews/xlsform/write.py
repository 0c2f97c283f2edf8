"""GuideSpec -> XLSForm (.xlsx bytes) that pyxform, ODK and KoboToolbox read. Pure.

Sections become groups (their introduction a note), open -> text, single/multiple -> select_one/select_multiple,
yes/no -> select_one ja_nee, scale -> integer with constraint ". >= 1 and . <= 5", number questions -> integer
or decimal, probes -> hint,
interviewer note -> guidance_hint, show-if -> relevant, translations -> label::<Language (code)>.
"""

import io
import re

from flask_babel import gettext as _
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from interviews.questions import (
    DECIMAL,
    INTEGER,
    MULTIPLE,
    OPTION_KINDS,
    SCALE,
    YESNO,
    condition_parts,
    condition_values,
    fixed_choices,
)
from interviews.xlsform.columns import LANGUAGE_HEADERS
from interviews.xlsform.relevant import write_relevant
from interviews.xlsform.spec import GuideSpec, QuestionSpec

SOURCE = "nl"
SCALE_CONSTRAINT = ". >= 1 and . <= 5"
YES_NO_LIST = "ja_nee"
_REFERENCE = re.compile(r"\$\{([^}]*)\}")


def write_guide(spec: GuideSpec) -> bytes:
    """The guide as an .xlsx XLSForm with survey, choices and settings sheets."""
    languages = _languages(spec)
    names = _names(spec)
    book = Workbook()
    survey, choices, settings = book.active, book.create_sheet("choices"), book.create_sheet("settings")
    survey.title = "survey"
    _append(survey, ["type", "name", *_label_headers(languages), f"hint::{LANGUAGE_HEADERS[SOURCE]}",
                     f"guidance_hint::{LANGUAGE_HEADERS[SOURCE]}", "relevant", "constraint",
                     f"constraint_message::{LANGUAGE_HEADERS[SOURCE]}"])
    _append(choices, ["list_name", "name", *_label_headers(languages)])
    kinds = {q.key: q.kind for s in spec.sections for q in s.questions}
    for number, section in enumerate(spec.sections, start=1):
        _write_section(survey, choices, number, section, languages, (names, kinds))
    if any(q.kind == YESNO for s in spec.sections for q in s.questions):
        for lang_choice in zip(*(fixed_choices(YESNO, lang) for lang in (SOURCE, *languages)), strict=True):
            _append(choices, [YES_NO_LIST, lang_choice[0].value, *(c.label for c in lang_choice)])
    _append(settings, ["form_title", "form_id", "default_language"])
    _append(settings, [spec.title, "wijkstem_leidraad", LANGUAGE_HEADERS[SOURCE]])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def _languages(spec: GuideSpec) -> list[str]:
    found = {lang for s in spec.sections for q in s.questions for lang in q.translations}
    found |= {lang for s in spec.sections for lang in s.title_translations}
    return [lang for lang in LANGUAGE_HEADERS if lang in found and lang != SOURCE]


def _label_headers(languages: list[str]) -> list[str]:
    return [f"label::{LANGUAGE_HEADERS[lang]}" for lang in (SOURCE, *languages)]


def _names(spec: GuideSpec) -> dict[str, str]:
    """Question key -> a unique XML name (letters, digits, _ . -; not starting with a digit)."""
    names, taken = {}, {f"thema_{n}" for n in range(1, len(spec.sections) + 1)}
    for question in (q for s in spec.sections for q in s.questions):
        name = re.sub(r"[^A-Za-z0-9_.-]", "_", question.key) or "vraag"
        name = name if re.match(r"[A-Za-z_]", name) else f"v_{name}"
        unique, n = name, 2
        while unique in taken:
            unique, n = f"{name}_{n}", n + 1
        taken.add(unique)
        names[question.key] = unique
    return names


def _write_section(survey, choices, number: int, section, languages: list[str], lookups: tuple) -> None:
    group, names = f"thema_{number}", lookups[0]
    _append(survey, ["begin group", group, *_texts(section.title, section.title_translations, languages, names)])
    if section.intro:
        _append(survey, ["note", f"{group}_inleiding",
                         *_texts(section.intro, section.intro_translations, languages, names)])
    for question in section.questions:
        _write_question(survey, choices, question, languages, *lookups)
    _append(survey, ["end group", group])


def _write_question(survey, choices, question: QuestionSpec, languages, names, kinds) -> None:
    name = names[question.key]
    list_name = f"{name}_keuzes"
    xls_type = {"open": "text", "single": f"select_one {list_name}", "multiple": f"select_multiple {list_name}",
                YESNO: f"select_one {YES_NO_LIST}", SCALE: "integer", INTEGER: "integer",
                DECIMAL: "decimal"}[question.kind]
    scale = question.kind == SCALE
    _append(survey, [xls_type, name, *_texts(question.text, question.translations, languages, names),
                     _references("\n".join(question.probes), names), _references(question.note, names),
                     _relevant(question, names, kinds), SCALE_CONSTRAINT if scale else "",
                     _("Kies een getal van 1 tot 5.") if scale else ""])
    if question.kind in OPTION_KINDS:
        for choice in question.options:
            labels = {lang: question.option_translations.get(lang, {}).get(choice.value, "") for lang in languages}
            _append(choices, [list_name, choice_name(choice.value),
                              *_texts(choice.label, labels, languages, names)])


def _texts(text: str, translations: dict, languages: list[str], names: dict) -> list[str]:
    return [_references(value, names) for value in (text, *(translations.get(lang, "") for lang in languages))]


def choice_name(value: str) -> str:
    """An option value as an XLSForm choice name (no spaces: select_multiple separates answers by spaces)."""
    return re.sub(r"\s+", "_", value.strip())


def _relevant(question: QuestionSpec, names: dict, kinds: dict) -> str:
    terms = []
    for part in condition_parts(question.show_if):
        key = part["question_key"]
        values = [choice_name(v) for v in condition_values(part)]
        term = write_relevant(names[key], values, multiple=kinds.get(key) == MULTIPLE) if key in names else None
        if term:
            terms.append(term)
    if len(terms) > 1:
        terms = [f"({term})" if " or " in term else term for term in terms]
    return " and ".join(terms)


def _references(text: str, names: dict) -> str:
    # ${name} in a text: kept when it names a question of this form (under its export name), else plain text,
    # because pyxform refuses references to names that do not exist.
    return _REFERENCE.sub(lambda m: f"${{{names[m[1]]}}}" if m[1] in names else m[1], text)


def _append(sheet, values: list) -> None:
    sheet.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str) and cell.value.startswith("="):
            cell.data_type = "s"  # text that looks like a formula stays text (no spreadsheet injection)
