"""Showcase projects: ponds, forests, hedges, wetlands and urban parks."""

from home.choices import Province
from home.demo.text import Rich, T


def project(slug, **fields):
    return {"slug": slug, **fields}


PROJECTS = [
    project(
        "ponds-in-rochefort",
        title=T("Ponds in Rochefort", "Vijvers in Rochefort", "Des mares à Rochefort", "Teiche in Rochefort"),
        subtitle=T(
            "A blue network of interconnected ponds for amphibians, insects and water plants",
            "Een blauw netwerk van verbonden vijvers voor amfibieën, insecten en waterplanten",
        ),
        description=Rich(
            """In Rochefort more than 84 new ponds have already been dug, and by the end of 2025 there will be
            more than 100. This ambitious project restores a true blue network of interconnected water bodies
            that boosts local biodiversity.

            The new ponds create vital habitats for amphibians, insects and water plants, while they help to
            reduce run-off during heavy rainfall and support the recharging of groundwater.""",
            """In Rochefort zijn al meer dan 84 nieuwe vijvers aangelegd, en tegen eind 2025 zullen dat er meer
            dan 100 zijn. Dit ambitieuze project herstelt een echt blauw netwerk van onderling verbonden
            waterlichamen die de lokale biodiversiteit stimuleren.

            De nieuwe vijvers creëren vitale habitats voor amfibieën, insecten en waterplanten, terwijl ze
            helpen om afvloeiing tijdens hevige regenval te verminderen en de aanvulling van het grondwater te
            ondersteunen.""",
        ),
        municipality=T("Rochefort"),
        province=Province.NAMUR,
        latitude="50.162700",
        longitude="5.221500",
        organisation="City of Rochefort",
        partners=["Natagora", "Kick"],
        objectives=[4, 5],
        start_year=2021,
        contribution_value="84",
        contribution_unit=T("ponds (more than 100 by the end of 2025)", "vijvers (meer dan 100 tegen eind 2025)"),
        cost=T("€ 2,500 to € 6,000 per pond", "€ 2.500 tot € 6.000 per vijver"),
        criteria_met=Rich(
            """The ponds are placed so that amphibians can move from one to the next, forming stepping stones
            across fields, meadows and villages. They are dug without liners, planted with native species only
            and fed by rain and groundwater.""",
            """De vijvers liggen zo dat amfibieën van de ene naar de andere kunnen trekken, als stapstenen door
            akkers, weiden en dorpen. Ze worden gegraven zonder folie, enkel met inheemse soorten beplant en
            gevoed door regen- en grondwater.""",
        ),
        maintenance=Rich(
            """Natagora's volunteers follow up the ponds and count amphibians every spring. Landowners sign a
            management agreement and clear part of the banks in rotation every few years.""",
            """De vrijwilligers van Natagora volgen de vijvers op en tellen elk voorjaar de amfibieën.
            Grondeigenaars ondertekenen een beheerovereenkomst en ruimen om de paar jaar beurtelings een deel
            van de oevers.""",
        ),
        benefits=Rich(
            """Less run-off and erosion during storms, more groundwater, watering places for cattle, and a
            project that brings together the city, Natagora, Kick, farmers, citizens and local entrepreneurs:
            the region has become a national example.""",
            """Minder afvloeiing en erosie bij onweer, meer grondwater, drinkplaatsen voor het vee, en een
            project dat de stad, Natagora, Kick, boeren, burgers en lokale ondernemers samenbrengt: de regio is
            een nationaal voorbeeld geworden.""",
        ),
    ),
    project(
        "forest-in-one-day",
        title=T("Forest in one day", "Bos in één dag", "Une forêt en un jour", "Ein Wald an einem Tag"),
        subtitle=T(
            "A day when people of different ages, backgrounds and cultures come together to plant a forest",
            "Een dag waarop mensen van verschillende leeftijden, achtergronden en culturen samen een bos planten",
        ),
        description=Rich(
            """"Forest in One Day" is a day when people of different ages, backgrounds and cultures come
            together to plant a forest in one day. In Genk, hundreds of residents, pupils and colleagues planted
            a dense mini-forest of native trees and shrubs on a former lawn.

            The project aims to bring nature back into the neighbourhood, and to give residents a forest they
            planted themselves and feel responsible for.""",
            """"Bos in één dag" is een dag waarop mensen van verschillende leeftijden, achtergronden en culturen
            samenkomen om op één dag een bos te planten. In Genk plantten honderden bewoners, leerlingen en
            collega's een dicht minibos van inheemse bomen en struiken op een voormalig grasveld.

            Het project wil de natuur terugbrengen in de wijk, en de bewoners een bos geven dat ze zelf hebben
            geplant en waarvoor ze zich verantwoordelijk voelen.""",
        ),
        municipality=T("Genk"),
        province=Province.LIMBURG,
        latitude="50.965300",
        longitude="5.500800",
        organisation="City of Genk",
        partners=["Bosalliantie", "Natuurpunt"],
        objectives=[1, 4],
        start_year=2022,
        contribution_value="1.5",
        contribution_unit=T("ha of new urban forest", "ha nieuw stadsbos"),
        cost=T("€ 45,000", "€ 45.000"),
        criteria_met=Rich(
            """Only native species of local origin were planted, in a mix of more than twenty trees and shrubs.
            The former lawn is no longer mown or sprayed, and the forest edge is left to grow into a flowering
            mantle and fringe.""",
            """Er werden enkel inheemse soorten van lokale herkomst geplant, in een mengeling van meer dan
            twintig bomen en struiken. Het voormalige grasveld wordt niet meer gemaaid of bespoten, en de bosrand
            mag uitgroeien tot een bloeiende mantel- en zoomvegetatie.""",
        ),
        maintenance=Rich(
            """Residents water the young trees during the first two dry summers. After three years the forest
            takes care of itself; the city's green service checks it once a year.""",
            """Bewoners geven de jonge bomen water tijdens de eerste twee droge zomers. Na drie jaar zorgt het bos
            voor zichzelf; de groendienst van de stad controleert het eens per jaar.""",
        ),
        benefits=Rich(
            """Shade and coolness in a dense neighbourhood, rainwater that soaks into the soil, a place to play
            and learn, and neighbours who got to know each other.""",
            """Schaduw en koelte in een dichtbebouwde wijk, regenwater dat in de bodem dringt, een plek om te
            spelen en te leren, en buren die elkaar hebben leren kennen.""",
        ),
    ),
    project(
        "poelen-parels-in-het-landschap",
        title=T(
            "Poelen: parels in het landschap",
            "Poelen: parels in het landschap",
            "Mares : des perles dans le paysage",
            "Tümpel: Perlen in der Landschaft",
        ),
        subtitle=T(
            "Water is life: pools as sources of biodiversity",
            "Water is leven: poelen als bronnen van biodiversiteit",
        ),
        description=Rich(
            """Water is life. Pools are among the richest habitats in our landscape: in a single pool you can
            find frogs, newts, dragonflies, water beetles and dozens of water plants. Yet many old pools have
            been filled in or have silted up.

            With "Poelen: parels in het landschap" the province of Antwerp helps landowners to dig new pools
            and restore old ones, free of charge, following the landscape image of their region.""",
            """Water is leven. Poelen behoren tot de rijkste leefgebieden in ons landschap: in één poel vind je
            kikkers, salamanders, libellen, waterkevers en tientallen waterplanten. Toch werden veel oude poelen
            gedempt of zijn ze verland.

            Met "Poelen: parels in het landschap" helpt de provincie Antwerpen grondeigenaars om gratis nieuwe
            poelen te graven en oude te herstellen, volgens het landschapsbeeld van hun regio.""",
        ),
        municipality=T("Herentals"),
        province=Province.ANTWERP,
        latitude="51.177000",
        longitude="4.836000",
        organisation="Province of Antwerp",
        partners=["Natuurpunt"],
        objectives=[4, 5],
        start_year=2019,
        contribution_value="65",
        contribution_unit=T("pools dug or restored", "poelen gegraven of hersteld"),
        cost=T("€ 3,000 per pool on average", "gemiddeld € 3.000 per poel"),
        criteria_met=Rich(
            """Each pool is sited by the province's ecologists so that it links up with other pools and
            hedges nearby, with gentle banks, no fish and no liners.""",
            """Elke poel wordt door de ecologen van de provincie zo ingeplant dat hij aansluit bij andere poelen
            en hagen in de buurt, met flauwe oevers, zonder vissen en zonder folie.""",
        ),
        maintenance=Rich(
            """The landowner commits to keeping the pool for at least ten years and receives advice on
            clearing it in phases.""",
            """De grondeigenaar engageert zich om de poel minstens tien jaar te behouden en krijgt advies om hem
            gefaseerd te ruimen.""",
        ),
        benefits=Rich(
            """Water storage during dry periods, a drinking place for cattle and birds, and a pearl in the
            landscape for walkers.""",
            """Waterbuffering tijdens droge periodes, een drinkplaats voor vee en vogels, en een parel in het
            landschap voor wandelaars.""",
        ),
    ),
    project(
        "behaag-je-tuin",
        title=T("Behaag je tuin", "Behaag je tuin", "Une haie pour votre jardin", "Eine Hecke für Ihren Garten"),
        subtitle=T(
            "Joint purchase of native hedges, hedgerows, wood edges and high-stemmed (fruit) trees",
            "Samenaankoop van inheemse hagen, houtkanten, bosranden en hoogstam(fruit)bomen",
        ),
        description=Rich(
            """Every autumn residents can order native hedges, hedgerows, wood edges and high-stemmed fruit
            trees through a joint purchase, at a low price and with planting advice.

            Garden by garden, the hedges form a network of green ribbons through villages and the countryside,
            along which birds, hedgehogs and insects can travel.""",
            """Elk najaar kunnen bewoners via een samenaankoop inheemse hagen, houtkanten, bosranden en
            hoogstamfruitbomen bestellen, tegen een lage prijs en met plantadvies.

            Tuin na tuin vormen de hagen een netwerk van groene linten door dorpen en het buitengebied,
            waarlangs vogels, egels en insecten zich kunnen verplaatsen.""",
        ),
        municipality=T("Dendermonde"),
        province=Province.EAST_FLANDERS,
        latitude="51.028600",
        longitude="4.100500",
        organisation="Regionaal Landschap Schelde-Durme",
        partners=["Natuurpunt"],
        objectives=[5, 3],
        start_year=2016,
        contribution_value="12.4",
        contribution_unit=T("km of native hedges", "km inheemse hagen"),
        cost=T("€ 1.50 to € 4 per plant, paid by residents", "€ 1,50 tot € 4 per plant, betaald door de bewoners"),
        criteria_met=Rich(
            """Only native species of local origin are offered. Hedges are planted along roads, paths and
            field edges so that they connect with existing landscape elements.""",
            """Er worden enkel inheemse soorten van lokale herkomst aangeboden. De hagen worden aangeplant langs
            wegen, paden en perceelsranden zodat ze aansluiten bij bestaande landschapselementen.""",
        ),
        maintenance=Rich(
            """Buyers receive a pruning guide, and workshops on hedge laying are held every winter.""",
            """Kopers krijgen een snoeigids, en elke winter worden er workshops haagvlechten georganiseerd.""",
        ),
        benefits=Rich(
            """Shelter from wind, privacy, fruit, flowers for pollinators and nesting places for birds.""",
            """Beschutting tegen de wind, privacy, fruit, bloemen voor bestuivers en nestplaatsen voor vogels.""",
        ),
    ),
    project(
        "wetlands",
        title=T("Wetlands", "Wetlands", "Zones humides", "Feuchtgebiete"),
        subtitle=T(
            "Five urban wetlands in Flanders as biodiversity hotspots and natural climate buffers",
            "Vijf stedelijke wetlands in Vlaanderen als biodiversiteitshotspots en natuurlijke klimaatbuffers",
        ),
        description=Rich(
            """Wetlands aims to install five urban wetlands in Flanders and turn them into biodiversity
            hotspots, which act as natural climate buffers.

            Each wetland collects rainwater from streets and roofs, cleans it with reeds and other marsh
            plants, and releases it slowly to the stream or the groundwater.""",
            """Wetlands wil vijf stedelijke wetlands aanleggen in Vlaanderen en ze uitbouwen tot
            biodiversiteitshotspots die werken als natuurlijke klimaatbuffers.

            Elk wetland vangt regenwater van straten en daken op, zuivert het met riet en andere moerasplanten,
            en geeft het langzaam af aan de beek of het grondwater.""",
        ),
        municipality=T("Mechelen"),
        province=Province.ANTWERP,
        latitude="51.025700",
        longitude="4.477600",
        organisation="Flanders Environment Agency",
        partners=["Natuurpunt", "Departement Omgeving"],
        objectives=[4, 1],
        start_year=2023,
        contribution_value="5",
        contribution_unit=T("urban wetlands", "stedelijke wetlands"),
        cost=T("€ 1.2 million", "€ 1,2 miljoen"),
        criteria_met=Rich(
            """Each wetland answers a local flooding or drought problem, works with natural purification only,
            and is designed with the residents of the neighbourhood.""",
            """Elk wetland beantwoordt aan een lokaal probleem van wateroverlast of droogte, werkt enkel met
            natuurlijke zuivering, en wordt ontworpen samen met de bewoners van de wijk.""",
        ),
        maintenance=Rich(
            """The reed is mown in phases every autumn; water quality and species are monitored for five
            years.""",
            """Het riet wordt elk najaar gefaseerd gemaaid; waterkwaliteit en soorten worden vijf jaar lang
            opgevolgd.""",
        ),
        benefits=Rich(
            """Less flooding, cooler streets, cleaner water and green places for residents to enjoy.""",
            """Minder wateroverlast, koelere straten, zuiverder water en groene plekken waar bewoners van
            kunnen genieten.""",
        ),
    ),
    project(
        "meditation-in-the-vogelzangbeek-valley",
        title=T(
            "Meditation in the Vogelzangbeek valley",
            "Meditatie in de Vogelzangbeekvallei",
            "Méditation dans la vallée du Vogelzangbeek",
            "Meditation im Tal des Vogelzangbeek",
        ),
        subtitle=T(
            "Innovative design of Brussels green parks for the well-being and healthy recovery of citizens",
            "Innovatief ontwerp van Brusselse groene parken voor het welzijn en het gezond herstel van burgers",
        ),
        description=Rich(
            """In the valley of the Vogelzangbeek, one of the last open landscapes of Brussels, a network of
            quiet paths, meadows and resting places invites residents and patients of the nearby hospital to
            slow down and recover in nature.

            The design combines the restoration of wet meadows and the stream with places for meditation and
            guided nature walks.""",
            """In de vallei van de Vogelzangbeek, een van de laatste open landschappen van Brussel, nodigt een
            netwerk van stille paden, weiden en rustplekken bewoners en patiënten van het nabijgelegen
            ziekenhuis uit om te vertragen en te herstellen in de natuur.

            Het ontwerp combineert het herstel van natte hooilanden en de beek met plekken voor meditatie en
            begeleide natuurwandelingen.""",
        ),
        municipality=T("Anderlecht"),
        province=Province.BRUSSELS,
        latitude="50.815600",
        longitude="4.262900",
        organisation="Brussels Environment",
        partners=["Natagora"],
        objectives=[1],
        start_year=2020,
        contribution_value="12",
        contribution_unit=T("ha of park and valley", "ha park en vallei"),
        cost=T("€ 350,000", "€ 350.000"),
        criteria_met=Rich(
            """Meadows are mown late and the hay is removed; paths avoid the most sensitive wet zones; the
            stream banks are made gentle again.""",
            """De hooilanden worden laat gemaaid en het maaisel wordt afgevoerd; de paden vermijden de
            kwetsbaarste natte zones; de beekoevers worden opnieuw flauw gemaakt.""",
        ),
        maintenance=Rich(
            """Brussels Environment manages the valley with a long-term management plan and volunteers of
            Natagora.""",
            """Leefmilieu Brussel beheert de vallei volgens een langetermijnbeheerplan en met vrijwilligers van
            Natagora.""",
        ),
        benefits=Rich(
            """Rest and recovery for residents and patients, a cooler neighbourhood and room for the stream.""",
            """Rust en herstel voor bewoners en patiënten, een koelere wijk en ruimte voor de beek.""",
        ),
    ),
]
