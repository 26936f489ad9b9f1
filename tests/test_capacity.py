"""SLO capacity by simulation (servesolve.capacity): common random numbers, the
bisection's claim, the stability cap, and the routing assumption against a full run."""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pytest
from helpers import CLUSTER, MODEL, OVERHEAD_S

from servesolve.capacity import CapacityEstimator, CapacitySetting, plan_capacity
from servesolve.checking import CapacityOptions, engine_cost_model
from servesolve.simulator import ReplicaGroupSpec
from servesolve.specs import catalogue_entry, slo_from_config
from servesolve.specs.catalog import load_engine
from servesolve.workloads import workload_from_dict

#: A short-request workload so that runs are quick: lengths resampled from exegpt_s.
WORKLOAD = workload_from_dict(catalogue_entry("workload", "exegpt_s"))
SLO = slo_from_config(catalogue_entry("slo", "chat"))
OPTIONS = CapacityOptions(replications=3, num_requests=300, rel_tol=0.04)
SMALL = ReplicaGroupSpec(1, 1, 32)


def setting(slo=SLO) -> CapacitySetting:
    engine = load_engine("vllm")
    return CapacitySetting(
        MODEL,
        CLUSTER,
        WORKLOAD,
        slo,
        engine,
        engine_cost_model(MODEL, CLUSTER, OVERHEAD_S, "roofline", engine),
        max_num_batched_tokens=engine.max_num_batched_tokens,
        iteration_overhead_s=OVERHEAD_S,
        gpu_memory_utilization=engine.gpu_memory_utilization,
        runtime_reserve_gib=1.0,
    )


def test_common_random_numbers_replay_exactly_and_scale_with_the_rate() -> None:
    a, b = CapacityEstimator(setting(), OPTIONS), CapacityEstimator(setting(), OPTIONS)
    slow, fast = a.streams.requests(1, 2.0, 100), b.streams.requests(1, 4.0, 100)
    # The same lengths in the same order; arrivals at twice the rate come twice as early.
    assert (slow[["input_tokens", "output_tokens"]] == fast[["input_tokens", "output_tokens"]]).all(
        axis=None
    )
    np.testing.assert_allclose(fast["arrival_time_s"] * 2, slow["arrival_time_s"], rtol=1e-12)
    # Replications differ from each other.
    other = a.streams.requests(2, 2.0, 100)
    assert not np.array_equal(other["output_tokens"], slow["output_tokens"])
    # The whole estimate is a function of the setting and the options.
    first, second = a.estimate(SMALL, 5.0), b.estimate(SMALL, 9.0)
    assert first.per_replication == pytest.approx(second.per_replication, rel=OPTIONS.rel_tol)


def test_capacity_meets_the_slo_and_a_step_above_it_does_not() -> None:
    est = CapacityEstimator(setting(), OPTIONS)
    capacity = est.estimate(SMALL, 5.0)
    assert len(capacity.per_replication) == OPTIONS.replications
    for r, value in enumerate(capacity.per_replication):
        assert 0 < value <= capacity.saturation[r] + 1e-12
        assert est.run(SMALL, value, r, capacity.num_requests).meets_slo
        above = value * (1 + OPTIONS.rel_tol)
        if above < capacity.saturation[r]:  # else the stability limit decided
            assert not est.run(SMALL, above, r, capacity.num_requests).meets_slo
    assert capacity.low <= capacity.mean <= capacity.high
    assert math.isfinite(capacity.half_width)
    # A second request is answered from the cache.
    before = est.simulations
    assert est.estimate(SMALL, 1.0) == capacity
    assert est.simulations == before


