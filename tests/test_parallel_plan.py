"""The parallel-plan MILP equals its brute-force twin on every installed backend."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from servesolve.formulations import parallel_plan
from servesolve.formulations.parallel_plan import (
    ParallelPlanInstance,
    brute_force,
    build,
    decode,
    packs_on_nodes,
)
from servesolve.solver import SolverOptions, SolveStatus, available_backends, solve

BACKENDS = available_backends()
NUM_RANDOM_INSTANCES = 30
#: Relative tolerance between MILP and brute-force objectives: the backends' own
#: feasibility/optimality tolerances (CP-SAT scales float coefficients to integers).
OBJECTIVE_REL_TOL = 1e-6


def test_all_four_backends_installed() -> None:
    assert set(BACKENDS) == {"cp_sat", "scip", "highs", "cbc"}


def random_instance(seed: int) -> ParallelPlanInstance:
    rng = np.random.default_rng(seed)
    per_node = int(rng.choice([4, 8]))
    num_nodes = int(rng.integers(1, 4 if per_node == 4 else 3))
    budget = int(rng.integers(per_node // 2, num_nodes * per_node + 1))
    # Sizes candidates.parallel_layouts can produce: powers of two dividing a node, or
    # whole nodes (any count, e.g. TP4 x PP3 = 12 on 4-GPU nodes).
    sizes = [
        s
        for s in (1, 2, 4, 8, 12, 16, 24)
        if (per_node % s == 0 and s & (s - 1) == 0)
        or (s % per_node == 0 and s <= num_nodes * per_node)
    ]
    n = int(rng.integers(2, 5))
    chosen = rng.choice(sizes, size=n)
    # rates loosely proportional to size with noise, so mixes matter
    rates = chosen * rng.uniform(0.5, 1.5, size=n)
    objective = "max_throughput" if seed % 3 else "min_gpus"
    target = float(rates.max() * rng.uniform(0.5, 2.0)) if objective == "min_gpus" else None
    distinct = int(rng.integers(1, 3)) if seed % 4 == 0 else None
    cands = pd.DataFrame(
        {"num_gpus": chosen.astype(int), "rate_per_s": rates}, index=[f"c{i}" for i in range(n)]
    )
    return ParallelPlanInstance(cands, budget, per_node, num_nodes, objective, target, distinct)


@pytest.mark.parametrize("backend", BACKENDS)
def test_milp_matches_brute_force_on_random_instances(backend: str) -> None:
    checked = infeasible = 0
    for seed in range(NUM_RANDOM_INSTANCES):
        inst = random_instance(seed)
        expected = brute_force(inst)
        result = solve(build(inst), SolverOptions(backend=backend, time_limit_s=30))
        if expected is None:
            assert result.status is SolveStatus.INFEASIBLE, f"seed {seed}: {result.status}"
            infeasible += 1
            continue
        assert result.status is SolveStatus.OPTIMAL, f"seed {seed}"
        assert result.objective == pytest.approx(expected[0], rel=OBJECTIVE_REL_TOL, abs=1e-9), (
            f"seed {seed}"
        )
        counts = decode(inst, result.values)
        assert inst.objective_value(counts) == pytest.approx(
            expected[0], rel=OBJECTIVE_REL_TOL, abs=1e-9
        )
        sizes = [
            int(inst.candidates.at[c, "num_gpus"]) for c, k in counts.items() for _ in range(k)
        ]
        assert packs_on_nodes(sizes, inst.num_nodes, inst.gpus_per_node)
        checked += 1
    assert checked >= 20
    assert infeasible < NUM_RANDOM_INSTANCES // 2


def test_hand_checked_instance() -> None:
    # 8 GPUs in one node. TP8 gives 10 req/s; TP4 gives 6 (2 of them = 12); TP2 gives 2.5 (4 = 10).
    cands = pd.DataFrame(
        {"num_gpus": [8, 4, 2], "rate_per_s": [10.0, 6.0, 2.5]}, index=["tp8", "tp4", "tp2"]
    )
    inst = ParallelPlanInstance(cands, 8, 8, 1)
    assert brute_force(inst)[1] == {"tp4": 2}
    for backend in BACKENDS:
        r = solve(build(inst), SolverOptions(backend=backend))
        assert decode(inst, r.values) == {"tp4": 2}
        assert r.gap == pytest.approx(0, abs=1e-6)
    # With 7 GPUs: one TP4 (6) + one TP2 (2.5) = 8.5 beats anything else.
    inst7 = ParallelPlanInstance(cands, 7, 8, 1)
    assert brute_force(inst7)[1] == {"tp4": 1, "tp2": 1}


def test_min_gpus_prefers_throughput_among_equal_gpu_counts() -> None:
    cands = pd.DataFrame({"num_gpus": [4, 4], "rate_per_s": [5.0, 6.0]}, index=["slow", "fast"])
    inst = ParallelPlanInstance(cands, 8, 8, 1, objective="min_gpus", target_rate_per_s=4.0)
    for backend in BACKENDS:
        r = solve(build(inst), SolverOptions(backend=backend))
        assert decode(inst, r.values) == {"fast": 1}


def test_distinct_config_limit() -> None:
    cands = pd.DataFrame({"num_gpus": [4, 2], "rate_per_s": [6.0, 2.5]}, index=["tp4", "tp2"])
    free = ParallelPlanInstance(cands, 6, 8, 1)
    assert brute_force(free)[1] == {"tp4": 1, "tp2": 1}
    one = ParallelPlanInstance(cands, 6, 8, 1, max_distinct_configs=1)
    assert brute_force(one)[1] == {"tp2": 3}
    for backend in BACKENDS:
        assert decode(one, solve(build(one), SolverOptions(backend=backend)).values) == {"tp2": 3}


def test_packing_respects_nodes() -> None:
    assert packs_on_nodes([4, 2, 2], 1, 8)
    assert not packs_on_nodes([4, 4, 2], 1, 8)
    assert packs_on_nodes([16], 2, 8) and not packs_on_nodes([16, 1], 2, 8)
    assert not packs_on_nodes([12], 2, 8)  # neither divides a node nor fills whole nodes


def test_infeasible_target_is_reported_infeasible() -> None:
    cands = pd.DataFrame({"num_gpus": [8], "rate_per_s": [1.0]}, index=["tp8"])
    inst = ParallelPlanInstance(cands, 8, 8, 1, objective="min_gpus", target_rate_per_s=5.0)
    assert brute_force(inst) is None
    for backend in BACKENDS:
        assert solve(build(inst), SolverOptions(backend=backend)).status is SolveStatus.INFEASIBLE


def test_variable_names_are_stable() -> None:
    assert parallel_plan.var_name("tp4_pp1_b128") == "n_tp4_pp1_b128"
