"""Question types, answer options and show-if conditions: pure functions on plain values.

For the capture screens:
- `choices_for(question, lang, translations)` gives the options to render for a choice, scale or yes/no
  question (value + label in the participant's language; empty for an open question);
- `should_show(question.show_if, answers_by_key)` says whether a question is asked, given the answers so
  far by question key (a value is a string, or a list of strings for multiple choice).
"""

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from interviews.errors import GuideError

OPEN, SINGLE, MULTIPLE, SCALE, YESNO = "open", "single", "multiple", "scale", "yesno"
INTEGER, DECIMAL = "integer", "decimal"  # the XLSForm names: a whole number, a number with a decimal part
KINDS = (OPEN, SINGLE, MULTIPLE, SCALE, YESNO, INTEGER, DECIMAL)
OPTION_KINDS = (SINGLE, MULTIPLE)  # the researcher types the options
NUMBER_KINDS = (INTEGER, DECIMAL)
TYPED_KINDS = (OPEN, *NUMBER_KINDS)  # answered by typing, not by choosing
KIND_LABELS = {
    OPEN: _l("Open vraag"),
    SINGLE: _l("Eén antwoord kiezen"),
    MULTIPLE: _l("Meer antwoorden kiezen"),
    SCALE: _l("Schaal van 1 tot 5"),
    YESNO: _l("Ja of nee"),
    INTEGER: _l("Getal (heel getal)"),
    DECIMAL: _l("Getal (met komma mag)"),
}
SCALE_VALUES = ("1", "2", "3", "4", "5")
YES, NO = "ja", "nee"
# Participant-facing words for yes/no, per participant language (content, like the guide translations).
YES_NO_WORDS = {
    "nl": ("Ja", "Nee"), "en": ("Yes", "No"), "tr": ("Evet", "Hayır"), "ar": ("نعم", "لا"), "pl": ("Tak", "Nie"),
}
MAX_OPTIONS = 40
MAX_OPTION_CHARS = 200
_INTEGER = re.compile(r"^[-+]?\d{1,15}$")
_DECIMAL = re.compile(r"^[-+]?(?:\d{1,15}(?:[.,]\d{1,10})?|[.,]\d{1,10})$")


@dataclass(frozen=True)
class Choice:
    """One answer option: the stored value and the label shown."""

    value: str
    label: str


def options_of(question) -> list[Choice]:
    """The options the researcher entered for a question (Dutch labels); [] when none or unreadable."""
    try:
        raw = json.loads(question.options or "[]")
    except (TypeError, ValueError):
        return []
    if not isinstance(raw, list):
        return []
    return [Choice(str(item["value"]), str(item.get("label") or item["value"]))
            for item in raw if isinstance(item, dict) and item.get("value")]


def dump_options(choices: Iterable[Choice]) -> str:
    """Options as the JSON stored in `Question.options`."""
    items = [{"value": c.value, "label": c.label} for c in choices]
    return json.dumps(items, ensure_ascii=False) if items else ""


def value_for(label: str, taken: set[str]) -> str:
    """A short, stable value for an option label (ascii, lowercase), unique among `taken`."""
    ascii_text = unicodedata.normalize("NFKD", label).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")[:40] or "optie"
    value, n = base, 2
    while value in taken:
        value, n = f"{base}_{n}", n + 1
    return value


def parse_option_lines(text: str, previous: Iterable[Choice] = ()) -> list[Choice]:
    """Options from a textarea, one label per line; a label that stays keeps its old value."""
    labels = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(labels) > MAX_OPTIONS:
        raise GuideError(_("Gebruik hoogstens %(n)d antwoorden.", n=MAX_OPTIONS), field="options")
    if any(len(label) > MAX_OPTION_CHARS for label in labels):
        raise GuideError(_("Een antwoord mag hoogstens %(n)d tekens hebben.", n=MAX_OPTION_CHARS), field="options")
    if len({label.casefold() for label in labels}) < len(labels):
        raise GuideError(_("Elk antwoord mag maar één keer voorkomen."), field="options")
    old = {c.label: c.value for c in previous}
    choices, taken = [], set()
    for label in labels:
        value = old[label] if old.get(label) and old[label] not in taken else value_for(label, taken)
        taken.add(value)
        choices.append(Choice(value, label))
    return choices


def fixed_choices(kind: str, lang: str = "nl") -> list[Choice]:
    """The options of a scale or yes/no question, which the researcher does not type."""
    if kind == SCALE:
        return [Choice(v, v) for v in SCALE_VALUES]
    if kind == YESNO:
        yes, no = YES_NO_WORDS.get(lang, YES_NO_WORDS["nl"])
        return [Choice(YES, yes), Choice(NO, no)]
    return []


