"""Forms for the guide, participants, consent and capture. The services check the domain rules."""

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
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
from research.forms import choices

REQUIRED = _l("Vul dit veld in.")
TOO_LONG = _l("Gebruik hoogstens %(max)d tekens.")


class SectionForm(FlaskForm):
    title = StringField(
        _l("Titel van het thema"), validators=[DataRequired(REQUIRED), Length(max=200, message=TOO_LONG)],
    )
    intro = TextAreaField(
        _l("Inleiding (mag leeg blijven)"),
        description=_l("Wat de sleutelfiguur zegt of weet voordat de vragen van dit thema beginnen."),
        validators=[Optional(), Length(max=2000, message=TOO_LONG)],
    )


class QuestionForm(FlaskForm):
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


class MoveForm(FlaskForm):
    direction = HiddenField(validators=[DataRequired(), AnyOf(("up", "down"))])


class ConfirmForm(FlaskForm):
    """A form with only the CSRF token, for buttons that change data."""


class ParticipantForm(FlaskForm):
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


class ConsentForm(FlaskForm):
    letter_version = StringField(
        _l("Versie van de informatiebrief"), default=DEFAULT_LETTER_VERSION,
        validators=[DataRequired(REQUIRED), Length(max=40, message=TOO_LONG)],
    )
    takes_part = BooleanField(_l("De deelnemer doet mee aan het gesprek (nodig om te beginnen)"))
    quotes_allowed = BooleanField(_l("Citaten zonder naam mogen in het rapport"))
    audio_allowed = BooleanField(
        _l("Geluidsopname"), description=_l("Dit kan nog niet in Wijkstem."), render_kw={"disabled": True},
    )
    given_by = RadioField(
        _l("Wie geeft toestemming?"), choices=choices(GIVEN_BY_LABELS.items()), validate_choice=False,
        validators=[DataRequired(_l("Kies wie toestemming geeft."))],
    )


class AnswerForm(FlaskForm):
    text = TextAreaField(_l("Antwoord"))
    version = IntegerField(validators=[Optional()])
    go = HiddenField(default="volgende")
