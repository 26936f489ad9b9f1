"""``servesolve plan`` on a mixed cluster: several GPU types and workloads, one fleet MILP.

A cluster whose config lists ``pools`` (``conf/cluster/h100x16_a100x16.yaml``) holds
several GPU types, each with its nodes and, optionally, its own price. Given such a
cluster, or workloads listed under ``fleet.workloads``, ``servesolve plan`` solves the
``fleet`` formulation (``formulations/fleet.py``) instead of ``parallelism``: how many
replicas of which (TP, max_num_seqs) config of which workload run on which GPU type, and
which length bucket of each workload they serve, at least cost (``planner.objective=
min_cost``: every workload's rate served) or for the most weighted goodput within
``fleet.budget_usd_per_hour`` and the pools' GPUs (``max_throughput`` / ``max_goodput``:
each workload counted up to its rate).

Flow: :meth:`FleetRequest.from_config` (validated; one-line errors) -> :func:`plan_fleet`
(price every config with ``fleet.from_specs``, solve, re-solve min_cost at scaled rates
for the cost curve) -> :class:`FleetResult` -> :func:`fleet_output` (the text report,
plan.json, result.csv, candidates.csv, cost_curve.csv and cost_curve.png).

Solver rule: the fleet MILP runs on its formulation's ``default_backend`` (HiGHS, which
proves the largest benchmarked fleet in seconds where CP-SAT leaves a gap;
docs/formulations.md) unless the command line names a backend (``solver=NAME`` or
``solver.backend=NAME``). The ``solver`` group's other fields (time limit, threads,
seed, relative gap) apply either way. The group's default, ``cp_sat``, is chosen for the
one-type ``parallelism`` MILP, so it is not read as a choice for the fleet.

What is not done here: fleet plans are priced by the roofline cost model (the
measured-kernel chain and ``planner.cost_tables`` roots price one-type plans only) and
are not checked in the simulator.
"""

from __future__ import annotations

import dataclasses
import io
import json
import math
import re
import time
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

import pandas as pd
from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.checking import effective_engine, engine_of, with_engine_defaults
from servesolve.costs.replica_model import WorkloadStats
from servesolve.errors import InfeasibleError, SpecError, UnknownNameError
from servesolve.formulations import fleet
from servesolve.formulations.base import FormulationResult
from servesolve.formulations.candidates import CandidateOptions
from servesolve.formulations.parallelism import place
from servesolve.launch import server_flags
from servesolve.output import Output
from servesolve.plan_request import ENGINE_CANDIDATE_KEYS, PlannerOptions
from servesolve.report import ENGINE_TITLES, fmt_s
from servesolve.solver import SolverOptions, SolveStatus
from servesolve.specs import ClusterSpec, ModelSpec, SloSpec
from servesolve.specs.catalog import (
    catalogue_entry,
    catalogue_names,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)
from servesolve.specs.engine import EngineSpec
from servesolve.specs.validation import SPEC_CONFIG, parse_spec
from servesolve.workloads import WorkloadSpec, sample_requests, workload_from_dict

#: Fields of a mixed cluster's config; each pool takes a one-type cluster's fields
#: (``ClusterSpec``; ``name`` optional) and ``price_per_gpu_hour_usd``.
MIXED_CLUSTER_KEYS = ("name", "pools", "source")
#: Most length buckets per workload.
MAX_BUCKETS = 8
#: Scales of every target rate at which the cost curve re-solves min_cost.
CURVE_SCALES = (0.25, 0.5, 1.0, 1.5, 2.0, 3.0, 4.0, 6.0, 8.0)
#: Longest one cost-curve solve may run (s), or ``solver.time_limit_s`` when lower.
CURVE_TIME_LIMIT_S = 10.0
#: Engine contexts are rounded up to this many tokens (as ``report.max_model_len``).
CONTEXT_STEP_TOKENS = 256
#: Served traffic below this share of a target counts as not served (solver tolerances).
SERVED_RTOL = 1e-6


# ---------------------------------------------------------------------------- config


@spec_dataclass(config=SPEC_CONFIG)
class FleetWorkloadOptions:
    """One workload of a fleet; names are file stems of ``conf/<group>/``."""

    workload: str = Field(description="a workload from conf/workload/, e.g. sharegpt")
    slo: str | None = Field(
        default=None, description="an SLO from conf/slo/ (default: the run's slo)"
    )
    rate_per_s: float | None = Field(
        default=None,
        gt=0,
        allow_inf_nan=False,
        description="req/s to serve, > 0 (default: the workload's arrival rate)",
    )
    model: str | None = Field(
        default=None, description="a model from conf/model/ (default: the run's model)"
    )
    weight: float = Field(
        default=1.0,
        gt=0,
        allow_inf_nan=False,
        description="goodput weight under max_throughput, > 0",
    )


