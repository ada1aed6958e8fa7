"""Events: the events index, the working group's get-together (seed 002) and the events of the newsletter (seed 001).

Times of day are local (Europe/Brussels). Dates are worked out by the loader (``home/demo/events.py``) on the day
it runs, so that the demo always has events to register for:

- the get-together took place on 6 November 2024 (seed 002); it is moved to the first Thursday at least six weeks
  after the loader runs, so that the registration form and the workshop allocation can be tried. Registration is
  open when the loader runs and closes a week before the event; it opened four weeks earlier, so that the forty
  demo registrations, spread over those weeks, came after it opened;
- the other organisers' events of the November 2025 newsletter (seed 001) keep their dates while these are still
  ahead; once they have passed they are moved forward by whole years of 52 weeks (so a weekend stays a weekend
  and a Wednesday release a Wednesday) to their next occurrence, in the coming months;
- the alliance's first webinar (4 November 2025) is a past event and stays in the past, with its recording.

The workshops of the get-together are each held in both afternoon rounds with 15 places a round, so 30 places
each: the 60 participants' two workshops each fill the 120 seats. The demo registrations (forty, in the
registrants' languages) rank all four workshops, most of them the spatial vision first or second, so that the
allocation has to send some of them to a workshop they ranked lower.
"""

import datetime

from home.choices import OrganisationType as Type
from home.demo.text import Rich, Stream, T, block_id

from .organisations import org

THURSDAY = 3
SEED = "demo-registration"
PROGRAMME_KEY = "event:get-together:programme"

# Organisers that are not among the seeds' organisations yet; made (and translated) like the others.
ORGANISATIONS = [
    org(
        T("Cinéart"),
        Type.COMPANY,
        "https://www.cineart.be/",
        Rich(
            """Cinéart distributes independent and auteur films, documentaries among them, in the cinemas of
            Belgium and the Netherlands.""",
            """Cinéart brengt onafhankelijke films en auteursfilms, waaronder documentaires, in de bioscopen van
            België en Nederland.""",
            """Cinéart distribue des films indépendants et d'auteur, dont des documentaires, dans les salles de
            Belgique et des Pays-Bas.""",
        ),
    ),
]

INDEX = {
    "slug": "events",
    "title": T("Events", "Evenementen", "Événements", "Veranstaltungen"),
    "introduction": Rich(
        """Get-togethers, working groups and webinars of the alliance and its partners, and events on
        biodiversity by other organisers. Register for our events on their pages; the recordings of past
        webinars are there too.""",
        """Bijeenkomsten, werkgroepen en webinars van de alliantie en haar partners, en evenementen over
        biodiversiteit van andere organisatoren. Schrijf je in voor onze evenementen op hun pagina; daar vind je
        ook de opnames van voorbije webinars.""",
        """Rencontres, groupes de travail et webinaires de l'alliance et de ses partenaires, et événements sur la
        biodiversité d'autres organisateurs. Inscrivez-vous à nos événements sur leur page ; les enregistrements
        des webinaires passés s'y trouvent aussi.""",
        """Treffen, Arbeitsgruppen und Webinare der Allianz und ihrer Partner sowie Veranstaltungen anderer
        Organisatoren zur Biodiversität. Melden Sie sich auf der Seite der Veranstaltung an; dort finden Sie auch
        die Aufzeichnungen vergangener Webinare.""",
    ),
}


def item(time, end_time, title, speaker=None, description=None):
    """A programme item: times as "HH:MM" (``end_time`` may be None), texts as ``T`` (or None)."""
    return {"time": time, "end_time": end_time, "title": title, "speaker": speaker, "description": description}


