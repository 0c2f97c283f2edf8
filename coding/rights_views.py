"""A participant's rights, for the researcher: download everything as JSON, or erase it."""

import json

from flask import Response, abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from coding.errors import NotFound
from coding.rights import erase_participant, participant_in_project, participant_record
from coding.views import bp
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


def _participant(participant_id):
    try:
        return participant_in_project(get_session(), g.project, participant_id)
    except NotFound:
        abort(404)


@bp.route("/deelnemers/<int:participant_id>/gegevens.json")
@allow(Role.RESEARCHER)
def participant_export(slug, participant_id):
    db = get_session()
    participant = _participant(participant_id)
    record = participant_record(db, participant)
    audit.record("deelnemer_geexporteerd", project_id=g.project.id, object_type="participant",
                 object_id=participant.id)
    db.commit()
    body = json.dumps(record, ensure_ascii=False, indent=2)
    headers = {"Content-Disposition": f"attachment; filename=deelnemer-{participant.code}.json"}
    return Response(body, mimetype="application/json", headers=headers)


@bp.route("/deelnemers/<int:participant_id>/wissen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def participant_erase(slug, participant_id):
    from flask import request

    db = get_session()
    participant = _participant(participant_id)
    if request.method == "GET":
        return render_template("coding/participant_erase.html", participant=participant)
    code = participant.code
    counts = erase_participant(db, participant)
    audit.record("deelnemer_gewist", project_id=g.project.id, object_type="participant", object_id=participant_id,
                 detail=", ".join(f"{table}: {n}" for table, n in sorted(counts.items())))
    db.commit()
    flash(_("Alle gegevens van %(code)s zijn gewist.", code=code), "success")
    return redirect(url_for("interviews.participant_list", slug=slug))
