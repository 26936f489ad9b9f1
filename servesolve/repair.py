"""``planner.check.method: repair``: simulate, derate, re-solve, then challenge.

The MILP's plan is simulated once at its rate; when it misses the SLO, its layouts are
derated by the measured shortfall (the layouts never simulated by the median shortfall)
and the MILP is re-solved. Once a plan meets the SLO, challengers (the MILP with the
unsimulated layouts back at the model's rate) are simulated and replace it when they
meet the SLO. No optimality statement about the simulator; ``servesolve.verification``
gives one.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np
import pandas as pd

from servesolve.checking import SimulationCheck
from servesolve.costs.replica_model import ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.formulations import parallelism
from servesolve.plan_checks import _check
from servesolve.plan_milp import _solve
from servesolve.plan_request import PlanRequest
from servesolve.plan_result import PlanResult, PlanSummary
from servesolve.plan_summaries import _summarize
from servesolve.solver import SolveResult, SolveStatus


def _derate_factor(check: SimulationCheck) -> float:
    """How much to lower a failing plan's replica rates before re-solving: by the measured
    shortfall when its queue grows (steady throughput below the arrivals the run
    realised), else 10 %."""
    if "throughput" not in check.misses:
        return 0.9
    arrived = check.arrival_per_s or check.rate_per_s
    return max(0.5, min(0.9, 0.95 * check.throughput_per_s / arrived))


#: A challenger must beat the plan's objective by this share to be simulated.
CHALLENGE_MARGIN = 1e-3


def _improves(challenger: SolveResult, incumbent: SolveResult, minimize: bool) -> bool:
    """Whether a challenger's objective beats the incumbent's by ``CHALLENGE_MARGIN``."""
    new, old = challenger.objective, incumbent.objective
    if not (math.isfinite(new) and math.isfinite(old)):
        return False
    return new < old * (1 - CHALLENGE_MARGIN) if minimize else new > old * (1 + CHALLENGE_MARGIN)


def _plan_repaired(
    request: PlanRequest,
    stats: WorkloadStats,
    candidates: pd.DataFrame,
    cost_model: RooflineCostModel,
    pricing_time: float,
    performance: Mapping[str, ReplicaPerformance],
    heuristics: Mapping[str, tuple[str, dict[str, int], str]],
    offered: float | None,
    target: float | None,
    minimize: bool,
    gpu_budget: int,
) -> PlanResult:
    """``planner.check.method: repair``: the MILP over the mean-value model's rates; each
    plan is simulated once at its rate and, when it misses, its layouts are derated by
    the measured shortfall and the MILP re-solved (no optimality statement about the
    simulator; see ``servesolve.verification`` for one)."""
    cluster, opts = request.cluster, request.planner
    # Rates the simulator has calibrated so far. When a checked plan misses the SLO, every
    # candidate sharing a (TP, PP, attention DP) layout with it is derated: the model's error is a
    # property of the layout (e.g. how lumpy prefill is across pipeline micro-batches),
    # so one simulation teaches the MILP about all its batch sizes. Others keep the model's rate.
    calibrated = candidates.copy()
    calibrated["predicted_rate_per_s"] = calibrated["rate_per_s"]
    repairs: dict[str, int] = {}

    # Shortfall factors the simulator measured per (tp, pp, attn_dp) layout, compounded
    # over rounds (attention data parallelism schedules a layout's work differently, so
    # it keeps its own factor).
    measured: dict[tuple[int, int, int], float] = {}
    if "attn_dp" not in calibrated:  # a table priced before attention DP existed
        calibrated["attn_dp"] = 1

    def layout_of(table: pd.DataFrame, label: str) -> tuple[int, int, int]:
        tp, pp, adp = (int(table.at[label, c]) for c in ("tp", "pp", "attn_dp"))
        return tp, pp, adp

    def derate(table: pd.DataFrame, counts: Mapping[str, int], check: SimulationCheck) -> None:
        """Lower the checked layouts' rates by their measured shortfall, and every layout
        not simulated yet by the median shortfall seen so far: the mean-value model's
        optimism is largely shared, so one simulation also informs the rest (without it,
        the loop walks from one equally optimistic layout to the next)."""
        factor = _derate_factor(check)
        for label in counts:
            key = layout_of(table, label)
            measured[key] = measured.get(key, 1.0) * factor
        prior = float(np.median(list(measured.values())))
        for (tp, pp, adp), rows in table.groupby(["tp", "pp", "attn_dp"]).groups.items():
            scale = measured.get((int(tp), int(pp), int(adp)), prior)
            table.loc[rows, "rate_per_s"] = table.loc[rows, "predicted_rate_per_s"] * scale

    def solve_on(
        table: pd.DataFrame, rounds: int
    ) -> tuple[SolveResult, dict[str, int], PlanSummary]:
        """The MILP over ``table``'s rates: its certificate, counts and plan summary."""
        instance = parallelism.from_candidates(
            table,
            cluster,
            request.slo,
            objective="min_cost" if minimize else "max_goodput",
            gpu_budget=gpu_budget,
            target_rate_per_s=target if minimize else None,
            max_distinct_configs=opts.max_distinct_configs,
            # min_gpus prices every GPU at 1, so its objective counts GPUs
            price_per_gpu_hour_usd=1.0 if opts.objective == "min_gpus" else None,
        )
        certificate = _solve(instance, request, heuristics, target, gpu_budget, rounds)
        counts = parallelism.decode(instance, certificate.values)
        nodes = parallelism.placement(instance, counts) or []
        proven = certificate.status is SolveStatus.OPTIMAL
        chosen = _summarize(
            "milp",
            f"{'optimal' if proven else 'feasible, not proven optimal'} ({opts.objective})",
            counts,
            table,
            performance,
            offered,
            placement=tuple(tuple(node) for node in nodes),
        )
        return certificate, counts, chosen

    def check_rate(chosen: PlanSummary) -> float:
        # min_cost/min_gpus promise the target rate; max_goodput the plan's whole throughput.
        return target if minimize and target else chosen.throughput_per_s

    rounds = 0
    while True:
        certificate, counts, chosen = solve_on(calibrated, rounds)
        if not opts.check.enabled:
            checks: list[SimulationCheck] = []
            break
        check = _check(chosen, request, check_rate(chosen))
        if check.meets_slo or rounds >= opts.check.repair_rounds:
            checks = [check]
            break
        derate(calibrated, counts, check)
        rounds += 1
    repairs["milp"] = rounds

    # Challenges. Derating lowered the layouts never simulated by the median shortfall
    # seen, a guess that can keep a better layout out. Re-solve with each of those at the
    # model's rate (the simulated ones keep their measured shortfall); while that beats
    # the plan, simulate the challenger: it replaces the plan when it meets the SLO, and
    # its own shortfall is recorded when it misses. It stops when the challenger is no
    # better, so the plan is then the MILP's optimum with every simulated layout at its
    # measured rate and every other layout at the model's rate.
    challenges = won = 0
    while checks and checks[0].meets_slo and rounds and challenges < opts.check.challenges:
        optimistic = calibrated.copy()
        layout = optimistic[["tp", "pp", "attn_dp"]].astype(int).apply(tuple, axis=1)
        unseen = ~layout.isin(list(measured))
        optimistic.loc[unseen, "rate_per_s"] = optimistic.loc[unseen, "predicted_rate_per_s"]
        if not unseen.any():
            break
        cert_c, counts_c, chosen_c = solve_on(optimistic, rounds)
        if not cert_c.status.has_solution or not _improves(cert_c, certificate, minimize):
            break
        challenges += 1
        check_c = _check(chosen_c, request, check_rate(chosen_c))
        if check_c.meets_slo:
            won += 1
            calibrated, certificate, counts, chosen, checks = (
                optimistic,
                cert_c,
                counts_c,
                chosen_c,
                [check_c],
            )
            for label in counts_c:  # simulated now: their model rate stood
                measured.setdefault(layout_of(optimistic, label), 1.0)
        else:
            derate(calibrated, counts_c, check_c)  # record its shortfall, re-price
    repairs["challenges"], repairs["challenges_won"] = challenges, won

    summaries = []
    for name, (desc, counts_h, note) in heuristics.items():
        # Heuristics are derated on their own copy: the table behind the MILP's
        # certificate (returned as `candidates`) must keep the rates it was solved with.
        table = calibrated.copy()
        for attempt in range(opts.check.repair_rounds + 1):
            summary = _summarize(name, desc, counts_h, table, performance, offered, note)
            if not (summary.feasible and opts.check.enabled):
                break
            check = _check(summary, request, summary.throughput_per_s)
            if check.meets_slo or attempt == opts.check.repair_rounds:
                checks.append(check)
                repairs[name] = attempt
                break
            derate(table, counts_h, check)
        summaries.append(summary)
    summaries = tuple(summaries)
    return PlanResult(
        checks=tuple(checks),
        repairs=repairs,
        capacity_method="",
        request=request,
        stats=stats,
        candidates=calibrated,
        certificate=certificate,
        plan=chosen,
        heuristics=summaries,
        pricing_time_s=pricing_time,
        cost_model_source=cost_model.source,
    )
