"""APEX's comparison (Lin et al., arXiv 2411.17651): the optimal parallel plan against
heuristic plans on one 8-GPU node, and the time to find it by MILP against exhaustive
enumerate-and-simulate.

One job is one (model, cluster, workload, SLO) scenario. Methods, each a fixed set of
replica groups:

* ``optimal``: ``servesolve.planning.plan`` (priced candidates, ``parallelism`` MILP,
  simulator check and repair);
* ``tp8``: one TP group spanning the node (the planner's ``tp_per_node`` heuristic);
* ``tp1_pp8``: one TP1 x PP8 pipeline (vLLM's even layer split, experts tensor-parallel);
* ``max_dp``: as many replicas as fit of the smallest TP that holds the model (the
  planner's ``max_dp`` heuristic).

Every heuristic gets its best ``max_num_seqs`` under the same cost model (the highest
SLO-meeting rate among its priced candidates). Every plan is then measured the same way
in the simulator:

* **SLO throughput**: the highest Poisson rate at which the plan passes the planner's
  simulator check (every SLO percentile within its bound and a stable queue), found by
  bracketing around the cost model's rate (factor ``BRACKET_FACTOR``) and
  ``rate_search_steps`` bisections;
* **latency at a common load**: every plan simulated at the same Poisson rate,
  ``load_fraction`` x the weakest plan's SLO throughput (so every plan is stable),
  reporting end-to-end latency p50/p90/p99, TTFT and TPOT.

With ``enumerate: true`` the job also runs APEX's method: every homogeneous plan (each
(TP, PP, expert mode) layout replicated as often as the node holds, at each of
``enumerate_max_num_seqs``) simulated at doubling then bisected rates from 1 req/s
(no cost model), as ``benchmarks/bench_enumerate_simulate.py`` does. To keep it
affordable each simulation uses ``enumerate_num_requests`` requests (recorded as a
column, with the count of simulations and their mean wall time, so the full-size cost
can be extrapolated); the best enumerated plan is then re-measured with the full-size
rate search above, so plan quality is compared on equal terms.

Differences from APEX: our simulator and roofline cost model stand in for APEX's
profiled simulator; APEX reports latency at 0.25 / 0.5 req/s, where every plan is idle
most of the time, whereas the common load here is a share of the weakest plan's capacity.
"""

from __future__ import annotations

import math
import time
from dataclasses import replace
from typing import Any

import pandas as pd
from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.checking import poisson_requests, policy_fields
from servesolve.errors import InfeasibleError, SpecError
from servesolve.formulations.candidates import replica_layouts
from servesolve.formulations.parallelism import place
from servesolve.planning import (
    PlanRequest,
    PlanResult,
    check_groups,
    plan,
    request_cost_model,
)
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate
from servesolve.specs import catalogue_entry
from servesolve.specs.validation import SPEC_CONFIG, parse_spec

METHODS = ("optimal", "tp8", "tp1_pp8", "max_dp")
#: Rate search: step of the bracket around the cost model's rate.
BRACKET_FACTOR = 1.25
#: Rate search: most bracket steps in either direction before giving up.
MAX_BRACKET_STEPS = 12
#: Enumeration: doubling from this rate (APEX has no cost model to start from), up to the cap.
ENUMERATE_START_RATE_PER_S = 1.0
ENUMERATE_MAX_RATE_PER_S = 1e4
#: Fields the experiment runner adds to the section for its own bookkeeping.
BOOKKEEPING = ("results_dir",)


@spec_dataclass(config=SPEC_CONFIG)
class ApexParams:
    """The ``experiment`` section of ``conf/experiment/apex_reproduction.yaml``."""

    name: str = Field(default="apex_reproduction", description="experiment name")
    model: str = Field(default="llama3.1-70b", description="conf/model entry")
    cluster: str = Field(default="h100x8", description="conf/cluster entry")
    workload: str = Field(default="apex_chat", description="conf/workload entry")
    slo: str = Field(
        default="chat", description="conf/slo entry the SLO throughput is measured under"
    )
    solver: str = Field(default="cp_sat", description="conf/solver entry")
    methods: list[str] = Field(
        default_factory=lambda: list(METHODS), min_length=1, description="subset of METHODS"
    )
    max_num_seqs: list[PositiveInt] | None = Field(
        default=None, description="max_num_seqs candidates of every plan (null: the planner's)"
    )
    num_requests: PositiveInt = Field(
        default=2000, description="least requests per simulation of the SLO-throughput search"
    )
    rate_search_steps: int = Field(
        default=4, ge=0, description="bisections after bracketing a plan's SLO throughput"
    )
    load_fraction: float = Field(
        default=0.8,
        gt=0,
        le=1,
        description="common load: share of the weakest plan's SLO throughput",
    )
    latency_num_requests: PositiveInt = Field(
        default=1000, description="requests of the common-load latency simulation"
    )
    seed: int = Field(default=0, ge=0, description="seed of lengths and arrivals")
    enumerate: bool = Field(default=False, description="also run APEX's enumerate-and-simulate")
    enumerate_scenarios: list[str] = Field(
        default_factory=list,
        description="'model:workload' pairs enumerated when enumerate is true (empty: all)",
    )
    enumerate_num_requests: PositiveInt = Field(
        default=1000, description="requests per enumeration simulation (reduced to save time)"
    )
    enumerate_steps: int = Field(
        default=4, ge=0, description="bisections per enumerated plan after doubling"
    )
    enumerate_max_num_seqs: list[PositiveInt] = Field(
        default_factory=lambda: [256], min_length=1, description="max_num_seqs enumerated"
    )


