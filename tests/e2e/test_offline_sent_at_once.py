"""The same offline step sent several times at the same moment (two tabs, a browser without Web Locks, a resend
while the first post still runs) against the real server and its SQLite file: the server keeps it once, and
every copy is answered "saved" (a 4xx would mark the entry failed on the tablet; a 5xx only makes it wait)."""

import re
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlmodel import select

from interviews.models import Answer, Consent, Interview, Participant
from research.models import AuditEvent
from tests.e2e.test_offline_first_minute import SHELL, SLUG, fresh_key_figure
from tests.live import log_in

pytestmark = pytest.mark.e2e
AT_ONCE = 8


def tablet_session(live_server, user):
    """A logged-in cookie jar with the form token the offline page carries."""
    session = log_in(live_server, user.email)
    page = session.get(f"{live_server}{SHELL}", timeout=30)
    token = re.search(r'data-csrf="([^"]+)"', page.text).group(1)
    session.headers.update({"X-CSRFToken": token, "Accept": "application/json"})
    return session, token


def send_at_once(session, token, url, data):
    """AT_ONCE copies of one queue entry posted at the same moment; their status codes."""
    def post(_number):
        return session.post(url, data={"csrf_token": token, **data}, timeout=60).status_code

    with ThreadPoolExecutor(AT_ONCE) as pool:
        return list(pool.map(post, range(AT_ONCE)))


def test_each_step_sent_many_times_at_once_is_stored_once(live_server, live_db):
    user = fresh_key_figure(live_db)
    session, token = tablet_session(live_server, user)
    base = f"{live_server}/p/{SLUG}/offline"
    person, interview, save = str(uuid.uuid4()), str(uuid.uuid4()), str(uuid.uuid4())
    guide = re.search(r'data-guide="(\d+)"', session.get(f"{live_server}{SHELL}", timeout=30).text).group(1)
    steps = [
        (f"{base}/deelnemer", {"client_id": person, "group": "ouder", "age_band": "26-40", "wijk": "",
                               "language": "nl"}),
        (f"{base}/toestemming", {"client_id": str(uuid.uuid4()), "participant": person, "letter_version": "1.0",
                                 "takes_part": "y", "quotes_allowed": "", "given_by": "deelnemer"}),
        (f"{base}/gesprek/beginnen", {"client_id": interview, "participant": person, "guide": guide}),
        (f"{base}/antwoord", {"client_id": save, "interview": interview, "position": "0", "version": "0",
                              "text": "De speeltuin is fijn."}),
    ]
    for url, data in steps:
        statuses = send_at_once(session, token, url, data)
        assert statuses == [200] * AT_ONCE, (url, statuses)  # each copy hears "saved", none has to wait for a resend

    live_db.expire_all()
    people = live_db.exec(select(Participant).where(Participant.created_by_id == user.id)).all()
    assert len(people) == 1
    assert len(live_db.exec(select(Consent).where(Consent.participant_id == people[0].id)).all()) == 1
    logged = live_db.exec(select(AuditEvent).where(AuditEvent.action == "toestemming_vastgelegd",
                                                   AuditEvent.object_id == str(people[0].id))).all()
    assert len(logged) == 1
    made = live_db.exec(select(Interview).where(Interview.key_figure_id == user.id)).all()
    assert [i.client_id for i in made] == [interview]
    answers = live_db.exec(select(Answer).where(Answer.interview_id == made[0].id)).all()
    assert [(a.text, a.version) for a in answers] == [("De speeltuin is fijn.", 1)]
