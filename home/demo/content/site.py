"""The home page (seed 000), the section pages and the footer."""

from home.demo.text import Rich, T

HOME = {
    "title": T("Belgian Biodiversity Alliance"),
    "slug": T("home", "home-nl", "home-fr", "home-de"),
    "search_description": T(
        "The Belgian Biodiversity Alliance mobilises Belgian society against the decline of biodiversity through "
        "voluntary engagements.",
        "De Belgian Biodiversity Alliance mobiliseert de Belgische samenleving tegen de achteruitgang van de "
        "biodiversiteit met vrijwillige engagementen.",
        "La Belgian Biodiversity Alliance mobilise la société belge contre le déclin de la biodiversité par des "
        "engagements volontaires.",
        "Die Belgian Biodiversity Alliance mobilisiert die belgische Gesellschaft mit freiwilligen Verpflichtungen "
        "gegen den Rückgang der biologischen Vielfalt.",
    ),
    "hero_title": T(
        "Voluntary engagements", "Vrijwillige engagementen", "Engagements volontaires", "Freiwillige Verpflichtungen"
    ),
    "hero_text": T(
        "The Belgian Biodiversity Alliance mobilizes Belgian society in a concrete way in the fight against the "
        "decline of biodiversity, in Belgium and beyond our borders, through voluntary commitments.",
        "De Belgian Biodiversity Alliance mobiliseert de Belgische samenleving op een concrete manier in de strijd "
        "tegen de achteruitgang van de biodiversiteit, in België en over onze grenzen heen, met vrijwillige "
        "engagementen.",
        "La Belgian Biodiversity Alliance mobilise concrètement la société belge dans la lutte contre le déclin de "
        "la biodiversité, en Belgique et au-delà de nos frontières, par des engagements volontaires.",
        "Die Belgian Biodiversity Alliance mobilisiert die belgische Gesellschaft ganz konkret im Kampf gegen den "
        "Rückgang der biologischen Vielfalt, in Belgien und über unsere Grenzen hinaus, durch freiwillige "
        "Verpflichtungen.",
    ),
    "introduction": Rich(
        """Biodiversity, which is the fabric of life, is being depleted at an alarming rate, threatening the
        ecological, social, economic and spiritual dimensions of all societies, everywhere in the world.
        Curbing the curve of biodiversity decline is crucial and urgent to achieve the Sustainable Development
        Goals, ensure the transition to nature-friendly and resilient societies, and especially for the future
        of humanity.

        Direct and indirect pressures on biodiversity, as well as their drivers, are known and must be at the
        centre of efforts to conserve biodiversity and use it sustainably. This objective requires efforts by
        all of society and depends on cooperation at all levels and across all sectors.""",
        """Biodiversiteit, het weefsel van het leven, gaat in een alarmerend tempo achteruit. Dat bedreigt de
        ecologische, sociale, economische en spirituele dimensies van alle samenlevingen, overal ter wereld. De
        curve van het biodiversiteitsverlies ombuigen is cruciaal en dringend om de duurzame
        ontwikkelingsdoelstellingen te halen, de overgang naar natuurvriendelijke en veerkrachtige
        samenlevingen te verzekeren, en vooral voor de toekomst van de mensheid.

        De directe en indirecte drukfactoren op de biodiversiteit en hun oorzaken zijn bekend en moeten centraal
        staan in de inspanningen om de biodiversiteit te behouden en duurzaam te gebruiken. Dat vraagt
        inspanningen van de hele samenleving en hangt af van samenwerking op alle niveaus en in alle
        sectoren.""",
    ),
    "scan_title": T(
        "How does your company score on biodiversity?",
        "Hoe scoort jouw bedrijf op biodiversiteit?",
        "Quel est le score de votre entreprise en matière de biodiversité ?",
        "Wie schneidet Ihr Unternehmen bei der Biodiversität ab?",
    ),
    "scan_text": T(
        "Take the biodiversity scan: find out where your company stands and which objective suits it best.",
        "Doe de biodiversiteitsscan: ontdek waar jouw bedrijf staat en welke doelstelling er het best bij past.",
        "Faites le scan biodiversité : découvrez où en est votre entreprise et quel objectif lui convient le mieux.",
        "Machen Sie den Biodiversitäts-Scan: Erfahren Sie, wo Ihr Unternehmen steht und welches Ziel am besten zu "
        "ihm passt.",
    ),
    "join_title": T(
        "Are you ready to join the movement?",
        "Ben jij klaar om mee te doen met de beweging?",
        "Êtes-vous prêt à rejoindre le mouvement ?",
        "Sind Sie bereit, sich der Bewegung anzuschließen?",
    ),
    "join_text": T(
        "Join us and let's achieve our goals together! Where to start? Discover the two axes and the 10 "
        "objectives on which you can act.",
        "Sluit je bij ons aan en laten we samen onze doelen bereiken! Waar begin je? Ontdek de twee assen en de "
        "10 doelstellingen waarop je kunt inzetten.",
        "Rejoignez-nous et atteignons nos objectifs ensemble ! Par où commencer ? Découvrez les deux axes et les "
        "10 objectifs sur lesquels vous pouvez agir.",
        "Machen Sie mit und lassen Sie uns unsere Ziele gemeinsam erreichen! Wo anfangen? Entdecken Sie die zwei "
        "Achsen und die 10 Ziele, für die Sie sich einsetzen können.",
    ),
}

