"""News: the November newsletter (seed 001, originally in Dutch) and the working group's get-together (seed 002)."""

import datetime

from home.demo.text import Body, Rich, T

from .blocks import call_to_action, heading
from .working_group import WORKING_GROUP_GET_TOGETHER

NEWS_ITEMS = [
    {
        "slug": "november-newsletter",
        "date": datetime.date(2025, 11, 27),
        "image": "project:ponds-in-rochefort",
        "related": ["ponds-in-rochefort", "waste-warriors"],
        "title": T(
            "November newsletter: the power of local action",
            "Nieuwsbrief november: de kracht van lokale actie",
            "Lettre d'information de novembre : la force de l'action locale",
            "Newsletter November: die Kraft lokaler Initiativen",
        ),
        "introduction": T(
            "As November draws to a close and nature withdraws for its winter rest, this is the perfect moment to "
            "reflect on the power of local action.",
            "Nu november ten einde loopt en de natuur zich terugtrekt voor de winterrust, is dit het perfecte "
            "moment om stil te staan bij de kracht van lokale actie.",
        ),
        "body": Body(
            [
                (
                    "paragraph",
                    Rich(
                        """All over Belgium, countless initiatives, big and small, bring more nature, resilience
                        and connection to our communities. This month we are delighted to put a real engine of
                        local impact in the spotlight: our newest partner, Be Planet. We also highlight an
                        inspiring nature-based solution, share updates on events and give practical tips to
                        support biodiversity in the colder months too. 🍂""",
                        """In heel België zorgen talloze initiatieven – groot en klein – voor meer natuur,
                        veerkracht en verbondenheid in onze gemeenschappen. Deze maand zetten we met veel
                        enthousiasme een echte motor van lokale impact in de kijker: onze nieuwste partner, Be
                        Planet. We belichten ook een inspirerende, op de natuur gebaseerde oplossing, delen
                        updates over evenementen en geven praktische tips om de biodiversiteit ook in de koudere
                        maanden te ondersteunen. 🍂""",
                    ),
                ),
                heading("In this newsletter", "In deze nieuwsbrief"),
                (
                    "paragraph",
                    Rich(
                        """- Tip of the month: a winter shelter for pollinators, beetles and small mammals
                        - Project in the spotlight: more than 84 new ponds in Rochefort
                        - Partner in the spotlight: welcome, Be Planet!
                        - Our first webinar: the recording is available""",
                        """- Tip van de maand: een overwinteringsplaats voor bestuivers, kevers en kleine
                          zoogdieren
                        - Project in de schijnwerpers: meer dan 84 nieuwe vijvers in Rochefort
                        - Partner in de schijnwerpers: welkom, Be Planet!
                        - Ons eerste webinar: de opname is beschikbaar""",
                    ),
                ),
                heading("Upcoming events on biodiversity", "Komende evenementen over biodiversiteit"),
                (
                    "paragraph",
                    Rich(
                        """### BOOMweekend, 28 to 30 November

                        Every year the Bosalliantie organises a weekend full of tree planting with youth groups
                        from all over Belgium. This year's BOOMweekend invites schools and youth movements to
                        plant the forests of tomorrow. Join in, roll up your sleeves, plant trees and help to
                        expand green space for future generations! 🌱

                        ### Het Goede Moment, Be Planet, 6 December to 1 February

                        On 6 December a unique call for nature and climate projects in Belgium opens. From
                        11 December, information sessions take place all over Belgium: you will learn everything
                        about the call, the selection criteria, how the jury works, the visibility you get and
                        future training in fundraising. It is also a unique chance to exchange ideas with other
                        committed citizens! 🤝

                        ### Le Chant des forêts in Belgian cinemas, 4 February 2026

                        The release in Belgian cinemas of Le Chant des forêts, the latest film by Vincent Munier,
                        the famous wildlife photographer and director of La Panthère des Neiges: a poetic,
                        immersive journey through the forest, following the elusive capercaillie and reminding
                        us why it matters so much to protect vulnerable ecosystems.""",
                        """### BOOMweekend, 28 t/m 30 november

                        Elk jaar organiseert de Bosalliantie een weekend vol boomplantacties met jeugdgroepen uit
                        heel België. Het BOOMweekend van dit jaar nodigt scholen en bewegingen uit om de bossen
                        van morgen te planten. Doe mee, steek je handen uit de mouwen, plant bomen en help mee om
                        de groene ruimte voor toekomstige generaties uit te breiden! 🌱

                        ### Het Goede Moment, Be Planet, 6 december t/m 1 februari

                        Op 6 december start een unieke oproep voor natuur- en klimaatprojecten in België. Vanaf
                        11 december vinden er in heel België infosessies plaats. U komt er alles te weten over de
                        projectoproep: de selectiecriteria, hoe de jury werkt, de zichtbaarheid die u krijgt,
                        toekomstige opleidingen over fondsenwerving, enz. Dit is ook een unieke kans om van
                        gedachten te wisselen met andere geëngageerde burgers! 🤝

                        ### Release van Le Chant des forêts in de Belgische bioscoop, 4 februari 2026

                        De release in de Belgische bioscopen van Le Chant des forêts, de nieuwste film van Vincent
                        Munier, de beroemde natuurfilmer en regisseur van La Panthère des Neiges. Een poëtische,
                        meeslepende reis door het bos, waarbij we de schuwe auerhoen volgen en ons eraan
                        herinneren waarom het zo belangrijk is om kwetsbare ecosystemen te beschermen.""",
                    ),
                ),
                call_to_action(
                    T("Do you know inspiring initiatives?", "Ken jij inspirerende initiatieven?"),
                    T(
                        "Do you know inspiring initiatives that contribute to the objectives of the BBA? We love to "
                        "discover and show more inspiring actions on our website, so feel free to mail us at "
                        "bba@biodiversity-alliance.be.",
                        "Ken jij inspirerende initiatieven die bijdragen aan de doelstellingen van de BBA? We "
                        "ontdekken en tonen graag meer inspirerende acties op onze website, dus mail ons gerust via "
                        "bba@biodiversity-alliance.be.",
                    ),
                    T("Discover the projects", "Ontdek de projecten"),
                    page="showcase",
                ),
            ]
        ),
    },
    {
        "slug": "project-in-the-spotlight-ponds-in-rochefort",
        "date": datetime.date(2025, 11, 26),
        "image": "project:ponds-in-rochefort",
        "related": ["ponds-in-rochefort"],
        "title": T(
            "Project in the spotlight: ponds in Rochefort",
            "Project in de schijnwerpers: vijvers in Rochefort",
            "Projet à l'honneur : des mares à Rochefort",
            "Projekt im Rampenlicht: Teiche in Rochefort",
        ),
        "introduction": T(
            "In Rochefort more than 84 new ponds have already been dug, and by the end of 2025 there will be more "
            "than 100!",
            "In Rochefort zijn al meer dan 84 nieuwe vijvers aangelegd – en tegen eind 2025 zullen dat er meer dan "
            "100 zijn!",
        ),
        "body": Body(
            [
                (
                    "paragraph",
                    Rich(
                        """This ambitious project restores a true blue network of interconnected water bodies
                        that boost local biodiversity. The new ponds create vital habitats for amphibians,
                        insects and water plants, while they help to reduce run-off during heavy rainfall and
                        support the recharging of groundwater.

                        Thanks to the strong cooperation between the city of Rochefort, Natagora, Kick, farmers,
                        citizens and local entrepreneurs, the region has become a national example. 🌳""",
                        """Dit ambitieuze project herstelt een echt blauw netwerk van onderling verbonden
                        waterlichamen die de lokale biodiversiteit stimuleren. De nieuwe vijvers creëren vitale
                        habitats voor amfibieën, insecten en waterplanten, terwijl ze helpen om afvloeiing tijdens
                        hevige regenval te verminderen en de aanvulling van het grondwater te ondersteunen.

                        Dankzij de sterke samenwerking tussen de stad Rochefort, Natagora, Kick, boeren, burgers
                        en lokale ondernemers is de regio een nationaal voorbeeld geworden. 🌳""",
                    ),
                ),
                call_to_action(
                    T("Ponds in Rochefort", "Vijvers in Rochefort"),
                    T(
                        "How the ponds meet the criteria of the objectives, who maintains them and what they bring.",
                        "Hoe de vijvers aan de criteria van de doelstellingen voldoen, wie ze onderhoudt en wat ze "
                        "opleveren.",
                    ),
                    T("Read more", "Lees meer"),
                    page="project:ponds-in-rochefort",
                ),
            ]
        ),
    },
    {
        "slug": "welcome-be-planet",
        "date": datetime.date(2025, 11, 25),
        "image": "logo:Be Planet",
        "related": ["waste-warriors"],
        "title": T(
            "Welcome Be Planet, our newest partner",
            "Welkom Be Planet, onze nieuwste partner",
            "Bienvenue à Be Planet, notre nouveau partenaire",
            "Willkommen, Be Planet, unser neuester Partner",
        ),
        "introduction": T(
            "We are delighted to welcome Be Planet as the newest member of the Belgian Biodiversity Alliance! 🌍💚",
            "We zijn verheugd Be Planet te mogen verwelkomen als nieuwste lid van de Belgian Biodiversity "
            "Alliance! 🌍💚",
        ),
        "body": Body(
            [
                (
                    "paragraph",
                    Rich(
                        """Be Planet supports local initiatives in Belgium that work for the environment, the
                        climate and solidarity. Since it was founded in 2015, the organisation has supported more
                        than 600 initiatives and paid out more than 5 million euro to projects in sustainable
                        food, soft mobility, reuse and recycling, biodiversity and renewable energy.

                        Early December its yearly campaign Het Goede Moment starts, which in 2025 will support
                        about 80 new nature and climate projects all over Belgium.""",
                        """Be Planet ondersteunt lokale initiatieven in België die zich inzetten voor het milieu,
                        het klimaat en solidariteit. Sinds de oprichting in 2015 heeft de organisatie al meer dan
                        600 initiatieven ondersteund en meer dan 5 miljoen euro uitgekeerd aan projecten op het
                        gebied van duurzame voeding, zachte mobiliteit, hergebruik en recycling, biodiversiteit en
                        hernieuwbare energie.

                        Begin december gaat hun jaarlijkse campagne Het Goede Moment van start, die in 2025
                        ongeveer 80 nieuwe natuur- en klimaatprojecten in heel België zal ondersteunen.""",
                    ),
                ),
                call_to_action(
                    T("Het Goede Moment", "Het Goede Moment"),
                    T(
                        "A call for nature and climate projects in Belgium, from 6 December to 1 February.",
                        "Een oproep voor natuur- en klimaatprojecten in België, van 6 december tot 1 februari.",
                    ),
                    T("Read more", "Lees meer"),
                    url="https://www.beplanet.org/",
                ),
            ]
        ),
    },
    {
        "slug": "tip-of-the-month-a-winter-shelter",
        "date": datetime.date(2025, 11, 24),
        "image": "news:tip-of-the-month",
        "related": ["behaag-je-tuin"],
        "title": T(
            "Tip of the month: a winter shelter for wildlife",
            "Tip van de maand: een winterschuilplaats voor dieren",
            "Le conseil du mois : un abri d'hiver pour la faune",
            "Tipp des Monats: ein Winterquartier für Wildtiere",
        ),
        "introduction": T(
            "🍂 This is the perfect moment to pile up branches, dead wood or leaves in a quiet spot.",
            "🍂 Dit is het perfecte moment om takken, dood hout of bladeren op een rustige plek op te stapelen.",
        ),
        "body": Body(
            [
                (
                    "paragraph",
                    Rich(
                        """This way you create a simple but very valuable place to spend the winter for
                        pollinators, beetles, small mammals and other animals. 🦔

                        Choose a sheltered corner of your garden, schoolyard or company grounds, under a hedge or
                        against a wall, and leave the pile undisturbed until spring.""",
                        """Zo creëer je een eenvoudige maar zeer waardevolle overwinteringsplaats voor
                        bestuivers, kevers, kleine zoogdieren en andere dieren. 🦔

                        Kies een beschutte hoek van je tuin, speelplaats of bedrijfsterrein, onder een haag of
                        tegen een muur, en laat de hoop ongestoord liggen tot de lente.""",
                    ),
                ),
                (
                    "quote",
                    {
                        "text": T(
                            "Tidy gardens are empty gardens: a pile of leaves is a hotel for hedgehogs.",
                            "Nette tuinen zijn lege tuinen: een hoop bladeren is een hotel voor egels.",
                        ),
                        "attribution": T("Belgian Biodiversity Alliance"),
                    },
                ),
            ]
        ),
    },
    {
        "slug": "our-first-webinar-recording-available",
        "date": datetime.date(2025, 11, 20),
        "image": "news:webinar",
        "related": [],
        "title": T(
            "Our first webinar: recording available",
            "Ons eerste webinar: opname beschikbaar",
            "Notre premier webinaire : l'enregistrement est disponible",
            "Unser erstes Webinar: Aufzeichnung verfügbar",
        ),
        "introduction": T(
            "On 4 November we held our very first BBA webinar, and what an inspiring session it was!",
            "Op 4 november organiseerden we ons allereerste BBA-webinar – en wat was het een inspirerende sessie!",
        ),
        "body": Body(
            [
                (
                    "paragraph",
                    Rich(
                        """- 🌱 Participants discovered what the BBA stands for.
                        - 🎤 Partners and project leaders shared concrete examples of impact.
                        - 🤝 We discussed how everyone can help to build a more nature-positive Belgium.

                        Did you miss it? No worries: you can watch the full recording and still gain all the
                        insights and inspiration.""",
                        """- 🌱 Deelnemers ontdekten waar BBA voor staat.
                        - 🎤 Partners en projectleiders deelden concrete voorbeelden van impact.
                        - 🤝 We bespraken hoe iedereen kan helpen om een meer natuurpositief België te bouwen.

                        Heb je het gemist? Geen zorgen – je kunt de volledige opname terugkijken en alle
                        inzichten en inspiratie alsnog opdoen.""",
                    ),
                ),
                call_to_action(
                    T("BBA webinar, 4 November", "BBA-webinar, 4 november"),
                    T("Online – recording available!", "Online – opname beschikbaar!"),
                    T("Watch the recording", "Bekijk de opname"),
                    url="https://drive.google.com/file/d/1AUBOT2Qmpd6RsI3hysP9olM5klwNspfx/view",
                ),
            ]
        ),
    },
    WORKING_GROUP_GET_TOGETHER,
]
