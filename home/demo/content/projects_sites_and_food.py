"""Showcase projects: greened sites, stream valleys, a farm and surplus food."""

from home.choices import Province
from home.demo.text import Rich, T


def project(slug, **fields):
    return {"slug": slug, **fields}


PROJECTS = [
    project(
        "green4grey",
        title=T("Green4Grey"),
        subtitle=T(
            "Transforming grey semi-artificial landscapes into green-blue stepping stones in suburban areas",
            "Grijze, half-kunstmatige landschappen omvormen tot groenblauwe stapstenen in voorstedelijk gebied",
        ),
        description=Rich(
            """Business parks, sports grounds, cemeteries and camp sites take up a lot of space around our
            cities. Green4Grey turns these grey, semi-artificial landscapes into green-blue stepping stones
            between nature reserves.

            Together with their owners, the project unpaves, plants, digs ponds and changes the management of
            verges and lawns.""",
            """Bedrijventerreinen, sportvelden, begraafplaatsen en campings nemen veel ruimte in rond onze
            steden. Green4Grey vormt die grijze, half-kunstmatige landschappen om tot groenblauwe stapstenen
            tussen natuurgebieden.

            Samen met de eigenaars worden terreinen onthard, beplant, worden poelen gegraven en verandert het
            beheer van bermen en gazons.""",
        ),
        municipality=T("Kasterlee"),
        province=Province.ANTWERP,
        latitude="51.241000",
        longitude="4.966000",
        organisation="Province of Antwerp",
        partners=["Natuurpunt", "Departement Omgeving"],
        objectives=[5, 1],
        start_year=2021,
        contribution_value="46",
        contribution_unit=T("ha of grey land greened", "ha grijs terrein vergroend"),
        cost=T("€ 2.4 million (with European LIFE support)", "€ 2,4 miljoen (met Europese LIFE-steun)"),
        criteria_met=Rich(
            """Every site gets a design based on the landscape image of its region and the species that live
            nearby, so that it links up with the surrounding nature.""",
            """Elke site krijgt een ontwerp op basis van het landschapsbeeld van de regio en de soorten die in
            de buurt leven, zodat ze aansluit bij de omliggende natuur.""",
        ),
        maintenance=Rich(
            """Owners sign a management agreement and their staff are trained in ecological management.""",
            """Eigenaars ondertekenen een beheerovereenkomst en hun personeel wordt opgeleid in ecologisch
            beheer.""",
        ),
        benefits=Rich(
            """Lower maintenance costs, cooler sites, better water infiltration and a pleasant place to work.""",
            """Lagere onderhoudskosten, koelere terreinen, betere waterinfiltratie en een aangename werkplek.""",
        ),
    ),
    project(
        "greening-of-the-federal-police-site-in-asse",
        title=T(
            "Greening of the Federal Police site in Asse",
            "Vergroening van de site van de Federale Politie in Asse",
            "Verdurisation du site de la Police fédérale à Asse",
            "Begrünung des Geländes der Föderalen Polizei in Asse",
        ),
        subtitle=T(
            "Greening the Federal Police site and bringing back local biodiversity",
            "De site van de Federale Politie vergroenen en de lokale biodiversiteit terugbrengen",
        ),
        description=Rich(
            """The Federal Police training and intervention site in Asse was mostly lawn, asphalt and concrete.
            It is being greened step by step: car parks are unpaved, lawns become flowering meadows and new
            hedges and a pond connect the site with the surrounding countryside.

            Nest boxes for swifts, house martins and bats are built into the renovated buildings.""",
            """De opleidings- en interventiesite van de Federale Politie in Asse bestond vooral uit gazon, asfalt
            en beton. Ze wordt stap voor stap vergroend: parkings worden onthard, gazons worden bloemenweiden en
            nieuwe hagen en een poel verbinden de site met het omliggende platteland.

            In de gerenoveerde gebouwen worden nestkasten voor gierzwaluwen, huiszwaluwen en vleermuizen
            ingebouwd.""",
        ),
        municipality=T("Asse"),
        province=Province.FLEMISH_BRABANT,
        latitude="50.910500",
        longitude="4.198000",
        organisation="Federal Police",
        partners=["Buildings Agency", "Natuurpunt"],
        objectives=[2],
        start_year=2022,
        contribution_value="9",
        contribution_unit=T("buildings and their grounds", "gebouwen en hun omgeving"),
        cost=T("€ 180,000", "€ 180.000"),
        criteria_met=Rich(
            """A baseline inventory was made in 2022. Only native plants are used, and the nest boxes were
            chosen for the species already seen in Asse.""",
            """In 2022 werd een nulmeting uitgevoerd. Er worden enkel inheemse planten gebruikt, en de nestkasten
            werden gekozen voor de soorten die al in Asse werden waargenomen.""",
        ),
        maintenance=Rich(
            """The site's maintenance contract was rewritten: mowing twice a year, no pesticides, and a yearly
            check of the nest boxes.""",
            """Het onderhoudscontract van de site werd herschreven: twee keer per jaar maaien, geen pesticiden, en
            een jaarlijkse controle van de nestkasten.""",
        ),
        benefits=Rich(
            """A cooler and more pleasant site for the staff, less runoff, and a public body that leads by
            example.""",
            """Een koelere en aangenamere site voor het personeel, minder afstromend water, en een
            overheidsdienst die het goede voorbeeld geeft.""",
        ),
    ),
    project(
        "royal-military-school",
        title=T(
            "Royal Military School",
            "Koninklijke Militaire School",
            "École royale militaire",
            "Königliche Militärschule",
        ),
        subtitle=T(
            "Increase biodiversity at the RMS site and create an ecological connection with nearby parks",
            "De biodiversiteit op de site van de KMS verhogen en een ecologische verbinding maken met de parken in "
            "de buurt",
        ),
        description=Rich(
            """The Royal Military School lies between the Cinquantenaire park and the green avenues of
            Brussels. Its grounds are being transformed into a stepping stone between these parks, with a
            flowering meadow, a hedge of native shrubs, old trees that are kept standing and a small pond.

            Cadets and staff help to plant and to count the birds and insects that return.""",
            """De Koninklijke Militaire School ligt tussen het Jubelpark en de groene lanen van Brussel. Haar
            terrein wordt omgevormd tot een stapsteen tussen die parken, met een bloemenweide, een haag van
            inheemse struiken, oude bomen die blijven staan en een kleine poel.

            Cadetten en personeel helpen mee planten en tellen de vogels en insecten die terugkeren.""",
        ),
        municipality=T("Brussels", "Brussel", "Bruxelles", "Brüssel"),
        province=Province.BRUSSELS,
        latitude="50.840800",
        longitude="4.395300",
        organisation="Royal Military School",
        partners=["Buildings Agency", "Brussels Environment"],
        objectives=[5, 2],
        start_year=2023,
        contribution_value="1.2",
        contribution_unit=T("km of connecting hedges and verges", "km verbindende hagen en bermen"),
        cost=T("€ 95,000", "€ 95.000"),
        criteria_met=Rich(
            """The new hedges and verges line up with the trees of the nearby avenues and parks, so that birds,
            bats and insects can move safely across the neighbourhood.""",
            """De nieuwe hagen en bermen sluiten aan bij de bomen van de nabijgelegen lanen en parken, zodat
            vogels, vleermuizen en insecten zich veilig door de wijk kunnen verplaatsen.""",
        ),
        maintenance=Rich(
            """An ecological management plan for the grounds is part of the school's environmental
            management system.""",
            """Een ecologisch beheerplan voor het terrein maakt deel uit van het milieuzorgsysteem van de
            school.""",
        ),
        benefits=Rich(
            """A greener campus, a place for outdoor classes, and a link in the green network of the city.""",
            """Een groenere campus, een plek voor buitenlessen, en een schakel in het groene netwerk van de
            stad.""",
        ),
    ),
    project(
        "stiemervallei",
        title=T(
            "Stiemervallei: green-blue lifeline in Genk",
            "Stiemervallei: groen-blauwe levensader in Genk",
            "Vallée de la Stiemer : artère verte et bleue à Genk",
            "Stiemertal: grün-blaue Lebensader in Genk",
        ),
        subtitle=T(
            "A green-blue landscape gem that connects people, city and nature",
            "Een groenblauwe landschapsparel die mens, stad en natuur verbindt",
        ),
        description=Rich(
            """The city of Genk's ambition is to make the Stiemer valley a green-blue landscape gem that
            connects people, city and nature. The Stiemerbeek, long hidden in pipes and concrete channels,
            gets room to meander again through the heart of the city.

            Along the stream, wet meadows, reed beds and a continuous path for walkers and cyclists link the
            city centre with the nature reserves to the north and south.""",
            """De stad Genk heeft de ambitie om van de Stiemervallei een groenblauwe landschapsparel te maken
            die mens, stad en natuur verbindt. De Stiemerbeek, lang verborgen in buizen en betonnen bedding,
            krijgt opnieuw ruimte om te meanderen door het hart van de stad.

            Langs de beek verbinden natte hooilanden, rietvelden en een doorlopend pad voor wandelaars en
            fietsers het stadscentrum met de natuurgebieden in het noorden en het zuiden.""",
        ),
        municipality=T("Genk"),
        province=Province.LIMBURG,
        latitude="50.972000",
        longitude="5.490000",
        organisation="City of Genk",
        partners=["Flanders Environment Agency", "Natuurpunt"],
        objectives=[5, 4],
        start_year=2019,
        contribution_value="7",
        contribution_unit=T("km of restored stream valley", "km hersteld beekdal"),
        cost=T("€ 8 million over ten years", "€ 8 miljoen over tien jaar"),
        criteria_met=Rich(
            """The stream is opened up and given natural banks; fish passages remove barriers; the valley is
            managed as one continuous corridor.""",
            """De beek wordt opengelegd en krijgt natuurlijke oevers; vispassages ruimen barrières op; de vallei
            wordt beheerd als één doorlopende corridor.""",
        ),
        maintenance=Rich(
            """The city and the Flanders Environment Agency share the management, with a yearly meeting of all
            partners.""",
            """De stad en de Vlaamse Milieumaatschappij delen het beheer, met een jaarlijks overleg van alle
            partners.""",
        ),
        benefits=Rich(
            """Protection against flooding, a cooler city centre, and a green route through the city for
            residents.""",
            """Bescherming tegen overstromingen, een koeler stadscentrum, en een groene route door de stad voor
            de bewoners.""",
        ),
    ),
    project(
        "plukboerderij-grondig",
        title=T(
            "Plukboerderij Grondig",
            "Plukboerderij Grondig",
            "Ferme d'autocueillette Grondig",
            "Selbsterntehof Grondig",
        ),
        subtitle=T(
            "Four young farmers choose a short and local supply chain, together with nature",
            "Vier jonge boeren kiezen voor een korte en lokale keten, samen met de natuur",
        ),
        description=Rich(
            """Plukboerderij Grondig is a pick-your-own farm where four young farmers choose a short and local
            supply chain, together with nature. Members pay a yearly share and harvest their own vegetables,
            herbs, flowers and small fruit.

            The land is leased through De Landgenoten, who bought it together with citizens so that it stays in
            organic farming.""",
            """Plukboerderij Grondig is een zelfoogstboerderij waar vier jonge boeren kiezen voor een korte en
            lokale keten, samen met de natuur. Leden betalen een jaarlijks oogstaandeel en oogsten zelf hun
            groenten, kruiden, bloemen en kleinfruit.

            De grond wordt gepacht via De Landgenoten, die hem samen met burgers kochten zodat hij in biologische
            teelt blijft.""",
        ),
        municipality=T("Bierbeek"),
        province=Province.FLEMISH_BRABANT,
        latitude="50.827000",
        longitude="4.759000",
        organisation="Plukboerderij Grondig",
        partners=["De Landgenoten"],
        objectives=[6, 7],
        start_year=2020,
        contribution_value="3.5",
        contribution_unit=T("ha farmed with nature", "ha natuurvriendelijk geteeld"),
        cost=T("Financed by 250 members", "Gefinancierd door 250 leden"),
        criteria_met=Rich(
            """The farm uses no pesticides or artificial fertilisers, keeps 10 % of its land for hedges, flower
            strips and a pond, and rotates its crops with green manure.""",
            """De boerderij gebruikt geen pesticiden of kunstmeststoffen, houdt 10 % van haar grond vrij voor
            hagen, bloemenstroken en een poel, en wisselt haar teelten af met groenbemesters.""",
        ),
        maintenance=Rich(
            """The land is secured for organic farming for the long term by De Landgenoten.""",
            """De grond blijft dankzij De Landgenoten op lange termijn verzekerd voor biologische teelt.""",
        ),
        benefits=Rich(
            """Fresh local food, a living soil, and a farm where members and their children learn where food
            comes from.""",
            """Vers lokaal voedsel, een levende bodem, en een boerderij waar leden en hun kinderen leren waar
            voedsel vandaan komt.""",
        ),
    ),
    project(
        "waste-warriors",
        title=T("Waste Warriors"),
        subtitle=T(
            "Converting residual fruit and vegetable streams into food with a longer shelf life",
            "Reststromen van groenten en fruit omzetten in voedsel dat langer houdbaar is",
        ),
        description=Rich(
            """We are committed to converting residual fruit and vegetable streams into food with a longer
            shelf life. Every week, volunteers collect unsold fruit and vegetables from markets, wholesalers
            and shops.

            In a shared kitchen they turn them into soups, chutneys, jams and juices, which are sold at a fair
            price or given to social groceries.""",
            """We zetten ons in om reststromen van groenten en fruit om te zetten in voedsel dat langer houdbaar
            is. Elke week halen vrijwilligers onverkochte groenten en fruit op bij markten, groothandels en
            winkels.

            In een gedeelde keuken maken ze er soepen, chutneys, confituur en sappen van, die tegen een eerlijke
            prijs worden verkocht of aan sociale kruideniers worden geschonken.""",
        ),
        municipality=T("Anderlecht"),
        province=Province.BRUSSELS,
        latitude="50.843500",
        longitude="4.326000",
        organisation="Waste Warriors",
        partners=["Be Planet"],
        objectives=[9],
        start_year=2021,
        contribution_value="120",
        contribution_unit=T("t/y of fruit and vegetables saved", "t/jaar groenten en fruit gered"),
        cost=T("€ 60,000 a year", "€ 60.000 per jaar"),
        criteria_met=Rich(
            """Food is first offered to social groceries; only what cannot be redistributed is processed, and
            the remaining peels go to a local compost site. All volumes are weighed and reported.""",
            """Voedsel wordt eerst aan sociale kruideniers aangeboden; enkel wat niet herverdeeld kan worden,
            wordt verwerkt, en de overblijvende schillen gaan naar een lokale compostsite. Alle volumes worden
            gewogen en gerapporteerd.""",
        ),
        maintenance=Rich(
            """A core team of three employees and fifty volunteers keeps the kitchen running all year round.""",
            """Een kernteam van drie medewerkers en vijftig vrijwilligers houdt de keuken het hele jaar door
            draaiende.""",
        ),
        benefits=Rich(
            """Less waste, healthy food for families who need it, and jobs for people looking for work.""",
            """Minder verspilling, gezond voedsel voor gezinnen die het nodig hebben, en jobs voor
            werkzoekenden.""",
        ),
    ),
]
