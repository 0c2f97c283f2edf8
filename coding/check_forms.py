"""Forms of the member-check pages (toetsen in de wijk)."""

from flask_babel import lazy_gettext as _l
from wtforms import SelectField, StringField, TextAreaField
from wtforms.validators import Optional

from coding.check_rounds import MAX_STATEMENT, MAX_TITLE, GivenAnswer
from interviews.translations import TARGET_LANGUAGES
from research.forms import Form, choices

NO_THEME = ""


class RoundForm(Form):
    """A new check round: only its name."""

    title = StringField(_l("Naam van de toetsronde"), validators=[Optional()], render_kw={"maxlength": MAX_TITLE},
                        description=_l("Bijvoorbeeld: Toetsen met sleutelfiguren, voorjaar."))


class StatementForm(Form):
    """A statement made from a theme, with optional translations."""

    code_id = SelectField(_l("Bij welk thema hoort de stelling?"), validate_choice=False)
    text = TextAreaField(_l("Stelling"), validators=[Optional()], render_kw={"maxlength": MAX_STATEMENT, "rows": 2},
                         description=_l("Kort en in eenvoudige woorden. Bijvoorbeeld: Ouders willen via school "
                                        "horen waar ze terechtkunnen."))

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.code_id.choices = choices([(NO_THEME, _l("Geen thema")), *((t.id, t.name) for t in themes)])

    def theme_id(self) -> int | None:
        value = self.code_id.data or ""
        return int(value) if str(value).isdigit() else (-1 if value else None)


def translation_fields(form_data) -> dict:
    """The statement's translations from the form (text_en, text_tr, ...)."""
    return {lang: form_data.get(f"text_{lang}", "") for lang in TARGET_LANGUAGES}


def given_answers(form_data, statements) -> list[GivenAnswer]:
    """Per statement the posted choice (keuze_<id>) and comment (opmerking_<id>)."""
    return [GivenAnswer(s.id, form_data.get(f"keuze_{s.id}", ""), form_data.get(f"opmerking_{s.id}", ""))
            for s in statements]


class ActionOnlyForm(Form):
    """A button that changes something (open, close, remove): only the CSRF token."""
