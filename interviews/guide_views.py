"""The researcher writes the gespreksleidraad: sections and questions, added, changed, moved, deleted."""

from flask import flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from interviews import guide_versions, guides
from interviews.forms import ConfirmForm, MoveForm, QuestionForm, SectionForm
from interviews.views import bp, done
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/leidraad")
@allow(Role.RESEARCHER)
def guide_show(slug):
    db = get_session()
    guide = guides.current_guide(db, g.project)
    return render_template(
        "interviews/guide_show.html", guide=guide, outline=guides.outline(db, guide),
        in_use=guides.interview_count(db, guide), form=ConfirmForm(),
    )


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
    section = guides.section_for(get_session(), g.project, section_id)
    form = QuestionForm()
    if form.validate_on_submit() and done(
        form, lambda: guides.add_question(get_session(), section, **_question_fields(form)),
        _("De vraag is toegevoegd."),
    ):
        return redirect(url_for(".guide_show", slug=slug, _anchor=f"thema-{section.id}"))
    return render_template("interviews/guide_question_edit.html", form=form, section=section, question=None)


@bp.route("/leidraad/vraag/<int:question_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_question_edit(slug, question_id):
    db = get_session()
    question = guides.question_for(db, g.project, question_id)
    form = QuestionForm(obj=question, probes="\n".join(p.text for p in guides.probes_of(db, question)))
    if form.validate_on_submit() and done(
        form, lambda: guides.update_question(db, question, **_question_fields(form)), _("De vraag is opgeslagen."),
    ):
        return redirect(url_for(".guide_show", slug=slug, _anchor=f"vraag-{question.id}"))
    section = guides.section_for(db, g.project, question.section_id)
    return render_template("interviews/guide_question_edit.html", form=form, section=section, question=question)


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
    return {"text": form.text.data, "note": form.note.data, "probes": form.probes.data}
