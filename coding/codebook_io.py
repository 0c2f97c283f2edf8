"""Codebook import and export: the project's codes as `CodeSpec` trees, and a file's codes into the project.

Import adds new codes and fills in existing ones (matched by GUID, else by name); it never deletes a code
or a coding. Everything is checked before anything is written, so a bad file stores nothing.
"""

from dataclasses import dataclass

from flask_babel import gettext as _

from coding.codebook import MAX_NAME, clean_keywords, codes_of, sibling_count
from coding.colours import DEFAULT_COLOUR
from coding.errors import CodingError
from coding.exchange import (
    CodebookFileError,
    CodeSpec,
    codebook_to_csv,
    codebook_to_qdc,
    csv_to_codebook,
    qdc_to_codebook,
)
from coding.exchange.spec import set_parents
from coding.models import Code
from research import audit

MAX_UPLOAD_BYTES = 2 * 1024 * 1024  # the limit named on the page; the readers refuse bigger files too
MAX_TEXT, MAX_KEYWORDS = 4000, 2000
FORMATS = {
    "csv": ("text/csv; charset=utf-8", "csv", codebook_to_csv),
    "qdc": ("application/xml", "qdc", codebook_to_qdc),
}
TEXTS = {"description": "definition", "include_rule": "include_rule", "exclude_rule": "exclude_rule",
         "examples": "examples"}


@dataclass(frozen=True)
class ImportResult:
    """How many codes were added and filled in, and how many came from deeper than two levels."""

    created: int
    updated: int
    flattened: int


def code_spec(code: Code) -> CodeSpec:
    """One code as plain data (without its children)."""
    return CodeSpec(guid=code.guid, name=code.name, colour=code.colour, description=code.definition,
                    include_rule=code.include_rule, exclude_rule=code.exclude_rule, examples=code.examples,
                    keywords=[w for w in code.keywords.splitlines() if w.strip()])


def codebook_specs(db, project) -> list[CodeSpec]:
    """The project's codebook as root specs with their children, in codebook order."""
    codes = codes_of(db, project)
    specs = {code.id: code_spec(code) for code in codes}
    roots = []
    for code in codes:
        parent = specs.get(code.parent_id)
        (parent.children if parent else roots).append(specs[code.id])
    return set_parents(roots)


def export_codebook(db, project, fmt: str) -> tuple[bytes, str, str]:
    """The codebook file in a format ("csv" or "qdc"): (content, mimetype, extension); logged."""
    if fmt not in FORMATS:
        raise CodingError(_("Kies CSV of REFI-QDA (.qdc)."))
    mimetype, extension, write = FORMATS[fmt]
    try:
        content = write(codebook_specs(db, project))
    except CodebookFileError as error:
        raise CodingError(str(error)) from None
    audit.record("codeboek_geexporteerd", project_id=project.id, object_type="project", object_id=project.id,
                 detail=fmt, db=db)
    return content, mimetype, extension


def read_codebook_file(data: bytes, filename: str) -> list[CodeSpec]:
    """The codes in an uploaded .csv or .qdc file; CodingError (on the file field) when unreadable."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise CodingError(_("Het bestand is te groot. Een codeboek mag hoogstens %(mb)d MB zijn.",
                            mb=MAX_UPLOAD_BYTES // (1024 * 1024)), field="file")
    name = (filename or "").lower()
    is_xml = name.endswith((".qdc", ".xml")) or (not name.endswith(".csv") and data.lstrip()[:1] == b"<")
    try:
        return qdc_to_codebook(data) if is_xml else csv_to_codebook(data)
    except CodebookFileError as error:
        raise CodingError(str(error), field="file") from None


def _flat(roots: list[CodeSpec]) -> tuple[list[tuple[CodeSpec, str | None]], int]:
    """Every spec with its parent in a two-level tree: deeper codes go under their top theme."""
    entries, flattened = [], 0
    for root in roots:
        entries.append((root, None))
        stack = list(reversed(root.children))
        while stack:
            spec = stack.pop()
            flattened += spec.parent_guid != root.guid
            entries.append((spec, root.guid))
            stack.extend(reversed(spec.children))
    return entries, flattened


def import_codebook(db, project, roots: list[CodeSpec]) -> ImportResult:
    """Add the file's codes to the codebook (matching by GUID, else name); checked fully before writing."""
    entries, flattened = _flat(set_parents(roots))
    matches = _match(codes_of(db, project), entries)
    ids, created = {}, 0
    for spec, parent_guid in entries:
        code = matches.get(spec.guid)
        if code is None:
            code, created = Code(project_id=project.id, guid=spec.guid, name=spec.name), created + 1
        _fill(code, spec)
        parent_id = ids[parent_guid] if parent_guid else None
        if code.id is None or code.parent_id != parent_id:
            code.parent_id, code.position = parent_id, sibling_count(db, project, parent_id)
        db.add(code)
        db.flush()
        ids[spec.guid] = code.id
    result = ImportResult(created, len(entries) - created, flattened)
    audit.record("codeboek_geimporteerd", project_id=project.id, object_type="project", object_id=project.id,
                 detail=f"{result.created} nieuw, {result.updated} bijgewerkt", db=db)
    return result


def _fill(code: Code, spec: CodeSpec) -> None:
    """Copy the file's values; empty values in the file keep what the code already has."""
    code.name = spec.name
    if spec.colour or not code.colour:
        code.colour = spec.colour or DEFAULT_COLOUR
    for spec_key, code_key in TEXTS.items():
        value = getattr(spec, spec_key).strip()
        if value:
            setattr(code, code_key, value)
    if spec.keywords:
        code.keywords = clean_keywords("\n".join(spec.keywords))


def _match(existing: list[Code], entries) -> dict[str, Code]:
    """The existing code each spec stands for; CodingError for clashes, too long texts or a third level."""
    by_guid = {code.guid: code for code in existing}
    by_name = {code.name.casefold(): code for code in existing}
    matches, names, used = {}, set(), set()
    for spec, _parent in entries:
        _check_sizes(spec)
        key = spec.name.casefold()
        code = by_guid.get(spec.guid) or by_name.get(key)
        clash = by_name.get(key)
        if key in names or (code is not None and code.id in used) or (clash is not None and clash is not code):
            raise CodingError(_("De naam %(name)s komt twee keer voor (in het bestand of in het codeboek).",
                                name=spec.name), field="file")
        names.add(key)
        if code is not None:
            matches[spec.guid] = code
            used.add(code.id)
    _check_levels(existing, entries, matches)
    return matches


def _check_sizes(spec: CodeSpec) -> None:
    too_long = len(spec.name) > MAX_NAME or len("\n".join(spec.keywords)) > MAX_KEYWORDS or any(
        len(getattr(spec, key)) > MAX_TEXT for key in TEXTS)
    if too_long:
        raise CodingError(_("De code %(name)s heeft een te lange naam of tekst.", name=spec.name[:MAX_NAME]),
                          field="file")


def _check_levels(existing: list[Code], entries, matches: dict[str, Code]) -> None:
    """A code that becomes a sub-theme may not keep sub-themes of its own in the codebook."""
    in_file = {code.id for code in matches.values()}
    for spec, parent_guid in entries:
        code = matches.get(spec.guid)
        if parent_guid and code is not None and any(c.parent_id == code.id and c.id not in in_file for c in existing):
            raise CodingError(_("%(name)s heeft in het codeboek subthema's, maar staat in het bestand als "
                                "subthema. Verplaats eerst de subthema's.", name=spec.name), field="file")