def validate(params: dict[str, Any]) -> ApexParams:
    """Parse ``params`` (SpecError naming the field on a bad value) and check the names."""
    data = {k: v for k, v in params.items() if k not in BOOKKEEPING}
    p = parse_spec(ApexParams, data, "experiment")
    bad = [s for s in p.enumerate_scenarios if s.count(":") != 1]
    if bad:
        raise SpecError(
            "experiment.enumerate_scenarios",
            f"{bad} are not 'model:workload'",
            "write e.g. llama3.1-70b:apex_chat",
        )
    unknown = [m for m in p.methods if m not in METHODS]
    if unknown:
        raise SpecError(
            "experiment.methods", f"unknown method(s) {unknown}", f"use some of {list(METHODS)}"
        )
    for group in ("model", "cluster", "workload", "slo", "solver"):
        catalogue_entry(group, getattr(p, group))  # UnknownNameError suggests the nearest
    return p


def _request(p: ApexParams) -> PlanRequest:
    request = PlanRequest.from_config(
        {
            g: catalogue_entry(g, getattr(p, g))
            for g in ("model", "cluster", "workload", "slo", "solver")
        }
    )
    check = replace(request.planner.check, num_requests=p.num_requests, seed=p.seed)
    candidates = request.planner.candidates
    if p.max_num_seqs is not None:
        candidates = replace(candidates, max_num_seqs=list(p.max_num_seqs))
    return replace(request, planner=replace(request.planner, check=check, candidates=candidates))


def _groups(result: PlanResult, labels: dict[str, int]) -> list[ReplicaGroupSpec]:
    """Simulator groups of ``labels`` (candidate label -> replicas) from the priced table."""
    from servesolve.formulations.candidates import candidate_config

    out = []
    for label, count in labels.items():
        config = candidate_config(result.candidates.loc[label])
        seqs = int(result.candidates.at[label, "max_num_seqs"])
        out.append(
            ReplicaGroupSpec(config.tp, config.pp, seqs, count, config.ep, config.stage_layers)
        )
    return out


def _plain_best(candidates: pd.DataFrame, tp: int, pp: int) -> str | None:
    """The best max_num_seqs of a hand-made (TP, PP) replica: even split, experts
    tensor-parallel, highest priced SLO-meeting rate."""
    rows = candidates[(candidates.tp == tp) & (candidates.pp == pp) & candidates.feasible]
    if "ep" in rows:
        rows = rows[rows.ep == 1]
    if "split" in rows:
        rows = rows[rows.split == "even"]
    return None if rows.empty else str(rows["rate_per_s"].idxmax())


def method_plans(result: PlanResult, gpus_per_node: int) -> dict[str, tuple[dict[str, int], str]]:
    """Method -> (candidate label -> replicas, note). Empty counts: no feasible plan."""
    plans: dict[str, tuple[dict[str, int], str]] = {
        "optimal": ({g.label: g.num_replicas for g in result.plan.groups}, "")
    }
    by_name = {h.name: h for h in result.heuristics}
    for method, name in (("tp8", "tp_per_node"), ("max_dp", "max_dp")):
        h = by_name.get(name)
        if h is None:
            plans[method] = ({}, "heuristic not defined for this model")
        else:
            plans[method] = ({g.label: g.num_replicas for g in h.groups}, h.note)
    label = _plain_best(result.candidates, 1, gpus_per_node)
    plans["tp1_pp8"] = (
        ({label: 1}, "") if label else ({}, f"no feasible TP1 x PP{gpus_per_node} candidate")
    )
    return plans


