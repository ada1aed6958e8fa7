"""Submitting a response: score it, match it, and record what it was answered against."""

from django.utils import timezone

from cms.page_cache import shared_value
from scan import matching, scoring
from scan.models import ScanResponse


def objective_profiles(locale):
    """The live objectives of a language (a Locale or its id), as the matching module takes them (one query;
    remembered until the next publication, see cms/page_cache.py)."""
    from home.models import ObjectivePage

    def profiles():
        objectives = ObjectivePage.objects.live().filter(locale=locale).order_by("number")
        return [
            matching.ObjectiveProfile(
                key=str(objective.translation_key),
                number=objective.number,
                title=objective.title,
                tags=objective.scan_tag_set,
                themes=objective.scan_theme_set,
            )
            for objective in objectives.only("id", "title", "number", "translation_key", "scan_tags", "scan_themes")
        ]

    return shared_value("objective-profiles", [getattr(locale, "pk", locale)], profiles)


def suggestions_for(page, response, scan_score=None):
    """Suggested objectives (and advice) for a response, in the language of ``page``."""
    definition = page.definition
    answers = response.all_answers()
    if scan_score is None:
        scan_score = scoring.score(definition, answers)
    suggestions = matching.suggest(definition, answers, scan_score, objective_profiles(page.locale_id))
    return suggestions, matching.advice(definition, answers, scan_score)


def submit_response(response, page, answers, *, language):
    """Turn a draft into a submitted response with its scores and suggestions."""
    definition = page.definition
    applicable = {
        question.code
        for step in definition.applicable_steps({**answers, **response.intake_answers()})
        for question in step.applicable_questions({**answers, **response.intake_answers()})
    }
    response.answers = {code: value for code, value in answers.items() if code in applicable}
    scan_score = scoring.score(definition, response.all_answers())
    suggestions, _advice = suggestions_for(page, response, scan_score)

    result = scan_score.to_dict()
    response.theme_scores = result["themes"]
    response.overall_score = None if scan_score.overall is None else round(scan_score.overall, 2)
    response.level = scan_score.level.code if scan_score.level else ""
    response.ladder_step = scan_score.ladder_step.code if scan_score.ladder_step else ""
    response.facts = dict(scan_score.facts)
    response.suggestions = [
        {
            "objective": suggestion.objective.key,
            "number": suggestion.objective.number,
            "score": round(suggestion.score, 3),
            "reasons": list(suggestion.reasons),
        }
        for suggestion in suggestions
    ]
    response.page = page
    response.revision_id = page.live_revision_id or page.latest_revision_id
    response.language = language
    response.status = ScanResponse.Status.SUBMITTED
    response.submitted_at = timezone.now()
    response.wizard_state = {}
    response.save()
    return response
