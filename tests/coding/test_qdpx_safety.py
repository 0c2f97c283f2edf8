"""Hostile and broken .qdpx uploads are refused with a clear message, and nothing is stored."""

import io
import re
import zipfile

import pytest
from sqlmodel import func, select

from coding.exchange.qdpx import QdpxFileError
from coding.exchange.qdpx_read import MAX_MEMBERS, read_qdpx
from coding.models import Code, Segment
from interviews.models import Interview
from research.models import Project
from tests import factories
from tests.coding.builders import sign_in

QDE = b'<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="P"/>'
LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&lol3;"/>"""
EXTERNAL = b"""<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="&x;"/>"""


def zipped(members: dict) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def many_members() -> bytes:
    return zipped({f"sources/{n}.txt": b"x" for n in range(MAX_MEMBERS + 1)} | {"project.qde": QDE})


HOSTILE = {
    "not a zip": (lambda: b"%PDF-1.4 not a zip", "geen zip-bestand"),
    "zip bomb": (lambda: zipped({"project.qde": QDE, "sources/a.txt": b"\0" * 20_000_000}), "zip-bom"),
    "too many members": (many_members, "te veel onderdelen"),
    "billion laughs": (lambda: zipped({"project.qde": LAUGHS}), "DTD of entiteiten"),
    "external entity": (lambda: zipped({"project.qde": EXTERNAL}), "DTD of entiteiten"),
    "no project": (lambda: zipped({"sources/a.txt": b"tekst"}), "geen project (.qde)"),
    "two projects": (lambda: zipped({"a.qde": QDE, "b.qde": QDE}), "meerdere projecten"),
    "not xml": (lambda: zipped({"project.qde": b"<Project"}), "geen leesbaar XML"),
    "another format": (lambda: zipped({"project.qde": b"<CodeBook/>"}), "geen REFI-QDA-project"),
}


@pytest.mark.parametrize("case", list(HOSTILE), ids=list(HOSTILE))
def test_hostile_or_broken_files_are_refused_with_a_reason(case):
    build, message = HOSTILE[case]
    with pytest.raises(QdpxFileError, match=re.escape(message)):
        read_qdpx(build())


def test_a_member_that_lies_about_its_size_is_refused():
    data = bytearray(zipped({"project.qde": QDE, "sources/a.txt": b"abcdef" * 1000}))
    # The central directory entry of the text member claims 10 bytes unpacked (offset 24: uncompressed size).
    central = data.rfind(b"PK\x01\x02", 0, data.rfind(b"sources/a.txt"))
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    with pytest.raises(QdpxFileError, match="zip"):
        read_qdpx(bytes(data))


def counts(db):
    return [db.exec(select(func.count()).select_from(m)).one() for m in (Project, Interview, Code, Segment)]


def test_a_refused_upload_stores_nothing_and_says_why(client, db, world):
    empty = factories.make_project(db, slug="leeg-project")
    factories.add_member(db, world.researcher, empty, "onderzoeker")
    db.commit()
    before = counts(db)
    sign_in(client, db, world.researcher)
    response = client.post("/p/leeg-project/uitwisselen/importeren",
                           data={"file": (io.BytesIO(zipped({"project.qde": LAUGHS})), "bom.qdpx")})
    assert response.status_code == 400
    assert "DTD of entiteiten" in response.get_data(as_text=True)
    assert counts(db) == before
