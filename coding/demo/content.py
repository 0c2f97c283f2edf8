"""Demo content for Wijkstem: one fictional research project in Zoetermeer Seghwaert.

Pure data, no database access. A separate loader reads these literals and turns them into a
project, key-figure accounts, an interview guide, a codebook, interviews with answers and
codings, a summary and improvement points for the LEA input report.

The project is modelled on the participatory action research described in the seed texts:
trusted residents (sleutelfiguren) interview parents and young people about why they do or
do not use the preventive activities in their neighbourhood, and about school, youth care and
getting help. Everything here is invented: names, answers and numbers do not belong to real
people. Answers are always stored in Dutch, also when the conversation itself was held in
another language.

Privacy realism: a few answers deliberately contain personal data that a participant might
blurt out (a child's first name, a phone number, a postcode...). Every such string is listed
in ``PLANTED_PII``. These strings only ever occur in raw answers (and possibly in raw coded
fragments); approved quotes, the summary and the improvement points are scrubbed.
"""

# The research project.
PROJECT = {
    "slug": "seghwaert",
    "name": "Zoeter-Meer stem: opvoeden en opgroeien in Seghwaert",
    "municipality": "Zoetermeer",
    "wijk": "Seghwaert",
    "period_start": "2026-03-02",
    "period_end": "2026-06-26",
    "code_prefix": "SG",
    "question": (
        "Waarom maken ouders en jongeren in Seghwaert weinig gebruik van de preventieve "
        "activiteiten in de wijk, en hoe kunnen school, jeugdhulp en gemeente hen beter bereiken?"
    ),
    "wijken": ["Seghwaert", "Noordhove", "Palenstein", "Meerzicht"],
}

# Four key figures (trusted residents). The first one becomes the demo key-figure account.
KEY_FIGURES = [
    {"email": "sleutelfiguur@demo.wijkstem.nl", "name": "Fatma Yilmaz"},
    {"email": "samira.elamrani@demo.wijkstem.nl", "name": "Samira El Amrani"},
    {"email": "marieke.bakker@demo.wijkstem.nl", "name": "Marieke Bakker"},
    {"email": "kasia.nowak@demo.wijkstem.nl", "name": "Kasia Nowak"},
]

# The interview guide (gespreksleidraad): 6 sections, 17 open questions, B1 Dutch.
GUIDE = [
    {
        "key": "wijk",
        "title": "Opvoeden en opgroeien in de wijk",
        "intro": (
            "We beginnen met uw wijk: wat gaat er goed en wat vindt u lastig aan opgroeien en "
            "opvoeden hier?"
        ),
        "questions": [
            {
                "key": "wijk_fijn",
                "text": "Wat vindt u fijn aan opgroeien en opvoeden in Seghwaert?",
                "probes": [
                    "Kunt u een voorbeeld geven?", "Wat is hier anders dan in andere wijken?",
                ],
                "note": (
                    "Bij jongeren: zeg 'je' en vraag naar hun eigen leven in de wijk. Woont iemand "
                    "in een andere wijk, gebruik dan die naam. Laat stiltes even vallen."
                ),
            },
            {
                "key": "wijk_zorgen",
                "text": "Waar maakt u zich zorgen over als u aan uw kinderen in de wijk denkt?",
                "probes": ["Wanneer merkt u dat?", "Met wie praat u daarover?"],
                "note": (
                    "Hoort u over direct gevaar voor een kind? Maak het gesprek rustig af en bel "
                    "dezelfde dag de onderzoeker."
                ),
            },
            {
                "key": "wijk_veilig",
                "text": "Hoe veilig voelen u en uw kinderen zich op straat en in de wijk?",
                "probes": [
                    "Zijn er plekken waar u liever niet komt?",
                    "Is dat overdag anders dan 's avonds?",
                ],
                "note": "Vraag niet door naar namen van andere jongeren of buren.",
            },
        ],
    },
    {
        "key": "activiteiten",
        "title": "Activiteiten in de wijk",
        "intro": (
            "Nu gaat het over activiteiten voor ouders en jongeren, bijvoorbeeld in het buurthuis, "
            "op school of bij een sportclub."
        ),
        "questions": [
            {
                "key": "act_kennen",
                "text": "Welke activiteiten voor ouders of jongeren kent u in de wijk?",
                "probes": [
                    "Denk ook aan het buurthuis, de bibliotheek, de school of de sportclub.",
                    "Kent u het CJG of het wijkteam?",
                ],
                "note": "Noem zelf geen activiteiten op voordat de deelnemer iets heeft gezegd.",
            },
            {
                "key": "act_waarom",
                "text": "Gaat u of gaan uw kinderen naar die activiteiten? Waarom wel of niet?",
                "probes": [
                    "Wat zou u over de streep trekken?", "Speelt tijd, geld of vervoer een rol?",
                ],
                "note": "Dit is de kernvraag van het onderzoek. Neem hier de tijd voor.",
            },
            {
                "key": "act_info",
                "text": "Hoe hoort u over activiteiten en hulp in de wijk?",
                "probes": [
                    "Leest u de wijkkrant, folders of berichten van school?",
                    "Van wie hoort u het liefst iets nieuws?",
                ],
                "note": "Schrijf op welke apps, groepen of personen worden genoemd.",
            },
        ],
    },
    {
        "key": "school",
        "title": "School en opvoeding",
        "intro": (
            "Dan de school. Veel ouders praten op school over hun kind. We willen weten hoe dat "
            "voor u is."
        ),
        "questions": [
            {
                "key": "school_praten",
                "text": "Met wie praat u als het thuis of op school niet goed gaat met uw kind?",
                "probes": ["Waarom juist met die persoon?", "Praat u ook met iemand op school?"],
                "note": "Bij jongeren: 'Met wie praat je als het niet goed met je gaat?'",
            },
            {
                "key": "school_contact",
                "text": "Hoe is het contact tussen u en de school van uw kind?",
                "probes": [
                    "Voelt u zich welkom op school?",
                    "Kunt u een moment noemen dat het goed of juist niet goed ging?",
                ],
                "note": (
                    "Typ op wat er gezegd wordt, ook als er namen vallen. De onderzoeker haalt "
                    "namen en andere herkenbare gegevens later weg."
                ),
            },
            {
                "key": "school_passend",
                "text": "Krijgt uw kind op school de hulp en het onderwijs dat het nodig heeft?",
                "probes": [
                    "Heeft uw kind weleens een tijd thuisgezeten?",
                    "Wat zou de school anders kunnen doen?",
                ],
                "note": (
                    "Denk aan passend onderwijs, extra ondersteuning, een andere school of "
                    "thuiszitten."
                ),
            },
        ],
    },
    {
        "key": "hulp",
        "title": "Hulp en ondersteuning",
        "intro": (
            "Sommige gezinnen zoeken hulp, andere niet. Allebei is goed. We willen weten hoe dat "
            "voor u gaat."
        ),
        "questions": [
            {
                "key": "hulp_ervaring",
                "text": "Heeft u ooit hulp gezocht voor uw kind of voor uzelf? Hoe ging dat?",
                "probes": [
                    "Bij wie kwam u terecht?", "Hoe lang duurde het voordat er echt hulp was?",
                ],
                "note": (
                    "Is het antwoord 'nee'? Vraag dan waar de deelnemer heen zou gaan als het "
                    "nodig is."
                ),
            },
            {
                "key": "hulp_drempel",
                "text": "Wat maakt het moeilijk of juist makkelijk om hulp te vragen?",
                "probes": [
                    "Wat denken mensen om u heen als u hulp vraagt?",
                    "Wat heeft u nodig om die stap te zetten?",
                ],
                "note": "Laat stiltes even vallen. Geef geen oordeel en geen advies.",
            },
            {
                "key": "hulp_samenwerking",
                "text": "Hoe werken de school, de hulpverleners en u samen?",
                "probes": [
                    "Moest u uw verhaal vaak opnieuw vertellen?", "Wie houdt het overzicht?",
                ],
                "note": (
                    "Heeft de deelnemer geen ervaring met hulp? Vraag dan wat hij of zij zou "
                    "verwachten."
                ),
            },
        ],
    },
    {
        "key": "samen",
        "title": "Samen met anderen",
        "intro": "Nu een paar vragen over andere ouders, over taal en over gewoontes.",
        "questions": [
            {
                "key": "samen_ouders",
                "text": "Praat u weleens met andere ouders over opvoeden? Wat levert dat op?",
                "probes": [
                    "Waar ontmoet u andere ouders?",
                    "Zou u ouders willen spreken die hetzelfde meemaken als u?",
                ],
                "note": "Bij jongeren: vraag naar vrienden en leeftijdgenoten.",
            },
            {
                "key": "samen_taal",
                "text": "Speelt taal of cultuur een rol als u hulp of informatie zoekt?",
                "probes": [
                    "Zou een tolk of iemand uit uw eigen gemeenschap helpen?",
                    "Hoe wordt er in uw familie over hulp gedacht?",
                ],
                "note": "Stel deze vraag ook aan deelnemers die thuis Nederlands spreken.",
            },
        ],
    },
    {
        "key": "wensen",
        "title": "Wensen en ideeën",
        "intro": "Tot slot: wat kan er beter? U bent de deskundige over uw eigen wijk.",
        "questions": [
            {
                "key": "wens_verandering",
                "text": "Wat zou de gemeente of de school moeten veranderen?",
                "probes": [
                    "Wat zou u als eerste doen als u wethouder was?",
                    "Wat moet juist blijven zoals het is?",
                ],
                "note": "Vraag door tot er iets concreets genoemd wordt.",
            },
            {
                "key": "wens_zelf",
                "text": "Wat zou u zelf willen doen, of waar zou u aan mee willen werken?",
                "probes": [
                    "Zou u willen helpen bij een activiteit?", "Wat heeft u daarvoor nodig?",
                ],
                "note": (
                    "Noteer of de deelnemer benaderd wil worden "
                    "voor de terugkoppelbijeenkomst."
                ),
            },
            {
                "key": "wens_anders",
                "text": "Wilt u verder nog iets vertellen dat we niet gevraagd hebben?",
                "probes": ["Is er iets dat u de gemeente wilt meegeven?"],
                "note": (
                    "Bedank de deelnemer en leg uit wat er met de antwoorden gebeurt en hoe "
                    "toestemming ingetrokken kan worden."
                ),
            },
        ],
    },
]

