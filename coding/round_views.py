"""Rounds of the action cycle: see the rounds of a project, start the next one, compare with the one before."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from coding import rounds
from coding.errors import CodingError
from coding.reports.gather import gather_report
from coding.round_compare import CHANGE_LABELS, actions_done, compare_themes
from coding.views import bp
from interviews.forms import ConfirmForm
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/rondes")
@allow(Role.RESEARCHER)
def round_show(slug):
    db = get_session()
    data = gather_report(db, g.project, with_appendix=False)
    before = data.round_before
    changes = compare_themes(before, data.themes, data.participants) if before else ()
    return render_template("coding/round_show.html", form=ConfirmForm(), data=data, before=before,
                           changes=changes, labels=CHANGE_LABELS,
                           done=actions_done(before.actions) if before else (0, 0),
                           previous=rounds.previous_round_of(db, g.project),
                           following=rounds.next_round_of(db, g.project),
                           suggested=rounds.next_round_name(g.project)[0])


@bp.route("/rondes/volgende", methods=["POST"])
@allow(Role.RESEARCHER)
def round_start(slug):
    db = get_session()
    if not ConfirmForm().validate_on_submit():
        flash(_("Het formulier is verlopen. Probeer het opnieuw."), "error")
        return redirect(url_for(".round_show", slug=slug))
    try:
        new = rounds.start_next_round(db, g.project, g.user)
    except CodingError as error:
        db.rollback()
        flash(str(error), "error")
        return redirect(url_for(".round_show", slug=slug))
    db.commit()
    flash(_("Ronde %(n)d is begonnen. De vragen, het codeboek en het team zijn overgenomen.", n=new.round_number),
          "success")
    return redirect(url_for(".round_show", slug=new.slug))
