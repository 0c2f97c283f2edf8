"""Languages: Dutch first, English second; the user's choice wins."""

from pathlib import Path

from flask import current_app, g, has_request_context, request, session
from flask_babel import Babel, get_locale

babel = Babel()
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English", "tr": "Türkçe", "ar": "العربية", "pl": "Polski"}
RTL_LANGUAGES = {"ar"}
PARTICIPANT_LANGUAGES = ("nl", "en", "tr", "ar", "pl")


def select_locale() -> str:
    """The language of this request: a page's own choice, then the session's, the user's, Dutch."""
    languages = current_app.config["LANGUAGES"]
    if g.get("page_locale") in PARTICIPANT_LANGUAGES:
        return g.page_locale  # participant pages speak the participant's language
    if not has_request_context():
        return g.get("page_locale") or current_app.config["BABEL_DEFAULT_LOCALE"]
    for candidate in (g.get("page_locale"), session.get("lang"), _user_locale()):
        if candidate in languages:
            return candidate
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def _user_locale():
    user = g.get("user")
    return user.locale if user is not None else None


def init_app(app):
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", str(TRANSLATIONS))
    babel.init_app(app, locale_selector=select_locale)
    app.jinja_env.globals["get_locale"] = get_locale
    app.jinja_env.globals["LANGUAGE_NAMES"] = LANGUAGE_NAMES
    app.jinja_env.globals["is_rtl"] = lambda lang: lang in RTL_LANGUAGES
    app.jinja_env.globals["request_path"] = lambda: request.full_path.rstrip("?")
