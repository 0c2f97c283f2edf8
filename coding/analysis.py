"""Counting and listing what was coded: participants per theme, segments per code, approved quotes."""

from dataclasses import dataclass

from sqlalchemy import bindparam
from sqlmodel import func, select

from coding.codebook import codes_of, descendant_ids
from coding.corpus import ANY_PROJECT, codable_answer_ids, only_codable
from coding.crosstab import CodingRow
from coding.models import Code, Coding, Segment
from coding.segments import codes_by_segment
from interviews.models import Answer, Interview, Participant, Question

PAGE_SIZE = 50  # fragments per page on a theme page: a researcher reads 50 at a time


@dataclass(frozen=True)
class SegmentRow:
    """A coded segment with who said it (pseudonym and group only) and to which question."""

    segment: Segment
    codes: list
    participant_code: str
    group: str
    question_text: str


def _segment_people_select(*columns):
    return (
        select(*columns)
        .select_from(Segment)
        .join(Answer, Segment.answer_id == Answer.id)
        .join(Interview, Answer.interview_id == Interview.id)
        .join(Participant, Interview.participant_id == Participant.id)
    )


def _coded_codable_select(*columns):
    """A SELECT of `columns` over the codings of codable answers, joined to the answer's participant."""
    return (
        select(*columns).select_from(Coding).join(Segment, Coding.segment_id == Segment.id)
        .join(Answer, Segment.answer_id == Answer.id)
    )


def coded_participants(db, project, code_ids=None) -> list[tuple[int, int, str]]:
    """(code id, participant id, group) for every code used on a codable answer, once each; `code_ids`: only
    these codes."""
    query = only_codable(_coded_codable_select(Coding.code_id, Participant.id, Participant.group), project)
    if code_ids is not None:
        query = query.where(Coding.code_id.in_(code_ids))
    return list(db.exec(query.distinct()))


def participants_per_code(rows, parents: dict) -> dict[int, dict[str, set]]:
    """Per code: the participants per group who raised it or one of its sub-codes. Pure.

    A participant counts once per code, however many fragments they have with it.
    """
    result: dict[int, dict[str, set]] = {}
    for code_id, participant_id, group in rows:
        current, seen = code_id, set()
        while current is not None and current not in seen:
            seen.add(current)
            result.setdefault(current, {}).setdefault(group, set()).add(participant_id)
            current = parents.get(current)
    return result


def participant_counts(db, project, codes=None) -> dict[int, dict[str, int]]:
    """Per code (sub-codes rolled up): how many participants per group raised it.

    Codes without sub-codes are counted by the database (COUNT DISTINCT per code and group); only the codes
    of a family with sub-codes are read participant by participant, to count each participant once per family.
    """
    codes = codes_of(db, project) if codes is None else codes
    parents = {code.id: code.parent_id for code in codes}
    with_children = {parent for parent in parents.values() if parent is not None}
    counted = only_codable(_coded_codable_select(Coding.code_id, Participant.group,
                                                 func.count(func.distinct(Participant.id))), project)
    result: dict[int, dict[str, int]] = {}
    for code_id, group, count in db.exec(counted.group_by(Coding.code_id, Participant.group)):
        if code_id not in with_children:
            result.setdefault(code_id, {})[group] = count
    family = [code_id for code_id, parent in parents.items() if parent is not None or code_id in with_children]
    if family:
        sets = participants_per_code(coded_participants(db, project, family), parents)
        for code_id, groups in sets.items():
            if code_id in with_children:
                result[code_id] = {group: len(ids) for group, ids in groups.items()}
    return result


def segments_for_code(db, project, code: Code, exact: bool = False) -> list[SegmentRow]:
    """Every segment coded with this code or one of its sub-codes (only this code when exact), on codable answers."""
    return _segment_rows(db, _code_segments(db, project, code, exact))


