"""The sentences a participant ticks on the personal link's consent page, worded for who must agree.

The page and its error use the same words, so the error can say which sentence still needs a tick.
"""

from flask_babel import gettext as _
from flask_babel import ngettext

PARTICIPANT, PARENT = "deelnemer", "ouder"


def consent_sentences(needed: tuple[str, ...]) -> dict[str, str]:
    """The sentence each consenter ticks (deelnemer and/or ouder), in the page's language."""
    both = PARTICIPANT in needed and PARENT in needed
    sentences = {}
    if PARTICIPANT in needed:
        sentences[PARTICIPANT] = (_("Ik ben de jongere. Ik heb dit gelezen en ik wil meedoen.") if both
                                  else _("Ik heb dit gelezen en ik wil meedoen."))
    if PARENT in needed:
        sentences[PARENT] = (_("Ik ben ouder of voogd van de jongere. Ik heb dit gelezen en ik geef ook toestemming.")
                             if both else
                             _("Ik ben ouder of voogd van het kind. Ik heb dit gelezen en ik geef toestemming."))
    return sentences


def missing_consent(needed: tuple[str, ...], agreed: set[str]) -> str | None:
    """The message naming the required sentences without a tick, or None when all are ticked."""
    sentences = consent_sentences(needed)
    missing = [sentences[who] for who in needed if who not in agreed]
    if not missing:
        return None
    quoted = " ".join(f"“{sentence}”" for sentence in missing)
    return ngettext("Zet een vinkje bij deze zin: %(sentences)s Zonder toestemming kunt u niet beginnen.",
                    "Zet een vinkje bij deze zinnen: %(sentences)s Zonder toestemming kunt u niet beginnen.",
                    len(missing), sentences=quoted)
