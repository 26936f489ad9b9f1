"""One group of an ExeGPT plan: ExeGPT's latency bound ``L``, the group sizes searched,
one size's optimum (:func:`solve_group`) and the schedule in words.

A group is ``g`` GPUs running one ExeGPT schedule (RRA or WAA; ``formulations/exegpt.py``);
:mod:`servesolve.exegpt_shape` solves every size and runs ``k`` copies of the best.

The latency bound ``L`` (ExeGPT's constraint: a request of the tail output length, the
stats' quantile, finishes within ``L`` of its encoding; queueing is not counted)
    * ``slo.e2e_s`` when set;
    * else, with ``slo.ttft_s`` and ``slo.tpot_s``: ``ttft_s + tpot_s x (o - 1)``, ``o`` the
      tail output length. Any schedule whose tail request meets TTFT (its first encoding)
      and TPOT (its mean gap per later token) separately meets this ``L``, so the MILP
      under ``L`` is a relaxation of the SLO. Its optimum is then checked against TTFT and
      TPOT separately: when it meets them it is optimal under the SLO as well; when not,
      the group's whole grid is enumerated under all three bounds (exact, by
      ``exegpt.assess``). Both bounds also apply, with ``L = min(e2e_s, ...)``, when all
      three are set;
    * no bound (``slo=none``): ``L`` = :data:`UNBOUNDED_S`.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from servesolve.costs.replica_model import WorkloadStats
from servesolve.formulations import exegpt
from servesolve.formulations.base import FormulationResult
from servesolve.formulations.exegpt import (
    ExeGptInstance,
    ExeGptOptions,
    ExeGptPlan,
    PlanAssessment,
    RraSchedule,
    WaaSchedule,
)
from servesolve.plan_request import PlanRequest
from servesolve.solver import SolverOptions, SolveStatus
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec

#: Largest group searched (ExeGPT's largest deployment is 48 GPUs); more GPUs are copies.
MAX_GROUP_GPUS = 64
#: A Dinkelbach result counts as proven when its bound is this close to its throughput
#: (CP-SAT scales floats to integers at 1e-9).
PROVEN_REL_GAP = 1e-6
#: ``L`` when the SLO bounds nothing (s).
UNBOUNDED_S = 1e6


@dataclass(frozen=True)
class LatencyBound:
    """ExeGPT's ``L`` for an SLO and the separate TTFT/TPOT bounds it stands in for."""

    seconds: float
    source: str  # "slo.e2e_s", "slo.ttft_s + slo.tpot_s x (p99 output - 1)", "none", ...
    ttft_s: float | None = None
    tpot_s: float | None = None

    @property
    def separate(self) -> bool:
        """Whether TTFT or TPOT must be checked on their own."""
        return self.ttft_s is not None or self.tpot_s is not None


def latency_bound(slo: SloSpec, stats: WorkloadStats) -> LatencyBound:
    """``L`` for ``slo`` at the tail output length of ``stats`` (see the module docstring)."""
    tail = max(1, math.ceil(stats.output_quantile_tokens - 1e-9))
    pct = f"p{stats.quantile * 100:g}"
    bounds: list[tuple[float, str]] = []
    if slo.e2e_s is not None:
        bounds.append((slo.e2e_s, "slo.e2e_s"))
    if slo.ttft_s is not None and slo.tpot_s is not None:
        derived = slo.ttft_s + slo.tpot_s * (tail - 1)
        bounds.append(
            (
                derived,
                f"slo.ttft_s + slo.tpot_s x ({pct} output {tail} - 1) = "
                f"{slo.ttft_s:g} + {slo.tpot_s:g} x {tail - 1}",
            )
        )
    if not bounds:
        one = "slo.ttft_s" if slo.ttft_s is not None else "slo.tpot_s"
        source = "none" if not slo.is_bounded else f"none on the whole request ({one} alone)"
        return LatencyBound(UNBOUNDED_S, source, slo.ttft_s, slo.tpot_s)
    seconds, source = min(bounds)
    return LatencyBound(seconds, source, slo.ttft_s, slo.tpot_s)


def tail_latencies(instance: ExeGptInstance, plan: ExeGptPlan) -> tuple[float, float, float]:
    """The tail request's TTFT (its first encoding), mean gap per later token and
    end-to-end time, from the instance tables (the MILP's own numbers)."""
    a = exegpt.assess(instance, plan)
    if isinstance(plan, RraSchedule):
        key = (plan.tp, plan.pp, plan.encoder_batch)
    else:
        key = (plan.encode_tp, plan.encode_pp, plan.encoder_batch)
    ttft = instance.encode_times[key].period_s
    steps = instance.tail_output_tokens - 1
    tpot = (a.latency_s - ttft) / steps if steps > 0 else 0.0
    return ttft, tpot, a.latency_s


