"""The seven themes of SCAN.md with their weights and next steps, the levels, the ladder and the tag reasons."""

from scan.defaults.base import T, theme

LADDER_THEME = "governance"

THEMES = [
    theme(
        "land_cover",
        15,
        T("Land cover", "Bodembedekking", "Occupation du sol", "Bodenbedeckung"),
        T(
            "How much of your site is built on or paved, and how much is left to soil, plants and water.",
            "Hoeveel van je terrein bebouwd of verhard is, en hoeveel er overblijft voor bodem, planten en water.",
            "La part de votre site qui est bâtie ou revêtue, et celle qui reste au sol, aux plantes et à l'eau.",
            "Wie viel Ihres Geländes bebaut oder befestigt ist und wie viel Boden, Pflanzen und Wasser bleibt.",
        ),
        [
            T(
                "Unseal what does not need to be paved: replace tiles or asphalt along edges, paths and little-used "
                "parking spaces with grass, gravel or planting.",
                "Onthard wat niet verhard hoeft te zijn: vervang tegels of asfalt langs randen, paden en weinig "
                "gebruikte parkeerplaatsen door gras, grind of beplanting.",
                "Désimperméabilisez ce qui n'a pas besoin d'être revêtu : remplacez dalles ou asphalte en bordure, "
                "dans les allées et sur les places de parking peu utilisées par de l'herbe, du gravier ou des "
                "plantations.",
                "Entsiegeln Sie, was nicht befestigt sein muss: Ersetzen Sie Platten oder Asphalt an Rändern, Wegen "
                "und selten genutzten Stellplätzen durch Rasen, Kies oder Bepflanzung.",
            ),
            T(
                "Choose permeable paving (grass pavers, gravel, open joints) when you renew a car park.",
                "Kies voor waterdoorlatende verharding (grasdallen, grind, open voegen) als je een parking vernieuwt.",
                "Optez pour un revêtement perméable (dalles-gazon, gravier, joints ouverts) quand vous rénovez un "
                "parking.",
                "Wählen Sie wasserdurchlässige Beläge (Rasengitter, Kies, offene Fugen), wenn Sie einen Parkplatz "
                "erneuern.",
            ),
            T(
                "Green a flat roof with sedum and wild herbs: it also holds back rain and keeps the building cool.",
                "Leg een groendak met sedum en wilde kruiden aan op een plat dak: het houdt ook regen vast en houdt "
                "het gebouw koel.",
                "Végétalisez un toit plat avec des sédums et des plantes sauvages : il retient aussi la pluie et "
                "rafraîchit le bâtiment.",
                "Begrünen Sie ein Flachdach mit Sedum und Wildkräutern: Es hält auch Regen zurück und kühlt das "
                "Gebäude.",
            ),
            T(
                "Let climbing plants grow on a blank façade, a wall or a fence.",
                "Laat klimplanten groeien tegen een blinde gevel, een muur of een hek.",
                "Laissez pousser des plantes grimpantes sur une façade aveugle, un mur ou une clôture.",
                "Lassen Sie Kletterpflanzen an einer fensterlosen Fassade, einer Mauer oder einem Zaun wachsen.",
            ),
        ],
    ),
    theme(
        "habitats",
        20,
        T("Habitats", "Leefgebieden", "Habitats", "Lebensräume"),
        T(
            "The places your site offers plants and animals to live: meadows, hedges, ponds, trees and shelters.",
            "De plekken waar planten en dieren op je terrein kunnen leven: bloemenweides, hagen, poelen, bomen en "
            "schuilplaatsen.",
            "Les lieux de vie que votre site offre aux plantes et aux animaux : prairies, haies, mares, arbres et "
            "abris.",
            "Die Lebensräume, die Ihr Gelände Pflanzen und Tieren bietet: Wiesen, Hecken, Teiche, Bäume und "
            "Unterschlupfe.",
        ),
        [
            T(
                "Turn part of the lawn into a flower meadow mown once or twice a year, and remove the cuttings.",
                "Vorm een deel van het gazon om tot een bloemenweide die je een- of tweemaal per jaar maait, en voer "
                "het maaisel af.",
                "Transformez une partie de la pelouse en prairie fleurie fauchée une ou deux fois par an, et "
                "exportez le foin.",
                "Verwandeln Sie einen Teil des Rasens in eine Blumenwiese, die ein- oder zweimal im Jahr gemäht "
                "wird, und führen Sie das Mähgut ab.",
            ),
            T(
                "Plant a hedge of native shrubs (hawthorn, blackthorn, hazel, field maple) along a boundary.",
                "Plant een haag van inheemse struiken (meidoorn, sleedoorn, hazelaar, veldesdoorn) langs een "
                "perceelsgrens.",
                "Plantez une haie d'arbustes indigènes (aubépine, prunellier, noisetier, érable champêtre) le long "
                "d'une limite.",
                "Pflanzen Sie eine Hecke aus heimischen Sträuchern (Weißdorn, Schlehe, Hasel, Feldahorn) entlang "
                "einer Grenze.",
            ),
            T(
                "Dig a pond or a wadi with gently sloping banks, and keep fish out of it.",
                "Graaf een poel of een wadi met zacht aflopende oevers, en houd er vissen uit.",
                "Creusez une mare ou une noue aux berges en pente douce, sans y introduire de poissons.",
                "Legen Sie einen Teich oder eine Mulde mit flachen Ufern an, ohne Fische einzusetzen.",
            ),
            T(
                "Hang nest boxes and bat boxes, and leave dead wood and a pile of stones in a quiet corner.",
                "Hang nestkasten en vleermuiskasten op, en laat dood hout en een steenhoop liggen in een rustige hoek.",
                "Installez des nichoirs et des gîtes à chauves-souris, et laissez du bois mort et un tas de pierres "
                "dans un coin tranquille.",
                "Hängen Sie Nist- und Fledermauskästen auf und lassen Sie Totholz und einen Steinhaufen in einer "
                "ruhigen Ecke liegen.",
            ),
        ],
    ),
    theme(
        "management",
        20,
        T("Management", "Beheer", "Gestion", "Pflege"),
        T(
            "How the green space is maintained and the site is lit: mowing, pesticides, light at night, invasive "
            "species and glass.",
            "Hoe het groen onderhouden en het terrein verlicht wordt: maaien, pesticiden, licht 's nachts, "
            "invasieve exoten en glas.",
            "La façon dont les espaces verts sont entretenus et le site éclairé : fauche, pesticides, lumière "
            "nocturne, espèces envahissantes et vitrages.",
            "Wie die Grünflächen gepflegt und das Gelände beleuchtet werden: Mahd, Pestizide, Licht in der Nacht, "
            "invasive Arten und Glas.",
        ),
        [
            T(
                "Mow in phases: keep paths and edges short and let the rest flower, mowing it once or twice a year.",
                "Maai gefaseerd: houd paden en randen kort en laat de rest bloeien door die maar een- of tweemaal "
                "per jaar te maaien.",
                "Pratiquez la fauche différenciée : gardez les chemins et les bordures ras et laissez fleurir le "
                "reste, fauché une ou deux fois par an.",
                "Mähen Sie gestaffelt: Wege und Ränder kurz halten, den Rest blühen lassen und nur ein- oder "
                "zweimal im Jahr mähen.",
            ),
            T(
                "Stop using pesticides: weed by hand, with a brush or hot water, and accept some wild plants.",
                "Stop met pesticiden: wied met de hand, met een borstel of heet water, en aanvaard wat wilde planten.",
                "Renoncez aux pesticides : désherbez à la main, à la brosse ou à l'eau chaude, et acceptez quelques "
                "plantes sauvages.",
                "Verzichten Sie auf Pestizide: Jäten Sie von Hand, mit der Bürste oder mit heißem Wasser, und "
                "lassen Sie einige Wildpflanzen stehen.",
            ),
            T(
                "Fit outdoor lights with warm, shielded lamps on timers or motion sensors, and switch them off at "
                "night.",
                "Voorzie de buitenverlichting van warme, afgeschermde lampen met tijdschakelaar of bewegingsmelder, "
                "en doe ze 's nachts uit.",
                "Équipez l'éclairage extérieur de lampes chaudes et orientées vers le bas, avec minuterie ou "
                "détecteur, et éteignez-les la nuit.",
                "Rüsten Sie die Außenbeleuchtung mit warmen, abgeschirmten Leuchten mit Zeitschaltuhr oder "
                "Bewegungsmelder aus und schalten Sie sie nachts ab.",
            ),
            T(
                "Write biodiversity into your maintenance contract: ecological mowing, no pesticides, control of "
                "invasive species.",
                "Schrijf biodiversiteit in je onderhoudscontract: ecologisch maaibeheer, geen pesticiden, aanpak van "
                "invasieve exoten.",
                "Inscrivez la biodiversité dans votre contrat d'entretien : fauche écologique, zéro pesticide, "
                "gestion des espèces envahissantes.",
                "Schreiben Sie die Biodiversität in Ihren Pflegevertrag: ökologische Mahd, keine Pestizide, "
                "Bekämpfung invasiver Arten.",
            ),
        ],
    ),
    theme(
        "water",
        10,
        T(
            "Water and nature-based solutions",
            "Water en natuurgebaseerde oplossingen",
            "Eau et solutions fondées sur la nature",
            "Wasser und naturbasierte Lösungen",
        ),
        T(
            "Whether rain soaks into your site or rushes to the sewer, and how nature helps you against heat and "
            "flooding.",
            "Of regen in je terrein kan insijpelen of naar de riolering stroomt, en hoe de natuur je helpt tegen "
            "hitte en wateroverlast.",
            "Si la pluie s'infiltre dans votre site ou file à l'égout, et comment la nature vous aide contre la "
            "chaleur et les inondations.",
            "Ob Regen auf Ihrem Gelände versickert oder in die Kanalisation rauscht und wie die Natur Ihnen gegen "
            "Hitze und Überschwemmungen hilft.",
        ),
        [
            T(
                "Disconnect downpipes from the sewer and lead the water to a wadi, a rain garden or an infiltration "
                "strip.",
                "Koppel regenpijpen af van de riolering en leid het water naar een wadi, een regentuin of een "
                "infiltratiestrook.",
                "Déconnectez les descentes de gouttière de l'égout et menez l'eau vers une noue, un jardin de pluie "
                "ou une bande d'infiltration.",
                "Koppeln Sie Fallrohre von der Kanalisation ab und leiten Sie das Wasser in eine Mulde, einen "
                "Regengarten oder einen Versickerungsstreifen.",
            ),
            T(
                "Collect roof water for flushing toilets, cleaning or watering.",
                "Vang dakwater op voor het doorspoelen van toiletten, schoonmaken of beregenen.",
                "Récupérez l'eau des toitures pour les chasses d'eau, le nettoyage ou l'arrosage.",
                "Sammeln Sie Dachwasser für die Toilettenspülung, die Reinigung oder die Bewässerung.",
            ),
            T(
                "Plant trees to shade paved areas and buildings.",
                "Plant bomen die verharde zones en gebouwen beschaduwen.",
                "Plantez des arbres pour ombrager les surfaces revêtues et les bâtiments.",
                "Pflanzen Sie Bäume, die befestigte Flächen und Gebäude beschatten.",
            ),
            T(
                "Give a watercourse along your site natural, gently sloping banks.",
                "Geef een waterloop langs je terrein natuurlijke, zacht hellende oevers.",
                "Donnez au cours d'eau qui longe votre site des berges naturelles en pente douce.",
                "Geben Sie einem Wasserlauf an Ihrem Gelände naturnahe, flach geneigte Ufer.",
            ),
        ],
    ),
    theme(
        "connectivity",
        10,
        T("Connectivity", "Verbondenheid", "Connectivité", "Vernetzung"),
        T(
            "How your site links up with the nature around it, so that plants and animals can move through.",
            "Hoe je terrein aansluit op de natuur eromheen, zodat planten en dieren erdoor kunnen trekken.",
            "La façon dont votre site se relie à la nature qui l'entoure, pour que plantes et animaux puissent "
            "le traverser.",
            "Wie Ihr Gelände an die umgebende Natur anschließt, damit Pflanzen und Tiere es durchqueren können.",
        ),
        [
            T(
                "Find out which nature areas and ecological corridors lie near your site: ask the province, the "
                "municipality or a nature organisation.",
                "Zoek uit welke natuurgebieden en ecologische verbindingen bij je terrein liggen: vraag het aan de "
                "provincie, de gemeente of een natuurvereniging.",
                "Renseignez-vous sur les zones naturelles et les corridors écologiques proches de votre site : "
                "demandez à la province, à la commune ou à une association naturaliste.",
                "Finden Sie heraus, welche Naturgebiete und Biotopverbundachsen in der Nähe liegen: Fragen Sie die "
                "Provinz, die Gemeinde oder einen Naturschutzverein.",
            ),
            T(
                "Make fences passable with a 10 × 10 cm gap at ground level every few metres, or replace them by "
                "a hedge.",
                "Maak omheiningen doorlaatbaar met een opening van 10 × 10 cm op de grond om de paar meter, of "
                "vervang ze door een haag.",
                "Rendez les clôtures franchissables avec une ouverture de 10 × 10 cm au ras du sol tous les "
                "quelques mètres, ou remplacez-les par une haie.",
                "Machen Sie Zäune durchlässig, mit einer Öffnung von 10 × 10 cm am Boden alle paar Meter, oder "
                "ersetzen Sie sie durch eine Hecke.",
            ),
            T(
                "Plant continuous green strips along your boundaries that join up with your neighbours' green.",
                "Plant doorlopende groenstroken langs je perceelsgrenzen die aansluiten op het groen van je buren.",
                "Plantez des bandes vertes continues le long de vos limites, reliées aux espaces verts de vos voisins.",
                "Pflanzen Sie durchgehende Grünstreifen entlang Ihrer Grenzen, die an das Grün Ihrer Nachbarn "
                "anschließen.",
            ),
            T(
                "Start a joint green project with neighbouring companies, for example across a business park.",
                "Start een gezamenlijk groenproject met naburige bedrijven, bijvoorbeeld op het hele bedrijventerrein.",
                "Lancez un projet vert commun avec les entreprises voisines, par exemple à l'échelle du parc "
                "d'activités.",
                "Starten Sie ein gemeinsames Grünprojekt mit benachbarten Unternehmen, etwa im ganzen Gewerbegebiet.",
            ),
        ],
    ),
    theme(
        "value_chain",
        15,
        T("Value chain", "Waardeketen", "Chaîne de valeur", "Wertschöpfungskette"),
        T(
            "The effect on nature of what you buy, sell and finance, in Belgium and far beyond.",
            "De impact op de natuur van wat je aankoopt, verkoopt en financiert, in België en ver daarbuiten.",
            "L'impact sur la nature de ce que vous achetez, vendez et financez, en Belgique et bien au-delà.",
            "Die Wirkung dessen, was Sie einkaufen, verkaufen und finanzieren, auf die Natur, in Belgien und weit "
            "darüber hinaus.",
        ),
        [
            T(
                "Map which purchases contain risky commodities (timber, soy, palm oil, cocoa, coffee, beef, leather, "
                "paper) and where they come from.",
                "Breng in kaart welke aankopen risicovolle grondstoffen bevatten (hout, soja, palmolie, cacao, "
                "koffie, rundvlees, leer, papier) en waar ze vandaan komen.",
                "Identifiez les achats qui contiennent des matières premières à risque (bois, soja, huile de palme, "
                "cacao, café, bœuf, cuir, papier) et leur origine.",
                "Erfassen Sie, welche Einkäufe Risikorohstoffe enthalten (Holz, Soja, Palmöl, Kakao, Kaffee, "
                "Rindfleisch, Leder, Papier) und woher sie stammen.",
            ),
            T(
                "Switch to certified or deforestation-free supplies, starting with your largest volumes.",
                "Schakel over op gecertificeerde of ontbossingsvrije aankopen, te beginnen met je grootste volumes.",
                "Passez à des approvisionnements certifiés ou sans déforestation, en commençant par vos plus gros "
                "volumes.",
                "Stellen Sie auf zertifizierte oder entwaldungsfreie Einkäufe um, beginnend mit Ihren größten Mengen.",
            ),
            T(
                "Add biodiversity requirements to your purchasing conditions and supplier contracts.",
                "Neem biodiversiteitseisen op in je aankoopvoorwaarden en leverancierscontracten.",
                "Ajoutez des exigences de biodiversité à vos conditions d'achat et à vos contrats fournisseurs.",
                "Nehmen Sie Biodiversitätsanforderungen in Ihre Einkaufsbedingungen und Lieferantenverträge auf.",
            ),
            T(
                "Ask your bank and insurer how your money is invested, and choose products with biodiversity criteria.",
                "Vraag je bank en verzekeraar hoe je geld belegd wordt, en kies producten met biodiversiteitscriteria.",
                "Demandez à votre banque et à votre assureur comment votre argent est investi, et choisissez des "
                "produits avec des critères de biodiversité.",
                "Fragen Sie Ihre Bank und Ihre Versicherung, wie Ihr Geld angelegt wird, und wählen Sie Produkte "
                "mit Biodiversitätskriterien.",
            ),
        ],
    ),
    theme(
        "governance",
        10,
        T("Governance", "Beleid en organisatie", "Gouvernance", "Steuerung"),
        T(
            "Whether biodiversity has a place in your policy, with an owner, a plan, monitoring and reporting.",
            "Of biodiversiteit een plaats heeft in je beleid, met een verantwoordelijke, een plan, opvolging en "
            "rapportering.",
            "La place de la biodiversité dans votre politique : un responsable, un plan, un suivi et un rapportage.",
            "Ob die Biodiversität einen Platz in Ihrer Unternehmenspolitik hat, mit einer zuständigen Person, einem "
            "Plan, Monitoring und Berichterstattung.",
        ),
        [
            T(
                "Name a person responsible for biodiversity and give them time and a budget.",
                "Duid iemand aan die verantwoordelijk is voor biodiversiteit, en geef die persoon tijd en budget.",
                "Désignez une personne responsable de la biodiversité et donnez-lui du temps et un budget.",
                "Benennen Sie eine für Biodiversität zuständige Person und geben Sie ihr Zeit und ein Budget.",
            ),
            T(
                "Pick three actions from this scan, put them in a short action plan with dates, and have the "
                "management adopt it.",
                "Kies drie acties uit deze scan, zet ze in een kort actieplan met data, en laat de directie het "
                "goedkeuren.",
                "Choisissez trois actions dans ce scan, inscrivez-les dans un court plan d'action daté et faites-le "
                "adopter par la direction.",
                "Wählen Sie drei Maßnahmen aus diesem Scan, halten Sie sie in einem kurzen Aktionsplan mit Terminen "
                "fest und lassen Sie ihn von der Geschäftsleitung beschließen.",
            ),
            T(
                "Take this scan again every year to follow your progress.",
                "Doe deze scan elk jaar opnieuw om je vooruitgang op te volgen.",
                "Refaites ce scan chaque année pour suivre vos progrès.",
                "Machen Sie diesen Scan jedes Jahr erneut, um Ihre Fortschritte zu verfolgen.",
            ),
            T(
                "Report on biodiversity with the VSME standard or ESRS E4, and join a partnership such as the Green "
                "Deal or the alliance.",
                "Rapporteer over biodiversiteit met de VSME-standaard of ESRS E4, en stap in een samenwerking zoals "
                "de Green Deal of de alliantie.",
                "Faites rapport sur la biodiversité avec la norme VSME ou l'ESRS E4, et rejoignez un partenariat "
                "comme le Green Deal ou l'alliance.",
                "Berichten Sie mit dem VSME-Standard oder ESRS E4 über Biodiversität und schließen Sie sich einer "
                "Partnerschaft wie dem Green Deal oder der Allianz an.",
            ),
        ],
    ),
]