# The codebook: 13 top-level themes, 10 of them with sub-themes. Names are unique over the
# whole tree. Colours come from the palette in coding/colours.py (white text on each reaches
# 4.5:1); a sub-theme shares the colour of its parent theme.
THEMES = [
    {
        "name": "Drempel om hulp te vragen",
        "colour": "#a12622",
        "definition": (
            "Wat ouders of jongeren tegenhoudt, of juist helpt, om hulp of advies te vragen over "
            "opvoeden, opgroeien of problemen thuis en op school."
        ),
        "include": (
            "Uitspraken over twijfel, angst, schaamte, wantrouwen of gedoe bij het vragen van "
            "hulp, en over wat de stap makkelijker maakt."
        ),
        "exclude": (
            "Wachten nadat de hulp al gevraagd is (zie Wachttijden en indicaties). Alleen niet "
            "weten dat iets bestaat (zie Bekendheid van het aanbod)."
        ),
        "keywords": [
            "drempel", "durven", "schamen", "bang", "hulp vragen", "stap", "eng", "vragen",
        ],
        "children": [
            {
                "name": "Schaamte en oordeel",
                "colour": "#a12622",
                "definition": (
                    "Angst voor wat familie, buren, school of instanties van het gezin zullen "
                    "denken als er hulp gevraagd wordt."
                ),
                "include": (
                    "Schaamte, 'wat zullen de mensen zeggen', bang zijn als slechte ouder gezien "
                    "te worden, angst dat kinderen uit huis worden gehaald."
                ),
                "exclude": "Praktische drempels zoals tijd, geld of vervoer.",
                "keywords": [
                    "schaamte", "schamen", "oordeel", "praten", "slechte moeder", "jeugdzorg",
                    "uit huis", "roddel",
                ],
                "children": [],
            },
            {
                "name": "Niet weten waar je heen moet",
                "colour": "#a12622",
                "definition": (
                    "Ouders of jongeren willen wel hulp, maar weten niet bij wie ze moeten zijn of "
                    "verdwalen tussen loketten."
                ),
                "include": (
                    "Zoeken naar het juiste loket, van het kastje naar de muur, geen idee wie je "
                    "moet bellen."
                ),
                "exclude": (
                    "Onbekendheid met activiteiten in het algemeen "
                    "(zie Bekendheid van het aanbod)."
                ),
                "keywords": [
                    "loket", "weg weten", "bellen", "kastje", "muur", "zoeken", "verdwalen",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "Vertrouwde gezichten",
        "colour": "#2f6f8f",
        "definition": (
            "Het belang van bekende, vaste personen die ouders en jongeren al kennen en "
            "vertrouwen, in de wijk, op school of in de hulp."
        ),
        "include": (
            "Een bekend gezicht verlaagt de drempel; wisselende hulpverleners maken het moeilijk; "
            "vertrouwen in een juf, mentor, sportcoach, jongerenwerker of buurvrouw."
        ),
        "exclude": (
            "Het samenwerken tussen organisaties zelf (zie "
            "Samenwerking school en jeugdhulp)."
        ),
        "keywords": [
            "vertrouwen", "bekend", "kennen", "vast", "gezicht", "steeds iemand anders", "klik",
        ],
        "children": [
            {
                "name": "Vaste contactpersoon",
                "colour": "#2f6f8f",
                "definition": (
                    "De wens voor, of ervaring met, één vaste hulpverlener of contactpersoon die "
                    "blijft en het gezin kent."
                ),
                "include": (
                    "Eén aanspreekpunt, steeds een nieuwe hulpverlener, 'ik wil niet weer een "
                    "nieuw gezicht'."
                ),
                "exclude": (
                    "Leerkrachten en mentoren als "
                    "vertrouwenspersoon (zie de andere subcode)."
                ),
                "keywords": [
                    "contactpersoon", "vaste", "wisselen", "nieuwe hulpverlener", "aanspreekpunt",
                    "coach",
                ],
                "children": [],
            },
            {
                "name": "Mentor of leerkracht als vertrouwenspersoon",
                "colour": "#2f6f8f",
                "definition": (
                    "Een juf, meester of mentor is de persoon bij wie ouders of jongeren hun "
                    "verhaal kwijt kunnen."
                ),
                "include": (
                    "Vertrouwen in een leerkracht of mentor, ook "
                    "als die buiten zijn taak gaat."
                ),
                "exclude": "Contact met school over lesstof of cijfers zonder vertrouwensband.",
                "keywords": [
                    "mentor", "juf", "meester", "leerkracht", "vertrouwenspersoon", "docent",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "School als ingang",
        "colour": "#1e6b3a",
        "definition": (
            "De school als natuurlijke en veilige plek om over opvoeden te praten en om hulp te "
            "krijgen of gevonden te worden."
        ),
        "include": (
            "Voorkeur voor hulp, informatie of activiteiten via de school; spreekuren op school; "
            "het schoolplein als ontmoetingsplek."
        ),
        "exclude": (
            "Kritiek op de lessen of de zorg in de klas (zie "
            "Passend onderwijs en thuiszitten)."
        ),
        "keywords": [
            "school", "schoolplein", "juf", "spreekuur", "koffieochtend", "via school",
            "ouderavond",
        ],
        "children": [
            {
                "name": "Opvoedvragen via school",
                "colour": "#1e6b3a",
                "definition": (
                    "Ouders bespreken opvoedvragen liever met of via de school dan bij een aparte "
                    "instantie."
                ),
                "include": (
                    "Koffieochtenden, ouderavonden, de juf om advies vragen over thuis, spreekuur "
                    "van CJG of JGZ op school."
                ),
                "exclude": "De rol van de schoolmaatschappelijk werker (zie de andere subcode).",
                "keywords": [
                    "opvoeden", "koffieochtend", "ouderkamer", "advies", "spreekuur", "opvoedvraag",
                ],
                "children": [],
            },
            {
                "name": "Schoolmaatschappelijk werk",
                "colour": "#1e6b3a",
                "definition": (
                    "Ervaringen met de schoolmaatschappelijk werker als schakel tussen school, "
                    "gezin en wijkteam."
                ),
                "include": (
                    "Gesprekken met de schoolmaatschappelijk werker, beschikbaarheid, "
                    "doorverwijzing."
                ),
                "exclude": "Algemene gesprekken met de mentor of de leerkracht.",
                "keywords": [
                    "schoolmaatschappelijk werker", "smw", "maatschappelijk werk", "doorverwijzen",
                    "schakel",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "Bekendheid van het aanbod",
        "colour": "#6a3d9a",
        "definition": (
            "In hoeverre ouders en jongeren de preventieve activiteiten, het CJG, het wijkteam en "
            "andere hulp in de wijk kennen, en hoe informatie hen wel of niet bereikt."
        ),
        "include": (
            "Niet weten wat er is, verkeerde beelden van het aanbod, folders, apps, websites, "
            "informatie via bekenden."
        ),
        "exclude": "Weten wat er is maar niet durven gaan (zie Drempel om hulp te vragen).",
        "keywords": [
            "weten", "kennen", "folder", "website", "informatie", "CJG", "wijkteam",
            "nooit gehoord",
        ],
        "children": [
            {
                "name": "Informatie via via",
                "colour": "#6a3d9a",
                "definition": (
                    "Ouders en jongeren horen over activiteiten en hulp vooral van familie, "
                    "vrienden, buren of andere ouders."
                ),
                "include": (
                    "Mond-tot-mond, appgroepen van ouders, het "
                    "schoolplein, de moskee of kerk."
                ),
                "exclude": "Officiële kanalen zoals folders en websites (hoofdcode).",
                "keywords": ["via via", "appgroep", "buurvrouw", "vriendin", "horen", "mond"],
                "children": [],
            },
            {
                "name": "Onbekendheid van CJG en wijkteam",
                "colour": "#6a3d9a",
                "definition": (
                    "Het CJG, de JGZ of het wijkteam is onbekend, of heeft een verkeerd of "
                    "negatief imago."
                ),
                "include": (
                    "'Nooit van gehoord', 'dat is voor probleemgezinnen', 'dat is toch het "
                    "consultatiebureau'."
                ),
                "exclude": "Ervaringen van gezinnen die al hulp van het wijkteam krijgen.",
                "keywords": [
                    "CJG", "wijkteam", "consultatiebureau", "JGZ", "probleemgezinnen",
                    "nooit van gehoord",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "Samenwerking school en jeugdhulp",
        "colour": "#00707a",
        "definition": (
            "Hoe school, jeugdhulp, wijkteam, huisarts en ouders samenwerken rond één kind of "
            "gezin."
        ),
        "include": (
            "Goede of slechte afstemming, overleggen, wie de "
            "regie heeft, jeugdhulp in de school."
        ),
        "exclude": "Alleen het wachten op hulp (zie Wachttijden en indicaties).",
        "keywords": [
            "samenwerken", "overleg", "afstemmen", "regie", "jeugdhulp", "wijkteam", "tafel",
        ],
        "children": [
            {
                "name": "Steeds opnieuw je verhaal vertellen",
                "colour": "#00707a",
                "definition": (
                    "Ouders of jongeren moeten hun verhaal bij elke nieuwe organisatie of "
                    "hulpverlener opnieuw doen."
                ),
                "include": "Herhalen, dossiers die niet doorgaan, nieuwe intakes.",
                "exclude": (
                    "Wisselende hulpverleners zonder herhaling van het verhaal (zie Vaste "
                    "contactpersoon)."
                ),
                "keywords": [
                    "opnieuw", "verhaal", "intake", "herhalen", "dossier", "weer vertellen",
                ],
                "children": [],
            },
            {
                "name": "Ouders als partner",
                "colour": "#00707a",
                "definition": (
                    "Of ouders zich gehoord en betrokken voelen als gelijkwaardige partner van "
                    "school en hulpverlening."
                ),
                "include": "Meepraten, serieus genomen worden, over het hoofd gezien worden.",
                "exclude": "Contact met school dat niets met zorg of hulp te maken heeft.",
                "keywords": ["gehoord", "serieus", "meepraten", "partner", "ouder", "betrokken"],
                "children": [],
            },
        ],
    },
    {
        "name": "Wachttijden en indicaties",
        "colour": "#8a5a00",
        "definition": (
            "Wachten op hulp en de regels, verwijzingen en papieren die nodig zijn voordat hulp "
            "begint."
        ),
        "include": "Wachtlijsten, indicaties, verwijzingen via huisarts of gemeente, formulieren.",
        "exclude": "Het niet vinden van het juiste loket (zie Niet weten waar je heen moet).",
        "keywords": [
            "wachten", "wachtlijst", "indicatie", "verwijzing", "maanden", "formulier", "huisarts",
        ],
        "children": [
            {
                "name": "Wachtlijsten",
                "colour": "#8a5a00",
                "definition": "Lange wachttijden voor jeugdhulp, GGZ, logopedie of onderzoek.",
                "include": "Aantal maanden wachten en wat er in die tijd gebeurt.",
                "exclude": "Wachten op een plek op school (zie Te weinig passende schoolplekken).",
                "keywords": ["wachtlijst", "maanden", "wachten", "GGZ", "logopedie", "onderzoek"],
                "children": [],
            },
            {
                "name": "Verwijzing en papierwerk",
                "colour": "#8a5a00",
                "definition": (
                    "Verwijzingen, beschikkingen, indicaties en formulieren die hulp vertragen of "
                    "ingewikkeld maken."
                ),
                "include": (
                    "Huisarts moet verwijzen, gemeente moet "
                    "beschikken, formulieren invullen."
                ),
                "exclude": "Alleen de duur van het wachten (zie Wachtlijsten).",
                "keywords": [
                    "verwijzing", "beschikking", "indicatie", "formulier", "papieren", "huisarts",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "Expertise bij autisme, NAH en hoogbegaafdheid",
        "colour": "#b0306e",
        "definition": (
            "Kennis en kunde van leerkrachten, hulpverleners en gemeente over kinderen met "
            "autisme, niet-aangeboren hersenletsel (NAH) of hoogbegaafdheid."
        ),
        "include": (
            "Gebrek aan of juist goede kennis, begrip in "
            "de klas, training van leerkrachten."
        ),
        "exclude": (
            "Het aanbod van plekken of maatwerk zelf (zie "
            "Passend onderwijs en thuiszitten)."
        ),
        "keywords": [
            "autisme", "NAH", "hersenletsel", "hoogbegaafd", "kennis", "begrip", "expertise",
            "prikkels",
        ],
        "children": [
            {
                "name": "Autisme",
                "colour": "#b0306e",
                "definition": (
                    "Ervaringen die specifiek gaan over "
                    "kinderen of jongeren met autisme."
                ),
                "include": "Prikkels, structuur, overprikkeling, begrip voor autisme.",
                "exclude": "Algemene gedragsproblemen zonder autisme.",
                "keywords": ["autisme", "prikkels", "structuur", "overprikkeld", "ASS", "rust"],
                "children": [],
            },
            {
                "name": "Niet-aangeboren hersenletsel",
                "colour": "#b0306e",
                "definition": (
                    "Ervaringen rond kinderen met NAH, "
                    "bijvoorbeeld na een ongeluk of ziekte."
                ),
                "include": "Vermoeidheid, onzichtbaar letsel, terugkeer naar school na NAH.",
                "exclude": "Aangeboren beperkingen.",
                "keywords": [
                    "NAH", "hersenletsel", "hersenvliesontsteking", "moe", "ongeluk", "onzichtbaar",
                ],
                "children": [],
            },
            {
                "name": "Hoogbegaafdheid",
                "colour": "#b0306e",
                "definition": "Ervaringen rond hoogbegaafde kinderen en jongeren.",
                "include": "Verveling, plusklas, onderpresteren, niet gezien worden.",
                "exclude": "Gewone verschillen in niveau.",
                "keywords": [
                    "hoogbegaafd", "plusklas", "verveling", "slim", "onderpresteren", "uitdaging",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "Passend onderwijs en thuiszitten",
        "colour": "#7a4a1f",
        "definition": (
            "Of kinderen onderwijs krijgen dat bij hen past, wat er gebeurt als een kind uitvalt, "
            "en of er genoeg passende plekken zijn."
        ),
        "include": (
            "Extra ondersteuning, maatwerk, thuiszitten, "
            "verzuim, wachten op een schoolplek."
        ),
        "exclude": (
            "Kennis van specifieke beperkingen (zie Expertise "
            "bij autisme, NAH en hoogbegaafdheid)."
        ),
        "keywords": [
            "passend onderwijs", "thuiszitten", "thuiszitter", "maatwerk", "plek", "verzuim",
            "leerplicht",
        ],
        "children": [
            {
                "name": "Thuiszitten",
                "colour": "#7a4a1f",
                "definition": "Een kind of jongere gaat een tijd niet of nauwelijks naar school.",
                "include": (
                    "Thuiszitten, schoolweigering, uitval, leerplicht, snelle of trage hulp "
                    "daarbij."
                ),
                "exclude": "Kort ziekteverzuim.",
                "keywords": [
                    "thuiszitten", "thuis", "uitval", "leerplicht", "niet naar school", "verzuim",
                ],
                "children": [],
            },
            {
                "name": "Maatwerk in de klas",
                "colour": "#7a4a1f",
                "definition": "Aanpassingen binnen de gewone school zodat een kind mee kan doen.",
                "include": (
                    "Rustige plek, aangepast rooster, extra "
                    "begeleiding, koptelefoon, plusklas."
                ),
                "exclude": (
                    "Verwijzing naar speciaal onderwijs (zie Te "
                    "weinig passende schoolplekken)."
                ),
                "keywords": [
                    "maatwerk", "aanpassing", "rooster", "rustige plek", "extra hulp",
                    "ondersteuning",
                ],
                "children": [],
            },
            {
                "name": "Te weinig passende schoolplekken",
                "colour": "#7a4a1f",
                "definition": (
                    "Geen plek, of lang wachten op een plek, in "
                    "speciaal of passend onderwijs."
                ),
                "include": (
                    "Wachtlijst voor speciaal onderwijs, geen "
                    "school in de buurt, ver reizen."
                ),
                "exclude": "Wachten op jeugdhulp (zie Wachtlijsten).",
                "keywords": [
                    "plek", "speciaal onderwijs", "wachtlijst school", "cluster", "vol", "taxi",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "Lotgenotencontact",
        "colour": "#3c4fb0",
        "definition": (
            "Contact met andere ouders of jongeren die "
            "hetzelfde meemaken, en de behoefte daaraan."
        ),
        "include": (
            "Oudergroepen, praten met andere ouders, herkenning, tips uitwisselen, je niet alleen "
            "voelen."
        ),
        "exclude": "Gewone sociale contacten zonder gedeelde ervaring.",
        "keywords": [
            "andere ouders", "lotgenoten", "herkenning", "niet alleen", "groep", "ervaringen delen",
            "oudercafé",
        ],
        "children": [],
    },
    {
        "name": "Taal en cultuur",
        "colour": "#5b6b75",
        "definition": (
            "De rol van taal, migratie-achtergrond en culturele opvattingen bij opvoeden, "
            "informatie zoeken en hulp vragen."
        ),
        "include": (
            "Taalproblemen, tolken, kinderen die vertalen, "
            "opvattingen in familie of gemeenschap."
        ),
        "exclude": (
            "Schaamte die niet met cultuur of familie te "
            "maken heeft (zie Schaamte en oordeel)."
        ),
        "keywords": ["taal", "tolk", "vertalen", "cultuur", "familie", "Nederlands", "gemeenschap"],
        "children": [
            {
                "name": "Taalbarrière",
                "colour": "#5b6b75",
                "definition": (
                    "Ouders of jongeren begrijpen de informatie of het gesprek niet goed door de "
                    "taal."
                ),
                "include": (
                    "Brieven niet kunnen lezen, kinderen als tolk, Google Translate, moeilijke "
                    "woorden."
                ),
                "exclude": (
                    "Moeilijk taalgebruik van instanties bij "
                    "Nederlandstalige ouders (hoofdcode)."
                ),
                "keywords": ["tolk", "vertalen", "brief", "Nederlands", "begrijpen", "taalles"],
                "children": [],
            },
            {
                "name": "Opvattingen over hulp in familie en gemeenschap",
                "colour": "#5b6b75",
                "definition": (
                    "Hoe familie, gemeenschap of geloof aankijkt "
                    "tegen opvoeden en hulp van buiten."
                ),
                "include": "'Dat los je binnen de familie op', rol van moskee, kerk of vereniging.",
                "exclude": "Persoonlijke schaamte zonder verwijzing naar familie of gemeenschap.",
                "keywords": [
                    "familie", "gemeenschap", "moskee", "kerk", "binnen de familie", "gewoonte",
                ],
                "children": [],
            },
        ],
    },
    {
        "name": "Veiligheid in de wijk",
        "colour": "#3c4fb0",
        "definition": "Hoe veilig ouders en jongeren zich voelen in de wijk, overdag en 's avonds.",
        "include": "Overlast, hangjongeren, drugs, messen, verkeer, verlichting, politie.",
        "exclude": "Online pesten (zie Telefoon en sociale media).",
        "keywords": [
            "veilig", "onveilig", "donker", "overlast", "politie", "drugs", "mes", "winkelcentrum",
        ],
        "children": [],
    },
    {
        "name": "Vrije tijd en sport",
        "colour": "#00707a",
        "definition": "Wat kinderen en jongeren na school doen, en wat ze missen in de wijk.",
        "include": (
            "Sportclubs, buurthuis, speeltuinen, "
            "jongerenwerk, verveling, plekken voor jongeren."
        ),
        "exclude": "Activiteiten alleen voor ouders (zie Bekendheid van het aanbod).",
        "keywords": [
            "sport", "voetbal", "buurthuis", "jongerenwerker", "vervelen", "speeltuin", "club",
        ],
        "children": [
            {
                "name": "Kosten van activiteiten",
                "colour": "#00707a",
                "definition": (
                    "Geld als reden om wel of niet mee te "
                    "doen aan sport en activiteiten."
                ),
                "include": "Contributie, Jeugdfonds Sport, Ooievaarspas, geen geld voor spullen.",
                "exclude": "Algemene geldzorgen zonder verband met activiteiten.",
                "keywords": [
                    "geld", "contributie", "duur", "Jeugdfonds", "pas", "betalen", "gratis",
                ],
                "children": [],
            },
            {
                "name": "Een eigen plek voor jongeren",
                "colour": "#00707a",
                "definition": (
                    "De behoefte van jongeren aan een plek in "
                    "de wijk waar ze mogen zijn."
                ),
                "include": (
                    "Chillplek, jongerenruimte, weggestuurd worden, buurthuis alleen voor "
                    "kleintjes."
                ),
                "exclude": "Onveilige plekken (zie Veiligheid in de wijk).",
                "keywords": ["plek", "chillen", "hangen", "jongerenruimte", "weggestuurd", "avond"],
                "children": [],
            },
        ],
    },
    {
        "name": "Telefoon en sociale media",
        "colour": "#6a3d9a",
        "definition": "De rol van telefoons, gamen en sociale media in opvoeden en opgroeien.",
        "include": (
            "Schermtijd, online pesten, druk van sociale media, ruzie over de telefoon, info via "
            "apps."
        ),
        "exclude": (
            "Schoolapps die alleen voor informatie worden "
            "gebruikt (zie Bekendheid van het aanbod)."
        ),
        "keywords": [
            "telefoon", "TikTok", "Snapchat", "gamen", "scherm", "online", "Instagram", "appgroep",
        ],
        "children": [],
    },
]

# The conversations, in date order. Answers are stored in Dutch; "language" is the language
# the conversation was held in. "key_figure" indexes KEY_FIGURES. Concept interviews are
# unfinished drafts and have not been coded yet. A fragment is an exact substring of its
# answer; a quote is the approved, scrubbed version that may appear in the report.
INTERVIEWS = [
    # ouder, 26-40, Seghwaert: moeder, zoon (9) en dochter (4); gesprek in het Turks
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Seghwaert",
        "language": "tr",
        "key_figure": 0,
        "date": "2026-03-10",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Het is hier rustig en groen. Mijn zoon kan met de fiets naar school, dat vind ik "
                "fijn. Er is een speeltuin achter ons huis en daar spelen veel kinderen uit de "
                "buurt. Mijn schoonmoeder woont ook in Seghwaert, dus als ik moet werken kan zij "
                "op de kleine passen. Dat is voor mij het belangrijkste, dat familie dichtbij is."
            ),
            "wijk_zorgen": (
                "Mijn zoon is negen. Hij is heel druk en hij luistert niet altijd. Op school "
                "zeggen ze dat hij zich niet goed kan concentreren. Ik maak me zorgen dat hij "
                "later met de verkeerde jongens gaat lopen, want bij het winkelcentrum staan 's "
                "avonds groepjes oudere jongens. Nu is hij nog klein, maar hij kijkt nu al naar ze "
                "op."
            ),
            "wijk_veilig": (
                "Overdag voel ik me veilig. 's Avonds loop ik liever niet door het park, het is "
                "daar donker. Mijn zoon mag nog niet alleen naar buiten als het donker is. Mijn "
                "man zegt dat ik overdrijf, maar ik heb op Facebook gelezen dat er een keer een "
                "jongen beroofd is bij het station."
            ),
            "act_kennen": (
                "Eerlijk gezegd ken ik niet veel. Ik weet dat er een buurthuis is, daar is soms "
                "een markt. Ik heb een keer een folder gezien van een cursus over opvoeden, maar "
                "die was in het Nederlands en ik heb hem niet goed gelezen. Het CJG ken ik van het "
                "consultatiebureau, toen mijn dochter een baby was. Ik wist niet dat je daar later "
                "ook nog heen kan."
            ),
            "act_waarom": (
                "Nee, ik ga niet. Ik werk drie dagen in de thuiszorg en de andere dagen heb ik de "
                "kinderen. En ik weet niet wie er komen. Als ik alleen ga en ik ken niemand, dan "
                "voel ik me niet op mijn gemak. Als een vriendin meegaat, dan misschien wel. Mijn "
                "zoon zit op voetbal, dat is genoeg voor hem, zegt mijn man."
            ),
            "act_info": (
                "Via de app van school en via andere moeders op het schoolplein. Wij hebben een "
                "groepsapp met Turkse moeders uit de klas, daar horen we veel. Als iemand zegt "
                "'dit is leuk, ik ga ook', dan ga je sneller. Folders in de brievenbus gooi ik "
                "meestal weg, dat is te veel papier."
            ),
            "school_praten": (
                "Met de juf van mijn zoon. Zij kent hem het beste, ze ziet hem elke dag. Ik durf "
                "haar alles te vragen, ook over thuis. Met mijn man praat ik ook, maar hij zegt "
                "vaak 'het komt goed, jongens zijn zo'. Mijn moeder in Turkije bel ik ook, maar "
                "zij begrijpt niet hoe het hier op school gaat."
            ),
            "school_contact": (
                "Het contact is goed. De juf is heel vriendelijk en ze praat langzaam zodat ik het "
                "begrijp. Eén keer zei ze dat mijn zoon getest moest worden, en toen schrok ik. Ik "
                "dacht dat ze bedoelden dat hij dom is. Later heeft de intern begeleider het "
                "uitgelegd met een tolk erbij, en toen begreep ik dat ze hem juist willen helpen."
            ),
            "school_passend": (
                "Ik denk het wel. Hij krijgt nu twee keer in de week extra uitleg in een klein "
                "groepje. Dat vindt hij fijn. Maar de juf zegt dat hij misschien meer nodig heeft, "
                "en dan moet er iemand van buiten de school komen. Dat weet ik nog niet."
            ),
            "hulp_ervaring": (
                "De school heeft gezegd dat ik naar het CJG kan gaan voor een gesprek over zijn "
                "gedrag. Dat heb ik niet gedaan. Ik had een afspraak gemaakt, maar ik heb hem "
                "afgezegd. Ik was bang dat ze dan gaan kijken hoe het bij ons thuis is en dat ze "
                "denken dat ik geen goede moeder ben."
            ),
            "hulp_drempel": (
                "In onze familie praat je niet met vreemden over je kinderen. Als mijn "
                "schoonmoeder hoort dat we naar een instantie gaan, dan denkt ze dat er iets heel "
                "ergs is. Daarom is het voor mij makkelijker als het gewoon op school is. Dan ga "
                "ik naar school, dat doet iedereen, niemand vraagt waarom."
            ),
            "hulp_samenwerking": (
                "Ik weet niet goed wie wat doet. De juf, de intern begeleider, iemand van het CJG, "
                "iemand van de gemeente, het zijn veel mensen. Ik zou willen dat er één persoon is "
                "die het mij uitlegt, liefst iemand die ik al ken van school."
            ),
            "samen_ouders": (
                "Ja, met de andere moeders op het schoolplein. We praten over alles, over eten, "
                "over school, over de telefoon. Een vriendin had ook een drukke zoon, en zij zei "
                "dat het beter ging toen hij op zwemmen ging. Dat soort tips helpt meer dan een "
                "folder."
            ),
            "samen_taal": (
                "Ja, heel erg. Mijn Nederlands is goed voor de winkel, maar als het over gevoelens "
                "of over de hersenen gaat, dan begrijp ik niet alles. Dan knik ik maar. Bij de "
                "intern begeleider was een tolk, dat was heel fijn. Ik zou willen dat er vaker "
                "iemand is die Turks spreekt, of dat ik een vriendin mag meenemen."
            ),
            "wens_verandering": (
                "Misschien een koffieochtend op school, voor moeders, met iemand van het CJG "
                "erbij. Niet als een les, maar gewoon om te praten. En dan ook in het Turks of met "
                "een tolk. Dan komen er veel moeders, dat weet ik zeker."
            ),
            "wens_zelf": (
                "Ik wil wel helpen met zo'n koffieochtend. Ik kan moeders uitnodigen in onze "
                "groepsapp. Ik kan ook vertalen als het nodig is, dat heb ik vaker gedaan voor "
                "mijn schoonmoeder."
            ),
            "wens_anders": (
                "Nee, ik denk dat ik alles heb gezegd. Wel bedankt dat je het in het Turks vroeg, "
                "anders had ik niet meegedaan. Ik ben benieuwd wat er met de antwoorden gebeurt."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "Als ik alleen ga en ik ken niemand, dan "
                    "voel ik me niet op mijn gemak."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": "Als ik alleen ga en ik ken niemand, dan voel ik me niet op mijn gemak.",
            },
            {
                "question": "act_info",
                "fragment": (
                    "Wij hebben een groepsapp met Turkse moeders "
                    "uit de klas, daar horen we veel."
                ),
                "themes": ["Informatie via via"],
                "quote": None,
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Met de juf van mijn zoon. Zij kent hem "
                    "het beste, ze ziet hem elke dag."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Ik was bang dat ze dan gaan kijken hoe het bij ons thuis is en dat ze denken "
                    "dat ik geen goede moeder ben."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": (
                    "Ik was bang dat ze dan gaan kijken hoe het bij ons thuis is en dat ze denken "
                    "dat ik geen goede moeder ben."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": "In onze familie praat je niet met vreemden over je kinderen.",
                "themes": ["Opvattingen over hulp in familie en gemeenschap"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Daarom is het voor mij makkelijker als het gewoon op school is. Dan ga ik "
                    "naar school, dat doet iedereen, niemand vraagt waarom."
                ),
                "themes": ["School als ingang", "Drempel om hulp te vragen"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": (
                    "als het over gevoelens of over de hersenen gaat, dan begrijp ik niet alles. "
                    "Dan knik ik maar."
                ),
                "themes": ["Taalbarrière"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": (
                    "Misschien een koffieochtend op school, voor moeders, met iemand van het CJG "
                    "erbij."
                ),
                "themes": ["Opvoedvragen via school"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Seghwaert: vader, zoon (14) met autisme die vijf maanden thuiszat
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-03-12",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Seghwaert is een fijne wijk om in te wonen, alles is dichtbij. Voor mijn zoon is "
                "dat belangrijk, hij heeft autisme en hij wil graag dat alles voorspelbaar is. Hij "
                "kent de route naar de supermarkt en naar de bibliotheek, die loopt hij zelf. Dat "
                "geeft hem een stukje vrijheid."
            ),
            "wijk_zorgen": (
                "Mijn zorg is niet zozeer de wijk, maar dat mijn zoon hier geen vrienden heeft. "
                "Hij zit veel op zijn kamer. Andere jongens van zijn leeftijd hangen bij het "
                "winkelcentrum, daar past hij niet tussen. Ik ben bang dat hij straks helemaal "
                "alleen is als ik er niet meer ben. Maar goed, dat is een zorg van elke ouder van "
                "een kind met autisme, denk ik."
            ),
            "wijk_veilig": (
                "Ik voel me veilig. Mijn zoon is wel een keer uitgelachen door een groepje bij de "
                "bushalte, toen hij met zijn koptelefoon liep. Sindsdien wil hij niet meer met de "
                "bus. Ik heb toen de wijkagent gemaild, die reageerde netjes, maar verder gebeurde "
                "er niks."
            ),
            "act_kennen": (
                "Ik ken het buurthuis, de bibliotheek, er is een huiswerkklas. Er is ook iets voor "
                "jongeren met autisme in Zoetermeer, een soort club, maar dat is aan de andere "
                "kant van de stad. Van het CJG wist ik alleen dat het bestond, niet wat ze precies "
                "doen."
            ),
            "act_waarom": (
                "Nee. Voor mijn zoon zijn groepen te druk. De jongerenactiviteiten in het "
                "buurthuis zijn vaak met muziek en veel lawaai, daar houdt hij het geen vijf "
                "minuten vol. Ikzelf heb na het werk en al het geregel geen energie meer voor een "
                "avond over opvoeden. Ik zou eerder gaan als het over autisme gaat en als er "
                "andere vaders zijn."
            ),
            "act_info": (
                "Ik zoek alles zelf op internet. Ik zit in een Facebookgroep voor ouders van "
                "kinderen met autisme, daar haal ik de meeste informatie vandaan. Van de gemeente "
                "of de school hoor ik eigenlijk weinig, je moet er zelf achteraan."
            ),
            "school_praten": (
                "Met mijn ex-vrouw, we hebben gelukkig nog goed contact over de kinderen. En met "
                "de mentor van Jeroen, die is echt goud waard. Hij belt mij gewoon op als er iets "
                "is, ook 's avonds."
            ),
            "school_contact": (
                "Nu goed, maar dat is wel anders geweest. Op zijn eerste middelbare school had "
                "niemand verstand van autisme. Jeroen werd steeds uit de les gestuurd omdat hij "
                "boos werd als het te druk was. Ik kreeg elke week een mail dat het niet goed "
                "ging, maar niemand vroeg wat hij nodig had. Op de school waar hij nu zit denken "
                "ze met ons mee."
            ),
            "school_passend": (
                "Jeroen heeft vijf maanden thuisgezeten in de brugklas. Vijf maanden! De oude "
                "school zei dat ze het niet meer konden, de nieuwe school had eerst geen plek. In "
                "die tijd kreeg hij geen les, alleen af en toe een pakketje met werk. Niemand "
                "voelde zich verantwoordelijk. Ik moest zelf bellen met leerplicht, met het "
                "samenwerkingsverband, met de gemeente. Ik ben toen zelf bijna overspannen "
                "geraakt. Het ergste vond ik wat het met hem deed. De eerste weken was hij "
                "opgelucht, geen drukte, geen boze leraren. Maar na een maand draaide zijn dag om. "
                "Hij ging om vier uur 's nachts slapen en zei dat hij toch nergens goed voor was. "
                "Ik werkte toen nog vier dagen en ik liet hem alleen thuis, want ik had geen keus. "
                "Mijn moeder kwam soms oppassen, op een jongen van dertien. Elke week belde ik wel "
                "iemand, en elke keer hoorde ik: we zijn ermee bezig, u hoort van ons. Pas toen ik "
                "een keer boos werd aan de telefoon, kwam er een gesprek met alle partijen. Toen "
                "ging het ineens binnen drie weken. Dat zegt toch genoeg? Het kón wel, maar "
                "niemand voelde de haast. Nu zit hij op een school met kleinere klassen en een "
                "vaste mentor, en hij gaat weer elke dag. Hij heeft zelfs een vriend gemaakt, de "
                "eerste in jaren. Maar die vijf maanden krijgt hij nooit meer terug, en ik ook "
                "niet."
            ),
            "hulp_ervaring": (
                "Ja, veel. Eerst via de huisarts naar de GGZ voor onderzoek, daar stonden we acht "
                "maanden op de wachtlijst. Toen kwam de diagnose, en daarna weer een wachtlijst "
                "voor behandeling. Het wijkteam heeft ons geholpen met een begeleider thuis, die "
                "kwam na een paar weken al. Dat was echt een lichtpuntje."
            ),
            "hulp_drempel": (
                "Voor mij was de drempel niet zo hoog, ik ben mondig en ik kan goed bellen. Maar "
                "ik denk vaak: hoe doen ouders dit die minder goed Nederlands spreken, of die bang "
                "zijn voor instanties? Die geven het op. Het is een doolhof."
            ),
            "hulp_samenwerking": (
                "Slecht, eerlijk gezegd. Ik heb mijn verhaal aan minstens tien mensen verteld. "
                "Elke keer een nieuwe intake, elke keer dezelfde vragen. De school wist niet wat "
                "de GGZ deed en andersom. Pas toen de begeleider van het wijkteam een keer alle "
                "partijen om tafel zette, ging het beter. Dat had vanaf het begin zo moeten gaan."
            ),
            "samen_ouders": (
                "Ja, in die Facebookgroep en ook met een moeder uit de straat, haar dochter heeft "
                "ook autisme. We drinken soms koffie en dan kunnen we alles zeggen zonder uit te "
                "leggen hoe het is. Dat herkennen, dat je niet gek bent, dat is zo belangrijk. Ik "
                "zou graag een vaste avond voor ouders hebben, hier in de wijk."
            ),
            "samen_taal": (
                "Voor mij niet, ik ben hier geboren. Wel merk ik dat de taal van hulpverleners "
                "soms heel moeilijk is, met allemaal afkortingen. OPP, SWV, TLV, ik moest alles "
                "opzoeken. Bij het eerste gesprek dacht ik echt: waar hebben ze het over? Ik heb "
                "toen gevraagd of ze het gewoon in normale woorden konden zeggen."
            ),
            "wens_verandering": (
                "Zorg dat er op elke school iemand is die echt verstand heeft van autisme. En als "
                "een kind uitvalt, moet er binnen een week iemand zijn die het regelt. Niet vijf "
                "maanden wachten. Eén persoon die verantwoordelijk is, die de ouders belt en niet "
                "andersom."
            ),
            "wens_zelf": (
                "Ik wil best een avond voor vaders opzetten, vaders van kinderen met autisme. Ik "
                "zou wel een ruimte nodig hebben en misschien iemand van het CJG die een keer iets "
                "komt vertellen."
            ),
            "wens_anders": (
                "Alleen dat ik hoop dat er echt iets met dit onderzoek gebeurt. We hebben als "
                "ouders al zo vaak onze mening gegeven. En dat we horen wat er met onze antwoorden "
                "gedaan is. Dat gebeurt bijna nooit, en dan haak je de volgende keer af."
            ),
        },
        "codings": [
            {
                "question": "school_passend",
                "fragment": "Jeroen heeft vijf maanden thuisgezeten in de brugklas.",
                "themes": ["Thuiszitten"],
                "quote": "[naam] heeft vijf maanden thuisgezeten in de brugklas.",
            },
            {
                "question": "school_passend",
                "fragment": (
                    "De oude school zei dat ze het niet meer konden, de nieuwe school had eerst "
                    "geen plek."
                ),
                "themes": ["Te weinig passende schoolplekken"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "hoe doen ouders dit die minder goed Nederlands spreken, of die bang zijn voor "
                    "instanties? Die geven het op. Het is een doolhof."
                ),
                "themes": ["Niet weten waar je heen moet"],
                "quote": (
                    "hoe doen ouders dit die minder goed Nederlands spreken, of die bang zijn voor "
                    "instanties? Die geven het op. Het is een doolhof."
                ),
            },
            {
                "question": "school_contact",
                "fragment": "Op zijn eerste middelbare school had niemand verstand van autisme.",
                "themes": ["Autisme"],
                "quote": "Op zijn eerste middelbare school had niemand verstand van autisme.",
            },
            {
                "question": "hulp_ervaring",
                "fragment": "daar stonden we acht maanden op de wachtlijst",
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "Ik heb mijn verhaal aan minstens tien mensen verteld. Elke keer een nieuwe "
                    "intake, elke keer dezelfde vragen."
                ),
                "themes": ["Steeds opnieuw je verhaal vertellen"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": "Dat herkennen, dat je niet gek bent, dat is zo belangrijk.",
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": (
                    "Zorg dat er op elke school iemand is die "
                    "echt verstand heeft van autisme."
                ),
                "themes": ["Autisme"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Palenstein: moeder uit Syrië, kinderen van 7, 11 en 13; gesprek in het Arabisch
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Palenstein",
        "language": "ar",
        "key_figure": 1,
        "date": "2026-03-16",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik woon in Palenstein, dat is naast Seghwaert. Ik vind het fijn dat er veel "
                "verschillende mensen wonen, ook andere Syrische families. Mijn kinderen spelen op "
                "het pleintje voor de flat. De school is op vijf minuten lopen. Als ik terugdenk "
                "aan hoe we in 2016 hier kwamen, dan ben ik blij met dit huis."
            ),
            "wijk_zorgen": (
                "Mijn oudste dochter is dertien en ze zit heel veel op haar telefoon. TikTok, "
                "Snapchat, ik weet niet met wie ze praat. Ik kan het niet controleren, want ik "
                "begrijp de apps niet. Dat maakt mij bang. En mijn zoon van elf wil altijd buiten "
                "zijn, ook als het al laat is."
            ),
            "wijk_veilig": (
                "Overdag is het goed. Maar 's avonds staan er jongens bij de ingang van de flat, "
                "ze roken en ze maken lawaai. Ze doen niks tegen ons, maar mijn dochter vindt het "
                "eng om erlangs te lopen. Ik ga dan naar beneden om haar op te halen."
            ),
            "act_kennen": (
                "Ik ken de taalles in de bibliotheek, daar ga ik op dinsdag. En de voedselbank. "
                "Voor de kinderen weet ik niet veel. Mijn zoon zou graag op voetbal willen, maar "
                "ik weet niet waar dat is en hoe je je moet inschrijven."
            ),
            "act_waarom": (
                "Voetbal kost geld, en ook schoenen en kleren. We hebben niet veel geld, mijn man "
                "zoekt nog werk. Iemand zei dat de gemeente soms betaalt, maar ik weet niet hoe "
                "dat werkt. Voor mezelf ga ik naar de taalles, daar ken ik de vrouwen. Naar iets "
                "nieuws ga ik niet zo snel."
            ),
            "act_info": (
                "Van andere Syrische moeders, in onze WhatsAppgroep. En de school stuurt "
                "berichten, maar die zijn lang en in moeilijk Nederlands. Mijn dochter leest ze "
                "voor mij en vertelt wat erin staat. Soms vergeet ze het, dan weet ik het niet."
            ),
            "school_praten": (
                "Met mijn zus, zij woont in Den Haag. En op school is er een vrouw, de "
                "schoolmaatschappelijk werker, zij spreekt een beetje Arabisch. Met haar kan ik "
                "praten. Zij heeft mij ook geholpen met een formulier voor de zorgverzekering."
            ),
            "school_contact": (
                "Ik ga naar de tien-minutengesprekken, maar ik begrijp niet alles. De leraar praat "
                "snel. Ik zeg 'ja, ja' maar ik weet niet of het goed gaat. Mijn dochter zit er dan "
                "bij om te vertalen, maar ik denk dat ze niet alles vertaalt als het over haarzelf "
                "gaat."
            ),
            "school_passend": (
                "Mijn jongste van zeven leert langzaam lezen. De juf zegt dat het komt omdat we "
                "thuis Arabisch praten. Ze krijgt extra lezen op school. Ik weet niet of dat "
                "genoeg is. Ik kan haar thuis niet helpen met Nederlandse boeken."
            ),
            "hulp_ervaring": (
                "Eén keer, toen mijn man heel somber was en niet meer uit bed kwam. De huisarts "
                "stuurde ons naar iemand, maar daar moesten we vier maanden op wachten. Toen was "
                "het al een beetje beter. Voor de kinderen heb ik nooit hulp gevraagd. Ik weet ook "
                "niet bij wie dat moet."
            ),
            "hulp_drempel": (
                "Moeilijk is de taal, en ik weet niet wat er gebeurt met wat ik vertel. In Syrië "
                "ga je niet naar de overheid met problemen in je gezin. Mensen zeggen hier ook dat "
                "jeugdzorg kinderen weghaalt. Ik weet niet of dat waar is, maar ik ben er bang "
                "voor."
            ),
            "hulp_samenwerking": (
                "Ik weet het niet. De school belt mij soms, maar verder heb ik geen hulp. De "
                "schoolmaatschappelijk werker is de enige die ik ken. Als zij er niet meer is, "
                "weet ik niet bij wie ik moet zijn."
            ),
            "samen_ouders": (
                "Ja, met de vrouwen van de taalles. Wij praten veel over onze kinderen, over hoe "
                "het hier anders is dan in Syrië. Hier mogen kinderen meer zelf beslissen, dat is "
                "voor ons soms moeilijk. Het helpt om te horen dat andere moeders hetzelfde voelen."
            ),
            "samen_taal": (
                "Ja, taal is het grootste probleem. Ik wil alles goed doen voor mijn kinderen, "
                "maar ik begrijp het systeem niet. Als er iemand is die Arabisch spreekt, dan ga "
                "ik. Zoals nu met jou, daarom doe ik mee. Mijn dochter vertaalt veel, maar zij is "
                "dertien. Zij moet niet alles weten over de problemen van haar vader of over geld. "
                "Soms stuur ik haar weg en dan probeer ik het zelf, met handen en voeten. Dan zie "
                "ik aan het gezicht van de juf dat ze het niet begrijpt, en ik begrijp haar ook "
                "niet. Dan lachen we maar. Maar vanbinnen voel ik me alleen."
            ),
            "wens_verandering": (
                "Informatie in het Arabisch, en korte berichten van school. En iemand op school "
                "die uitlegt hoe het werkt in Nederland, met de zorg, met de middelbare school. "
                "Mijn oudste ging vorig jaar naar het voortgezet onderwijs en ik begreep niets van "
                "het advies."
            ),
            "wens_zelf": (
                "Ik kan koken voor een activiteit, dat doe ik graag. Als er een bijeenkomst is "
                "voor Arabische moeders, dan neem ik eten mee en nodig ik mijn vriendinnen uit. "
                "Eten maakt mensen blij, dan praten ze makkelijker."
            ),
            "wens_anders": (
                "Ik wil nog zeggen dat ik dankbaar ben voor Nederland. Maar soms voel ik mij dom "
                "omdat ik niet begrijp wat ze bedoelen. Dat is niet fijn als moeder. Ik wil het "
                "goed doen, echt. Ik heb alleen iemand nodig die het me rustig uitlegt."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": "Voetbal kost geld, en ook schoenen en kleren.",
                "themes": ["Kosten van activiteiten"],
                "quote": "Voetbal kost geld, en ook schoenen en kleren.",
            },
            {
                "question": "act_info",
                "fragment": (
                    "Mijn dochter leest ze voor mij en vertelt wat erin staat. Soms vergeet ze "
                    "het, dan weet ik het niet."
                ),
                "themes": ["Taalbarrière"],
                "quote": None,
            },
            {
                "question": "school_praten",
                "fragment": (
                    "En op school is er een vrouw, de schoolmaatschappelijk werker, zij spreekt "
                    "een beetje Arabisch. Met haar kan ik praten."
                ),
                "themes": ["Schoolmaatschappelijk werk", "Vertrouwde gezichten"],
                "quote": (
                    "En op school is er een vrouw, de schoolmaatschappelijk werker, zij spreekt "
                    "een beetje Arabisch. Met haar kan ik praten."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": "Mensen zeggen hier ook dat jeugdzorg kinderen weghaalt.",
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "In Syrië ga je niet naar de overheid met problemen in je gezin.",
                "themes": ["Opvattingen over hulp in familie en gemeenschap"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Voor de kinderen heb ik nooit hulp gevraagd. Ik weet ook niet bij wie dat "
                    "moet."
                ),
                "themes": ["Niet weten waar je heen moet"],
                "quote": None,
            },
            {
                "question": "wijk_zorgen",
                "fragment": "Ik kan het niet controleren, want ik begrijp de apps niet.",
                "themes": ["Telefoon en sociale media"],
                "quote": None,
            },
            {
                "question": "wijk_veilig",
                "fragment": (
                    "Maar 's avonds staan er jongens bij de ingang van de flat, ze roken en ze "
                    "maken lawaai."
                ),
                "themes": ["Veiligheid in de wijk"],
                "quote": None,
            },
        ],
    },
    # jongere, 12-15, Seghwaert: jongen (13), brugklas vmbo
    {
        "group": "jongere",
        "age_band": "12-15",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 0,
        "date": "2026-03-18",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Dat al mijn vrienden hier wonen. We voetballen bijna elke dag op het Cruyff Court "
                "achter de school. Als het regent gaan we naar iemand thuis om te gamen. En de "
                "snackbar is dichtbij, dat is ook wel chill."
            ),
            "wijk_zorgen": (
                "Zorgen? Niet echt. Soms dat er ruzie komt met de oudere jongens op het veldje, "
                "die willen dan dat wij weggaan. Dan gaan we maar, want ze zijn groter. Mijn "
                "moeder maakt zich meer zorgen dan ik, denk ik."
            ),
            "wijk_veilig": (
                "Overdag gewoon veilig. 's Avonds bij het winkelcentrum staan soms gasten die je "
                "aankijken. Ik loop dan gewoon door. Een keer is een vriend van mij zijn telefoon "
                "afgepakt daar, toen waren we wel bang."
            ),
            "act_kennen": (
                "Voetbal, het Cruyff Court, en in het buurthuis is iets met een PlayStation en "
                "tafelvoetbal op vrijdag. CJG ken ik niet. Wat is dat? Is dat niet voor baby's? Ik "
                "dacht dat het iets van het ziekenhuis was."
            ),
            "act_waarom": (
                "Naar het buurthuis ben ik een paar keer geweest, maar daar zijn vooral kleine "
                "kinderen en het sluit om acht uur. Dan is het net leuk. Op voetbal zit ik wel, "
                "bij de club. Dat kost wel geld, maar mijn ouders betalen het."
            ),
            "act_info": (
                "Van vrienden, in onze groepsapp. En de jongerenwerker zet dingen op Instagram, "
                "die volg ik. Posters lees ik niet echt, die hangen op plekken waar ik niet kom. "
                "Soms zegt de mentor iets in de klas."
            ),
            "school_praten": (
                "Met mijn mentor, meneer is echt chill. Hij maakt grapjes en als je ergens mee zit "
                "kan je na de les bij hem. En met mijn oudere neef. Met mijn ouders praat ik niet "
                "zo over problemen, die maken zich meteen zorgen."
            ),
            "school_contact": (
                "Mijn moeder gaat naar de oudergesprekken. Ze vindt de mentor ook aardig. Ze belt "
                "hem soms, dat vind ik wel een beetje irritant, haha, maar het is oké. Hij zegt "
                "dan ook wel goede dingen over mij."
            ),
            "school_passend": (
                "Ja, het gaat wel. Ik ben niet zo goed in Engels, daar krijg ik bijles voor op "
                "school op dinsdag. Verder gaat het goed. De brugklas is wel drukker dan de "
                "basisschool, je hebt elk uur een andere leraar."
            ),
            "hulp_ervaring": (
                "Nee, ik heb nooit hulp gehad. Alleen die bijles. Als er iets is, zou ik naar mijn "
                "mentor gaan denk ik. Of naar mijn neef, die is negentien en weet veel."
            ),
            "hulp_drempel": (
                "Je wil niet dat de hele klas het weet. Als je bij de zorgcoördinator naar binnen "
                "loopt, ziet iedereen het en dan vragen ze 'wat heb jij dan'. Dat is wel awkward. "
                "Bij de mentor valt het minder op."
            ),
            "hulp_samenwerking": (
                "Geen idee eigenlijk. Ik denk dat de mentor met mijn ouders belt als er iets is. "
                "Zo hoort het toch? Meer weet ik er niet van. Misschien moet je het aan mijn "
                "moeder vragen."
            ),
            "samen_ouders": (
                "Met mijn vrienden praat ik over alles, over school en meisjes en zo. Niet echt "
                "over problemen. Als iemand het moeilijk heeft zeggen we 'komt goed bro' of zo. "
                "Dan lachen we en gaan we voetballen."
            ),
            "samen_taal": (
                "Nee, ik spreek gewoon Nederlands. Mijn moeder praat Turks met mij, maar dat maakt "
                "niet uit. Soms vertaal ik wel dingen voor haar van school. Dan leg ik het in het "
                "Turks uit."
            ),
            "wens_verandering": (
                "Een plek voor jongeren die 's avonds open is, met een PlayStation en muziek, waar "
                "je gewoon kan chillen zonder dat iemand je wegstuurt. En meer lampen bij het "
                "winkelcentrum."
            ),
            "wens_zelf": (
                "Ik wil wel helpen met een voetbaltoernooi in de wijk, dat lijkt me vet. Met een "
                "prijs en muziek erbij, en dan tegen andere wijken. Ik ken wel tien jongens die "
                "meedoen."
            ),
            "wens_anders": (
                "Nee, dat was het. Mag ik nu weer gaan? Haha. Nee serieus, leuk dat jullie het ook "
                "aan jongeren vragen. Wij weten zelf het beste wat er mist in de wijk, volwassenen "
                "denken dat ze het weten."
            ),
        },
        "codings": [
            {
                "question": "act_kennen",
                "fragment": "CJG ken ik niet. Wat is dat? Is dat niet voor baby's?",
                "themes": ["Onbekendheid van CJG en wijkteam"],
                "quote": "CJG ken ik niet. Wat is dat? Is dat niet voor baby's?",
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "daar zijn vooral kleine kinderen en het sluit om acht uur. Dan is het net "
                    "leuk."
                ),
                "themes": ["Een eigen plek voor jongeren"],
                "quote": (
                    "daar zijn vooral kleine kinderen en het sluit om acht uur. Dan is het net "
                    "leuk."
                ),
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Met mijn mentor, meneer is echt chill. Hij maakt grapjes en als je ergens mee "
                    "zit kan je na de les bij hem."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Als je bij de zorgcoördinator naar binnen loopt, ziet iedereen het en dan "
                    "vragen ze 'wat heb jij dan'."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": (
                    "Als je bij de zorgcoördinator naar binnen loopt, ziet iedereen het en dan "
                    "vragen ze 'wat heb jij dan'."
                ),
            },
            {
                "question": "wijk_veilig",
                "fragment": (
                    "Een keer is een vriend van mij zijn telefoon afgepakt daar, toen waren we wel "
                    "bang."
                ),
                "themes": ["Veiligheid in de wijk"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": (
                    "Van vrienden, in onze groepsapp. En de jongerenwerker zet dingen op "
                    "Instagram, die volg ik."
                ),
                "themes": ["Informatie via via", "Telefoon en sociale media"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "Bij de mentor valt het minder op.",
                "themes": ["School als ingang"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Seghwaert: moeder, dochter (6) met NAH na hersenvliesontsteking, zoon (9)
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-03-19",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "De buren. Echt, we hebben hele lieve buren, die hebben ons zo geholpen toen onze "
                "dochter in het ziekenhuis lag. Ze kookten voor ons, ze brachten onze zoon naar "
                "school. Dat vind ik Seghwaert: mensen kijken nog naar elkaar om. En het is groen, "
                "veel water, de kinderen kunnen buiten spelen."
            ),
            "wijk_zorgen": (
                "Over de wijk zelf niet veel. Mijn zorg is vooral of onze dochter kan meekomen. Ze "
                "had hersenvliesontsteking toen ze vier was en sindsdien is ze heel snel moe. Aan "
                "de buitenkant zie je niks, dus andere kinderen en ouders begrijpen niet waarom ze "
                "niet mee kan naar een kinderfeestje of waarom ze ineens moet huilen."
            ),
            "wijk_veilig": (
                "Veilig. Alleen het verkeer bij de school is 's ochtends chaos, ouders die met de "
                "auto tot aan de deur rijden. Ik laat mijn zoon daarom nog niet alleen fietsen, en "
                "hij is al negen."
            ),
            "act_kennen": (
                "Ik ken de peutergym, de speel-o-theek, de zwemles. En het buurthuis heeft een "
                "knutselmiddag op woensdag. Van het CJG ken ik de opvoedcursussen, ik heb daar een "
                "keer een flyer van gekregen bij het consultatiebureau."
            ),
            "act_waarom": (
                "Onze zoon gaat naar de knutselmiddag, dat vindt hij leuk. Voor onze dochter is "
                "het te veel. Na school is ze op, dan moet ze rusten. Alles wat in de middag is, "
                "valt voor haar af. Ik zou wel willen dat er iets is op zaterdagochtend, kort en "
                "rustig."
            ),
            "act_info": (
                "Via de nieuwsbrief van school en via Instagram, het buurthuis heeft een account. "
                "En veel via andere moeders op het schoolplein, die weten altijd alles als eerste. "
                "Als iets op Instagram staat met een leuke foto, lees ik het wel."
            ),
            "school_praten": (
                "Met mijn man natuurlijk. En met de JGZ-verpleegkundige, die is zo fijn. Toen onze "
                "dochter net uit het ziekenhuis kwam, heeft zij ons echt geholpen. Ze kwam op "
                "school praten met de juf, ze heeft uitgelegd wat NAH is. Zonder haar had de "
                "school het niet begrepen."
            ),
            "school_contact": (
                "Wisselend. De juf van vorig jaar was geweldig, die liet onze dochter even liggen "
                "op een matje als ze moe was. De juf van nu is jong en wil het goed doen, maar ze "
                "denkt dat onze dochter lui is of zich aanstelt. Ik heb al drie keer een gesprek "
                "gehad. Elke keer leg ik het weer uit."
            ),
            "school_passend": (
                "Niet echt. Ze heeft een kortere schooldag nodig, of een rustige plek om even bij "
                "te komen. Dat kan officieel, maar er is geen extra juf om op haar te letten. De "
                "school zegt 'we hebben er geen geld voor'. Dus gaat ze hele dagen en is ze thuis "
                "kapot."
            ),
            "hulp_ervaring": (
                "We hebben revalidatie gehad bij een revalidatiecentrum in Den Haag. Dat was goed, "
                "maar dat is nu afgelopen. Daarna viel er een gat. Niemand zei tegen ons: voor "
                "verdere hulp kunt u hier terecht. Ik heb uiteindelijk zelf het wijkteam gebeld en "
                "toen moesten we weer van voren af aan beginnen. Bij het wijkteam kregen we een "
                "aardige mevrouw, maar ze wist niets van NAH. Ik heb haar de folders van het "
                "revalidatiecentrum gegeven en ze heeft ze echt gelezen, dat waardeer ik. Maar het "
                "voelde alsof ik haar aan het opleiden was in plaats van dat zij mij hielp. "
                "Uiteindelijk hebben we een paar uur begeleiding per week gekregen voor onze "
                "dochter, om te leren hoe ze haar energie kan verdelen. Dat helpt wel. Alleen "
                "duurde het van het eerste telefoontje tot de eerste afspraak bijna vier maanden."
            ),
            "hulp_drempel": (
                "Voor mij is het vooral de tijd. Ik werk, ik zorg voor twee kinderen, en elke "
                "afspraak is weer een middag vrij nemen. En je moet steeds weer vechten om uit te "
                "leggen wat NAH is. Dat kost zoveel energie dat je het soms maar laat."
            ),
            "hulp_samenwerking": (
                "Het revalidatiecentrum, de school en het wijkteam hebben nooit met elkaar "
                "gepraat. Ik ben de postbode tussen al die mensen. Ik stuur verslagen door, ik leg "
                "uit, ik regel. Ik zou zo graag willen dat iemand dat van mij overneemt."
            ),
            "samen_ouders": (
                "Ik heb via het revalidatiecentrum een paar ouders leren kennen, we hebben een "
                "appgroep. Dat is echt mijn reddingsboei. Zij snappen het zonder uitleg. Hier in "
                "de wijk ken ik niemand met een kind met NAH. Het zou mooi zijn als het CJG ouders "
                "met elkaar in contact brengt."
            ),
            "samen_taal": (
                "Niet voor mij. Maar ik zie op het schoolplein moeders die altijd alleen staan, ik "
                "denk omdat ze de taal niet goed spreken. Die missen vast veel informatie. Ik heb "
                "een keer een moeder geholpen met een formulier voor de schoolreis. Ze was zo blij."
            ),
            "wens_verandering": (
                "Dat leerkrachten iets leren over NAH. Het is niet zeldzaam, maar niemand weet er "
                "iets van. En dat er geld is voor een aangepast rooster zonder dat je eerst een "
                "heel dossier moet maken. En één vaste persoon na de revalidatie."
            ),
            "wens_zelf": (
                "Ik zou een keer op een ouderavond willen vertellen over NAH, als dat helpt. Dan "
                "begrijpen andere ouders het misschien ook beter, en hun kinderen ook. Ik ben er "
                "niet goed in om voor een groep te staan, maar hiervoor doe ik het."
            ),
            "wens_anders": (
                "Ik wil nog zeggen dat de JGZ-verpleegkundige echt het verschil heeft gemaakt. "
                "Zulke mensen moeten er meer komen, en ze moeten niet steeds wisselen. Eén vast "
                "persoon die je kent, daar gaat het uiteindelijk om. Dat hoor je vast vaker."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Aan de buitenkant zie je niks, dus andere kinderen en ouders begrijpen niet "
                    "waarom ze niet mee kan naar een kinderfeestje"
                ),
                "themes": ["Niet-aangeboren hersenletsel"],
                "quote": (
                    "Aan de buitenkant zie je niks, dus andere kinderen en ouders begrijpen niet "
                    "waarom ze niet mee kan naar een kinderfeestje"
                ),
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Ze kwam op school praten met de juf, ze heeft uitgelegd wat NAH is. Zonder "
                    "haar had de school het niet begrepen."
                ),
                "themes": ["Samenwerking school en jeugdhulp", "Niet-aangeboren hersenletsel"],
                "quote": (
                    "Ze kwam op school praten met de juf, ze heeft uitgelegd wat NAH is. Zonder "
                    "haar had de school het niet begrepen."
                ),
            },
            {
                "question": "school_passend",
                "fragment": (
                    "Ze heeft een kortere schooldag nodig, of een rustige plek om even bij te "
                    "komen."
                ),
                "themes": ["Maatwerk in de klas"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": "Niemand zei tegen ons: voor verdere hulp kunt u hier terecht.",
                "themes": ["Niet weten waar je heen moet"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": "Ik ben de postbode tussen al die mensen.",
                "themes": ["Samenwerking school en jeugdhulp"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": "Dat is echt mijn reddingsboei. Zij snappen het zonder uitleg.",
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "act_waarom",
                "fragment": "Alles wat in de middag is, valt voor haar af.",
                "themes": ["Vrije tijd en sport"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": "Ik heb al drie keer een gesprek gehad. Elke keer leg ik het weer uit.",
                "themes": ["Steeds opnieuw je verhaal vertellen"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Noordhove: moeder, hoogbegaafde zoon (12) en dochter (16)
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Noordhove",
        "language": "nl",
        "key_figure": 0,
        "date": "2026-03-23",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Noordhove is rustig, veel gezinnen, de kinderen kunnen hier vrij rondfietsen. "
                "Mijn dochter van zestien gaat met de fiets naar het Stadshart, dat vind ik prima. "
                "Er is veel groen en de Noord Aa is vlakbij, daar wandelen we in het weekend."
            ),
            "wijk_zorgen": (
                "Mijn zorg zit niet in de wijk maar in mijn zoon. Hij is twaalf en hij is "
                "hoogbegaafd, dat is getest. Hij verveelt zich dood op school en thuis is hij dan "
                "boos en somber. Hij zegt dingen als 'waarom zou ik mijn best doen als alles saai "
                "is'. Daar schrik je van als moeder."
            ),
            "wijk_veilig": (
                "Ik vind het veilig. Mijn dochter komt soms laat terug van haar bijbaan en dan "
                "moet ze door het park. Ik heb liever dat ze omfietst via de grote weg, daar is "
                "meer licht."
            ),
            "act_kennen": (
                "Er is een schaakclub in het wijkcentrum, daar zit mijn zoon op. Hij vindt het "
                "geweldig, het zijn allemaal oude mannen en hij wint van ze. Verder ken ik de "
                "bibliotheek met een programmeerclub, maar die was vol. Voor ouders ken ik niks "
                "eigenlijk."
            ),
            "act_waarom": (
                "Mijn zoon gaat naar schaken, omdat hij daar iets kan leren. Bij gewone "
                "activiteiten voor kinderen van zijn leeftijd haakt hij af, het is hem te "
                "kinderachtig. Voor ouders heb ik nooit iets gezien over hoogbegaafdheid. Een "
                "avond over 'grenzen stellen' trekt me niet, daar zit ons probleem niet."
            ),
            "act_info": (
                "Ik zoek alles zelf, op internet en via een landelijke vereniging voor ouders van "
                "hoogbegaafde kinderen. Van school komt er een nieuwsbrief, maar daar staan vooral "
                "de schoolreis en de luizencontrole in."
            ),
            "school_praten": (
                "Met mijn man en met mijn zus, die is leerkracht. En met de intern begeleider van "
                "school, maar dat voelt soms alsof ik moet bedelen. Ik heb het idee dat ze me een "
                "lastige moeder vinden."
            ),
            "school_contact": (
                "Mijn zoon zit in groep 8 van De Klaverhof. De leerkracht is aardig, maar ze heeft "
                "29 kinderen en een paar met grote problemen. Mijn zoon valt dan tussen wal en "
                "schip, want hij haalt toch goede cijfers. Ze zeggen 'hij doet het toch goed', "
                "maar ze zien niet dat hij thuis instort."
            ),
            "school_passend": (
                "Nee. Er was een plusklas, een ochtend in de week met andere slimme kinderen. Dat "
                "was het hoogtepunt van zijn week. Die is vorig jaar gestopt omdat er geen geld "
                "meer voor was. Sindsdien heeft hij buikpijn op maandagochtend en wil hij niet "
                "naar school. Twee keer heb ik hem thuisgehouden. Ik ben bang dat hij een "
                "thuiszitter wordt als het zo doorgaat."
            ),
            "hulp_ervaring": (
                "Ik ben naar de huisarts gegaan vanwege zijn somberheid. Die verwees naar de GGZ, "
                "maar daar zeiden ze dat het probleem vooral op school ligt. De school zegt dat "
                "het thuis ligt. Zo word je heen en weer gestuurd. Uiteindelijk betalen we nu zelf "
                "een coach die gespecialiseerd is in hoogbegaafdheid. Dat is duur, maar hij knapt "
                "ervan op. Die coach kost ons honderd euro per keer. Wij kunnen dat net betalen, "
                "maar ik denk vaak aan ouders die dat niet kunnen. Voor hen is er gewoon niks. Een "
                "hoogbegaafd kind uit een arm gezin wordt dan een probleemkind, en niemand ziet "
                "waar het vandaan komt. Ik heb de gemeente gemaild of er iets vergoed kon worden, "
                "maar ik kreeg een standaardantwoord terug."
            ),
            "hulp_drempel": (
                "De drempel is dat niemand je gelooft. Als je zegt dat je kind hoogbegaafd is, "
                "denken mensen dat je opschept. 'Wat een luxeprobleem', zei een moeder op het "
                "schoolplein. Dan hou je voortaan je mond wel."
            ),
            "hulp_samenwerking": (
                "Er is geen samenwerking. De coach die we zelf betalen mag niet in de school "
                "komen. De GGZ en de school hebben elkaar nooit gebeld. Ik ben de enige die alles "
                "weet, en ik ben geen deskundige."
            ),
            "samen_ouders": (
                "Online met andere ouders van hoogbegaafde kinderen, in een forum. Dat is het "
                "enige waar ik me begrepen voel. Hier in de wijk ken ik niemand, maar die ouders "
                "zijn er vast. In elke klas zit er wel een."
            ),
            "samen_taal": (
                "Nee, niet echt. Al is de taal van school soms vaag. 'We gaan het monitoren', dan "
                "weet je ook niet wat ze precies gaan doen. Ik wil gewoon weten: wie doet wat en "
                "wanneer."
            ),
            "wens_verandering": (
                "Breng de plusklas terug. Het kost niet veel en het maakt zo'n verschil. En zorg "
                "dat leerkrachten leren herkennen dat een kind met goede cijfers ook kan "
                "vastlopen. Onderpresteren of somber zijn zie je niet op een rapport."
            ),
            "wens_zelf": (
                "Ik wil best meedenken met de school, of een oudergroep opzetten. Als de school "
                "een ruimte geeft, kunnen ouders elkaar een keer per maand zien. Ik weet zeker dat "
                "er meer ouders zijn die hiermee worstelen."
            ),
            "wens_anders": (
                "Alleen dat hoogbegaafde kinderen ook zorgkinderen kunnen zijn. Dat wordt vaak "
                "vergeten, ook door de gemeente. Een kind dat zich elke dag verveelt, raakt net zo "
                "goed beschadigd als een kind dat niet mee kan komen. Dat wil ik echt meegeven."
            ),
        },
        "codings": [
            {
                "question": "school_contact",
                "fragment": (
                    "Mijn zoon valt dan tussen wal en schip, "
                    "want hij haalt toch goede cijfers."
                ),
                "themes": ["Hoogbegaafdheid"],
                "quote": (
                    "Mijn zoon valt dan tussen wal en schip, "
                    "want hij haalt toch goede cijfers."
                ),
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Mijn zoon zit in groep 8 van De Klaverhof. De leerkracht is aardig, maar ze "
                    "heeft 29 kinderen en een paar met grote problemen."
                ),
                "themes": ["Passend onderwijs en thuiszitten"],
                "quote": (
                    "Mijn zoon zit in groep 8 van [school]. De leerkracht is aardig, maar ze heeft "
                    "29 kinderen en een paar met grote problemen."
                ),
            },
            {
                "question": "school_passend",
                "fragment": (
                    "Die is vorig jaar gestopt omdat er geen geld meer voor was. Sindsdien heeft "
                    "hij buikpijn op maandagochtend en wil hij niet naar school."
                ),
                "themes": ["Maatwerk in de klas", "Thuiszitten"],
                "quote": (
                    "Die is vorig jaar gestopt omdat er geen geld meer voor was. Sindsdien heeft "
                    "hij buikpijn op maandagochtend en wil hij niet naar school."
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": "De school zegt dat het thuis ligt. Zo word je heen en weer gestuurd.",
                "themes": ["Niet weten waar je heen moet", "Samenwerking school en jeugdhulp"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "'Wat een luxeprobleem', zei een moeder op het schoolplein. Dan hou je "
                    "voortaan je mond wel."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": (
                    "Online met andere ouders van hoogbegaafde kinderen, in een forum. Dat is het "
                    "enige waar ik me begrepen voel."
                ),
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "act_waarom",
                "fragment": "Voor ouders heb ik nooit iets gezien over hoogbegaafdheid.",
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
            {
                "question": "school_praten",
                "fragment": "Ik heb het idee dat ze me een lastige moeder vinden.",
                "themes": ["Ouders als partner"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Seghwaert: moeder uit Polen, kinderen van 5 en 8; gesprek in het Pools
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Seghwaert",
        "language": "pl",
        "key_figure": 3,
        "date": "2026-03-24",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "We wonen hier vier jaar. Het huis is goed en de school is dichtbij. Ik vind het "
                "fijn dat er veel speelplekken zijn, in Polen hadden we dat niet zo. De kinderen "
                "spreken al beter Nederlands dan ik, ze hebben Nederlandse vriendjes op school."
            ),
            "wijk_zorgen": (
                "Ik werk in ploegendienst in een distributiecentrum, soms vroeg, soms laat. Mijn "
                "man ook. Dan zijn de kinderen soms bij de buurvrouw of bij een Poolse vriendin. "
                "Ik maak me zorgen dat ik niet genoeg tijd heb voor ze. En dat ze straks Pools "
                "vergeten."
            ),
            "wijk_veilig": (
                "Ja, veilig. Alleen vind ik dat er hard gereden wordt in onze straat. Mijn zoon "
                "van vijf rent zomaar de straat op, daar ben ik altijd bang voor. Een drempel of "
                "een bord zou helpen."
            ),
            "act_kennen": (
                "Weinig. Ik weet dat er zwemles is, daar gaan ze. Ik heb een keer een brief "
                "gekregen over iets van het CJG, ik heb mijn adres gegeven, postcode 2711 AB, maar "
                "daarna kwam er nooit meer iets. Ik weet eigenlijk niet wat het CJG is. Is dat van "
                "de gemeente?"
            ),
            "act_waarom": (
                "Ik heb geen tijd door mijn werk. En alles is in het Nederlands. Mijn dochter wil "
                "graag op dansen, maar de lessen zijn om vier uur en dan ben ik nog aan het werk. "
                "Niemand kan haar brengen."
            ),
            "act_info": (
                "In een Facebookgroep voor Polen in Zoetermeer. Daar vragen mensen alles, over de "
                "huisarts, over school, over belasting. En de app van school, maar die vertaal ik "
                "met Google Translate. Soms komt er rare tekst uit."
            ),
            "school_praten": (
                "Met mijn man en met mijn moeder in Polen, via videobellen. Op school met de juf, "
                "maar alleen als zij mij aanspreekt. Ik durf niet zelf te vragen, mijn Nederlands "
                "is niet goed genoeg."
            ),
            "school_contact": (
                "De school is vriendelijk. Maar ze sturen veel berichten, elke dag, en ik weet "
                "niet wat belangrijk is. Eén keer hebben we de schoolfoto gemist en één keer de "
                "ouderavond. Toen dacht de juf dat ik niet geïnteresseerd ben. Dat is niet waar, "
                "ik wist het gewoon niet."
            ),
            "school_passend": (
                "Mijn dochter van acht doet het goed. Mijn zoon zit in groep 2 en de juf zegt dat "
                "zijn taal achter is. Hij krijgt een keer in de week logopedie op school, dat is "
                "goed geregeld. Dat vind ik fijn, dan hoef ik niet vrij te nemen."
            ),
            "hulp_ervaring": (
                "Nee. Voor zijn taal heeft de school de logopedie geregeld, ik heb alleen een "
                "handtekening gezet. Voor de rest heb ik nooit hulp gevraagd. In Polen zeggen ze: "
                "de jeugdzorg in Nederland neemt je kinderen af. Daar is iedereen bang voor."
            ),
            "hulp_drempel": (
                "De angst, echt. In onze Facebookgroep staan verhalen van Poolse gezinnen waar "
                "kinderen uit huis zijn gehaald. Ik weet niet of het klopt, maar je denkt: ik zeg "
                "liever niks. En de taal. Als ik iets verkeerd zeg, begrijpen ze het verkeerd."
            ),
            "hulp_samenwerking": (
                "Bij de logopedie ging het goed: de school heeft het geregeld, de logopedist komt "
                "op school, en de juf vertelt mij hoe het gaat. Zo zou het altijd moeten. Alles op "
                "één plek, en ik hoef niet te bellen."
            ),
            "samen_ouders": (
                "Met Poolse vriendinnen, ja. Met Nederlandse ouders niet zoveel. Op het "
                "schoolplein staan de Nederlandse moeders in een groepje en ik weet niet hoe ik "
                "erbij kan komen. Ze zijn niet onaardig, maar het is moeilijk."
            ),
            "samen_taal": (
                "Heel erg. Ik wil graag Nederlands leren, maar de cursus is 's avonds en dan ben "
                "ik moe. Een Poolse contactpersoon bij de gemeente of op school zou helpen, iemand "
                "die je vertrouwt en die uitlegt hoe het hier werkt."
            ),
            "wens_verandering": (
                "Minder berichten van school, en duidelijk wat belangrijk is. Misschien in het "
                "Engels of Pools, of met plaatjes. En activiteiten voor kinderen later op de dag, "
                "voor ouders die werken."
            ),
            "wens_zelf": (
                "Ik kan Poolse moeders helpen. Als de school een ochtend organiseert, kan ik "
                "vertalen. Maar ik moet wel op tijd weten wanneer, want ik heb een rooster. Dan "
                "kan ik vrij vragen."
            ),
            "wens_anders": (
                "Ik wil nog zeggen dat het fijn is dat iemand in het Pools vraagt hoe het met ons "
                "gaat. Dat is de eerste keer in vier jaar. Ik hoop dat andere Poolse ouders ook "
                "mee mogen doen, er zijn er veel in de wijk."
            ),
        },
        "codings": [
            {
                "question": "act_kennen",
                "fragment": "Ik weet eigenlijk niet wat het CJG is. Is dat van de gemeente?",
                "themes": ["Onbekendheid van CJG en wijkteam"],
                "quote": "Ik weet eigenlijk niet wat het CJG is. Is dat van de gemeente?",
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "de lessen zijn om vier uur en dan ben ik nog aan het werk. Niemand kan haar "
                    "brengen."
                ),
                "themes": ["Vrije tijd en sport"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": (
                    "In een Facebookgroep voor Polen in Zoetermeer. Daar vragen mensen alles, over "
                    "de huisarts, over school, over belasting."
                ),
                "themes": ["Informatie via via"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Toen dacht de juf dat ik niet geïnteresseerd ben. Dat is niet waar, ik wist "
                    "het gewoon niet."
                ),
                "themes": ["Taalbarrière", "Ouders als partner"],
                "quote": (
                    "Toen dacht de juf dat ik niet geïnteresseerd ben. Dat is niet waar, ik wist "
                    "het gewoon niet."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "In onze Facebookgroep staan verhalen van Poolse gezinnen waar kinderen uit "
                    "huis zijn gehaald."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "de school heeft het geregeld, de logopedist komt op school, en de juf vertelt "
                    "mij hoe het gaat. Zo zou het altijd moeten."
                ),
                "themes": ["School als ingang", "Samenwerking school en jeugdhulp"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": (
                    "Een Poolse contactpersoon bij de gemeente of op school zou helpen, iemand die "
                    "je vertrouwt en die uitlegt hoe het hier werkt."
                ),
                "themes": ["Vertrouwde gezichten", "Taal en cultuur"],
                "quote": None,
            },
        ],
    },
    # jongere, 16-17, Palenstein: meisje (16), havo 4, veel stress
    {
        "group": "jongere",
        "age_band": "16-17",
        "wijk": "Palenstein",
        "language": "nl",
        "key_figure": 1,
        "date": "2026-03-25",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Eerlijk? Ik vind Palenstein niet zo speciaal. Het is wel handig, ik ben zo in het "
                "centrum met de tram en mijn vriendinnen wonen dichtbij. We zitten vaak bij het "
                "water als het mooi weer is. Maar er is niet echt iets voor meiden van mijn "
                "leeftijd."
            ),
            "wijk_zorgen": (
                "Ik maak me vooral zorgen om school en de toekomst, niet om de wijk. Ik moet "
                "volgend jaar eindexamen doen en ik heb veel stress. Iedereen op Instagram lijkt "
                "het perfect voor elkaar te hebben, met een bijbaan en sporten en hoge cijfers. "
                "Dan voel je je echt een loser."
            ),
            "wijk_veilig": (
                "Overdag prima. 's Avonds fiets ik niet alleen door het park, er zijn verhalen "
                "over meiden die worden nageroepen of gevolgd. Ik deel dan mijn locatie met mijn "
                "vriendin. Mijn moeder wil dat ik bel als ik onderweg ben."
            ),
            "act_kennen": (
                "Er is een meidenavond in het buurthuis, denk ik, en het jongerenwerk. Sport "
                "natuurlijk. Ik weet niet echt wat er nog meer is. CJG is toch dat ding voor "
                "moeders met baby's?"
            ),
            "act_waarom": (
                "Ik heb geen tijd. School, bijbaan bij de supermarkt, huiswerk. En eerlijk gezegd "
                "klinkt 'meidenavond in het buurthuis' voor mij als iets voor twaalfjarigen. Als "
                "het een leuke workshop was, zoals nagels of content maken, dan misschien."
            ),
            "act_info": (
                "TikTok en Instagram, echt alles. Als iets niet online staat, besta je niet voor "
                "ons. Een poster in het buurthuis ziet niemand. Als de gemeente jongeren wil "
                "bereiken, moeten ze op TikTok, met echte jongeren erin."
            ),
            "school_praten": (
                "Met mijn beste vriendin. En vorig jaar met de vertrouwenspersoon op school, toen "
                "ik echt niet meer sliep van de stress. Mijn ouders wisten het eerst niet, ik "
                "wilde ze niet ongerust maken."
            ),
            "school_contact": (
                "Mijn ouders gaan naar de ouderavond, maar mijn moeder verstaat niet alles. Ik "
                "vertaal dan. Het is soms wel raar om over jezelf te vertalen, haha. Ik zeg dan "
                "niet altijd alles."
            ),
            "school_passend": (
                "Qua niveau wel. Maar er is zoveel druk, toets na toets. Ik zou willen dat er meer "
                "ruimte is om te zeggen 'het gaat even niet'. Nu moet je eerst instorten voordat "
                "iemand iets doet."
            ),
            "hulp_ervaring": (
                "Ja, de vertrouwenspersoon heeft me doorgestuurd naar de schoolmaatschappelijk "
                "werker. Daar heb ik vijf gesprekken gehad, in school, tijdens een tussenuur. Dat "
                "hielp echt. Ik leerde hoe ik mijn planning kon maken en hoe ik kon ademen als ik "
                "in paniek raakte. Niemand in de klas wist het."
            ),
            "hulp_drempel": (
                "Dat niemand het mag weten. Bij ons in de familie praat je niet over psychische "
                "dingen, dan ben je gek. En ik wil niet dat het in mijn dossier komt. Online "
                "chatten met iemand anoniem zou voor veel jongeren makkelijker zijn dan ergens "
                "naartoe gaan."
            ),
            "hulp_samenwerking": (
                "De vertrouwenspersoon en de schoolmaatschappelijk werker werkten samen en vroegen "
                "steeds wat ik zelf wilde. Ze hebben pas met mijn ouders gepraat toen ik dat goed "
                "vond. Dat vond ik heel belangrijk."
            ),
            "samen_ouders": (
                "Met vriendinnen, ja. We praten best veel over stress en zo. Het helpt als je "
                "hoort dat je niet de enige bent. Maar niemand gaat er echt mee naar een "
                "volwassene."
            ),
            "samen_taal": (
                "Voor mij niet, ik ben hier geboren. Maar voor mijn ouders wel, en de cultuur ook. "
                "Mijn moeder zegt 'bid en ga slapen, dan gaat het over'. Lief bedoeld, maar het "
                "helpt niet."
            ),
            "wens_verandering": (
                "Minder toetsdruk. Een chat waar je anoniem met iemand kan praten. En de "
                "schoolmaatschappelijk werker moet er vaker zijn, nu moet je twee weken wachten op "
                "een afspraak. Als je het slecht hebt, zijn twee weken echt lang."
            ),
            "wens_zelf": (
                "Ik zou wel willen meedenken over hoe je hulp op school bekender maakt bij "
                "jongeren. Misschien een filmpje op TikTok, gemaakt door leerlingen zelf. Dat "
                "kijken jongeren wel, een folder niet."
            ),
            "wens_anders": (
                "Zeg tegen de gemeente dat jongeren niet lui zijn. We hebben het gewoon heel druk "
                "in ons hoofd. En als we zeggen dat het niet goed gaat, geloof ons dan gewoon."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Iedereen op Instagram lijkt het perfect voor elkaar te hebben, met een "
                    "bijbaan en sporten en hoge cijfers. Dan voel je je echt een loser."
                ),
                "themes": ["Telefoon en sociale media"],
                "quote": (
                    "Iedereen op Instagram lijkt het perfect voor elkaar te hebben, met een "
                    "bijbaan en sporten en hoge cijfers. Dan voel je je echt een loser."
                ),
            },
            {
                "question": "act_kennen",
                "fragment": "CJG is toch dat ding voor moeders met baby's?",
                "themes": ["Onbekendheid van CJG en wijkteam"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Daar heb ik vijf gesprekken gehad, in school, tijdens een tussenuur. Dat "
                    "hielp echt."
                ),
                "themes": ["Schoolmaatschappelijk werk", "School als ingang"],
                "quote": (
                    "Daar heb ik vijf gesprekken gehad, in school, tijdens een tussenuur. Dat "
                    "hielp echt."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Bij ons in de familie praat je niet over "
                    "psychische dingen, dan ben je gek."
                ),
                "themes": [
                    "Opvattingen over hulp in familie en gemeenschap", "Schaamte en oordeel",
                ],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Online chatten met iemand anoniem zou voor veel jongeren makkelijker zijn dan "
                    "ergens naartoe gaan."
                ),
                "themes": ["Drempel om hulp te vragen"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Ik vertaal dan. Het is soms wel raar om over jezelf te vertalen, haha. Ik zeg "
                    "dan niet altijd alles."
                ),
                "themes": ["Taalbarrière"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": "nu moet je twee weken wachten op een afspraak",
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": "Als iets niet online staat, besta je niet voor ons.",
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Meerzicht: vader, drie zoons (10, 15, 17)
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Meerzicht",
        "language": "nl",
        "key_figure": 1,
        "date": "2026-03-26",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik ben zelf opgegroeid in Meerzicht, dus ik ken hier iedereen. Dat is fijn en "
                "soms ook niet, haha. Als mijn jongens iets uithalen, weet ik het binnen een uur. "
                "De moskee is dichtbij, de voetbalclub ook. Het is een echte volkswijk, mensen "
                "helpen elkaar."
            ),
            "wijk_zorgen": (
                "Mijn oudste is zeventien. Vorig jaar werd hij door een paar jongens gevraagd of "
                "hij pakketjes wilde rondbrengen. Snel geld. Hij heeft nee gezegd en het mij "
                "verteld, daar ben ik trots op. Maar het laat zien hoe makkelijk het gaat. Die "
                "jongens lopen hier gewoon rond met dure jassen en de kleintjes kijken naar ze op. "
                "Ik praat er met mijn jongens over aan tafel. Ik zeg: die jas is niet van hem, die "
                "is van iemand anders, en die iemand wil er iets voor terug. Mijn middelste van "
                "vijftien luistert, maar ik zie hem ook kijken naar die jongens. Ik kan niet de "
                "hele dag achter hem aan lopen. Daarom ben ik zo blij met de voetbal, daar is hij "
                "drie avonden in de week onder toezicht van iemand die ik vertrouw."
            ),
            "wijk_veilig": (
                "Ik voel me veilig, ik ken de mensen. Maar ik weet dat er dingen gebeuren die je "
                "niet ziet. Er is een paar keer iemand met een mes aangehouden bij het station. "
                "Mijn vrouw wil niet dat de jongens na tienen nog buiten zijn."
            ),
            "act_kennen": (
                "Voetbal, kickboksen, het jongerenwerk in het buurthuis. Er is ook iets voor "
                "ouders, een opvoedavond of zo, mijn vrouw is daar een keer geweest. En de moskee "
                "organiseert huiswerkbegeleiding op zaterdag."
            ),
            "act_waarom": (
                "Mijn jongens voetballen alle drie, dat is heilig bij ons. De trainer is een "
                "vriend van mij, hij let op ze. Naar zo'n opvoedavond ga ik niet. Dat zijn vooral "
                "moeders, en dan zit je daar als enige vader. Dat voelt niet goed. En ze praten "
                "over dingen als 'complimenten geven', dat weet ik zelf ook wel."
            ),
            "act_info": (
                "Via mensen. Hier gaat alles mond-tot-mond. Bij de moskee na het vrijdaggebed hoor "
                "je alles. Op internet kijk ik niet naar dat soort dingen. Als een vriend zegt dat "
                "iets goed is, dan geloof ik het."
            ),
            "school_praten": (
                "Met mijn vrouw, en met mijn broer. En met de trainer van de voetbal, die kent "
                "mijn jongens al vanaf hun zesde. Op school heeft mijn middelste een goede mentor, "
                "met hem kan ik praten als een man tegen een man."
            ),
            "school_contact": (
                "Goed, maar de school belt alleen als er iets mis is. Mijn middelste heeft een "
                "keer gevochten, toen belden ze meteen. Maar als hij een goed cijfer heeft of iets "
                "goeds doet, hoor je niks. Dan denk je: ze zien mijn zoon alleen als probleem."
            ),
            "school_passend": (
                "Mijn jongste heeft dyslexie, dat is laat ontdekt. Pas in groep 6. Nu krijgt hij "
                "extra tijd en voorleessoftware. Daar ben ik blij mee. Maar twee jaar lang dachten "
                "ze dat hij niet zijn best deed."
            ),
            "hulp_ervaring": (
                "Nooit echt. Toen mijn oudste werd benaderd voor die pakketjes, heb ik wel met de "
                "wijkagent gepraat. Dat was een goed gesprek. Verder los je het bij ons zelf op, "
                "binnen de familie."
            ),
            "hulp_drempel": (
                "Bij ons zeggen ze: de vuile was hang je niet buiten. Als je naar een hulpverlener "
                "gaat, dan is het alsof je als vader faalt. Zo denkt mijn vader ook, en zijn "
                "vader. Ik probeer daar anders in te staan, maar het zit diep. Als het via de "
                "trainer of via de mentor gaat, dan voelt het anders. Dat zijn mensen die je kent."
            ),
            "hulp_samenwerking": (
                "Ik heb weinig met hulpverleners te maken. Maar ik zie wel dat de trainer, de "
                "mentor en de wijkagent elkaar niet kennen. Als ze samen een keer om tafel zouden "
                "zitten, kunnen ze veel meer doen voor jongens zoals de mijne."
            ),
            "samen_ouders": (
                "Met andere vaders bij het voetbalveld, ja. Dat gaat dan over school en over de "
                "jongens, maar wel op een lichte manier. Niet 'ik heb een probleem', meer 'hoe doe "
                "jij dat met de telefoon'. Een vadergroep zou mooi zijn, maar dan wel bij de club, "
                "niet in een zaaltje met koffie."
            ),
            "samen_taal": (
                "De taal is voor mij geen probleem. Maar voor mijn ouders wel, en voor veel vaders "
                "van mijn leeftijd die later gekomen zijn. En cultuur speelt mee: wat een goede "
                "vader is, daar denken wij soms anders over dan de school."
            ),
            "wens_verandering": (
                "Investeer in de trainers en de jongerenwerkers. Dat zijn de mensen die de jongens "
                "vertrouwen. En laat de school ook bellen als het goed gaat. En zorg voor iets "
                "voor vaders, op een plek waar vaders al komen."
            ),
            "wens_zelf": (
                "Ik wil wel meehelpen met een vaderavond bij de voetbalclub. Een barbecue, en dan "
                "iemand die iets vertelt over de telefoon of over criminaliteit, heel "
                "laagdrempelig. Ik ken genoeg vaders die zouden komen als het zo gaat."
            ),
            "wens_anders": (
                "Vergeet de vaders niet. Alles gaat altijd via de moeders, maar wij willen ook "
                "meedoen. Vaders willen ook weten hoe het met hun kind gaat, alleen op een andere "
                "manier. Bel ons ook eens."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Vorig jaar werd hij door een paar jongens gevraagd of hij pakketjes wilde "
                    "rondbrengen. Snel geld."
                ),
                "themes": ["Veiligheid in de wijk"],
                "quote": (
                    "Vorig jaar werd hij door een paar jongens gevraagd of hij pakketjes wilde "
                    "rondbrengen. Snel geld."
                ),
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Dat zijn vooral moeders, en dan zit je daar als enige vader. Dat voelt niet "
                    "goed."
                ),
                "themes": ["Drempel om hulp te vragen"],
                "quote": (
                    "Dat zijn vooral moeders, en dan zit je daar als enige vader. Dat voelt niet "
                    "goed."
                ),
            },
            {
                "question": "school_praten",
                "fragment": (
                    "En met de trainer van de voetbal, die kent "
                    "mijn jongens al vanaf hun zesde."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": "Dan denk je: ze zien mijn zoon alleen als probleem.",
                "themes": ["Ouders als partner"],
                "quote": "Dan denk je: ze zien mijn zoon alleen als probleem.",
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Bij ons zeggen ze: de vuile was hang je niet buiten. Als je naar een "
                    "hulpverlener gaat, dan is het alsof je als vader faalt."
                ),
                "themes": [
                    "Opvattingen over hulp in familie en gemeenschap", "Schaamte en oordeel",
                ],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Als het via de trainer of via de mentor gaat, dan voelt het anders. Dat zijn "
                    "mensen die je kent."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": "Via mensen. Hier gaat alles mond-tot-mond.",
                "themes": ["Informatie via via"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": (
                    "Investeer in de trainers en de jongerenwerkers. Dat zijn de mensen die de "
                    "jongens vertrouwen."
                ),
                "themes": ["Vrije tijd en sport"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Seghwaert: alleenstaande moeder, dochter (7) en zoon (3), hulp bij schulden
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 3,
        "date": "2026-03-27",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Dat alles dichtbij is. De peuterspeelzaal, de school, de Albert Heijn. Ik heb "
                "geen auto, dus dat is voor mij heel belangrijk. En het buurthuis is echt top, "
                "daar ga ik elke donderdag naar de inloop met mijn zoontje."
            ),
            "wijk_zorgen": (
                "Geld, eerlijk gezegd. Ik ben alleen met twee kinderen en ik werk twintig uur bij "
                "een kinderdagverblijf. Aan het eind van de maand is het op. Mijn dochter vraagt "
                "waarom zij niet op turnen mag, net als haar vriendinnetje. Dat doet pijn. Ik maak "
                "me zorgen dat ze zich anders gaat voelen dan andere kinderen."
            ),
            "wijk_veilig": (
                "Ik vind het wel veilig. In mijn portiek hangen soms jongens, maar ze zeggen "
                "gewoon gedag. Het enige is dat er veel afval ligt bij de containers, daar zitten "
                "ratten. Dat is niet fijn met kleine kinderen."
            ),
            "act_kennen": (
                "De inloop in het buurthuis op donderdag, de peutergym, de bieb met voorlezen op "
                "woensdag. En via het buurthuis ken ik ook de opvoedcursus van het CJG, die heb ik "
                "vorig jaar gedaan. Dat was leuk."
            ),
            "act_waarom": (
                "Naar de inloop ga ik omdat het gratis is en omdat ik daar de vrouw van het "
                "buurthuis ken. Zij heeft mij ook overgehaald om die cursus te doen. Alleen had ik "
                "het nooit gedaan, ik dacht dat het voor moeders was die het niet goed doen. Maar "
                "het was gewoon gezellig en ik heb veel geleerd over driftbuien."
            ),
            "act_info": (
                "Van de vrouw van het buurthuis, zij weet alles. En via de Facebookpagina van de "
                "wijk. Van school krijg ik ook berichten, maar die lees ik 's avonds laat, als de "
                "kinderen in bed liggen."
            ),
            "school_praten": (
                "Met mijn moeder, die woont in Meerzicht. En met de vrouw van het buurthuis. En "
                "met mijn coach van het wijkteam, die heb ik sinds vorig jaar. Ze zei: je mag me "
                "altijd appen. Haar nummer staat in mijn telefoon, 06-12345678, en ze reageert "
                "echt altijd binnen een dag."
            ),
            "school_contact": (
                "Prima. De juf van mijn dochter is heel lief. Ze heeft me een keer apart genomen "
                "omdat mijn dochter zei dat ze honger had. Ik schaamde me kapot. Maar de juf deed "
                "heel normaal en ze heeft me gewezen op het ontbijt dat de school op maandag "
                "geeft. Daar was ik haar heel dankbaar voor."
            ),
            "school_passend": (
                "Ja, ik denk het wel. Mijn dochter is een gewone leerling, ze leest graag. Ze is "
                "soms wel stil in de klas en de juf let daar op. Mijn zoontje gaat volgend jaar "
                "naar school, ik hoop dat het daar ook goed gaat."
            ),
            "hulp_ervaring": (
                "Ja, voor mijn schulden. Ik had achterstanden bij de energie en de "
                "zorgverzekering. Ik durfde de post niet meer open te maken. Een buurvrouw zei dat "
                "ik naar het wijkteam moest. Ik heb drie maanden gewacht voordat ik belde, omdat "
                "ik me zo schaamde. Maar toen ging het snel. Ik heb nu een vaste coach en er is "
                "een plan. Het is nog niet klaar, maar ik slaap weer. Wat ik vooral fijn vond, was "
                "dat mijn coach niet alleen naar de schulden keek. Ze vroeg ook hoe het met de "
                "kinderen ging en hoe ik sliep. Toen ik zei dat mijn dochter niet op turnen kon, "
                "heeft ze dat meteen meegenomen. Ze komt om de twee weken bij mij thuis, met "
                "koffie, en we gaan samen de post door. Ik schaam me niet meer als ze komt. Ik "
                "denk dat veel moeders in de wijk hetzelfde hebben, maar dat ze het niet zeggen. "
                "Je ziet het niet aan de buitenkant, iedereen loopt er netjes bij. Soms denk ik: "
                "als iemand van school of van het buurthuis eerder had gevraagd hoe het echt ging, "
                "had ik het misschien eerder verteld. Maar je moet het natuurlijk ook zelf willen "
                "zien."
            ),
            "hulp_drempel": (
                "Schaamte. Je denkt dat iedereen het ziet, dat je een slechte moeder bent omdat je "
                "je rekeningen niet kan betalen. En je bent bang dat ze dan ook naar de kinderen "
                "gaan kijken. Wat hielp was de buurvrouw die zei: ik heb het zelf ook gehad. Als "
                "iemand dat zegt, durf je wel."
            ),
            "hulp_samenwerking": (
                "Mijn coach van het wijkteam heeft een keer met de juf gebeld, met mijn "
                "toestemming, over het ontbijt en over turnen via het Jeugdfonds. Dat ging goed. "
                "Ik hoefde niet alles twee keer te vertellen. Zij regelt veel voor mij, ik ben "
                "blij dat ik haar heb en dat het steeds dezelfde is."
            ),
            "samen_ouders": (
                "Bij de inloop praat ik met andere moeders, ja. Dat gaat over slapen, eten, "
                "driftbuien. Het is fijn om te horen dat het bij anderen ook niet altijd goed "
                "gaat. Op Instagram lijkt het alsof iedereen het perfect doet."
            ),
            "samen_taal": (
                "Nee, ik ben Nederlands. Maar bij de inloop zijn veel moeders die nog niet goed "
                "Nederlands spreken. De vrouw van het buurthuis praat dan met handen en voeten, en "
                "de kinderen spelen gewoon samen. Taal is daar niet zo belangrijk."
            ),
            "wens_verandering": (
                "Zorg dat sport en zwemmen gratis zijn voor kinderen uit gezinnen met weinig geld, "
                "zonder dat je een heel formulier moet invullen. En houd het buurthuis open, er "
                "gaan steeds geruchten dat het dicht moet."
            ),
            "wens_zelf": (
                "Ik wil wel vertellen over mijn ervaring met het wijkteam, zodat andere moeders "
                "niet zo lang wachten als ik. Misschien bij de inloop op donderdag. Als ik het "
                "kan, kan een ander het ook."
            ),
            "wens_anders": (
                "Wat ik nog wil zeggen: het gaat om de mensen. Die vrouw van het buurthuis, mijn "
                "coach, de juf. Als zij er niet waren, was ik nergens heen gegaan. Zonder die "
                "mensen had ik nu nog met ongeopende brieven in een la gezeten."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "Alleen had ik het nooit gedaan, ik dacht dat het voor moeders was die het "
                    "niet goed doen."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": (
                    "Alleen had ik het nooit gedaan, ik dacht dat het voor moeders was die het "
                    "niet goed doen."
                ),
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "omdat ik daar de vrouw van het buurthuis ken. Zij heeft mij ook overgehaald "
                    "om die cursus te doen."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
            {
                "question": "school_praten",
                "fragment": (
                    "En met mijn coach van het wijkteam, die heb ik sinds vorig jaar. Ze zei: je "
                    "mag me altijd appen. Haar nummer staat in mijn telefoon, 06-12345678, en ze "
                    "reageert echt altijd binnen een dag."
                ),
                "themes": ["Vaste contactpersoon"],
                "quote": (
                    "En met mijn coach van het wijkteam, die heb ik sinds vorig jaar. Ze zei: je "
                    "mag me altijd appen. Haar nummer staat in mijn telefoon, [telefoonnummer], en "
                    "ze reageert echt altijd binnen een dag."
                ),
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Maar de juf deed heel normaal en ze heeft me gewezen op het ontbijt dat de "
                    "school op maandag geeft."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon", "School als ingang"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Ik heb drie maanden gewacht voordat ik "
                    "belde, omdat ik me zo schaamde."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Wat hielp was de buurvrouw die zei: ik heb het zelf ook gehad. Als iemand dat "
                    "zegt, durf je wel."
                ),
                "themes": ["Drempel om hulp te vragen", "Lotgenotencontact"],
                "quote": (
                    "Wat hielp was de buurvrouw die zei: ik heb het zelf ook gehad. Als iemand dat "
                    "zegt, durf je wel."
                ),
            },
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Mijn dochter vraagt waarom zij niet op turnen "
                    "mag, net als haar vriendinnetje."
                ),
                "themes": ["Kosten van activiteiten"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": "Van de vrouw van het buurthuis, zij weet alles.",
                "themes": ["Informatie via via"],
                "quote": None,
            },
        ],
    },
    # jongere, 18-25, Seghwaert: jonge man (19), mbo, zat een jaar thuis
    {
        "group": "jongere",
        "age_band": "18-25",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-03-30",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik ben hier opgegroeid, ik ken elke steen. Dat is fijn, je komt altijd wel iemand "
                "tegen. En mijn oma woont twee straten verderop, daar eet ik vaak. Als ik ergens "
                "mee zit, loop ik even naar haar toe."
            ),
            "wijk_zorgen": (
                "Voor mezelf niet meer zo. Maar ik zie jongens van vijftien, zestien die hetzelfde "
                "doen als ik toen. Niks te doen, hangen, blowen, dan gaan ze kleine dingetjes doen "
                "voor geld. Ik ben daar zelf ook bijna in meegegaan. Er was hier gewoon niks voor "
                "ons, behalve het winkelcentrum."
            ),
            "wijk_veilig": (
                "Ik voel me veilig, ik ken iedereen. Maar ik snap dat mensen die hier niet vandaan "
                "komen zich soms ongemakkelijk voelen als er een groep jongens staat. Meestal zijn "
                "die jongens gewoon aan het chillen, hoor."
            ),
            "act_kennen": (
                "Het jongerenwerk, daar zit ik nu zelf soms als vrijwilliger. Er is een studio "
                "waar je muziek kan maken. En de boksschool. Vroeger kende ik dat allemaal niet, "
                "er was niemand die het vertelde."
            ),
            "act_waarom": (
                "Ik ben er gekomen via de jongerenwerker, die sprak ons gewoon aan op het plein. "
                "Hij kwam elke week terug, net zo lang tot we een keer meegingen. Als hij dat niet "
                "had gedaan, was ik nooit binnen gestapt. Je gaat niet in je eentje naar zo'n "
                "buurthuis, dat is niet cool."
            ),
            "act_info": (
                "Via de jongerenwerker en via vrienden. Nu zet het jongerenwerk alles op Snapchat "
                "en Insta, dat werkt beter dan vroeger met die flyers. Flyers gooide iedereen "
                "gelijk weg, haha. Ik zie het nu zelf als vrijwilliger."
            ),
            "school_praten": (
                "Toen ik zestien was met niemand eigenlijk. Nu met de jongerenwerker en met mijn "
                "studieloopbaanbegeleider op het mbo. En met mijn moeder, maar die maakt zich snel "
                "druk. Ik probeer haar niet alles te vertellen."
            ),
            "school_contact": (
                "Op de middelbare school slecht. Ik werd elke week eruit gestuurd en mijn moeder "
                "kreeg alleen maar boze telefoontjes. Nu op het mbo is het beter, mijn begeleider "
                "neemt me serieus."
            ),
            "school_passend": (
                "Toen niet. Ik heb ADHD, maar dat wist toen nog niemand. Ik kon niet stilzitten en "
                "ik was altijd te laat. In de derde klas ben ik gestopt en heb ik bijna een jaar "
                "niks gedaan. Niemand belde. Pas toen de jongerenwerker me hielp, ben ik opnieuw "
                "begonnen op het mbo, in een klas met meer praktijk. Dat jaar thuis was het "
                "slechtste jaar van mijn leven. Ik sliep overdag en 's nachts was ik op straat of "
                "aan het gamen. Mijn moeder werkte en wist niet wat ze met me aan moest. Niemand "
                "van school heeft ooit gevraagd waar ik was. Ik kreeg één brief van leerplicht, "
                "die heb ik weggegooid. Als er toen iemand aan de deur was gekomen, gewoon iemand "
                "die zei: hé, wat is er aan de hand, dan was ik misschien veel eerder weer "
                "begonnen."
            ),
            "hulp_ervaring": (
                "Via de huisarts heb ik me laten testen op ADHD, ik was toen achttien. Ik stond "
                "een jaar op de wachtlijst. Een jaar! Als je ADHD hebt, is een jaar wachten het "
                "ergste wat er is, haha. Nu heb ik medicatie en het gaat veel beter."
            ),
            "hulp_drempel": (
                "Je wil niet zwak lijken. Bij jongens hier is hulp vragen echt iets voor watjes. "
                "En als je een keer een slechte ervaring hebt gehad met een hulpverlener die je "
                "niet begrijpt, dan probeer je het niet nog een keer. De jongerenwerker was "
                "anders, die was gewoon een van ons."
            ),
            "hulp_samenwerking": (
                "Toen niet. School, huisarts, leerplicht, niemand wist van elkaar wat ze deden. Nu "
                "op het mbo praten mijn begeleider en de jongerenwerker wel met elkaar, met mijn "
                "toestemming. Dat scheelt echt, ik hoef niet alles twee keer te zeggen."
            ),
            "samen_ouders": (
                "Met mijn vrienden, ja. Een paar van hen hebben het ook moeilijk gehad. We praten "
                "er nu meer over dan vroeger. Vroeger was het alleen grappen maken. Ik merk dat "
                "jongens sneller praten als iemand anders ook eerlijk is."
            ),
            "samen_taal": (
                "Nee. Mijn vader komt van Curaçao, mijn moeder is Nederlands. Bij mijn vader in de "
                "familie zeggen ze wel: je lost je eigen problemen op. Maar dat is denk ik bij "
                "veel families zo."
            ),
            "wens_verandering": (
                "Meer jongerenwerkers op straat, niet achter een bureau. Een plek die 's avonds "
                "open is. En als iemand van school wegblijft: meteen iemand sturen, niet wachten "
                "tot het een jaar later is."
            ),
            "wens_zelf": (
                "Ik doe al vrijwilligerswerk bij het jongerenwerk. Ik wil later zelf "
                "jongerenwerker worden, denk ik. Ik weet hoe die gasten zich voelen. Dan kan ik ze "
                "laten zien dat het anders kan."
            ),
            "wens_anders": (
                "Geef jongeren niet op. Achter elke jongen die op straat hangt, zit een verhaal. "
                "Die gasten hebben vaak niemand die echt naar ze luistert, zoals ik vroeger. Eén "
                "persoon kan het verschil maken."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "Hij kwam elke week terug, net zo lang tot we een keer meegingen. Als hij dat "
                    "niet had gedaan, was ik nooit binnen gestapt."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": (
                    "Hij kwam elke week terug, net zo lang tot we een keer meegingen. Als hij dat "
                    "niet had gedaan, was ik nooit binnen gestapt."
                ),
            },
            {
                "question": "wijk_zorgen",
                "fragment": "Er was hier gewoon niks voor ons, behalve het winkelcentrum.",
                "themes": ["Een eigen plek voor jongeren"],
                "quote": "Er was hier gewoon niks voor ons, behalve het winkelcentrum.",
            },
            {
                "question": "school_passend",
                "fragment": (
                    "In de derde klas ben ik gestopt en heb ik bijna een jaar niks gedaan. Niemand "
                    "belde."
                ),
                "themes": ["Thuiszitten"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": "Ik stond een jaar op de wachtlijst. Een jaar!",
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "Bij jongens hier is hulp vragen echt iets voor watjes.",
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": "School, huisarts, leerplicht, niemand wist van elkaar wat ze deden.",
                "themes": ["Samenwerking school en jeugdhulp"],
                "quote": None,
            },
            {
                "question": "act_kennen",
                "fragment": "Vroeger kende ik dat allemaal niet, er was niemand die het vertelde.",
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Niks te doen, hangen, blowen, dan gaan ze "
                    "kleine dingetjes doen voor geld."
                ),
                "themes": ["Veiligheid in de wijk"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Noordhove: moeder, dochter (15) met schoolangst
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Noordhove",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-04-01",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Het is een kindvriendelijke wijk, met veel pleintjes en een grote speeltuin. Toen "
                "de kinderen klein waren, was het ideaal. Nu mijn dochter vijftien is, merk ik dat "
                "er voor tieners weinig is. Maar de buurt is gemoedelijk, we kennen de buren en de "
                "kinderen zijn hier samen opgegroeid."
            ),
            "wijk_zorgen": (
                "Mijn dochter heeft vorig jaar een hele moeilijke tijd gehad. Ze was angstig, "
                "sliep slecht en ging uiteindelijk niet meer naar school. Het begon met dingen op "
                "Instagram en in de groepsapp van de klas, gemene opmerkingen over haar uiterlijk. "
                "Als ouder zie je dat niet, het gebeurt allemaal op die telefoon. Dat vind ik het "
                "engste van deze tijd."
            ),
            "wijk_veilig": (
                "De wijk is veilig. De onveiligheid zat voor mijn dochter online, niet op straat. "
                "Al fietst ze 's avonds niet graag alleen langs het sportpark, daar is het erg "
                "donker."
            ),
            "act_kennen": (
                "Ik weet dat er jongerenwerk is, en sport natuurlijk. Er is ook een meidengroep in "
                "het buurthuis, dat hoorde ik later van de schoolmaatschappelijk werker. Voor "
                "ouders ken ik de cursussen van het CJG van naam, maar ik heb er nooit een gedaan."
            ),
            "act_waarom": (
                "Mijn dochter wilde nergens heen toen het slecht ging, ze wilde alleen op haar "
                "kamer zitten. Nu gaat ze weer naar hockey, dat is een goed teken. Zelf heb ik "
                "nooit aan een cursus gedacht, ik dacht dat het voor ouders van kleine kinderen "
                "was."
            ),
            "act_info": (
                "Eigenlijk vooral via school. De mentor en de schoolmaatschappelijk werker wisten "
                "wat er was. Zonder hen had ik het niet geweten. De gemeente stuurt weleens iets, "
                "maar dat lees ik niet."
            ),
            "school_praten": (
                "Met de mentor van mijn dochter. Toen ze niet meer naar school wilde, heeft hij "
                "meteen gebeld. Niet boos, maar bezorgd. Hij heeft de schoolmaatschappelijk werker "
                "erbij gehaald, en binnen een week zaten we met z'n vieren aan tafel. Dat was het "
                "keerpunt. Mijn dochter vertrouwde hem al, ze had hem als mentor in de tweede klas "
                "ook. Dat scheelde enorm. Ze wilde niet naar een vreemde toe, maar met hem erbij "
                "durfde ze te praten over wat er in die groepsapp gebeurde. Thuis praatte ze er "
                "niet over met mij, dat deed pijn, maar ik snap het wel. Je wil je moeder niet "
                "ongerust maken."
            ),
            "school_contact": (
                "Heel goed, eigenlijk. Ik had altijd het idee dat de middelbare school groot en "
                "afstandelijk was, maar ze hebben echt met ons meegedacht. Mijn dochter mocht "
                "eerst een paar uur per dag komen, in een rustige ruimte. Stap voor stap kwam ze "
                "terug."
            ),
            "school_passend": (
                "Nu wel. Ze heeft een aangepast rooster gehad, zes weken lang, en een vaste plek "
                "waar ze naartoe kon als het te veel werd. Ze heeft in totaal ongeveer twee "
                "maanden weinig op school gezeten. Als de school niet zo snel had geschakeld, was "
                "dat veel langer geworden, dat weet ik zeker."
            ),
            "hulp_ervaring": (
                "De schoolmaatschappelijk werker heeft een paar gesprekken met haar gevoerd en ons "
                "doorverwezen naar het wijkteam. Daar kreeg ze een coach. Die kwam gewoon op "
                "school, zodat mijn dochter niet ergens anders heen hoefde. Voor de GGZ stond ze "
                "op een wachtlijst, maar uiteindelijk was dat niet meer nodig."
            ),
            "hulp_drempel": (
                "Voor mij was het makkelijk omdat de school het initiatief nam. Als ik zelf had "
                "moeten uitzoeken waar ik heen moest, had ik waarschijnlijk eerst maanden "
                "afgewacht. Je denkt toch: het gaat wel over, het is de puberteit."
            ),
            "hulp_samenwerking": (
                "Goed. De mentor, de schoolmaatschappelijk werker en de coach van het wijkteam "
                "hadden elke twee weken kort contact. Ik werd altijd op de hoogte gehouden en mijn "
                "dochter mocht zelf meepraten. Dat was belangrijk voor haar, dat er niet over haar "
                "werd besloten."
            ),
            "samen_ouders": (
                "Niet veel. Ik schaamde me ook een beetje, het voelt alsof je als moeder iets "
                "gemist hebt. Later bleek dat twee andere moeders uit haar klas hetzelfde "
                "meemaakten. Als we dat eerder hadden geweten, hadden we elkaar kunnen steunen."
            ),
            "samen_taal": (
                "Nee, bij ons niet. Wel denk ik dat de manier waarop er over psychische problemen "
                "gepraat wordt, per familie verschilt. Mijn moeder zei: 'vroeger hadden we dat "
                "niet'. Dat helpt niet."
            ),
            "wens_verandering": (
                "Zorg dat elke school een schoolmaatschappelijk werker heeft die er echt is, niet "
                "één ochtend per twee weken. En leer ouders over wat er online gebeurt. Een avond "
                "op school over sociale media zou ik meteen bezoeken."
            ),
            "wens_zelf": (
                "Ik zou met andere ouders willen praten over schoolangst, een keer in de maand of "
                "zo. Misschien kan de school daar een lokaal voor geven. Ik weet hoe eenzaam je je "
                "voelt als ouder."
            ),
            "wens_anders": (
                "Ik wil graag meegeven dat de snelheid het verschil maakte. Binnen een week hulp, "
                "op school, met mensen die mijn dochter al kende. Als we maanden hadden moeten "
                "wachten, weet ik niet waar we nu hadden gestaan."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": "Als ouder zie je dat niet, het gebeurt allemaal op die telefoon.",
                "themes": ["Telefoon en sociale media"],
                "quote": "Als ouder zie je dat niet, het gebeurt allemaal op die telefoon.",
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Hij heeft de schoolmaatschappelijk werker erbij gehaald, en binnen een week "
                    "zaten we met z'n vieren aan tafel. Dat was het keerpunt."
                ),
                "themes": ["Schoolmaatschappelijk werk"],
                "quote": (
                    "Hij heeft de schoolmaatschappelijk werker erbij gehaald, en binnen een week "
                    "zaten we met z'n vieren aan tafel. Dat was het keerpunt."
                ),
            },
            {
                "question": "school_passend",
                "fragment": (
                    "Ze heeft een aangepast rooster gehad, zes weken lang, en een vaste plek waar "
                    "ze naartoe kon als het te veel werd."
                ),
                "themes": ["Maatwerk in de klas"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Die kwam gewoon op school, zodat mijn "
                    "dochter niet ergens anders heen hoefde."
                ),
                "themes": ["School als ingang"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Als ik zelf had moeten uitzoeken waar ik heen moest, had ik waarschijnlijk "
                    "eerst maanden afgewacht."
                ),
                "themes": ["Niet weten waar je heen moet"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "Ik werd altijd op de hoogte gehouden en "
                    "mijn dochter mocht zelf meepraten."
                ),
                "themes": ["Ouders als partner", "Samenwerking school en jeugdhulp"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": (
                    "Later bleek dat twee andere moeders uit haar klas hetzelfde meemaakten. Als "
                    "we dat eerder hadden geweten, hadden we elkaar kunnen steunen."
                ),
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": (
                    "De mentor en de schoolmaatschappelijk werker wisten wat er was. Zonder hen "
                    "had ik het niet geweten."
                ),
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Palenstein: vader, dochter (16) en zoon (13); gesprek in het Turks
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Palenstein",
        "language": "tr",
        "key_figure": 0,
        "date": "2026-04-02",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik woon hier al twintig jaar. Vroeger was het beter, meer contact tussen de "
                "mensen. Maar het is nog steeds een goede plek. De moskee is dichtbij, de Turkse "
                "bakker, de markt. Mijn kinderen zijn hier geboren, dit is hun wijk."
            ),
            "wijk_zorgen": (
                "Dat de kinderen het respect verliezen. Ze zitten de hele dag op de telefoon en "
                "praten niet meer met ons. Mijn zoon van dertien wil alleen nog gamen. Als ik zeg "
                "'stop', wordt hij boos. Zo waren wij vroeger niet tegen onze vader."
            ),
            "wijk_veilig": (
                "Voor mij is het veilig. Voor mijn dochter ben ik wel bezorgd als ze 's avonds "
                "alleen van de bus komt. Ik haal haar dan op met de auto. Er zijn jongens die "
                "meiden lastigvallen, dat hoor ik van andere vaders."
            ),
            "act_kennen": (
                "De moskee heeft activiteiten voor jongeren, Koranles en voetbal. Er is ook een "
                "Turkse vereniging met een vrouwengroep, daar gaat mijn vrouw. Van de gemeente "
                "weet ik niet veel. Er is een buurthuis, maar daar ben ik nooit binnen geweest."
            ),
            "act_waarom": (
                "Mijn zoon gaat naar de moskee op zaterdag, daar ken ik de mensen. Van het "
                "buurthuis weet ik niet wie het leidt en wat ze doen. Bij de moskee weet ik dat ze "
                "op mijn kinderen letten zoals ik dat wil."
            ),
            "act_info": (
                "Via de moskee en via familie. En mijn vrouw hoort dingen bij de vrouwengroep. Van "
                "school komen berichten, die leest mijn dochter en zij vertelt het aan mij. Ik "
                "lees zelf weinig, ik hoor liever van mensen."
            ),
            "school_praten": (
                "Met mijn vrouw. En met mijn broer, die heeft ook tieners. Met de school praat ik "
                "niet over thuis. School is voor leren, thuis is voor opvoeden, zo heb ik het "
                "geleerd."
            ),
            "school_contact": (
                "Ik ga naar de ouderavond als het moet. Eerlijk gezegd voel ik me daar niet op "
                "mijn plek. De leraren praten snel en ik heb het gevoel dat ze al een mening over "
                "ons hebben. Eén keer zei een leraar: 'in jullie cultuur is dat misschien "
                "normaal'. Dat vond ik niet prettig."
            ),
            "school_passend": (
                "Mijn dochter doet het goed, ze wil dokter worden. Mijn zoon heeft moeite met "
                "wiskunde en met stilzitten. De school heeft bijles aangeboden, na schooltijd, "
                "gratis. Dat is goed. Maar hij gaat niet altijd, en dan belt niemand mij."
            ),
            "hulp_ervaring": (
                "Nee. Wij lossen het zelf op, of met de imam. Eén keer zei de school dat mijn zoon "
                "met iemand moest praten omdat hij boos was in de klas. Ik heb gezegd: dat doen "
                "wij thuis. Misschien had ik het moeten doen, ik weet het niet. Nu denk ik er soms "
                "over na. Mijn zoon is nog steeds snel boos, ook thuis. Hij slaat met deuren. "
                "Misschien had praten met iemand geholpen. Maar ik wil dan wel weten wie het is, "
                "wat er met de informatie gebeurt, en of ik erbij mag zijn. Niemand heeft mij dat "
                "toen uitgelegd."
            ),
            "hulp_drempel": (
                "Ik vertrouw de instanties niet zo. Je hoort verhalen over jeugdzorg. En als je "
                "eenmaal in het systeem zit, kom je er niet meer uit, zeggen mensen. Als het "
                "iemand is die ik ken, die onze cultuur begrijpt, dan is het anders."
            ),
            "hulp_samenwerking": (
                "Ik heb geen ervaring. Maar ik denk dat de school en de moskee meer zouden kunnen "
                "samenwerken. De imam kent de gezinnen, de school kent de kinderen. Samen weten ze "
                "veel meer."
            ),
            "samen_ouders": (
                "Met andere vaders na het gebed. We praten over de kinderen, over de telefoon, "
                "over school. Iedereen heeft hetzelfde probleem. Maar niemand heeft een oplossing, "
                "haha. Het helpt wel om te horen dat je niet de enige bent."
            ),
            "samen_taal": (
                "Mijn Nederlands is goed genoeg voor het werk, maar op school gebruiken ze "
                "moeilijke woorden. Belangrijker is de cultuur. Ik wil dat mensen begrijpen dat "
                "wij onze kinderen anders opvoeden, niet slechter."
            ),
            "wens_verandering": (
                "De school moet ook bellen als het goed gaat met mijn zoon, niet alleen als het "
                "slecht gaat. En ze moeten de ouders uitnodigen op een manier die voor ons goed "
                "voelt. Misschien een bijeenkomst in de moskee, samen met de school."
            ),
            "wens_zelf": (
                "Ik wil wel een bijeenkomst helpen organiseren in de moskee. Ik ken het bestuur. "
                "Als de gemeente iemand stuurt die goed kan uitleggen over gamen en telefoon, "
                "komen er zeker vaders."
            ),
            "wens_anders": (
                "Alleen dat het goed is dat je dit vraagt in onze eigen taal. Dan kan ik zeggen "
                "wat ik echt denk. In het Nederlands had ik korter geantwoord, dat weet ik zeker."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "Bij de moskee weet ik dat ze op mijn "
                    "kinderen letten zoals ik dat wil."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": "Bij de moskee weet ik dat ze op mijn kinderen letten zoals ik dat wil.",
            },
            {
                "question": "school_praten",
                "fragment": "School is voor leren, thuis is voor opvoeden, zo heb ik het geleerd.",
                "themes": ["Opvattingen over hulp in familie en gemeenschap"],
                "quote": "School is voor leren, thuis is voor opvoeden, zo heb ik het geleerd.",
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Eén keer zei een leraar: 'in jullie cultuur is dat misschien normaal'. Dat "
                    "vond ik niet prettig."
                ),
                "themes": ["Taal en cultuur", "Ouders als partner"],
                "quote": None,
            },
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Mijn zoon van dertien wil alleen nog gamen. "
                    "Als ik zeg 'stop', wordt hij boos."
                ),
                "themes": ["Telefoon en sociale media"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Als het iemand is die ik ken, die onze "
                    "cultuur begrijpt, dan is het anders."
                ),
                "themes": ["Vertrouwde gezichten", "Drempel om hulp te vragen"],
                "quote": None,
            },
            {
                "question": "act_kennen",
                "fragment": "Er is een buurthuis, maar daar ben ik nooit binnen geweest.",
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "En als je eenmaal in het systeem zit, kom je "
                    "er niet meer uit, zeggen mensen."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": "Misschien een bijeenkomst in de moskee, samen met de school.",
                "themes": ["Opvoedvragen via school"],
                "quote": None,
            },
        ],
    },
    # jongere, 12-15, Seghwaert: meisje (14), internationale schakelklas; gesprek in het Pools
    {
        "group": "jongere",
        "age_band": "12-15",
        "wijk": "Seghwaert",
        "language": "pl",
        "key_figure": 3,
        "date": "2026-04-03",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Het is mooi hier, veel water en bomen. In Polen woonden we in een klein dorp, "
                "hier is alles groter. Ik vind het fijn dat ik met de fiets overal kan komen. Dat "
                "kon in Polen niet, daar was alles ver."
            ),
            "wijk_zorgen": (
                "Ik heb nog niet veel vrienden. Op de internationale schakelklas zitten kinderen "
                "uit veel landen, dat is leuk, maar na school gaat iedereen naar een andere wijk. "
                "Hier in de straat ken ik niemand van mijn leeftijd. Ik ben veel alleen thuis, "
                "want mijn ouders werken lang."
            ),
            "wijk_veilig": (
                "Veilig, ja. Alleen 's avonds ben ik niet graag buiten. Er zijn jongens met "
                "scooters die hard rijden en roepen. Ik begrijp niet altijd wat ze zeggen, dat "
                "maakt het enger."
            ),
            "act_kennen": (
                "Ik weet van de bibliotheek, daar ga ik soms om Nederlands te oefenen, er is een "
                "taalcafé. Verder weet ik niet veel. Mijn mentor zei dat er een meidenclub is, "
                "maar ik weet niet waar."
            ),
            "act_waarom": (
                "Ik ben één keer naar het taalcafé geweest, daar waren vooral volwassenen. Naar de "
                "meidenclub durf ik niet alleen, ik spreek nog niet goed genoeg Nederlands en ik "
                "ken niemand. Als een vriendin meegaat, dan wel."
            ),
            "act_info": (
                "Van mijn mentor op school en van een Poolse vriendin. Ik kijk ook op Instagram, "
                "maar ik weet niet welke accounts van Zoetermeer zijn. Daarom weet ik veel dingen "
                "niet."
            ),
            "school_praten": (
                "Met mijn mentor op de schakelklas. Zij is heel aardig en ze spreekt langzaam. En "
                "met mijn oma in Polen, via videobellen. Met mijn ouders praat ik niet zo over "
                "problemen, ze zijn al moe van het werk."
            ),
            "school_contact": (
                "Mijn ouders gaan niet vaak naar school, ze werken. Als er een brief is, vertaal "
                "ik het voor ze. Dat is soms moeilijk, want ik ken ook niet alle woorden. Eén keer "
                "heb ik een brief verkeerd vertaald en toen misten ze een gesprek."
            ),
            "school_passend": (
                "Ja, de schakelklas is goed. Ik leer snel Nederlands. Volgend jaar ga ik naar een "
                "gewone school, ik ben een beetje bang. De mentor zegt dat ik havo kan doen, maar "
                "dat mijn Nederlands nog beter moet."
            ),
            "hulp_ervaring": (
                "Nee, nooit. Ik weet ook niet waar je hulp kan krijgen in Nederland. In Polen ga "
                "je naar de pedagoog op school. Hier weet ik niet of dat ook zo is."
            ),
            "hulp_drempel": (
                "De taal, en dat ik niet weet waar ik heen moet. En ik wil mijn ouders niet "
                "ongerust maken, ze hebben al zoveel zorgen. Als er iemand op school is die ik "
                "ken, zou ik het misschien vragen."
            ),
            "hulp_samenwerking": (
                "Ik weet het niet. Mijn mentor belt soms met mijn moeder, dan vertaal ik. Dat is "
                "raar, want dan vertaal ik over mezelf. Soms vertaal ik niet alles, als het slecht "
                "nieuws is."
            ),
            "samen_ouders": (
                "Met Poolse kinderen die ik ken van de Poolse zaterdagschool. Daar praten we over "
                "hoe moeilijk het is hier in het begin. Dat helpt, want zij begrijpen het. Met "
                "Nederlandse kinderen praat ik nog niet zo veel, ik ben verlegen."
            ),
            "samen_taal": (
                "Ja, heel erg. Zonder Nederlands kan je niks. Niet vrienden maken, niet hulp "
                "vragen, niet brieven lezen. Ik leer het snel, maar mijn ouders niet, en dan moet "
                "ik alles voor ze doen."
            ),
            "wens_verandering": (
                "Activiteiten voor nieuwe kinderen in de wijk, waar je Nederlandse kinderen leert "
                "kennen. Een soort maatje. En informatie voor ouders in het Pools, zodat ik niet "
                "alles hoef te vertalen."
            ),
            "wens_zelf": (
                "Ik wil wel een maatje zijn voor een nieuw Pools kind als mijn Nederlands beter "
                "is. Ik weet hoe het voelt als je nieuw bent. Dan is het nieuwe kind niet zo "
                "alleen."
            ),
            "wens_anders": (
                "Nee, dank je. Het was fijn om ook Pools te mogen praten. Ik vond het moeilijk om "
                "alles in het Nederlands te zeggen, dus dat hielp echt. Ik hoop dat het iets "
                "verandert voor nieuwe kinderen."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Hier in de straat ken ik niemand van mijn leeftijd. Ik ben veel alleen thuis, "
                    "want mijn ouders werken lang."
                ),
                "themes": ["Vrije tijd en sport"],
                "quote": (
                    "Hier in de straat ken ik niemand van mijn leeftijd. Ik ben veel alleen thuis, "
                    "want mijn ouders werken lang."
                ),
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Naar de meidenclub durf ik niet alleen, ik spreek nog niet goed genoeg "
                    "Nederlands en ik ken niemand."
                ),
                "themes": ["Drempel om hulp te vragen", "Taalbarrière"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Eén keer heb ik een brief verkeerd vertaald "
                    "en toen misten ze een gesprek."
                ),
                "themes": ["Taalbarrière"],
                "quote": (
                    "Eén keer heb ik een brief verkeerd vertaald "
                    "en toen misten ze een gesprek."
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": "Ik weet ook niet waar je hulp kan krijgen in Nederland.",
                "themes": ["Niet weten waar je heen moet"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "Als er iemand op school is die ik ken, zou ik het misschien vragen.",
                "themes": ["Vertrouwde gezichten", "School als ingang"],
                "quote": "Als er iemand op school is die ik ken, zou ik het misschien vragen.",
            },
            {
                "question": "samen_ouders",
                "fragment": (
                    "Daar praten we over hoe moeilijk het is hier in het begin. Dat helpt, want "
                    "zij begrijpen het."
                ),
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Met mijn mentor op de schakelklas. Zij is "
                    "heel aardig en ze spreekt langzaam."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Seghwaert: moeder uit Marokko, vier kinderen, jongste (3) praat laat;
    # gesprek in het Arabisch
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Seghwaert",
        "language": "ar",
        "key_figure": 1,
        "date": "2026-04-07",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik vind het fijn dat de kinderen buiten kunnen spelen, er zijn veel pleinen. In "
                "Marokko woonden we in een stad met veel auto's. Hier is het rustig. En mijn "
                "buurvrouw is ook Marokkaans, we helpen elkaar met de kinderen."
            ),
            "wijk_zorgen": (
                "Ik heb vier kinderen. Mijn kleinste is drie en ze praat nog bijna niet. Ik maak "
                "me daar zorgen over. Mijn man zegt dat het vanzelf komt, zijn broer praatte ook "
                "laat. Maar bij het consultatiebureau zeiden ze dat ze hulp nodig heeft."
            ),
            "wijk_veilig": (
                "Ik voel me veilig. Soms hoor ik 's nachts scooters en geschreeuw, maar ik ga niet "
                "naar buiten. Mijn oudste zoon is twaalf, hij mag tot zeven uur buiten spelen."
            ),
            "act_kennen": (
                "Ik ken de peuterspeelzaal, daar gaat mijn kleinste twee ochtenden. En de "
                "moedergroep in het buurthuis, op vrijdag, met een vrouw die Arabisch en "
                "Nederlands spreekt. Verder weet ik niet veel."
            ),
            "act_waarom": (
                "Naar de moedergroep ga ik, omdat mijn buurvrouw mij de eerste keer heeft "
                "meegenomen. Daar praten we over de kinderen, over eten, over school. De vrouw "
                "legt alles uit. Zonder mijn buurvrouw was ik niet gegaan, ik durfde niet alleen "
                "naar binnen."
            ),
            "act_info": (
                "Van mijn buurvrouw en van de moedergroep. Ik kan de brieven niet goed lezen. Ik "
                "heb alleen de Koranschool gedaan in Marokko, ik lees Arabisch een beetje, "
                "Nederlands bijna niet. Mijn zoon leest de brieven voor."
            ),
            "school_praten": (
                "Met mijn buurvrouw en mijn zus. En met de vrouw van de moedergroep. Met de juf "
                "praat ik weinig, omdat ik haar niet goed begrijp. Mijn man gaat naar de "
                "gesprekken op school."
            ),
            "school_contact": (
                "Mijn man gaat naar de school. Ik breng de kinderen en ik lach naar de juf, maar "
                "praten is moeilijk. De juf is aardig. Eén keer was er een koffieochtend op school "
                "met een tolk, dat was heel fijn. Toen heb ik voor het eerst zelf iets gevraagd."
            ),
            "school_passend": (
                "Mijn zoon van twaalf is goed in rekenen. Mijn dochter van negen heeft moeite met "
                "lezen. De school zegt dat ze extra hulp krijgt, maar ik weet niet precies wat. Ik "
                "kan haar thuis niet helpen."
            ),
            "hulp_ervaring": (
                "Voor mijn kleinste heeft de verpleegkundige van het consultatiebureau logopedie "
                "geregeld. Maar er was een wachtlijst van zes maanden. Zes maanden! Dan is ze "
                "bijna vier. De verpleegkundige heeft ons wel tips gegeven, voorlezen, zingen. Ze "
                "was heel lief, ze sprak langzaam en ze tekende dingen op papier."
            ),
            "hulp_drempel": (
                "Moeilijk is dat ik niet kan lezen en niet goed kan praten in het Nederlands. Ik "
                "voel me dan klein. Makkelijk is als iemand mij meeneemt, of als er iemand is die "
                "Arabisch of Berbers spreekt. En als het bij school is of bij het buurthuis, daar "
                "ben ik toch al."
            ),
            "hulp_samenwerking": (
                "De verpleegkundige heeft met de peuterspeelzaal gepraat, dat vond ik goed. De "
                "leidster van de peuterspeelzaal doet nu ook oefeningen met mijn dochter. Maar met "
                "de logopedie weet ik nog niet hoe het gaat."
            ),
            "samen_ouders": (
                "Ja, in de moedergroep. Daar zijn vrouwen uit Marokko, Turkije, Syrië, Somalië. We "
                "praten met handen en voeten. Ik leer veel van ze. Een vrouw zei dat haar zoon ook "
                "laat praatte en dat het nu goed gaat. Dat gaf mij rust."
            ),
            "samen_taal": (
                "Ja. Taal is het grootste probleem. En in mijn familie zeggen ze dat je niet naar "
                "vreemden moet gaan met je kinderen. Maar de verpleegkundige is geen vreemde meer, "
                "ik ken haar nu."
            ),
            "wens_verandering": (
                "Meer koffieochtenden met een tolk op school. En dat de logopedie sneller gaat. En "
                "brieven met plaatjes, of een spraakbericht in het Arabisch. Dat kan ik dan "
                "luisteren, ook als ik niet kan lezen."
            ),
            "wens_zelf": (
                "Ik wil andere moeders meenemen naar de moedergroep, zoals mijn buurvrouw dat bij "
                "mij deed. Er wonen in mijn straat twee nieuwe vrouwen uit Syrië. Ze zijn nieuw en "
                "ze kennen niemand, zoals ik vroeger."
            ),
            "wens_anders": (
                "Nee, dit is alles. Dank je dat je het vraagt, en dat ik in mijn eigen taal mocht "
                "praten. Ik hoop dat mijn kleine meisje snel gaat praten, dat is mijn grootste "
                "wens."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "Zonder mijn buurvrouw was ik niet gegaan, ik "
                    "durfde niet alleen naar binnen."
                ),
                "themes": ["Drempel om hulp te vragen", "Vertrouwde gezichten"],
                "quote": (
                    "Zonder mijn buurvrouw was ik niet gegaan, ik "
                    "durfde niet alleen naar binnen."
                ),
            },
            {
                "question": "act_info",
                "fragment": "Ik kan de brieven niet goed lezen.",
                "themes": ["Taalbarrière"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Eén keer was er een koffieochtend op school met een tolk, dat was heel fijn. "
                    "Toen heb ik voor het eerst zelf iets gevraagd."
                ),
                "themes": ["Opvoedvragen via school", "Taalbarrière"],
                "quote": (
                    "Eén keer was er een koffieochtend op school met een tolk, dat was heel fijn. "
                    "Toen heb ik voor het eerst zelf iets gevraagd."
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Maar er was een wachtlijst van zes maanden. "
                    "Zes maanden! Dan is ze bijna vier."
                ),
                "themes": ["Wachtlijsten"],
                "quote": (
                    "Maar er was een wachtlijst van zes maanden. "
                    "Zes maanden! Dan is ze bijna vier."
                ),
            },
            {
                "question": "samen_ouders",
                "fragment": (
                    "Een vrouw zei dat haar zoon ook laat praatte en dat het nu goed gaat. Dat gaf "
                    "mij rust."
                ),
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": "Maar de verpleegkundige is geen vreemde meer, ik ken haar nu.",
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": (
                    "in mijn familie zeggen ze dat je niet naar "
                    "vreemden moet gaan met je kinderen"
                ),
                "themes": ["Opvattingen over hulp in familie en gemeenschap"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "En als het bij school is of bij het buurthuis, daar ben ik toch al.",
                "themes": ["School als ingang"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Meerzicht: moeder uit India, slimme en onrustige zoon (10);
    # gesprek in het Engels
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Meerzicht",
        "language": "en",
        "key_figure": 3,
        "date": "2026-04-08",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "We zijn hier drie jaar geleden komen wonen vanuit India, voor het werk van mijn "
                "man. Wat ik fijn vind is dat kinderen hier zo zelfstandig zijn. Mijn zoon van "
                "tien fietst alleen naar school, dat zou thuis ondenkbaar zijn. En de natuur, de "
                "meren, de speeltuinen."
            ),
            "wijk_zorgen": (
                "Dat we hier geen netwerk hebben. Geen oma's, geen tantes. Als er iets is, staan "
                "we er alleen voor. Mijn zoon is heel slim, maar ook heel onrustig en hij raakt "
                "snel gefrustreerd. Andere kinderen vinden hem soms vreemd. Ik ben bang dat hij "
                "geen aansluiting vindt."
            ),
            "wijk_veilig": (
                "Heel veilig, vergeleken met waar we vandaan komen. Het enige is dat het hier in "
                "de winter vroeg donker is en dat mijn zoon dan nog buiten wil zijn. Dan moet ik "
                "streng zijn."
            ),
            "act_kennen": (
                "Ik ken de voetbalclub en de muziekschool. Van het CJG had ik nog nooit gehoord "
                "tot de school het noemde. In India bestaat zoiets niet. Ik dacht eerst dat het "
                "een soort politie voor kinderen was."
            ),
            "act_waarom": (
                "Mijn zoon zit op schaken en op pianoles, dat zoeken we zelf uit. Activiteiten "
                "voor ouders ken ik niet en ik denk dat ze in het Nederlands zijn. Mijn Nederlands "
                "is nog niet goed genoeg om over opvoeden te praten."
            ),
            "act_info": (
                "Via de expatgroep op Facebook en via collega's van mijn man. De school stuurt "
                "alles in het Nederlands, ik gebruik een vertaalapp. Ik heb een keer gevraagd of "
                "het in het Engels kon, maar dat was niet mogelijk."
            ),
            "school_praten": (
                "Met mijn man en met een vriendin uit de expatgroep. Op school met de leerkracht. "
                "Ik heb hem een keer een lange mail gestuurd over mijn zorgen en mijn nummer erbij "
                "gezet, +31 6 98765432, maar hij belde pas na drie weken terug."
            ),
            "school_contact": (
                "Het contact is beleefd, maar afstandelijk. In India ben je als ouder heel "
                "betrokken bij school, hier lijkt het alsof de school liever heeft dat je niet te "
                "veel vraagt. Ik weet nooit of ik te veel vraag of te weinig."
            ),
            "school_passend": (
                "Nee. Hij is al klaar met zijn werk voordat de anderen begonnen zijn, en dan gaat "
                "hij rondlopen en praten. Dan krijgt hij straf. De school wil hem laten testen op "
                "ADHD, maar ik denk dat hij zich vooral verveelt. Misschien allebei. Ik wil dat "
                "iemand er echt naar kijkt die verstand heeft van slimme kinderen."
            ),
            "hulp_ervaring": (
                "Ja, en het was een doolhof. De school zei: ga naar de huisarts. De huisarts zei: "
                "daarvoor moet u bij de gemeente zijn. De gemeente verwees naar het CJG. Het CJG "
                "zei dat er eerst een onderzoek nodig was, met een verwijzing. Na vier maanden "
                "hebben we nog steeds niks. In India betaal je gewoon een specialist, hier gaat "
                "dat niet zomaar. Ondertussen gaat het op school steeds slechter. Hij krijgt bijna "
                "elke week straf en hij begint te zeggen dat hij dom is. Dat breekt mijn hart, "
                "want hij is juist zo slim. Ik heb aangeboden om zelf een onderzoek te betalen bij "
                "een particulier bureau, maar de school zei dat ze daar niets mee konden doen "
                "zonder de officiële route. Dus we wachten. Ik heb het gevoel dat de tijd van mijn "
                "zoon wegtikt."
            ),
            "hulp_drempel": (
                "Voor mij is de drempel vooral dat ik het systeem niet begrijp. Wie beslist wat? "
                "Waarom moet er een verwijzing zijn? Niemand legt het in één keer uit. En de taal "
                "natuurlijk."
            ),
            "hulp_samenwerking": (
                "Ik heb nu vijf keer ons verhaal verteld, aan vijf verschillende mensen. Niemand "
                "lijkt de informatie door te geven. Ik maak nu zelf een map met alle verslagen en "
                "neem die overal mee naartoe."
            ),
            "samen_ouders": (
                "Met andere expatouders, ja. Die hebben vaak dezelfde ervaring met het systeem. "
                "Met Nederlandse ouders minder, ik weet niet goed hoe ik dat contact moet maken. "
                "Op het schoolplein praat iedereen Nederlands."
            ),
            "samen_taal": (
                "Absoluut. Het is niet alleen de taal, het is ook hoe het systeem werkt. "
                "Nederlanders weten gewoon dat je eerst naar de huisarts gaat. Voor ons was dat "
                "nieuw. Een folder in het Engels over hoe hulp voor kinderen in Zoetermeer werkt, "
                "zou enorm helpen."
            ),
            "wens_verandering": (
                "Eén loket, één persoon die je helpt de weg te vinden. En informatie in het "
                "Engels. En leerkrachten die slimme kinderen niet alleen als druk zien. Die zijn "
                "niet lastig, die vervelen zich gewoon."
            ),
            "wens_zelf": (
                "Ik zou een Engelstalige koffieochtend voor internationale ouders willen "
                "organiseren, misschien in de bibliotheek. Dan kunnen nieuwe gezinnen elkaar "
                "helpen met de weg. Ik had dat zelf drie jaar geleden heel graag gehad."
            ),
            "wens_anders": (
                "Ik vind Nederland een fijn land voor kinderen. Maar als er iets mis is, is het "
                "heel ingewikkeld. Dat maakt je als ouder machteloos. Ik ben hoogopgeleid en ik "
                "vind het al moeilijk. Hoe moet het dan voor anderen?"
            ),
        },
        "codings": [
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "De school zei: ga naar de huisarts. De huisarts zei: daarvoor moet u bij de "
                    "gemeente zijn. De gemeente verwees naar het CJG."
                ),
                "themes": ["Niet weten waar je heen moet", "Verwijzing en papierwerk"],
                "quote": (
                    "De school zei: ga naar de huisarts. De huisarts zei: daarvoor moet u bij de "
                    "gemeente zijn. De gemeente verwees naar het CJG."
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": "Na vier maanden hebben we nog steeds niks.",
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "school_passend",
                "fragment": (
                    "Ik wil dat iemand er echt naar kijkt die "
                    "verstand heeft van slimme kinderen."
                ),
                "themes": ["Hoogbegaafdheid"],
                "quote": (
                    "Ik wil dat iemand er echt naar kijkt die "
                    "verstand heeft van slimme kinderen."
                ),
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "Ik heb nu vijf keer ons verhaal verteld, "
                    "aan vijf verschillende mensen."
                ),
                "themes": ["Steeds opnieuw je verhaal vertellen"],
                "quote": None,
            },
            {
                "question": "act_kennen",
                "fragment": "Ik dacht eerst dat het een soort politie voor kinderen was.",
                "themes": ["Onbekendheid van CJG en wijkteam"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": "Het is niet alleen de taal, het is ook hoe het systeem werkt.",
                "themes": ["Taal en cultuur"],
                "quote": None,
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Ik heb hem een keer een lange mail gestuurd over mijn zorgen en mijn nummer "
                    "erbij gezet, +31 6 98765432, maar hij belde pas na drie weken terug."
                ),
                "themes": ["Ouders als partner"],
                "quote": (
                    "Ik heb hem een keer een lange mail gestuurd over mijn zorgen en mijn nummer "
                    "erbij gezet, [telefoonnummer], maar hij belde pas na drie weken terug."
                ),
            },
        ],
    },
    # ouder, 56+, Seghwaert: grootmoeder (63) die haar kleinzoon (11) opvoedt
    {
        "group": "ouder",
        "age_band": "56+",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-04-09",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik woon hier al sinds 1984, ik heb de wijk zien groeien. Eerst woonden we aan de "
                "Dorpsstraat 12, daarna zijn we hierheen verhuisd toen de flats nieuw waren. Ik "
                "ken nog veel mensen van vroeger. Voor mijn kleinzoon is het fijn dat er een "
                "voetbalveldje om de hoek is en dat ik iedereen ken. Iedereen kent hem ook."
            ),
            "wijk_zorgen": (
                "Mijn kleinzoon woont sinds drie jaar bij mij, omdat mijn dochter het niet redt. "
                "Ze heeft problemen met drank. Hij is elf en hij heeft veel meegemaakt. Hij kan "
                "heel boos worden, en dan weet ik niet wat ik moet doen. Ik ben 63, ik ben niet "
                "meer zo snel als vroeger. Ik maak me zorgen wat er gebeurt als hij puber wordt. "
                "Hij is een lieve jongen, echt. Maar als hij zijn moeder heeft gezien, of als ze "
                "weer niet komt opdagen terwijl ze het beloofd had, dan gooit hij met spullen. Ik "
                "heb een keer de politie bijna gebeld, zo erg was het. Ik ben toen naar de "
                "buurvrouw gegaan en die heeft hem rustig gekregen. Mijn man is vijf jaar geleden "
                "overleden, dus ik sta er alleen voor. Soms denk ik: ik ben te oud voor dit. Maar "
                "wie moet het anders doen? Hij hoort bij mij."
            ),
            "wijk_veilig": (
                "Vroeger was het veiliger, vind ik. Nu zie je jongens op scooters die veel te hard "
                "rijden en je hoort verhalen over drugs. Maar ik ben niet bang. Ik zeg gewoon wat "
                "ervan als ze rommel maken, en meestal luisteren ze."
            ),
            "act_kennen": (
                "Het buurthuis, daar kwam ik vroeger veel. Er was een ouderencafé en een "
                "jeugdsoos. Die soos is er niet meer. Nu is er een huiswerkklas en iets met koken "
                "voor kinderen, geloof ik. Van het wijkteam weet ik natuurlijk, die hebben we nu."
            ),
            "act_waarom": (
                "Mijn kleinzoon gaat naar de kookclub op woensdag, dat vindt hij leuk. Ik ga zelf "
                "nergens naartoe. Die opvoedcursussen zijn voor jonge moeders, daar zit ik niet "
                "tussen met mijn grijze haar. Maar ik zou wel willen praten met andere grootouders "
                "die hetzelfde doen als ik."
            ),
            "act_info": (
                "Uit de wijkkrant, die lees ik altijd helemaal. En van de buurvrouw. Internet doe "
                "ik niet zoveel mee, mijn kleinzoon helpt me met de telefoon. Dat gaat soms mis, "
                "dan heb ik iets gemist."
            ),
            "school_praten": (
                "Met de juf van mijn kleinzoon, die is heel begripvol. En met de begeleider van "
                "het wijkteam. Mijn vriendinnen snappen het niet, die zeggen 'je moet strenger "
                "zijn'. Maar zo simpel is het niet."
            ),
            "school_contact": (
                "Heel goed. De school weet van de situatie. De juf laat het me weten als hij een "
                "slechte dag heeft, dan weet ik dat ik thuis rustig moet zijn. En de directeur "
                "heeft me een keer gebeld om te vragen hoe het met míj ging. Dat vond ik heel "
                "bijzonder."
            ),
            "school_passend": (
                "Hij kan goed leren als hij rustig is. Maar als er iets met zijn moeder is "
                "geweest, kan hij zich niet concentreren. De school heeft een rustig hoekje voor "
                "hem gemaakt, met een koptelefoon. Dat helpt. Ze denken met hem mee."
            ),
            "hulp_ervaring": (
                "Ja. Eerst kwam jeugdbescherming, toen mijn dochter het niet meer kon. Daarna "
                "kregen we een gezinsvoogd, en die is drie keer gewisseld in twee jaar. Elke keer "
                "een nieuw gezicht, elke keer opnieuw kennismaken. Mijn kleinzoon wilde op het "
                "laatst niet meer praten. Nu hebben we iemand van het wijkteam die er al een jaar "
                "is. Dat gaat beter."
            ),
            "hulp_drempel": (
                "Voor mij was het een schande, eerlijk gezegd. Dat je eigen dochter het niet redt "
                "en dat de jeugdbescherming aan de deur staat. Ik heb het lang voor de buren "
                "verzwegen. Maar ja, op een gegeven moment ging het niet meer en moest ik wel."
            ),
            "hulp_samenwerking": (
                "De begeleider van het wijkteam is een keer op school geweest met mij. Toen hebben "
                "we samen afgesproken wat we doen als hij boos wordt, thuis en op school "
                "hetzelfde. Dat werkt. Met de gezinsvoogden van vroeger ging dat niet, die wisten "
                "niet eens op welke school hij zat."
            ),
            "samen_ouders": (
                "Nee, niet echt. Ik ben geen ouder, ik ben oma. Op het schoolplein sta ik tussen "
                "jonge moeders en die praten over andere dingen. Ik heb op internet gelezen dat er "
                "groepen zijn voor grootouders die kleinkinderen opvoeden, maar niet hier in "
                "Zoetermeer."
            ),
            "samen_taal": (
                "Nee, dat speelt bij mij niet. Al zijn de brieven van jeugdbescherming soms zo "
                "ingewikkeld dat ik ze aan de begeleider laat zien. Die legt het me dan rustig uit."
            ),
            "wens_verandering": (
                "Zorg dat hulpverleners niet steeds wisselen. Een kind moet iemand kunnen "
                "vertrouwen. En denk ook aan de opa's en oma's, wij worden vergeten. Er zijn er "
                "meer dan je denkt."
            ),
            "wens_zelf": (
                "Ik wil wel iets doen in het buurthuis, koffie schenken of zo. Maar ik heb weinig "
                "tijd, want ik ben weer moeder op mijn oude dag. Maar als ze een opa-en-omagroep "
                "beginnen, kom ik zeker."
            ),
            "wens_anders": (
                "Ik ben blij dat jullie het aan mij vragen. Meestal praat iedereen over ons en "
                "niet met ons. Wij doen dit werk elke dag, zonder dat iemand het ziet. Dat mag wel "
                "eens gezegd worden."
            ),
        },
        "codings": [
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Daarna kregen we een gezinsvoogd, en die is drie keer gewisseld in twee jaar. "
                    "Elke keer een nieuw gezicht, elke keer opnieuw kennismaken."
                ),
                "themes": ["Vaste contactpersoon"],
                "quote": (
                    "Daarna kregen we een gezinsvoogd, en die is drie keer gewisseld in twee jaar. "
                    "Elke keer een nieuw gezicht, elke keer opnieuw kennismaken."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": "Ik heb het lang voor de buren verzwegen.",
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "Toen hebben we samen afgesproken wat we doen als hij boos wordt, thuis en op "
                    "school hetzelfde."
                ),
                "themes": ["Samenwerking school en jeugdhulp"],
                "quote": (
                    "Toen hebben we samen afgesproken wat we doen als hij boos wordt, thuis en op "
                    "school hetzelfde."
                ),
            },
            {
                "question": "samen_ouders",
                "fragment": (
                    "Ik heb op internet gelezen dat er groepen zijn voor grootouders die "
                    "kleinkinderen opvoeden, maar niet hier in Zoetermeer."
                ),
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "school_passend",
                "fragment": (
                    "De school heeft een rustig hoekje voor hem "
                    "gemaakt, met een koptelefoon."
                ),
                "themes": ["Maatwerk in de klas"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": (
                    "En de directeur heeft me een keer gebeld om "
                    "te vragen hoe het met míj ging."
                ),
                "themes": ["Ouders als partner"],
                "quote": None,
            },
            {
                "question": "wijk_veilig",
                "fragment": (
                    "Nu zie je jongens op scooters die veel te hard rijden en je hoort verhalen "
                    "over drugs."
                ),
                "themes": ["Veiligheid in de wijk"],
                "quote": None,
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Die opvoedcursussen zijn voor jonge moeders, daar zit ik niet tussen met mijn "
                    "grijze haar."
                ),
                "themes": ["Drempel om hulp te vragen"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Seghwaert: moeder van een tweeling (8), een van de twee heeft ADHD
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 0,
        "date": "2026-04-13",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Fijn vind ik de ruimte. We hebben een tuintje en achter het huis is een grasveld "
                "waar de jongens kunnen voetballen. Onze tweeling is acht en ze hebben energie "
                "voor tien, dus dat is echt nodig. Ook fijn: de school is om de hoek, ik hoef niet "
                "met de auto."
            ),
            "wijk_zorgen": (
                "Niet echt over de wijk. Meer over hoe het met de jongens gaat. De een heeft ADHD "
                "en loopt op school vast, de ander doet het prima maar voelt zich soms vergeten "
                "omdat alle aandacht naar zijn broer gaat. Dat vind ik moeilijk als moeder, dat je "
                "het nooit voor allebei goed kan doen."
            ),
            "wijk_veilig": (
                "Veilig. Al zou er wel een verkeersdrempel in onze straat mogen, er wordt hard "
                "gereden door mensen die naar het winkelcentrum gaan. Ik heb het een keer gemeld "
                "bij de gemeente, maar er gebeurde niks."
            ),
            "act_kennen": (
                "Ik ken een heleboel, want ik zoek het op. Zwemmen, voetbal, de kinderboerderij, "
                "de bieb. Er was ook een training van het CJG voor ouders van kinderen met ADHD, "
                "maar daar was een wachtlijst voor, en die was in het centrum van Zoetermeer."
            ),
            "act_waarom": (
                "De jongens zitten allebei op voetbal. Voor de ADHD-training stonden we op de "
                "wachtlijst, en toen we eindelijk mochten, was het op dinsdagavond. Mijn man werkt "
                "dan, ik kan de jongens niet alleen laten. Dus we zijn niet gegaan. Oppas kost ook "
                "weer geld."
            ),
            "act_info": (
                "Het meeste via internet en via de oudergroep van de klas. Soms via de intern "
                "begeleider. Maar ik merk dat ik het altijd zelf moet uitzoeken. Er is niet één "
                "plek waar alles staat."
            ),
            "school_praten": (
                "Met mijn man, mijn moeder en met de intern begeleider van school. En met de "
                "huisarts, die neemt gelukkig de tijd. En met mijn zus, die zegt soms dingen die "
                "ik niet wil horen, maar die wel kloppen."
            ),
            "school_contact": (
                "Het contact is intensief, laat ik het zo zeggen. Ik mail bijna elke week met de "
                "leerkracht. Hij is welwillend, maar hij heeft weinig tijd. Als ik iets "
                "belangrijks heb, mail ik hem op j.devries@example.nl en dan krijg ik na een paar "
                "dagen antwoord. Ik zou liever gewoon even kort praten bij het hek."
            ),
            "school_passend": (
                "Niet helemaal. Mijn zoon met ADHD zit in een klas van dertig. Hij kan zich daar "
                "niet concentreren. Hij heeft een wiebelkussen en een time-timer gekregen, dat "
                "helpt een beetje. Maar eigenlijk heeft hij een kleinere groep nodig, of iemand "
                "naast zich. Daar is geen geld voor, zegt de school."
            ),
            "hulp_ervaring": (
                "Ja. Via de huisarts naar een kinderpsychiater, diagnose ADHD. Toen kwam er een "
                "gedragsdeskundige thuis, en nu ook iemand op school. Allemaal goedbedoeld, maar "
                "ze komen van verschillende organisaties. De medicatie werd besproken door de "
                "psychiater zonder dat school het wist, terwijl school juist het verschil ziet."
            ),
            "hulp_drempel": (
                "De drempel is voor mij niet het vragen, het is het volhouden. Je moet zo vaak "
                "bellen, mailen, formulieren invullen. Soms denk ik: laat maar. En je voelt je "
                "beoordeeld, alsof het aan jouw opvoeding ligt."
            ),
            "hulp_samenwerking": (
                "Slecht afgestemd. Ik heb ons verhaal nu aan de huisarts, de psychiater, de "
                "gedragsdeskundige, de intern begeleider en het wijkteam verteld. Vijf keer "
                "hetzelfde. Niemand heeft het complete plaatje behalve ik. Ik voel me de "
                "projectleider van mijn eigen kind. Een keer zat ik in een overleg met vijf "
                "professionals en ik was de enige die het dossier van alle kanten kende. De "
                "gedragsdeskundige gaf een advies dat precies het tegenovergestelde was van wat de "
                "school deed. Niemand wist dat van elkaar. Toen heb ik gezegd: zullen we eens "
                "afspreken wie de regie heeft? Het bleef stil. Uiteindelijk heb ik het zelf op me "
                "genomen, naast mijn baan en een tweede kind."
            ),
            "samen_ouders": (
                "Met een paar moeders van de klas, ja. Eén moeder heeft ook een kind met ADHD, met "
                "haar kan ik echt sparren. Wat werkt er bij jullie, hoe doe je het met de "
                "medicatie. Dat soort dingen lees je niet in een folder."
            ),
            "samen_taal": (
                "Nee, voor ons speelt dat niet. Al snap ik de brieven van de gemeente over de "
                "beschikking ook niet altijd, dat is echt ambtenarentaal. Ik heb het gevoel dat "
                "die brieven niet voor gewone mensen geschreven zijn."
            ),
            "wens_verandering": (
                "Eén persoon die het overzicht houdt, zodat ik dat niet hoef te doen. Liefst "
                "iemand die op school zit, want daar speelt het. En trainingen voor ouders ook "
                "overdag of online, niet alleen op een doordeweekse avond."
            ),
            "wens_zelf": (
                "Ik zou best een appgroep willen starten voor ouders van kinderen met ADHD in de "
                "wijk. Als de school het in de nieuwsbrief zet, komen er vast een paar. Ik wil het "
                "wel beheren."
            ),
            "wens_anders": (
                "Nee, dank je. Fijn dat het een keer aan ons gevraagd wordt in plaats van over ons "
                "besloten. Ik hoop dat er ook iets voor de broertjes en zusjes komt, want die "
                "worden vaak vergeten."
            ),
        },
        "codings": [
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "Ik heb ons verhaal nu aan de huisarts, de psychiater, de gedragsdeskundige, "
                    "de intern begeleider en het wijkteam verteld. Vijf keer hetzelfde."
                ),
                "themes": ["Steeds opnieuw je verhaal vertellen"],
                "quote": (
                    "Ik heb ons verhaal nu aan de huisarts, de psychiater, de gedragsdeskundige, "
                    "de intern begeleider en het wijkteam verteld. Vijf keer hetzelfde."
                ),
            },
            {
                "question": "hulp_samenwerking",
                "fragment": "Ik voel me de projectleider van mijn eigen kind.",
                "themes": ["Samenwerking school en jeugdhulp"],
                "quote": "Ik voel me de projectleider van mijn eigen kind.",
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Voor de ADHD-training stonden we op de wachtlijst, en toen we eindelijk "
                    "mochten, was het op dinsdagavond."
                ),
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "school_passend",
                "fragment": (
                    "Maar eigenlijk heeft hij een kleinere groep nodig, of iemand naast zich. Daar "
                    "is geen geld voor, zegt de school."
                ),
                "themes": ["Maatwerk in de klas"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Als ik iets belangrijks heb, mail ik hem op j.devries@example.nl en dan krijg "
                    "ik na een paar dagen antwoord. Ik zou liever gewoon even kort praten bij het "
                    "hek."
                ),
                "themes": ["Ouders als partner"],
                "quote": (
                    "Als ik iets belangrijks heb, mail ik hem op [e-mailadres] en dan krijg ik na "
                    "een paar dagen antwoord. Ik zou liever gewoon even kort praten bij het hek."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Je moet zo vaak bellen, mailen, formulieren "
                    "invullen. Soms denk ik: laat maar."
                ),
                "themes": ["Verwijzing en papierwerk", "Drempel om hulp te vragen"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": "Eén moeder heeft ook een kind met ADHD, met haar kan ik echt sparren.",
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": "Liefst iemand die op school zit, want daar speelt het.",
                "themes": ["School als ingang", "Vaste contactpersoon"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Noordhove: vader met nachtdiensten, kinderen van 5 en 9
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Noordhove",
        "language": "nl",
        "key_figure": 1,
        "date": "2026-04-14",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Het is gewoon een fijne, rustige wijk. Veel groen, veel speelplekken, de kinderen "
                "kunnen veilig naar buiten. Mijn kinderen zijn vijf en negen, ze hebben vriendjes "
                "in de straat. Meer hoef ik eigenlijk niet."
            ),
            "wijk_zorgen": (
                "Weinig, eigenlijk. Misschien dat er straks als ze ouder zijn niks voor ze te doen "
                "is. Ik zie tieners in de avond bij het speeltuintje hangen omdat ze nergens "
                "anders heen kunnen. Dat wil ik niet voor mijn zoon."
            ),
            "wijk_veilig": (
                "Veilig. Ik werk 's nachts als buschauffeur en ik zie veel van de stad. Dit is een "
                "van de rustigste wijken. Alleen bij het bushokje zie je soms wat rommel en glas."
            ),
            "act_kennen": (
                "Nou, eerlijk gezegd bijna niks. Mijn vrouw regelt dat. Ik weet dat er een "
                "bibliotheek is en een sportvereniging. CJG zegt me niks. Wijkteam ook niet echt, "
                "is dat voor mensen met problemen?"
            ),
            "act_waarom": (
                "Mijn zoon zit op judo, dat heeft mijn vrouw geregeld. Zelf heb ik geen tijd, ik "
                "slaap overdag. Voor ouders, nee, daar ga ik niet heen. Ik zou niet weten waarom. "
                "Het gaat goed met onze kinderen."
            ),
            "act_info": (
                "Via mijn vrouw, en zij hoort het op het schoolplein of in de appgroep van de "
                "klas. Ik ben niet zo van de folders, die liggen hier een week op tafel en dan "
                "gaan ze bij het oud papier."
            ),
            "school_praten": (
                "Met mijn vrouw. En als het echt niet goed zou gaan, met de juf. Die ziet de "
                "kinderen meer dan ik, eerlijk gezegd. Ik denk dat ik daar als eerste zou beginnen."
            ),
            "school_contact": (
                "Ik ga mee naar de rapportgesprekken als mijn rooster het toelaat. De juf is "
                "vriendelijk en duidelijk, ze zegt wat er goed gaat en wat beter kan. Ik heb geen "
                "klachten."
            ),
            "school_passend": (
                "Ja. Mijn zoon is een gemiddelde leerling, mijn dochter zit in groep 2 en vindt "
                "het geweldig. Geen bijzonderheden, en daar ben ik dankbaar voor, want ik zie bij "
                "collega's hoe zwaar het kan zijn."
            ),
            "hulp_ervaring": (
                "Nee, nooit. Als het nodig is, zou ik naar de huisarts of de juf gaan. Daar begin "
                "je toch, denk ik? Ik zou eerlijk gezegd niet weten waar je anders naartoe moet."
            ),
            "hulp_drempel": (
                "Voor mij zou de drempel zijn dat ik het niet nodig vind, haha. Mannen vragen niet "
                "zo snel hulp. Maar als het over mijn kinderen gaat, zou ik het wel doen. Dan "
                "maakt het me niet uit wat anderen denken."
            ),
            "hulp_samenwerking": (
                "Geen ervaring mee. Ik zou verwachten dat de school en de hulp gewoon met elkaar "
                "praten en dat je als ouder niet alles zelf hoeft te regelen. Dat is toch logisch?"
            ),
            "samen_ouders": (
                "Met een paar vaders van het voetbal van mijn zoon, op zaterdag langs de lijn. "
                "Meer over voetbal dan over opvoeden, maar soms komt het erover. Over de telefoon "
                "vooral, wanneer geef je je kind een telefoon."
            ),
            "samen_taal": (
                "Nee. Mijn ouders komen uit Suriname, maar ik ben hier geboren. Bij ons praat je "
                "wel over dingen, mijn moeder bemoeit zich overal mee, haha. Dus nee, bij ons is "
                "praten over problemen niet het probleem."
            ),
            "wens_verandering": (
                "Iets voor tieners in de avond, zodat ze niet bij de speeltuin hoeven te hangen. "
                "En iets simpels: vertel vaders ook wat er is. Nu gaat alle informatie naar de "
                "moeders."
            ),
            "wens_zelf": (
                "Ik heb niet zoveel tijd door mijn werk. Maar als er een klusdag is bij school of "
                "in de wijk, help ik graag mee. Ik kan goed met gereedschap overweg."
            ),
        },
        "codings": [
            {
                "question": "act_kennen",
                "fragment": (
                    "CJG zegt me niks. Wijkteam ook niet echt, "
                    "is dat voor mensen met problemen?"
                ),
                "themes": ["Onbekendheid van CJG en wijkteam"],
                "quote": (
                    "CJG zegt me niks. Wijkteam ook niet echt, "
                    "is dat voor mensen met problemen?"
                ),
            },
            {
                "question": "school_praten",
                "fragment": (
                    "En als het echt niet goed zou gaan, met de juf. Die ziet de kinderen meer dan "
                    "ik, eerlijk gezegd."
                ),
                "themes": ["School als ingang"],
                "quote": None,
            },
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Ik zie tieners in de avond bij het speeltuintje hangen omdat ze nergens "
                    "anders heen kunnen."
                ),
                "themes": ["Een eigen plek voor jongeren"],
                "quote": (
                    "Ik zie tieners in de avond bij het speeltuintje hangen omdat ze nergens "
                    "anders heen kunnen."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": "Mannen vragen niet zo snel hulp.",
                "themes": ["Drempel om hulp te vragen"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": "vertel vaders ook wat er is. Nu gaat alle informatie naar de moeders.",
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": "Over de telefoon vooral, wanneer geef je je kind een telefoon.",
                "themes": ["Telefoon en sociale media"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Palenstein: vader uit Polen, zoon (14) werd gepest; gesprek in het Pools
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Palenstein",
        "language": "pl",
        "key_figure": 3,
        "date": "2026-04-15",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "We wonen hier zes jaar. Ik vind het fijn dat het dichtbij mijn werk is, ik werk "
                "in de bouw. Mijn zoon heeft een paar goede vrienden in de flat, ze spelen samen "
                "games en voetballen op het pleintje."
            ),
            "wijk_zorgen": (
                "Mijn zoon is veertien. Vorig jaar werd hij gepest op school, omdat hij Pools is "
                "en omdat hij klein is. Ze noemden hem namen en filmden hem. Hij wilde niet meer "
                "naar school. Hij zei dat hij ziek was, maar hij was niet ziek. Dat heb ik te laat "
                "gezien."
            ),
            "wijk_veilig": (
                "In de wijk voel ik mij veilig. Mijn zoon niet altijd, de jongens die hem pestten "
                "wonen ook hier. Hij loopt daarom een andere route naar school. Dat is een omweg "
                "van tien minuten, maar hij wil het zo."
            ),
            "act_kennen": (
                "Voetbal, en er is iets in het buurthuis voor jongeren, met gamen en tafeltennis. "
                "Verder weet ik het niet. Voor ouders ken ik niks. Misschien is er veel, maar ik "
                "weet het niet."
            ),
            "act_waarom": (
                "Mijn zoon wil niet naar het buurthuis, omdat die jongens daar ook komen. Hij "
                "blijft liever thuis met zijn vrienden online. Ik werk lang, tot zes uur, en ik "
                "ben moe. Naar een avond over opvoeden ga ik niet, ik spreek niet goed genoeg "
                "Nederlands."
            ),
            "act_info": (
                "Via Poolse collega's en de Poolse winkel, daar hangen soms briefjes. En de school "
                "stuurt mails. Mijn vrouw leest die met een vertaalprogramma. Wat in het "
                "Nederlands op papier staat, lees ik niet."
            ),
            "school_praten": (
                "Met mijn vrouw. En uiteindelijk met de mentor. Hij sprak Engels met ons, dat was "
                "makkelijker. Hij was de eerste die echt luisterde. De eerste weken wilde mijn "
                "zoon zelfs met ons niet praten."
            ),
            "school_contact": (
                "Eerst slecht. Wij kregen een brief van de leerplichtambtenaar omdat mijn zoon te "
                "vaak afwezig was. Wij schrokken heel erg, wij dachten dat we een boete kregen of "
                "dat de politie kwam. Niemand had ons eerst gebeld. Daarna is de mentor "
                "langsgekomen, bij ons thuis. Toen werd het beter."
            ),
            "school_passend": (
                "Nu wel. De school heeft met de pesters gepraat en mijn zoon mag in de pauze in de "
                "mediatheek zitten als hij wil. Hij heeft drie weken bijna niet op school gezeten. "
                "Nu gaat hij weer elke dag."
            ),
            "hulp_ervaring": (
                "De mentor heeft ons in contact gebracht met de schoolmaatschappelijk werker. Die "
                "heeft een paar gesprekken met mijn zoon gehad over het pesten. Dat heeft "
                "geholpen. Verder hebben we geen hulp. Ik wist niet dat dit bestond op een school."
            ),
            "hulp_drempel": (
                "In Polen ga je niet naar een psycholoog, dat is voor gekke mensen, zeggen ze. "
                "Mijn vrouw en ik moesten daar ook over nadenken. Maar omdat het op school was, "
                "voelde het normaal. Het was niet 'hulp', het was gewoon praten met iemand van "
                "school."
            ),
            "hulp_samenwerking": (
                "De mentor en de maatschappelijk werker praatten met elkaar, en met ons. Dat ging "
                "goed. Maar die brief van leerplicht kwam voordat iemand met ons had gepraat. Dat "
                "moet andersom."
            ),
            "samen_ouders": (
                "Met Poolse vrienden, ja, over werk en over de kinderen. Met andere ouders van "
                "school niet. Ik ken ze niet, ik zie ze nooit. Op de ouderavond gaan ze allemaal "
                "zitten met mensen die ze kennen."
            ),
            "samen_taal": (
                "Ja. Als je de taal niet goed spreekt, begrijp je de brieven niet en de regels "
                "niet. Wij wisten niet wat leerplicht is. In Polen werkt het anders. Iemand die "
                "Pools spreekt op school zou veel helpen."
            ),
            "wens_verandering": (
                "Eerst bellen of langskomen, dan pas een brief. En iets doen tegen pesten, ook "
                "online, want dat zien de leraren niet. En meer uitleg voor buitenlandse ouders "
                "over hoe de school werkt."
            ),
            "wens_zelf": (
                "Ik weet het niet. Ik heb weinig tijd. Misschien kan ik andere Poolse vaders "
                "vertellen dat de school helpt, dat je niet bang hoeft te zijn. In onze groep zijn "
                "veel vaders die bang zijn voor de school."
            ),
            "wens_anders": (
                "Alleen dank aan de mentor van mijn zoon. Zonder hem zat mijn zoon nu nog thuis. "
                "Goede mensen maken het verschil, niet de regels. Zonder die ene man had niemand "
                "het gezien."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": "Ze noemden hem namen en filmden hem. Hij wilde niet meer naar school.",
                "themes": ["Telefoon en sociale media", "Thuiszitten"],
                "quote": "Ze noemden hem namen en filmden hem. Hij wilde niet meer naar school.",
            },
            {
                "question": "school_contact",
                "fragment": (
                    "Wij kregen een brief van de leerplichtambtenaar omdat mijn zoon te vaak "
                    "afwezig was. Wij schrokken heel erg, wij dachten dat we een boete kregen of "
                    "dat de politie kwam."
                ),
                "themes": ["Passend onderwijs en thuiszitten"],
                "quote": (
                    "Wij kregen een brief van de leerplichtambtenaar omdat mijn zoon te vaak "
                    "afwezig was. Wij schrokken heel erg, wij dachten dat we een boete kregen of "
                    "dat de politie kwam."
                ),
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Hij sprak Engels met ons, dat was makkelijker. Hij was de eerste die echt "
                    "luisterde."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Maar omdat het op school was, voelde het normaal. Het was niet 'hulp', het "
                    "was gewoon praten met iemand van school."
                ),
                "themes": ["School als ingang"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "In Polen ga je niet naar een psycholoog, dat "
                    "is voor gekke mensen, zeggen ze."
                ),
                "themes": ["Opvattingen over hulp in familie en gemeenschap"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "De mentor heeft ons in contact gebracht met "
                    "de schoolmaatschappelijk werker."
                ),
                "themes": ["Schoolmaatschappelijk werk"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": "Wij wisten niet wat leerplicht is. In Polen werkt het anders.",
                "themes": ["Taal en cultuur"],
                "quote": None,
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Mijn zoon wil niet naar het buurthuis, "
                    "omdat die jongens daar ook komen."
                ),
                "themes": ["Veiligheid in de wijk"],
                "quote": None,
            },
        ],
    },
    # jongere, 16-17, Meerzicht: jongen (17), vmbo techniek, kickboksen
    {
        "group": "jongere",
        "age_band": "16-17",
        "wijk": "Meerzicht",
        "language": "nl",
        "key_figure": 0,
        "date": "2026-04-16",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Het is gewoon mijn wijk, ik ken iedereen. Ik werk bij de supermarkt op het plein, "
                "dus ik zie de hele dag mensen die ik ken. Oma's die een praatje maken, kinderen "
                "van school. Dat vind ik wel mooi eigenlijk."
            ),
            "wijk_zorgen": (
                "Dat jongere gasten met messen gaan lopen. Dat is echt een ding geworden. Ze zien "
                "het op TikTok, drillmuziek en zo, en dan denken ze dat het stoer is. Mijn neefje "
                "van veertien zei laatst dat iemand in zijn klas een mes bij zich had. Dat is toch "
                "ziek."
            ),
            "wijk_veilig": (
                "Ik voel me wel veilig, ik kan voor mezelf opkomen, ik doe kickboksen. Maar het is "
                "wel zo dat de politie ons vaak aanhoudt als we met een groep staan. Dan moet je "
                "je ID laten zien, terwijl we niks doen. Dat voelt niet eerlijk."
            ),
            "act_kennen": (
                "Kickboksen bij de sportschool, voetbal, het jongerenwerk. Er is ook een "
                "buurtsportcoach die op woensdag op het veldje staat met spelletjes voor de "
                "kleintjes, en soms voor ons een toernooi."
            ),
            "act_waarom": (
                "Kickboksen doe ik al vier jaar. De trainer is streng maar eerlijk, hij zegt "
                "altijd: in de ring mag je vechten, buiten niet. Dat heeft me veel geleerd. Het "
                "buurthuis vind ik niks, dat is voor kinderen. Ik heb ook een baan, dus veel tijd "
                "heb ik niet."
            ),
            "act_info": (
                "Via vrienden en via de buurtsportcoach, die kent iedereen. Ik volg niks van de "
                "gemeente online, dat is saai. Als iets echt leuk is, hoor je het toch wel van je "
                "vrienden."
            ),
            "school_praten": (
                "Met mijn trainer. En met de buurtsportcoach, die kent mij al vanaf dat ik tien "
                "was. Op school met mijn mentor, maar minder, die ken ik pas een jaar. Met mijn "
                "trainer kan ik over alles praten."
            ),
            "school_contact": (
                "Gaat prima. Ik zit in het laatste jaar vmbo, techniek. Mijn vader gaat naar de "
                "ouderavond en die komt dan blij terug, dus het gaat wel goed denk ik, haha."
            ),
            "school_passend": (
                "Ja. Ik wil elektricien worden en ik mag al stage lopen bij een bedrijf. Dat is "
                "precies wat ik wil. Theorie vind ik saai, maar met mijn handen werken gaat goed."
            ),
            "hulp_ervaring": (
                "Nee. Nou ja, toen ik twaalf was had ik veel ruzie en vocht ik vaak. Toen heeft de "
                "buurtsportcoach met mijn ouders gepraat en me naar kickboksen gestuurd. Dat was "
                "eigenlijk mijn hulp. Geen gepraat in een kamertje, maar gewoon sporten en iemand "
                "die je in de gaten houdt."
            ),
            "hulp_drempel": (
                "Jongens willen niet praten in een kamertje met iemand die ze niet kennen. Dat "
                "voelt als straf. Bij de coach of de trainer is het anders, die ken je, die "
                "respecteer je. Dan luister je ook."
            ),
            "hulp_samenwerking": (
                "De buurtsportcoach belde soms met mijn meester op de basisschool, dat weet ik. En "
                "met mijn ouders. Ik vond het toen irritant, nu snap ik het wel. Ze hielden me in "
                "de gaten en dat was goed."
            ),
            "samen_ouders": (
                "Met mijn vrienden bij het kickboksen. We praten niet zo over gevoelens, haha. "
                "Maar we letten wel op elkaar. Als iemand raar doet of met de verkeerde mensen "
                "omgaat, zeggen we er wat van."
            ),
            "samen_taal": (
                "Nee, ik ben Nederlands. Mijn ouders komen uit Turkije en mijn vader praat niet "
                "graag over problemen. Maar met de trainer praat hij wel, die is ook Turks. Dat "
                "scheelt echt."
            ),
            "wens_verandering": (
                "Meer trainers en coaches zoals die van ons, ook voor jongens die geen geld hebben "
                "voor de sportschool. En dat de politie ons niet steeds aanhoudt als we niks doen. "
                "En iets doen tegen die messen, voorlichting op school door iemand die het zelf "
                "heeft meegemaakt."
            ),
            "wens_zelf": (
                "Ik wil wel helpen bij de training van de kleintjes. Ik heb dat al een paar keer "
                "gedaan en dat vond ik leuk. Dan kunnen zij ook leren wat ik heb geleerd."
            ),
            "wens_anders": (
                "Nee, dat was het wel. Zeg tegen ze dat sport echt helpt, meer dan praten. Geef de "
                "kleintjes een plek waar ze hun energie kwijt kunnen, dan hoeven ze niet op straat "
                "te zoeken naar spanning."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Ze zien het op TikTok, drillmuziek en zo, en "
                    "dan denken ze dat het stoer is."
                ),
                "themes": ["Veiligheid in de wijk", "Telefoon en sociale media"],
                "quote": (
                    "Ze zien het op TikTok, drillmuziek en zo, en "
                    "dan denken ze dat het stoer is."
                ),
            },
            {
                "question": "wijk_veilig",
                "fragment": (
                    "Maar het is wel zo dat de politie ons vaak aanhoudt als we met een groep "
                    "staan."
                ),
                "themes": ["Veiligheid in de wijk"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Geen gepraat in een kamertje, maar gewoon sporten en iemand die je in de "
                    "gaten houdt."
                ),
                "themes": ["Vrije tijd en sport", "Vertrouwde gezichten"],
                "quote": (
                    "Geen gepraat in een kamertje, maar gewoon sporten en iemand die je in de "
                    "gaten houdt."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Bij de coach of de trainer is het anders, die ken je, die respecteer je. Dan "
                    "luister je ook."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": (
                    "Bij de coach of de trainer is het anders, die ken je, die respecteer je. Dan "
                    "luister je ook."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Jongens willen niet praten in een kamertje met iemand die ze niet kennen. Dat "
                    "voelt als straf."
                ),
                "themes": ["Drempel om hulp te vragen"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": "ook voor jongens die geen geld hebben voor de sportschool",
                "themes": ["Kosten van activiteiten"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": "Maar met de trainer praat hij wel, die is ook Turks.",
                "themes": ["Taal en cultuur"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Meerzicht: moeder, zoon (17) gestopt met het mbo, dochter (12)
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Meerzicht",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-04-20",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Meerzicht heeft een slechte naam, maar ik woon hier graag. De mensen zijn recht "
                "voor zijn raap. Als je hulp nodig hebt met verhuizen, staan er zo vijf buren "
                "klaar. En het Westerpark is vlakbij, daar ging ik met de kinderen vroeger elke "
                "zondag naartoe."
            ),
            "wijk_zorgen": (
                "Mijn zoon is zeventien en hij zit sinds oktober thuis. Hij is gestopt met zijn "
                "mbo-opleiding, hij zei dat het niks voor hem was. Nu slaapt hij tot twee uur en "
                "gamet hij tot vier uur 's nachts. Ik maak me enorm zorgen dat hij afglijdt, dat "
                "hij in de verkeerde hoek terechtkomt."
            ),
            "wijk_veilig": (
                "Voor mij is het veilig. Maar ik zie jongens van zijn leeftijd die 's nachts "
                "rondhangen bij het winkelcentrum en ik weet niet wat ze doen. Mijn dochter van "
                "twaalf mag na het avondeten niet meer alleen naar buiten."
            ),
            "act_kennen": (
                "Er is jongerenwerk in het buurthuis, daar is mijn zoon via een vriend een paar "
                "keer geweest. Er is een boksclub. Voor ouders weet ik niks. Ik heb wel eens een "
                "flyer gezien over een avond over de puberteit, maar die datum was al voorbij."
            ),
            "act_waarom": (
                "Mijn zoon ging eerst nergens heen. Via een vriend kwam hij bij de jongerenwerker "
                "terecht, en die heeft hem meegenomen naar de boksclub. Dat is het enige moment in "
                "de week dat hij zijn bed uit komt voor iets. Zelf ga ik nergens naartoe, ik werk "
                "in de schoonmaak en ik ben 's avonds kapot."
            ),
            "act_info": (
                "Eigenlijk niet. Ik hoor het als het al geweest is. Van de jongerenwerker wist ik "
                "niet eens dat die bestond tot mijn zoon het vertelde. Het is altijd te laat of ik "
                "weet het gewoon niet."
            ),
            "school_praten": (
                "Met mijn zus. En met de jongerenwerker, die is de enige die echt contact heeft "
                "met mijn zoon. Op het mbo had ik geen contact, daar weet niemand wie ik ben. Op "
                "de basisschool kende je de juf, op het mbo ken je niemand."
            ),
            "school_contact": (
                "Er was geen contact. Hij is gestopt en niemand heeft mij gebeld. Ik kreeg een "
                "brief dat hij uitgeschreven was. Dat was het. Ik heb zelf gebeld en toen zeiden "
                "ze dat hij bijna meerderjarig is en zelf moet beslissen."
            ),
            "school_passend": (
                "Nee. Hij is praktisch, hij wil met zijn handen werken. Maar de opleiding was "
                "vooral theorie in het eerste jaar en hij zat in een klas met veel drukte. Hij "
                "heeft dyslexie, en daar werd niks mee gedaan. Als ze een leerwerkplek hadden "
                "gegeven, was hij gebleven, denk ik."
            ),
            "hulp_ervaring": (
                "Ik heb het wijkteam gebeld in november. Ze zouden iemand sturen, maar er was een "
                "wachtlijst. Pas in februari kwam er iemand langs, en mijn zoon wilde niet met "
                "haar praten. Daarna hoorde ik niks meer. Vier maanden zat hij toen al thuis. De "
                "jongerenwerker heeft meer gedaan dan het hele wijkteam. Ik heb daarna zelf nog "
                "drie keer gebeld. Eén keer kreeg ik iemand die zei dat mijn zoon zich zelf moest "
                "aanmelden, omdat hij bijna achttien is. Hoe dan? Hij komt zijn bed niet uit. Een "
                "andere keer werd ik doorverbonden naar een nummer waar niemand opnam. Toen heb ik "
                "het opgegeven. Ik heb mijn zus gevraagd of zij nog iemand kende, en via haar "
                "buurvrouw, die bij het jongerenwerk werkt, kwam de jongerenwerker een keer langs. "
                "Die heeft gewoon op de bank gezeten en met hem over boksen gepraat. Geen "
                "formulier, geen intake. Een week later ging mijn zoon mee naar de boksclub. Dat "
                "heeft meer gedaan dan alle telefoontjes bij elkaar. Ik vind het wel raar dat het "
                "zo moet, via via, via de buurvrouw van mijn zus. Maar goed, hij gaat nu twee keer "
                "per week boksen en hij praat weer over werk zoeken. Ik durf weer een beetje te "
                "hopen, eerlijk gezegd."
            ),
            "hulp_drempel": (
                "Moeilijk is dat hij het zelf niet wil. Hij is bijna volwassen, je kan hem niet "
                "dwingen. En ik schaam me ook, dat mijn zoon de hele dag niks doet. Als mensen "
                "vragen hoe het met hem gaat, zeg ik dat hij aan het zoeken is."
            ),
            "hulp_samenwerking": (
                "Er is geen samenwerking. Het mbo is weg, het wijkteam kwam één keer, de "
                "jongerenwerker doet wat hij kan maar hij mag geen hulpverlening doen, zegt hij. "
                "Niemand pakt het op. Ik heb het gevoel dat mijn zoon tussen alle stoelen valt."
            ),
            "samen_ouders": (
                "Ik praat met een vriendin, haar zoon heeft ook een tijd thuisgezeten. Zij zegt "
                "dat het goed komt. Dat is fijn om te horen, maar ik zou graag meer ouders kennen "
                "die dit meemaken. Je voelt je zo alleen."
            ),
            "samen_taal": (
                "Nee, ik ben hier opgegroeid. Maar de brieven en de regels snap ik ook niet. RMC, "
                "leerplicht, kwalificatieplicht, ik heb geen idee wat het verschil is. Die woorden "
                "zeggen mensen alsof iedereen ze kent."
            ),
            "wens_verandering": (
                "Als een jongere stopt met school, moet er binnen een week iemand op de stoep "
                "staan. Niet een brief, een mens. En zorg dat er mbo-opleidingen zijn waar je "
                "vanaf de eerste dag praktisch werkt. En geef de jongerenwerkers meer ruimte, zij "
                "komen bij de jongeren die niemand anders ziet."
            ),
            "wens_zelf": (
                "Ik weet het niet. Misschien met andere moeders iets opzetten voor ouders van "
                "thuiszitters. Ik ben niet zo'n organisator, maar ik wil wel komen. Als iemand "
                "anders het regelt, ben ik er de eerste avond."
            ),
            "wens_anders": (
                "Ik wil zeggen dat ik geen slechte moeder ben. Ik heb alles geprobeerd. Het "
                "systeem laat jongens als mijn zoon vallen. Ik hoop dat iemand dit leest die er "
                "echt iets aan kan doen."
            ),
        },
        "codings": [
            {
                "question": "school_contact",
                "fragment": "Hij is gestopt en niemand heeft mij gebeld.",
                "themes": ["Thuiszitten"],
                "quote": "Hij is gestopt en niemand heeft mij gebeld.",
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Ik heb het wijkteam gebeld in november. Ze zouden iemand sturen, maar er was "
                    "een wachtlijst. Pas in februari kwam er iemand langs"
                ),
                "themes": ["Wachtlijsten"],
                "quote": (
                    "Ik heb het wijkteam gebeld in november. Ze zouden iemand sturen, maar er was "
                    "een wachtlijst. Pas in februari kwam er iemand langs"
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": "De jongerenwerker heeft meer gedaan dan het hele wijkteam.",
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": "Ik heb het gevoel dat mijn zoon tussen alle stoelen valt.",
                "themes": ["Samenwerking school en jeugdhulp"],
                "quote": "Ik heb het gevoel dat mijn zoon tussen alle stoelen valt.",
            },
            {
                "question": "school_passend",
                "fragment": "Als ze een leerwerkplek hadden gegeven, was hij gebleven, denk ik.",
                "themes": ["Maatwerk in de klas"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "En ik schaam me ook, dat mijn zoon de hele dag niks doet.",
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "school_praten",
                "fragment": "Op de basisschool kende je de juf, op het mbo ken je niemand.",
                "themes": ["School als ingang"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": (
                    "Als een jongere stopt met school, moet er binnen een week iemand op de stoep "
                    "staan. Niet een brief, een mens."
                ),
                "themes": ["Passend onderwijs en thuiszitten"],
                "quote": None,
            },
        ],
    },
    # jongere, 12-15, Seghwaert: meisje (12), groep 8
    {
        "group": "jongere",
        "age_band": "12-15",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 1,
        "date": "2026-04-21",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik vind het leuk dat er een speeltuin is met een kabelbaan en dat mijn "
                "vriendinnen allemaal in de buurt wonen. En op woensdag ga ik naar de knutselclub "
                "in het buurthuis, daar maken we sieraden en dingen voor Moederdag."
            ),
            "wijk_zorgen": (
                "Dat ik straks naar de middelbare school ga en dat mijn vriendinnen naar een "
                "andere school gaan. Dan ken ik niemand. En ik ben bang dat ze me daar uitlachen, "
                "want ik ben klein."
            ),
            "wijk_veilig": (
                "Ik mag alleen naar de speeltuin als het licht is. Bij het winkelcentrum staan "
                "soms grote jongens, dan loop ik om. Mijn moeder zegt dat ik mijn telefoon altijd "
                "aan moet hebben."
            ),
            "act_kennen": (
                "De knutselclub, de bieb, zwemmen, de kinderboerderij. Er is ook een dansles, maar "
                "die is op maandag en dan heb ik zwemles. En een huiswerkclub, maar die is saai. "
                "Ik zou wel op dansen willen, maar dat kan dus niet."
            ),
            "act_waarom": (
                "Naar de knutselclub ga ik omdat mijn vriendin ook gaat en omdat de juf daar heel "
                "lief is. Het is gratis, dat vindt mijn moeder fijn. Als mijn vriendin niet meer "
                "gaat, ga ik ook niet meer, denk ik."
            ),
            "act_info": (
                "Van mijn vriendinnen en van de juf op school. Die vertelt het in de klas. Mijn "
                "moeder ziet het soms op Facebook. Als de juf het vertelt, onthoud ik het."
            ),
            "school_praten": (
                "Met juf Sanne, zij is mijn juf van groep 8. Als ik verdrietig ben, ziet ze dat "
                "meteen en dan vraagt ze in de pauze wat er is. En met mijn moeder en mijn oma."
            ),
            "school_contact": (
                "Mijn moeder komt vaak op school, ze helpt bij de luizencontrole en bij feestjes. "
                "Ze kent alle juffen. Soms vind ik dat een beetje gênant, maar meestal is het fijn."
            ),
            "school_passend": (
                "Ja, ik ben goed in taal en minder goed in rekenen. Ik krijg extra rekenen in een "
                "groepje. Ik heb vmbo-t/havo-advies gekregen en daar ben ik blij mee. Rekenen is "
                "moeilijk, maar het gaat beter."
            ),
            "hulp_ervaring": (
                "Vorig jaar werd ik gepest in een groepsapp. Ze stuurden gemene stickers en zeiden "
                "dat niemand me leuk vond. Ik heb het aan de juf verteld en toen heeft ze met de "
                "hele klas gepraat. Daarna was het over. Ik durfde het eerst niet te zeggen."
            ),
            "hulp_drempel": (
                "Dat je bang bent dat het erger wordt als je het vertelt. Dat ze dan zeggen dat je "
                "een verklikker bent. Maar de juf deed het slim, ze zei niet dat ik het had "
                "verteld."
            ),
            "hulp_samenwerking": (
                "De juf heeft mijn moeder gebeld en toen hebben ze samen afgesproken dat ik even "
                "geen groepsapp meer zou hebben. Dat was goed, ook al vond ik het eerst stom."
            ),
            "samen_ouders": (
                "Met mijn vriendinnen praat ik over alles. Over wie verliefd is, over school, over "
                "de groepsapp. We hebben een geheime groep met z'n drieën, daar is het veilig. "
                "Niemand anders mag erin, ook mijn moeder niet."
            ),
            "samen_taal": (
                "Nee. Mijn moeder komt uit Marokko, maar ze spreekt heel goed Nederlands. Mijn oma "
                "niet, met haar praat ik Arabisch. Soms vertaal ik voor mijn oma als we naar de "
                "dokter gaan."
            ),
            "wens_verandering": (
                "Dat er op de middelbare school ook iemand is zoals mijn juf nu, die je kent en "
                "die ziet als je verdrietig bent. En een knutselclub voor oudere kinderen, want "
                "vanaf twaalf mag je niet meer."
            ),
            "wens_zelf": (
                "Ik wil wel helpen bij de knutselclub met de kleintjes, als ik te oud ben om zelf "
                "mee te doen. Ik kan al best goed knutselen, en ik ben geduldig met kleine "
                "kinderen."
            ),
            "wens_anders": (
                "Nee. Mag ik de tablet even vasthouden? Haha. Ik vond het leuk om mee te doen. Ik "
                "hoop dat er op mijn nieuwe school ook een club is, anders ben ik er misschien "
                "alleen."
            ),
        },
        "codings": [
            {
                "question": "school_praten",
                "fragment": (
                    "Met juf Sanne, zij is mijn juf van groep 8. Als ik verdrietig ben, ziet ze "
                    "dat meteen en dan vraagt ze in de pauze wat er is."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": (
                    "Met [naam], zij is mijn juf van groep 8. Als ik verdrietig ben, ziet ze dat "
                    "meteen en dan vraagt ze in de pauze wat er is."
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Vorig jaar werd ik gepest in een groepsapp. Ze stuurden gemene stickers en "
                    "zeiden dat niemand me leuk vond."
                ),
                "themes": ["Telefoon en sociale media"],
                "quote": (
                    "Vorig jaar werd ik gepest in een groepsapp. Ze stuurden gemene stickers en "
                    "zeiden dat niemand me leuk vond."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Dat je bang bent dat het erger wordt als je het vertelt. Dat ze dan zeggen "
                    "dat je een verklikker bent."
                ),
                "themes": ["Drempel om hulp te vragen"],
                "quote": (
                    "Dat je bang bent dat het erger wordt als je het vertelt. Dat ze dan zeggen "
                    "dat je een verklikker bent."
                ),
            },
            {
                "question": "act_waarom",
                "fragment": "Het is gratis, dat vindt mijn moeder fijn.",
                "themes": ["Kosten van activiteiten"],
                "quote": None,
            },
            {
                "question": "wens_verandering",
                "fragment": (
                    "Dat er op de middelbare school ook iemand is zoals mijn juf nu, die je kent "
                    "en die ziet als je verdrietig bent."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Naar de knutselclub ga ik omdat mijn vriendin ook gaat en omdat de juf daar "
                    "heel lief is."
                ),
                "themes": ["Vrije tijd en sport"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Seghwaert: moeder, dochter (13) met autisme, zoon (16)
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 3,
        "date": "2026-04-22",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Wat ik fijn vind, is dat je hier alles op de fiets kunt doen. Mijn dochter van "
                "dertien fietst zelf naar school, dat is voor haar een grote stap, want ze heeft "
                "autisme. We hebben de route wel tien keer samen gefietst voordat ze het alleen "
                "durfde."
            ),
            "wijk_zorgen": (
                "Mijn zorg is vooral hoe het sociaal gaat. Ze wil graag vriendinnen, maar ze snapt "
                "de regels van meisjes van haar leeftijd niet altijd. In de groepsapp van de klas "
                "gaat het razendsnel en ze begrijpt niet wanneer iets een grapje is. Dan wordt ze "
                "buitengesloten zonder dat ze weet waarom."
            ),
            "wijk_veilig": (
                "Veilig, ja. Ze schrikt wel van harde geluiden, scooters en zo. Rond oud en nieuw "
                "is het voor haar echt een hel, met al dat vuurwerk in de wijk. Dan zitten we met "
                "z'n allen binnen, met de gordijnen dicht."
            ),
            "act_kennen": (
                "In het buurthuis is een oudercafé voor ouders van kinderen met autisme, eens per "
                "maand op dinsdagochtend. Dat ken ik via de JGZ-verpleegkundige. Verder de "
                "scouting, de bibliotheek, de tekenclub. Mijn zoon van zestien zit op basketbal."
            ),
            "act_waarom": (
                "Naar het oudercafé ga ik bijna elke maand. Het is klein, een man of acht, en er "
                "is iemand van het CJG bij die vragen kan beantwoorden. Dat vind ik perfect. Mijn "
                "dochter gaat naar de tekenclub, daar is het rustig en hoeft ze niet veel te "
                "praten. Grote groepen of disco's, dat gaat niet."
            ),
            "act_info": (
                "Eigenlijk alles via de JGZ-verpleegkundige en via het oudercafé. Daar delen "
                "ouders tips over wat er is. Via de gemeente of de website van het CJG vind ik het "
                "moeilijk, er staat zoveel op."
            ),
            "school_praten": (
                "Met de mentor van mijn dochter. Die heeft zelf een zoon met autisme, dus die "
                "snapt het meteen. En met de ouders van het oudercafé. En met mijn man natuurlijk."
            ),
            "school_contact": (
                "Heel goed sinds ze op deze school zit. Bij de start hebben we een gesprek gehad "
                "met de mentor en de zorgcoördinator, en ze hebben een overzicht gemaakt voor alle "
                "docenten: wat helpt haar, wat moet je vermijden. Elke zes weken hebben we een "
                "kort belmoment. Ik voel me echt partner."
            ),
            "school_passend": (
                "Grotendeels. Ze mag met een koptelefoon werken en ze heeft een pasje waarmee ze "
                "naar een stilteruimte mag als het te veel wordt. Maar niet alle docenten houden "
                "zich eraan. Een invaller stuurde haar een keer de klas uit omdat ze de "
                "koptelefoon op had. Toen is ze de hele week niet meer naar die les gegaan. Ik heb "
                "toen met de mentor gebeld en hij heeft het met die docent besproken, maar de "
                "schade was al gedaan. Voor mijn dochter voelt een les waar ze één keer is "
                "uitgestuurd als een onveilige plek. Het kost weken om dat terug te winnen. Daarom "
                "vind ik het zo belangrijk dat iedereen in de school het weet, niet alleen de "
                "mentor."
            ),
            "hulp_ervaring": (
                "Ja, de diagnose kwam in groep 7, via de GGZ. Daar hebben we zeven maanden op "
                "gewacht. Daarna hebben we via het wijkteam een begeleider gehad die ons leerde "
                "hoe we thuis structuur konden aanbrengen. Dat was heel waardevol. Nu hebben we "
                "geen hulp meer, het gaat goed."
            ),
            "hulp_drempel": (
                "Voor mij niet zo moeilijk, ik ben zelf verpleegkundige en ik ken de weg een "
                "beetje. Maar in het oudercafé hoor ik van ouders die jaren hebben gewacht, omdat "
                "ze dachten dat ze het zelf moesten oplossen. Of omdat de familie zei: er is niks "
                "mis met dat kind."
            ),
            "hulp_samenwerking": (
                "Op de middelbare school goed, dankzij de mentor. Op de basisschool was het "
                "lastig. De leerkracht wist niet wat de GGZ adviseerde en de GGZ kwam nooit op "
                "school. Ik moest alles doorgeven."
            ),
            "samen_ouders": (
                "Ja, het oudercafé is echt een cadeau. Je hoeft niks uit te leggen. Als ik vertel "
                "dat ze na school een uur in het donker op haar kamer moet liggen, knikt iedereen. "
                "Op een verjaardag krijg je dan rare blikken."
            ),
            "samen_taal": (
                "Niet voor ons. Wel zie ik dat er in het oudercafé bijna alleen Nederlandse "
                "moeders komen. Ik vraag me af waar de andere ouders zijn. Misschien weten ze het "
                "niet, of durven ze niet."
            ),
            "wens_verandering": (
                "Leer alle docenten, ook invallers, wat autisme is en wat een kind nodig heeft. En "
                "zorg dat elke school een stilteruimte heeft. Het oudercafé moet blijven, en het "
                "zou mooi zijn als het ook eens 's avonds is, voor werkende ouders en vaders."
            ),
            "wens_zelf": (
                "Ik help al met het oudercafé, ik zet koffie en ik verwelkom nieuwe ouders. Ik zou "
                "wel een keer willen meedenken over hoe we ouders met een andere achtergrond "
                "bereiken."
            ),
            "wens_anders": (
                "Ik wil zeggen dat goede zorg vaak afhangt van één persoon, zoals die mentor. Dat "
                "is fijn, maar ook kwetsbaar. Als hij weggaat, beginnen we opnieuw. Ik zou willen "
                "dat het in de school zit, niet in één persoon."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "Het is klein, een man of acht, en er is iemand van het CJG bij die vragen kan "
                    "beantwoorden."
                ),
                "themes": ["Lotgenotencontact"],
                "quote": (
                    "Het is klein, een man of acht, en er is iemand van het CJG bij die vragen kan "
                    "beantwoorden."
                ),
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Met de mentor van mijn dochter. Die heeft zelf een zoon met autisme, dus die "
                    "snapt het meteen."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon", "Autisme"],
                "quote": None,
            },
            {
                "question": "school_contact",
                "fragment": (
                    "ze hebben een overzicht gemaakt voor alle docenten: wat helpt haar, wat moet "
                    "je vermijden."
                ),
                "themes": ["Maatwerk in de klas"],
                "quote": None,
            },
            {
                "question": "school_passend",
                "fragment": (
                    "Een invaller stuurde haar een keer de klas uit omdat ze de koptelefoon op "
                    "had. Toen is ze de hele week niet meer naar die les gegaan."
                ),
                "themes": ["Autisme"],
                "quote": (
                    "Een invaller stuurde haar een keer de klas uit omdat ze de koptelefoon op "
                    "had. Toen is ze de hele week niet meer naar die les gegaan."
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": "Daar hebben we zeven maanden op gewacht.",
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": "Je hoeft niks uit te leggen.",
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": (
                    "Wel zie ik dat er in het oudercafé bijna alleen Nederlandse moeders komen. Ik "
                    "vraag me af waar de andere ouders zijn."
                ),
                "themes": ["Bekendheid van het aanbod", "Taal en cultuur"],
                "quote": None,
            },
            {
                "question": "wens_anders",
                "fragment": (
                    "goede zorg vaak afhangt van één persoon, zoals die mentor. Dat is fijn, maar "
                    "ook kwetsbaar."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
        ],
    },
    # jongere, 18-25, Noordhove: jonge vrouw (20) met ervaring in de jeugdhulp
    {
        "group": "jongere",
        "age_band": "18-25",
        "wijk": "Noordhove",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-04-23",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik woon nu op mezelf in Noordhove, in een studio. Wat ik fijn vind, is dat het "
                "rustig is en dat niemand je kent. Na alles wat ik heb meegemaakt, is dat soms ook "
                "prettig. Ik ben opgegroeid in Seghwaert, dus ik ken de omgeving wel."
            ),
            "wijk_zorgen": (
                "Ik maak me zorgen om de jongeren die nu zitten waar ik toen zat. Thuis ging het "
                "niet goed bij ons, en als kind heb je dan geen plek om heen te gaan. Ik zat na "
                "school vaak in de bibliotheek, gewoon om niet thuis te hoeven zijn. Niemand vroeg "
                "waarom ik daar elke dag tot sluitingstijd zat."
            ),
            "wijk_veilig": (
                "Op straat voel ik me veilig. Thuis voelde ik me vroeger niet veilig, en dat zie "
                "je van buiten niet. Dat wil ik wel meegeven: veiligheid gaat niet alleen over de "
                "straat."
            ),
            "act_kennen": (
                "Nu ken ik veel, omdat ik social work studeer. Het jongerenwerk, het CJG, de "
                "meidengroep, de huiswerkbegeleiding. Maar als tiener kende ik niks. Ik wist niet "
                "eens dat je zelf naar het CJG kon gaan zonder je ouders."
            ),
            "act_waarom": (
                "Als tiener ging ik nergens naartoe, want dan moesten mijn ouders ervan weten of "
                "moest je betalen. En je schaamt je, je wil niet dat iemand ziet hoe het thuis is. "
                "Nu ga ik als stagiair mee met de meidengroep."
            ),
            "act_info": (
                "Vroeger via niemand. Nu via mijn opleiding. Ik denk echt dat de school de plek is "
                "waar je jongeren bereikt, want daar zijn ze elke dag, ook als het thuis chaos is."
            ),
            "school_praten": (
                "Toen ik vijftien was, met mijn mentor. Zij was de eerste die zag dat er iets mis "
                "was. Ze bleef vragen, ook als ik zei dat alles goed ging. Ze heeft uiteindelijk "
                "met de zorgcoördinator gepraat en toen ging de bal rollen."
            ),
            "school_contact": (
                "Mijn ouders kwamen nooit naar school. De school belde wel, maar er werd niet "
                "opgenomen. Mijn mentor heeft toen een keer een huisbezoek gedaan. Dat was heftig, "
                "maar het was ook het begin van hulp."
            ),
            "school_passend": (
                "Ik heb in het derde jaar een half jaar bijna niet op school gezeten. Ik was er "
                "wel ingeschreven, maar ik kwam niet. Eerst dacht de school dat ik spijbelde. Pas "
                "later begrepen ze dat het thuis niet veilig was. Ik heb toen een aangepast "
                "programma gekregen en uiteindelijk toch mijn diploma gehaald."
            ),
            "hulp_ervaring": (
                "Veel. Ik heb in drie jaar zeven verschillende hulpverleners gehad. Elke keer als "
                "ik iemand een beetje vertrouwde, ging die weg: nieuwe baan, zwangerschapsverlof, "
                "andere regio. Op het laatst vertelde ik niks meer. Waarom zou je? Die persoon is "
                "over drie maanden toch weg. Wat mij het meest is bijgebleven: bij de vierde "
                "hulpverlener vroeg ze in het eerste gesprek of ik mijn verhaal nog één keer wilde "
                "vertellen, voor het dossier. Ik weet nog dat ik dacht: het staat er toch al in? "
                "Ze had het niet gelezen. Ik ben toen opgestaan en weggegaan. Ik was vijftien. "
                "Achteraf was dat het moment dat ik bijna helemaal ben afgehaakt. Wat mij gered "
                "heeft, was eigenlijk mijn mentor, die bleef gewoon, drie jaar lang. Die hoefde "
                "niks uit een dossier te lezen, die kende me al."
            ),
            "hulp_drempel": (
                "Het grootste obstakel is vertrouwen. Als jongere moet je je diepste dingen "
                "vertellen aan een vreemde, die opschrijft wat je zegt in een dossier. Dat is eng. "
                "Wat helpt is iemand die je al kent, zoals een mentor, en die er blijft."
            ),
            "hulp_samenwerking": (
                "Slecht. Ik moest mijn verhaal steeds opnieuw vertellen, aan elke nieuwe "
                "hulpverlener, aan de school, aan de gemeente. Het is alsof je elke keer je wond "
                "opnieuw open moet maken. Eén vast persoon die alles weet en die het doorgeeft, "
                "dat zou zoveel schelen."
            ),
            "samen_ouders": (
                "Pas later, toen ik bij een groep van ervaringsdeskundige jongeren kwam. Daar "
                "ontmoette ik jongeren die hetzelfde hadden meegemaakt. Dat herkennen, daar is "
                "zoveel kracht in. Ik zou willen dat ik dat als vijftienjarige al had gehad."
            ),
            "samen_taal": (
                "Voor mij niet echt. Wel cultuur in de zin van gezinscultuur: bij ons thuis werd "
                "niet gepraat. Alles wat thuis gebeurde, bleef thuis. Dat doorbreek je niet "
                "zomaar. Dat zie je in veel gezinnen, welke achtergrond ze ook hebben."
            ),
            "wens_verandering": (
                "Vaste hulpverleners, echt. Geen wisselingen tenzij het niet anders kan. Hulp op "
                "school, waar jongeren al zijn. En zorg dat jongeren zelf hulp kunnen vragen "
                "zonder dat hun ouders dat eerst moeten weten. En betrek ervaringsdeskundigen."
            ),
            "wens_zelf": (
                "Ik wil als ervaringsdeskundige meedenken met de gemeente en met scholen. Ik doe "
                "dat al een beetje via mijn opleiding, maar ik zou het graag in Zoetermeer doen. "
                "Ik heb gezien wat werkt en wat niet."
            ),
            "wens_anders": (
                "Dank je dat je dit onderzoek doet met mensen uit de wijk. Dat je het niet alleen "
                "aan professionals vraagt. Dat maakt echt verschil. Mensen uit de wijk weten "
                "dingen die in geen enkel rapport staan."
            ),
        },
        "codings": [
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Ik heb in drie jaar zeven verschillende hulpverleners gehad. Elke keer als ik "
                    "iemand een beetje vertrouwde, ging die weg"
                ),
                "themes": ["Vaste contactpersoon"],
                "quote": (
                    "Ik heb in drie jaar zeven verschillende hulpverleners gehad. Elke keer als ik "
                    "iemand een beetje vertrouwde, ging die weg"
                ),
            },
            {
                "question": "hulp_samenwerking",
                "fragment": "Het is alsof je elke keer je wond opnieuw open moet maken.",
                "themes": ["Steeds opnieuw je verhaal vertellen"],
                "quote": "Het is alsof je elke keer je wond opnieuw open moet maken.",
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Zij was de eerste die zag dat er iets mis was. Ze bleef vragen, ook als ik "
                    "zei dat alles goed ging."
                ),
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": (
                    "Zij was de eerste die zag dat er iets mis was. Ze bleef vragen, ook als ik "
                    "zei dat alles goed ging."
                ),
            },
            {
                "question": "school_passend",
                "fragment": (
                    "Eerst dacht de school dat ik spijbelde. Pas later begrepen ze dat het thuis "
                    "niet veilig was."
                ),
                "themes": ["Thuiszitten"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": (
                    "Ik denk echt dat de school de plek is waar je jongeren bereikt, want daar "
                    "zijn ze elke dag, ook als het thuis chaos is."
                ),
                "themes": ["School als ingang"],
                "quote": None,
            },
            {
                "question": "act_kennen",
                "fragment": "Ik wist niet eens dat je zelf naar het CJG kon gaan zonder je ouders.",
                "themes": ["Onbekendheid van CJG en wijkteam"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": "Dat herkennen, daar is zoveel kracht in.",
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "act_waarom",
                "fragment": "En je schaamt je, je wil niet dat iemand ziet hoe het thuis is.",
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
        ],
    },
    # jongere, 16-17, Meerzicht: jongen (16) met autisme, speciaal onderwijs
    {
        "group": "jongere",
        "age_band": "16-17",
        "wijk": "Meerzicht",
        "language": "nl",
        "key_figure": 3,
        "date": "2026-04-24",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Het is rustig in mijn straat. Ik hou niet van drukte. Ik woon dicht bij de "
                "bibliotheek, daar lees ik strips en boeken over treinen. En er is een tankstation "
                "waar ik soms naar de vrachtwagens kijk, dat vind ik interessant."
            ),
            "wijk_zorgen": (
                "Ik heb geen zorgen over de wijk. Wel over de harde geluiden. Scooters zonder "
                "uitlaat, vuurwerk in december. Daar kan ik niet tegen, ik heb autisme. Dan draag "
                "ik mijn koptelefoon."
            ),
            "wijk_veilig": (
                "Ik voel me veilig als ik mijn vaste route loop. Als er iets anders is, "
                "wegwerkzaamheden of zo, dan raak ik in de war. Eén keer ben ik verdwaald en toen "
                "moest mijn moeder me ophalen."
            ),
            "act_kennen": (
                "Ik ken de bibliotheek en de treinenclub in Zoetermeer, daar bouwen we een "
                "modelbaan. Die is niet in de wijk, maar ik ga er met de bus heen. Het buurthuis "
                "ken ik, maar daar ga ik niet heen."
            ),
            "act_waarom": (
                "De treinenclub is rustig en iedereen is daar ook een beetje nerd, haha. Het "
                "buurthuis is te druk en er is harde muziek. Ik weet ook niet wat ik daar moet "
                "zeggen tegen mensen."
            ),
            "act_info": (
                "Mijn moeder zoekt dingen op. De treinenclub heeft ze gevonden op internet. Ik "
                "lees geen folders, daar staat te veel op door elkaar. Mijn moeder leest het en "
                "vertelt het kort."
            ),
            "school_praten": (
                "Met mijn mentor. Hij legt dingen uit zonder dat hij boos wordt. En met mijn "
                "moeder. Met andere kinderen praat ik niet zo veel. Dat vind ik niet erg. Ik praat "
                "liever met volwassenen."
            ),
            "school_contact": (
                "Mijn moeder heeft elke week contact met mijn mentor via de mail. Ze vindt het "
                "goed gaan op deze school. Op mijn vorige school ging het niet goed, daar belde de "
                "school alleen als ik boos was geworden."
            ),
            "school_passend": (
                "Nu wel. Ik zit op een school voor speciaal onderwijs, in een klas van twaalf "
                "leerlingen. Dat is veel beter. Maar ik heb eerst een half jaar thuisgezeten, "
                "omdat er geen plek was op deze school. Er was een wachtlijst. Ik deed thuis wat "
                "opdrachten, maar het meeste zat ik te gamen. Nu ga ik elke dag met de taxi, dat "
                "is drie kwartier."
            ),
            "hulp_ervaring": (
                "Ik heb een begeleider gehad van een organisatie voor autisme. Zij kwam thuis en "
                "leerde me plannen met een schema. Dat was goed. Maar toen ze wegging, kwam er een "
                "nieuwe en die was heel anders. Dat vond ik moeilijk."
            ),
            "hulp_drempel": (
                "Ik vind het moeilijk om met nieuwe mensen te praten. Ik weet niet wat ze van me "
                "willen. Als ik iemand ken, is het makkelijker. Ik wil eerst weten wie iemand is."
            ),
            "hulp_samenwerking": (
                "Weet ik niet zo goed. Mijn moeder regelt dat. Ik weet wel dat ze vaak moe is van "
                "het bellen en de formulieren. Misschien kan dat makkelijker. Met minder papieren."
            ),
            "samen_ouders": (
                "Ik heb één vriend, van de treinenclub. We appen veel over treinen. Op school heb "
                "ik ook een klasgenoot met wie ik game, online. Dat is genoeg voor mij. Meer "
                "vrienden hoeft niet."
            ),
            "samen_taal": (
                "Nee, ik spreek Nederlands. Maar ik begrijp soms niet wat mensen bedoelen, als ze "
                "grapjes maken of iets anders zeggen dan ze bedoelen. Dat komt door mijn autisme, "
                "niet door de taal."
            ),
            "wens_verandering": (
                "Dat er sneller een plek is op een school die bij je past. Dat er een stille "
                "ruimte is in het buurthuis. En dat begeleiders niet steeds wisselen. Dat zou veel "
                "helpen."
            ),
            "wens_zelf": (
                "Ik zou wel een keer over treinen willen vertellen in de bibliotheek, voor "
                "kinderen. Als het niet te veel mensen zijn. Of met een klein groepje. Met hooguit "
                "tien kinderen, denk ik."
            ),
            "wens_anders": (
                "Nee. Ik ben klaar. Dank je wel voor de vragen, ze waren duidelijk. Ik vond het "
                "fijn dat ik de vragen op de tablet kon meelezen. Dan weet ik wat er komt."
            ),
        },
        "codings": [
            {
                "question": "school_passend",
                "fragment": (
                    "Maar ik heb eerst een half jaar thuisgezeten, omdat er geen plek was op deze "
                    "school. Er was een wachtlijst."
                ),
                "themes": ["Te weinig passende schoolplekken", "Thuiszitten"],
                "quote": (
                    "Maar ik heb eerst een half jaar thuisgezeten, omdat er geen plek was op deze "
                    "school. Er was een wachtlijst."
                ),
            },
            {
                "question": "school_passend",
                "fragment": "Nu ga ik elke dag met de taxi, dat is drie kwartier.",
                "themes": ["Te weinig passende schoolplekken"],
                "quote": None,
            },
            {
                "question": "act_waarom",
                "fragment": "Het buurthuis is te druk en er is harde muziek.",
                "themes": ["Autisme", "Vrije tijd en sport"],
                "quote": "Het buurthuis is te druk en er is harde muziek.",
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Maar toen ze wegging, kwam er een nieuwe en die was heel anders. Dat vond ik "
                    "moeilijk."
                ),
                "themes": ["Vaste contactpersoon"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "Als ik iemand ken, is het makkelijker.",
                "themes": ["Vertrouwde gezichten"],
                "quote": "Als ik iemand ken, is het makkelijker.",
            },
            {
                "question": "school_praten",
                "fragment": "Met mijn mentor. Hij legt dingen uit zonder dat hij boos wordt.",
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": None,
            },
            {
                "question": "wijk_zorgen",
                "fragment": "Daar kan ik niet tegen, ik heb autisme.",
                "themes": ["Autisme"],
                "quote": None,
            },
        ],
    },
    # ouder, 26-40, Seghwaert: moeder, dochter (6) en baby;
    # concept: afgebroken toen de baby wakker werd
    {
        "group": "ouder",
        "age_band": "26-40",
        "wijk": "Seghwaert",
        "language": "tr",
        "key_figure": 0,
        "date": "2026-05-04",
        "status": "concept",
        "answers": {
            "wijk_fijn": (
                "Ik woon pas twee jaar in Seghwaert. Daarvoor woonden we in Den Haag, in een "
                "kleine flat. Hier hebben we een huis met een tuin, dat is voor de kinderen heel "
                "fijn. Mijn dochter van zes heeft al veel vriendinnen in de straat."
            ),
            "wijk_zorgen": (
                "Ik ken hier nog niet veel mensen. Als er iets is met de kinderen, weet ik niet "
                "wie ik kan vragen. In Den Haag woonde mijn moeder om de hoek. Nu sta ik er alleen "
                "voor met een baby en een kind van zes, en mijn man werkt in een restaurant tot "
                "laat."
            ),
            "wijk_veilig": (
                "Het is rustig hier, veel rustiger dan in Den Haag. Ik voel me veilig. Alleen bij "
                "het water ben ik bang, mijn dochter kan nog niet goed zwemmen. Ik wil haar graag "
                "op zwemles doen."
            ),
            "act_kennen": (
                "Ik weet van het consultatiebureau, daar ga ik met de baby. De verpleegkundige "
                "heeft mij verteld over een groep voor moeders met baby's in het buurthuis. En de "
                "zwemles, daar staat mijn dochter op de wachtlijst."
            ),
            "act_waarom": (
                "Naar die moedergroep ben ik nog niet geweest. Ik vind het moeilijk om alleen naar "
                "binnen te gaan als ik niemand ken. Misschien als de baby wat groter is. En de "
                "zwemles is duur, we wachten tot er een plek is bij de goedkopere."
            ),
            "act_info": (
                "Via de verpleegkundige van het consultatiebureau en via een Turkse buurvrouw. Ik "
                "volg ook een Instagrampagina van Zoetermeer, maar daar staat vooral nieuws. Van "
                "de gemeente weet ik niet waar ik moet kijken."
            ),
            "school_praten": (
                "Met mijn man, en met mijn moeder via de telefoon. Met de juf nog niet, ik ken "
                "haar nog niet goed. Ze is wel aardig bij het hek. Als de baby groter is, ga ik "
                "vaker naar school."
            ),
        },
        "codings": [],
    },
    # jongere, 12-15, Palenstein: jongen (15), vmbo-kader
    {
        "group": "jongere",
        "age_band": "12-15",
        "wijk": "Palenstein",
        "language": "nl",
        "key_figure": 0,
        "date": "2026-05-06",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Dat ik hier met mijn boys ben. We zitten meestal op het bankje bij het pleintje "
                "of bij de snackbar. Iedereen kent elkaar, als er iets is dan helpen we elkaar."
            ),
            "wijk_zorgen": (
                "Dat we nergens mogen zijn. Bij het pleintje bellen de buren de politie omdat we "
                "te hard praten. Bij het winkelcentrum worden we weggestuurd door de beveiliging. "
                "Waar moeten we dan heen? We doen niks verkeerd, we willen gewoon chillen."
            ),
            "wijk_veilig": (
                "Ik voel me veilig. Alleen niet bij de politie, haha. Serieus, ze houden ons vaak "
                "aan. Een keer moesten we allemaal onze tassen laten zien. Mijn moeder was boos op "
                "de politie, niet op mij."
            ),
            "act_kennen": (
                "Het jongerenwerk in het buurthuis, met een PlayStation. Voetbal. Fitness, maar "
                "dat is duur. Er is ook een boksclub, maar die is ver weg. Voor de boksclub moet "
                "je met de bus."
            ),
            "act_waarom": (
                "Ik wil op fitness, maar het is dertig euro per maand. Dat kan mijn moeder niet "
                "betalen, we zijn met vijf kinderen. Iemand zei dat er een pas is waarmee het "
                "goedkoper is, maar ik weet niet hoe dat werkt. Naar het buurthuis ga ik soms, "
                "maar het is alleen open op woensdag en vrijdag tot negen uur."
            ),
            "act_info": (
                "Via mijn boys, in de groepsapp. En de jongerenwerker zegt het als hij langskomt "
                "op het plein. Verder hoor ik eigenlijk niks. Op de site van de gemeente kijk ik "
                "nooit."
            ),
            "school_praten": (
                "Met mijn grote broer. Hij is twintig en heeft alles al meegemaakt. Op school met "
                "niemand eigenlijk. Mijn mentor is oké, maar ik ken haar niet zo goed. Ze is pas "
                "sinds dit jaar mijn mentor."
            ),
            "school_contact": (
                "Mijn moeder gaat naar school als ze gebeld wordt. Meestal is dat omdat ik te laat "
                "ben of omdat ik mijn huiswerk niet heb. Ze spreekt niet zo goed Nederlands, dus "
                "mijn broer gaat soms mee."
            ),
            "school_passend": (
                "Het gaat. Ik zit in vmbo-kader. Ik wil automonteur worden. Sommige vakken vind ik "
                "nutteloos, zoals Frans. Ik verveel me veel in de les. Als ik met mijn handen "
                "bezig ben, gaat het beter."
            ),
            "hulp_ervaring": (
                "Nee. Ik heb niks nodig. Nou ja, misschien iemand die helpt met plannen, want ik "
                "vergeet altijd alles. Maar daar ga je niet voor naar een hulpverlener. Mijn broer "
                "helpt me soms."
            ),
            "hulp_drempel": (
                "Hulp is voor mensen met echte problemen. Als je naar de zorgcoördinator gaat, "
                "denken mensen dat je gek bent. De jongerenwerker is anders, daar ga je gewoon "
                "heen om te chillen en dan praat je soms ook."
            ),
            "hulp_samenwerking": (
                "Weet ik niet. Ik denk niet dat de school met de jongerenwerker praat. Die kennen "
                "elkaar niet, denk ik. Misschien is dat wel slim, dat ze elkaar kennen. Dan weten "
                "ze meer."
            ),
            "samen_ouders": (
                "Met mijn boys. We praten over school, over meisjes, over voetbal. Als iemand "
                "problemen heeft thuis, dan zeggen we 'kom maar bij mij slapen'. Dat is normaal "
                "bij ons. Je laat je boys niet vallen."
            ),
            "samen_taal": (
                "Mijn moeder spreekt vooral Berbers en een beetje Nederlands. Als er brieven van "
                "school komen, lees ik die. Soms zeg ik niet alles, haha. Nee, grapje. Soms. Mijn "
                "moeder vertrouwt me gelukkig."
            ),
            "wens_verandering": (
                "Een plek voor ons, die elke avond open is, waar niemand de politie belt. Met een "
                "fitnessruimte die gratis is. En minder Frans op school, haha. Ik meen het echt."
            ),
            "wens_zelf": (
                "Als er een plek komt, wil ik wel helpen met schoonmaken of de regels bewaken. "
                "Echt. We zorgen zelf wel dat het netjes blijft, dan mag het ook blijven. Dat "
                "beloof ik."
            ),
            "wens_anders": (
                "Zeg tegen de gemeente dat jongeren niet allemaal criminelen zijn. De meeste zijn "
                "gewoon oké. Als je ons altijd wegstuurt, gaan we ons ook zo gedragen, snap je? "
                "Echt waar."
            ),
        },
        "codings": [
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Waar moeten we dan heen? We doen niks "
                    "verkeerd, we willen gewoon chillen."
                ),
                "themes": ["Een eigen plek voor jongeren"],
                "quote": (
                    "Waar moeten we dan heen? We doen niks "
                    "verkeerd, we willen gewoon chillen."
                ),
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Ik wil op fitness, maar het is dertig euro per maand. Dat kan mijn moeder "
                    "niet betalen, we zijn met vijf kinderen."
                ),
                "themes": ["Kosten van activiteiten"],
                "quote": (
                    "Ik wil op fitness, maar het is dertig euro per maand. Dat kan mijn moeder "
                    "niet betalen, we zijn met vijf kinderen."
                ),
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Iemand zei dat er een pas is waarmee het goedkoper is, maar ik weet niet hoe "
                    "dat werkt."
                ),
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
            {
                "question": "wijk_veilig",
                "fragment": "Serieus, ze houden ons vaak aan.",
                "themes": ["Veiligheid in de wijk"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "Als je naar de zorgcoördinator gaat, denken mensen dat je gek bent.",
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "De jongerenwerker is anders, daar ga je gewoon heen om te chillen en dan "
                    "praat je soms ook."
                ),
                "themes": ["Vertrouwde gezichten"],
                "quote": (
                    "De jongerenwerker is anders, daar ga je gewoon heen om te chillen en dan "
                    "praat je soms ook."
                ),
            },
            {
                "question": "samen_taal",
                "fragment": "Als er brieven van school komen, lees ik die.",
                "themes": ["Taalbarrière"],
                "quote": None,
            },
        ],
    },
    # professional, 41-55, Seghwaert: leerkracht groep 7
    {
        "group": "professional",
        "age_band": "41-55",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-05-07",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik werk al vijftien jaar als leerkracht in Seghwaert, ik woon zelf in Noordhove. "
                "Wat ik mooi vind aan de wijk is de mix: kinderen uit heel veel verschillende "
                "gezinnen zitten bij elkaar in de klas. Ouders helpen elkaar, brengen elkaars "
                "kinderen naar huis. Er is veel betrokkenheid, ook al zie je dat niet altijd op "
                "ouderavonden."
            ),
            "wijk_zorgen": (
                "Ik zie steeds meer kinderen die met zorgen naar school komen. Geldzorgen thuis, "
                "ouders die gescheiden zijn, een broer die in de problemen zit. Kinderen van tien "
                "die al een telefoon hebben en 's nachts doorgaan met appen. Die kinderen zitten "
                "'s ochtends moe in de klas en kunnen niet leren."
            ),
            "wijk_veilig": (
                "Rondom school is het veilig. Wel zie ik dat kinderen in groep 7 en 8 vertellen "
                "over oudere jongens die ze iets aanbieden of vragen om iets weg te brengen. Dat "
                "bespreken we dan met de wijkagent."
            ),
            "act_kennen": (
                "Als school weten we veel: het jongerenwerk, de sportcoach, de opvoedcursussen van "
                "het CJG, het buurthuis. Maar ik merk dat ouders het vaak niet kennen, ook al "
                "staat het in onze nieuwsbrief. Een nieuwsbrief lezen ze niet, of alleen het "
                "stukje over de schoolreis."
            ),
            "act_waarom": (
                "Ouders komen wel als het op school is en als ik ze persoonlijk uitnodig. Een "
                "koffieochtend in de klas trekt twintig ouders, een cursus in het buurthuis drie. "
                "Het verschil is dat ze mij kennen. En ze hoeven niet uit te leggen waarom ze er "
                "zijn."
            ),
            "act_info": (
                "Bij ons gaat het meeste via de ouderapp en via mij persoonlijk bij het hek. Dat "
                "laatste werkt het beste. Als ik zeg 'die cursus is echt iets voor u', dan gaan "
                "ouders. Een flyer in de tas wordt niet gelezen."
            ),
            "school_praten": (
                "Ouders komen bij mij met van alles. Niet alleen over school, ook over slapen, "
                "over de scheiding, over geld. Ik ben geen hulpverlener, maar ik ben wel degene "
                "die ze vertrouwen. Soms voel ik me daar onzeker over, want ik weet niet altijd "
                "waar ik ze naartoe moet sturen."
            ),
            "school_contact": (
                "Met de meeste ouders goed. Met een paar gezinnen is het lastig, omdat ze niet "
                "reageren op berichten of niet komen. Dat zijn vaak juist de gezinnen waar het "
                "niet goed gaat. Ik ga dan op huisbezoek, maar daar heb ik eigenlijk geen tijd "
                "voor."
            ),
            "school_passend": (
                "In mijn klas zitten dertig kinderen, waarvan zeker acht met een eigen plan. "
                "Autisme, ADHD, dyslexie, een kind dat nog maar een jaar in Nederland is. Ik doe "
                "mijn best, maar ik kan niet iedereen geven wat hij nodig heeft. Een "
                "onderwijsassistent voor een paar uur per week zou al zoveel helpen."
            ),
            "hulp_ervaring": (
                "Als leerkracht zie ik de problemen vaak als eerste. Dan bespreek ik het met de "
                "intern begeleider en soms met de schoolmaatschappelijk werker. Die is er maar een "
                "halve dag per week. Tegen de tijd dat er hulp is, zijn we maanden verder. Ik heb "
                "kinderen gehad die het hele jaar op de wachtlijst stonden."
            ),
            "hulp_drempel": (
                "Ouders zijn bang voor het woord 'jeugdzorg'. Ik gebruik dat woord daarom nooit. "
                "Ik zeg: 'zullen we eens met iemand meedenken?' Als de hulp op school is, in een "
                "lokaal waar ze hun kind ook ophalen, is de drempel veel lager dan een afspraak "
                "bij een kantoor."
            ),
            "hulp_samenwerking": (
                "Het hangt af van de personen. Met de huidige schoolmaatschappelijk werker is het "
                "fantastisch, zij staat op het plein en kent de ouders. Maar van het wijkteam komt "
                "steeds iemand anders, en van jeugdhulp hoor ik vaak niks terug. Ik weet dan niet "
                "of een kind hulp krijgt, terwijl ik het elke dag zie. Vorig jaar had ik een "
                "meisje in de klas dat steeds stiller werd. Ik wist dat er thuis iets speelde, en "
                "de intern begeleider heeft een melding gedaan bij het wijkteam. Daarna hoorde ik "
                "maanden niks. Ik belde, maar ik mocht niks weten vanwege privacy. Ondertussen zat "
                "dat meisje elke dag bij mij in de klas en wist ik niet of ik iets moest doen, of "
                "juist niet. Pas toen de moeder het zelf vertelde bij het hek, wist ik dat er een "
                "gezinscoach was. Die coach en ik hebben daarna één keer samen met de moeder "
                "gezeten, en vanaf dat moment ging het veel beter, ook in de klas. Eén gesprek! "
                "Dat had in de eerste week gekund. Ik snap dat privacy belangrijk is, echt. Maar "
                "als leerkracht wil je gewoon weten of er iemand meekijkt, zodat je niet alleen "
                "staat. Op de pilotscholen waar jeugdhulp gewoon in het team zit, lopen ze hier "
                "niet tegenaan, heb ik gehoord."
            ),
            "samen_ouders": (
                "Ik zie dat ouders op het plein veel met elkaar praten. Wij hebben een paar jaar "
                "een ouderkamer gehad waar ouders samen koffie dronken. Daar ontstonden hele mooie "
                "gesprekken over opvoeden, ouders gaven elkaar tips. Jammer dat het is gestopt "
                "door geldgebrek."
            ),
            "samen_taal": (
                "Ja, zeker. Bij een derde van mijn ouders is Nederlands niet de eerste taal. We "
                "gebruiken soms een tolk via de telefoon, maar dat is onpersoonlijk. Vaak vertaalt "
                "een ouder kind, en dat is eigenlijk niet goed, zeker niet bij moeilijke "
                "gesprekken."
            ),
            "wens_verandering": (
                "Jeugdhulp in de school, met vaste mensen, zoals bij sommige pilotscholen. Een "
                "schoolmaatschappelijk werker die er minstens drie dagen is. Een ouderkamer met "
                "iemand die koffie zet en de weg weet. En tolken die je makkelijk kunt inzetten."
            ),
            "wens_zelf": (
                "Ik wil graag meedenken over een ouderkamer. Ik ben ook bereid om een keer per "
                "maand 's avonds aanwezig te zijn bij een ouderbijeenkomst. Als anderen ook "
                "meedoen, kan het echt iets worden."
            ),
            "wens_anders": (
                "Leerkrachten zijn geen hulpverleners, maar we zijn wel vaak de eersten die het "
                "zien. Geef ons de mensen om naar door te verwijzen, dichtbij, in de school. Dan "
                "hoeven we geen hulpverlener te spelen en krijgen kinderen sneller wat ze nodig "
                "hebben."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "Een koffieochtend in de klas trekt twintig ouders, een cursus in het "
                    "buurthuis drie. Het verschil is dat ze mij kennen."
                ),
                "themes": ["Opvoedvragen via school", "Vertrouwde gezichten"],
                "quote": (
                    "Een koffieochtend in de klas trekt twintig ouders, een cursus in het "
                    "buurthuis drie. Het verschil is dat ze mij kennen."
                ),
            },
            {
                "question": "school_praten",
                "fragment": "Ik ben geen hulpverlener, maar ik ben wel degene die ze vertrouwen.",
                "themes": ["Mentor of leerkracht als vertrouwenspersoon"],
                "quote": "Ik ben geen hulpverlener, maar ik ben wel degene die ze vertrouwen.",
            },
            {
                "question": "school_passend",
                "fragment": (
                    "In mijn klas zitten dertig kinderen, "
                    "waarvan zeker acht met een eigen plan."
                ),
                "themes": ["Maatwerk in de klas"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Die is er maar een halve dag per week. Tegen de tijd dat er hulp is, zijn we "
                    "maanden verder."
                ),
                "themes": ["Schoolmaatschappelijk werk", "Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Als de hulp op school is, in een lokaal waar ze hun kind ook ophalen, is de "
                    "drempel veel lager dan een afspraak bij een kantoor."
                ),
                "themes": ["School als ingang"],
                "quote": (
                    "Als de hulp op school is, in een lokaal waar ze hun kind ook ophalen, is de "
                    "drempel veel lager dan een afspraak bij een kantoor."
                ),
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "Maar van het wijkteam komt steeds iemand anders, en van jeugdhulp hoor ik "
                    "vaak niks terug."
                ),
                "themes": ["Samenwerking school en jeugdhulp", "Vaste contactpersoon"],
                "quote": None,
            },
            {
                "question": "act_info",
                "fragment": "Een flyer in de tas wordt niet gelezen.",
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": (
                    "Vaak vertaalt een ouder kind, en dat is eigenlijk niet goed, zeker niet bij "
                    "moeilijke gesprekken."
                ),
                "themes": ["Taalbarrière"],
                "quote": None,
            },
        ],
    },
    # ouder, 41-55, Palenstein: moeder, jongste dochter (12) gaat naar de middelbare school;
    # concept: tijd op
    {
        "group": "ouder",
        "age_band": "41-55",
        "wijk": "Palenstein",
        "language": "ar",
        "key_figure": 1,
        "date": "2026-05-12",
        "status": "concept",
        "answers": {
            "wijk_fijn": (
                "Ik vind het fijn dat alles dichtbij is: de markt, de moskee, de school. Mijn "
                "kinderen zijn hier opgegroeid. Mijn oudste zoon is nu twintig en studeert, daar "
                "ben ik trots op."
            ),
            "wijk_zorgen": (
                "Mijn jongste dochter is twaalf en ze gaat na de zomer naar de middelbare school. "
                "Ik ben bang dat ze daar verdwaalt, het is zo groot. Op de basisschool kende ik "
                "iedereen, de juf, de directeur. Op de middelbare school ken je niemand, en de "
                "kinderen willen niet meer dat je meekomt."
            ),
            "wijk_veilig": (
                "Overdag is het goed. 's Avonds niet altijd, bij de tunnel onder het spoor is het "
                "donker en er staan vaak jongens. Mijn dochter moet daar straks elke dag langs met "
                "de fiets naar haar nieuwe school."
            ),
            "act_kennen": (
                "Er is een huiswerkklas in de bibliotheek, daar ging mijn zoon vroeger heen. Er is "
                "een meidenclub in het buurthuis, dat heeft de juf verteld. En er was een "
                "voorlichting op school over de overstap naar de middelbare school."
            ),
            "act_waarom": (
                "Naar de voorlichting ben ik gegaan, met mijn zoon als tolk. Het was heel veel "
                "informatie in één keer, over schooltypes en advies en inschrijven. Ik begreep "
                "maar de helft. Naar de meidenclub wil mijn dochter niet, ze zegt dat het voor "
                "kleine kinderen is."
            ),
            "act_info": (
                "Van de juf en van andere moeders. Mijn zoon zoekt dingen op internet voor mij. "
                "Zonder hem zou ik veel niet weten. Maar hij woont straks niet meer thuis, en dan?"
            ),
            "school_praten": (
                "Met de juf van groep 8, zij is heel goed. Zij heeft mij uitgelegd welke school "
                "bij mijn dochter past. En met mijn zus. Op de nieuwe school weet ik nog niet met "
                "wie ik moet praten."
            ),
            "school_contact": (
                "Op de basisschool heel goed. Ik kom er al vijftien jaar, al mijn kinderen zaten "
                "daar. De juf belt mij als er iets is, en ik kan altijd binnenlopen. Ik ben bang "
                "dat dat straks weg is."
            ),
            "school_passend": (
                "Ja, ze doet het goed. Ze heeft havo-advies gekregen. Maar de juf zei dat ze soms "
                "stil is en weinig zegt in de klas, en dat de middelbare school daar op moet "
                "letten. Ik hoop dat ze dat doorgeven."
            ),
        },
        "codings": [],
    },
    # professional, 26-40, Noordhove: jeugdverpleegkundige (JGZ)
    {
        "group": "professional",
        "age_band": "26-40",
        "wijk": "Noordhove",
        "language": "nl",
        "key_figure": 3,
        "date": "2026-05-13",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik werk als jeugdverpleegkundige voor de JGZ, op het consultatiebureau en op een "
                "paar basisscholen in Seghwaert en Noordhove. Wat ik fijn vind aan deze wijken: er "
                "zijn veel jonge gezinnen en er is veel groen. Ouders zijn over het algemeen "
                "betrokken en willen het goed doen."
            ),
            "wijk_zorgen": (
                "Ik zie veel ouders die er alleen voor staan, zonder familie in de buurt. "
                "Nieuwkomers, maar ook Nederlandse gezinnen die hier zijn komen wonen voor de "
                "betaalbare huizen. Als er dan iets is, hebben ze niemand om even mee te praten. "
                "Kleine zorgen worden dan grote zorgen."
            ),
            "wijk_veilig": (
                "Daar heb ik minder zicht op. Ouders noemen vooral het verkeer rond scholen en "
                "soms de jongeren bij het winkelcentrum. Op het consultatiebureau hoor ik daar "
                "weinig over. Ik denk dat de sportcoach of het jongerenwerk daar meer over kan "
                "zeggen."
            ),
            "act_kennen": (
                "Ik ken het hele aanbod, dat is mijn werk: opvoedcursussen, de inloop in het "
                "buurthuis, de moedergroepen, de babymassage. Het probleem is dat ouders het vaak "
                "niet kennen. Na de laatste afspraak op het consultatiebureau, rond vier jaar, "
                "verliezen we veel ouders uit het oog. Dan denken ze dat het CJG alleen voor "
                "baby's is."
            ),
            "act_waarom": (
                "Ouders komen als iemand die ze vertrouwen het aanraadt, en als het dichtbij en "
                "gratis is. Ik zie het verschil enorm: als ik een moeder persoonlijk meeneem naar "
                "de moedergroep, komt ze terug. Als ik alleen een folder geef, zie ik haar daar "
                "nooit."
            ),
            "act_info": (
                "Via ons, via de scholen en via het buurthuis. Wat niet werkt zijn websites en "
                "folders, zeker niet voor ouders die minder goed lezen. Mond-tot-mond werkt het "
                "beste. Ik probeer daarom sleutelpersonen in de wijk te kennen, zoals de vrouw van "
                "de inloop."
            ),
            "school_praten": (
                "Ouders praten met mij op het consultatiebureau, maar als het kind eenmaal op "
                "school zit, praten ze met de juf. Daarom zit ik sinds vorig jaar één ochtend per "
                "maand op twee scholen, met een inloopspreekuur. Dat loopt goed: ouders lopen "
                "gewoon binnen na het brengen."
            ),
            "school_contact": (
                "Met de scholen waar ik spreekuur heb, is het contact heel goed. De intern "
                "begeleider weet me te vinden en ik hoef niet eerst een formulier in te vullen. "
                "Met andere scholen is het lastiger, daar ben ik een naam op papier."
            ),
            "school_passend": (
                "Dat is niet mijn vakgebied, maar ik zie wel kinderen met NAH of autisme die op "
                "een gewone school vastlopen. Ik geef dan uitleg aan de leerkracht. Ik merk dat "
                "daar veel behoefte aan is, leerkrachten weten er weinig van."
            ),
            "hulp_ervaring": (
                "In mijn werk verwijs ik vaak door, naar logopedie, fysiotherapie, het wijkteam. "
                "De wachtlijsten zijn lang, vooral voor logopedie en voor de GGZ. Ik probeer "
                "ouders in de tussentijd zelf tips te geven, maar dat is eigenlijk niet genoeg."
            ),
            "hulp_drempel": (
                "De grootste drempel is angst: angst dat je als slechte ouder wordt gezien, angst "
                "voor jeugdzorg. Vooral bij nieuwkomers leeft het verhaal dat kinderen worden "
                "weggehaald. Wat helpt: een bekend gezicht, een gewone plek zoals school, en de "
                "tijd nemen. Vertrouwen bouw je niet in één gesprek op. Ik had vorig jaar een "
                "moeder die drie keer haar afspraak had afgezegd. Toen ik haar op school bij het "
                "spreekuur tegenkwam, bleef ze staan en begon ze te praten. Ze vertelde dat ze "
                "bang was dat ik haar kind zou laten weghalen, omdat haar zoon zo veel driftbuien "
                "had. Op school, tussen de andere ouders, durfde ze het wel. We hebben daarna een "
                "paar gesprekken gehad en het gaat nu goed. Dat leert mij dat de plek en het "
                "gezicht belangrijker zijn dan het aanbod zelf."
            ),
            "hulp_samenwerking": (
                "Met de schoolmaatschappelijk werker werk ik goed samen, we bellen elkaar gewoon. "
                "Met het wijkteam is het lastiger, omdat er veel wisselingen zijn. En de gegevens "
                "mogen we niet zomaar delen, dus ouders moeten hun verhaal vaak opnieuw doen."
            ),
            "samen_ouders": (
                "Ik merk dat ouders enorm veel hebben aan elkaar. In de moedergroep geven moeders "
                "elkaar betere tips dan ik soms kan geven. En het geeft steun, je bent niet de "
                "enige. Ouders van kinderen met een beperking vragen daar heel vaak naar."
            ),
            "samen_taal": (
                "Zeker. We gebruiken een tolkentelefoon, maar dat is bij een gevoelig gesprek "
                "onhandig. Ik zie ook dat ideeën over opvoeden en hulp per cultuur verschillen. "
                "Iemand uit de eigen gemeenschap, een sleutelfiguur, kan daar veel in betekenen."
            ),
            "wens_verandering": (
                "Structureel spreekuur van de JGZ op alle basisscholen. Meer inzet van "
                "sleutelfiguren uit de gemeenschappen. En minder wisselingen in het wijkteam, "
                "zodat ik weet wie ik moet bellen. Dat scheelt ouders en mij heel veel tijd."
            ),
            "wens_zelf": (
                "Ik wil graag de spreekuren op school uitbreiden en samen met sleutelfiguren een "
                "paar bijeenkomsten organiseren, in verschillende talen. Ik heb daar zelf ook veel "
                "zin in, het maakt mijn werk leuker."
            ),
            "wens_anders": (
                "Ik hoop dat de gemeente ziet dat preventie in de wijk begint bij mensen, niet bij "
                "folders. Een folder heeft nog nooit een moeder over de drempel geholpen, een "
                "vertrouwd gezicht wel."
            ),
        },
        "codings": [
            {
                "question": "act_kennen",
                "fragment": "Dan denken ze dat het CJG alleen voor baby's is.",
                "themes": ["Onbekendheid van CJG en wijkteam"],
                "quote": "Dan denken ze dat het CJG alleen voor baby's is.",
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "als ik een moeder persoonlijk meeneem naar de moedergroep, komt ze terug. Als "
                    "ik alleen een folder geef, zie ik haar daar nooit."
                ),
                "themes": ["Vertrouwde gezichten", "Bekendheid van het aanbod"],
                "quote": (
                    "als ik een moeder persoonlijk meeneem naar de moedergroep, komt ze terug. Als "
                    "ik alleen een folder geef, zie ik haar daar nooit."
                ),
            },
            {
                "question": "school_praten",
                "fragment": (
                    "Daarom zit ik sinds vorig jaar één ochtend per maand op twee scholen, met een "
                    "inloopspreekuur."
                ),
                "themes": ["Opvoedvragen via school"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": (
                    "Vooral bij nieuwkomers leeft het verhaal "
                    "dat kinderen worden weggehaald."
                ),
                "themes": ["Schaamte en oordeel"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": "De wachtlijsten zijn lang, vooral voor logopedie en voor de GGZ.",
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "En de gegevens mogen we niet zomaar delen, dus ouders moeten hun verhaal vaak "
                    "opnieuw doen."
                ),
                "themes": ["Steeds opnieuw je verhaal vertellen"],
                "quote": None,
            },
            {
                "question": "school_passend",
                "fragment": (
                    "ik zie wel kinderen met NAH of autisme die op een gewone school vastlopen. Ik "
                    "geef dan uitleg aan de leerkracht. Ik merk dat daar veel behoefte aan is, "
                    "leerkrachten weten er weinig van."
                ),
                "themes": ["Niet-aangeboren hersenletsel", "Autisme"],
                "quote": (
                    "ik zie wel kinderen met NAH of autisme die op een gewone school vastlopen. Ik "
                    "geef dan uitleg aan de leerkracht. Ik merk dat daar veel behoefte aan is, "
                    "leerkrachten weten er weinig van."
                ),
            },
            {
                "question": "samen_taal",
                "fragment": (
                    "Iemand uit de eigen gemeenschap, een sleutelfiguur, kan daar veel in "
                    "betekenen."
                ),
                "themes": ["Taal en cultuur"],
                "quote": None,
            },
        ],
    },
    # professional, 26-40, Meerzicht: buurtsportcoach
    {
        "group": "professional",
        "age_band": "26-40",
        "wijk": "Meerzicht",
        "language": "nl",
        "key_figure": 0,
        "date": "2026-05-18",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik ben buurtsportcoach in Meerzicht en Palenstein, al zes jaar. Wat ik mooi vind, "
                "is dat kinderen hier buiten spelen. Als ik met een tas ballen op het veldje sta, "
                "heb ik binnen tien minuten dertig kinderen om me heen. Die energie is fantastisch."
            ),
            "wijk_zorgen": (
                "Dat kinderen na hun twaalfde uit beeld raken. Tot groep 8 doen ze mee met alles, "
                "daarna vinden ze het kinderachtig of moeten ze betalen voor een club. En dan "
                "hangen ze op straat. Ik zie sommige jongens van dertien al met oudere jongens "
                "meelopen waar je niet blij van wordt."
            ),
            "wijk_veilig": (
                "Overdag is het prima. 's Avonds zijn er plekken waar ouders hun kinderen liever "
                "niet laten komen, zoals het tunneltje bij het station. Ik merk ook dat jongeren "
                "zich onveilig voelen door de politie, ze worden vaak gecontroleerd. Dat maakt het "
                "vertrouwen er niet beter op."
            ),
            "act_kennen": (
                "Natuurlijk ken ik alles, ik organiseer het deels zelf: voetbal op het veldje, "
                "sport op school, de vakantieactiviteiten. Er is het Jeugdfonds Sport en er zijn "
                "kortingen via de gemeente. Maar veel ouders weten niet dat ze daar recht op "
                "hebben."
            ),
            "act_waarom": (
                "Kinderen komen naar het veldje omdat het gratis is, dichtbij en omdat ze mij "
                "kennen. De stap naar een vereniging is groot: contributie, kleding, ouders die "
                "moeten rijden naar uitwedstrijden. Dat lukt niet in elk gezin. Ik help dan met "
                "het Jeugdfonds, maar het aanvragen loopt via een intermediair en dat duurt weken."
            ),
            "act_info": (
                "Via school, via de gymleraar en via mij op het veldje. Ik heb een groepsapp met "
                "ouders, daar zitten er meer dan honderd in. Mond-tot-mond, dat is hoe het hier "
                "werkt."
            ),
            "school_praten": (
                "Kinderen vertellen mij dingen die ze thuis of op school niet vertellen. Ruzie "
                "thuis, dat ze geen eten hebben, dat ze gepest worden. Ik ben geen hulpverlener, "
                "dus ik schakel dan de schoolmaatschappelijk werker of het wijkteam in. Gelukkig "
                "weet ik wie ik moet bellen. Een jongen van elf vertelde me een keer na de "
                "training dat hij al twee dagen niet had gegeten omdat zijn moeder ziek in bed "
                "lag. Hij zei het terloops, terwijl hij de ballen in de tas deed. Tegen de juf had "
                "hij niks gezegd, omdat hij bang was dat het dan 'een ding' werd. Ik heb toen met "
                "zijn toestemming de schoolmaatschappelijk werker gebeld, en die is dezelfde dag "
                "nog langs geweest. Dat soort dingen gebeuren hier vaker dan mensen denken."
            ),
            "school_contact": (
                "Ik werk nauw samen met de scholen, ik geef ook gymlessen op twee basisscholen. "
                "Daardoor ken ik de leerkrachten en de kinderen. Als een kind op het veldje "
                "opvalt, kan ik het met de leerkracht bespreken. Dat is de kracht van het werken "
                "in één wijk."
            ),
            "school_passend": (
                "Ik zie kinderen die in de klas niet stil kunnen zitten, maar op het veld "
                "opbloeien. Voor hen zou meer bewegen op school veel uitmaken. Een paar scholen "
                "doen nu bewegend leren, dat werkt goed."
            ),
            "hulp_ervaring": (
                "Ik verwijs regelmatig door naar het wijkteam. Soms gaat dat snel, soms duurt het "
                "maanden. In de tussentijd houd ik het kind in de gaten op het veldje. Eigenlijk "
                "ben ik dan de enige hulp die er is."
            ),
            "hulp_drempel": (
                "Voor veel ouders is 'hulp' een eng woord. Sport is dat niet. Ik gebruik sport als "
                "ingang: ik leer de ouders kennen langs de lijn, en als er iets is, komen ze naar "
                "mij. Vertrouwen komt door er steeds te zijn, week in week uit."
            ),
            "hulp_samenwerking": (
                "Met de school en de schoolmaatschappelijk werker gaat het goed, we hebben korte "
                "lijnen. Met het wijkteam wisselt het. Soms krijg ik nooit te horen wat er met een "
                "melding gebeurd is. Dat is frustrerend, want ik zie het kind elke week."
            ),
            "samen_ouders": (
                "Langs de lijn praten ouders veel met elkaar. Ik probeer daar iets mee te doen: "
                "een keer per jaar een ouder-kindtoernooi, met daarna soep en een praatje. Daar "
                "komen ouders die je nooit op een ouderavond ziet."
            ),
            "samen_taal": (
                "Ja. Ik spreek zelf Turks, en dat helpt enorm bij Turkse vaders. Bij Arabisch- of "
                "Poolstalige ouders merk ik dat ik ze minder goed bereik. Daar zou ik graag iemand "
                "naast me hebben."
            ),
            "wens_verandering": (
                "Maak sport voor alle kinderen gratis tot hun achttiende, zonder aanvraag. Zorg "
                "voor een avondplek voor tieners. En vaste mensen bij het wijkteam, met wie ik "
                "gewoon kan bellen. Dan kan ik kinderen sneller doorsturen."
            ),
            "wens_zelf": (
                "Ik wil graag een vadervoetbalavond starten, met daarna een gesprek over opvoeden. "
                "Ik heb al een paar vaders die willen helpen. Een bal brengt vaders bij elkaar, "
                "daarna komt het praten vanzelf."
            ),
            "wens_anders": (
                "Preventie is niet duur. Een bal en een vast gezicht op het veldje, daar begint "
                "het mee. Zorg dat die vaste gezichten er over vijf jaar nog zijn, dan zie je echt "
                "verschil."
            ),
        },
        "codings": [
            {
                "question": "act_waarom",
                "fragment": (
                    "De stap naar een vereniging is groot: contributie, kleding, ouders die moeten "
                    "rijden naar uitwedstrijden."
                ),
                "themes": ["Kosten van activiteiten"],
                "quote": (
                    "De stap naar een vereniging is groot: contributie, kleding, ouders die moeten "
                    "rijden naar uitwedstrijden."
                ),
            },
            {
                "question": "act_waarom",
                "fragment": (
                    "Ik help dan met het Jeugdfonds, maar het aanvragen loopt via een intermediair "
                    "en dat duurt weken."
                ),
                "themes": ["Verwijzing en papierwerk"],
                "quote": None,
            },
            {
                "question": "act_kennen",
                "fragment": "Maar veel ouders weten niet dat ze daar recht op hebben.",
                "themes": ["Bekendheid van het aanbod"],
                "quote": None,
            },
            {
                "question": "wijk_zorgen",
                "fragment": (
                    "Tot groep 8 doen ze mee met alles, daarna vinden ze het kinderachtig of "
                    "moeten ze betalen voor een club. En dan hangen ze op straat."
                ),
                "themes": ["Een eigen plek voor jongeren"],
                "quote": (
                    "Tot groep 8 doen ze mee met alles, daarna vinden ze het kinderachtig of "
                    "moeten ze betalen voor een club. En dan hangen ze op straat."
                ),
            },
            {
                "question": "hulp_drempel",
                "fragment": "Voor veel ouders is 'hulp' een eng woord. Sport is dat niet.",
                "themes": ["Drempel om hulp te vragen", "Vrije tijd en sport"],
                "quote": "Voor veel ouders is 'hulp' een eng woord. Sport is dat niet.",
            },
            {
                "question": "hulp_drempel",
                "fragment": "Vertrouwen komt door er steeds te zijn, week in week uit.",
                "themes": ["Vertrouwde gezichten"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": "Soms krijg ik nooit te horen wat er met een melding gebeurd is.",
                "themes": ["Samenwerking school en jeugdhulp"],
                "quote": None,
            },
            {
                "question": "samen_taal",
                "fragment": "Ik spreek zelf Turks, en dat helpt enorm bij Turkse vaders.",
                "themes": ["Taal en cultuur"],
                "quote": None,
            },
        ],
    },
    # jongere, 16-17, Seghwaert: meisje (17) met bijbaan; concept: moest naar haar werk
    {
        "group": "jongere",
        "age_band": "16-17",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 1,
        "date": "2026-05-19",
        "status": "concept",
        "answers": {
            "wijk_fijn": (
                "Ik vind het fijn dat ik hier mijn werk heb, bij de drogist in het winkelcentrum. "
                "En dat mijn sportschool om de hoek is. Verder vind ik het een beetje saai, "
                "eerlijk gezegd, er gebeurt niet zo veel."
            ),
            "wijk_zorgen": (
                "Mijn kleine broertje van tien hangt al met oudere jongens rond. Mijn ouders "
                "werken allebei en zien het niet. Ik zeg er soms wat van, maar hij luistert niet "
                "naar mij."
            ),
            "wijk_veilig": (
                "Ik vind het oké. Als ik 's avonds van mijn werk kom, loop ik wel met mijn "
                "telefoon in mijn hand, voor de zekerheid. Bij de tunnel is het erg donker."
            ),
            "act_kennen": (
                "De sportschool, het jongerenwerk, een meidengroep. Ik heb ook eens gehoord van "
                "een training over solliciteren voor jongeren, maar ik weet niet waar dat was. Dat "
                "zou ik wel willen doen."
            ),
            "act_waarom": (
                "Ik ga naar de sportschool, dat betaal ik zelf van mijn bijbaan. Naar het "
                "jongerenwerk ga ik niet meer, daar zijn vooral jongens. Ik heb ook geen tijd, ik "
                "werk drie avonden."
            ),
            "act_info": (
                "Instagram en van vriendinnen. En op mijn werk hoor je ook veel, mensen praten met "
                "je bij de kassa. Als er iets voor jongeren is, moet het op Instagram staan, "
                "anders weet niemand het. Of op TikTok."
            ),
            "school_praten": (
                "Met mijn vriendinnen en met mijn tante. Op school met mijn coach, zij is oké. Met "
                "mijn ouders niet zo, ze hebben het druk. Mijn tante is maar tien jaar ouder, met "
                "haar kan ik alles bespreken."
            ),
            "school_contact": (
                "Mijn ouders gaan niet zo vaak naar school. Mijn coach belt soms met mijn moeder, "
                "maar meestal regel ik het zelf. Ik ben bijna achttien. Dat vind ik eigenlijk ook "
                "wel prima zo."
            ),
        },
        "codings": [],
    },
    # jongere, 18-25, Seghwaert: jonge man (22), hoogbegaafd, zat thuis op het vwo
    {
        "group": "jongere",
        "age_band": "18-25",
        "wijk": "Seghwaert",
        "language": "nl",
        "key_figure": 2,
        "date": "2026-05-20",
        "status": "afgerond",
        "answers": {
            "wijk_fijn": (
                "Ik ben in Seghwaert opgegroeid en woon hier nog steeds bij mijn ouders, ik "
                "studeer in Delft. Het fijne is dat het rustig is, ik kan hier goed studeren. En "
                "het park, ik ga elke ochtend hardlopen rond het water."
            ),
            "wijk_zorgen": (
                "Ik maak me niet zozeer zorgen over de wijk. Ik denk vooral terug aan mijn eigen "
                "tijd. Ik ben hoogbegaafd en ik ben op mijn vijftiende vastgelopen op het vwo. Ik "
                "zie nu mijn neefje van tien dezelfde kant op gaan en dat vind ik lastig om te "
                "zien."
            ),
            "wijk_veilig": (
                "Veilig, ik heb nooit problemen gehad. Ik ben wel een keer uitgescholden toen ik "
                "met een schaakboek in de bus zat, haha, maar dat was op school erger. Je bent "
                "toch de rare jongen."
            ),
            "act_kennen": (
                "Als kind kende ik bijna niks. Ik zat op de schaakclub in Zoetermeer, niet in de "
                "wijk. Er was niks voor kinderen zoals ik in het buurthuis. Nu weet ik dat er een "
                "bibliotheek met een makerspace is, dat had ik als kind geweldig gevonden."
            ),
            "act_waarom": (
                "Ik ging alleen naar dingen waar ik iets kon leren of over kon nadenken. Voetbal "
                "en knutselen, dat was niks voor mij, en dan word je ook nog gepest omdat je raar "
                "bent. Ik zat veel thuis achter de computer."
            ),
            "act_info": (
                "Mijn ouders zochten alles op, en later ik zelf op internet. De school had nooit "
                "informatie over wat er was voor slimme kinderen buiten school. Ik denk dat er ook "
                "nu nog weinig is."
            ),
            "school_praten": (
                "Op de basisschool met niemand, ik dacht dat het aan mij lag. Op het vwo "
                "uiteindelijk met de decaan, die was de eerste die zei: jij verveelt je niet omdat "
                "je lui bent, maar omdat je niet uitgedaagd wordt."
            ),
            "school_contact": (
                "Mijn ouders hadden veel contact met school, maar het ging vooral over mijn gedrag "
                "en mijn cijfers. Ik haalde onvoldoendes omdat ik niks meer deed. De school zag "
                "een lui kind, mijn ouders zagen een ongelukkig kind."
            ),
            "school_passend": (
                "Nee. Ik heb in de vierde klas vier maanden thuisgezeten. Ik kon mezelf er gewoon "
                "niet meer toe zetten. Ik had hoofdpijn, buikpijn, ik sliep slecht. Er werd "
                "gesproken over een andere school, maar er was in de regio geen plek voor "
                "hoogbegaafde leerlingen in een aangepaste klas. Uiteindelijk heb ik mijn diploma "
                "via het staatsexamen gehaald, met een tutor. Die vier maanden thuis waren rare "
                "maanden. Ik deed overdag niks en 's nachts las ik alles over sterrenkunde en "
                "programmeren. Eigenlijk leerde ik meer dan op school, maar het telde nergens "
                "voor. Mijn ouders waren ten einde raad. Mijn moeder heeft ontslag genomen om "
                "thuis te zijn, want ik zat er echt doorheen. Wat mij uiteindelijk heeft geholpen, "
                "was de tutor die mijn ouders vonden: een gepensioneerde leraar die me behandelde "
                "als iemand die kon nadenken. Als school had meebewogen, met een eigen leerroute "
                "of zo, was dat allemaal niet nodig geweest."
            ),
            "hulp_ervaring": (
                "Ik ben bij een psycholoog geweest, na een wachtlijst van vijf maanden. Die had "
                "weinig verstand van hoogbegaafdheid en dacht dat ik depressief was. Misschien was "
                "ik dat ook wel, maar het kwam door de verveling en het gevoel dat ik nergens bij "
                "hoorde. Pas bij een tweede psycholoog, die gespecialiseerd was, viel het kwartje."
            ),
            "hulp_drempel": (
                "Als hoogbegaafd kind denk je dat je alles zelf moet kunnen oplossen. Je bent toch "
                "slim? Hulp vragen voelt als falen. En mensen om je heen denken dat je het "
                "makkelijk hebt."
            ),
            "hulp_samenwerking": (
                "De school, de psycholoog en de leerplichtambtenaar hadden elk hun eigen verhaal. "
                "De leerplichtambtenaar dreigde met een boete voor mijn ouders, terwijl de "
                "psycholoog zei dat ik rust nodig had. Niemand zat samen aan tafel."
            ),
            "samen_ouders": (
                "Ik heb pas op de universiteit mensen ontmoet die hetzelfde hadden meegemaakt. Dat "
                "was een enorme opluchting. Ik wou dat er als tiener een groep was geweest, al was "
                "het online."
            ),
            "samen_taal": (
                "Niet echt. Al was de manier waarop mijn familie over slim zijn praatte wel een "
                "dingetje: mijn opa zei altijd 'slim zijn is een cadeau, waar klaag je over'. Hij "
                "bedoelde het goed, maar het voelde alsof ik niet mocht klagen."
            ),
            "wens_verandering": (
                "Leer leerkrachten hoogbegaafdheid herkennen, ook bij kinderen die slechte cijfers "
                "halen. Zorg voor plusklassen die niet worden wegbezuinigd. En als een kind "
                "thuiszit, stuur dan niet eerst een boete, maar iemand die luistert."
            ),
            "wens_zelf": (
                "Ik wil best mentor zijn voor een hoogbegaafde tiener in de wijk. Iemand die zegt: "
                "het komt goed, ik heb het ook meegemaakt. Zoiets had ik zelf heel graag gehad."
            ),
            "wens_anders": (
                "Nee, dit was het. Goed dat jullie ook jongvolwassenen vragen, wij kunnen "
                "terugkijken. Wij weten nog hoe het was, en we zien nu ook wat er anders had "
                "gemoeten. Gebruik dat."
            ),
        },
        "codings": [
            {
                "question": "school_praten",
                "fragment": (
                    "jij verveelt je niet omdat je lui bent, "
                    "maar omdat je niet uitgedaagd wordt"
                ),
                "themes": ["Hoogbegaafdheid"],
                "quote": (
                    "jij verveelt je niet omdat je lui bent, "
                    "maar omdat je niet uitgedaagd wordt"
                ),
            },
            {
                "question": "school_passend",
                "fragment": "Ik heb in de vierde klas vier maanden thuisgezeten.",
                "themes": ["Thuiszitten"],
                "quote": None,
            },
            {
                "question": "school_passend",
                "fragment": (
                    "er was in de regio geen plek voor hoogbegaafde leerlingen in een aangepaste "
                    "klas"
                ),
                "themes": ["Te weinig passende schoolplekken"],
                "quote": (
                    "er was in de regio geen plek voor hoogbegaafde leerlingen in een aangepaste "
                    "klas"
                ),
            },
            {
                "question": "hulp_ervaring",
                "fragment": (
                    "Die had weinig verstand van hoogbegaafdheid "
                    "en dacht dat ik depressief was."
                ),
                "themes": ["Hoogbegaafdheid"],
                "quote": None,
            },
            {
                "question": "hulp_samenwerking",
                "fragment": (
                    "De leerplichtambtenaar dreigde met een boete voor mijn ouders, terwijl de "
                    "psycholoog zei dat ik rust nodig had. Niemand zat samen aan tafel."
                ),
                "themes": ["Samenwerking school en jeugdhulp"],
                "quote": None,
            },
            {
                "question": "hulp_drempel",
                "fragment": "Hulp vragen voelt als falen.",
                "themes": ["Drempel om hulp te vragen"],
                "quote": None,
            },
            {
                "question": "samen_ouders",
                "fragment": "Ik wou dat er als tiener een groep was geweest, al was het online.",
                "themes": ["Lotgenotencontact"],
                "quote": None,
            },
            {
                "question": "hulp_ervaring",
                "fragment": "na een wachtlijst van vijf maanden",
                "themes": ["Wachtlijsten"],
                "quote": None,
            },
        ],
    },
]

