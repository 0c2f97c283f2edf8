"""The service worker, served from the site root so its scope can cover every project's pages, and the list
of pages it keeps at log-in so a key figure can work without a network from the first minute."""

import hashlib
from pathlib import Path

from flask import Blueprint, current_app, g, jsonify, send_from_directory, session, url_for
from flask_babel import get_locale

from interviews import guides
from research.access import ANYONE, SIGNED_IN, allow
from research.db import get_session
from research.projects.services import projects_for
from research.roles import Role

offline_bp = Blueprint("offline", __name__)
# What the offline page needs besides itself (the page's own links are kept when it is fetched).
ASSETS = ("wijkstem.css", "favicon.svg", "css/interviews.css", "js/offline-store.js", "js/offline-sync.js",
          "js/offline-capture.js", "js/check-answers.js")
OTHER_PAGES = {}  # other areas' pages a key figure needs offline: name -> provider(db, project) -> [(url, tag)]


def keep_offline(provider):
    """Register a provider of more pages to keep on a key figure's tablet (e.g. open member-check rounds)."""
    OTHER_PAGES[provider.__qualname__] = provider
    return provider


@offline_bp.route("/sw.js")
@allow(ANYONE)
def service_worker():
    folder = Path(current_app.static_folder) / "js"
    response = send_from_directory(folder, "sw.js", mimetype="text/javascript", max_age=0)
    response.headers["Service-Worker-Allowed"] = "/p/"
    return response


@offline_bp.route("/offline/bewaren.json")
@allow(SIGNED_IN)
def manifest():
    """The pages a key figure's tablet keeps, each with a tag: a changed tag means fetch it again."""
    db = get_session()
    pages = []
    for project, role in projects_for(db, g.user):
        if role == Role.KEY_FIGURE.value:
            pages.extend(_project_pages(db, project))
    return jsonify(pages=pages, assets=[url_for("static", filename=name) for name in ASSETS])


def _project_pages(db, project) -> list[dict]:
    guide = guides.current_guide(db, project)
    # The offline page holds the guide, the form token and the language: a change in any of them renews it.
    kept_for = f"{get_locale()}:{g.user.id}:{_token_tag()}"  # who the copy is for: language, user, form token
    tag = f"{guide.id if guide else 0}:{kept_for}"
    plain = ("projects.show", "interviews.participant_list", "interviews.interview_list", "interviews.offline_show")
    others = [{"url": url, "tag": f"{own}:{kept_for}"}
              for provider in OTHER_PAGES.values() for url, own in provider(db, project)]
    return [{"url": url_for(endpoint, slug=project.slug), "tag": ""} for endpoint in plain] + [
        {"url": url_for("interviews.offline_capture", slug=project.slug), "tag": tag}] + others


def _token_tag() -> str:
    raw = session.get("csrf_token", "")  # Flask-WTF's secret for this session; only a hash leaves the server
    return hashlib.sha256(raw.encode()).hexdigest()[:12] if raw else ""
