"""Measure how fast scans are scored and matched on one core, against the targets, and print the figures.

    .venv/bin/python bench/scoring.py [--seconds 3] [--seed 2030] [--answers 2000]

It builds the default questionnaire (``scan.defaults.default_questionnaire()``), generates random but realistic
answer sets with a fixed seed (a company profile, then an answer to every question that applies, in order, with
a few left unanswered), and times ``scoring.score`` and ``matching.suggest`` + ``matching.advice`` over the ten
default objectives (``matching.DEFAULT_OBJECTIVE_TAGS``) with ``time.perf_counter``. Matching gets the scores
computed beforehand, as the results page does.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

import django  # noqa: E402

django.setup()  # gettext (the reasons and the default labels) needs the settings

from django.utils import translation  # noqa: E402

from scan import matching, scoring  # noqa: E402
from scan import questionnaire as q  # noqa: E402

TARGETS = {"scans scored": 20_000, "matchings (suggest + advice)": 5_000}
BORDERS = ["nature", "water", "infrastructure", "farmland", "housing"]
COMMODITIES = ["timber", "soy", "palm_oil", "cocoa", "coffee", "beef", "leather", "paper"]


def default_questionnaire():
    try:
        from scan.defaults import default_questionnaire as build_default
    except ImportError:
        build_default = None
    if build_default is not None:
        return build_default(), "scan.defaults.default_questionnaire()"
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from tests.scan.sample import scan_md_questionnaire

    return scan_md_questionnaire(), "tests/scan/sample.py (scan.defaults is not there yet)"


def random_profile(rng):
    """A company profile: from an office tenant without outdoor space to a large site next to nature."""
    total = rng.choice([400, 1_500, 5_000, 20_000, 80_000])
    outdoor = 0 if rng.random() < 0.25 else int(total * rng.uniform(0.05, 0.8))
    buys_risky = rng.random() < 0.35
    return {
        "sector": rng.choice(["a", "c", "f", "g", "i", "k", "m"]),
        "staff": rng.choice(["micro", "small", "medium", "large"]),
        "tenure": rng.choice(["owner", "tenant"]),
        "total_area": total,
        "built_area": total - outdoor,
        "outdoor_area": outdoor,
        "parking_area": int(outdoor * rng.uniform(0, 0.4)),
        "borders": rng.sample(BORDERS, rng.randint(0, 3)),
        "buys_risky_commodities": q.YES if buys_risky else q.NO,
        "risky_commodities": rng.sample(COMMODITIES, rng.randint(1, 3)) if buys_risky else [],
        "sells_food": q.YES if rng.random() < 0.3 else q.NO,
        "finances": q.YES if rng.random() < 0.15 else q.NO,
        "primary_production": q.YES if rng.random() < 0.1 else q.NO,
    }


def random_answer(rng, question):
    if question.kind == q.NUMBER:
        top = question.maximum if question.maximum is not None else 1_000
        return round(rng.uniform(0, top)) if rng.random() < 0.7 else round(rng.uniform(0, top), 2)
    codes = [option.code for option in question.options]
    if question.kind == q.MULTIPLE:
        return rng.sample(codes, rng.randint(0, len(codes)))
    return rng.choice(codes)


def random_answers(rng, questionnaire):
    """A profile and an answer to each question that applies, in order (as the wizard asks), 5 % unanswered."""
    answers = random_profile(rng)
    for step in questionnaire.steps:
        if not step.applies(answers):
            continue
        for question in step.questions:
            if question.applies(answers) and rng.random() >= 0.05:
                answers[question.code] = random_answer(rng, question)
    return answers


def rates(function, items, seconds):
    """(best, median) calls per second of ``function`` over passes through ``items`` for about ``seconds``.

    The best pass is the figure to compare with a target (as ``timeit`` advises: slower passes measure the other
    processes on the machine, not the code); the median shows how steady it was.
    """
    passes, start = [], time.perf_counter()
    while not passes or time.perf_counter() - start < seconds:
        begin = time.perf_counter()
        for item in items:
            function(item)
        passes.append(len(items) / (time.perf_counter() - begin))
    return max(passes), statistics.median(passes)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=3.0, help="time spent measuring each figure (default 3)")
    parser.add_argument("--seed", type=int, default=2030, help="seed of the random answer sets (default 2030)")
    parser.add_argument("--answers", type=int, default=2_000, help="number of answer sets (default 2000)")
    options = parser.parse_args(argv)

    translation.activate("en")
    questionnaire, source = default_questionnaire()
    objectives = matching.default_profiles()
    rng = random.Random(options.seed)
    answer_sets = [random_answers(rng, questionnaire) for _ in range(options.answers)]
    scored = [(answers, scoring.score(questionnaire, answers)) for answers in answer_sets]

    def match(item):
        answers, scan_score = item
        matching.suggest(questionnaire, answers, scan_score, objectives)
        matching.advice(questionnaire, answers, scan_score)

    figures = {
        "scans scored": rates(lambda answers: scoring.score(questionnaire, answers), answer_sets, options.seconds),
        "matchings (suggest + advice)": rates(match, scored, options.seconds),
    }
    suggested = sum(bool(matching.suggest(questionnaire, answers, result, objectives)) for answers, result in scored)

    print(f"Questionnaire: {source}: {len(questionnaire.themes)} themes, {len(questionnaire.questions)} questions")
    print(f"Answer sets: {len(answer_sets)} (seed {options.seed}); {suggested} get at least one suggestion")
    print(f"Python {sys.version.split()[0]}, one core, about {options.seconds:g} s per figure, in passes over the sets")
    print()
    print(f"{'figure':<30} {'best pass/s':>12} {'median/s':>10} {'target':>10}  met")
    all_met = True
    for name, (best, median) in figures.items():
        met = best >= TARGETS[name]
        all_met &= met
        print(f"{name:<30} {best:>12,.0f} {median:>10,.0f} {TARGETS[name]:>10,}  {'yes' if met else 'NO'}")
    return 0 if all_met else 1


if __name__ == "__main__":
    sys.exit(main())
