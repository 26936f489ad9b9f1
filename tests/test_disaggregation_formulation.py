"""The disaggregation MILP: a hand-checked instance, a cost-model-priced one checked in
the simulator, infeasible instances, decoding, and the brute force's max-flow."""

from __future__ import annotations

import math
import time

import numpy as np
import pandas as pd
import pytest
from scipy.optimize import linprog

from servesolve.checking import poisson_requests
from servesolve.costs.replica_model import WorkloadStats
from servesolve.formulations.base import FAMILIES, family_of
from servesolve.formulations.candidates import CandidateOptions
from servesolve.formulations.disaggregation import (
    FORMULATION,
    SERVED,
    DisaggregationInstance,
    DisaggregationPlan,
    PairClasses,
    brute_force,
    build,
    decode,
    evaluate,
    from_specs,
    max_flow_units,
    pair_flows,
    scrambled_instance,
    to_disaggregated_spec,
)
from servesolve.simulator import SimulationSpec, simulate_disaggregated
from servesolve.solver import SolverOptions, SolveStatus, available_backends, solve
from servesolve.specs import (
    catalogue_entry,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)
from servesolve.workloads import sample_requests, workload_from_dict

BACKENDS = available_backends()
#: Relative tolerance between objectives of different backends / the brute force.
OBJECTIVE_RTOL = 1e-6
#: Rates are whole rate units (1e-3 req/s); flows are compared to this absolute slack.
RATE_ATOL = 1e-9
#: Share of the planned rate the simulator runs the realistic plan at.
SIMULATED_LOAD = 0.8
#: Requests in that simulation (about 50 s of arrivals at ~20 req/s).
NUM_SIMULATED_REQUESTS = 1000
#: Least share of the offered rate the simulation must complete in steady state.
STABLE_FRACTION = 0.95


# ---------------------------------------------------------------------------------------
# A hand-checked instance
# ---------------------------------------------------------------------------------------
def tiny(**changes) -> DisaggregationInstance:
    """One prefill config P (1 GPU, 10 req/s, 0.5 s) and four decode configs:

    * A: 1 GPU, 4 req/s;  B: 2 GPUs, 11 req/s (transfer from P: 0.1 s, TTFT 0.6 s);
    * C: 1 GPU, 100 req/s but 80 GiB per GPU > 71.64 usable (memory row);
    * D: 1 GPU, 100 req/s but TPOT 0.3 s > 0.15 s (TPOT row).

    With 4 GPUs, x P + a A + b B (x + a + 2b <= 4) serve min(10x, 4a + 11b):
    x=1: a=3 -> 10, b=1 -> 10;  x=2: a=2 -> 8, b=1 -> min(20, 11) = 11;  x=3: a=1 -> 4.
    Optimum: 11 req/s with 2 P + 1 B (4 GPUs).
    """
    prefill = pd.DataFrame(
        {
            "tp": [1],
            "pp": [1],
            "num_gpus": [1],
            "rate_per_s": [10.0],
            "latency_s": [0.5],
            "memory_gib": [40.0],
            "usable_gib": [71.64],
        },
        index=["P"],
    )
    decode_table = pd.DataFrame(
        {
            "tp": [1, 2, 1, 1],
            "pp": [1, 1, 1, 1],
            "max_num_seqs": [64, 128, 256, 64],
            "num_gpus": [1, 2, 1, 1],
            "rate_per_s": [4.0, 11.0, 100.0, 100.0],
            "tpot_s": [0.05, 0.05, 0.05, 0.3],
            "memory_gib": [50.0, 40.0, 80.0, 50.0],
            "usable_gib": [71.64] * 4,
        },
        index=["A", "B", "C", "D"],
    )
    transfer = pd.DataFrame([[0.1, 0.1, 0.1, 0.1]], index=["P"], columns=decode_table.index)
    data = dict(
        prefill=prefill,
        decode=decode_table,
        transfer_s=transfer,
        kv_gb_per_request=0.2,
        link_gb_per_s=100.0,
        gpu_budget=4,
        gpus_per_node=8,
        num_nodes=1,
        ttft_slo_s=1.0,
        tpot_slo_s=0.15,
        price_per_gpu_hour_usd=2.0,
    )
    data.update(changes)
    return DisaggregationInstance(**data)


