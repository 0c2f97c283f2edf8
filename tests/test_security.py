"""Hostile use of every route: no URL reveals or changes another project's or another key figure's data
(IDOR, with hypothesis choosing the pairs), and script in any free-text field renders inert on every page."""

import pytest
import sqlalchemy as sa
from flask import url_for
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel, select

from coding.models import Code, Memo, ReportText
from interviews.models import Answer, Probe, Question, Section
from research.models import Project, User
from tests import factories
from tests.access_rows import ANON
from tests.test_access_table import RULES, expected_table, url_values

OBJECT_ARGS = {"interview_id", "participant_id", "answer_id", "code_id", "segment_id", "question_id", "section_id",
               "guide_id"}
UNLOGGED_TABLES = {"audit_events", "audit_chain", "auth_sessions", "alembic_version"}
SECRET = "Geheim antwoord uit een ander project"
PAYLOAD = '<script>alert("xss")</script><img src=x onerror=alert(1)>'


class Foreign:
    """Objects the users of the world's project must never reach."""


@pytest.fixture
def foreign(db, world):
    f, other = factories, Foreign()
    key_b = f.make_user(db, "sleutelfiguur", email="sleutel-b@proef.nl")
    f.add_member(db, key_b, world.other_project, "sleutelfiguur")
    other.guide, questions = f.make_guide(db, world.other_project)
    other.participant = f.make_participant(db, world.other_project, created_by=key_b)
    other.interview = f.make_interview(db, world.other_project, other.guide, other.participant, key_b,
                                       answers=[(questions[0], SECRET)])
    other.answer = db.exec(select(Answer).where(Answer.interview_id == other.interview.id)).one()
    other.code = f.make_code(db, world.other_project, name="Geheim thema")
    other.segment = f.make_segment(db, other.answer, other.code, coder=world.outsider)
    other.question, other.section_id = questions[0], questions[0].section_id
    # A second key figure in the same project, with an interview of their own.
    key_a2 = f.make_user(db, "sleutelfiguur", email="sleutel-a2@proef.nl")
    f.add_member(db, key_a2, world.project, "sleutelfiguur")
    other.sibling_participant = f.make_participant(db, world.project, created_by=key_a2)
    other.sibling_interview = f.make_interview(db, world.project, world.guide, other.sibling_participant, key_a2,
                                               answers=[(world.questions[1], "Antwoord van een andere sleutelfiguur")])
    other.sibling_answer = db.exec(select(Answer).where(Answer.interview_id == other.sibling_interview.id)).one()
    db.commit()
    return other


def foreign_values(other):
    return {"interview_id": other.interview.id, "participant_id": other.participant.id, "answer_id": other.answer.id,
            "code_id": other.code.id, "segment_id": other.segment.id, "question_id": other.question.id,
            "section_id": other.section_id, "guide_id": other.guide.id}


def row_counts(db):
    db.expire_all()
    return {t.name: db.exec(select(sa.func.count()).select_from(t)).one()
            for t in SQLModel.metadata.sorted_tables if t.name not in UNLOGGED_TABLES}


def signed_in_clients(app, world):
    clients = {}
    for role in ("onderzoeker", "sleutelfiguur", "gemeente"):
        client = app.test_client()
        client.post("/auth/inloggen", data={"email": world.user_for(role).email, "password": factories.PASSWORD})
        clients[role] = client
    return clients


ID_RULES = [rule for rule in RULES if set(rule.arguments) & OBJECT_ARGS and "slug" in rule.arguments]
KEY_FIGURE_ARGS = {"interview_id", "participant_id", "answer_id"}


def assert_refused(app, db, client, world, rule, foreign_ids, secrets):
    """Request the rule with foreign object ids: nothing may show or change."""
    with app.test_request_context():
        values = {**url_values(world, rule), **{k: v for k, v in foreign_ids.items() if k in rule.arguments}}
        url = url_for(rule.endpoint, **values)
    before = row_counts(db)
    response = client.get(url) if "GET" in rule.methods else client.post(url, data={"text": "x", "codes": "1"})
    body = response.get_data(as_text=True)
    for secret in secrets:
        assert secret not in body, f"{url} shows {secret!r}"
    if "GET" in rule.methods:
        assert response.status_code in (403, 404), f"GET {url}: {response.status_code}"
    assert row_counts(db) == before, f"{rule.methods} {url} changed data"


def foreign_secrets(other):
    return [SECRET, "Geheim thema", other.participant.code]


