"""Render ReportData as a Word document (.docx). Pure: plain data in, bytes out; no Flask app, no database.

Text goes through gettext (the caller forces the report's locale), counts through coding.privacy and
numbers and dates through Babel. Real heading styles feed Word's navigation pane and the contents list.
"""

from io import BytesIO

from babel.dates import format_date
from docx import Document
from docx.enum.text import WD_BREAK
from docx.shared import Inches
from flask_babel import gettext as _
from flask_babel import ngettext

from coding.privacy import number
from coding.reports.actions_docx import add_actions
from coding.reports.appendix_docx import add_appendices, appendix_titles
from coding.reports.chart import Bar, chart_png
from coding.reports.check_docx import add_checks
from coding.reports.data import ReportData, group_label, speaker_label
from coding.reports.docx_contents import add_contents, fill_contents
from coding.reports.docx_parts import (
    StyledDocument,
    add_page_numbers,
    add_paragraphs,
    add_table,
    ask_to_update_fields,
    set_language,
)
from coding.reports.rounds_docx import add_round_comparison
from coding.reports.shown import ShownReport, ShownTheme, reach_rows, shown_report

CHART_WIDTH = Inches(6.3)
DATE_LOCALES = {"en": "en_GB"}


def render_docx(data: ReportData) -> bytes:
    """The LEA input report as .docx bytes."""
    doc = StyledDocument(Document())
    shown = shown_report(data)
    _set_up(doc, data)
    _cover(doc, data)
    contents = add_contents(doc, _("Inhoud"))
    _page_break(doc)
    _summary(doc, data, shown)
    _approach(doc, data, shown)
    for theme in shown.themes:
        _theme_chapter(doc, theme)
    _recommendations(doc, data)
    add_actions(doc, data)
    add_checks(doc, data)
    add_round_comparison(doc, data, data.themes)
    add_appendices(doc, data)
    fill_contents(doc, contents, only_chapters=appendix_titles())
    buffer = BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _set_up(doc, data):
    props = doc.core_properties
    props.title = _("LEA-input: %(name)s", name=data.project_name)
    props.author, props.language = "Wijkstem", data.locale
    props.comments = _("Gemaakt met Wijkstem")
    set_language(doc, {"nl": "nl-NL", "en": "en-GB"}.get(data.locale, data.locale))
    ask_to_update_fields(doc)
    add_page_numbers(doc, _("Pagina"))


def _date(value, locale) -> str:
    """A long date for the report's locale; British English for English (the report goes to Dutch readers)."""
    return format_date(value, format="long", locale=DATE_LOCALES.get(locale, locale)) if value else ""


def _page_break(doc):
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


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
    if data.version is None:
        doc.add_paragraph(_("Concept: deze versie is nog niet vrijgegeven."))
    else:
        doc.add_paragraph(_("Versie %(n)s", n=number(data.version, data.locale)))
    doc.add_paragraph(_("Gemaakt met Wijkstem"))
    _page_break(doc)


def _summary(doc, data, shown: ShownReport):
    doc.add_heading(_("Samenvatting"), level=1)
    add_paragraphs(doc, shown.summary, _("De onderzoeker heeft nog geen samenvatting geschreven."))
    if not data.themes:
        return
    doc.add_heading(_("De thema's in één oogopslag"), level=2)
    doc.add_paragraph(_("Hoeveel deelnemers over elk thema vertelden. Een langere balk betekent meer deelnemers. "
                        "Bij minder dan 5 deelnemers tekenen we geen balk."))
    _chart(doc, data, shown)
    rows = [(theme.theme.name, theme.total) for theme in shown.themes]
    add_table(doc, (_("Thema"), _("Deelnemers")), rows)


def _chart(doc, data, shown: ShownReport):
    bars = [Bar(theme.theme.name, theme.theme.participants, theme.theme.colour, theme.total, theme.has_bar)
            for theme in shown.themes]
    png = chart_png(bars, _("Aantal deelnemers"), data.locale)
    doc.add_picture(BytesIO(png), width=CHART_WIDTH)
    doc.inline_shapes[-1]._inline.docPr.set("descr", _("Staafdiagram: aantal deelnemers per thema."))
    doc.add_paragraph(_("Figuur 1: aantal deelnemers per thema."), style="Caption")


