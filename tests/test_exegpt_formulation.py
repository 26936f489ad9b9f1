"""ExeGPT's schedule MILP: a hand-checked instance, ExeGPT's models and tasks priced by
the roofline model, infeasibility, decoding, re-planning and the simulator hand-off."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest

from servesolve.costs.roofline import IterationTime
from servesolve.formulations import exegpt
from servesolve.formulations.base import family_of
from servesolve.formulations.exegpt import (
    ExeGptInstance,
    PoolMemory,
    RraSchedule,
    WaaSchedule,
    assess,
    brute_force,
    decode,
    from_specs,
    hints_from_plan,
    iter_schedules,
    replan,
    to_simulation,
    workload_stats,
)
from servesolve.solver import SolverOptions, SolveStatus, available_backends
from servesolve.solver.infeasibility import explain_infeasibility
from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

BACKENDS = available_backends()
#: The fastest installed backend, for the tests that are not about backends.
FAST_BACKEND = "cp_sat" if "cp_sat" in BACKENDS else BACKENDS[0]
#: Throughputs are recomputed from the tables; MILP and brute force agree to rounding.
OBJECTIVE_RTOL = 1e-9
#: Certified relative gap of a finished Dinkelbach loop.
GAP_TOL = 1e-6
#: Relative slack allowed when comparing throughputs of nested policies.
POLICY_RTOL = 1e-9


def it(period_s: float) -> IterationTime:
    return IterationTime(latency_s=period_s, period_s=period_s)


def hand_instance(**changes) -> ExeGptInstance:
    """2 GPUs; RRA on TP2, or WAA with one encode and one decode GPU; no overhead.

    Workload: mean output m = 3 (m - 1 = 2 decodes), tail output o = 4 (3 decodes),
    mean context 150, tail input 200 (tail context 204). B_E in {1, 2}, N_D in {1, 2},
    B_m = 1. Encodings: TP2 0.10 s (B_E=1), 0.15 s (B_E=2); one GPU 0.20 s, 0.30 s.
    RRA decodes b = 2 B_E / N_D sequences: b=1 0.04 s, b=2 0.05 s, b=4 0.06 s.
    WAA decode rounds: K=1 (2 sequences) 0.10 s, K=2 (4 sequences) 0.12 s.
    Memory (GiB): RRA weights 10, KV 0.01/token; encode weights 20, no KV; decode
    weights 20, KV 0.01/token; usable 30.

    Schedules (throughput = seqs / cycle; latency; RRA batch memory):
      RRA B_E=1 N_D=1: 1 / (0.10 + 0.05) = 6.667/s; 3 x 0.10 + 3 x 0.05 = 0.45 s
      RRA B_E=1 N_D=2: 1 / (0.10 + 2 x 0.04) = 5.556/s; 2 x 0.10 + 3 x 0.04 = 0.32 s
      RRA B_E=2 N_D=1: 2 / (0.15 + 0.06) = 9.524/s; 3 x 0.15 + 3 x 0.06 = 0.63 s; 16 GiB
      RRA B_E=2 N_D=2: 2 / (0.15 + 2 x 0.05) = 8.000/s; 2 x 0.15 + 3 x 0.05 = 0.45 s; 13 GiB
      WAA B_E=1: 1 / max(0.20, 0.10) = 5.000/s; 0.20 + 3 x 0.10 = 0.50 s
      WAA B_E=2: 2 / max(0.30, 0.12) = 6.667/s; 0.30 + 3 x 0.12 = 0.66 s
    With L = 0.5 s the optimum is RRA B_E=2 N_D=2 at 8/s (B_E=2 N_D=1 is too slow).
    """
    data = dict(
        num_gpus=2,
        latency_bound_s=0.5,
        usable_gib=30.0,
        runtime_reserve_gib=0.0,
        iteration_overhead_s=0.0,
        mean_input_tokens=100.0,
        mean_output_tokens=3.0,
        mean_context_tokens=150.0,
        tail_input_tokens=200.0,
        tail_output_tokens=4,
        encoder_batches=(1, 2),
        decode_iterations=(1, 2),
        max_micro_batches=1,
        layouts={1: ((1, 1),), 2: ((2, 1),)},
        encode_times={
            (2, 1, 1): it(0.10),
            (2, 1, 2): it(0.15),
            (1, 1, 1): it(0.20),
            (1, 1, 2): it(0.30),
        },
        rra_decode_times={
            (2, 1, 1, 1): it(0.05),
            (2, 1, 1, 2): it(0.04),
            (2, 1, 2, 1): it(0.06),
            (2, 1, 2, 2): it(0.05),
        },
        waa_decode_times={(1, 1, 1, 1): it(0.10), (1, 1, 2, 1): it(0.12)},
        memory={
            ("rra", 2, 1): PoolMemory(10.0, 0.0, 0.01),
            ("encode", 1, 1): PoolMemory(20.0, 0.0, 0.0),
            ("decode", 1, 1): PoolMemory(20.0, 0.0, 0.01),
        },
        waa_c_encode_gpus={1: 1, 2: 1},
        waa_m_encode_gpus={1: 1, 2: 1},
    )
    data.update(changes)
    return ExeGptInstance(**data)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("changes", "expected_plan", "expected_rate"),
    [
        ({}, RraSchedule(2, 1, 2, 2), 8.0),
        # A looser bound admits B_E=2, N_D=1.
        ({"latency_bound_s": 0.7}, RraSchedule(2, 1, 2, 1), 2 / 0.21),
        # ... unless its batch (16 GiB) exceeds 15 GiB; WAA's 20 GiB weights never fit.
        ({"latency_bound_s": 0.7, "usable_gib": 15.0}, RraSchedule(2, 1, 2, 2), 8.0),
        # WAA only: B_E=2 (0.66 s) beats B_E=1.
        ({"latency_bound_s": 0.7, "policy": "waa"}, WaaSchedule(1, 1, 1, 1, 2, 1), 2 / 0.3),
    ],
)
def test_hand_checked_instance(backend, changes, expected_plan, expected_rate) -> None:
    inst = hand_instance(**changes)
    best = brute_force(inst)
    assert best is not None and best.plan == expected_plan
    assert best.objective == pytest.approx(expected_rate, rel=OBJECTIVE_RTOL)
    result = exegpt.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert result.plan == expected_plan
    assert result.objective == pytest.approx(expected_rate, rel=OBJECTIVE_RTOL)
    assert result.gap <= GAP_TOL
    assert result.details["iterations"] == len(result.solves) >= 2
    assert all(s.status is SolveStatus.OPTIMAL for s in result.solves)


@pytest.mark.parametrize("backend", BACKENDS)
def test_infeasible_instance_names_the_failing_rows(backend) -> None:
    """The fastest schedule (RRA B_E=1 N_D=2) needs 0.32 s: a 0.3 s bound admits none."""
    inst = hand_instance(latency_bound_s=0.3)
    assert brute_force(inst) is None
    result = exegpt.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert result.plan is None and result.certificate.status is SolveStatus.INFEASIBLE
    assert math.isnan(result.objective)
    fastest = assess(inst, RraSchedule(2, 1, 1, 2))
    assert fastest.violations == ("slo__e2e_tail",)
    assert fastest.latency_s == pytest.approx(0.32)


def test_infeasibility_is_explained_in_seconds_and_gib() -> None:
    """0.02 s more bound, or memory would not help; with 9 GiB GPUs, memory is short."""
    report = explain_infeasibility(exegpt.build(hand_instance(latency_bound_s=0.3)))
    best = report.relaxations[0]
    assert best.families == ("slo",) and best.restores_feasibility
    assert best.total_violation == pytest.approx(0.02)
    # The least short: RRA B_E=1 N_D=2, 10 + 0.01 x 150 = 11.5 GiB (batch), 12.04 (tail).
    report = explain_infeasibility(exegpt.build(hand_instance(usable_gib=9.0)))
    best = report.relaxations[0]
    assert best.families == ("memory",) and best.worst_row == "memory__rra_tail"
    assert best.total_violation == pytest.approx((11.5 - 9.0) + (12.04 - 9.0))


def test_decode_round_trip_and_row_families() -> None:
    inst = hand_instance(latency_bound_s=0.7)
    problem = exegpt.build(inst)
    names = {v.name for v in problem.variables()}
    for plan in iter_schedules(inst):
        hints = hints_from_plan(inst, plan)
        assert set(hints) <= names
        assert decode(inst, hints) == plan
    rows = {row.name for row in problem.constraints()}
    assert {family_of(row) for row in rows} == {"structure", "slo", "memory"}
    assert {"memory__rra_batch", "memory__decode_tail", "slo__e2e_tail"} <= rows


def test_bad_instance_data_is_rejected() -> None:
    with pytest.raises(ValueError, match="policy"):
        hand_instance(num_gpus=1, layouts={1: ((1, 1),)}, policy="waa")
    with pytest.raises(ValueError, match="rra_decode_times"):
        hand_instance(rra_decode_times={(2, 1, 1, 1): it(0.05)})
    with pytest.raises(ValueError, match="mean_output_tokens"):
        hand_instance(mean_output_tokens=1.0)


# ---- ExeGPT's models and tasks, priced by the roofline model ------------------------

A40 = cluster_from_config(catalogue_entry("cluster", "a40x48"))


@pytest.fixture(scope="module")
def t5_summarization() -> ExeGptInstance:
    """ExeGPT's T5-11B deployment (8 A40) on task S, 20 s bound."""
    model = model_from_config(catalogue_entry("model", "t5-11b"))
    stats = workload_stats("exegpt_s", num_requests=2000)
    return from_specs(model, A40, stats, 20.0, num_gpus=8)


