"""Allocate an event's registrants to its afternoon workshops: pure Python, no Django.

Each registrant ranks the event's workshops (best first; workshops left out of a ranking count as tied just after
its last rank) and gets ``per_person`` distinct workshops, never more than a workshop's capacity. ``allocate``
returns the assignments and a ``Quality`` summary; ``evaluate`` computes that summary for any assignments.

Seats first: as a workshop takes a person at most once, it can seat ``min(capacity, #registrants)`` of them, and
the seats that can be given are ``min(target * #registrants, sum of those)`` with ``target = min(per_person,
#workshops)`` (dealing the workshops' seats out cyclically, as below, gives them all without duplicates). The
allocation is a min-cost flow of exactly that many seats, with costs in integer tiers so that it optimises, in this
order (each tier weighs more than the largest possible total of all the tiers below it: the order is strict, i.e.
lexicographic):

1. when seats are short, they are spread: everybody gets ``seats // #registrants`` workshops, and the rest go one
   each to the registrants the next tiers favour (so first choices are not sacrificed to registration order);
   ties are broken by a fixed search order, which tries the classes below by their lowest registrant id, and
   within a class the lowest ids get the extra seats, so the result is deterministic;
2. as many registrants as possible get their first choice (a seat at rank 1 costs nothing, any other seat a lot);
3. then the sum of ``(rank - 1) ** 2`` over all seats: convex, so nobody is pushed down to a low rank to move
   somebody else up a little;
4. then the balance of organisation types: within each workshop a group's seats up to its fair quota (the
   workshop's expected attendance times the group's share of all registrants, rounded up) are free, and each
   further 5 % of the workshop costs more than the previous one (1, 2, 3, then 4 units a seat). Balance only
   decides between placements that are equal on ranks; with many workshops (so few registrants share a ranking)
   that freedom can be small.

Registrants with the same ranking and group are interchangeable, so the network works on these *classes*, not on
persons (at most ``#workshops! * #groups`` of them, and never more than the registrants)::

    source --(each × class size, free; class size, costly)--> class --(class size, rank cost)-->
        (workshop, group) --(quota free, then penalised)--> workshop --(capacity)--> sink

Class to (workshop, group) is capped at the class size, as a person takes a workshop at most once. The solver is
the primal-dual method: Dijkstra with potentials (all costs are non-negative at the start) finds the shortest
distances, then a maximum flow (Dinic) over the arcs of zero reduced cost pushes everything that costs that much
at once. The quotas use the workshop's capacity (at most the number of registrants) first; when a workshop ends up
emptier than that, the flow is solved once more with quotas from the numbers it got (tiers 1 to 3 do not depend
on quotas, so they stay optimal).

A class's flows are then dealt out to its members sorted by id: each workshop is listed as many times as the class
got it (best rank first) and the list is dealt cyclically (member ``i`` of ``s`` gets entries ``i, i + s, ...``).
As no workshop is listed more than ``s`` times, its entries form a run shorter than the cycle, so nobody gets it
twice; members get their class's seats evenly, the lowest ids the extra ones. Workshop ids may be of any type
(UUIDs, strings, ints): they are compared and sorted as ``str(id)``, and the order of the input lists never
changes the result.
"""

import heapq
from collections import Counter, defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field

BALANCE_STEP_PERCENT = 5  # each further 5 % of a workshop above a group's quota costs one more balance unit a seat
BALANCE_STEPS = 3  # penalised steps of that size, then any further seat costs BALANCE_STEPS + 1 units


@dataclass(frozen=True)
class Registrant:
    """A person: ``ranking`` lists workshop ids, best first (a list is turned into a tuple)."""

    id: int
    group: str
    ranking: tuple = ()

    def __post_init__(self):
        object.__setattr__(self, "ranking", tuple(self.ranking))


@dataclass(frozen=True)
class Workshop:
    id: Hashable
    capacity: int


