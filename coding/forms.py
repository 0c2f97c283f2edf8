"""Forms of the coding pages."""

from flask import request
from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectField, SelectMultipleField, StringField, SubmitField, TextAreaField
from wtforms.validators import DataRequired, Length, Optional

from coding.colours import PALETTE
from research.forms import Form, choices

NO_PARENT = ""


def _id_text(value) -> str:
    """Select values are text; an empty parent means a top-level theme."""
    return NO_PARENT if value in (None, "") else str(value)


class CodeForm(Form):
    name = StringField(_l("Naam"), validators=[DataRequired(), Length(max=120)])
    parent_id = SelectField(_l("Hoort bij thema"), coerce=_id_text,
                            description=_l("Kies een thema om hiervan een subthema te maken."))
    colour = SelectField(_l("Kleur"))
    definition = TextAreaField(_l("Omschrijving"), validators=[Optional(), Length(max=4000)],
                               description=_l("Wat betekent dit thema? Schrijf het in gewone woorden."))
    include_rule = TextAreaField(_l("Wel bij dit thema"), validators=[Optional(), Length(max=4000)],
                                 description=_l("Wanneer geeft u een stuk tekst deze code?"))
    exclude_rule = TextAreaField(_l("Niet bij dit thema"), validators=[Optional(), Length(max=4000)],
                                 description=_l("Wanneer juist niet? Noem het thema dat dan wel past."))
    examples = TextAreaField(_l("Voorbeelden"), validators=[Optional(), Length(max=4000)])
    keywords = TextAreaField(_l("Zoekwoorden"), validators=[Optional(), Length(max=2000)],
                             description=_l("Eén woord of woordgroep per regel."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if kwargs.get("obj") is None and not self.is_submitted():
            self.prefill(request.args)

    def prefill(self, args):
        """A new code may start from the query string: "maak hier een thema van" sends ?naam=…&zoekwoorden=…."""
        self.name.data = self.name.data or (args.get("naam") or "").strip()[:120]
        self.keywords.data = self.keywords.data or (args.get("zoekwoorden") or "").strip()[:2000]

    def set_choices(self, themes, current_colour=None):
        """Fill the parent and colour choices: top-level themes, and the palette."""
        self.parent_id.choices = choices([(NO_PARENT, _l("Geen: dit is een hoofdthema")),
                                          *((t.id, t.name) for t in themes)])
        palette = dict(PALETTE)
        if current_colour and current_colour not in palette:
            palette[current_colour] = _l("Eigen kleur")
        self.colour.choices = choices(palette.items())

    def values(self) -> dict:
        """The form's data as keyword arguments for create_code/update_code."""
        data = {key: value for key, value in self.data.items() if key != "csrf_token"}
        data["parent_id"] = int(data["parent_id"]) if data["parent_id"] else None
        return data


class CodingForm(Form):
    """Code a span: JS fills start/end from the selection; without JS the fragment is pasted."""

    start = HiddenField()
    end = HiddenField()
    fragment = TextAreaField(
        _l("Fragment"),
        validators=[Optional(), Length(max=20_000)],
        description=_l("Selecteer tekst in het antwoord, of plak hier precies het stuk tekst dat u wilt coderen."),
    )
    codes = SelectMultipleField(_l("Codes"), coerce=int, validate_choice=False)


class RemoveCodingForm(Form):
    code_id = HiddenField()


class QuoteForm(Form):
    text = TextAreaField(_l("Tekst van het citaat"), validators=[DataRequired(), Length(max=4000)],
                         description=_l("Haal namen, plaatsen en andere herkenbare details weg. "
                                        "E-mailadressen, telefoonnummers en postcodes halen we zelf weg."))
    code_id = HiddenField()
    save = SubmitField(_l("Opslaan"))
    approve = SubmitField(_l("Opslaan en goedkeuren"))
    withdraw = SubmitField(_l("Goedkeuring intrekken"))


class ReportForm(Form):
    summary = TextAreaField(_l("Samenvatting"), validators=[Optional(), Length(max=20_000)],
                            description=_l("De belangrijkste bevindingen in een paar korte alinea's. "
                                           "Laat een witregel tussen alinea's. Schrijf {deelnemers}, {ouders}, "
                                           "{jongeren}, {professionals} of {gesprekken} waar een aantal moet "
                                           "staan. Wijkstem vult het aantal in zoals de tabellen het tonen: "
                                           "kleine aantallen blijven verborgen."))


def report_form(themes, **kwargs) -> ReportForm:
    """A report form with a recommendation field per top-level theme, named `rec_<code id>`."""

    class ThemedReportForm(ReportForm):
        pass

    for theme in themes:
        field = TextAreaField(theme.name, validators=[Optional(), Length(max=8000)], default=theme.recommendation)
        setattr(ThemedReportForm, f"rec_{theme.id}", field)
    return ThemedReportForm(**kwargs)
