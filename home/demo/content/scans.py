"""Thirty fictional companies that took the demo scan, and the advisor's notes on a few of them.

The companies, people and addresses are invented (e-mail addresses at example.be and example.org). Each company
is drawn by ``home.factories.submitted_scan`` from a seed made of its name, with the kind of business, the
postcode and the language given here; the last item fixes some fields (the advisors' follow-up, or what a note
mentions), the rest is drawn. The loader finds a demo scan by its company name, so running it again adds nothing.
"""

SEED = "demo-scan"
DAYS = 300  # the demo scans were submitted over the last ten months

# name, kind (home.demo.companies.KINDS), postcode, language, fixed follow-up fields
COMPANIES = [
    ("Brouwerij De Linde BV", "brewery", "9700", "nl", {"wants_contact": True, "review_status": "contacted"}),
    ("Bakkerij Het Anker", "bakery", "8400", "nl", {}),
    ("Drukkerij De Kaai NV", "printing", "2000", "nl", {"wants_contact": True, "review_status": "new"}),
    ("Tuincentrum Groenhof BV", "garden", "3500", "nl", {"review_status": "in_review"}),
    ("Transport Verhoeven NV", "transport", "2440", "nl", {}),
    ("Schrijnwerkerij De Eik BV", "joinery", "8800", "nl", {}),
    ("Hoeve De Meersen", "farm", "9900", "nl", {"wants_contact": True, "review_status": "closed"}),
    ("Woonzorgcentrum De Vlinder", "care_home", "3000", "nl", {"wants_contact": True, "review_status": "new"}),
    ("Logistiek Schelde NV", "logistics", "9100", "nl", {}),
    ("Koffiebranderij Maes", "coffee", "9000", "nl", {}),
    ("Boomkwekerij Het Broek BV", "nursery", "3920", "nl", {}),
    ("Hoppeland Engineering BV", "consultancy", "1800", "en", {}),
    ("Vakantiepark De Kempen NV", "camping", "2300", "nl", {"review_status": "in_review"}),
    ("Atelier Vert SRL", "joinery", "1070", "fr", {"wants_contact": True, "review_status": "in_review"}),
    ("Kingfisher Digital SRL", "software", "1050", "en", {}),
    ("Assurances Mosane SA", "insurance", "1000", "fr", {}),
    ("Oakwood Property NV", "property", "1180", "en", {"wants_contact": True, "review_status": "new"}),
    ("Schoonmaak Peeters BV", "cleaning", "1030", "nl", {}),
    ("Transports Meuse SA", "transport", "5000", "fr", {"wants_contact": True, "review_status": "contacted"}),
    (
        "Carrières du Condroz SA",
        "quarry",
        "4500",
        "fr",
        {"wants_contact": True, "review_status": "in_review", "borders": ["nature", "farmland"]},
    ),
    ("Chocolaterie de la Lesse SRL", "chocolate", "5500", "fr", {}),
    ("Ferme de la Famenne", "farm", "6900", "fr", {}),
    ("Imprimerie Sambre SC", "printing", "6000", "fr", {}),
    ("Recyclage du Hainaut SA", "recycling", "7100", "fr", {"review_status": "closed"}),
    ("Hôtel des Ardennes SRL", "hotel", "6600", "fr", {"wants_contact": True, "review_status": "new"}),
    ("Laboratoires Ourthe SA", "laboratory", "4000", "fr", {}),
    ("Énergie solaire Hesbaye SC", "energy", "1300", "fr", {}),
    ("Maroquinerie Lambert SRL", "leather", "7500", "fr", {}),
    ("Brauerei Hohes Venn GmbH", "brewery", "4700", "de", {"wants_contact": True, "review_status": "contacted"}),
    ("Schreinerei Ourtal PGmbH", "joinery", "4780", "de", {}),
]

# The advisor's notes: company name, then (days after the submission, text), oldest first.
NOTES = {
    "Brouwerij De Linde BV": [
        (2, "Called the owner: they want to turn the grass strip along the car park into a flower meadow."),
        (9, "Sent the contact of the regional landscape team and the alliance's hedge objective."),
    ],
    "Transports Meuse SA": [
        (1, "Asked for advice on the verges and the rainwater of the depot."),
        (6, "Site visit planned with the fleet manager; there is room for a wadi behind the washing bay."),
    ],
    "Carrières du Condroz SA": [
        (3, "Large site next to a nature area; check the after-use plan of the old pit with the ecologist."),
    ],
    "Atelier Vert SRL": [
        (4, "Small workshop in Anderlecht; interested in a green facade and in certified timber."),
    ],
    "Hoeve De Meersen": [
        (2, "Already works with the regional landscape on hedges; pointed them to objective 5."),
        (15, "Joined the alliance with a commitment on landscape elements. Closed."),
    ],
    "Brauerei Hohes Venn GmbH": [
        (5, "Spoke with the brewer (in German); wants to share the spent grain with local farmers."),
    ],
}