def row_names(instance: DisaggregationInstance) -> list[str]:
    return [row.name for row in build(instance).constraints()]


def solve_all(instance: DisaggregationInstance):
    return {b: FORMULATION.solve(instance, SolverOptions(backend=b)) for b in BACKENDS}


def test_hand_checked_optimum() -> None:
    inst = tiny()
    best = brute_force(inst)
    assert best is not None
    assert best.objective == pytest.approx(11.0, rel=OBJECTIVE_RTOL)
    assert best.plan.prefill_replicas == {"P": 2}
    assert best.plan.decode_replicas == {"B": 1}
    for backend, result in solve_all(inst).items():
        assert result.objective == pytest.approx(11.0, rel=OBJECTIVE_RTOL), backend
        assert result.plan.prefill_replicas == {"P": 2}, backend
        assert result.plan.decode_replicas == {"B": 1}, backend
        assert result.plan.flows_per_s[("P", "B")] == pytest.approx(11.0, abs=RATE_ATOL)
        assert result.gap <= OBJECTIVE_RTOL


def test_ttft_row_forbids_a_slow_pair() -> None:
    # Transfer to B now takes 0.6 s: 0.5 + 0.6 > 1.0 s, so B cannot take P's requests.
    # Left: x P + a A, x + a <= 4: x=1, a=3 -> min(10, 12) = 10 (4 GPUs); x=2, a=2 -> 8.
    transfer = pd.DataFrame([[0.1, 0.6, 0.1, 0.1]], index=["P"], columns=["A", "B", "C", "D"])
    inst = tiny(transfer_s=transfer)
    assert brute_force(inst).objective == pytest.approx(10.0, rel=OBJECTIVE_RTOL)
    for backend, result in solve_all(inst).items():
        assert result.objective == pytest.approx(10.0, rel=OBJECTIVE_RTOL), backend
        assert result.plan.decode_replicas == {"A": 3}, backend


def test_link_caps_the_rate_and_ties_go_to_fewer_gpus() -> None:
    # Link: 1.9 GB/s / 0.2 GB per request = 9.5 req/s. Plans reaching it: 1 P + 1 B
    # (3 GPUs), 1 P + 3 A or 2 P + 1 B (4 GPUs); the second stage keeps the 3-GPU one.
    inst = tiny(link_gb_per_s=1.9)
    best = brute_force(inst)
    assert best.objective == pytest.approx(9.5, rel=OBJECTIVE_RTOL)
    assert best.plan.num_gpus(inst) == 3
    for backend, result in solve_all(inst).items():
        assert result.objective == pytest.approx(9.5, rel=OBJECTIVE_RTOL), backend
        assert result.plan.num_gpus(inst) == 3, backend
        assert len(result.solves) == 2


def test_min_cost() -> None:
    # 10.5 req/s needs 2 P (one serves 10) and B (A x 2 = 8 < 10.5): 4 GPUs x $2 = $8/h;
    # the second stage reports the plan's capacity, min(20, 11) = 11 req/s.
    inst = tiny(objective="min_cost", target_rate_per_s=10.5)
    assert brute_force(inst).objective == pytest.approx(8.0, rel=OBJECTIVE_RTOL)
    for backend, result in solve_all(inst).items():
        assert result.objective == pytest.approx(8.0, rel=OBJECTIVE_RTOL), backend
        assert result.plan.served_rate_per_s == pytest.approx(11.0, abs=RATE_ATOL), backend


# ---------------------------------------------------------------------------------------
# Infeasible instances
# ---------------------------------------------------------------------------------------
def test_unreachable_target_is_infeasible_everywhere() -> None:
    inst = tiny(objective="min_cost", target_rate_per_s=50.0)
    assert brute_force(inst) is None
    for backend, result in solve_all(inst).items():
        assert result.plan is None, backend
    # The row that says why is in user terms: the target, in req/s.
    assert "rate__target" in row_names(inst)


