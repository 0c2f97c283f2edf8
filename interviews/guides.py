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

from interviews import question_fields as fields
from interviews.errors import GuideError, NotFound
from interviews.models import Guide, Interview, Probe, Question, QuestionTranslation, Section, SectionTranslation

UP, DOWN = "up", "down"


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
    check_editable(db, guide)
    title, intro = fields.checked_text(title, "title"), fields.checked_text(intro, "intro", required=False)
    sections = _sections(db, guide)
    if any(s.title.casefold() == title.casefold() for s in sections):
        raise GuideError(_("Er is al een thema met deze titel. Er is niets toegevoegd."), field="title")
    section = Section(guide_id=guide.id, position=len(sections), title=title, intro=intro)
    db.add(section)
    db.flush()
    return section


def update_section(db, section: Section, *, title: str, intro: str = "") -> Section:
    """Change a section's title and introduction."""
    check_editable(db, db.get(Guide, section.guide_id))
    section.title = fields.checked_text(title, "title")
    section.intro = fields.checked_text(intro, "intro", required=False)
    db.add(section)
    return section


def delete_section(db, section: Section) -> None:
    """Delete a section with its questions and probes."""
    guide = db.get(Guide, section.guide_id)
    check_editable(db, guide)
    fields.check_conditions([q for s, q in ordered_questions(db, guide.id) if s.id != section.id])
    for question in questions_of(db, section):
        _delete_question_rows(db, question)
    for row in db.exec(select(SectionTranslation).where(SectionTranslation.section_id == section.id)):
        db.delete(row)
    db.flush()
    db.delete(section)
    db.flush()
    _renumber(db, _sections(db, guide))


def move_section(db, section: Section, direction: str) -> None:
    """Swap a section with the one above or below it."""
    guide = db.get(Guide, section.guide_id)
    check_editable(db, guide)
    order = _moved(_sections(db, guide), section, direction)
    fields.check_conditions([q for s in order for q in questions_of(db, s)])
    _renumber(db, order)


def add_question(db, section: Section, *, text: str, note: str = "", probes: str = "", kind: str = "open",
                 options: str = "", show_if_question: int | None = None, show_if_values: str = "") -> Question:
    """Add a question at the end of a section; probes and options are one per line."""
    guide = db.get(Guide, section.guide_id)
    check_editable(db, guide)
    lines = fields.parse_probes(probes)
    siblings = questions_of(db, section)
    text = fields.checked_text(text, "text")
    if any(q.text.casefold() == text.casefold() for q in siblings):
        raise GuideError(_("Deze vraag staat al in dit thema. Er is niets toegevoegd."), field="text")
    question = Question(section_id=section.id, position=len(siblings), text=text,
                        key=fields.next_key(_ensure_keys(db, guide)))
    _fill(db, question, earlier_questions(db, guide, section, None), note=note, kind=kind, options=options,
          show_if_question=show_if_question, show_if_values=show_if_values)
    db.add(question)
    db.flush()
    replace_probes(db, question, lines)
    return question


def update_question(db, question: Question, *, text: str, note: str = "", probes: str = "", kind: str = "open",
                    options: str = "", show_if_question: int | None = None, show_if_values: str = "") -> Question:
    """Change a question's text, type, options, condition, interviewer note and probes."""
    guide = _guide_of_question(db, question)
    check_editable(db, guide)
    lines = fields.parse_probes(probes)
    _ensure_keys(db, guide)
    earlier = earlier_questions(db, guide, db.get(Section, question.section_id), question)
    question.text = fields.checked_text(text, "text")
    _fill(db, question, earlier, note=note, kind=kind, options=options, show_if_question=show_if_question,
          show_if_values=show_if_values)
    db.add(question)
    fields.check_conditions([q for _s, q in ordered_questions(db, guide.id)])
    replace_probes(db, question, lines)
    return question


def _fill(db, question, earlier, *, note, kind, options, show_if_question, show_if_values) -> None:
    question.note = fields.checked_text(note, "note", required=False)
    fields.apply_kind(question, kind, options)
    fields.apply_condition(question, earlier, show_if_question, show_if_values)


def _ensure_keys(db, guide: Guide) -> set[str]:
    # Conditions refer to questions by key; questions made before keys existed get one now.
    questions = [q for _s, q in ordered_questions(db, guide.id)]
    taken = {q.key for q in questions if q.key}
    for question in questions:
        if not question.key:
            question.key = fields.next_key(taken)
            taken.add(question.key)
            db.add(question)
    return taken


def earlier_questions(db, guide: Guide, section: Section, question: Question | None) -> list[Question]:
    """The questions before this one in interview order (up to the end of `section` for a new one)."""
    ordered = ordered_questions(db, guide.id)
    if question is not None and question.id is not None:
        ids = [q.id for _s, q in ordered]
        return [q for _s, q in ordered[:ids.index(question.id)]]
    return [q for s, q in ordered if (s.position, s.id) <= (section.position, section.id)]


def delete_question(db, question: Question) -> None:
    """Delete a question and its probes."""
    guide = _guide_of_question(db, question)
    check_editable(db, guide)
    fields.check_conditions([q for _s, q in ordered_questions(db, guide.id) if q.id != question.id])
    section = db.get(Section, question.section_id)
    _delete_question_rows(db, question)
    db.flush()
    _renumber(db, questions_of(db, section))


def move_question(db, question: Question, direction: str) -> None:
    """Swap a question with the one above or below it in its section."""
    guide = _guide_of_question(db, question)
    check_editable(db, guide)
    order = _moved(questions_of(db, db.get(Section, question.section_id)), question, direction)
    slots = iter(order)  # the section's questions in their new order, in place of the old
    fields.check_conditions([next(slots) if s.id == question.section_id else q
                             for s, q in ordered_questions(db, guide.id)])
    _renumber(db, order)


def check_editable(db, guide: Guide) -> None:
    """Refuse changes to an old version, or to a version that interviews already use."""
    if _newest(db, guide.project_id).id != guide.id:
        raise GuideError(_("Dit is een oude versie van de gespreksleidraad. Verander de nieuwste versie."))
    count = interview_count(db, guide)
    if count:
        raise GuideError(ngettext(
            "Deze versie is al gebruikt in %(num)d gesprek. Maak een nieuwe versie om iets te veranderen.",
            "Deze versie is al gebruikt in %(num)d gesprekken. Maak een nieuwe versie om iets te veranderen.",
            count,
        ))


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
    for row in db.exec(select(QuestionTranslation).where(QuestionTranslation.question_id == question.id)):
        db.delete(row)
    db.flush()  # probes first: the foreign keys are checked at every statement
    db.delete(question)
    db.flush()


def _moved(items: list, item, direction: str) -> list:
    if direction not in (UP, DOWN):
        raise GuideError(_("Kies omhoog of omlaag."))
    items = list(items)
    index = [other.id for other in items].index(item.id)
    target = index - 1 if direction == UP else index + 1
    if 0 <= target < len(items):
        items[index], items[target] = items[target], items[index]
    return items


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