# (code, minimum overall score, name, description)
LEVELS = [
    (
        "start",
        0,
        T("Start", "Start", "Démarrage", "Start"),
        T(
            "Biodiversity is new to your company: a few simple steps will already make a visible difference.",
            "Biodiversiteit is nieuw voor je bedrijf: met enkele eenvoudige stappen maak je al een zichtbaar verschil.",
            "La biodiversité est nouvelle pour votre entreprise : quelques gestes simples feront déjà une "
            "différence visible.",
            "Biodiversität ist neu für Ihr Unternehmen: Schon wenige einfache Schritte machen einen sichtbaren "
            "Unterschied.",
        ),
    ),
    (
        "basis",
        25,
        T("Basis", "Basis", "Base", "Basis"),
        T(
            "You have made a start; make it lasting with a plan and a person in charge.",
            "Je bent gestart; maak het duurzaam met een plan en een verantwoordelijke.",
            "Vous avez commencé ; inscrivez-le dans la durée avec un plan et un responsable.",
            "Sie haben angefangen; machen Sie es dauerhaft mit einem Plan und einer zuständigen Person.",
        ),
    ),
    (
        "advanced",
        50,
        T("Advanced", "Gevorderd", "Avancé", "Fortgeschritten"),
        T(
            "Biodiversity is part of how you work; close the remaining gaps and share what you have learnt.",
            "Biodiversiteit hoort bij je werking; werk de resterende punten weg en deel wat je geleerd hebt.",
            "La biodiversité fait partie de votre fonctionnement ; comblez les dernières lacunes et partagez votre "
            "expérience.",
            "Biodiversität gehört zu Ihrer Arbeitsweise; schließen Sie die letzten Lücken und teilen Sie Ihre "
            "Erfahrungen.",
        ),
    ),
    (
        "frontrunner",
        75,
        T("Frontrunner", "Koploper", "Pionnier", "Vorreiter"),
        T(
            "You lead the way: show your work in the alliance's showcase and inspire other companies.",
            "Je loopt voorop: toon je werk in de etalage van de alliantie en inspireer andere bedrijven.",
            "Vous montrez la voie : présentez votre travail dans la vitrine de l'alliance et inspirez d'autres "
            "entreprises.",
            "Sie gehen voran: Zeigen Sie Ihre Arbeit im Schaufenster der Allianz und inspirieren Sie andere "
            "Unternehmen.",
        ),
    ),
]

