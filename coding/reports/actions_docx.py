"""The report's chapter of follow-up actions: what is done with the findings, by whom and by when."""

from datetime import date

from babel.dates import format_date
from flask_babel import gettext as _

from coding.actions import OWNERS, STATUSES
from coding.reports.docx_parts import add_table


def action_table_rows(actions, locale: str) -> list[tuple[str, ...]]:
    """One row per action: what, theme, who, by when, status, progress (labels in the report's language)."""
    return [(a.what, a.theme or "—", str(OWNERS.get(a.owner, a.owner)), _due(a.due, locale),
             str(STATUSES.get(a.status, a.status)), a.progress_note or "—") for a in actions]


def _due(value: str, locale: str) -> str:
    return format_date(date.fromisoformat(value), format="medium", locale=locale) if value else "—"


def add_actions(doc, data) -> None:
    """The chapter "Vervolgacties", with a table or a sentence that there are none yet."""
    doc.add_heading(_("Vervolgacties"), level=1)
    if not data.actions:
        doc.add_paragraph(_("Er zijn nog geen vervolgacties afgesproken."))
        return
    doc.add_paragraph(_("Dit is afgesproken om met de bevindingen aan de slag te gaan, en zo staat het ervoor."))
    header = (_("Wat"), _("Thema"), _("Wie"), _("Klaar op"), _("Status"), _("Voortgang"))
    add_table(doc, header, action_table_rows(data.actions, "en_GB" if data.locale == "en" else data.locale))
