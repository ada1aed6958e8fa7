"""Organisations that joined the objectives: thirty-five engagements in the language each organisation wrote in.

The engagements are invented, also those of organisations that appear elsewhere in the demo (Natuurpunt, the
city of Genk, the companies that took the demo scan): they show how the objectives fill up, not what these
organisations really committed to. Contact people are invented too, with e-mail addresses at example.be and
example.org; only organisations of ``organisations.py`` have a website, the one given there.

Contributions name the objective's targets by their position in the objective's list of targets (0 for the
first); the loader turns them into the targets' translation keys and units. The approved contributions reach
between 2 % and 15 % of each target, so that every progress bar moves. An engagement with ``scan`` set joined
from the results of the demo scan of the company with the same name (``scans.py``), ``after_scan`` days after
it was submitted when given. The loader finds an engagement by its organisation name and objective, so running
it again adds nothing.
"""

from home.choices import OrganisationType as Type

from .organisations import ORGANISATIONS

SEED = "demo-engagement"
APPROVED, PENDING, REJECTED = "approved", "pending", "rejected"


def website(key):
    """The website of the demo organisation whose English name is ``key``."""
    return next(spec["website"] for spec in ORGANISATIONS if spec["key"] == key)


def engagement(
    objective,
    language,
    status,
    name,
    type_,
    contact,
    email,
    municipality,
    years,
    commitment,
    contributions,
    *,
    listed=True,
    url="",
    scan=False,
    after_scan=None,
    reason="",
):
    return {
        "objective": objective,
        "language": language,
        "status": status,
        "organisation_name": name,
        "organisation_type": type_,
        "website": url,
        "contact_name": contact,
        "contact_email": email,
        "municipality": municipality,
        "start_year": years[0],
        "end_year": years[1],
        "commitment": commitment,
        "contributions": contributions,  # target position: amount (a string, read as a Decimal)
        "list_publicly": listed,
        "scan": scan,
        "after_scan": after_scan,
        "rejection_reason": reason,
    }


