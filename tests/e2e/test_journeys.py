"""The four foundation journeys, in real Chromium against the server `make run` starts, as a new user would."""

import io
import re

import pytest
from docx import Document
from sqlmodel import select

from coding.models import Code, Coding, Segment
from interviews.models import Answer, Interview, Participant
from research.models import Membership, Project
from tests.e2e.conftest import log_in

pytestmark = pytest.mark.e2e


def click(page, name):
    """Press a button that submits a form, and wait for the page it leads to."""
    with page.expect_navigation():
        page.get_by_role("button", name=name, exact=True).first.click()


def test_journey_1_researcher_creates_project_guide_and_invites(tablet, browser, live_server, live_db):
    page = tablet
    log_in(page, "onderzoeker@demo.wijkstem.nl")
    page.get_by_role("link", name="Nieuw project").click()
    page.get_by_label("Naam van het onderzoek").fill("Opgroeien in Palenstein")
    page.get_by_label("Gemeente").fill("Zoetermeer")
    page.get_by_label("Wijk", exact=True).fill("Palenstein")
    page.get_by_label("Letters voor de deelnemercodes").fill("PA")
    click(page, "Project maken")
    assert page.get_by_role("heading", name="Opgroeien in Palenstein").is_visible()

    page.get_by_role("navigation", name="Projectmenu").get_by_role("link", name="Gespreksleidraad").click()
    page.get_by_role("link", name="Thema toevoegen").click()
    page.get_by_label("Titel van het thema").fill("Opvoeden in de wijk")
    click(page, "Opslaan")
    page.get_by_role("link", name="Vraag toevoegen").first.click()
    page.get_by_label("Vraag", exact=True).fill("Wat vindt u fijn aan opgroeien in Palenstein?")
    page.get_by_label("Doorvraagvragen").fill("Kunt u een voorbeeld geven?\nWat mist u?")
    page.get_by_label("Notitie voor de sleutelfiguur").fill("Laat stiltes vallen.")
    click(page, "Opslaan")
    body = page.content()
    assert "Wat vindt u fijn aan opgroeien in Palenstein?" in body and "Wat mist u?" in body

    invitation_links = []
    for email, role in (("nieuwe.sleutel@wijk.nl", "Sleutelfiguur"), ("ambtenaar@zoetermeer.nl", "Gemeente")):
        page.get_by_role("navigation", name="Projectmenu").get_by_role("link", name="Leden").click()
        page.get_by_label("E-mailadres").fill(email)
        page.get_by_label("Rol in dit project").select_option(label=role)
        click(page, "Uitnodigen")
        invitation_links.append(page.get_by_label("Uitnodigingslink").input_value())

    newcomer = browser.new_context(base_url=live_server).new_page()
    newcomer.goto(invitation_links[0])
    newcomer.get_by_label("Kies een wachtwoord").fill("fietsen-in-de-wijk-42")
    newcomer.get_by_label("Herhaal het wachtwoord").fill("fietsen-in-de-wijk-42")
    click(newcomer, "Account maken")
    assert newcomer.get_by_role("link", name="Opgroeien in Palenstein").is_visible()
    newcomer.context.close()

    project = live_db.exec(select(Project).where(Project.name == "Opgroeien in Palenstein")).one()
    roles = sorted(live_db.exec(select(Membership.role).where(Membership.project_id == project.id)))
    assert roles == ["onderzoeker", "sleutelfiguur"]  # the municipality has not accepted yet


def test_journey_2_key_figure_holds_an_interview_on_a_tablet(tablet, live_db):
    page = tablet
    log_in(page, "sleutelfiguur@demo.wijkstem.nl")
    page.goto("/p/seghwaert/deelnemers/nieuw")
    assert page.get_by_label(re.compile("naam", re.I)).count() == 0  # no name field anywhere
    page.get_by_label("Ouder", exact=True).check()
    page.get_by_label("26 tot en met 40 jaar").check()
    page.get_by_label("Wijk").fill("Seghwaert")
    click(page, "Inschrijven")
    code = re.search(r"SG-\d{3}", page.content()).group(0)
    assert "/toestemming" in page.url  # registering leads straight to consent
    page.get_by_label("De deelnemer doet mee aan het gesprek (nodig om te beginnen)").check()
    page.get_by_label("Citaten zonder naam mogen in het rapport").check()
    page.get_by_label("De deelnemer zelf").check()
    click(page, "Toestemming vastleggen")
    click(page, "Gesprek beginnen")

    answers = ["De speeltuin bij de school is fijn, daar zie ik andere moeders.",
               "Ik praat met de juf, die ken ik al lang."]
    for text in answers:
        assert page.locator(".question-text").first.is_visible()
        page.locator("textarea#text").fill(text)  # labelled by the question itself
        with page.expect_navigation():  # the next question, before typing the next answer
            page.get_by_role("button", name=re.compile("^Volgende")).click()
    page.reload()  # a reload keeps the place and the answers
    page.wait_for_load_state()
    participant = live_db.exec(select(Participant).where(Participant.code == code)).one()
    interview = live_db.exec(select(Interview).where(Interview.participant_id == participant.id)).one()
    stored = sorted(a.text for a in live_db.exec(select(Answer).where(Answer.interview_id == interview.id)))
    assert stored == sorted(answers)

    page.goto(f"/p/seghwaert/gesprekken/{interview.id}/afronden")
    page.get_by_role("button", name="Gesprek afronden", exact=True).first.click()
    # The tablet first sends anything still waiting, then submits; wait for the thank-you page.
    page.wait_for_url(re.compile(rf"/gesprekken/{interview.id}$"))
    assert "Het gesprek is afgerond" in page.content()
    live_db.expire_all()
    assert live_db.get(Interview, interview.id).status == "afgerond"