# (code, minimum score of the ladder theme, name, description)
LADDER = [
    (
        "aware",
        0,
        T("Aware", "Bewust", "Sensibilisé", "Sensibilisiert"),
        T(
            "You know that your company affects nature and depends on it.",
            "Je weet dat je bedrijf invloed heeft op de natuur en ervan afhangt.",
            "Vous savez que votre entreprise a un impact sur la nature et qu'elle en dépend.",
            "Sie wissen, dass Ihr Unternehmen die Natur beeinflusst und von ihr abhängt.",
        ),
    ),
    (
        "inventoried",
        20,
        T("Inventoried", "In kaart gebracht", "Inventorié", "Erfasst"),
        T(
            "You know what lives on your site and where your main impacts lie.",
            "Je weet wat er op je terrein leeft en waar je grootste impact ligt.",
            "Vous savez ce qui vit sur votre site et où se situent vos principaux impacts.",
            "Sie wissen, was auf Ihrem Gelände lebt und wo Ihre wichtigsten Auswirkungen liegen.",
        ),
    ),
    (
        "first_measures",
        40,
        T("First measures", "Eerste maatregelen", "Premières mesures", "Erste Maßnahmen"),
        T(
            "You have taken your first concrete measures on the site or in your purchasing.",
            "Je hebt de eerste concrete maatregelen genomen op je terrein of in je aankoopbeleid.",
            "Vous avez pris vos premières mesures concrètes sur le site ou dans vos achats.",
            "Sie haben erste konkrete Maßnahmen auf dem Gelände oder im Einkauf ergriffen.",
        ),
    ),
    (
        "plan_and_monitoring",
        60,
        T("Plan and monitoring", "Plan en opvolging", "Plan et suivi", "Plan und Monitoring"),
        T(
            "An adopted action plan guides your measures, and you check the results every year.",
            "Een goedgekeurd actieplan stuurt je maatregelen, en je volgt de resultaten elk jaar op.",
            "Un plan d'action adopté guide vos mesures, et vous en vérifiez les résultats chaque année.",
            "Ein beschlossener Aktionsplan steuert Ihre Maßnahmen, und Sie prüfen die Ergebnisse jedes Jahr.",
        ),
    ),
    (
        "embedded_and_reported",
        80,
        T("Embedded and reported", "Verankerd en gerapporteerd", "Intégré et rapporté", "Verankert und berichtet"),
        T(
            "Biodiversity is part of your strategy, your contracts and your public reporting.",
            "Biodiversiteit zit in je strategie, je contracten en je publieke rapportering.",
            "La biodiversité fait partie de votre stratégie, de vos contrats et de votre rapportage public.",
            "Biodiversität ist Teil Ihrer Strategie, Ihrer Verträge und Ihrer öffentlichen Berichterstattung.",
        ),
    ),
]

