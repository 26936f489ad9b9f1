"""A request's cost model and simulator runs.

The cost model of a request (built once per process), the simulator check of a plan or
of replica groups under the request's engine and check options, and the capacity
estimator (settings and common random numbers) that the verified search uses.
"""

from __future__ import annotations

import math

from servesolve.capacity import CapacityEstimator, CapacitySetting
from servesolve.checking import (
    CAPACITY_FIELDS,
    CapacityOptions,
    CheckOptions,
    SimulationCheck,
    check_plan,
    engine_cost_model,
)
from servesolve.costs.roofline import RooflineCostModel
from servesolve.plan_request import PlanRequest
from servesolve.plan_result import PlanSummary
from servesolve.simulator import ReplicaGroupSpec

_COST_MODELS: dict[tuple[str, str, float, str, str], RooflineCostModel] = {}


def request_cost_model(request: PlanRequest) -> RooflineCostModel:
    """The cost model of ``request`` (``planner.cost_tables``, the request's engine), built
    once per process."""
    overhead = request.planner.candidates.iteration_overhead_s
    tables = request.planner.cost_tables
    key = (repr(request.model), repr(request.cluster), overhead, tables, repr(request.engine))
    if key not in _COST_MODELS:
        _COST_MODELS[key] = engine_cost_model(
            request.model, request.cluster, overhead, tables, request.engine
        )
    return _COST_MODELS[key]


def check_groups(
    request: PlanRequest,
    name: str,
    groups: list[ReplicaGroupSpec],
    rate_per_s: float,
    predicted_e2e_s: float = math.inf,
    replica_rates: list[float] | None = None,
) -> SimulationCheck:
    """Simulate replica ``groups`` with Poisson arrivals at ``rate_per_s``, under the
    request's engine knobs and check options (``replica_rates``: each group's modelled
    rate of one replica, which splits the rate of a plan too large to simulate whole;
    see :func:`servesolve.checking.check_plan`)."""
    cand = request.planner.candidates
    return check_plan(
        name,
        groups,
        rate_per_s,
        predicted_e2e_s,
        request.model,
        request.cluster,
        request.workload,
        request.slo,
        cand.max_num_batched_tokens,
        request.planner.check,
        cand.iteration_overhead_s,
        cand.gpu_memory_utilization,
        cand.runtime_reserve_gib,
        cost_model=request_cost_model(request),
        engine=request.engine,
        replica_rates=replica_rates,
    )


def _check(summary: PlanSummary, request: PlanRequest, rate_per_s: float) -> SimulationCheck:
    """Simulate ``summary`` with Poisson arrivals at ``rate_per_s``."""
    groups = _groups(summary)
    predicted = summary.at_capacity.e2e_s if summary.at_capacity else math.inf
    rates = [g.rate_per_s for g in summary.groups]
    return check_groups(request, summary.name, groups, rate_per_s, predicted, rates)


def capacity_options(check: CheckOptions) -> CapacityOptions:
    """The capacity estimation settings of a check."""
    return CapacityOptions(**{k: getattr(check, k) for k in CAPACITY_FIELDS})


def capacity_setting(request: PlanRequest, cost_model: RooflineCostModel) -> CapacitySetting:
    """What the request's capacity runs simulate: its engine, tables and knobs."""
    cand = request.planner.candidates
    return CapacitySetting(
        request.model,
        request.cluster,
        request.workload,
        request.slo,
        request.engine,
        cost_model,
        cand.max_num_batched_tokens,
        cand.iteration_overhead_s,
        cand.gpu_memory_utilization,
        cand.runtime_reserve_gib,
        policy=request.planner.check.policy,
    )


def capacity_estimator(request: PlanRequest) -> CapacityEstimator:
    """A fresh estimator with the settings the request's verified search uses: the same
    common random numbers, so it reproduces the search's figures (a twin for checks)."""
    return CapacityEstimator(
        capacity_setting(request, request_cost_model(request)),
        capacity_options(request.planner.check),
    )


def _groups(summary: PlanSummary) -> list[ReplicaGroupSpec]:
    """The simulator's replica groups of a plan summary."""
    return [
        ReplicaGroupSpec(
            g.tp, g.pp, g.max_num_seqs, g.num_replicas, g.ep, g.stage_layers, g.attn_dp
        )
        for g in summary.groups
    ]
