"""The fleet MILP: hand-checked optimum, brute-force twin, a priced H100/A100/L40S fleet,
infeasibility explained in user terms, decode round trip, and bad-data errors."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from servesolve.errors import SpecError
from servesolve.formulations import fleet
from servesolve.formulations.fleet import (
    FleetInstance,
    FleetPlan,
    brute_force,
    build,
    decode,
    evaluate,
    from_specs,
    plan_values,
    with_gpu_types,
)
from servesolve.solver import SolverOptions, SolveStatus, available_backends, solve
from servesolve.solver.infeasibility import explain_infeasibility
from servesolve.specs.catalog import (
    catalogue_entry,
    cluster_from_config,
    load_gpu,
    model_from_config,
)
from servesolve.specs.slo import SloSpec
from servesolve.specs.validation import parse_spec
from servesolve.workloads.spec import workload_from_dict

BACKENDS = available_backends()
#: Relative tolerance on objectives (the backends' own tolerances; CP-SAT's 2.5e-7 grid).
OBJECTIVE_RTOL = 1e-6
#: Relative tolerance on served rates and loads read back from a solution.
RATE_RTOL = 1e-5
#: Extra seeds checked against the twin here (the shared twin test runs seeds 0..29).
TWIN_SEEDS = range(30, 40)
#: The realistic fleet is solved on the LP-based backends: CP-SAT's single worker is
#: slow to prove optimality on this MILP (see the module docstring of ``fleet``).
HIGHS = SolverOptions(backend="highs", time_limit_s=60)


def tiny_instance(target_rate_per_s: float = 10.0, **kwargs) -> FleetInstance:
    """Two GPU types serving one workload of short and long requests.

    big: $3/GPU-hour, 2 GPUs; small: $1/GPU-hour, 2 GPUs. The workload wants 10 req/s,
    60 % short (6 req/s) and 40 % long (4 req/s). Rates per replica (req/s):

    ==============  =====  ====  ====================================
    config          short  long  note
    ==============  =====  ====  ====================================
    big/tp1         10     8     1 GPU
    small/tp1       6      2     1 GPU
    small/b256      9      4     1 GPU; its KV cache holds no long
                                 request (needs 50 GiB of 40 usable)
    ==============  =====  ====  ====================================

    min_cost, worked out: 2 small ($2): long needs 4/2 = 2 replicas of small/tp1 alone,
    short at least 6/9 more, > 2 GPUs; so it would be feasible only if small/b256 could
    take the long bucket (0.67 + 1.0 replicas), which the memory row forbids. 1 big ($3):
    load 6/10 + 4/8 = 1.1 > 1. 1 big + 1 small ($4): the small takes s >= 1 req/s of
    short traffic, leaving (6 - s)/10 + 4/8 <= 1 on the big: feasible. Optimum $4/h,
    one replica of each type (Mélange: short requests on the small GPU).
    """
    gpu_types = pd.DataFrame(
        {"num_gpus": [2, 2], "price_per_gpu_hour_usd": [3.0, 1.0]},
        index=pd.Index(["big", "small"], name="gpu_type"),
    )
    workloads = pd.DataFrame(
        {"target_rate_per_s": [target_rate_per_s], "weight": [1.0]},
        index=pd.Index(["w"], name="workload"),
    )
    buckets = pd.DataFrame(
        {"share": [0.6, 0.4]},
        index=pd.MultiIndex.from_tuples([("w", "short"), ("w", "long")]),
    )
    configs = pd.DataFrame(
        {"num_gpus": [1, 1, 1]},
        index=pd.MultiIndex.from_tuples(
            [("big", "w", "tp1"), ("small", "w", "tp1"), ("small", "w", "b256")]
        ),
    )
    rows = [
        ("big", "tp1", "short", 10.0, 20.0, 72.0),
        ("big", "tp1", "long", 8.0, 30.0, 72.0),
        ("small", "tp1", "short", 6.0, 20.0, 40.0),
        ("small", "tp1", "long", 2.0, 30.0, 40.0),
        ("small", "b256", "short", 9.0, 35.0, 40.0),
        ("small", "b256", "long", 4.0, 50.0, 40.0),
    ]
    rates = pd.DataFrame(
        [r[3:] for r in rows],
        columns=["rate_per_s", "needed_gib", "usable_gib"],
        index=pd.MultiIndex.from_tuples([(t, "w", c, k) for t, c, k, *_ in rows]),
    )
    return FleetInstance(gpu_types, workloads, buckets, configs, rates, **kwargs)


def served_per_bucket(plan: FleetPlan) -> dict[tuple[str, str], float]:
    out: dict[tuple[str, str], float] = {}
    for (_, w, _, k), x in plan.traffic_per_s.items():
        out[w, k] = out.get((w, k), 0.0) + x
    return out


# ------------------------------------------------------------------ hand-checked optimum


@pytest.mark.parametrize("backend", BACKENDS)
def test_tiny_min_cost_is_one_big_and_one_small(backend: str) -> None:
    inst = tiny_instance()
    result = fleet.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert result.objective == pytest.approx(4.0, rel=OBJECTIVE_RTOL)
    assert inst.gpus_by_type(result.plan.replicas) == {"big": 1, "small": 1}
    assert evaluate(inst, result.plan) == pytest.approx(4.0, rel=OBJECTIVE_RTOL)
    # the long bucket never runs where it does not fit
    assert result.plan.traffic_per_s.get(("small", "w", "b256", "long"), 0.0) == 0.0
    served = served_per_bucket(result.plan)
    assert served["w", "short"] >= 6.0 * (1 - RATE_RTOL)
    assert served["w", "long"] >= 4.0 * (1 - RATE_RTOL)


def test_tiny_min_cost_matches_brute_force() -> None:
    best = brute_force(tiny_instance())
    assert best is not None and best.objective == pytest.approx(4.0)


@pytest.mark.parametrize("backend", BACKENDS)
def test_tiny_max_goodput_within_budget(backend: str) -> None:
    # $3.5/h buys one big GPU, or the two small ones. One big: all 6 req/s of short
    # traffic (0.6 of its time, short is its better rate per unit of time), then
    # 0.4 x 8 = 3.2 req/s of long: 9.2 req/s. Two small: b256 on short (6/9 of its time)
    # and small/tp1 on long (2 req/s): 8 req/s. Goodput 9.2 req/s = 33,120 req/h, less
    # eps x $3/h. eps = 3600 delta 10^p, delta = 6 / 8e6 req/s (the largest bucket over
    # 8e6 units) and 10^p the power of ten below 1e-6 x 10 / (delta x $3.5/h) = 3.8.
    inst = tiny_instance(objective="max_goodput", budget_usd_per_hour=3.5)
    eps = 3600 * 6 / 8e6 * 1.0
    expected = 3600 * 9.2 - eps * 3.0
    result = fleet.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert inst.tie_break == pytest.approx(eps)
    assert result.objective == pytest.approx(expected, rel=OBJECTIVE_RTOL)
    assert evaluate(inst, result.plan) == pytest.approx(expected, rel=OBJECTIVE_RTOL)
    assert inst.gpus_by_type(result.plan.replicas) == {"big": 1, "small": 0}
    assert brute_force(inst).objective == pytest.approx(expected, rel=OBJECTIVE_RTOL)


# ---------------------------------------------------------------------- twin, more seeds


def test_milp_matches_brute_force_on_more_seeds() -> None:
    options = SolverOptions(backend="highs", time_limit_s=30)
    for seed in TWIN_SEEDS:
        inst = fleet.random_instance(np.random.default_rng(seed))
        best = brute_force(inst)
        result = fleet.FORMULATION.solve(inst, options)
        if best is None:
            assert result.plan is None, f"seed {seed}"
            continue
        assert math.isclose(result.objective, best.objective, rel_tol=OBJECTIVE_RTOL), seed
        assert evaluate(inst, result.plan) == pytest.approx(best.objective, rel=OBJECTIVE_RTOL)


# ----------------------------------------------------------------------------- infeasible


@pytest.mark.parametrize("backend", BACKENDS)
def test_infeasible_target_is_infeasible_everywhere(backend: str) -> None:
    inst = tiny_instance(target_rate_per_s=40.0)
    assert brute_force(inst) is None
    result = fleet.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert result.plan is None
    assert result.certificate.status is SolveStatus.INFEASIBLE


def test_infeasibility_is_explained_in_gpus_and_req_per_s() -> None:
    # 40 req/s: 24 short, 16 long. At most: the two small/b256 take 18 short (all their
    # time), the two big take the other 6 short (0.6 replica) and 1.4 x 8 = 11.2 long:
    # 35.2 req/s, 4.8 short of the target. Or one more GPU of either type: a third big
    # (0.6 + 16/8 = 2.6 <= 3 replicas) or a third small (24/9 = 2.67 <= 3 on short).
    report = explain_infeasibility(build(tiny_instance(target_rate_per_s=40.0)))
    causes = {r.families: r for r in report.causes}
    assert causes[("rate",)].total_violation == pytest.approx(4.8, rel=1e-6)
    assert causes[("gpus",)].total_violation == pytest.approx(1.0, rel=1e-6)
    assert causes[("gpus",)].worst_row in ("gpus__big", "gpus__small")
    assert ("memory",) not in causes


def test_memory_row_names_the_missing_gib() -> None:
    inst = tiny_instance()
    prob = build(inst)
    # 50 GiB needed, 40 usable: 50 u <= 40 binds u = 0; relaxed, it is short by 10 GiB
    row = prob.get_constraint_by_name("memory__small_w_b256_long")
    assert row.constant == pytest.approx(-40.0)
    assert dict((v.name, a) for v, a in row.items()) == {"u_small_w_b256_long": 50.0}
    # only configs that do not fit get a memory row
    assert prob.get_constraint_by_name("memory__small_w_b256_short") is None


# ---------------------------------------------------------------------- decode round trip


def test_decode_round_trip() -> None:
    inst = fleet.random_instance(np.random.default_rng(7))
    best = brute_force(inst)
    assert best is not None
    values = plan_values(inst, best.plan)
    back = decode(inst, values)
    assert back.replicas == best.plan.replicas
    assert back.traffic_per_s.keys() == {k for k, x in best.plan.traffic_per_s.items() if x > 0}
    for route, x in back.traffic_per_s.items():
        assert x == pytest.approx(best.plan.traffic_per_s[route], rel=1e-12)
    assert evaluate(inst, back) == pytest.approx(best.objective, rel=OBJECTIVE_RTOL)
    # the values satisfy the MILP's rows (a valid warm start)
    prob = build(inst)
    for var in prob.variables():
        var.varValue = values.get(var.name, 0.0)
    assert prob.valid(eps=1e-6)


def test_plan_breaking_a_row_scores_none() -> None:
    inst = tiny_instance()
    too_few = FleetPlan({("big", "w", "tp1"): 1}, {("big", "w", "tp1", "short"): 6.0})
    assert evaluate(inst, too_few) is None  # long bucket unserved
    overloaded = FleetPlan(
        {("big", "w", "tp1"): 1},
        {("big", "w", "tp1", "short"): 6.0, ("big", "w", "tp1", "long"): 4.0},
    )
    assert evaluate(inst, overloaded) is None  # 1.1 replicas of work on one
    no_fit = FleetPlan(
        {("big", "w", "tp1"): 1, ("small", "w", "b256"): 1},
        {("big", "w", "tp1", "short"): 6.0, ("small", "w", "b256", "long"): 4.0},
    )
    assert evaluate(inst, no_fit) is None  # long requests on a config they do not fit


# ------------------------------------------------------------------------- bad instances


def test_bad_data_raises_naming_the_field() -> None:
    inst = tiny_instance()
    with pytest.raises(SpecError, match=r"buckets\.share\[w\]"):
        FleetInstance(inst.gpu_types, inst.workloads, inst.buckets * 0.5, inst.configs, inst.rates)
    with pytest.raises(SpecError, match="missing"):
        FleetInstance(
            inst.gpu_types, inst.workloads, inst.buckets, inst.configs, inst.rates.iloc[1:]
        )
    with pytest.raises(SpecError, match="objective"):
        tiny_instance(objective="max_throughput")
    negative = inst.rates.copy()
    negative.iloc[0, 0] = -1.0
    with pytest.raises(SpecError, match=r"rates\.rate_per_s"):
        FleetInstance(inst.gpu_types, inst.workloads, inst.buckets, inst.configs, negative)


# --------------------------------------------------------------------------- scaled sizes


def test_scaled_instance_is_deterministic_and_reaches_4_types_x_5_workloads() -> None:
    largest = max(fleet.FORMULATION.scaling_sizes)
    a = fleet.scaled_instance(largest, np.random.default_rng(3))
    b = fleet.scaled_instance(largest, np.random.default_rng(3))
    assert (len(a.gpu_types), len(a.workloads)) == (4, 5)
    assert a.gpu_types["num_gpus"].min() == 80
    pd.testing.assert_frame_equal(a.rates, b.rates)
    pd.testing.assert_frame_equal(a.workloads, b.workloads)


# ------------------------------------------------------------------ realistic from_specs


def test_gpu_counts_fill_whole_nodes() -> None:
    cluster = cluster_from_config(catalogue_entry("cluster", "h100x16"))
    assert fleet._cluster_for(cluster, 8, 0).num_nodes == 1
    with pytest.raises(SpecError, match=r"gpu_types\[0\]\.count"):
        fleet._cluster_for(cluster, 12, 0)
    bare = fleet._cluster_for(load_gpu("L40S-48GB"), 12, 1)
    assert (bare.num_nodes, bare.gpus_per_node) == (3, 4)


@pytest.fixture(scope="module")
def priced_fleet() -> FleetInstance:
    """8 each of H100, A100 and L40S (conf/gpu prices) for Llama-3.1-8B on ShareGPT chat
    at 25 req/s (chat SLO) and Llama-3.1-70B on the Splitwise coding trace at 2 req/s
    (TTFT 1 s, TPOT 0.1 s at p90)."""
    chat = parse_spec(SloSpec, catalogue_entry("slo", "chat"), "slo")
    code = SloSpec(name="code_1s", percentile=90, ttft_s=1.0, tpot_s=0.1)
    return from_specs(
        [
            (load_gpu("H100-SXM-80GB"), 8),
            (load_gpu("A100-SXM-80GB"), 8),
            (load_gpu("L40S-48GB"), 8),
        ],
        [
            (
                model_from_config(catalogue_entry("model", "llama3.1-8b")),
                workload_from_dict(catalogue_entry("workload", "sharegpt")),
                chat,
                25.0,
            ),
            (
                model_from_config(catalogue_entry("model", "llama3.1-70b")),
                workload_from_dict(catalogue_entry("workload", "splitwise_code")),
                code,
                2.0,
            ),
        ],
    )


def test_priced_fleet_meets_every_target_at_least_cost(priced_fleet: FleetInstance) -> None:
    inst = priced_fleet
    results = {
        b: fleet.FORMULATION.solve(inst, SolverOptions(backend=b, time_limit_s=60))
        for b in ("highs", "scip", "cbc")
        if b in BACKENDS
    }
    costs = {b: r.objective for b, r in results.items()}
    plan = results["highs"].plan
    assert plan is not None and results["highs"].gap <= 1e-6
    # every backend proves the same least cost
    assert max(costs.values()) == pytest.approx(min(costs.values()), rel=OBJECTIVE_RTOL)
    assert evaluate(inst, plan) == pytest.approx(costs["highs"], rel=OBJECTIVE_RTOL)
    served = served_per_bucket(plan)
    for (w, k), share in inst.buckets["share"].items():
        target = inst.workloads.at[w, "target_rate_per_s"] * share
        assert served[w, k] >= target * (1 - RATE_RTOL), (w, k)
    # no single GPU type does it cheaper (the 70B model needs the H100s' memory and speed)
    for gpu in inst.gpu_types.index:
        alone = fleet.FORMULATION.solve(with_gpu_types(inst, [gpu]), HIGHS)
        assert alone.plan is None or alone.objective > costs["highs"] * (1 + 1e-9), gpu


def test_priced_fleet_puts_each_workload_on_the_gpu_cheapest_for_it(
    priced_fleet: FleetInstance,
) -> None:
    inst = priced_fleet
    plan = fleet.FORMULATION.solve(inst, HIGHS).plan
    h100, price = "H100-SXM-80GB", inst.gpu_types["price_per_gpu_hour_usd"]
    by_workload: dict[str, set[str]] = {}
    for t, w, _ in plan.replicas:
        by_workload.setdefault(w, set()).add(t)
    # Llama-3.1-70B code: only H100 replicas meet its SLO on the long prompts
    code = "llama3.1-70b:splitwise_code"
    usable = inst.rates[
        (inst.rates.rate_per_s > 0) & (inst.rates.needed_gib <= inst.rates.usable_gib)
    ]
    longest = inst.buckets.loc[code].index[-1]
    assert set(usable.xs((code, longest), level=(1, 3)).index.get_level_values(0)) == {h100}
    assert by_workload[code] == {h100}
    # Llama-3.1-8B chat at 25 req/s: a few cheaper GPUs carry it for less than an H100
    chat = "llama3.1-8b:sharegpt"
    assert by_workload[chat] and all(price[t] < price[h100] for t in by_workload[chat])
    chat_cost = sum(
        price[t] * inst.configs.at[(t, w, c), "num_gpus"] * n
        for (t, w, c), n in plan.replicas.items()
        if w == chat
    )
    assert chat_cost < price[h100]


def test_priced_fleet_with_a_code_ttft_of_125_ms_is_infeasible() -> None:
    # DistServe's code-completion TTFT (conf/slo/code.yaml) on prompts of up to 7,841
    # tokens of Llama-3.1-70B: no replica on any GPU meets it for the longest bucket.
    code = parse_spec(SloSpec, catalogue_entry("slo", "code"), "slo")
    inst = from_specs(
        [(load_gpu("H100-SXM-80GB"), 8)],
        [
            (
                model_from_config(catalogue_entry("model", "llama3.1-70b")),
                workload_from_dict(catalogue_entry("workload", "splitwise_code")),
                code,
                1.0,
            )
        ],
    )
    result = solve(build(inst), SolverOptions(backend="highs"))
    assert result.status is SolveStatus.INFEASIBLE
    report = explain_infeasibility(build(inst))
    assert [r.families for r in report.causes] == [("rate",)]


def test_fleet_and_pipeline_partition_default_to_the_backend_that_proves_them() -> None:
    """Given no options, each formulation solves with its measured default backend: HiGHS
    for fleet (it proves 4 GPU types x 5 workloads in about 1.5 s where CP-SAT leaves a
    10 % gap at 10 s) and pipeline_partition, CP-SAT for the rest."""
    import numpy as np

    from servesolve.formulations.base import MODULES, get_formulation

    defaults = {name: get_formulation(name).default_backend for name in MODULES}
    assert defaults == {
        "parallelism": "cp_sat",
        "exegpt": "cp_sat",
        "disaggregation": "cp_sat",
        "fleet": "highs",
        "pipeline_partition": "highs",
    }
    fleet = get_formulation("fleet")
    result = fleet.solve(fleet.scaled_instance(20, np.random.default_rng(0)))
    assert result.certificate.backend == "highs"
    assert result.certificate.status.value == "optimal"