# Plain words for every tag an option or band carries, shown with the objectives that a tag suggests.
TAG_REASONS = {
    "sealed_high": T(
        "70 % or more of your site is sealed.",
        "70 % of meer van je terrein is verhard.",
        "70 % ou plus de votre site est imperméabilisé.",
        "70 % oder mehr Ihres Geländes sind versiegelt.",
    ),
    "rain_to_sewer": T(
        "All rainwater goes to the sewer.",
        "Al het regenwater gaat naar de riolering.",
        "Toute l'eau de pluie part à l'égout.",
        "Das gesamte Regenwasser fließt in die Kanalisation.",
    ),
    "flat_roof_bare": T(
        "You have large flat roofs without vegetation.",
        "Je hebt grote platte daken zonder begroeiing.",
        "Vous avez de grandes toitures plates sans végétation.",
        "Sie haben große Flachdächer ohne Begrünung.",
    ),
    "much_glazing": T(
        "Your buildings have large glass surfaces that birds cannot see.",
        "Je gebouwen hebben grote glasoppervlakken die vogels niet zien.",
        "Vos bâtiments ont de grandes surfaces vitrées que les oiseaux ne voient pas.",
        "Ihre Gebäude haben große Glasflächen, die Vögel nicht erkennen.",
    ),
    "renovation_planned": T(
        "You are planning a renovation or a new building.",
        "Je plant een renovatie of nieuwbouw.",
        "Vous prévoyez une rénovation ou une nouvelle construction.",
        "Sie planen eine Renovierung oder einen Neubau.",
    ),
    "no_meadow": T(
        "You have no flower meadow.",
        "Je hebt geen bloemenweide.",
        "Vous n'avez pas de prairie fleurie.",
        "Sie haben keine Blumenwiese.",
    ),
    "hedge_short": T(
        "You have less than 50 m of hedge.",
        "Je hebt minder dan 50 m haag.",
        "Vous avez moins de 50 m de haies.",
        "Sie haben weniger als 50 m Hecke.",
    ),
    "no_shelters": T(
        "Your site offers no shelter for birds, bats or insects.",
        "Je terrein biedt geen schuilplaats voor vogels, vleermuizen of insecten.",
        "Votre site n'offre aucun abri aux oiseaux, aux chauves-souris ou aux insectes.",
        "Ihr Gelände bietet Vögeln, Fledermäusen und Insekten keinen Unterschlupf.",
    ),
    "weekly_mowing": T(
        "Your grass is mostly mown every week.",
        "Je gras wordt meestal wekelijks gemaaid.",
        "Votre herbe est surtout tondue chaque semaine.",
        "Ihr Gras wird meist jede Woche gemäht.",
    ),
    "pesticides": T(
        "You use pesticides routinely.",
        "Je gebruikt routinematig pesticiden.",
        "Vous utilisez régulièrement des pesticides.",
        "Sie setzen regelmäßig Pestizide ein.",
    ),
    "night_lighting": T(
        "Your outdoor lighting stays on all night.",
        "Je buitenverlichting brandt de hele nacht.",
        "Votre éclairage extérieur reste allumé toute la nuit.",
        "Ihre Außenbeleuchtung brennt die ganze Nacht.",
    ),
    "closed_fences": T(
        "Your fences are closed to small animals.",
        "Je omheining is gesloten voor kleine dieren.",
        "Vos clôtures sont infranchissables pour les petits animaux.",
        "Ihre Zäune sind für Kleintiere undurchlässig.",
    ),
    "low_certified": T(
        "Little or none of the risky commodities you buy is known to be certified or deforestation-free.",
        "Van de risicovolle grondstoffen die je aankoopt, is weinig of niets aantoonbaar gecertificeerd of "
        "ontbossingsvrij.",
        "Peu ou pas des matières premières à risque que vous achetez sont certifiées ou sans déforestation à "
        "votre connaissance.",
        "Von den Risikorohstoffen, die Sie einkaufen, ist wenig oder nichts nachweislich zertifiziert oder "
        "entwaldungsfrei.",
    ),
}