def test_slo_infeasible_instance_is_explained_by_its_slo_rows() -> None:
    # TTFT 0.55 s < 0.5 s prefill + 0.1 s transfer: no pair may carry requests.
    inst = tiny(objective="min_cost", target_rate_per_s=1.0, ttft_slo_s=0.55)
    assert brute_force(inst) is None
    assert FORMULATION.solve(inst, SolverOptions(backend="highs")).plan is None
    rows = row_names(inst)
    assert {family_of(r) for r in rows} <= set(FAMILIES)
    assert sum(r.startswith("slo__ttft_") for r in rows) == 4
    # Relaxing one family at a time (as ``solver.infeasibility`` does): the SLO rows
    # make it feasible, the memory rows do not.
    for family, expect in (("memory", SolveStatus.INFEASIBLE), ("slo", SolveStatus.OPTIMAL)):
        relaxed = build(inst)
        for row in relaxed.constraints():
            if family_of(row.name) == family:
                row.constant -= 1e4  # a generous slack in the row's unit
        assert solve(relaxed, SolverOptions(backend="highs")).status is expect, family
    # In user terms: loosening TTFT to 0.6 s makes it feasible.
    assert brute_force(tiny(objective="min_cost", target_rate_per_s=1.0, ttft_slo_s=0.6))


def test_rows_are_named_in_their_families() -> None:
    rows = row_names(tiny(objective="min_cost", target_rate_per_s=5.0))
    prefixes = {r.split("__")[0] for r in rows}
    assert prefixes == {"structure", "memory", "slo", "link", "gpus", "rate"}


# ---------------------------------------------------------------------------------------
# Decoding and evaluation
# ---------------------------------------------------------------------------------------
def test_decode_round_trip() -> None:
    inst = tiny()
    plan = DisaggregationPlan({"P": 2}, {"B": 1}, {("P", "B"): 11.0})
    values = {
        "n_pre_P": 2.0,
        "n_dec_B": 1.0,
        "u_pre_P": 1.0,
        "u_dec_B": 1.0,
        "z_P__B": 1.0,
        "f_P__B": 11000.0,
        SERVED: 11000.0,
    }
    decoded = decode(inst, values)
    assert decoded.prefill_replicas == plan.prefill_replicas
    assert decoded.decode_replicas == plan.decode_replicas
    assert decoded.flows_per_s.keys() == plan.flows_per_s.keys()
    assert decoded.flows_per_s[("P", "B")] == pytest.approx(11.0, abs=RATE_ATOL)
    assert evaluate(inst, decoded) == pytest.approx(11.0, rel=OBJECTIVE_RTOL)
    # The MILP's own solution decodes to a plan evaluate accepts.
    result = FORMULATION.solve(inst, SolverOptions(backend="highs"))
    assert evaluate(inst, result.plan) == pytest.approx(result.objective, rel=OBJECTIVE_RTOL)


@pytest.mark.parametrize(
    "plan",
    [
        DisaggregationPlan({"P": 2}, {"B": 1}, {("P", "B"): 12.0}),  # over B's capacity
        DisaggregationPlan({"P": 1}, {"C": 1}, {("P", "C"): 5.0}),  # C breaks memory
        DisaggregationPlan({"P": 1}, {"D": 1}, {("P", "D"): 5.0}),  # D breaks TPOT
        DisaggregationPlan({"P": 3}, {"B": 1}, {("P", "B"): 11.0}),  # 5 GPUs > 4
        DisaggregationPlan({"P": 1}, {"A": 1}, {("P", "A"): 1.0005}),  # not whole units
    ],
)
def test_evaluate_rejects_plans_that_break_a_row(plan: DisaggregationPlan) -> None:
    assert evaluate(tiny(), plan) is None


def test_max_flow_closed_form_matches_an_lp() -> None:
    rng = np.random.default_rng(7)
    for _ in range(40):
        pre = {f"p{i}": int(rng.integers(0, 50)) for i in range(int(rng.integers(1, 4)))}
        dec = {f"d{j}": int(rng.integers(0, 50)) for j in range(int(rng.integers(1, 4)))}
        arcs = sorted((p, d) for p in pre for d in dec if rng.random() < 0.6)
        if not arcs:
            continue
        rows = [[1.0 if a[0] == p else 0.0 for a in arcs] for p in pre] + [
            [1.0 if a[1] == d else 0.0 for a in arcs] for d in dec
        ]
        lp = linprog(
            -np.ones(len(arcs)), A_ub=rows, b_ub=[*pre.values(), *dec.values()], bounds=(0, None)
        )
        assert max_flow_units(pre, dec, set(arcs)) == pytest.approx(-lp.fun, abs=1e-6)