def segments_for_code_page(db, project, code: Code, page: int = 1, per_page: int = PAGE_SIZE,
                           codes=None) -> "SegmentPage":
    """One page of `segments_for_code` (the last page when `page` is past it): only its segments are read.
    `codes`: the project's codebook, when the caller has read it already."""
    params = {"project_id": project.id, "code_ids": sorted(_code_ids(db, project, code, False, codes))}
    total = db.scalar(_CODE_SEGMENT_COUNT, params=params)
    pages = max(1, -(-total // per_page))
    number = min(max(page, 1), pages)
    rows = _segment_rows(db, _CODE_SEGMENT_PAGE, {**params, "skip": (number - 1) * per_page, "take": per_page})
    return SegmentPage(rows, number, pages, total, per_page, page if page > pages else None)


@dataclass(frozen=True)
class SegmentPage:
    """A page of a code's segments; `missing`: the page number asked for when there is no such page."""

    rows: list
    number: int
    pages: int
    total: int
    per_page: int
    missing: int | None = None

    @property
    def first(self) -> int:
        """The position (from 1) of the page's first segment among all of them."""
        return (self.number - 1) * self.per_page + 1 if self.rows else 0

    @property
    def last(self) -> int:
        """The position of the page's last segment."""
        return self.first + len(self.rows) - 1 if self.rows else 0


def _code_segments(db, project, code, exact, codes=None):
    """The code's segments on codable answers, in participant order, joined (not IN a list of all answers)."""
    return _segments_coded_with(project, _code_ids(db, project, code, exact, codes))


def _code_ids(db, project, code, exact, codes=None) -> set[int]:
    """The code, and unless `exact` the codes below it (from `codes`, the codebook, when the caller has it)."""
    return {code.id} if exact else descendant_ids(codes if codes is not None else codes_of(db, project), code.id)


def _segments_coded_with(project, code_ids):
    """Segments with any of these codes (a list, or an expanding parameter) on the project's codable answers."""
    coded = select(Coding.segment_id).where(Coding.code_id.in_(code_ids))
    query = select(Segment, Participant.code, Participant.group, Question.text).select_from(Segment).join(
        Answer, Segment.answer_id == Answer.id)
    return (only_codable(query, project).where(Segment.id.in_(coded))
            .order_by(Participant.number, Segment.answer_id, Segment.start, Segment.id))


# A theme page runs these two on every view: built once, with the project, codes and page as parameters.
_ANY_CODES = _segments_coded_with(ANY_PROJECT, bindparam("code_ids", expanding=True))
_CODE_SEGMENT_COUNT = _ANY_CODES.with_only_columns(func.count(Segment.id)).order_by(None)
_CODE_SEGMENT_PAGE = _ANY_CODES.offset(bindparam("skip")).limit(bindparam("take"))


def _segment_rows(db, query, params=None) -> list[SegmentRow]:
    rows = list(db.exec(query, params=params or {}))
    codes = codes_by_segment(db, [row[0].id for row in rows])
    return [SegmentRow(seg, codes[seg.id], p_code, group, q_text) for seg, p_code, group, q_text in rows]


def segment_counts(db, project) -> dict[int, int]:
    """How many segments each codable answer has (answers without any are left out)."""
    query = (
        select(Segment.answer_id, func.count())
        .where(Segment.answer_id.in_(codable_answer_ids(project)))
        .group_by(Segment.answer_id)
    )
    return {key: count for key, count in db.exec(query)}


def coding_rows(db, project) -> list[CodingRow]:
    """Every code on a segment of a codable answer, with the participant's group, wijk and key figure."""
    query = (
        _segment_people_select(Coding.code_id, Segment.id, Segment.answer_id, Participant.id, Participant.group,
                               Participant.wijk, Interview.key_figure_id)
        .join(Coding, Coding.segment_id == Segment.id)
        .where(Segment.answer_id.in_(codable_answer_ids(project)))
        .order_by(Segment.id, Coding.code_id)
    )
    return [CodingRow(*row) for row in db.exec(query)]


def quotes_by_code(db, project) -> dict[int, list[SegmentRow]]:
    """Per code: the segments with a quote (approved or not yet), on codable answers, in participant order."""
    query = (
        _segment_people_select(Segment, Participant.code, Participant.group, Question.text)
        .join(Question, Answer.question_id == Question.id)
        .where(Segment.answer_id.in_(codable_answer_ids(project)), Segment.quote_status != "")
        .order_by(Participant.number, Segment.answer_id, Segment.start)
    )
    rows = list(db.exec(query))
    codes = codes_by_segment(db, [row[0].id for row in rows])
    result: dict[int, list[SegmentRow]] = {}
    for segment, p_code, group, q_text in rows:
        for code in codes[segment.id]:
            result.setdefault(code.id, []).append(SegmentRow(segment, codes[segment.id], p_code, group, q_text))
    return result
