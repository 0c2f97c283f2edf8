"""The researcher's report settings: which themes in which order, and which approved quotes. Pure.

Stored as JSON on the project's ReportText. Themes and quotes are left *out* by id, so a theme added
to the codebook later, or a quote approved later, appears in the report unless the researcher says no.
"""

import json
from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class ReportSettings:
    """Theme order (code ids; unlisted themes follow in codebook order) and what is left out."""

    theme_order: tuple = ()
    hidden_themes: frozenset = field(default_factory=frozenset)
    hidden_quotes: frozenset = field(default_factory=frozenset)

    def to_json(self) -> str:
        """The settings as JSON text (sorted, so equal settings give equal text)."""
        return json.dumps({
            "theme_order": list(self.theme_order),
            "hidden_themes": sorted(self.hidden_themes),
            "hidden_quotes": sorted(self.hidden_quotes),
        }, sort_keys=True)


def parse_settings(text: str) -> ReportSettings:
    """Settings from stored JSON; anything unreadable counts as "no settings"."""
    try:
        raw = json.loads(text or "{}")
    except ValueError:
        return ReportSettings()
    if not isinstance(raw, dict):
        return ReportSettings()
    return ReportSettings(
        theme_order=tuple(_ids(raw.get("theme_order"))),
        hidden_themes=frozenset(_ids(raw.get("hidden_themes"))),
        hidden_quotes=frozenset(_ids(raw.get("hidden_quotes"))),
    )


def _ids(values) -> list[int]:
    return [value for value in values if isinstance(value, int)] if isinstance(values, list) else []


def ordered(themes, settings: ReportSettings) -> list:
    """All themes (objects with `code_id`) in the chosen order; unlisted ones keep codebook order at the end."""
    rank = {code_id: n for n, code_id in enumerate(settings.theme_order)}
    indexed = list(enumerate(themes))
    indexed.sort(key=lambda pair: (rank.get(pair[1].code_id, len(rank)), pair[0]))
    return [theme for _n, theme in indexed]


def apply_settings(themes, settings: ReportSettings) -> tuple:
    """The themes the report shows: chosen ones, in order, each with only its chosen quotes."""
    shown = [theme for theme in ordered(themes, settings) if theme.code_id not in settings.hidden_themes]
    return tuple(
        replace(theme, quotes=tuple(q for q in theme.quotes if q.segment_id not in settings.hidden_quotes))
        for theme in shown
    )


def settings_from_choices(theme_ids, positions: dict, included: set, quote_ids, chosen_quotes: set) -> ReportSettings:
    """Settings from what the researcher filled in: a position per theme, ticked themes and quotes.

    Themes without a valid position keep their current place after the numbered ones.
    """
    last = len(theme_ids) + 1
    order = sorted(theme_ids, key=lambda code_id: (positions.get(code_id, last), theme_ids.index(code_id)))
    return ReportSettings(
        theme_order=tuple(order),
        hidden_themes=frozenset(code_id for code_id in theme_ids if code_id not in included),
        hidden_quotes=frozenset(quote_id for quote_id in quote_ids if quote_id not in chosen_quotes),
    )