def test_journey_3_researcher_codes_a_span_and_sees_it_per_theme(tablet, live_db):
    page = tablet
    log_in(page, "onderzoeker@demo.wijkstem.nl")
    page.goto("/p/seghwaert/codeboek")
    page.get_by_role("link", name="Nieuw thema").first.click()
    page.get_by_label("Naam").fill("Sport en bewegen")
    page.get_by_label("Omschrijving").fill("Sporten, buiten spelen en bewegen in de wijk.")
    click(page, "Opslaan")
    assert page.get_by_text("Sport en bewegen").first.is_visible()

    page.goto("/p/seghwaert/coderen?toon=open")
    page.get_by_role("link", name=re.compile(r"^SG-\d{3}$")).first.click()
    answer_id = int(re.search(r"/coderen/(\d+)", page.url).group(1))
    text = live_db.get(Answer, answer_id).text
    words = text.split()
    fragment = " ".join(words[:4])
    # Select the first words with the mouse, as a researcher would.
    box = page.locator("#answer-text")
    box.click(position={"x": 2, "y": 8})
    page.evaluate("""(n) => {
        const node = document.getElementById('answer-text');
        const range = document.createRange();
        const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
        const first = walker.nextNode();
        range.setStart(first, 0); range.setEnd(first, n);
        const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(range);
        node.dispatchEvent(new MouseEvent('mouseup', {bubbles: true}));
    }""", len(fragment))
    assert page.get_by_label("Fragment").input_value().strip() == fragment
    page.get_by_label("Sport en bewegen").check()
    click(page, "Codeer dit fragment")
    assert page.locator("mark").filter(has_text=fragment).count() >= 1

    code = live_db.exec(select(Code).where(Code.name == "Sport en bewegen")).one()
    segment = live_db.exec(select(Segment).join(Coding).where(Coding.code_id == code.id)).one()
    assert (segment.start, segment.end, segment.text) == (0, len(fragment), fragment)
    page.goto(f"/p/seghwaert/codeboek/{code.id}")
    assert fragment in page.content()


def test_journey_4_municipality_sees_counts_and_downloads_the_report(tablet, live_db):
    page = tablet
    log_in(page, "onderzoeker@demo.wijkstem.nl")  # the municipality downloads released versions only
    page.goto("/p/seghwaert/rapport/versies")
    with page.expect_navigation():  # each step reads the page it led to, not one half loaded
        page.get_by_role("button", name="Geef deze versie vrij").click()
    assert "is vrijgegeven" in page.content()
    with page.expect_navigation():
        page.get_by_role("button", name="Uitloggen").click()
    log_in(page, "gemeente@demo.wijkstem.nl")
    with page.expect_navigation():
        page.get_by_role("link", name=re.compile("Zoeter-Meer|Seghwaert")).first.click()
    with page.expect_navigation():
        page.get_by_role("navigation", name="Projectmenu").get_by_role("link", name="Bevindingen").click()
    page.wait_for_load_state()
    html = page.content()
    assert "Drempel om hulp te vragen" in html
    assert not re.search(r"SG-\d{3}", html), "participant codes must not reach the municipality"
    raw = live_db.exec(select(Answer)).first().text
    assert raw[:60] not in html
    with page.expect_navigation():  # from the findings to the released versions
        page.get_by_role("link", name=re.compile("Download")).first.click()
    with page.expect_download() as download_info:
        page.get_by_role("link", name=re.compile("Download")).first.click()
    with open(download_info.value.path(), "rb") as handle:
        document = Document(io.BytesIO(handle.read()))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert "Samenvatting" in headings and "Aanpak" in headings
    assert any("Drempel om hulp te vragen" in h for h in headings)
    assert page.goto("/p/seghwaert/coderen").status == 403
