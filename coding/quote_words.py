"""A quote is the participant's own words: a piece of the answer where parts may be left out or redacted. Pure.

Allowed between the participant's words: a redaction in square brackets, such as [naam], [school],
[plaats] or […] (which the scrubber writes too). Spaces may differ, and the first letter of a piece may
become a capital. Any other word is not the participant's and is refused.
"""

import re

REDACTION = re.compile(r"\[(?:…|\.\.\.|[^\W\d_][^\[\]]{0,30})\]")


def redactions(quote: str) -> list[str]:
    """The redactions in a quote ("[naam]", "[…]"), in order."""
    return REDACTION.findall(quote)


def is_participants_words(quote: str, answer: str) -> bool:
    """True when the quote is a piece of the answer with only redactions and left-out parts."""
    pieces = [_flat(piece) for piece in REDACTION.split(quote)]
    literal = [piece for piece in pieces if piece]
    if not literal:
        return False
    pattern = r"\s*.+?\s*".join(_piece_pattern(piece) if piece else "" for piece in pieces)
    return re.search(pattern, _flat(answer), flags=re.DOTALL) is not None


def _flat(text: str) -> str:
    return " ".join(text.split())


def _piece_pattern(piece: str) -> str:
    """A literal piece of the answer; its first letter may be written as a capital (a quote starts a sentence)."""
    first, rest = piece[0], piece[1:]
    head = f"[{re.escape(first.lower())}{re.escape(first.upper())}]" if first.isalpha() else re.escape(first)
    return head + re.escape(rest).replace(r"\ ", r"\s+")
