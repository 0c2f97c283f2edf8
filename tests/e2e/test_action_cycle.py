"""The action cycle (issue 12), in real Chromium against the server `make run` starts, as its users would:
a member check from opening to the report, a follow-up action done by the municipality, and a second round
compared with the first.

The live server and its demo database are shared by every e2e test, so each journey uses its own titles and
touches nothing another test relies on.
"""

import re
import uuid
from datetime import date

import pytest
from docx import Document
from playwright.sync_api import expect
from sqlmodel import select

from coding.cycle_models import CheckAnswer, CheckRound, CheckStatement, FollowUpAction
from coding.models import Code, ReportRelease
from interviews.models import Guide, Interview, Question, Section
from research.models import AuditEvent, Membership, Project, User
from tests.e2e.conftest import TABLET, log_in

pytestmark = pytest.mark.e2e

SLUG = "seghwaert"
RESEARCHER = "onderzoeker@demo.wijkstem.nl"
KEY_FIGURE = "sleutelfiguur@demo.wijkstem.nl"
MUNICIPALITY = "gemeente@demo.wijkstem.nl"
THEME = "Drempel om hulp te vragen"  # a theme of the demo codebook
SUPPRESSED = "minder dan 5"


def click(page, name):
    """Press a button that submits a form, and wait for the page it leads to."""
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).first.click()


def follow(page, name, within=None):
    """Follow a link (in a menu when `within` names it), and wait for the page it leads to."""
    place = page.get_by_role("navigation", name=within, exact=True) if within else page
    with page.expect_navigation():
        place.get_by_role("link", name=name, exact=True).first.click()


def tag() -> str:
    return uuid.uuid4().hex[:8]


@pytest.fixture
def person(browser, live_server):
    """Log someone in on a tablet of their own: `person(email)` gives their page."""
    contexts = []

    def open_for(email):
        context = browser.new_context(viewport=TABLET, base_url=live_server, locale="nl-NL")
        contexts.append(context)
        page = context.new_page()
        log_in(page, email)
        return page

    yield open_for
    for context in contexts:
        context.close()


def release_version(page) -> int:
    """Release the report of the open project through its pages; the version number the page confirms."""
    follow(page, "Rapport", within="Projectmenu")
    follow(page, "Versies", within="Rapport")
    click(page, "Geef deze versie vrij")
    confirmed = re.search(r"Versie (\d+) is vrijgegeven", page.content())
    assert confirmed, "the release page confirms the new version"
    return int(confirmed.group(1))


def document_texts(document) -> list[str]:
    """Every text of a Word file: paragraphs, table cells, headers and footers."""
    texts = [p.text for p in document.paragraphs]
    texts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    for section in document.sections:
        texts += [p.text for p in section.header.paragraphs + section.footer.paragraphs]
    return texts


