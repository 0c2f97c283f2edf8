"""What the report pages show: the settings choices and the preview, built from plain report data."""

from dataclasses import dataclass

from coding.findings_page import bar_class
from coding.privacy import number
from coding.reports.appendix_docx import agreement_rows
from coding.reports.data import GROUP_ORDER, ReportData, group_label, speaker_label
from coding.reports.settings import ReportSettings, ordered, settings_from_choices
from coding.reports.shown import ShownTheme, reach_rows, shown_report


@dataclass(frozen=True)
class ThemeChoice:
    """One theme on the settings page: its place, whether it is in, and its approved quotes."""

    theme: object
    position: int
    included: bool
    quotes: list  # (quote, chosen)


def settings_choices(themes, settings: ReportSettings) -> list[ThemeChoice]:
    """Every theme in the current order, with the current choices ticked."""
    return [
        ThemeChoice(theme, n, theme.code_id not in settings.hidden_themes,
                    [(quote, quote.segment_id not in settings.hidden_quotes) for quote in theme.quotes])
        for n, theme in enumerate(ordered(themes, settings), start=1)
    ]


def read_settings(form, themes) -> ReportSettings:
    """Settings from the posted form: `volgorde-<id>` numbers, `thema-<id>` and `citaat-<id>` ticks."""
    theme_ids = [theme.code_id for theme in themes]
    positions = {}
    for code_id in theme_ids:
        raw = (form.get(f"volgorde-{code_id}") or "").strip()
        if raw.isdigit():
            positions[code_id] = int(raw)
    included = {code_id for code_id in theme_ids if form.get(f"thema-{code_id}")}
    quote_ids = [quote.segment_id for theme in themes for quote in theme.quotes]
    chosen = {quote_id for quote_id in quote_ids if form.get(f"citaat-{quote_id}")}
    return settings_from_choices(theme_ids, positions, included, quote_ids, chosen)


@dataclass(frozen=True)
class PreviewTheme:
    """A theme chapter as readers see it: shown counts only."""

    theme: object
    total: str
    by_group: list
    subthemes: tuple
    quotes: list
    bar: str


def preview_page(data: ReportData) -> dict:
    """The report in the browser: the same chapters and the same suppressed counts as the Word file."""
    shown = shown_report(data)
    talks, people = shown.interviews, shown.participants
    most = max((theme.theme.participants for theme in shown.themes if theme.has_bar), default=0)
    return {
        "data": data,
        "summary": shown.summary,
        "numbers": {"key_figures": number(data.key_figures, data.locale), "interviews": talks.total,
                    "participants": people.total},
        "by_group": reach_rows(talks.by_group, people.by_group, group_label),
        "by_wijk": reach_rows(talks.by_wijk, people.by_wijk, str),
        "themes": [_preview_theme(theme, most) for theme in shown.themes],
        "agreement": agreement_rows(data),
        "groups": [group_label(group) for group in GROUP_ORDER],
    }


def _preview_theme(shown: ShownTheme, most) -> PreviewTheme:
    return PreviewTheme(
        theme=shown.theme, total=shown.total, by_group=[(group_label(g), count) for g, count in shown.by_group.items()],
        subthemes=shown.subthemes, quotes=[(quote.text, speaker_label(quote.group)) for quote in shown.theme.quotes],
        bar=bar_class(shown.theme.participants, most) if shown.has_bar else "bar-small",
    )
