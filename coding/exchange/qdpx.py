"""A REFI-QDA project (.qdpx) as plain data, shared by the writer and the reader. Pure.

A .qdpx is a zip with one `project.qde` (XML, namespace `urn:QDA-XML:project:1.0`) and the source texts
as `sources/<guid>.txt`. Positions in a text are Unicode code points, as in Wijkstem's own segments.
"""

import hashlib
import uuid
from dataclasses import dataclass, field
from datetime import datetime

NAMESPACE = "urn:QDA-XML:project:1.0"
ORIGIN = "Wijkstem"
QDE_NAME = "project.qde"
SOURCES_FOLDER = "sources"
SOURCE_QUESTION_KEY = "bron"  # the one question of a conversation read from a .qdpx: its answer is the whole text
_GUID_NAMESPACE = uuid.UUID("6f1c1d7e-3c1f-4a8e-9a55-1f0b8e2f7a10")


class QdpxFileError(ValueError):
    """A .qdpx file that cannot be read or written; the message is for the user (Dutch, B1)."""


def stable_guid(kind: str, key) -> str:
    """The same GUID for the same Wijkstem object every export (so other tools can match a re-export).

    A name-based UUID (version 5), computed directly: a large export needs a hundred thousand of them.
    """
    digest = hashlib.sha1(_GUID_NAMESPACE.bytes + f"{kind}/{key}".encode(), usedforsecurity=False).hexdigest()
    variant = "89ab"[int(digest[16], 16) & 3]
    return f"{digest[:8]}-{digest[8:12]}-5{digest[13:16]}-{variant}{digest[17:20]}-{digest[20:32]}"


@dataclass
class QdpxUser:
    guid: str
    name: str


@dataclass
class QdpxSelection:
    """A coded span of a source: start and end in code points, and the GUIDs of its codes."""

    guid: str
    start: int
    end: int
    code_guids: list[str] = field(default_factory=list)
    creator_guid: str | None = None
    created_at: datetime | None = None


@dataclass
class QdpxSource:
    """One text source: a whole conversation."""

    guid: str
    name: str
    text: str
    selections: list[QdpxSelection] = field(default_factory=list)
    note_guids: list[str] = field(default_factory=list)
    created_at: datetime | None = None


@dataclass
class QdpxNote:
    """A memo."""

    guid: str
    name: str
    text: str
    creator_guid: str | None = None
    created_at: datetime | None = None


@dataclass
class QdpxCase:
    """A participant: their pseudonym, variables (group, wijk, age band) and their sources."""

    guid: str
    name: str
    values: dict[str, str] = field(default_factory=dict)  # variable name -> text
    source_guids: list[str] = field(default_factory=list)


@dataclass
class QdpxProject:
    """Everything in a .qdpx that Wijkstem writes or reads."""

    name: str
    codes: list = field(default_factory=list)  # root coding.exchange.spec.CodeSpec trees
    users: list[QdpxUser] = field(default_factory=list)
    sources: list[QdpxSource] = field(default_factory=list)
    notes: list[QdpxNote] = field(default_factory=list)
    cases: list[QdpxCase] = field(default_factory=list)
    project_note_guids: list[str] = field(default_factory=list)
    code_note_guids: dict[str, list[str]] = field(default_factory=dict)
    description: str = ""
    origin: str = ORIGIN
    skipped_sources: int = 0  # pictures, PDFs, audio and video: not read