def choices_for(question, lang: str = "nl", translations=None) -> list[Choice]:
    """Render hint for capture: the options of a question in `lang` (Dutch where no translation)."""
    if question.kind not in OPTION_KINDS:
        return fixed_choices(question.kind, lang)
    from interviews.translations import option_labels

    labels = option_labels(question, lang, translations)
    return [Choice(c.value, labels.get(c.value) or c.label) for c in options_of(question)]


def choice_values(question) -> set[str] | None:
    """The values a question's answer can take; None for a typed answer (open or a number: anything)."""
    if question.kind in TYPED_KINDS:
        return None
    return {c.value for c in (options_of(question) if question.kind in OPTION_KINDS else fixed_choices(question.kind))}


def read_number(kind: str, text: str) -> str | None:
    """A typed number as stored ("3,5" -> "3.5", as XLSForm and the browser write it); None if it is none."""
    text = "".join((text or "").split())
    if not (_INTEGER if kind == INTEGER else _DECIMAL).match(text):
        return None
    return text.replace(",", ".")


def number_message(kind: str) -> str:
    """What to tell someone who typed something else than a number of this kind."""
    if kind == INTEGER:
        return _("Vul een heel getal in, bijvoorbeeld 12. Er is niets opgeslagen.")
    return _("Vul een getal in, bijvoorbeeld 12 of 3,5. Er is niets opgeslagen.")


# Show-if conditions: {"question_key": "k", "equals": "v"} or {"question_key": "k", "in": ["v", "w"]},
# optionally with "and": [more such conditions] that must hold too (an XLSForm group's relevant).

def make_condition(key: str, values: Iterable[str]) -> dict | None:
    """A condition on an earlier answer; None when there are no values."""
    values = list(dict.fromkeys(v for v in values if v))
    if not key or not values:
        return None
    if len(values) == 1:
        return {"question_key": key, "equals": values[0]}
    return {"question_key": key, "in": values}


def condition_of(show_if) -> dict | None:
    """A question's condition as a dict (from its JSON), or None when it is always asked."""
    if isinstance(show_if, Mapping):
        condition = dict(show_if)
    else:
        try:
            condition = json.loads(show_if) if show_if else None
        except (TypeError, ValueError):
            return None
    if not _simple(condition):
        return None
    more = condition.pop("and", None)
    more = [{k: v for k, v in part.items() if k != "and"} for part in more if _simple(part)] \
        if isinstance(more, list) else []
    return {**condition, "and": more} if more else condition


def _simple(condition) -> bool:
    return isinstance(condition, Mapping) and bool(condition.get("question_key")) and bool(condition_values(condition))


def condition_parts(condition) -> list[dict]:
    """The simple conditions that must all hold: the main one first, then those under "and"."""
    condition = condition_of(condition)
    if condition is None:
        return []
    main = {k: v for k, v in condition.items() if k != "and"}
    return [main, *condition.get("and", [])]


def combine_conditions(*conditions) -> dict | None:
    """One condition that holds when all given ones hold (None ones are left out); the first is the main one."""
    parts = []
    for condition in conditions:
        parts.extend(part for part in condition_parts(condition) if part not in parts)
    if not parts:
        return None
    return {**parts[0], "and": parts[1:]} if len(parts) > 1 else parts[0]


def condition_values(condition: Mapping) -> list[str]:
    """The answers that make a condition true."""
    if "equals" in condition:
        return [str(condition["equals"])]
    values = condition.get("in")
    return [str(v) for v in values] if isinstance(values, list) else []


def dump_condition(condition: dict | None) -> str:
    """A condition as the JSON stored in `Question.show_if`."""
    return json.dumps(condition, ensure_ascii=False) if condition else ""


def answer_values(answer) -> list[str]:
    """An answer as a list of values: a list stays a list, a text is split into lines."""
    if answer is None:
        return []
    items = answer if isinstance(answer, (list, tuple, set, frozenset)) else str(answer).splitlines()
    return [str(item).strip() for item in items if str(item).strip()]


def should_show(condition, answers_by_key: Mapping) -> bool:
    """True when a question is asked: no condition, or each earlier answer it names contains one of its values.

    `condition` is the `Question.show_if` JSON (or a dict); a missing answer hides the question.
    """
    return all(_holds(part, answers_by_key) for part in condition_parts(condition))


def _holds(condition: dict, answers_by_key: Mapping) -> bool:
    given = {v.casefold() for v in answer_values(answers_by_key.get(condition["question_key"]))}
    return any(v.strip().casefold() in given for v in condition_values(condition))
