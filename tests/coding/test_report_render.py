"""The Word file itself: contents list, page numbers, chart, agreement appendix, English and number formats."""

import io
from dataclasses import replace

from docx import Document
from docx.oxml.ns import qn
from flask_babel import force_locale

from coding.reports.data import AgreementFigure
from coding.reports.render_docx import render_docx
from tests.coding.test_lea_report import PLAIN, headings


def render(data, app=None, locale="nl"):
    if app is None:
        return Document(io.BytesIO(render_docx(data)))
    with app.app_context(), force_locale(locale):
        return Document(io.BytesIO(render_docx(data)))


def field_instructions(element) -> list[str]:
    return [node.text.strip() for node in element.iter(qn("w:instrText"))]


def test_contents_list_links_to_bookmarked_headings_with_page_fields():
    doc = render(PLAIN)
    lines = [p for p in doc.paragraphs if p.style.name in ("TOC 1", "TOC 2")]
    assert [p.text.strip() for p in lines][:3] == ["Samenvatting", "De thema's in één oogopslag", "Aanpak"]
    assert "Bevindingen: Wachttijden" in [p.text.strip() for p in lines]
    body = doc.element.body
    bookmarks = {b.get(qn("w:name")) for b in body.iter(qn("w:bookmarkStart"))}
    pagerefs = [i for i in field_instructions(body) if i.startswith("PAGEREF")]
    assert len(pagerefs) == len(lines) and {i.split()[1] for i in pagerefs} <= bookmarks
    assert doc.settings.element.find(qn("w:updateFields")).get(qn("w:val")) == "true"


def test_every_page_but_the_cover_has_a_page_number():
    section = render(PLAIN).sections[0]
    assert section.different_first_page_header_footer
    assert section.footer.paragraphs[0].text.startswith("Pagina")
    assert field_instructions(section.footer._element) == ["PAGE"]


def test_the_summary_has_a_bar_chart_image_with_a_description():
    doc = render(PLAIN)
    [picture] = doc.inline_shapes
    assert picture._inline.docPr.get("descr").startswith("Staafdiagram")
    blob = doc.part.related_parts[picture._inline.graphic.graphicData.pic.blipFill.blip.embed].blob
    assert blob[:8] == b"\x89PNG\r\n\x1a\n"


def test_agreement_appendix_says_not_measured_or_shows_the_figures():
    assert "Nog niet gemeten." in [p.text for p in render(PLAIN).paragraphs]
    measured = replace(PLAIN, agreement=(AgreementFigure("Ronde 1", "", 0.81234, 0.8, 0.9, 20),
                                         AgreementFigure("Ronde 1", "Wachttijden", None, 0.5, 0.75, 20)))
    rows = [[c.text for c in row.cells] for t in render(measured).tables for row in t.rows]
    assert ["Ronde 1", "Alle codes (gemiddeld)", "90%", "0,81", "0,80", "20"] in rows
    assert ["Ronde 1", "Wachttijden", "75%", "–", "0,50", "20"] in rows


def test_the_report_in_english_with_english_numbers_and_dates(app):
    big = replace(PLAIN, locale="en", interviews=1250,
                  participants_by_group={"ouder": 1200, "jongere": 48, "professional": 2})
    doc = render(big, app, "en")
    assert headings(doc, 1)[:2] == ["Summary", "Approach"]
    texts = [p.text for p in doc.paragraphs]
    assert "Conversations: 1,250" in texts and "Period: 1 March 2025 to 30 June 2025" in texts
    dutch = render(replace(big, locale="nl"), app, "nl")
    assert "Gesprekken: 1.250" in [p.text for p in dutch.paragraphs]