@spec_dataclass(config=SPEC_CONFIG)
class FleetOptions:
    """The ``fleet`` block of conf/plan.yaml."""

    workloads: list[dict[str, Any]] | None = Field(
        default=None,
        min_length=1,
        description=(
            "null (the run's model, workload, SLO and target rate) or a list of "
            "{workload: NAME, slo: NAME, rate_per_s: X, model: NAME, weight: W}"
        ),
    )
    budget_usd_per_hour: float | None = Field(
        default=None,
        gt=0,
        allow_inf_nan=False,
        description="most $/h the fleet may cost, > 0 (null: no limit beyond the pools' GPUs)",
    )
    num_buckets: int = Field(
        default=3,
        ge=1,
        le=MAX_BUCKETS,
        description=f"length buckets per workload, 1 to {MAX_BUCKETS}",
    )
    max_num_seqs: list[PositiveInt] = Field(
        default_factory=lambda: list(fleet.FLEET_CANDIDATES.max_num_seqs),
        min_length=1,
        description="batch caps priced per layout, e.g. [32, 128, 512]",
    )


@spec_dataclass(config=SPEC_CONFIG)
class _PoolPrice:
    price_per_gpu_hour_usd: float | None = Field(
        default=None,
        ge=0,
        allow_inf_nan=False,
        description="$ per GPU-hour of this pool, >= 0 (null: the GPU's catalogue price)",
    )


@dataclass(frozen=True)
class FleetCluster:
    """A cluster of one or more GPU pools; each pool is a one-type cluster whose GPU
    carries the pool's price."""

    name: str
    pools: tuple[ClusterSpec, ...]
    source: str = ""

    @property
    def num_gpus(self) -> int:
        return sum(p.num_gpus for p in self.pools)

    def pool(self, gpu_type: str) -> ClusterSpec:
        return next(p for p in self.pools if p.gpu.name == gpu_type)


def is_mixed_cluster(data: object) -> bool:
    """Whether a cluster config lists GPU pools (a mixed cluster)."""
    return isinstance(data, Mapping) and "pools" in data


def fleet_cluster_from_config(data: Mapping[str, Any], field: str = "cluster") -> FleetCluster:
    """Validate a cluster mapping: a mixed cluster (``pools``) or a one-type cluster (one
    pool). A pool names its GPU from conf/gpu/ and may set ``price_per_gpu_hour_usd``."""
    if not is_mixed_cluster(data):
        one = cluster_from_config(data, field)
        return FleetCluster(one.name, (one,), one.source)
    unknown = sorted(set(data) - set(MIXED_CLUSTER_KEYS))
    if unknown:
        raise SpecError(
            f"{field}.{unknown[0]}",
            "is not a field of a mixed cluster (its GPUs are listed under pools)",
            f"remove it; a mixed cluster takes {', '.join(MIXED_CLUSTER_KEYS)}, and each pool "
            "the fields of a one-type cluster (gpu, num_nodes, gpus_per_node, "
            "inter_node_gb_per_s, ...) and price_per_gpu_hour_usd",
        )
    pools = data.get("pools")
    if not isinstance(pools, Sequence) or isinstance(pools, str) or not pools:
        raise SpecError(
            f"{field}.pools",
            f"must list at least one pool, got {pools!r}",
            "give e.g. [{gpu: H100-SXM-80GB, num_nodes: 2, gpus_per_node: 8, "
            "inter_node_gb_per_s: 400}]",
        )
    name = str(data.get("name") or "mixed")
    out: list[ClusterSpec] = []
    seen: dict[str, int] = {}
    for i, pool in enumerate(pools):
        where = f"{field}.pools.{i}"
        if not isinstance(pool, Mapping):
            raise SpecError(
                where,
                f"expected a mapping, got {type(pool).__name__}",
                "give gpu, num_nodes, gpus_per_node and inter_node_gb_per_s",
            )
        pool = dict(pool)
        price = parse_spec(
            _PoolPrice, {"price_per_gpu_hour_usd": pool.pop("price_per_gpu_hour_usd", None)}, where
        ).price_per_gpu_hour_usd
        named = "name" in pool
        pool.setdefault("name", name)
        cluster = cluster_from_config(pool, where)
        if not named:
            cluster = dataclasses.replace(cluster, name=f"{name}/{cluster.gpu.name}")
        if price is not None:
            gpu = dataclasses.replace(cluster.gpu, price_per_gpu_hour_usd=price)
            cluster = dataclasses.replace(cluster, gpu=gpu)
        gpu_type = cluster.gpu.name
        if gpu_type in seen:
            raise SpecError(
                f"{where}.gpu",
                f"{gpu_type} already has a pool ({field}.pools.{seen[gpu_type]})",
                "merge the two into one pool (one pool per GPU type)",
            )
        seen[gpu_type] = i
        out.append(cluster)
    return FleetCluster(name, tuple(out), str(data.get("source") or ""))


