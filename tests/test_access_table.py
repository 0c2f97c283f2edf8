"""Every URL rule × every role against the expected allow/deny table.

Adding a route without deciding who may use it fails here: add a row to the area's access_rows.
"""

import importlib

import pytest

from research import create_app
from tests.access_rows import ANON, CORE_ROWS, EVERYONE
from tests.conftest import TEST_CONFIG

AREA_ROW_MODULES = ["tests.interviews.access_rows", "tests.coding.access_rows"]


def expected_table():
    table = dict(CORE_ROWS)
    for name in AREA_ROW_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        table.update(module.ROWS)
    return table


def all_rules():
    app = create_app({**TEST_CONFIG, "DATABASE_URL": "sqlite://"})
    return sorted(app.url_map.iter_rules(), key=lambda r: r.endpoint)


RULES = all_rules()


def test_every_route_has_a_decision():
    table = expected_table()
    undecided = sorted({rule.endpoint for rule in RULES} - set(table))
    assert undecided == [], f"routes without an access decision: {undecided}"


def url_values(world, rule):
    values = {
        "slug": world.project.slug,
        "interview_id": world.interview.id,
        "participant_id": world.participant.id,
        "answer_id": world.answer.id,
        "code_id": world.code.id,
        "segment_id": world.segment.id,
        "question_id": world.questions[0].id,
        "section_id": world.questions[0].section_id,
        "guide_id": world.guide.id,
        "user_id": world.outsider.id,
        "position": 0,
        "token": "geen-geldige-link",
        "filename": "wijkstem.css",
        "lang": "nl",
    }
    if "round_id" in rule.arguments:  # an agreement round with the world's researcher as its coder
        from tests.coding.builders import agreement_round_id

        values["round_id"] = agreement_round_id(world)
    if "release_id" in rule.arguments:  # a released LEA report version of the world's project
        from tests.coding.report_builders import report_release_id

        values["release_id"] = report_release_id(world)
    if "action_id" in rule.arguments:  # a follow-up action the municipality carries
        from tests.coding.builders import follow_up_action_id

        values["action_id"] = follow_up_action_id(world)
    if "check_id" in rule.arguments:  # an open member-check round with one statement
        from tests.coding.builders import check_round_id

        values["check_id"], values["step"] = check_round_id(world), "sluiten"
    missing = set(rule.arguments) - set(values)
    assert not missing, f"{rule.endpoint}: no test value for {missing}; add it to url_values"
    return {name: values[name] for name in rule.arguments}


def call(client, rule, url):
    if "GET" in rule.methods:
        return client.get(url)
    return client.post(url, data={})


def is_refused(role, response):
    if role == ANON:
        to_login = response.status_code == 302 and "/auth/inloggen" in response.headers.get("Location", "")
        return to_login or response.status_code == 401
    return response.status_code == 403


@pytest.mark.parametrize("rule", RULES, ids=lambda r: f"{r.endpoint}:{r.rule}")
def test_route_allows_exactly_the_expected_roles(rule, app, world, login):
    allowed = expected_table().get(rule.endpoint)
    assert allowed is not None, f"{rule.endpoint} has no row in the access table"
    with app.test_request_context():
        from flask import url_for

        url = url_for(rule.endpoint, **url_values(world, rule))
    # Refused roles first, so that an allowed POST changing data cannot mask a refusal.
    roles = sorted(EVERYONE, key=lambda role: (role in allowed, role))
    for role in roles:
        client = app.test_client()
        if role != ANON:
            credentials = {"email": world.user_for(role).email, "password": "proef-wachtwoord-123"}
            client.post("/auth/inloggen", data=credentials)
        response = call(client, rule, url)
        response.close()
        assert response.status_code != 500, f"{role} {url}: server error"
        if role in allowed:
            assert not is_refused(role, response), f"{role} should be allowed on {url}, got {response.status_code}"
        else:
            assert is_refused(role, response), f"{role} should be refused on {url}, got {response.status_code}"


def test_outsider_of_project_is_refused(app, world):
    client = app.test_client()
    client.post("/auth/inloggen", data={"email": world.outsider.email, "password": "proef-wachtwoord-123"})
    assert client.get(f"/p/{world.project.slug}/").status_code == 403
