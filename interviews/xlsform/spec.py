"""A guide as plain data, between the database and XLSForm."""

from dataclasses import dataclass, field

from interviews.errors import GuideError
from interviews.questions import Choice


class XLSFormError(GuideError):
    """The file cannot be read as an XLSForm at all; nothing is stored. `warnings` says what was seen."""

    def __init__(self, message, warnings=()):
        super().__init__(message)
        self.warnings = list(warnings)


@dataclass(frozen=True)
class ImportWarning:
    """Something in the file that was skipped or changed, with where it is."""

    sheet: str
    row: int | None
    message: str


@dataclass
class QuestionSpec:
    """One question; translations are by language code, option translations by language then value."""

    key: str
    kind: str
    text: str
    note: str = ""
    probes: list[str] = field(default_factory=list)
    options: list[Choice] = field(default_factory=list)
    show_if: dict | None = None
    translations: dict[str, str] = field(default_factory=dict)
    option_translations: dict[str, dict[str, str]] = field(default_factory=dict)
    row: int | None = None


@dataclass
class SectionSpec:
    """One section (theme) with its questions."""

    title: str
    intro: str = ""
    questions: list[QuestionSpec] = field(default_factory=list)
    title_translations: dict[str, str] = field(default_factory=dict)
    intro_translations: dict[str, str] = field(default_factory=dict)
    row: int | None = None


@dataclass
class GuideSpec:
    """A whole guide version."""

    title: str
    sections: list[SectionSpec] = field(default_factory=list)

    def question_count(self) -> int:
        """How many questions the guide has."""
        return sum(len(section.questions) for section in self.sections)
