"""Read a REFI-QDA .qdpx from another program into a QdpxProject. Pure, and careful with hostile files.

Refused with a clear message: files that are not a zip, too many members, more than MAX_TOTAL_BYTES
unpacked, a member that unpacks far beyond its packed size (a zip bomb), no or several `*.qde` files,
XML with a DTD or entities (an XML bomb; read with defusedxml) and texts that are not UTF-8 or UTF-16.
"""

import io
import posixpath
import zipfile

from flask_babel import gettext as _

from coding.exchange.qdc import read_codes
from coding.exchange.qdpx import NAMESPACE, QdpxFileError, QdpxProject
from coding.exchange.qdpx_parts import read_cases, read_notes, read_sources, read_users
from coding.exchange.safe_xml import parse_safely
from coding.exchange.spec import CodebookFileError

MAX_ARCHIVE_BYTES = 50 * 1024 * 1024
MAX_MEMBERS = 5000
MAX_TOTAL_BYTES = 200 * 1024 * 1024
MAX_RATIO = 100  # unpacked / packed; text rarely packs better than 10:1, zip bombs pack 1000:1
RATIO_FROM_BYTES = 1024 * 1024  # small members may pack well without harm


def read_qdpx(data: bytes) -> QdpxProject:
    """The project in a .qdpx file; QdpxFileError (a Dutch message) when it is unreadable or unsafe."""
    if len(data) > MAX_ARCHIVE_BYTES:
        raise QdpxFileError(_("Het bestand is te groot. Een .qdpx mag hoogstens %(mb)d MB zijn.",
                              mb=MAX_ARCHIVE_BYTES // (1024 * 1024)))
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError):
        raise QdpxFileError(_("Dit is geen .qdpx-bestand: het is geen zip-bestand.")) from None
    with archive:
        files = _checked_members(archive)
        root = _parse(files[_qde_name(files)])
    return _project(root, files)


def _checked_members(archive) -> dict[str, bytes]:
    """Every file in the zip by name, after the size checks; reading stops at the declared sizes."""
    members = [info for info in archive.infolist() if not info.is_dir()]
    if len(members) > MAX_MEMBERS:
        raise QdpxFileError(_("Het bestand bevat te veel onderdelen (meer dan %(n)d).", n=MAX_MEMBERS))
    if sum(info.file_size for info in members) > MAX_TOTAL_BYTES:
        raise QdpxFileError(_("Uitgepakt is het bestand te groot (meer dan %(mb)d MB).",
                              mb=MAX_TOTAL_BYTES // (1024 * 1024)))
    files = {}
    for info in members:
        if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise QdpxFileError(_("Dit bestand lijkt een zip-bom: een onderdeel wordt uitgepakt veel te groot. "
                                  "We lezen het niet in."))
        files[info.filename] = _read_member(archive, info)
    return files


def _read_member(archive, info) -> bytes:
    try:
        with archive.open(info) as member:
            content = member.read(info.file_size + 1)
    except (zipfile.BadZipFile, OSError, NotImplementedError, RuntimeError):
        raise QdpxFileError(_("Een onderdeel van het zip-bestand is beschadigd of versleuteld.")) from None
    if len(content) > info.file_size:
        raise QdpxFileError(_("Dit bestand lijkt een zip-bom: een onderdeel is groter dan het zegt. "
                              "We lezen het niet in."))
    return content


def _qde_name(files) -> str:
    found = [name for name in files if name.lower().endswith(".qde")]
    if not found:
        raise QdpxFileError(_("In dit bestand staat geen project (.qde). Kies een .qdpx-bestand."))
    if len(found) > 1:
        raise QdpxFileError(_("In dit bestand staan meerdere projecten (.qde). Er mag er maar één in staan."))
    return found[0]


def _parse(data: bytes):
    return parse_safely(
        data, QdpxFileError,
        _("Het project gebruikt XML-onderdelen die we niet toestaan (een DTD of entiteiten). "
          "Exporteer het project opnieuw."),
        _("Het project (.qde) is geen leesbaar XML."),
    )


def _namespace(root) -> str:
    namespace = root.tag[1:].split("}", 1)[0] if root.tag.startswith("{") else ""
    if root.tag != (f"{{{namespace}}}Project" if namespace else "Project") or namespace not in (NAMESPACE, ""):
        raise QdpxFileError(_("Dit is geen REFI-QDA-project. Kies een .qdpx-bestand."))
    return namespace


def _project(root, files) -> QdpxProject:
    ns = _namespace(root)
    tag = (lambda name: f"{{{ns}}}{name}") if ns else (lambda name: name)
    texts = TextFiles(files)
    sources, skipped = read_sources(root.find(tag("Sources")), tag, texts)
    notes, code_notes = read_notes(root, tag, texts)
    description = root.find(tag("Description"))
    return QdpxProject(
        name=" ".join((root.get("name") or "").split()) or _("Geïmporteerd project"),
        codes=_codes(root.find(tag("CodeBook")), tag, ns), users=read_users(root.find(tag("Users")), tag),
        sources=sources, skipped_sources=skipped, notes=notes, cases=read_cases(root, tag),
        project_note_guids=[ref.get("targetGUID") or "" for ref in root.findall(tag("NoteRef"))],
        code_note_guids=code_notes, description=(description.text or "").strip() if description is not None else "",
        origin=root.get("origin") or "",
    )


def _codes(codebook, tag, ns) -> list:
    codes = codebook.find(tag("Codes")) if codebook is not None else None
    if codes is None:
        return []
    try:
        return read_codes(codes, ns)
    except CodebookFileError as error:
        raise QdpxFileError(str(error)) from None


class TextFiles:
    """The text files in the zip, found by the name in `internal://name` in any folder, any case."""

    def __init__(self, files: dict[str, bytes]):
        self._by_name = {posixpath.basename(name).lower(): content for name, content in files.items()}

    def text(self, path: str) -> str:
        """The decoded text a `plainTextPath` points at; QdpxFileError when missing or undecodable."""
        name = posixpath.basename(path.replace("\\", "/").split("://", 1)[-1]).lower()
        if not path.lower().startswith("internal://") or name not in self._by_name:
            raise QdpxFileError(_("De tekst %(name)s staat niet in het bestand.", name=name[:80]))
        return decode(self._by_name[name])


def decode(raw: bytes) -> str:
    """UTF-8 (with or without BOM) or UTF-16 with a BOM; QdpxFileError otherwise."""
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return raw.decode("utf-16")
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise QdpxFileError(_("Een tekst in het bestand is geen UTF-8. Exporteer het project opnieuw.")) from None
