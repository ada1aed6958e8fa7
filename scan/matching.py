"""Matching a scan to the alliance's objectives: which engagements a company could join, and why.

Signals are tags. A company's signals are

- the tags of the options and bands it chose in the questions that apply (``scoring.chosen_tags``), worth 2 when
  the choice is "strong" (a choice worth 0 points, or the worst choice of a single-choice, yes/no or number
  question, of a scored question), else 1;
- tags derived here from the company profile and the scores, worth 1:

  outdoor_large            outdoor_area ≥ 500 m²
  borders_nature, borders_water, borders_infrastructure, borders_farmland, borders_housing
                           what borders the site (the intake's ``borders``)
  primary_production       primary_production = yes
  sells_food               sells_food = yes
  finances                 finances = yes
  risky_commodities        buys_risky_commodities = yes, or risky commodities named
  theme_low_<code>         a theme with a score below 50, e.g. theme_low_water, theme_low_connectivity

- combined tags derived here, worth 2, for the rows of SCAN.md's table that need two signals at once:

  habitat_gap              outdoor_large and theme_low_habitats (outdoor area ≥ 500 m² and habitats theme < 50)
  no_meadow_no_shelters    a chosen option tagged no_meadow and one tagged no_shelters
  risky_uncertified        risky_commodities and a chosen option or band tagged low_certified

Each objective declares tags and themes (editors set them on the objective page). It is suggested when at least
one of its tags is among the signals. Its rank is the sum of its matched signals' worths plus, for each of its
themes that has a score, the gap it would close: (100 − percent) / 100 × theme weight / 10; ties go to the lower
objective number. Each suggestion says why in at most three sentences, the most specific first (combined tags,
strong answers, other answers, the profile, low themes): the editors' words for the tag (the questionnaire's tag
reasons) if they gave some, else a built-in sentence for a derived tag, else the answer quoted ("You answered
“Weekly” to “How often is the grass mown”."). A combined tag's parts are not explained again beside it.

The default matching of SCAN.md's table (``DEFAULT_OBJECTIVE_TAGS``, which the demo loader sets on the ten
objectives) relies on these option and band tags of the default questionnaire (``scan.defaults``):

  sealed_high              sealed share of the site ≥ 70 %                      (sealed_share bands)
  rain_to_sewer            all rainwater to the sewer                           (rainwater)
  weekly_mowing            grass mostly mown weekly                             (mowing)
  pesticides               pesticides used routinely                            (pesticides)
  no_meadow                no flower meadow                                     (flower_meadow)
  no_shelters              no shelters for birds, bats or insects               (shelters: "none")
  flat_roof_bare           flat roofs without vegetation                        (green_roofs)
  much_glazing             glazing that is not bird-safe                        (bird_safe_glazing)
  renovation_planned       a renovation or new building planned                 (renovation_planned)
  hedge_short              less than 50 m of hedge                              (hedges bands)
  low_certified            little or nothing of the risky commodities certified (certified_share)

(It also tags night_lighting and closed_fences, which no default rule uses.)

  #   objective                               tags                                               themes
  1   Urban and peri-urban areas              habitat_gap                                        habitats
  2   Buildings and infrastructures           flat_roof_bare much_glazing renovation_planned     land_cover
  3   Bed & breakfasts for wild pollinators   weekly_mowing pesticides no_meadow_no_shelters     habitats management
  4   Nature-based solutions                  sealed_high rain_to_sewer theme_low_water          water land_cover
  5   Ecological connectivity                 borders_nature borders_water borders_infrastructure connectivity
                                              theme_low_connectivity hedge_short
  6   Crops and animal products               sells_food                                         value_chain
  7   Primary production areas                primary_production                                 habitats management
  8   Imported primary commodities            risky_uncertified                                  value_chain
  9   Surplus food                            sells_food                                         value_chain
  10  Biodiversity-friendly financial flows   finances                                           value_chain

The two rows of the table that are not objectives are ``advice``: a governance theme below 50 gets a starter plan
(name an owner, pick three actions, check after a year); a theme at 75 or more, an invitation to the showcase.
"""

