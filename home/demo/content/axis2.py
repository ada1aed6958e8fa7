"""Axis 2, biodiversity-positive production and consumption, and its objectives 6 to 10."""

from home.demo.text import Items, Rich, T

AXIS_2 = {
    "number": 2,
    "slug": "production-and-consumption",
    "title": T(
        "Making Belgian production and consumption biodiversity-positive",
        "De Belgische productie en consumptie biodiversiteitsvriendelijker maken",
        "Rendre la production et la consommation belges favorables à la biodiversité",
        "Belgische Produktion und belgischen Konsum biodiversitätsfreundlich gestalten",
    ),
    "introduction": Rich(
        """What we grow, import, eat and finance weighs on nature in Belgium and far beyond our borders. The
        five objectives of this axis help farmers, companies, consumers and financial institutions to turn
        that pressure into a positive contribution.""",
        """Wat we telen, invoeren, eten en financieren weegt op de natuur in België en ver daarbuiten. De vijf
        doelstellingen van deze as helpen landbouwers, bedrijven, consumenten en financiële instellingen om
        die druk om te zetten in een positieve bijdrage.""",
        """Ce que nous cultivons, importons, mangeons et finançons pèse sur la nature en Belgique et bien
        au-delà de nos frontières. Les cinq objectifs de cet axe aident agriculteurs, entreprises,
        consommateurs et institutions financières à transformer cette pression en contribution positive.""",
        """Was wir anbauen, importieren, essen und finanzieren, belastet die Natur in Belgien und weit über
        unsere Grenzen hinaus. Die fünf Ziele dieser Achse helfen Landwirten, Unternehmen, Verbrauchern und
        Finanzinstituten, diesen Druck in einen positiven Beitrag zu verwandeln.""",
    ),
}

OBJECTIVE_6 = {
    "number": 6,
    "slug": "crops-and-animal-products",
    "title": T(
        "Crops and animal products",
        "Gewassen en dierlijke producten",
        "Produits agricoles et animaux",
        "Pflanzliche und tierische Erzeugnisse",
    ),
    "target_summary": T(
        "By 2030, produce 8 million tonnes of crops and 3.5 million tonnes of animal products a year locally, "
        "with at least a neutral impact on biodiversity.",
        "Tegen 2030 jaarlijks 8 miljoen ton gewassen en 3,5 miljoen ton dierlijke producten lokaal produceren, "
        "met minstens een neutrale impact op de biodiversiteit.",
        "D'ici 2030, produire localement chaque année 8 millions de tonnes de produits végétaux et 3,5 millions "
        "de tonnes de produits animaux avec un impact au moins neutre sur la biodiversité.",
        "Bis 2030 jährlich 8 Millionen Tonnen pflanzliche und 3,5 Millionen Tonnen tierische Erzeugnisse lokal "
        "erzeugen, mit mindestens neutraler Wirkung auf die biologische Vielfalt.",
    ),
    "targets": [
        {
            "value": "8000000",
            "unit": T("t/y", "t/jaar", "t/an", "t/Jahr"),
            "description": T(
                "of crops produced locally with at least a neutral impact",
                "gewassen lokaal geproduceerd met minstens een neutrale impact",
                "de produits végétaux produits localement avec un impact au moins neutre",
                "pflanzliche Erzeugnisse, lokal mit mindestens neutraler Wirkung erzeugt",
            ),
        },
        {
            "value": "3500000",
            "unit": T("t/y", "t/jaar", "t/an", "t/Jahr"),
            "description": T(
                "of animal products produced locally with at least a neutral impact",
                "dierlijke producten lokaal geproduceerd met minstens een neutrale impact",
                "de produits animaux produits localement avec un impact au moins neutre",
                "tierische Erzeugnisse, lokal mit mindestens neutraler Wirkung erzeugt",
            ),
        },
    ],
    "narrative": Rich(
        """Farmland covers almost half of Belgium. How we farm decides whether skylarks, partridges, field
        flowers and soil life have a future here. Intensive practices, pesticides and the loss of hedges and
        field margins have made farmland birds one of the fastest declining groups of species.

        Farmers show every day that it can be done differently: crop rotations with legumes, flower strips and
        beetle banks, grazing that follows the seasons, fewer inputs, agroforestry and short supply chains that
        pay a fair price for nature-friendly products.

        Consumers, retailers and caterers make the difference too, by choosing and valuing these products.""",
        """Landbouwgrond beslaat bijna de helft van België. Hoe we boeren, bepaalt of veldleeuweriken,
        patrijzen, akkerbloemen en het bodemleven hier een toekomst hebben. Intensieve praktijken, pesticiden
        en het verdwijnen van hagen en akkerranden hebben van akkervogels een van de snelst achteruitgaande
        soortengroepen gemaakt.

        Landbouwers tonen elke dag dat het anders kan: teeltrotaties met vlinderbloemigen, bloemenstroken en
        keverbanken, begrazing die de seizoenen volgt, minder inputs, agroforestry en korte ketens die een
        eerlijke prijs betalen voor natuurvriendelijke producten.

        Ook consumenten, winkels en cateraars maken het verschil, door die producten te kiezen en te
        waarderen.""",
    ),
    "achievements": Items(
        """- Farming practices that restore soil life and farmland species
        - Fewer pesticides and artificial fertilisers
        - Short supply chains and a fair price for nature-friendly products
        - Consumers who know where their food comes from
        - Knowledge shared between farmers, researchers and advisors""",
        """- Landbouwpraktijken die het bodemleven en akkersoorten herstellen
        - Minder pesticiden en kunstmeststoffen
        - Korte ketens en een eerlijke prijs voor natuurvriendelijke producten
        - Consumenten die weten waar hun voedsel vandaan komt
        - Kennis die gedeeld wordt tussen landbouwers, onderzoekers en adviseurs""",
    ),
    "criteria": Items(
        """- The production is located in Belgium and its volume is measured in tonnes a year
        - Its impact on biodiversity is assessed with a recognised method and is at least neutral
        - At least 7 % of the farm area is given to landscape elements and non-productive habitats
        - The use of pesticides is reduced or avoided
        - Results are monitored and shared""",
        """- De productie vindt plaats in België en het volume wordt gemeten in ton per jaar
        - De impact op de biodiversiteit wordt met een erkende methode beoordeeld en is minstens neutraal
        - Minstens 7 % van de bedrijfsoppervlakte is voorbehouden aan landschapselementen en niet-productieve
          leefgebieden
        - Het gebruik van pesticiden wordt verminderd of vermeden
        - De resultaten worden opgevolgd en gedeeld""",
    ),
}

