"""Fictional Belgian companies for demo and test scans: kinds of business, municipalities, names and people.

Everything here is invented. Company names combine a kind of business with a place or family name and a legal
form ("Brouwerij De Linde BV", "Transports Meuse SA"); contact addresses are at example.be and example.org.
``home.factories.company_profile`` draws from these banks.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    """A kind of business and what it implies for the company profile.

    ``words`` names the business in en, nl, fr and de; ``areas`` is the range of total site areas (m²);
    ``built`` the range of the built share of the site; ``office`` kinds are often tenants without outdoor area.
    """

    code: str
    sector: str
    words: dict
    areas: tuple[int, int]
    built: tuple[float, float]
    staff: tuple[float, float, float, float]  # weights of 1-9, 10-49, 50-249, 250+
    commodities: tuple[str, ...] = ()
    food: bool = False
    finances: bool = False
    primary: bool = False
    office: bool = False
    rural: bool = False


def words(en, nl, fr, de):
    return {"en": en, "nl": nl, "fr": fr, "de": de}


# fmt: off
KINDS = (
    Kind("brewery", "c", words("Brewery", "Brouwerij", "Brasserie", "Brauerei"), (1_500, 25_000), (0.3, 0.7),
         (3, 5, 2, 0.5), ("paper",), food=True),
    Kind("bakery", "c", words("Bakery", "Bakkerij", "Boulangerie", "Bäckerei"), (200, 6_000), (0.5, 0.95),
         (5, 4, 1, 0.2), ("palm_oil", "cocoa", "soy"), food=True),
    Kind("chocolate", "c", words("Chocolates", "Chocolaterie", "Chocolaterie", "Chocolaterie"), (300, 12_000),
         (0.5, 0.9), (4, 4, 2, 0.5), ("cocoa", "palm_oil", "paper"), food=True),
    Kind("coffee", "c", words("Coffee Roasters", "Koffiebranderij", "Torréfaction", "Kaffeerösterei"),
         (300, 8_000), (0.5, 0.9), (5, 3, 1, 0.1), ("coffee", "paper"), food=True),
    Kind("transport", "h", words("Transport", "Transport", "Transports", "Spedition"), (4_000, 90_000),
         (0.15, 0.5), (2, 4, 3, 1), ()),
    Kind("logistics", "h", words("Logistics", "Logistiek", "Logistique", "Logistik"), (10_000, 150_000),
         (0.3, 0.6), (0.5, 3, 4, 2), ("paper", "timber")),
    Kind("printing", "c", words("Printing", "Drukkerij", "Imprimerie", "Druckerei"), (800, 15_000), (0.5, 0.9),
         (3, 4, 2, 0.3), ("paper",)),
    Kind("joinery", "c", words("Joinery", "Schrijnwerkerij", "Menuiserie", "Schreinerei"), (600, 10_000),
         (0.4, 0.8), (5, 4, 1, 0.1), ("timber",)),
    Kind("construction", "f", words("Builders", "Bouwbedrijf", "Constructions", "Bauunternehmen"), (1_500, 30_000),
         (0.1, 0.4), (3, 4, 3, 1), ("timber",)),
    Kind("garden", "g", words("Garden Centre", "Tuincentrum", "Jardinerie", "Gartencenter"), (3_000, 30_000),
         (0.2, 0.5), (3, 4, 1, 0.1), ("timber", "paper")),
    Kind("hotel", "i", words("Hotel", "Hotel", "Hôtel", "Hotel"), (800, 20_000), (0.3, 0.8), (3, 4, 2, 0.3),
         ("coffee", "beef", "cocoa", "soy"), food=True),
    Kind("restaurant", "i", words("Brasserie", "Eethuis", "Restaurant", "Gasthaus"), (150, 3_000), (0.5, 1.0),
         (6, 3, 0.3, 0), ("beef", "coffee"), food=True),
    Kind("software", "j", words("Digital", "Software", "Informatique", "Software"), (200, 5_000), (0.7, 1.0),
         (4, 4, 2, 0.5), (), office=True),
    Kind("consultancy", "m", words("Engineering", "Studiebureau", "Bureau d'études", "Ingenieurbüro"),
         (150, 4_000), (0.7, 1.0), (5, 4, 1, 0.2), (), office=True),
    Kind("insurance", "k", words("Insurance", "Verzekeringen", "Assurances", "Versicherungen"), (300, 12_000),
         (0.8, 1.0), (3, 3, 2, 1), ("paper",), finances=True, office=True),
    Kind("bank", "k", words("Savings Bank", "Spaarkas", "Caisse d'épargne", "Sparkasse"), (300, 10_000),
         (0.8, 1.0), (2, 3, 3, 1), (), finances=True, office=True),
    Kind("farm", "a", words("Farm", "Hoeve", "Ferme", "Hof"), (20_000, 600_000), (0.01, 0.08), (8, 2, 0.2, 0),
         ("soy",), food=True, primary=True, rural=True),
    Kind("nursery", "a", words("Tree Nursery", "Boomkwekerij", "Pépinière", "Baumschule"), (10_000, 200_000),
         (0.01, 0.1), (5, 4, 1, 0), ("paper",), primary=True, rural=True),
    Kind("quarry", "b", words("Quarries", "Groeve", "Carrières", "Steinbruch"), (50_000, 900_000), (0.01, 0.08),
         (1, 3, 3, 1), (), primary=True, rural=True),
    Kind("recycling", "e", words("Recycling", "Recyclage", "Recyclage", "Recycling"), (3_000, 60_000), (0.1, 0.4),
         (2, 4, 3, 0.5), ()),
    Kind("energy", "d", words("Solar Energy", "Zonne-energie", "Énergie solaire", "Solarenergie"),
         (5_000, 150_000), (0.01, 0.05), (3, 3, 1, 0.3), (), rural=True),
    Kind("care_home", "q", words("Care Home", "Woonzorgcentrum", "Maison de repos", "Seniorenheim"),
         (2_000, 20_000), (0.3, 0.6), (0.5, 3, 4, 1), ("coffee", "beef"), food=True),
    Kind("property", "l", words("Property", "Vastgoed", "Immobilière", "Immobilien"), (500, 40_000), (0.3, 0.9),
         (5, 3, 1, 0.2), (), office=True),
    Kind("cleaning", "n", words("Cleaning Services", "Schoonmaak", "Nettoyage", "Gebäudereinigung"),
         (200, 3_000), (0.6, 1.0), (3, 4, 3, 1), (), office=True),
    Kind("leather", "c", words("Leather Goods", "Lederwaren", "Maroquinerie", "Lederwaren"), (300, 6_000),
         (0.6, 0.95), (5, 3, 1, 0.1), ("leather",)),
    Kind("meat", "g", words("Meat Wholesale", "Vleeshandel", "Boucherie en gros", "Fleischgroßhandel"),
         (800, 15_000), (0.4, 0.8), (3, 4, 2, 0.3), ("beef", "soy", "leather"), food=True),
    Kind("furniture", "g", words("Furniture", "Meubelen", "Meubles", "Möbelhaus"), (1_000, 20_000), (0.4, 0.8),
         (3, 4, 2, 0.5), ("timber", "leather")),
    Kind("laboratory", "m", words("Laboratories", "Labo", "Laboratoires", "Labor"), (500, 10_000), (0.5, 0.9),
         (2, 4, 3, 1), ("paper",)),
    Kind("camping", "r", words("Holiday Park", "Vakantiepark", "Camping", "Ferienpark"), (10_000, 120_000),
         (0.03, 0.2), (5, 3, 0.5, 0), ("coffee",), food=True, rural=True),
    Kind("school", "p", words("Training Centre", "Opleidingscentrum", "Centre de formation", "Bildungszentrum"),
         (800, 15_000), (0.3, 0.7), (2, 4, 2, 0.3), ("paper",), food=True),
)
# fmt: on

# (postcode, municipality, region) across the eleven provinces; the region decides the usual languages.
MUNICIPALITIES = (
    ("2000", "Antwerpen", "flanders"),
    ("2300", "Turnhout", "flanders"),
    ("2440", "Geel", "flanders"),
    ("2800", "Mechelen", "flanders"),
    ("2900", "Schoten", "flanders"),
    ("9000", "Gent", "flanders"),
    ("9100", "Sint-Niklaas", "flanders"),
    ("9300", "Aalst", "flanders"),
    ("9700", "Oudenaarde", "flanders"),
    ("9900", "Eeklo", "flanders"),
    ("8000", "Brugge", "flanders"),
    ("8400", "Oostende", "flanders"),
    ("8500", "Kortrijk", "flanders"),
    ("8800", "Roeselare", "flanders"),
    ("8900", "Ieper", "flanders"),
    ("3000", "Leuven", "flanders"),
    ("3300", "Tienen", "flanders"),
    ("1500", "Halle", "flanders"),
    ("1800", "Vilvoorde", "flanders"),
    ("3500", "Hasselt", "flanders"),
    ("3600", "Genk", "flanders"),
    ("3700", "Tongeren", "flanders"),
    ("3920", "Lommel", "flanders"),
    ("1000", "Bruxelles", "brussels"),
    ("1030", "Schaerbeek", "brussels"),
    ("1070", "Anderlecht", "brussels"),
    ("1050", "Ixelles", "brussels"),
    ("1180", "Uccle", "brussels"),
    ("1300", "Wavre", "wallonia"),
    ("1340", "Ottignies-Louvain-la-Neuve", "wallonia"),
    ("1400", "Nivelles", "wallonia"),
    ("4000", "Liège", "wallonia"),
    ("4500", "Huy", "wallonia"),
    ("4800", "Verviers", "wallonia"),
    ("5000", "Namur", "wallonia"),
    ("5500", "Dinant", "wallonia"),
    ("6000", "Charleroi", "wallonia"),
    ("7000", "Mons", "wallonia"),
    ("7100", "La Louvière", "wallonia"),
    ("7500", "Tournai", "wallonia"),
    ("7700", "Mouscron", "wallonia"),
    ("6600", "Bastogne", "wallonia"),
    ("6700", "Arlon", "wallonia"),
    ("6900", "Marche-en-Famenne", "wallonia"),
    ("4700", "Eupen", "east_belgium"),
    ("4720", "Kelmis", "east_belgium"),
    ("4750", "Bütgenbach", "east_belgium"),
    ("4780", "Sankt Vith", "east_belgium"),
)

# The languages companies of a region take the scan in, with their weights.
REGION_LANGUAGES = {
    "flanders": {"nl": 85, "en": 13, "fr": 2},
    "brussels": {"fr": 50, "nl": 22, "en": 28},
    "wallonia": {"fr": 86, "en": 9, "nl": 3, "de": 2},
    "east_belgium": {"de": 75, "fr": 17, "en": 8},
}

# The second half of a company name, by language: a tree, a river, a family or a landscape.
NAME_PARTS = {
    "nl": (
        "De Linde",
        "De Eik",
        "Het Anker",
        "De Kempen",
        "Schelde",
        "De Vlinder",
        "Hoppeland",
        "De Leie",
        "Van Damme",
        "Peeters",
        "Maes",
        "Verhoeven",
        "De Meersen",
        "Groenhof",
        "Het Broek",
        "De Kaai",
    ),
    "fr": (
        "Meuse",
        "Vert",
        "Sambre",
        "des Ardennes",
        "du Condroz",
        "Dubois",
        "Lambert",
        "de la Lesse",
        "Famenne",
        "Ourthe",
        "Hesbaye",
        "Les Tilleuls",
        "Martin",
        "du Hainaut",
        "Semois",
        "Mosane",
    ),
    "de": ("Hohes Venn", "Weser", "Kreusch", "Eifel", "Schröder", "Amel", "Ourtal", "Lindenhof", "Heck", "Rur"),
    "en": (
        "Greenfield",
        "Riverside",
        "Oakwood",
        "Bluebell",
        "Northgate",
        "Kingfisher",
        "Hawthorn",
        "Meadowbank",
        "Willow",
        "Heron",
    ),
}
LEGAL_FORMS = {
    "nl": ("BV", "NV", "CV", "BV", ""),
    "fr": ("SA", "SRL", "SC", "SRL", ""),
    "de": ("GmbH", "AG", "PGmbH", ""),
    "en": ("BV", "SRL", "NV", ""),
}

FIRST_NAMES = {
    "nl": ("An", "Bram", "Els", "Jens", "Lotte", "Pieter", "Sofie", "Wout", "Hanne", "Tom", "Griet", "Lars"),
    "fr": ("Amélie", "Benoît", "Camille", "Didier", "Élise", "François", "Julie", "Luc", "Manon", "Nicolas"),
    "de": ("Anna", "Jonas", "Katrin", "Lukas", "Marie", "Stefan", "Eva", "Tobias"),
    "en": ("Alex", "Sam", "Charlotte", "David", "Emma", "James", "Laura", "Noah"),
}
LAST_NAMES = {
    "nl": ("Janssens", "Claes", "Wouters", "Mertens", "Willems", "Goossens", "De Smet", "Vermeulen", "Jacobs"),
    "fr": ("Dupont", "Lambert", "Dubois", "Leroy", "Renard", "Collard", "Lejeune", "Simon", "Lemaire"),
    "de": ("Schmitz", "Kessler", "Mreyen", "Heinen", "Lentz", "Thomas", "Cremer"),
    "en": ("Smith", "Brown", "Taylor", "Walker", "Evans", "Clarke", "Hughes"),
}
EMAIL_DOMAINS = ("example.be", "example.org")
