"""Fixed vocabularies of the company profile. Codes are stored and used in conditions; labels are translated."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Sector(models.TextChoices):
    """NACE sections (rev. 2)."""

    A = "a", _("Agriculture, forestry and fishing")
    B = "b", _("Mining and quarrying")
    C = "c", _("Manufacturing")
    D = "d", _("Electricity, gas, steam and air conditioning supply")
    E = "e", _("Water supply, sewerage and waste management")
    F = "f", _("Construction")
    G = "g", _("Wholesale and retail trade")
    H = "h", _("Transportation and storage")
    I = "i", _("Accommodation and food service activities")  # noqa: E741 -- the NACE section's letter
    J = "j", _("Information and communication")
    K = "k", _("Financial and insurance activities")
    L = "l", _("Real estate activities")
    M = "m", _("Professional, scientific and technical activities")
    N = "n", _("Administrative and support service activities")
    O = "o", _("Public administration and defence")  # noqa: E741
    P = "p", _("Education")
    Q = "q", _("Human health and social work activities")
    R = "r", _("Arts, entertainment and recreation")
    S = "s", _("Other service activities")


class StaffSize(models.TextChoices):
    MICRO = "1-9", _("1 to 9 people")
    SMALL = "10-49", _("10 to 49 people")
    MEDIUM = "50-249", _("50 to 249 people")
    LARGE = "250+", _("250 people or more")


class Tenure(models.TextChoices):
    OWNER = "owner", _("Owner of the site")
    TENANT = "tenant", _("Tenant")


class Border(models.TextChoices):
    NATURE = "nature", _("A nature area")
    WATER = "water", _("A watercourse or pond")
    INFRASTRUCTURE = "infrastructure", _("A railway or road")
    FARMLAND = "farmland", _("Farmland")
    HOUSING = "housing", _("Housing")


class Commodity(models.TextChoices):
    TIMBER = "timber", _("Timber")
    SOY = "soy", _("Soy")
    PALM_OIL = "palm_oil", _("Palm oil")
    COCOA = "cocoa", _("Cocoa")
    COFFEE = "coffee", _("Coffee")
    BEEF = "beef", _("Beef")
    LEATHER = "leather", _("Leather")
    PAPER = "paper", _("Paper")


def province_for_postcode(postcode):
    """The Belgian province (home.choices.Province code) of a four-digit postcode, or ''."""
    try:
        number = int(postcode)
    except (TypeError, ValueError):
        return ""
    ranges = [
        (1000, 1299, "brussels"),
        (1300, 1499, "walloon_brabant"),
        (1500, 1999, "flemish_brabant"),
        (2000, 2999, "antwerp"),
        (3000, 3499, "flemish_brabant"),
        (3500, 3999, "limburg"),
        (4000, 4999, "liege"),
        (5000, 5999, "namur"),
        (6000, 6599, "hainaut"),
        (6600, 6999, "luxembourg"),
        (7000, 7999, "hainaut"),
        (8000, 8999, "west_flanders"),
        (9000, 9999, "east_flanders"),
    ]
    return next((province for low, high, province in ranges if low <= number <= high), "")
