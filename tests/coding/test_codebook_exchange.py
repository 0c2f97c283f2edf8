"""The codebook travels: CSV for Excel and REFI-QDA .qdc for ATLAS.ti, MAXQDA, NVivo and QualCoder."""

from io import BytesIO
from pathlib import Path

import pytest
from lxml import etree
from sqlmodel import select

from coding.exchange import (
    CodebookFileError,
    CodeSpec,
    codebook_to_csv,
    codebook_to_qdc,
    csv_to_codebook,
    qdc_to_codebook,
)
from coding.exchange.description import describe, undescribe
from coding.models import Code
from tests import factories
from tests.coding.builders import audit_events, sign_in

BASE = "/p/seghwaert-proef"
XSD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "refi-qda" / "Codebook.xsd"
GUID_A, GUID_B, GUID_C = ("6f9619ff-8b86-d011-b42d-00c04fc964ff", "2c1a2f4e-1111-4222-8333-444455556666",
                          "0b7d6c5e-2222-4333-8444-555566667777")


def sample_codebook() -> list[CodeSpec]:
    """A theme with a sub-theme (a name and definition that look like formulas) and a second theme."""
    sub = CodeSpec(GUID_B, "=Mentor", "#abc", "- de mentor op school", keywords=["mentor"])
    theme = CodeSpec(GUID_A, "School als ingang", "#1e6b3a", "Ouders zoeken hulp via school & <juf>",
                     "Contact via school\nook via de mentor", "Alleen over lessen", "De juf belde mij",
                     ["school", "juf"], children=[sub])
    return [theme, CodeSpec(GUID_C, "Wachttijden", "", "")]


def names_and_parents(roots, parent=None):
    return [(s.name, parent, s.guid) for s in roots] + [
        item for s in roots for item in names_and_parents(s.children, s.name)]


def test_exported_qdc_validates_against_the_refi_qda_schema():
    if not XSD.exists():
        pytest.skip(f"the REFI-QDA schema is not at {XSD} (it lives outside the repository)")
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    document = etree.fromstring(codebook_to_qdc(sample_codebook()))
    assert schema.validate(document), schema.error_log
    assert document.nsmap[None] == "urn:QDA-XML:codebook:1.0"
    code = document.find(".//{urn:QDA-XML:codebook:1.0}Code")
    assert (code.get("guid"), code.get("isCodable"), code.get("color")) == (GUID_A, "true", "#1e6b3a")


def test_qdc_and_csv_round_trip_every_field():
    original = sample_codebook()
    for write, read in ((codebook_to_qdc, qdc_to_codebook), (codebook_to_csv, csv_to_codebook)):
        again = read(write(original))
        assert names_and_parents(again) == names_and_parents(original)
        theme, sub = again[0], again[0].children[0]
        assert (theme.description, theme.include_rule, theme.exclude_rule, theme.examples, theme.keywords) == (
            "Ouders zoeken hulp via school & <juf>", "Contact via school\nook via de mentor", "Alleen over lessen",
            "De juf belde mij", ["school", "juf"])
        assert (sub.colour, sub.description, sub.parent_guid) == ("#aabbcc", "- de mentor op school", GUID_A)


def test_csv_is_excel_friendly_and_defuses_formulas():
    data = codebook_to_csv(sample_codebook())
    assert data.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel then shows é and ë correctly
    lines = data.decode("utf-8-sig").split("\r\n")
    assert lines[0].startswith("guid;naam;hoofdthema;kleur;omschrijving")
    assert f"{GUID_B};'=Mentor;School als ingang;#aabbcc;'- de mentor op school" in data.decode("utf-8-sig")


@pytest.mark.parametrize("text", [
    "Naam,Hoofdthema,Omschrijving\r\nDrempel,,Hoge drempel\r\nWachtlijst,Drempel,\"lang, heel lang\"\r\n",
    "naam;hoofdthema;omschrijving\nDrempel;;Hoge drempel\nWachtlijst;drempel;lang, heel lang\n",
    "name\tparent\tdescription\nDrempel\t\tHoge drempel\nWachtlijst\tDrempel\tlang, heel lang\n",
])
def test_csv_import_tolerates_commas_semicolons_tabs_and_english_headers(text):
    [theme] = csv_to_codebook(text.encode("utf-8"))
    assert (theme.name, theme.description) == ("Drempel", "Hoge drempel")
    assert [(c.name, c.description) for c in theme.children] == [("Wachtlijst", "lang, heel lang")]


