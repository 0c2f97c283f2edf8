"""Fixtures shared by the interview tests."""

import pytest

from interviews import capture
from tests import factories


@pytest.fixture
def draft(db, world):
    """A fresh draft interview of the world's key figure with a consented participant (2 questions)."""
    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    interview = capture.start_interview(db, world.project, world.key_figure, participant)
    db.commit()
    return interview


@pytest.fixture
def parent_link(client, db, world, login):
    """A Dutch-reading parent's personal link; the parent has no account and no consent yet."""
    from tests.interviews.test_links import make_link

    def make(age_band="26-40", group="ouder"):
        participant = factories.make_participant(db, world.project, group=group, consent=False,
                                                 created_by=world.key_figure)
        participant.age_band = age_band
        db.add(participant)
        db.commit()
        login(world.key_figure)
        _page, path = make_link(client, world, participant)
        client.post("/auth/uitloggen")
        return path
    return make
