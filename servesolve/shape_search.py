"""Every plan shape of ``servesolve plan``, ranked: which shapes a run searches
(``planner.shapes``), the colocated plan in the shapes' common form, and the ranking that
names the winner and why each other shape loses.

Shapes are compared on the cost model's modelled SLO-meeting rate (req/s), all priced by
the run's one cost model: the colocated plan after its simulator check (repair or
verified), the others as their MILPs price them (not simulated here; ``servesolve
simulate plan=`` runs a disaggregated plan.json).
"""

from __future__ import annotations

import dataclasses
import time

from servesolve.costs.roofline import RooflineCostModel
from servesolve.launch import max_model_len
from servesolve.plan_request import PlanRequest
from servesolve.plan_result import PlanResult, groups_text
from servesolve.shapes import SHAPES, Shape, ShapePlan
from servesolve.solver import SolveStatus


def admitted_shapes(request: PlanRequest) -> tuple[Shape, ...]:
    """The shapes a run searches by default: colocated always; disaggregated on two or
    more GPUs; ExeGPT's schedules under ExeGPT's own latency bound (an SLO with
    ``e2e_s``)."""
    budget = request.planner.gpu_budget or request.cluster.num_gpus
    out: list[Shape] = ["colocated"]
    if budget >= 2:
        out.append("disaggregated")
    if request.slo.e2e_s is not None:
        out.append("exegpt")
    return tuple(out)


def requested_shapes(request: PlanRequest) -> tuple[Shape, ...]:
    """``planner.shapes`` in the canonical order, or the admitted shapes when unset."""
    asked = request.planner.shapes
    if asked is None:
        return admitted_shapes(request)
    return tuple(s for s in SHAPES if s in asked)


def colocated_shape(result: PlanResult) -> ShapePlan:
    """The colocated plan in the shapes' common form."""
    best, cert = result.plan, result.certificate
    proven = cert.status is SolveStatus.OPTIMAL
    certificate = (
        f"optimal ({cert.backend}, gap {cert.gap:.1%})"
        if proven
        else f"not proven ({cert.backend}: {cert.status.value})"
    )
    if result.verification is not None:
        certificate += f"; verified within {result.verification.epsilon:.0%} in simulation"
    layout = groups_text(best.groups, split=False)
    checked = result.checks[0] if result.checks else None
    if result.verification is not None:
        note = "priced by simulated SLO capacity (planner.check.method=verified)"
    elif checked is not None:
        verdict = "meets" if checked.meets_slo else "misses"
        note = f"simulated at its rate: {verdict} the SLO (planner.check.method=repair)"
    else:
        note = "not simulated (planner.check.enabled=false)"
    return ShapePlan(
        shape="colocated",
        layout=layout,
        throughput_per_s=best.throughput_per_s,
        num_gpus=best.num_gpus,
        cost_per_hour_usd=best.num_gpus * result.request.cluster.gpu.price_per_gpu_hour_usd,
        certificate=certificate,
        note=note,
        detail={"groups": len(best.groups)},
    )


def _score(shape: ShapePlan, objective: str) -> float:
    """Smaller is better."""
    if objective in ("min_cost",):
        return shape.cost_per_hour_usd
    if objective == "min_gpus":
        return float(shape.num_gpus)
    return -shape.throughput_per_s


def rank(shapes: list[ShapePlan], objective: str, requested: tuple[Shape, ...]) -> list[ShapePlan]:
    """Requested shapes with a plan first, best first (ties: colocated, then the order of
    ``SHAPES``); then the rest. A loser with a plan gets its binding reason: the
    objective it loses on (throughput, cost or GPUs)."""
    order = {s: i for i, s in enumerate(SHAPES)}

    def key(s: ShapePlan) -> tuple[int, float, int]:
        eligible = s.feasible and s.shape in requested
        return (0 if eligible else 1, _score(s, objective) if eligible else 0.0, order[s.shape])

    ranked = sorted(shapes, key=key)
    loses_on = {"min_cost": "cost", "min_gpus": "GPUs"}.get(objective, "throughput")
    out = [ranked[0]]
    for s in ranked[1:]:
        if s.feasible and s.shape in requested:
            s = dataclasses.replace(s, reason=loses_on)
        out.append(s)
    return out


def with_shapes(
    result: PlanResult, wanted: tuple[Shape, ...], cost_model: RooflineCostModel
) -> PlanResult:
    """``result`` (the colocated plan) with every wanted shape solved and ranked. The
    colocated plan is always part of the result (it anchors the report and the deploy
    files); when not wanted it is shown for reference and cannot win."""
    request, stats = result.request, result.stats
    opts = request.planner
    gpu_budget = opts.gpu_budget or request.cluster.num_gpus
    offered = request.workload.arrival.rate_per_s or stats.arrival_rate_per_s
    target = opts.target_rate_per_s or offered
    minimize = opts.objective in ("min_gpus", "min_cost")
    max_len = max_model_len(request.model, stats)
    shapes = [colocated_shape(result)]
    timings: dict[str, float] = {}
    for shape in wanted:
        if shape == "colocated":
            continue
        start = time.perf_counter()
        if shape == "disaggregated":
            from servesolve import disaggregated_shape

            shapes.append(
                disaggregated_shape.solve(
                    request,
                    stats,
                    cost_model,
                    gpu_budget,
                    minimize=minimize,
                    target_rate_per_s=target,
                    max_len=max_len,
                )
            )
        elif shape == "exegpt":
            from servesolve import exegpt_shape

            shapes.append(exegpt_shape.solve(request, stats, cost_model, gpu_budget))
        timings[shape] = time.perf_counter() - start
    shapes = [
        dataclasses.replace(s, detail=s.detail | {"solve_time_s": timings[s.shape]})
        if s.shape in timings
        else s
        for s in shapes
    ]
    if "colocated" not in wanted:
        shapes[0] = dataclasses.replace(shapes[0], note=shapes[0].note + "; not requested")
    return dataclasses.replace(result, shapes=tuple(rank(shapes, opts.objective, wanted)))


__all__ = ["admitted_shapes", "colocated_shape", "rank", "requested_shapes", "with_shapes"]