ENGAGEMENTS = {
    "slug": "engagements",
    "title": T("Engagements", "Engagementen", "Engagements", "Verpflichtungen"),
    "introduction": Rich(
        """Discover the two axes and the 10 objectives on which you can act. Each objective has a quantified
        target for 2030 and criteria that a voluntary engagement must meet to count.""",
        """Ontdek de twee assen en de 10 doelstellingen waarop je kunt inzetten. Elke doelstelling heeft een
        becijferd doel voor 2030 en criteria waaraan een vrijwillig engagement moet voldoen om mee te
        tellen.""",
        """Découvrez les deux axes et les 10 objectifs sur lesquels vous pouvez agir. Chaque objectif a une
        cible chiffrée pour 2030 et des critères qu'un engagement volontaire doit remplir pour être pris en
        compte.""",
        """Entdecken Sie die zwei Achsen und die 10 Ziele, für die Sie sich einsetzen können. Jedes Ziel hat
        einen bezifferten Zielwert für 2030 und Kriterien, die eine freiwillige Verpflichtung erfüllen muss,
        um zu zählen.""",
    ),
}

SHOWCASE = {
    "slug": "showcase",
    "title": T(
        "Projects and initiatives", "Projecten en initiatieven", "Projets et initiatives", "Projekte und Initiativen"
    ),
    "introduction": Rich(
        """Below are some examples of ongoing or successful biodiversity projects and actions. Do you know
        inspiring initiatives that contribute to the objectives of the alliance? Let us know at
        bba@biodiversity-alliance.be.""",
        """Hieronder vind je enkele voorbeelden van lopende of geslaagde biodiversiteitsprojecten en -acties. Ken
        jij inspirerende initiatieven die bijdragen aan de doelstellingen van de BBA? Laat het ons weten via
        bba@biodiversity-alliance.be.""",
        """Voici quelques exemples de projets et d'actions en faveur de la biodiversité, en cours ou réussis.
        Vous connaissez des initiatives inspirantes qui contribuent aux objectifs de l'alliance ?
        Faites-le-nous savoir à bba@biodiversity-alliance.be.""",
        """Hier finden Sie einige Beispiele für laufende oder erfolgreiche Projekte und Maßnahmen für die
        Biodiversität. Kennen Sie inspirierende Initiativen, die zu den Zielen der Allianz beitragen? Schreiben
        Sie uns an bba@biodiversity-alliance.be.""",
    ),
}

PARTNERS = {
    "slug": "partners",
    "title": T("Partners", "Partners", "Partenaires", "Partner"),
    "introduction": Rich(
        """The alliance brings together citizens, companies, municipalities, NGOs, financial institutions and
        administrations. These partners support it and help to make Belgium more nature-positive.""",
        """De alliantie brengt burgers, bedrijven, gemeenten, ngo's, financiële instellingen en overheden samen.
        Deze partners steunen haar en helpen om België natuurpositiever te maken.""",
        """L'alliance rassemble citoyens, entreprises, communes, ONG, institutions financières et
        administrations. Ces partenaires la soutiennent et aident à rendre la Belgique plus favorable à la
        nature.""",
        """Die Allianz bringt Bürgerinnen und Bürger, Unternehmen, Gemeinden, NGOs, Finanzinstitute und
        Verwaltungen zusammen. Diese Partner unterstützen sie und helfen, Belgien naturfreundlicher zu
        machen.""",
    ),
}

NEWS = {
    "slug": "news",
    "title": T("News", "Nieuws", "Actualités", "Neuigkeiten"),
    "introduction": Rich(
        """News from the alliance: projects in the spotlight, new partners, tips and events.""",
        """Nieuws van de alliantie: projecten in de schijnwerpers, nieuwe partners, tips en evenementen.""",
        """Les nouvelles de l'alliance : projets à l'honneur, nouveaux partenaires, conseils et événements.""",
        """Neues aus der Allianz: Projekte im Rampenlicht, neue Partner, Tipps und Veranstaltungen.""",
    ),
}

FOOTER = {
    "body": Rich(
        """The Belgian Biodiversity Alliance mobilises Belgian society against the decline of biodiversity
        through voluntary engagements. Questions or an inspiring initiative to share? Mail us at
        <a href="mailto:bba@biodiversity-alliance.be">bba@biodiversity-alliance.be</a>.""",
        """De Belgian Biodiversity Alliance mobiliseert de Belgische samenleving tegen de achteruitgang van de
        biodiversiteit met vrijwillige engagementen. Vragen of een inspirerend initiatief om te delen? Mail ons
        via <a href="mailto:bba@biodiversity-alliance.be">bba@biodiversity-alliance.be</a>.""",
        """La Belgian Biodiversity Alliance mobilise la société belge contre le déclin de la biodiversité par
        des engagements volontaires. Des questions ou une initiative inspirante à partager ? Écrivez-nous à
        <a href="mailto:bba@biodiversity-alliance.be">bba@biodiversity-alliance.be</a>.""",
        """Die Belgian Biodiversity Alliance mobilisiert die belgische Gesellschaft mit freiwilligen
        Verpflichtungen gegen den Rückgang der biologischen Vielfalt. Fragen oder eine inspirierende Initiative?
        Schreiben Sie uns an
        <a href="mailto:bba@biodiversity-alliance.be">bba@biodiversity-alliance.be</a>.""",
    ),
}
