"""Forms of the agreement pages."""

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, IntegerField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, Length, NumberRange, Optional

from coding.agreement_rounds import MAX_SAMPLE
from research.forms import Form, choices


class RoundForm(Form):
    name = StringField(_l("Naam van de ronde"), validators=[DataRequired(), Length(max=120)],
                       description=_l("Bijvoorbeeld: Proefronde september."))
    coders = SelectMultipleField(_l("Wie coderen er?"), coerce=int, validate_choice=False,
                                 description=_l("Kies minstens twee onderzoekers, of één en het model."))
    include_model = BooleanField(_l("Laat het model meedoen als extra codeur"))
    size = IntegerField(_l("Aantal antwoorden"), default=20, validators=[Optional(), NumberRange(1, MAX_SAMPLE)])
    seed = IntegerField(_l("Startgetal voor de loting"), validators=[Optional(), NumberRange(0, 999_999_999)],
                        description=_l("Met hetzelfde startgetal krijgt u dezelfde antwoorden. "
                                       "Leeg laten: Wijkstem kiest een getal en bewaart het."))
    question_id = SelectField(_l("Alleen antwoorden op deze vraag"), coerce=str)
    only_uncoded = BooleanField(_l("Alleen antwoorden die nog geen codes hebben"), default=True,
                                description=_l("Zo kent niemand de codes al, ook het model niet."))
    answer_ids = TextAreaField(_l("Of kies zelf de antwoorden"), validators=[Optional(), Length(max=5000)],
                               description=_l("Nummers van antwoorden, gescheiden door komma's. Het nummer staat "
                                              "in de link van de pagina Antwoord coderen. Dan telt de loting niet."))

    def set_choices(self, researchers, questions):
        """Fill the coder and question choices."""
        self.coders.choices = choices((user.id, user.name) for user in researchers)
        self.question_id.choices = choices([("", _l("Alle vragen")), *questions])

    def values(self) -> dict:
        """The form's data as keyword arguments for create_round (answer numbers still as text)."""
        return {
            "name": self.name.data, "coder_ids": self.coders.data or [], "include_model": self.include_model.data,
            "size": self.size.data or 20, "seed": self.seed.data,
            "question_id": int(self.question_id.data) if self.question_id.data else None,
            "only_uncoded": self.only_uncoded.data,
        }


class JudgementForm(Form):
    """One coder's codes for one answer of a round (no code at all is allowed)."""

    codes = SelectMultipleField(_l("Codes"), coerce=int, validate_choice=False)