PROGRAMME = [
    item(
        "09:00",
        "09:30",
        T(
            "Welcome with coffee and tea",
            "Onthaal met koffie en thee",
            "Accueil café et thé",
            "Empfang mit Kaffee und Tee",
        ),
    ),
    item(
        "09:30",
        "09:40",
        T("Word of welcome", "Welkomstwoord", "Mot de bienvenue", "Begrüßung"),
        T(
            "Toon Denys, secretary-general of Departement Omgeving",
            "Toon Denys, secretaris-generaal van het Departement Omgeving",
            "Toon Denys, secrétaire général du Departement Omgeving",
            "Toon Denys, Generalsekretär des Departement Omgeving",
        ),
    ),
    item(
        "09:40",
        "10:00",
        T(
            "Results of the survey 'Nature connectivity in Belgium'",
            "Resultaten van de bevraging 'Natuurverbinding in België'",
            "Résultats de l'enquête « Connectivité de la nature en Belgique »",
            "Ergebnisse der Umfrage „Naturvernetzung in Belgien“",
        ),
        T("Life B4B"),
        T(
            "The results and conclusions of the recent survey on nature connectivity carried out by the Life B4B "
            "project.",
            "De resultaten en conclusies van de recente bevraging over natuurverbinding door het project Life B4B.",
            "Les résultats et conclusions de la récente enquête sur la connectivité de la nature menée par le "
            "projet Life B4B.",
            "Die Ergebnisse und Schlussfolgerungen der aktuellen Umfrage des Projekts Life B4B zur Naturvernetzung.",
        ),
    ),
    item(
        "10:00",
        "11:50",
        T("Inspirational session", "Inspiratiesessie", "Session d'inspiration", "Impulsvorträge"),
        None,
        T(
            "A plenary session with four inspirational presentations based on the answers to the survey.",
            "Een plenaire sessie met vier inspirerende presentaties op basis van de antwoorden op de bevraging.",
            "Une séance plénière avec quatre présentations inspirantes fondées sur les réponses à l'enquête.",
            "Eine Plenarsitzung mit vier inspirierenden Vorträgen auf der Grundlage der Antworten auf die Umfrage.",
        ),
    ),
    item(
        "11:50",
        "12:00",
        T(
            "Introduction to the workshops",
            "Inleiding op de workshops",
            "Présentation des ateliers",
            "Einführung in die Workshops",
        ),
        None,
        T(
            "A ten-minute introduction to the four workshops of the afternoon.",
            "Een inleiding van tien minuten op de vier workshops van de namiddag.",
            "Une présentation de dix minutes des quatre ateliers de l'après-midi.",
            "Eine zehnminütige Einführung in die vier Workshops am Nachmittag.",
        ),
    ),
    item("12:00", "13:00", T("Lunch", "Lunch", "Déjeuner", "Mittagessen")),
    item(
        "13:00",
        "14:15",
        T("Workshops, first round", "Workshops, eerste ronde", "Ateliers, premier tour", "Workshops, erste Runde"),
        None,
        T(
            "Every participant joins two of the four workshops: their ranking of the themes, the capacity of each "
            "workshop and a balanced mix of partners decide which.",
            "Elke deelnemer volgt twee van de vier workshops: je rangschikking van de thema's, de capaciteit van "
            "elke workshop en een evenwichtige mix van partners bepalen welke.",
            "Chaque participant suit deux des quatre ateliers : votre classement des thèmes, la capacité de chaque "
            "atelier et un bon équilibre entre partenaires déterminent lesquels.",
            "Alle Teilnehmenden besuchen zwei der vier Workshops: Ihre Rangfolge der Themen, die Kapazität jedes "
            "Workshops und eine ausgewogene Mischung der Partner entscheiden, welche.",
        ),
    ),
    item(
        "14:25",
        "15:40",
        T("Workshops, second round", "Workshops, tweede ronde", "Ateliers, second tour", "Workshops, zweite Runde"),
    ),
    item(
        "15:40",
        "16:00",
        T("Wrap-up of the day", "Afronding van de dag", "Conclusion de la journée", "Abschluss des Tages"),
        None,
        T(
            "A short discussion to decide on the next steps, and a group picture.",
            "Een korte bespreking van de volgende stappen, en een groepsfoto.",
            "Une courte discussion sur les prochaines étapes, et une photo de groupe.",
            "Eine kurze Diskussion über die nächsten Schritte und ein Gruppenfoto.",
        ),
    ),
    item("16:00", None, T("End of the day", "Einde", "Clôture", "Ende der Veranstaltung")),
]


def programme(lang):
    """The get-together's programme stream in ``lang`` (the same block ids in every language)."""
    return [
        {
            "type": "item",
            "id": block_id(PROGRAMME_KEY, index),
            "value": {
                "time": entry["time"],
                "end_time": entry["end_time"],
                "title": entry["title"].get(lang),
                "speaker": entry["speaker"].get(lang) if entry["speaker"] else "",
                "description": entry["description"].get(lang) if entry["description"] else "",
            },
        }
        for index, entry in enumerate(PROGRAMME)
    ]


def workshop(title, description):
    return {"title": title, "description": description, "capacity": 30}


