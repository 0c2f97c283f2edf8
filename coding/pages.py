"""What the coding pages show, assembled from the services (views stay thin, templates stay simple)."""

from dataclasses import dataclass, replace

from flask import has_request_context, request
from sqlmodel import select

from coding.analysis import segment_counts
from coding.codebook import build_tree, codes_of
from coding.colours import colour_class
from coding.corpus import codable_answer_order
from coding.highlight import Span, highlight
from coding.privacy import is_small, shown_count, shown_reach, shown_split
from coding.reports.data import GROUP_ORDER, ReportData, all_groups, group_label, speaker_label
from coding.search import search_answers
from coding.segments import segments_of_answer
from coding.workspace import Filters, chips, group_answers, workspace_items
from research.models import User

EXCERPT_CHARS = 140
BAR_STEPS = 20


def answer_page(db, project, item) -> dict:
    """The answer to code: its text in highlighted pieces, its segments, the code tree, neighbours."""
    segments = segments_of_answer(db, item.answer)
    spans = [
        Span(s.start, s.end, s.id, codes[0].colour if codes else "", tuple(c.name for c in codes))
        for s, codes in segments
    ]
    order = codable_answer_order(db, project)
    counts = segment_counts(db, project)
    return {
        "item": item,
        "pieces": highlight(item.answer.text, spans),
        "segments": segments,
        "tree": build_tree(codes_of(db, project)),
        "previous_id": _neighbour(order, item.answer.id, -1),
        "next_id": _neighbour(order, item.answer.id, 1),
        "next_open_id": _next_open(order, item.answer.id, counts),
        "coders": coder_names(db, {s.created_by_id for s, _codes in segments}),
    }


def coder_names(db, user_ids) -> dict[int, str]:
    """The names of the researchers who made the segments (two may code the same answer)."""
    ids = [user_id for user_id in user_ids if user_id]
    return {user.id: user.name for user in db.exec(select(User).where(User.id.in_(ids)))} if ids else {}


def _neighbour(order, answer_id, step):
    position = order.index(answer_id) + step if answer_id in order else -1
    return order[position] if 0 <= position < len(order) else None


def _next_open(order, answer_id, counts):
    later = order[order.index(answer_id) + 1:] + order[:order.index(answer_id)] if answer_id in order else order
    return next((other for other in later if not counts.get(other)), None)


def answer_list_page(db, project, only_open: bool = False, args=None) -> dict:
    """The workspace: answers grouped by question or by interview, filtered as the query string says.

    The shared view passes only `only_open`; the other filters come from the request's query string.
    """
    filters = Filters.from_args(request.args if args is None and has_request_context() else args or {})
    if only_open and not filters.only_open:
        filters = replace(filters, toon="open")
    counts = segment_counts(db, project)
    items, kept, options = workspace_items(db, project, filters, counts)
    groups = group_answers(items, {item.answer.id for item in kept}, counts, filters.per, dict(options.key_figures))
    for group in groups:
        group.rows = [(item, count, _excerpt(item.answer.text)) for item, count in group.rows]
    with_text = [item for item in items if item.answer.text.strip()]
    return {
        "groups": groups,
        "total": len(with_text),
        "coded": sum(1 for item in with_text if counts.get(item.answer.id)),
        "shown": len(kept),
        "only_open": filters.only_open,
        "filters": filters,
        "options": options,
        "chips": chips(filters, options),
    }


def search_page(db, project, args) -> dict:
    """Keyword-in-context hits of the query in the answers that pass the filters."""
    filters = Filters.from_args(args)
    counts = segment_counts(db, project)
    _items, kept, options = workspace_items(db, project, filters, counts)
    hits = search_answers([item.answer for item in kept], filters.q) if filters.q else {}
    results = [(item, hits[item.answer.id]) for item in kept if item.answer.id in hits]
    return {
        "filters": filters,
        "options": options,
        "chips": chips(filters, options),
        "query": filters.q,
        "results": results,
        "hit_count": sum(len(found) for _item, found in results),
    }


def _excerpt(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= EXCERPT_CHARS else flat[:EXCERPT_CHARS].rsplit(" ", 1)[0] + " …"


@dataclass(frozen=True)
class ThemeRow:
    """One theme as the municipality sees it: labels, never exact small counts."""

    name: str
    colour_class: str
    definition: str
    total: str
    by_group: list
    bar_class: str
    subthemes: list
    quotes: list
    recommendation: str


def overview_page(data: ReportData) -> dict:
    """The municipality's overview from the report data: suppressed counts, bars, approved quotes."""
    most = max((theme.participants for theme in data.themes), default=0)
    rows = [_theme_row(theme, most) for theme in data.themes]
    total, by_group = shown_reach(data.participants, all_groups(data.participants_by_group))
    return {
        "data": data,
        "rows": rows,
        "participants": total,
        "participants_by_group": [(group_label(g), label) for g, label in by_group.items()],
        "groups": [group_label(g) for g in GROUP_ORDER],
    }


def _theme_row(theme, most) -> ThemeRow:
    total, by_group = shown_split(theme.participants, all_groups(theme.by_group))
    return ThemeRow(
        name=theme.name,
        colour_class=colour_class(theme.colour),
        definition=theme.definition,
        total=total,
        by_group=[by_group[group] for group in GROUP_ORDER],
        bar_class=bar_class(theme.participants, most),
        subthemes=[(sub.name, shown_count(sub.participants)) for sub in theme.subthemes],
        quotes=[(quote.text, speaker_label(quote.group)) for quote in theme.quotes],
        recommendation=theme.recommendation,
    )


def bar_class(count: int, most: int) -> str:
    """A CSS class for a bar's length in steps of 5%; small counts all get the same short bar."""
    if is_small(count) or most <= 0:
        return "bar-small"
    return f"bar-{max(1, round(BAR_STEPS * count / most)) * 5}"
