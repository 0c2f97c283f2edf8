"""Holding the interview: one question per screen, autosave, finish; the lists and the read-only view."""

from flask import flash, g, jsonify, redirect, render_template, url_for
from flask_babel import gettext as _

from interviews import capture, guides
from interviews.errors import InterviewError
from interviews.forms import AnswerForm, ConfirmForm
from interviews.views import bp, show_error
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


def question_url(interview, position=None) -> str:
    """Where a draft continues: its saved question, or the overview once past the last one."""
    position = interview.position if position is None else position
    total = len(guides.ordered_questions(get_session(), interview.guide_id))
    if position >= total:
        return url_for("interviews.interview_finish", slug=g.project.slug, interview_id=interview.id)
    return url_for("interviews.interview_question", slug=g.project.slug, interview_id=interview.id, position=position)


@bp.route("/gesprekken")
@allow(Role.KEY_FIGURE, Role.RESEARCHER)
def interview_list(slug):
    rows = capture.interviews_for(get_session(), g.project, g.user, g.role)
    return render_template("interviews/interview_list.html", rows=rows)


@bp.route("/gesprekken/<int:interview_id>/vraag/<int:position>", methods=["GET", "POST"])
@allow(Role.KEY_FIGURE)
def interview_question(slug, interview_id, position):
    db = get_session()
    interview = capture.draft_for(db, g.project, g.user, interview_id)
    screen = capture.screen_at(db, interview, position)
    form = AnswerForm(text=screen.answer_text)
    if form.validate_on_submit():
        try:
            target = capture.step(db, interview, position, form.text.data, form.version.data, form.go.data)
        except InterviewError as error:
            show_error(form, error)
        else:
            db.commit()
            if form.go.data == capture.STOP:
                flash(_("Het gesprek is opgeslagen. U kunt later verder gaan."), "success")
                return redirect(url_for(".interview_list", slug=slug))
            return redirect(question_url(interview, target))
    return render_template("interviews/interview_question.html", form=form, screen=screen)


@bp.route("/gesprekken/<int:interview_id>/vraag/<int:position>/opslaan", methods=["POST"])
@allow(Role.KEY_FIGURE)
def interview_autosave(slug, interview_id, position):
    db = get_session()
    interview = capture.draft_for(db, g.project, g.user, interview_id)
    form = AnswerForm()
    if not form.validate_on_submit():
        return jsonify(saved=False, error=_("Het antwoord kon niet worden gelezen.")), 400
    try:
        version = capture.save_answer(db, interview, position, form.text.data, form.version.data)
    except InterviewError as error:
        return jsonify(saved=False, error=str(error), kind=type(error).__name__), 409
    db.commit()
    return jsonify(saved=True, version=version)


@bp.route("/gesprekken/<int:interview_id>/afronden", methods=["GET", "POST"])
@allow(Role.KEY_FIGURE)
def interview_finish(slug, interview_id):
    db = get_session()
    interview = capture.draft_for(db, g.project, g.user, interview_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        capture.finish_interview(db, interview)
        audit.record("gesprek_afgerond", project_id=g.project.id, object_type="interview", object_id=interview.id)
        db.commit()
        flash(_("Het gesprek is afgerond. Bedankt!"), "success")
        return redirect(url_for(".interview_show", slug=slug, interview_id=interview.id))
    return render_template("interviews/interview_finish.html", form=form, interview=interview,
                           lines=capture.answer_lines(db, interview))


@bp.route("/gesprekken/<int:interview_id>")
@allow(Role.KEY_FIGURE, Role.RESEARCHER)
def interview_show(slug, interview_id):
    db = get_session()
    interview = capture.interview_for(db, g.project, g.user, g.role, interview_id)
    lines = capture.answer_lines(db, interview)
    if g.role == Role.RESEARCHER:
        audit.record("antwoorden_bekeken", project_id=g.project.id, object_type="interview", object_id=interview.id)
        db.commit()
    return render_template(
        "interviews/interview_show.html", interview=interview, lines=lines,
        participant=capture.participant_of(db, interview), key_figure=capture.key_figure_of(db, interview),
    )