# The four themes of seed 002, in the order of the seed. The registrations below name them by their letter.
WORKSHOPS = {
    "S": workshop(
        T(
            "Towards an integrated spatial vision",
            "Naar een geïntegreerde ruimtelijke visie",
            "Vers une vision spatiale intégrée",
            "Auf dem Weg zu einer integrierten räumlichen Vision",
        ),
        T(
            "Translating European goals into a spatial vision that ensures nature connections between the regions "
            "and with the neighbouring countries. A brainstorm about the available data, priorities, the output "
            "the different actors need and the further approach.",
            "Europese doelen vertalen naar een ruimtelijke visie die natuurverbindingen tussen de gewesten en met "
            "de buurlanden verzekert. Een brainstorm over de beschikbare data, prioriteiten, wat de verschillende "
            "actoren nodig hebben en de verdere aanpak.",
            "Traduire les objectifs européens en une vision spatiale qui assure les connexions naturelles entre les "
            "régions et avec les pays voisins. Un brainstorming sur les données disponibles, les priorités, ce dont "
            "les différents acteurs ont besoin et la suite de la démarche.",
            "Europäische Ziele in eine räumliche Vision übersetzen, die Naturverbindungen zwischen den Regionen und "
            "mit den Nachbarländern sichert. Ein Brainstorming über verfügbare Daten, Prioritäten, den Bedarf der "
            "verschiedenen Akteure und das weitere Vorgehen.",
        ),
    ),
    "G": workshop(
        T("Governance", "Governance", "Gouvernance", "Governance"),
        T(
            "An interactive brainstorm about the responsibilities, division of tasks and commitments of the actors "
            "involved. How do we get the most out of aligned efforts and a joint follow-up? How do we go on "
            "working together and consulting each other across levels of government and with other organisations?",
            "Een interactieve brainstorm over de verantwoordelijkheden, taakverdeling en engagementen van de "
            "betrokken actoren. Hoe halen we het meeste uit afgestemde inspanningen en een gezamenlijke opvolging? "
            "Hoe werken we verder samen en overleggen we tussen bestuursniveaus en met andere organisaties?",
            "Un brainstorming interactif sur les responsabilités, la répartition des tâches et les engagements des "
            "acteurs concernés. Comment tirer le meilleur parti d'efforts alignés et d'un suivi commun ? Comment "
            "poursuivre la collaboration et la concertation entre niveaux de pouvoir et avec d'autres "
            "organisations ?",
            "Ein interaktives Brainstorming über Zuständigkeiten, Aufgabenverteilung und Verpflichtungen der "
            "beteiligten Akteure. Wie holen wir das Beste aus abgestimmten Anstrengungen und einer gemeinsamen "
            "Nachverfolgung heraus? Wie arbeiten wir über Verwaltungsebenen hinweg und mit anderen Organisationen "
            "weiter zusammen?",
        ),
    ),
    "R": workshop(
        T(
            "Mobilisation of additional resources",
            "Bijkomende middelen mobiliseren",
            "Mobilisation de moyens supplémentaires",
            "Zusätzliche Mittel mobilisieren",
        ),
        T(
            "Which opportunities to mobilise resources already exist in Belgium and in Europe? What are the major "
            "funding gaps? Can we find the biggest needs and priorities for Belgium and combine our efforts "
            "towards them? We co-build a LIFE project as a concrete example of a proposal for a European funding "
            "programme.",
            "Welke mogelijkheden om middelen te mobiliseren bestaan er al in België en in Europa? Waar zitten de "
            "grootste financieringstekorten? Kunnen we de grootste noden en prioriteiten voor België bepalen en "
            "onze inspanningen daarop bundelen? We bouwen samen een LIFE-project uit als concreet voorbeeld van een "
            "projectvoorstel voor een Europees financieringsprogramma.",
            "Quelles possibilités de mobiliser des moyens existent déjà en Belgique et en Europe ? Où sont les "
            "principaux manques de financement ? Pouvons-nous cerner les plus grands besoins et priorités pour la "
            "Belgique et unir nos efforts pour y répondre ? Nous construisons ensemble un projet LIFE, exemple "
            "concret d'une proposition pour un programme de financement européen.",
            "Welche Möglichkeiten, Mittel zu mobilisieren, gibt es bereits in Belgien und in Europa? Wo sind die "
            "größten Finanzierungslücken? Können wir den größten Bedarf und die Prioritäten für Belgien bestimmen "
            "und unsere Anstrengungen darauf bündeln? Gemeinsam entwerfen wir ein LIFE-Projekt als konkretes "
            "Beispiel für einen Antrag in einem europäischen Förderprogramm.",
        ),
    ),
    "W": workshop(
        T(
            "Wildlife connectivity & capacity building",
            "Connectiviteit voor wilde dieren & capaciteitsopbouw",
            "Connectivité pour la faune & renforcement des capacités",
            "Vernetzung für Wildtiere & Kapazitätsaufbau",
        ),
        T(
            "Identifying the gaps in our knowledge of how suitable connectivity measures are for animals, and of "
            "population genetics. The state of play of monitoring and research, and a discussion about exchanging "
            "knowledge and aligning and scaling up research efforts.",
            "De kennislacunes in kaart brengen over hoe geschikt verbindingsmaatregelen zijn voor dieren, en over "
            "populatiegenetica. Een stand van zaken van monitoring en onderzoek, en een gesprek over "
            "kennisuitwisseling en het afstemmen en opschalen van onderzoek.",
            "Identifier les lacunes dans nos connaissances sur l'adéquation des mesures de connectivité pour les "
            "animaux et sur la génétique des populations. Un état des lieux du suivi et de la recherche, et une "
            "discussion sur l'échange de connaissances et l'alignement et le renforcement des efforts de recherche.",
            "Wissenslücken zur Eignung von Vernetzungsmaßnahmen für Tiere und zur Populationsgenetik erkennen. Ein "
            "Überblick über Monitoring und Forschung und ein Gespräch über Wissensaustausch sowie die Abstimmung und "
            "Ausweitung der Forschung.",
        ),
    ),
}