@dataclass(frozen=True)
class Quality:
    """Figures about an allocation; shares are fractions (0 to 1), 0.0 when there is nobody.

    ``placed_fully``: registrants who got ``min(per_person, #workshops)`` workshops; ``unplaced_seats``: seats
    missing to that. ``first_choice_share``: registrants who got a workshop of their best rank;
    ``top_choices_share``: registrants placed fully whom no other workshop ranks better than any of theirs (their
    top ``per_person`` ranks). ``average_rank``: mean rank (1 = first) over all seats given. ``balance``: the
    largest gap, in percentage points, between a group's share of a workshop and its share of all registrants,
    over the workshops with someone and all the groups (0 = perfect). ``per_workshop``: workshop id ->
    ``{"assigned": n, "capacity": c, "groups": {group: n}}`` (groups with someone, sorted).
    """

    registrants: int
    placed_fully: int
    unplaced_seats: int
    first_choice_share: float
    top_choices_share: float
    average_rank: float
    balance: float
    per_workshop: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Allocation:
    """``assignments``: registrant id -> workshop ids, best rank first (every registrant, sorted by id)."""

    assignments: dict[int, tuple]
    quality: Quality


def allocate(registrants: Iterable[Registrant], workshops: Iterable[Workshop], per_person: int) -> Allocation:
    """Give each registrant up to ``per_person`` distinct workshops; see the module docstring for the method."""
    workshops = list(workshops)
    people, shops, ranks = _validated(registrants, workshops, per_person)
    count = len(people)
    seats = min(min(per_person, len(shops)) * count, sum(min(capacity, count) for capacity in shops.values()))
    each = seats // count if count else 0
    members = defaultdict(list)  # (ranking keys, group) -> registrants in id order
    for person in people:
        members[tuple(str(workshop_id) for workshop_id in person.ranking), person.group].append(person)
    classes = list(members.values())  # ordered by their lowest id
    sizes = Counter(person.group for person in people)
    expected = {key: min(capacity, count) for key, capacity in shops.items()}
    flows = _solve(classes, shops, sizes, ranks, expected, each, seats)
    filled = Counter()
    for flow in flows:
        filled.update(flow)
    if any(filled[key] < expected[key] for key in shops):
        flows = _solve(classes, shops, sizes, ranks, filled, each, seats)
    originals = {str(workshop.id): workshop.id for workshop in workshops}
    assignments = {}
    for group_members, flow in zip(classes, flows, strict=True):
        rank = ranks[group_members[0].id]
        best_first = {key: (rank[key], key) for key in flow}.__getitem__
        dealt = [key for key in sorted(flow, key=best_first) for _ in range(flow[key])]
        for index, person in enumerate(group_members):
            mine = sorted(dealt[index :: len(group_members)], key=best_first)
            assignments[person.id] = tuple(originals[key] for key in mine)
    assignments = dict(sorted(assignments.items()))
    return Allocation(assignments, evaluate(people, workshops, per_person, assignments))


def evaluate(
    registrants: Iterable[Registrant], workshops: Iterable[Workshop], per_person: int, assignments: Mapping
) -> Quality:
    """The quality figures of ``assignments`` (registrant id -> workshop ids); registrants missing got nothing.

    It validates its input as ``allocate`` does, and refuses assignments to unknown workshops.
    """
    workshops = list(workshops)
    people, shops, ranks = _validated(registrants, workshops, per_person)
    count, target = len(people), min(per_person, len(shops))
    sizes = Counter(person.group for person in people)
    assigned = {key: Counter() for key in shops}
    fully = firsts = tops = missing = rank_sum = seats = 0
    for person in people:
        rank = ranks[person.id]
        got = {str(workshop_id) for workshop_id in assignments.get(person.id, ())}
        if not got <= shops.keys():
            raise ValueError(f"Registrant {person.id!r} is assigned unknown workshops {sorted(got - shops.keys())!r}")
        for key in got:
            assigned[key][person.group] += 1
        got_ranks = [rank[key] for key in got]
        others = [rank[key] for key in shops if key not in got]
        rank_sum, seats, missing = rank_sum + sum(got_ranks), seats + len(got), missing + max(target - len(got), 0)
        firsts += bool(got_ranks) and min(got_ranks) == 1
        full = len(got) >= target
        fully += full
        tops += full and (not others or not got_ranks or max(got_ranks) <= min(others))
    balance = 0.0
    for counter in assigned.values():
        total = sum(counter.values())
        for group, size in sizes.items() if total else ():
            balance = max(balance, abs(counter[group] / total - size / count) * 100)
    originals = {str(workshop.id): workshop.id for workshop in workshops}
    per_workshop = {
        originals[key]: {
            "assigned": sum(assigned[key].values()),
            "capacity": capacity,
            "groups": dict(sorted((group, n) for group, n in assigned[key].items() if n)),
        }
        for key, capacity in shops.items()
    }
    return Quality(
        registrants=count,
        placed_fully=fully,
        unplaced_seats=missing,
        first_choice_share=firsts / count if count else 0.0,
        top_choices_share=tops / count if count else 0.0,
        average_rank=rank_sum / seats if seats else 0.0,
        balance=round(balance, 6),
        per_workshop=per_workshop,
    )


