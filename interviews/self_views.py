"""Pages the participant opens with a personal link: language, consent, one question per screen, thanks.

No account: the token in the address is the key, and it opens exactly one participant's conversation.
Wrong tokens are counted per address (Flask-Limiter), so guessing is slow.
"""

from functools import wraps

from flask import Blueprint, flash, g, redirect, request, url_for
from flask_babel import force_locale
from flask_babel import gettext as _

from interviews import capture, guides, links
from interviews.answers import AnswerConflict
from interviews.capture_forms import LinkConsentForm, SaveForm, new_client_id, posted_text
from interviews.capture_views import skip_to
from interviews.consent_sentences import consent_sentences
from interviews.errors import InterviewError, NotFound
from interviews.forms import ConfirmForm
from interviews.language import browser_language, participant_question, render_in
from interviews.views import show_error
from research import audit
from research.access import ANYONE, allow
from research.db import get_session
from research.limits import limiter, per_process
from research.models import Project, User

links_bp = Blueprint("links", __name__, url_prefix="/link")
SKIP = "overslaan"
GUESSES = "20 per minute;100 per hour"
guess_limit = limiter.shared_limit(per_process(GUESSES), scope="persoonlijke-link",
                                   deduct_when=lambda response: response.status_code == 404)


def link_page(allow_used=False):
    """Open the token's link (or fail with a friendly page) and answer in the participant's language."""
    def decorate(view):
        @wraps(view)
        def wrapper(token, **kwargs):
            db = get_session()
            link = links.find_link(db, token, allow_used=allow_used)
            g.page_locale = links.language_of(db, link)
            with force_locale(g.page_locale):
                return view(link, token=token, **kwargs)
        return wrapper
    return decorate


def _page(template, status=200, **context):
    return render_in(g.page_locale, f"interviews/self/{template}", status, **context)


def resume_url(db, link, token) -> str:
    """Where the participant goes on: consent first, then the question they were at, then the end."""
    if not links.has_consent(db, link) or link.interview_id is None:
        return url_for(".consent_give", token=token)
    interview = links.interview_of(db, link)
    if interview.position >= len(guides.ordered_questions(db, interview.guide_id)):
        return url_for(".interview_finish", token=token)
    return url_for(".question_answer", token=token, position=interview.position)


@links_bp.route("/<token>", methods=["GET", "POST"])
@allow(ANYONE)
@guess_limit
@link_page()
def link_open(link, token):
    db = get_session()
    if ConfirmForm().validate_on_submit():
        try:
            links.choose_language(db, link, request.form.get("lang", ""))
        except InterviewError as error:
            flash(str(error), "error")
        else:
            if links.has_consent(db, link):
                links.draft_of(db, link)
            db.commit()
            return redirect(resume_url(db, link, token))
    return _page("link_open.html", token=token, started=link.interview_id is not None,
                 languages=links.PARTICIPANT_LANGUAGES)


@links_bp.route("/<token>/toestemming", methods=["GET", "POST"])
@allow(ANYONE)
@guess_limit
@link_page()
def consent_give(link, token):
    db = get_session()
    participant = links.participant_of(db, link)
    if links.has_consent(db, link) and link.interview_id is not None:
        return redirect(resume_url(db, link, token))
    form, error = LinkConsentForm(), None
    if form.validate_on_submit():
        try:
            _record_consent(db, link, participant, form)
        except InterviewError as problem:
            error = str(problem)
        else:
            db.commit()
            return redirect(resume_url(db, link, token))
    project = db.get(Project, link.project_id)
    return _page("consent_give.html", form=form, error=error, participant=participant, study=project,
                 needed=links.consenters(participant), sentences=consent_sentences(links.consenters(participant)),
                 maker=db.get(User, link.created_by_id).name,
                 total=len(guides.ordered_questions(db, guides.current_guide(db, project).id)))


def _record_consent(db, link, participant, form) -> None:
    if not links.has_consent(db, link):
        consent = links.give_consent(db, link, form.agreed(), form.quotes_allowed.data, form.contact_allowed.data)
        audit.record("toestemming_vastgelegd", project_id=link.project_id, object_type="participant",
                     object_id=participant.id, actor_id=None,
                     detail=f"via persoonlijke link {link.id}, brief {consent.letter_version}")
    links.draft_of(db, link)


