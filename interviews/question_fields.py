"""What a question asks: its type, options, probes and show-if condition, checked against the guide.

These functions get the guide's questions passed in (in interview order); the services in
`interviews.guides` load them and store the result.
"""

from flask_babel import gettext as _

from interviews.errors import GuideError
from interviews.questions import (
    KINDS,
    OPTION_KINDS,
    TYPED_KINDS,
    choice_values,
    combine_conditions,
    condition_of,
    condition_parts,
    condition_values,
    dump_condition,
    dump_options,
    fixed_choices,
    make_condition,
    options_of,
    parse_option_lines,
)

MAX_PROBES = 20
MAX_PROBE_CHARS = 1000
MAX_TEXT = {"title": 200, "text": 2000, "intro": 2000, "note": 2000}


def checked_text(text: str | None, field_name: str, required: bool = True) -> str:
    """Trimmed text within its limit; refused when empty (if required) or too long."""
    text = (text or "").strip()
    if required and not text:
        raise GuideError(_("Vul dit veld in."), field=field_name)
    limit = MAX_TEXT[field_name]
    if len(text) > limit:
        raise GuideError(_("Dit is te lang: %(length)d tekens. Gebruik hoogstens %(limit)d tekens.",
                           length=len(text), limit=limit), field=field_name)
    return text


def parse_probes(text: str) -> list[str]:
    """Probes from a textarea: one per line, empty lines ignored."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) > MAX_PROBES:
        raise GuideError(_("Gebruik hoogstens %(n)d doorvraagvragen.", n=MAX_PROBES), field="probes")
    if any(len(line) > MAX_PROBE_CHARS for line in lines):
        raise GuideError(_("Een doorvraagvraag mag hoogstens %(n)d tekens hebben.", n=MAX_PROBE_CHARS), field="probes")
    return lines


def next_key(taken: set[str]) -> str:
    """A fresh question key (v1, v2, …) that is not in `taken`."""
    n = len(taken) + 1
    while f"v{n}" in taken:
        n += 1
    return f"v{n}"


def apply_kind(question, kind: str, options_text: str) -> None:
    """Set a question's type and (for choice questions) its options, typed one per line."""
    if kind not in KINDS:
        raise GuideError(_("Kies wat voor vraag het is."), field="kind")
    question.kind = kind
    if kind not in OPTION_KINDS:
        question.options = ""
        return
    choices = parse_option_lines(options_text, options_of(question))
    if len(choices) < 2:
        raise GuideError(_("Geef minstens twee antwoorden, één per regel."), field="options")
    question.options = dump_options(choices)


def apply_condition(question, earlier: list, source_id: int | None, values_text: str) -> None:
    """Set "only ask when an earlier question was answered with …"; no source means always ask."""
    if not source_id:
        question.show_if = ""
        return
    source = next((q for q in earlier if q.id == source_id), None)
    if source is None:
        raise GuideError(_("Kies een vraag die eerder in de leidraad staat."), field="show_if_question")
    values = _condition_values(source, values_text)
    kept = condition_parts(question.show_if)[1:]  # conditions from an imported group stay
    question.show_if = dump_condition(combine_conditions(make_condition(source.key, values), *kept))


def _condition_values(source, values_text: str) -> list[str]:
    lines = [line.strip() for line in (values_text or "").splitlines() if line.strip()]
    if not lines:
        raise GuideError(_("Vul in bij welk antwoord deze vraag gesteld wordt."), field="show_if_values")
    if source.kind in TYPED_KINDS:
        return lines
    choices = options_of(source) if source.kind in OPTION_KINDS else fixed_choices(source.kind)
    lookup = {c.value.casefold(): c.value for c in choices} | {c.label.casefold(): c.value for c in choices}
    unknown = [line for line in lines if line.casefold() not in lookup]
    if unknown:
        raise GuideError(_("'%(answer)s' is geen antwoord op die vraag. Kies uit: %(choices)s.", answer=unknown[0],
                           choices=", ".join(c.label for c in choices)), field="show_if_values")
    return [lookup[line.casefold()] for line in lines]


def condition_problems(questions: list) -> list[str]:
    """What is wrong with the show-if conditions of a guide's questions (in interview order)."""
    problems, seen = [], {}
    for number, question in enumerate(questions, start=1):
        for condition in condition_parts(question.show_if):
            problems.extend(_problem(number, condition, seen))
        if question.key:
            seen[question.key] = (number, question)
    return problems


def _problem(number: int, condition: dict, seen: dict) -> list[str]:
    source = seen.get(condition["question_key"])
    if source is None:
        return [_("Vraag %(n)d hangt af van een vraag die er niet (meer) vóór staat.", n=number)]
    allowed = choice_values(source[1])
    if allowed is not None and not set(condition_values(condition)) <= allowed:
        return [_("Vraag %(n)d hangt af van een antwoord dat vraag %(m)d niet meer heeft.", n=number, m=source[0])]
    return []


def check_conditions(questions: list) -> None:
    """Refuse a change that leaves a show-if condition without its earlier question or answer."""
    problems = condition_problems(questions)
    if problems:
        raise GuideError(problems[0] + " " + _("Pas eerst die voorwaarde aan. Er is niets veranderd."))


def condition_form_values(question, earlier: list) -> tuple[int | None, str]:
    """The show-if condition as the edit form shows it: (earlier question id, answers one per line)."""
    condition = condition_of(question.show_if) if question is not None else None
    if condition is None:
        return None, ""
    source = next((q for q in earlier if q.key == condition["question_key"]), None)
    if source is None:
        return None, ""
    labels = {c.value: c.label for c in options_of(source) or fixed_choices(source.kind)}
    return source.id, "\n".join(labels.get(v, v) for v in condition_values(condition))
