"""News: the first get-together of the working group "Nature connectivity in Belgium" (seed 002)."""

import datetime

from home.demo.text import Body, Rich, T

from .blocks import call_to_action, heading

WORKING_GROUP_GET_TOGETHER = {
    "slug": "working-group-nature-connectivity-in-belgium",
    "date": datetime.date(2024, 10, 7),
    "image": "news:nature-connectivity",
    "related": ["green4grey", "stiemervallei"],
    "title": T(
        "Working group 'Nature connectivity in Belgium': first get-together",
        "Werkgroep 'Natuurverbinding in België': eerste bijeenkomst",
        "Groupe de travail « Connectivité de la nature en Belgique » : première rencontre",
        "Arbeitsgruppe „Naturvernetzung in Belgien“: erstes Treffen",
    ),
    "introduction": T(
        "Register now for the first big get-together on nature connectivity in Belgium, on 6 November 2024 in "
        "Brussels.",
        "Schrijf je nu in voor de eerste grote bijeenkomst over natuurverbinding in België, op 6 november 2024 "
        "in Brussel.",
    ),
    "body": Body(
        [
            (
                "paragraph",
                Rich(
                    """The get-together kicks off a better exchange of knowledge, collaboration and a joint
                        vision between all the actors who currently contribute to this theme in Belgium.
                        Alongside other interregional partners, local governments and other organisations, you
                        can help to align current efforts, prepare for future challenges and brainstorm about
                        spatial planning, governance, financing, monitoring and research.

                        The event is organised by Life B4B, Departement Omgeving (the Flemish Department of
                        Spatial Planning and Environment) and Vogelbescherming Vlaanderen (the Flemish Bird
                        Protection Association).""",
                    """De bijeenkomst geeft de aftrap voor een betere kennisuitwisseling, samenwerking en een
                        gezamenlijke visie tussen alle actoren die vandaag in België aan dit thema bijdragen.
                        Samen met andere interregionale partners, lokale besturen en andere organisaties kun je
                        helpen om de huidige inspanningen op elkaar af te stemmen, je voor te bereiden op
                        toekomstige uitdagingen en te brainstormen over ruimtelijke planning, governance,
                        financiering, monitoring en onderzoek.

                        Het evenement wordt georganiseerd door Life B4B, het Departement Omgeving en
                        Vogelbescherming Vlaanderen.""",
                ),
            ),
            heading("Practical information", "Praktische informatie"),
            (
                "paragraph",
                Rich(
                    """- When: 6 November 2024, coffee at 9:00, start at 9:30, closing at 16:00
                        - Where: Hendrik Conscience building, Koning Albert II-laan 15, 1210 Brussels (near
                          Brussels-North station)
                        - Language: English
                        - The event is free, but registration is required""",
                    """- Wanneer: 6 november 2024, koffie om 9.00 uur, start om 9.30 uur, einde om 16.00 uur
                        - Waar: Hendrik Consciencegebouw, Koning Albert II-laan 15, 1210 Brussel (vlak bij het
                          station Brussel-Noord)
                        - Taal: Engels
                        - Het evenement is gratis, maar inschrijven is verplicht""",
                ),
            ),
            heading("Programme", "Programma"),
            (
                "paragraph",
                Rich(
                    """In the morning, Toon Denys, secretary-general of Departement Omgeving, welcomes the
                        participants, followed by the results of the survey "Nature connectivity in Belgium"
                        carried out by Life B4B and four inspirational presentations based on its answers.

                        In the afternoon every participant joins two of four workshops: towards an integrated
                        spatial vision; governance; mobilisation of additional resources; and wildlife
                        connectivity and capacity building. When you register, you rank the four themes; your
                        ranking, the capacity of each workshop and a balanced mix of partners decide which
                        workshops you follow. The day closes at 15:40 with a short discussion of the next steps
                        and a group picture.""",
                    """In de voormiddag verwelkomt Toon Denys, secretaris-generaal van het Departement
                        Omgeving, de deelnemers, gevolgd door de resultaten van de bevraging "Natuurverbinding in
                        België" van Life B4B en vier inspirerende presentaties op basis van de antwoorden.

                        In de namiddag neemt elke deelnemer deel aan twee van de vier workshops: naar een
                        geïntegreerde ruimtelijke visie; governance; bijkomende middelen mobiliseren; en
                        connectiviteit voor wilde dieren en capaciteitsopbouw. Bij de inschrijving rangschik je de
                        vier thema's; je rangschikking, de capaciteit van elke workshop en een evenwichtige mix van
                        partners bepalen welke workshops je volgt. De dag sluit om 15.40 uur af met een korte
                        bespreking van de volgende stappen en een groepsfoto.""",
                ),
            ),
            call_to_action(
                T("Ecological connectivity", "Ecologische connectiviteit"),
                T(
                    "By 2030, 4,000 km of linear infrastructure and 10,000 km of landscape elements managed.",
                    "Tegen 2030 4.000 km lineaire infrastructuur en 10.000 km landschapselementen beheerd.",
                ),
                T("Discover the objective", "Ontdek de doelstelling"),
                page="objective:5",
            ),
        ]
    ),
}
