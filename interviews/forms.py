"""Forms for the guide, participants, consent and capture. The services check the domain rules."""

from uuid import uuid4

from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import BooleanField, HiddenField, IntegerField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import AnyOf, DataRequired, Length, Optional

from interviews.models import AGE_BANDS, GROUPS
from interviews.participants import (
    AGE_BAND_LABELS,
    DEFAULT_LETTER_VERSION,
    GIVEN_BY_LABELS,
    GROUP_LABELS,
    LANGUAGE_LABELS,
)
from interviews.questions import KIND_LABELS
from research.forms import Form, choices

REQUIRED = _l("Vul dit veld in.")
TOO_LONG = _l("Gebruik hoogstens %(max)d tekens.")


def optional_int(value) -> int | None:
    """A select value as a number, or None for "no choice"."""
    try:
        return int(value) if value not in (None, "", "None") else None
    except (TypeError, ValueError):
        return None


class SectionForm(Form):
    title = StringField(
        _l("Titel van het thema"), validators=[DataRequired(REQUIRED), Length(max=200, message=TOO_LONG)],
    )
    intro = TextAreaField(
        _l("Inleiding (mag leeg blijven)"),
        description=_l("Wat de sleutelfiguur zegt of weet voordat de vragen van dit thema beginnen."),
        validators=[Optional(), Length(max=2000, message=TOO_LONG)],
    )


class QuestionForm(Form):
    text = TextAreaField(_l("Vraag"), validators=[DataRequired(REQUIRED), Length(max=2000, message=TOO_LONG)])
    probes = TextAreaField(
        _l("Doorvraagvragen"),
        description=_l("Eén doorvraagvraag per regel. Bijvoorbeeld: Kunt u een voorbeeld geven?"),
        validators=[Optional()],
    )
    note = TextAreaField(
        _l("Notitie voor de sleutelfiguur"),
        description=_l("Alleen de sleutelfiguur ziet dit, de deelnemer niet."),
        validators=[Optional(), Length(max=2000, message=TOO_LONG)],
    )
    kind = RadioField(
        _l("Soort vraag"), choices=choices(KIND_LABELS.items()), default="open", validate_choice=False,
    )
    options = TextAreaField(
        _l("Antwoorden om uit te kiezen"),
        description=_l("Alleen bij 'Eén antwoord kiezen' of 'Meer antwoorden kiezen'. Eén antwoord per regel."),
        validators=[Optional()],
    )
    show_if_question = SelectField(
        _l("Wanneer stelt de sleutelfiguur deze vraag?"), coerce=optional_int,
        validate_choice=False,
    )
    show_if_values = TextAreaField(
        _l("Bij welk antwoord op die vraag?"),
        description=_l("Eén antwoord per regel, zoals het bij die vraag staat. Bijvoorbeeld: Ja"),
        validators=[Optional()],
    )


class ImportForm(Form):
    file = FileField(
        _l("XLSForm-bestand (.xlsx of .xls)"),
        description=_l("Bijvoorbeeld uit KoboToolbox of ODK. Hoogstens 5 MB."),
        validators=[FileRequired(_l("Kies een bestand."))],
    )


class ReviewForm(Form):
    status = RadioField(
        _l("Oordeel"), validate_choice=False, validators=[DataRequired(_l("Kies goedgekeurd of aandacht nodig."))],
        choices=choices((("goedgekeurd", _l("Goedgekeurd: dit gesprek gaat door naar het coderen")),
                         ("aandacht", _l("Aandacht nodig: de sleutelfiguur kijkt er nog naar")))),
    )
    comment = TextAreaField(
        _l("Opmerking voor de sleutelfiguur"),
        description=_l("De sleutelfiguur ziet dit bij het gesprek. Schrijf geen namen op."),
        validators=[Optional(), Length(max=2000, message=TOO_LONG)],
    )


class MoveForm(Form):
    direction = HiddenField(validators=[DataRequired(), AnyOf(("up", "down"))])


class ConfirmForm(Form):
    """A form with only the CSRF token, for buttons that change data."""


class ParticipantForm(Form):
    # A fresh id per form: posting the same form twice registers one participant, not two.
    request_id = HiddenField(default=lambda: uuid4().hex)
    # validate_choice=False: the service checks the value, so a missing choice gets one clear message.
    group = RadioField(
        _l("Groep"), choices=choices((g, GROUP_LABELS[g]) for g in GROUPS), validate_choice=False,
        validators=[DataRequired(_l("Kies een groep."))],
    )
    age_band = RadioField(
        _l("Leeftijd"), choices=choices((a, AGE_BAND_LABELS[a]) for a in AGE_BANDS), validate_choice=False,
        validators=[DataRequired(_l("Kies een leeftijd."))],
    )
    wijk = StringField(_l("Wijk"), validators=[Optional(), Length(max=120, message=TOO_LONG)])
    language = SelectField(
        _l("Taal van het gesprek"), choices=choices(LANGUAGE_LABELS.items()), default="nl", validate_choice=False,
    )


class ConsentForm(Form):
    letter_version = StringField(
        _l("Versie van de informatiebrief"), default=DEFAULT_LETTER_VERSION,
        validators=[DataRequired(REQUIRED), Length(max=40, message=TOO_LONG)],
    )
    takes_part = BooleanField(_l("De deelnemer doet mee aan het gesprek (nodig om te beginnen)"))
    quotes_allowed = BooleanField(_l("Citaten zonder naam mogen in het rapport"))
    contact_allowed = BooleanField(_l("We mogen de deelnemer later vragen of de uitkomst klopt"))
    audio_allowed = BooleanField(
        _l("Geluidsopname"), description=_l("Dit kan nog niet in Wijkstem."), render_kw={"disabled": True},
    )
    given_by = RadioField(
        _l("Wie geeft toestemming?"), choices=choices(GIVEN_BY_LABELS.items()), validate_choice=False,
        validators=[DataRequired(_l("Kies wie toestemming geeft."))],
    )


class AnswerForm(Form):
    text = TextAreaField(_l("Antwoord"))
    version = IntegerField(validators=[Optional()])
    go = HiddenField(default="volgende")
