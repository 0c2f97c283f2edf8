"""`wijkstem demo load`: the Seghwaert project with one account per role, and the guards around it."""

from sqlmodel import func, select

from coding.demo import content
from coding.demo.load import DEMO_PASSWORD
from coding.models import Code, Coding, Segment
from interviews.models import Answer, Interview
from research.models import Project, User
from research.users import authenticate


def count(db, model):
    return db.exec(select(func.count()).select_from(model)).one()


def test_demo_load_creates_the_project_accounts_and_data(runner, db):
    result = runner.invoke(args=["demo", "load"])
    assert result.exit_code == 0, result.output
    for email in ("beheerder@demo.wijkstem.nl", "onderzoeker@demo.wijkstem.nl",
                  "sleutelfiguur@demo.wijkstem.nl", "gemeente@demo.wijkstem.nl"):
        assert email in result.output
        assert authenticate(db, email, DEMO_PASSWORD) is not None
    project = db.exec(select(Project).where(Project.slug == "seghwaert")).one()
    assert project.wijk == "Seghwaert"
    assert count(db, Interview) >= 30
    assert count(db, Answer) >= 300
    assert db.exec(select(func.count()).select_from(Code).where(Code.parent_id.is_(None))).one() >= 10
    assert count(db, Coding) >= 100
    # Every coded segment is exactly the text at its offsets.
    for segment in db.exec(select(Segment)).all()[:50]:
        answer = db.get(Answer, segment.answer_id)
        assert answer.text[segment.start:segment.end] == segment.text


def test_demo_load_refuses_a_second_time_and_if_empty_skips(runner, db):
    runner.invoke(args=["demo", "load"])
    users = count(db, User)
    again = runner.invoke(args=["demo", "load"])
    assert again.exit_code != 0 and "bestaan al" in again.output
    skipped = runner.invoke(args=["demo", "load", "--if-empty"])
    assert skipped.exit_code == 0 and "niet opnieuw geladen" in skipped.output
    assert count(db, User) == users


def test_no_demo_accounts_before_loading(db):
    assert count(db, User) == 0


def test_approved_demo_quotes_carry_no_planted_personal_data(runner, db):
    runner.invoke(args=["demo", "load"])
    quotes = [s.quote_text for s in db.exec(select(Segment).where(Segment.quote_status == "goedgekeurd"))]
    assert quotes
    for planted in content.PLANTED_PII:
        assert not any(planted in quote for quote in quotes), planted
