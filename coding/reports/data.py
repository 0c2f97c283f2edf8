"""What the LEA report holds: aggregates, approved quotes and the researcher's text, never raw answers."""

from dataclasses import dataclass, field
from datetime import date

from flask_babel import lazy_gettext as _l

GROUP_ORDER = ("ouder", "jongere", "professional")
GROUP_LABELS = {"ouder": _l("Ouders"), "jongere": _l("Jongeren"), "professional": _l("Professionals")}
GROUP_NAMES = {"ouder": _l("Ouder"), "jongere": _l("Jongere"), "professional": _l("Professional")}
SPEAKER_LABELS = {"ouder": _l("een ouder"), "jongere": _l("een jongere"), "professional": _l("een professional")}


def group_label(group: str) -> str:
    """The plural label of a participant group ("Ouders")."""
    return str(GROUP_LABELS.get(group, group))


def group_name(group: str) -> str:
    """The singular label of a participant group ("Ouder")."""
    return str(GROUP_NAMES.get(group, group))


def all_groups(by_group: dict) -> dict:
    """Counts of the three groups in a fixed order (0 when absent), then any other group."""
    ordered = {group: by_group.get(group, 0) for group in GROUP_ORDER}
    ordered.update({group: n for group, n in by_group.items() if group not in ordered})
    return ordered


def speaker_label(group: str) -> str:
    """Who said a quote, by group only ("een ouder")."""
    return str(SPEAKER_LABELS.get(group, group))


@dataclass(frozen=True)
class Quote:
    """An approved quote: its text and the speaker's group only."""

    text: str
    group: str
    segment_id: int | None = None


@dataclass(frozen=True)
class SubTheme:
    name: str
    definition: str = ""
    include_rule: str = ""
    exclude_rule: str = ""
    examples: str = ""
    participants: int = 0


@dataclass(frozen=True)
class Theme:
    """A top-level theme with its counts (exact; renderers suppress small ones), sub-themes and quotes."""

    name: str
    colour: str = "#2f6f8f"
    definition: str = ""
    include_rule: str = ""
    exclude_rule: str = ""
    examples: str = ""
    participants: int = 0
    by_group: dict = field(default_factory=dict)
    subthemes: tuple = ()
    quotes: tuple = ()
    recommendation: str = ""
    code_id: int | None = None


@dataclass(frozen=True)
class ActionRow:
    """A follow-up action as the report shows it: keys for who and status (labelled in the report's language)."""

    what: str
    owner: str
    status: str
    due: str = ""  # ISO date, or empty
    theme: str = ""
    progress_note: str = ""


@dataclass(frozen=True)
class ThemeCount:
    """A theme of an earlier round as its released report counted it (exact; renderers suppress)."""

    name: str
    participants: int = 0
    by_group: dict = field(default_factory=dict)


@dataclass(frozen=True)
class RoundBefore:
    """The round before this one, as its latest released report showed it: the base to compare with."""

    name: str
    round_number: int
    version: int
    participants: int = 0
    themes: tuple = ()  # ThemeCount
    actions: tuple = ()  # ActionRow, as released then


@dataclass(frozen=True)
class GuideQuestion:
    text: str
    probes: tuple = ()


@dataclass(frozen=True)
class GuideSection:
    title: str
    questions: tuple = ()


@dataclass(frozen=True)
class AgreementFigure:
    """How well coders agreed in one round, on one code ("" for all codes): shares and kappa/alpha, 0..1."""

    round: str
    code: str = ""
    kappa: float | None = None
    alpha: float | None = None
    agreement: float | None = None
    units: int = 0


@dataclass(frozen=True)
class ReportData:
    """Everything the report shows, as plain values."""

    project_name: str
    municipality: str = ""
    wijk: str = ""
    question: str = ""
    period_start: date | None = None
    period_end: date | None = None
    made_on: date | None = None
    locale: str = "nl"
    summary: str = ""
    key_figures: int = 0
    interviews: int = 0
    participants_by_group: dict = field(default_factory=dict)
    participants_by_wijk: dict = field(default_factory=dict)
    interviews_by_group: dict = field(default_factory=dict)
    interviews_by_wijk: dict = field(default_factory=dict)
    guide_title: str = ""
    guide: tuple = ()
    themes: tuple = ()
    agreement: tuple = ()  # AgreementFigure rows; empty when nothing was measured yet
    actions: tuple = ()  # ActionRow: the follow-up actions when the report was made
    checks: tuple = ()  # CheckRow (coding.reports.check_data): statements of closed member-check rounds
    round_number: int = 1
    round_before: RoundBefore | None = None  # None in round 1, or when the round before released nothing
    version: int | None = None  # the release number; None for a draft

    @property
    def participants(self) -> int:
        """Everyone who took part (each participant has one group)."""
        return sum(self.participants_by_group.values())
