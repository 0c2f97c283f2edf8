"""New versions of a guide: a copy of the current one that can be changed while old interviews keep theirs.

A version freezes the questions' meaning, not their translations: adding or fixing a translation needs no
new version and is done in place on any version (`translation_edit.save_translations`, logged in the audit).
"""

from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError
from sqlmodel import select

from interviews.errors import GuideError
from interviews.guides import QuestionItem, current_guide, outline, replace_probes
from interviews.models import Guide, Question, QuestionTranslation, Section, SectionTranslation


def new_version(db, project, guide: Guide) -> Guide:
    """Copy the current guide, with its sections, questions, probes and translations, into the next version."""
    if current_guide(db, project).id != guide.id:
        raise GuideError(_("Dit is niet de nieuwste versie. Maak een nieuwe versie van de nieuwste."))
    return copy_guide(db, guide, project)


def copy_guide(db, guide: Guide, project) -> Guide:
    """The guide, with its sections, questions, probes and translations, as the next version in `project`.

    The same project for a new version; the next round's project when a project starts a new round.
    """
    copy = next_version(db, project, title=guide.title, based_on_id=guide.id)
    for item in outline(db, guide):
        section = Section(guide_id=copy.id, position=item.section.position, title=item.section.title,
                          intro=item.section.intro)
        db.add(section)
        db.flush()
        _copy_section_translations(db, item.section, section)
        for entry in item.questions:
            _copy_question(db, entry, section)
    return copy


def next_version(db, project, *, title: str, based_on_id: int | None = None, **fields) -> Guide:
    """An empty guide version after the newest one; refused when someone made it at the same moment."""
    newest = current_guide(db, project)
    guide = Guide(project_id=project.id, version=(newest.version if newest else 0) + 1, title=title,
                  based_on_id=based_on_id, **fields)
    db.add(guide)
    try:
        db.flush()
    except IntegrityError:
        # Another researcher made the next version at the same moment.
        db.rollback()
        raise GuideError(_("Er is net al een nieuwe versie gemaakt. Kijk op de pagina van de leidraad.")) from None
    return guide


def _copy_question(db, entry: QuestionItem, section: Section) -> None:
    old = entry.question
    question = Question(section_id=section.id, position=old.position, key=old.key, kind=old.kind, text=old.text,
                        note=old.note, options=old.options, show_if=old.show_if)
    db.add(question)
    db.flush()
    replace_probes(db, question, [probe.text for probe in entry.probes])
    for row in db.exec(select(QuestionTranslation).where(QuestionTranslation.question_id == old.id)):
        db.add(QuestionTranslation(question_id=question.id, lang=row.lang, text=row.text, options=row.options))


def _copy_section_translations(db, old: Section, new: Section) -> None:
    for row in db.exec(select(SectionTranslation).where(SectionTranslation.section_id == old.id)):
        db.add(SectionTranslation(section_id=new.id, lang=row.lang, title=row.title, intro=row.intro))
