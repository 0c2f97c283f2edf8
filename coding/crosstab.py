"""Counting codings: frequencies per participant group, wijk or key figure, and code co-occurrence. Pure.

Input rows are `CodingRow`s: one per code on a segment, with who said it. Nothing here touches the
database or Flask, so the counting rules are tested directly.
"""

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

HEAT_STEPS = 5


@dataclass(frozen=True)
class CodingRow:
    """One code on one segment, with the answer, the participant and their group, wijk and key figure."""

    code_id: int
    segment_id: int
    answer_id: int
    participant_id: int
    group: str
    wijk: str
    key_figure_id: int | None


@dataclass
class Cell:
    """Participants and segments behind one count; a participant counts once however often they said it."""

    participants: set
    segments: set

    @property
    def people(self) -> int:
        """How many participants."""
        return len(self.participants)

    @property
    def fragments(self) -> int:
        """How many segments."""
        return len(self.segments)


def _ancestors(code_id: int, parents: dict) -> list[int]:
    """The code and the codes above it (sub-themes roll up into their theme)."""
    chain, current = [], code_id
    while current is not None and current not in chain:
        chain.append(current)
        current = parents.get(current)
    return chain


def frequencies(rows, parents: dict, dimension: str) -> dict[int, dict[str, Cell]]:
    """Per code (sub-codes rolled up): a Cell per value of the dimension ("group", "wijk", "key_figure_id").

    The key "" holds the code's total over all values.
    """
    table: dict[int, dict[str, Cell]] = defaultdict(dict)
    for row in rows:
        value = getattr(row, dimension)
        for code_id in _ancestors(row.code_id, parents):
            for key in ("", "" if value is None else str(value)):
                cell = table[code_id].setdefault(key, Cell(set(), set()))
                cell.participants.add(row.participant_id)
                cell.segments.add(row.segment_id)
    return dict(table)


def cooccurrence(rows, unit: str = "segment") -> dict[tuple[int, int], int]:
    """How many segments (or answers) carry both codes; (a, a) is how many carry code a at all.

    Keys are ordered pairs with a <= b; codes are counted as they are (no rolling up), so a theme and
    its own sub-theme on one segment do co-occur.
    """
    codes_per_unit: dict[int, set] = defaultdict(set)
    for row in rows:
        codes_per_unit[row.segment_id if unit == "segment" else row.answer_id].add(row.code_id)
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for codes in codes_per_unit.values():
        for code_id in codes:
            counts[(code_id, code_id)] += 1
        for a, b in combinations(sorted(codes), 2):
            counts[(a, b)] += 1
    return dict(counts)


def pair(counts: dict, a: int, b: int) -> int:
    """The co-occurrence count of two codes in either order."""
    return counts.get((min(a, b), max(a, b)), 0)


def heat_class(value: int, maximum: int) -> str:
    """A CSS class for a heat-map cell: heat-0 (none) to heat-5 (the most)."""
    if value <= 0 or maximum <= 0:
        return "heat-0"
    return f"heat-{max(1, min(HEAT_STEPS, round(HEAT_STEPS * value / maximum)))}"


def strongest_pairs(counts: dict, limit: int = 10) -> list[tuple[int, int, int]]:
    """The code pairs that occur together most often: (a, b, count), highest first."""
    pairs = [(a, b, n) for (a, b), n in counts.items() if a != b and n > 0]
    return sorted(pairs, key=lambda item: (-item[2], item[0], item[1]))[:limit]
