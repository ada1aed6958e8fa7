"""Fixed vocabularies of the alliance: organisation types and Belgian provinces.

Their codes are stable and language-independent (stored in the database, used in query strings);
their labels are translated.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("City or municipality")
    COMPANY = "company", _("Company or utility")
    REGIONAL_AGENCY = "regional_agency", _("Regional agency")
    FEDERAL_BODY = "federal_body", _("Federal body")
    NGO = "ngo", _("NGO")
    KNOWLEDGE = "knowledge", _("Knowledge institution")
    CITIZENS = "citizens", _("Citizen group or cooperative")
    FARMER = "farmer", _("Farmer")
    FINANCE = "finance", _("Financial institution")


class Province(models.TextChoices):
    ANTWERP = "antwerp", _("Antwerp")
    EAST_FLANDERS = "east_flanders", _("East Flanders")
    FLEMISH_BRABANT = "flemish_brabant", _("Flemish Brabant")
    LIMBURG = "limburg", _("Limburg")
    WEST_FLANDERS = "west_flanders", _("West Flanders")
    BRUSSELS = "brussels", _("Brussels-Capital Region")
    HAINAUT = "hainaut", _("Hainaut")
    LIEGE = "liege", _("Liège")
    LUXEMBOURG = "luxembourg", _("Luxembourg")
    NAMUR = "namur", _("Namur")
    WALLOON_BRABANT = "walloon_brabant", _("Walloon Brabant")
