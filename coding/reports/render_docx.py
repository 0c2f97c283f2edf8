"""Render ReportData as a Word document (.docx). Pure: plain data in, bytes out; no Flask, no database.

Text goes through gettext so the report can be translated; counts go through coding.privacy.
"""

from io import BytesIO

from babel.dates import format_date
from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from flask_babel import gettext as _
from flask_babel import ngettext

from coding.privacy import is_small, shown_count, shown_reach, shown_split
from coding.reports.data import ReportData, Theme, all_groups, group_label, speaker_label

BAR_WIDTH = 20


def render_docx(data: ReportData) -> bytes:
    """The LEA input report as .docx bytes."""
    doc = Document()
    _set_up(doc, data)
    _cover(doc, data)
    _summary(doc, data)
    _approach(doc, data)
    for theme in data.themes:
        _theme_chapter(doc, theme)
    _recommendations(doc, data)
    _appendix_guide(doc, data)
    _appendix_codebook(doc, data)
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _set_up(doc, data):
    props = doc.core_properties
    props.title = _("LEA-input: %(name)s", name=data.project_name)
    props.author, props.language = "Wijkstem", data.locale
    props.comments = _("Gemaakt met Wijkstem")
    lang = OxmlElement("w:lang")
    lang.set(qn("w:val"), _language_tag(data.locale))
    doc.styles["Normal"].element.get_or_add_rPr().append(lang)


def _language_tag(locale: str) -> str:
    return {"nl": "nl-NL", "en": "en-GB"}.get(locale, locale)


def _date(value, locale) -> str:
    return format_date(value, format="long", locale=locale) if value else ""


def _paragraphs(doc, text: str, empty: str):
    """The researcher's text, one Word paragraph per blank-line-separated block."""
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n") if block.strip()]
    for block in blocks or [empty]:
        doc.add_paragraph(block)


def _table(doc, header, rows):
    table = doc.add_table(rows=1, cols=len(header))
    table.style = doc.styles["Table Grid"]
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(str(text)).bold = True
    for row in rows:
        for cell, text in zip(table.add_row().cells, row, strict=True):
            cell.text = str(text)
    doc.add_paragraph()
    return table


def _cover(doc, data):
    doc.add_paragraph(data.project_name, style="Title")
    doc.add_paragraph(_("LEA-input"), style="Subtitle")
    doc.add_paragraph(_("Input voor de Lokale Educatieve Agenda"))
    if data.municipality:
        doc.add_paragraph(_("Gemeente: %(name)s", name=data.municipality))
    if data.wijk:
        doc.add_paragraph(_("Wijk: %(name)s", name=data.wijk))
    if data.period_start or data.period_end:
        doc.add_paragraph(_("Periode: %(start)s tot en met %(end)s", start=_date(data.period_start, data.locale),
                            end=_date(data.period_end, data.locale)))
    doc.add_paragraph(_("Datum: %(date)s", date=_date(data.made_on, data.locale)))
    doc.add_paragraph(_("Gemaakt met Wijkstem"))
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _summary(doc, data):
    doc.add_heading(_("Samenvatting"), level=1)
    _paragraphs(doc, data.summary, _("De onderzoeker heeft nog geen samenvatting geschreven."))
    if not data.themes:
        return
    doc.add_heading(_("De thema's in één oogopslag"), level=2)
    doc.add_paragraph(_("Hoeveel deelnemers over elk thema vertelden. Een langere balk betekent meer deelnemers."))
    most = max((t.participants for t in data.themes), default=0)
    rows = [(t.name, shown_count(t.participants), _bar(t.participants, most)) for t in data.themes]
    _table(doc, (_("Thema"), _("Deelnemers"), ""), rows)


def _bar(count: int, most: int) -> str:
    """A bar of block characters; none for a small count, so its length gives nothing away."""
    if is_small(count) or most <= 0:
        return ""
    return "█" * max(1, round(BAR_WIDTH * count / most))


def _approach(doc, data):
    doc.add_heading(_("Aanpak"), level=1)
    doc.add_paragraph(_(
        "Dit is een participatief actieonderzoek. Dat betekent dat mensen uit de wijk zelf meedoen. "
        "Sleutelfiguren zijn bewoners die veel mensen in de wijk kennen. Zij hielden de gesprekken met "
        "ouders, jongeren en professionals, met een vaste lijst vragen: de gespreksleidraad."
    ))
    if data.question:
        doc.add_paragraph(_("De onderzoeksvraag was: %(question)s", question=data.question))
    _reach(doc, data)
    doc.add_paragraph(_(
        "Daarna lazen onderzoekers alle antwoorden. Zij gaven stukken tekst een thema uit het codeboek. "
        "Per thema tellen we hoeveel deelnemers erover vertelden. Elke deelnemer telt één keer per thema."
    ))
    doc.add_paragraph(_("Aantallen kleiner dan 5 tonen we niet, zodat niemand herkenbaar is. Soms laten we "
                        "daarom ook een tweede aantal weg."))
    _guide_sentence(doc, data)


