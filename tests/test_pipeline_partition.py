"""The pipeline-partition MILP: a hand-checked optimum, a real instance, infeasibility,
the decode round trip and instance checks (the seeded twin runs in test_formulation_twins)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from servesolve.errors import SpecError
from servesolve.formulations import pipeline_partition as pp
from servesolve.formulations.pipeline_partition import (
    FORMULATION,
    TIME_UNITS_PER_S,
    GpuGroup,
    PipelinePartitionInstance,
    PipelinePlan,
)
from servesolve.solver import SolverOptions, SolveStatus, available_backends, solve
from servesolve.solver.infeasibility import explain_infeasibility
from servesolve.specs.catalog import catalogue_entry, load_gpu, model_from_config

BACKENDS = available_backends()
#: Relative tolerance between MILP and hand/brute-force objectives (backends certify
#: optimality to ~1e-9; the twin sums the same floats in another order).
OBJECTIVE_RTOL = 1e-6
#: Slack (s, GiB) the infeasibility report may be off by: HiGHS's feasibility tolerance.
SLACK_TOL = 1e-6
MS = 1e-3


def group(name: str, layer_ms: float, head_ms: float, **memory: float) -> GpuGroup:
    """A group with 0.1 ms sends, no embedding time and (by default) ample memory."""
    data = dict(
        layer_weight_gib=10.0,
        layer_kv_gib=0.0,
        embedding_gib=2.0,
        head_gib=5.0,
        activation_gib=0.0,
        usable_gib=100.0,
    )
    data.update(memory)
    return GpuGroup(
        name=name,
        gpu=name,
        tp=1,
        layer_time_s=layer_ms * MS,
        embedding_time_s=0.0,
        head_time_s=head_ms * MS,
        send_time_s=0.1 * MS,
        **data,
    )


def tiny(usable_fast_gib: float = 100.0, bound_s: float | None = None):
    """Two stages, three layers: a fast group (1 ms/layer, head 0.5 ms) and a slow one
    (2 ms/layer, head 1 ms); sends 0.1 ms; layers 10 GiB, embedding 2, head 5.

    Stage times (ms) of every plan, first stage listed first:
        fast, slow  (1, 2): 1 + 0.1 = 1.1 | 4 + 1 = 5      -> bottleneck 5.0, latency 6.1
        fast, slow  (2, 1): 2 + 0.1 = 2.1 | 2 + 1 = 3      -> 3.0, latency 5.1
        slow, fast  (1, 2): 2 + 0.1 = 2.1 | 2 + 0.5 = 2.5  -> 2.5, latency 4.6
        slow, fast  (2, 1): 4 + 0.1 = 4.1 | 1 + 0.5 = 1.5  -> 4.1, latency 5.6
    Optimum 2.5 ms: the slow group first with one layer, the fast one last with two.
    With 24 GiB on the fast group, two layers and the head (25 GiB) no longer fit but two
    layers and the embedding (22 GiB) do: the optimum becomes 3.0 ms (fast first, 2 + 1).
    A 4.5 ms latency bound is below every plan's latency (least 4.6 ms): infeasible.
    """
    groups = (group("fast", 1.0, 0.5, usable_gib=usable_fast_gib), group("slow", 2.0, 1.0))
    return PipelinePartitionInstance(3, groups, max_token_latency_s=bound_s)


def llama70b():
    return model_from_config(catalogue_entry("model", "llama3.1-70b"))


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(
    ("usable_fast_gib", "optimum_ms", "plan"),
    [
        (100.0, 2.5, PipelinePlan(("slow", "fast"), (1, 2))),
        (24.0, 3.0, PipelinePlan(("fast", "slow"), (2, 1))),
    ],
)
def test_hand_checked_optimum(backend, usable_fast_gib, optimum_ms, plan) -> None:
    instance = tiny(usable_fast_gib)
    result = FORMULATION.solve(instance, SolverOptions(backend=backend))
    optimum_us = optimum_ms * MS * TIME_UNITS_PER_S
    assert result.certificate.status is SolveStatus.OPTIMAL
    assert result.objective == pytest.approx(optimum_us, rel=OBJECTIVE_RTOL)
    assert result.plan == plan
    assert FORMULATION.brute_force(instance).objective == pytest.approx(optimum_us)


@pytest.mark.parametrize("backend", BACKENDS)
def test_latency_bound_below_every_plan_is_infeasible(backend) -> None:
    instance = tiny(bound_s=4.5 * MS)
    assert FORMULATION.brute_force(instance) is None
    result = FORMULATION.solve(instance, SolverOptions(backend=backend))
    assert result.plan is None
    assert result.certificate.status is SolveStatus.INFEASIBLE


def test_infeasible_latency_bound_is_explained_in_seconds() -> None:
    report = explain_infeasibility(
        FORMULATION.build(tiny(bound_s=4.5 * MS)), SolverOptions("highs")
    )
    slo = next(c for c in report.causes if c.families == ("slo",))
    assert slo.worst_row == "slo__token_latency"
    assert slo.total_violation == pytest.approx(0.1 * MS, abs=SLACK_TOL)


def test_model_too_big_for_the_gpus_is_infeasible_and_blamed_on_memory() -> None:
    """Llama-3.1-70B (~131 GiB of layer weights) on two L40S (~42 GiB usable each)."""
    l40s = load_gpu("L40S-48GB")
    instance = pp.from_specs(llama70b(), [(l40s, 1), (l40s, 1)], batch_size=8, context_tokens=1024)
    assert FORMULATION.brute_force(instance) is None
    result = FORMULATION.solve(instance, SolverOptions(backend="highs"))
    assert result.certificate.status is SolveStatus.INFEASIBLE
    report = explain_infeasibility(FORMULATION.build(instance), SolverOptions("highs"))
    memory = next(c for c in report.causes if c.families == ("memory",))
    assert memory.unit == "GiB" and memory.total_violation > 40.0


def test_llama70b_on_two_h100_and_two_a100() -> None:
    """The MILP beats the even split and gives the slower A100s fewer layers."""
    h100, a100 = load_gpu("H100-SXM-80GB"), load_gpu("A100-SXM-80GB")
    gpus = [(h100, 1), (h100, 1), (a100, 1), (a100, 1)]
    instance = pp.from_specs(llama70b(), gpus, batch_size=64, context_tokens=2048)
    names = [g.name for g in instance.groups]
    result = FORMULATION.solve(instance, SolverOptions(backend="cp_sat"))
    assert result.certificate.status is SolveStatus.OPTIMAL
    plan = result.plan
    assert FORMULATION.evaluate(instance, plan) == pytest.approx(result.objective)
    even = pp.even_split(80, 4)
    best_even = min(
        v
        for order in itertools.permutations(names)
        if (v := FORMULATION.evaluate(instance, PipelinePlan(order, even))) is not None
    )
    assert result.objective < 0.8 * best_even  # 18.0 ms vs 24.8 ms for the best order
    layers = plan.layers_by_group()
    on_h100 = [layers[g.name] for g in instance.groups if g.gpu == h100.name]
    on_a100 = [layers[g.name] for g in instance.groups if g.gpu == a100.name]
    assert max(on_a100) < min(on_h100)
    usable = {g.name: g.usable_gib for g in instance.groups}
    for name, need in zip(plan.stages, pp.stage_memory_gib(instance, plan), strict=True):
        assert need <= usable[name]


def test_identical_gpus_give_end_stages_no_more_layers_than_middle_ones() -> None:
    h100 = load_gpu("H100-SXM-80GB")
    instance = pp.from_specs(llama70b(), [(h100, 1)] * 4, batch_size=64, context_tokens=2048)
    for backend in BACKENDS:
        plan = FORMULATION.solve(instance, SolverOptions(backend=backend)).plan
        middle = min(plan.layers[1:-1])
        assert plan.layers[0] <= middle and plan.layers[-1] <= middle, (backend, plan)
        assert sum(plan.layers) == 80


def test_decode_round_trip_and_plan_values_are_a_feasible_point() -> None:
    """Every plan of a seeded instance with identical groups: decode(plan_values(plan)) is
    its canonical form, and the MILP fixed to those values has the plan's bottleneck."""
    instance = FORMULATION.random_instance(np.random.default_rng(13))
    assert any(len(c) > 1 for c in instance.identical_classes)
    names = [g.name for g in instance.groups]
    checked = 0
    for order in itertools.permutations(names):
        for layers in itertools.islice(pp.compositions(instance.num_layers, len(names)), 4):
            plan = PipelinePlan(order, layers)
            value = FORMULATION.evaluate(instance, plan)
            if value is None:
                continue
            values = pp.plan_values(instance, plan)
            canon = pp.canonical_plan(instance, plan)
            assert FORMULATION.decode(instance, values) == canon
            assert FORMULATION.evaluate(instance, canon) == pytest.approx(value)
            problem = FORMULATION.build(instance)
            for var in problem.variables():
                var.lowBound = var.upBound = values[var.name]
            fixed = solve(problem, SolverOptions(backend="highs"))
            assert fixed.status is SolveStatus.OPTIMAL
            assert fixed.objective == pytest.approx(value, rel=OBJECTIVE_RTOL)
            checked += 1
    assert checked >= 10


