"""Languages: Dutch first, English second; the user's choice wins."""

from pathlib import Path
from weakref import WeakKeyDictionary

from flask import current_app, g, has_request_context, request, session
from flask_babel import Babel, get_locale, get_translations
from jinja2 import pass_context
from markupsafe import Markup

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
    app.context_processor(bound_gettext)


def bound_gettext() -> dict:
    """The templates' _() and ngettext() bound to this render's translations, looked up once per page.

    Flask-Babel's own look the translations up again on every call; a coding page with 70 texts spent about a
    millisecond on that. Same behaviour as Jinja's newstyle gettext: escaped when autoescaping, and the text is
    always a format string. Macros imported without context still use Flask-Babel's (same texts, slower).
    """
    translations = get_translations()
    return {"gettext": _newstyle(translations), "ngettext": _newstyle_plural(translations.ungettext)}


_plain_texts: WeakKeyDictionary = WeakKeyDictionary()  # per catalogue: (message, autoescape) -> finished text


def _newstyle(translations):
    """Texts without values are finished once per catalogue: a page has some 40, the same on every view."""
    finished = _plain_texts.setdefault(translations, {})

    @pass_context
    def gettext(context, message, **variables):
        if variables:
            return _formatted(context, translations.ugettext(message), variables)
        key = (message, context.eval_ctx.autoescape)
        if key not in finished:
            finished[key] = _formatted(context, translations.ugettext(message), variables)
        return finished[key]

    return gettext


def _newstyle_plural(lookup):
    @pass_context
    def ngettext(context, singular, plural, num, **variables):
        variables.setdefault("num", num)
        return _formatted(context, lookup(singular, plural, num), variables)

    return ngettext


def _formatted(context, found: str, variables: dict):
    """A translated text filled in; when the page autoescapes, the values are escaped and the text is not."""
    return (Markup(found) if context.eval_ctx.autoescape else found) % variables  # noqa: S704 - our own catalog
