"""Forms of the capture screens, the personal links and the link pages. The services check the rules."""

import uuid

from flask import request
from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, HiddenField, IntegerField, TextAreaField
from wtforms.validators import Optional

from interviews.questions import TYPED_KINDS
from research.forms import Form


def new_client_id() -> str:
    """A fresh id for one save; a form carries it so a double submit is recognised."""
    return str(uuid.uuid4())


def posted_text(question, form) -> str:
    """The answer as posted: the typed text or number, or the chosen options one per line (a choice question)."""
    if question.kind in TYPED_KINDS:
        return form.text.data or ""
    return "\n".join(request.form.getlist("choice"))


def posted_save() -> tuple[str, int | None, str | None] | None:
    """(text, base version, client id) of the autosave script's post; None when it cannot be read.

    Read without WTForms: this runs for every autosave of every tablet (CSRFProtect has checked the token).
    """
    version = request.form.get("version", "").strip()
    if version and not version.isdigit():
        return None
    return request.form.get("text", ""), int(version) if version else None, request.form.get("client_id") or None


class SaveForm(Form):
    """One answer: the text, the version it was based on, and the id of this save."""

    text = TextAreaField(_l("Antwoord"))
    version = IntegerField(validators=[Optional()])
    client_id = HiddenField()
    go = HiddenField(default="volgende")


class LinkForm(Form):
    end_date = DateField(
        _l("De link werkt tot en met"), validators=[Optional()],
        description=_l("Na deze dag werkt de link niet meer. Ook als het gesprek klaar is, stopt de link."),
    )


class LinkConsentForm(Form):
    """The participant's own consent; the page words each box for who must tick it."""

    agree_participant = BooleanField()
    agree_parent = BooleanField()
    quotes_allowed = BooleanField()
    contact_allowed = BooleanField()

    def agreed(self) -> set[str]:
        """Who ticked their box: deelnemer and/or ouder."""
        return {who for who, box in (("deelnemer", self.agree_participant), ("ouder", self.agree_parent)) if box.data}
