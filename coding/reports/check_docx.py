"""The report's section "Getoetst in de wijk": did key figures recognise the findings? Pure.

Only closed rounds, counts only (no comments), suppressed below 5 like every count of the report.
"""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from coding.reports.check_data import shown_check
from coding.reports.data import group_label
from coding.reports.docx_parts import add_table

CHOICE_LABELS = {"herken_ik": _l("Herken ik"), "herken_ik_deels": _l("Herken ik deels"),
                 "herken_ik_niet": _l("Herken ik niet")}


def check_table_rows(checks, locale: str) -> list[tuple[str, ...]]:
    """One row per statement: the statement, the three choices, who answered per group, the total."""
    rows = []
    for row in checks:
        shown = shown_check(row, locale)
        groups = ", ".join(f"{group_label(group)}: {count}" for group, count in shown.by_group.items())
        rows.append((row.statement, *shown.by_choice.values(), groups, shown.total))
    return rows


def add_checks(doc, data) -> None:
    """The chapter "Getoetst in de wijk", with a table per closed round or a sentence that there is none yet."""
    doc.add_heading(_("Getoetst in de wijk"), level=1)
    checks = getattr(data, "checks", ())
    if not checks:
        doc.add_paragraph(_("De bevindingen zijn nog niet getoetst in de wijk."))
        return
    doc.add_paragraph(_("We legden korte stellingen over de bevindingen voor aan sleutelfiguren. Zij zeiden of "
                        "ze het herkennen. Aantallen kleiner dan 5 tonen we niet."))
    header = (_("Stelling"), *(CHOICE_LABELS.values()), _("Wie antwoordden"), _("Totaal"))
    for title in dict.fromkeys(row.round for row in checks):
        doc.add_heading(title, level=2)
        add_table(doc, header, check_table_rows([row for row in checks if row.round == title], data.locale))