OBJECTIVE_7 = {
    "number": 7,
    "slug": "primary-production-areas",
    "title": T(
        "Primary production areas",
        "Primaire productiegebieden",
        "Zones de production primaire",
        "Flächen der Primärproduktion",
    ),
    "target_summary": T(
        "By 2030, manage 500,000 ha of primary production areas with at least a neutral impact on biodiversity.",
        "Tegen 2030 500.000 ha primaire productiegebieden beheren met minstens een neutrale impact op de "
        "biodiversiteit.",
        "D'ici 2030, gérer 500 000 ha de zones de production primaire avec un impact au moins neutre sur la "
        "biodiversité.",
        "Bis 2030 500.000 ha Flächen der Primärproduktion mit mindestens neutraler Wirkung auf die biologische "
        "Vielfalt bewirtschaften.",
    ),
    "targets": [
        {
            "value": "500000",
            "unit": T("ha", "ha", "ha", "ha"),
            "description": T(
                "of primary production areas with at least a neutral impact",
                "primaire productiegebieden met minstens een neutrale impact",
                "de zones de production primaire avec un impact au moins neutre",
                "Flächen der Primärproduktion mit mindestens neutraler Wirkung",
            ),
        }
    ],
    "narrative": Rich(
        """Fields, meadows, production forests, orchards and fish ponds are not only places of production: they
        are habitats in their own right, and together they form most of the open space in Belgium.

        Managing them with nature in mind means keeping old grasslands, planting and caring for hedges and
        tree rows, leaving field margins and wet spots, choosing mixed native tree species in forests and
        leaving old trees and dead wood standing.

        These areas then store more carbon and water, suffer less from pests and erosion, and offer a
        landscape that people love to walk through.""",
        """Akkers, weiden, productiebossen, boomgaarden en visvijvers zijn niet alleen plaatsen van productie:
        het zijn volwaardige leefgebieden, en samen vormen ze het grootste deel van de open ruimte in België.

        Ze beheren met oog voor de natuur betekent oude graslanden behouden, hagen en bomenrijen aanplanten
        en onderhouden, akkerranden en natte plekken laten liggen, in bossen kiezen voor gemengde inheemse
        boomsoorten en oude bomen en dood hout laten staan.

        Die gebieden slaan dan meer koolstof en water op, hebben minder last van plagen en erosie, en bieden
        een landschap waar mensen graag doorheen wandelen.""",
    ),
    "achievements": Items(
        """- Primary production areas managed with at least a neutral impact on biodiversity
        - Preserved permanent grasslands and wetlands
        - Mixed, resilient forests with old trees and dead wood
        - Hedges, tree rows and field margins that connect habitats
        - Management agreements that reward farmers and foresters""",
        """- Primaire productiegebieden beheerd met minstens een neutrale impact op de biodiversiteit
        - Behouden permanente graslanden en natte gebieden
        - Gemengde, veerkrachtige bossen met oude bomen en dood hout
        - Hagen, bomenrijen en akkerranden die leefgebieden verbinden
        - Beheerovereenkomsten die landbouwers en bosbeheerders belonen""",
    ),
    "criteria": Items(
        """- The area concerned is defined and measured in hectares
        - A biodiversity assessment shows that the impact of the management is at least neutral
        - Permanent grasslands and existing landscape elements are kept
        - The management plan includes measures for typical species of the area
        - The engagement runs for at least five years""",
        """- Het betrokken gebied is afgebakend en gemeten in hectaren
        - Een biodiversiteitsbeoordeling toont aan dat de impact van het beheer minstens neutraal is
        - Permanente graslanden en bestaande landschapselementen blijven behouden
        - Het beheerplan bevat maatregelen voor typische soorten van het gebied
        - Het engagement loopt minstens vijf jaar""",
    ),
}

