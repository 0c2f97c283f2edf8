"""Member checks by personal link: the researcher makes the links; the participant answers on their own phone.

No account: the token in the address opens one participant's answers to one open round, in their language.
Wrong tokens count towards the same guess limit as the conversation links.
"""

from flask import Blueprint, flash, g, redirect, render_template, request, url_for

from coding import check_links
from coding import check_rounds as checks
from coding.check_forms import ActionOnlyForm, given_answers
from coding.check_views import round_of_button
from coding.errors import CodingError, NotFound
from coding.views import bp
from interviews.language import browser_language, render_in
from interviews.self_views import guess_limit
from interviews.translations import participant_language, text_direction
from research import audit
from research.access import ANYONE, allow
from research.db import get_session
from research.roles import Role

check_self_bp = Blueprint("check_self", __name__, url_prefix="/toets")
PAGE = "interviews/self/check_statements.html"


@bp.route("/toetsen/<check_id>/links", methods=["POST"])
@allow(Role.RESEARCHER)
def check_links_make(slug, check_id):
    db = get_session()
    check, expired = round_of_button(db, check_id)
    if expired:
        return expired
    try:
        made = check_links.make_links(db, check, g.user, g.project)
    except CodingError as error:
        db.rollback()
        flash(str(error), "error")
        return redirect(url_for(".check_edit", slug=slug, check_id=check.id))
    audit.record("toetslinks_gemaakt", project_id=g.project.id, object_type="toetsronde", object_id=check.id,
                 detail=f"{len(made)} persoonlijke links")
    db.commit()
    rows = [(participant, url_for("check_self.check_self_answer", token=token, _external=True))
            for participant, token in made]
    return render_template("coding/check_links_made.html", check=check, rows=rows)


@check_self_bp.route("/<token>", methods=["GET", "POST"])
@allow(ANYONE)
@guess_limit
def check_self_answer(token):
    db = get_session()
    _link, check, participant = check_links.open_link(db, token)
    lang = participant_language(participant.language)
    statements = checks.statements_of(db, check)
    form, error, status = ActionOnlyForm(), None, 200
    if form.validate_on_submit():
        try:
            saved = checks.record_answers(db, check, participant, participant.group,
                                          given_answers(request.form, statements))
        except CodingError as problem:
            db.rollback()
            error, status = str(problem), 400
        else:
            audit.record("toetsronde_beantwoord", project_id=check.project_id, object_type="toetsronde",
                         object_id=check.id, actor_id=None, detail=f"{saved} stellingen, via persoonlijke link")
            db.commit()
            return render_in(lang, PAGE, done=True, check=check)
    texts = checks.statement_texts(db, statements, lang)
    return render_in(lang, PAGE, status, check=check, statements=statements, texts=texts, form=form, error=error,
                     earlier=checks.answers_of(db, check, participant), direction=text_direction(lang),
                     posted=request.form if error else None)


@check_self_bp.errorhandler(NotFound)
def unknown_check_link(error):
    return render_in(browser_language(), "interviews/self/link_gone.html", 404, reason="onbekend")


@check_self_bp.errorhandler(check_links.CheckLinkGone)
def gone_check_link(error):
    return render_in(participant_language(error.participant.language), PAGE, 410, gone=error.reason)


@check_self_bp.errorhandler(429)
def too_many_check_guesses(error):
    return render_in(browser_language(), "interviews/self/link_gone.html", 429, reason="te-vaak")
