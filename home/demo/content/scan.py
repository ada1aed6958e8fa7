"""The biodiversity scan page: its introduction, privacy notice and the default questionnaire of scan.defaults."""

from home.demo.text import Rich, Stream, T
from scan import defaults

CONSENT_VERSION = "2026-11"
CONTACT_EMAIL = "bba@biodiversity-alliance.be"
_MAIL = f'<a href="mailto:{CONTACT_EMAIL}">{CONTACT_EMAIL}</a>'

SCAN_PAGE = {
    "slug": "scan",
    "title": T("Biodiversity scan", "Biodiversiteitsscan", "Scan biodiversité", "Biodiversitäts-Scan"),
    "search_description": T(
        "A free biodiversity scan for companies: your scores per theme, concrete next steps and the alliance's "
        "objectives that suit you.",
        "Een gratis biodiversiteitsscan voor bedrijven: je score per thema, concrete volgende stappen en de "
        "doelstellingen van de alliantie die bij je passen.",
        "Un scan biodiversité gratuit pour les entreprises : vos scores par thème, des prochaines étapes "
        "concrètes et les objectifs de l'alliance qui vous conviennent.",
        "Ein kostenloser Biodiversitäts-Scan für Unternehmen: Ihre Punktzahl je Thema, konkrete nächste Schritte "
        "und die Ziele der Allianz, die zu Ihnen passen.",
    ),
    "listing_summary": T(
        "Where does your company stand on biodiversity? Take the scan and find out what to do next.",
        "Waar staat jouw bedrijf op het vlak van biodiversiteit? Doe de scan en ontdek wat je als volgende stap "
        "kunt doen.",
        "Où en est votre entreprise en matière de biodiversité ? Faites le scan et découvrez les prochaines étapes.",
        "Wo steht Ihr Unternehmen bei der Biodiversität? Machen Sie den Scan und erfahren Sie, was Sie als Nächstes "
        "tun können.",
    ),
    "introduction": Rich(
        """### Where does your company stand?

        In about twenty minutes the scan looks at your site (what lies on your land and how it is managed) and at
        your operations (what you buy and how you organise biodiversity). You get a score per theme, your level,
        concrete next steps, and the objectives of the alliance that suit your company, with example projects.

        - Estimates are fine; questions that do not apply to your company are skipped.
        - You can stop at any time and come back later with a resume link.
        - The scan is free. An advisor only contacts you if you ask for it.

        The scan builds on the BIODIVA scan of the province of Antwerp and the Flemish Green Deal companies &
        biodiversity.""",
        """### Waar staat jouw bedrijf?

        In een twintigtal minuten bekijkt de scan je terrein (wat er op je grond ligt en hoe het beheerd wordt)
        en je werking (wat je aankoopt en hoe je biodiversiteit organiseert). Je krijgt een score per thema, je
        niveau, concrete volgende stappen en de doelstellingen van de alliantie die bij je bedrijf passen, met
        voorbeeldprojecten.

        - Een schatting volstaat; vragen die niet op je bedrijf van toepassing zijn, worden overgeslagen.
        - Je kunt op elk moment stoppen en later verdergaan met een link.
        - De scan is gratis. Een adviseur neemt alleen contact op als je daarom vraagt.

        De scan bouwt voort op de BIODIVA-scan van de provincie Antwerpen en de Vlaamse Green Deal Bedrijven &
        Biodiversiteit.""",
        """### Où en est votre entreprise ?

        En une vingtaine de minutes, le scan examine votre site (ce qui se trouve sur votre terrain et la façon
        dont il est géré) et votre fonctionnement (ce que vous achetez et comment vous organisez la
        biodiversité). Vous obtenez un score par thème, votre niveau, des prochaines étapes concrètes et les
        objectifs de l'alliance qui conviennent à votre entreprise, avec des exemples de projets.

        - Une estimation suffit ; les questions qui ne concernent pas votre entreprise sont passées.
        - Vous pouvez vous arrêter à tout moment et reprendre plus tard grâce à un lien.
        - Le scan est gratuit. Un conseiller ne vous contacte que si vous le demandez.

        Le scan s'inspire du scan BIODIVA de la province d'Anvers et du Green Deal flamand entreprises et
        biodiversité.""",
        """### Wo steht Ihr Unternehmen?

        In etwa zwanzig Minuten betrachtet der Scan Ihr Gelände (was auf Ihrem Grundstück liegt und wie es
        gepflegt wird) und Ihre Tätigkeit (was Sie einkaufen und wie Sie die Biodiversität organisieren). Sie
        erhalten eine Punktzahl je Thema, Ihre Stufe, konkrete nächste Schritte und die Ziele der Allianz, die zu
        Ihrem Unternehmen passen, mit Beispielprojekten.

        - Schätzungen genügen; Fragen, die Ihr Unternehmen nicht betreffen, werden übersprungen.
        - Sie können jederzeit aufhören und später über einen Link weitermachen.
        - Der Scan ist kostenlos. Eine Beraterin oder ein Berater meldet sich nur, wenn Sie darum bitten.

        Der Scan baut auf dem BIODIVA-Scan der Provinz Antwerpen und dem flämischen Green Deal Unternehmen &
        Biodiversität auf.""",
    ),
    "privacy_notice": Rich(
        f"""### Your answers and your privacy

        We use your answers to give your company its scores and suggestions. Only if you give your separate
        consent may an advisor of the alliance contact you about them.

        - Drafts are deleted after 30 days without activity.
        - Submitted scans are kept for 3 years, or until you delete them from your results page.

        The controller is the Belgian Biodiversity Alliance. For any question, or to see, correct or delete your
        data, write to {_MAIL}.""",
        f"""### Je antwoorden en je privacy

        We gebruiken je antwoorden om je bedrijf zijn scores en suggesties te geven. Alleen als je daar apart
        toestemming voor geeft, mag een adviseur van de alliantie je erover contacteren.

        - Ontwerpen worden gewist na 30 dagen zonder activiteit.
        - Ingediende scans worden 3 jaar bewaard, of tot je ze wist op je resultatenpagina.

        De verwerkingsverantwoordelijke is de Belgian Biodiversity Alliance. Voor elke vraag, of om je gegevens
        in te kijken, te verbeteren of te wissen, schrijf je naar {_MAIL}.""",
        f"""### Vos réponses et votre vie privée

        Nous utilisons vos réponses pour donner à votre entreprise ses scores et ses suggestions. Ce n'est
        qu'avec votre consentement distinct qu'un conseiller de l'alliance peut vous contacter à ce sujet.

        - Les brouillons sont supprimés après 30 jours sans activité.
        - Les scans envoyés sont conservés 3 ans, ou jusqu'à ce que vous les supprimiez de votre page de
          résultats.

        Le responsable du traitement est la Belgian Biodiversity Alliance. Pour toute question, ou pour
        consulter, rectifier ou effacer vos données, écrivez à {_MAIL}.""",
        f"""### Ihre Antworten und Ihre Privatsphäre

        Wir verwenden Ihre Antworten, um Ihrem Unternehmen seine Punktzahlen und Vorschläge zu geben. Nur mit
        Ihrer gesonderten Einwilligung darf eine Beraterin oder ein Berater der Allianz Sie dazu kontaktieren.

        - Entwürfe werden nach 30 Tagen ohne Aktivität gelöscht.
        - Eingereichte Scans werden 3 Jahre aufbewahrt oder bis Sie sie auf Ihrer Ergebnisseite löschen.

        Verantwortlicher ist die Belgian Biodiversity Alliance. Bei Fragen oder um Ihre Daten einzusehen, zu
        berichtigen oder zu löschen, schreiben Sie an {_MAIL}.""",
    ),
    "questionnaire": Stream(defaults.questionnaire_stream),
    "levels": Stream(defaults.levels_stream),
    "ladder": Stream(defaults.ladder_stream),
    "tag_reasons": Stream(defaults.tag_reasons_stream),
}