def fleet_requested(cfg: Mapping[str, Any]) -> bool:
    """Whether ``servesolve plan`` plans a fleet: the cluster lists pools, or
    ``fleet.workloads`` lists workloads. A fleet budget on a one-type plan, which would
    be ignored, is refused."""
    fleet_cfg = cfg.get("fleet") or {}
    if not isinstance(fleet_cfg, Mapping):
        raise SpecError("fleet", f"expected a mapping, got {fleet_cfg!r}", "see conf/plan.yaml")
    if is_mixed_cluster(cfg.get("cluster")) or fleet_cfg.get("workloads") is not None:
        return True
    if fleet_cfg.get("budget_usd_per_hour") is not None:
        raise SpecError(
            "fleet.budget_usd_per_hour",
            "bounds fleet plans only, and this run is a one-type plan (its cluster has no "
            "pools and fleet.workloads is null)",
            "choose a mixed cluster (e.g. cluster=h100x16_a100x16) or list fleet.workloads; "
            "for one GPU type bound planner.gpu_budget",
        )
    return False


def solver_named(overrides: Iterable[str]) -> bool:
    """Whether command-line ``overrides`` choose the solver backend (``solver=NAME`` or
    ``solver.backend=NAME``)."""
    keys = {o.partition("=")[0].lstrip("+~") for o in overrides}
    return bool(keys & {"solver", "solver.backend"})


@dataclass(frozen=True)
class FleetWorkload:
    """One validated workload of a fleet; ``rate_field`` names where its rate is set."""

    name: str
    model: ModelSpec
    workload: WorkloadSpec
    slo: SloSpec
    rate_per_s: float | None
    weight: float
    field: str
    rate_field: str


def _catalogue(group: str, name: str, where: str) -> dict[str, Any]:
    names = catalogue_names(group)
    if name not in names:
        raise UnknownNameError(where, name, names)
    return catalogue_entry(group, name)


def _fleet_workloads(
    cfg: Mapping[str, Any], options: FleetOptions, planner: PlannerOptions
) -> tuple[FleetWorkload, ...]:
    for key in ("model", "workload", "slo"):
        if key not in cfg:
            raise SpecError(key, "is missing", f"add `{key}=NAME` (see conf/{key}/)")
    model = model_from_config(cfg["model"])
    slo = slo_from_config(cfg["slo"])
    if options.workloads is None:
        work = workload_from_dict(cfg["workload"])
        return (
            FleetWorkload(
                f"{model.name}:{work.name}",
                model,
                work,
                slo,
                planner.target_rate_per_s,
                1.0,
                "workload",
                "planner.target_rate_per_s",
            ),
        )
    if planner.target_rate_per_s is not None:
        raise SpecError(
            "planner.target_rate_per_s",
            "sets the rate of the run's own workload, and fleet.workloads lists others",
            "leave it null and give each fleet.workloads entry its rate_per_s",
        )
    out: list[FleetWorkload] = []
    seen: dict[tuple[str, str, str], int] = {}
    for i, raw in enumerate(options.workloads):
        where = f"fleet.workloads.{i}"
        entry = parse_spec(FleetWorkloadOptions, raw, where)
        work = workload_from_dict(_catalogue("workload", entry.workload, f"{where}.workload"))
        w_slo = slo
        if entry.slo is not None:
            w_slo = slo_from_config(_catalogue("slo", entry.slo, f"{where}.slo"), f"{where}.slo")
        w_model = model
        if entry.model is not None:
            w_model = model_from_config(
                _catalogue("model", entry.model, f"{where}.model"), f"{where}.model"
            )
        key = (w_model.name, work.name, w_slo.name)
        if key in seen:
            raise SpecError(
                where,
                f"repeats fleet.workloads.{seen[key]} ({'/'.join(key)})",
                "merge the two entries into one with the summed rate_per_s",
            )
        seen[key] = i
        out.append(
            FleetWorkload(
                f"{w_model.name}:{work.name}",
                w_model,
                work,
                w_slo,
                entry.rate_per_s,
                entry.weight,
                where,
                f"{where}.rate_per_s",
            )
        )
    names = [w.name for w in out]
    return tuple(
        dataclasses.replace(w, name=f"{w.name}:{w.slo.name}") if names.count(w.name) > 1 else w
        for w in out
    )


