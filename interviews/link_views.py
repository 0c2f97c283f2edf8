"""The researcher or key figure makes a personal link (with a QR code) for one participant, or stops it."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from interviews import links, participants
from interviews.capture_forms import LinkForm
from interviews.errors import InterviewError
from interviews.forms import ConfirmForm
from interviews.language_warning import language_warning
from interviews.views import bp, show_error
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/deelnemers/<int:participant_id>/link", methods=["GET", "POST"])
@allow(Role.KEY_FIGURE, Role.RESEARCHER)
def link_create(slug, participant_id):
    db = get_session()
    participant = participants.participant_for(db, g.project, g.user, g.role, participant_id)
    form = LinkForm(end_date=links.default_end_date())
    made = None
    if form.validate_on_submit():
        try:
            link, token = links.create_link(db, g.project, g.user, participant, form.end_date.data)
        except InterviewError as error:
            show_error(form, error)
        else:
            audit.record("link_gemaakt", project_id=g.project.id, object_type="participant", object_id=participant.id,
                         detail=f"persoonlijke link {link.id}, geldig tot {link.expires_at:%Y-%m-%d}")
            db.commit()
            made = _made(link, token)
            _warn_language(db, participant)
    made_links = links.links_of(db, participant)
    return render_template("interviews/link_create.html", form=form, participant=participant, made=made,
                           links=made_links, state_of=links.state_of, stop_form=ConfirmForm(),
                           has_open=any(links.state_of(link) == "" for link in made_links))


def _warn_language(db, participant) -> None:
    warning = language_warning(db, g.project, participant, g.role == Role.RESEARCHER)
    if warning:
        flash(warning, "warning")


def _made(link, token) -> dict:
    # The token exists only now: the database keeps its hash, so this page is the one place it is shown.
    url = url_for("links.link_open", token=token, _external=True)
    return {"link": link, "url": url, "qr": links.qr_data_uri(url)}


@bp.route("/deelnemers/<int:participant_id>/link/stoppen", methods=["POST"])
@allow(Role.KEY_FIGURE, Role.RESEARCHER)
def link_revoke(slug, participant_id):
    db = get_session()
    participant = participants.participant_for(db, g.project, g.user, g.role, participant_id)
    if ConfirmForm().validate_on_submit():
        stopped = links.revoke_links(db, participant)
        audit.record("link_gestopt", project_id=g.project.id, object_type="participant", object_id=participant.id,
                     detail=f"{stopped} persoonlijke link(s) gestopt")
        db.commit()
        flash(_("De link werkt niet meer."), "success")
    return redirect(url_for(".link_create", slug=slug, participant_id=participant.id))