@links_bp.route("/<token>/vraag/<int:position>", methods=["GET", "POST"])
@allow(ANYONE)
@guess_limit
@link_page()
def question_answer(link, token, position):
    db = get_session()
    if not links.has_consent(db, link) or link.interview_id is None:
        return redirect(url_for(".consent_give", token=token))
    interview = links.draft_of(db, link)
    screen = capture.screen_at(db, interview, position)
    if request.method == "GET" and (asked := skip_to(db, interview, screen.question, position)) != position:
        return redirect(url_for(".question_answer", token=token, position=asked) if asked < screen.total
                        else url_for(".interview_finish", token=token))
    form = SaveForm(text=screen.answer_text)
    if form.validate_on_submit():
        outcome = _submit(db, link, interview, screen, form, token)
        if outcome is not None:
            return outcome
    return _question_page(db, screen, form, token)


def _submit(db, link, interview, screen, form, token):
    """Save (unless skipped or empty) and move on; None means: show the question again."""
    go, text, position = form.go.data, posted_text(screen.question, form), screen.position
    empty = not text.strip()
    if empty and go == capture.NEXT:
        form.text.errors = _nothing_given(screen)
        return None
    try:
        saved = None if empty or go == SKIP else capture.save_answer(
            db, interview, position, text, form.version.data, form.client_id.data)
        capture.move(db, interview, position, capture.NEXT if go == SKIP else go)
    except AnswerConflict as conflict:
        form.conflict = conflict
        return None
    except InterviewError as error:
        show_error(form, error)
        return None
    db.commit()
    return _moved_on(db, link, token, go, saved.warnings if saved else ())


def _nothing_given(screen) -> list[str]:
    return [_("U heeft nog geen antwoord gekozen. Kies een antwoord.") if screen.choices else
            _("U heeft nog niets ingevuld. Typ uw antwoord in het vak."),
            _("Wilt u deze vraag niet beantwoorden? Kies dan 'Vraag overslaan'.")]


def _moved_on(db, link, token, go, warnings):
    for warning in warnings:
        flash(warning, "warning")
    if go == capture.STOP:
        flash(_("Uw antwoorden zijn bewaard. U kunt later verder gaan met dezelfde link."), "success")
        return redirect(url_for(".link_open", token=token))
    return redirect(resume_url(db, link, token))


def _question_page(db, screen, form, token):
    conflict = getattr(form, "conflict", None)
    version = conflict.current_version if conflict else (
        form.version.data if request.method == "POST" else screen.answer_version)
    status = 409 if conflict else (422 if form.text.errors else 200)
    return _page("question_answer.html", status, screen=screen, form=form, token=token, conflict=conflict,
                 version=version or 0, client_id=new_client_id(),
                 shown=participant_question(db, screen, g.page_locale),
                 chosen=set(request.form.getlist("choice")) if request.method == "POST" else screen.selected)


@links_bp.route("/<token>/afronden", methods=["GET", "POST"])
@allow(ANYONE)
@guess_limit
@link_page(allow_used=True)
def interview_finish(link, token):
    db = get_session()
    if links.is_used(db, link):
        return redirect(url_for(".thanks_show", token=token))
    if not links.has_consent(db, link) or link.interview_id is None:
        return redirect(url_for(".consent_give", token=token))
    interview = links.draft_of(db, link)
    if ConfirmForm().validate_on_submit():
        links.finish(db, link)
        audit.record("gesprek_afgerond", project_id=link.project_id, object_type="interview",
                     object_id=interview.id, actor_id=None, detail=f"via persoonlijke link {link.id}")
        db.commit()
        return redirect(url_for(".thanks_show", token=token))
    lines = capture.answer_lines(db, interview)
    return _page("interview_finish.html", token=token, form=ConfirmForm(), total=len(lines),
                 answered=sum(1 for line in lines if line.text.strip()))


@links_bp.route("/<token>/bedankt")
@allow(ANYONE)
@guess_limit
@link_page(allow_used=True)
def thanks_show(link, token):
    db = get_session()
    if not links.is_used(db, link):
        return redirect(url_for(".link_open", token=token))
    return _page("thanks_show.html", maker=db.get(User, link.created_by_id).name)


@links_bp.errorhandler(links.LinkUnknown)
def unknown_link(error):
    return render_in(browser_language(), "interviews/self/link_gone.html", 404, reason="onbekend")


@links_bp.errorhandler(links.LinkGone)
def gone_link(error):
    db = get_session()
    return render_in(links.language_of(db, error.link), "interviews/self/link_gone.html", 410, reason=error.reason,
                     maker=db.get(User, error.link.created_by_id).name)


@links_bp.errorhandler(NotFound)
def unknown_question(error):
    language = g.get("page_locale") or browser_language()
    return render_in(language, "interviews/self/link_gone.html", 404, reason="vraag",
                     token=(request.view_args or {}).get("token"))


@links_bp.errorhandler(429)
def too_many_guesses(error):
    return render_in(browser_language(), "interviews/self/link_gone.html", 429, reason="te-vaak")