def _refuse_one_type_options(planner: PlannerOptions) -> None:
    """Planner options of the one-type plan that a fleet plan cannot honour."""
    refused: list[tuple[bool, str, str, str]] = [
        (
            planner.objective == "min_gpus",
            "planner.objective",
            "min_gpus counts the GPUs of one type, and a fleet of several types is priced in $/h",
            "use planner.objective=min_cost (or max_throughput)",
        ),
        (
            planner.gpu_budget is not None,
            "planner.gpu_budget",
            "bounds the GPUs of a one-type plan, and a fleet uses its pools' GPUs",
            "leave it null; set the pools' num_nodes or fleet.budget_usd_per_hour",
        ),
        (
            planner.max_distinct_configs is not None,
            "planner.max_distinct_configs",
            "is not modelled by the fleet MILP",
            "leave it null for a fleet plan",
        ),
        (
            any(s != "colocated" for s in (getattr(planner, "shapes", None) or ())),
            "planner.shapes",
            "the fleet MILP plans colocated replicas only",
            "leave it null (or [colocated]) for a fleet plan",
        ),
        (
            planner.check.method == "verified",
            "planner.check.method",
            "verified prices a one-type plan by simulation; fleet plans are priced by the "
            "roofline and not simulated",
            "leave it at repair (the default) for a fleet plan",
        ),
        (
            planner.cost_tables not in ("auto", "roofline"),
            "planner.cost_tables",
            f"'{planner.cost_tables}': profiled tables price one-type plans only; fleet plans "
            "are priced by the roofline",
            "set planner.cost_tables=auto (or roofline) for a fleet plan",
        ),
    ]
    for bad, where, problem, fix in refused:
        if bad:
            raise SpecError(where, problem, fix)


@dataclass(frozen=True)
class FleetRequest:
    """Everything a fleet plan needs, validated.

    ``objective`` is the fleet formulation's (``min_cost`` or ``max_goodput``);
    ``planner_objective`` the user's word for it. ``candidates`` is the grid priced per
    GPU type and workload: ``fleet.max_num_seqs``, PP 1, and the run's token budget,
    memory share, reserve, overhead and utilisation cap (``planner.candidates``).
    """

    cluster: FleetCluster
    workloads: tuple[FleetWorkload, ...]
    objective: fleet.Objective
    planner_objective: str
    budget_usd_per_hour: float | None
    num_buckets: int
    candidates: CandidateOptions
    solver: SolverOptions
    solver_named: bool
    engine: EngineSpec
    pictures: bool = True
    choices: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_config(
        cls,
        cfg: Mapping[str, Any],
        choices: Mapping[str, str] | None = None,
        solver_named: bool = False,
    ) -> FleetRequest:
        """Validate a plain config mapping (Hydra's, converted once)."""
        for key in ("cluster", "solver"):
            if key not in cfg:
                raise SpecError(key, "is missing", f"add `{key}=NAME` (see conf/{key}/)")
        cluster = fleet_cluster_from_config(cfg["cluster"])
        engine = engine_of(cfg)
        planner_cfg = dict(cfg.get("planner") or {})
        planner_cfg["candidates"] = with_engine_defaults(
            planner_cfg.get("candidates"), engine, ENGINE_CANDIDATE_KEYS
        )
        planner = parse_spec(PlannerOptions, planner_cfg, "planner")
        _refuse_one_type_options(planner)
        options = parse_spec(FleetOptions, dict(cfg.get("fleet") or {}), "fleet")
        solver = parse_spec(SolverOptions, cfg["solver"], "solver")
        if not solver_named:
            solver = dataclasses.replace(solver, backend=fleet.FORMULATION.default_backend)
        candidates = dataclasses.replace(
            planner.candidates,
            max_num_seqs=list(options.max_num_seqs),
            max_num_seqs_to_memory=False,
            max_pp=1,
            expert_parallel=False,
        )
        return cls(
            cluster=cluster,
            workloads=_fleet_workloads(cfg, options, planner),
            objective="min_cost" if planner.objective == "min_cost" else "max_goodput",
            planner_objective=planner.objective,
            budget_usd_per_hour=options.budget_usd_per_hour,
            num_buckets=options.num_buckets,
            candidates=candidates,
            solver=solver,
            solver_named=solver_named,
            engine=effective_engine(
                engine, candidates.max_num_batched_tokens, candidates.gpu_memory_utilization
            ),
            pictures=planner.pictures,
            choices=dict(choices or {}),
        )


# ---------------------------------------------------------------------------- solve


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


# ---------------------------------------------------------------------------- report


def _proven(result: FleetResult) -> bool:
    return result.solution.certificate.status is SolveStatus.OPTIMAL


def _gpus_line(result: FleetResult) -> str:
    used = result.instance.gpus_by_type(result.plan.replicas)
    return ", ".join(f"{t} {used[t]} of {p.num_gpus}" for t, p in _pools(result))


def _pools(result: FleetResult) -> list[tuple[str, ClusterSpec]]:
    return [(p.gpu.name, p) for p in result.request.cluster.pools]


def _gap_text(gap: float) -> str:
    """The relative gap in per cent; a gap too small for 4 decimals in 3 significant digits."""
    if not math.isfinite(gap):
        return "unknown"
    return f"{gap * 100:.4f} %" if gap == 0 or gap >= 1e-6 else f"{gap * 100:.3g} %"