OBJECTIVE_8 = {
    "number": 8,
    "slug": "imported-primary-commodities",
    "title": T(
        "Imported primary commodities",
        "Ingevoerde primaire grondstoffen",
        "Produits primaires importés",
        "Importierte Primärrohstoffe",
    ),
    "target_summary": T(
        "By 2030, ensure that 38.5 million tonnes of imported primary commodities a year have at least a neutral "
        "impact on biodiversity.",
        "Tegen 2030 ervoor zorgen dat jaarlijks 38,5 miljoen ton ingevoerde primaire grondstoffen minstens een "
        "neutrale impact hebben op de biodiversiteit.",
        "D'ici 2030, veiller à ce que 38,5 millions de tonnes de produits primaires importés chaque année aient "
        "un impact au moins neutre sur la biodiversité.",
        "Bis 2030 sicherstellen, dass jährlich 38,5 Millionen Tonnen importierte Primärrohstoffe mindestens "
        "neutral auf die biologische Vielfalt wirken.",
    ),
    "targets": [
        {
            "value": "38500000",
            "unit": T("t/y", "t/jaar", "t/an", "t/Jahr"),
            "description": T(
                "of imported primary commodities with at least a neutral impact",
                "ingevoerde primaire grondstoffen met minstens een neutrale impact",
                "de produits primaires importés avec un impact au moins neutre",
                "importierte Primärrohstoffe mit mindestens neutraler Wirkung",
            ),
        }
    ],
    "narrative": Rich(
        """Belgium's footprint reaches far beyond its borders. Soy, palm oil, cocoa, coffee, timber and other
        commodities imported through our ports are often linked to deforestation and the destruction of
        savannahs and wetlands in producing countries.

        Companies can trace their supply chains to the field, choose certified or deforestation-free sources,
        work with producers on nature-friendly practices and reduce the volumes they need. Public buyers can
        set the same requirements in their tenders.

        Deforestation-free supply chains protect the climate and the livelihoods of local communities as much
        as they protect species.""",
        """De voetafdruk van België reikt tot ver buiten onze grenzen. Soja, palmolie, cacao, koffie, hout en
        andere grondstoffen die via onze havens worden ingevoerd, gaan vaak samen met ontbossing en de
        vernietiging van savannes en wetlands in de productielanden.

        Bedrijven kunnen hun toeleveringsketens tot op het veld traceren, kiezen voor gecertificeerde of
        ontbossingsvrije bronnen, met producenten samenwerken aan natuurvriendelijke praktijken en de
        volumes die ze nodig hebben verminderen. Publieke aankopers kunnen dezelfde eisen stellen in hun
        aanbestedingen.

        Ontbossingsvrije ketens beschermen het klimaat en het levensonderhoud van lokale gemeenschappen evenzeer
        als de soorten.""",
    ),
    "achievements": Items(
        """- Supply chains traced back to the place of production
        - Imports free from deforestation and the conversion of natural ecosystems
        - Nature-friendly practices supported in producing countries
        - Public and private purchasing that sets biodiversity criteria
        - Transparent reporting on the impact of imports""",
        """- Toeleveringsketens die traceerbaar zijn tot de plaats van productie
        - Invoer zonder ontbossing en zonder omvorming van natuurlijke ecosystemen
        - Ondersteuning van natuurvriendelijke praktijken in de productielanden
        - Publieke en private aankopen met biodiversiteitscriteria
        - Transparante rapportering over de impact van de invoer""",
    ),
    "criteria": Items(
        """- The volumes concerned are measured in tonnes a year
        - The origin of the commodities is traceable
        - The commodities are certified or otherwise shown to be free from deforestation
        - The company sets itself measurable targets and a timetable
        - Progress is reported publicly every year""",
        """- De betrokken volumes worden gemeten in ton per jaar
        - De herkomst van de grondstoffen is traceerbaar
        - De grondstoffen zijn gecertificeerd of aantoonbaar ontbossingsvrij
        - Het bedrijf stelt zich meetbare doelen en een tijdpad
        - De vooruitgang wordt jaarlijks publiek gerapporteerd""",
    ),
}

