"""Geometry for server-rendered SVG charts. Pure: numbers in, positions out; the template draws them.

The CSP forbids inline styles, so colours come from CSS classes (`series-0` … `series-9`) and every
position is an SVG attribute.
"""

from dataclasses import dataclass

SERIES = 10
LABEL_CHARS = 30


@dataclass(frozen=True)
class BarPart:
    """One coloured piece of a stacked bar."""

    x: float
    width: float
    css_class: str
    value: int
    label: str


@dataclass(frozen=True)
class BarRow:
    """One bar: its label (short and full), its pieces and its total."""

    label: str
    full_label: str
    y: float
    parts: list
    total: int
    total_x: float


@dataclass(frozen=True)
class BarChart:
    """A horizontal stacked bar chart with a legend."""

    width: int
    height: int
    label_width: int
    bar_height: int
    rows: list
    legend: list  # (css_class, label)


def short_label(text: str, limit: int = LABEL_CHARS) -> str:
    """A label cut at a word boundary to fit beside a bar, with … when cut."""
    if len(text) <= limit:
        return text
    head = text[:limit - 1]
    if not text[limit - 1].isspace() and " " in head:
        head = head.rsplit(" ", 1)[0]
    return head.rstrip(" ,;:-") + "…"


def series_class(index: int) -> str:
    """The CSS class of the index-th series (colours repeat after ten)."""
    return f"series-{index % SERIES}"


def stacked_bars(rows, keys, *, width: int = 720, label_width: int = 230, bar_height: int = 22,
                 gap: int = 10) -> BarChart:
    """Bars for rows of (label, {key: value}, total), stacked in the order of `keys` [(key, label)].

    The longest bar fills the space after the labels; the total is written after each bar. (A participant
    who spoke with two key figures is in two pieces, so a bar may be longer than its total.)
    """
    room = width - label_width - 40
    most = max((sum(values.get(key, 0) for key, _l in keys) for _label, values, _total in rows), default=0) or 1
    classes = {key: series_class(n) for n, (key, _label) in enumerate(keys)}
    bars = []
    for n, (label, values, total) in enumerate(rows):
        x, parts = float(label_width), []
        for key, key_label in keys:
            value = values.get(key, 0)
            if value:
                part_width = room * value / most
                parts.append(BarPart(round(x, 1), round(part_width, 1), classes[key], value, key_label))
                x += part_width
        y = gap + n * (bar_height + gap)
        bars.append(BarRow(short_label(label), label, y, parts, total, round(x + 6, 1)))
    height = gap + len(rows) * (bar_height + gap)
    return BarChart(width, max(height, bar_height + 2 * gap), label_width, bar_height, bars,
                    [(classes[key], key_label) for key, key_label in keys])