GET_TOGETHER = {
    "slug": "nature-connectivity-in-belgium-get-together",
    "title": T(
        "Working group 'Nature connectivity in Belgium': first get-together",
        "Werkgroep 'Natuurverbinding in België': eerste bijeenkomst",
        "Groupe de travail « Connectivité de la nature en Belgique » : première rencontre",
        "Arbeitsgruppe „Naturvernetzung in Belgien“: erstes Treffen",
    ),
    "introduction": Rich(
        """Register now for the first big get-together on nature connectivity in Belgium, to kick off a better
        exchange of knowledge, collaboration and a joint vision between all the actors who currently contribute
        to this theme in Belgium. Alongside other interregional partners, local governments and other
        organisations, you can help to align current efforts, prepare for future challenges and brainstorm about
        spatial planning, governance, financing, monitoring and research.

        The event is organised by Life B4B, Departement Omgeving (the Flemish Department of Environment and
        Spatial Development) and Vogelbescherming Vlaanderen (the Flemish Bird Protection Association). It is
        free, but registration is required. When you register, you rank the four workshop themes: your ranking,
        the capacity of each workshop and a balanced mix of partners decide which two workshops you follow.""",
        """Schrijf je nu in voor de eerste grote bijeenkomst over natuurverbinding in België: de aftrap voor een
        betere kennisuitwisseling, samenwerking en een gezamenlijke visie tussen alle actoren die vandaag in
        België aan dit thema bijdragen. Samen met andere interregionale partners, lokale besturen en andere
        organisaties help je de huidige inspanningen op elkaar af te stemmen, je voor te bereiden op toekomstige
        uitdagingen en te brainstormen over ruimtelijke planning, governance, financiering, monitoring en
        onderzoek.

        Het evenement wordt georganiseerd door Life B4B, het Departement Omgeving en Vogelbescherming
        Vlaanderen. Deelnemen is gratis, maar inschrijven is verplicht. Bij je inschrijving rangschik je de vier
        workshopthema's: je rangschikking, de capaciteit van elke workshop en een evenwichtige mix van partners
        bepalen welke twee workshops je volgt.""",
        """Inscrivez-vous dès maintenant à la première grande rencontre sur la connectivité de la nature en
        Belgique : le coup d'envoi d'un meilleur échange de connaissances, d'une collaboration et d'une vision
        commune entre tous les acteurs qui contribuent aujourd'hui à ce thème en Belgique. Avec d'autres
        partenaires interrégionaux, des pouvoirs locaux et d'autres organisations, vous pourrez aligner les
        efforts en cours, préparer les défis à venir et réfléchir à l'aménagement du territoire, à la
        gouvernance, au financement, au suivi et à la recherche.

        L'événement est organisé par Life B4B, le Departement Omgeving (département flamand de l'Environnement et
        de l'Aménagement du territoire) et Vogelbescherming Vlaanderen (association flamande de protection des
        oiseaux). La participation est gratuite, mais l'inscription est obligatoire. En vous inscrivant, vous
        classez les quatre thèmes d'atelier : votre classement, la capacité de chaque atelier et un bon équilibre
        entre partenaires déterminent les deux ateliers que vous suivrez.""",
        """Melden Sie sich jetzt für das erste große Treffen zur Naturvernetzung in Belgien an: der Auftakt für
        einen besseren Wissensaustausch, mehr Zusammenarbeit und eine gemeinsame Vision aller Akteure, die in
        Belgien zu diesem Thema beitragen. Gemeinsam mit anderen interregionalen Partnern, lokalen Behörden und
        weiteren Organisationen können Sie laufende Anstrengungen abstimmen, sich auf künftige Herausforderungen
        vorbereiten und über Raumplanung, Governance, Finanzierung, Monitoring und Forschung nachdenken.

        Die Veranstaltung wird von Life B4B, dem Departement Omgeving (flämisches Departement für Umwelt und
        Raumentwicklung) und Vogelbescherming Vlaanderen (flämischer Vogelschutzverband) organisiert. Die
        Teilnahme ist kostenlos, eine Anmeldung ist jedoch erforderlich. Bei der Anmeldung ordnen Sie die vier
        Workshopthemen: Ihre Rangfolge, die Kapazität jedes Workshops und eine ausgewogene Mischung der Partner
        entscheiden, welche zwei Workshops Sie besuchen.""",
    ),
    "venue_name": T(
        "Hendrik Conscience building",
        "Hendrik Consciencegebouw",
        "Bâtiment Hendrik Conscience",
        "Hendrik-Conscience-Gebäude",
    ),
    "venue_address": T(
        "Koning Albert II-laan 15, 1210 Brussels",
        "Koning Albert II-laan 15, 1210 Brussel",
        "Boulevard du Roi Albert II 15, 1210 Bruxelles",
        "Koning Albert II-laan 15, 1210 Brüssel",
    ),
    "directions": Rich(
        """Near Brussels-North train station, a few minutes' walk from the platforms. We welcome you with coffee
        and tea from 9:00.""",
        """Vlak bij het station Brussel-Noord, op enkele minuten wandelen van de perrons. We verwelkomen je met
        koffie en thee vanaf 9.00 uur.""",
        """À proximité de la gare de Bruxelles-Nord, à quelques minutes à pied des quais. Nous vous accueillons
        avec café et thé dès 9 h.""",
        """In der Nähe des Bahnhofs Brüssel-Nord, wenige Gehminuten von den Bahnsteigen entfernt. Wir empfangen
        Sie ab 9:00 Uhr mit Kaffee und Tee.""",
    ),
    "programme": Stream(programme),
    "when": {"weeks_ahead": 6, "weekday": THURSDAY, "start": datetime.time(9, 0), "end": datetime.time(16, 0)},
    "registration": {"opened_days_before_load": 28, "closes_days_before_event": 7},
    "organisers": ["Life B4B", "Departement Omgeving", "Vogelbescherming Vlaanderen"],
    "workshops": list(WORKSHOPS.values()),
    "settings": {
        "event_language": "en",
        "registration_required": True,
        "capacity": 60,
        "workshops_per_person": 2,
    },
}

