"""The request of a fleet plan: a mixed cluster and several workloads, validated.

A cluster whose config lists ``pools`` (``conf/cluster/h100x16_a100x16.yaml``) holds
several GPU types, each with its nodes and, optionally, its own price. Given such a
cluster, or workloads listed under ``fleet.workloads``, ``servesolve plan`` plans a fleet
(:func:`fleet_requested`; :mod:`servesolve.fleet_planning`) instead of a one-type plan.
:meth:`FleetRequest.from_config` validates the config once, with one-line errors, and
refuses the one-type planner options a fleet plan cannot honour.

Solver rule: the fleet MILP runs on its formulation's ``default_backend`` (HiGHS, which
proves the largest benchmarked fleet in seconds where CP-SAT leaves a gap;
docs/formulations.md) unless the command line names a backend (``solver=NAME`` or
``solver.backend=NAME``; :func:`solver_named`). The ``solver`` group's other fields (time
limit, threads, seed, relative gap) apply either way. The group's default, ``cp_sat``, is
chosen for the one-type ``parallelism`` MILP, so it is not read as a choice for the fleet.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.checking import effective_engine, engine_of, with_engine_defaults
from servesolve.errors import SpecError, UnknownNameError
from servesolve.formulations import fleet
from servesolve.formulations.candidates import CandidateOptions
from servesolve.plan_request import ENGINE_CANDIDATE_KEYS, PlannerOptions
from servesolve.solver import SolverOptions
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
from servesolve.workloads import WorkloadSpec, workload_from_dict

#: Fields of a mixed cluster's config; each pool takes a one-type cluster's fields
#: (``ClusterSpec``; ``name`` optional) and ``price_per_gpu_hour_usd``.
MIXED_CLUSTER_KEYS = ("name", "pools", "source")
#: Most length buckets per workload.
MAX_BUCKETS = 8


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


__all__ = [
    "MAX_BUCKETS",
    "MIXED_CLUSTER_KEYS",
    "FleetCluster",
    "FleetOptions",
    "FleetRequest",
    "FleetWorkload",
    "FleetWorkloadOptions",
    "fleet_cluster_from_config",
    "fleet_requested",
    "is_mixed_cluster",
    "solver_named",
]
