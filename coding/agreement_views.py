"""Agreement pages on the coding blueprint: rounds, blind coding of the sample, figures and disagreements."""

from flask import abort, flash, g, redirect, render_template, url_for
from flask_babel import gettext as _

from coding import agreement_results as results
from coding import agreement_rounds as rounds
from coding.agreement_forms import JudgementForm, RoundForm
from coding.codebook import build_tree, codes_of
from coding.errors import CodingError
from coding.views import bp, found, log_answers_seen, show_error
from research.access import allow
from research.db import get_session
from research.roles import Role


@bp.route("/overeenstemming")
@allow(Role.RESEARCHER)
def agreement_list(slug):
    return render_template("coding/agreement_list.html", rounds=rounds.rounds_of(get_session(), g.project))


@bp.route("/overeenstemming/nieuw", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def agreement_create(slug):
    db = get_session()
    form = RoundForm()
    form.set_choices(rounds.researchers_of(db, g.project), rounds.question_choices(db, g.project))
    if form.validate_on_submit():
        try:
            answer_ids = rounds.parse_answer_ids(form.answer_ids.data)
            created = rounds.create_round(db, g.project, g.user, answer_ids=answer_ids, **form.values())
        except CodingError as error:
            show_error(form, error)
        else:
            db.commit()
            flash(_("De ronde %(name)s is klaar om te coderen.", name=created.name), "success")
            return redirect(url_for(".agreement_show", slug=slug, round_id=created.id))
    return render_template("coding/agreement_create.html", form=form)


@bp.route("/overeenstemming/<int:round_id>")
@allow(Role.RESEARCHER)
def agreement_show(slug, round_id):
    db = get_session()
    current = found(rounds.round_for, db, g.project, round_id)
    closed = current.closed_at is not None
    return render_template(
        "coding/agreement_show.html", round=current, sample=rounds.sample_of(db, g.project, current),
        own=rounds.own_codes(db, current, g.user), is_coder=g.user.id in rounds.coder_ids_of(db, current),
        progress=results.progress(db, g.project, current),
        figures=results.round_figures(db, g.project, current) if closed else None,
    )


@bp.route("/overeenstemming/<int:round_id>/antwoorden/<int:answer_id>", methods=["GET", "POST"])
@allow(Role.RESEARCHER)
def agreement_code(slug, round_id, answer_id):
    db = get_session()
    current = found(rounds.round_for, db, g.project, round_id)
    sample = rounds.sample_of(db, g.project, current)
    item = next((entry for entry in sample if entry.answer.id == answer_id), None)
    if g.user.id not in rounds.coder_ids_of(db, current):
        abort(403)
    if item is None:
        abort(404)
    form = JudgementForm()
    if form.validate_on_submit():
        try:
            rounds.save_own_codes(db, g.project, current, g.user, answer_id, form.codes.data)
        except CodingError as error:
            flash(str(error), "error")
        else:
            db.commit()
            return redirect(_after_saving(slug, current, sample, item))
    log_answers_seen("answer", answer_id)
    db.commit()
    own = rounds.own_codes(db, current, g.user)
    return render_template("coding/agreement_code.html", round=current, item=item, form=form,
                           tree=build_tree(codes_of(db, g.project)), chosen=own.get(answer_id, set()),
                           position=sample.index(item) + 1, total=len(sample))


def _after_saving(slug, current, sample, item):
    """On to the next answer of the sample; after the last one, back to the round."""
    position = sample.index(item)
    if position + 1 < len(sample):
        return url_for(".agreement_code", slug=slug, round_id=current.id, answer_id=sample[position + 1].answer.id)
    flash(_("U heeft alle antwoorden van deze ronde gecodeerd."), "success")
    return url_for(".agreement_show", slug=slug, round_id=current.id)


@bp.route("/overeenstemming/<int:round_id>/afsluiten", methods=["POST"])
@allow(Role.RESEARCHER)
def agreement_close(slug, round_id):
    db = get_session()
    current = found(rounds.round_for, db, g.project, round_id)
    rounds.close_round(db, current)
    db.commit()
    flash(_("De ronde is afgesloten. De uitkomsten staan hieronder."), "success")
    return redirect(url_for(".agreement_show", slug=slug, round_id=round_id))


@bp.route("/overeenstemming/<int:round_id>/verschillen")
@allow(Role.RESEARCHER)
def agreement_disagreements(slug, round_id):
    db = get_session()
    current = found(rounds.round_for, db, g.project, round_id)
    if current.closed_at is None:
        flash(_("De verschillen ziet u pas als de ronde is afgesloten. Zo blijft het coderen blind."), "error")
        return redirect(url_for(".agreement_show", slug=slug, round_id=round_id))
    rows = results.disagreement_rows(db, g.project, current)
    log_answers_seen("agreement_round", current.id)
    db.commit()
    return render_template("coding/agreement_disagreements.html", round=current, rows=rows,
                           figures=results.round_figures(db, g.project, current))