def _approach(doc, data, shown: ShownReport):
    doc.add_heading(_("Aanpak"), level=1)
    doc.add_paragraph(_(
        "Dit is een participatief actieonderzoek. Dat betekent dat mensen uit de wijk zelf meedoen. "
        "Sleutelfiguren zijn bewoners die veel mensen in de wijk kennen. Zij hielden de gesprekken met "
        "ouders, jongeren en professionals, met een vaste lijst vragen: de gespreksleidraad."
    ))
    if data.question:
        doc.add_paragraph(_("De onderzoeksvraag was: %(question)s", question=data.question))
    if data.period_start and data.period_end:
        doc.add_paragraph(_("De gesprekken vonden plaats van %(start)s tot en met %(end)s.",
                            start=_date(data.period_start, data.locale), end=_date(data.period_end, data.locale)))
    _reach(doc, data, shown)
    doc.add_paragraph(_(
        "Daarna lazen onderzoekers alle antwoorden. Zij gaven stukken tekst een thema uit het codeboek. "
        "Per thema tellen we hoeveel deelnemers erover vertelden. Elke deelnemer telt één keer per thema."
    ))
    doc.add_paragraph(_("Aantallen kleiner dan 5 tonen we niet, zodat niemand herkenbaar is. Soms laten we "
                        "daarom ook een tweede aantal weg."))
    _guide_sentence(doc, data)


def _reach(doc, data, shown: ShownReport):
    """How many key figures, conversations and participants (by group and by wijk)."""
    talks, people = shown.interviews, shown.participants
    doc.add_paragraph(_("Sleutelfiguren die gesprekken hielden: %(n)s", n=number(data.key_figures, data.locale)),
                      style="List Bullet")
    doc.add_paragraph(_("Gesprekken: %(n)s", n=talks.total), style="List Bullet")
    doc.add_paragraph(_("Deelnemers: %(n)s", n=people.total), style="List Bullet")
    doc.add_heading(_("Gesprekken per groep en per wijk"), level=2)
    _reach_table(doc, _("Groep"), reach_rows(talks.by_group, people.by_group, group_label), talks, people)
    _reach_table(doc, _("Wijk"), reach_rows(talks.by_wijk, people.by_wijk, str), talks, people)


def _reach_table(doc, heading, rows, talks, people):
    add_table(doc, (heading, _("Gesprekken"), _("Deelnemers")), [*rows, (_("Totaal"), talks.total, people.total)])


def _guide_sentence(doc, data):
    if not data.guide:
        return
    titles = ", ".join(section.title for section in data.guide)
    doc.add_paragraph(ngettext(
        "De gespreksleidraad had %(num)d onderdeel: %(titles)s. Alle vragen staan in bijlage 1.",
        "De gespreksleidraad had %(num)d onderdelen: %(titles)s. Alle vragen staan in bijlage 1.",
        len(data.guide), titles=titles,
    ))


def _theme_chapter(doc, shown: ShownTheme):
    theme = shown.theme
    doc.add_heading(_("Bevindingen: %(name)s", name=theme.name), level=1)
    add_paragraphs(doc, theme.definition, _("Bij dit thema staat nog geen omschrijving."))
    doc.add_heading(_("Hoeveel deelnemers vertelden hierover?"), level=3)
    rows = [(group_label(group), count) for group, count in shown.by_group.items()]
    add_table(doc, (_("Groep"), _("Deelnemers")), [*rows, (_("Totaal"), shown.total)])
    if shown.subthemes:
        doc.add_heading(_("Subthema's"), level=3)
        for name, count, definition in shown.subthemes:
            text = _("%(name)s (deelnemers: %(count)s)", name=name, count=count)
            doc.add_paragraph(text + (f": {definition}" if definition else ""), style="List Bullet")
    doc.add_heading(_("Wat deelnemers zeiden"), level=3)
    for quote in theme.quotes:
        doc.add_paragraph(f"“{quote.text}” ({speaker_label(quote.group)})", style="Quote")
    if not theme.quotes:
        doc.add_paragraph(_("Bij dit thema zijn (nog) geen citaten goedgekeurd."))


def _recommendations(doc, data):
    doc.add_heading(_("Verbeterpunten en aanbevelingen"), level=1)
    doc.add_paragraph(_("De onderzoekers schreven per thema wat gemeente en scholen kunnen verbeteren."))
    written = [theme for theme in data.themes if theme.recommendation.strip()]
    if not written:
        doc.add_paragraph(_("Er zijn nog geen aanbevelingen geschreven."))
    for theme in written:
        doc.add_heading(theme.name, level=2)
        add_paragraphs(doc, theme.recommendation, "")
