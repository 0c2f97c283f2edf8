"""Hand-written Dutch closed word classes and irregular forms.

Written from Dutch grammar (ANS), not extracted from any corpus. The
principal parts of the strong verbs are in ``strong_verbs.txt`` beside this
module; ``irregular.py`` generates their forms.
"""


# Present-tense forms that the regular stem rules cannot derive.
IRREGULAR_PRESENT = """
ben bent is zijt zijn:zijn
heb hebt heeft:hebben
kan kunt kun:kunnen
mag:mogen
wil wilt:willen
zal zult zul:zullen
ga gaat:gaan
sta staat:staan
sla slaat:slaan
doe doet:doen
zie ziet:zien
"""

# Forms that are far more often a noun or adjective than the strong-verb form
# they collide with; the verb reading needs a pronoun next to it.
NOUN_FIRST = frozenset(
    """
    week weken reden leden wezen wees streek streken sloten boog bogen maten
    greep beet voer stal bond sprong sprongen dreef vocht vroeg lagen
    dronken bad baden mat zonden geleden
    """.split()
)

# Irregular noun plurals (the -eren plurals and vowel changes).
IRREGULAR_NOUNS = """
kinderen:kind eieren:ei lammeren:lam kalveren:kalf runderen:rund bladeren:blad
liederen:lied volkeren:volk goederen:goed raderen:rad gelederen:gelid
hoenderen:hoen beenderen:been
leden:lid schepen:schip steden:stad smeden:smid gebeden:gebed spelen:spel
bevelen:bevel wegen:weg dagen:dag gaten:gat vaten:vat paden:pad baden:bad
glazen:glas hoven:hof loten:lot slagen:slag dalen:dal staven:staf
koren:koor tropen:tropen zonen:zoon
"""

SUBJECT_PRONOUNS = frozenset(
    "ik je jij hij zij ze we wij jullie u men het dat die er".split()
)
FIRST_SECOND = frozenset("ik je jij".split())

DETERMINERS = frozenset(
    """
    de het een den der des 't 'n deze dit die dat elke ieder iedere elk
    mijn m'n jouw zijn z'n haar d'r onze ons hun uw
    geen alle enkele sommige vele veel weinig meer meest meerdere diverse
    beide beider andere zo'n zulke welke welk wiens wier diens
    twee drie vier vijf zes zeven acht negen tien elf twaalf honderd duizend
    """.split()
)

PREPOSITIONS = frozenset(
    """
    aan achter bij binnen boven buiten door in langs met na naar naast om
    onder op over per rond sinds tegen tot tussen uit van voor zonder via
    vanaf vanuit wegens volgens tijdens dankzij ondanks behalve namens
    """.split()
)

MODALS = frozenset(
    """
    kan kon konden kunnen kunt kun zal zullen zou zouden zult zul moet moeten
    moest moesten mag mogen mocht mochten wil willen wilde wilden wou
    ga gaat gaan ging gingen laat laten liet lieten blijf blijft bleef bleven
    hoeft hoeven hoefde hoefden durf durft durfde
    """.split()
)

AUXILIARIES = frozenset(
    """
    heeft hebben had hadden heb hebt is zijn was waren ben bent wordt worden
    werd werden word
    """.split()
)

# Separable verb particles (and adverbs that Alpino fuses like particles).
PARTICLES = frozenset(
    """
    aan af bij binnen door in mee na neer om op over samen terug toe tegen
    uit voor voorbij weg vast vrij los thuis open dicht kapot schoon goed
    bekend bezig klaar tekort teweeg plaats deel gelijk kwijt heen
    """.split()
)

# Name particles keep their form before a capitalised name (Van der Vaart).
NAME_PARTICLES = frozenset("der den des 't".split())

CARDINALS = """
een één twee drie vier vijf zes zeven acht negen tien elf twaalf dertien
veertien vijftien zestien zeventien achttien negentien twintig dertig veertig
vijftig zestig zeventig tachtig negentig honderd duizend miljoen miljard
"""

# Ordinals whose cardinal is not ordinal-minus-suffix.
IRREGULAR_ORDINALS = {"eerste": "één", "derde": "drie", "achtste": "acht"}

# Closed-class forms whose lemma simplemma gets wrong or that are clitic
# spellings (z'n, 'k). Personal pronouns are their own lemma.
CLOSED_CLASS = {
    "zij": "zij",
    "ze": "ze",
    "wij": "wij",
    "jij": "jij",
    "hij": "hij",
    "'k": "ik",
    "-ie": "hij",
    "z'n": "zijn",
    "m'n": "mijn",
    "d'r": "haar",
    "'r": "haar",
    "'t": "het",
    "'n": "een",
    "ten": "te",
    "ter": "te",
    "onze": "ons",
    "geleden": "geleden",  # "twee jaar geleden"; after hebben it is lijden (context)
    "eerst": "eerst",  # "voor het eerst" is één (context)
    "anders": "anders",  # "iets anders" is ander (context)
}

# Frequent verb forms that are also nouns (de kan, het moet): read as verbs
# unless a determiner or adjective precedes them.
VERB_FIRST = frozenset(
    """
    moet laat zet zit past kost kijk praat wil kan mag zal ben heb weet hoor
    """.split()
)

# Common abbreviations, expanded as Alpino lemmatises them.
ABBREVIATIONS = {
    "o.a.": "onder ander",
    "d.w.z.": "dat wil zeggen",
    "m.a.w.": "met ander woord",
    "t/m": "tot en met",
    "ca.": "circa",
    "bijv.": "bijvoorbeeld",
    "bv.": "bijvoorbeeld",
    "enz.": "enzovoort",
    "e.d.": "en dergelijke",
    "i.p.v.": "in plaats van",
    "m.b.t.": "met betrekking tot",
    "resp.": "respectievelijk",
}
