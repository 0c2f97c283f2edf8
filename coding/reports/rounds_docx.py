"""The report's chapter that compares this round with the round before it."""

from flask_babel import gettext as _

from coding.privacy import shown_count
from coding.reports.actions_docx import action_table_rows
from coding.reports.docx_parts import add_table
from coding.round_compare import CHANGE_LABELS, actions_done, compare_themes


def add_round_comparison(doc, data, themes) -> None:
    """"Vergelijking met ronde N": reach, themes up or down, and what became of the earlier actions.

    `themes` are this report's themes in its order. Nothing is written in round 1; a sentence says so when
    the round before released no report.
    """
    if data.round_number <= 1:
        return
    before = data.round_before
    previous = data.round_number - 1
    doc.add_heading(_("Vergelijking met ronde %(n)d", n=previous), level=1)
    if before is None:
        doc.add_paragraph(_("Van ronde %(n)d is geen rapport vrijgegeven. Er is dus niets om mee te vergelijken.",
                            n=previous))
        return
    locale = "en_GB" if data.locale == "en" else data.locale
    doc.add_paragraph(_(
        "We vergelijken met versie %(version)d van het rapport van ronde %(n)d. Toen deden %(before)s mensen mee, "
        "nu %(after)s. Een thema telt als vaker of minder vaak genoemd als het aandeel van de deelnemers minstens "
        "5 procentpunten verschilt.", version=before.version, n=previous,
        before=shown_count(before.participants, locale), after=shown_count(data.participants, locale)))
    header = (_("Thema"), _("Ronde %(n)d", n=previous), _("Ronde %(n)d", n=data.round_number), _("Verandering"))
    rows = [(row.name, row.before, row.after, str(CHANGE_LABELS[row.change]))
            for row in compare_themes(before, themes, data.participants, locale)]
    add_table(doc, header, rows)
    done, total = actions_done(before.actions)
    if not total:
        doc.add_paragraph(_("In ronde %(n)d zijn geen vervolgacties vastgelegd.", n=previous))
        return
    doc.add_heading(_("Vervolgacties uit ronde %(n)d", n=previous), level=2)
    doc.add_paragraph(_("Van de %(total)d vervolgacties uit ronde %(n)d zijn er %(done)d gedaan.",
                        total=total, n=previous, done=done))
    add_table(doc, (_("Wat"), _("Thema"), _("Wie"), _("Klaar op"), _("Status"), _("Voortgang")),
              action_table_rows(before.actions, locale))