def slo_throughput(
    request: PlanRequest,
    groups: list[ReplicaGroupSpec],
    start_rate_per_s: float,
    predicted_e2e_s: float,
    steps: int,
    grow_by: float = BRACKET_FACTOR,
    search_down: bool = True,
) -> tuple[float, int]:
    """Highest Poisson rate at which ``groups`` pass the simulator check, and the number
    of simulations it took.

    From ``start_rate_per_s`` the bracket grows by ``grow_by`` while the plan passes;
    when the start fails it shrinks by ``grow_by`` until the plan passes
    (``search_down``), or becomes [0, start] (APEX-style doubling from a fixed start,
    as ``benchmarks/bench_enumerate_simulate.py``). Then ``steps`` bisections. 0 when no
    rate tried passes."""
    sims = 0

    def meets(rate: float) -> bool:
        nonlocal sims
        sims += 1
        try:
            return check_groups(request, "search", groups, rate, predicted_e2e_s).meets_slo
        except InfeasibleError:  # the simulator cannot run the plan: it serves nothing
            return False

    low, high = 0.0, start_rate_per_s
    if meets(high):
        for _ in range(MAX_BRACKET_STEPS):
            low, high = high, high * grow_by
            if high > ENUMERATE_MAX_RATE_PER_S or not meets(high):
                break
    elif search_down:
        for _ in range(MAX_BRACKET_STEPS):
            if meets(high / grow_by):
                low = high / grow_by
                break
            high /= grow_by
        if low == 0.0:
            return 0.0, sims
    for _ in range(steps):
        mid = (low + high) / 2
        if meets(mid):
            low = mid
        else:
            high = mid
    return low, sims


def latency_at(
    request: PlanRequest, groups: list[ReplicaGroupSpec], rate_per_s: float, num: int, seed: int
) -> dict[str, float]:
    """Latency percentiles of ``groups`` at a Poisson ``rate_per_s`` (the planner's engine,
    engine knobs, check policy and cost model, as its simulator check)."""
    cand, check = request.planner.candidates, request.planner.check
    spec = SimulationSpec(
        request.model,
        request.cluster,
        tuple(groups),
        **policy_fields(check.policy, request.engine),
        max_num_batched_tokens=cand.max_num_batched_tokens,
        router=check.router,
        iteration_overhead_s=cand.iteration_overhead_s,
        gpu_memory_utilization=cand.gpu_memory_utilization,
        runtime_reserve_gib=cand.runtime_reserve_gib,
    )
    metrics = simulate(
        spec,
        poisson_requests(request.workload, rate_per_s, num, seed),
        request.slo,
        cost_model=request_cost_model(request),
    ).metrics
    keys = [f"{m}_p{q}" for m in ("e2e_s", "ttft_s", "tpot_s") for q in (50, 90, 99)]
    return {k: float(metrics[k]) for k in keys} | {
        "slo_attainment": float(metrics["slo_attainment"])
    }


def enumerate_and_simulate(request: PlanRequest, p: ApexParams) -> dict[str, Any]:
    """APEX's method on ``request``: every homogeneous plan, simulated at doubling then
    bisected rates with ``p.enumerate_num_requests`` requests; the best plan and the cost."""
    reduced = replace(
        request,
        planner=replace(
            request.planner,
            check=replace(request.planner.check, num_requests=p.enumerate_num_requests),
        ),
    )
    cluster = request.cluster
    start = time.perf_counter()
    best: tuple[float, ReplicaGroupSpec | None] = (-1.0, None)
    num_plans = num_sims = 0
    for layout in replica_layouts(request.model, cluster, request.planner.candidates.max_pp):
        replicas = cluster.num_gpus // layout.num_gpus
        shape = (layout.tp, layout.pp)
        while replicas and (
            place(
                [shape] * replicas,
                cluster.num_nodes,
                cluster.gpus_per_node,
                cluster.nvlink_domain_size,
            )
            is None
        ):
            replicas -= 1  # as many as the nodes hold
        if not replicas:
            continue
        for seqs in p.enumerate_max_num_seqs:
            group = ReplicaGroupSpec(layout.tp, layout.pp, seqs, replicas, layout.ep)
            rate, sims = slo_throughput(
                reduced,
                [group],
                ENUMERATE_START_RATE_PER_S,
                math.inf,
                p.enumerate_steps,
                grow_by=2.0,
                search_down=False,
            )
            num_plans += 1
            num_sims += sims
            if rate > best[0]:
                best = (rate, group)
    wall = time.perf_counter() - start
    return {
        "group": best[1],
        "reduced_rate_per_s": best[0],
        "wall_s": wall,
        "num_plans": num_plans,
        "num_simulations": num_sims,
        "mean_simulation_s": wall / num_sims if num_sims else math.nan,
    }


def _plan_string(groups: list[ReplicaGroupSpec]) -> str:
    parts = []
    for g in groups:
        ep = f"xEP{g.ep}" if g.ep > 1 else ""
        split = (
            f" layers {'/'.join(map(str, g.stage_layers))}" if g.stage_layers and g.pp > 1 else ""
        )
        parts.append(f"{g.count} x TP{g.tp}xPP{g.pp}{ep} b{g.max_num_seqs}{split}")
    return " + ".join(parts) if parts else "none"


