"""Complementary suppression: which counts to hide so that no hidden count can be worked out. Pure.

A table here is a total and one or more lines that each split it (per group, per wijk). Counts below the
threshold are hidden ("small"). A reader who knows the rule knows that a small count is 0..4 and that any
other hidden count ("second") is 5 or more. Where those ranges, the shown counts and the total still leave
one value for a hidden count, one more count is hidden (the smallest one shown), and if a line has none
left, the total is hidden as well. The check repeats until no hidden count has a single possible value.
"""

import math
from dataclasses import dataclass

from coding.privacy import THRESHOLD, is_small

SHOWN, SMALL, SECOND = "", "small", "second"
RANGES = {SMALL: (0, THRESHOLD - 1), SECOND: (THRESHOLD, math.inf)}


@dataclass(frozen=True)
class Protection:
    """What to show of a table: the total's state and, per line, each count's state (SHOWN, SMALL, SECOND)."""

    total: str
    lines: tuple


def protect(total: int, lines: list[dict]) -> Protection:
    """Hide small counts, then as many others as it takes so that none can be worked out."""
    if is_small(total):
        return Protection(SMALL, tuple({key: SMALL for key in line} for line in lines))
    states = [{key: SMALL if is_small(count) else SHOWN for key, count in line.items()} for line in lines]
    total_state = SHOWN
    while True:
        leaking = leaking_lines(total, total_state, lines, states)
        if not leaking:
            return Protection(total_state, tuple(states))
        hid_more = False
        for index in leaking:
            shown = [key for key, state in states[index].items() if state == SHOWN]
            if shown:
                states[index][min(shown, key=lambda key: (lines[index][key], str(key)))] = SECOND
                hid_more = True
        if not hid_more:
            if total_state == SECOND:
                return Protection(total_state, tuple(states))  # nothing left to hide; cannot happen
            total_state = SECOND


def leaking_lines(total: int, total_state: str, lines: list[dict], states: list[dict]) -> list[int]:
    """The lines with a hidden count that has only one possible value (all lines when the total leaks)."""
    low, high = total_range(total, total_state, lines, states)
    if total_state != SHOWN and low == high:
        return list(range(len(lines)))
    return [index for index, line in enumerate(lines) if _line_leaks(line, states[index], low, high)]


def total_range(total: int, total_state: str, lines: list[dict], states: list[dict]) -> tuple:
    """The values the total can have for a reader of the table."""
    if total_state == SHOWN:
        return total, total
    low, high = RANGES[total_state]
    for line, state in zip(lines, states, strict=True):
        shown = sum(count for key, count in line.items() if state[key] == SHOWN)
        low = max(low, shown + sum(RANGES[state[key]][0] for key in line if state[key] != SHOWN))
        high = min(high, shown + sum(RANGES[state[key]][1] for key in line if state[key] != SHOWN))
    return low, high


def _line_leaks(line: dict, state: dict, total_low, total_high) -> bool:
    hidden = [key for key in line if state[key] != SHOWN]
    shown = sum(count for key, count in line.items() if state[key] == SHOWN)
    for key in hidden:
        others = [RANGES[state[other]] for other in hidden if other != key]
        own_low, own_high = RANGES[state[key]]
        low = max(own_low, total_low - shown - sum(high for _low, high in others))
        high = min(own_high, total_high - shown - sum(low for low, _high in others))
        if low == high:
            return True
    return False
