r"""The ExeGPT shape of ``servesolve plan``: ExeGPT's RRA and WAA schedules (Oh et al.,
ASPLOS 2024) on ``k`` identical groups of ``g`` GPUs, solved exactly by the ``exegpt`` MILP
(:mod:`servesolve.formulations.exegpt`, Dinkelbach).

What is solved
    For every group size ``g`` (a power of two up to the GPU budget and
    :data:`~servesolve.exegpt_group.MAX_GROUP_GPUS`, inside a node or whole nodes),
    ``exegpt.from_specs`` prices ExeGPT's schedule grid (B_E, N_D, B_m, TP x PP per pool,
    the WAA split) with the run's cost model, and ``exegpt.dinkelbach_solve`` finds the
    throughput-optimal schedule of one group under ExeGPT's latency bound ``L``
    (:mod:`servesolve.exegpt_group`). ``k`` = the groups of ``g`` GPUs the budget and the
    nodes hold. The plan is the best ``k x schedule``: ``max_throughput`` / ``max_goodput``
    the most sequences per second; ``min_cost`` / ``min_gpus`` the fewest GPUs (every GPU
    has one price) serving the target rate. Copies are independent; a load balancer splits
    the traffic.

The certificate says ``optimal`` only when every group size's optimum is proven (the
Dinkelbach loop's bound within :data:`~servesolve.exegpt_group.PROVEN_REL_GAP`, a proven
infeasible group, or an enumeration); the plan's bound is the best ``k x bound`` over the
sizes. ``detail`` holds everything ``exegpt_deploy.plan_from_detail`` and
``exegpt_deploy.deployment_from_detail`` need to rebuild the schedule and its instance
(``servesolve replan`` re-solves it warm-started: :func:`replan`).
"""

from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import dataclass
from typing import Any

from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.exegpt_deploy import (
    Deployment,
    deploy_commands,
    deployment_from_detail,
    shape_detail,
)
from servesolve.exegpt_group import (
    GroupOptimum,
    LatencyBound,
    breaks,
    exegpt_options,
    grid_edges,
    group_sizes,
    latency_bound,
    layout_text,
    num_groups,
    solve_group,
    tail_latencies,
)
from servesolve.formulations import exegpt
from servesolve.formulations.exegpt import ExeGptOptions
from servesolve.plan_request import PlanRequest
from servesolve.shapes import Reason, ShapePlan


@dataclass(frozen=True)
class ShapeSearch:
    """Every group size's optimum, the chosen one, and the plan in the shapes' form."""

    shape_plan: ShapePlan
    sizes: tuple[GroupOptimum, ...]
    chosen: GroupOptimum | None
    bound: LatencyBound
    wall_time_s: float


def _why_none(sizes: list[GroupOptimum], bound: LatencyBound, budget: int) -> tuple[Reason, str]:
    """The binding reason no group size has a schedule, from the instance tables."""
    if not sizes:
        return "model", f"no ExeGPT layout (TP x PP dividing the heads) on up to {budget} GPUs"
    fits, tails = False, []
    for s in sizes:
        for plan in exegpt.iter_schedules(s.instance):
            a = exegpt.assess(s.instance, plan)
            if [v for v in a.violations if v.startswith("memory")]:
                continue
            fits = True
            tails.append((s.group_gpus, *tail_latencies(s.instance, plan)))
    if not fits:
        largest = max(s.group_gpus for s in sizes)
        return "memory", (
            f"no schedule fits GPU memory on a group of up to {largest} GPUs (weights, "
            "activations and the KV cache of the running and tail requests)"
        )
    best_ttft = min(t[1] for t in tails)
    best_tpot = min(t[2] for t in tails)
    if bound.ttft_s is not None and best_ttft > bound.ttft_s:
        return "TTFT", f"the fastest tail encoding takes {best_ttft:.3g} s > {bound.ttft_s:g} s"
    if bound.tpot_s is not None and best_tpot > bound.tpot_s:
        return "TPOT", f"the fastest tail gap per token is {best_tpot:.3g} s > {bound.tpot_s:g} s"
    fastest = min(t[3] for t in tails)
    return "latency", (
        f"the fastest memory-feasible schedule's tail request takes {fastest:.3g} s > "
        f"L = {bound.seconds:.3g} s ({bound.source})"
    )