def test_brute_force_deduplication_loses_nothing() -> None:
    """Deduplicating orders of identical groups gives the optimum of every order."""
    for seed in range(12):
        instance = FORMULATION.random_instance(np.random.default_rng(seed))
        names = [g.name for g in instance.groups]
        values = [
            v
            for order in itertools.permutations(names)
            for layers in pp.compositions(instance.num_layers, len(names))
            if (v := FORMULATION.evaluate(instance, PipelinePlan(order, layers))) is not None
        ]
        best = FORMULATION.brute_force(instance)
        assert (best is None) == (not values)
        if values:
            assert best.objective == pytest.approx(min(values))


def test_scaled_instances() -> None:
    for size in FORMULATION.scaling_sizes:
        instance = FORMULATION.scaled_instance(size, np.random.default_rng(0))
        assert instance.num_stages == size and 80 <= instance.num_layers <= 126
        again = FORMULATION.scaled_instance(size, np.random.default_rng(0))
        assert again == instance
    largest = FORMULATION.scaled_instance(max(FORMULATION.scaling_sizes), np.random.default_rng(0))
    result = FORMULATION.solve(largest, SolverOptions(backend="highs", time_limit_s=60))
    assert result.certificate.status is SolveStatus.OPTIMAL and result.gap <= 1e-6


def test_even_split() -> None:
    assert pp.even_split(80, 3) == (26, 27, 27)
    assert pp.even_split(4, 4) == (1, 1, 1, 1)
    with pytest.raises(SpecError, match="num_stages"):
        pp.even_split(3, 4)


def test_bad_data_names_the_field() -> None:
    with pytest.raises(SpecError, match=r"groups\[g\]\.layer_time_s"):
        group("g", -1.0, 0.5)
    with pytest.raises(SpecError, match="duplicate names"):
        PipelinePartitionInstance(3, (group("a", 1.0, 0.5), group("a", 1.0, 0.5)))
    with pytest.raises(SpecError, match="max_token_latency_s"):
        tiny(bound_s=0.0)
    with pytest.raises(SpecError, match="plan.stages"):
        FORMULATION.evaluate(tiny(), PipelinePlan(("fast", "other"), (1, 2)))
    t5 = model_from_config(catalogue_entry("model", "t5-11b"))
    with pytest.raises(SpecError, match="model.architecture"):
        pp.from_specs(t5, [(load_gpu("H100-SXM-80GB"), 1)], batch_size=1, context_tokens=16)
