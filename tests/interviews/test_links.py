"""Journey 3: a parent holds the conversation alone through a personal link, on their own phone."""

import re
from datetime import timedelta
from html.parser import HTMLParser

import pytest
from sqlmodel import select

from interviews import links
from interviews.models import Answer, Consent, Interview, InterviewLink, QuestionTranslation
from research import create_app
from research.models import AuditEvent
from research.timeutil import utcnow
from tests import factories
from tests.conftest import TEST_CONFIG


def make_link(client, world, participant, login_as=None, end_date=""):
    """Create a link through the key figure's page; returns (page html, link path)."""
    response = client.post(f"/p/{world.project.slug}/deelnemers/{participant.id}/link", data={"end_date": end_date})
    page = response.get_data(as_text=True)
    match = re.search(r'id="link-url"[^>]*value="http://[^/"]+(/link/[^"]+)"', page)
    return page, match.group(1) if match else None


@pytest.fixture
def parent(db, world):
    """A parent registered by the key figure, without consent yet (they give it on their phone)."""
    participant = factories.make_participant(db, world.project, consent=False, created_by=world.key_figure)
    participant.language = "tr"
    db.add(participant)
    db.commit()
    return participant


@pytest.fixture
def link_path(client, world, parent, login):
    login(world.key_figure)
    _page, path = make_link(client, world, parent)
    client.post("/auth/uitloggen")  # the parent's phone has no account
    return path


def test_key_figure_makes_a_link_with_a_qr_code_and_only_its_hash_is_kept(client, db, world, parent, login):
    login(world.key_figure)
    page, path = make_link(client, world, parent)
    token = path.rsplit("/", 1)[1]
    assert 'src="data:image/svg+xml;base64,' in page and "maar één keer" in page
    link = db.exec(select(InterviewLink)).one()
    assert link.token_hash == links.token_hash(token) and token not in link.token_hash
    assert (link.participant_id, link.created_by_id, link.language) == (parent.id, world.key_figure.id, "tr")
    assert db.exec(select(AuditEvent).where(AuditEvent.action == "link_gemaakt")).one().object_id == str(parent.id)
    assert token not in client.get(f"/p/{world.project.slug}/deelnemers/{parent.id}/link").get_data(as_text=True)


def test_a_key_figure_cannot_make_a_link_for_someone_elses_participant(client, db, world, login):
    colleague = factories.make_user(db, "sleutelfiguur")
    factories.add_member(db, colleague, world.project, "sleutelfiguur")
    theirs = factories.make_participant(db, world.project, created_by=colleague)
    db.commit()
    login(world.key_figure)
    assert client.post(f"/p/{world.project.slug}/deelnemers/{theirs.id}/link").status_code == 404
    assert db.exec(select(InterviewLink)).all() == []


def test_the_end_date_must_be_ahead_and_not_too_far(client, db, world, parent, login):
    login(world.key_figure)
    for day in (utcnow().date() - timedelta(days=1), utcnow().date() + timedelta(days=200)):
        page, path = make_link(client, world, parent, end_date=day.isoformat())
        assert path is None and "einddatum" in page
    assert db.exec(select(InterviewLink)).all() == []


