"""The quote check: the project's own list of identifying names, and highlighting risky words on quote pages."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from coding import pii
from coding.errors import CodingError
from coding.pii_terms import KINDS, save_terms, terms_of
from coding.quotes import quote_risks
from coding.report_forms import PiiTermsForm
from coding.views import bp, show_error
from research.access import allow
from research.db import get_session
from research.roles import Role

RISK_LABELS = {
    pii.PHONE: _l("telefoonnummer"), pii.EMAIL: _l("e-mailadres"), pii.POSTCODE: _l("postcode"),
    pii.STREET: _l("adres"), pii.BSN: _l("BSN"), pii.IBAN: _l("rekeningnummer (IBAN)"),
    pii.TERM: _l("naam uit de lijst van dit project"), pii.NAME: _l("voornaam"),
}


def pii_pieces(text: str) -> list[tuple[str, str]]:
    """Template helper: (piece, why it is risky or "") for the text, checked against rules and name lists."""
    pieces = pii.risk_pieces(text or "", quote_risks(get_session(), g.project, text or ""))
    return [(piece, str(RISK_LABELS[risk.kind]) if risk else "") for piece, risk in pieces]


bp.add_app_template_global(pii_pieces, "pii_pieces")


@bp.route("/rapport/namen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def pii_terms_edit(slug):
    db = get_session()
    current = terms_of(db, g.project)
    form = PiiTermsForm(**{kind: "\n".join(current.get(kind, [])) for kind in KINDS})
    if form.validate_on_submit():
        try:
            count = save_terms(db, g.project, {kind: getattr(form, kind).data for kind in KINDS})
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De lijst met namen is opgeslagen (%(n)d namen).", n=count), "success")
            return redirect(url_for(".pii_terms_edit", slug=slug))
    return render_template("coding/pii_terms_edit.html", form=form)