from dataclasses import dataclass, field

from django.utils.formats import number_format
from django.utils.translation import gettext, gettext_noop

from scan.questionnaire import NUMBER, YES, to_number
from scan.scoring import compiled

__all__ = [
    "DEFAULT_OBJECTIVE_TAGS",
    "ObjectiveProfile",
    "Suggestion",
    "advice",
    "default_profiles",
    "signals",
    "suggest",
]

LOW_THEME = 50  # below: a gap (theme_low_<code>, the starter plan for governance)
SHOWCASE_THEME = 75  # at or above: worth showing in the showcase
LARGE_OUTDOOR_AREA = 500  # m²
GOVERNANCE_THEME = "governance"
HABITATS_THEME = "habitats"
MAX_REASONS = 3

OPTION_WORTH, STRONG_WORTH, DERIVED_WORTH, COMBINED_WORTH = 1, 2, 1, 2
BORDERS = ("nature", "water", "infrastructure", "farmland", "housing")
COMBINED = {
    # combined tag: the tags it stands for (their reasons are not repeated beside it)
    "habitat_gap": ("outdoor_large", f"theme_low_{HABITATS_THEME}"),
    "no_meadow_no_shelters": ("no_meadow", "no_shelters"),
    "risky_uncertified": ("risky_commodities", "low_certified"),
}

DEFAULT_OBJECTIVE_TAGS = {
    1: (frozenset({"habitat_gap"}), frozenset({"habitats"})),
    2: (frozenset({"flat_roof_bare", "much_glazing", "renovation_planned"}), frozenset({"land_cover"})),
    3: (frozenset({"weekly_mowing", "pesticides", "no_meadow_no_shelters"}), frozenset({"habitats", "management"})),
    4: (frozenset({"sealed_high", "rain_to_sewer", "theme_low_water"}), frozenset({"water", "land_cover"})),
    5: (
        frozenset(
            {"borders_nature", "borders_water", "borders_infrastructure", "theme_low_connectivity", "hedge_short"}
        ),
        frozenset({"connectivity"}),
    ),
    6: (frozenset({"sells_food"}), frozenset({"value_chain"})),
    7: (frozenset({"primary_production"}), frozenset({"habitats", "management"})),
    8: (frozenset({"risky_uncertified"}), frozenset({"value_chain"})),
    9: (frozenset({"sells_food"}), frozenset({"value_chain"})),
    10: (frozenset({"finances"}), frozenset({"value_chain"})),
}


@dataclass(frozen=True)
class ObjectiveProfile:
    """What matching needs of an objective; ``key`` is the caller's id for it (e.g. the page's translation_key)."""

    key: object
    number: int
    title: str
    tags: frozenset = frozenset()
    themes: frozenset = frozenset()


@dataclass(frozen=True)
class Suggestion:
    objective: ObjectiveProfile
    score: float
    reasons: list = field(default_factory=list)
    tags: tuple = ()  # the matched tags, most specific first (as the reasons are)

    def to_dict(self):
        return {
            "objective": str(self.objective.key),
            "number": self.objective.number,
            "title": str(self.objective.title),
            "score": self.score,
            "reasons": list(self.reasons),
            "tags": list(self.tags),
        }


def default_profiles(titles=None):
    """Profiles of the ten objectives with the default tags and themes (keyed by number; for tests and benches)."""
    titles = titles or {}
    return [
        ObjectiveProfile(number, number, titles.get(number, ""), tags, themes)
        for number, (tags, themes) in DEFAULT_OBJECTIVE_TAGS.items()
    ]


# Signals ----------------------------------------------------------------------------------------------------