def test_bad_data_raise_named_errors() -> None:
    with pytest.raises(ValueError, match="target_rate_per_s"):
        tiny(objective="min_cost")
    with pytest.raises(ValueError, match="transfer_s"):
        tiny(transfer_s=pd.DataFrame([[0.1]], index=["P"], columns=["A"]))
    with pytest.raises(ValueError, match="gpu_budget"):
        tiny(gpu_budget=9)
    bad = tiny().decode.assign(num_gpus=[1, 1, 1, 1])
    with pytest.raises(ValueError, match="num_gpus"):
        tiny(decode=bad)


# ---------------------------------------------------------------------------------------
# Pair classes: the MILP's flows run between configs with the same partners
# ---------------------------------------------------------------------------------------
#: Seeded random instances whose pairs meet TTFT at random.
NUM_SCRAMBLED = 30


def scrambled(seed: int) -> DisaggregationInstance:
    """Seeded ``scrambled_instance``: several pair classes, some barred class pairs."""
    return scrambled_instance(np.random.default_rng(1000 + seed))


def test_pair_classes_group_configs_by_their_partners() -> None:
    for seed in range(NUM_SCRAMBLED):
        inst = scrambled(seed)
        classes = PairClasses.of(inst)
        assert sorted(sum(classes.prefill, ())) == sorted(inst.prefill.index)
        assert sorted(sum(classes.decode, ())) == sorted(inst.decode.index)
        for a, pre in enumerate(classes.prefill):
            for b, dec in enumerate(classes.decode):
                bits = {inst.pair_allowed(p, d) for p in pre for d in dec}
                assert bits == {(a, b) in classes.allowed}, seed
        # configs of different classes differ in some partner
        out = [
            frozenset(d for d in inst.decode.index if inst.pair_allowed(members[0], d))
            for members in classes.prefill
        ]
        into = [
            frozenset(p for p in inst.prefill.index if inst.pair_allowed(p, members[0]))
            for members in classes.decode
        ]
        assert len(set(out)) == len(out) and len(set(into)) == len(into), seed


@pytest.fixture(scope="module")
def scrambled_optima():
    return [(seed, scrambled(seed)) for seed in range(NUM_SCRAMBLED)], [
        brute_force(scrambled(seed)) for seed in range(NUM_SCRAMBLED)
    ]


def test_scrambled_instances_exercise_the_classes(scrambled_optima) -> None:
    """The instances below are not all one class pair: several have a pool of two or
    more classes, and feasible ones with class pairs that may not carry requests."""
    cases, optima = scrambled_optima
    split, barred = 0, 0
    for (_, inst), best in zip(cases, optima, strict=True):
        classes = PairClasses.of(inst)
        pairs = len(classes.prefill) * len(classes.decode)
        split += pairs > 1
        barred += best is not None and len(classes.allowed) < pairs
    assert split >= NUM_SCRAMBLED // 3 and barred >= 5


@pytest.mark.parametrize("backend", BACKENDS)
def test_class_flows_reach_the_brute_force_optimum(scrambled_optima, backend: str) -> None:
    """Flows per class pair are exact: on instances whose pairs meet TTFT at random, each
    backend's optimum is the brute force's (which takes the max-flow per config pair),
    the decoded per-pair flows score it by ``evaluate``, and ties go the same way."""
    cases, optima = scrambled_optima
    for (seed, inst), best in zip(cases, optima, strict=True):
        result = FORMULATION.solve(inst, SolverOptions(backend=backend, time_limit_s=30))
        if best is None:
            assert result.plan is None, seed
            continue
        assert result.objective == pytest.approx(best.objective, rel=1e-9), seed
        assert evaluate(inst, result.plan) == pytest.approx(best.objective, rel=1e-9), seed
        served = round(result.plan.served_rate_per_s / inst.rate_unit_per_s)
        key = inst.preference_key(result.plan.num_gpus(inst), served)
        best_served = round(best.plan.served_rate_per_s / inst.rate_unit_per_s)
        assert key == inst.preference_key(best.plan.num_gpus(inst), best_served), seed