def _objective_text(result: FleetResult, value: float) -> str:
    if not math.isfinite(value):
        return "none"
    if result.request.objective == "min_cost":
        return f"{value:.6g} $/h"
    eps = result.instance.tie_break
    return f"{value:.6g} weighted req/h (less {eps:.3g} x $/h)"


def _layout(row: Any) -> str:
    return f"TP{int(row.tp)}xPP{int(row.pp)} b{int(row.max_num_seqs)}"


def _traffic_text(row: pd.Series, buckets: Sequence[str]) -> str:
    return ", ".join(
        f"{k} {float(row.get(f'rate_per_s[{k}]', 0.0) or 0.0):.2f}"
        for k in buckets
        if float(row.get(f"rate_per_s[{k}]", 0.0) or 0.0) > 0
    )


def _slo_text(slo: SloSpec) -> str:
    bounds = ", ".join(
        f"{name} <= {fmt_s(v)}"
        for name, v in (("TTFT", slo.ttft_s), ("TPOT", slo.tpot_s), ("E2E", slo.e2e_s))
        if v
    )
    return f"SLO {slo.name} (p{slo.percentile:g}: {bounds or 'no latency bound'})"


@dataclass(frozen=True)
class _Layout:
    """What ``server_flags`` reads of a replica."""

    tp: int
    pp: int
    max_num_seqs: int
    ep: int = 1
    stage_layers: tuple[int, ...] | None = None


def _max_model_len(model: ModelSpec, stats: WorkloadStats) -> int:
    longest = stats.max_input_tokens + stats.max_output_tokens
    step = CONTEXT_STEP_TOKENS
    return min(model.max_context_tokens, int(math.ceil(longest / step) * step))


def launch_commands(result: FleetResult, base_port: int = 8000) -> dict[str, list[str]]:
    """Per GPU type, one server command per replica of the engine, on the pool's nodes
    (``parallelism.place``; inside a node, larger replicas take the lower GPU ids), each
    followed by ``# <workload>`` so that a router can send the workload's requests there.
    Ports count up across the whole fleet."""
    req = result.request
    groups = result.groups()
    by_name = {w.name: w for w in req.workloads}
    out: dict[str, list[str]] = {}
    port = base_port
    for gpu_type, pool in _pools(result):
        rows = groups[groups["gpu_type"] == gpu_type] if not groups.empty else groups
        replicas = [row for row in rows.itertuples() for _ in range(int(row.replicas))]
        replicas.sort(key=lambda r: -int(r.gpus_per_replica))
        nodes = place(
            [(int(r.tp), int(r.pp)) for r in replicas],
            pool.num_nodes,
            pool.gpus_per_node,
            pool.nvlink_domain_size,
        )
        if nodes is None:  # the MILP counts GPUs per type; whole-node layouts always pack
            raise RuntimeError(f"fleet plan does not pack onto the {gpu_type} pool's nodes")
        location: dict[int, str] = {}
        for node, members in enumerate(nodes):
            offset = 0
            for i in sorted(members, key=lambda i: -int(replicas[i].gpus_per_replica)):
                size = int(replicas[i].gpus_per_replica)
                gpus = ",".join(str(g) for g in range(offset, offset + size))
                offset += size
                where = "" if pool.num_nodes == 1 else f"# {gpu_type} node {node}: "
                location[i] = f"{where}CUDA_VISIBLE_DEVICES={gpus} "
        commands = []
        for i, row in enumerate(replicas):
            w = by_name[str(row.workload)]
            layout = _Layout(int(row.tp), int(row.pp), int(row.max_num_seqs))
            flags, env = server_flags(
                req.engine.name,
                w.model,
                layout,
                req.candidates,
                _max_model_len(w.model, result.stats[w.name]),
                port,
                0,
            )
            prefix = location[i]
            prefix = env + prefix if prefix.startswith("CUDA_VISIBLE_DEVICES") else prefix + env
            commands.append(f"{prefix}{' '.join(flags)}  # {w.name}")
            port += 1
        out[gpu_type] = commands
    return out


def _curve_lines(result: FleetResult) -> list[str]:
    curve = result.curve
    if curve.empty:
        return []
    table = pd.DataFrame(
        {
            "scale": [f"{s:g}x" for s in curve["scale"]],
            "target req/s": [f"{r:.2f}" for r in curve["target_rate_per_s"]],
            "$/h": [f"{c:.2f}" if math.isfinite(c) else "-" for c in curve["cost_usd_per_hour"]],
            "GPUs": [
                " + ".join(
                    f"{int(row[f'gpus[{t}]'])} {t}"
                    for t, _ in _pools(result)
                    if math.isfinite(row[f"gpus[{t}]"]) and row[f"gpus[{t}]"] > 0
                )
                or "-"
                for _, row in curve.iterrows()
            ],
            "status": [
                s if s != "feasible" else f"feasible, gap {g * 100:.2f} %"
                for s, g in zip(curve["status"], curve["gap"], strict=True)
            ],
        }
    )
    return [
        "",
        "Cost against served rate (min_cost re-solved with every target scaled, no budget; "
        "cost_curve.png)",
        *("  " + line for line in table.to_string(index=False).splitlines()),
    ]


