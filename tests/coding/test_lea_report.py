"""Journey 4: the LEA input report (.docx): gathered from the database, rendered from plain data."""

import io
from datetime import date

import pytest
from docx import Document
from sqlmodel import select

from coding.models import Code, ReportText
from coding.reports.data import GuideQuestion, GuideSection, Quote, ReportData, SubTheme, Theme
from coding.reports.render_docx import render_docx
from tests.coding.builders import audit_events, sign_in
from tests.coding.findings_world import (
    APPROVED_QUOTE,
    CANDIDATE_QUOTE,
    RECOMMENDATION,
    SUMMARY,
    UNAPPROVED_TEXT,
    WITHDRAWN_QUOTE,
    build_findings,
)

BASE = "/p/seghwaert-proef"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def open_docx(content: bytes):
    return Document(io.BytesIO(content))


def headings(doc, level):
    return [p.text for p in doc.paragraphs if p.style.name == f"Heading {level}"]


def all_text(doc) -> str:
    cells = [cell.text for table in doc.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


PLAIN = ReportData(
    project_name="Opvoeden in Seghwaert", municipality="Zoetermeer", wijk="Seghwaert",
    period_start=date(2025, 3, 1), period_end=date(2025, 6, 30), made_on=date(2025, 7, 1),
    summary="Eerste alinea.\n\nTweede alinea.", key_figures=10, interviews=40,
    participants_by_group={"ouder": 30, "jongere": 8, "professional": 2}, participants_by_wijk={"Seghwaert": 40},
    interviews_by_group={"ouder": 30, "jongere": 8, "professional": 2}, interviews_by_wijk={"Seghwaert": 40},
    guide=(GuideSection("Hulp", (GuideQuestion("Heeft u ooit hulp gezocht?", ("Hoe ging dat?",)),)),),
    themes=(
        Theme("Wachttijden", definition="Lang wachten op hulp.", participants=12, by_group={"ouder": 9, "jongere": 3},
              subthemes=(SubTheme("Indicatie", participants=3),), quotes=(Quote("Het duurde een half jaar.", "ouder"),),
              recommendation="Kortere wachttijden."),
        Theme("Lotgenoten", participants=2, by_group={"ouder": 2}),
    ),
)


def test_rendering_uses_real_word_headings_and_every_chapter():
    doc = open_docx(render_docx(PLAIN))
    assert headings(doc, 1) == [
        "Samenvatting", "Aanpak", "Bevindingen: Wachttijden", "Bevindingen: Lotgenoten",
        "Verbeterpunten en aanbevelingen", "Vervolgacties", "Getoetst in de wijk",
        "Bijlage 1: De gespreksleidraad", "Bijlage 2: Het codeboek",
        "Bijlage 3: Overeenstemming tussen codeurs",
    ]
    assert "Subthema's" in headings(doc, 3) and "Hulp" in headings(doc, 2)
    texts = [p.text for p in doc.paragraphs]
    assert texts[0] == "Opvoeden in Seghwaert" and doc.paragraphs[0].style.name == "Title"
    assert "LEA-input" in texts and "Gemeente: Zoetermeer" in texts and "Wijk: Seghwaert" in texts
    assert "Periode: 1 maart 2025 tot en met 30 juni 2025" in texts
    assert "Eerste alinea." in texts and "Tweede alinea." in texts
    assert "“Het duurde een half jaar.” (een ouder)" in texts
    assert "1. Heeft u ooit hulp gezocht?" in texts


def test_rendering_suppresses_small_counts_in_every_table():
    doc = open_docx(render_docx(PLAIN))
    tables = {tuple(c.text for c in t.rows[0].cells): t for t in doc.tables}
    rows = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    assert ["Professionals", "minder dan 5", "minder dan 5"] in rows  # 2 professionals reached
    assert ["Jongeren", "minder dan 5"] in rows  # 3 young people raised "Wachttijden"
    assert ["Totaal", "12"] in rows
    assert not any(cell in {"1", "2", "3", "4"} for row in rows for cell in row[1:])
    assert ("Thema", "Deelnemers") in tables
    assert "Indicatie (deelnemers: minder dan 5)" in all_text(doc)


@pytest.fixture
def findings(db, world):
    found = build_findings(db, world)
    db.add(ReportText(project_id=world.project.id, summary=SUMMARY))
    db.commit()
    return found


def test_the_downloaded_report_holds_approved_quotes_and_never_raw_answers(client, db, world, findings):
    sign_in(client, db, world.researcher)
    response = client.get(f"{BASE}/rapport/lea-input.docx")
    assert response.status_code == 200 and response.mimetype == DOCX
    assert "lea-input-seghwaert-proef.docx" in response.headers["Content-Disposition"]
    doc = open_docx(response.data)
    text = all_text(doc)
    assert "Bevindingen: School als ingang" in headings(doc, 1)
    assert SUMMARY in text and RECOMMENDATION in text
    assert APPROVED_QUOTE in text
    for raw in (UNAPPROVED_TEXT, CANDIDATE_QUOTE, WITHDRAWN_QUOTE, world.answer.text, world.segment.text):
        assert raw not in text
    for code in findings.participant_codes:
        assert code not in text
    assert "Mentor (deelnemers: 5)" in text
    [event] = audit_events(db, "rapport_gedownload")
    assert (event.actor_id, event.project_id) == (world.researcher.id, world.project.id)


def test_the_municipality_cannot_download_a_draft(client, db, world, findings):
    sign_in(client, db, world.municipality)
    assert client.get(f"{BASE}/rapport/lea-input.docx").status_code == 403


def test_the_researcher_writes_the_summary_and_recommendations(client, db, world, findings):
    sign_in(client, db, world.researcher)
    page = client.get(f"{BASE}/rapport").get_data(as_text=True)
    assert f'name="rec_{findings.theme.id}"' in page and f'name="rec_{findings.sub.id}"' not in page
    response = client.post(f"{BASE}/rapport", data={
        "summary": "Nieuwe samenvatting.", f"rec_{findings.theme.id}": "Meer uren voor de mentor.",
        f"rec_{world.code.id}": ""})
    assert response.status_code == 302
    db.expire_all()
    assert db.exec(select(ReportText)).one().summary == "Nieuwe samenvatting."
    assert db.get(Code, findings.theme.id).recommendation == "Meer uren voor de mentor."
    text = all_text(open_docx(client.get(f"{BASE}/rapport/lea-input.docx").data))
    assert "Nieuwe samenvatting." in text and "Meer uren voor de mentor." in text


def test_the_cli_writes_the_same_report(runner, client, db, world, findings, tmp_path):
    out = tmp_path / "lea.docx"
    result = runner.invoke(args=["export", "lea", "--project", "seghwaert-proef", "--out", str(out)])
    assert result.exit_code == 0, result.output
    sign_in(client, db, world.researcher)
    downloaded = open_docx(client.get(f"{BASE}/rapport/lea-input.docx").data)
    exported = open_docx(out.read_bytes())
    assert all_text(exported) == all_text(downloaded)
    assert APPROVED_QUOTE in all_text(exported)
    assert len(audit_events(db, "rapport_gedownload")) == 2


def test_the_cli_explains_an_unknown_project_and_an_unwritable_file(runner, findings, tmp_path):
    unknown = runner.invoke(args=["export", "lea", "--project", "bestaat-niet", "--out", str(tmp_path / "x.docx")])
    assert unknown.exit_code != 0 and "Er is geen project met de korte naam 'bestaat-niet'" in unknown.output
    nowhere = tmp_path / "map-bestaat-niet" / "lea.docx"
    failed = runner.invoke(args=["export", "lea", "--project", "seghwaert-proef", "--out", str(nowhere)])
    assert failed.exit_code != 0 and "niet schrijven: de map bestaat niet" in failed.output
    assert not nowhere.exists()


def test_the_cli_help_is_in_dutch(runner):
    result = runner.invoke(args=["export", "lea", "--help"])
    assert result.exit_code == 0
    assert "LEA-inputrapport" in result.output and "Korte naam van het project" in result.output
    assert "Toon deze uitleg en stop." in result.output
