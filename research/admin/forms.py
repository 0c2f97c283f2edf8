"""Forms for the admin."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, PasswordField, SelectField, StringField
from wtforms.validators import DataRequired, Email, Length

from research.forms import Form, choices
from research.roles import ROLE_LABELS, Role


class UserForm(Form):
    email = EmailField(_l("E-mailadres"), validators=[DataRequired(), Email(), Length(max=254)])
    display_name = StringField(_l("Naam"), validators=[Length(max=120)])
    site_role = SelectField(_l("Soort account"), choices=choices((r.value, ROLE_LABELS[r]) for r in Role))
    password = PasswordField(_l("Eerste wachtwoord"), validators=[DataRequired(), Length(max=500)])