def render_fleet(result: FleetResult, files: list[str] | None = None) -> str:
    """The terminal report of a fleet plan."""
    req, inst, cert = result.request, result.instance, result.solution.certificate
    tab = inst.tables
    pools = ", ".join(
        f"{p.num_gpus} x {t} at {p.gpu.price_per_gpu_hour_usd:g} $/GPU-h" for t, p in _pools(result)
    )
    lines = [
        f"servesolve plan (fleet): {len(req.workloads)} workload(s) on {req.cluster.name} ({pools})"
    ]
    for w in req.workloads:
        s = result.stats[w.name]
        shares = ", ".join(
            f"{k} {float(inst.buckets.loc[(w.name, k), 'share']):.0%}" for k in tab.buckets[w.name]
        )
        lines.append(
            f"  {w.name}: workload {w.workload.name} ({s.num_requests} requests, mean in/out "
            f"{s.mean_input_tokens:.0f}/{s.mean_output_tokens:.0f} tokens), {_slo_text(w.slo)}, "
            f"target {tab.target[w.name]:.2f} req/s"
            + (f", weight {w.weight:g}" if w.weight != 1 else "")
            + f"; length buckets {shares}"
        )
    served = result.served_per_s()
    total_target = sum(tab.target.values())
    budget = req.budget_usd_per_hour
    lines += [
        "",
        f"Fleet ({req.planner_objective}"
        + (f", budget {budget:g} $/h" if budget is not None else "")
        + ("" if _proven(result) else "; not proven optimal")
        + f"): {result.cost_usd_per_hour:.2f} $/h, "
        f"{sum(inst.gpus_by_type(result.plan.replicas).values())} GPUs ({_gpus_line(result)}), "
        f"serves {sum(served.values()):.2f} of {total_target:.2f} req/s on {req.engine.label}",
    ]
    groups = result.groups()
    if groups.empty:
        lines.append("  no replicas: nothing fits the budget")
    else:
        table = pd.DataFrame(
            {
                "GPU type": groups["gpu_type"],
                "workload": groups["workload"],
                "replicas": groups["replicas"].astype(int),
                "config": [_layout(r) for r in groups.itertuples()],
                "GPUs": groups["num_gpus"].astype(int),
                "$/h": [f"{c:.2f}" for c in groups["cost_usd_per_hour"]],
                "req/s": [f"{r:.2f}" for r in groups["rate_per_s"]],
                "load": [f"{x:.0%}" for x in groups["load"]],
                "req/s per length bucket": [
                    _traffic_text(row, tab.buckets[row["workload"]]) for _, row in groups.iterrows()
                ],
            }
        )
        lines += ["  " + line for line in table.to_string(index=False).splitlines()]
    short = [
        f"{w} {served[w]:.2f} of {tab.target[w]:.2f}"
        for w in tab.workloads
        if served[w] < tab.target[w] * (1 - SERVED_RTOL)
    ]
    if short:
        lines.append("  served below target (req/s): " + "; ".join(short))
    gap = result.solution.gap
    backend_note = (
        "named on the command line"
        if req.solver_named
        else "the fleet MILP's default; solver=NAME picks another"
    )
    cand = req.candidates
    tps = sorted({int(t) for t in inst.configs["tp"]})
    lines += [
        "",
        f"Proof: status {cert.status.value} | objective {_objective_text(result, cert.objective)} | "
        f"best bound {_objective_text(result, cert.best_bound)} | gap "
        + _gap_text(gap)
        + f" | solve {cert.wall_time_s:.3f} s | solver {cert.backend} ({backend_note})",
        f"       {len(inst.configs)} configs x length buckets ({len(inst.rates)} rates) priced "
        f"in {result.pricing_time_s:.2f} s by the roofline cost model: TP "
        f"{'/'.join(map(str, tps))} inside a node, PP 1, max_num_seqs "
        f"{'/'.join(map(str, cand.max_num_seqs))}, token budget {cand.max_num_batched_tokens}; "
        "fleet plans are not simulated",
    ]
    if not _proven(result):
        why = cert.stats.get("note") or f"{cert.backend} stopped before proving optimality"
        lines.append(
            f"       not proven optimal: {why}; raise solver.time_limit_s, or drop solver= "
            "for HiGHS"
        )
    lines += _curve_lines(result)
    commands = launch_commands(result)
    count = sum(len(c) for c in commands.values())
    lines += [
        "",
        f"Deploy on {ENGINE_TITLES[req.engine.name]}: {count} replica(s); route each "
        "workload's requests to the ports marked with its name",
    ]
    for gpu_type, pool in _pools(result):
        lines.append(
            f"  {gpu_type} ({pool.num_nodes} node(s) x {pool.gpus_per_node}): "
            + (f"{len(commands[gpu_type])} replica(s)" if commands[gpu_type] else "unused")
        )
        lines += ["    " + c for c in commands[gpu_type]]
    if files:
        lines += ["", "Wrote " + ", ".join(files)]
    return "\n".join(lines)


