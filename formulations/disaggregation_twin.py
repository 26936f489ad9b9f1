"""The disaggregation MILP's independent twin: ``evaluate`` scores a plan from the
instance data alone, ``brute_force`` enumerates every replica-count vector within the GPU
budget and takes each vector's best served rate as a bipartite max-flow, in closed form
as a minimum cut (``max_flow_units``), capped by the link; the optimum's flows come from
``scipy.optimize.linprog``. No MILP code (``build``, ``decode``, PuLP) is used here; see
the "Brute force" paragraph of :mod:`servesolve.formulations.disaggregation`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence

import numpy as np
from scipy.optimize import linprog

from servesolve.formulations.base import Optimum
from servesolve.formulations.disaggregation_model import (
    DisaggregationInstance,
    DisaggregationPlan,
)
from servesolve.formulations.parallelism import packs_on_nodes


def evaluate(instance: DisaggregationInstance, plan: DisaggregationPlan) -> float | None:
    """The objective of ``plan`` (req/s or $/h), or None if it breaks a row.

    Checked from the instance data alone: counts within bounds, GPUs within the budget
    and packed on nodes, memory and TPOT of used configs, flows in whole rate units on
    pairs meeting TTFT/E2E, prefill and decode capacities, the link and the target.
    """
    inst = instance
    delta = inst.rate_unit_per_s
    for pool, counts, table in (
        ("prefill", plan.prefill_replicas, inst.prefill),
        ("decode", plan.decode_replicas, inst.decode),
    ):
        for label, k in counts.items():
            if label not in table.index or k < 0 or k != int(k):
                return None
            if k > inst.max_replicas(int(table.at[label, "num_gpus"])):
                return None
            usable = inst.prefill_usable(label) if pool == "prefill" else inst.decode_usable(label)
            if k > 0 and not usable:
                return None
    num_gpus = plan.num_gpus(inst)
    if num_gpus > inst.gpu_budget:
        return None
    sizes = [
        int(table.at[label, "num_gpus"])
        for counts, table in (
            (plan.prefill_replicas, inst.prefill),
            (plan.decode_replicas, inst.decode),
        )
        for label, k in counts.items()
        for _ in range(k)
    ]
    if not packs_on_nodes(sizes, inst.num_nodes, inst.gpus_per_node):
        return None
    out = dict.fromkeys(inst.prefill.index, 0)
    into = dict.fromkeys(inst.decode.index, 0)
    served = 0
    for (p, d), rate in plan.flows_per_s.items():
        units = rate / delta
        if p not in out or d not in into or rate < 0 or abs(units - round(units)) > 1e-6:
            return None
        units = int(round(units))
        if units and not inst.pair_allowed(p, d):
            return None
        out[p] += units
        into[d] += units
        served += units
    for p, units in out.items():
        if units > inst.prefill_capacity_units(p) * plan.prefill_replicas.get(p, 0):
            return None
    for d, units in into.items():
        if units > inst.decode_capacity_units(d) * plan.decode_replicas.get(d, 0):
            return None
    if served > inst.link_units or served < inst.target_units:
        return None
    return inst.objective_value(num_gpus, served)


def max_flow_units(
    prefill_caps: Mapping[str, int],
    decode_caps: Mapping[str, int],
    allowed: set[tuple[str, str]],
) -> int:
    """Bipartite max-flow value, as the minimum cut over subsets of prefill configs.

    Source -> p (capacity ``prefill_caps[p]``), p -> d (unbounded, for allowed pairs),
    d -> sink (``decode_caps[d]``). A finite cut keeps a set ``A`` of prefill configs and
    all their neighbours on the source side: it costs the capacities of the prefill
    configs outside ``A`` plus those of the neighbours of ``A``.
    """
    pre = [p for p, c in prefill_caps.items() if c > 0]
    best = sum(prefill_caps[p] for p in pre)
    for size in range(1, len(pre) + 1):
        for kept in itertools.combinations(pre, size):
            neighbours = {d for (p, d) in allowed if p in kept and decode_caps.get(d, 0) > 0}
            cut = sum(prefill_caps[p] for p in pre if p not in kept) + sum(
                decode_caps[d] for d in neighbours
            )
            best = min(best, cut)
    return best


def _flows_for(
    instance: DisaggregationInstance,
    prefill_caps: Mapping[str, int],
    decode_caps: Mapping[str, int],
    allowed: set[tuple[str, str]],
    served_units: int,
) -> dict[tuple[str, str], float]:
    """Integer flows (req/s) carrying ``served_units`` through the capacities, by LP.

    The LP is a flow polytope with integer capacities, so its vertex is integral.
    """
    if served_units == 0:
        return {}
    arcs = sorted(allowed)
    rows, rhs = [], []
    for p, cap in prefill_caps.items():
        rows.append([1.0 if a[0] == p else 0.0 for a in arcs])
        rhs.append(cap)
    for d, cap in decode_caps.items():
        rows.append([1.0 if a[1] == d else 0.0 for a in arcs])
        rhs.append(cap)
    res = linprog(
        c=np.zeros(len(arcs)),
        A_ub=np.array(rows),
        b_ub=np.array(rhs, dtype=float),
        A_eq=np.ones((1, len(arcs))),
        b_eq=[float(served_units)],
        bounds=(0, None),
        method="highs-ds",
    )
    if res.status != 0:
        raise RuntimeError(f"brute force: no flow of {served_units} units ({res.message})")
    units = np.round(res.x).astype(int)
    if units.sum() != served_units:
        raise RuntimeError("brute force: the flow LP returned a fractional vertex")
    return {a: int(k) * instance.rate_unit_per_s for a, k in zip(arcs, units, strict=True) if k}


def _count_vectors(sizes: Sequence[int], bounds: Sequence[int], budget: int):
    """Every vector of counts with ``sum(k * size) <= budget`` and ``k <= bound``."""

    def rec(i: int, left: int, prefix: tuple[int, ...]):
        if i == len(sizes):
            yield prefix
            return
        for k in range(min(bounds[i], left // sizes[i]) + 1):
            yield from rec(i + 1, left - k * sizes[i], (*prefix, k))

    yield from rec(0, budget, ())


def brute_force(instance: DisaggregationInstance) -> Optimum[DisaggregationPlan] | None:
    """Optimum by enumerating every replica-count vector (small instances only).

    For each vector within the GPU budget (and packing on nodes), configs breaking their
    memory or TPOT row must be unused; the best served rate is the max-flow over pairs
    meeting TTFT/E2E (:func:`max_flow_units`), capped by the link. ``None`` when no
    vector reaches the target. The optimum's flows come from an LP and the plan is
    re-scored with :func:`evaluate`.
    """
    inst = instance
    pre, dec = list(inst.prefill.index), list(inst.decode.index)
    sizes = [int(inst.prefill.at[p, "num_gpus"]) for p in pre] + [
        int(inst.decode.at[d, "num_gpus"]) for d in dec
    ]
    usable = [inst.prefill_usable(p) for p in pre] + [inst.decode_usable(d) for d in dec]
    bounds = [inst.max_replicas(g) if ok else 0 for g, ok in zip(sizes, usable, strict=True)]
    cap = [inst.prefill_capacity_units(p) for p in pre] + [
        inst.decode_capacity_units(d) for d in dec
    ]
    allowed = {(p, d) for p in pre for d in dec if inst.pair_allowed(p, d)}
    best: tuple[tuple[float, float], tuple[int, ...], int] | None = None
    for counts in _count_vectors(sizes, bounds, inst.gpu_budget):
        num_gpus = sum(k * g for k, g in zip(counts, sizes, strict=True))
        pre_caps = {p: counts[i] * cap[i] for i, p in enumerate(pre)}
        dec_caps = {d: counts[len(pre) + j] * cap[len(pre) + j] for j, d in enumerate(dec)}
        served = min(max_flow_units(pre_caps, dec_caps, allowed), inst.link_units)
        if served < inst.target_units:
            continue
        key = inst.preference_key(num_gpus, served)
        if best is not None and key <= best[0]:
            continue
        replicas = [g for k, g in zip(counts, sizes, strict=True) for _ in range(k)]
        if not packs_on_nodes(replicas, inst.num_nodes, inst.gpus_per_node):
            continue
        best = (key, counts, served)
    if best is None:
        return None
    _, counts, served = best
    value = inst.objective_value(sum(k * g for k, g in zip(counts, sizes, strict=True)), served)
    pre_caps = {p: counts[i] * cap[i] for i, p in enumerate(pre)}
    dec_caps = {d: counts[len(pre) + j] * cap[len(pre) + j] for j, d in enumerate(dec)}
    plan = DisaggregationPlan(
        {p: counts[i] for i, p in enumerate(pre) if counts[i]},
        {d: counts[len(pre) + j] for j, d in enumerate(dec) if counts[len(pre) + j]},
        _flows_for(inst, pre_caps, dec_caps, allowed, served),
    )
    checked = evaluate(inst, plan)
    if checked is None or not math.isclose(checked, value, rel_tol=1e-12, abs_tol=1e-12):
        raise RuntimeError(f"brute force: its optimum scores {checked} by evaluate, not {value}")
    return Optimum(value, plan)
