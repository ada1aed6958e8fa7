"""The workshop allocation (``home.allocation``): hand-checked examples, then properties over random events."""

import itertools
import math
import random
import uuid
from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from home.allocation import Allocation, Registrant, Workshop, allocate, evaluate


def people(*rankings, groups="a"):
    """Registrants 1, 2, … with these rankings (strings of workshop ids) and groups (cycled)."""
    return [
        Registrant(number, groups[(number - 1) % len(groups)], tuple(ranking))
        for number, ranking in enumerate(rankings, start=1)
    ]


def rooms(**capacities):
    return [Workshop(workshop_id, capacity) for workshop_id, capacity in capacities.items()]


# Hand-checked examples


def test_everyone_gets_the_first_choice_when_capacity_allows():
    allocation = allocate(people("ABC", "BAC", "CAB", "ABC"), rooms(A=2, B=2, C=2), 1)
    assert allocation.assignments == {1: ("A",), 2: ("B",), 3: ("C",), 4: ("A",)}
    quality = allocation.quality
    assert (quality.registrants, quality.placed_fully, quality.unplaced_seats) == (4, 4, 0)
    assert quality.first_choice_share == quality.top_choices_share == 1.0
    assert quality.average_rank == 1.0
    assert quality.per_workshop["A"] == {"assigned": 2, "capacity": 2, "groups": {"a": 2}}


def test_a_full_popular_workshop_sends_the_others_to_their_second_choice():
    allocation = allocate(people("ABC", "ABC", "ABC", "ABC"), rooms(A=2, B=2, C=10), 1)
    assert Counter(workshops for workshops in allocation.assignments.values()) == {("A",): 2, ("B",): 2}
    assert allocation.quality.first_choice_share == 0.5
    assert allocation.quality.average_rank == 1.5


def test_first_choices_come_before_a_better_average():
    # Giving 1 its first choice (A) pushes 2 to its third; else both get their second: first choices win.
    allocation = allocate(people("ABC", "ACB"), rooms(A=1, B=1, C=0), 1)
    assert allocation.quality.first_choice_share == 0.5
    assert sorted(allocation.assignments.values()) == [("A",), ("B",)]


def test_nobody_is_pushed_to_a_last_choice_needlessly():
    # Same first choices either way; the convex cost prefers two second choices to a first and a third.
    allocation = allocate(people("ABC", "BAC", "BCA"), rooms(A=1, B=1, C=1), 1)
    assert allocation.assignments == {1: ("A",), 2: ("B",), 3: ("C",)}
    allocation = allocate(people("BAC", "BCA", "ABC"), rooms(A=1, B=1, C=1), 1)
    assert allocation.assignments[3] == ("A",)


def test_two_workshops_each():
    allocation = allocate(people("ABC", "ABC", "ABC"), rooms(A=3, B=1, C=2), 2)
    assert all(workshops[0] == "A" for workshops in allocation.assignments.values())
    assert Counter(workshops[1] for workshops in allocation.assignments.values()) == {"B": 1, "C": 2}
    assert allocation.quality.top_choices_share == pytest.approx(1 / 3)
    assert allocation.quality.first_choice_share == 1.0


def test_workshops_are_listed_best_rank_first():
    allocation = allocate(people("CBA"), rooms(A=1, B=1, C=1), 3)
    assert allocation.assignments == {1: ("C", "B", "A")}


def test_more_per_person_than_workshops_gives_every_workshop():
    allocation = allocate(people("AB", "BA"), rooms(A=5, B=5), 3)
    assert allocation.assignments == {1: ("A", "B"), 2: ("B", "A")}
    assert allocation.quality.placed_fully == 2
    assert allocation.quality.unplaced_seats == 0


def test_short_capacity_places_every_seat_earlier_registrants_first():
    allocation = allocate(people("AB", "BA", "AB", "AB", "BA"), rooms(A=2, B=1), 1)
    assert allocation.assignments == {1: ("A",), 2: ("B",), 3: ("A",), 4: (), 5: ()}
    assert (allocation.quality.placed_fully, allocation.quality.unplaced_seats) == (3, 2)