WEBINAR_RECORDING = "https://drive.google.com/file/d/1AUBOT2Qmpd6RsI3hysP9olM5klwNspfx/view"

# The newsletter's events. "start" and "end" are local times; the seed gives the days only, the times of day are
# assumed. ``"past": True`` keeps the seed's dates; the others are moved to their next occurrence (see above).
NEWSLETTER_EVENTS = [
    {
        "slug": "first-bba-webinar",
        "title": T(
            "Our first BBA webinar",
            "Ons eerste BBA-webinar",
            "Notre premier webinaire BBA",
            "Unser erstes BBA-Webinar",
        ),
        "introduction": Rich(
            """Our very first webinar, and what an inspiring session it was!

            - 🌱 Participants discovered what the Belgian Biodiversity Alliance stands for.
            - 🎤 Partners and project leaders shared concrete examples of impact.
            - 🤝 We discussed how everyone can help to build a more nature-positive Belgium.

            Did you miss it? No worries: watch the full recording and still gain all the insights and
            inspiration.""",
            """Ons allereerste webinar – en wat was het een inspirerende sessie!

            - 🌱 Deelnemers ontdekten waar de Belgian Biodiversity Alliance voor staat.
            - 🎤 Partners en projectleiders deelden concrete voorbeelden van impact.
            - 🤝 We bespraken hoe iedereen kan helpen om een meer natuurpositief België te bouwen.

            Heb je het gemist? Geen zorgen – bekijk de volledige opname en doe alle inzichten en inspiratie alsnog
            op.""",
            """Notre tout premier webinaire, et quelle séance inspirante !

            - 🌱 Les participants ont découvert ce que défend la Belgian Biodiversity Alliance.
            - 🎤 Des partenaires et des porteurs de projets ont partagé des exemples concrets d'impact.
            - 🤝 Nous avons discuté de la manière dont chacun peut contribuer à une Belgique plus favorable à la
              nature.

            Vous l'avez manqué ? Pas de souci : regardez l'enregistrement complet.""",
        ),
        "venue_name": T("Online", "Online", "En ligne", "Online"),
        "start": datetime.datetime(2025, 11, 4, 12, 0),
        "end": datetime.datetime(2025, 11, 4, 13, 0),
        "past": True,
        "organisers": [],  # the alliance's own webinar
        "settings": {"event_language": "en", "recording_url": WEBINAR_RECORDING},
    },
    {
        "slug": "boomweekend",
        "title": T(
            "BOOMweekend: plant the forests of tomorrow",
            "BOOMweekend: plant de bossen van morgen",
            "BOOMweekend : plantez les forêts de demain",
            "BOOMweekend: Pflanzen Sie die Wälder von morgen",
        ),
        "introduction": Rich(
            """Every year the Bosalliantie organises a weekend full of tree planting with youth groups from all
            over Belgium. This year's BOOMweekend invites schools and youth movements to plant the forests of
            tomorrow. Join in, roll up your sleeves, plant trees and help to expand green space for future
            generations! 🌱""",
            """Elk jaar organiseert de Bosalliantie een weekend vol boomplantacties met jeugdgroepen uit heel
            België. Het BOOMweekend van dit jaar nodigt scholen en bewegingen uit om de bossen van morgen te
            planten. Doe mee, steek je handen uit de mouwen, plant bomen en help mee om de groene ruimte voor
            toekomstige generaties uit te breiden! 🌱""",
            """Chaque année, la Bosalliantie organise un week-end de plantations d'arbres avec des mouvements de
            jeunesse de toute la Belgique. Le BOOMweekend de cette année invite les écoles et les mouvements de
            jeunesse à planter les forêts de demain. Retroussez vos manches, plantez des arbres et aidez à étendre
            les espaces verts pour les générations futures ! 🌱""",
        ),
        "venue_name": T("All over Belgium", "In heel België", "Partout en Belgique", "In ganz Belgien"),
        "start": datetime.datetime(2025, 11, 28, 9, 0),  # Friday to Sunday
        "end": datetime.datetime(2025, 11, 30, 17, 0),
        "organisers": ["Bosalliantie"],
        "settings": {"event_language": "nl", "external_registration_url": "https://www.bosteller.be/boomweekend"},
    },
    {
        "slug": "het-goede-moment",
        "title": T(
            "Het Goede Moment: a call for nature and climate projects",
            "Het Goede Moment: oproep voor natuur- en klimaatprojecten",
            "Het Goede Moment : appel à projets pour la nature et le climat",
            "Het Goede Moment: Aufruf für Natur- und Klimaprojekte",
        ),
        "introduction": Rich(
            """Be Planet's yearly campaign opens a unique call for nature and climate projects in Belgium. Five
            days after the start, information sessions take place all over Belgium: you learn everything about
            the call, the selection criteria, how the jury works, the visibility you get and future training in
            fundraising. It is also a unique chance to exchange ideas with other committed citizens! 🤝""",
            """De jaarlijkse campagne van Be Planet opent een unieke oproep voor natuur- en klimaatprojecten in
            België. Vijf dagen na de start vinden in heel België infosessies plaats. Je komt er alles te weten over
            de projectoproep: de selectiecriteria, hoe de jury werkt, de zichtbaarheid die je krijgt, toekomstige
            opleidingen over fondsenwerving, enz. Dit is ook een unieke kans om van gedachten te wisselen met
            andere geëngageerde burgers! 🤝""",
            """La campagne annuelle de Be Planet lance un appel unique aux projets pour la nature et le climat en
            Belgique. Cinq jours après le lancement, des séances d'information ont lieu partout en Belgique : vous
            y apprenez tout sur l'appel, les critères de sélection, le fonctionnement du jury, la visibilité
            offerte et les futures formations à la recherche de fonds. C'est aussi une occasion unique d'échanger
            avec d'autres citoyens engagés ! 🤝""",
        ),
        "venue_name": T(
            "Information sessions all over Belgium",
            "Infosessies in heel België",
            "Séances d'information partout en Belgique",
            "Informationsveranstaltungen in ganz Belgien",
        ),
        "start": datetime.datetime(2025, 12, 6, 9, 0),  # the call runs from 6 December to 1 February
        "end": datetime.datetime(2026, 2, 1, 17, 0),
        "organisers": ["Be Planet"],
        "settings": {
            "event_language": "multi",
            "external_registration_url": "https://www.hetgoedemoment.org/nl-NL/inscrivez-vous-aux-sessions-d-information",
        },
    },
    {
        "slug": "le-chant-des-forets-in-belgian-cinemas",
        "title": T(
            "Le Chant des forêts in Belgian cinemas",
            "Le Chant des forêts in de Belgische bioscoop",
            "Le Chant des forêts au cinéma en Belgique",
            "Le Chant des forêts in den belgischen Kinos",
        ),
        "introduction": Rich(
            """The release in Belgian cinemas of Le Chant des forêts, the latest film by Vincent Munier, the famous
            wildlife photographer and director of La Panthère des Neiges: a poetic, immersive journey through the
            forest, following the elusive capercaillie and reminding us why it matters so much to protect
            vulnerable ecosystems. <a href="https://www.cineart.be/fr/presse/le-chant-des-forets">More about the
            film</a>.""",
            """De release in de Belgische bioscopen van Le Chant des forêts, de nieuwste film van Vincent Munier,
            de beroemde natuurfilmer en regisseur van La Panthère des Neiges. Een poëtische, meeslepende reis door
            het bos, waarbij we de schuwe auerhoen volgen en ons eraan herinneren waarom het zo belangrijk is om
            kwetsbare ecosystemen te beschermen. <a href="https://www.cineart.be/fr/presse/le-chant-des-forets">Meer
            over de film</a>.""",
            """La sortie dans les salles belges du Chant des forêts, le nouveau film de Vincent Munier, célèbre
            photographe animalier et réalisateur de La Panthère des Neiges : un voyage poétique et immersif dans la
            forêt, sur les traces du grand tétras, qui nous rappelle pourquoi il est si important de protéger les
            écosystèmes vulnérables. <a href="https://www.cineart.be/fr/presse/le-chant-des-forets">En savoir plus
            sur le film</a>.""",
        ),
        "venue_name": T("Belgian cinemas", "Belgische bioscopen", "Cinémas belges", "Belgische Kinos"),
        "start": datetime.datetime(2026, 2, 4, 14, 0),  # a Wednesday, the day films are released in Belgium
        "end": datetime.datetime(2026, 2, 4, 22, 0),
        "organisers": ["Cinéart"],
        "settings": {"event_language": "fr"},
    },
]


