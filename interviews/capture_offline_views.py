"""The offline page (new participant, consent, the whole conversation on the tablet) and what it sends later.

The page is kept on the tablet at log-in. Its script queues what the key figure does; the queue posts it
here when there is a network, one entry at a time, each with the tablet's id (so a resend is harmless).
"""

from flask import g, jsonify, render_template, request
from flask_babel import gettext as _

from interviews import capture_offline, guides, participants
from interviews.answers import AnswerConflict
from interviews.capture_forms import posted_save
from interviews.errors import InterviewError
from interviews.forms import ConsentForm, ParticipantForm
from interviews.views import bp
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role

PARTICIPANT_FIELDS = ("group", "age_band", "wijk", "language")


@bp.route("/offline/gesprek")
@allow(Role.KEY_FIGURE)
def offline_capture(slug):
    db = get_session()
    guide = guides.current_guide(db, g.project)
    questions = capture_offline.offline_questions(db, guide) if guide else []
    return render_template("interviews/offline_capture.html", guide=guide, questions=questions,
                           form=ParticipantForm(wijk=g.project.wijk, formdata=None),
                           consent_form=ConsentForm(formdata=None),
                           consenters={band: participants.required_consenter(band) for band in
                                       participants.AGE_BAND_LABELS})


@bp.route("/offline/deelnemer", methods=["POST"])
@allow(Role.KEY_FIGURE)
def offline_participant_create(slug):
    fields = {name: request.form.get(name, "") for name in PARTICIPANT_FIELDS}
    return _saved(lambda db: _participant_reply(capture_offline.register(
        db, g.project, g.user, request.form.get("client_id"), **fields)))


@bp.route("/offline/toestemming", methods=["POST"])
@allow(Role.KEY_FIGURE)
def offline_consent_record(slug):
    form = request.form
    fields = {"letter_version": form.get("letter_version", ""), "takes_part": form.get("takes_part") == "y",
              "quotes_allowed": form.get("quotes_allowed") == "y", "given_by": form.get("given_by", ""),
              "contact_allowed": form.get("contact_allowed") == "y"}

    def record(db):
        consent, new = capture_offline.record_consent(db, g.project, g.user, form.get("participant"), **fields)
        if new:
            audit.record("toestemming_vastgelegd", project_id=g.project.id, object_type="participant",
                         object_id=consent.participant_id, detail=f"brief {consent.letter_version} (offline)")
        return {"consent_id": consent.id}

    return _saved(record)


@bp.route("/offline/gesprek/beginnen", methods=["POST"])
@allow(Role.KEY_FIGURE)
def offline_interview_start(slug):
    guide_id = request.form.get("guide", "")
    return _saved(lambda db: {"interview_id": capture_offline.start(
        db, g.project, g.user, request.form.get("participant"), request.form.get("client_id"),
        int(guide_id) if guide_id.isdigit() else None).id})


@bp.route("/offline/antwoord", methods=["POST"])
@allow(Role.KEY_FIGURE)
def offline_answer_save(slug):
    posted, position = posted_save(), request.form.get("position", "")
    if posted is None or not position.isdigit():
        return jsonify(saved=False, error=_("Het antwoord kon niet worden gelezen. Laad de pagina opnieuw.")), 400

    def save(db):
        interview, saved = capture_offline.save_answer(db, g.project, g.user, request.form.get("interview"),
                                                       int(position), *posted)
        return {"interview_id": interview.id, "version": saved.version, "repeated": saved.repeated,
                "warnings": saved.warnings}

    return _saved(save)


def _participant_reply(participant) -> dict:
    return {"participant_id": participant.id, "code": participant.code}


def _saved(action):
    """Run one idempotent step; JSON for the queue: saved, a conflict (409) or a clear Dutch error (422)."""
    db = get_session()
    try:
        reply = action(db)
    except AnswerConflict as conflict:
        return jsonify(saved=False, conflict=True, error=str(conflict), current_text=conflict.current_text,
                       current_version=conflict.current_version), 409
    except InterviewError as error:
        return jsonify(saved=False, error=str(error), kind=type(error).__name__), 422
    db.commit()
    return jsonify(saved=True, **{"version": 1, **reply})
