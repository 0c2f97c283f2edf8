"""Cut an answer into pieces so coded spans can be shown as <mark>; pure, no Flask, no database."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    """A coded span to show: offsets in code points, the colour and label of its codes."""

    start: int
    end: int
    segment_id: int
    colour: str
    labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Piece:
    """A run of text covered by the same spans (none: plain text)."""

    text: str
    segment_ids: tuple[int, ...] = ()
    colour: str = ""
    labels: tuple[str, ...] = ()

    @property
    def marked(self) -> bool:
        """True when the piece is part of at least one coded span."""
        return bool(self.segment_ids)


def highlight(text: str, spans) -> list[Piece]:
    """The text in pieces; where spans overlap, the shortest span gives the colour."""
    size = len(text)
    clipped = [s for s in spans if 0 <= s.start < min(s.end, size)]
    cuts = sorted({0, size, *(s.start for s in clipped), *(min(s.end, size) for s in clipped)})
    pieces = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in clipped if s.start <= left and right <= s.end]
        pieces.append(_piece(text[left:right], covering))
    return pieces


def _piece(text, covering) -> Piece:
    if not covering:
        return Piece(text)
    inner = min(covering, key=lambda s: (s.end - s.start, -s.segment_id))
    labels = list(dict.fromkeys(label for s in covering for label in s.labels))
    return Piece(text, tuple(s.segment_id for s in covering), inner.colour, tuple(labels))
