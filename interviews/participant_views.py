"""The key figure registers participants, records their consent and starts the interview."""

from flask import flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from interviews import capture, participants, withdrawal
from interviews.capture_views import question_url
from interviews.errors import InterviewError
from interviews.forms import ConfirmForm, ConsentForm, ParticipantForm
from interviews.language_warning import language_warning
from interviews.review import REVIEW_LABELS
from interviews.views import bp, show_error
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/deelnemers")
@allow(Role.KEY_FIGURE, Role.RESEARCHER)
def participant_list(slug):
    rows = participants.participant_rows(get_session(), g.project, g.user, g.role)
    return render_template("interviews/participant_list.html", rows=rows, form=ConfirmForm())


@bp.route("/deelnemers/nieuw", methods=["GET", "POST"])
@allow(Role.KEY_FIGURE)
def participant_create(slug):
    form = ParticipantForm(wijk=g.project.wijk)
    if form.validate_on_submit():
        db = get_session()
        try:
            participant = participants.register_participant(db, g.project, g.user, **_fields(form))
        except InterviewError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("Deelnemer %(code)s is ingeschreven. Leg nu de toestemming vast.", code=participant.code),
                  "success")
            return redirect(url_for(".consent_record", slug=slug, participant_id=participant.id))
    return render_template("interviews/participant_create.html", form=form)


@bp.route("/deelnemers/<int:participant_id>")
@allow(Role.KEY_FIGURE, Role.RESEARCHER)
def participant_show(slug, participant_id):
    db = get_session()
    participant = participants.participant_for(db, g.project, g.user, g.role, participant_id)
    return render_template(
        "interviews/participant_show.html", participant=participant, form=ConfirmForm(),
        consent=participants.valid_consent(db, participant), consents=participants.consents_of(db, participant),
        interviews=capture.interviews_of_participant(db, participant), review_labels=REVIEW_LABELS,
    )


@bp.route("/deelnemers/<int:participant_id>/intrekken", methods=["GET", "POST"])
@allow(Role.KEY_FIGURE, Role.RESEARCHER)
def consent_withdraw(slug, participant_id):
    db = get_session()
    participant = participants.participant_for(db, g.project, g.user, g.role, participant_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        if withdrawal.withdraw_consent(db, participant, g.user):
            audit.record("toestemming_ingetrokken", project_id=g.project.id, object_type="participant",
                         object_id=participant.id, detail=participant.code)
            db.commit()
            flash(_("De toestemming van %(code)s is ingetrokken. De antwoorden tellen niet meer mee in het "
                    "onderzoek.", code=participant.code), "success")
        else:
            flash(_("De toestemming van %(code)s was al ingetrokken.", code=participant.code), "warning")
        return redirect(url_for(".participant_show", slug=slug, participant_id=participant.id))
    return render_template("interviews/consent_withdraw.html", form=form, participant=participant,
                           interviews=capture.interviews_of_participant(db, participant))


@bp.route("/deelnemers/<int:participant_id>/toestemming", methods=["GET", "POST"])
@allow(Role.KEY_FIGURE)
def consent_record(slug, participant_id):
    db = get_session()
    participant = participants.participant_for(db, g.project, g.user, g.role, participant_id)
    form = ConsentForm(given_by=participants.required_consenter(participant.age_band))
    if form.validate_on_submit():
        previous = participants.valid_consent(db, participant)
        try:
            consent = participants.record_consent(db, participant, g.user, **_consent_fields(form))
        except InterviewError as error:
            show_error(form, error)
        else:
            if consent is not previous:  # a repeated post of the same consent is not logged twice
                audit.record("toestemming_vastgelegd", project_id=g.project.id, object_type="participant",
                             object_id=participant.id, detail=f"brief {consent.letter_version}")
            db.commit()
            flash(_("De toestemming is vastgelegd. U kunt het gesprek beginnen."), "success")
            return redirect(url_for(".participant_show", slug=slug, participant_id=participant.id))
    return render_template("interviews/consent_record.html", form=form, participant=participant)


@bp.route("/deelnemers/<int:participant_id>/gesprek", methods=["POST"])
@allow(Role.KEY_FIGURE)
def interview_start(slug, participant_id):
    db = get_session()
    participant = participants.participant_for(db, g.project, g.user, g.role, participant_id)
    try:
        interview = capture.start_interview(db, g.project, g.user, participant,
                                            ask_first=request.form.get("tweede") != "ja")
    except capture.SecondInterview as question:
        return render_template("interviews/interview_start.html", participant=participant, form=ConfirmForm(),
                               question=str(question), interviews=capture.interviews_of_participant(db, participant))
    except InterviewError as error:
        flash(str(error), "error")
        return redirect(url_for(".participant_show", slug=slug, participant_id=participant.id))
    db.commit()
    if warning := language_warning(db, g.project, participant, g.role == Role.RESEARCHER):
        flash(warning, "warning")
    return redirect(question_url(interview))


def _fields(form) -> dict:
    return {"group": form.group.data, "age_band": form.age_band.data, "wijk": form.wijk.data,
            "language": form.language.data, "request_id": form.request_id.data}


def _consent_fields(form) -> dict:
    return {"letter_version": form.letter_version.data, "takes_part": form.takes_part.data,
            "quotes_allowed": form.quotes_allowed.data, "given_by": form.given_by.data,
            "contact_allowed": form.contact_allowed.data}
