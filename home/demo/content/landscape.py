"""A free content page: the province of Antwerp's landscape images for biodiversity (seed 004)."""

from home.demo.text import Body, Rich, T

from .blocks import call_to_action, heading, image

IMAGES = {
    "content:rupel-zenne-dijle": "Landscape image 'Rupel, Zenne en Dijle'",
    "content:water-buffer": "Water buffer, Coeck",
    "content:mustelids": "Red fox, beech marten, pine marten and least weasel",
}

LANDSCAPE_PAGE = {
    "slug": "landscape-images-for-biodiversity",
    "title": T(
        "Landscape images for biodiversity",
        "Landschapsbeelden voor biodiversiteit",
        "Images paysagères pour la biodiversité",
        "Landschaftsbilder für die Biodiversität",
    ),
    "search_description": T(
        "The province of Antwerp is divided into 18 landscape regions, each with a vision on green infrastructure. "
        "In which landscape image do you live?",
        "De provincie Antwerpen is opgedeeld in 18 landschapsregio's, elk met een visie op groene infrastructuur. "
        "In welk landschapsbeeld woon jij?",
    ),
    "introduction": T(
        "The province of Antwerp (Belgium) is a regional government that works on different policy domains. One "
        "of these domains is taking care of the structural improvement of our living environment. We implement "
        "this task by working on different aspects of nature and landscape, biodiversity, environment, climate, "
        "water and public health.",
        "De provincie Antwerpen is een regionale overheid die op verschillende beleidsdomeinen werkt. Een van die "
        "domeinen is de structurele verbetering van onze leefomgeving. We voeren die taak uit door te werken aan "
        "verschillende aspecten van natuur en landschap, biodiversiteit, milieu, klimaat, water en "
        "volksgezondheid.",
    ),
    "body": Body(
        [
            (
                "quote",
                {
                    "text": T(
                        "We want present and future generations to enjoy all facets of the province in a healthy and "
                        "sustainable way.",
                        "We willen dat huidige en toekomstige generaties op een gezonde en duurzame manier van alle "
                        "facetten van de provincie kunnen genieten.",
                    ),
                    "attribution": T("Province of Antwerp", "Provincie Antwerpen"),
                },
            ),
            heading("Provincial landscape images biodiversity", "Provinciale landschapsbeelden biodiversiteit"),
            (
                "paragraph",
                Rich(
                    """Counteracting fragmentation for fauna and flora is an important task within the nature and
                    landscape theme. We implement this task by means of our "provincial landscape images
                    biodiversity".

                    This project intends to facilitate the establishment of more high-quality green
                    infrastructure, besides improving existing green infrastructure, in order to get functional
                    green infrastructure networks in the landscapes outside nature reserves. These areas include
                    industrial areas, agricultural landscapes, transport infrastructure, land owned by a local
                    government, private gardens, … Greening schools and companies, public green spaces, a more
                    ecological management of gardens, building pools, building fauna passages, and restoring
                    networks of groves, wood edges and rows of trees can provide a functional green-blue network
                    in our province.

                    To create suitable "provincial landscape images biodiversity", the province of Antwerp was
                    divided into 18 regions. For each of these regions a vision on green infrastructure was
                    developed. To come to this vision, consultants analysed the characteristics of the landscape
                    of each region as well as the plant and animal species that use the landscape in this region
                    to feed, to breed, … These landscape characteristics and the ecological needs of the species
                    regarding green infrastructure formed the basis to determine the measures that need to be
                    taken in each region to increase biodiversity.

                    Now the images are used to communicate a landscape-scale vision on green infrastructure.
                    Local stakeholders are brought together in local meetings, because they are the necessary
                    partners to translate the vision to the local level. The meetings form the bridge between
                    policy and practice and initiate tailor-made plans and ideas.""",
                    """Versnippering tegengaan voor fauna en flora is een belangrijke taak binnen het thema natuur
                    en landschap. We voeren die taak uit met onze "provinciale landschapsbeelden biodiversiteit".

                    Dit project wil de aanleg van meer kwalitatieve groene infrastructuur faciliteren, naast de
                    verbetering van bestaande groene infrastructuur, om tot functionele netwerken van groene
                    infrastructuur te komen in de landschappen buiten de natuurgebieden. Het gaat om
                    bedrijventerreinen, landbouwlandschappen, vervoersinfrastructuur, gronden van een lokaal
                    bestuur, private tuinen, … Want scholen en bedrijven vergroenen, openbaar groen, een meer
                    ecologisch beheer van tuinen, poelen aanleggen, faunapassages bouwen en netwerken van bosjes,
                    houtkanten en bomenrijen herstellen kunnen zorgen voor een functioneel groenblauw netwerk in
                    onze provincie.

                    Om passende "provinciale landschapsbeelden biodiversiteit" te maken, werd de provincie
                    Antwerpen opgedeeld in 18 regio's. Voor elk van die regio's werd een visie op groene
                    infrastructuur uitgewerkt. Om tot die visie te komen, analyseerden studiebureaus de kenmerken
                    van het landschap van elke regio en de planten- en diersoorten die het landschap in die regio
                    gebruiken om te foerageren, te broeden, … Die landschapskenmerken en de ecologische noden van
                    de soorten op het vlak van groene infrastructuur vormden de basis om te bepalen welke
                    maatregelen in elke regio nodig zijn om de biodiversiteit te verhogen.

                    Vandaag worden de beelden gebruikt om een visie op groene infrastructuur op
                    landschapsschaal te communiceren. Lokale actoren worden samengebracht in lokale
                    overlegmomenten, want zij zijn de onmisbare partners om de visie naar het lokale niveau te
                    vertalen. Die overlegmomenten vormen de brug tussen beleid en praktijk en zetten plannen en
                    ideeën op maat in gang.""",
                ),
            ),
            image(
                "content:rupel-zenne-dijle",
                T(
                    "A landscape of river valleys with meadows, tree rows and villages",
                    "Een landschap van riviervalleien met weiden, bomenrijen en dorpen",
                ),
                T(
                    "Example landscape image 'Rupel, Zenne en Dijle'",
                    "Voorbeeld van landschapsbeeld 'Rupel, Zenne en Dijle'",
                ),
                T("© province of Antwerp", "© provincie Antwerpen"),
            ),
            (
                "paragraph",
                Rich(
                    """Each of the 18 provincial landscape images biodiversity consists of a typical image and a
                    corresponding brochure with more background information. By clicking on the overview map you
                    can see directly in which landscape image you live.""",
                    """Elk van de 18 provinciale landschapsbeelden biodiversiteit bestaat uit een typebeeld en een
                    bijhorende brochure met meer achtergrondinformatie. Door op de overzichtskaart te klikken, zie
                    je meteen in welk landschapsbeeld je woont.""",
                ),
            ),
            heading("2B Connect and BIODIVA", "2B Connect en BIODIVA"),
            (
                "paragraph",
                Rich(
                    """Another area where the province contributes to defragmentation is its active participation
                    in the "2B Connect" project. Within this Interreg project (2016 to 2019), 26 partners worked
                    on more biodiversity at business sites in the border region of Belgium and the Netherlands.
                    The green infrastructure that this project creates plays an important role as a natural
                    connection for plants and animals.

                    It also provides different instruments and trained advisors that help companies to increase
                    biodiversity at their sites, in addition to a biodiverse makeover of 10 selected areas. One of
                    the instruments is the biodiversity scan tool "BIODIVA". Through this tool, companies
                    understand what opportunities there are to work on biodiversity, both on their site and within
                    their business.""",
                    """Een ander domein waarin de provincie bijdraagt aan ontsnippering, is haar actieve deelname
                    aan het project "2B Connect". Binnen dit Interregproject (2016 tot 2019) werkten 26 partners
                    aan meer biodiversiteit op bedrijventerreinen in de grensregio van België en Nederland. De
                    groene infrastructuur die dit project realiseert, speelt een belangrijke rol als natuurlijke
                    verbinding voor planten en dieren.

                    Het project biedt ook verschillende instrumenten en opgeleide adviseurs die bedrijven helpen om
                    de biodiversiteit op hun terrein te verhogen, naast een biodiverse make-over van 10
                    geselecteerde zones. Een van de instrumenten is de biodiversiteitsscan "BIODIVA". Met deze tool
                    ontdekken bedrijven welke mogelijkheden er zijn om aan biodiversiteit te werken, zowel op hun
                    terrein als binnen hun bedrijfsvoering.""",
                ),
            ),
            image(
                "content:water-buffer",
                T("A water buffer with reed on a company site", "Een waterbuffer met riet op een bedrijfsterrein"),
                T("Water buffer, Coeck", "Waterbuffer, Coeck"),
                T("© province of Antwerp", "© provincie Antwerpen"),
            ),
            heading("Creating and advising", "Ontwerpen en adviseren"),
            (
                "paragraph",
                Rich(
                    """In addition to being active at the policy level, the province also has a team of experts
                    (ecologists) working on projects in the field. Their work consists mainly of preparing all
                    kinds of management plans (nature, forest, landscape, …), concrete nature design projects and
                    all kinds of advice. Advice to improve biodiversity and counteract fragmentation, as well as
                    advice on the design of wildlife crossings and passages, is one of the fields in which the
                    province is gaining expertise.

                    To improve its expertise, the province also invests in monitoring defragmentation measures.
                    Studying recent developments together with partners such as the university helps to give
                    advice and to make policy.""",
                    """Naast haar werk op beleidsniveau heeft de provincie ook een team van experten (ecologen) dat
                    aan projecten op het terrein werkt. Hun werk bestaat vooral uit het opmaken van allerlei
                    beheerplannen (natuur, bos, landschap, …), concrete natuurinrichtingsprojecten en allerlei
                    adviezen. Advies om de biodiversiteit te verbeteren en versnippering tegen te gaan, en advies
                    over het ontwerp van faunapassages en ecoducten, is een van de domeinen waarin de provincie
                    expertise opbouwt.

                    Om die expertise te verbeteren, investeert de provincie ook in de monitoring van
                    ontsnipperingsmaatregelen. Recente ontwikkelingen bestuderen samen met partners zoals de
                    universiteit helpt om advies te geven en beleid te maken.""",
                ),
            ),
            image(
                "content:mustelids",
                T(
                    "A red fox, a beech marten, a pine marten and a least weasel caught on camera",
                    "Een vos, een steenmarter, een boommarter en een wezel vastgelegd door een camera",
                ),
                T(
                    "Red fox (Vulpes vulpes), beech marten (Martes foina), pine marten (Martes martes), least "
                    "weasel (Mustela nivalis)",
                    "Vos (Vulpes vulpes), steenmarter (Martes foina), boommarter (Martes martes), wezel (Mustela "
                    "nivalis)",
                ),
                T("© province of Antwerp", "© provincie Antwerpen"),
            ),
            (
                "paragraph",
                Rich(
                    """Students are also given the opportunity to do internships and to work on projects. In this
                    way monitoring projects are set up and the efficiency of fauna tunnels is investigated. New
                    and different methods are tested, such as fyke nets and wildlife cameras.

                    By working in different ways with the provincial landscape images biodiversity, we work
                    principally on the Sustainable Development Goals (SDGs). Many ecosystem services apply:

                    - providing shade and cooling
                    - pollination and biodiversity
                    - education
                    - reducing noise pollution
                    - wood production
                    - infiltration and water retention""",
                    """Ook studenten krijgen de kans om stage te lopen en aan projecten te werken. Zo worden
                    monitoringprojecten opgezet en wordt de efficiëntie van faunatunnels onderzocht. Er worden
                    nieuwe en andere methoden getest, zoals fuiken en wildcamera's.

                    Door op verschillende manieren met de provinciale landschapsbeelden biodiversiteit te werken,
                    werken we vooral aan de duurzame ontwikkelingsdoelstellingen (SDG's). Heel wat
                    ecosysteemdiensten spelen mee:

                    - schaduw en verkoeling
                    - bestuiving en biodiversiteit
                    - educatie
                    - vermindering van geluidshinder
                    - houtproductie
                    - infiltratie en waterretentie""",
                ),
            ),
            call_to_action(
                T("In which landscape image do you live?", "In welk landschapsbeeld woon jij?"),
                T(
                    "The overview map of the province of Antwerp shows the 18 landscape images and their brochures.",
                    "De overzichtskaart van de provincie Antwerpen toont de 18 landschapsbeelden en hun brochures.",
                ),
                T("View the overview map", "Bekijk de overzichtskaart"),
                url="https://www.provincieantwerpen.be/",
            ),
            call_to_action(
                T("Make your landscape part of the network", "Maak jouw landschap deel van het netwerk"),
                T(
                    "Commit to the objective 'Ecological connectivity' and help to reach 10,000 km of landscape "
                    "elements by 2030.",
                    "Engageer je voor de doelstelling 'Ecologische connectiviteit' en help mee om tegen 2030 "
                    "10.000 km landschapselementen te bereiken.",
                ),
                T("Join this engagement", "Sluit je aan bij dit engagement"),
                page="objective:5",
            ),
        ]
    ),
}
