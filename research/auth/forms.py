"""Log-in and account forms."""

from flask_babel import lazy_gettext as _l
from wtforms import EmailField, PasswordField, StringField
from wtforms.validators import DataRequired, Email, EqualTo, Length

from research.forms import Form


class LoginForm(Form):
    email = EmailField(_l("E-mailadres"), validators=[DataRequired(), Length(max=254)])
    password = PasswordField(_l("Wachtwoord"), validators=[DataRequired(), Length(max=500)])


class AcceptInvitationForm(Form):
    display_name = StringField(_l("Uw naam (voor collega's)"), validators=[Length(max=120)])
    password = PasswordField(_l("Kies een wachtwoord"), validators=[DataRequired(), Length(max=500)])
    confirm = PasswordField(
        _l("Herhaal het wachtwoord"),
        validators=[DataRequired(), EqualTo("password", message=_l("De wachtwoorden zijn niet gelijk."))],
    )


class EmailOnlyForm(Form):
    email = EmailField(_l("E-mailadres"), validators=[DataRequired(), Email(), Length(max=254)])
