"""Axis 1, expanding the green-blue network, and its objectives 1 to 5 (objective 5 lives in objective5.py)."""

from home.demo.text import Items, Rich, T

from .objective5 import OBJECTIVE_5

AXIS_1 = {
    "number": 1,
    "slug": "green-blue-network",
    "title": T(
        "Expanding the green-blue network in, around and between cities",
        "Het groenblauwe netwerk in, rond en tussen steden uitbreiden",
        "Étendre le réseau vert et bleu dans, autour et entre les villes",
        "Das grün-blaue Netz in, um und zwischen Städten erweitern",
    ),
    "introduction": Rich(
        """Cities and their surroundings can be rich in life when parks, gardens, buildings, waterways and
        road verges work together as one green-blue network. The five objectives of this axis make that
        network larger, better and better connected.""",
        """Steden en hun omgeving kunnen rijk zijn aan leven wanneer parken, tuinen, gebouwen, waterlopen en
        bermen samen één groenblauw netwerk vormen. De vijf doelstellingen van deze as maken dat netwerk
        groter, beter en beter verbonden.""",
        """Les villes et leurs alentours peuvent regorger de vie lorsque parcs, jardins, bâtiments, cours d'eau
        et accotements forment ensemble un seul réseau vert et bleu. Les cinq objectifs de cet axe rendent
        ce réseau plus grand, de meilleure qualité et mieux connecté.""",
        """Städte und ihr Umland können voller Leben sein, wenn Parks, Gärten, Gebäude, Gewässer und
        Straßenränder ein zusammenhängendes grün-blaues Netz bilden. Die fünf Ziele dieser Achse machen
        dieses Netz größer, besser und besser vernetzt.""",
    ),
}

OBJECTIVE_1 = {
    "number": 1,
    "slug": "urban-and-peri-urban-areas",
    "title": T(
        "Urban and peri-urban areas",
        "Stedelijke en voorstedelijke gebieden",
        "Zones urbaines et périurbaines",
        "Städtische und stadtnahe Gebiete",
    ),
    "target_summary": T(
        "By 2030, make 120,000 ha of urban and peri-urban areas net-positive for biodiversity.",
        "Tegen 2030 120.000 ha stedelijke en voorstedelijke gebieden netto-positief maken voor de biodiversiteit.",
        "D'ici 2030, rendre 120 000 ha de zones urbaines et périurbaines nets positifs pour la biodiversité.",
        "Bis 2030 120.000 ha städtische und stadtnahe Flächen netto-positiv für die biologische Vielfalt machen.",
    ),
    "targets": [
        {
            "value": "120000",
            "unit": T("ha", "ha", "ha", "ha"),
            "description": T(
                "of urban and peri-urban areas net-positive for biodiversity",
                "stedelijke en voorstedelijke gebieden netto-positief voor biodiversiteit",
                "de zones urbaines et périurbaines nets positifs pour la biodiversité",
                "städtische und stadtnahe Flächen netto-positiv für die Biodiversität",
            ),
        }
    ],
    "narrative": Rich(
        """More than a fifth of Belgium is built up, and every year more soil disappears under concrete and
        asphalt. Sealed soils, heat islands and small, isolated patches of green leave little room for wild
        plants and animals, just where most people live.

        Every square metre counts. Municipalities, companies, schools, housing companies and residents can
        unpave car parks and schoolyards, turn lawns into flowering meadows, plant native trees and hedges,
        dig ponds and manage parks and verges in an ecological way: mowing less, leaving dead wood and
        banning pesticides.

        A greener city is also a healthier one: it stays cooler in summer, soaks up heavy rain, cleans the
        air and offers places to meet, play and rest.""",
        """Meer dan een vijfde van België is bebouwd, en elk jaar verdwijnt er meer bodem onder beton en
        asfalt. Verharde bodems, hitte-eilanden en kleine, geïsoleerde stukjes groen laten weinig ruimte voor
        wilde planten en dieren, net daar waar de meeste mensen wonen.

        Elke vierkante meter telt. Gemeenten, bedrijven, scholen, huisvestingsmaatschappijen en bewoners
        kunnen parkings en speelplaatsen ontharden, gazons omvormen tot bloemenweiden, inheemse bomen en
        hagen planten, poelen graven en parken en bermen ecologisch beheren: minder maaien, dood hout laten
        liggen en geen pesticiden gebruiken.

        Een groenere stad is ook een gezondere stad: ze blijft koeler in de zomer, vangt hevige regen op,
        zuivert de lucht en biedt plaatsen om elkaar te ontmoeten, te spelen en tot rust te komen.""",
    ),
    "achievements": Items(
        """- More and better connected green and blue spaces in and around cities
        - Less sealed soil and more room for water
        - Ecological management of public and private green spaces
        - Native species and varied habitats in parks, gardens and schoolyards
        - Nature within a short walk of every resident""",
        """- Meer en beter verbonden groene en blauwe ruimten in en rond steden
        - Minder verharde bodem en meer ruimte voor water
        - Ecologisch beheer van openbaar en privaat groen
        - Inheemse soorten en gevarieerde leefgebieden in parken, tuinen en speelplaatsen
        - Natuur op wandelafstand van elke inwoner""",
    ),
    "criteria": Items(
        """- The engagement covers a defined area whose surface is measured in hectares
        - It increases the quality or the surface of habitats for wild species
        - It uses native plants, adapted to the local soil and climate
        - The area is managed without pesticides and with an ecological management plan
        - Progress is monitored and reported, for example with a species count""",
        """- Het engagement betreft een afgebakend gebied waarvan de oppervlakte in hectaren wordt gemeten
        - Het verhoogt de kwaliteit of de oppervlakte van leefgebieden voor wilde soorten
        - Het gebruikt inheemse planten, aangepast aan de lokale bodem en het klimaat
        - Het gebied wordt beheerd zonder pesticiden en volgens een ecologisch beheerplan
        - De vooruitgang wordt opgevolgd en gerapporteerd, bijvoorbeeld met een soortentelling""",
    ),
}

