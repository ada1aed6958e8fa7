"""The steps about the site itself: its land cover, and its roofs, façades and glass."""

from scan.defaults.base import NO, PERCENT, T, band, number, option, single, step, yes_no

LAND_COVER_STEP = step(
    "land_cover_step",
    T(
        "Your site: land cover",
        "Je terrein: bodembedekking",
        "Votre site : occupation du sol",
        "Ihr Gelände: Bodenbedeckung",
    ),
    T(
        "What covers your site: buildings and paving, or soil, plants and water? Estimates are fine; an aerial "
        "photo helps.",
        "Wat bedekt je terrein: gebouwen en verharding, of bodem, planten en water? Een schatting volstaat; een "
        "luchtfoto helpt.",
        "Qu'est-ce qui couvre votre site : bâtiments et revêtements, ou sol, plantes et eau ? Une estimation "
        "suffit ; une photo aérienne vous aidera.",
        "Was bedeckt Ihr Gelände: Gebäude und Beläge oder Boden, Pflanzen und Wasser? Eine Schätzung genügt; ein "
        "Luftbild hilft.",
    ),
    [
        number(
            "sealed_share",
            "land_cover",
            T(
                "What share of your site is sealed (%)?",
                "Welk aandeel van je terrein is verhard (%)?",
                "Quelle part de votre site est imperméabilisée (%) ?",
                "Welcher Anteil Ihres Geländes ist versiegelt (%)?",
            ),
            [
                band(0, 30, 4),
                band(30, 50, 3),
                band(50, 70, 2),
                band(70, 90, 1, "sealed_high"),
                band(90, None, 0, "sealed_high"),
            ],
            PERCENT,
            100,
            fact="sealed_share_pct",
            help_text=T(
                "Count buildings, roads, car parks and other paving that water cannot pass through. Gravel, grass "
                "pavers and open joints count as unsealed.",
                "Tel gebouwen, wegen, parkings en andere verharding mee waar geen water door kan. Grind, grasdallen "
                "en open voegen tellen als onverhard.",
                "Comptez les bâtiments, voiries, parkings et autres revêtements que l'eau ne traverse pas. Le "
                "gravier, les dalles-gazon et les joints ouverts comptent comme perméables.",
                "Zählen Sie Gebäude, Straßen, Parkplätze und andere Beläge, durch die kein Wasser dringt. Kies, "
                "Rasengitter und offene Fugen gelten als unversiegelt.",
            ),
        ),
        number(
            "near_natural_share",
            "land_cover",
            T(
                "What share of your outdoor area is near-natural (%)?",
                "Welk aandeel van je buitenruimte is natuurlijk ingericht (%)?",
                "Quelle part de vos espaces extérieurs est proche de l'état naturel (%) ?",
                "Welcher Anteil Ihrer Außenfläche ist naturnah (%)?",
            ),
            [band(0, 10, 0), band(10, 30, 2), band(30, None, 4)],
            PERCENT,
            100,
            fact="near_natural_share_pct",
            condition="outdoor_area > 0",
            help_text=T(
                "Near-natural: flower meadows, hedges and shrubs, woodland, ponds, reed beds, rough corners left to "
                "nature. Not: short lawns, beds of exotic plants, paving.",
                "Natuurlijk: bloemenweides, hagen en struiken, bos, poelen, rietkragen, ruige hoeken die je aan de "
                "natuur laat. Niet: kortgemaaid gazon, perken met uitheemse planten, verharding.",
                "Proche de l'état naturel : prairies fleuries, haies et arbustes, bois, mares, roselières, coins "
                "laissés à la nature. Pas : pelouses rases, massifs de plantes exotiques, revêtements.",
                "Naturnah: Blumenwiesen, Hecken und Gebüsch, Wald, Teiche, Röhricht, der Natur überlassene Ecken. "
                "Nicht: kurz gemähter Rasen, Beete mit exotischen Pflanzen, Beläge.",
            ),
        ),
        single(
            "permeable_parking",
            "land_cover",
            T(
                "Is your car park permeable to water?",
                "Is je parking waterdoorlatend?",
                "Votre parking est-il perméable à l'eau ?",
                "Ist Ihr Parkplatz wasserdurchlässig?",
            ),
            [
                option(
                    "none",
                    0,
                    T(
                        "No, it is fully sealed",
                        "Nee, hij is volledig verhard",
                        "Non, il est entièrement imperméable",
                        "Nein, er ist vollständig versiegelt",
                    ),
                ),
                option("part", 2, T("Partly", "Gedeeltelijk", "En partie", "Teilweise")),
                option("all", 4, T("Yes, all of it", "Ja, volledig", "Oui, entièrement", "Ja, vollständig")),
                option(
                    "no_parking",
                    0,
                    T(
                        "We have no car park",
                        "We hebben geen parking",
                        "Nous n'avons pas de parking",
                        "Wir haben keinen Parkplatz",
                    ),
                    not_applicable=True,
                ),
            ],
            help_text=T(
                "Permeable: grass pavers, gravel, paving with open joints or permeable concrete.",
                "Waterdoorlatend: grasdallen, grind, klinkers met open voegen of waterdoorlatend beton.",
                "Perméable : dalles-gazon, gravier, pavés à joints ouverts ou béton drainant.",
                "Wasserdurchlässig: Rasengitter, Kies, Pflaster mit offenen Fugen oder Drainbeton.",
            ),
        ),
        single(
            "unsealed_recently",
            "land_cover",
            T(
                "Have you unsealed surfaces in the last three years?",
                "Heb je de voorbije drie jaar oppervlakken onthard?",
                "Avez-vous désimperméabilisé des surfaces au cours des trois dernières années ?",
                "Haben Sie in den letzten drei Jahren Flächen entsiegelt?",
            ),
            [
                option("no", 0, NO),
                option(
                    "some",
                    1,
                    T("Yes, some surfaces", "Ja, enkele oppervlakken", "Oui, quelques surfaces", "Ja, einige Flächen"),
                ),
                option(
                    "over_10",
                    2,
                    T(
                        "Yes, more than 10 % of the site",
                        "Ja, meer dan 10 % van het terrein",
                        "Oui, plus de 10 % du site",
                        "Ja, mehr als 10 % des Geländes",
                    ),
                ),
            ],
            help_text=T(
                "Unsealing: removing asphalt, concrete or tiles and giving the soil back to plants or water.",
                "Ontharden: asfalt, beton of tegels weghalen en de bodem teruggeven aan planten of water.",
                "Désimperméabiliser : enlever l'asphalte, le béton ou les dalles et rendre le sol aux plantes ou à "
                "l'eau.",
                "Entsiegeln: Asphalt, Beton oder Platten entfernen und den Boden Pflanzen oder Wasser zurückgeben.",
            ),
        ),
        yes_no(
            "flat_roofs",
            "",
            T(
                "Do your buildings have large flat roofs (together more than 200 m²)?",
                "Hebben je gebouwen grote platte daken (samen meer dan 200 m²)?",
                "Vos bâtiments ont-ils de grandes toitures plates (plus de 200 m² au total) ?",
                "Haben Ihre Gebäude große Flachdächer (zusammen mehr als 200 m²)?",
            ),
            help_text=T(
                "Flat or gently sloping roofs can carry a green roof. This question is not scored.",
                "Platte of licht hellende daken kunnen een groendak dragen. Deze vraag telt niet mee voor de score.",
                "Les toits plats ou faiblement inclinés peuvent accueillir une toiture végétalisée. Cette question "
                "ne compte pas dans le score.",
                "Flache oder leicht geneigte Dächer können ein Gründach tragen. Diese Frage zählt nicht für die "
                "Punktzahl.",
            ),
        ),
    ],
    condition="total_area > 0",
)