def test_without_latency_bounds_the_capacity_is_the_saturated_throughput() -> None:
    none = slo_from_config(catalogue_entry("slo", "none"))
    est = CapacityEstimator(setting(none), OPTIONS)
    capacity = est.estimate(SMALL, 1.0)
    assert capacity.per_replication == capacity.saturation
    assert capacity.stability_limited == OPTIONS.replications
    assert est.upper_bound(SMALL) == pytest.approx(max(capacity.saturation) * (1 + OPTIONS.rel_tol))
    # A bigger batch cap sustains more.
    assert est.upper_bound(replace(SMALL, max_num_seqs=128)) > est.upper_bound(SMALL)


def test_more_replications_extend_the_same_runs() -> None:
    est = CapacityEstimator(setting(), OPTIONS)
    three = est.estimate(SMALL, 5.0)
    five = est.estimate(SMALL, 5.0, replications=5)
    assert five.per_replication[:3] == three.per_replication
    assert len(five.per_replication) == 5 and est.replications_of(SMALL) == 5
    assert est.known(SMALL) == five


def test_the_routing_assumption_holds_in_a_full_simulation() -> None:
    """Two replicas behind the load-aware router meet the SLO at the summed capacity's
    low end, and miss it well above its high end."""
    est = CapacityEstimator(setting(), OPTIONS)
    plan = [replace(SMALL, count=2)]
    capacity = plan_capacity(est, plan)
    assert capacity.mean == pytest.approx(2 * est.known(SMALL).mean)
    per_replica = capacity.estimates[0][0].num_requests
    at_low = est.check_plan(plan, capacity.low, "least_outstanding_tokens", per_replica)
    assert at_low.meets_slo, at_low
    beyond = est.check_plan(
        plan, 1.5 * capacity.high, "least_outstanding_tokens", per_replica, stability=True
    )
    assert "throughput" in beyond.misses, beyond


def test_capacity_command_scores_a_plan_and_writes_its_files(tmp_path, monkeypatch) -> None:
    import json

    from helpers import run_main

    out = tmp_path / "run"
    args = [
        "capacity",
        "model=llama3.1-8b",
        "workload=exegpt_s",
        "cost_tables=roofline",
        "replicas=[{tp: 1, max_num_seqs: 32, count: 2}]",
        "capacity.num_requests=300",
        "capacity.rel_tol=0.04",
        f"hydra.run.dir={out}",
    ]
    outcome = run_main(args, monkeypatch)
    assert outcome.code == 0, outcome.stderr
    assert "SLO capacity" in outcome.stdout and "95% interval" in outcome.stdout
    data = json.loads((out / "capacity.json").read_text())
    # The command measures exactly what the estimator does, on the same random numbers.
    direct = plan_capacity(CapacityEstimator(setting(), OPTIONS), [replace(SMALL, count=2)])
    assert data["capacity_per_s"] == pytest.approx(direct.mean, rel=1e-12)
    assert data["low_per_s"] <= data["capacity_per_s"] <= data["high_per_s"]
    assert (
        data["configs"][0]["replicas"] == 2
        and len(data["configs"][0]["per_replication_per_s"]) == 3
    )
    assert {p.name for p in out.iterdir()} == {"capacity.json", "result.csv", "config.yaml"}
    again = run_main(args, monkeypatch)
    assert again.code == 2 and "never overwritten" in again.stderr


def test_parallel_workers_give_the_same_estimates_as_one() -> None:
    groups = [SMALL, replace(SMALL, max_num_seqs=128), replace(SMALL, tp=2)]
    items = [(g, 5.0, 0) for g in groups]
    one = CapacityEstimator(setting(), replace(OPTIONS, workers=1))
    two = CapacityEstimator(setting(), replace(OPTIONS, workers=2))
    counted: list[int] = []
    two.on_simulation = lambda: counted.append(1)
    serial, parallel = one.estimate_many(items), two.estimate_many(items)
    for a, b in zip(serial, parallel, strict=True):
        assert a.per_replication == b.per_replication and a.saturation == b.saturation
        assert a.at_capacity == b.at_capacity and a.simulations == b.simulations
    # Every simulation a worker ran is counted, and shown, in the parent.
    assert two.simulations == one.simulations == len(counted) > 0