def test_t5_on_eight_a40_plan_makes_sense(t5_summarization) -> None:
    inst = t5_summarization
    options = SolverOptions(backend=FAST_BACKEND)
    rates = {}
    for policy in exegpt.POLICIES:
        result = exegpt.FORMULATION.solve(dataclasses.replace(inst, policy=policy), options)
        assert result.plan is not None, policy
        assert result.gap <= GAP_TOL
        a = result.details["assessment"]
        assert a.feasible and a.latency_s <= inst.latency_bound_s
        assert all(
            lhs <= inst.usable_gib * (1 + 1e-9)
            for name, (lhs, _) in a.rows.items()
            if name.startswith("memory")
        )
        rates[policy] = result.objective
        if policy == "waa_c":
            plan = result.plan
            assert plan.encode_gpus == inst.waa_c_encode_gpus[plan.encoder_batch]
    # Nested spaces: any >= rra, waa; waa >= waa_c, waa_m.
    for big, small in (("any", "rra"), ("any", "waa"), ("waa", "waa_c"), ("waa", "waa_m")):
        assert rates[big] >= rates[small] * (1 - POLICY_RTOL), (big, small, rates)
    # Tens of sequences per second, as ExeGPT reports for T5 on short tasks.
    assert 10 < rates["any"] < 500


