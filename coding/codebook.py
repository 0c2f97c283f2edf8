"""The codebook: themes and sub-themes, their rules, and the tree they form."""

from dataclasses import dataclass, field

from flask_babel import gettext as _
from sqlalchemy import bindparam
from sqlalchemy.orm import object_session
from sqlmodel import func, select

from coding.colours import DEFAULT_COLOUR, is_hex_colour
from coding.errors import CodingError, NotFound
from coding.models import Code, Coding, Memo, Segment
from research import audit

TEXT_FIELDS = ("definition", "include_rule", "exclude_rule", "examples")
MAX_NAME = 120


@dataclass
class CodeNode:
    """A code with its sub-codes, for the tree view."""

    code: Code
    children: list["CodeNode"] = field(default_factory=list)


def codes_of(db, project) -> list[Code]:
    """All codes of a project in codebook order."""
    return list(db.exec(_CODEBOOK, params={"project_id": project.id}))


_CODEBOOK = select(Code).where(Code.project_id == bindparam("project_id")).order_by(Code.position, Code.name, Code.id)


def code_for(db, project, code_id: int) -> Code:
    """One code of this project; NotFound otherwise."""
    code = db.get(Code, code_id)
    if code is None or code.project_id != project.id:
        raise NotFound(_("Deze code bestaat niet in dit project."))
    return code


def build_tree(codes) -> list[CodeNode]:
    """Themes with their sub-themes, both in the given order; orphans become themes."""
    nodes = {code.id: CodeNode(code) for code in codes}
    roots = []
    for code in codes:
        parent = nodes.get(code.parent_id)
        (parent.children if parent else roots).append(nodes[code.id])
    return roots


def descendant_ids(codes, code_id: int) -> set[int]:
    """The code and every code below it."""
    found, frontier = {code_id}, [code_id]
    while frontier:
        parent = frontier.pop()
        for code in codes:
            if code.parent_id == parent and code.id not in found:
                found.add(code.id)
                frontier.append(code.id)
    return found


def clean_keywords(text: str) -> str:
    """Keywords one per line: trimmed, without blanks or repeats."""
    seen, kept = set(), []
    for line in (text or "").splitlines():
        word = line.strip()
        if word and word.lower() not in seen:
            seen.add(word.lower())
            kept.append(word)
    return "\n".join(kept)


def create_code(db, project, *, name, parent_id=None, colour=DEFAULT_COLOUR, keywords="", **texts) -> Code:
    """Add a theme (no parent) or a sub-theme to the codebook."""
    code = Code(project_id=project.id, name="")
    _apply(db, project, code, name, parent_id, colour, keywords, texts)
    code.position = sibling_count(db, project, code.parent_id)
    db.add(code)
    db.flush()
    return code


def update_code(db, project, code, *, name, parent_id=None, colour=DEFAULT_COLOUR, keywords="", **texts) -> Code:
    """Change a code's name, place in the tree, colour, rules, examples or keywords (renames and moves are logged)."""
    old_name, old_parent = code.name, code.parent_id
    _apply(db, project, code, name, parent_id, colour, keywords, texts)
    if code.parent_id != old_parent:
        code.position = sibling_count(db, project, code.parent_id)
    db.add(code)
    db.flush()
    if code.name != old_name:
        log_change("code_hernoemd", code, f"{old_name} -> {code.name}")
    if code.parent_id != old_parent:
        log_change("code_verplaatst", code, f"{code.name}: onder {old_parent or '-'} -> {code.parent_id or '-'}")
    return code


def log_change(action: str, code, detail: str = "") -> None:
    """Write a codebook change to the audit log (names and ids only, never answer text), in the code's session."""
    audit.record(action, project_id=code.project_id, object_type="code", object_id=code.id, detail=detail,
                 db=object_session(code))


