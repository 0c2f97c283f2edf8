"""Logging in and out, server-side sessions, timeouts."""

from datetime import timedelta

from sqlmodel import select

from research.models import AuditEvent, AuthSession
from tests import factories


def test_login_then_logout_revokes_the_old_cookie(app, db, client):
    user = factories.make_user(db, "onderzoeker", email="ans@proef.nl")
    db.commit()
    response = client.post("/auth/inloggen", data={"email": "ANS@proef.nl ", "password": factories.PASSWORD})
    assert response.status_code == 302
    cookie = client.get_cookie("session", domain="wijkstem.test").value
    assert client.get("/").status_code == 200

    client.post("/auth/uitloggen")
    assert db.exec(select(AuthSession).where(AuthSession.user_id == user.id)).all() == []

    thief = app.test_client()
    thief.set_cookie("session", cookie, domain="wijkstem.test")
    response = thief.get("/")
    assert response.status_code == 302 and "/auth/inloggen" in response.headers["Location"]


def test_unknown_user_and_wrong_password_get_the_same_message(db, client):
    factories.make_user(db, email="bekend@proef.nl")
    db.commit()
    wrong = client.post("/auth/inloggen", data={"email": "bekend@proef.nl", "password": "fout-fout-fout"})
    unknown = client.post("/auth/inloggen", data={"email": "niemand@proef.nl", "password": "fout-fout-fout"})
    assert wrong.status_code == unknown.status_code == 200
    message = "Het e-mailadres of het wachtwoord klopt niet."
    assert message in wrong.get_data(as_text=True) and message in unknown.get_data(as_text=True)
    assert len(db.exec(select(AuditEvent).where(AuditEvent.action == "inloggen_mislukt")).all()) == 2


def test_idle_session_expires(db, client):
    user = factories.make_user(db)
    db.commit()
    client.post("/auth/inloggen", data={"email": user.email, "password": factories.PASSWORD})
    record = db.exec(select(AuthSession).where(AuthSession.user_id == user.id)).one()
    record.last_seen_at -= timedelta(minutes=31)
    db.add(record)
    db.commit()
    assert client.get("/").status_code == 302


def test_new_session_id_at_login(db, client):
    user = factories.make_user(db)
    db.commit()
    for _ in range(2):
        client.post("/auth/inloggen", data={"email": user.email, "password": factories.PASSWORD})
    ids = db.exec(select(AuthSession.id).where(AuthSession.user_id == user.id)).all()
    assert len(set(ids)) == 2


def test_disabled_user_loses_sessions(app, db, client, world):
    client.post("/auth/inloggen", data={"email": world.researcher.email, "password": factories.PASSWORD})
    admin = app.test_client()
    admin.post("/auth/inloggen", data={"email": world.admin.email, "password": factories.PASSWORD})
    admin.post(f"/beheer/gebruikers/{world.researcher.id}/uitschakelen")
    assert client.get("/").status_code == 302


def test_next_url_cannot_leave_the_site(db, client):
    user = factories.make_user(db)
    db.commit()
    credentials = {"email": user.email, "password": factories.PASSWORD}
    response = client.post("/auth/inloggen?next=https://kwaadaardig.example/", data=credentials)
    assert response.headers["Location"] == "/"


def test_login_is_rate_limited_per_account(db, db_path):
    from research import create_app
    from tests.conftest import TEST_CONFIG

    user = factories.make_user(db)
    db.commit()
    app = create_app({**TEST_CONFIG, "RATELIMIT_ENABLED": True, "DATABASE_URL": f"sqlite:///{db_path}"})
    client = app.test_client()
    statuses = [client.post("/auth/inloggen", data={"email": user.email, "password": "fout-fout-fout"}).status_code
                for _ in range(11)]
    assert statuses[:10] == [200] * 10
    assert statuses[10] == 429
    assert "Wacht een minuut" in client.post("/auth/inloggen", data={"email": user.email, "password": "x"}).get_data(
        as_text=True)


def test_log_ins_that_work_do_not_count_towards_the_limit(db, db_path):
    from research import create_app
    from tests.conftest import TEST_CONFIG

    user = factories.make_user(db)
    db.commit()
    app = create_app({**TEST_CONFIG, "RATELIMIT_ENABLED": True, "DATABASE_URL": f"sqlite:///{db_path}"})
    statuses = [app.test_client().post("/auth/inloggen", data={"email": user.email, "password": factories.PASSWORD})
                .status_code for _ in range(12)]
    assert statuses == [302] * 12
    client = app.test_client()
    wrong = [client.post("/auth/inloggen", data={"email": user.email, "password": "fout-fout-fout"}).status_code
             for _ in range(11)]
    assert wrong[-1] == 429, "failed attempts still count"


def test_password_rules():
    from research.users import password_problem

    assert "10 tekens" in password_problem("kort")
    assert "komt veel voor" in password_problem("wachtwoord123")
    assert "komt veel voor" in password_problem("1234567890")
    assert password_problem("fiets-langs-de-zegwaartse-plas") is None


def test_session_ends_after_twelve_hours_even_when_active(db, client):
    user = factories.make_user(db)
    db.commit()
    client.post("/auth/inloggen", data={"email": user.email, "password": factories.PASSWORD})
    record = db.exec(select(AuthSession).where(AuthSession.user_id == user.id)).one()
    record.created_at -= timedelta(hours=12, minutes=1)
    db.add(record)
    db.commit()
    assert client.get("/").status_code == 302
