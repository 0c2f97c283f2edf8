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