def _validated(registrants, workshops, per_person):
    """(registrants sorted by id, {workshop key: capacity} sorted by key, {registrant id: {workshop key: rank}}).

    A workshop's key is ``str(id)``; a workshop left out of a ranking of length n gets rank n + 1.
    """
    if isinstance(per_person, bool) or not isinstance(per_person, int) or per_person < 1:
        raise ValueError(f"per_person must be a whole number of at least 1, not {per_person!r}")
    shops = {}
    for workshop in workshops:
        key = str(workshop.id)
        if key in shops:
            raise ValueError(f"Duplicate workshop id {workshop.id!r}")
        if isinstance(workshop.capacity, bool) or not isinstance(workshop.capacity, int) or workshop.capacity < 0:
            raise ValueError(f"Workshop {workshop.id!r} has an invalid capacity {workshop.capacity!r}")
        shops[key] = workshop.capacity
    shops = dict(sorted(shops.items()))
    people = sorted(registrants, key=lambda person: person.id)
    ranks = {}
    for person in people:
        if person.id in ranks:
            raise ValueError(f"Duplicate registrant id {person.id!r}")
        keys = [str(workshop_id) for workshop_id in person.ranking]
        unknown = [workshop_id for workshop_id in person.ranking if str(workshop_id) not in shops]
        if unknown:
            raise ValueError(f"Registrant {person.id!r} ranks unknown workshops {unknown!r}")
        if len(set(keys)) != len(keys):
            raise ValueError(f"Registrant {person.id!r} ranks a workshop more than once: {person.ranking!r}")
        rank = dict.fromkeys(shops, len(keys) + 1)
        rank.update({key: position for position, key in enumerate(keys, start=1)})
        ranks[person.id] = rank
    return people, shops, ranks


