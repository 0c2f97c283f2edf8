"""The codebook as a CSV file for Excel and LibreOffice: write and read. Pure.

One row per code, parents before their children; the parent is named in the column "hoofdthema".
Written as UTF-8 with a BOM and semicolons (what Dutch Excel opens directly); cells that a
spreadsheet would run as a formula get a leading apostrophe. Read tolerantly: a comma, semicolon or
tab as separator, UTF-8 with or without BOM (or Windows-1252), headers in Dutch or English.
"""

import csv
import io

from flask_babel import gettext as _

from coding.exchange.description import split_keywords
from coding.exchange.spec import (
    CodebookFileError,
    CodeSpec,
    check_tree,
    link,
    new_guid,
    normalise_colour,
    normalise_guid,
)
from research.audit import FORMULA_STARTS, defuse_cell

MAX_BYTES = 2 * 1024 * 1024
MAX_ROWS = 2000
MAX_CELL = 8000
COLUMNS = ("guid", "naam", "hoofdthema", "kleur", "omschrijving", "wel bij dit thema", "niet bij dit thema",
           "voorbeelden", "zoekwoorden")
FIELDS = ("guid", "name", "parent", "colour", "description", "include_rule", "exclude_rule", "examples", "keywords")
ALIASES = {
    "guid": "guid", "id": "guid",
    "naam": "name", "name": "name", "code": "name", "thema": "name",
    "hoofdthema": "parent", "hoort bij thema": "parent", "parent": "parent", "bovenliggende code": "parent",
    "kleur": "colour", "color": "colour", "colour": "colour",
    "omschrijving": "description", "definitie": "description", "description": "description",
    "definition": "description",
    "wel bij dit thema": "include_rule", "wel": "include_rule", "include": "include_rule",
    "niet bij dit thema": "exclude_rule", "niet": "exclude_rule", "exclude": "exclude_rule",
    "voorbeelden": "examples", "examples": "examples",
    "zoekwoorden": "keywords", "keywords": "keywords", "trefwoorden": "keywords",
}
def undefuse(value: str) -> str:
    """Take back the apostrophe that `defuse_cell` added, so export and import round-trip."""
    return value[1:] if value[:1] == "'" and value[1:2] in FORMULA_STARTS else value


def codebook_to_csv(codes: list[CodeSpec]) -> bytes:
    """The codebook as CSV bytes (UTF-8 with BOM, semicolons, CRLF line ends)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for spec, parent in _with_parents(codes, ""):
        row = [spec.guid, spec.name, parent, normalise_colour(spec.colour), spec.description,
               spec.include_rule, spec.exclude_rule, spec.examples, "\n".join(spec.keywords)]
        writer.writerow([defuse_cell(cell) for cell in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _with_parents(codes: list[CodeSpec], parent_name: str):
    for spec in codes:
        yield spec, parent_name
        yield from _with_parents(spec.children, spec.name)


def csv_to_codebook(data: bytes) -> list[CodeSpec]:
    """The codes in a CSV file as root specs with children; CodebookFileError with the row when wrong."""
    if len(data) > MAX_BYTES:
        raise CodebookFileError(_("Het bestand is te groot. Een codeboek mag hoogstens %(mb)d MB zijn.",
                                  mb=MAX_BYTES // (1024 * 1024)))
    text = _decode(data)
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text)))
    except csv.Error:
        raise CodebookFileError(_("Dit bestand is geen leesbaar CSV-bestand.")) from None
    rows = [row for row in rows if any(cell.strip() for cell in row)]
    if not rows:
        raise CodebookFileError(_("Het bestand is leeg."))
    columns = _columns(rows[0])
    if len(rows) - 1 > MAX_ROWS:
        raise CodebookFileError(_("Dit codeboek heeft meer dan %(n)d codes. Dat is te veel.", n=MAX_ROWS))
    specs, parents = [], {}
    for number, row in enumerate(rows[1:], start=2):
        spec, parent = _spec_from_row(row, columns, number)
        specs.append(spec)
        parents[spec.guid] = (parent, number)
    _resolve_parents(specs, parents)
    check_tree(specs)
    return link(specs)


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _delimiter(text: str) -> str:
    header = text.split("\n", 1)[0]
    return max((";", ",", "\t"), key=header.count)


def _columns(header: list[str]) -> dict[str, int]:
    columns = {}
    for index, cell in enumerate(header):
        key = ALIASES.get(" ".join(undefuse(cell).strip().lower().replace("_", " ").split()))
        if key and key not in columns:
            columns[key] = index
    if "name" not in columns:
        raise CodebookFileError(_("De eerste regel moet de kolomnamen geven, met in elk geval de kolom "
                                  "\"naam\"."), row=1)
    return columns


def _spec_from_row(row: list[str], columns: dict[str, int], number: int) -> tuple[CodeSpec, str]:
    def cell(key):
        index = columns.get(key)
        value = undefuse(row[index].strip()) if index is not None and index < len(row) else ""
        if len(value) > MAX_CELL:
            raise CodebookFileError(_("Regel %(row)d: een cel is te lang.", row=number), row=number)
        return value

    name = " ".join(cell("name").split())
    if not name:
        raise CodebookFileError(_("Regel %(row)d: de code heeft geen naam.", row=number), row=number)
    raw_colour = cell("colour")
    if raw_colour and not normalise_colour(raw_colour):
        raise CodebookFileError(_("Regel %(row)d: de kleur %(colour)s is geen kleur als #1e6b3a.", row=number,
                                  colour=raw_colour), row=number)
    spec = CodeSpec(
        guid=normalise_guid(cell("guid")) or new_guid(), name=name, colour=normalise_colour(raw_colour),
        description=cell("description"), include_rule=cell("include_rule"), exclude_rule=cell("exclude_rule"),
        examples=cell("examples"), keywords=split_keywords(cell("keywords")),
    )
    return spec, " ".join(cell("parent").split())


def _resolve_parents(specs: list[CodeSpec], parents: dict) -> None:
    """Turn parent names (or GUIDs) into parent GUIDs; unknown names are an error with the row."""
    by_name = {}
    for spec in specs:
        if spec.name.casefold() in by_name:
            raise CodebookFileError(_("Regel %(row)d: de naam %(name)s staat er twee keer in.",
                                      row=parents[spec.guid][1], name=spec.name), row=parents[spec.guid][1])
        by_name[spec.name.casefold()] = spec
    guids = {spec.guid for spec in specs}
    for spec in specs:
        parent, number = parents[spec.guid]
        if not parent:
            continue
        match = by_name.get(parent.casefold())
        guid = match.guid if match else (normalise_guid(parent) if normalise_guid(parent) in guids else None)
        if guid is None:
            raise CodebookFileError(_("Regel %(row)d: het hoofdthema %(parent)s staat niet in het bestand.",
                                      row=number, parent=parent), row=number)
        spec.parent_guid = guid