def _finite(value: float) -> float | None:
    return value if isinstance(value, int | float) and math.isfinite(value) else None


def fleet_json(result: FleetResult) -> dict[str, Any]:
    """Everything needed to deploy and to reproduce the fleet plan."""
    req, inst, cert = result.request, result.instance, result.solution.certificate
    tab = inst.tables
    served = result.served_per_s()
    used = inst.gpus_by_type(result.plan.replicas)
    groups = result.groups()
    group_rows = []
    for _, row in groups.iterrows():
        buckets = tab.buckets[row["workload"]]
        group_rows.append(
            {
                "gpu_type": row["gpu_type"],
                "workload": row["workload"],
                "config": row["config"],
                "tp": int(row["tp"]),
                "pp": int(row["pp"]),
                "max_num_seqs": int(row["max_num_seqs"]),
                "replicas": int(row["replicas"]),
                "gpus_per_replica": int(row["gpus_per_replica"]),
                "num_gpus": int(row["num_gpus"]),
                "cost_usd_per_hour": float(row["cost_usd_per_hour"]),
                "rate_per_s": float(row["rate_per_s"]),
                "traffic_per_s": {
                    k: float(row.get(f"rate_per_s[{k}]", 0.0) or 0.0) for k in buckets
                },
                "replica_rate_per_s": {
                    k: tab.rate[(row["gpu_type"], row["workload"], row["config"], k)]
                    for k in buckets
                },
                "load": float(row["load"]),
            }
        )
    return {
        "kind": "fleet",
        "cluster": {
            "name": req.cluster.name,
            "source": req.cluster.source,
            "pools": [
                {
                    "gpu": t,
                    "num_nodes": p.num_nodes,
                    "gpus_per_node": p.gpus_per_node,
                    "num_gpus": p.num_gpus,
                    "price_per_gpu_hour_usd": p.gpu.price_per_gpu_hour_usd,
                    "gpus_used": used[t],
                }
                for t, p in _pools(result)
            ],
        },
        "choices": req.choices,
        "objective": req.planner_objective,
        "formulation_objective": req.objective,
        "budget_usd_per_hour": req.budget_usd_per_hour,
        "workloads": [
            {
                "name": w.name,
                "model": w.model.name,
                "workload": w.workload.name,
                "slo": asdict(w.slo),
                "weight": w.weight,
                "target_rate_per_s": tab.target[w.name],
                "served_rate_per_s": served[w.name],
                "buckets": [
                    {
                        "bucket": k,
                        "max_tokens": int(k[2:]),
                        "share": float(inst.buckets.loc[(w.name, k), "share"]),
                        "target_rate_per_s": tab.demand[w.name, k],
                        "served_rate_per_s": float(
                            sum(
                                x
                                for (_, ww, _, kk), x in result.plan.traffic_per_s.items()
                                if ww == w.name and kk == k
                            )
                        ),
                    }
                    for k in tab.buckets[w.name]
                ],
                "stats": asdict(result.stats[w.name]),
            }
            for w in req.workloads
        ],
        "fleet": {
            "cost_usd_per_hour": result.cost_usd_per_hour,
            "num_gpus": sum(used.values()),
            "served_rate_per_s": sum(served.values()),
            "groups": group_rows,
        },
        "certificate": {
            "status": cert.status.value,
            "objective": _finite(cert.objective),
            "best_bound": _finite(cert.best_bound),
            "gap": _finite(result.solution.gap),
            "wall_time_s": cert.wall_time_s,
            "backend": cert.backend,
            "backend_chosen_by": "command line" if req.solver_named else "fleet default",
            "tie_break_per_usd_per_hour": inst.tie_break,
            "stats": cert.stats,
        },
        "candidates": asdict(req.candidates),
        "num_buckets": req.num_buckets,
        "engine": asdict(req.engine),
        "cost_model": "roofline",
        "pricing_time_s": result.pricing_time_s,
        "cost_curve": json.loads(result.curve.to_json(orient="records")),
        "deploy_commands": launch_commands(result),
    }


def _plan_text(result: FleetResult) -> str:
    groups = result.groups()
    return (
        " + ".join(
            f"{r.gpu_type}: {int(r.replicas)} x {_layout(r)} ({r.workload})"
            for r in groups.itertuples()
        )
        or "none"
    )