def test_short_capacity_spreads_the_seats_before_giving_a_second():
    allocation = allocate(people("AB", "AB", "AB"), rooms(A=2, B=2), 2)
    assert [len(workshops) for workshops in allocation.assignments.values()] == [2, 1, 1]
    assert allocation.quality.unplaced_seats == 2


def test_a_workshop_cannot_seat_anyone_twice():
    # 3 registrants, 2 each, but A can only take each of them once: 3 + 2 seats, not 6.
    allocation = allocate(people("AB", "AB", "AB"), rooms(A=10, B=2), 2)
    assert sorted(allocation.assignments.values()) == [("A",), ("A", "B"), ("A", "B")]
    assert allocation.assignments[1] == ("A", "B")


def test_balance_mixes_the_groups_of_a_full_workshop():
    # Everybody wants A, which holds half of them: the half chosen is half companies, half NGOs, whatever the ids.
    registrants = [Registrant(number, "company" if number <= 10 else "ngo", ("A", "B")) for number in range(1, 21)]
    allocation = allocate(registrants, rooms(A=10, B=10), 1)
    assert allocation.quality.per_workshop["A"]["groups"] == {"company": 5, "ngo": 5}
    assert allocation.quality.balance == 0.0
    assert allocation.quality.first_choice_share == 0.5


def test_balance_follows_the_share_of_all_registrants():
    registrants = [Registrant(number, "ngo" if number % 4 == 0 else "company", ("A", "B")) for number in range(1, 41)]
    allocation = allocate(registrants, rooms(A=20, B=20), 1)
    assert allocation.quality.per_workshop["A"]["groups"] == {"company": 15, "ngo": 5}
    assert allocation.quality.balance == 0.0


def test_unranked_workshops_count_after_the_last_rank():
    allocation = allocate(people("A", "A", "", "B"), rooms(A=1, B=1, C=2), 1)
    assert allocation.assignments[1] == ("A",)
    assert allocation.assignments[3] in {("B",), ("C",)}
    assert allocation.assignments[4] == ("B",)
    assert allocation.assignments[2] == ("C",)
    # An empty ranking takes anything as a first choice; 2 ranked only A, which went to 1.
    assert allocation.quality.first_choice_share == 0.75


def test_any_kind_of_workshop_id_and_rankings_by_its_text():
    first, second = uuid.UUID(int=1), uuid.UUID(int=2)
    registrants = [Registrant(1, "a", (second, first)), Registrant(2, "a", [str(first), str(second)])]
    allocation = allocate(registrants, [Workshop(first, 1), Workshop(second, 1)], 1)
    assert allocation.assignments == {1: (second,), 2: (first,)}
    assert set(allocation.quality.per_workshop) == {first, second}
    assert allocation.quality.first_choice_share == 1.0


def test_evaluate_refuses_unknown_workshops():
    with pytest.raises(ValueError, match="assigned unknown workshops"):
        evaluate(people("AB"), rooms(A=1, B=1), 1, {1: ("C",)})


def test_no_registrants():
    allocation = allocate([], rooms(A=3), 1)
    assert allocation.assignments == {}
    assert allocation.quality.registrants == 0
    assert allocation.quality.first_choice_share == allocation.quality.balance == 0.0


@pytest.mark.parametrize(
    ("registrants", "workshops", "per_person", "message"),
    [
        (people("A"), rooms(A=-1), 1, "capacity"),
        (people("A"), rooms(A=1), 0, "per_person"),
        (people("A"), rooms(A=1), 1.5, "per_person"),
        (people("A"), [Workshop("A", 1), Workshop("A", 2)], 1, "Duplicate workshop"),
        (people("A"), [Workshop(1, 1), Workshop("1", 2)], 1, "Duplicate workshop"),
        ([Registrant(1, "a", ("A",)), Registrant(1, "b", ("A",))], rooms(A=2), 1, "Duplicate registrant"),
        (people("AZ"), rooms(A=1), 1, "unknown workshops"),
        (people("AA"), rooms(A=1), 1, "more than once"),
    ],
)
def test_invalid_input_is_refused(registrants, workshops, per_person, message):
    with pytest.raises(ValueError, match=message):
        allocate(registrants, workshops, per_person)