def registration(name, email, organisation, type_, language, ranking, remarks=""):
    """A demo registrant; ``ranking`` lists the workshops' letters (``WORKSHOPS``), most wanted first."""
    return {
        "name": name,
        "email": email,
        "organisation": organisation,
        "organisation_type": type_,
        "language": language,
        "ranking": ranking,
        "remarks": remarks,
    }


r = registration
M, A, N, C, K, F = Type.MUNICIPALITY, Type.REGIONAL_AGENCY, Type.NGO, Type.COMPANY, Type.KNOWLEDGE, Type.FEDERAL_BODY

# Forty registrants in the order they registered (the loader spreads them over the last four weeks).
REGISTRATIONS = [
    r("Liesbeth Van den Broeck", "liesbeth.vandenbroeck@example.be", "Stad Gent", M, "nl", "SGWR"),
    r("Pieter Janssens", "pieter.janssens@example.be", "Agentschap Natuur en Bos", A, "nl", "SWGR"),
    r("Sophie Dubois", "sophie.dubois@example.be", "Service public de Wallonie", A, "fr", "SWRG"),
    r("Thomas Lambert", "thomas.lambert@example.org", "Natagora", N, "fr", "WSRG"),
    r("Annelies Maes", "annelies.maes@example.be", "Stad Leuven", M, "nl", "SGRW", "Ik volg een vegetarisch dieet."),
    r("Bart Claes", "bart.claes@example.org", "Natuurpunt", N, "nl", "WSGR"),
    r("Julie Lemaire", "julie.lemaire@example.be", "Ville de Namur", M, "fr", "SRGW"),
    r("Koen Willems", "koen.willems@example.be", "Instituut voor Natuur- en Bosonderzoek", K, "nl", "WSRG"),
    r("Camille Leclercq", "camille.leclercq@example.be", "Bruxelles Environnement", A, "fr", "SGWR"),
    r("Jan De Smet", "jan.desmet@example.be", "Vlaamse Landmaatschappij", A, "nl", "SRWG"),
    r("Nathalie Renard", "nathalie.renard@example.be", "Commune d'Ottignies-Louvain-la-Neuve", M, "fr", "GSRW"),
    r(
        "Wouter Goossens",
        "wouter.goossens@example.org",
        "Sweco Belgium",
        C,
        "nl",
        "SRGW",
        "Ik kom samen met een collega, die zich apart inschrijft.",
    ),
    r("Émilie Martin", "emilie.martin@example.be", "Université de Liège – Gembloux Agro-Bio Tech", K, "fr", "WSGR"),
    r("Hanne Jacobs", "hanne.jacobs@example.be", "Regionaal Landschap Schelde-Durme", N, "nl", "SWGR"),
    r(
        "Olivier Dupont",
        "olivier.dupont@example.org",
        "Elia",
        C,
        "en",
        "SWRG",
        "We would be happy to share our experience with ecological corridors under power lines.",
    ),
    r("Marie Simon", "marie.simon@example.be", "Parc naturel des Plaines de l'Escaut", N, "fr", "SWGR"),
    r("Stijn Hermans", "stijn.hermans@example.be", "Stad Mechelen", M, "nl", "GSWR"),
    r("Sarah Mertens", "sarah.mertens@example.be", "Universiteit Antwerpen", K, "nl", "WSRG"),
    r("Laurent Michel", "laurent.michel@example.be", "Infrabel", C, "fr", "SGRW"),
    r("Ine Wouters", "ine.wouters@example.be", "De Vlaamse Waterweg", A, "nl", "SWGR"),
    r(
        "Hélène François",
        "helene.francois@example.be",
        "SPF Santé publique, Sécurité de la chaîne alimentaire et Environnement",
        F,
        "fr",
        "RSGW",
        "Repas végétarien, s'il vous plaît.",
    ),
    r("Joris Vermeulen", "joris.vermeulen@example.org", "Arcadis Belgium", C, "nl", "SRWG"),
    r("Anne Collard", "anne.collard@example.be", "Commune de Schaerbeek", M, "fr", "SGWR"),
    r("Dries Pauwels", "dries.pauwels@example.org", "Vogelbescherming Vlaanderen", N, "nl", "WGSR"),
    r(
        "Charlotte Hendrickx",
        "charlotte.hendrickx@example.be",
        "Royal Belgian Institute of Natural Sciences",
        K,
        "en",
        "WSRG",
    ),
    r(
        "Benoît Lejeune",
        "benoit.lejeune@example.be",
        "Ville de Liège",
        M,
        "fr",
        "SRGW",
        "Je devrai partir vers 15 h 30 pour attraper mon train.",
    ),
    r("Tine Verhoeven", "tine.verhoeven@example.be", "Provincie Vlaams-Brabant", A, "nl", "SGRW"),
    r("Maxime Giraud", "maxime.giraud@example.org", "WWF Belgium", N, "fr", "RSWG"),
    r("Lotte Smets", "lotte.smets@example.be", "KU Leuven", K, "nl", "SWRG"),
    r("Guillaume Henry", "guillaume.henry@example.be", "Agence wallonne de l'Air et du Climat", A, "fr", "GSRW"),
    r(
        "Katrien Aerts",
        "katrien.aerts@example.be",
        "Gemeente Bierbeek",
        M,
        "nl",
        "SGWR",
        "Graag een rolstoeltoegankelijke zaal voor de workshops.",
    ),
    r("Pauline Mathieu", "pauline.mathieu@example.be", "UCLouvain", K, "fr", "SWGR"),
    r("Michiel Peeters", "michiel.peeters@example.be", "Departement Mobiliteit en Openbare Werken", A, "nl", "GRSW"),
    r("Aurélie Dumont", "aurelie.dumont@example.org", "Natagora", N, "fr", "WRSG"),
    r("Jonas Van Damme", "jonas.vandamme@example.org", "Fluvius", C, "nl", "RGSW"),
    r("Claire Lambrechts", "claire.lambrechts@example.be", "Life B4B", F, "en", "SGRW"),
    r("Thomas Schmitz", "thomas.schmitz@example.be", "Gemeinde Eupen", M, "de", "SWGR"),
    r("Anna Kessler", "anna.kessler@example.org", "Naturpark Hohes Venn-Eifel", N, "de", "WSGR"),
    r("Eline De Wilde", "eline.dewilde@example.be", "Stad Kortrijk", M, "nl", "SRGW"),
    r("Mark Thompson", "mark.thompson@example.org", "European Landowners' Organization", N, "en", "RSGW"),
]
