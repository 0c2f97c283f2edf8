"""A tiny coded corpus for suggestion tests: two themes, a dozen short answers each (trains in about a second)."""

from tests import factories
from tests.coding.builders import add_answer

SCHOOL = [
    "De juf op school helpt ons goed.", "Op school praten we met de mentor.", "De school belt als het niet goed gaat.",
    "Via school kwamen we bij de hulp.", "De leerkracht op school ziet veel.", "School is voor ons de ingang.",
    "De intern begeleider van school denkt mee.", "Mijn zoon vertelt alles aan de juf op school.",
    "De school organiseert ouderavonden.", "Bij de school voel ik me welkom.", "De directeur van de school luistert.",
    "Op het schoolplein spreek ik andere ouders.",
]
WAITING = [
    "We moesten lang wachten op hulp.", "De wachtlijst voor jeugdhulp is lang.", "Maanden wachten op een indicatie.",
    "Het duurde een half jaar voor er hulp kwam.", "De wachttijd bij het wijkteam is te lang.",
    "We staan al weken op de wachtlijst.", "Wachten op de jeugdarts duurt lang.",
    "Pas na lang wachten kregen we een gesprek.", "De indicatie liet maanden op zich wachten.",
    "Het wachten maakte het erger thuis.", "Er is een lange wachtlijst voor therapie.",
    "We wachten nog steeds op hulp.",
]


def coded_corpus(db, world):
    """Codes "School als ingang" (a theme) and "Wachttijden" (a sub-theme of "Hulp"), each on 12 answers."""
    school = factories.make_code(db, world.project, name="School als ingang", colour="#1e6b3a", keywords="school")
    helping = factories.make_code(db, world.project, name="Hulp", keywords="")
    waiting = factories.make_code(db, world.project, name="Wachttijden", parent=helping, keywords="wachtlijst")
    for texts, code in ((SCHOOL, school), (WAITING, waiting)):
        for text in texts:
            factories.make_segment(db, add_answer(db, world, text), code, coder=world.researcher)
    db.commit()
    return school, waiting
