"""Simple XLSForm `relevant` expressions <-> show-if conditions.

Understood: ${q} = 'x', selected(${q}, 'x'), and several of these on the same question joined by "or".
Anything else (and, not(), numbers compared with <, functions) is "complex" and becomes a warning.
"""

import re

_QUOTED = r"""(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))"""
_EQUALS = re.compile(r"^\$\{([\w.-]+)\}\s*=\s*" + _QUOTED + r"$")
_SELECTED = re.compile(r"^selected\(\s*\$\{([\w.-]+)\}\s*,\s*" + _QUOTED + r"\s*\)$")
_OR = re.compile(r"\s+or\s+")


def parse_relevant(expression: str) -> tuple[str, list[str]] | None:
    """(question name, values) for a simple expression; None when it is not simple."""
    text = _unwrap(expression.strip())
    terms = [_term(_unwrap(part)) for part in _OR.split(text)] if text else [None]
    if any(term is None for term in terms) or len({name for name, _v in terms}) != 1:
        return None
    return terms[0][0], list(dict.fromkeys(value for _n, value in terms))


def _unwrap(text: str) -> str:
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for char in text:
        depth += {"(": 1, ")": -1}.get(char, 0)
        if depth < 0:
            return False
    return depth == 0


def _term(text: str) -> tuple[str, str] | None:
    match = _EQUALS.match(text) or _SELECTED.match(text)
    if match is None:
        return None
    name, *values = match.groups()
    return name, next(v for v in values if v is not None)


def write_relevant(name: str, values: list[str], multiple: bool) -> str | None:
    """The XLSForm expression for "the answer to `name` is one of `values`"; None if a value cannot be quoted."""
    terms = []
    for value in values:
        quote = "'" if "'" not in value else '"'
        if quote in value:
            return None
        literal = f"{quote}{value}{quote}"
        terms.append(f"selected(${{{name}}}, {literal})" if multiple else f"${{{name}}} = {literal}")
    return " or ".join(terms) or None