def test_a_thousand_registrants_are_all_placed():
    rng = random.Random(7)
    ids = ["A", "B", "C", "D"]
    registrants = [
        Registrant(number, rng.choice(["company", "ngo", "municipality", "research"]), tuple(rng.sample(ids, 4)))
        for number in range(1, 1_001)
    ]
    allocation = allocate(registrants, rooms(A=400, B=500, C=550, D=650), 2)
    assert allocation.quality.placed_fully == 1_000


# Properties over random events


@st.composite
def events(draw):
    workshop_count = draw(st.integers(1, 6))
    ids = draw(
        st.sampled_from(
            [
                list(range(1, workshop_count + 1)),
                [f"w{number}" for number in range(workshop_count)],
                [uuid.UUID(int=number) for number in range(workshop_count)],
            ]
        )
    )
    workshops = [Workshop(workshop_id, draw(st.integers(0, 30))) for workshop_id in ids]
    groups = ["company", "ngo", "municipality", "research"][: draw(st.integers(1, 4))]
    count = draw(st.integers(0, 60))
    registrant_ids = draw(st.lists(st.integers(1, 10_000), min_size=count, max_size=count, unique=True))
    registrants = [
        Registrant(registrant_id, draw(st.sampled_from(groups)), tuple(draw(st.permutations(ids))))
        for registrant_id in registrant_ids
    ]
    return registrants, workshops, draw(st.integers(1, 3))


def first_choices(registrants, assignments):
    return sum(registrant.ranking[0] in assignments[registrant.id] for registrant in registrants)


def greedy(registrants, workshops, per_person):
    """The baseline: in rounds, each registrant in id order takes the best workshop they can still get."""
    left = {workshop.id: workshop.capacity for workshop in workshops}
    taken = {registrant.id: [] for registrant in registrants}
    for _ in range(per_person):
        for registrant in sorted(registrants, key=lambda registrant: registrant.id):
            mine = taken[registrant.id]
            best = next((w for w in registrant.ranking if left[w] and w not in mine), None)
            if best is not None:
                left[best] -= 1
                mine.append(best)
    return taken


def seats_possible(registrants, workshops, per_person):
    count = len(registrants)
    return min(min(per_person, len(workshops)) * count, sum(min(w.capacity, count) for w in workshops))


EXAMPLES = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@EXAMPLES
@given(events())
def test_allocations_respect_capacity_distinctness_and_seats(event):
    registrants, workshops, per_person = event
    allocation = allocate(registrants, workshops, per_person)
    assert isinstance(allocation, Allocation)
    assert sorted(allocation.assignments) == sorted(registrant.id for registrant in registrants)
    load = Counter(w for chosen in allocation.assignments.values() for w in chosen)
    for workshop in workshops:
        assert load[workshop.id] <= workshop.capacity
    target = min(per_person, len(workshops))
    for chosen in allocation.assignments.values():
        assert len(set(chosen)) == len(chosen) <= target
    count = len(registrants)
    assert sum(load.values()) == seats_possible(registrants, workshops, per_person)  # as many seats as possible
    if sum(min(workshop.capacity, count) for workshop in workshops) >= target * count:
        assert all(len(chosen) == target for chosen in allocation.assignments.values())
    # short: everybody gets the same number of workshops, give or take one; with the same ranking and group,
    # the earlier registrants the more
    numbers = [len(chosen) for chosen in allocation.assignments.values()]
    assert not numbers or max(numbers) - min(numbers) <= 1
    classes = {}
    for registrant in sorted(registrants, key=lambda registrant: registrant.id):
        classes.setdefault((registrant.ranking, registrant.group), []).append(
            len(allocation.assignments[registrant.id])
        )
    assert all(numbers == sorted(numbers, reverse=True) for numbers in classes.values())