def test_csv_from_old_excel_in_windows_1252_is_read():
    [code] = csv_to_codebook("naam;omschrijving\nCafé;één\n".encode("cp1252"))
    assert (code.name, code.description) == ("Café", "één")


@pytest.mark.parametrize(("data", "message"), [
    (b"omschrijving\nzonder naam\n", "kolom \"naam\""),
    (b"naam;hoofdthema\nA;Onbekend\n", "Regel 2: het hoofdthema Onbekend"),
    (b"naam;hoofdthema\nA;B\nB;A\n", "onder zichzelf"),
    (b"naam\nA\na\n", "twee keer"),
    (b"naam;kleur\nA;rood\n", "Regel 2: de kleur rood"),
    (b"naam\n" + b"x" * (2 * 1024 * 1024), "te groot"),
])
def test_bad_csv_files_get_a_clear_dutch_message(data, message):
    with pytest.raises(CodebookFileError, match=message):
        csv_to_codebook(data)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="%s" name="&lol2;" isCodable="true"/></Codes></CodeBook>
""" % GUID_A.encode()
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="%s" name="&xxe;" isCodable="true"/></Codes></CodeBook>
""" % GUID_A.encode()


@pytest.mark.parametrize(("data", "message"), [
    (BILLION_LAUGHS, "niet toestaan"),
    (EXTERNAL, "niet toestaan"),
    (b"<CodeBook", "geen leesbaar XML"),
    (b'<Project xmlns="urn:QDA-XML:project:1.0"/>', "geen REFI-QDA-codeboek"),
    (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>', "geen codes"),
    (b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="kapot" name="A" isCodable="true"/>'
     b"</Codes></CodeBook>", "geen geldige guid"),
    (b"<x>" + b" " * (2 * 1024 * 1024) + b"</x>", "te groot"),
])
def test_bad_qdc_files_are_refused_safely(data, message):
    with pytest.raises(CodebookFileError, match=message):
        qdc_to_codebook(data)


def test_a_qdc_from_another_tool_with_braced_guids_and_a_plain_description_is_read():
    data = (b'<?xml version="1.0" encoding="utf-8"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA">'
            b'<Codes><Code guid="{6F9619FF-8B86-D011-B42D-00C04FC964FF}" name="Hulp" isCodable="false" color="#F00">'
            b"<Description>Alles over hulp.</Description></Code></Codes></CodeBook>")
    [code] = qdc_to_codebook(data)
    assert (code.guid, code.colour, code.description, code.is_codable) == (GUID_A, "#ff0000", "Alles over hulp.",
                                                                           False)


def test_description_packs_and_unpacks_the_rules():
    spec = CodeSpec(GUID_A, "A", description="Def", include_rule="Wel", keywords=["x", "y z"])
    assert describe(spec) == "Def\n\nWel bij dit thema: Wel\n\nZoekwoorden: x; y z"
    assert undescribe("Def\n\nInclude: Wel\nKeywords: x; y z")["include_rule"] == "Wel"


# --- through the app -----------------------------------------------------------------------------------------


def upload(client, data, filename):
    return client.post(f"{BASE}/codeboek/import", data={"file": (BytesIO(data), filename)},
                       content_type="multipart/form-data")


def test_export_then_import_into_another_project_keeps_tree_guids_and_texts(client, db, world):
    theme = factories.make_code(db, world.project, name="School als ingang", colour="#1e6b3a",
                                definition="Via school", include_rule="Contact", keywords="school\njuf")
    factories.make_code(db, world.project, name="Mentor", parent=theme)
    factories.add_member(db, world.researcher, world.other_project, "onderzoeker")
    db.commit()
    sign_in(client, db, world.researcher)
    exported = client.get(f"{BASE}/codeboek/export?formaat=qdc")
    assert exported.status_code == 200
    assert "codeboek-seghwaert-proef.qdc" in exported.headers["Content-Disposition"]
    response = client.post(f"/p/{world.other_project.slug}/codeboek/import",
                           data={"file": (BytesIO(exported.data), "codeboek.qdc")}, content_type="multipart/form-data")
    assert response.status_code == 302
    copied = {c.name: c for c in db.exec(select(Code).where(Code.project_id == world.other_project.id))}
    assert set(copied) == {"Drempel om hulp te vragen", "School als ingang", "Mentor"}
    assert copied["Mentor"].parent_id == copied["School als ingang"].id
    assert copied["School als ingang"].guid == theme.guid
    assert (copied["School als ingang"].include_rule, copied["School als ingang"].keywords) == ("Contact",
                                                                                               "school\njuf")
    assert [e.action for e in audit_events(db, "codeboek_geexporteerd")] == ["codeboek_geexporteerd"]
    assert len(audit_events(db, "codeboek_geimporteerd")) == 1


def test_importing_the_same_codebook_again_changes_nothing_and_keeps_codings(client, db, world):
    sign_in(client, db, world.researcher)
    exported = client.get(f"{BASE}/codeboek/export?formaat=csv").data
    assert upload(client, exported, "codeboek.csv").status_code == 302
    db.expire_all()
    assert [c.name for c in db.exec(select(Code).where(Code.project_id == world.project.id))] == [world.code.name]
    assert db.get(Code, world.code.id).keywords == "drempel\nhulp"


def test_csv_import_adds_codes_and_fills_in_existing_ones_by_name(client, db, world):
    sign_in(client, db, world.researcher)
    data = ("naam;hoofdthema;omschrijving;zoekwoorden\n"
            "drempel om hulp te vragen;;Mensen durven niet;\nSchaamte;Drempel om hulp te vragen;;schaam\n")
    assert upload(client, data.encode("utf-8-sig"), "thema's.csv").status_code == 302
    db.expire_all()
    code = db.get(Code, world.code.id)
    assert (code.name, code.definition, code.keywords) == ("drempel om hulp te vragen", "Mensen durven niet",
                                                           "drempel\nhulp")
    sub = db.exec(select(Code).where(Code.name == "Schaamte")).one()
    assert (sub.parent_id, sub.keywords) == (world.code.id, "schaam")


def test_a_bad_upload_stores_nothing_and_says_why_in_dutch(client, db, world, monkeypatch):
    sign_in(client, db, world.researcher)
    response = upload(client, b"naam;hoofdthema\nNieuw;\nKapot;Bestaat niet\n", "codeboek.csv")
    assert response.status_code == 200
    assert "Regel 3: het hoofdthema Bestaat niet staat niet in het bestand." in response.get_data(as_text=True)
    assert db.exec(select(Code).where(Code.name == "Nieuw")).first() is None
    # The real limit is 2 MB; a smaller one here keeps the test client from spooling to a temporary file.
    monkeypatch.setattr("coding.codebook_io.MAX_UPLOAD_BYTES", 100)
    response = upload(client, b"naam\n" + b"x" * 200, "groot.csv")
    assert "Het bestand is te groot." in response.get_data(as_text=True)
    assert audit_events(db, "codeboek_geimporteerd") == []
    assert "Hoogstens 2 MB." in client.get(f"{BASE}/codeboek/import").get_data(as_text=True)


def test_deeper_trees_from_other_tools_are_folded_to_two_levels(client, db, world):
    deep = [CodeSpec(GUID_A, "Hulp", children=[CodeSpec(GUID_B, "Jeugdhulp", children=[
        CodeSpec(GUID_C, "Wachtlijst jeugdhulp")])])]
    sign_in(client, db, world.researcher)
    response = upload(client, codebook_to_qdc(deep), "diep.qdc")
    assert response.status_code == 302
    codes = {c.name: c for c in db.exec(select(Code).where(Code.project_id == world.project.id))}
    assert codes["Wachtlijst jeugdhulp"].parent_id == codes["Hulp"].id == codes["Jeugdhulp"].parent_id
    page = client.get(f"{BASE}/codeboek").get_data(as_text=True)
    assert "1 code lag dieper dan twee niveaus" in page


def test_an_empty_codebook_cannot_be_exported_as_qdc(client, db, world):
    other = factories.make_user(db)
    factories.add_member(db, other, world.other_project, "onderzoeker")
    db.commit()
    sign_in(client, db, other)
    response = client.get(f"/p/{world.other_project.slug}/codeboek/export?formaat=qdc", follow_redirects=True)
    assert "Het codeboek is leeg" in response.get_data(as_text=True)
