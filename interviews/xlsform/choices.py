"""The choices sheet: answer options per list name."""

from dataclasses import dataclass, field

from flask_babel import gettext as _

from interviews.questions import MAX_OPTION_CHARS, MAX_OPTIONS
from interviews.xlsform.table import Table

MAX_VALUE_CHARS = 80


@dataclass
class Entry:
    """One option of a choice list, with its translated labels."""

    value: str
    label: str
    row: int
    translations: dict[str, str] = field(default_factory=dict)


def read_lists(choices: Table, base: str | None, targets: list[str], warn) -> dict[str, list[Entry]]:
    """Choice lists by name; rows without a list name or name, duplicates and overflow become warnings."""
    lists: dict[str, list[Entry]] = {}
    for number, row in choices.rows:
        list_name, value = choices.get(row, "list_name"), choices.get(row, "name")[:MAX_VALUE_CHARS]
        entries = lists.setdefault(list_name, [])
        problem = _problem(list_name, value, entries)
        if problem:
            warn(number, problem, sheet=choices.name)
            continue
        label = choices.get(row, "label", base) or choices.get(row, "label") or value
        if len(label) > MAX_OPTION_CHARS:
            warn(number, _("Keuze '%(value)s' is ingekort tot %(n)d tekens.", value=value, n=MAX_OPTION_CHARS),
                 sheet=choices.name)
        translations = {lang: text[:MAX_OPTION_CHARS] for lang in targets if (text := choices.get(row, "label", lang))}
        entries.append(Entry(value, label[:MAX_OPTION_CHARS], number, translations))
    return lists


def _problem(list_name: str, value: str, entries: list[Entry]) -> str | None:
    if not list_name or not value:
        return _("Keuze zonder lijstnaam (list_name) of naam (name): overgeslagen.")
    if any(entry.value == value for entry in entries):
        return _("Keuze '%(value)s' staat twee keer in lijst '%(name)s': overgeslagen.", value=value, name=list_name)
    if len(entries) >= MAX_OPTIONS:
        return _("Lijst '%(name)s' heeft meer dan %(n)d keuzes: '%(value)s' is overgeslagen.", name=list_name,
                 n=MAX_OPTIONS, value=value)
    return None
