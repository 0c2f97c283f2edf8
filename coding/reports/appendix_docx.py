"""The report's appendices in Word: the guide, the codebook and the agreement between coders. Pure."""

from babel.numbers import format_decimal, format_percent
from flask_babel import gettext as _

from coding.privacy import number
from coding.reports.data import ReportData
from coding.reports.docx_parts import add_labelled, add_table


def appendix_titles() -> set[str]:
    """The appendix chapter titles (the contents list leaves out their sections)."""
    return {_("Bijlage 1: De gespreksleidraad"), _("Bijlage 2: Het codeboek"),
            _("Bijlage 3: Overeenstemming tussen codeurs")}


def add_appendices(doc, data: ReportData):
    """Bijlage 1 (guide), 2 (codebook) and 3 (agreement)."""
    _guide(doc, data)
    _codebook(doc, data)
    _agreement(doc, data)


def _guide(doc, data):
    doc.add_heading(_("Bijlage 1: De gespreksleidraad"), level=1)
    if data.guide_title:
        doc.add_paragraph(data.guide_title)
    if not data.guide:
        doc.add_paragraph(_("Er is geen gespreksleidraad."))
    count = 0
    for section in data.guide:
        doc.add_heading(section.title, level=2)
        for question in section.questions:
            count += 1
            doc.add_paragraph(f"{count}. {question.text}")
            for probe in question.probes:
                doc.add_paragraph(_("Doorvragen: %(text)s", text=probe), style="List Bullet")


def _codebook(doc, data):
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
            add_labelled(doc, label, text.strip())


def _agreement(doc, data):
    doc.add_heading(_("Bijlage 3: Overeenstemming tussen codeurs"), level=1)
    doc.add_paragraph(_(
        "Twee onderzoekers codeerden een deel van de antwoorden apart van elkaar. Daarna vergeleken we hun "
        "codes. Overeenstemming is het deel van de antwoorden waarover zij het eens waren. Kappa en alpha "
        "zijn maten van 0 tot 1: hoe hoger, hoe beter zij het eens waren, los van toeval."
    ))
    if not data.agreement:
        doc.add_paragraph(_("Nog niet gemeten."))
        return
    add_table(doc, agreement_header(), agreement_rows(data))


def agreement_header() -> tuple:
    """The columns of the agreement table."""
    return (_("Ronde"), _("Code"), _("Overeenstemming"), _("Kappa"), _("Alpha"), _("Antwoorden"))


def agreement_rows(data: ReportData) -> list[tuple]:
    """One row per round and code, the round's average first; numbers written for the locale."""
    locale = data.locale
    return [
        (figure.round, figure.code or _("Alle codes (gemiddeld)"), agreement_percent(figure.agreement, locale),
         agreement_value(figure.kappa, locale), agreement_value(figure.alpha, locale), number(figure.units, locale))
        for figure in data.agreement
    ]


def agreement_value(value, locale) -> str:
    """A kappa with two decimals for the locale (0,82 or 0.82); a dash when unknown."""
    return "–" if value is None else format_decimal(value, format="0.00", locale=locale)


def agreement_percent(value, locale) -> str:
    """A share (0..1) as a whole percentage for the locale; a dash when unknown."""
    return "–" if value is None else format_percent(value, locale=locale)
