"""Write a QdpxProject as a REFI-QDA .qdpx (zip). Pure: plain data in, bytes out.

`project.qde` validates against REFI-QDA's Project.xsd. Only the source files hold what participants
said; the XML holds the codebook, pseudonyms and positions, and names no selection by its text.
The XML is written as text (escaped here), not as an element tree: a project of 1,000 conversations has
well over 100,000 elements, and ElementTree's serialiser takes seconds for that. The codebook is the
exception: it comes from coding.exchange.qdc, the one codebook writer.
"""

import io
import re
import xml.etree.ElementTree as ET  # noqa: S405  (only used to write XML)
import zipfile
from xml.sax.saxutils import escape

from coding.exchange.qdc import append_codes
from coding.exchange.qdpx import NAMESPACE, QDE_NAME, SOURCES_FOLDER, QdpxProject, stable_guid

XSD_TEXT_TYPE = "Text"
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")  # characters XML 1.0 cannot hold
_ATTRIBUTE = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_PLAIN = re.compile(r"[\w .:/()+,'#-]*")  # GUIDs, numbers, dates, most names: nothing to escape


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _attribute(value) -> str:
    text = str(value)
    return text if _PLAIN.fullmatch(text) else escape(_NOT_XML.sub("", text), _ATTRIBUTE)


def _element(name: str, attributes: dict, content: str | None = None) -> str:
    """`<name a="…">content</name>`, or self-closing without content; attributes that are None are left out."""
    attrs = "".join(f' {key}="{_attribute(value)}"' for key, value in attributes.items() if value is not None)
    return f"<{name}{attrs}/>" if content is None else f"<{name}{attrs}>{content}</{name}>"


def _when(value) -> str | None:
    return value.strftime("%Y-%m-%dT%H:%M:%SZ") if value else None


def source_path(guid: str) -> str:
    """Where a source's text lives inside the zip."""
    return f"{SOURCES_FOLDER}/{guid}.txt"


def project_xml(project: QdpxProject) -> bytes:
    """The `project.qde` document."""
    parts = []
    if project.users:
        parts.append(_element("Users", {}, "".join(_element("User", {"guid": u.guid, "name": u.name})
                                                   for u in project.users)))
    if project.codes:
        parts.append(_codebook(project))
    if project.cases:
        parts.extend(_cases(project))
    if project.sources:
        parts.append(_element("Sources", {}, "\n".join(_source(source) for source in project.sources)))
    if project.notes:
        parts.append(_element("Notes", {}, "\n".join(_note(note) for note in project.notes)))
    if project.description:
        parts.append(_element("Description", {}, _text(project.description)))
    parts.extend(_element("NoteRef", {"targetGUID": guid}) for guid in project.project_note_guids)
    root = _element("Project", {"xmlns": NAMESPACE, "name": project.name, "origin": project.origin},
                    "\n" + "\n".join(parts) + "\n")
    return ("<?xml version='1.0' encoding='utf-8'?>\n" + root + "\n").encode("utf-8")


def _codebook(project) -> str:
    codebook = ET.Element("CodeBook")
    codes = ET.SubElement(codebook, "Codes")
    append_codes(codes, project.codes, "")
    for element in codes.iter("Code"):
        at = 1 if len(element) and element[0].tag == "Description" else 0
        for offset, guid in enumerate(project.code_note_guids.get(element.get("guid"), [])):
            element.insert(at + offset, ET.Element("NoteRef", {"targetGUID": guid}))
    ET.indent(codebook)
    return ET.tostring(codebook, encoding="unicode")


def _cases(project) -> list[str]:
    names = sorted({name for case in project.cases for name in case.values})
    guids = {name: stable_guid("variable", name) for name in names}
    variables = "".join(_element("Variable", {"guid": guids[name], "name": name, "typeOfVariable": XSD_TEXT_TYPE})
                        for name in names)
    cases = []
    for case in project.cases:
        values = "".join(
            _element("VariableValue", {}, _element("VariableRef", {"targetGUID": guids[name]})
                     + _element("TextValue", {}, _text(value)))
            for name, value in sorted(case.values.items()))
        refs = "".join(_element("SourceRef", {"targetGUID": guid}) for guid in case.source_guids)
        cases.append(_element("Case", {"guid": case.guid, "name": case.name}, values + refs))
    parts = [_element("Cases", {}, "\n".join(cases))]
    return ([_element("Variables", {}, variables)] if names else []) + parts


def _source(source) -> str:
    selections = "".join(_selection(selection) for selection in source.selections)
    notes = "".join(_element("NoteRef", {"targetGUID": guid}) for guid in source.note_guids)
    return _element("TextSource", {
        "guid": source.guid, "name": source.name, "plainTextPath": f"internal://{source.guid}.txt",
        "creationDateTime": _when(source.created_at),
    }, selections + notes)


def _selection(selection) -> str:
    when = _when(selection.created_at)
    codings = "".join(
        _element("Coding", {"guid": stable_guid("coding", f"{selection.guid}/{code_guid}"),
                            "creatingUser": selection.creator_guid, "creationDateTime": when},
                 _element("CodeRef", {"targetGUID": code_guid}))
        for code_guid in selection.code_guids)
    return "\n" + _element("PlainTextSelection", {
        "guid": selection.guid, "startPosition": selection.start, "endPosition": selection.end,
        "creatingUser": selection.creator_guid, "creationDateTime": when,
    }, codings)


def _note(note) -> str:
    return _element("Note", {"guid": note.guid, "name": note.name, "creatingUser": note.creator_guid,
                             "creationDateTime": _when(note.created_at)},
                    _element("PlainTextContent", {}, _text(note.text)))


def write_qdpx(project: QdpxProject) -> bytes:
    """The whole .qdpx: `project.qde` and one UTF-8 text file per source."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(QDE_NAME, project_xml(project))
        for source in project.sources:
            archive.writestr(source_path(source.guid), source.text.encode("utf-8"))
    return buffer.getvalue()
