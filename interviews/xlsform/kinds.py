"""XLSForm question types and names, and what Wijkstem makes of them."""

import re

from interviews.question_fields import MAX_PROBE_CHARS, MAX_PROBES
from interviews.questions import (
    DECIMAL,
    INTEGER,
    MULTIPLE,
    NO,
    OPEN,
    OPTION_KINDS,
    SCALE,
    SCALE_VALUES,
    SINGLE,
    YES,
    YESNO,
)

META_TYPES = {"start", "end", "today", "deviceid", "subscriberid", "simserial", "phonenumber", "username",
              "email", "audit", "start-geopoint", "uri:deviceid", "uri:email", "uri:phonenumber", "uri:username"}
QUESTION_TYPES = {"text": OPEN, "select_one": SINGLE, "select_multiple": MULTIPLE, "integer": INTEGER,
                  "decimal": DECIMAL, "acknowledge": YESNO}


def split_type(value: str) -> tuple[str, str, list[str]]:
    """"select_one yes_no" -> ("select_one", "yes_no", []); "begin_group" -> ("begin group", "", [])."""
    parts = value.split()
    if not parts:
        return "", "", []
    head, rest = parts[0].lower(), parts[1:]
    if head in ("begin", "end") and rest:
        head, rest = f"{head} {rest[0].lower()}", rest[1:]
    head = {"begin_group": "begin group", "end_group": "end group", "begin_repeat": "begin repeat",
            "end_repeat": "end repeat"}.get(head, head)
    return head, (rest[0] if rest else ""), rest[1:]


def values_of(question) -> set[str] | None:
    """The values an imported question's answer can take; None for a typed answer (open or a number)."""
    if question.kind in OPTION_KINDS:
        return {c.value for c in question.options}
    if question.kind == SCALE:
        return set(SCALE_VALUES)
    if question.kind == YESNO:
        return {YES, NO}
    return None


def unique_key(name: str, taken: set[str]) -> tuple[str, str]:
    """(the key a name asks for, a key not yet taken): letters, digits, _ . - only, at most 80 characters."""
    wanted = re.sub(r"[^\w.-]", "_", name, flags=re.ASCII)[:80] or f"v{len(taken) + 1}"
    key, n = wanted, 2
    while key in taken:
        key, n = f"{wanted[:76]}_{n}", n + 1
    return wanted, key


def probe_lines(hint: str) -> tuple[list[str], bool]:
    """Probes from a hint, one per line, within the limits; True when something had to be cut."""
    lines = [line.strip() for line in hint.splitlines() if line.strip()]
    cut = len(lines) > MAX_PROBES or any(len(line) > MAX_PROBE_CHARS for line in lines)
    return [line[:MAX_PROBE_CHARS] for line in lines[:MAX_PROBES]], cut
