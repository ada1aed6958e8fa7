"""The steps about what the company buys, sells and finances, and how it governs biodiversity."""

from scan.defaults.base import (
    NO,
    NONE_OF_THESE,
    ONE_POINT_EACH,
    TICK_ALL,
    YES,
    T,
    multiple,
    option,
    single,
    step,
)

PARTLY = T("Partly", "Gedeeltelijk", "En partie", "Teilweise")

VALUE_CHAIN_STEP = step(
    "value_chain_step",
    T(
        "What you buy, sell and finance",
        "Wat je aankoopt, verkoopt en financiert",
        "Ce que vous achetez, vendez et financez",
        "Was Sie einkaufen, verkaufen und finanzieren",
    ),
    T(
        "Much of a company's effect on nature lies beyond its fence: in the raw materials it buys and the money it "
        "invests.",
        "Een groot deel van de impact van een bedrijf op de natuur ligt buiten de omheining: in de grondstoffen die "
        "het aankoopt en het geld dat het investeert.",
        "Une grande part de l'impact d'une entreprise sur la nature se situe hors de ses murs : dans les matières "
        "premières qu'elle achète et l'argent qu'elle investit.",
        "Ein großer Teil der Wirkung eines Unternehmens auf die Natur liegt jenseits seines Zauns: in den "
        "Rohstoffen, die es einkauft, und im Geld, das es anlegt.",
    ),
    [
        single(
            "commodities_mapped",
            "value_chain",
            T(
                "Have you mapped where your risky commodities come from?",
                "Heb je in kaart gebracht waar je risicovolle grondstoffen vandaan komen?",
                "Avez-vous identifié l'origine de vos matières premières à risque ?",
                "Haben Sie erfasst, woher Ihre Risikorohstoffe stammen?",
            ),
            [
                option("no", 0, NO),
                option("partly", 2, PARTLY),
                option(
                    "fully",
                    4,
                    T(
                        "Fully, down to the country or region of origin",
                        "Volledig, tot het land of de regio van herkomst",
                        "Entièrement, jusqu'au pays ou à la région d'origine",
                        "Vollständig, bis zum Herkunftsland oder zur Herkunftsregion",
                    ),
                ),
            ],
            condition="buys_risky_commodities = yes",
            help_text=T(
                "Risky commodities: timber, soy, palm oil, cocoa, coffee, beef, leather and paper, whose production "
                "can drive deforestation and land conversion.",
                "Risicovolle grondstoffen: hout, soja, palmolie, cacao, koffie, rundvlees, leer en papier, waarvan "
                "de productie tot ontbossing en omzetting van natuur kan leiden.",
                "Matières premières à risque : bois, soja, huile de palme, cacao, café, bœuf, cuir et papier, dont "
                "la production peut entraîner déforestation et conversion des terres.",
                "Risikorohstoffe: Holz, Soja, Palmöl, Kakao, Kaffee, Rindfleisch, Leder und Papier, deren Erzeugung "
                "Entwaldung und Landumwandlung verursachen kann.",
            ),
        ),
        single(
            "certified_share",
            "value_chain",
            T(
                "What share of these commodities is certified or deforestation-free?",
                "Welk aandeel van die grondstoffen is gecertificeerd of ontbossingsvrij?",
                "Quelle part de ces matières premières est certifiée ou sans déforestation ?",
                "Welcher Anteil dieser Rohstoffe ist zertifiziert oder entwaldungsfrei?",
            ),
            [
                option(
                    "under_10",
                    0,
                    T("Less than 10 %", "Minder dan 10 %", "Moins de 10 %", "Weniger als 10 %"),
                    "low_certified",
                ),
                option("from_10_to_50", 2, T("10 to 50 %", "10 tot 50 %", "De 10 à 50 %", "10 bis 50 %")),
                option(
                    "over_50",
                    3,
                    T(
                        "More than 50 %, but not all",
                        "Meer dan 50 %, maar niet alles",
                        "Plus de 50 %, mais pas la totalité",
                        "Mehr als 50 %, aber nicht alles",
                    ),
                ),
                option("all", 4, T("All of it (100 %)", "Alles (100 %)", "La totalité (100 %)", "Alles (100 %)")),
                option(
                    "unknown",
                    0,
                    T("We do not know", "Dat weten we niet", "Nous ne savons pas", "Das wissen wir nicht"),
                    "low_certified",
                ),
            ],
            condition="buys_risky_commodities = yes",
            help_text=T(
                "For example FSC or PEFC timber and paper, segregated RSPO palm oil, Rainforest Alliance or "
                "Fairtrade cocoa and coffee, or proof under the EU deforestation regulation.",
                "Bijvoorbeeld FSC- of PEFC-hout en -papier, gesegregeerde RSPO-palmolie, cacao en koffie met het "
                "Rainforest Alliance- of Fairtrade-label, of bewijs volgens de Europese ontbossingsverordening.",
                "Par exemple du bois et du papier FSC ou PEFC, de l'huile de palme RSPO ségréguée, du cacao et du "
                "café Rainforest Alliance ou Fairtrade, ou une preuve au titre du règlement européen sur la "
                "déforestation.",
                "Zum Beispiel FSC- oder PEFC-Holz und -Papier, segregiertes RSPO-Palmöl, Kakao und Kaffee mit "
                "Rainforest-Alliance- oder Fairtrade-Siegel oder ein Nachweis nach der EU-Entwaldungsverordnung.",
            ),
        ),
        single(
            "supplier_requirements",
            "value_chain",
            T(
                "Do you set biodiversity requirements for your suppliers?",
                "Stel je biodiversiteitseisen aan je leveranciers?",
                "Imposez-vous des exigences de biodiversité à vos fournisseurs ?",
                "Stellen Sie Ihren Lieferanten Anforderungen zur Biodiversität?",
            ),
            [
                option("no", 0, NO),
                option(
                    "some",
                    2,
                    T(
                        "For some suppliers",
                        "Voor sommige leveranciers",
                        "Pour certains fournisseurs",
                        "Für einige Lieferanten",
                    ),
                ),
                option(
                    "all_contracts",
                    4,
                    T("In all contracts", "In alle contracten", "Dans tous les contrats", "In allen Verträgen"),
                ),
            ],
            help_text=T(
                "For example no deforestation, no pesticides from your gardener, native plants from your "
                "landscaper, or certified materials.",
                "Bijvoorbeeld geen ontbossing, geen pesticiden bij je tuinaannemer, inheemse planten bij je "
                "groenaannemer of gecertificeerde materialen.",
                "Par exemple pas de déforestation, pas de pesticides chez votre jardinier, des plantes indigènes "
                "chez votre paysagiste ou des matériaux certifiés.",
                "Zum Beispiel keine Entwaldung, keine Pestizide beim Gärtner, heimische Pflanzen vom "
                "Landschaftsbauer oder zertifizierte Materialien.",
            ),
        ),
        multiple(
            "food_sourcing",
            "value_chain",
            T(
                "What do you do for nature with the food you produce or serve?",
                "Wat doe je voor de natuur met het voedsel dat je produceert of serveert?",
                "Que faites-vous pour la nature avec les aliments que vous produisez ou servez ?",
                "Was tun Sie für die Natur bei den Lebensmitteln, die Sie herstellen oder anbieten?",
            ),
            [
                option(
                    "local",
                    1,
                    T(
                        "A large part is sourced locally",
                        "Een groot deel komt van lokale producenten",
                        "Une grande partie provient de producteurs locaux",
                        "Ein großer Teil stammt von regionalen Erzeugern",
                    ),
                ),
                option(
                    "organic",
                    1,
                    T(
                        "A large part is organic",
                        "Een groot deel is biologisch",
                        "Une grande partie est bio",
                        "Ein großer Teil ist bio",
                    ),
                ),
                option(
                    "plant_rich",
                    1,
                    T(
                        "Plant-rich, seasonal menus or products",
                        "Plantaardige menu's of producten van het seizoen",
                        "Des menus ou des produits riches en végétal et de saison",
                        "Pflanzenbetonte, saisonale Menüs oder Produkte",
                    ),
                ),
                option(
                    "surplus",
                    1,
                    T(
                        "Surplus food is passed on (food banks, social groceries, apps)",
                        "Voedseloverschotten worden doorgegeven (voedselbanken, sociale kruideniers, apps)",
                        "Les surplus sont redistribués (banques alimentaires, épiceries sociales, applications)",
                        "Überschüsse werden weitergegeben (Tafeln, Sozialläden, Apps)",
                    ),
                ),
                option("none", 0, NONE_OF_THESE),
            ],
            4,
            condition="sells_food = yes",
            help_text=ONE_POINT_EACH,
        ),
        single(
            "finance_criteria",
            "value_chain",
            T(
                "Do you apply biodiversity criteria to your investments or lending?",
                "Hanteer je biodiversiteitscriteria bij je beleggingen of kredieten?",
                "Appliquez-vous des critères de biodiversité à vos investissements ou à vos crédits ?",
                "Wenden Sie bei Ihren Anlagen oder Krediten Biodiversitätskriterien an?",
            ),
            [
                option("no", 0, NO),
                option(
                    "some",
                    2,
                    T(
                        "For some products or portfolios",
                        "Voor sommige producten of portefeuilles",
                        "Pour certains produits ou portefeuilles",
                        "Für einige Produkte oder Portfolios",
                    ),
                ),
                option("systematic", 4, T("Systematically", "Systematisch", "Systématiquement", "Systematisch")),
            ],
            condition="finances = yes",
            help_text=T(
                "For example exclusions, due diligence on nature-related risks, or targets following the TNFD "
                "recommendations.",
                "Bijvoorbeeld uitsluitingen, zorgvuldigheidsonderzoek naar natuurgerelateerde risico's, of doelen "
                "volgens de TNFD-aanbevelingen.",
                "Par exemple des exclusions, une diligence raisonnable sur les risques liés à la nature, ou des "
                "objectifs suivant les recommandations de la TNFD.",
                "Zum Beispiel Ausschlüsse, Sorgfaltsprüfungen zu naturbezogenen Risiken oder Ziele nach den "
                "TNFD-Empfehlungen.",
            ),
        ),
    ],
)

