"""The steps about water on the site and the site's place in the landscape."""

from scan.defaults.base import (
    NO,
    NONE_OF_THESE,
    ONE_POINT_EACH,
    T,
    multiple,
    option,
    single,
    step,
    yes_no,
)

WATER_STEP = step(
    "water_step",
    T(
        "Water and nature-based solutions",
        "Water en natuurgebaseerde oplossingen",
        "Eau et solutions fondées sur la nature",
        "Wasser und naturbasierte Lösungen",
    ),
    T(
        "Where does the rain that falls on your site go, and does nature help you cope with heat and heavy showers?",
        "Waar gaat de regen naartoe die op je terrein valt, en helpt de natuur je tegen hitte en hevige buien?",
        "Où va la pluie qui tombe sur votre site, et la nature vous aide-t-elle face à la chaleur et aux fortes "
        "averses ?",
        "Wohin fließt der Regen, der auf Ihr Gelände fällt, und hilft Ihnen die Natur bei Hitze und Starkregen?",
    ),
    [
        single(
            "rainwater",
            "water",
            T(
                "Where does the rainwater from your roofs and paving go?",
                "Waar gaat het regenwater van je daken en verharding naartoe?",
                "Où vont les eaux de pluie de vos toitures et revêtements ?",
                "Wohin fließt das Regenwasser von Ihren Dächern und befestigten Flächen?",
            ),
            [
                option(
                    "sewer",
                    0,
                    T(
                        "All of it goes to the sewer",
                        "Alles gaat naar de riolering",
                        "Tout va à l'égout",
                        "Alles fließt in die Kanalisation",
                    ),
                    "rain_to_sewer",
                ),
                option(
                    "partly_reused",
                    2,
                    T(
                        "Part of it is reused or soaks away",
                        "Een deel wordt hergebruikt of infiltreert",
                        "Une partie est réutilisée ou s'infiltre",
                        "Ein Teil wird wiederverwendet oder versickert",
                    ),
                ),
                option(
                    "all_on_site",
                    4,
                    T(
                        "All of it soaks away or is buffered on site",
                        "Alles infiltreert of wordt gebufferd op het terrein",
                        "Tout s'infiltre ou est tamponné sur le site",
                        "Alles versickert oder wird auf dem Gelände zurückgehalten",
                    ),
                ),
            ],
            help_text=T(
                "Reused: collected for toilets, cleaning or watering. Soaking away or buffered: led to a wadi, a "
                "pond, a green roof or the soil instead of the sewer.",
                "Hergebruikt: opgevangen voor toiletten, schoonmaak of beregening. Infiltreren of bufferen: naar een "
                "wadi, een poel, een groendak of de bodem geleid in plaats van naar de riolering.",
                "Réutilisée : récupérée pour les toilettes, le nettoyage ou l'arrosage. Infiltrée ou tamponnée : "
                "dirigée vers une noue, une mare, une toiture verte ou le sol plutôt qu'à l'égout.",
                "Wiederverwendet: gesammelt für Toiletten, Reinigung oder Bewässerung. Versickert oder "
                "zurückgehalten: in eine Mulde, einen Teich, ein Gründach oder den Boden geleitet statt in die "
                "Kanalisation.",
            ),
        ),
        multiple(
            "nature_based_measures",
            "water",
            T(
                "Which nature-based measures against heat or flooding have you taken?",
                "Welke natuurgebaseerde maatregelen tegen hitte of wateroverlast heb je genomen?",
                "Quelles solutions fondées sur la nature contre la chaleur ou les inondations avez-vous mises en "
                "place ?",
                "Welche naturbasierten Maßnahmen gegen Hitze oder Überschwemmungen haben Sie ergriffen?",
            ),
            [
                option(
                    "wadi",
                    1,
                    T(
                        "A wadi, swale or infiltration strip",
                        "Een wadi, gracht of infiltratiestrook",
                        "Une noue, un fossé ou une bande d'infiltration",
                        "Eine Mulde, ein Graben oder ein Versickerungsstreifen",
                    ),
                ),
                option(
                    "rain_garden",
                    1,
                    T(
                        "A rain garden or planted water buffer",
                        "Een regentuin of begroeide waterbuffer",
                        "Un jardin de pluie ou un bassin tampon planté",
                        "Ein Regengarten oder ein bepflanzter Wasserpuffer",
                    ),
                ),
                option(
                    "shade_trees",
                    1,
                    T(
                        "Trees that shade paving or buildings",
                        "Bomen die verharding of gebouwen beschaduwen",
                        "Des arbres qui ombragent les revêtements ou les bâtiments",
                        "Bäume, die befestigte Flächen oder Gebäude beschatten",
                    ),
                ),
                option(
                    "water_roof",
                    1,
                    T(
                        "A green or blue roof that holds back rain",
                        "Een groen of blauw dak dat regen vasthoudt",
                        "Une toiture verte ou bleue qui retient la pluie",
                        "Ein grünes oder blaues Dach, das Regen zurückhält",
                    ),
                ),
                option(
                    "floodable_area",
                    1,
                    T(
                        "A green area that may flood in heavy rain",
                        "Een groene zone die bij hevige regen mag overstromen",
                        "Un espace vert qui peut être inondé lors de fortes pluies",
                        "Eine Grünfläche, die bei Starkregen überflutet werden darf",
                    ),
                ),
                option("none", 0, NONE_OF_THESE),
            ],
            4,
            help_text=ONE_POINT_EACH,
        ),
        single(
            "natural_banks",
            "water",
            T(
                "Do the banks of the watercourse along your site have a natural shape?",
                "Zijn de oevers van de waterloop langs je terrein natuurlijk ingericht?",
                "Les berges du cours d'eau qui longe votre site sont-elles naturelles ?",
                "Sind die Ufer des Wasserlaufs an Ihrem Gelände naturnah gestaltet?",
            ),
            [
                option(
                    "none",
                    0,
                    T(
                        "No, they are hard or steep",
                        "Nee, ze zijn verhard of steil",
                        "Non, elles sont bétonnées ou abruptes",
                        "Nein, sie sind befestigt oder steil",
                    ),
                ),
                option("some", 2, T("Some stretches", "Sommige stukken", "Certains tronçons", "Einige Abschnitte")),
                option(
                    "all",
                    4,
                    T(
                        "All along our site",
                        "Over de hele lengte van ons terrein",
                        "Tout le long de notre site",
                        "Auf der ganzen Länge unseres Geländes",
                    ),
                ),
            ],
            condition="borders = water",
            help_text=T(
                "Natural banks slope gently, are covered with native plants and have no concrete, sheet piling or "
                "walls.",
                "Natuurlijke oevers lopen zacht af, zijn begroeid met inheemse planten en hebben geen beton, "
                "damwanden of muren.",
                "Des berges naturelles sont en pente douce, couvertes de plantes indigènes, sans béton, palplanches "
                "ni murs.",
                "Naturnahe Ufer sind flach geneigt, mit heimischen Pflanzen bewachsen und ohne Beton, Spundwände "
                "oder Mauern.",
            ),
        ),
    ],
    condition="total_area > 0",
)

