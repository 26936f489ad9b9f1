"""``servesolve capacity``: the SLO capacity of a given plan, with its interval, measured
the way the verified planner measures its own candidates (:mod:`servesolve.capacity`).

The plan comes as a plan.json (``plan=``) or as replica layouts (``replicas=[...]``),
parsed exactly as ``servesolve simulate`` parses them; so a deployment, another tool's
pick or the planner's plan are all scored on the same common random numbers.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass
from typing import Any, Literal

import pandas as pd
from pydantic import Field
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.capacity import (
    CapacityEstimator,
    CapacitySetting,
    PlanCapacity,
    RunVerdict,
    plan_capacity,
)
from servesolve.checking import CapacityOptions
from servesolve.errors import SpecError
from servesolve.pool_capacity import PoolCapacity, pool_capacity
from servesolve.progress import progress_bar
from servesolve.report import fmt_s, routing_line
from servesolve.simulating import SimulateRequest, replicas_text, request_cost_model
from servesolve.specs.validation import SPEC_CONFIG, parse_spec


@spec_dataclass(config=SPEC_CONFIG)
class ScoreOptions(CapacityOptions):
    """``capacity:`` of conf/capacity.yaml: the estimate, and the whole-plan run."""

    router: Literal["round_robin", "least_outstanding_tokens"] = Field(
        default="least_outstanding_tokens",
        description="router of the whole-plan run (round_robin or least_outstanding_tokens)",
    )
    whole_plan: bool = Field(
        default=True,
        description="also simulate every replica behind the router at the sum of their "
        "replication-0 capacities (the test of the routing assumption; up to 20,000 requests)",
    )


#: ``simulation:`` keys of conf/capacity.yaml (a subset of ``servesolve simulate``'s).
SIMULATION_KEYS = (
    "max_num_batched_tokens",
    "gpu_memory_utilization",
    "runtime_reserve_gib",
    "iteration_overhead_s",
    "block_size",
)


@dataclass(frozen=True)
class CapacityRequest:
    """A validated ``servesolve capacity`` run."""

    run: SimulateRequest  # the plan, model, cluster, workload, SLO, engine and knobs
    options: ScoreOptions

    @classmethod
    def from_config(
        cls, cfg: dict[str, Any], choices: dict[str, str] | None = None
    ) -> CapacityRequest:
        options = parse_spec(ScoreOptions, cfg.get("capacity") or {}, "capacity")
        simulation = dict(cfg.get("simulation") or {})
        unknown = sorted(set(simulation) - set(SIMULATION_KEYS))
        if unknown:
            raise SpecError(
                f"simulation.{unknown[0]}",
                "is not a setting of servesolve capacity",
                f"use one of {', '.join(SIMULATION_KEYS)} (the policy and router are under capacity:)",
            )
        simulation |= {"policy": options.policy, "router": options.router}
        run = SimulateRequest.from_config(
            {**cfg, "simulation": simulation, "disaggregation": None}, choices
        )
        if run.options.policy == "rra" != options.policy:  # an ExeGPT RRA plan.json set it
            raise SpecError(
                "plan",
                "is an ExeGPT RRA schedule, whose capacity this command does not estimate "
                "(it scores replicas under the engine's scheduler, or separate pools)",
                "simulate the schedule at a rate: servesolve simulate plan=PATH "
                "simulation.rate_per_s=RATE",
            )
        return cls(run, options)

    def setting(self) -> CapacitySetting:
        run = self.run
        assert run.options.max_num_batched_tokens is not None
        assert run.options.gpu_memory_utilization is not None
        return CapacitySetting(
            run.model,
            run.cluster,
            run.workload,
            run.slo,
            run.engine,
            request_cost_model(run),
            run.options.max_num_batched_tokens,
            run.options.iteration_overhead_s,
            run.options.gpu_memory_utilization,
            run.options.runtime_reserve_gib,
            policy=self.options.policy,
            block_size=run.options.block_size,
        )


@dataclass(frozen=True)
class CapacityReport:
    """What ``servesolve capacity`` measured: colocated replicas (``capacity``, per
    replica) or separate pools (``pools``, the plan as one system)."""

    capacity: PlanCapacity | None
    whole_plan: RunVerdict | None  # every replica behind the router (``check_routing``)
    simulations: int
    pools: PoolCapacity | None = None


def score(request: CapacityRequest) -> CapacityReport:
    """Estimate the request's plan capacity (and run the whole plan behind its router)."""
    if request.run.disaggregation is not None:
        with progress_bar(
            total=None, desc="estimating the pools' SLO capacity", unit=" runs"
        ) as bar:
            pools = pool_capacity(request.run, request.options, lambda: bar.update(1))
        return CapacityReport(None, None, pools.simulations, pools)
    estimator = CapacityEstimator(request.setting(), request.options)
    groups = list(request.run.replicas)
    with progress_bar(total=None, desc="estimating SLO capacity", unit=" runs") as bar:
        estimator.on_simulation = lambda: bar.update(1)
        capacity = plan_capacity(estimator, groups)
        verdict = None
        if request.options.whole_plan:
            bar.set_postfix_str("whole plan behind the router")
            verdict = estimator.check_routing(capacity, groups, request.options.router)
    return CapacityReport(capacity, verdict, estimator.simulations)