def test_the_parent_chooses_a_language_consents_answers_pauses_and_finishes(client, db, world, parent, link_path):
    start = client.get(link_path).get_data(as_text=True)
    assert '<html lang="tr" dir="ltr">' in start and 'value="ar" lang="ar" dir="rtl"' in start and "Türkçe" in start
    chosen = client.post(link_path, data={"lang": "ar"})
    assert chosen.headers["Location"].endswith(f"{link_path}/toestemming")
    consent_page = client.get(f"{link_path}/toestemming").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in consent_page
    assert f"<bdi>{parent.code}</bdi>" in consent_page  # a Latin code inside an Arabic sentence keeps its order

    refused = client.post(f"{link_path}/toestemming", data={"quotes_allowed": "y"})
    assert refused.status_code == 200 and 'role="alert"' in refused.get_data(as_text=True)
    assert db.exec(select(Consent).where(Consent.participant_id == parent.id)).all() == []

    given = client.post(f"{link_path}/toestemming", data={"agree_participant": "y"})
    assert given.headers["Location"].endswith(f"{link_path}/vraag/0")
    consent = db.exec(select(Consent).where(Consent.participant_id == parent.id)).one()
    assert (consent.given_by, consent.recorded_by_id, consent.quotes_allowed) == ("deelnemer", world.key_figure.id,
                                                                                  False)
    event = db.exec(select(AuditEvent).where(AuditEvent.action == "toestemming_vastgelegd")).one()
    assert "via persoonlijke link" in event.detail and event.actor_id is None
    interview = db.exec(select(Interview).where(Interview.participant_id == parent.id)).one()
    assert interview.key_figure_id == world.key_figure.id

    empty = client.post(f"{link_path}/vraag/0", data={"text": "  ", "go": "volgende"})
    assert empty.status_code == 422 and "تخطَّ السؤال" in empty.get_data(as_text=True)  # "Vraag overslaan"
    client.post(f"{link_path}/vraag/0", data={"text": "De speeltuin.", "version": "0", "go": "volgende"})
    paused = client.post(f"{link_path}/vraag/1", data={"text": "", "go": "stoppen"})
    assert paused.headers["Location"].endswith(link_path)
    resumed = client.post(link_path, data={"lang": "ar"})  # later, with the same link
    assert resumed.headers["Location"].endswith(f"{link_path}/vraag/1")
    last = client.post(f"{link_path}/vraag/1", data={"text": "Met de juf.", "version": "0", "go": "volgende"})
    assert last.headers["Location"].endswith(f"{link_path}/afronden")
    assert "2" in client.get(f"{link_path}/afronden").get_data(as_text=True)
    done = client.post(f"{link_path}/afronden")
    assert done.headers["Location"].endswith(f"{link_path}/bedankt")
    assert client.get(f"{link_path}/bedankt").status_code == 200

    db.expire_all()
    assert db.get(Interview, interview.id).status == "afgerond"
    texts = sorted(a.text for a in db.exec(select(Answer).where(Answer.interview_id == interview.id)))
    assert texts == ["De speeltuin.", "Met de juf."]
    # Used up: the link no longer opens, a second "send" changes nothing.
    gone = client.get(link_path)
    assert gone.status_code == 410 and "لقد أنهيت المحادثة بالفعل" in gone.get_data(as_text=True)  # "al afgerond"
    assert client.post(f"{link_path}/vraag/0", data={"text": "Nog iets"}).status_code == 410
    assert client.post(f"{link_path}/afronden").headers["Location"].endswith("/bedankt")
    assert sorted(a.text for a in db.exec(select(Answer).where(Answer.interview_id == interview.id))) == texts


@pytest.mark.parametrize("age_band, boxes, given_by", [
    ("<12", {"agree_parent": "y"}, "ouder"),
    ("12-15", {"agree_participant": "y", "agree_parent": "y"}, "beide"),
])
def test_who_ticks_the_box_follows_the_age_rules(client, db, world, login, age_band, boxes, given_by):
    young = factories.make_participant(db, world.project, group="jongere", consent=False, created_by=world.key_figure)
    young.age_band = age_band
    db.add(young)
    db.commit()
    login(world.key_figure)
    _page, path = make_link(client, world, young)
    only_one = dict(list(boxes.items())[:1]) if len(boxes) > 1 else {"agree_participant": "y"}
    assert client.post(f"{path}/toestemming", data=only_one).status_code == 200
    assert client.post(f"{path}/toestemming", data=boxes).status_code == 302
    assert db.exec(select(Consent).where(Consent.participant_id == young.id)).one().given_by == given_by


def test_forged_expired_and_replaced_links_get_a_friendly_page(client, db, world, parent, login):
    forged = client.get("/link/dit-is-geen-echte-link", headers={"Accept-Language": "pl,en;q=0.5"})
    assert forged.status_code == 404 and '<html lang="pl"' in forged.get_data(as_text=True)
    login(world.key_figure)
    _page, first = make_link(client, world, parent)
    _page, second = make_link(client, world, parent)  # a new link replaces the old one
    assert client.get(first).status_code == 410 and client.get(second).status_code == 200
    link = db.exec(select(InterviewLink).where(InterviewLink.revoked_at.is_(None))).one()
    link.expires_at = utcnow() - timedelta(minutes=1)
    db.add(link)
    db.commit()
    expired = client.get(second)
    assert expired.status_code == 410 and '<html lang="tr"' in expired.get_data(as_text=True)
    assert client.post(f"{second}/toestemming", data={"agree_participant": "y"}).status_code == 410
    assert db.exec(select(Consent).where(Consent.participant_id == parent.id)).all() == []


