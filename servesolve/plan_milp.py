"""Solving a request's colocated ``parallelism`` MILP.

``_solve`` warm-starts the solver from the best heuristic plan, raises an infeasible
instance as an error in the user's terms and, when the solver stops before finding any
plan, returns that warm start as a feasible, unproven plan (``WARM_START_NOTE``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from servesolve.errors import InfeasibleError
from servesolve.formulations import parallelism
from servesolve.plan_request import PlanRequest
from servesolve.solver import SolveResult, SolveStatus, solve


def _solve(
    instance: parallelism.ParallelismInstance,
    request: PlanRequest,
    heuristics: Mapping[str, tuple[str, dict[str, int], str]],
    target: float | None,
    gpu_budget: int,
    derated_rounds: int = 0,
) -> SolveResult:
    """Solve the parallelism MILP, warm-started from the best heuristic plan."""
    hints = {}
    feasible_heuristics = [
        c
        for _, c, _ in heuristics.values()
        if c and all(label in instance.candidates.index for label in c)
    ]
    if feasible_heuristics and instance.maximize:
        best = max(feasible_heuristics, key=lambda c: instance.objective_value(c))
        hints = parallelism.hint_values(instance, best)
    certificate = solve(parallelism.build(instance), request.solver, hints)
    if certificate.status is SolveStatus.INFEASIBLE:
        if derated_rounds:
            raise InfeasibleError(
                f"planner.target_rate_per_s: {target:g} req/s needs more than the {gpu_budget}-GPU budget sustains "
                f"in simulation (after {derated_rounds} round(s) derating the model's optimistic rates); fix: raise "
                f"planner.gpu_budget, lower the target, or set planner.check.enabled=false to trust the model alone"
            )
        raise InfeasibleError(
            f"planner.target_rate_per_s: {target:g} req/s needs more than the {gpu_budget}-GPU budget can serve "
            f"under the SLO; fix: raise planner.gpu_budget or lower the target rate"
        )
    if not certificate.status.has_solution:
        fallback = _warm_start_plan(instance, feasible_heuristics, certificate)
        if fallback is not None:
            return fallback
        raise InfeasibleError(
            f"solver.time_limit_s: {request.solver.backend} found no plan within {request.solver.time_limit_s:g} s "
            f"({certificate.status.value}); fix: raise solver.time_limit_s"
        )
    return certificate


#: ``SolveResult.stats["note"]`` of a plan that is the warm start, returned unproven.
WARM_START_NOTE = (
    "the solver stopped before finding a plan; this is the best heuristic plan (its warm "
    "start), feasible but not proven optimal"
)


def _warm_start_plan(
    instance: parallelism.ParallelismInstance,
    heuristics: list[dict[str, int]],
    stopped: SolveResult,
) -> SolveResult | None:
    """The best heuristic plan that meets every constraint of ``instance``, as a feasible
    (not proven) result, for a solve that stopped before finding any plan; None if none."""
    valued = [
        (value, counts)
        for counts in heuristics
        if (value := parallelism.evaluate(instance, counts)) is not None
    ]
    if not valued:
        return None
    pick = max if instance.maximize else min
    value, counts = pick(valued, key=lambda item: item[0])
    return SolveResult(
        SolveStatus.FEASIBLE,
        value,
        math.inf if instance.maximize else -math.inf,  # nothing proven
        math.inf,
        stopped.wall_time_s,
        stopped.backend,
        {parallelism.var_name(c): float(counts.get(c, 0)) for c in instance.candidates.index},
        {**stopped.stats, "solver_status": stopped.status.value, "note": WARM_START_NOTE},
    )