def _reach(doc, data):
    """How many key figures, conversations and participants (by group and by wijk)."""
    doc.add_paragraph(_("Sleutelfiguren die gesprekken hielden: %(n)s", n=data.key_figures), style="List Bullet")
    doc.add_paragraph(_("Gesprekken: %(n)s", n=data.interviews), style="List Bullet")
    doc.add_paragraph(_("Deelnemers: %(n)s", n=shown_count(data.participants)), style="List Bullet")
    by_group = shown_reach(data.participants, all_groups(data.participants_by_group))
    _count_table(doc, _("Groep"), *by_group, group_label)
    _count_table(doc, _("Wijk"), *shown_reach(data.participants, data.participants_by_wijk), str)


def _count_table(doc, heading, shown_total, shown, label):
    rows = [(label(key), count) for key, count in shown.items()]
    _table(doc, (heading, _("Deelnemers")), [*rows, (_("Totaal"), shown_total)])


def _guide_sentence(doc, data):
    if not data.guide:
        return
    titles = ", ".join(section.title for section in data.guide)
    doc.add_paragraph(ngettext(
        "De gespreksleidraad had %(num)d onderdeel: %(titles)s. Alle vragen staan in bijlage 1.",
        "De gespreksleidraad had %(num)d onderdelen: %(titles)s. Alle vragen staan in bijlage 1.",
        len(data.guide), titles=titles,
    ))


def _theme_chapter(doc, theme: Theme):
    doc.add_heading(_("Bevindingen: %(name)s", name=theme.name), level=1)
    _paragraphs(doc, theme.definition, _("Bij dit thema staat nog geen omschrijving."))
    doc.add_heading(_("Hoeveel deelnemers vertelden hierover?"), level=2)
    _count_table(doc, _("Groep"), *shown_split(theme.participants, all_groups(theme.by_group)), group_label)
    if theme.subthemes:
        doc.add_heading(_("Subthema's"), level=2)
        for sub in theme.subthemes:
            text = _("%(name)s (deelnemers: %(count)s)", name=sub.name, count=shown_count(sub.participants))
            doc.add_paragraph(text + (f": {sub.definition}" if sub.definition else ""), style="List Bullet")
    doc.add_heading(_("Wat deelnemers zeiden"), level=2)
    for quote in theme.quotes:
        doc.add_paragraph(f"“{quote.text}” ({speaker_label(quote.group)})", style="Quote")
    if not theme.quotes:
        doc.add_paragraph(_("Bij dit thema zijn (nog) geen citaten goedgekeurd."))
    doc.add_heading(_("Aanbevelingen"), level=2)
    _paragraphs(doc, theme.recommendation, _("Bij dit thema zijn nog geen aanbevelingen geschreven."))


def _recommendations(doc, data):
    doc.add_heading(_("Verbeterpunten en aanbevelingen"), level=1)
    written = [theme for theme in data.themes if theme.recommendation.strip()]
    if not written:
        doc.add_paragraph(_("Er zijn nog geen aanbevelingen geschreven."))
    for theme in written:
        doc.add_heading(theme.name, level=2)
        _paragraphs(doc, theme.recommendation, "")


def _appendix_guide(doc, data):
    doc.add_heading(_("Bijlage 1: De gespreksleidraad"), level=1)
    if not data.guide:
        doc.add_paragraph(_("Er is geen gespreksleidraad."))
    number = 0
    for section in data.guide:
        doc.add_heading(section.title, level=2)
        for question in section.questions:
            number += 1
            doc.add_paragraph(f"{number}. {question.text}")
            for probe in question.probes:
                doc.add_paragraph(_("Doorvragen: %(text)s", text=probe), style="List Bullet")


def _appendix_codebook(doc, data):
    doc.add_heading(_("Bijlage 2: Het codeboek"), level=1)
    if not data.themes:
        doc.add_paragraph(_("Het codeboek is nog leeg."))
    for theme in data.themes:
        doc.add_heading(theme.name, level=2)
        _code_rules(doc, theme)
        for sub in theme.subthemes:
            doc.add_heading(sub.name, level=3)
            _code_rules(doc, sub)


def _code_rules(doc, code):
    parts = (
        (_("Omschrijving"), code.definition),
        (_("Wel bij dit thema"), code.include_rule),
        (_("Niet bij dit thema"), code.exclude_rule),
        (_("Voorbeelden"), code.examples),
    )
    for label, text in parts:
        if text.strip():
            paragraph = doc.add_paragraph()
            paragraph.add_run(f"{label}: ").bold = True
            paragraph.add_run(text.strip())
