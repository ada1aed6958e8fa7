"""What the company sees: its answers as it gave them, and its results, in the language of the page it views."""

from django.conf import settings
from django.core.cache import cache
from django.db.models import Avg, Count
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from scan import questionnaire as q
from scan.choices import Border, Commodity, Sector, StaffSize, Tenure
from scan.models import ScanResponse

WEAK_THEME = 50  # below this a theme's next steps are shown
SECTOR_MINIMUM = 5  # sector averages are shown only when at least this many scans share the sector
SECTOR_AVERAGE_SECONDS = 300


def format_number(value, unit=""):
    if value is None:
        return ""
    number = number_format(round(float(value), 2), decimal_pos=None, use_l10n=True, force_grouping=True)
    if number.endswith((",0", ".0")):
        number = number[:-2]
    return f"{number} {unit}".strip()


def _label(choices, value):
    return dict(choices).get(value, value)


def _yes_no(value):
    if value is None:
        return ""
    return _("Yes") if value else _("No")


def profile_items(response):
    """The company profile as (question, answer) pairs in the active language."""
    rows = [
        (_("Company name"), response.company_name),
        (_("Sector"), _label(Sector.choices, response.sector)),
        (_("Staff"), _label(StaffSize.choices, response.staff)),
        (_("Do you own the site or rent it?"), _label(Tenure.choices, response.tenure)),
        (_("Postcode"), " ".join(filter(None, [response.postcode, response.municipality]))),
        (_("Total site area (m²)"), format_number(response.total_area)),
        (_("Built area (m²)"), format_number(response.built_area)),
        (_("Outdoor area (m²)"), format_number(response.outdoor_area)),
        (_("Parking area (m²)"), format_number(response.parking_area)),
        (_("What borders the site?"), ", ".join(str(_label(Border.choices, code)) for code in response.borders)),
        (
            _("Do you buy commodities with a risk of deforestation or land-use change?"),
            _yes_no(response.buys_risky_commodities),
        ),
        (_("Which ones?"), ", ".join(str(_label(Commodity.choices, code)) for code in response.risky_commodities)),
        (_("Do you produce or serve food?"), _yes_no(response.sells_food)),
        (_("Do you finance or invest in other organisations?"), _yes_no(response.finances)),
        (_("Do you manage farmland, forest or extraction land?"), _yes_no(response.primary_production)),
        (_("Contact person"), response.contact_name),
        (_("E-mail address"), response.contact_email),
    ]
    return [{"question": question, "answer": answer} for question, answer in rows if answer not in (None, "")]


def answer_text(question, value):
    """An answer as the company saw it: option labels, or the number with its unit."""
    if value is None or value == "" or value == []:
        return _("Not answered")
    if question.kind == q.NUMBER:
        return format_number(value, question.unit)
    codes = value if isinstance(value, list) else [value]
    labels = [question.option(code).label if question.option(code) else code for code in codes]
    return ", ".join(labels)


def answer_summary(definition, response, change_url=None):
    """Every applicable step with its answers, and a link to change it (when ``change_url`` is given)."""
    answers = response.all_answers()
    sections = [
        {
            "code": "profile",
            "title": _("Your company"),
            "url": change_url("profile") if change_url else None,
            "items": profile_items(response),
        }
    ]
    for step in definition.applicable_steps(answers):
        sections.append(
            {
                "code": step.code,
                "title": step.title,
                "url": change_url(step.code) if change_url else None,
                "items": [
                    {"question": question.text, "answer": answer_text(question, response.answers.get(question.code))}
                    for question in step.applicable_questions(answers)
                ],
            }
        )
    return sections


def theme_rows(definition, response):
    """The response's theme scores with the names of the viewing language, in the questionnaire's order."""
    stored = {row["code"]: row for row in response.theme_scores}
    rows = []
    for theme in definition.themes:
        row = stored.get(theme.code)
        if row is None:
            continue
        rows.append(
            {
                "code": theme.code,
                "name": theme.name,
                "percent": row.get("percent"),
                "earned": row.get("earned"),
                "possible": row.get("possible"),
                "advice": theme.advice,
                "description": theme.description,
            }
        )
    return rows


def chart(rows, width=640, bar_height=28, gap=12, label_width=210):
    """Geometry of a horizontal bar chart of the theme scores (drawn as SVG by the template)."""
    plot_width = width - label_width - 60
    bars = []
    for index, row in enumerate(rows):
        percent = row["percent"]
        y = index * (bar_height + gap)
        bars.append(
            {
                **row,
                "y": y,
                "text_y": y + bar_height * 0.68,
                "bar_width": 0 if percent is None else round(plot_width * percent / 100, 1),
                "value_x": label_width + (0 if percent is None else plot_width * percent / 100) + 8,
                "band": "none"
                if percent is None
                else ("low" if percent < 25 else "mid" if percent < 50 else "good" if percent < 75 else "high"),
            }
        )
    height = max(len(rows) * (bar_height + gap) - gap, bar_height)
    return {
        "width": width,
        "height": height + 24,
        "plot_height": height,
        "label_width": label_width,
        "plot_width": plot_width,
        "bar_height": bar_height,
        "bars": bars,
        "ticks": [{"value": value, "x": label_width + plot_width * value / 100} for value in (0, 25, 50, 75, 100)],
    }


def sector_statistics(scan_key, sector):
    """How many submitted scans of ``sector`` have a score, and their average: an aggregate over thousands of rows,
    so with a shared cache (FRAGMENT_CACHE_SECONDS) it is remembered for SECTOR_AVERAGE_SECONDS; a figure a few
    minutes old compares as well."""

    def count():
        return ScanResponse.objects.filter(
            status=ScanResponse.Status.SUBMITTED, scan_key=scan_key, sector=sector, overall_score__isnull=False
        ).aggregate(count=Count("id"), average=Avg("overall_score"))

    if not settings.FRAGMENT_CACHE_SECONDS:
        return count()
    return cache.get_or_set(f"scan-sector-average:{scan_key}:{sector}", count, SECTOR_AVERAGE_SECONDS)


def sector_comparison(response):
    """The average overall score of submitted scans in the company's sector, when at least five share it."""
    if not response.sector:
        return None
    stats = sector_statistics(response.scan_key, response.sector)
    if stats["count"] < SECTOR_MINIMUM:
        return None
    return {
        "sector": _label(Sector.choices, response.sector),
        "count": stats["count"],
        "average": round(float(stats["average"])),
    }
