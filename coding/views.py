"""Coding pages: codebook, coding answers, overview for the municipality, the report.

Thin handlers: validate, call one service, commit once, flash, redirect. The report pages live in
coding/report_views.py on the same blueprint.
"""

from flask import Blueprint, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from coding import codebook, pages, quotes, segments
from coding.analysis import segments_for_code_page
from coding.colours import DEFAULT_COLOUR, colour_class, nearest
from coding.corpus import codable_answer
from coding.errors import CodingError, NotFound
from coding.forms import CodeForm, CodingForm, QuoteForm, RemoveCodingForm
from coding.reports.data import group_name
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role

bp = Blueprint("coding", __name__, url_prefix="/p/<slug>")
bp.add_app_template_filter(colour_class, "code_colour")
bp.add_app_template_filter(group_name, "group_name")


def register(app):
    """Attach the coding pages to the app."""
    import coding.action_views  # noqa: F401  (follow-up actions on themes)
    import coding.agreement_views  # noqa: F401  (inter-coder agreement rounds)
    import coding.analysis_views  # noqa: F401  (analysis, quotes per code, emerging themes)
    import coding.check_link_views  # noqa: F401  (member checks by personal link)
    import coding.check_views  # noqa: F401  (member checks: statements recognised in the neighbourhood)
    import coding.codebook_views  # noqa: F401  (merge, split, delete with a choice, import, export)
    import coding.exchange_views  # noqa: F401  (.qdpx export and import, segments as CSV/XLSX)
    import coding.memo_views  # noqa: F401  (memos on the project, codes and answers)
    import coding.quote_views  # noqa: F401  (quote check: the project's names, highlighting)
    import coding.release_views  # noqa: F401  (released report versions)
    import coding.report_views  # noqa: F401  (adds the report routes to bp)
    import coding.rights_views  # noqa: F401  (participant export and erasure)
    import coding.round_views  # noqa: F401  (rounds of the action cycle: start the next, compare)
    import coding.suggest_app.views  # noqa: F401  (suggestions: accept, reject, model status)
    import coding.workspace_views  # noqa: F401  (search with keyword-in-context)

    app.register_blueprint(bp)
    app.register_blueprint(coding.check_link_views.check_self_bp)


def found(service, *args):
    """Call a lookup service; a NotFound becomes a 404 page."""
    try:
        return service(*args)
    except NotFound:
        abort(404)


def show_error(form, error: CodingError):
    """Put a domain error on the form field it is about (or on the form)."""
    field = getattr(form, error.field, None) if error.field else None
    if field is not None:
        field.errors = [*field.errors, str(error)]
    else:
        form.form_errors.append(str(error))


def log_answers_seen(object_type, object_id):
    """Audit that a researcher saw raw answers (never the text itself)."""
    audit.record("antwoorden_bekeken", project_id=g.project.id, object_type=object_type, object_id=object_id)


@bp.route("/codeboek")
@allow(Role.RESEARCHER)
def codebook_show(slug):
    db = get_session()
    tree = codebook.build_tree(codebook.codes_of(db, g.project))
    return render_template("coding/codebook_show.html", tree=tree, usage=codebook.usage_counts(db, g.project))


def _code_form(db, code=None) -> CodeForm:
    parent = request.args.get("thema", "") if code is None else None
    form = CodeForm(obj=code) if code else CodeForm(parent_id=parent, colour=_parent_colour(db, parent))
    themes = [t for t in codebook.themes_of(codebook.codes_of(db, g.project)) if code is None or t.id != code.id]
    form.set_choices(themes, code.colour if code else None)
    return form


def _parent_colour(db, parent_id) -> str:
    """A new sub-theme starts in its theme's colour."""
    try:
        return nearest(codebook.code_for(db, g.project, int(parent_id)).colour)
    except (ValueError, NotFound):
        return DEFAULT_COLOUR


