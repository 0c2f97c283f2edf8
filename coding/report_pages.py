"""What the report pages show: the settings choices and the preview, built from plain report data."""

from dataclasses import dataclass

from coding.pages import bar_class
from coding.privacy import number, shown_count, shown_reach, shown_split
from coding.reports.appendix_docx import agreement_rows
from coding.reports.data import GROUP_ORDER, ReportData, all_groups, group_label, speaker_label
from coding.reports.settings import ReportSettings, ordered, settings_from_choices


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
    subthemes: list
    quotes: list
    bar: str


def preview_page(data: ReportData) -> dict:
    """The report in the browser: the same chapters and the same suppressed counts as the Word file."""
    locale = data.locale
    most = max((theme.participants for theme in data.themes), default=0)
    return {
        "data": data,
        "numbers": {"key_figures": number(data.key_figures, locale),
                    "interviews": shown_count(data.interviews, locale),
                    "participants": shown_count(data.participants, locale)},
        "by_group": _reach_rows(data, all_groups(data.interviews_by_group), all_groups(data.participants_by_group),
                                group_label),
        "by_wijk": _reach_rows(data, data.interviews_by_wijk, data.participants_by_wijk, str),
        "themes": [_preview_theme(theme, most, locale) for theme in data.themes],
        "agreement": agreement_rows(data),
        "groups": [group_label(group) for group in GROUP_ORDER],
    }


def _reach_rows(data, interviews, participants, label) -> list:
    _total, talks = shown_reach(data.interviews, interviews, data.locale)
    _total, people = shown_reach(data.participants, participants, data.locale)
    keys = list(dict.fromkeys([*interviews, *participants]))
    return [(label(key), talks.get(key, shown_count(0)), people.get(key, shown_count(0))) for key in keys]


def _preview_theme(theme, most, locale) -> PreviewTheme:
    total, split = shown_split(theme.participants, all_groups(theme.by_group), locale)
    return PreviewTheme(
        theme=theme, total=total, by_group=[(group_label(g), count) for g, count in split.items()],
        subthemes=[(sub.name, shown_count(sub.participants, locale), sub.definition) for sub in theme.subthemes],
        quotes=[(quote.text, speaker_label(quote.group)) for quote in theme.quotes],
        bar=bar_class(theme.participants, most),
    )
