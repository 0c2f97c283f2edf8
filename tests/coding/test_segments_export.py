"""Coded segments as CSV and Excel for researchers, with formula injection neutralised."""

import csv
import io

from openpyxl import load_workbook

from tests import factories
from tests.coding.builders import add_answer, audit_events, participant_of, sign_in

BASE = "/p/seghwaert-proef"
FORMULA = '=HYPERLINK("http://example.org","klik")'


def test_csv_and_xlsx_hold_every_coded_segment_and_never_run_a_formula(client, db, world):
    answer = add_answer(db, world, f"{FORMULA} zei ze.")
    factories.make_segment(db, answer, world.code, start=0, end=len(FORMULA), coder=world.researcher)
    db.commit()
    sign_in(client, db, world.researcher)
    raw = client.get(f"{BASE}/uitwisselen/fragmenten?formaat=csv")
    assert "fragmenten-seghwaert-proef.csv" in raw.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(raw.data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["fragment", "deelnemer", "groep"]
    by_text = {row[9]: row for row in rows[1:]}
    assert "'" + FORMULA in by_text and world.segment.text in by_text
    assert by_text["'" + FORMULA][1] == participant_of(db, answer).code
    assert by_text["'" + FORMULA][6] == world.code.name

    book = load_workbook(io.BytesIO(client.get(f"{BASE}/uitwisselen/fragmenten?formaat=xlsx").data))
    cells = [cell for row in book.active.iter_rows(min_row=2) for cell in row]
    assert any(cell.value == "'" + FORMULA for cell in cells)
    assert all(cell.data_type != "f" for cell in cells)
    assert [e.detail for e in audit_events(db, "fragmenten_geexporteerd")] == ["csv", "xlsx"]


def test_an_unknown_format_goes_back_with_a_message(client, db, world):
    sign_in(client, db, world.researcher)
    response = client.get(f"{BASE}/uitwisselen/fragmenten?formaat=pdf", follow_redirects=True)
    assert "Kies CSV of Excel" in response.get_data(as_text=True)


def test_the_cli_writes_segments_and_the_project(runner, world, tmp_path):
    out = tmp_path / "fragmenten.xlsx"
    result = runner.invoke(args=["export", "segments", "--project", "seghwaert-proef", "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert load_workbook(out).active.max_row == 2
    qdpx = tmp_path / "project.qdpx"
    assert runner.invoke(args=["export", "qdpx", "--project", "seghwaert-proef", "--out", str(qdpx)]).exit_code == 0
    assert qdpx.read_bytes()[:2] == b"PK"
