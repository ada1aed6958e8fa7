"""The steps about the outdoor space: its habitats and how it is managed (asked only when there is one)."""

from scan.defaults.base import METRES, NO, NONE_OF_THESE, TICK_ALL, T, band, multiple, number, option, single, step

HABITATS_STEP = step(
    "habitats_step",
    T(
        "Habitats on your site",
        "Leefgebieden op je terrein",
        "Les habitats de votre site",
        "Lebensräume auf Ihrem Gelände",
    ),
    T(
        "Which places on your site offer plants and animals food, shelter and a home?",
        "Welke plekken op je terrein bieden planten en dieren voedsel, beschutting en een thuis?",
        "Quels endroits de votre site offrent nourriture, abri et refuge aux plantes et aux animaux ?",
        "Welche Orte auf Ihrem Gelände bieten Pflanzen und Tieren Nahrung, Schutz und ein Zuhause?",
    ),
    [
        single(
            "flower_meadow",
            "habitats",
            T(
                "How much flower meadow, mown only once or twice a year, do you have?",
                "Hoeveel bloemenweide heb je die maar een- of tweemaal per jaar gemaaid wordt?",
                "Quelle surface de prairie fleurie, fauchée une ou deux fois par an seulement, avez-vous ?",
                "Wie viel Blumenwiese, die nur ein- oder zweimal im Jahr gemäht wird, haben Sie?",
            ),
            [
                option("none", 0, T("None", "Geen", "Aucune", "Keine"), "no_meadow"),
                option(
                    "under_500", 2, T("Less than 500 m²", "Minder dan 500 m²", "Moins de 500 m²", "Weniger als 500 m²")
                ),
                option("over_500", 4, T("500 m² or more", "500 m² of meer", "500 m² ou plus", "500 m² oder mehr")),
            ],
            help_text=T(
                "A meadow where grasses and wild flowers can bloom and set seed, with the cuttings removed.",
                "Een grasland waar grassen en wilde bloemen kunnen bloeien en zaad zetten, en waar het maaisel "
                "wordt afgevoerd.",
                "Une prairie où graminées et fleurs sauvages peuvent fleurir et monter en graines, et dont le foin "
                "est exporté.",
                "Eine Wiese, auf der Gräser und Wildblumen blühen und aussamen können und deren Mähgut abgeführt wird.",
            ),
        ),
        number(
            "hedges",
            "habitats",
            T(
                "How many metres of hedge of native shrubs does your site have?",
                "Hoeveel meter haag of houtkant met inheemse struiken heeft je terrein?",
                "Combien de mètres de haies d'arbustes indigènes votre site compte-t-il ?",
                "Wie viele Meter Hecke aus heimischen Sträuchern hat Ihr Gelände?",
            ),
            [
                band(0, 1, 0, "hedge_short"),
                band(1, 50, 1, "hedge_short"),
                band(50, 200, 2),
                band(200, None, 3),
            ],
            METRES,
            100000,
            fact="hedge_m",
            help_text=T(
                "Native shrubs: hawthorn, blackthorn, hazel, field maple, dog rose, elder… Not: cherry laurel, "
                "thuja or other evergreen ornamental hedges. Enter 0 if you have none.",
                "Inheemse struiken: meidoorn, sleedoorn, hazelaar, veldesdoorn, hondsroos, vlier… Niet: laurierkers, "
                "thuja of andere groenblijvende sierhagen. Vul 0 in als je er geen hebt.",
                "Arbustes indigènes : aubépine, prunellier, noisetier, érable champêtre, églantier, sureau… Pas : "
                "laurier-cerise, thuya ou autres haies ornementales persistantes. Indiquez 0 si vous n'en avez pas.",
                "Heimische Sträucher: Weißdorn, Schlehe, Hasel, Feldahorn, Hundsrose, Holunder … Nicht: "
                "Kirschlorbeer, Thuja oder andere immergrüne Ziergehölze. Geben Sie 0 ein, wenn Sie keine haben.",
            ),
        ),
        number(
            "ponds",
            "habitats",
            T(
                "How many ponds or wadis are there on your site?",
                "Hoeveel poelen of wadi's liggen er op je terrein?",
                "Combien de mares ou de noues y a-t-il sur votre site ?",
                "Wie viele Teiche oder Versickerungsmulden gibt es auf Ihrem Gelände?",
            ),
            [band(0, 1, 0), band(1, 2, 2), band(2, None, 4)],
            T("ponds or wadis", "poelen of wadi's", "mares ou noues", "Teiche oder Mulden"),
            1000,
            fact="ponds",
            help_text=T(
                "Count pools that hold water for at least part of the year, and wadis (shallow planted hollows "
                "where rainwater soaks away). Not: concrete fountains or fish ponds.",
                "Tel plassen die minstens een deel van het jaar water houden, en wadi's (ondiepe begroeide laagtes "
                "waar regenwater in de bodem zakt). Niet: betonnen fonteinen of visvijvers.",
                "Comptez les plans d'eau en eau au moins une partie de l'année, et les noues (dépressions plantées "
                "peu profondes où l'eau de pluie s'infiltre). Pas : fontaines en béton ni étangs à poissons.",
                "Zählen Sie Gewässer, die zumindest einen Teil des Jahres Wasser führen, und Mulden (flache, "
                "bewachsene Senken, in denen Regenwasser versickert). Nicht: Betonbrunnen oder Fischteiche.",
            ),
        ),
        single(
            "trees",
            "habitats",
            T(
                "Are there trees or an orchard on your site?",
                "Staan er bomen of is er een boomgaard op je terrein?",
                "Y a-t-il des arbres ou un verger sur votre site ?",
                "Gibt es Bäume oder eine Obstwiese auf Ihrem Gelände?",
            ),
            [
                option("none", 0, T("No trees", "Geen bomen", "Aucun arbre", "Keine Bäume")),
                option("few", 1, T("A few trees", "Enkele bomen", "Quelques arbres", "Einige Bäume")),
                option(
                    "groves",
                    2,
                    T(
                        "Groups or rows of trees, or an orchard",
                        "Bomengroepen, bomenrijen of een boomgaard",
                        "Des bosquets, des alignements d'arbres ou un verger",
                        "Baumgruppen, Baumreihen oder eine Obstwiese",
                    ),
                ),
            ],
            help_text=T(
                "Old trees and trees with hollows are especially valuable: keep them.",
                "Oude bomen en bomen met holtes zijn bijzonder waardevol: behoud ze.",
                "Les vieux arbres et les arbres à cavités sont particulièrement précieux : conservez-les.",
                "Alte Bäume und Bäume mit Höhlen sind besonders wertvoll: Erhalten Sie sie.",
            ),
        ),
        multiple(
            "shelters",
            "habitats",
            T(
                "Which shelters for animals does your site offer?",
                "Welke schuilplaatsen voor dieren biedt je terrein?",
                "Quels abris pour les animaux votre site offre-t-il ?",
                "Welche Unterschlupfmöglichkeiten für Tiere bietet Ihr Gelände?",
            ),
            [
                option(
                    "bird_boxes",
                    1,
                    T(
                        "Nest boxes for birds",
                        "Nestkasten voor vogels",
                        "Nichoirs pour oiseaux",
                        "Nistkästen für Vögel",
                    ),
                ),
                option("bat_boxes", 1, T("Bat boxes", "Vleermuiskasten", "Gîtes à chauves-souris", "Fledermauskästen")),
                option(
                    "swift_bricks",
                    1,
                    T(
                        "Swift bricks or other nest sites in walls",
                        "Gierzwaluwstenen of andere nestplaatsen in muren",
                        "Briques à martinets ou autres nichoirs intégrés aux murs",
                        "Mauerseglersteine oder andere Nistplätze in Mauern",
                    ),
                ),
                option(
                    "insect_hotels",
                    1,
                    T(
                        "Insect hotels or nesting sites for wild bees",
                        "Insectenhotels of nestplaatsen voor wilde bijen",
                        "Hôtels à insectes ou sites de nidification pour abeilles sauvages",
                        "Insektenhotels oder Nisthilfen für Wildbienen",
                    ),
                ),
                option(
                    "dead_wood",
                    1,
                    T(
                        "Dead wood, or piles of branches or stones",
                        "Dood hout, takkenrillen of steenhopen",
                        "Bois mort, tas de branches ou de pierres",
                        "Totholz, Reisig- oder Steinhaufen",
                    ),
                ),
                option("none", 0, NONE_OF_THESE, "no_shelters"),
            ],
            4,
            help_text=TICK_ALL,
        ),
        single(
            "native_plantings",
            "habitats",
            T(
                "What share of your plantings are native species?",
                "Welk aandeel van je beplanting bestaat uit inheemse soorten?",
                "Quelle part de vos plantations est constituée d'espèces indigènes ?",
                "Welcher Anteil Ihrer Bepflanzung besteht aus heimischen Arten?",
            ),
            [
                option(
                    "under_25",
                    0,
                    T("Less than a quarter", "Minder dan een kwart", "Moins d'un quart", "Weniger als ein Viertel"),
                ),
                option(
                    "quarter_to_three_quarters",
                    2,
                    T(
                        "A quarter to three quarters",
                        "Een kwart tot drie kwart",
                        "D'un quart aux trois quarts",
                        "Ein bis drei Viertel",
                    ),
                ),
                option(
                    "over_75",
                    4,
                    T(
                        "More than three quarters",
                        "Meer dan drie kwart",
                        "Plus des trois quarts",
                        "Mehr als drei Viertel",
                    ),
                ),
                option(
                    "no_plantings",
                    0,
                    T(
                        "We have no plantings",
                        "We hebben geen beplanting",
                        "Nous n'avons pas de plantations",
                        "Wir haben keine Bepflanzung",
                    ),
                    not_applicable=True,
                ),
            ],
            help_text=T(
                "Native trees, shrubs and flowers feed far more insects and birds than exotic ornamental plants.",
                "Inheemse bomen, struiken en bloemen voeden veel meer insecten en vogels dan uitheemse sierplanten.",
                "Les arbres, arbustes et fleurs indigènes nourrissent bien plus d'insectes et d'oiseaux que les "
                "plantes ornementales exotiques.",
                "Heimische Bäume, Sträucher und Blumen ernähren weit mehr Insekten und Vögel als exotische "
                "Zierpflanzen.",
            ),
        ),
    ],
    condition="outdoor_area > 0",
)

