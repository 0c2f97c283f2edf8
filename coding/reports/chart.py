"""The bar chart of the themes as a PNG, drawn without a display (matplotlib's Agg canvas). Pure.

A hidden count gets no bar, only its words ("minder dan 5", "niet getoond"): a bar's length would give the
number away. Which counts are hidden is decided in coding.reports.shown.
"""

import textwrap
from dataclasses import dataclass
from io import BytesIO

from coding.privacy import number

WIDTH_INCHES = 6.3  # the text width of an A4 page with Word's default margins
ROW_INCHES = 0.3
DPI = 150
LABEL_CHARS = 32


@dataclass(frozen=True)
class Bar:
    label: str
    count: int
    colour: str = "#2f6f8f"
    shown: str = ""  # the count as readers see it
    has_bar: bool = True


def chart_png(bars: list[Bar], axis_label: str, locale: str | None = None) -> bytes:
    """A horizontal bar chart (first bar on top) as PNG bytes."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(WIDTH_INCHES, 0.9 + ROW_INCHES * max(1, len(bars))), dpi=DPI)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    _draw(axes, bars, locale)
    axes.set_xlabel(axis_label)
    figure.tight_layout()
    buffer = BytesIO()
    figure.savefig(buffer, format="png", dpi=DPI, metadata={"Software": None})
    return buffer.getvalue()


def _draw(axes, bars, locale):
    positions = list(range(len(bars)))[::-1]
    widths = [bar.count if bar.has_bar else 0 for bar in bars]
    axes.barh(positions, widths, color=[bar.colour for bar in bars], height=0.65)
    axes.set_yticks(positions, [textwrap.shorten(bar.label, LABEL_CHARS, placeholder="…") for bar in bars])
    most = max(widths, default=0) or 1
    for position, bar, width in zip(positions, bars, widths, strict=True):
        axes.text(width + most * 0.01, position, bar.shown or number(bar.count, locale), va="center", fontsize=8)
    axes.set_xlim(0, most * 1.25)
    _whole_number_ticks(axes, locale)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.tick_params(labelsize=8)


def _whole_number_ticks(axes, locale):
    """Ticks at whole numbers only (people are counted), written for the locale."""
    from matplotlib.ticker import FuncFormatter, MaxNLocator

    axes.xaxis.set_major_locator(MaxNLocator(nbins=5, integer=True))
    axes.xaxis.set_major_formatter(FuncFormatter(lambda value, _pos: number(int(value), locale)))