@EXAMPLES
@given(events(), st.randoms(use_true_random=False))
def test_allocations_are_deterministic_whatever_the_input_order(event, rng):
    registrants, workshops, per_person = event
    allocation = allocate(registrants, workshops, per_person)
    assert allocate(registrants, workshops, per_person) == allocation
    shuffled_registrants, shuffled_workshops = list(registrants), list(workshops)
    rng.shuffle(shuffled_registrants)
    rng.shuffle(shuffled_workshops)
    assert allocate(shuffled_registrants, shuffled_workshops, per_person) == allocation


@EXAMPLES
@given(events())
def test_quality_figures_match_the_assignments(event):
    registrants, workshops, per_person = event
    allocation = allocate(registrants, workshops, per_person)
    quality, assignments = allocation.quality, allocation.assignments
    count, target = len(registrants), min(per_person, len(workshops))
    assert quality == evaluate(registrants, workshops, per_person, assignments)
    assert quality.registrants == count
    assert quality.placed_fully == sum(len(chosen) == target for chosen in assignments.values())
    assert quality.unplaced_seats == sum(target - len(chosen) for chosen in assignments.values())
    assert quality.first_choice_share == pytest.approx(first_choices(registrants, assignments) / count if count else 0)
    tops = sum(set(assignments[r.id]) == set(r.ranking[:target]) for r in registrants)
    assert quality.top_choices_share == pytest.approx(tops / count if count else 0)
    ranks = [r.ranking.index(w) + 1 for r in registrants for w in assignments[r.id]]
    assert quality.average_rank == pytest.approx(sum(ranks) / len(ranks) if ranks else 0)
    by_group = Counter(registrant.group for registrant in registrants)
    gaps = [0.0]
    for workshop in workshops:
        here = Counter(r.group for r in registrants if workshop.id in assignments[r.id])
        total = sum(here.values())
        assert quality.per_workshop[workshop.id] == {
            "assigned": total,
            "capacity": workshop.capacity,
            "groups": dict(sorted(here.items())),
        }
        gaps += [abs(here[group] / total - n / count) * 100 for group, n in by_group.items() if total]
    assert quality.balance == pytest.approx(max(gaps), abs=1e-5)
    for registrant in registrants:  # best rank first
        chosen = assignments[registrant.id]
        assert list(chosen) == sorted(chosen, key=registrant.ranking.index)


@EXAMPLES
@given(events())
def test_at_least_as_many_first_choices_as_the_greedy_baseline(event):
    registrants, workshops, per_person = event
    allocation = allocate(registrants, workshops, per_person)
    baseline = greedy(registrants, workshops, per_person)
    assert first_choices(registrants, allocation.assignments) >= first_choices(registrants, baseline)


@st.composite
def small_events(draw):
    ids = ["A", "B", "C"][: draw(st.integers(1, 3))]
    workshops = [Workshop(workshop_id, draw(st.integers(0, 4))) for workshop_id in ids]
    registrants = [
        Registrant(number, draw(st.sampled_from(["x", "y"])), tuple(draw(st.permutations(ids))))
        for number in range(1, draw(st.integers(1, 5)) + 1)
    ]
    return registrants, workshops, draw(st.integers(1, 2))


@settings(max_examples=200, deadline=None)
@given(small_events())
def test_small_events_are_optimal_by_brute_force(event):
    """Against every placement with the same seats per registrant: most first choices, then least sum of
    (rank - 1)²."""
    registrants, workshops, per_person = event
    allocation = allocate(registrants, workshops, per_person)
    ids = [workshop.id for workshop in workshops]
    capacity = {workshop.id: workshop.capacity for workshop in workshops}
    options = [list(itertools.combinations(ids, len(allocation.assignments[r.id]))) for r in registrants]

    def score(choice):
        firsts = sum(r.ranking[0] in chosen for r, chosen in zip(registrants, choice, strict=True))
        squares = sum((r.ranking.index(w)) ** 2 for r, chosen in zip(registrants, choice, strict=True) for w in chosen)
        return -firsts, squares

    best = min(
        score(choice)
        for choice in itertools.product(*options)
        if all(n <= capacity[w] for w, n in Counter(w for chosen in choice for w in chosen).items())
    )
    assert score([allocation.assignments[r.id] for r in registrants]) == best
    assert math.isfinite(allocation.quality.balance)
