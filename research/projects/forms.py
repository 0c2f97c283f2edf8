"""Forms for projects and members."""

from flask_babel import lazy_gettext as _l
from wtforms import DateField, EmailField, SelectField, StringField, TextAreaField
from wtforms.validators import DataRequired, Email, Length, Optional, Regexp

from research.forms import Form, choices
from research.roles import ROLE_LABELS, Role


class ProjectForm(Form):
    name = StringField(_l("Naam van het onderzoek"), validators=[DataRequired(), Length(max=200)])
    slug = StringField(
        _l("Korte naam (voor de link)"),
        description=_l("Kleine letters, cijfers en streepjes. Leeg laten mag."),
        validators=[Optional(), Length(max=60)],
    )
    municipality = StringField(_l("Gemeente"), validators=[DataRequired(), Length(max=120)])
    wijk = StringField(_l("Wijk"), validators=[DataRequired(), Length(max=120)])
    question = TextAreaField(_l("Onderzoeksvraag"), validators=[Optional(), Length(max=2000)])
    code_prefix = StringField(
        _l("Letters voor de deelnemercodes"),
        default="WS",
        validators=[DataRequired(), Regexp(r"^[A-Z]{2,4}$", message=_l("Gebruik 2 tot 4 hoofdletters."))],
    )
    period_start = DateField(_l("Begindatum"), validators=[Optional()])
    period_end = DateField(_l("Einddatum"), validators=[Optional()])
    retention_until = DateField(
        _l("Bewaren tot"),
        description=_l("Na deze datum wist Wijkstem de antwoorden en deelnemercodes. De tellingen blijven bewaard."),
        validators=[Optional()],
    )


class InviteForm(Form):
    email = EmailField(_l("E-mailadres"), validators=[DataRequired(), Email(), Length(max=254)])
    role = SelectField(
        _l("Rol in dit project"),
        choices=choices((r.value, ROLE_LABELS[r]) for r in (Role.KEY_FIGURE, Role.MUNICIPALITY, Role.RESEARCHER)),
    )
