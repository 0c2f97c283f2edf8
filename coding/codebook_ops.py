"""Reshaping the codebook without losing codings: merge, split, delete-and-move.

Renaming and moving a code (a new parent) go through `codebook.update_code`, which checks the tree and
logs both. Every operation writes an audit event. Codings keep their coder, origin and time when they move.
"""

from dataclasses import dataclass

from flask_babel import gettext as _
from sqlmodel import select

from coding.codebook import check_name, children_of, code_for, log_change, sibling_count
from coding.codebook import delete_code as _delete_code
from coding.colours import is_hex_colour
from coding.errors import CodingError, NotFound
from coding.models import AgreementCoding, Code, Coding, Memo, RejectedSuggestion

# Other rows that point at a code, with the column that makes them unique together with the code.
FOLLOWERS = ((AgreementCoding, "judgement_id"), (RejectedSuggestion, "answer_id"))


@dataclass(frozen=True)
class Moved:
    """What happened to the codings of a code: moved, or dropped because the target was already there."""

    moved: int = 0
    collapsed: int = 0


def move_codings(db, source: Code, target: Code, segment_ids=None) -> Moved:
    """Move the source's codings (optionally only on some segments) to the target.

    A segment that already has the target keeps that one coding: the duplicate collapses.
    """
    query = select(Coding).where(Coding.code_id == source.id)
    if segment_ids is not None:
        query = query.where(Coding.segment_id.in_(list(segment_ids)))
    codings = list(db.exec(query))
    present = set(db.exec(select(Coding.segment_id).where(Coding.code_id == target.id)))
    moved = collapsed = 0
    for coding in codings:
        if coding.segment_id in present:
            db.delete(coding)
            collapsed += 1
        else:
            coding.code_id = target.id
            db.add(coding)
            present.add(coding.segment_id)
            moved += 1
    db.flush()
    return Moved(moved, collapsed)


def _move_memos(db, source: Code, target: Code) -> None:
    """Memos, agreement judgements and rejected suggestions follow the code they were about."""
    for memo in db.exec(select(Memo).where(Memo.target_type == "code", Memo.target_id == source.id)):
        memo.target_id = target.id
        db.add(memo)
    for model, partner in FOLLOWERS:
        taken = set(db.exec(select(getattr(model, partner)).where(model.code_id == target.id)))
        for row in db.exec(select(model).where(model.code_id == source.id)):
            if getattr(row, partner) in taken:
                db.delete(row)
            else:
                row.code_id = target.id
                db.add(row)
    db.flush()


def _other_code(db, project, code: Code, target_id) -> Code:
    try:
        target = code_for(db, project, int(target_id))
    except (TypeError, ValueError, NotFound):
        raise CodingError(_("Kies de code waar de coderingen heen gaan."), field="target") from None
    if target.id == code.id:
        raise CodingError(_("Kies een andere code dan deze."), field="target")
    return target


def merge_codes(db, project, source: Code, target_id) -> Moved:
    """Merge source into target: codings and memos move, duplicates collapse, keywords join, source goes."""
    target = _other_code(db, project, source, target_id)
    children = children_of(db, source)
    if target.parent_id == source.id:
        raise CodingError(_("Een thema kan niet samengaan met een eigen subthema. Voeg liever het subthema "
                            "samen met dit thema."), field="target")
    if children and target.parent_id is not None:
        raise CodingError(_("Dit thema heeft subthema's. Voeg het samen met een hoofdthema, of verplaats de "
                            "subthema's eerst."), field="target")
    for child in children:
        child.parent_id, child.position = target.id, sibling_count(db, project, target.id)
        db.add(child)
    result = move_codings(db, source, target)
    _move_memos(db, source, target)
    target.keywords = "\n".join(dict.fromkeys(w for w in (target.keywords + "\n" + source.keywords).splitlines() if w))
    db.add(target)
    log_change("code_samengevoegd", target, f"{source.name} -> {target.name}: {result.moved} verplaatst, "
                                            f"{result.collapsed} dubbel")
    db.delete(source)
    db.flush()
    return result


def split_code(db, project, code: Code, *, name: str, segment_ids, as_child: bool, colour: str = "") -> Code:
    """Make a new code next to (or under) this one and move the codings on the chosen segments to it."""
    chosen = {int(i) for i in segment_ids or ()}
    if not chosen:
        raise CodingError(_("Kies de fragmenten die naar de nieuwe code gaan."), field="segments")
    if as_child and code.parent_id is not None:
        raise CodingError(_("Een subthema kan geen subthema's hebben. Kies 'ernaast'."), field="place")
    coded = select(Coding.segment_id).where(Coding.code_id == code.id, Coding.segment_id.in_(chosen))
    if db.exec(coded).first() is None:
        raise CodingError(_("Deze fragmenten hebben deze code niet."), field="segments")
    new = Code(project_id=project.id, name="", parent_id=code.id if as_child else code.parent_id,
               colour=colour if is_hex_colour(colour or "") else code.colour)
    new.name = " ".join((name or "").split())
    check_name(db, project, new, new.name)
    new.position = sibling_count(db, project, new.parent_id)
    db.add(new)
    db.flush()
    result = move_codings(db, code, new, chosen)
    log_change("code_gesplitst", new, f"{code.name} -> {new.name}: {result.moved} verplaatst")
    return new


def delete_code_moving(db, project, code: Code, target_id) -> Moved:
    """Delete a code after moving its codings and memos to another code."""
    target = _other_code(db, project, code, target_id)
    if children_of(db, code):
        raise CodingError(_("Dit thema heeft subthema's. Verwijder of verplaats die eerst."))
    result = move_codings(db, code, target)
    _move_memos(db, code, target)
    log_change("code_samengevoegd", target, f"{code.name} -> {target.name}: {result.moved} verplaatst "
                                            f"bij verwijderen")
    _delete_code(db, code)
    return result