def fleet_row(result: FleetResult) -> pd.DataFrame:
    """One tidy row: the run's choices and settings, then the outcome."""
    req, inst, cert = result.request, result.instance, result.solution.certificate
    tab = inst.tables
    used = inst.gpus_by_type(result.plan.replicas)
    row: dict[str, Any] = {f"choice_{k}": v for k, v in req.choices.items()}
    row |= {
        "kind": "fleet",
        "cluster": req.cluster.name,
        "gpu_types": "+".join(t for t, _ in _pools(result)),
        "num_gpus_cluster": req.cluster.num_gpus,
        "workloads": ";".join(w.name for w in req.workloads),
        "slos": ";".join(w.slo.name for w in req.workloads),
        "engine": req.engine.name,
        "engine_version": req.engine.version,
        "cost_model": "roofline",
        "objective": req.planner_objective,
        "budget_usd_per_hour": req.budget_usd_per_hour,
        "num_buckets": req.num_buckets,
        "solver": cert.backend,
        "status": cert.status.value,
        "objective_value": cert.objective,
        "best_bound": cert.best_bound,
        "gap": result.solution.gap,
        "solve_time_s": cert.wall_time_s,
        "pricing_time_s": result.pricing_time_s,
        "plan": _plan_text(result),
        "cost_usd_per_hour": result.cost_usd_per_hour,
        "num_gpus": sum(used.values()),
        "target_rate_per_s": sum(tab.target.values()),
        "served_rate_per_s": sum(result.served_per_s().values()),
    }
    for t, _ in _pools(result):
        row[f"gpus_{t}"] = used[t]
    return pd.DataFrame([row])


def candidates_table(result: FleetResult) -> pd.DataFrame:
    """Every priced (GPU type, workload, config, bucket): layout, rate and memory."""
    inst = result.instance
    return inst.rates.join(inst.configs, how="left").reset_index()


def curve_png(result: FleetResult) -> bytes:
    """The cost curve as a PNG: min_cost $/h against the target rate, the plan starred."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import seaborn as sns

    req, curve = result.request, result.curve
    points = curve[curve["cost_usd_per_hour"].notna()]
    fig, ax = plt.subplots(figsize=(8.0, 4.8))
    sns.lineplot(
        data=points,
        x="target_rate_per_s",
        y="cost_usd_per_hour",
        marker="o",
        color="0.3",
        ax=ax,
        label="least cost serving every target x scale",
    )
    for _, p in points.iterrows():
        ax.annotate(
            f"{p['scale']:g}x" + ("" if p["status"] == "optimal" else " (not proven)"),
            (p["target_rate_per_s"], p["cost_usd_per_hour"]),
            xytext=(4, -12),
            textcoords="offset points",
            fontsize=7,
        )
    served = sum(result.served_per_s().values())
    ax.scatter(
        [served],
        [result.cost_usd_per_hour],
        marker="*",
        s=320,
        color="crimson",
        edgecolor="black",
        zorder=5,
        label=f"chosen plan ({req.planner_objective})",
    )
    if req.budget_usd_per_hour is not None:
        ax.axhline(req.budget_usd_per_hour, color="crimson", ls="--", lw=1, label="budget")
    ax.set_xlabel("served req/s (all workloads)")
    ax.set_ylabel("fleet cost ($/h)")
    ax.set_title(
        f"{req.cluster.name}: {', '.join(w.name for w in req.workloads)}",
        fontsize=10,
    )
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    plt.close(fig)
    return buffer.getvalue()


def fleet_output(
    cfg: Mapping[str, Any],
    choices: Mapping[str, str],
    config_yaml: str,
    solver_named: bool = False,
) -> Output:
    """The files and the report of ``servesolve plan`` on a fleet request."""
    result = plan_fleet(FleetRequest.from_config(cfg, choices, solver_named))
    files: dict[str, str | bytes] = {
        "plan.json": json.dumps(fleet_json(result), indent=2, default=str) + "\n",
        "result.csv": fleet_row(result).to_csv(index=False),
        "candidates.csv": candidates_table(result).to_csv(index=False),
        "config.yaml": config_yaml,
    }
    if result.request.pictures:
        files["cost_curve.csv"] = result.curve.to_csv(index=False)
        files["cost_curve.png"] = curve_png(result)
    return Output(files, lambda written: render_fleet(result, written))


__all__ = [
    "CURVE_SCALES",
    "FleetCluster",
    "FleetOptions",
    "FleetRequest",
    "FleetResult",
    "FleetWorkloadOptions",
    "cost_curve",
    "fleet_cluster_from_config",
    "fleet_json",
    "fleet_output",
    "fleet_requested",
    "fleet_row",
    "is_mixed_cluster",
    "launch_commands",
    "plan_fleet",
    "render_fleet",
    "solver_named",
]
