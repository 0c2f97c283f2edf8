"""Factories that build real rows in the test database; each returns the object it made."""

from itertools import count

from coding.models import Code, Coding, Segment
from interviews.models import Answer, Consent, Guide, Interview, Participant, Probe, Question, Section
from research.models import Membership, Project, User
from research.users import hash_password

PASSWORD = "proef-wachtwoord-123"
_numbers = count(1)
# Hashing is deliberately slow; tests share one hash of the common password.
_PASSWORD_HASH = hash_password(PASSWORD)


def make_user(db, site_role="onderzoeker", email=None, **fields) -> User:
    n = next(_numbers)
    user = User(email=email or f"gebruiker{n}@proef.nl", password_hash=_PASSWORD_HASH, site_role=site_role, **fields)
    db.add(user)
    db.flush()
    return user


def make_project(db, slug=None, **fields) -> Project:
    n = next(_numbers)
    values = {"name": f"Proefproject {n}", "municipality": "Zoetermeer", "wijk": "Seghwaert", "code_prefix": "PP"}
    values.update(fields)
    project = Project(slug=slug or f"proef-{n}", **values)
    db.add(project)
    db.flush()
    return project


def add_member(db, user, project, role) -> Membership:
    membership = Membership(user_id=user.id, project_id=project.id, role=role)
    db.add(membership)
    db.flush()
    return membership


def make_guide(db, project, questions=("Wat vindt u fijn aan de wijk?", "Met wie praat u als het niet goed gaat?")):
    guide = Guide(project_id=project.id, title="Gespreksleidraad", version=1)
    db.add(guide)
    db.flush()
    section = Section(guide_id=guide.id, position=0, title="Opvoeden in de wijk")
    db.add(section)
    db.flush()
    made = []
    for position, text in enumerate(questions):
        question = Question(section_id=section.id, position=position, text=text, note="Neem de tijd.")
        db.add(question)
        db.flush()
        db.add(Probe(question_id=question.id, position=0, text="Kunt u een voorbeeld geven?"))
        made.append(question)
    db.flush()
    return guide, made


def make_participant(db, project, group="ouder", consent=True, created_by=None) -> Participant:
    number = next(_numbers)
    participant = Participant(
        project_id=project.id, code=f"{project.code_prefix}-{number:03d}", number=number, group=group,
        age_band="26-40", wijk=project.wijk, language="nl", created_by_id=created_by.id if created_by else None,
    )
    db.add(participant)
    db.flush()
    if consent:
        db.add(Consent(participant_id=participant.id, letter_version="1.0", takes_part=True, quotes_allowed=True,
                       given_by="deelnemer", recorded_by_id=created_by.id if created_by else None))
        db.flush()
    return participant


def make_interview(db, project, guide, participant, key_figure, answers=(), status="afgerond") -> Interview:
    interview = Interview(project_id=project.id, participant_id=participant.id, guide_id=guide.id,
                          key_figure_id=key_figure.id, status=status,
                          review_status="goedgekeurd" if status == "afgerond" else "open")
    db.add(interview)
    db.flush()
    for question, text in answers:
        db.add(Answer(interview_id=interview.id, question_id=question.id, text=text))
    db.flush()
    return interview


def make_code(db, project, name=None, parent=None, **fields) -> Code:
    code = Code(project_id=project.id, name=name or f"Thema {next(_numbers)}",
                parent_id=parent.id if parent else None, **fields)
    db.add(code)
    db.flush()
    return code


def make_segment(db, answer, code, start=0, end=None, coder=None, quote=None) -> Segment:
    end = len(answer.text) if end is None else end
    segment = Segment(answer_id=answer.id, start=start, end=end, text=answer.text[start:end],
                      created_by_id=coder.id if coder else None)
    if quote:
        segment.quote_status, segment.quote_text = "goedgekeurd", quote
    db.add(segment)
    db.flush()
    db.add(Coding(segment_id=segment.id, code_id=code.id, coder_id=coder.id if coder else None))
    db.flush()
    return segment