def test_member_check_round_from_opening_to_the_released_report(tablet, person, live_db):
    mark = tag()
    title = f"Toetsen met sleutelfiguren {mark}"
    statement = f"Ouders vragen pas hulp als ze iemand kennen die ze vertrouwen ({mark})."
    comment = f"Dat zie ik elke ochtend bij de moeders op het schoolplein, kenmerk {mark}."

    researcher = tablet
    log_in(researcher, RESEARCHER)
    researcher.goto(f"/p/{SLUG}/")
    follow(researcher, "Toetsen", within="Projectmenu")
    researcher.get_by_label("Naam van de toetsronde").fill(title)
    click(researcher, "Toetsronde maken")
    assert researcher.get_by_role("heading", name=title).is_visible()
    researcher.get_by_label("Bij welk thema hoort de stelling?").select_option(label=THEME)
    researcher.get_by_label("Stelling", exact=True).fill(statement)
    click(researcher, "Stelling toevoegen")
    assert researcher.get_by_role("listitem").filter(has_text=statement).filter(has_text=f"({THEME})").count() == 1
    click(researcher, "Toetsronde openen")
    assert "De toetsronde is open" in researcher.content()

    key_figure = person(KEY_FIGURE)
    key_figure.goto(f"/p/{SLUG}/")
    follow(key_figure, "Toetsen", within="Projectmenu")
    follow(key_figure, title)
    key_figure.get_by_role("group", name="Ik ben").get_by_label("Ouder", exact=True).check()
    question = key_figure.get_by_role("group", name=statement)
    question.get_by_label("Herken ik", exact=True).check()
    question.get_by_label("Opmerking (mag leeg blijven)").fill(comment)
    key_figure.get_by_role("button", name="Antwoorden opslaan").click()  # through the tablet's send queue
    expect(key_figure.locator("#check-notice")).to_have_text("Dank u wel. Uw antwoorden zijn opgeslagen.")

    check = live_db.exec(select(CheckRound).where(CheckRound.title == title)).one()
    stored = live_db.exec(select(CheckStatement).where(CheckStatement.round_id == check.id)).one()
    theme = live_db.get(Code, stored.code_id)
    assert (stored.text, theme.name) == (statement, THEME)
    answer = live_db.exec(select(CheckAnswer).where(CheckAnswer.statement_id == stored.id)).one()
    assert (answer.choice, answer.group, answer.comment) == ("herken_ik", "ouder", comment)

    # The researcher reads the result (one answer: no number, only "minder dan 5") with the comment, and closes.
    researcher.reload()
    table = researcher.get_by_role("table", name="Antwoorden op deze stelling")
    cells = table.get_by_role("cell").all_inner_texts()
    assert cells and all(cell.strip() == SUPPRESSED for cell in cells)
    assert researcher.get_by_role("listitem").filter(has_text=comment).is_visible()
    click(researcher, "Toetsronde sluiten")
    assert "De toetsronde is gesloten" in researcher.content()
    live_db.expire_all()
    assert live_db.get(CheckRound, check.id).status == "gesloten"
    version = release_version(researcher)

    municipality = person(MUNICIPALITY)
    municipality.goto(f"/p/{SLUG}/")
    follow(municipality, "Bevindingen", within="Projectmenu")
    follow(municipality, "Download het LEA-rapport (Word)")
    row = municipality.get_by_role("row").filter(has=municipality.get_by_role("cell", name=str(version), exact=True))
    with municipality.expect_download() as download_info:
        row.get_by_role("link", name="Download (Word)").click()
    document = Document(download_info.value.path())

    headings = [(p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert ("Heading 1", "Getoetst in de wijk") in headings
    assert headings.index(("Heading 2", title)) > headings.index(("Heading 1", "Getoetst in de wijk"))
    tables = [t for t in document.tables if any(row.cells[0].text == statement for row in t.rows)]
    assert len(tables) == 1
    header = [cell.text for cell in tables[0].rows[0].cells]
    assert header == ["Stelling", "Herken ik", "Herken ik deels", "Herken ik niet", "Wie antwoordden", "Totaal"]
    (row,) = [[cell.text for cell in r.cells] for r in tables[0].rows if r.cells[0].text == statement]
    for cell in row[1:]:  # one answer: every count is below 5, so none is shown as a number
        assert SUPPRESSED in cell
        assert not re.search(r"\d", cell.replace(SUPPRESSED, "")), cell
    assert not any(comment in text or f"kenmerk {mark}" in text for text in document_texts(document)), \
        "the key figure's comment is for the researcher only"


def test_follow_up_action_from_planned_to_done_by_the_municipality(tablet, person, live_db):
    what = f"De gemeente opent een inloopspreekuur in de bibliotheek ({tag()})."
    note = "Het spreekuur draait sinds september, elke woensdagochtend."

    researcher = tablet
    log_in(researcher, RESEARCHER)
    researcher.goto(f"/p/{SLUG}/")
    follow(researcher, "Vervolgacties", within="Projectmenu")
    follow(researcher, "Nieuwe vervolgactie")
    researcher.get_by_label("Wat gaat er gebeuren?").fill(what)
    researcher.get_by_label("Wie doet het?").select_option(label="Gemeente")
    researcher.get_by_label("Klaar op").fill("2026-10-01")
    researcher.get_by_label("Bij welk thema hoort het?").select_option(label=THEME)
    researcher.get_by_label("Status").select_option(label="Gepland")
    click(researcher, "Opslaan")
    assert "De vervolgactie is opgeslagen" in researcher.content()
    action = live_db.exec(select(FollowUpAction).where(FollowUpAction.what == what)).one()
    assert (action.owner, action.status, action.due) == ("gemeente", "gepland", date(2026, 10, 1))
    assert live_db.get(Code, action.code_id).name == THEME

    municipality = person(MUNICIPALITY)
    municipality.goto(f"/p/{SLUG}/")
    follow(municipality, "Vervolgacties", within="Projectmenu")
    row = municipality.get_by_role("row").filter(has_text=what)
    assert "Gepland" in row.inner_text() and THEME in row.inner_text()
    with municipality.expect_navigation():
        row.get_by_role("link", name=re.compile("^Bijwerken")).click()
    municipality.get_by_label("Status").select_option(label="Gedaan")
    municipality.get_by_label("Hoe staat het ervoor?").fill(note)
    click(municipality, "Opslaan")
    assert "De vervolgactie is bijgewerkt" in municipality.content()

    live_db.expire_all()
    action = live_db.get(FollowUpAction, action.id)
    assert (action.status, action.progress_note) == ("gedaan", note)
    official = live_db.exec(select(User).where(User.email == MUNICIPALITY)).one()
    events = live_db.exec(select(AuditEvent).where(AuditEvent.action == "vervolgactie_gewijzigd",
                                                   AuditEvent.object_id == str(action.id))).all()
    assert len(events) == 1
    assert events[0].actor_id == official.id and "gedaan" in events[0].detail

    follow(researcher, "Vervolgacties", within="Projectmenu")
    row = researcher.get_by_role("row").filter(has_text=what)
    assert "Gedaan" in row.inner_text() and note in row.inner_text()


def questions_of(db, project) -> list[tuple[str, str]]:
    query = (select(Question.key, Question.text).join(Section, Question.section_id == Section.id)
             .join(Guide, Section.guide_id == Guide.id).where(Guide.project_id == project.id)
             .order_by(Section.position, Question.position))
    return list(db.exec(query))


def codes_in(db, project) -> list[str]:
    return sorted(db.exec(select(Code.name).where(Code.project_id == project.id)))


def test_second_round_is_compared_with_the_first(tablet, live_db, tmp_path):
    # Round 1 is a project of its own, read in from the demo's export: starting a next round copies the team,
    # and the demo's key figure and municipality must keep one Seghwaert project for the other tests.
    mark = tag()
    name = f"Seghwaert herhaald {mark}"
    researcher = tablet
    log_in(researcher, RESEARCHER)
    researcher.goto(f"/p/{SLUG}/")
    follow(researcher, "Rapport", within="Projectmenu")
    follow(researcher, "Exporteren en importeren", within="Rapport")
    with researcher.expect_download() as download_info:
        researcher.get_by_role("link", name="Het hele project (REFI-QDA, .qdpx)").click()
    export = tmp_path / "seghwaert.qdpx"
    download_info.value.save_as(export)

    researcher.goto("/")
    follow(researcher, "Nieuw project")
    researcher.get_by_label("Naam van het onderzoek").fill(name)
    researcher.get_by_label("Gemeente").fill("Zoetermeer")
    researcher.get_by_label("Wijk", exact=True).fill("Seghwaert")
    researcher.get_by_label("Letters voor de deelnemercodes").fill("SH")
    click(researcher, "Project maken")
    first = live_db.exec(select(Project).where(Project.name == name)).one()
    follow(researcher, "Rapport", within="Projectmenu")
    follow(researcher, "Exporteren en importeren", within="Rapport")
    researcher.get_by_label("Projectbestand (.qdpx)").set_input_files(export)
    click(researcher, "Inlezen")
    assert "Ingelezen:" in researcher.content()

    for what, status in ((f"Spreekuur op school ({mark})", "Gedaan"), (f"Folder in vijf talen ({mark})", "Bezig")):
        follow(researcher, "Vervolgacties", within="Projectmenu")
        follow(researcher, "Nieuwe vervolgactie")
        researcher.get_by_label("Wat gaat er gebeuren?").fill(what)
        researcher.get_by_label("Wie doet het?").select_option(label="School")
        researcher.get_by_label("Bij welk thema hoort het?").select_option(label=THEME)
        researcher.get_by_label("Status").select_option(label=status)
        click(researcher, "Opslaan")
        assert "De vervolgactie is opgeslagen" in researcher.content()
    version = release_version(researcher)

    from coding.releases import latest_release, release_data  # imported after the app: releases <-> reports

    live_db.expire_all()
    released = release_data(latest_release(live_db, first))
    assert released.version == version and released.participants >= 5
    interviews_before = len(live_db.exec(select(Interview.id).where(Interview.project_id == first.id)).all())
    releases_before = len(live_db.exec(select(ReportRelease.id).where(ReportRelease.project_id == first.id)).all())

    follow(researcher, "Rondes", within="Projectmenu")
    assert "Dit is ronde 1 van het onderzoek." in researcher.content()
    click(researcher, f"Begin {name} – ronde 2")
    assert "Ronde 2 is begonnen" in researcher.content()
    assert re.search(rf"/p/{re.escape(first.slug)}-ronde-2/rondes$", researcher.url), researcher.url
    assert "Dit is ronde 2 van het onderzoek." in researcher.content()
    assert researcher.get_by_role("link", name="Naar ronde 1").is_visible()
    assert researcher.get_by_role("heading", name="Vergelijking met ronde 1").is_visible()
    assert f"We vergelijken met versie {version} van het rapport van ronde 1." in researcher.content()
    table = researcher.get_by_role("region", name="Thema's per ronde").get_by_role("table")
    headers = table.get_by_role("columnheader").all_inner_texts()
    assert [h.strip() for h in headers] == ["Thema", "Ronde 1", "Ronde 2", "Verandering"]
    shown = {}
    for row in table.get_by_role("row").all()[1:]:
        cells = [c.strip() for c in row.get_by_role("cell").all_inner_texts()]
        shown[cells[0]] = cells[1]
    for theme in released.themes:  # every theme of round 1, with its count as the round-1 report showed it
        assert shown[theme.name] == (str(theme.participants) if theme.participants >= 5 else SUPPRESSED), theme.name
    assert shown[THEME].isdigit()  # a theme many people named keeps its number
    assert "Van de 2 vervolgacties uit ronde 1 zijn er 1 gedaan." in researcher.content()

    live_db.expire_all()
    second = live_db.exec(select(Project).where(Project.previous_round_id == first.id)).one()
    assert (second.round_number, second.slug) == (2, f"{first.slug}-ronde-2")
    assert questions_of(live_db, second) == questions_of(live_db, first) != []
    assert codes_in(live_db, second) == codes_in(live_db, first) != []
    team = sorted(live_db.exec(select(Membership.user_id, Membership.role).where(Membership.project_id == second.id)))
    assert team == sorted(live_db.exec(select(Membership.user_id, Membership.role)
                                       .where(Membership.project_id == first.id)))
    # Round 1 keeps its own conversations and releases; round 2 starts empty.
    assert len(live_db.exec(select(Interview.id).where(Interview.project_id == first.id)).all()) == interviews_before
    assert len(live_db.exec(select(ReportRelease.id).where(ReportRelease.project_id == first.id)).all()) \
        == releases_before
    assert live_db.exec(select(Interview.id).where(Interview.project_id == second.id)).all() == []
    assert live_db.get(Project, first.id).round_number == 1
