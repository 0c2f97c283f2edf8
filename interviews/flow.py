"""The way through an interview: which question is asked (show-if conditions) and choice answers.

A choice answer is stored as text like an open one: the chosen value, or for "more answers" the
chosen values one per line, in the order of the options. The rules themselves live in
`interviews.questions` (pure); this module applies them to an interview's stored answers.
"""

from flask_babel import gettext as _
from sqlmodel import select

from interviews import guides
from interviews.errors import InterviewError
from interviews.models import Answer, Interview, Question
from interviews.questions import (
    MULTIPLE,
    NUMBER_KINDS,
    OPEN,
    answer_values,
    choice_values,
    choices_for,
    number_message,
    read_number,
    should_show,
)


def answers_by_key(db, interview: Interview, questions: list[Question]) -> dict[str, str]:
    """The interview's stored answers by question key, for show-if conditions."""
    keys = {question.id: question.key for question in questions if question.key}
    if not keys:
        return {}
    rows = db.exec(select(Answer.question_id, Answer.text).where(Answer.interview_id == interview.id))
    return {keys[question_id]: text for question_id, text in rows if question_id in keys}


def next_position(db, interview: Interview, position: int, step: int) -> int:
    """The nearest asked question from `position` in the direction of `step` (+1 or -1).

    Past the last question this is the number of questions (the overview); before the first it is 0.
    """
    questions = [question for _section, question in guides.ordered_questions(db, interview.guide_id)]
    if not any(question.show_if for question in questions):
        return max(0, min(position, len(questions)))
    given = answers_by_key(db, interview, questions)
    while 0 <= position < len(questions) and not should_show(questions[position].show_if, given):
        position += step
    return max(0, min(position, len(questions)))


def checked_answer(question: Question, text: str) -> str:
    """The answer as stored: free text for an open question, a number for a number question, else known values."""
    if question.kind == OPEN or not text:
        return text
    if question.kind in NUMBER_KINDS:
        number = read_number(question.kind, text)
        if number is None:
            raise InterviewError(number_message(question.kind), field="text")
        return number
    allowed = choice_values(question) or set()
    values = answer_values(text)
    if not values or any(value not in allowed for value in values):
        raise InterviewError(_("Kies een van de antwoorden die bij de vraag staan. Er is niets opgeslagen."),
                             field="text")
    if question.kind != MULTIPLE and len(values) > 1:
        raise InterviewError(_("Kies één antwoord. Er is niets opgeslagen."), field="text")
    order = [choice.value for choice in choices_for(question)]
    return "\n".join(sorted(set(values), key=order.index))


def selected(text: str) -> set[str]:
    """The chosen option values of a stored choice answer."""
    return set(answer_values(text))
