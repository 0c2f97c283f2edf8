"""A warning for the key figure or researcher when the guide lacks (part of) a participant's language."""

from flask import url_for
from flask_babel import gettext as _
from markupsafe import Markup

from interviews import guides
from interviews.participants import LANGUAGE_LABELS
from interviews.translation_edit import language_gap
from interviews.translations import SOURCE_LANGUAGE, TARGET_LANGUAGES


def language_warning(db, project, participant, can_translate: bool) -> Markup | None:
    """A warning when the current guide lacks (part of) the participant's language, or None.

    For a personal link or a conversation: it does not stop either, the missing texts show in Dutch.
    Researchers get a link to the translation page; a key figure is asked to tell the researcher.
    """
    lang = participant.language or SOURCE_LANGUAGE
    if lang == SOURCE_LANGUAGE:
        return None
    language = str(LANGUAGE_LABELS.get(lang, lang))
    if lang not in TARGET_LANGUAGES:
        return Markup.escape(_("Let op: de leidraad kan niet in het %(language)s. Deze deelnemer leest de vragen "
                               "in het Nederlands, of kiest Engels, Turks, Arabisch of Pools.", language=language))
    guide = guides.current_guide(db, project)
    gap = language_gap(db, guide, lang)
    if gap is None:
        return None
    text = Markup.escape(_("Let op: de leidraad is nog niet helemaal vertaald in het %(language)s: %(done)s van "
                           "%(total)s teksten. Wat niet vertaald is, ziet de deelnemer in het Nederlands.",
                           language=language, done=gap.done, total=gap.total))
    if not can_translate:
        return text + Markup(" ") + _("Vraag de onderzoeker om de vertaling aan te vullen.")
    url = url_for("interviews.guide_translation_edit", slug=project.slug, guide_id=guide.id, lang=lang)
    return text + Markup(' <a href="{}">{}</a>').format(url, _("Vul de vertaling aan"))