OBJECTIVE_2 = {
    "number": 2,
    "slug": "buildings-and-infrastructures",
    "title": T(
        "Buildings and infrastructures",
        "Gebouwen en infrastructuur",
        "Bâtiments et infrastructures",
        "Gebäude und Infrastrukturen",
    ),
    "target_summary": T(
        "By 2030, make 1,500 buildings and 20 % of urban and peri-urban infrastructure net-positive for biodiversity.",
        "Tegen 2030 1.500 gebouwen en 20 % van de stedelijke en voorstedelijke infrastructuur netto-positief "
        "maken voor de biodiversiteit.",
        "D'ici 2030, rendre 1 500 bâtiments et 20 % des infrastructures urbaines et périurbaines nets positifs "
        "pour la biodiversité.",
        "Bis 2030 1.500 Gebäude und 20 % der städtischen und stadtnahen Infrastruktur netto-positiv für die "
        "biologische Vielfalt machen.",
    ),
    "targets": [
        {
            "value": "1500",
            "unit": T("buildings", "gebouwen", "bâtiments", "Gebäude"),
            "description": T(
                "net-positive for biodiversity",
                "netto-positief voor biodiversiteit",
                "nets positifs pour la biodiversité",
                "netto-positiv für die Biodiversität",
            ),
        },
        {
            "value": "20",
            "unit": T("%", "%", "%", "%"),
            "description": T(
                "of urban and peri-urban infrastructure net-positive for biodiversity",
                "van de stedelijke en voorstedelijke infrastructuur netto-positief voor biodiversiteit",
                "des infrastructures urbaines et périurbaines nettes positives pour la biodiversité",
                "der städtischen und stadtnahen Infrastruktur netto-positiv für die Biodiversität",
            ),
        },
    ],
    "narrative": Rich(
        """Offices, schools, barracks, stations, industrial sites and the roads that connect them take up a
        large share of our territory. Their roofs, façades, car parks and surroundings are mostly grey, yet
        they could offer food, shelter and nesting places to many species.

        Green roofs and façades, nest boxes for swifts and bats, unpaved and planted car parks, wildflower
        verges and ponds on company grounds make a building or a site part of the green-blue network. Public
        owners can lead the way with their own sites.

        Greened buildings are cooler in summer, better insulated and more pleasant to work in, and they
        store rainwater instead of sending it to the sewer.""",
        """Kantoren, scholen, kazernes, stations, bedrijventerreinen en de wegen die ze verbinden nemen een
        groot deel van ons grondgebied in. Hun daken, gevels, parkings en omgeving zijn meestal grijs, maar ze
        kunnen voedsel, schuilplaatsen en nestgelegenheid bieden aan heel wat soorten.

        Groendaken en groene gevels, nestkasten voor gierzwaluwen en vleermuizen, onthaarde en beplante
        parkings, bloemrijke bermen en poelen op bedrijfsterreinen maken van een gebouw of een site een deel
        van het groenblauwe netwerk. Publieke eigenaars kunnen het voorbeeld geven op hun eigen terreinen.

        Vergroende gebouwen zijn koeler in de zomer, beter geïsoleerd en aangenamer om in te werken, en ze
        houden regenwater vast in plaats van het naar de riolering te sturen.""",
    ),
    "achievements": Items(
        """- Buildings and sites that offer food, shelter and nesting places to wild species
        - Biodiversity taken into account in the design, renovation and management of buildings
        - Greener infrastructure: verges, car parks, stations and industrial sites
        - Less light pollution and fewer collisions of birds with glass
        - Public owners leading by example""",
        """- Gebouwen en sites die voedsel, schuilplaatsen en nestgelegenheid bieden aan wilde soorten
        - Biodiversiteit meegenomen in het ontwerp, de renovatie en het beheer van gebouwen
        - Groenere infrastructuur: bermen, parkings, stations en bedrijventerreinen
        - Minder lichtvervuiling en minder aanvaringen van vogels met glas
        - Publieke eigenaars die het goede voorbeeld geven""",
    ),
    "criteria": Items(
        """- A baseline of the biodiversity on the site is drawn up before the works
        - The measures bring a net gain for biodiversity on the site
        - Native plants are used, and invasive exotic species are avoided
        - Nesting and shelter facilities are adapted to the species present nearby
        - A management plan secures the measures for at least ten years""",
        """- Vóór de werken wordt een nulmeting van de biodiversiteit op de site opgemaakt
        - De maatregelen leveren een nettowinst op voor de biodiversiteit op de site
        - Er worden inheemse planten gebruikt en invasieve exoten worden vermeden
        - Nest- en schuilvoorzieningen zijn afgestemd op de soorten die in de buurt voorkomen
        - Een beheerplan verzekert de maatregelen voor minstens tien jaar""",
    ),
}

