"""Workspace pages beside the answer list (coding/views.py): search with keyword-in-context."""

from flask import g, render_template, request

from coding import pages
from coding.views import bp, log_answers_seen
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/coderen/zoeken")
@allow(Role.RESEARCHER)
def answer_search(slug):
    db = get_session()
    page = pages.search_page(db, g.project, request.args)
    if page["query"]:
        log_answers_seen("project", g.project.id)  # the hits show raw answer text; the query is not logged
        db.commit()
    return render_template("coding/answer_search.html", **page)