OBJECTIVE_9 = {
    "number": 9,
    "slug": "surplus-food",
    "title": T("Surplus food", "Voedseloverschotten", "Surplus alimentaire", "Lebensmittelüberschüsse"),
    "target_summary": T(
        "By 2030, have 435,000 tonnes of surplus food a year consumed, recovered or redistributed.",
        "Tegen 2030 jaarlijks 435.000 ton voedseloverschotten laten consumeren, recupereren of herverdelen.",
        "D'ici 2030, faire consommer, valoriser ou redistribuer 435 000 tonnes de surplus alimentaire par an.",
        "Bis 2030 jährlich 435.000 Tonnen Lebensmittelüberschüsse verzehren, verwerten oder umverteilen.",
    ),
    "targets": [
        {
            "value": "435000",
            "unit": T("t/y", "t/jaar", "t/an", "t/Jahr"),
            "description": T(
                "of surplus food consumed, recovered or redistributed",
                "voedseloverschotten geconsumeerd, gerecupereerd of herverdeeld",
                "de surplus alimentaire consommés, valorisés ou redistribués",
                "Lebensmittelüberschüsse verzehrt, verwertet oder umverteilt",
            ),
        }
    ],
    "narrative": Rich(
        """Every tonne of food that is thrown away has used land, water and energy for nothing. Food waste
        therefore puts pressure on biodiversity all along the chain, from the field to the bin.

        Surplus fruit and vegetables can be turned into soups, juices and preserves; unsold products can be
        redistributed through food banks and social groceries; and what can no longer be eaten can still feed
        animals or the soil.

        Fighting food waste saves money, creates local jobs and helps people who struggle to put healthy
        food on the table.""",
        """Elke ton voedsel die wordt weggegooid, heeft voor niets land, water en energie gebruikt.
        Voedselverspilling zet daardoor druk op de biodiversiteit doorheen de hele keten, van het veld tot de
        vuilnisbak.

        Overschotten van groenten en fruit kunnen worden verwerkt tot soepen, sappen en conserven; onverkochte
        producten kunnen worden herverdeeld via voedselbanken en sociale kruideniers; en wat niet meer
        gegeten kan worden, kan nog altijd dieren of de bodem voeden.

        Voedselverspilling tegengaan bespaart geld, schept lokale jobs en helpt mensen die het moeilijk hebben
        om gezond eten op tafel te zetten.""",
    ),
    "achievements": Items(
        """- Less food lost at every step of the chain
        - Surplus food processed into products with a longer shelf life
        - Unsold food redistributed to people who need it
        - Remaining streams used as feed or compost rather than burnt
        - Consumers who plan, store and cook without waste""",
        """- Minder voedselverlies in elke schakel van de keten
        - Voedseloverschotten verwerkt tot producten die langer houdbaar zijn
        - Onverkocht voedsel herverdeeld naar mensen die het nodig hebben
        - Reststromen gebruikt als veevoeder of compost in plaats van verbrand
        - Consumenten die zonder verspilling plannen, bewaren en koken""",
    ),
    "criteria": Items(
        """- The volumes concerned are measured in tonnes a year
        - The engagement follows the order of priority: prevent, redistribute, process, then recover
        - Food safety rules are respected at every step
        - Partnerships with social organisations are formalised
        - Results are monitored and reported every year""",
        """- De betrokken volumes worden gemeten in ton per jaar
        - Het engagement volgt de volgorde van prioriteit: voorkomen, herverdelen, verwerken en dan pas
          valoriseren
        - De regels inzake voedselveiligheid worden in elke stap nageleefd
        - Samenwerkingen met sociale organisaties worden geformaliseerd
        - De resultaten worden jaarlijks opgevolgd en gerapporteerd""",
    ),
}

