"""REFI-QDA codebooks (.qdc, `urn:QDA-XML:codebook:1.0`): write and read. Pure.

The stable API (the .qdpx export builds on it):
- `codebook_to_qdc(codes) -> bytes`: a UTF-8 XML document that validates against Codebook.xsd.
- `qdc_to_codebook(data) -> list[CodeSpec]`: the root codes with their children; `CodebookFileError`
  (a Dutch message for the user) when the file is not a codebook or is too big.
- `append_codes(parent, codes, namespace)` / `read_codes(codes_element, namespace)`: the same
  `<Code>` elements inside another document, e.g. the `<CodeBook>` of a .qdpx project
  (namespace `urn:QDA-XML:project:1.0`), which uses the same Code type.

Uploaded XML is parsed with defusedxml: no entity expansion, no external entities or DTDs.
"""

import xml.etree.ElementTree as ET  # noqa: S405  # nosec B405 - only writes XML; reading goes through defusedxml

from flask_babel import gettext as _

from coding.exchange.description import describe, undescribe
from coding.exchange.safe_xml import parse_safely
from coding.exchange.spec import (
    CodebookFileError,
    CodeSpec,
    check_tree,
    new_guid,
    normalise_colour,
    normalise_guid,
    set_parents,
    walk,
)

NAMESPACE = "urn:QDA-XML:codebook:1.0"
ORIGIN = "Wijkstem"
MAX_BYTES = 2 * 1024 * 1024  # a codebook of a few hundred codes is well under 100 kB
MAX_CODES = 2000
MAX_DEPTH = 20


def _tag(namespace: str, name: str) -> str:
    return f"{{{namespace}}}{name}" if namespace else name


def codebook_to_qdc(codes: list[CodeSpec], origin: str = ORIGIN) -> bytes:
    """The codebook (root codes with their children) as a REFI-QDA .qdc document."""
    if not codes:
        raise CodebookFileError(_("Het codeboek is leeg. Er is nog niets om te exporteren."))
    # Unqualified tags under a literal xmlns: ElementTree's default_namespace refuses plain attributes.
    root = ET.Element("CodeBook", {"xmlns": NAMESPACE, "origin": origin})
    append_codes(ET.SubElement(root, "Codes"), codes)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)


def append_codes(parent: ET.Element, codes: list[CodeSpec], namespace: str = "") -> None:
    """Add one `<Code>` element per spec (recursively) to `parent`, e.g. a `<Codes>` element.

    Leave `namespace` empty when the document's root carries a literal `xmlns` (as ours does);
    give it when the tree uses qualified `{namespace}Tag` names.
    """
    for spec in codes:
        attributes = {
            "guid": normalise_guid(spec.guid) or new_guid(),
            "name": spec.name,
            "isCodable": "true" if spec.is_codable else "false",
        }
        colour = normalise_colour(spec.colour)
        if colour:
            attributes["color"] = colour
        element = ET.SubElement(parent, _tag(namespace, "Code"), attributes)
        text = describe(spec)
        if text:
            ET.SubElement(element, _tag(namespace, "Description")).text = text
        append_codes(element, spec.children, namespace)


def qdc_to_codebook(data: bytes) -> list[CodeSpec]:
    """The codes in a .qdc file, as root specs with children; CodebookFileError when unreadable."""
    if len(data) > MAX_BYTES:
        raise CodebookFileError(_("Het bestand is te groot. Een codeboek mag hoogstens %(mb)d MB zijn.",
                                  mb=MAX_BYTES // (1024 * 1024)))
    root = _parse(data)
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if root.tag != _tag(namespace, "CodeBook") or namespace not in (NAMESPACE, ""):
        raise CodebookFileError(_("Dit is geen REFI-QDA-codeboek. Kies een .qdc-bestand."))
    codes = root.find(_tag(namespace, "Codes"))
    specs = read_codes(codes, namespace) if codes is not None else []
    if not specs:
        raise CodebookFileError(_("Er staan geen codes in dit bestand."))
    return specs


def _parse(data: bytes):
    return parse_safely(
        data, CodebookFileError,
        _("Dit bestand gebruikt XML-onderdelen die we niet toestaan (een DTD of entiteiten). "
          "Exporteer het codeboek opnieuw."),
        _("Dit bestand is geen leesbaar XML. Kies een .qdc-bestand."),
    )


def read_codes(codes_element, namespace: str = NAMESPACE) -> list[CodeSpec]:
    """The `<Code>` children of an element as specs (recursively); checks GUIDs, names and size."""
    roots = _read_level(codes_element, namespace, depth=1)
    specs = list(walk(set_parents(roots)))
    if len(specs) > MAX_CODES:
        raise CodebookFileError(_("Dit codeboek heeft meer dan %(n)d codes. Dat is te veel.", n=MAX_CODES))
    check_tree(specs)
    return roots


def _read_level(element, namespace: str, depth: int) -> list[CodeSpec]:
    if depth > MAX_DEPTH:
        raise CodebookFileError(_("De codes liggen te diep in elkaar (meer dan %(n)d niveaus).", n=MAX_DEPTH))
    return [_read_code(child, namespace, depth) for child in element.findall(_tag(namespace, "Code"))]


def _read_code(element, namespace: str, depth: int) -> CodeSpec:
    name = " ".join((element.get("name") or "").split())
    if not name:
        raise CodebookFileError(_("Er staat een code zonder naam in het bestand."))
    raw_guid = element.get("guid")
    guid = normalise_guid(raw_guid)
    if raw_guid and guid is None:
        raise CodebookFileError(_("De code %(name)s heeft geen geldige guid.", name=name))
    description = element.find(_tag(namespace, "Description"))
    texts = undescribe(description.text if description is not None else "")
    return CodeSpec(
        guid=guid or new_guid(),
        name=name,
        colour=normalise_colour(element.get("color")),
        is_codable=(element.get("isCodable") or "true").strip().lower() not in ("false", "0"),
        children=_read_level(element, namespace, depth + 1),
        **texts,
    )
