"""Forms of the follow-up action pages."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, SelectField, StringField, TextAreaField
from wtforms.validators import Optional

from coding.actions import MAX_NOTE, MAX_WHAT, OWNERS, STATUSES, ActionInput
from research.forms import Form, choices

NO_THEME = ""


def _theme_id(value) -> str:
    return NO_THEME if value in (None, "") else str(value)


class ProgressForm(Form):
    """Status and progress: what the municipality may change on its own actions."""

    status = SelectField(_l("Status"), validate_choice=False)  # the service answers in plain words
    progress_note = TextAreaField(_l("Hoe staat het ervoor?"), validators=[Optional()],
                                  description=_l("Kort: wat is er gedaan, wat is de volgende stap?"),
                                  render_kw={"maxlength": MAX_NOTE})

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.status.choices = choices(STATUSES.items())


class ActionForm(ProgressForm):
    """Everything about an action: for the researcher."""

    what = StringField(_l("Wat gaat er gebeuren?"), validators=[Optional()], render_kw={"maxlength": MAX_WHAT},
                       description=_l("Bijvoorbeeld: de school vertelt ouders bij de start waar ze terechtkunnen."))
    owner = SelectField(_l("Wie doet het?"), validate_choice=False)
    due = DateField(_l("Klaar op"), validators=[Optional()], description=_l("Laat leeg als er nog geen datum is."))
    code_id = SelectField(_l("Bij welk thema hoort het?"), coerce=_theme_id, validate_choice=False)

    field_order = ("what", "owner", "due", "code_id", "status", "progress_note")

    def __init__(self, *args, themes=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.owner.choices = choices(OWNERS.items())
        self.code_id.choices = choices([(NO_THEME, _l("Geen thema")), *((t.id, t.name) for t in themes)])

    def action_input(self) -> ActionInput:
        theme = self.code_id.data
        return ActionInput(what=self.what.data or "", owner=self.owner.data or "", due=self.due.data,
                           status=self.status.data or "", progress_note=self.progress_note.data or "",
                           code_id=int(theme) if str(theme).isdigit() else (-1 if theme else None))
