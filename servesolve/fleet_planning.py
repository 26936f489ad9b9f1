"""``servesolve plan`` on a mixed cluster: several GPU types and workloads, one fleet MILP.

Given a :class:`~servesolve.fleet_request.FleetRequest` (a mixed cluster of GPU pools,
or workloads listed under ``fleet.workloads``), :func:`plan_fleet` solves the ``fleet``
formulation (``formulations/fleet.py``) instead of ``parallelism``: how many replicas of
which (TP, max_num_seqs) config of which workload run on which GPU type, and which
length bucket of each workload they serve, at least cost (``planner.objective=
min_cost``: every workload's rate served) or for the most weighted goodput within
``fleet.budget_usd_per_hour`` and the pools' GPUs (``max_throughput`` / ``max_goodput``:
each workload counted up to its rate).

Flow: ``FleetRequest.from_config`` (:mod:`servesolve.fleet_request`; validated, one-line
errors) -> :func:`plan_fleet` (price every config with ``fleet.from_specs``, solve,
re-solve min_cost at scaled rates for the cost curve) -> :class:`FleetResult` ->
``fleet_output`` (:mod:`servesolve.fleet_report`: the text report, plan.json,
result.csv, candidates.csv, deploy.yaml, cost_curve.csv and cost_curve.png).

What is not done here: fleet plans are priced by the roofline cost model (the
measured-kernel chain and ``planner.cost_tables`` roots price one-type plans only) and
are not checked in the simulator.
"""

from __future__ import annotations

import dataclasses
import math
import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import ReplicaConfig
from servesolve.errors import InfeasibleError, SpecError
from servesolve.fleet_request import FleetRequest, FleetWorkload
from servesolve.formulations import fleet
from servesolve.formulations.base import FormulationResult
from servesolve.solver import SolverOptions, SolveStatus
from servesolve.specs import ClusterSpec
from servesolve.workloads import sample_requests

#: Scales of every target rate at which the cost curve re-solves min_cost.
CURVE_SCALES = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
#: Longest one cost-curve solve may run (s), or ``solver.time_limit_s`` when lower.
CURVE_TIME_LIMIT_S = 10.0


@dataclass(frozen=True)
class FleetResult:
    """A solved fleet: the priced instance, the solve, each workload's statistics (all
    its requests) and target, and the cost curve (empty without pictures)."""

    request: FleetRequest
    instance: fleet.FleetInstance
    solution: FormulationResult[fleet.FleetPlan]
    stats: dict[str, WorkloadStats]
    pricing_time_s: float
    curve: pd.DataFrame

    @property
    def plan(self) -> fleet.FleetPlan:
        assert self.solution.plan is not None
        return self.solution.plan

    @property
    def cost_usd_per_hour(self) -> float:
        return self.instance.cost_usd_per_hour(self.plan.replicas)

    def served_per_s(self) -> dict[str, float]:
        """req/s routed to each workload's replicas (at most its target)."""
        out = dict.fromkeys(self.instance.tables.workloads, 0.0)
        for (_, w, _, _), x in self.plan.traffic_per_s.items():
            out[w] += x
        return out

    def groups(self) -> pd.DataFrame:
        """One row per (GPU type, workload, config) of the plan, with its layout."""
        table = fleet.plan_table(self.instance, self.plan)
        if table.empty:
            return table
        layout = self.instance.configs[["tp", "pp", "max_num_seqs", "num_gpus"]]
        keys = list(zip(table["gpu_type"], table["workload"], table["config"], strict=True))
        table = table.assign(
            tp=[int(layout.loc[k, "tp"]) for k in keys],
            pp=[int(layout.loc[k, "pp"]) for k in keys],
            max_num_seqs=[int(layout.loc[k, "max_num_seqs"]) for k in keys],
            gpus_per_replica=[int(layout.loc[k, "num_gpus"]) for k in keys],
        )
        buckets = [c for c in table.columns if c.startswith("rate_per_s[")]
        table["rate_per_s"] = table[buckets].fillna(0.0).sum(axis=1)
        return table


def _remapped(exc: SpecError, workloads: Sequence[FleetWorkload]) -> SpecError:
    """``from_specs``'s ``workloads[i]...`` fields in the user's terms."""
    match = re.match(r"workloads\[(\d+)\](\.target_rate_per_s)?", exc.field)
    if not match:
        return exc
    w = workloads[int(match.group(1))]
    return SpecError(w.rate_field if match.group(2) else w.field, exc.problem, exc.fix)


def _check_servable(request: FleetRequest, inst: fleet.FleetInstance) -> None:
    """min_cost: every bucket with traffic needs some config that fits and meets the SLO."""
    tab = inst.tables
    servable = {(r[1], r[3]) for r in tab.routes if tab.fits(r)}
    for w in request.workloads:
        for k in tab.buckets[w.name]:
            if tab.demand[w.name, k] > 0 and (w.name, k) not in servable:
                share = float(inst.buckets.loc[(w.name, k), "share"])
                raise InfeasibleError(
                    f"{w.field}: no config of {w.model.name} on any pool of "
                    f"{request.cluster.name} meets SLO {w.slo.name} for {w.workload.name}'s "
                    f"requests of bucket {k} ({share:.0%} of them, up to {k[2:]} tokens) and "
                    "fits in memory; fix: loosen the SLO, shorten the requests, or add a pool "
                    "of a faster or larger GPU"
                )


