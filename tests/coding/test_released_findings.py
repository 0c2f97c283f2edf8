"""The municipality reads exactly the latest released version, page and Word file alike; texts hide small counts."""

import io
import re

import pytest
from docx import Document
from lxml import html
from sqlmodel import select

from coding.models import ReportRelease, ReportText
from coding.quotes import APPROVED
from coding.reports.data import ReportData
from coding.reports.render_docx import render_docx
from tests import factories
from tests.coding.builders import add_answer, sign_in
from tests.coding.findings_world import build_findings

BASE = "/p/seghwaert-proef"
NEW_QUOTE = "Mijn buurvrouw Fatma heeft mij geholpen."


@pytest.fixture
def findings(db, world):
    found = build_findings(db, world)
    db.add(ReportText(project_id=world.project.id, summary="We spraken {deelnemers} mensen."))
    db.commit()
    return found


def release(client, db, world):
    sign_in(client, db, world.researcher)
    return client.post(f"{BASE}/rapport/versies", data={"language": "nl"})


def page_text(response) -> str:
    return " ".join(html.fromstring(response.get_data(as_text=True)).text_content().split())


def docx_text(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    return " ".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def test_before_any_release_the_municipality_reads_that_nothing_is_released(client, db, world, findings):
    sign_in(client, db, world.municipality)
    text = page_text(client.get(f"{BASE}/bevindingen"))
    assert "Er is nog niets vrijgegeven." in text
    assert "School als ingang" not in text


def test_a_quote_approved_after_the_release_stays_off_the_page_until_the_next_release(client, db, world, findings):
    assert release(client, db, world).status_code == 302
    answer = findings.answers[2]
    late = factories.make_segment(db, answer, findings.theme, start=0, end=5, coder=world.researcher)
    late.quote_status, late.quote_text = APPROVED, NEW_QUOTE
    db.commit()
    sign_in(client, db, world.municipality)
    assert NEW_QUOTE not in page_text(client.get(f"{BASE}/bevindingen"))
    assert "versie 1" in page_text(client.get(f"{BASE}/bevindingen"))
    release(client, db, world)
    sign_in(client, db, world.municipality)
    text = page_text(client.get(f"{BASE}/bevindingen"))
    assert NEW_QUOTE in text and "versie 2" in text


def test_the_page_shows_the_figures_of_the_released_word_file(client, db, world, findings):
    release(client, db, world)
    # A participant who finishes after the release changes the live counts, not the released ones.
    for n in range(3):
        factories.make_segment(db, add_answer(db, world, f"Nog een ouder {n}."), findings.theme,
                               coder=world.researcher)
    db.commit()
    sign_in(client, db, world.municipality)
    page = page_text(client.get(f"{BASE}/bevindingen"))
    released = db.exec(select(ReportRelease)).one()
    word = docx_text(released.docx)
    assert "Deelnemers: 8" in word and "8 deelnemers" in page  # live: 11
    assert "Gesprekken: 8" in word and "8 gesprekken" in page
    assert "School als ingang 7" in page


def test_release_is_refused_while_the_text_writes_out_a_small_count(client, db, world, findings):
    text = db.exec(select(ReportText)).one()
    text.summary = "We spraken met 18 ouders en 3 professionals."
    db.commit()
    response = release(client, db, world)
    assert response.status_code == 302
    follow = page_text(client.get(response.headers["Location"]))
    assert "“3 professionals”" in follow and "{professionals}" in follow
    assert db.exec(select(ReportRelease)).first() is None


def test_saving_a_text_with_a_small_count_warns_and_keeps_the_text(client, db, world, findings):
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/rapport", data={"summary": "Twee moeders vertelden over school."},
                           follow_redirects=True)
    assert "“Twee moeders”" in page_text(response)
    db.expire_all()
    assert db.exec(select(ReportText)).one().summary == "Twee moeders vertelden over school."


def test_the_word_file_hides_a_second_cell_in_every_reach_table_and_in_the_summary():
    data = ReportData(project_name="Seghwaert", interviews=31, summary="{ouders} ouders en {professionals} "
                      "professionals.", participants_by_group={"ouder": 18, "jongere": 10, "professional": 3},
                      interviews_by_group={"ouder": 18, "jongere": 10, "professional": 3},
                      participants_by_wijk={"Seghwaert": 31}, interviews_by_wijk={"Seghwaert": 31})
    doc = Document(io.BytesIO(render_docx(data)))
    group_table = next(t for t in doc.tables if t.rows[0].cells[0].text == "Groep")
    rows = {row.cells[0].text: (row.cells[1].text, row.cells[2].text) for row in group_table.rows[1:]}
    assert rows == {"Ouders": ("18", "18"), "Jongeren": ("niet getoond", "niet getoond"),
                    "Professionals": ("minder dan 5", "minder dan 5"), "Totaal": ("31", "31")}
    text = docx_text(render_docx(data))
    assert "18 ouders en minder dan 5 professionals." in text
    assert not re.search(r"\b3 professionals", text)