GOVERNANCE_STEP = step(
    "governance_step",
    T(
        "Policy, plan and reporting",
        "Beleid, plan en rapportering",
        "Politique, plan et rapportage",
        "Politik, Plan und Berichterstattung",
    ),
    T(
        "Biodiversity lasts when it is someone's job, with a plan, a budget and a yearly check.",
        "Biodiversiteit blijft duren als iemand er verantwoordelijk voor is, met een plan, een budget en een "
        "jaarlijkse opvolging.",
        "La biodiversité s'inscrit dans la durée quand quelqu'un en a la charge, avec un plan, un budget et un "
        "bilan annuel.",
        "Biodiversität hat Bestand, wenn jemand dafür zuständig ist, mit einem Plan, einem Budget und einer "
        "jährlichen Überprüfung.",
    ),
    [
        multiple(
            "policy",
            "governance",
            T(
                "What does your environmental policy say about biodiversity?",
                "Wat zegt je milieubeleid over biodiversiteit?",
                "Que dit votre politique environnementale sur la biodiversité ?",
                "Was sagt Ihre Umweltpolitik zur Biodiversität?",
            ),
            [
                option(
                    "policy_text",
                    1,
                    T(
                        "Biodiversity is named in the written policy",
                        "Biodiversiteit staat in het geschreven beleid",
                        "La biodiversité figure dans la politique écrite",
                        "Biodiversität wird in der schriftlichen Politik genannt",
                    ),
                ),
                option(
                    "owner",
                    1,
                    T(
                        "A named person is responsible for it",
                        "Een persoon is er bij naam verantwoordelijk voor",
                        "Une personne nommément désignée en est responsable",
                        "Eine namentlich benannte Person ist dafür zuständig",
                    ),
                ),
                option(
                    "budget",
                    1,
                    T(
                        "It has a budget",
                        "Er is een budget voor",
                        "Elle dispose d'un budget",
                        "Es gibt ein Budget dafür",
                    ),
                ),
                option(
                    "target",
                    1,
                    T(
                        "It has a measurable target",
                        "Er is een meetbaar doel",
                        "Elle fixe un objectif mesurable",
                        "Es gibt ein messbares Ziel",
                    ),
                ),
                option("none", 0, NONE_OF_THESE),
            ],
            4,
            help_text=TICK_ALL,
        ),
        single(
            "action_plan",
            "governance",
            T(
                "Do you have a biodiversity action plan?",
                "Heb je een actieplan voor biodiversiteit?",
                "Avez-vous un plan d'action pour la biodiversité ?",
                "Haben Sie einen Aktionsplan für Biodiversität?",
            ),
            [
                option("none", 0, NO),
                option("draft", 2, T("A draft", "Een ontwerp", "Un projet", "Einen Entwurf")),
                option(
                    "adopted",
                    4,
                    T(
                        "Yes, adopted and with dates",
                        "Ja, goedgekeurd en met data",
                        "Oui, adopté et daté",
                        "Ja, beschlossen und mit Terminen",
                    ),
                ),
            ],
            help_text=T(
                "An action plan lists concrete measures: who does what, and by when.",
                "Een actieplan somt concrete maatregelen op: wie doet wat, en tegen wanneer.",
                "Un plan d'action énumère des mesures concrètes : qui fait quoi, et pour quand.",
                "Ein Aktionsplan listet konkrete Maßnahmen auf: wer was bis wann tut.",
            ),
        ),
        single(
            "monitoring",
            "governance",
            T(
                "Do you monitor biodiversity on your site or in your supply chain?",
                "Volg je de biodiversiteit op je terrein of in je toeleveringsketen op?",
                "Suivez-vous la biodiversité sur votre site ou dans votre chaîne d'approvisionnement ?",
                "Beobachten Sie die Biodiversität auf Ihrem Gelände oder in Ihrer Lieferkette?",
            ),
            [
                option("none", 0, NO),
                option("occasional", 2, T("Occasionally", "Af en toe", "De temps en temps", "Gelegentlich")),
                option("yearly", 4, T("Every year", "Elk jaar", "Chaque année", "Jedes Jahr")),
            ],
            help_text=T(
                "For example species counts with volunteers, a yearly walk with an ecologist, or indicators in your "
                "purchasing.",
                "Bijvoorbeeld soortentellingen met vrijwilligers, een jaarlijkse wandeling met een ecoloog of "
                "indicatoren in je aankoopbeleid.",
                "Par exemple des comptages d'espèces avec des bénévoles, une visite annuelle avec un écologue ou des "
                "indicateurs dans vos achats.",
                "Zum Beispiel Artenzählungen mit Freiwilligen, ein jährlicher Rundgang mit einer Fachperson für "
                "Ökologie oder Kennzahlen im Einkauf.",
            ),
        ),
        single(
            "reporting",
            "governance",
            T(
                "Do you report on biodiversity (CSRD ESRS E4 or the VSME standard)?",
                "Rapporteer je over biodiversiteit (CSRD ESRS E4 of de VSME-standaard)?",
                "Faites-vous rapport sur la biodiversité (CSRD ESRS E4 ou norme VSME) ?",
                "Berichten Sie über Biodiversität (CSRD ESRS E4 oder VSME-Standard)?",
            ),
            [
                option("no", 0, NO),
                option("partly", 2, PARTLY),
                option("yes", 4, YES),
            ],
            help_text=T(
                "ESRS E4 is the biodiversity standard of the Corporate Sustainability Reporting Directive; VSME is "
                "the voluntary standard for small and medium-sized companies.",
                "ESRS E4 is de biodiversiteitsstandaard van de Europese richtlijn duurzaamheidsrapportering (CSRD); "
                "VSME is de vrijwillige standaard voor kmo's.",
                "L'ESRS E4 est la norme biodiversité de la directive européenne sur la publication d'informations en "
                "matière de durabilité (CSRD) ; la VSME est la norme volontaire pour les PME.",
                "ESRS E4 ist der Biodiversitätsstandard der EU-Richtlinie zur Nachhaltigkeitsberichterstattung "
                "(CSRD); VSME ist der freiwillige Standard für kleine und mittlere Unternehmen.",
            ),
        ),
        single(
            "staff_engagement",
            "governance",
            T(
                "Do you involve your staff in biodiversity?",
                "Betrek je je medewerkers bij biodiversiteit?",
                "Impliquez-vous votre personnel dans la biodiversité ?",
                "Beziehen Sie Ihre Mitarbeitenden in die Biodiversität ein?",
            ),
            [
                option("none", 0, NO),
                option("some", 2, T("Now and then", "Af en toe", "De temps en temps", "Ab und zu")),
                option(
                    "structural",
                    4,
                    T(
                        "Structurally, every year",
                        "Structureel, elk jaar",
                        "De façon structurelle, chaque année",
                        "Strukturell, jedes Jahr",
                    ),
                ),
            ],
            help_text=T(
                "For example a green team, volunteering days, a nature walk at lunchtime, or ideas from staff in "
                "the action plan.",
                "Bijvoorbeeld een groen team, vrijwilligersdagen, een natuurwandeling over de middag of ideeën van "
                "medewerkers in het actieplan.",
                "Par exemple une équipe verte, des journées de bénévolat, une balade nature à midi ou des idées du "
                "personnel dans le plan d'action.",
                "Zum Beispiel ein Green Team, Freiwilligentage, ein Naturspaziergang in der Mittagspause oder Ideen "
                "der Mitarbeitenden im Aktionsplan.",
            ),
        ),
        single(
            "partnerships",
            "governance",
            T(
                "Do you take part in partnerships for biodiversity?",
                "Neem je deel aan samenwerkingsverbanden voor biodiversiteit?",
                "Participez-vous à des partenariats pour la biodiversité ?",
                "Beteiligen Sie sich an Partnerschaften für Biodiversität?",
            ),
            [
                option("none", 0, T("None", "Geen", "Aucun", "Keine")),
                option("one", 2, T("One", "Eén", "Un seul", "Eine")),
                option("several", 4, T("Several", "Meerdere", "Plusieurs", "Mehrere")),
            ],
            help_text=T(
                "For example the Green Deal companies & biodiversity, the Belgian Biodiversity Alliance, a nature "
                "organisation or your neighbours.",
                "Bijvoorbeeld de Green Deal Bedrijven & Biodiversiteit, de Belgian Biodiversity Alliance, een "
                "natuurvereniging of je buren.",
                "Par exemple le Green Deal entreprises et biodiversité, la Belgian Biodiversity Alliance, une "
                "association de protection de la nature ou vos voisins.",
                "Zum Beispiel der Green Deal Unternehmen & Biodiversität, die Belgian Biodiversity Alliance, ein "
                "Naturschutzverband oder Ihre Nachbarn.",
            ),
        ),
    ],
)

STEPS = [VALUE_CHAIN_STEP, GOVERNANCE_STEP]
