"""Released versions of the LEA report: the researcher releases; both the researcher and the municipality download."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from coding import releases
from coding.errors import CodingError
from coding.report_forms import ReleaseForm
from coding.report_views import send_docx
from coding.views import bp, found
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/rapport/versies")
@allow(Role.RESEARCHER, Role.MUNICIPALITY)
def release_list(slug):
    db = get_session()
    return render_template("coding/release_list.html", releases=releases.releases_of(db, g.project),
                           form=ReleaseForm())


@bp.route("/rapport/versies", methods=["POST"])
@allow(Role.RESEARCHER)
def release_create(slug):
    db = get_session()
    form = ReleaseForm()
    if not form.validate_on_submit():
        flash(_("Kies de taal van het rapport."), "error")
        return redirect(url_for(".release_list", slug=slug))
    try:
        release = releases.release_report(db, g.project, g.user, form.language.data)
    except CodingError as error:
        db.rollback()
        flash(str(error), "error")
        return redirect(url_for(".release_list", slug=slug))
    db.commit()
    flash(_("Versie %(n)d is vrijgegeven. De gemeente kan deze versie nu downloaden.", n=release.version), "success")
    return redirect(url_for(".release_list", slug=slug))


@bp.route("/rapport/versies/<int:release_id>/lea-input.docx")
@allow(Role.RESEARCHER, Role.MUNICIPALITY)
def release_download(slug, release_id):
    db = get_session()
    release = found(releases.release_for, db, g.project, release_id)
    content, name = releases.release_download(release, g.project)
    db.commit()
    return send_docx(content, name)
