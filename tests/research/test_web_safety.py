"""Headers, CSRF, language switching and the encrypted storage of answers."""

import sqlite3

from research import create_app
from tests.conftest import TEST_CONFIG


def test_security_headers_on_every_page(client):
    response = client.get("/auth/inloggen")
    csp = response.headers["Content-Security-Policy"]
    assert "frame-ancestors 'none'" in csp and "'unsafe-inline'" not in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cache-Control"] == "no-store"


def test_a_post_without_csrf_token_is_refused(db_path, world):
    app = create_app({**TEST_CONFIG, "WTF_CSRF_ENABLED": True, "DATABASE_URL": f"sqlite:///{db_path}"})
    client = app.test_client()
    response = client.post("/auth/inloggen", data={"email": world.researcher.email, "password": "x" * 12})
    assert response.status_code == 400
    assert "Het formulier is verlopen" in response.get_data(as_text=True)


def test_language_switch_to_english_and_back(client):
    assert 'lang="nl"' in client.get("/auth/inloggen").get_data(as_text=True)
    client.post("/auth/taal", data={"lang": "en", "next": "/auth/inloggen"})
    assert 'lang="en"' in client.get("/auth/inloggen").get_data(as_text=True)
    assert client.post("/auth/taal", data={"lang": "xx"}).status_code == 400


def test_answer_text_is_not_readable_in_the_database_file(db_path, world):
    raw = sqlite3.connect(db_path).execute("select text from answers").fetchall()
    assert raw and all(row[0].startswith("enc1:") for row in raw)
    assert "speeltuin" not in db_path.read_bytes().decode("latin-1")
    assert world.answer.text.startswith("De speeltuin")


def test_unknown_url_gives_a_friendly_404(client):
    response = client.get("/bestaat-niet")
    assert response.status_code == 404
    assert "Niet gevonden" in response.get_data(as_text=True)


def test_pages_are_in_english_after_switching(client):
    client.post("/auth/taal", data={"lang": "en", "next": "/auth/inloggen"})
    page = client.get("/auth/inloggen").get_data(as_text=True)
    assert "Log in" in page and "Inloggen" not in page


def test_path_traversal_in_file_names_is_refused(client):
    from research.safety import safe_filename

    for path in ("/static/../research/config.py", "/static/%2e%2e/research/config.py", "/static/..%2fapp.py"):
        response = client.get(path)
        assert response.status_code == 404 and "DATA_KEY" not in response.get_data(as_text=True)
        response.close()
    assert safe_filename("../../etc/passwd") == "etc-passwd"
    assert "/" not in safe_filename("..\\..\\rapport.docx")


def test_wtforms_own_messages_follow_the_language_of_the_moment(app):
    from flask_babel import force_locale
    from wtforms import StringField
    from wtforms.validators import DataRequired

    from research.forms import Form

    class NameForm(Form):
        name = StringField(validators=[DataRequired()])

    with app.test_request_context(method="POST", data={}):
        for locale, message in [("nl", "Dit veld is vereist."), ("en", "This field is required."),
                                ("nl", "Dit veld is vereist.")]:
            with force_locale(locale):
                form = NameForm(meta={"csrf": False})
                assert not form.validate()
                assert form.name.errors == [message]


def test_template_texts_follow_the_language_and_stay_format_strings(app):
    """Texts without values are finished once per catalogue; each language still gets its own."""
    from flask import render_template_string
    from flask_babel import force_locale

    page = ("{{ _('Terug naar alle antwoorden') }}|{{ _('Nog 100%% te doen') }}|"
            "{{ _('Zoekwoord „%(word)s”', word='<b>') }}")
    with app.test_request_context():
        shown = []
        for locale in ("nl", "en", "nl", "en"):
            with force_locale(locale):
                shown.append(render_template_string(page))
    assert shown[0] == shown[2] and shown[1] == shown[3]
    assert shown[0].startswith("Terug naar alle antwoorden|Nog 100% te doen|Zoekwoord „&lt;b&gt;”")
    assert shown[1].startswith("Back to all answers|")
