"""Organisations named in the seeds: partners of the alliance, project owners and participants.

The English name is the stable key the demo loader looks organisations up by.
"""

from home.choices import OrganisationType as Type
from home.demo.text import Rich, T


def org(name, type_, website="", description=None, partner=False):
    return {
        "key": name.get("en"),
        "name": name,
        "organisation_type": type_,
        "website": website,
        "description": description,
        "is_partner": partner,
    }


ORGANISATIONS = [
    org(
        T("Be Planet"),
        Type.NGO,
        "https://www.beplanet.org/",
        Rich(
            """Be Planet supports local initiatives in Belgium that work for the environment, the climate and
            solidarity. Since it was founded in 2015, it has supported more than 600 initiatives and paid out
            more than 5 million euro to projects in sustainable food, soft mobility, reuse and recycling,
            biodiversity and renewable energy.""",
            """Be Planet ondersteunt lokale initiatieven in België die zich inzetten voor het milieu, het klimaat
            en solidariteit. Sinds de oprichting in 2015 heeft de organisatie al meer dan 600 initiatieven
            ondersteund en meer dan 5 miljoen euro uitgekeerd aan projecten op het gebied van duurzame voeding,
            zachte mobiliteit, hergebruik en recycling, biodiversiteit en hernieuwbare energie.""",
        ),
        partner=True,
    ),
    org(
        T("Natagora"),
        Type.NGO,
        "https://www.natagora.be/",
        Rich(
            """Natagora protects nature in Wallonia and Brussels: it manages nature reserves, studies and counts
            species with thousands of volunteers, and helps farmers, municipalities and citizens to make room
            for wildlife.""",
            """Natagora beschermt de natuur in Wallonië en Brussel: de vereniging beheert natuurreservaten,
            bestudeert en telt soorten met duizenden vrijwilligers en helpt landbouwers, gemeenten en burgers om
            ruimte te maken voor wilde dieren en planten.""",
        ),
        partner=True,
    ),
    org(
        T("Natuurpunt"),
        Type.NGO,
        "https://www.natuurpunt.be/",
        Rich(
            """Natuurpunt is the largest nature conservation organisation in Flanders. It manages more than 500
            nature reserves and brings together volunteers who protect and study nature close to home.""",
            """Natuurpunt is de grootste natuurvereniging van Vlaanderen. Ze beheert meer dan 500
            natuurgebieden en brengt vrijwilligers samen die de natuur dicht bij huis beschermen en bestuderen.""",
        ),
        partner=True,
    ),
    org(
        T("City of Rochefort", "Stad Rochefort", "Ville de Rochefort", "Stadt Rochefort"),
        Type.MUNICIPALITY,
        "https://www.rochefort.be/",
        Rich(
            """The city of Rochefort, in the province of Namur, restores a blue network of ponds together with
            Natagora, farmers and citizens.""",
            """De stad Rochefort, in de provincie Namen, herstelt samen met Natagora, boeren en burgers een blauw
            netwerk van vijvers.""",
        ),
    ),
    org(
        T("City of Genk", "Stad Genk", "Ville de Genk", "Stadt Genk"),
        Type.MUNICIPALITY,
        "https://www.genk.be/",
        Rich(
            """Genk wants to make the Stiemer valley a green-blue landscape gem that connects people, city and
            nature, and invites its residents to plant forests together.""",
            """Genk wil van de Stiemervallei een groenblauwe landschapsparel maken die mens, stad en natuur
            verbindt, en nodigt zijn inwoners uit om samen bossen te planten.""",
        ),
        partner=True,
    ),
    org(
        T("Province of Antwerp", "Provincie Antwerpen", "Province d'Anvers", "Provinz Antwerpen"),
        Type.REGIONAL_AGENCY,
        "https://www.provincieantwerpen.be/",
        Rich(
            """The province of Antwerp works on nature and landscape, biodiversity, environment, climate, water
            and public health. Its eighteen landscape images for biodiversity show which measures suit each
            region.""",
            """De provincie Antwerpen werkt aan natuur en landschap, biodiversiteit, milieu, klimaat, water en
            volksgezondheid. Haar achttien landschapsbeelden voor biodiversiteit tonen welke maatregelen bij
            elke regio passen.""",
        ),
        partner=True,
    ),
    org(
        T("Departement Omgeving", "Departement Omgeving", "Departement Omgeving", "Departement Omgeving"),
        Type.REGIONAL_AGENCY,
        "https://omgeving.vlaanderen.be/",
        Rich(
            """The Flemish Department of Spatial Planning and Environment prepares and evaluates the Flemish
            policy on spatial planning, environment, nature and energy.""",
            """Het Departement Omgeving bereidt het Vlaamse beleid voor ruimtelijke ordening, milieu, natuur en
            energie voor en evalueert het.""",
        ),
        partner=True,
    ),
    org(
        T("Vogelbescherming Vlaanderen"),
        Type.NGO,
        "https://www.vogelbescherming.be/",
        Rich(
            """The Flemish Bird Protection Association protects wild birds and their habitats, and cares for
            birds in need.""",
            """Vogelbescherming Vlaanderen beschermt wilde vogels en hun leefgebieden en zorgt voor vogels in
            nood.""",
        ),
    ),
    org(
        T("Life B4B"),
        Type.FEDERAL_BODY,
        "",
        Rich(
            """Life B4B, "Belgium for Biodiversity", is a LIFE integrated project in which the federal
            government and the regions work together on the Belgian biodiversity strategy, including nature
            connectivity across the country.""",
            """Life B4B, "Belgium for Biodiversity", is een geïntegreerd LIFE-project waarin de federale
            overheid en de gewesten samenwerken aan de Belgische biodiversiteitsstrategie, waaronder de
            ecologische connectiviteit doorheen het land.""",
        ),
        partner=True,
    ),
    org(
        T("Federal Police", "Federale Politie", "Police fédérale", "Föderale Polizei"),
        Type.FEDERAL_BODY,
        "https://www.police.be/",
        Rich(
            """The Federal Police greens its own sites and brings local biodiversity back to them.""",
            """De Federale Politie vergroent haar eigen sites en brengt er de lokale biodiversiteit terug.""",
        ),
    ),
    org(
        T(
            "Royal Military School",
            "Koninklijke Militaire School",
            "École royale militaire",
            "Königliche Militärschule",
        ),
        Type.KNOWLEDGE,
        "https://www.rma.ac.be/",
        Rich(
            """The Royal Military School trains the officers of the Belgian Defence and increases biodiversity
            on its site in Brussels.""",
            """De Koninklijke Militaire School leidt de officieren van Defensie op en verhoogt de biodiversiteit
            op haar site in Brussel.""",
        ),
    ),
    org(
        T("Buildings Agency", "Regie der Gebouwen", "Régie des Bâtiments", "Regie der Gebäude"),
        Type.FEDERAL_BODY,
        "https://www.regiedergebouwen.be/",
        Rich(
            """The Buildings Agency manages the buildings of the federal government.""",
            """De Regie der Gebouwen beheert de gebouwen van de federale overheid.""",
        ),
    ),
    org(
        T("Bosalliantie"),
        Type.NGO,
        "",
        Rich(
            """Every year the Bosalliantie (Forest Alliance) organises a weekend of tree planting with schools
            and youth groups from all over Belgium.""",
            """Elk jaar organiseert de Bosalliantie een weekend vol boomplantacties met scholen en jeugdgroepen
            uit heel België.""",
        ),
    ),
    org(
        T("Jane Goodall Institute Belgium", "Jane Goodall Institute België", "Jane Goodall Institute Belgique"),
        Type.NGO,
        "https://www.janegoodall.be/en/",
        Rich(
            """The Jane Goodall Institute Belgium protects great apes and their forests and inspires young people
            to act for animals, people and the environment.""",
            """Het Jane Goodall Institute België beschermt mensapen en hun bossen en inspireert jongeren om in
            actie te komen voor dieren, mensen en het milieu.""",
        ),
        partner=True,
    ),
    org(
        T("De Landgenoten"),
        Type.CITIZENS,
        "https://delandgenoten.be/",
        Rich(
            """De Landgenoten is a cooperative and foundation that buys farmland together with citizens, so that
            young farmers can grow food organically and in harmony with nature.""",
            """De Landgenoten is een coöperatie en stichting die samen met burgers landbouwgrond aankoopt, zodat
            jonge boeren biologisch en in harmonie met de natuur voedsel kunnen telen.""",
        ),
        partner=True,
    ),
    org(
        T("Brussels Environment", "Leefmilieu Brussel", "Bruxelles Environnement", "Brüssel Umwelt"),
        Type.REGIONAL_AGENCY,
        "https://environnement.brussels/",
        Rich(
            """Brussels Environment is the environment and energy administration of the Brussels-Capital Region
            and manages many of its parks and forests.""",
            """Leefmilieu Brussel is de administratie voor leefmilieu en energie van het Brussels Hoofdstedelijk
            Gewest en beheert veel van zijn parken en bossen.""",
        ),
    ),
    org(
        T(
            "Flanders Environment Agency",
            "Vlaamse Milieumaatschappij",
            "Société flamande de l'environnement",
            "Flämische Umweltagentur",
        ),
        Type.REGIONAL_AGENCY,
        "https://www.vmm.be/",
        Rich(
            """The Flanders Environment Agency works for clean water and air and manages the larger
            unnavigable watercourses of Flanders.""",
            """De Vlaamse Milieumaatschappij werkt aan zuiver water en zuivere lucht en beheert de grotere
            onbevaarbare waterlopen in Vlaanderen.""",
        ),
    ),
    org(
        T("Regionaal Landschap Schelde-Durme"),
        Type.NGO,
        "https://www.rlsd.be/",
        Rich(
            """Regionaal Landschap Schelde-Durme works with municipalities, farmers and residents on the
            landscape of the Scheldt and Durme valleys, among others through joint purchases of native hedges
            and trees.""",
            """Regionaal Landschap Schelde-Durme werkt met gemeenten, landbouwers en bewoners aan het
            landschap van de Schelde- en Durmevallei, onder meer met samenaankopen van inheemse hagen en
            bomen.""",
        ),
    ),
    org(
        T("Plukboerderij Grondig"),
        Type.FARMER,
        "",
        Rich(
            """Four young farmers who choose a short and local supply chain, together with nature.""",
            """Vier jonge boeren die kiezen voor een korte en lokale keten, samen met de natuur.""",
        ),
    ),
    org(
        T("Waste Warriors"),
        Type.CITIZENS,
        "",
        Rich(
            """Waste Warriors turn residual streams of fruit and vegetables into food with a longer shelf life.""",
            """Waste Warriors zetten reststromen van groenten en fruit om in voedsel dat langer houdbaar is.""",
        ),
    ),
    org(
        T("Kick"),
        Type.CITIZENS,
        "",
        Rich(
            """A local partner of the ponds project in Rochefort.""",
            """Een lokale partner van het vijverproject in Rochefort.""",
        ),
    ),
    org(
        T(
            "FPS Health, Food Chain Safety and Environment",
            "FOD Volksgezondheid, Veiligheid van de Voedselketen en Leefmilieu",
            "SPF Santé publique, Sécurité de la Chaîne alimentaire et Environnement",
            "FÖD Volksgesundheit, Sicherheit der Nahrungsmittelkette und Umwelt",
        ),
        Type.FEDERAL_BODY,
        "https://www.health.belgium.be/",
        Rich(
            """The federal public service responsible for public health, the food chain and the environment,
            and a supporter of the Belgian Biodiversity Alliance.""",
            """De federale overheidsdienst bevoegd voor volksgezondheid, de voedselketen en leefmilieu, en een
            steunpilaar van de Belgian Biodiversity Alliance.""",
        ),
        partner=True,
    ),
]
