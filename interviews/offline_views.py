"""The service worker, served from the site root so its scope can cover every project's interview pages."""

from pathlib import Path

from flask import Blueprint, current_app, send_from_directory

from research.access import ANYONE, allow

offline_bp = Blueprint("offline", __name__)


@offline_bp.route("/sw.js")
@allow(ANYONE)
def service_worker():
    folder = Path(current_app.static_folder) / "js"
    response = send_from_directory(folder, "sw.js", mimetype="text/javascript", max_age=0)
    response.headers["Service-Worker-Allowed"] = "/p/"
    return response
