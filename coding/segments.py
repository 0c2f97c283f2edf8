"""Coding answers: find the span, store it as a segment with its text, attach codes, remove them."""

import re

from flask_babel import gettext as _
from sqlalchemy import bindparam
from sqlmodel import select

from coding.codebook import code_for
from coding.corpus import codable_answer_ids
from coding.errors import CodingError, NotFound
from coding.models import Code, Coding, Segment


def parse_offset(raw) -> int | None:
    """An offset from a form field: None when empty; CodingError when it is not a whole number."""
    if raw is None or str(raw).strip() == "":
        return None
    try:
        return int(str(raw).strip())
    except ValueError:
        raise CodingError(_("De selectie is niet goed doorgekomen. Selecteer de tekst opnieuw."),
                          field="fragment") from None


def normalise_fragment(fragment: str) -> str:
    """A pasted fragment without the browser's CRLF line ends and outer spaces."""
    return (fragment or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def resolve_span(text: str, start=None, end=None, fragment: str = "") -> tuple[int, int]:
    """The (start, end) code-point offsets to code: from the selection offsets, else the fragment."""
    fragment = normalise_fragment(fragment)
    if start is None and end is None:
        if not fragment:
            raise CodingError(_("Selecteer een stuk tekst of plak het fragment."), field="fragment")
        return find_fragment(text, fragment)
    if start is None or end is None:
        raise CodingError(_("De selectie is niet goed doorgekomen. Selecteer de tekst opnieuw."),
                          field="fragment")
    span = check_offsets(text, start, end)
    if fragment and _squash(text[span[0]:span[1]]) != _squash(fragment):
        raise CodingError(_("De selectie en het fragment zijn niet gelijk. Selecteer de tekst opnieuw."),
                          field="fragment")
    return span


def check_offsets(text: str, start: int, end: int) -> tuple[int, int]:
    """Refuse spans outside the answer, reversed or empty; trim spaces at both ends."""
    if start < 0 or end > len(text):
        raise CodingError(_("De selectie valt buiten het antwoord."), field="fragment")
    if start > end:
        raise CodingError(_("Het begin van de selectie ligt na het einde."), field="fragment")
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        raise CodingError(_("De selectie is leeg. Selecteer een stuk tekst."), field="fragment")
    return start, end


def find_fragment(text: str, fragment: str) -> tuple[int, int]:
    """The first place the fragment occurs; spaces and line ends may differ."""
    position = text.find(fragment)
    if position >= 0:
        return position, position + len(fragment)
    pattern = r"\s+".join(re.escape(word) for word in fragment.split())
    match = re.search(pattern, text)
    if match is None:
        raise CodingError(_("Dit fragment staat niet in het antwoord. Plak de tekst precies zoals hij "
                            "in het antwoord staat."), field="fragment")
    return match.start(), match.end()


def _squash(text: str) -> str:
    return " ".join(text.split())


def code_span(db, project, answer, coder, code_ids, *, start=None, end=None, fragment="") -> Segment:
    """Code a span of an answer with one or more codes; the coder's same span again gets the extra codes."""
    codes = _codes_to_apply(db, project, code_ids)
    first, last = resolve_span(answer.text, start, end, fragment)
    segment = _segment_at(db, answer, first, last, coder) or Segment(
        answer_id=answer.id, start=first, end=last, text=answer.text[first:last],
        created_by_id=coder.id if coder else None,
    )
    db.add(segment)
    db.flush()
    present = {c.code_id for c in db.exec(select(Coding).where(Coding.segment_id == segment.id))}
    for code in codes:
        if code.id not in present:
            db.add(Coding(segment_id=segment.id, code_id=code.id, coder_id=coder.id if coder else None))
    db.flush()
    return segment


def _codes_to_apply(db, project, code_ids) -> list[Code]:
    ids = list(dict.fromkeys(int(i) for i in code_ids or ()))
    if not ids:
        raise CodingError(_("Kies minstens één code."), field="codes")
    try:
        return [code_for(db, project, code_id) for code_id in ids]
    except NotFound:
        raise CodingError(_("Deze code hoort niet bij dit project."), field="codes") from None


def _segment_at(db, answer, start, end, coder) -> Segment | None:
    """The coder's own segment on exactly this span: another researcher's segment is never reused, so two
    researchers coding the same answer at once each keep their own codings (and their provenance)."""
    query = select(Segment).where(Segment.answer_id == answer.id, Segment.start == start, Segment.end == end,
                                  Segment.created_by_id == (coder.id if coder else None))
    return db.exec(query).first()


def segment_for(db, project, segment_id: int) -> Segment:
    """A segment on a codable answer of this project; NotFound otherwise."""
    query = select(Segment).where(Segment.id == segment_id, Segment.answer_id.in_(codable_answer_ids(project)))
    segment = db.exec(query).first()
    if segment is None:
        raise NotFound(_("Dit fragment bestaat niet in dit project."))
    return segment


def remove_coding(db, segment, code_id: int | None = None) -> bool:
    """Take one code (or all codes) off a segment; returns True when the segment itself is gone."""
    query = select(Coding).where(Coding.segment_id == segment.id)
    if code_id is not None:
        query = query.where(Coding.code_id == code_id)
    removed = list(db.exec(query))
    if code_id is not None and not removed:
        raise CodingError(_("Deze code staat niet op dit fragment."))
    for coding in removed:
        db.delete(coding)
    db.flush()
    if db.exec(select(Coding.id).where(Coding.segment_id == segment.id)).first() is None:
        db.delete(segment)
        db.flush()
        return True
    return False


def codes_by_segment(db, segment_ids) -> dict[int, list[Code]]:
    """The codes on each segment, in codebook order."""
    ids = list(segment_ids)
    result: dict[int, list[Code]] = {segment_id: [] for segment_id in ids}
    if not ids:
        return result
    for segment_id, code in db.exec(_CODES_OF_SEGMENTS, params={"segment_ids": ids}):
        result[segment_id].append(code)
    return result


_CODES_OF_SEGMENTS = (select(Coding.segment_id, Code).join(Code, Coding.code_id == Code.id)
                      .where(Coding.segment_id.in_(bindparam("segment_ids", expanding=True)))
                      .order_by(Code.position, Code.name))


def codings_of_answer(db, answer_id: int) -> list[tuple[Segment, Coding | None, Code | None]]:
    """Every segment of one answer in text order, once per coding with its code, in one query.

    A segment without codes comes once, with None for the coding and the code.
    """
    return list(db.exec(_CODINGS_OF_ANSWER, params={"answer_id": answer_id}))


_CODINGS_OF_ANSWER = (select(Segment, Coding, Code)
                      .outerjoin(Coding, Coding.segment_id == Segment.id).outerjoin(Code, Coding.code_id == Code.id)
                      .where(Segment.answer_id == bindparam("answer_id"))
                      .order_by(Segment.start, Segment.end, Segment.id, Code.position, Code.name))


def coder_ids(codings) -> set[int]:
    """Who made the segments and who coded them (two may code the same answer), from `codings_of_answer`."""
    made = {segment.created_by_id for segment, _coding, _code in codings}
    coded = {coding.coder_id for _segment, coding, _code in codings if coding is not None}
    return {user_id for user_id in made | coded if user_id}


def segments_with_codes(codings) -> list[tuple[Segment, list[Code]]]:
    """The rows of `codings_of_answer` as segments, each with its codes in codebook order."""
    grouped: dict[int, tuple[Segment, list[Code]]] = {}
    for segment, _coding, code in codings:
        codes = grouped.setdefault(segment.id, (segment, []))[1]
        if code is not None:
            codes.append(code)
    return list(grouped.values())
