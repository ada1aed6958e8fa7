"""Objective 5, ecological connectivity: seed 003.

The Dutch text is the alliance's own, verbatim (only a space lost in extraction, "Desgevallend lokale", is
restored); the English is a faithful translation of it.
"""

from home.demo.text import Items, Rich, T

OBJECTIVE_5 = {
    "number": 5,
    "slug": "ecological-connectivity",
    "title": T(
        "Ecological connectivity",
        "Ecologische connectiviteit",
        "Connectivité écologique",
        "Ökologische Vernetzung",
    ),
    "target_summary": T(
        "By 2030, manage 4,000 km of linear infrastructure between urban and peri-urban areas and 10,000 km of "
        "landscape elements to improve ecological connectivity across the territory.",
        "Tegen 2030 4.000 km lineaire infrastructuur tussen stedelijke en voorstedelijke gebieden en 10.000 km "
        "landschapselementen beheren om de ecologische connectiviteit doorheen het grondgebied te verbeteren.",
        "D'ici 2030, gérer 4 000 km d'infrastructures linéaires entre zones urbaines et périurbaines et 10 000 km "
        "d'éléments paysagers afin d'améliorer la connectivité écologique sur l'ensemble du territoire.",
        "Bis 2030 4.000 km lineare Infrastruktur zwischen städtischen und stadtnahen Gebieten sowie 10.000 km "
        "Landschaftselemente so bewirtschaften, dass die ökologische Vernetzung im ganzen Land verbessert wird.",
    ),
    "targets": [
        {
            "value": "4000",
            "unit": T("km", "km", "km", "km"),
            "description": T(
                "of linear infrastructure between urban and peri-urban areas managed",
                "lineaire infrastructuur tussen stedelijke en voorstedelijke gebieden beheerd",
                "d'infrastructures linéaires entre zones urbaines et périurbaines gérées",
                "lineare Infrastruktur zwischen städtischen und stadtnahen Gebieten bewirtschaftet",
            ),
        },
        {
            "value": "10000",
            "unit": T("km", "km", "km", "km"),
            "description": T(
                "of landscape elements managed",
                "landschapselementen beheerd",
                "d'éléments paysagers gérés",
                "Landschaftselemente bewirtschaftet",
            ),
        },
    ],
    "narrative": Rich(
        """The quality of the Belgian green-blue network depends on its ecological integrity and connectivity.
        Infrastructure (railways, roads, motorways, rivers/canals, car parks, etc.) is a major cause of the
        fragmentation of the ecological network, and that fragmentation has an enormous impact on
        biodiversity. Besides actions to improve green and blue spaces in urban and peri-urban areas, it is
        also important to ensure that these areas are connected in a qualitative way within, outside and
        between cities, while at the same time integrating biodiversity into the management and development
        of infrastructure. Removing the obstacles to connectivity will also improve the quality of the
        network.

        For example, the ecological connectivity between large parks, across borders and between regions can
        be improved by planting hedges and landscape elements, restoring riverbeds or building ecoducts over
        roads and railways. Landscape elements such as hedges, trees and free-flowing rivers are also
        important components of ecological connectivity and can provide safe routes for various species.

        These new connecting elements will make it easier and safer for animal and plant species to move
        between different areas, while strengthening the green-blue network in Belgium.""",
        """De kwaliteit van het Belgische groenblauwe netwerk is afhankelijk van zijn ecologische integriteit en
        connectiviteit. Infrastructuur (spoorwegen, wegen, snelwegen, rivieren/kanalen, parkings, enz.) is een
        belangrijke oorzaak van de versnippering van het ecologisch netwerk en die versnippering heeft een
        enorme impact op de biodiversiteit. Naast acties om de groene en blauwe ruimten in stedelijke en
        voorstedelijke gebieden te verbeteren, is het ook belangrijk te zorgen dat die gebieden op een
        kwalitatieve manier verbonden zijn in, buiten en tussen steden, terwijl tegelijkertijd het
        biodiversiteitsaspect wordt geïntegreerd in het beheer en de ontwikkeling van de infrastructuur. Door
        de hinderpalen voor de connectiviteit weg te nemen, zal ook de kwaliteit van het netwerk verbeteren.

        Zo kan de ecologische connectiviteit tussen grote parken, over grenzen heen en tussen gewesten worden
        verbeterd door hagen en landschapselementen aan te planten, rivierbeddingen te herstellen of
        ecoducten te bouwen over wegen en spoorwegen. Landschapselementen zoals hagen, bomen en vrij stromende
        rivieren vormen ook belangrijke componenten van ecologische connectiviteit en kunnen zorgen voor
        veilige routes voor diverse soorten.

        Deze nieuwe verbindingselementen zullen de verplaatsing van dier- en plantensoorten tussen
        verschillende zones vergemakkelijken en veiliger maken, terwijl het groenblauwe netwerk in België
        wordt versterkt.""",
    ),
    "achievements": Items(
        """- Restoration and conservation of biodiversity
        - Restoration and improvement of the connectivity of the ecological network
        - Avoiding and minimising obstacles to ecological connectivity
        - Biodiversity-friendly infrastructure (for both new and existing infrastructure)
        - Biodiverse landscape elements
        - Integrating biodiversity considerations into spatial planning""",
        """- Herstel en instandhouding van de biodiversiteit
        - Herstel en verbetering van de connectiviteit van het ecologisch netwerk
        - Hinderpalen voor ecologische connectiviteit vermijden en tot een minimum beperken
        - Biodiversiteitsvriendelijke infrastructuur (voor zowel nieuwe als bestaande infrastructuur)
        - Biodiverse landschapselementen
        - Biodiversiteitsoverwegingen integreren in ruimtelijke ordening""",
    ),
    "criteria": Items(
        """- Facilitate the safe migration of animal and/or plant species through the different areas of the
          green-blue network
        - Where appropriate, use local species and subspecies that are more resilient and better able to
          withstand climate change
        - Restore and/or promote biodiverse landscape elements (e.g. trees, hedges, flowers, rivers, …) along
          linear infrastructure (e.g. roads, railways, …)
        - Respect and/or improve the specific ecological and environmental qualities of the area
        - Integrate the adjustments into the surrounding area and environment
        - Manage the adjustments ecologically (e.g. no use or a considered use of pesticides, …)""",
        """- De veilige migratie van dier- en/of plantensoorten doorheen de verschillende gebieden van het
          groenblauwe netwerk vergemakkelijken
        - Desgevallend lokale soorten, subsoorten gebruiken die veerkrachtiger en beter bestand tegen
          klimaatverandering zijn
        - Herstellen en/of bevorderen van biodiverse landschapselementen (bv.: bomen, hagen, bloemen,
          rivieren,...) langs lineaire infrastructuren (bv.: wegen, spoorwegen,...)
        - De specifieke ecologische en milieukwaliteiten van het gebied respecteren en/of verbeteren
        - De aanpassingen in het omliggende gebied en milieu integreren
        - De aanpassingen ecologisch beheren (bv.: niet-gebruik of doordacht gebruik van pesticiden,…)""",
    ),
}