class _Signal:
    """A tag the company's answers carry: its worth and where it comes from (for the reason)."""

    __slots__ = ("worth", "kind", "question", "choice", "number", "theme")

    def __init__(self, worth, kind, question=None, choice=None, number=None, theme=None):
        self.worth, self.kind = worth, kind
        self.question, self.choice, self.number, self.theme = question, choice, number, theme


# Reasons are given most specific first: combined, strong answers, other answers, the profile, low themes.
_SPECIFICITY = {"combined": 0, "strong": 1, "option": 2, "derived": 3, "theme": 4}


def _collect(questionnaire, answers, scan_score):
    answers = answers if isinstance(answers, dict) else {}
    found = {}
    for question, _points, chosen, number in compiled(questionnaire).answered(answers):
        for choice in chosen:
            worth, kind = (STRONG_WORTH, "strong") if choice.strong else (OPTION_WORTH, "option")
            for tag in choice.tags:
                current = found.get(tag)
                if current is None or worth > current.worth:
                    found[tag] = _Signal(worth, kind, question, choice, number)

    def derive(tag, kind="derived", worth=DERIVED_WORTH, theme=None):
        current = found.get(tag)
        if current is None or worth > current.worth:
            found[tag] = _Signal(worth, kind, theme=theme)

    outdoor = _number(answers.get("outdoor_area"))
    if outdoor is not None and outdoor >= LARGE_OUTDOOR_AREA:
        derive("outdoor_large")
    borders = answers.get("borders")
    if isinstance(borders, str):
        borders = (borders,)
    if isinstance(borders, list | tuple | set | frozenset):
        for border in BORDERS:
            if border in borders:
                derive(f"borders_{border}")
    for name in ("primary_production", "sells_food", "finances"):
        if _yes(answers.get(name)):
            derive(name)
    commodities = answers.get("risky_commodities")
    if _yes(answers.get("buys_risky_commodities")) or (isinstance(commodities, list | tuple) and commodities):
        derive("risky_commodities")
    for theme in scan_score.themes:
        if theme.percent is not None and theme.percent < LOW_THEME:
            derive(f"theme_low_{theme.code}", "theme", theme=theme)
    for tag, parts in COMBINED.items():
        if all(part in found for part in parts):
            derive(tag, "combined", COMBINED_WORTH, theme=found[parts[1]].theme)
    return found


def signals(questionnaire, answers, scan_score):
    """{tag: worth} of every signal in these answers (option tags, derived and combined tags)."""
    return {tag: signal.worth for tag, signal in _collect(questionnaire, answers, scan_score).items()}


def _number(value):
    if value is None or isinstance(value, bool | list | tuple | set | dict):
        return None
    return to_number(value)


def _yes(value):
    return value is True or value == YES


# Suggestions ------------------------------------------------------------------------------------------------


def suggest(questionnaire, answers, scan_score, objectives, limit=3):
    """The objectives this company could join, best first, at most ``limit``, each with its plain-language reasons."""
    found = _collect(questionnaire, answers, scan_score)
    themes = {theme.code: theme for theme in scan_score.themes if theme.percent is not None}
    ranked = []
    for objective in objectives:
        matched = [tag for tag in objective.tags if tag in found]
        if not matched:
            continue
        rank = sum(found[tag].worth for tag in matched)
        for code in objective.themes:
            theme = themes.get(code)
            if theme is not None:
                rank += (100.0 - theme.percent) / 100.0 * theme.weight / 10.0
        matched.sort(key=lambda tag: (_SPECIFICITY[found[tag].kind], -found[tag].worth, tag))
        ranked.append((-round(rank, 6), objective.number, str(objective.key), objective, matched))
    ranked.sort(key=lambda item: item[:3])
    reasons_for = _Reasons(questionnaire, found)
    return [
        Suggestion(objective, -negative_rank, reasons_for(matched), tuple(matched))
        for negative_rank, _number_, _key, objective, matched in ranked[: max(limit, 0)]
    ]


