"""Journey 1 (core part): a researcher creates a project and invites a key figure and the municipality."""

import re

from sqlmodel import select

from research.models import Invitation, Membership, Project, User
from tests import factories


def test_researcher_creates_a_project_and_becomes_its_researcher(client, db, login):
    researcher = factories.make_user(db, "onderzoeker")
    db.commit()
    login(researcher)
    response = client.post("/projecten/nieuw", data={
        "name": "Opgroeien in Meerzicht", "slug": "", "municipality": "Zoetermeer", "wijk": "Meerzicht",
        "question": "Waarom gaan ouders niet naar de activiteiten?", "code_prefix": "MZ",
    })
    assert response.status_code == 302
    project = db.exec(select(Project).where(Project.slug == "opgroeien-in-meerzicht")).one()
    membership = db.exec(select(Membership).where(Membership.project_id == project.id)).one()
    assert (membership.user_id, membership.role) == (researcher.id, "onderzoeker")
    assert "Opgroeien in Meerzicht" in client.get("/p/opgroeien-in-meerzicht/").get_data(as_text=True)


def test_bad_project_form_keeps_the_input_and_stores_nothing(client, db, login):
    user = factories.make_user(db, "onderzoeker")
    db.commit()
    login(user)
    response = client.post("/projecten/nieuw", data={"name": "Mijn project", "slug": "Met Spaties!",
                                                     "municipality": "Delft", "wijk": "Buitenhof", "code_prefix": "x"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and "Mijn project" in page and "hoofdletters" in page
    assert db.exec(select(Project)).all() == []


def test_key_figure_and_municipality_cannot_create_projects(client, db, login):
    user = factories.make_user(db, "sleutelfiguur")
    db.commit()
    login(user)
    assert client.get("/projecten/nieuw").status_code == 403


def test_invite_a_new_key_figure_who_accepts_the_link(app, client, db, world, login):
    login(world.researcher)
    response = client.post(f"/p/{world.project.slug}/leden", data={"email": "nieuw@wijk.nl", "role": "sleutelfiguur"})
    link = re.search(r'value="(http[^"]+/auth/uitnodiging/[^"]+)"', response.get_data(as_text=True)).group(1)
    path = link.split("wijkstem.test")[-1]

    newcomer = app.test_client()
    accept = newcomer.post(path, data={"display_name": "Fatma", "password": "een-lang-wachtwoord",
                                       "confirm": "een-lang-wachtwoord"})
    assert accept.status_code == 302
    user = db.exec(select(User).where(User.email == "nieuw@wijk.nl")).one()
    role = db.exec(select(Membership.role).where(Membership.user_id == user.id)).one()
    assert role == "sleutelfiguur"
    assert newcomer.get(f"/p/{world.project.slug}/").status_code == 200
    assert app.test_client().get(path).status_code == 404  # a used link does not work again
    assert db.exec(select(Invitation)).one().accepted_at is not None


def test_invite_an_existing_account_adds_the_membership(client, db, world, login):
    other = factories.make_user(db, "gemeente", email="ambtenaar@gemeente.nl")
    db.commit()
    login(world.researcher)
    client.post(f"/p/{world.project.slug}/leden", data={"email": "Ambtenaar@gemeente.nl", "role": "gemeente"})
    role = db.exec(select(Membership.role).where(Membership.user_id == other.id)).one()
    assert role == "gemeente"


def test_weak_password_on_invitation_is_refused(app, client, db, world, login):
    login(world.researcher)
    response = client.post(f"/p/{world.project.slug}/leden", data={"email": "zwak@wijk.nl", "role": "gemeente"})
    link = re.search(r'/auth/uitnodiging/[^"]+', response.get_data(as_text=True)).group(0)
    page = app.test_client().post(link, data={"password": "kort-ww", "confirm": "kort-ww"})
    assert "10 tekens" in page.get_data(as_text=True)
    assert db.exec(select(User).where(User.email == "zwak@wijk.nl")).first() is None
