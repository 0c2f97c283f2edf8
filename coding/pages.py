"""What the coding pages show, assembled from the services (views stay thin, templates stay simple)."""

from dataclasses import replace

from flask import has_request_context, request

from coding.analysis import segment_counts
from coding.codebook import build_tree, codes_of
from coding.highlight import Span, highlight
from coding.neighbours import neighbours
from coding.search import search_answers
from coding.segments import coder_ids, codings_of_answer, segments_with_codes
from coding.suggest_app.service import answer_panel
from coding.workspace import Filters, chips, group_answers, workspace_items
from research.users import user_names

EXCERPT_CHARS = 140


def answer_page(db, project, item) -> dict:
    """The answer to code: its text in highlighted pieces, its segments, the code tree, neighbours."""
    codings = codings_of_answer(db, item.answer.id)
    segments = segments_with_codes(codings)
    spans = [
        Span(s.start, s.end, s.id, codes[0].colour if codes else "", tuple(c.name for c in codes))
        for s, codes in segments
    ]
    around = neighbours(db, project, item)
    codebook = codes_of(db, project)
    names = user_names(db, coder_ids(codings))
    return {
        "item": item,
        "pieces": highlight(item.answer.text, spans),
        "segments": segments,
        "tree": build_tree(codebook),
        "panel": answer_panel(db, project, item.answer, codebook, codings, names),
        "previous_id": around.previous_id,
        "next_id": around.next_id,
        "next_open_id": around.next_open_id,
        "coders": names,
    }


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