def _apply(db, project, code, name, parent_id, colour, keywords, texts):
    name = (name or "").strip()
    check_name(db, project, code, name)
    check_parent(db, project, code, parent_id)
    if not is_hex_colour(colour or ""):
        raise CodingError(_("Kies een kleur."), field="colour")
    code.name, code.parent_id, code.colour = name, parent_id or None, colour.lower()
    code.keywords = clean_keywords(keywords)
    for key in TEXT_FIELDS:
        setattr(code, key, (texts.get(key) or "").strip())


def check_name(db, project, code, name):
    """Refuse an empty name or one another code of the project already has (case-insensitive)."""
    if not name:
        raise CodingError(_("Geef de code een naam."), field="name")
    if len(name) > MAX_NAME:
        raise CodingError(_("Maak de naam korter: hoogstens %(n)d tekens.", n=MAX_NAME), field="name")
    for other in codes_of(db, project):
        if other.id != code.id and other.name.casefold() == name.casefold():
            raise CodingError(_("Er is al een code met de naam %(name)s.", name=other.name), field="name")


def check_parent(db, project, code, parent_id):
    """Refuse a parent that is the code itself, a sub-theme, or that would make a third level."""
    if not parent_id:
        return
    parent = code_for(db, project, parent_id)
    if parent.id == code.id:
        raise CodingError(_("Een code kan niet onder zichzelf vallen."), field="parent_id")
    if parent.parent_id is not None:
        raise CodingError(_("Kies een hoofdthema. Een subthema kan geen subthema's hebben."), field="parent_id")
    if code.id is not None and children_of(db, code):
        raise CodingError(_("Dit thema heeft subthema's en kan daarom zelf geen subthema worden."),
                          field="parent_id")


def sibling_count(db, project, parent_id) -> int:
    """How many codes share this parent (the next free position)."""
    query = select(func.count()).select_from(Code).where(Code.project_id == project.id, Code.parent_id == parent_id)
    return db.exec(query).one()


def children_of(db, code) -> list[Code]:
    """The sub-themes directly below a code."""
    return list(db.exec(select(Code).where(Code.parent_id == code.id).order_by(Code.position, Code.name)))


def usage_count(db, code) -> int:
    """How many times the code is used on a fragment."""
    return db.exec(select(func.count()).select_from(Coding).where(Coding.code_id == code.id)).one()


def delete_code(db, code) -> int:
    """Remove a code and its codings; fragments left without any code go too. Returns the codings removed."""
    if children_of(db, code):
        raise CodingError(_("Dit thema heeft subthema's. Verwijder of verplaats die eerst."))
    codings = list(db.exec(select(Coding).where(Coding.code_id == code.id)))
    segment_ids = {coding.segment_id for coding in codings}
    for coding in codings:
        db.delete(coding)
    for memo in db.exec(select(Memo).where(Memo.target_type == "code", Memo.target_id == code.id)):
        db.delete(memo)
    db.flush()
    _delete_bare_segments(db, segment_ids)
    log_change("code_verwijderd", code, f"{code.name}: {len(codings)} coderingen weggehaald")
    db.delete(code)
    db.flush()
    return len(codings)


def _delete_bare_segments(db, segment_ids):
    for segment_id in segment_ids:
        still_coded = db.exec(select(Coding.id).where(Coding.segment_id == segment_id)).first()
        if still_coded is None:
            db.delete(db.get(Segment, segment_id))
    db.flush()


def root_ids(codes) -> dict[int, int]:
    """For every code, the id of the theme at the top of its branch (sub-themes roll up)."""
    parents = {code.id: code.parent_id for code in codes}
    roots = {}
    for code_id in parents:
        current, seen = code_id, set()
        while parents.get(current) in parents and current not in seen:
            seen.add(current)
            current = parents[current]
        roots[code_id] = current
    return roots


def usage_counts(db, project) -> dict[int, int]:
    """How many times each code of the project is used on a fragment."""
    query = (
        select(Coding.code_id, func.count())
        .join(Code, Coding.code_id == Code.id)
        .where(Code.project_id == project.id)
        .group_by(Coding.code_id)
    )
    return {key: count for key, count in db.exec(query)}


def themes_of(codes) -> list[Code]:
    """The top-level themes among the codes."""
    return [code for code in codes if code.parent_id is None]