def test_waa_decoder_only_holds_a_second_copy_of_the_weights() -> None:
    model = model_from_config(catalogue_entry("model", "opt-13b"))
    stats = workload_stats("exegpt_c1", num_requests=2000)
    inst = from_specs(model, A40, stats, 20.0, num_gpus=4)
    whole = inst.memory[("rra", 1, 4)].weights_gib * 4
    assert inst.memory[("encode", 1, 2)].weights_gib * 2 == pytest.approx(whole, rel=0.05)
    assert inst.memory[("decode", 1, 2)].weights_gib * 2 == pytest.approx(whole, rel=0.05)


def test_replan_after_a_shift_from_c1_to_c2() -> None:
    """OPT-13B on 4 A40, 20 s bound: C1's plan, then outputs four times longer (C2)."""
    model = model_from_config(catalogue_entry("model", "opt-13b"))
    before = from_specs(model, A40, workload_stats("exegpt_c1", num_requests=2000), 20.0, 4)
    after = from_specs(model, A40, workload_stats("exegpt_c2", num_requests=2000), 20.0, 4)
    options = SolverOptions(backend=FAST_BACKEND)
    deployed = exegpt.FORMULATION.solve(before, options)
    assert deployed.plan is not None
    out = replan(deployed.plan, after, options)
    assert out.plan is not None and out.wall_time_s > 0
    assert out.throughput_per_s == pytest.approx(brute_force(after).objective, rel=OBJECTIVE_RTOL)
    assert out.deployed_violations  # C1's schedule cannot keep C2's tail within 20 s
    assert out.deployed_throughput_per_s == 0.0
    assert "slo__e2e_tail" in out.deployed_violations
    # Re-planning an unchanged distribution confirms the deployed plan in one MILP.
    same = replan(deployed.plan, before, options)
    assert same.plan == deployed.plan and len(same.result.solves) == 1
    assert same.deployed_throughput_per_s == pytest.approx(deployed.objective)


def test_plans_run_in_the_simulator() -> None:
    """The MILP's RRA and WAA schedules convert to simulator specs that run to the end."""
    model = model_from_config(catalogue_entry("model", "opt-13b"))
    stats = workload_stats("exegpt_s", num_requests=2000)
    inst = from_specs(model, A40, stats, 20.0, num_gpus=4)
    from servesolve.workloads import sample_requests, workload_from_dict

    requests = sample_requests(
        workload_from_dict(catalogue_entry("workload", "exegpt_s")), num_requests=60, seed=1
    )
    for policy in ("rra", "waa"):
        result = exegpt.FORMULATION.solve(
            dataclasses.replace(inst, policy=policy), SolverOptions(backend=FAST_BACKEND)
        )
        sim = to_simulation(inst, result.plan).run(requests)
        done = sim.requests
        assert (done.generated_tokens == done.output_tokens).all(), policy


def test_random_and_scaled_instances_are_deterministic() -> None:
    a = exegpt.random_instance(np.random.default_rng(3))
    b = exegpt.random_instance(np.random.default_rng(3))
    assert a.latency_bound_s == b.latency_bound_s and a.encode_times == b.encode_times
    small = exegpt.scaled_instance(8, np.random.default_rng(0))
    assert small.num_gpus == 8 and sum(1 for _ in iter_schedules(small)) > 1000