def run_job(params: dict[str, Any]) -> list[dict[str, Any]]:
    """One scenario: a row per method (and ``enumerate`` when asked), see the module docstring.

    Row columns: model, cluster, workload, slo, method, plan, num_gpus,
    predicted_rate_per_s (cost model, req/s), slo_throughput_per_s (simulated, req/s),
    num_search_simulations, load_rate_per_s (common load, req/s), e2e_s_p50/p90/p99,
    ttft_s_p50/p90/p99, tpot_s_p50/p90/p99, slo_attainment (at the common load),
    plan_time_s (time to find the plan), optimal_throughput_ratio (optimal's SLO
    throughput / this one's), e2e_p50_ratio and e2e_p99_ratio (this one's latency /
    optimal's), note; enumeration rows add enumerate_* columns.
    """
    p = validate(params)
    request = _request(p)
    start = time.perf_counter()
    result = plan(request)
    plan_time = time.perf_counter() - start
    table = result.candidates
    plans = method_plans(result, request.cluster.gpus_per_node)
    measured: dict[str, dict[str, Any]] = {}
    for method in p.methods:
        labels, note = plans[method]
        row: dict[str, Any] = {"method": method, "note": note}
        if not labels:
            row |= {
                "plan": "none",
                "num_gpus": 0,
                "predicted_rate_per_s": 0.0,
                "slo_throughput_per_s": 0.0,
            }
            measured[method] = row
            continue
        groups = _groups(result, labels)
        predicted = float(sum(table.at[label, "rate_per_s"] * k for label, k in labels.items()))
        e2e = float(max(table.at[label, "e2e_s"] for label in labels))
        rate, sims = slo_throughput(request, groups, predicted, e2e, p.rate_search_steps)
        row |= {
            "plan": _plan_string(groups),
            "num_gpus": sum(g.tp * g.pp * g.count for g in groups),
            "predicted_rate_per_s": predicted,
            "slo_throughput_per_s": rate,
            "num_search_simulations": sims,
            # The MILP path's time is the whole planner run (it also prices and checks
            # the heuristics, so this is an upper bound); a heuristic needs the pricing.
            "plan_time_s": plan_time if method == "optimal" else result.pricing_time_s,
            "_groups": groups,
        }
        measured[method] = row
    if p.enumerate and (
        not p.enumerate_scenarios or f"{p.model}:{p.workload}" in p.enumerate_scenarios
    ):
        enum = enumerate_and_simulate(request, p)
        row = {"method": "enumerate", "note": ""}
        group = enum.pop("group")
        if group is None:
            row |= {"plan": "none", "num_gpus": 0, "slo_throughput_per_s": 0.0}
        else:
            start_rate = max(enum["reduced_rate_per_s"], ENUMERATE_START_RATE_PER_S / 2)
            rate, sims = slo_throughput(request, [group], start_rate, math.inf, p.rate_search_steps)
            row |= {
                "plan": _plan_string([group]),
                "num_gpus": group.tp * group.pp * group.count,
                "slo_throughput_per_s": rate,
                "num_search_simulations": sims,
                "_groups": [group],
            }
        row |= {
            "plan_time_s": enum["wall_s"],
            "enumerate_rate_per_s": enum["reduced_rate_per_s"],
            "enumerate_num_plans": enum["num_plans"],
            "enumerate_num_simulations": enum["num_simulations"],
            "enumerate_mean_simulation_s": enum["mean_simulation_s"],
            # (enumerate_num_requests, _steps and _max_num_seqs are config columns)
        }
        measured["enumerate"] = row

    served = [r["slo_throughput_per_s"] for r in measured.values() if r["slo_throughput_per_s"] > 0]
    load = p.load_fraction * min(served) if served else math.nan
    for row in measured.values():
        groups = row.pop("_groups", None)
        row["load_rate_per_s"] = load
        if groups and math.isfinite(load):
            row |= latency_at(request, groups, load, p.latency_num_requests, p.seed)
    best = measured.get("optimal")
    rows = []
    for row in measured.values():
        if best is not None:
            tp = row["slo_throughput_per_s"]
            row["optimal_throughput_ratio"] = (
                best["slo_throughput_per_s"] / tp if tp > 0 else math.inf
            )
            for q in (50, 99):
                key = f"e2e_s_p{q}"
                row[f"e2e_p{q}_ratio"] = (
                    row[key] / best[key] if key in row and key in best else math.nan
                )
        rows.append(
            {
                "model": p.model,
                "cluster": p.cluster,
                "workload": p.workload,
                "slo": p.slo,
                "num_requests": p.num_requests,
                "rate_search_steps": p.rate_search_steps,
                "load_fraction": p.load_fraction,
                "seed": p.seed,
                **row,
            }
        )
    return rows