ENGAGEMENTS = [
    # Objective 1: 120,000 ha of urban and peri-urban areas.
    engagement(
        1,
        "nl",
        APPROVED,
        "Stad Genk",
        Type.MUNICIPALITY,
        "Lotte Vanhoudt",
        "lotte.vanhoudt@example.be",
        "Genk",
        (2024, 2030),
        "Genk beheert 1.450 ha stedelijk groen, van parken en bermen tot de Stiemervallei, volgens een ecologisch "
        "beheerplan en zonder pesticiden. Elk jaar ontharden we minstens twee speelplaatsen, en we volgen de "
        "resultaten op met een jaarlijkse soortentelling.",
        {0: "1450"},
        url=website("City of Genk"),
    ),
    engagement(
        1,
        "nl",
        APPROVED,
        "Provincie Antwerpen",
        Type.REGIONAL_AGENCY,
        "Pieter De Smedt",
        "pieter.desmedt@example.be",
        "Antwerpen",
        (2025, 2030),
        "De provincie brengt 2.300 ha provinciedomeinen en groengebieden rond de steden onder een ecologisch "
        "beheerplan, met bloemrijke graslanden, dood hout en inheemse beplanting. Bezoekers helpen mee met de "
        "jaarlijkse vlinder- en bijentelling.",
        {0: "2300"},
        url=website("Province of Antwerp"),
    ),
    engagement(
        1,
        "nl",
        PENDING,
        "Wijkcomité Groene Kouter",
        Type.CITIZENS,
        "Sarah Claeys",
        "groenekouter@example.org",
        "Gent",
        (2026, 2028),
        "Samen met de buurtbewoners vormen we 12 ha gazons en restgroen in de wijk om tot bloemenweiden en een "
        "voedselbos, die we zonder pesticiden beheren.",
        {0: "12"},
    ),
    # Objective 2: 1,500 buildings and 20 % of urban and peri-urban infrastructure.
    engagement(
        2,
        "nl",
        APPROVED,
        "Regie der Gebouwen",
        Type.FEDERAL_BODY,
        "Koen Verstraeten",
        "koen.verstraeten@example.be",
        "Brussel",
        (2024, 2030),
        "Bij elke grote renovatie van een federaal gebouw maken we een nulmeting van de biodiversiteit en voeren "
        "we maatregelen uit die een nettowinst opleveren: groendaken, nestkasten voor gierzwaluwen en vleermuizen "
        "en onthaarde binnenplaatsen. Tegen 2030 gaat het om 85 gebouwen.",
        {0: "85"},
        url=website("Buildings Agency"),
    ),
    engagement(
        2,
        "nl",
        APPROVED,
        "Intercommunale Leie-Schelde",
        Type.REGIONAL_AGENCY,
        "Nele Vermeulen",
        "nele.vermeulen@example.be",
        "Deinze",
        (2025, 2030),
        "We vergroenen 14 eigen gebouwen (recyclageparken, kantoren en werkplaatsen) en beheren de bermen, grachten "
        "en parkings van onze bedrijventerreinen ecologisch: samen 0,9 % van de stedelijke infrastructuur in de "
        "regio.",
        {0: "14", 1: "0.9"},
    ),
    engagement(
        2,
        "en",
        REJECTED,
        "Oakwood Property NV",
        Type.COMPANY,
        "Michael Janssens",
        "m.janssens@example.be",
        "Uccle",
        (2025, 2027),
        "Oakwood will install sedum roofs on twelve of its office buildings in Brussels by 2027.",
        {0: "12"},
        listed=False,
        scan=True,
        reason="Thank you for your engagement. A sedum roof on its own does not yet meet the criteria of this "
        "objective: we ask for a baseline of the biodiversity on each site and measures that bring a net gain, "
        "such as native plantings, nesting places or unpaved ground. We would be glad to receive a new engagement "
        "that includes them.",
    ),
    # Objective 3: 2,000 bed & breakfasts for wild pollinators.
    engagement(
        3,
        "nl",
        APPROVED,
        "Natuurpunt",
        Type.NGO,
        "Hanne Wouters",
        "hanne.wouters@example.be",
        "Mechelen",
        (2024, 2030),
        "Onze afdelingen begeleiden 250 tuinen, speelplaatsen en parkjes tot een volwaardige B&B voor wilde "
        "bestuivers: inheemse bloemen van maart tot oktober, nestgelegenheid en plekken om te overwinteren. Elke "
        "B&B wordt geregistreerd en jaarlijks bezocht.",
        {0: "250"},
        url=website("Natuurpunt"),
    ),
    engagement(
        3,
        "nl",
        APPROVED,
        "Tuincentrum Groenhof BV",
        Type.COMPANY,
        "Bart Lemmens",
        "bart.lemmens@example.be",
        "Hasselt",
        (2025, 2029),
        "We leggen op ons eigen terrein een voorbeeldtuin voor wilde bestuivers aan en begeleiden 40 klanten, "
        "scholen en buurtverenigingen bij de aanleg van een bestuivers-B&B, met inheems plantgoed.",
        {0: "40"},
        scan=True,
    ),
    engagement(
        3,
        "fr",
        PENDING,
        "Collectif Jardins de Jette",
        Type.CITIZENS,
        "Camille Dubois",
        "jardins.jette@example.org",
        "Jette",
        (2026, 2028),
        "Notre collectif transforme dix-huit jardins et deux intérieurs d'îlot en gîtes pour pollinisateurs : "
        "prairies fleuries, talus sableux et tiges sèches laissées en place pendant l'hiver.",
        {0: "20"},
    ),
    engagement(
        3,
        "nl",
        REJECTED,
        "Golfclub Kempenheide",
        Type.COMPANY,
        "Dirk Mertens",
        "secretariaat@example.be",
        "Mol",
        (2025, 2026),
        "We plaatsen 30 insectenhotels langs de fairways van onze golfbaan.",
        {0: "30"},
        reason="Bedankt voor uw engagement. Een insectenhotel alleen is nog geen B&B voor bestuivers: de criteria "
        "vragen ook inheemse bloemen gedurende minstens drie seizoenen en een beheer zonder pesticiden. We "
        "bekijken graag een nieuw engagement waarin u bijvoorbeeld de ruwe zones laat bloeien.",
    ),
    # Objective 4: 1,000 nature-based solutions.
    engagement(
        4,
        "fr",
        APPROVED,
        "Ville de Rochefort",
        Type.MUNICIPALITY,
        "Julie Gillet",
        "julie.gillet@example.be",
        "Rochefort",
        (2024, 2030),
        "Avec Natagora, les agriculteurs et les habitants, la Ville restaure un réseau de 24 mares et zones "
        "humides qui retiennent l'eau de pluie, limitent le ruissellement et accueillent amphibiens et libellules.",
        {0: "24"},
        url=website("City of Rochefort"),
    ),
    engagement(
        4,
        "nl",
        APPROVED,
        "Vlaamse Milieumaatschappij",
        Type.REGIONAL_AGENCY,
        "Wim Goossens",
        "wim.goossens@example.be",
        "Aalst",
        (2024, 2030),
        "Langs de waterlopen die we beheren geven we op 45 plaatsen ruimte aan water: herstelde "
        "overstromingsgebieden, hermeanderende beken en bufferstroken langs akkers. Het effect op de waterpeilen "
        "en de biodiversiteit meten we elk jaar.",
        {0: "45"},
        url=website("Flanders Environment Agency"),
    ),
    engagement(
        4,
        "fr",
        APPROVED,
        "Transports Meuse SA",
        Type.COMPANY,
        "Olivier Renard",
        "o.renard@example.be",
        "Namur",
        (2025, 2027),
        "Sur notre dépôt de Namur, nous aménageons une noue derrière l'aire de lavage et désimperméabilisons "
        "1 200 m² de parking pour infiltrer l'eau de pluie sur place.",
        {0: "2"},
        scan=True,
    ),
    engagement(
        4,
        "en",
        PENDING,
        "Hoppeland Engineering BV",
        Type.COMPANY,
        "Emma Peeters",
        "emma.peeters@example.be",
        "Vilvoorde",
        (2026, 2030),
        "As engineers for local authorities, we will propose a nature-based alternative in every drainage project "
        "we take on, and see at least five rain gardens or wadis built by 2030.",
        {0: "5"},
        scan=True,
    ),
    # Objective 5: 4,000 km of linear infrastructure and 10,000 km of landscape elements.
    engagement(
        5,
        "nl",
        APPROVED,
        "Regionaal Landschap Schelde-Durme",
        Type.NGO,
        "Tom Van Acker",
        "tom.vanacker@example.be",
        "Lokeren",
        (2024, 2030),
        "Samen met landbouwers, gemeenten en bewoners planten en onderhouden we 420 km hagen, houtkanten en "
        "knotbomenrijen in het Scheldeland, met inheems en streekeigen plantgoed.",
        {1: "420"},
        url=website("Regionaal Landschap Schelde-Durme"),
    ),
    engagement(
        5,
        "nl",
        APPROVED,
        "Hoeve De Meersen",
        Type.FARMER,
        "Jan De Meyer",
        "hoevedemeersen@example.be",
        "Eeklo",
        (2025, 2030),
        "We planten 6,5 km gemengde hagen rond onze weilanden en langs de beek, en beheren ze zonder pesticiden "
        "en met een maaibeheer dat bloemen en nesten spaart.",
        {1: "6.5"},
        scan=True,
        after_scan=12,  # the advisor's note closes the follow-up when the farm has joined
    ),
    engagement(
        5,
        "en",
        APPROVED,
        "Life B4B",
        Type.FEDERAL_BODY,
        "Sophie Martens",
        "sophie.martens@example.org",
        "Brussels",
        (2024, 2030),
        "Within the LIFE integrated project, the federal partners manage 180 km of verges along railways, "
        "motorways and canals as ecological corridors, with late mowing, native plantings and wildlife passages "
        "where the infrastructure blocks the way.",
        {0: "180"},
        url=website("Life B4B"),
    ),
    engagement(
        5,
        "nl",
        APPROVED,
        "Landbouwcoöperatie Meetjesland CV",
        Type.FARMER,
        "Ann Van de Velde",
        "ann.vandevelde@example.be",
        "Maldegem",
        (2025, 2030),
        "Onze leden leggen samen 64 km nieuwe hagen en bloemrijke akkerranden aan en onderhouden de bestaande "
        "houtkanten volgens een gezamenlijk beheerplan.",
        {1: "64"},
        listed=False,
    ),
    engagement(
        5,
        "nl",
        PENDING,
        "Buurtvereniging Hagenland",
        Type.CITIZENS,
        "Griet Aerts",
        "griet.aerts@example.org",
        "Herentals",
        (2026, 2027),
        "Met de buurt planten we 3,2 km haag langs de trage wegen tussen Herentals en Noorderwijk.",
        {1: "3.2"},
    ),
    # Objective 6: 8 million t/y of crops and 3.5 million t/y of animal products.
    engagement(
        6,
        "nl",
        APPROVED,
        "Fruitveiling Zuid-Limburg CV",
        Type.COMPANY,
        "Kristof Vandeput",
        "kristof.vandeput@example.be",
        "Sint-Truiden",
        (2025, 2030),
        "Onze 320 aangesloten fruittelers produceren jaarlijks 240.000 ton appelen en peren in geïntegreerde teelt, "
        "met bloemstroken, nestkasten voor mezen en roofvogels en minder pesticiden. Een onafhankelijke "
        "controleur volgt de maatregelen elk jaar op.",
        {0: "240000"},
    ),
    engagement(
        6,
        "fr",
        APPROVED,
        "Coopérative laitière des Hauts-Plateaux SC",
        Type.FARMER,
        "Marc Collignon",
        "marc.collignon@example.be",
        "Libramont-Chevigny",
        (2024, 2030),
        "Nos 210 éleveurs produisent 115 000 tonnes de lait par an sur prairies permanentes, avec au moins 180 jours "
        "de pâturage, des haies entretenues et des bandes fleuries. Le cahier des charges est contrôlé chaque "
        "année.",
        {1: "115000"},
    ),
    engagement(
        6,
        "nl",
        PENDING,
        "Zuivelhoeve Ter Linden",
        Type.FARMER,
        "Joke Verhaegen",
        "terlinden@example.be",
        "Herzele",
        (2026, 2030),
        "We produceren jaarlijks 1.200 ton melk met weidegang op blijvend grasland en maaien een vijfde van de "
        "percelen pas na het broedseizoen.",
        {1: "1200"},
    ),
    # Objective 7: 500,000 ha of primary production areas.
    engagement(
        7,
        "fr",
        APPROVED,
        "Société forestière des Ardennes SC",
        Type.COMPANY,
        "Nathalie Hubert",
        "nathalie.hubert@example.be",
        "Saint-Hubert",
        (2024, 2030),
        "Pour quelque 600 propriétaires privés, nous gérons 13 500 ha de forêts de production en futaie "
        "irrégulière, avec des essences indigènes mélangées, des arbres d'habitat et du bois mort laissé sur place, "
        "sans coupe à blanc.",
        {0: "13500"},
    ),
    engagement(
        7,
        "fr",
        APPROVED,
        "Carrières du Condroz SA",
        Type.COMPANY,
        "Luc Mathieu",
        "luc.mathieu@example.be",
        "Huy",
        (2025, 2030),
        "Nous gérons 140 ha de notre site, dont l'ancienne fosse et ses abords, selon un plan écologique établi avec "
        "un écologue : pelouses calcaires, mares temporaires et parois pour le faucon pèlerin et l'hirondelle de "
        "rivage.",
        {0: "140"},
        scan=True,
    ),
    engagement(
        7,
        "de",
        PENDING,
        "Landwirtschaftlicher Verein Büllingen VoG",
        Type.FARMER,
        "Stefan Heinen",
        "stefan.heinen@example.be",
        "Büllingen",
        (2026, 2030),
        "Unsere Mitglieder bewirtschaften 1.250 ha Dauergrünland mit später Mahd auf einem Fünftel der Flächen, "
        "erhalten Hecken und Feldgehölze und verzichten auf Pestizide.",
        {0: "1250"},
    ),
    # Objective 8: 38.5 million t/y of imported primary commodities.
    engagement(
        8,
        "nl",
        APPROVED,
        "Graanterminal Gent NV",
        Type.COMPANY,
        "Frank De Wilde",
        "frank.dewilde@example.be",
        "Gent",
        (2026, 2030),
        "Vanaf 2026 slaan we alleen nog soja en graan over waarvan de herkomst tot op het perceel traceerbaar is en "
        "die gecertificeerd ontbossingsvrij zijn: 1,1 miljoen ton per jaar. We rapporteren de volumes jaarlijks.",
        {0: "1100000"},
        listed=False,
    ),
    engagement(
        8,
        "fr",
        APPROVED,
        "Chocolaterie de la Lesse SRL",
        Type.COMPANY,
        "Aurélie Dupont",
        "aurelie.dupont@example.be",
        "Dinant",
        (2025, 2030),
        "Tout notre cacao, soit 420 tonnes par an, vient de coopératives du Ghana et de l'Équateur avec lesquelles "
        "nous travaillons directement, en agroforesterie, sans déforestation et avec une traçabilité jusqu'à la "
        "parcelle.",
        {0: "420"},
        scan=True,
    ),
    engagement(
        8,
        "fr",
        REJECTED,
        "Négoce Agro Meuse SA",
        Type.COMPANY,
        "Bernard Lejeune",
        "b.lejeune@example.be",
        "Liège",
        (2025, 2030),
        "Nous nous engageons à importer chaque année 200 000 tonnes de soja et de tourteaux responsables.",
        {0: "200000"},
        reason="Merci pour votre engagement. Tel qu'il est décrit, il ne permet pas encore de vérifier l'origine "
        "des volumes annoncés ni leur impact sur la biodiversité. Nous vous invitons à le soumettre à nouveau en "
        "précisant la certification ou le système de traçabilité utilisé.",
    ),
    # Objective 9: 435,000 t/y of surplus food.
    engagement(
        9,
        "nl",
        APPROVED,
        "Voedselhub Leiestreek vzw",
        Type.NGO,
        "Inge Desmet",
        "inge.desmet@example.org",
        "Kortrijk",
        (2024, 2030),
        "We halen elke dag voedseloverschotten op bij veilingen, supermarkten en bakkers in de Leiestreek en "
        "verdelen ze onder zestig sociale organisaties: 3.100 ton per jaar tegen 2030.",
        {0: "3100"},
    ),
    engagement(
        9,
        "de",
        APPROVED,
        "Brauerei Hohes Venn GmbH",
        Type.COMPANY,
        "Andrea Kessler",
        "andrea.kessler@example.be",
        "Eupen",
        (2025, 2030),
        "Wir geben unseren gesamten Treber, rund 650 Tonnen im Jahr, an Landwirte aus der Region als Futter weiter "
        "und backen mit einer Bäckerei aus Eupen Treberbrot.",
        {0: "650"},
        scan=True,
    ),
    engagement(
        9,
        "fr",
        APPROVED,
        "Supermarchés coopératifs du Brabant SC",
        Type.COMPANY,
        "Isabelle Laurent",
        "isabelle.laurent@example.be",
        "Ottignies-Louvain-la-Neuve",
        (2024, 2030),
        "Nos 85 magasins donnent chaque jour leurs invendus à des associations, les transforment en soupes et "
        "compotes ou les vendent à prix réduit : 6 100 tonnes par an d'ici 2030.",
        {0: "6100"},
    ),
    # Objective 10: 150 entities with biodiversity-friendly financial flows.
    engagement(
        10,
        "fr",
        APPROVED,
        "Assurances Mosane SA",
        Type.FINANCE,
        "Philippe Marchal",
        "p.marchal@example.be",
        "Bruxelles",
        (2025, 2030),
        "Nous mesurons l'empreinte biodiversité de nos placements, excluons les entreprises liées à la "
        "déforestation et consacrons 5 % de nos investissements à la restauration de la nature en Belgique.",
        {0: "1"},
        scan=True,
    ),
    engagement(
        10,
        "nl",
        APPROVED,
        "Spaarkas Kempenland CV",
        Type.FINANCE,
        "Eva Smets",
        "eva.smets@example.be",
        "Turnhout",
        (2025, 2030),
        "We toetsen alle bedrijfskredieten aan een biodiversiteitscheck en bieden landbouwers en ondernemingen een "
        "groene lening met een lagere rente voor natuurherstel.",
        {0: "1"},
        listed=False,
    ),
    engagement(
        10,
        "en",
        APPROVED,
        "Brussels Impact Investors Network",
        Type.FINANCE,
        "Thomas Leclercq",
        "thomas.leclercq@example.org",
        "Brussels",
        (2024, 2030),
        "Our five member funds will each adopt a biodiversity policy by 2027: measuring the impact of their "
        "portfolios, excluding the most harmful activities and setting targets for investments in nature.",
        {0: "5"},
    ),
    engagement(
        10,
        "nl",
        PENDING,
        "Groenkapitaal CV",
        Type.FINANCE,
        "Ruben Jacobs",
        "ruben.jacobs@example.org",
        "Leuven",
        (2026, 2030),
        "Als coöperatief crowdfundingplatform financieren we alleen nog projecten die de biodiversiteit niet "
        "schaden, en we rapporteren elk jaar over de natuurwinst van onze portefeuille.",
        {0: "1"},
    ),
]
