"""Two-step log-in with TOTP."""

import pyotp

from research import create_app
from tests import factories
from tests.conftest import TEST_CONFIG


def _login(client, user):
    return client.post("/auth/inloggen", data={"email": user.email, "password": factories.PASSWORD})


def test_set_up_then_log_in_with_a_code(client, db, world, login):
    login(world.researcher)
    page = client.get("/auth/tweestaps/instellen").get_data(as_text=True)
    assert "data:image/svg+xml;base64," in page
    with client.session_transaction() as session:
        secret = session["totp_candidate"]
    assert client.post("/auth/tweestaps/instellen", data={"code": "000000"}).status_code == 200
    client.post("/auth/tweestaps/instellen", data={"code": pyotp.TOTP(secret).now()})
    db.refresh(world.researcher)
    assert world.researcher.totp_secret == secret

    client.post("/auth/uitloggen")
    response = _login(client, world.researcher)
    assert response.headers["Location"].endswith("/auth/tweestaps/")
    assert client.get("/").status_code == 302  # not logged in yet
    wrong = client.post("/auth/tweestaps/", data={"code": "123456"})
    assert "klopt niet" in wrong.get_data(as_text=True)
    client.post("/auth/tweestaps/", data={"code": pyotp.TOTP(secret).now()})
    assert client.get("/").status_code == 200


def test_required_setting_sends_staff_to_setup_but_not_key_figures(db_path, world):
    app = create_app({**TEST_CONFIG, "REQUIRE_TOTP": True, "DATABASE_URL": f"sqlite:///{db_path}"})
    staff, key_figure = app.test_client(), app.test_client()
    _login(staff, world.municipality)
    assert staff.get("/").headers["Location"].endswith("/auth/tweestaps/instellen")
    _login(key_figure, world.key_figure)
    assert key_figure.get("/").status_code == 200


def test_session_cookie_is_httponly_lax_and_secure_over_https(client, world):
    response = client.post("/auth/inloggen", data={"email": world.researcher.email, "password": factories.PASSWORD},
                           base_url="https://wijkstem.test")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" in cookie
    assert "Strict-Transport-Security" in response.headers
