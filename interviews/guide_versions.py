"""New versions of a guide: a copy of the current one that can be changed while old interviews keep theirs."""

from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from interviews.errors import GuideError
from interviews.guides import QuestionItem, current_guide, outline, replace_probes
from interviews.models import Guide, Question, Section


def new_version(db, project, guide: Guide) -> Guide:
    """Copy the current guide, with its sections, questions and probes, into the next version."""
    if current_guide(db, project).id != guide.id:
        raise GuideError(_("Dit is niet de nieuwste versie. Maak een nieuwe versie van de nieuwste."))
    copy = Guide(project_id=project.id, version=guide.version + 1, title=guide.title, based_on_id=guide.id)
    db.add(copy)
    try:
        db.flush()
    except IntegrityError:
        # Another researcher made the next version at the same moment.
        db.rollback()
        raise GuideError(_("Er is net al een nieuwe versie gemaakt. Kijk op de pagina van de leidraad.")) from None
    for item in outline(db, guide):
        section = Section(guide_id=copy.id, position=item.section.position, title=item.section.title,
                          intro=item.section.intro)
        db.add(section)
        db.flush()
        for entry in item.questions:
            _copy_question(db, entry, section)
    return copy


def _copy_question(db, entry: QuestionItem, section: Section) -> None:
    old = entry.question
    question = Question(section_id=section.id, position=old.position, key=old.key, kind=old.kind, text=old.text,
                        note=old.note, options=old.options, show_if=old.show_if)
    db.add(question)
    db.flush()
    replace_probes(db, question, [probe.text for probe in entry.probes])
