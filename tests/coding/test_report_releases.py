"""Journey: the researcher chooses themes and quotes, previews, releases; the municipality downloads releases only."""

import io

import pytest
from docx import Document
from lxml import html

from coding.models import ReportText
from coding.reports.data import Quote, Theme
from coding.reports.settings import ReportSettings, apply_settings, settings_from_choices
from tests import factories
from tests.coding.builders import audit_events, sign_in
from tests.coding.findings_world import APPROVED_QUOTE, CANDIDATE_QUOTE, SUMMARY, build_findings
from tests.coding.report_builders import make_release

BASE = "/p/seghwaert-proef"


@pytest.fixture
def findings(db, world):
    found = build_findings(db, world)
    db.add(ReportText(project_id=world.project.id, summary=SUMMARY))
    db.commit()
    return found


def doc_text(content: bytes) -> str:
    doc = Document(io.BytesIO(content))
    return "\n".join([p.text for p in doc.paragraphs] + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def chapter_titles(content: bytes) -> list[str]:
    return [p.text for p in Document(io.BytesIO(content)).paragraphs if p.style.name == "Heading 1"]


def test_settings_order_themes_and_leave_out_themes_and_quotes(client, db, world, findings):
    sign_in(client, db, world.researcher)
    page = html.fromstring(client.get(f"{BASE}/rapport/instellingen").get_data(as_text=True))
    quote_boxes = page.xpath('//input[starts-with(@name, "citaat-")]')
    assert len(quote_boxes) == 2  # world's quote and the approved one; never the candidate
    assert CANDIDATE_QUOTE not in html.tostring(page, encoding="unicode")
    theme, other = findings.theme.id, world.code.id
    response = client.post(f"{BASE}/rapport/instellingen", data={
        f"volgorde-{theme}": "1", f"volgorde-{other}": "2", f"thema-{theme}": "1", f"thema-{other}": "1"})
    assert response.status_code == 302
    content = client.get(f"{BASE}/rapport/lea-input.docx").data
    assert chapter_titles(content)[2:4] == ["Bevindingen: School als ingang", "Bevindingen: Drempel om hulp te vragen"]
    assert APPROVED_QUOTE not in doc_text(content)  # no quote ticked
    client.post(f"{BASE}/rapport/instellingen", data={f"thema-{theme}": "1", f"citaat-{quote_id(page, 0)}": "1"})
    titles = chapter_titles(client.get(f"{BASE}/rapport/lea-input.docx").data)
    assert "Bevindingen: Drempel om hulp te vragen" not in titles and "Bevindingen: School als ingang" in titles


def quote_id(page, n) -> str:
    return page.xpath('//input[starts-with(@name, "citaat-")]/@name')[n].split("-")[1]


def test_at_least_one_theme_stays_in_the_report(client, db, world, findings):
    sign_in(client, db, world.researcher)
    response = client.post(f"{BASE}/rapport/instellingen", data={})
    assert response.status_code == 200 and "Kies minstens één thema" in response.get_data(as_text=True)


def test_settings_are_pure_choices():
    themes = [Theme(f"T{n}", code_id=n, quotes=(Quote("q", "ouder", 10 * n),)) for n in (1, 2, 3, 4)]
    settings = settings_from_choices([1, 2, 3], {3: 1, 1: 2}, {1, 3}, [10, 30], {30})
    assert settings == ReportSettings((3, 1, 2), frozenset({2}), frozenset({10}))
    shown = apply_settings(themes, settings)
    assert [(t.code_id, len(t.quotes)) for t in shown] == [(3, 1), (1, 0), (4, 1)]  # new theme 4 comes last


def test_the_preview_shows_the_report_chapters_with_suppressed_counts(client, db, world, findings):
    sign_in(client, db, world.researcher)
    text = client.get(f"{BASE}/rapport/voorbeeld").get_data(as_text=True)
    for title in ("Samenvatting", "Aanpak", "Bevindingen: School als ingang", "Bijlage 3: Overeenstemming"):
        assert title in text
    assert APPROVED_QUOTE in text and CANDIDATE_QUOTE not in text and "minder dan 5" in text
    for code in findings.participant_codes:
        assert code not in text
    english = client.get(f"{BASE}/rapport/voorbeeld?taal=en").get_data(as_text=True)
    assert "Findings: School als ingang" in english


def test_the_researcher_releases_and_the_municipality_downloads_only_releases(client, db, world, findings):
    sign_in(client, db, world.researcher)
    assert client.post(f"{BASE}/rapport/versies", data={"language": "nl"}).status_code == 302
    assert client.post(f"{BASE}/rapport/versies", data={"language": "en"}).status_code == 302
    [first, second] = [e.object_id for e in audit_events(db, "rapport_vrijgegeven")]
    sign_in(client, db, world.municipality)
    assert client.get(f"{BASE}/rapport/lea-input.docx").status_code == 403
    page = client.get(f"{BASE}/rapport/versies").get_data(as_text=True)
    links = html.fromstring(page).xpath('//a[contains(@href, "/rapport/versies/")]/@href')
    assert links == [f"{BASE}/rapport/versies/{n}/lea-input.docx" for n in (second, first)]  # newest first
    assert "Geef deze versie vrij" not in page
    response = client.get(links[1])
    assert "lea-input-seghwaert-proef-versie-1.docx" in response.headers["Content-Disposition"]
    assert "Versie 1" in doc_text(response.data) and APPROVED_QUOTE in doc_text(response.data)
    assert "Version 2" in doc_text(client.get(links[0]).data)
    downloads = audit_events(db, "rapport_gedownload")
    assert [(e.actor_id, e.object_id) for e in downloads] == [(world.municipality.id, first),
                                                              (world.municipality.id, second)]


def test_a_release_stays_as_released_and_other_projects_cannot_reach_it(client, db, world):
    release = make_release(db, world.project, world.researcher, content=b"zoals vrijgegeven")
    other = make_release(db, world.other_project, world.outsider, content=b"ander project")
    sign_in(client, db, world.municipality)
    assert client.get(f"{BASE}/rapport/versies/{release.id}/lea-input.docx").data == b"zoals vrijgegeven"
    assert client.get(f"{BASE}/rapport/versies/{other.id}/lea-input.docx").status_code == 404


def test_download_names_never_carry_path_parts(db, world):
    from coding.reports import report_filename

    project = factories.make_project(db, slug="x")
    project.slug = "../../etc/passwd"
    name = report_filename(project, 3)
    assert name.startswith("lea-input-") and name.endswith("-versie-3.docx") and "/" not in name
