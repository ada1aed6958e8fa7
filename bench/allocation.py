"""Measure how fast workshop places are allocated (``home.allocation.allocate``) and how good the result is.

    .venv/bin/python bench/allocation.py [-n 1000] [--workshops 4] [--per-person 2] [--seed 1] [--runs 5]

It builds a random but realistic event with a fixed seed: registrants from six organisation types with unequal
shares (companies the most), full rankings skewed so that one workshop is the favourite (each registrant draws
their ranking by weighted sampling without replacement, the weights falling from the first workshop to the last),
and room capacities of uneven size adding up to about 5 % more than the seats needed (tight, but feasible: no room
holds more than the registrants). It times ``allocate`` with ``time.perf_counter`` over a few runs and prints the
best and median time and the quality figures. Pure Python: no Django needed.
"""

import argparse
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from home.allocation import Registrant, Workshop, allocate  # noqa: E402

GROUPS = {"company": 0.40, "ngo": 0.20, "municipality": 0.15, "research": 0.12, "government": 0.08, "other": 0.05}
SLACK = 1.05  # total capacity over the seats needed
TARGET_MS = 1_000  # 1,000 registrants over 4 workshops, two each, must take well under a second


def build_event(rng, registrants, workshops, per_person):
    """(registrants, workshops) of a random event: see the module docstring."""
    ids = [f"workshop-{number}" for number in range(1, workshops + 1)]
    popularity = [0.5**number for number in range(workshops)]  # the first workshop is the favourite
    people = []
    for number in range(1, registrants + 1):
        remaining, weights, ranking = list(ids), list(popularity), []
        while remaining:
            index = rng.choices(range(len(remaining)), weights=weights)[0]
            ranking.append(remaining.pop(index))
            weights.pop(index)
        group = rng.choices(list(GROUPS), weights=list(GROUPS.values()))[0]
        people.append(Registrant(number, group, tuple(ranking)))
    seats = min(per_person, workshops) * registrants
    sizes = [rng.uniform(0.8, 1.2) for _ in range(workshops)]
    capacities = [min(registrants, round(seats * SLACK * size / sum(sizes))) for size in sizes]
    while sum(capacities) < seats:  # rooms capped at the registrants: give the rest to the others
        for index, capacity in enumerate(capacities):
            if capacity < registrants and sum(capacities) < seats:
                capacities[index] += 1
    return people, [Workshop(workshop_id, capacity) for workshop_id, capacity in zip(ids, capacities, strict=True)]


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", "--registrants", type=int, default=1_000, help="registrants (default 1000)")
    parser.add_argument("--workshops", type=int, default=4, help="workshops (default 4)")
    parser.add_argument("--per-person", type=int, default=2, help="workshops per registrant (default 2)")
    parser.add_argument("--seed", type=int, default=1, help="seed of the random event (default 1)")
    parser.add_argument("--runs", type=int, default=5, help="timed runs (default 5)")
    options = parser.parse_args(argv)

    rng = random.Random(options.seed)
    people, workshops = build_event(rng, options.registrants, options.workshops, options.per_person)
    times = []
    for _ in range(max(1, options.runs)):
        start = time.perf_counter()
        allocation = allocate(people, workshops, options.per_person)
        times.append((time.perf_counter() - start) * 1_000)
    quality = allocation.quality
    classes = len({(person.ranking, person.group) for person in people})
    best, median = min(times), statistics.median(times)
    capacity = sum(workshop.capacity for workshop in workshops)

    print(f"Python {sys.version.split()[0]}, one core, {len(times)} runs, seed {options.seed}")
    print()
    rows = [
        ("registrants", f"{quality.registrants:,}"),
        ("classes (ranking, group)", f"{classes:,}"),
        ("workshops", f"{len(workshops)}"),
        ("workshops per registrant", f"{options.per_person}"),
        ("capacity", " + ".join(str(workshop.capacity) for workshop in workshops) + f" = {capacity}"),
        ("time to allocate, best", f"{best:,.1f} ms"),
        ("time to allocate, median", f"{median:,.1f} ms"),
        ("placed fully", f"{quality.placed_fully:,} ({quality.unplaced_seats:,} seats missing)"),
        ("first choices", f"{quality.first_choice_share:.1%}"),
        ("top choices", f"{quality.top_choices_share:.1%}"),
        ("average rank", f"{quality.average_rank:.3f}"),
        ("balance (largest gap)", f"{quality.balance:.2f} pp"),
    ]
    for name, value in rows:
        print(f"{name:<26} {value}")
    print()
    print(f"{'workshop':<12} {'assigned':>8} {'capacity':>8}  groups")
    for workshop_id, figures in quality.per_workshop.items():
        groups = ", ".join(f"{group} {count}" for group, count in figures["groups"].items())
        print(f"{workshop_id!s:<12} {figures['assigned']:>8} {figures['capacity']:>8}  {groups}")
    print()
    met = best < TARGET_MS
    print(f"target: under {TARGET_MS:,} ms for the best run: {'met' if met else 'NOT MET'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
