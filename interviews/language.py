"""Pages in the participant's language: interface text through Babel, guide text from its translations."""

from dataclasses import dataclass, field

from flask import g, render_template, request
from flask_babel import force_locale

from interviews import translations
from interviews.questions import OPTION_KINDS, Choice, choices_for, options_of
from interviews.translation_edit import translations_for
from interviews.translations import PARTICIPANT_LANGUAGES, RTL_LANGUAGES, participant_language  # noqa: F401


@dataclass
class ParticipantQuestion:
    """One question as the participant reads it: text, section, introduction and options, translated."""

    text: str
    section: str
    intro: str = ""
    choices: list[Choice] = field(default_factory=list)


def browser_language() -> str:
    """The participant language the browser asks for, for pages that know no participant yet."""
    return request.accept_languages.best_match(PARTICIPANT_LANGUAGES, default="nl")


def render_in(language: str, template: str, status: int = 200, **context):
    """Render a participant page in this language: Babel's texts, lang and dir on the page."""
    g.page_locale = language
    # force_locale: the core's locale selector only accepts the staff languages (LANGUAGES) so far.
    with force_locale(language):
        page = render_template(template, lang=language, rtl=language in RTL_LANGUAGES, **context)
    return page, status


def participant_question(db, screen, language: str) -> ParticipantQuestion:
    """The screen's question in the participant's language (Dutch where nothing is translated)."""
    found = translations_for(db, screen.interview.guide_id) if language != translations.SOURCE_LANGUAGE else None
    return ParticipantQuestion(
        text=translations.question_text(screen.question, language, found),
        section=translations.section_title(screen.section, language, found),
        intro=translations.section_intro(screen.section, language, found) if screen.position == 0 else "",
        choices=choices_for(screen.question, language, found),
    )


def readalong_language(db, screen, language: str) -> str:
    """The one language of a read-along screen: the participant's when this screen is fully translated.

    Otherwise Dutch, so that a screen never mixes two languages (and reading aloud uses one voice).
    """
    if language == translations.SOURCE_LANGUAGE:
        return language
    options = options_of(screen.question) if screen.question.kind in OPTION_KINDS else []
    found = translations_for(db, screen.interview.guide_id)
    complete = translations.screen_translated(screen.question, screen.section, options, language, found,
                                              with_intro=screen.position == 0)
    return language if complete else translations.SOURCE_LANGUAGE
