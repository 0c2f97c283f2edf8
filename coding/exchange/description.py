"""Wijkstem's code texts in REFI-QDA's single `Description`, and back. Pure.

REFI-QDA has one free-text description per code. Wijkstem writes the definition first, then one
labelled paragraph per rule, so other tools show everything and an import into Wijkstem splits it
again. The labels are part of the file format, so they are fixed text (not translated).
"""

from coding.exchange.spec import CodeSpec

LABELS = {
    "include_rule": "Wel bij dit thema:",
    "exclude_rule": "Niet bij dit thema:",
    "examples": "Voorbeelden:",
    "keywords": "Zoekwoorden:",
}
# Labels other tools (or an English-speaking researcher) may write; compared case-insensitively.
ALIASES = {
    "wel bij dit thema:": "include_rule", "include:": "include_rule", "inclusion criteria:": "include_rule",
    "niet bij dit thema:": "exclude_rule", "exclude:": "exclude_rule", "exclusion criteria:": "exclude_rule",
    "voorbeelden:": "examples", "examples:": "examples", "example:": "examples",
    "zoekwoorden:": "keywords", "keywords:": "keywords",
}
KEYWORD_SEPARATOR = "; "


def describe(spec: CodeSpec) -> str:
    """The definition followed by a labelled paragraph for each rule that is filled in."""
    parts = [spec.description.strip()] if spec.description.strip() else []
    for key, label in LABELS.items():
        value = KEYWORD_SEPARATOR.join(spec.keywords) if key == "keywords" else getattr(spec, key).strip()
        if value:
            parts.append(f"{label} {value}")
    return "\n\n".join(parts)


def undescribe(text: str) -> dict:
    """Split a description into definition, rules, examples and keywords (what `describe` wrote)."""
    found = {"description": [], "include_rule": [], "exclude_rule": [], "examples": [], "keywords": []}
    current = "description"
    for line in (text or "").replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        key, rest = _labelled(line)
        if key:
            current, line = key, rest
        found[current].append(line)
    values = {key: "\n".join(lines).strip() for key, lines in found.items()}
    values["keywords"] = split_keywords(values["keywords"])
    return values


def _labelled(line: str) -> tuple[str | None, str]:
    lowered = line.lstrip().lower()
    for alias, key in ALIASES.items():
        if lowered.startswith(alias):
            return key, line.lstrip()[len(alias):].strip()
    return None, line


def split_keywords(text: str) -> list[str]:
    """Keywords from text separated by semicolons or line ends; trimmed, without blanks or repeats."""
    seen, kept = set(), []
    for word in (text or "").replace("\n", ";").split(";"):
        word = word.strip()
        if word and word.casefold() not in seen:
            seen.add(word.casefold())
            kept.append(word)
    return kept