def _render_pools(request: CapacityRequest, report: CapacityReport, files: list[str]) -> str:
    run, opts, cap = request.run, request.options, report.pools
    assert cap is not None and run.disaggregation is not None
    lines = [
        f"servesolve capacity: {run.model.name} on {run.cluster.name}, {replicas_text(run)}, "
        f"workload {run.workload.name}, SLO {run.slo.name} (p{run.slo.percentile:g}), engine "
        f"{run.engine.label}, priced by the {request_cost_model(run).source}",
        "",
        f"SLO capacity {cap.mean:.2f} req/s, {opts.confidence:.0%} interval "
        f"[{cap.low:.2f}, {cap.high:.2f}] ({report.simulations} simulations)",
        "  per replication req/s: " + " ".join(f"{v:.2f}" for v in cap.per_replication),
        "  saturated req/s:       " + " ".join(f"{v:.2f}" for v in cap.saturation),
        f"  Method: the pools as one system (servesolve/pool_capacity.py): per replication, "
        f"a saturation run, then bisection to {opts.rel_tol:.0%} on the same Poisson arrivals "
        f"({cap.num_requests} requests, the first {opts.warmup_fraction:.0%} not measured); "
        f"Student-t interval over {len(cap.per_replication)} replications (seeds "
        f"{opts.seed}..{opts.seed + len(cap.per_replication) - 1}).",
    ]
    if files:
        lines += ["", "Wrote " + ", ".join(files)]
    return "\n".join(lines)


def render_capacity(request: CapacityRequest, report: CapacityReport, files: list[str]) -> str:
    """The terminal report of ``servesolve capacity``."""
    if report.pools is not None:
        return _render_pools(request, report, files)
    run, opts, cap = request.run, request.options, report.capacity
    assert cap is not None
    slo = run.slo
    lines = [
        f"servesolve capacity: {run.model.name} on {run.cluster.name}, workload "
        f"{run.workload.name}, SLO {slo.name} (p{slo.percentile:g}), engine {run.engine.label}, "
        f"priced by the {request_cost_model(run).source}",
        "",
        f"SLO capacity {cap.mean:.2f} req/s, {opts.confidence:.0%} interval "
        f"[{cap.low:.2f}, {cap.high:.2f}] ({report.simulations} simulations)",
    ]
    rows = []
    for e, k in cap.estimates:
        g = e.group
        rows.append(
            [
                f"TP{g.tp}xPP{g.pp} b{g.max_num_seqs}",
                k,
                " ".join(f"{v:.2f}" for v in e.per_replication),
                " ".join(f"{v:.2f}" for v in e.saturation),
                f"{e.mean:.2f}",
                f"[{e.low:.2f}, {e.high:.2f}]",
                e.num_requests,
                *(
                    [fmt_s(e.at_capacity.ttft_s), fmt_s(e.at_capacity.tpot_s)]
                    if e.at_capacity
                    else ["-", "-"]
                ),
            ]
        )
    table = pd.DataFrame(
        rows,
        columns=[
            "config",
            "replicas",
            "per replication req/s",
            "saturated req/s",
            "mean",
            "interval",
            "requests/run",
            "TTFT",
            "TPOT",
        ],
    )
    lines += ["  " + row for row in table.to_string(index=False).splitlines()]
    lines += [
        f"  Method: {opts.describe()}; per replica (TTFT/TPOT: replication 0 at its capacity).",
        "  Routing assumption: each replica receives an independent Poisson share of the traffic "
        "in proportion to its capacity, so the plan's capacity is the sum of its replicas' "
        "and its interval adds theirs.",
    ]
    v = report.whole_plan
    if v is not None:
        lines.append(routing_line(v, opts.router))
    if files:
        lines += ["", "Wrote " + ", ".join(files)]
    return "\n".join(lines)


def capacity_json(request: CapacityRequest, report: CapacityReport) -> dict[str, Any]:
    """Everything ``render_capacity`` prints, as data."""
    cap, v = report.capacity, report.whole_plan
    pools = report.pools
    record = (
        cap.record()
        if cap is not None
        else {
            "capacity_per_s": pools.mean,
            "low_per_s": pools.low,
            "high_per_s": pools.high,
            "pools": asdict(pools),
        }
        if pools is not None
        else {}
    )
    return {
        "model": request.run.model.name,
        "cluster": request.run.cluster.name,
        "workload": request.run.workload.name,
        "slo": asdict(request.run.slo),
        "engine": request.run.engine.label,
        "plan_file": request.run.plan_file,
        "method": request.options.describe(),
        "options": asdict(request.options),
        **record,
        "whole_plan": asdict(v) | {"meets_slo": v.meets_slo} if v else None,
        "simulations": report.simulations,
    }


def capacity_row(
    request: CapacityRequest, report: CapacityReport, choices: dict[str, str]
) -> pd.DataFrame:
    """One tidy row for sweeps."""
    cap, v = report.capacity, report.whole_plan
    mean, low, high = (
        (cap.mean, cap.low, cap.high)
        if cap is not None
        else (report.pools.mean, report.pools.low, report.pools.high)
        if report.pools is not None
        else (math.nan, math.nan, math.nan)
    )
    return pd.DataFrame(
        [
            {f"choice_{k}": x for k, x in choices.items()}
            | {
                "model": request.run.model.name,
                "cluster": request.run.cluster.name,
                "workload": request.run.workload.name,
                "slo": request.run.slo.name,
                "engine": request.run.engine.name,
                "replicas": replicas_text(request.run)
                if request.run.disaggregation is not None
                else " + ".join(
                    f"{g.count}xTP{g.tp}xPP{g.pp}b{g.max_num_seqs}" for g in request.run.replicas
                ),
                "plan_file": request.run.plan_file,
                "capacity_per_s": mean,
                "capacity_low_per_s": low,
                "capacity_high_per_s": high,
                "confidence": request.options.confidence,
                "replications": request.options.replications,
                "seed": request.options.seed,
                "whole_plan_meets_slo": v.meets_slo if v else None,
                "simulations": report.simulations,
            }
        ]
    )
