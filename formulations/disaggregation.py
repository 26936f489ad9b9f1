r"""Prefill/decode disaggregation (DistServe, Splitwise): how many replicas of which
prefill and decode configs, and how requests flow from one pool to the other.

A request is prefilled on a replica of the prefill pool, its KV cache crosses the link
to a replica of the decode pool, which generates the remaining tokens. Each pool has
its own parallel layouts; the MILP picks integer replica counts per config and a flow
of requests between classes of configs that may pair with the same partners.

Sets
    P           prefill configs p = (TP, PP); one prefill token budget for the pool.
    D           decode configs d = (TP, PP, max_num_seqs).
    A(p), B(d)  pair classes (``PairClasses``): prefill configs with the same decode
                configs meeting their pair rows (TTFT, E2E) form a class a; decode
                configs with the same prefill configs form a class b. Every config pair
                of a class pair (a, b) meets its rows, or every one breaks one.

Parameters (``from_specs`` prices them with the roofline cost model, see there)
    g_p, g_d        GPUs of one replica (TP x PP).
    c_p, c_d        request capacity of one replica, in rate units of ``delta`` req/s
                    (``rate_unit_per_s``, 1e-3 by default): floor(rate / delta).
    m_p, m_d        memory one GPU of the replica needs (GiB), M_p, M_d what it may use.
    L_p             prefill latency (s) at the utilisation cap (queueing included).
    T_d             TPOT (s) of a decode replica.
    X_pd            KV-transfer time (s) of a quantile-length prompt from p to d.
    k               KV cache moved per request, on average (GB).
    B               link bandwidth between the pools (GB/s); Lambda = floor(B / (k delta)).
    O               output tokens after the first of a quantile-length output (E2E only).
    G               GPU budget; TTFT, TPOT, E2E: the SLO bounds (each optional).
    lambda          target rate (req/s, ``min_cost``), in units: ceil(lambda / delta).
    U_p, U_d        most replicas: floor(G / g).
    W_ab            most units class pair (a, b) can carry: min over its two classes of
                    floor(G max c / g), and Lambda.

Variables
    n_p, n_d in Z>=0        replicas of each config.
    u_p, u_d in {0, 1}      the config is used (its memory and TPOT rows apply).
    z_ab in {0, 1}          the class pair may carry requests (its pairs' TTFT and E2E
                            rows apply).
    f_ab in Z>=0            requests/s prefilled in class a and decoded in class b, in
                            units of delta.
    s in Z>=0               served rate, in units of delta.

Constraints (a row's name carries the first config of a class)
    structure__use_*:           n_p <= U_p u_p,  n_d <= U_d u_d
    structure__pair_a_b:        f_ab <= W_ab z_ab
    structure__prefill_cap_a:   sum_b f_ab <= sum_{p in a} c_p n_p
    structure__decode_cap_b:    sum_a f_ab <= sum_{d in b} c_d n_d
    structure__served:          s = sum_ab f_ab          (every request goes p -> d)
    memory__prefill_p:          m_p u_p <= M_p                              (GiB)
    memory__decode_d:           m_d u_d <= M_d                              (GiB)
    slo__tpot_d:                T_d u_d <= TPOT                             (s)
    slo__ttft_p_d:              (L_p + X_pd) z_A(p)B(d) <= TTFT             (s)
    slo__e2e_p_d:               (L_p + X_pd + O T_d) z_A(p)B(d) <= E2E      (s)
    link__kv:                   k delta s <= k delta Lambda                 (GB/s)
    gpus__total:                sum_p g_p n_p + sum_d g_d n_d <= G          (GPUs)
    rate__target:               delta s >= delta ceil(lambda / delta)       (req/s, min_cost)

Why flows between classes. They are exact: a class pair's flow can be split over its
config pairs in any way the configs' capacities allow (all of them meet their rows), a
transportation problem with integer data, so integer per-pair flows exist; ``decode``
computes them as a maximum flow of the counts (``pair_flows``). One flow per config
pair (380 integer flows and pair binaries at 1,024 H100s, 19 x 20 configs, where every
pair meets TTFT) left HiGHS 4-7 s and CP-SAT over 60 s to prove what one flow per
class pair proves in about 0.2 s. Relaxing the ``slo`` family (the infeasibility
explainer) opens a class pair at the cost of all its config pairs' violations.

Objective
    max_goodput:  max  delta s                      (req/s)
    min_cost:     min  price sum_p,d g n            ($/h)
    Ties are broken by a second MILP (``solve_lexicographic``): the same rows plus
    ``structure__keep_served: s >= s*`` minimising GPUs (max_goodput), or
    ``structure__keep_gpus: GPUs <= G*`` maximising ``s`` (min_cost: the plan then
    reports its capacity). The brute force breaks ties the
    same way. A weighted tie-break term would not do: CBC ignores improvements below
    its objective ``increment`` (1e-4), and a weight small enough to leave the primary
    optimum alone gives steps below that.

Why rates are integers in units of delta. OR-Tools' CP-SAT turns continuous variables
into integers (``mip_var_scaling`` = 1): a continuous flow would be solved as whole
requests per second. Measuring every rate in units of delta keeps all four backends on
the same integer problem at no loss: for fixed replica counts the flow part is a
max-flow with integer capacities, so integer flows reach the continuous optimum (to
within the rounding of capacities down to delta).

Node boundaries. Replica sizes are powers of two dividing a node, or whole nodes, so the
single ``gpus__total`` row is exact (first-fit-decreasing places any counts within the
budget); ``evaluate`` and the brute force also pack the replicas on nodes explicitly.

Brute force. Enumerate replica counts within the GPU budget; for each, the best served
rate is a bipartite max-flow, computed in closed form as a minimum cut,
``min over A subset of used P of sum_{p not in A} c_p n_p + sum_{d in N(A)} c_d n_d``
(``N(A)``: decode configs joined to ``A`` by an allowed pair), capped by the link. The
flows of the optimum come from ``scipy.optimize.linprog``; no MILP code is used.

Modules. This one holds the MILP (``PairClasses``, ``build``, ``build_secondary``,
``solve_lexicographic``, ``decode`` with ``pair_flows``) and the ``FORMULATION`` object,
and re-exports the rest (``__all__``):
``disaggregation_model`` the instance and plan, ``disaggregation_twin`` ``evaluate`` and
the brute force (no MILP code), ``disaggregation_specs`` the cost-model pricing
(``from_specs``) and the simulator's pools (``to_disaggregated_spec``),
``disaggregation_synthetic`` the random and scaled instances.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import pulp
from scipy.sparse import csr_array
from scipy.sparse.csgraph import maximum_flow

from servesolve.formulations.base import Formulation, FormulationResult, row_name
from servesolve.formulations.disaggregation_model import (
    CHECK_RTOL,
    DECODE_COLUMNS,
    MAX_RATE_UNITS,
    OBJECTIVES,
    PREFILL_COLUMNS,
    RATE_UNIT_PER_S,
    DisaggregationInstance,
    DisaggregationPlan,
    Objective,
)
from servesolve.formulations.disaggregation_specs import (
    from_specs,
    price_decode,
    price_prefill,
    to_disaggregated_spec,
)
from servesolve.formulations.disaggregation_synthetic import (
    MAX_RANDOM_VECTORS,
    SYNTHETIC_LAYOUTS,
    random_instance,
    scaled_instance,
    scrambled_instance,
)
from servesolve.formulations.disaggregation_twin import brute_force, evaluate, max_flow_units
from servesolve.solver import SolverOptions, solve

__all__ = [
    "CHECK_RTOL",
    "DECODE_COLUMNS",
    "FORMULATION",
    "MAX_RANDOM_VECTORS",
    "MAX_RATE_UNITS",
    "OBJECTIVES",
    "PREFILL_COLUMNS",
    "PairClasses",
    "RATE_UNIT_PER_S",
    "SERVED",
    "SYNTHETIC_LAYOUTS",
    "DisaggregationInstance",
    "DisaggregationPlan",
    "Objective",
    "brute_force",
    "build",
    "build_secondary",
    "decode",
    "evaluate",
    "from_specs",
    "max_flow_units",
    "pair_flows",
    "price_decode",
    "price_prefill",
    "random_instance",
    "scaled_instance",
    "scrambled_instance",
    "solve_lexicographic",
    "to_disaggregated_spec",
]


def _n(pool: str, label: str) -> str:
    return f"n_{pool}_{label}"


SERVED = "served_units"


@dataclass(frozen=True)
class PairClasses:
    """Configs grouped by the partners they may pair with (the TTFT and E2E rows).

    ``prefill[a]`` lists the prefill configs of class ``a`` (those that may send to the
    same decode configs), ``decode[b]`` the decode configs of class ``b``, both in the
    instance's order; ``allowed`` holds the class pairs whose config pairs meet their
    rows. Every config pair of a class pair meets its rows, or every one breaks one.
    """

    prefill: tuple[tuple[str, ...], ...]
    decode: tuple[tuple[str, ...], ...]
    allowed: frozenset[tuple[int, int]]

    @classmethod
    def of(cls, instance: DisaggregationInstance) -> PairClasses:
        ok = instance.allowed_pairs
        prefill = _grouped(ok.index, lambda p: tuple(ok.loc[p]))
        decode = _grouped(ok.columns, lambda d: tuple(ok[d]))
        allowed = frozenset(
            (a, b)
            for a, members in enumerate(prefill)
            for b, others in enumerate(decode)
            if ok.at[members[0], others[0]]
        )
        return cls(prefill, decode, allowed)


def _grouped(
    labels: Iterable[str], key: Callable[[str], tuple[bool, ...]]
) -> tuple[tuple[str, ...], ...]:
    """``labels`` grouped by ``key``, groups and members in their first order."""
    groups: dict[tuple[bool, ...], list[str]] = {}
    for label in labels:
        groups.setdefault(key(label), []).append(label)
    return tuple(tuple(members) for members in groups.values())


def _most_units(
    instance: DisaggregationInstance,
    capacity: dict[str, int],
    sizes: dict[str, int],
    members: tuple[str, ...],
) -> int:
    """Most rate units a class can serve within the GPU budget (and the link)."""
    best = max(instance.gpu_budget * capacity[label] // sizes[label] for label in members)
    return min(best, instance.link_units)


def build(instance: DisaggregationInstance) -> pulp.LpProblem:
    """The MILP of ``instance`` (not solved)."""
    # ---- data
    inst = instance
    pre, dec = list(inst.prefill.index), list(inst.decode.index)
    g_p = {p: int(inst.prefill.at[p, "num_gpus"]) for p in pre}
    g_d = {d: int(inst.decode.at[d, "num_gpus"]) for d in dec}
    c_p = {p: inst.prefill_capacity_units(p) for p in pre}
    c_d = {d: inst.decode_capacity_units(d) for d in dec}
    up_p = {p: inst.max_replicas(g_p[p]) for p in pre}
    up_d = {d: inst.max_replicas(g_d[d]) for d in dec}
    classes = PairClasses.of(inst)
    cls_p, cls_d = classes.prefill, classes.decode
    most_p = [_most_units(inst, c_p, g_p, members) for members in cls_p]
    most_d = [_most_units(inst, c_d, g_d, members) for members in cls_d]
    pairs = [(a, b) for a in range(len(cls_p)) for b in range(len(cls_d))]
    big_m = {(a, b): min(most_p[a], most_d[b]) for a, b in pairs}
    delta = inst.rate_unit_per_s
    maximize = inst.objective == "max_goodput"
    prob = pulp.LpProblem("disaggregation", pulp.LpMaximize if maximize else pulp.LpMinimize)

    # ---- variables
    # n[p], n[d] = replicas of prefill config p, of decode config d
    n_p = {p: prob.add_variable(_n("pre", p), 0, up_p[p], cat="Integer") for p in pre}
    n_d = {d: prob.add_variable(_n("dec", d), 0, up_d[d], cat="Integer") for d in dec}
    # u[p], u[d] = 1 if the config is used (its memory and TPOT rows then apply)
    u_p = {p: prob.add_variable(f"u_pre_{p}", 0, 1, cat="Integer") for p in pre}
    u_d = {d: prob.add_variable(f"u_dec_{d}", 0, 1, cat="Integer") for d in dec}
    # z[a, b] = 1 if requests may flow from class a to class b (its pairs' TTFT/E2E rows
    # then apply); f[a, b] = requests/s prefilled in a and decoded in b, in rate units
    z, f = {}, {}
    for a, b in pairs:
        name = f"{cls_p[a][0]}__{cls_d[b][0]}"
        z[a, b] = prob.add_variable(f"z_{name}", 0, 1, cat="Integer")
        f[a, b] = prob.add_variable(f"f_{name}", 0, big_m[a, b], cat="Integer")
    # s = served rate, in rate units
    s = prob.add_variable(SERVED, 0, max(inst.most_served_units, 0), cat="Integer")

    # ---- constraints
    for p in pre:
        prob += n_p[p] <= up_p[p] * u_p[p], row_name("structure", "use_prefill", p)
        prob += (
            float(inst.prefill.at[p, "memory_gib"]) * u_p[p]
            <= float(inst.prefill.at[p, "usable_gib"]),
            row_name("memory", "prefill", p),
        )
    for d in dec:
        prob += n_d[d] <= up_d[d] * u_d[d], row_name("structure", "use_decode", d)
        prob += (
            float(inst.decode.at[d, "memory_gib"]) * u_d[d]
            <= float(inst.decode.at[d, "usable_gib"]),
            row_name("memory", "decode", d),
        )
        if inst.tpot_slo_s is not None:
            prob += (
                float(inst.decode.at[d, "tpot_s"]) * u_d[d] <= inst.tpot_slo_s,
                row_name("slo", "tpot", d),
            )
    for a, members in enumerate(cls_p):
        out = pulp.lpSum(f[a, b] for b in range(len(cls_d)))
        cap = pulp.lpSum(c_p[p] * n_p[p] for p in members)
        prob += out <= cap, row_name("structure", "prefill_cap", members[0])
    for b, members in enumerate(cls_d):
        into = pulp.lpSum(f[a, b] for a in range(len(cls_p)))
        cap = pulp.lpSum(c_d[d] * n_d[d] for d in members)
        prob += into <= cap, row_name("structure", "decode_cap", members[0])
    for a, b in pairs:
        prob += (
            f[a, b] <= big_m[a, b] * z[a, b],
            row_name("structure", "pair", cls_p[a][0], cls_d[b][0]),
        )
        for p in cls_p[a]:
            for d in cls_d[b]:
                ttft, e2e = inst.pair_latencies(p, d)
                if inst.ttft_slo_s is not None:
                    prob += ttft * z[a, b] <= inst.ttft_slo_s, row_name("slo", "ttft", p, d)
                if inst.e2e_slo_s is not None:
                    prob += e2e * z[a, b] <= inst.e2e_slo_s, row_name("slo", "e2e", p, d)
    prob += s == pulp.lpSum(f.values()), row_name("structure", "served")
    kv_step = inst.kv_gb_per_request * delta  # GB/s per rate unit
    prob += kv_step * s <= kv_step * inst.link_units, row_name("link", "kv")
    gpus = pulp.lpSum(g_p[p] * n_p[p] for p in pre) + pulp.lpSum(g_d[d] * n_d[d] for d in dec)
    prob += gpus <= inst.gpu_budget, row_name("gpus", "total")
    if not maximize:
        prob += delta * s >= delta * inst.target_units, row_name("rate", "target")

    # ---- objective
    prob += delta * s if maximize else inst.price_per_gpu_hour_usd * gpus
    return prob


def build_secondary(
    instance: DisaggregationInstance, values: Mapping[str, float]
) -> pulp.LpProblem:
    """The second stage of the lexicographic solve, given the first stage's solution.

    ``max_goodput``: keep the served rate found (in whole rate units) and use the
    fewest GPUs. ``min_cost``: keep the GPUs found and serve the most (the plan's
    capacity, reported as its rate). Both keep every row of :func:`build`.
    """
    prob = build(instance)
    var = prob.variablesDict()
    sizes = {_n("pre", p): int(g) for p, g in instance.prefill["num_gpus"].items()} | {
        _n("dec", d): int(g) for d, g in instance.decode["num_gpus"].items()
    }
    gpus = pulp.lpSum(g * var[name] for name, g in sizes.items())
    if instance.objective == "max_goodput":
        served = int(round(values[SERVED]))
        prob += var[SERVED] >= served, row_name("structure", "keep_served")
        prob.sense = pulp.LpMinimize
        prob.setObjective(gpus)
    else:
        used = sum(g * int(round(values.get(name, 0.0))) for name, g in sizes.items())
        prob += gpus <= used, row_name("structure", "keep_gpus")
        prob.sense = pulp.LpMaximize
        prob.setObjective(instance.rate_unit_per_s * var[SERVED])
    return prob


def solve_lexicographic(
    instance: DisaggregationInstance,
    options: SolverOptions,
    hints: Mapping[str, float] | None = None,
) -> FormulationResult[DisaggregationPlan]:
    """Solve :func:`build`, then :func:`build_secondary` to break ties.

    The objective, bound and gap are the first stage's (the formulation's objective);
    the plan is the second stage's when it found one, else the first stage's. Two
    stages rather than a weighted tie-break term: CBC ignores objective improvements
    below its ``increment`` (1e-4 by default), which a tie-break weight small enough
    to leave the primary optimum alone falls below.
    """
    first = solve(build(instance), options, hints)
    solves = [first]
    if not first.status.has_solution:
        return FormulationResult(
            None, first.objective, first.best_bound, first, (first,), first.wall_time_s
        )
    second = solve(build_secondary(instance, first.values), options, first.values)
    solves.append(second)
    final = second if second.status.has_solution else first
    return FormulationResult(
        plan=decode(instance, final.values),
        objective=first.objective,
        bound=first.best_bound,
        certificate=first,
        solves=tuple(solves),
        wall_time_s=sum(r.wall_time_s for r in solves),
        details={"secondary_status": second.status.value},
    )


def decode(instance: DisaggregationInstance, values: Mapping[str, float]) -> DisaggregationPlan:
    """The plan from a solution's variable values: replica counts > 0, and flows (req/s)
    that carry the solution's served rate over pairs meeting their rows.

    The MILP's flows are per class pair; any split over a class pair's configs within
    their capacities is as good, so the flows are a maximum flow of the counts (capped
    at the served rate), which :func:`pair_flows` computes.
    """
    counts: dict[str, dict[str, int]] = {}
    for pool, labels in (("pre", instance.prefill.index), ("dec", instance.decode.index)):
        counts[pool] = {}
        for label in labels:
            k = int(round(values.get(_n(pool, label), 0.0)))
            if k > 0:
                counts[pool][label] = k
    served = int(round(values.get(SERVED, 0.0)))
    units = pair_flows(instance, counts["pre"], counts["dec"], served)
    flows = {pair: k * instance.rate_unit_per_s for pair, k in units.items()}
    return DisaggregationPlan(counts["pre"], counts["dec"], flows)


def pair_flows(
    instance: DisaggregationInstance,
    prefill_replicas: Mapping[str, int],
    decode_replicas: Mapping[str, int],
    most_units: int,
) -> dict[tuple[str, str], int]:
    """Integer flows (rate units) per (prefill, decode) pair: a maximum flow of at most
    ``most_units`` from the prefill replicas' capacities to the decode replicas' over the
    pairs meeting TTFT and E2E (``scipy.sparse.csgraph.maximum_flow``)."""
    pre, dec = list(prefill_replicas), list(decode_replicas)
    if most_units <= 0 or not pre or not dec:
        return {}
    # nodes: 0 -> 1 caps the total; 1 -> prefill p; p -> decode d; d -> the sink
    first_dec, sink = 2 + len(pre), 2 + len(pre) + len(dec)
    cap = np.zeros((sink + 1, sink + 1), dtype=np.int32)
    cap[0, 1] = most_units
    for i, p in enumerate(pre):
        cap[1, 2 + i] = min(instance.prefill_capacity_units(p) * prefill_replicas[p], most_units)
        for j, d in enumerate(dec):
            if instance.pair_allowed(p, d):
                cap[2 + i, first_dec + j] = most_units
    for j, d in enumerate(dec):
        cap[first_dec + j, sink] = min(
            instance.decode_capacity_units(d) * decode_replicas[d], most_units
        )
    flow = maximum_flow(csr_array(cap), 0, sink).flow.toarray()
    return {
        (p, d): int(flow[2 + i, first_dec + j])
        for i, p in enumerate(pre)
        for j, d in enumerate(dec)
        if flow[2 + i, first_dec + j] > 0
    }


FORMULATION: Formulation[DisaggregationInstance, DisaggregationPlan] = Formulation(
    name="disaggregation",
    build=build,
    decode=decode,
    evaluate=evaluate,
    brute_force=brute_force,
    random_instance=random_instance,
    scaled_instance=scaled_instance,
    # the scaled instances maximise goodput; ``min_cost`` instances minimise (the
    # MILP's own sense says which)
    maximize=True,
    scaling_sizes=(8, 64, 256, 1024),
    size_unit="GPUs",
    custom_solve=solve_lexicographic,
)