def test_a_link_only_ever_opens_its_own_participant(client, db, world, parent, login):
    other = factories.make_participant(db, world.project, created_by=world.key_figure)
    db.commit()
    login(world.key_figure)
    _page, mine = make_link(client, world, parent)
    _page, theirs = make_link(client, world, other)
    client.post(f"{mine}/toestemming", data={"agree_participant": "y"})
    client.post(f"{theirs}/toestemming", data={"agree_participant": "y"})
    client.post(f"{mine}/vraag/0", data={"text": "Van mij", "go": "volgende"})
    assert client.get(f"{mine}/vraag/9").status_code == 404
    by_participant = {
        interview.participant_id: [a.text for a in db.exec(select(Answer).where(Answer.interview_id == interview.id))]
        for interview in db.exec(select(Interview).where(Interview.participant_id.in_([parent.id, other.id])))
    }
    assert by_participant == {parent.id: ["Van mij"], other.id: []}
    assert other.code not in client.get(f"{mine}/vraag/0").get_data(as_text=True)


def test_withdrawn_consent_stops_the_link(client, db, world, parent, link_path):
    parent.withdrawn_at = utcnow()
    db.add(parent)
    db.commit()
    assert client.get(link_path).status_code == 410


def test_stopping_a_link_from_the_key_figures_page(client, db, world, parent, login):
    login(world.key_figure)
    _page, path = make_link(client, world, parent)
    response = client.post(f"/p/{world.project.slug}/deelnemers/{parent.id}/link/stoppen")
    assert response.status_code == 302 and client.get(path).status_code == 410


def test_guessing_tokens_is_rate_limited(db, db_path):
    app = create_app({**TEST_CONFIG, "RATELIMIT_ENABLED": True, "DATABASE_URL": f"sqlite:///{db_path}"})
    client = app.test_client()
    statuses = [client.get(f"/link/geraden-{n}").status_code for n in range(21)]
    assert statuses[:20] == [404] * 20 and statuses[20] == 429
    assert "Even wachten" in client.get("/link/nog-een").get_data(as_text=True)
    app.extensions["wijkstem.engine"].dispose()


class FormAudit(HTMLParser):
    """Collects inputs and how they are labelled, plus the html element's lang and dir."""

    def __init__(self):
        super().__init__()
        self.inputs, self.label_for, self.open_labels, self.html = [], set(), 0, {}

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "html":
            self.html = attrs
        elif tag == "label":
            self.open_labels += 1
            self.label_for.add(attrs.get("for"))
        elif tag in ("input", "textarea", "select") and attrs.get("type") != "hidden":
            self.inputs.append((attrs, self.open_labels > 0))

    def handle_endtag(self, tag):
        if tag == "label":
            self.open_labels -= 1

    def unlabelled(self):
        return [a for a, wrapped in self.inputs
                if not wrapped and a.get("id") not in self.label_for and "aria-labelledby" not in a]


def test_participant_pages_label_every_input_and_set_language_and_direction(client, db, world, parent, link_path):
    db.add(QuestionTranslation(question_id=world.questions[0].id, lang="tr", text="Mahallede neyi seviyorsunuz?"))
    db.commit()
    client.post(f"{link_path}/toestemming", data={"agree_participant": "y"})
    for path in (link_path, f"{link_path}/vraag/0", f"{link_path}/afronden"):
        audit = FormAudit()
        audit.feed(client.get(path).get_data(as_text=True))
        assert audit.html.get("lang") == "tr" and audit.html.get("dir") == "ltr", path
        assert audit.unlabelled() == [], path
    assert "Mahallede neyi seviyorsunuz?" in client.get(f"{link_path}/vraag/0").get_data(as_text=True)