@bp.route("/codeboek/nieuw", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def code_create(slug):
    db = get_session()
    form = _code_form(db)
    if form.validate_on_submit():
        try:
            code = codebook.create_code(db, g.project, **form.values())
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De code %(name)s staat in het codeboek.", name=code.name), "success")
            return redirect(url_for(".codebook_show", slug=slug))
    return render_template("coding/code_create.html", form=form)


@bp.route("/codeboek/<int:code_id>/bewerken", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def code_edit(slug, code_id):
    db = get_session()
    code = found(codebook.code_for, db, g.project, code_id)
    form = _code_form(db, code)
    if form.validate_on_submit():
        try:
            codebook.update_code(db, g.project, code, **form.values())
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De code %(name)s is opgeslagen.", name=code.name), "success")
            return redirect(url_for(".codebook_show", slug=slug))
    return render_template("coding/code_edit.html", form=form, code=code)


@bp.route("/codeboek/<int:code_id>/verwijderen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def code_delete(slug, code_id):
    db = get_session()
    code = found(codebook.code_for, db, g.project, code_id)
    uses, children = codebook.usage_count(db, code), codebook.children_of(db, code)
    if request.method == "POST" and (request.form.get("confirm") == "ja" or not uses):
        try:
            codebook.delete_code(db, code)
        except CodingError as error:
            flash(str(error), "error")
            return redirect(url_for(".code_edit", slug=slug, code_id=code.id))
        db.commit()
        flash(_("De code %(name)s is verwijderd.", name=code.name), "success")
        return redirect(url_for(".codebook_show", slug=slug))
    return render_template("coding/code_delete.html", code=code, uses=uses, children=children)


@bp.route("/codeboek/<int:code_id>")
@allow(Role.RESEARCHER)
def code_show(slug, code_id):
    db = get_session()
    codes = codebook.codes_of(db, g.project)  # read once: the code, its sub-codes and the page's filter use it
    code = found(codebook.code_for, db, g.project, code_id)
    page = segments_for_code_page(db, g.project, code, page_number(request.args.get("pagina")), codes=codes)
    log_answers_seen("code", code.id)
    db.commit()
    return render_template("coding/code_show.html", code=code, page=page, rows=page.rows,
                           children=[child for child in codes if child.parent_id == code.id])


def page_number(raw) -> int:
    """A page number from the query string; 1 for anything that is not a whole number."""
    text = (raw or "").strip()
    return int(text) if text.isascii() and text.isdigit() else 1


@bp.route("/coderen")
@allow(Role.RESEARCHER)
def answer_list(slug):
    db = get_session()
    page = pages.answer_list_page(db, g.project, only_open=request.args.get("toon") == "open")
    log_answers_seen("project", g.project.id)
    db.commit()
    return render_template("coding/answer_list.html", **page)


@bp.route("/coderen/<int:answer_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def answer_code(slug, answer_id):
    db = get_session()
    item = found(codable_answer, db, g.project, answer_id)
    form = CodingForm()
    if form.validate_on_submit():
        try:
            start, end = segments.parse_offset(form.start.data), segments.parse_offset(form.end.data)
            segments.code_span(db, g.project, item.answer, g.user, form.codes.data,
                               start=start, end=end, fragment=form.fragment.data)
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("Het fragment is gecodeerd."), "success")
            return redirect(url_for(".answer_code", slug=slug, answer_id=answer_id))
    log_answers_seen("answer", answer_id)
    db.commit()
    return render_template("coding/answer_code.html", form=form, **pages.answer_page(db, g.project, item))


@bp.route("/fragmenten/<int:segment_id>/verwijderen", methods=["POST"])
@allow(Role.RESEARCHER)
def segment_delete(slug, segment_id):
    db = get_session()
    segment = found(segments.segment_for, db, g.project, segment_id)
    answer_id, code_id = segment.answer_id, RemoveCodingForm().code_id.data
    try:
        gone = segments.remove_coding(db, segment, int(code_id) if code_id else None)
    except (CodingError, ValueError):
        flash(_("Deze code staat niet op dit fragment."), "error")
    else:
        db.commit()
        flash(_("Het fragment is verwijderd.") if gone else _("De code is van het fragment gehaald."), "success")
    return redirect(url_for(".answer_code", slug=slug, answer_id=answer_id))


@bp.route("/fragmenten/<int:segment_id>/citaat", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def quote_edit(slug, segment_id):
    db = get_session()
    segment = found(segments.segment_for, db, g.project, segment_id)
    form = QuoteForm(text=quotes.quote_draft(segment), code_id=request.args.get("thema", ""))
    if form.validate_on_submit():
        action = "withdraw" if form.withdraw.data else "approve" if form.approve.data else "save"
        try:
            message = quotes.apply_quote_action(db, segment, g.user, action, form.text.data,
                                                request.form.getlist("geen_naam"))
        except CodingError as error:
            db.rollback()
            show_error(form, error)
        else:
            db.commit()
            flash(message, "success")
            return redirect(_back_to(db, segment, form.code_id.data))
    log_answers_seen("segment", segment.id)
    db.commit()
    codes = segments.codes_by_segment(db, [segment.id])[segment.id]
    names = quotes.flagged_names(db, g.project, quotes.scrub(form.text.data or ""))
    marked = quotes.not_names_of(segment) | {word.lower() for word in request.form.getlist("geen_naam")}
    return render_template("coding/quote_edit.html", form=form, segment=segment, codes=codes,
                           names=[(name, name.lower() in marked) for name in names])


def _back_to(db, segment, code_id):
    """Back to the theme page the researcher came from, else to the quote page itself."""
    codes = segments.codes_by_segment(db, [segment.id])[segment.id]
    if code_id and code_id.isdigit() and int(code_id) in {code.id for code in codes} | {c.parent_id for c in codes}:
        return url_for(".code_show", slug=g.project.slug, code_id=int(code_id))
    return url_for(".quote_edit", slug=g.project.slug, segment_id=segment.id)
