"""The fleet MILP's independent twin: ``evaluate`` scores a plan from the instance data
alone; ``brute_force`` enumerates every replica vector of each workload within the GPUs
and the budget, visits the combinations across workloads best bound first, and splits
each workload's traffic over fixed replicas with an LP (``scipy.optimize.linprog``). No
MILP code (``build``, ``decode``, PuLP) is used here; see the "Brute force" paragraph of
:mod:`servesolve.formulations.fleet`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

import numpy as np
from scipy.optimize import linprog

from servesolve.formulations.base import Optimum
from servesolve.formulations.fleet_model import (
    FEASIBILITY_RTOL,
    SECONDS_PER_HOUR,
    ConfigKey,
    FleetInstance,
    FleetPlan,
    RouteKey,
    _Tables,
)


def evaluate(instance: FleetInstance, plan: FleetPlan) -> float | None:
    """Objective of ``plan`` from the instance data, or ``None`` if it breaks a constraint.

    Rows a solver meets to its tolerances are checked with a relative slack of
    ``FEASIBILITY_RTOL``; served traffic counts at most each bucket's target.
    """
    tab = instance.tables
    tol = FEASIBILITY_RTOL
    for key, count in plan.replicas.items():
        if key not in tab.num_gpus or count < 0 or count != int(count):
            return None
    for t, used in instance.gpus_by_type(plan.replicas).items():
        if used > tab.available[t]:
            return None
    cost = instance.cost_usd_per_hour(plan.replicas)
    budget = instance.budget_usd_per_hour
    if budget is not None and cost > budget * (1 + tol):
        return None
    load: dict[ConfigKey, float] = {}
    served: dict[tuple[str, str], float] = dict.fromkeys(tab.demand, 0.0)
    for route, x in plan.traffic_per_s.items():
        if route not in tab.rate or x < -tol:
            return None
        if tab.rate[route] <= 0 or not tab.fits(route):
            # the SLO cannot be met there, or the config does not fit: solver noise only
            if x > tol * tab.demand[route[1], route[3]]:
                return None
            continue
        load[route[:3]] = load.get(route[:3], 0.0) + x / tab.rate[route]
        served[route[1], route[3]] += x
    for key, used in load.items():
        count = plan.replicas.get(key, 0)
        if used > count + tol * max(1, count):
            return None
    for wk, d in tab.demand.items():
        if instance.objective == "min_cost" and served[wk] < d * (1 - tol):
            return None
        if instance.objective == "max_goodput" and served[wk] > d * (1 + tol):
            return None
    if instance.objective == "min_cost":
        return cost
    goodput = sum(tab.weight[w] * min(s, tab.demand[w, k]) for (w, k), s in served.items())
    return SECONDS_PER_HOUR * goodput - instance.tie_break * cost


def _routing_lp(
    tab: _Tables, workload: str, keys: Sequence[ConfigKey], counts: Sequence[int], serve_all: bool
) -> tuple[float, dict[RouteKey, float]] | None:
    """Traffic split of one workload over fixed replica ``counts`` (scipy's HiGHS LP).

    ``serve_all``: find any split meeting every bucket's target (None if none does);
    otherwise the split serving the most traffic with each bucket capped at its target.
    Returns (req/s served, traffic per route). Independent of :func:`build`.
    """
    buckets = [k for k in tab.buckets[workload] if tab.demand[workload, k] > 0]
    cols = [
        (j, b)
        for j, key in enumerate(keys)
        if counts[j] > 0
        for b, k in enumerate(buckets)
        if tab.rate[(*key, k)] > 0 and tab.fits((*key, k))
    ]
    demand = np.array([tab.demand[workload, k] for k in buckets])
    if not cols:
        if serve_all and demand.size:
            return None
        return 0.0, {}
    a_load = np.zeros((len(keys), len(cols)))
    a_bucket = np.zeros((len(buckets), len(cols)))
    for i, (j, b) in enumerate(cols):
        a_load[j, i] = 1.0 / tab.rate[(*keys[j], buckets[b])]
        a_bucket[b, i] = 1.0
    if serve_all:
        a_ub = np.vstack([a_load, -a_bucket])
        b_ub = np.concatenate([np.asarray(counts, float), -demand])
        c = np.zeros(len(cols))
    else:
        a_ub = np.vstack([a_load, a_bucket])
        b_ub = np.concatenate([np.asarray(counts, float), demand])
        c = -np.ones(len(cols))
    res = linprog(c, A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
    if res.status != 0:
        return None
    traffic = {
        (*keys[j], buckets[b]): float(x) for (j, b), x in zip(cols, res.x, strict=True) if x > 0
    }
    return float(a_bucket.sum(axis=0) @ res.x), traffic


def _capacity_bound(
    tab: _Tables, workload: str, keys: Sequence[ConfigKey], counts: Sequence[int]
) -> tuple[float, bool]:
    """Upper bound on the req/s one workload can serve with ``counts`` (each bucket at
    most its target and at most all replicas' rate on it), and whether every bucket's
    target is within that bucket's bound (a necessary condition to serve all)."""
    total, enough = 0.0, True
    for k in tab.buckets[workload]:
        d = tab.demand[workload, k]
        if d <= 0:
            continue
        cap = sum(
            n * tab.rate[(*key, k)]
            for key, n in zip(keys, counts, strict=True)
            if n and tab.fits((*key, k))
        )
        enough = enough and cap >= d * (1 - 1e-12)
        total += min(d, cap)
    return total, enough


def brute_force(instance: FleetInstance) -> Optimum[FleetPlan] | None:
    """Optimum by enumerating every replica vector (tiny instances only).

    For each workload, every vector of its replica counts within each type's GPUs and
    the budget; then every combination across workloads within the GPUs and budget.
    For fixed replicas the traffic split is one LP per workload, solved with scipy
    (cached per workload and vector). Combinations are visited best bound first and the
    search stops when no remaining bound can beat the best plan found.
    """
    tab = instance.tables
    budget = instance.budget_usd_per_hour
    cost_cap = math.inf if budget is None else budget * (1 + 1e-12)
    serve_all = instance.objective == "min_cost"
    eps = instance.tie_break

    # every workload's own replica vectors: (counts, GPUs per type, cost, goodput bound)
    per_workload = []
    for w in tab.workloads:
        keys = [key for key in tab.configs if key[1] == w]
        vectors = []
        for counts in itertools.product(*(range(tab.max_replicas(k) + 1) for k in keys)):
            used, cost = dict.fromkeys(tab.types, 0), 0.0
            for key, n in zip(keys, counts, strict=True):
                used[key[0]] += n * tab.num_gpus[key]
                cost += tab.price[key[0]] * tab.num_gpus[key] * n
            if all(used[t] <= tab.available[t] for t in tab.types) and cost <= cost_cap:
                bound, enough = _capacity_bound(tab, w, keys, counts)
                if enough or not serve_all:
                    gpus = tuple(used[t] for t in tab.types)
                    vectors.append((counts, gpus, cost, SECONDS_PER_HOUR * tab.weight[w] * bound))
        per_workload.append((w, keys, vectors))

    # combinations, best bound first: (bound, one vector per workload)
    combos = []
    for choice in itertools.product(*(v for _, _, v in per_workload)):
        if any(
            sum(vec[1][i] for vec in choice) > tab.available[t] for i, t in enumerate(tab.types)
        ):
            continue
        cost = sum(vec[2] for vec in choice)
        if cost > cost_cap:
            continue
        bound = cost if serve_all else sum(vec[3] for vec in choice) - eps * cost
        combos.append((bound, choice))
    combos.sort(key=lambda item: item[0], reverse=not serve_all)

    cache: dict[tuple[str, tuple[int, ...]], tuple[float, dict] | None] = {}

    def route(w: str, keys: list[ConfigKey], counts: tuple[int, ...]):
        if (w, counts) not in cache:
            cache[w, counts] = _routing_lp(tab, w, keys, counts, serve_all)
        return cache[w, counts]

    best: tuple[float, FleetPlan] | None = None
    for bound, choice in combos:
        if best is not None:
            if serve_all or bound <= best[0] * (1 + 1e-12) + 1e-15:
                break
        value = -eps * sum(vec[2] for vec in choice)
        replicas: dict[ConfigKey, int] = {}
        traffic: dict[RouteKey, float] = {}
        for (w, keys, _), vec in zip(per_workload, choice, strict=True):
            found = route(w, keys, vec[0])
            if found is None:
                break
            value += SECONDS_PER_HOUR * tab.weight[w] * found[0]
            traffic |= found[1]
            replicas |= {key: n for key, n in zip(keys, vec[0], strict=True) if n}
        else:
            value = bound if serve_all else value
            if best is None or (not serve_all and value > best[0]):
                best = (value, FleetPlan(replicas, traffic))
    if best is None:
        return None
    score = evaluate(instance, best[1])
    if score is None:
        raise RuntimeError("fleet brute force: its best plan fails evaluate (a bug)")
    return Optimum(objective=score, plan=best[1])
