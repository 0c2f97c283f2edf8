"""A codebook as plain data, shared by the CSV and REFI-QDA (.qdc/.qdpx) converters. Pure.

`CodeSpec` knows nothing of the database. A codebook is a list of root specs, each with its
`children`; `parent_guid` mirrors the tree so flat lists (CSV rows) can be rebuilt into one.
"""

import re
import uuid
from dataclasses import dataclass, field

from flask_babel import gettext as _

_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
_RGB = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")


@dataclass
class CodeSpec:
    """One code: identity, name, colour, texts, and the codes below it."""

    guid: str
    name: str
    colour: str = ""  # "#rrggbb" or "" (no colour)
    description: str = ""  # the definition
    include_rule: str = ""
    exclude_rule: str = ""
    examples: str = ""
    keywords: list[str] = field(default_factory=list)
    is_codable: bool = True
    parent_guid: str | None = None
    children: list["CodeSpec"] = field(default_factory=list)


def new_guid() -> str:
    """A fresh lowercase UUID4."""
    return str(uuid.uuid4())


def normalise_guid(value: str | None) -> str | None:
    """A GUID as lowercase UUID text without braces; None when it is not a GUID."""
    match = _GUID.match((value or "").strip())
    return match.group(1).lower() if match else None


def normalise_colour(value: str | None) -> str:
    """A colour as lowercase #rrggbb (#rgb is expanded); "" when it is not a colour."""
    match = _RGB.match((value or "").strip())
    if not match:
        return ""
    digits = match.group(1).lower()
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return "#" + digits


def walk(roots: list[CodeSpec]):
    """Every spec in the tree, parents before their children, in order."""
    for spec in roots:
        yield spec
        yield from walk(spec.children)


def depth_of(roots: list[CodeSpec]) -> int:
    """How many levels the tree has (0 for an empty codebook)."""
    return max((1 + depth_of(spec.children) for spec in roots), default=0)


def link(specs: list[CodeSpec]) -> list[CodeSpec]:
    """Build the tree from a flat list by `parent_guid`; returns the roots. Unknown parents become roots."""
    by_guid = {spec.guid: spec for spec in specs}
    roots = []
    for spec in specs:
        spec.children = []
    for spec in specs:
        parent = by_guid.get(spec.parent_guid) if spec.parent_guid else None
        if parent is None or parent is spec:
            spec.parent_guid = None
            roots.append(spec)
        else:
            parent.children.append(spec)
    return roots


def set_parents(roots: list[CodeSpec], parent_guid: str | None = None) -> list[CodeSpec]:
    """Make every `parent_guid` agree with the tree; returns the roots."""
    for spec in roots:
        spec.parent_guid = parent_guid
        set_parents(spec.children, spec.guid)
    return roots


class CodebookFileError(ValueError):
    """An uploaded codebook file that cannot be read; the message is for the user (Dutch, B1)."""

    def __init__(self, message, row: int | None = None):
        super().__init__(message)
        self.row = row


def check_tree(specs: list[CodeSpec]) -> None:
    """Refuse duplicate GUIDs and parents that loop back to their own child."""
    by_guid: dict[str, CodeSpec] = {}
    for spec in specs:
        if spec.guid in by_guid:
            raise CodebookFileError(_("De code %(name)s staat twee keer in het bestand.", name=spec.name))
        by_guid[spec.guid] = spec
    for spec in specs:
        seen, current = {spec.guid}, by_guid.get(spec.parent_guid or "")
        while current is not None:
            if current.guid in seen:
                raise CodebookFileError(_("De code %(name)s valt (via andere codes) onder zichzelf.", name=spec.name))
            seen.add(current.guid)
            current = by_guid.get(current.parent_guid or "")