# The researcher's summary for the LEA input report (B1, paragraphs separated by a blank line).
SUMMARY = (
    "Vier sleutelfiguren uit de wijk spraken tussen maart en mei 2026 met {deelnemers} bewoners en "
    "professionals: {ouders} ouders, {jongeren} jongeren en {professionals} professionals. De gesprekken waren in het "
    "Nederlands, Turks, Arabisch, Pools en Engels. De belangrijkste uitkomst: veel ouders en "
    "jongeren kennen de activiteiten in de wijk niet, of gaan er niet heen als ze er niemand "
    "kennen. Informatie komt vooral via andere ouders, vrienden en de school. Folders en websites "
    "bereiken weinig mensen.\n\n"
    "Ouders die de weg minder goed weten, praten het liefst via de school over de opvoeding van "
    "hun kind. De juf, de mentor, de schoolmaatschappelijk werker en de JGZ-verpleegkundige zijn "
    "voor hen vertrouwde gezichten. Hulp op school voelt gewoon, en niet als een stap naar een "
    "instantie. Buiten de school is die stap groot: door schaamte, angst voor jeugdzorg, taal en "
    "de manier waarop familie over hulp denkt.\n\n"
    "Gezinnen met een kind dat extra zorg nodig heeft, vertellen over lange wachtlijsten, steeds "
    "opnieuw hun verhaal doen en weinig kennis van autisme, NAH en hoogbegaafdheid. Als een kind "
    "uitvalt, duurt het vaak maanden voordat iemand de regie neemt. Jongeren vragen om een eigen "
    "plek in de wijk, om betaalbare sport en om volwassenen die blijven."
)

