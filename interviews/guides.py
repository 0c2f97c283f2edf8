"""The gespreksleidraad: one current version per project, with sections, questions and probes.

A version that interviews already use is frozen, so every interview keeps the questions it was
held with; the researcher makes a new version (a copy) to change it.
"""

from collections import defaultdict
from dataclasses import dataclass, field

from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy.exc import IntegrityError
from sqlmodel import func, select

from interviews.errors import GuideError, NotFound
from interviews.models import Guide, Interview, Probe, Question, Section

UP, DOWN = "up", "down"
MAX_PROBES = 20
MAX_PROBE_CHARS = 1000


@dataclass
class QuestionItem:
    question: Question
    probes: list[Probe] = field(default_factory=list)


@dataclass
class SectionItem:
    section: Section
    questions: list[QuestionItem] = field(default_factory=list)


def current_guide(db, project) -> Guide | None:
    """The project's newest guide version, or None before the first edit."""
    return _newest(db, project.id)


def _newest(db, project_id: int) -> Guide | None:
    query = select(Guide).where(Guide.project_id == project_id).order_by(Guide.version.desc())
    return db.exec(query).first()


def ensure_guide(db, project) -> Guide:
    """The current guide; version 1 is made on first use."""
    guide = current_guide(db, project)
    if guide is not None:
        return guide
    guide = Guide(project_id=project.id, version=1, title=_("Gespreksleidraad"))
    db.add(guide)
    try:
        db.flush()
    except IntegrityError:
        # Someone else made version 1 at the same moment: use theirs.
        db.rollback()
        return current_guide(db, project)
    return guide


def interview_count(db, guide: Guide | None) -> int:
    """How many interviews use this guide version."""
    if guide is None or guide.id is None:
        return 0
    return db.exec(select(func.count()).select_from(Interview).where(Interview.guide_id == guide.id)).one()


def outline(db, guide: Guide | None) -> list[SectionItem]:
    """The guide's sections in order, each with its questions and their probes."""
    if guide is None or guide.id is None:
        return []
    sections = _sections(db, guide)
    questions = db.exec(
        select(Question).where(Question.section_id.in_([s.id for s in sections]))
        .order_by(Question.position, Question.id)
    ).all()
    probes = db.exec(
        select(Probe).where(Probe.question_id.in_([q.id for q in questions])).order_by(Probe.position, Probe.id)
    ).all()
    probes_by_question = defaultdict(list)
    for probe in probes:
        probes_by_question[probe.question_id].append(probe)
    items = {s.id: SectionItem(s) for s in sections}
    for question in questions:
        items[question.section_id].questions.append(QuestionItem(question, probes_by_question[question.id]))
    return list(items.values())


def ordered_questions(db, guide_id: int) -> list[tuple[Section, Question]]:
    """Every (section, question) of a guide version in interview order."""
    query = (
        select(Section, Question)
        .join(Question, Question.section_id == Section.id)
        .where(Section.guide_id == guide_id)
        .order_by(Section.position, Section.id, Question.position, Question.id)
    )
    return list(db.exec(query))


def probes_of(db, question: Question) -> list[Probe]:
    """A question's probes in order."""
    query = select(Probe).where(Probe.question_id == question.id).order_by(Probe.position, Probe.id)
    return list(db.exec(query))


def guide_for(db, project, guide_id: int) -> Guide:
    """A guide version of this project, or NotFound."""
    return _found(db.exec(select(Guide).where(Guide.id == guide_id, Guide.project_id == project.id)).first())


def section_for(db, project, section_id: int) -> Section:
    """A section of this project's guides, or NotFound."""
    query = select(Section).join(Guide).where(Section.id == section_id, Guide.project_id == project.id)
    return _found(db.exec(query).first())


def question_for(db, project, question_id: int) -> Question:
    """A question of this project's guides, or NotFound."""
    query = (
        select(Question).join(Section).join(Guide)
        .where(Question.id == question_id, Guide.project_id == project.id)
    )
    return _found(db.exec(query).first())


def add_section(db, project, *, title: str, intro: str = "") -> Section:
    """Add a section (theme) at the end of the current guide."""
    guide = ensure_guide(db, project)
    _check_editable(db, guide)
    title = _required(title, "title")
    section = Section(guide_id=guide.id, position=len(_sections(db, guide)), title=title, intro=_plain(intro))
    db.add(section)
    db.flush()
    return section


def update_section(db, section: Section, *, title: str, intro: str = "") -> Section:
    """Change a section's title and introduction."""
    _check_editable(db, db.get(Guide, section.guide_id))
    section.title, section.intro = _required(title, "title"), _plain(intro)
    db.add(section)
    return section