class _Reasons:
    """The reasons of a suggestion: the editors' words for a tag, else a built-in sentence."""

    def __init__(self, questionnaire, found):
        self.found = found
        self.editors = compiled(questionnaire).tag_reasons

    def __call__(self, tags):
        covered = {part for tag in tags if tag in COMBINED for part in COMBINED[tag]}
        reasons = []
        for tag in tags:
            if tag in covered:
                continue
            reason = self.editors.get(tag) or self.built_in(tag)
            if reason and reason not in reasons:
                reasons.append(str(reason))
            if len(reasons) == MAX_REASONS:
                break
        return reasons

    def built_in(self, tag):
        signal = self.found[tag]
        if signal.kind in ("strong", "option"):
            return self.answer_reason(signal)
        if signal.theme is not None:
            values = {"theme": signal.theme.name, "percent": int(signal.theme.percent)}
            if tag == "habitat_gap":
                return (
                    gettext(
                        "Your outdoor area is at least 500 m², and your score for %(theme)s is %(percent)d out of 100."
                    )
                    % values
                )
            return gettext("Your score for %(theme)s is %(percent)d out of 100.") % values
        return _derived_sentence(tag)

    @staticmethod
    def answer_reason(signal):
        question = signal.question
        if question.kind == NUMBER:
            answer = f"{_format_number(signal.number)} {question.question.unit}".strip()
        else:
            answer = signal.choice.label
        return gettext("You answered “%(answer)s” to “%(question)s”.") % {
            "answer": answer,
            "question": str(question.question.text).rstrip(" ?.:"),
        }


_DERIVED_SENTENCES = {
    "outdoor_large": gettext_noop("Your outdoor area is at least 500 m²."),
    "borders_nature": gettext_noop("Your site borders a nature area."),
    "borders_water": gettext_noop("Your site borders a watercourse."),
    "borders_infrastructure": gettext_noop("Your site borders a railway or a road."),
    "borders_farmland": gettext_noop("Your site borders farmland."),
    "borders_housing": gettext_noop("Your site borders housing."),
    "primary_production": gettext_noop("You manage farmland, forest or extraction land."),
    "sells_food": gettext_noop("You produce or serve food."),
    "finances": gettext_noop("You finance or invest."),
    "risky_commodities": gettext_noop("You buy commodities with a risk of deforestation or land-use change."),
    "no_meadow_no_shelters": gettext_noop("Your site has no flower meadow and no shelters for wildlife."),
    "risky_uncertified": gettext_noop(
        "You buy commodities with a risk of deforestation, and little of them is certified."
    ),
}


def _derived_sentence(tag):
    message = _DERIVED_SENTENCES.get(tag)
    return gettext(message) if message else ""


def _format_number(number):
    """The number as the active language writes it, with at most two decimals."""
    if number is None:
        return ""
    return number_format(int(number) if float(number).is_integer() else round(number, 2), use_l10n=True)


# Advice -----------------------------------------------------------------------------------------------------


def advice(questionnaire, answers, scan_score):
    """The two rules of SCAN.md's table that are not objectives, as plain sentences (possibly none)."""
    sentences = []
    governance = scan_score.theme(GOVERNANCE_THEME) or scan_score.theme(questionnaire.ladder_theme)
    if governance is not None and governance.percent is not None and governance.percent < LOW_THEME:
        sentences.append(
            gettext("Start a simple biodiversity plan: name an owner, pick three actions, and check them after a year.")
        )
    strong = [
        theme.name for theme in scan_score.themes if theme.percent is not None and theme.percent >= SHOWCASE_THEME
    ]
    if strong:
        sentences.append(
            gettext(
                "You score %(score)d or more for %(themes)s: add your work to the alliance's showcase so that "
                "others can learn from it."
            )
            % {"score": SHOWCASE_THEME, "themes": ", ".join(strong)}
        )
    return sentences