def _solve(classes, shops, sizes, ranks, expected, each, seats):
    """Min-cost flow of ``seats``, ``each`` per registrant at least; for each class, {workshop key: seats}.

    The flow is ``seats``: each tier's unit exceeds ``seats`` times the most a seat can cost in the lower tiers.
    """
    count = sum(sizes.values())
    short = seats > each * count  # then some get one more seat, not all
    open_shops = [key for key, capacity in shops.items() if capacity > 0]
    below = BALANCE_STEPS + 1  # the most a seat costs in the tiers so far (the balance tier's unit is 1)
    rank_unit = seats * below + 1
    below += (len(shops) - 1) ** 2 * rank_unit
    first_unit = seats * below + 1
    below += first_unit
    extra_unit = seats * below + 1

    network = _Network()
    source, sink = network.node(), network.node()
    shop_nodes = {key: network.node() for key in open_shops}
    pair_nodes = {}
    for key in open_shops:
        network.arc(shop_nodes[key], sink, shops[key], 0)
        step = max(1, -(-expected[key] * BALANCE_STEP_PERCENT // 100))
        for group in sorted(sizes):
            pair = pair_nodes[key, group] = network.node()
            network.arc(pair, shop_nodes[key], -(-expected[key] * sizes[group] // count), 0)  # quota, rounded up
            for level in range(1, BALANCE_STEPS + 1):
                network.arc(pair, shop_nodes[key], step, level)
            network.arc(pair, shop_nodes[key], sizes[group], BALANCE_STEPS + 1)
    class_arcs = []
    for members in classes:
        node, rank, group = network.node(), ranks[members[0].id], members[0].group
        network.arc(source, node, each * len(members), 0)
        if short:  # one more seat for some: this costly arc is used only once the free one is full
            network.arc(source, node, len(members), extra_unit)
        arcs = {}
        for key in open_shops:
            cost = (rank[key] - 1) ** 2 * rank_unit + (first_unit if rank[key] > 1 else 0)
            arcs[key] = network.arc(node, pair_nodes[key, group], len(members), cost)
        class_arcs.append(arcs)
    network.run(source, sink)
    return [{key: network.flow(arc) for key, arc in arcs.items() if network.flow(arc)} for arcs in class_arcs]


class _Network:
    """A flow network with residual arcs in pairs (arc ``e`` and its reverse ``e ^ 1``)."""

    def __init__(self):
        self.out, self.head, self.capacity, self.cost, self.initial = [], [], [], [], []

    def node(self):
        self.out.append([])
        return len(self.out) - 1

    def arc(self, tail, head, capacity, cost):
        index = len(self.head)
        self.head += [head, tail]
        self.capacity += [capacity, 0]
        self.initial += [capacity, 0]
        self.cost += [cost, -cost]
        self.out[tail].append(index)
        self.out[head].append(index + 1)
        return index

    def flow(self, arc):
        return self.initial[arc] - self.capacity[arc]

    def run(self, source, sink):
        """Min-cost max flow: Dijkstra on reduced costs, then a Dinic max flow on the arcs of zero reduced cost."""
        out, head, capacity, cost = self.out, self.head, self.capacity, self.cost
        potential = [0] * len(out)
        while True:
            distance = [None] * len(out)
            distance[source] = 0
            queue = [(0, source)]
            while queue:
                reach, node = heapq.heappop(queue)
                if reach > distance[node]:
                    continue
                base = reach + potential[node]
                for arc in out[node]:
                    if capacity[arc]:
                        other = head[arc]
                        candidate = base + cost[arc] - potential[other]
                        known = distance[other]
                        if known is None or candidate < known:
                            distance[other] = candidate
                            heapq.heappush(queue, (candidate, other))
            if distance[sink] is None:
                return
            for node, reach in enumerate(distance):
                if reach is not None:
                    potential[node] += reach
            while self._push_admissible(source, sink, potential):
                pass

    def _push_admissible(self, source, sink, potential):
        """One Dinic round (levels, then a blocking flow) over the arcs of zero reduced cost; False if none."""
        out, head, capacity, cost = self.out, self.head, self.capacity, self.cost
        level = [-1] * len(out)
        level[source] = 0
        frontier = [source]
        while frontier and level[sink] < 0:
            following = []
            for node in frontier:
                for arc in out[node]:
                    other = head[arc]
                    if capacity[arc] and level[other] < 0 and cost[arc] + potential[node] == potential[other]:
                        level[other] = level[node] + 1
                        following.append(other)
            frontier = following
        if level[sink] < 0:
            return False
        position = [0] * len(out)
        path, node = [], source
        while True:
            if node == sink:
                amount = min(capacity[arc] for arc in path)
                for arc in path:
                    capacity[arc] -= amount
                    capacity[arc ^ 1] += amount
                path, node = [], source
                continue
            arcs = out[node]
            while position[node] < len(arcs):
                arc = arcs[position[node]]
                other = head[arc]
                if (
                    capacity[arc]
                    and level[other] == level[node] + 1
                    and cost[arc] + potential[node] == potential[other]
                ):
                    break
                position[node] += 1
            else:  # a dead end: retreat
                if node == source:
                    return True
                level[node] = -1
                arc = path.pop()
                node = head[arc ^ 1]
                position[node] += 1
                continue
            path.append(arc)
            node = other