def _certificate(sizes: list[GroupOptimum], value: float, upper: float, backend: str) -> str:
    milps = sum(s.milps for s in sizes)
    counted = f"{milps} MILPs over {len(sizes)} group sizes"
    if any(s.method == "enumeration" for s in sizes):
        counted += ", TTFT/TPOT by enumeration"
    proven = all(s.proven for s in sizes)
    if value <= 0:
        if proven:
            return f"no plan (proven: {backend} Dinkelbach, {counted})"
        return f"no plan (not proven: {backend} stopped, {counted})"
    gap = (upper - value) / value if math.isfinite(upper) else math.inf
    bound_text = f"bound {upper:.4g} req/s" if math.isfinite(upper) else "no bound"
    if proven:
        return f"optimal ({backend} Dinkelbach, {counted}; {bound_text}, gap {max(gap, 0):.1%})"
    return f"not proven ({backend} Dinkelbach, {counted}; {bound_text}, gap {gap:.1%})"


def search(
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
    *,
    options: ExeGptOptions | None = None,
    deployed: Deployment | None = None,
) -> ShapeSearch:
    """Solve every group size and pick the plan (see the module docstring).

    ``options``: the grid (default :func:`exegpt_options`); ``deployed``: a plan to
    re-solve warm-started (``exegpt.replan``) at its own group size.
    """
    start = time.perf_counter()
    model, cluster, opts = request.model, request.cluster, request.planner
    options = options or exegpt_options(request)
    bound = latency_bound(request.slo, stats)
    gpu_price = cluster.gpu.price_per_gpu_hour_usd

    def none(reason: Reason, note: str, certificate: str, sizes=()) -> ShapeSearch:
        plan = ShapePlan("exegpt", "", 0.0, 0, 0.0, certificate, reason, note)
        return ShapeSearch(plan, tuple(sizes), None, bound, time.perf_counter() - start)

    if not stats.mean_output_tokens > 1:
        return none(
            "model",
            f"ExeGPT schedules decoding: the outputs average {stats.mean_output_tokens:g} tokens",
            "no plan",
        )
    sizes: list[GroupOptimum] = []
    for g in group_sizes(model, cluster, gpu_budget):
        instance = exegpt.from_specs(
            model, cluster, stats, bound.seconds, g, "any", options, cost_model
        )
        if next(exegpt.iter_schedules(instance), None) is None:
            continue
        warm = deployed.plan if deployed is not None and deployed.group_gpus == g else None
        copies = num_groups(cluster, g, gpu_budget)
        sizes.append(solve_group(instance, copies, bound, request.solver, warm))
    backend = request.solver.backend
    feasible = [s for s in sizes if s.plan is not None and s.throughput_per_s > 0]
    if not feasible:
        reason, note = _why_none(sizes, bound, gpu_budget)
        return none(reason, note, _certificate(sizes, 0.0, 0.0, backend), sizes)

    upper = max(s.copies * s.bound_per_s for s in sizes)
    minimize = opts.objective in ("min_cost", "min_gpus")
    if minimize:
        offered = request.workload.arrival.rate_per_s or stats.arrival_rate_per_s
        target = opts.target_rate_per_s or offered
        if not target:
            return none(
                "throughput",
                f"{opts.objective} needs planner.target_rate_per_s or a workload arrival rate",
                "no plan",
                sizes,
            )
        reachable = []
        for s in feasible:
            need = math.ceil(target / s.throughput_per_s - 1e-12)
            if need <= s.copies:
                reachable.append((need * s.group_gpus, -need * s.throughput_per_s, s, need))
        if not reachable:
            most = max(s.total_per_s for s in feasible)
            return none(
                "GPUs",
                f"{gpu_budget} GPUs serve at most {most:.4g} req/s < target {target:g} req/s",
                f"no plan ({'proven' if all(s.proven for s in sizes) else 'not proven'}: "
                f"at most {upper:.4g} req/s on {gpu_budget} GPUs)",
                sizes,
            )
        _, _, chosen, copies = min(reachable, key=lambda r: r[:2])
        chosen = dataclasses.replace(chosen, copies=copies)
    else:
        chosen = max(feasible, key=lambda s: (s.total_per_s, -s.group_gpus))
    total = chosen.total_per_s
    certificate = _certificate(sizes, total, upper, backend)
    if minimize:  # the fewest copies of each size's proven optimum that serve the target
        proven = all(s.proven for s in sizes)
        certificate = (
            f"{'optimal' if proven else 'not proven'} (fewest GPUs for {target:g} req/s: "
            f"{backend} Dinkelbach, {sum(s.milps for s in sizes)} MILPs over {len(sizes)} "
            "group sizes)"
        )
    assert chosen.plan is not None
    deploy, engine_note = deploy_commands(
        request, stats, chosen.instance, chosen.plan, chosen.copies
    )
    ttft, tpot, e2e = tail_latencies(chosen.instance, chosen.plan)
    note = (
        f"L {bound.seconds:.3g} s from {bound.source}; tail request ({chosen.instance.tail_output_tokens} "
        f"tokens) TTFT {ttft:.3g} s, TPOT {tpot * 1000:.3g} ms, E2E {e2e:.3g} s, execution "
        "latency at saturation (queueing not counted, as in ExeGPT); " + engine_note
    )
    edge = grid_edges(chosen.plan, options)
    if edge:
        note += f"; {edge} at the grid's edge: optimal over the grid, a wider one may serve more"
    if bound.source.startswith("slo.ttft_s"):
        note = "ExeGPT bound derived from the SLO's TTFT and TPOT; " + note
    num_gpus = chosen.copies * chosen.group_gpus
    plan = ShapePlan(
        shape="exegpt",
        layout=layout_text(chosen.plan, chosen.copies),
        throughput_per_s=total,
        num_gpus=num_gpus,
        cost_per_hour_usd=num_gpus * gpu_price,
        certificate=certificate,
        note=note,
        detail=shape_detail(request, stats, chosen, sizes, bound, options),
        deploy=deploy,
    )
    return ShapeSearch(plan, tuple(sizes), chosen, bound, time.perf_counter() - start)