BUILDINGS_STEP = step(
    "buildings_step",
    T(
        "Roofs, façades and glass",
        "Daken, gevels en glas",
        "Toitures, façades et vitrages",
        "Dächer, Fassaden und Glas",
    ),
    T(
        "Buildings can make room for nature too: a green roof, a climbing plant on a wall, glass that birds can see.",
        "Ook gebouwen kunnen plaats maken voor natuur: een groendak, een klimplant tegen een muur, glas dat vogels "
        "kunnen zien.",
        "Les bâtiments aussi peuvent faire place à la nature : une toiture verte, une plante grimpante sur un mur, "
        "des vitres que les oiseaux voient.",
        "Auch Gebäude können der Natur Raum geben: ein Gründach, eine Kletterpflanze an der Wand, Glas, das Vögel "
        "erkennen.",
    ),
    [
        single(
            "green_roofs",
            "land_cover",
            T(
                "How much of your roof area is green?",
                "Hoeveel van je dakoppervlak is groendak?",
                "Quelle part de vos toitures est végétalisée ?",
                "Wie viel Ihrer Dachfläche ist begrünt?",
            ),
            [
                option("none", 0, T("None", "Niets", "Aucune", "Nichts"), "flat_roof_bare"),
                option(
                    "under_25",
                    1,
                    T("Less than a quarter", "Minder dan een kwart", "Moins d'un quart", "Weniger als ein Viertel"),
                ),
                option(
                    "quarter_to_half",
                    2,
                    T(
                        "A quarter to a half",
                        "Een kwart tot de helft",
                        "D'un quart à la moitié",
                        "Ein Viertel bis die Hälfte",
                    ),
                ),
                option(
                    "over_half", 4, T("More than half", "Meer dan de helft", "Plus de la moitié", "Mehr als die Hälfte")
                ),
            ],
            condition="flat_roofs = yes",
            help_text=T(
                "Count extensive (sedum, herbs) and intensive (plants, shrubs) green roofs.",
                "Tel extensieve (sedum, kruiden) en intensieve (planten, struiken) groendaken mee.",
                "Comptez les toitures vertes extensives (sédums, herbacées) et intensives (plantes, arbustes).",
                "Zählen Sie extensive (Sedum, Kräuter) und intensive (Stauden, Sträucher) Dachbegrünungen.",
            ),
        ),
        single(
            "green_facades",
            "land_cover",
            T(
                "Do you have green façades?",
                "Heb je groene gevels?",
                "Avez-vous des façades végétalisées ?",
                "Haben Sie begrünte Fassaden?",
            ),
            [
                option("none", 0, NO),
                option("some", 1, T("Some", "Enkele", "Quelques-unes", "Einige")),
                option(
                    "extensive", 2, T("Yes, extensive ones", "Ja, grote", "Oui, de grande ampleur", "Ja, großflächige")
                ),
            ],
            help_text=T(
                "Climbing plants on walls or fences, or planted façade systems.",
                "Klimplanten tegen muren of hekken, of beplante gevelsystemen.",
                "Des plantes grimpantes sur les murs ou les clôtures, ou des systèmes de façade plantée.",
                "Kletterpflanzen an Mauern oder Zäunen oder bepflanzte Fassadensysteme.",
            ),
        ),
        single(
            "bird_safe_glazing",
            "management",
            T(
                "Are large glass surfaces made visible to birds?",
                "Zijn grote glasoppervlakken zichtbaar gemaakt voor vogels?",
                "Les grandes surfaces vitrées sont-elles rendues visibles pour les oiseaux ?",
                "Sind große Glasflächen für Vögel sichtbar gemacht?",
            ),
            [
                option(
                    "no",
                    0,
                    T(
                        "No, we have large glass surfaces without markings",
                        "Nee, we hebben grote glasoppervlakken zonder markering",
                        "Non, nous avons de grandes surfaces vitrées sans marquage",
                        "Nein, wir haben große Glasflächen ohne Markierung",
                    ),
                    "much_glazing",
                ),
                option(
                    "yes",
                    2,
                    T(
                        "Yes, they are marked or made of bird-safe glass",
                        "Ja, ze zijn gemarkeerd of van vogelvriendelijk glas",
                        "Oui, elles sont marquées ou en verre adapté aux oiseaux",
                        "Ja, sie sind markiert oder aus vogelfreundlichem Glas",
                    ),
                ),
                option(
                    "no_glazing",
                    0,
                    T(
                        "We have no glazing to speak of (only ordinary windows)",
                        "We hebben nauwelijks glas (alleen gewone ramen)",
                        "Nous n'avons guère de vitrages (seulement des fenêtres ordinaires)",
                        "Wir haben kaum Glas (nur gewöhnliche Fenster)",
                    ),
                    not_applicable=True,
                ),
            ],
            help_text=T(
                "Birds do not see clear or mirroring glass. Dense patterns of dots or lines on the outside prevent "
                "collisions; single bird silhouettes do not.",
                "Vogels zien helder of spiegelend glas niet. Dichte patronen van stippen of lijnen aan de buitenkant "
                "voorkomen aanvaringen; losse vogelsilhouetten niet.",
                "Les oiseaux ne voient pas le verre transparent ou réfléchissant. Des motifs denses de points ou de "
                "lignes à l'extérieur évitent les collisions ; des silhouettes d'oiseaux isolées, non.",
                "Vögel erkennen klares oder spiegelndes Glas nicht. Dichte Punkt- oder Linienmuster auf der "
                "Außenseite verhindern Kollisionen, einzelne Vogelsilhouetten nicht.",
            ),
        ),
        yes_no(
            "renovation_planned",
            "",
            T(
                "Are you planning a renovation or new building in the next three years?",
                "Plan je de komende drie jaar een renovatie of nieuwbouw?",
                "Prévoyez-vous une rénovation ou une nouvelle construction dans les trois prochaines années ?",
                "Planen Sie in den nächsten drei Jahren eine Renovierung oder einen Neubau?",
            ),
            yes_tags="renovation_planned",
            help_text=T(
                "A renovation is the cheapest moment to add a green roof, nest sites in the walls or bird-safe "
                "glass. This question is not scored.",
                "Een renovatie is het goedkoopste moment voor een groendak, nestplaatsen in de muren of "
                "vogelvriendelijk glas. Deze vraag telt niet mee voor de score.",
                "Une rénovation est le moment le moins coûteux pour ajouter une toiture verte, des nichoirs intégrés "
                "aux murs ou du verre adapté aux oiseaux. Cette question ne compte pas dans le score.",
                "Eine Renovierung ist der günstigste Zeitpunkt für ein Gründach, Nistplätze in den Wänden oder "
                "vogelfreundliches Glas. Diese Frage zählt nicht für die Punktzahl.",
            ),
        ),
    ],
    condition="total_area > 0",
)

STEPS = [LAND_COVER_STEP, BUILDINGS_STEP]
