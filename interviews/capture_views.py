"""Holding the interview: one question per screen, autosave, finish; the lists and the read-only view."""

from flask import flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from interviews import capture, flow, guides
from interviews.answers import AnswerConflict
from interviews.capture_forms import SaveForm, new_client_id, posted_save, posted_text
from interviews.errors import ConsentMissing, InterviewError
from interviews.forms import ConfirmForm
from interviews.language import participant_language, participant_question, readalong_language, render_in
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
    if request.method == "GET" and (asked := skip_to(db, interview, screen.question, position)) != position:
        return redirect(question_url(interview, asked))
    form = SaveForm(text=screen.answer_text)
    if form.validate_on_submit():
        try:
            saved = capture.save_answer(db, interview, position, posted_text(screen.question, form),
                                        form.version.data, form.client_id.data)
            target = capture.move(db, interview, position, form.go.data)
        except AnswerConflict as conflict:
            return _question_page(form, screen, conflict.current_version, conflict), 409
        except InterviewError as error:
            show_error(form, error)
        else:
            db.commit()
            return _after_save(interview, position, saved, form.go.data, target)
    base = form.version.data if request.method == "POST" else screen.answer_version
    return _question_page(form, screen, base)


def skip_to(db, interview, question, position) -> int:
    """The question to show for this address: a question that its show-if condition hides is skipped."""
    if not question.show_if:
        return position
    return flow.next_position(db, interview, position, -1 if request.args.get("terug") else 1)


def _question_page(form, screen, version, conflict=None):
    return render_template("interviews/interview_question.html", form=form, screen=screen, version=version or 0,
                           client_id=new_client_id(), conflict=conflict, warm=offline_urls(screen),
                           chosen=set(request.form.getlist("choice")) if request.method == "POST" else screen.selected)


def offline_urls(screen) -> list[str]:
    """The pages of this interview a tablet keeps, so the conversation goes on without a network."""
    ids = {"slug": g.project.slug, "interview_id": screen.interview.id}
    pages = [url_for("interviews.interview_list", slug=g.project.slug),
             url_for("interviews.offline_show", slug=g.project.slug),
             url_for("interviews.interview_finish", **ids)]
    for position in range(screen.total):
        pages.append(url_for("interviews.interview_question", position=position, **ids))
        pages.append(url_for("interviews.interview_readalong", position=position, **ids))
    return pages


def _after_save(interview, position, saved, go, target):
    for warning in saved.warnings:
        flash(_("Bij vraag %(n)s: %(warning)s", n=position + 1, warning=warning), "warning")
    if go == capture.STOP:
        flash(_("Het gesprek is opgeslagen. U kunt later verder gaan."), "success")
        return redirect(url_for(".interview_list", slug=g.project.slug))
    return redirect(question_url(interview, target))


@bp.route("/gesprekken/<int:interview_id>/vraag/<int:position>/opslaan", methods=["POST"])
@allow(Role.KEY_FIGURE)
def interview_autosave(slug, interview_id, position):
    db = get_session()
    interview = capture.draft_for(db, g.project, g.user, interview_id)
    posted = posted_save()
    if posted is None:
        return jsonify(saved=False, error=_("Het antwoord kon niet worden gelezen. Laad de pagina opnieuw.")), 400
    try:
        saved = capture.save_answer(db, interview, position, *posted)
    except AnswerConflict as conflict:
        return jsonify(saved=False, conflict=True, error=str(conflict), current_text=conflict.current_text,
                       current_version=conflict.current_version), 409
    except InterviewError as error:
        status = 422 if error.field == "text" and not isinstance(error, ConsentMissing) else 409
        return jsonify(saved=False, error=str(error), kind=type(error).__name__), status
    db.commit()
    return jsonify(saved=True, version=saved.version, repeated=saved.repeated, warnings=saved.warnings)


@bp.route("/gesprekken/<int:interview_id>/vraag/<int:position>/meelezen")
@allow(Role.KEY_FIGURE)
def interview_readalong(slug, interview_id, position):
    db = get_session()
    interview = capture.draft_for(db, g.project, g.user, interview_id)
    screen = capture.screen_at(db, interview, position)
    language = readalong_language(db, screen, participant_language(screen.participant.language))
    # The way back is for the key figure: their own language, worked out before the page turns to the parent's.
    back = {"label": _("Terug naar het gesprek"), "lang": str(get_locale())}
    return render_in(language, "interviews/interview_readalong.html", screen=screen, back=back,
                     shown=participant_question(db, screen, language))


@bp.route("/gesprekken/offline")
@allow(Role.KEY_FIGURE)
def offline_show(slug):
    return render_template("interviews/offline_show.html")


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
