"""What the coding pages show, assembled from the services (views stay thin, templates stay simple)."""

from dataclasses import dataclass

from coding.analysis import segment_counts
from coding.codebook import build_tree, codes_of
from coding.colours import colour_class
from coding.corpus import codable_answer_order, codable_answers
from coding.highlight import Span, highlight
from coding.privacy import is_small, shown_count, shown_reach, shown_split
from coding.reports.data import GROUP_ORDER, ReportData, all_groups, group_label, speaker_label
from coding.segments import segments_of_answer

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
    }


def _neighbour(order, answer_id, step):
    position = order.index(answer_id) + step if answer_id in order else -1
    return order[position] if 0 <= position < len(order) else None


def _next_open(order, answer_id, counts):
    later = order[order.index(answer_id) + 1:] + order[:order.index(answer_id)] if answer_id in order else order
    return next((other for other in later if not counts.get(other)), None)


@dataclass
class QuestionGroup:
    """The answers to one question, with counts."""

    question: object
    section: object
    rows: list
    total: int = 0
    coded: int = 0


def answer_list_page(db, project, only_open: bool) -> dict:
    """Answers grouped by question with their segment counts; optionally only the ones not yet coded."""
    counts = segment_counts(db, project)
    groups: dict[int, QuestionGroup] = {}
    for item in codable_answers(db, project):
        if not item.answer.text.strip():
            continue  # nothing to code; text is encrypted, so this check happens here and not in SQL
        group = groups.setdefault(item.question.id, QuestionGroup(item.question, item.section, []))
        count = counts.get(item.answer.id, 0)
        group.total, group.coded = group.total + 1, group.coded + (1 if count else 0)
        if not (only_open and count):
            group.rows.append((item, count, _excerpt(item.answer.text)))
    shown = [group for group in groups.values() if group.rows or not only_open]
    return {
        "groups": shown,
        "total": sum(g.total for g in groups.values()),
        "coded": sum(g.coded for g in groups.values()),
        "only_open": only_open,
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