def solve(
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
) -> ShapePlan:
    """The best ExeGPT plan for ``request`` on at most ``gpu_budget`` GPUs, priced with
    ``cost_model`` (the run's, so the shapes compare on one price list)."""
    return search(request, stats, cost_model, gpu_budget).shape_plan


@dataclass(frozen=True)
class ShapeReplan:
    """A deployed ExeGPT plan re-solved for new lengths.

    ``new``: the best plan under the new lengths (every group size; the deployed size
    warm-started by ``exegpt.replan``). ``deployed_old_per_s``: the deployed plan's
    throughput under the lengths it was planned for (None when the detail lacks them);
    ``deployed_new_per_s``: under the new lengths, 0 when it breaks a bound
    (``deployed_breaks`` says which). ``warm``: the deployed size's re-solve.
    """

    new: ShapeSearch
    deployed: Deployment
    deployed_old_per_s: float | None
    deployed_new_per_s: float
    deployed_breaks: tuple[str, ...]
    warm: exegpt.ReplanResult | None
    resolve_wall_s: float


def replan(
    detail: dict[str, Any],
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
) -> ShapeReplan:
    """Re-plan the ExeGPT plan of ``detail`` for the lengths ``stats`` (same model,
    cluster, SLO and grid), and score the deployed plan under them."""
    deployed = deployment_from_detail(detail)
    start = time.perf_counter()
    new = search(
        request, stats, cost_model, gpu_budget, options=deployed.options, deployed=deployed
    )
    wall = time.perf_counter() - start
    warm = next((s for s in new.sizes if s.group_gpus == deployed.group_gpus), None)
    if warm is not None:
        instance = warm.instance
    else:  # the deployed size has no schedule under the new lengths: price it to score
        instance = exegpt.from_specs(
            request.model,
            request.cluster,
            stats,
            new.bound.seconds,
            deployed.group_gpus,
            "any",
            deployed.options,
            cost_model,
        )
    broken = breaks(instance, deployed.plan, new.bound)
    a = exegpt.assess(instance, deployed.plan)
    new_per_s = 0.0 if broken else deployed.copies * a.throughput_per_s
    old_per_s = None
    if deployed.stats is not None:
        old_bound = latency_bound(request.slo, deployed.stats)
        before = exegpt.from_specs(
            request.model,
            request.cluster,
            deployed.stats,
            old_bound.seconds,
            deployed.group_gpus,
            "any",
            deployed.options,
            cost_model,
        )
        old = exegpt.assess(before, deployed.plan)
        old_per_s = deployed.copies * old.throughput_per_s if old.feasible else 0.0
    return ShapeReplan(
        new=new,
        deployed=deployed,
        deployed_old_per_s=old_per_s,
        deployed_new_per_s=new_per_s,
        deployed_breaks=tuple(broken),
        warm=warm.replan if warm is not None else None,
        resolve_wall_s=wall,
    )


__all__ = [
    "ShapeReplan",
    "ShapeSearch",
    "replan",
    "search",
    "solve",
]
