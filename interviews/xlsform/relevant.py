"""Simple XLSForm `relevant` expressions <-> show-if conditions.

Understood: ${q} = 'x', selected(${q}, 'x'), several of these on the same question joined by "or", and such
parts joined by "and" (each part may name another question). Anything else (not(), numbers compared with <,
functions, "or" across questions) is "complex" and becomes a warning.
"""

import re

_QUOTED = r"""(?:'([^']*)'|"([^"]*)"|(-?\d+(?:\.\d+)?))"""
_EQUALS = re.compile(r"^\$\{([\w.-]+)\}\s*=\s*" + _QUOTED + r"$")
_SELECTED = re.compile(r"^selected\(\s*\$\{([\w.-]+)\}\s*,\s*" + _QUOTED + r"\s*\)$")
_OR = re.compile(r"\s+or\s+")
_AND = re.compile(r"\s+and\s+")


def parse_conditions(expression: str) -> list[tuple[str, list[str]]] | None:
    """(question name, values) per part joined by a top-level "and"; None when a part is not simple."""
    parts = [parse_relevant(part) for part in _split_and(_unwrap(expression.strip()))]
    return parts if parts and all(parts) else None


def _split_and(text: str) -> list[str]:
    # "and" outside brackets and quotes only: "(a or b) and c" is two parts, "${q} = 'x and y'" is one.
    parts, depth, quote, cut, scanned = [], 0, "", 0, 0
    for match in _AND.finditer(text):
        depth, quote = _state(text[scanned:match.start()], depth, quote)
        scanned = match.end()
        if depth == 0 and not quote:
            parts.append(text[cut:match.start()])
            cut = match.end()
    return [*parts, text[cut:]]


def _state(text: str, depth: int, quote: str) -> tuple[int, str]:
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        else:
            depth += {"(": 1, ")": -1}.get(char, 0)
    return depth, quote


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