@pytest.mark.skipif(not ID_RULES, reason="no routes with object ids")
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_no_url_reaches_another_projects_objects(app, db, world, foreign, data):
    clients = signed_in_clients(app, world)
    rule = data.draw(st.sampled_from(ID_RULES), label="route")
    role = data.draw(st.sampled_from(sorted(clients)), label="role")
    assert_refused(app, db, clients[role], world, rule, foreign_values(foreign), foreign_secrets(foreign))


def test_every_id_route_refuses_foreign_objects_for_every_role(app, db, world, foreign):
    clients = signed_in_clients(app, world)
    for rule in ID_RULES:
        for client in clients.values():
            assert_refused(app, db, client, world, rule, foreign_values(foreign), foreign_secrets(foreign))


def test_a_key_figure_cannot_reach_another_key_figures_interview(app, db, world, foreign):
    client = signed_in_clients(app, world)["sleutelfiguur"]
    sibling = {"interview_id": foreign.sibling_interview.id, "participant_id": foreign.sibling_participant.id,
               "answer_id": foreign.sibling_answer.id}
    rules = [rule for rule in RULES if set(rule.arguments) & KEY_FIGURE_ARGS
             and "sleutelfiguur" in expected_table().get(rule.endpoint, ())]
    assert rules
    for rule in rules:
        assert_refused(app, db, client, world, rule, sibling, ["Antwoord van een andere sleutelfiguur"])


def plant_payloads(db, world):
    """Put script into every free-text field a user can fill."""
    project = db.get(Project, world.project.id)
    project.name, project.wijk, project.question = PAYLOAD, PAYLOAD, PAYLOAD
    for model in (Section, Question, Probe):
        for row in db.exec(select(model)):
            for field in ("title", "intro", "text", "note"):
                if hasattr(row, field):
                    setattr(row, field, PAYLOAD)
            db.add(row)
    answer = db.get(Answer, world.answer.id)
    answer.text = PAYLOAD + " de drempel om hulp te vragen is hoog."
    code = db.get(Code, world.code.id)
    code.definition, code.recommendation, code.keywords = PAYLOAD, PAYLOAD, PAYLOAD
    code.name = "Drempel " + PAYLOAD[:60]
    for user in db.exec(select(User)):
        user.display_name = PAYLOAD[:100]
        db.add(user)
    segment = world.segment
    segment.text, segment.quote_text = PAYLOAD, PAYLOAD
    db.add_all([project, answer, code, segment])
    db.add(ReportText(project_id=project.id, summary=PAYLOAD))
    db.add(Memo(project_id=project.id, target_type="project", text=PAYLOAD))
    db.commit()


def test_script_in_any_text_field_renders_inert_on_every_page(app, db, world):
    plant_payloads(db, world)
    table = expected_table()
    clients = {ANON: app.test_client(), **signed_in_clients(app, world)}
    admin = app.test_client()
    admin.post("/auth/inloggen", data={"email": world.admin.email, "password": factories.PASSWORD})
    clients["beheerder"] = admin
    pages = 0
    for rule in RULES:
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        with app.test_request_context():
            url = url_for(rule.endpoint, **url_values(world, rule))
        for role in sorted(table.get(rule.endpoint, ())):
            response = clients[role].get(url)
            if response.mimetype != "text/html":
                response.close()
                continue  # downloads (CSV, docx, JSON) are data, not pages; their own tests check them
            body = response.get_data(as_text=True)
            response.close()
            assert '<script>alert("xss")' not in body, f"{role} {url}"
            assert "<img src=x onerror" not in body, f"{role} {url}"
            pages += 1
    assert pages > 20


def test_role_project_and_owner_cannot_be_set_from_a_form(app, db, world, login, client):
    from interviews.models import Participant
    from research.models import Membership

    login(world.key_figure)
    client.post(f"/p/{world.project.slug}/deelnemers/nieuw", data={
        "group": "ouder", "age_band": "26-40", "wijk": "Seghwaert", "language": "nl",
        "project_id": world.other_project.id, "created_by_id": world.researcher.id, "role": "onderzoeker",
    })
    client.post("/auth/taal", data={"lang": "nl", "role": "beheerder", "site_role": "beheerder"})
    db.expire_all()
    newest = db.exec(select(Participant).order_by(Participant.id.desc())).first()
    assert (newest.project_id, newest.created_by_id) == (world.project.id, world.key_figure.id)
    role = db.exec(select(Membership.role).where(Membership.user_id == world.key_figure.id)).one()
    assert role == "sleutelfiguur"
    assert db.get(User, world.key_figure.id).site_role == "sleutelfiguur"