OBJECTIVE_10 = {
    "number": 10,
    "slug": "biodiversity-friendly-financial-flows",
    "title": T(
        "Biodiversity-friendly financial flows",
        "Biodiversiteitsvriendelijke financiële stromen",
        "Flux financiers favorables à la biodiversité",
        "Biodiversitätsfreundliche Finanzströme",
    ),
    "target_summary": T(
        "By 2030, have 150 public and private entities make their financial flows biodiversity-friendly.",
        "Tegen 2030 150 publieke en private entiteiten hun financiële stromen biodiversiteitsvriendelijk laten maken.",
        "D'ici 2030, amener 150 entités publiques et privées à rendre leurs flux financiers favorables à la "
        "biodiversité.",
        "Bis 2030 150 öffentliche und private Einrichtungen dazu bringen, ihre Finanzströme "
        "biodiversitätsfreundlich zu gestalten.",
    ),
    "targets": [
        {
            "value": "150",
            "unit": T("entities", "entiteiten", "entités", "Einrichtungen"),
            "description": T(
                "public and private, with biodiversity-friendly financial flows",
                "publiek en privaat, met biodiversiteitsvriendelijke financiële stromen",
                "publiques et privées, avec des flux financiers favorables à la biodiversité",
                "öffentlich und privat, mit biodiversitätsfreundlichen Finanzströmen",
            ),
        }
    ],
    "narrative": Rich(
        """Money shapes landscapes. Loans, investments, insurance policies and subsidies still too often
        finance activities that destroy nature, while projects that restore it struggle to find funding.

        Banks, insurers, pension funds, foundations and public authorities can measure the impact of their
        portfolios on biodiversity, exclude the most harmful activities, set targets and invest in nature
        restoration, from local initiatives to large landscape projects.

        Nature-positive finance reduces risks for investors and gives local initiatives, like those
        supported by Be Planet, the means to grow.""",
        """Geld geeft landschappen vorm. Leningen, beleggingen, verzekeringen en subsidies financieren nog te
        vaak activiteiten die de natuur vernietigen, terwijl projecten die haar herstellen moeite hebben om
        financiering te vinden.

        Banken, verzekeraars, pensioenfondsen, stichtingen en overheden kunnen de impact van hun portefeuilles
        op de biodiversiteit meten, de schadelijkste activiteiten uitsluiten, doelen stellen en investeren in
        natuurherstel, van lokale initiatieven tot grote landschapsprojecten.

        Natuurpositieve financiering verkleint de risico's voor investeerders en geeft lokale initiatieven,
        zoals die welke Be Planet steunt, de middelen om te groeien.""",
    ),
    "achievements": Items(
        """- Financial institutions that measure their impact and dependence on nature
        - Harmful activities excluded from portfolios
        - More public and private money for nature restoration
        - Transparent reporting in line with recognised frameworks
        - Local initiatives with access to funding""",
        """- Financiële instellingen die hun impact op en afhankelijkheid van de natuur meten
        - Schadelijke activiteiten uitgesloten uit portefeuilles
        - Meer publiek en privaat geld voor natuurherstel
        - Transparante rapportering volgens erkende kaders
        - Lokale initiatieven met toegang tot financiering""",
    ),
    "criteria": Items(
        """- The entity assesses the impact of its financial flows on biodiversity
        - It adopts a policy that excludes the most harmful activities
        - It sets measurable targets for its portfolio or its spending
        - It dedicates part of its resources to nature restoration
        - It reports on its progress every year""",
        """- De entiteit beoordeelt de impact van haar financiële stromen op de biodiversiteit
        - Ze neemt een beleid aan dat de schadelijkste activiteiten uitsluit
        - Ze stelt meetbare doelen voor haar portefeuille of haar uitgaven
        - Ze besteedt een deel van haar middelen aan natuurherstel
        - Ze rapporteert jaarlijks over haar vooruitgang""",
    ),
}

OBJECTIVES = [OBJECTIVE_6, OBJECTIVE_7, OBJECTIVE_8, OBJECTIVE_9, OBJECTIVE_10]