MANAGEMENT_STEP = step(
    "management_step",
    T(
        "Managing your green space",
        "Het beheer van je groen",
        "La gestion de vos espaces verts",
        "Die Pflege Ihrer Grünflächen",
    ),
    T(
        "How the site is maintained often matters more than what is planted on it.",
        "Hoe het terrein onderhouden wordt, maakt vaak meer uit dan wat er geplant is.",
        "La manière d'entretenir le site compte souvent plus que ce qui y est planté.",
        "Wie das Gelände gepflegt wird, zählt oft mehr als das, was dort gepflanzt ist.",
    ),
    [
        single(
            "mowing",
            "management",
            T(
                "How is the grass on your site mown?",
                "Hoe wordt het gras op je terrein gemaaid?",
                "Comment l'herbe de votre site est-elle fauchée ?",
                "Wie wird das Gras auf Ihrem Gelände gemäht?",
            ),
            [
                option(
                    "weekly",
                    0,
                    T("Mostly every week", "Meestal wekelijks", "Surtout chaque semaine", "Meist wöchentlich"),
                    "weekly_mowing",
                ),
                option(
                    "mixed",
                    2,
                    T(
                        "Mixed: some areas short, others left longer",
                        "Gemengd: sommige delen kort, andere langer",
                        "Mixte : certaines zones rases, d'autres plus hautes",
                        "Gemischt: manche Bereiche kurz, andere länger",
                    ),
                ),
                option(
                    "phased",
                    4,
                    T(
                        "Phased: most areas once or twice a year",
                        "Gefaseerd: de meeste delen een- of tweemaal per jaar",
                        "Différenciée : la plupart des zones une ou deux fois par an",
                        "Gestaffelt: die meisten Bereiche ein- oder zweimal im Jahr",
                    ),
                ),
                option(
                    "no_grass",
                    0,
                    T(
                        "We have no grass",
                        "We hebben geen gras",
                        "Nous n'avons pas d'herbe",
                        "Wir haben keine Grasflächen",
                    ),
                    not_applicable=True,
                ),
            ],
            help_text=T(
                "Phased mowing: short grass only where people walk or sit, the rest mown once or twice a year at "
                "different times.",
                "Gefaseerd maaien: kort gras alleen waar mensen lopen of zitten, de rest een- of tweemaal per jaar "
                "op verschillende momenten.",
                "Fauche différenciée : herbe rase seulement là où l'on marche ou s'assied, le reste fauché une ou "
                "deux fois par an à des moments différents.",
                "Gestaffelte Mahd: kurzes Gras nur dort, wo Menschen gehen oder sitzen, der Rest ein- oder zweimal "
                "im Jahr zu verschiedenen Zeiten gemäht.",
            ),
        ),
        single(
            "pesticides",
            "management",
            T(
                "Do you use pesticides (herbicides, insecticides, fungicides) outdoors?",
                "Gebruik je buiten pesticiden (onkruid-, insecten- of schimmelbestrijdingsmiddelen)?",
                "Utilisez-vous des pesticides (herbicides, insecticides, fongicides) à l'extérieur ?",
                "Setzen Sie im Freien Pestizide (Herbizide, Insektizide, Fungizide) ein?",
            ),
            [
                option(
                    "routinely",
                    0,
                    T("Yes, routinely", "Ja, routinematig", "Oui, régulièrement", "Ja, regelmäßig"),
                    "pesticides",
                ),
                option(
                    "spot",
                    1,
                    T(
                        "Only as a spot treatment",
                        "Alleen plaatselijk, als het echt nodig is",
                        "Seulement en traitement localisé",
                        "Nur punktuell",
                    ),
                ),
                option("never", 4, T("Never", "Nooit", "Jamais", "Nie")),
            ],
            help_text=T(
                "Include what your maintenance contractor uses.",
                "Reken ook mee wat je onderhoudsfirma gebruikt.",
                "Tenez compte aussi de ce qu'utilise votre entreprise d'entretien.",
                "Berücksichtigen Sie auch, was Ihr Pflegebetrieb verwendet.",
            ),
        ),
        single(
            "lighting",
            "management",
            T(
                "How is your outdoor lighting used at night?",
                "Hoe brandt je buitenverlichting 's nachts?",
                "Comment votre éclairage extérieur fonctionne-t-il la nuit ?",
                "Wie wird Ihre Außenbeleuchtung nachts betrieben?",
            ),
            [
                option(
                    "all_night",
                    0,
                    T(
                        "It stays on all night",
                        "Ze brandt de hele nacht",
                        "Il reste allumé toute la nuit",
                        "Sie brennt die ganze Nacht",
                    ),
                    "night_lighting",
                ),
                option(
                    "timers",
                    2,
                    T(
                        "On timers or motion sensors",
                        "Met tijdschakelaars of bewegingsmelders",
                        "Avec minuterie ou détecteurs de mouvement",
                        "Mit Zeitschaltuhren oder Bewegungsmeldern",
                    ),
                ),
                option(
                    "dark_sky",
                    4,
                    T(
                        "Shielded, warm-coloured and off at night",
                        "Afgeschermd, warm van kleur en 's nachts uit",
                        "Orienté vers le bas, de teinte chaude et éteint la nuit",
                        "Abgeschirmt, warmfarbig und nachts aus",
                    ),
                ),
                option(
                    "no_lighting",
                    4,
                    T(
                        "We have no outdoor lighting",
                        "We hebben geen buitenverlichting",
                        "Nous n'avons pas d'éclairage extérieur",
                        "Wir haben keine Außenbeleuchtung",
                    ),
                ),
            ],
            help_text=T(
                "Light at night disturbs bats, insects and birds. Best: warm white or amber light, shining only "
                "downwards, off when nobody needs it.",
                "Licht 's nachts verstoort vleermuizen, insecten en vogels. Het best: warmwit of amberkleurig licht "
                "dat alleen naar beneden schijnt en uit is als niemand het nodig heeft.",
                "La lumière nocturne perturbe chauves-souris, insectes et oiseaux. Idéal : une lumière blanc chaud "
                "ou ambrée, dirigée uniquement vers le bas, éteinte quand personne n'en a besoin.",
                "Licht in der Nacht stört Fledermäuse, Insekten und Vögel. Am besten: warmweißes oder "
                "bernsteinfarbenes Licht, nur nach unten gerichtet und aus, wenn niemand es braucht.",
            ),
        ),
        single(
            "invasive_species",
            "management",
            T(
                "Do you deal with invasive alien species on your site?",
                "Pak je invasieve exoten op je terrein aan?",
                "Luttez-vous contre les espèces exotiques envahissantes sur votre site ?",
                "Gehen Sie gegen invasive gebietsfremde Arten auf Ihrem Gelände vor?",
            ),
            [
                option(
                    "not_addressed",
                    0,
                    T(
                        "No, we have not looked into it",
                        "Nee, daar hebben we niet naar gekeken",
                        "Non, nous ne nous en sommes pas occupés",
                        "Nein, damit haben wir uns nicht befasst",
                    ),
                ),
                option(
                    "known",
                    2,
                    T(
                        "We know which ones grow on our site",
                        "We weten welke er op ons terrein voorkomen",
                        "Nous savons lesquelles sont présentes sur notre site",
                        "Wir wissen, welche auf unserem Gelände vorkommen",
                    ),
                ),
                option(
                    "managed",
                    4,
                    T(
                        "Yes, we manage them actively",
                        "Ja, we bestrijden ze actief",
                        "Oui, nous les gérons activement",
                        "Ja, wir bekämpfen sie aktiv",
                    ),
                ),
            ],
            help_text=T(
                "For example Japanese knotweed, Himalayan balsam, black cherry, giant hogweed or the Asian hornet.",
                "Bijvoorbeeld Japanse duizendknoop, reuzenbalsemien, Amerikaanse vogelkers, reuzenberenklauw of de "
                "Aziatische hoornaar.",
                "Par exemple la renouée du Japon, la balsamine de l'Himalaya, le cerisier tardif, la berce du "
                "Caucase ou le frelon asiatique.",
                "Zum Beispiel Japanischer Staudenknöterich, Drüsiges Springkraut, Spätblühende Traubenkirsche, "
                "Riesen-Bärenklau oder die Asiatische Hornisse.",
            ),
        ),
        single(
            "maintenance_contract",
            "management",
            T(
                "Does your maintenance contract (or your own maintenance plan) take biodiversity into account?",
                "Houdt je onderhoudscontract (of je eigen onderhoudsplan) rekening met biodiversiteit?",
                "Votre contrat d'entretien (ou votre propre plan d'entretien) tient-il compte de la biodiversité ?",
                "Berücksichtigt Ihr Pflegevertrag (oder Ihr eigener Pflegeplan) die Biodiversität?",
            ),
            [
                option("no", 0, NO),
                option("some", 2, T("Some clauses", "Enkele clausules", "Quelques clauses", "Einige Klauseln")),
                option(
                    "full_plan",
                    4,
                    T(
                        "A full ecological management plan",
                        "Een volledig ecologisch beheerplan",
                        "Un plan de gestion écologique complet",
                        "Ein vollständiger ökologischer Pflegeplan",
                    ),
                ),
            ],
            help_text=T(
                "For example clauses on mowing dates, removing cuttings, no pesticides and leaving dead wood.",
                "Bijvoorbeeld afspraken over maaidata, het afvoeren van maaisel, geen pesticiden en dood hout laten "
                "liggen.",
                "Par exemple des clauses sur les dates de fauche, l'exportation du foin, l'absence de pesticides et "
                "le maintien du bois mort.",
                "Zum Beispiel Klauseln zu Mähterminen, zur Abfuhr des Mähguts, zum Verzicht auf Pestizide und zum "
                "Belassen von Totholz.",
            ),
        ),
    ],
    condition="outdoor_area > 0",
)

STEPS = [HABITATS_STEP, MANAGEMENT_STEP]
