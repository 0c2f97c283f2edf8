"""REFI-QDA exchange: export a project as .qdpx, read it back (round trip), and read a file from another tool."""

import io
import zipfile
from pathlib import Path

import pytest
from sqlmodel import select

from coding.analysis import segments_for_code
from coding.codebook import codes_of
from coding.exchange.qdpx_read import read_qdpx
from coding.models import Code, Memo
from interviews.models import Participant
from research.projects.services import find_project
from tests import factories
from tests.coding.builders import audit_events, sign_in
from tests.coding.findings_world import build_findings

BASE = "/p/seghwaert-proef"
DATA = Path(__file__).parent / "data"


def selections(qdpx: bytes) -> set:
    """Every coded span as (source text, start, end, text, code names): independent of GUIDs and pseudonyms."""
    project = read_qdpx(qdpx)
    names = {}
    stack = list(project.codes)
    while stack:
        spec = stack.pop()
        names[spec.guid] = spec.name
        stack.extend(spec.children)
    return {
        (source.text, s.start, s.end, source.text[s.start:s.end], frozenset(names[g] for g in s.code_guids))
        for source in project.sources for s in source.selections
    }


def codebook(db, project) -> set:
    codes = codes_of(db, project)
    by_id = {code.id: code for code in codes}
    return {(c.name, c.colour, by_id[c.parent_id].name if c.parent_id else None, c.definition) for c in codes}


@pytest.fixture
def exported(client, db, world):
    findings = build_findings(db, world)
    db.add(Memo(project_id=world.project.id, author_id=world.researcher.id, target_type="code",
                target_id=findings.theme.id, text="Let op: veel ouders noemen de mentor."))
    db.commit()
    sign_in(client, db, world.researcher)
    response = client.get(f"{BASE}/uitwisselen/project.qdpx")
    assert response.status_code == 200
    assert "wijkstem-seghwaert-proef.qdpx" in response.headers["Content-Disposition"]
    return response.data


def test_export_holds_one_source_per_conversation_with_questions_and_codings(exported, db, world):
    project = read_qdpx(exported)
    assert project.name == world.project.name
    texts = [source.text for source in project.sources]
    assert any(world.answer.text in text and world.questions[0].text in text for text in texts)
    assert "Ik trek mij terug" not in "".join(texts)  # the withdrawn participant stays out
    assert {u.name for u in project.users} and project.notes[0].text == "Let op: veel ouders noemen de mentor."
    [event] = audit_events(db, "project_geexporteerd")
    assert event.actor_id == world.researcher.id


def test_a_round_trip_keeps_codes_segments_offsets_and_text(exported, runner, db, world, tmp_path):
    path = tmp_path / "uit-wijkstem.qdpx"
    path.write_bytes(exported)
    result = runner.invoke(args=["import", "qdpx", str(path), "--onderzoeker", world.researcher.email])
    assert result.exit_code == 0, result.output
    imported = find_project(db, "proefproject-" + world.project.name.split()[-1])
    assert imported is not None, result.output
    assert codebook(db, imported) == codebook(db, world.project)
    again = tmp_path / "opnieuw.qdpx"
    assert runner.invoke(args=["export", "qdpx", "--project", imported.slug, "--out", str(again)]).exit_code == 0
    assert selections(again.read_bytes()) == selections(exported)
    memo = db.exec(select(Memo).where(Memo.project_id == imported.id)).one()
    assert (memo.target_type, db.get(Code, memo.target_id).name) == ("code", "School als ingang")


def foreign_qdpx() -> bytes:
    """A file as another program writes it: other names, a capital Sources folder, a BOM, three levels."""
    text = "Op school praat ik met de mentor. Thuis niet."
    qde = (DATA / "noordhove.qde").read_bytes()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("Mijn project.qde", qde)
        archive.writestr("Sources/77777777-7777-4777-8777-777777777777.txt", "\ufeff".encode() + text.encode())
    return buffer.getvalue()


def test_a_file_from_another_program_is_read_into_an_empty_project(client, db, world):
    empty = factories.make_project(db, slug="noordhove")
    factories.add_member(db, world.researcher, empty, "onderzoeker")
    db.commit()
    sign_in(client, db, world.researcher)
    response = client.post("/p/noordhove/uitwisselen/importeren",
                           data={"file": (io.BytesIO(foreign_qdpx()), "noordhove.qdpx")})
    assert response.status_code == 302, response.get_data(as_text=True)[:2000]
    codes = {code.name: code for code in codes_of(db, empty)}
    assert codes["School"].colour == "#ff0000" and codes["School"].parent_id is None
    assert codes["Mentorgesprek"].parent_id == codes["School"].id  # a third level goes under its theme
    participants = list(db.exec(select(Participant).where(Participant.project_id == empty.id)))
    assert sorted(p.group for p in participants) == ["jongere", "onbekend"]
    page = client.get("/p/noordhove/coderen").get_data(as_text=True)
    assert "Op school praat ik met de mentor." in page and "Kort." in page  # open for coding
    [row] = segments_for_code(db, empty, codes["Mentorgesprek"])
    assert (row.segment.start, row.segment.end, row.segment.text) == (16, 32, "ik met de mentor")
    assert segments_for_code(db, empty, codes["School"]) == [row]  # the span past the text's end is skipped
    memo = db.exec(select(Memo).where(Memo.project_id == empty.id)).one()
    assert (memo.target_type, memo.target_id, memo.text) == ("code", codes["School"].id, "Belangrijk thema.")


def test_import_into_a_project_with_conversations_is_refused(client, db, world):
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/uitwisselen/importeren",
                           data={"file": (io.BytesIO(foreign_qdpx()), "noordhove.qdpx")})
    assert response.status_code == 400 and "niet leeg" in response.get_data(as_text=True)


def test_the_cli_explains_its_errors_in_dutch(runner, db, world, tmp_path):
    bad = tmp_path / "kapot.qdpx"
    bad.write_bytes(b"geen zip")
    result = runner.invoke(args=["import", "qdpx", str(bad)])
    assert result.exit_code != 0 and "kapot.qdpx is niet ingelezen: Dit is geen .qdpx-bestand" in result.output
    full = runner.invoke(args=["import", "qdpx", str(bad), "--project", "seghwaert-proef"])
    assert full.exit_code != 0 and "niet ingelezen" in full.output
    wrong = runner.invoke(args=["export", "segments", "--project", "seghwaert-proef", "--out", str(tmp_path / "x.pdf")])
    assert wrong.exit_code != 0 and "eindigt op .csv of .xlsx" in wrong.output
    helped = runner.invoke(args=["import", "qdpx", "--help"])
    assert "Lees een REFI-QDA-project" in helped.output and "Toon deze uitleg en stop." in helped.output