def delete_section(db, section: Section) -> None:
    """Delete a section with its questions and probes."""
    guide = db.get(Guide, section.guide_id)
    _check_editable(db, guide)
    for question in questions_of(db, section):
        _delete_question_rows(db, question)
    db.delete(section)
    db.flush()
    _renumber(db, _sections(db, guide))


def move_section(db, section: Section, direction: str) -> None:
    """Swap a section with the one above or below it."""
    guide = db.get(Guide, section.guide_id)
    _check_editable(db, guide)
    _move(db, _sections(db, guide), section, direction)


def add_question(db, section: Section, *, text: str, note: str = "", probes: str = "") -> Question:
    """Add an open question at the end of a section; probes are one per line."""
    _check_editable(db, db.get(Guide, section.guide_id))
    lines = parse_probes(probes)
    text = _required(text, "text")
    question = Question(section_id=section.id, position=len(questions_of(db, section)), text=text, note=_plain(note))
    db.add(question)
    db.flush()
    replace_probes(db, question, lines)
    return question


def update_question(db, question: Question, *, text: str, note: str = "", probes: str = "") -> Question:
    """Change a question's text, interviewer note and probes."""
    _check_editable(db, _guide_of_question(db, question))
    lines = parse_probes(probes)
    question.text, question.note = _required(text, "text"), _plain(note)
    db.add(question)
    replace_probes(db, question, lines)
    return question


def delete_question(db, question: Question) -> None:
    """Delete a question and its probes."""
    _check_editable(db, _guide_of_question(db, question))
    section = db.get(Section, question.section_id)
    _delete_question_rows(db, question)
    db.flush()
    _renumber(db, questions_of(db, section))


def move_question(db, question: Question, direction: str) -> None:
    """Swap a question with the one above or below it in its section."""
    _check_editable(db, _guide_of_question(db, question))
    _move(db, questions_of(db, db.get(Section, question.section_id)), question, direction)


def parse_probes(text: str) -> list[str]:
    """Probes from a textarea: one per line, empty lines ignored."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if len(lines) > MAX_PROBES:
        raise GuideError(_("Gebruik hoogstens %(n)d doorvraagvragen.", n=MAX_PROBES), field="probes")
    if any(len(line) > MAX_PROBE_CHARS for line in lines):
        raise GuideError(_("Een doorvraagvraag mag hoogstens %(n)d tekens hebben.", n=MAX_PROBE_CHARS), field="probes")
    return lines


def _check_editable(db, guide: Guide) -> None:
    if _newest(db, guide.project_id).id != guide.id:
        raise GuideError(_("Dit is een oude versie van de gespreksleidraad. Verander de nieuwste versie."))
    count = interview_count(db, guide)
    if count:
        raise GuideError(ngettext(
            "Deze versie is al gebruikt in %(num)d gesprek. Maak een nieuwe versie om iets te veranderen.",
            "Deze versie is al gebruikt in %(num)d gesprekken. Maak een nieuwe versie om iets te veranderen.",
            count,
        ))


def _plain(text: str | None) -> str:
    return (text or "").strip()


def _required(text: str, field_name: str) -> str:
    text = (text or "").strip()
    if not text:
        raise GuideError(_("Vul dit veld in."), field=field_name)
    return text


def _sections(db, guide: Guide) -> list[Section]:
    query = select(Section).where(Section.guide_id == guide.id).order_by(Section.position, Section.id)
    return list(db.exec(query))


def questions_of(db, section: Section) -> list[Question]:
    """A section's questions in order."""
    query = select(Question).where(Question.section_id == section.id).order_by(Question.position, Question.id)
    return list(db.exec(query))


def _guide_of_question(db, question: Question) -> Guide:
    return db.get(Guide, db.get(Section, question.section_id).guide_id)


def replace_probes(db, question: Question, lines: list[str]) -> None:
    """Give a question exactly these probes, in this order."""
    for probe in probes_of(db, question):
        db.delete(probe)
    for position, text in enumerate(lines):
        db.add(Probe(question_id=question.id, position=position, text=text))
    db.flush()


def _delete_question_rows(db, question: Question) -> None:
    for probe in probes_of(db, question):
        db.delete(probe)
    db.flush()  # probes first: the foreign keys are checked at every statement
    db.delete(question)
    db.flush()


def _move(db, items: list, item, direction: str) -> None:
    if direction not in (UP, DOWN):
        raise GuideError(_("Kies omhoog of omlaag."))
    index = [other.id for other in items].index(item.id)
    target = index - 1 if direction == UP else index + 1
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
    _renumber(db, items)


def _renumber(db, items: list) -> None:
    for position, item in enumerate(items):
        if item.position != position:
            item.position = position
            db.add(item)
    db.flush()


def _found(row):
    if row is None:
        raise NotFound(_("Dit onderdeel van de gespreksleidraad bestaat niet (meer)."))
    return row