def test_pair_flows_are_a_maximum_flow_capped_at_the_served_rate() -> None:
    """``pair_flows`` (what ``decode`` reports) moves min(cap, the max-flow by minimum
    cut) units, over allowed pairs, within every replica's capacity."""
    rng = np.random.default_rng(3)
    for seed in range(NUM_SCRAMBLED):
        inst = scrambled(seed)
        pre = {p: int(rng.integers(0, 4)) for p in inst.prefill.index}
        dec = {d: int(rng.integers(0, 4)) for d in inst.decode.index}
        caps_p = {p: k * inst.prefill_capacity_units(p) for p, k in pre.items()}
        caps_d = {d: k * inst.decode_capacity_units(d) for d, k in dec.items()}
        allowed = {(p, d) for p in pre for d in dec if inst.pair_allowed(p, d)}
        most = max_flow_units(caps_p, caps_d, allowed)
        for cap in (most, most // 2, most + 5):
            flows = pair_flows(
                inst, {p: k for p, k in pre.items() if k}, {d: k for d, k in dec.items() if k}, cap
            )
            assert sum(flows.values()) == min(cap, most), seed
            assert set(flows) <= allowed
            for p in pre:
                assert sum(u for (q, _), u in flows.items() if q == p) <= caps_p[p]
            for d in dec:
                assert sum(u for (_, e), u in flows.items() if e == d) <= caps_d[d]


# ---------------------------------------------------------------------------------------
# A realistic instance: Llama-3.1-70B on 8 H100, chat SLO, the synthetic chat trace
# ---------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def realistic():
    model = model_from_config(catalogue_entry("model", "llama3.1-70b"))
    cluster = cluster_from_config(catalogue_entry("cluster", "h100x8"))
    slo = slo_from_config(catalogue_entry("slo", "chat"))
    workload = workload_from_dict(catalogue_entry("workload", "synthetic_chat"))
    stats = WorkloadStats.from_requests(sample_requests(workload), slo.quantile)
    options = CandidateOptions(max_num_seqs=[64, 128, 256, 512])
    inst = from_specs(model, cluster, stats, slo, kv_link_gb_per_s=50.0, options=options)
    return model, cluster, slo, workload, stats, options, inst


def test_realistic_plan_makes_sense_on_every_backend(realistic) -> None:
    *_, inst = realistic
    # Llama-3.1-70B's bf16 weights (about 131 GiB) do not fit one or two GPUs' memory
    # rows, whatever the batch.
    assert inst.prefill.at["tp1_pp1", "memory_gib"] > inst.prefill.at["tp1_pp1", "usable_gib"]
    results = {b: FORMULATION.solve(inst, SolverOptions(backend=b)) for b in BACKENDS}
    objectives = [r.objective for r in results.values()]
    assert max(objectives) == pytest.approx(min(objectives), rel=OBJECTIVE_RTOL)
    for backend, result in results.items():
        plan = result.plan
        assert plan.prefill_replicas and plan.decode_replicas, backend
        assert plan.num_gpus(inst) <= 8
        assert 5.0 < plan.served_rate_per_s < 100.0  # tens of req/s on 8 H100s
        assert evaluate(inst, plan) == pytest.approx(result.objective, rel=OBJECTIVE_RTOL)
        for p, d in plan.flows_per_s:
            ttft, _ = inst.pair_latencies(p, d)
            assert ttft <= inst.ttft_slo_s
            assert inst.decode.at[d, "tpot_s"] <= inst.tpot_slo_s


def test_realistic_min_cost(realistic) -> None:
    model, cluster, slo, _, stats, options, _ = realistic
    inst = from_specs(
        model,
        cluster,
        stats,
        slo,
        50.0,
        objective="min_cost",
        target_rate_per_s=10.0,
        options=options,
    )
    result = FORMULATION.solve(inst, SolverOptions(backend="highs"))
    assert result.plan.served_rate_per_s >= 10.0
    assert result.objective == pytest.approx(
        cluster.gpu.price_per_gpu_hour_usd * result.plan.num_gpus(inst), rel=OBJECTIVE_RTOL
    )
    unreachable = from_specs(
        model,
        cluster,
        stats,
        slo,
        50.0,
        objective="min_cost",
        target_rate_per_s=1000.0,
        options=options,
    )
    assert FORMULATION.solve(unreachable, SolverOptions(backend="highs")).plan is None


def test_realistic_plan_meets_its_slo_in_simulation(realistic) -> None:
    model, cluster, slo, workload, _, _, inst = realistic
    plan = FORMULATION.solve(inst, SolverOptions(backend="highs")).plan
    pools = to_disaggregated_spec(inst, plan)
    rate = SIMULATED_LOAD * plan.served_rate_per_s
    requests = poisson_requests(workload, rate, NUM_SIMULATED_REQUESTS, seed=0)
    spec = SimulationSpec(model, cluster, replicas=pools.decode_groups)
    result = simulate_disaggregated(spec, pools, requests, slo)
    table = result.requests
    assert table.ttft_s.quantile(slo.quantile) <= slo.ttft_s
    assert table.tpot_s.dropna().quantile(slo.quantile) <= slo.tpot_s
    steady = result.metrics.get("steady_throughput_rps", result.metrics["throughput_rps"])
    assert steady >= STABLE_FRACTION * rate
    assert math.isfinite(steady)


def test_simulator_spec_needs_one_decode_pp(realistic) -> None:
    *_, inst = realistic
    plan = DisaggregationPlan({"tp4_pp1": 1}, {"tp2_pp1_b64": 1, "tp2_pp2_b64": 1}, {})
    with pytest.raises(ValueError, match="pp"):
        to_disaggregated_spec(inst, plan)


# ---------------------------------------------------------------------------------------
# Scaled instances
# ---------------------------------------------------------------------------------------
#: Seconds the largest scaled instance may take per backend (both stages together).
MAX_SCALED_SOLVE_S = 30.0


@pytest.mark.parametrize("backend", BACKENDS)
def test_largest_scaled_instance_solves_fast(backend: str) -> None:
    size = max(FORMULATION.scaling_sizes)
    inst = FORMULATION.scaled_instance(size, np.random.default_rng(0))
    assert inst.gpu_budget == size
    start = time.perf_counter()
    result = FORMULATION.solve(inst, SolverOptions(backend=backend, time_limit_s=60))
    assert time.perf_counter() - start < MAX_SCALED_SOLVE_S
    assert result.gap <= OBJECTIVE_RTOL
    assert evaluate(inst, result.plan) == pytest.approx(result.objective, rel=OBJECTIVE_RTOL)


def test_pools_are_priced_by_the_cost_model_given(realistic) -> None:
    """The run's measured kernels price both pools when passed (the default is the
    roofline); a uniformly slower model lowers every capacity."""
    from servesolve.costs.table_model import cost_model_for

    model, cluster, slo, _, stats, options, roofline = realistic
    measured = cost_model_for(model, cluster, options.iteration_overhead_s)
    inst = from_specs(
        model, cluster, stats, slo, kv_link_gb_per_s=50.0, options=options, cost_model=measured
    )
    assert not inst.prefill["rate_per_s"].equals(roofline.prefill["rate_per_s"])

    class Slower(type(measured)):
        def iteration_time(self, shape, config):  # noqa: ANN001, ANN202
            it = super().iteration_time(shape, config)
            return type(it)(it.latency_s * 2, it.period_s * 2)

    slower = Slower(model, cluster, options.iteration_overhead_s, measured.db, measured.engine)
    halved = from_specs(
        model, cluster, stats, slo, kv_link_gb_per_s=50.0, options=options, cost_model=slower
    )
    assert (halved.prefill["rate_per_s"] <= inst.prefill["rate_per_s"]).all()
    assert (halved.prefill["rate_per_s"] < inst.prefill["rate_per_s"]).any()
