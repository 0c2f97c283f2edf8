"""Analysis pages for researchers: frequencies and co-occurrence, quotes per code, emerging themes."""

from flask import g, render_template, request

from coding import analysis_pages
from coding.views import bp, log_answers_seen
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/analyse")
@allow(Role.RESEARCHER)
def analysis_show(slug):
    page = analysis_pages.analysis_page(get_session(), g.project, request.args.get("per", "groep"),
                                        request.args.get("samen", "fragment"))
    return render_template("coding/analysis_show.html", **page)


@bp.route("/analyse/citaten")
@allow(Role.RESEARCHER)
def quote_list(slug):
    db = get_session()
    page = analysis_pages.quote_page(db, g.project)
    log_answers_seen("project", g.project.id)  # quotes are (scrubbed) answer text
    db.commit()
    return render_template("coding/quote_list.html", **page)


@bp.route("/analyse/nieuwe-themas")
@allow(Role.RESEARCHER)
def emerging_show(slug):
    page = analysis_pages.emerging_page(get_session(), g.project)
    return render_template("coding/emerging_show.html", **page)
