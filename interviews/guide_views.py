"""The researcher writes the gespreksleidraad: sections and questions, added, changed, moved, deleted."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from interviews import guide_versions, guides, translation_edit
from interviews.forms import ConfirmForm, MoveForm, QuestionForm, SectionForm
from interviews.question_fields import condition_form_values
from interviews.questions import KIND_LABELS, condition_parts, condition_values, options_of
from interviews.views import bp, done
from research.access import allow
from research.db import get_session
from research.forms import choices
from research.roles import Role


@bp.route("/leidraad")
@allow(Role.RESEARCHER)
def guide_show(slug):
    db = get_session()
    guide = guides.current_guide(db, g.project)
    items = guides.outline(db, guide)
    return render_template(
        "interviews/guide_show.html", guide=guide, outline=items, in_use=guides.interview_count(db, guide),
        form=ConfirmForm(), kinds=KIND_LABELS, conditions=_conditions(items), choices_of=options_of,
        coverage=translation_edit.coverage(db, guide),
    )


def _conditions(items) -> dict:
    """Question id -> [(number of an earlier question, the answers that make it asked)], for the overview."""
    numbers, labels, result = {}, {}, {}
    for number, entry in enumerate((e for item in items for e in item.questions), start=1):
        question = entry.question
        parts = [(numbers[c["question_key"]], [labels[c["question_key"]].get(v, v) for v in condition_values(c)])
                 for c in condition_parts(question.show_if) if c["question_key"] in numbers]
        if parts:
            result[question.id] = parts
        numbers[question.key] = number
        labels[question.key] = {c.value: c.label for c in options_of(question)}
    return result


@bp.route("/leidraad/<int:guide_id>/nieuwe-versie", methods=["POST"])
@allow(Role.RESEARCHER)
def guide_version_create(slug, guide_id):
    db = get_session()
    guide = guides.guide_for(db, g.project, guide_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        done(form, lambda: guide_versions.new_version(db, g.project, guide), _("Er is een nieuwe versie gemaakt."))
    return redirect(url_for(".guide_show", slug=slug))


@bp.route("/leidraad/thema/nieuw", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_section_create(slug):
    form = SectionForm()
    if form.validate_on_submit() and done(
        form, lambda: guides.add_section(get_session(), g.project, title=form.title.data, intro=form.intro.data),
        _("Het thema is toegevoegd."),
    ):
        return redirect(url_for(".guide_show", slug=slug))
    return render_template("interviews/guide_section_edit.html", form=form, section=None)


@bp.route("/leidraad/thema/<int:section_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_section_edit(slug, section_id):
    section = guides.section_for(get_session(), g.project, section_id)
    form = SectionForm(obj=section)
    if form.validate_on_submit() and done(
        form, lambda: guides.update_section(get_session(), section, title=form.title.data, intro=form.intro.data),
        _("Het thema is opgeslagen."),
    ):
        return redirect(url_for(".guide_show", slug=slug, _anchor=f"thema-{section.id}"))
    return render_template("interviews/guide_section_edit.html", form=form, section=section)


@bp.route("/leidraad/thema/<int:section_id>/verwijderen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_section_delete(slug, section_id):
    db = get_session()
    section = guides.section_for(db, g.project, section_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        done(form, lambda: guides.delete_section(db, section), _("Het thema is verwijderd."))
        return redirect(url_for(".guide_show", slug=slug))
    questions = guides.questions_of(db, section)
    return render_template("interviews/guide_delete.html", form=form, section=section, questions=questions)


@bp.route("/leidraad/thema/<int:section_id>/verplaatsen", methods=["POST"])
@allow(Role.RESEARCHER)
def guide_section_move(slug, section_id):
    db = get_session()
    section = guides.section_for(db, g.project, section_id)
    form = MoveForm()
    if not form.validate_on_submit():
        flash(_("Kies omhoog of omlaag."), "error")
    else:
        done(form, lambda: guides.move_section(db, section, form.direction.data), _("Het thema is verplaatst."))
    return redirect(url_for(".guide_show", slug=slug, _anchor=f"thema-{section.id}"))


@bp.route("/leidraad/thema/<int:section_id>/vraag/nieuw", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_question_create(slug, section_id):
    db = get_session()
    section = guides.section_for(db, g.project, section_id)
    form = QuestionForm()
    _condition_choices(form, guides.earlier_questions(db, guides.guide_for(db, g.project, section.guide_id),
                                                      section, None))
    if form.validate_on_submit() and done(
        form, lambda: guides.add_question(db, section, **_question_fields(form)), _("De vraag is toegevoegd."),
    ):
        return redirect(url_for(".guide_show", slug=slug, _anchor=f"thema-{section.id}"))
    return render_template("interviews/guide_question_edit.html", form=form, section=section, question=None)


@bp.route("/leidraad/vraag/<int:question_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_question_edit(slug, question_id):
    db = get_session()
    question = guides.question_for(db, g.project, question_id)
    section = guides.section_for(db, g.project, question.section_id)
    earlier = guides.earlier_questions(db, guides.guide_for(db, g.project, section.guide_id), section, question)
    form = QuestionForm(**_question_data(db, question, earlier))
    _condition_choices(form, earlier)
    if form.validate_on_submit() and done(
        form, lambda: guides.update_question(db, question, **_question_fields(form)), _("De vraag is opgeslagen."),
    ):
        return redirect(url_for(".guide_show", slug=slug, _anchor=f"vraag-{question.id}"))
    return render_template("interviews/guide_question_edit.html", form=form, section=section, question=question)


def _question_data(db, question, earlier) -> dict:
    source_id, values = condition_form_values(question, earlier)
    return {"text": question.text, "note": question.note, "kind": question.kind,
            "probes": "\n".join(p.text for p in guides.probes_of(db, question)),
            "options": "\n".join(c.label for c in options_of(question)),
            "show_if_question": source_id, "show_if_values": values}


def _condition_choices(form, earlier) -> None:
    form.show_if_question.choices = choices([
        ("", _("Altijd")),
        *((q.id, _("Alleen na een bepaald antwoord op vraag %(n)d: %(text)s", n=n, text=q.text[:80]))
          for n, q in enumerate(earlier, start=1)),
    ])


@bp.route("/leidraad/vraag/<int:question_id>/verwijderen", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_question_delete(slug, question_id):
    db = get_session()
    question = guides.question_for(db, g.project, question_id)
    form = ConfirmForm()
    if form.validate_on_submit():
        done(form, lambda: guides.delete_question(db, question), _("De vraag is verwijderd."))
        return redirect(url_for(".guide_show", slug=slug, _anchor=f"thema-{question.section_id}"))
    return render_template("interviews/guide_delete.html", form=form, question=question, section=None, questions=[])


@bp.route("/leidraad/vraag/<int:question_id>/verplaatsen", methods=["POST"])
@allow(Role.RESEARCHER)
def guide_question_move(slug, question_id):
    db = get_session()
    question = guides.question_for(db, g.project, question_id)
    form = MoveForm()
    if not form.validate_on_submit():
        flash(_("Kies omhoog of omlaag."), "error")
    else:
        done(form, lambda: guides.move_question(db, question, form.direction.data), _("De vraag is verplaatst."))
    return redirect(url_for(".guide_show", slug=slug, _anchor=f"vraag-{question.id}"))


def _question_fields(form) -> dict:
    return {"text": form.text.data, "note": form.note.data, "probes": form.probes.data, "kind": form.kind.data,
            "options": form.options.data, "show_if_question": form.show_if_question.data,
            "show_if_values": form.show_if_values.data}


# The other researcher pages (guide import/export, translations, preview, review) add their routes to the
# same blueprint when imported; interviews.views.register imports this module.
from interviews import guide_io_views, review_views, translation_views  # noqa: E402, F401
