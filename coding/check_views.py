"""Member-check pages: the researcher writes statements and opens a round; key figures answer on the tablet."""

from flask import abort, flash, g, jsonify, redirect, render_template, request, url_for
from flask_babel import get_locale
from flask_babel import gettext as _

from coding import check_links
from coding import check_rounds as checks
from coding.check_forms import ActionOnlyForm, RoundForm, StatementForm, given_answers, translation_fields
from coding.codebook import codes_of, themes_of
from coding.errors import CodingError
from coding.views import bp, found, show_error
from interviews.offline_views import keep_offline
from interviews.translations import PARTICIPANT_LANGUAGES, TARGET_LANGUAGES, text_direction
from interviews.views import wants_json
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/toetsen", methods=["GET", "POST"])
@allow(Role.RESEARCHER, Role.KEY_FIGURE)
def check_list(slug):
    db = get_session()
    if g.role == Role.KEY_FIGURE:
        return render_template("coding/check_open_list.html", rounds=checks.open_rounds_of(db, g.project))
    form = RoundForm()
    if request.method == "POST" and g.role == Role.RESEARCHER and form.validate_on_submit():
        try:
            check = checks.create_round(db, g.project, g.user, form.title.data or "")
        except CodingError as error:
            db.rollback()
            show_error(form, error)
        else:
            _log(check, "toetsronde_gemaakt", check.title)
            return redirect(url_for(".check_edit", slug=slug, check_id=check.id))
    return render_template("coding/check_list.html", rounds=checks.rounds_of(db, g.project), form=form,
                           statuses=checks.STATUSES)


@bp.route("/toetsen/<check_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def check_edit(slug, check_id):
    db = get_session()
    check = found(checks.round_for, db, g.project, check_id)
    codes = codes_of(db, g.project)
    form = StatementForm(themes=themes_of(codes), code_id=request.args.get("thema", ""))
    if form.validate_on_submit():
        try:
            statement = checks.add_statement(db, g.project, check, form.text.data or "", form.theme_id(),
                                             translation_fields(request.form))
        except CodingError as error:
            db.rollback()
            show_error(form, error)
        else:
            _log(check, "stelling_toegevoegd", f"stelling {statement.id}")
            flash(_("De stelling is toegevoegd."), "success")
            return redirect(url_for(".check_edit", slug=slug, check_id=check.id))
    statements = checks.statements_of(db, check)
    return render_template("coding/check_edit.html", check=check, form=form, statements=statements,
                           themes={code.id: code for code in codes},
                           results=checks.results(db, check, str(get_locale())) if check.status != checks.DRAFT
                           else [], choices=checks.CHOICES, statuses=checks.STATUSES, action_form=ActionOnlyForm(),
                           languages=TARGET_LANGUAGES, **_link_counts(db, check))


def _link_counts(db, check) -> dict:
    if check.status != checks.OPEN:
        return {"contactable": 0, "linked": 0}
    return {"contactable": len(check_links.contactable(db, g.project)), "linked": check_links.link_count(db, check)}


@bp.route("/toetsen/<check_id>/<step>", methods=["POST"])
@allow(Role.RESEARCHER)
def check_step(slug, check_id, step):
    db = get_session()
    check, expired = round_of_button(db, check_id)
    if expired:
        return expired
    try:
        done = _do_step(db, check, step)
    except CodingError as error:
        db.rollback()
        flash(str(error), "error")
    else:
        _log(check, f"toetsronde_{step}", check.status)
        flash(done, "success")
    return redirect(url_for(".check_edit", slug=slug, check_id=check.id))


def round_of_button(db, check_id):
    """The round a button posts to, and None; or with a way back to the round when the form's token expired."""
    check = found(checks.round_for, db, g.project, check_id)
    if ActionOnlyForm().validate_on_submit():
        return check, None
    flash(_("Dit formulier is verlopen. Probeer het opnieuw."), "error")
    return check, redirect(url_for(".check_edit", slug=g.project.slug, check_id=check.id))


def _do_step(db, check, step: str) -> str:
    if step == "openen":
        checks.open_round(db, check)
        return _("De toetsronde is open. Sleutelfiguren kunnen nu antwoorden.")
    if step == "sluiten":
        checks.close_round(check)
        return _("De toetsronde is gesloten. De uitkomst komt in het rapport.")
    if step == "stelling-weg":
        checks.remove_statement(db, check, request.form.get("statement_id"))
        return _("De stelling is weggehaald.")
    raise CodingError(_("Deze stap bestaat niet."))


@bp.route("/toetsen/<check_id>/antwoorden", methods=["GET", "POST"])
@allow(Role.KEY_FIGURE)
def check_answer(slug, check_id):
    db = get_session()
    check = found(checks.round_for, db, g.project, check_id)
    if check.status == checks.DRAFT:
        abort(404)  # key figures see a round once it opens
    lang = _answer_language()
    statements = checks.statements_of(db, check)
    form = ActionOnlyForm()
    error = None
    if form.validate_on_submit():
        try:
            saved = checks.record_answers(db, check, g.user, request.form.get("group", ""),
                                          given_answers(request.form, statements))
        except CodingError as problem:
            db.rollback()
            error = str(problem)
            if wants_json():  # the tablet's send queue: a clear message, nothing stored
                return jsonify(saved=False, error=error), 422
        else:
            _log(check, "toetsronde_beantwoord", f"{saved} stellingen")
            if wants_json():  # sent by the queue (maybe again, later): storing twice changes nothing
                return jsonify(saved=True, version=1)
            flash(_("Dank u wel. Uw antwoorden zijn opgeslagen."), "success")
            return redirect(url_for(".check_list", slug=slug))
    elif request.method == "POST" and wants_json():
        return jsonify(saved=False), 400  # an old form token: the queue fetches a fresh one and sends again
    earlier = checks.answers_of(db, check, g.user)
    texts = checks.statement_texts(db, statements, lang)
    status = 400 if error else 200
    return render_template("coding/check_answer.html", check=check, statements=statements, texts=texts,
                           earlier=earlier, form=form, error=error, choices=checks.CHOICES, lang=lang,
                           direction=text_direction(lang), languages=PARTICIPANT_LANGUAGES,
                           posted=request.form if error else None), status


def _answer_language() -> str:
    wanted = request.args.get("taal") or str(get_locale())
    return wanted if wanted in PARTICIPANT_LANGUAGES else "nl"


def _log(check, what: str, detail: str) -> None:
    audit.record(what, project_id=g.project.id, object_type="toetsronde", object_id=check.id, detail=detail)
    get_session().commit()


@keep_offline
def open_round_pages(db, project) -> list[tuple[str, str]]:
    """A key figure's tablet keeps the list of open rounds and each open round's answer page."""
    rounds = checks.open_rounds_of(db, project)
    listed = ",".join(str(check.id) for check in rounds)
    return [(url_for("coding.check_list", slug=project.slug), listed)] + [
        (url_for("coding.check_answer", slug=project.slug, check_id=check.id), str(check.id)) for check in rounds]