OBJECTIVE_3 = {
    "number": 3,
    "slug": "bed-and-breakfasts-for-wild-pollinators",
    "title": T(
        "Bed & breakfasts for wild pollinators",
        "Bed & breakfasts voor wilde bestuivers",
        "Bed & breakfasts pour les pollinisateurs sauvages",
        "Bed & Breakfasts für wilde Bestäuber",
    ),
    "target_summary": T(
        "By 2030, create 2,000 bed & breakfasts for wild pollinators in urban and peri-urban areas.",
        "Tegen 2030 2.000 bed & breakfasts voor wilde bestuivers creëren in stedelijke en voorstedelijke gebieden.",
        "D'ici 2030, créer 2 000 bed & breakfasts pour les pollinisateurs sauvages dans les zones urbaines et "
        "périurbaines.",
        "Bis 2030 2.000 Bed & Breakfasts für wilde Bestäuber in städtischen und stadtnahen Gebieten schaffen.",
    ),
    "targets": [
        {
            "value": "2000",
            "unit": T("B&Bs", "B&B's", "B&B", "B&Bs"),
            "description": T(
                "for wild pollinators in urban and peri-urban areas",
                "voor wilde bestuivers in stedelijke en voorstedelijke gebieden",
                "pour les pollinisateurs sauvages en zones urbaines et périurbaines",
                "für wilde Bestäuber in städtischen und stadtnahen Gebieten",
            ),
        }
    ],
    "narrative": Rich(
        """Belgium has more than 400 species of wild bees, and more than half of them are threatened or have
        already disappeared. Wild bees, hoverflies, butterflies and beetles need two things close together:
        flowers from early spring to late autumn, and a safe place to nest and spend the winter.

        A pollinator bed & breakfast offers both. It can be a flowering meadow with a sandy bank, a garden
        with native shrubs and a pile of dead stems, a schoolyard with a herb spiral and an insect wall, or a
        company lawn left to flower.

        Pollinators in turn pollinate our fruit trees, vegetable gardens and wild plants, and a garden full
        of flowers and insects is a lesson in nature for children and adults alike.""",
        """België telt meer dan 400 soorten wilde bijen, en meer dan de helft daarvan is bedreigd of al
        verdwenen. Wilde bijen, zweefvliegen, vlinders en kevers hebben twee dingen dicht bij elkaar nodig:
        bloemen van het vroege voorjaar tot de late herfst, en een veilige plek om te nestelen en te
        overwinteren.

        Een bed & breakfast voor bestuivers biedt beide. Het kan een bloemenweide met een zandige helling
        zijn, een tuin met inheemse struiken en een hoop dode stengels, een speelplaats met een kruidenspiraal
        en een insectenmuur, of een bedrijfsgazon dat mag bloeien.

        Bestuivers bestuiven op hun beurt onze fruitbomen, moestuinen en wilde planten, en een tuin vol
        bloemen en insecten is een natuurles voor kinderen en volwassenen.""",
    ),
    "achievements": Items(
        """- Flowers for pollinators from March to October
        - Nesting places: bare soil, sandy banks, dead wood and hollow stems
        - Places to spend the winter undisturbed
        - A network of B&Bs close enough for insects to travel between them
        - Residents who know and protect wild pollinators""",
        """- Bloemen voor bestuivers van maart tot oktober
        - Nestgelegenheid: kale grond, zandige hellingen, dood hout en holle stengels
        - Plaatsen om ongestoord te overwinteren
        - Een netwerk van B&B's die dicht genoeg bij elkaar liggen zodat insecten ertussen kunnen reizen
        - Bewoners die wilde bestuivers kennen en beschermen""",
    ),
    "criteria": Items(
        """- The B&B offers both food (native flowering plants) and nesting places
        - Flowers are available over at least three seasons
        - No pesticides or artificial fertilisers are used
        - Dead stems and leaves are left in place over the winter
        - The B&B is registered so that it can be counted and visited""",
        """- De B&B biedt zowel voedsel (inheemse bloeiende planten) als nestgelegenheid
        - Er zijn bloemen gedurende minstens drie seizoenen
        - Er worden geen pesticiden of kunstmeststoffen gebruikt
        - Dode stengels en bladeren blijven tijdens de winter liggen
        - De B&B wordt geregistreerd zodat hij geteld en bezocht kan worden""",
    ),
}