# Improvement points (verbeterpunten) per top-level theme, for the LEA input report.
IMPROVEMENTS = {
    "Drempel om hulp te vragen": (
        "Bied hulp aan op plekken waar ouders en jongeren al komen, en leg uit wat er met hun "
        "verhaal gebeurt. Spreek van 'meedenken' in plaats van 'jeugdzorg', en maak anoniem "
        "chatten mogelijk voor jongeren."
    ),
    "Vertrouwde gezichten": (
        "Zorg voor vaste gezichten: één vaste contactpersoon per gezin in het wijkteam en zo "
        "weinig mogelijk wisselingen. Investeer in mensen die ouders en jongeren al vertrouwen, "
        "zoals jongerenwerkers, buurtsportcoaches en de medewerkers van de inloop."
    ),
    "School als ingang": (
        "Maak de school de ingang voor opvoedvragen: een vast spreekuur van CJG en JGZ op elke "
        "basisschool, koffieochtenden met een tolk, en een schoolmaatschappelijk werker die "
        "minstens drie dagen per week op school is."
    ),
    "Bekendheid van het aanbod": (
        "Vertel over het aanbod via mensen in plaats van folders: sleutelfiguren, leerkrachten bij "
        "het hek, appgroepen van ouders en de sociale media van jongeren. Leg in eenvoudige taal "
        "en in meer talen uit wat het CJG en het wijkteam doen, en dat het niet alleen voor baby's "
        "of voor 'probleemgezinnen' is."
    ),
    "Samenwerking school en jeugdhulp": (
        "Wijs bij elk kind met meer hulpverleners één regiehouder aan, het liefst dicht bij de "
        "school. Breng jeugdhulp in de school, zoals in de pilots in Zoetermeer, zodat ouders hun "
        "verhaal maar één keer hoeven te vertellen."
    ),
    "Wachttijden en indicaties": (
        "Bied steun tijdens het wachten, bijvoorbeeld tips van de JGZ of gesprekken met de "
        "schoolmaatschappelijk werker. Maak een deel van de hulp op school mogelijk zonder aparte "
        "verwijzing of indicatie."
    ),
    "Expertise bij autisme, NAH en hoogbegaafdheid": (
        "Train leerkrachten, ook invallers, en medewerkers van het wijkteam in autisme, NAH en "
        "hoogbegaafdheid. Zet de plusklas en stilteruimtes vast in de begroting, zodat ze niet "
        "steeds weer verdwijnen."
    ),
    "Passend onderwijs en thuiszitten": (
        "Spreek af dat er binnen een week iemand bij het gezin langskomt als een kind of jongere "
        "uitvalt: eerst een mens, dan pas een brief. Zorg voor genoeg passende schoolplekken en "
        "meer praktijkgerichte routes in het mbo."
    ),
    "Lotgenotencontact": (
        "Steun oudergroepen in de wijk, zoals het oudercafé voor ouders van kinderen met autisme. "
        "Organiseer ze ook 's avonds, voor werkende ouders en vaders, en ook voor grootouders die "
        "hun kleinkinderen opvoeden."
    ),
    "Taal en cultuur": (
        "Zet tolken en sleutelfiguren uit de Turkse, Arabische en Poolse gemeenschappen in. Stuur "
        "korte berichten in eenvoudige taal, met plaatjes of spraakberichten, en laat kinderen bij "
        "moeilijke gesprekken niet voor hun ouders vertalen."
    ),
    "Vrije tijd en sport": (
        "Maak sport en activiteiten gratis voor kinderen uit gezinnen met weinig geld, zonder "
        "ingewikkelde aanvraag. Open een plek voor tieners die 's avonds open is."
    ),
    "Veiligheid in de wijk": (
        "Verbeter de verlichting bij het winkelcentrum, in het park en bij de tunnel onder het "
        "spoor. Laat wijkagent en jongerenwerk samen contact zoeken met jongeren, in plaats van "
        "alleen te controleren."
    ),
    "Telefoon en sociale media": (
        "Organiseer via de school bijeenkomsten voor ouders over sociale media, gamen en online "
        "pesten, en bereik jongeren via hun eigen kanalen."
    ),
}

# Personal data deliberately planted in raw answers. None of these strings may appear in an
# approved quote, in SUMMARY or in IMPROVEMENTS.
PLANTED_PII = [
    "06-12345678", "+31 6 98765432", "j.devries@example.nl", "Jeroen", "2711 AB", "Dorpsstraat 12",
    "juf Sanne", "De Klaverhof",
]
