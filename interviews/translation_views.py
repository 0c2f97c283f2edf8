"""The researcher translates a guide version and previews it as a participant would see it."""

from flask import g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from interviews import guides, translation_edit
from interviews.forms import ConfirmForm
from interviews.questions import choices_for, condition_of, options_of
from interviews.translations import (
    PARTICIPANT_LANGUAGES,
    participant_language,
    question_text,
    section_intro,
    section_title,
    text_direction,
)
from interviews.views import bp, done
from research import audit
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/leidraad/<int:guide_id>/vertalingen")
@allow(Role.RESEARCHER)
def guide_translations(slug, guide_id):
    db = get_session()
    guide = guides.guide_for(db, g.project, guide_id)
    return render_template("interviews/guide_translations.html", guide=guide,
                           coverage=translation_edit.coverage(db, guide), in_use=guides.interview_count(db, guide),
                           newest=guides.current_guide(db, g.project).id == guide.id)


@bp.route("/leidraad/<int:guide_id>/vertalingen/<lang>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def guide_translation_edit(slug, guide_id, lang):
    db = get_session()
    guide = guides.guide_for(db, g.project, guide_id)
    translation_edit.check_language(lang)
    form = ConfirmForm()
    if form.validate_on_submit() and done(form, lambda: _save_logged(db, guide, lang),
                                          _("De vertalingen zijn opgeslagen.")):
        return redirect(url_for(".guide_translations", slug=slug, guide_id=guide.id))
    values = request.form if request.method == "POST" else translation_edit.translation_values(db, guide, lang)
    return render_template("interviews/guide_translation_edit.html", guide=guide, target=lang, form=form,
                           outline=guides.outline(db, guide), values=values, direction=text_direction(lang),
                           choices_of=options_of, in_use=guides.interview_count(db, guide))


def _save_logged(db, guide, lang) -> None:
    """Store the page's translations in place, also on a version in use, and log who changed them."""
    count = translation_edit.save_translations(db, guide, lang, request.form)
    audit.record("vertaling_gewijzigd", project_id=g.project.id, object_type="guide", object_id=guide.id,
                 detail=f"versie {guide.version}, taal {lang}, {count} teksten vertaald, "
                        f"{guides.interview_count(db, guide)} gesprekken met deze versie")


@bp.route("/leidraad/<int:guide_id>/voorbeeld")
@allow(Role.RESEARCHER)
def guide_preview(slug, guide_id):
    db = get_session()
    guide = guides.guide_for(db, g.project, guide_id)
    lang = participant_language(request.args.get("taal"))
    texts = translation_edit.translations_for(db, guide.id)
    helpers = {"question_text": question_text, "section_title": section_title, "section_intro": section_intro,
               "choices_for": choices_for, "condition_of": condition_of}
    return render_template("interviews/guide_preview.html", guide=guide, outline=guides.outline(db, guide),
                           target=lang, languages=PARTICIPANT_LANGUAGES, texts=texts, direction=text_direction(lang),
                           **helpers)