OBJECTIVE_4 = {
    "number": 4,
    "slug": "nature-based-solutions",
    "title": T(
        "Nature-based solutions",
        "Natuurgebaseerde oplossingen",
        "Solutions fondées sur la nature",
        "Naturbasierte Lösungen",
    ),
    "target_summary": T(
        "By 2030, apply 1,000 nature-based solutions to challenges of water, soil and climate.",
        "Tegen 2030 1.000 natuurgebaseerde oplossingen toepassen voor uitdagingen op het vlak van water, "
        "bodem en klimaat.",
        "D'ici 2030, appliquer 1 000 solutions fondées sur la nature aux défis de l'eau, du sol et du climat.",
        "Bis 2030 1.000 naturbasierte Lösungen für Herausforderungen bei Wasser, Boden und Klima umsetzen.",
    ),
    "targets": [
        {
            "value": "1000",
            "unit": T("solutions", "oplossingen", "solutions", "Lösungen"),
            "description": T(
                "applied to water, soil and climate",
                "toegepast voor water, bodem en klimaat",
                "appliquées à l'eau, au sol et au climat",
                "für Wasser, Boden und Klima umgesetzt",
            ),
        }
    ],
    "narrative": Rich(
        """Floods, droughts, heat waves and eroded soils cost society dearly. Often nature itself offers the
        best answer: a wetland stores water and releases it slowly, a hedge holds the soil in place, trees
        cool a street, and a pond recharges the groundwater.

        Nature-based solutions use these services on purpose: urban wetlands and wadis, restored floodplains,
        rain gardens, ponds, unpaved squares, buffer strips along fields and urban forests.

        Unlike grey infrastructure, they grow stronger over time, cost less to maintain and give room to
        wildlife at the same time.""",
        """Overstromingen, droogte, hittegolven en eroderende bodems kosten de samenleving veel. Vaak biedt de
        natuur zelf het beste antwoord: een wetland slaat water op en geeft het langzaam weer af, een haag
        houdt de bodem op zijn plaats, bomen koelen een straat en een poel vult het grondwater aan.

        Natuurgebaseerde oplossingen zetten die diensten bewust in: stedelijke wetlands en wadi's, herstelde
        overstromingsgebieden, regentuinen, poelen, onthaarde pleinen, bufferstroken langs akkers en
        stadsbossen.

        Anders dan grijze infrastructuur worden ze met de tijd sterker, kosten ze minder onderhoud en geven ze
        tegelijk ruimte aan wilde dieren en planten.""",
    ),
    "achievements": Items(
        """- Water kept where it falls, and room for rivers to flood safely
        - Healthy, living soils that store carbon and water
        - Cooler neighbourhoods during heat waves
        - Solutions that benefit biodiversity as well as people
        - Shared knowledge of what works, where and at what cost""",
        """- Water vasthouden waar het valt, en ruimte voor rivieren om veilig te overstromen
        - Gezonde, levende bodems die koolstof en water opslaan
        - Koelere wijken tijdens hittegolven
        - Oplossingen die zowel de biodiversiteit als de mens ten goede komen
        - Gedeelde kennis over wat werkt, waar en tegen welke kost""",
    ),
    "criteria": Items(
        """- The solution addresses a clearly identified challenge of water, soil or climate
        - It relies on natural processes rather than on technical structures
        - It brings a measurable gain for biodiversity
        - It is designed with the people who live or work nearby
        - Its effect is monitored over several years""",
        """- De oplossing pakt een duidelijk omschreven uitdaging op het vlak van water, bodem of klimaat aan
        - Ze steunt op natuurlijke processen eerder dan op technische constructies
        - Ze levert een meetbare winst op voor de biodiversiteit
        - Ze wordt ontworpen samen met de mensen die in de buurt wonen of werken
        - Het effect wordt gedurende meerdere jaren opgevolgd""",
    ),
}

OBJECTIVES = [OBJECTIVE_1, OBJECTIVE_2, OBJECTIVE_3, OBJECTIVE_4, OBJECTIVE_5]