CONNECTIVITY_STEP = step(
    "connectivity_step",
    T(
        "Your site in the landscape",
        "Je terrein in het landschap",
        "Votre site dans le paysage",
        "Ihr Gelände in der Landschaft",
    ),
    T(
        "Plants and animals need to move from one place to another. Is your site a stepping stone or a barrier?",
        "Planten en dieren moeten zich van de ene plek naar de andere kunnen verplaatsen. Is je terrein een "
        "stapsteen of een barrière?",
        "Les plantes et les animaux doivent pouvoir circuler d'un lieu à l'autre. Votre site est-il un relais ou "
        "une barrière ?",
        "Pflanzen und Tiere müssen sich von einem Ort zum anderen bewegen können. Ist Ihr Gelände ein Trittstein "
        "oder eine Barriere?",
    ),
    [
        yes_no(
            "knows_surroundings",
            "connectivity",
            T(
                "Do you know the nature areas and ecological corridors around your site?",
                "Ken je de natuurgebieden en ecologische verbindingen rond je terrein?",
                "Connaissez-vous les zones naturelles et les corridors écologiques autour de votre site ?",
                "Kennen Sie die Naturgebiete und Biotopverbundachsen rund um Ihr Gelände?",
            ),
            yes_points=2,
            help_text=T(
                "For example from the maps of the province or the region (Natura 2000, nature reserves, the "
                "green-blue network) or from a local nature organisation.",
                "Bijvoorbeeld uit de kaarten van de provincie of het gewest (Natura 2000, natuurreservaten, het "
                "groenblauwe netwerk) of via een lokale natuurvereniging.",
                "Par exemple grâce aux cartes de la province ou de la région (Natura 2000, réserves naturelles, "
                "maillage vert et bleu) ou à une association naturaliste locale.",
                "Zum Beispiel aus den Karten der Provinz oder der Region (Natura 2000, Naturschutzgebiete, "
                "grün-blaues Netz) oder über einen örtlichen Naturschutzverein.",
            ),
        ),
        single(
            "fences",
            "connectivity",
            T(
                "Can small animals get through your fences?",
                "Kunnen kleine dieren door je omheining?",
                "Les petits animaux peuvent-ils franchir vos clôtures ?",
                "Können kleine Tiere Ihre Zäune passieren?",
            ),
            [
                option(
                    "closed",
                    0,
                    T(
                        "No, our fences are closed down to the ground",
                        "Nee, onze omheining is tot op de grond gesloten",
                        "Non, nos clôtures sont fermées jusqu'au sol",
                        "Nein, unsere Zäune sind bis zum Boden geschlossen",
                    ),
                    "closed_fences",
                ),
                option(
                    "partly",
                    2,
                    T(
                        "Partly: there are some passages",
                        "Gedeeltelijk: er zijn enkele doorgangen",
                        "En partie : il y a quelques passages",
                        "Teilweise: Es gibt einige Durchlässe",
                    ),
                ),
                option(
                    "permeable",
                    3,
                    T(
                        "Yes: the fence lets animals through, or it is a hedge",
                        "Ja: de omheining laat dieren door, of het is een haag",
                        "Oui : la clôture laisse passer les animaux, ou c'est une haie",
                        "Ja: Der Zaun lässt Tiere durch, oder es ist eine Hecke",
                    ),
                ),
                option(
                    "no_fence",
                    3,
                    T(
                        "We have no fence",
                        "We hebben geen omheining",
                        "Nous n'avons pas de clôture",
                        "Wir haben keinen Zaun",
                    ),
                ),
            ],
            condition="outdoor_area > 0",
            help_text=T(
                "Hedgehogs, toads and other small animals need openings of about 10 × 10 cm at ground level.",
                "Egels, padden en andere kleine dieren hebben openingen van ongeveer 10 × 10 cm op de grond nodig.",
                "Hérissons, crapauds et autres petits animaux ont besoin d'ouvertures d'environ 10 × 10 cm au ras du "
                "sol.",
                "Igel, Kröten und andere Kleintiere brauchen Öffnungen von etwa 10 × 10 cm in Bodennähe.",
            ),
        ),
        single(
            "green_links",
            "connectivity",
            T(
                "Are there green links (hedges, rows of trees, verges, ditches) along your boundaries?",
                "Zijn er groene verbindingen (hagen, bomenrijen, bermen, grachten) langs je perceelsgrenzen?",
                "Y a-t-il des liaisons vertes (haies, alignements d'arbres, accotements, fossés) le long de vos "
                "limites ?",
                "Gibt es grüne Verbindungen (Hecken, Baumreihen, Säume, Gräben) entlang Ihrer Grundstücksgrenzen?",
            ),
            [
                option("none", 0, T("None", "Geen", "Aucune", "Keine")),
                option(
                    "some",
                    2,
                    T(
                        "Along part of the boundary",
                        "Langs een deel van de grens",
                        "Sur une partie des limites",
                        "Entlang eines Teils der Grenze",
                    ),
                ),
                option(
                    "continuous",
                    4,
                    T(
                        "Continuous, along most of the boundary",
                        "Doorlopend, langs het grootste deel van de grens",
                        "Continues, sur la plus grande partie des limites",
                        "Durchgehend, entlang des größten Teils der Grenze",
                    ),
                ),
            ],
            condition="outdoor_area > 0",
            help_text=T(
                "Green edges let animals move from one green area to the next.",
                "Groene randen laten dieren van het ene groengebied naar het andere trekken.",
                "Des bordures vertes permettent aux animaux de passer d'un espace vert à l'autre.",
                "Grüne Ränder lassen Tiere von einer Grünfläche zur nächsten wandern.",
            ),
        ),
        single(
            "neighbours",
            "connectivity",
            T(
                "Do you work with your neighbours on green infrastructure?",
                "Werk je samen met je buren aan groene infrastructuur?",
                "Travaillez-vous avec vos voisins sur l'infrastructure verte ?",
                "Arbeiten Sie mit Ihren Nachbarn an grüner Infrastruktur?",
            ),
            [
                option("no", 0, NO),
                option(
                    "talks",
                    2,
                    T(
                        "We are talking about it",
                        "We zijn erover in gesprek",
                        "Nous en discutons",
                        "Wir sind im Gespräch",
                    ),
                ),
                option(
                    "joint_project",
                    4,
                    T(
                        "Yes, we have a joint project",
                        "Ja, we hebben een gezamenlijk project",
                        "Oui, nous avons un projet commun",
                        "Ja, wir haben ein gemeinsames Projekt",
                    ),
                ),
            ],
            help_text=T(
                "Neighbouring companies, the manager of the business park, the municipality or the farmers next door.",
                "Naburige bedrijven, de beheerder van het bedrijventerrein, de gemeente of de boeren ernaast.",
                "Les entreprises voisines, le gestionnaire du parc d'activités, la commune ou les agriculteurs "
                "voisins.",
                "Benachbarte Unternehmen, die Verwaltung des Gewerbegebiets, die Gemeinde oder die Landwirte nebenan.",
            ),
        ),
        yes_no(
            "fauna_passages",
            "connectivity",
            T(
                "Have you made passages for wildlife (under roads, through walls or kerbs, out of drains)?",
                "Heb je doorgangen voor dieren gemaakt (onder wegen, door muren of boordstenen, uit putten)?",
                "Avez-vous aménagé des passages pour la faune (sous les voiries, à travers murs ou bordures, hors "
                "des avaloirs) ?",
                "Haben Sie Durchlässe für Tiere geschaffen (unter Straßen, durch Mauern oder Bordsteine, aus "
                "Schächten)?",
            ),
            yes_points=2,
            condition="outdoor_area > 0",
            help_text=T(
                "For example a toad tunnel, a hedgehog gap, a kerb ramp or an escape ramp in a drain or a basin.",
                "Bijvoorbeeld een paddentunnel, een egelgat, een schuine boordsteen of een uitstapplaats in een put "
                "of bekken.",
                "Par exemple un crapauduc, un passage à hérissons, une bordure abaissée ou une rampe de sortie dans "
                "un avaloir ou un bassin.",
                "Zum Beispiel ein Krötentunnel, ein Igeldurchlass, ein abgesenkter Bordstein oder eine "
                "Ausstiegshilfe in einem Schacht oder Becken.",
            ),
        ),
    ],
)

STEPS = [WATER_STEP, CONNECTIVITY_STEP]