def _explain(request: FleetRequest, inst: fleet.FleetInstance) -> InfeasibleError:
    from servesolve.solver.infeasibility import explain_infeasibility

    why = explain_infeasibility(fleet.build(inst)).summary()
    budget = request.budget_usd_per_hour
    within = f" within {budget:g} $/h" if budget is not None else ""
    return InfeasibleError(
        f"fleet: no fleet of {request.cluster.name}'s pools ({request.cluster.num_gpus} GPUs) "
        f"serves every workload's rate{within} ({why}); fix: lower the rates, add nodes to a "
        "pool"
        + (", raise fleet.budget_usd_per_hour" if budget is not None else "")
        + ", or use planner.objective=max_throughput to serve as much as fits"
    )


def _target(w: FleetWorkload, stats: WorkloadStats) -> float:
    rate = w.rate_per_s or w.workload.arrival.rate_per_s or stats.arrival_rate_per_s
    if not rate:
        raise SpecError(
            w.rate_field,
            f"is needed: workload {w.workload.name} has no arrival rate",
            f"set {w.rate_field}=X (req/s)",
        )
    return float(rate)


def cost_curve(instance: fleet.FleetInstance, solver: SolverOptions) -> pd.DataFrame:
    """min_cost ($/h) re-solved with every target scaled by each of ``CURVE_SCALES``,
    without the budget; each point with its certificate and GPUs per type."""
    targets = instance.workloads["target_rate_per_s"]
    options = dataclasses.replace(solver, time_limit_s=min(solver.time_limit_s, CURVE_TIME_LIMIT_S))
    rows = []
    for scale in CURVE_SCALES:
        scaled = dataclasses.replace(
            instance,
            workloads=instance.workloads.assign(target_rate_per_s=targets * scale),
            objective="min_cost",
            budget_usd_per_hour=None,
        )
        res = fleet.FORMULATION.solve(scaled, options)
        cert = res.certificate
        used = scaled.gpus_by_type(res.plan.replicas) if res.plan is not None else {}
        rows.append(
            {
                "scale": scale,
                "target_rate_per_s": float(targets.sum() * scale),
                "status": cert.status.value,
                "cost_usd_per_hour": res.objective if res.plan is not None else math.nan,
                "best_bound": cert.best_bound,
                "gap": res.gap,
                "num_gpus": sum(used.values()) if used else math.nan,
                **{f"gpus[{t}]": used.get(t, math.nan) for t in scaled.tables.types},
                "backend": cert.backend,
                "solve_s": cert.wall_time_s,
            }
        )
    return pd.DataFrame(rows)


def plan_fleet(request: FleetRequest) -> FleetResult:
    """Price, solve and (with pictures) trace the cost curve of a fleet request."""
    specs, stats = [], {}
    for w in request.workloads:
        requests = sample_requests(w.workload)
        stats[w.name] = WorkloadStats.from_requests(requests, w.slo.quantile)
        specs.append((w.model, requests, w.slo, _target(w, stats[w.name])))
    start = time.perf_counter()
    try:
        inst = fleet.from_specs(
            [(pool, None) for pool in request.cluster.pools],
            specs,
            objective=request.objective,
            budget_usd_per_hour=request.budget_usd_per_hour,
            num_buckets=request.num_buckets,
            options=request.candidates,
            weights=[w.weight for w in request.workloads],
            names=[w.name for w in request.workloads],
        )
    except SpecError as exc:
        raise _remapped(exc, request.workloads) from None
    pricing_time = time.perf_counter() - start
    if request.objective == "min_cost":
        _check_servable(request, inst)
    solution = fleet.FORMULATION.solve(inst, request.solver)
    status = solution.certificate.status
    if status is SolveStatus.INFEASIBLE:
        raise _explain(request, inst)
    if status is SolveStatus.NO_SOLUTION:
        raise SpecError(
            "solver.time_limit_s",
            f"{solution.certificate.backend} found no fleet within "
            f"{request.solver.time_limit_s:g} s",
            "raise it, or drop solver= to use HiGHS, the fleet MILP's default",
        )
    if not status.has_solution:
        raise RuntimeError(f"fleet MILP: solver status {status.value} (a bug, please report it)")
    curve = cost_curve(inst, request.solver) if request.pictures else pd.DataFrame()
    return FleetResult(request, inst, solution, stats, pricing_time, curve)


def pools_of(result: FleetResult) -> list[tuple[str, ClusterSpec]]:
    """(GPU type, its pool) of the fleet's cluster, in the cluster's order."""
    return [(p.gpu.name, p) for p in result.request.cluster.pools]


def group_layout(row: Any) -> str:
    """``TP2xPP1 b128`` of a plan group (a row of ``FleetResult.groups()``)."""
    return f"{ReplicaConfig(int(row.tp), int(row.pp)).layout_text()} b{int(row.max_num_seqs)}"


def plan_text(result: FleetResult) -> str:
    """One line: each group's GPU type, replicas, layout and workload."""
    groups = result.groups()
    return (
        " + ".join(
            f"{r.gpu_type}: {int(r.replicas)} x {group_layout(r)} ({r.workload})"
            for r in groups.itertuples()
        )
        or "none"
    )


__all__ = [
    "CURVE_SCALES",
    "CURVE_TIME_LIMIT_S",
    "FleetResult",
    "cost_curve",
    "group_layout",
    "plan_fleet",
    "plan_text",
    "pools_of",
]