def _meets_separate(instance: ExeGptInstance, plan: ExeGptPlan, bound: LatencyBound) -> bool:
    ttft, tpot, _ = tail_latencies(instance, plan)
    tol = 1 + exegpt.FEASIBILITY_RTOL
    return (bound.ttft_s is None or ttft <= bound.ttft_s * tol) and (
        bound.tpot_s is None or tpot <= bound.tpot_s * tol
    )


def group_sizes(model: ModelSpec, cluster: ClusterSpec, gpu_budget: int) -> list[int]:
    """Group sizes searched: powers of two up to the budget and :data:`MAX_GROUP_GPUS`,
    inside one node or whole nodes, with at least one schedule layout."""
    per_node = cluster.gpus_per_node
    out, g = [], 1
    while g <= min(gpu_budget, cluster.num_gpus, MAX_GROUP_GPUS):
        fits_nodes = g <= per_node and per_node % g == 0 or g % per_node == 0
        has_layout = exegpt.schedule_layouts(model, cluster, g) or (
            g >= 2 and any(exegpt.schedule_layouts(model, cluster, s) for s in range(1, g))
        )
        if fits_nodes and has_layout:
            out.append(g)
        g *= 2
    return out


def num_groups(cluster: ClusterSpec, group_gpus: int, gpu_budget: int) -> int:
    """Copies of a ``group_gpus`` group that the budget and the nodes hold."""
    per_node = cluster.gpus_per_node
    if group_gpus <= per_node:
        packed = (per_node // group_gpus) * cluster.num_nodes
    else:
        packed = cluster.num_nodes // (group_gpus // per_node)
    return min(gpu_budget // group_gpus, packed)


def exegpt_options(request: PlanRequest) -> ExeGptOptions:
    """ExeGPT's default grid with the run's memory share, reserve and iteration overhead."""
    cand = request.planner.candidates
    return ExeGptOptions(
        gpu_memory_utilization=cand.gpu_memory_utilization,
        runtime_reserve_gib=cand.runtime_reserve_gib,
        iteration_overhead_s=cand.iteration_overhead_s,
    )


@dataclass(frozen=True)
class GroupOptimum:
    """The best schedule of one group of ``group_gpus`` GPUs, and what proves it.

    ``throughput_per_s`` and ``bound_per_s`` are one group's (0 and 0 for a group proven
    to have no schedule; ``bound_per_s`` inf when nothing is proven). ``method``:
    ``dinkelbach`` or ``enumeration`` (the separate TTFT/TPOT bounds). ``replan``: the
    warm-started re-solve of a deployed schedule at this size (``exegpt.replan``).
    """

    group_gpus: int
    copies: int
    instance: ExeGptInstance
    plan: ExeGptPlan | None
    throughput_per_s: float
    bound_per_s: float
    proven: bool
    method: str
    milps: int
    wall_time_s: float
    result: FormulationResult[ExeGptPlan]
    replan: exegpt.ReplanResult | None = None

    @property
    def total_per_s(self) -> float:
        return self.copies * self.throughput_per_s


def _enumerate(instance: ExeGptInstance, bound: LatencyBound) -> tuple[ExeGptPlan | None, float]:
    """The best schedule of the grid under every bound, by enumeration (exact)."""
    best, value = None, 0.0
    for plan in exegpt.iter_schedules(instance):
        a = exegpt.assess(instance, plan)
        if a.feasible and a.throughput_per_s > value and _meets_separate(instance, plan, bound):
            best, value = plan, a.throughput_per_s
    return best, value


def solve_group(
    instance: ExeGptInstance,
    copies: int,
    bound: LatencyBound,
    options: SolverOptions,
    deployed: ExeGptPlan | None = None,
) -> GroupOptimum:
    """One group size: Dinkelbach (warm-started by ``exegpt.replan`` from ``deployed``),
    then the separate TTFT/TPOT check and, if the optimum misses it, enumeration."""
    start = time.perf_counter()
    replanned = None
    if deployed is not None:
        replanned = exegpt.replan(deployed, instance, options)
        result = replanned.result
    else:
        result = exegpt.dinkelbach_solve(instance, options)
    plan = result.plan
    method = "dinkelbach"
    if plan is None:
        proven = result.certificate.status is SolveStatus.INFEASIBLE
        value, upper = 0.0, 0.0 if proven else math.inf
    else:
        value = result.objective
        upper = result.bound if math.isfinite(result.bound) else math.inf
        proven = math.isfinite(upper) and upper <= value * (1 + PROVEN_REL_GAP)
    if plan is not None and bound.separate and not _meets_separate(instance, plan, bound):
        # The relaxation's optimum misses TTFT or TPOT: enumerate the grid exactly.
        plan, value = _enumerate(instance, bound)
        method, upper, proven = "enumeration", value, True
    return GroupOptimum(
        group_gpus=instance.num_gpus,
        copies=copies,
        instance=instance,
        plan=plan,
        throughput_per_s=value,
        bound_per_s=upper,
        proven=proven,
        method=method,
        milps=len(result.solves),
        wall_time_s=time.perf_counter() - start,
        result=result,
        replan=replanned,
    )


def schedule_text(plan: ExeGptPlan) -> str:
    """``RRA TP2xPP4 B_E 16 N_D 8`` or ``WAA encode TP1xPP2 B_E 8 | decode TP2xPP2 B_m 2``."""
    if isinstance(plan, RraSchedule):
        return f"RRA TP{plan.tp}xPP{plan.pp} B_E {plan.encoder_batch} N_D {plan.decode_iterations}"
    return (
        f"WAA encode TP{plan.encode_tp}xPP{plan.encode_pp} B_E {plan.encoder_batch} | "
        f"decode TP{plan.decode_tp}xPP{plan.decode_pp} B_m {plan.decode_micro_batches}"
    )


def layout_text(plan: ExeGptPlan, copies: int) -> str:
    return schedule_text(plan) if copies == 1 else f"{copies} x {schedule_text(plan)}"


def grid_edges(plan: ExeGptPlan, options: ExeGptOptions) -> str:
    """The knobs of ``plan`` at the largest value the grid offers (``B_E 128``), or ""."""
    out = []
    if plan.encoder_batch == max(options.encoder_batches):
        out.append(f"B_E {plan.encoder_batch}")
    if isinstance(plan, RraSchedule) and plan.decode_iterations == options.max_decode_iterations:
        out.append(f"N_D {plan.decode_iterations}")
    if (
        isinstance(plan, WaaSchedule)
        and plan.decode_micro_batches == options.max_micro_batches < plan.decode_pp
    ):
        out.append(f"B_m {plan.decode_micro_batches}")
    return ", ".join(out)


def _violation_text(a: PlanAssessment, instance: ExeGptInstance) -> list[str]:
    """Each broken row in words: ``latency: tail 25.3 s > L 20 s``."""
    out = []
    for name in a.violations:
        if name == exegpt.SLO_ROW:
            lhs, rhs = a.rows[name]
            out.append(f"latency: tail request {lhs:.3g} s > L {rhs:.3g} s")
        elif name.startswith("memory"):
            lhs, rhs = a.rows[name]
            out.append(f"memory: {name.split('__', 1)[1]} {lhs:.1f} GiB > {rhs:.1f} GiB per GPU")
        else:
            out.append(f"schedule: {name} (outside the grid of {instance.num_gpus} GPUs)")
    return out


def breaks(instance: ExeGptInstance, plan: ExeGptPlan, bound: LatencyBound) -> list[str]:
    """What ``plan`` breaks on ``instance`` (rows and the separate TTFT/TPOT bounds)."""
    a = exegpt.assess(instance, plan)
    out = _violation_text(a, instance)
    if a.rows:
        ttft, tpot, _ = tail_latencies(instance, plan)
        tol = 1 + exegpt.FEASIBILITY_RTOL
        if bound.ttft_s is not None and ttft > bound.ttft_s * tol:
            out.append(f"TTFT: tail encoding {ttft:.3g} s > {bound.ttft_s:g} s")
        if bound.tpot_s is not None and tpot > bound.tpot_s * tol:
            out.append(f"TPOT: tail gap per token {tpot:.3g} s > {bound.tpot_s:g} s")
    return out


__all__ = [
    "MAX_GROUP_GPUS",
    "PROVEN_REL_GAP",
    "UNBOUNDED_S",
    "GroupOptimum",
    "LatencyBound",
    "breaks",
    "exegpt_options",
    "grid_edges",
    "group_sizes",
    "latency_bound",
    "layout_text",
    "num_groups",
    "schedule_text",
    "solve_group",
    "tail_latencies",
]
