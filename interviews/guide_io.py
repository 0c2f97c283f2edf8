"""XLSForm import into a new guide version, and export of a version: the database side of interviews.xlsform."""

import hashlib
import json

from flask_babel import gettext as _
from sqlmodel import select

from interviews import guides
from interviews.guide_versions import next_version
from interviews.models import Guide, Probe, Question, QuestionTranslation, Section, SectionTranslation
from interviews.question_fields import condition_problems
from interviews.questions import Choice, condition_of, dump_condition, dump_options, options_of
from interviews.translation_edit import translations_for
from interviews.translations import option_labels
from interviews.xlsform.read import read_guide
from interviews.xlsform.spec import GuideSpec, ImportWarning, QuestionSpec, SectionSpec, XLSFormError
from interviews.xlsform.workbook import read_workbook
from interviews.xlsform.write import write_guide


def import_xlsform(db, project, data: bytes, filename: str) -> tuple[Guide, bool]:
    """Read an XLSForm into a new guide version; (version, False) when this same file made the newest one.

    Raises XLSFormError (nothing stored) for files that are no readable XLSForm. The caller commits once.
    """
    digest = hashlib.sha256(data or b"").hexdigest()
    newest = guides.current_guide(db, project)
    if newest is not None and newest.source_sha256 == digest:
        return newest, False  # the same upload again (a double submit): no second version
    spec, warnings = read_guide(read_workbook(data))
    guide = next_version(db, project, title=spec.title, source=f"XLSForm: {filename}"[:200],
                         source_sha256=digest, import_warnings=dump_warnings(warnings))
    store_spec(db, guide, spec)
    problems = condition_problems([q for _s, q in guides.ordered_questions(db, guide.id)])
    if problems:  # the reader only keeps conditions on earlier questions; this is a safety net
        raise XLSFormError(problems[0], warnings)
    return guide, True


def store_spec(db, guide: Guide, spec: GuideSpec) -> None:
    """Write a GuideSpec's sections, questions, probes and translations into an empty guide version."""
    for position, item in enumerate(spec.sections):
        section = Section(guide_id=guide.id, position=position, title=item.title, intro=item.intro)
        db.add(section)
        db.flush()
        for lang in set(item.title_translations) | set(item.intro_translations):
            db.add(SectionTranslation(section_id=section.id, lang=lang, title=item.title_translations.get(lang, ""),
                                      intro=item.intro_translations.get(lang, "")))
        for number, entry in enumerate(item.questions):
            _store_question(db, section, number, entry)
    db.flush()


def _store_question(db, section: Section, position: int, entry: QuestionSpec) -> None:
    question = Question(section_id=section.id, position=position, key=entry.key, kind=entry.kind, text=entry.text,
                        note=entry.note, options=dump_options(entry.options), show_if=dump_condition(entry.show_if))
    db.add(question)
    db.flush()
    for number, text in enumerate(entry.probes):
        db.add(Probe(question_id=question.id, position=number, text=text))
    for lang in set(entry.translations) | set(entry.option_translations):
        labels = entry.option_translations.get(lang, {})
        db.add(QuestionTranslation(question_id=question.id, lang=lang, text=entry.translations.get(lang, ""),
                                   options=json.dumps(labels, ensure_ascii=False) if labels else ""))


def spec_of(db, guide: Guide) -> GuideSpec:
    """A guide version as plain data, with its translations."""
    texts = translations_for(db, guide.id)
    spec = GuideSpec(title=guide.title)
    for item in guides.outline(db, guide):
        section = item.section
        rows = {lang: row for (sid, lang), row in texts.sections.items() if sid == section.id}
        spec.sections.append(SectionSpec(
            title=section.title, intro=section.intro,
            title_translations={lang: r.title for lang, r in rows.items() if r.title},
            intro_translations={lang: r.intro for lang, r in rows.items() if r.intro},
            questions=[_question_spec(entry, texts) for entry in item.questions],
        ))
    return spec


def _question_spec(entry, texts) -> QuestionSpec:
    question = entry.question
    langs = {lang for (qid, lang) in texts.questions if qid == question.id}
    return QuestionSpec(
        key=question.key or f"vraag_{question.id}", kind=question.kind, text=question.text, note=question.note,
        probes=[p.text for p in entry.probes], options=[Choice(c.value, c.label) for c in options_of(question)],
        show_if=condition_of(question.show_if),
        translations={lang: t.text for lang in langs if (t := texts.questions[(question.id, lang)]).text},
        option_translations={lang: labels for lang in langs if (labels := option_labels(question, lang, texts))},
    )


def export_xlsform(db, guide: Guide) -> bytes:
    """A guide version as XLSForm .xlsx bytes."""
    return write_guide(spec_of(db, guide))


def dump_warnings(warnings: list[ImportWarning]) -> str:
    """Warnings as the JSON kept on the imported version."""
    return json.dumps([{"sheet": w.sheet, "row": w.row, "message": w.message} for w in warnings], ensure_ascii=False)


def import_warnings(guide: Guide) -> list[ImportWarning]:
    """The warnings of an imported version ([] for versions made in Wijkstem)."""
    try:
        items = json.loads(guide.import_warnings or "[]")
    except ValueError:
        return []
    return [ImportWarning(i.get("sheet", ""), i.get("row"), i.get("message", "")) for i in items if isinstance(i, dict)]


def export_filename(project, guide: Guide) -> str:
    """A download name such as leidraad-seghwaert-v3.xlsx."""
    return _("leidraad-%(slug)s-v%(version)d.xlsx", slug=project.slug, version=guide.version)


def imported_versions(db, project) -> list[Guide]:
    """Guide versions of a project that came from a file, newest first."""
    query = select(Guide).where(Guide.project_id == project.id, Guide.source != "").order_by(Guide.version.desc())
    return list(db.exec(query))
