"""What the researcher's analysis pages show: frequencies with a bar chart, co-occurrence, quotes per code."""

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l
from sqlmodel import select

from coding.analysis import coding_rows, quotes_by_code, segment_counts
from coding.charts import stacked_bars
from coding.codebook import build_tree, codes_of
from coding.corpus import codable_answers
from coding.crosstab import cooccurrence, frequencies, heat_class, pair, strongest_pairs
from coding.emerging import collocations, content_words, distinctive_words
from coding.reports.data import GROUP_ORDER, group_label
from coding.search import answer_tokens, tokens_of
from research.models import User

DIMENSIONS = {
    "groep": ("group", _l("Groep")),
    "wijk": ("wijk", _l("Wijk")),
    "sleutelfiguur": ("key_figure_id", _l("Sleutelfiguur")),
}
UNITS = {"fragment": ("segment", _l("op hetzelfde fragment")), "antwoord": ("answer", _l("in hetzelfde antwoord"))}


@dataclass(frozen=True)
class FrequencyRow:
    """One code in the frequency table: its total and a cell per column (None: nobody)."""

    code: object
    is_sub: bool
    total: object
    cells: list


def tree_order(codes) -> list[tuple[object, bool]]:
    """The codes as (code, is_sub_theme), each theme followed by its sub-themes."""
    return [(item.code, depth > 0) for node in build_tree(codes) for item, depth in _walk(node, 0)]


def _walk(node, depth):
    yield node, depth
    for child in node.children:
        yield from _walk(child, depth + 1)


def _column_labels(db, dimension: str, values: set) -> list[tuple[str, str]]:
    if dimension == "group":
        order = {group: n for n, group in enumerate(GROUP_ORDER)}
        return [(value, group_label(value)) for value in sorted(values, key=lambda v: (order.get(v, 99), v))]
    if dimension == "key_figure_id":
        ids = [int(value) for value in values if value.isdigit()]
        users = {str(u.id): u.name for u in db.exec(select(User).where(User.id.in_(ids)))} if ids else {}
        return sorted(((value, users.get(value, "?")) for value in values), key=lambda pair_: pair_[1].casefold())
    return [(value, value or str(_l("onbekend"))) for value in sorted(values)]


def frequency_section(db, codes, rows, per: str) -> dict:
    """The frequency table and its chart for one dimension (groep, wijk or sleutelfiguur)."""
    dimension = DIMENSIONS.get(per, DIMENSIONS["groep"])[0]
    table = frequencies(rows, {code.id: code.parent_id for code in codes}, dimension)
    values = {key for cells in table.values() for key in cells if key != ""}
    columns = _column_labels(db, dimension, values)
    table_rows = []
    for code, is_sub in tree_order(codes):
        cells = table.get(code.id, {})
        table_rows.append(FrequencyRow(code, is_sub, cells.get(""), [cells.get(key) for key, _label in columns]))
    themes = [row for row in table_rows if not row.is_sub and row.total]
    chart = stacked_bars(
        [(row.code.name, {key: cell.people for (key, _n), cell in zip(columns, row.cells, strict=True) if cell},
          row.total.people) for row in themes],
        columns,
    )
    return {"columns": columns, "table_rows": table_rows, "chart": chart}


def cooccurrence_section(codes, rows, samen: str) -> dict:
    """The co-occurrence matrix of the codes in use, as a heat-map table, and the strongest pairs."""
    unit = UNITS.get(samen, UNITS["fragment"])[0]
    counts = cooccurrence(rows, unit)
    used = [(code, is_sub) for code, is_sub in tree_order(codes) if counts.get((code.id, code.id))]
    most = max((n for (a, b), n in counts.items() if a != b), default=0)
    matrix = [
        (code, is_sub, [(pair(counts, code.id, other.id), heat_class(pair(counts, code.id, other.id), most)
                         if other.id != code.id else "heat-self") for other, _sub in used])
        for code, is_sub in used
    ]
    names = {code.id: code for code in codes}
    pairs = [(names[a], names[b], n) for a, b, n in strongest_pairs(counts)]
    return {"used": used, "matrix": matrix, "pairs": pairs}


def analysis_page(db, project, per: str, samen: str) -> dict:
    """Frequencies per group, wijk or key figure (participants and segments) and code co-occurrence."""
    codes = codes_of(db, project)
    rows = coding_rows(db, project)
    return {
        "per": per if per in DIMENSIONS else "groep",
        "samen": samen if samen in UNITS else "fragment",
        "dimensions": DIMENSIONS,
        "units": UNITS,
        "has_codings": bool(rows),
        "participants": len({row.participant_id for row in rows}),
        **frequency_section(db, codes, rows, per),
        **cooccurrence_section(codes, rows, samen),
    }


def quote_page(db, project) -> dict:
    """Per code in codebook order: the segments that have a quote, approved or not yet."""
    found = quotes_by_code(db, project)
    return {"sections": [(code, is_sub, found.get(code.id, [])) for code, is_sub in tree_order(codes_of(db, project))],
            "total": len({row.segment.id for rows in found.values() for row in rows})}


def emerging_page(db, project) -> dict:
    """Distinctive words and word pairs of the answers without any fragment, against the coded ones."""
    counts = segment_counts(db, project)
    items = [item for item in codable_answers(db, project) if item.answer.text.strip()]
    tokens = answer_tokens([item.answer for item in items])
    open_docs = [content_words(tokens[i.answer.id]) for i in items if not counts.get(i.answer.id)]
    rest_docs = [content_words(tokens[i.answer.id]) for i in items if counts.get(i.answer.id)]
    questions = {item.question.id: item.question.text for item in items}
    echo = frozenset(word for text in questions.values() for word in content_words(tokens_of(text)))
    return {
        "open_answers": len(open_docs),
        "total_answers": len(items),
        "words": distinctive_words(open_docs, rest_docs, leave_out=echo),
        "pairs": collocations(open_docs, rest_docs, leave_out=echo),
    }
