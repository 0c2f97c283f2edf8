"""The coding workspace: filters from the query string, the answers they keep, and how they are grouped.

Filters combine: participant group, wijk, key figure, code (with its sub-codes) and "not yet coded".
They live in the query string so a filtered list can be bookmarked and each filter removed on its own.
"""

from dataclasses import dataclass, fields, replace

from flask_babel import gettext as _
from sqlmodel import select

from coding.codebook import codes_of, descendant_ids
from coding.corpus import codable_answers
from coding.models import Coding, Segment
from coding.reports.data import group_label, group_name
from research.models import User

BY_QUESTION, BY_INTERVIEW = "vraag", "gesprek"
MAX_QUERY = 200


@dataclass(frozen=True)
class Filters:
    """What the researcher chose; empty strings mean "all". Field names are the query-string names."""

    groep: str = ""
    wijk: str = ""
    sleutelfiguur: str = ""
    code: str = ""
    toon: str = ""  # "open": only answers without any fragment
    per: str = BY_QUESTION
    q: str = ""

    @classmethod
    def from_args(cls, args) -> "Filters":
        """Read the filters from a query string (unknown or malformed values are ignored)."""
        values = {f.name: (args.get(f.name) or "").strip()[:MAX_QUERY] for f in fields(cls)}
        values["per"] = values["per"] if values["per"] in (BY_QUESTION, BY_INTERVIEW) else BY_QUESTION
        values["toon"] = "open" if values["toon"] == "open" else ""
        for key in ("sleutelfiguur", "code"):
            values[key] = values[key] if values[key].isdigit() else ""
        return cls(**values)

    def args(self, **changes) -> dict:
        """The query-string arguments of these filters (with changes), leaving out the empty ones."""
        chosen = replace(self, **changes)
        return {f.name: getattr(chosen, f.name) for f in fields(chosen)
                if getattr(chosen, f.name) and not (f.name == "per" and chosen.per == BY_QUESTION)}

    @property
    def only_open(self) -> bool:
        """True when only answers without fragments are shown."""
        return self.toon == "open"


@dataclass(frozen=True)
class Options:
    """The choices for each filter, taken from the project's answers and codebook."""

    groups: list
    wijken: list
    key_figures: list
    codes: list


def filter_options(db, project, items) -> Options:
    """Groups, wijken and key figures that occur among the answers; the codes of the codebook."""
    groups = sorted({item.participant.group for item in items})
    wijken = sorted({item.participant.wijk for item in items if item.participant.wijk})
    ids = {item.interview.key_figure_id for item in items if item.interview.key_figure_id}
    users = list(db.exec(select(User).where(User.id.in_(ids)))) if ids else []
    return Options(
        groups=[(group, group_label(group)) for group in groups],
        wijken=[(wijk, wijk) for wijk in wijken],
        key_figures=sorted(((str(u.id), u.name) for u in users), key=lambda pair: pair[1].casefold()),
        codes=[(str(code.id), code.name, code.parent_id) for code in codes_of(db, project)],
    )


def chips(filters: Filters, options: Options) -> list[tuple[str, dict]]:
    """A removable chip per active filter: its label and the query-string arguments without it."""
    names = {
        "groep": dict(options.groups), "wijk": dict(options.wijken),
        "sleutelfiguur": dict(options.key_figures), "code": {i: n for i, n, _p in options.codes},
    }
    prefixes = {"groep": _("Groep"), "wijk": _("Wijk"), "sleutelfiguur": _("Sleutelfiguur"), "code": _("Code")}
    result = []
    for key, prefix in prefixes.items():
        value = getattr(filters, key)
        if value:
            result.append((f"{prefix}: {names[key].get(value, value)}", filters.args(**{key: ""})))
    if filters.only_open:
        result.append((_("Nog niet gecodeerd"), filters.args(toon="")))
    return result


def coded_answer_ids(db, project, code_id: int) -> set[int]:
    """The answers with a fragment coded with this code or one of its sub-codes."""
    ids = descendant_ids(codes_of(db, project), code_id)
    query = select(Segment.answer_id).join(Coding, Coding.segment_id == Segment.id).where(Coding.code_id.in_(ids))
    return set(db.exec(query))


def apply_filters(db, project, items, filters: Filters, counts: dict) -> list:
    """The codable answers that pass every chosen filter (answers without text are left out)."""
    kept = [item for item in items if item.answer.text.strip()]
    if filters.groep:
        kept = [item for item in kept if item.participant.group == filters.groep]
    if filters.wijk:
        kept = [item for item in kept if item.participant.wijk == filters.wijk]
    if filters.sleutelfiguur:
        kept = [item for item in kept if str(item.interview.key_figure_id) == filters.sleutelfiguur]
    if filters.code:
        coded = coded_answer_ids(db, project, int(filters.code))
        kept = [item for item in kept if item.answer.id in coded]
    if filters.only_open:
        kept = [item for item in kept if not counts.get(item.answer.id)]
    return kept


@dataclass
class AnswerGroup:
    """The answers under one heading: a question, or an interview."""

    key: tuple
    title: str
    subtitle: str
    rows: list
    total: int = 0
    coded: int = 0


def group_answers(items, shown_ids: set, counts: dict, by: str, key_figures: dict) -> list[AnswerGroup]:
    """Answers grouped by question or by interview, with totals over all answers of each group. Pure."""
    groups: dict[tuple, AnswerGroup] = {}
    for item in items:
        if not item.answer.text.strip():
            continue
        key = _group_key(item, by)
        if key not in groups:
            groups[key] = _new_group(item, by, key_figures)
        group = groups[key]
        count = counts.get(item.answer.id, 0)
        group.total, group.coded = group.total + 1, group.coded + (1 if count else 0)
        if item.answer.id in shown_ids:
            group.rows.append((item, count))
    return [group for group in groups.values() if group.rows]


def _group_key(item, by) -> tuple:
    return ("gesprek", item.interview.id) if by == BY_INTERVIEW else ("vraag", item.question.id)


def _new_group(item, by, key_figures) -> AnswerGroup:
    if by == BY_INTERVIEW:
        who = key_figures.get(str(item.interview.key_figure_id), "")
        subtitle = group_name(item.participant.group) + (f" · {who}" if who else "")
        return AnswerGroup(_group_key(item, by), item.participant.code, subtitle, [])
    return AnswerGroup(_group_key(item, by), item.question.text, item.section.title, [])


def workspace_items(db, project, filters: Filters, counts: dict):
    """All codable answers, the ones the filters keep, and the filter options."""
    items = codable_answers(db, project)
    if filters.per == BY_INTERVIEW:
        items = sorted(items, key=lambda item: item.interview.id)  # stable: guide order within an interview
    return items, apply_filters(db, project, items, filters, counts), filter_options(db, project, items)
