"""Previous, next and next-open answer on the coding page: right at the edges, without reading the whole project."""

import random

import pytest
from sqlmodel import select

from coding.corpus import codable_answer, codable_answer_order
from coding.neighbours import neighbours
from interviews.models import Answer
from tests import factories


def _interview(db, world, texts, status="afgerond"):
    """A new participant who answered the guide's questions with these texts; their answers in question order."""
    participant = factories.make_participant(db, world.project, created_by=world.key_figure)
    interview = factories.make_interview(db, world.project, world.guide, participant, world.key_figure,
                                         answers=list(zip(world.questions, texts, strict=False)), status=status)
    answers = {a.question_id: a for a in db.exec(select(Answer).where(Answer.interview_id == interview.id))}
    return [answers[q.id] for q in world.questions if q.id in answers]


@pytest.fixture
def grid(db, world):
    """Guide order is question first, then participant: A0 B0 C0 | B1 C1 (A only answered question 1).

    A draft interview in between is not codable and never a neighbour. A0 is coded (world.segment).
    """
    b0, b1 = _interview(db, world, ["Bij B op school.", "B wacht lang."])
    _interview(db, world, ["Nog bezig.", "Nog bezig."], status="bezig")
    c0, c1 = _interview(db, world, ["C vindt de wijk fijn.", "C praat met de buurvrouw."])
    db.commit()
    return {"A0": world.answer, "B0": b0, "C0": c0, "B1": b1, "C1": c1}


def _around(db, world, answer):
    return neighbours(db, world.project, codable_answer(db, world.project, answer.id))


def test_the_first_answer_has_no_previous_and_the_last_no_next(db, world, grid):
    first, last = _around(db, world, grid["A0"]), _around(db, world, grid["C1"])
    assert (first.previous_id, first.next_id) == (None, grid["B0"].id)
    assert (last.previous_id, last.next_id) == (grid["B1"].id, None)


def test_next_and_previous_cross_to_the_next_question_and_skip_drafts(db, world, grid):
    assert _around(db, world, grid["B0"]).next_id == grid["C0"].id  # the draft interview's answer is skipped
    assert _around(db, world, grid["C0"]).next_id == grid["B1"].id
    assert _around(db, world, grid["B1"]).previous_id == grid["C0"].id


def test_next_open_skips_coded_answers_and_wraps_around(db, world, grid):
    factories.make_segment(db, grid["B0"], world.code)
    factories.make_segment(db, grid["B1"], world.code)
    db.commit()
    assert _around(db, world, grid["A0"]).next_open_id == grid["C0"].id
    assert _around(db, world, grid["C0"]).next_open_id == grid["C1"].id
    assert _around(db, world, grid["C1"]).next_open_id == grid["C0"].id  # from the last one back to the start


def test_next_open_is_none_when_everything_is_coded(db, world, grid):
    for name in ("B0", "C0", "B1", "C1"):
        factories.make_segment(db, grid[name], world.code)
    db.commit()
    assert _around(db, world, grid["B1"]).next_open_id is None
    assert _around(db, world, grid["A0"]).next_open_id is None


def test_neighbours_match_the_full_guide_order(db, world):
    """On a larger mix (coded and not, drafts, an answer left empty) every answer's neighbours are those of the
    complete ordered list the page used to read."""
    rng = random.Random(3)
    for n in range(12):
        answers = _interview(db, world, [f"Antwoord {n}a.", f"Antwoord {n}b."], status=rng.choice(
            ["afgerond", "afgerond", "bezig"]))
        for answer in answers:
            if rng.random() < 0.5:
                factories.make_segment(db, answer, world.code)
    db.commit()
    order = codable_answer_order(db, world.project)
    coded = {answer_id for answer_id in order if _has_segment(db, answer_id)}
    for index, answer_id in enumerate(order):
        found = neighbours(db, world.project, codable_answer(db, world.project, answer_id))
        later = order[index + 1:] + order[:index]
        assert found.previous_id == (order[index - 1] if index else None)
        assert found.next_id == (order[index + 1] if index + 1 < len(order) else None)
        assert found.next_open_id == next((a for a in later if a not in coded), None)


def _has_segment(db, answer_id):
    from coding.models import Segment

    return db.exec(select(Segment.id).where(Segment.answer_id == answer_id)).first() is not None
