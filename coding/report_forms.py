"""Forms of the report, quote-check and exchange pages."""

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import SelectField, SubmitField, TextAreaField
from wtforms.validators import Length, Optional

from coding.pii_terms import KINDS
from research.forms import Form, choices

LANGUAGE_CHOICES = [("nl", _l("Nederlands")), ("en", _l("Engels"))]


class ReleaseForm(Form):
    """Release the report as it is now, in one language."""

    language = SelectField(_l("Taal van het rapport"), choices=choices(LANGUAGE_CHOICES), default="nl")
    submit = SubmitField(_l("Geef deze versie vrij"))


class ReportSettingsForm(Form):
    """The theme and quote choices are read from the posted checkboxes and numbers (they vary per project)."""

    submit = SubmitField(_l("Instellingen opslaan"))


class PiiTermsForm(Form):
    """The project's own names that can identify someone, one per line."""

    wijk = TextAreaField(KINDS["wijk"], validators=[Optional(), Length(max=20_000)],
                         description=_l("Bijvoorbeeld buurten, straten of pleinen. Eén naam per regel."))
    school = TextAreaField(KINDS["school"], validators=[Optional(), Length(max=20_000)],
                           description=_l("Scholen en kinderopvang in en rond de wijk. Eén naam per regel."))
    organisatie = TextAreaField(KINDS["organisatie"], validators=[Optional(), Length(max=20_000)],
                                description=_l("Wijkteam, sportclub, moskee, buurthuis. Eén naam per regel."))
    submit = SubmitField(_l("Namen opslaan"))


class QdpxImportForm(Form):
    """A REFI-QDA project file (.qdpx) from another coding program."""

    file = FileField(_l("Projectbestand (.qdpx)"), validators=[FileRequired(_l("Kies een .qdpx-bestand."))],
                     description=_l("Uit bijvoorbeeld ATLAS.ti, MAXQDA, NVivo of QualCoder."))
    submit = SubmitField(_l("Inlezen"))
