"""Workspace pages beside the answer list (coding/views.py): search with keyword-in-context, and why an answer
cannot be coded yet."""

from flask import g, render_template, request

from coding import pages
from coding.review_gate import interview_awaiting_review
from coding.views import bp, log_answers_seen
from interviews.review import REVIEW_LABELS
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


@bp.errorhandler(404)
def answer_not_open(error):
    """An answer of an interview that is not approved yet: say so and link to its review (instead of a bare 404)."""
    answer_id = (request.view_args or {}).get("answer_id")
    interview = None
    if request.endpoint == "coding.answer_code" and getattr(g, "project", None) is not None:
        interview = interview_awaiting_review(get_session(), g.project, answer_id)
    if interview is None:
        return render_template("errors/404.html", error=error), 404
    return render_template("coding/answer_not_open.html", interview=interview,
                           review_label=REVIEW_LABELS.get(interview.review_status, interview.review_status)), 404
