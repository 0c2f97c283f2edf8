"""Read the parts of a `project.qde`: users, text sources with their codings, notes and cases. Pure.

`tag(name)` gives the namespaced tag; `texts.text(path)` the text of an `internal://` file.
"""

from datetime import UTC, datetime

from flask_babel import gettext as _

from coding.exchange.qdpx import QdpxCase, QdpxFileError, QdpxNote, QdpxSelection, QdpxSource, QdpxUser
from coding.exchange.spec import new_guid, normalise_guid

MAX_SOURCES = 5000
MAX_SELECTIONS = 200_000
OTHER_SOURCES = ("PictureSource", "PDFSource", "AudioSource", "VideoSource")


def _guid(element) -> str:
    return normalise_guid(element.get("guid")) or new_guid()


def _when(value) -> datetime | None:
    try:
        parsed = datetime.fromisoformat((value or "").strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def read_users(users, tag) -> list[QdpxUser]:
    """The users (coders) named in the project."""
    if users is None:
        return []
    return [QdpxUser(_guid(user), (user.get("name") or "").strip()) for user in users.findall(tag("User"))]


def _content(element, tag, texts) -> str:
    inline = element.find(tag("PlainTextContent"))
    if inline is not None:
        return inline.text or ""
    path = element.get("plainTextPath")
    if not path:
        raise QdpxFileError(_("De bron %(name)s heeft geen tekst.", name=(element.get("name") or "")[:80]))
    return texts.text(path)


def read_sources(sources, tag, texts) -> tuple[list[QdpxSource], int]:
    """The text sources with their coded selections, and how many other sources (pictures, audio) were left out."""
    if sources is None:
        return [], 0
    text_sources = sources.findall(tag("TextSource"))
    if len(text_sources) > MAX_SOURCES:
        raise QdpxFileError(_("Het project heeft meer dan %(n)d bronnen. Dat is te veel.", n=MAX_SOURCES))
    found = [_source(element, tag, texts) for element in text_sources]
    if sum(len(source.selections) for source in found) > MAX_SELECTIONS:
        raise QdpxFileError(_("Het project heeft te veel gecodeerde fragmenten."))
    skipped = sum(len(sources.findall(tag(name))) for name in OTHER_SOURCES)
    return found, skipped


def _source(element, tag, texts) -> QdpxSource:
    text = _content(element, tag, texts)
    source = QdpxSource(_guid(element), (element.get("name") or "").strip(), text,
                        created_at=_when(element.get("creationDateTime")))
    for selection in element.findall(tag("PlainTextSelection")):
        source.selections.append(_selection(selection, tag))
    whole = _code_refs(element, tag)  # codings on the whole source
    if whole:
        source.selections.append(QdpxSelection(new_guid(), 0, len(text), whole))
    source.note_guids = [ref.get("targetGUID") or "" for ref in element.findall(tag("NoteRef"))]
    return source


def _code_refs(element, tag) -> list[str]:
    refs = []
    for coding in element.findall(tag("Coding")):
        ref = coding.find(tag("CodeRef"))
        guid = normalise_guid(ref.get("targetGUID")) if ref is not None else None
        if guid:
            refs.append(guid)
    return refs


def _selection(element, tag) -> QdpxSelection:
    try:
        start, end = int(element.get("startPosition", "")), int(element.get("endPosition", ""))
    except ValueError:
        raise QdpxFileError(_("Een fragment heeft geen geldige begin- of eindpositie.")) from None
    return QdpxSelection(_guid(element), start, end, _code_refs(element, tag),
                         normalise_guid(element.get("creatingUser")), _when(element.get("creationDateTime")))


def read_notes(root, tag, texts) -> tuple[list[QdpxNote], dict[str, list[str]]]:
    """The notes (memos), and per code GUID the notes that belong to it."""
    notes_element = root.find(tag("Notes"))
    notes = []
    for note in notes_element.findall(tag("Note")) if notes_element is not None else []:
        notes.append(QdpxNote(_guid(note), (note.get("name") or "").strip(), _content(note, tag, texts).strip(),
                              normalise_guid(note.get("creatingUser")), _when(note.get("creationDateTime"))))
    code_notes: dict[str, list[str]] = {}
    codebook = root.find(tag("CodeBook"))
    for code in codebook.iter(tag("Code")) if codebook is not None else []:
        refs = [ref.get("targetGUID") or "" for ref in code.findall(tag("NoteRef"))]
        if refs and normalise_guid(code.get("guid")):
            code_notes[normalise_guid(code.get("guid"))] = refs
    return notes, code_notes


def read_cases(root, tag) -> list[QdpxCase]:
    """The cases with their variable values (by variable name) and sources."""
    variables = root.find(tag("Variables"))
    names = {normalise_guid(v.get("guid")): (v.get("name") or "").strip()
             for v in (variables.findall(tag("Variable")) if variables is not None else [])}
    cases_element = root.find(tag("Cases"))
    cases = []
    for case in cases_element.findall(tag("Case")) if cases_element is not None else []:
        values = {}
        for holder in case.findall(tag("VariableValue")):
            ref, value = holder.find(tag("VariableRef")), holder.find(tag("TextValue"))
            name = names.get(normalise_guid(ref.get("targetGUID")) if ref is not None else None)
            if name and value is not None and value.text:
                values[name] = value.text.strip()
        sources = [normalise_guid(ref.get("targetGUID")) for ref in case.findall(tag("SourceRef"))]
        cases.append(QdpxCase(_guid(case), (case.get("name") or "").strip(), values, [s for s in sources if s]))
    return cases
