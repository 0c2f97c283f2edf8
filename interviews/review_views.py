"""The researcher reviews finished interviews; the key figure reads the feedback."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from interviews import capture, review
from interviews.errors import InterviewError
from interviews.forms import ReviewForm
from interviews.views import bp, show_error
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/beoordelen")
@allow(Role.RESEARCHER)
def review_list(slug):
    rows = review.review_rows(get_session(), g.project)
    return render_template("interviews/review_list.html", rows=rows, labels_review=review.REVIEW_LABELS)


@bp.route("/beoordelen/<int:interview_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def review_edit(slug, interview_id):
    db = get_session()
    interview = capture.interview_for(db, g.project, g.user, g.role, interview_id)
    participant = capture.participant_of(db, interview)
    form = ReviewForm(status=interview.review_status, comment=interview.review_comment)
    if form.validate_on_submit():
        try:
            changed = review.review_interview(db, interview, participant, g.user, status=form.status.data,
                                              comment=form.comment.data)
        except InterviewError as error:
            show_error(form, error)
        else:
            _save(db, interview, changed)
            return redirect(url_for(".review_list", slug=slug))
    audit.record("antwoorden_bekeken", project_id=g.project.id, object_type="interview", object_id=interview.id)
    db.commit()
    return render_template("interviews/review_edit.html", form=form, interview=interview, participant=participant,
                           key_figure=capture.key_figure_of(db, interview), lines=capture.answer_lines(db, interview),
                           labels_review=review.REVIEW_LABELS)


def _save(db, interview, changed: bool) -> None:
    if changed:
        audit.record("gesprek_beoordeeld", project_id=g.project.id, object_type="interview", object_id=interview.id,
                     detail=interview.review_status)
        db.commit()
        flash(_("Het oordeel is opgeslagen. De sleutelfiguur ziet het bij het gesprek."), "success")
    else:
        flash(_("Dit oordeel was al opgeslagen. Er is niets veranderd."), "success")


@bp.route("/terugkoppeling")
@allow(Role.KEY_FIGURE)
def review_feedback(slug):
    rows = review.feedback_rows(get_session(), g.project, g.user)
    return render_template("interviews/review_feedback.html", rows=rows, labels_review=review.REVIEW_LABELS)
