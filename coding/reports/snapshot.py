"""ReportData as JSON and back: a released version keeps the figures its Word file was made from. Pure."""

import json
from dataclasses import asdict, fields
from datetime import date

from coding.reports.check_data import CheckRow
from coding.reports.data import (
    ActionRow,
    AgreementFigure,
    GuideQuestion,
    GuideSection,
    Quote,
    ReportData,
    RoundBefore,
    SubTheme,
    Theme,
    ThemeCount,
)

DATES = ("period_start", "period_end", "made_on")


def data_to_json(data: ReportData) -> str:
    """The report data as a JSON text (dates as ISO dates)."""
    plain = asdict(data)
    for name in DATES:
        plain[name] = plain[name].isoformat() if plain[name] else None
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)


def data_from_json(text: str) -> ReportData:
    """The report data a JSON text (from data_to_json) holds."""
    plain = json.loads(text)
    for name in DATES:
        plain[name] = date.fromisoformat(plain[name]) if plain.get(name) else None
    plain["themes"] = tuple(_theme(theme) for theme in plain.get("themes", ()))
    plain["guide"] = tuple(_section(section) for section in plain.get("guide", ()))
    plain["agreement"] = tuple(AgreementFigure(**row) for row in plain.get("agreement", ()))
    plain["actions"] = tuple(ActionRow(**row) for row in plain.get("actions", ()))
    plain["round_before"] = _round_before(plain.get("round_before"))
    plain["checks"] = tuple(CheckRow(**row) for row in plain.get("checks", ()))  # absent in older releases
    known = {field.name for field in fields(ReportData)}
    return ReportData(**{name: value for name, value in plain.items() if name in known})


def _section(plain: dict) -> GuideSection:
    questions = tuple(GuideQuestion(q["text"], tuple(q["probes"])) for q in plain["questions"])
    return GuideSection(plain["title"], questions)


def _theme(plain: dict) -> Theme:
    plain = dict(plain)
    plain["subthemes"] = tuple(SubTheme(**sub) for sub in plain.get("subthemes", ()))
    plain["quotes"] = tuple(Quote(**quote) for quote in plain.get("quotes", ()))
    return Theme(**plain)


def _round_before(plain: dict | None) -> RoundBefore | None:
    if not plain:
        return None
    plain = dict(plain)
    plain["themes"] = tuple(ThemeCount(**theme) for theme in plain.get("themes", ()))
    plain["actions"] = tuple(ActionRow(**row) for row in plain.get("actions", ()))
    return RoundBefore(**plain)
