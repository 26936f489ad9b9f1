"""``servesolve simulate``: run a plan (a plan.json or replicas given in config) on a workload.

``simulate_plan(request) -> SimulationResult`` is a plain function; the CLI converts the
Hydra config once with :meth:`SimulateRequest.from_config`.

The run prices iterations with the same cost model ``servesolve plan`` builds
(``cost_model_for`` with the engine and ``cost_tables``; a plan.json's tables under
``auto``) and schedules them with the engine's scheduler under ``simulation.policy:
engine``, so simulating a plan.json at its check's rate, seed and request count
reproduces the plan's simulator check.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import pandas as pd
from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.checking import (
    PolicyChoice,
    effective_engine,
    engine_cost_model,
    engine_of,
    keeps_up,
    poisson_requests,
    policy_fields,
    policy_label,
    steady_rates,
)
from servesolve.costs.memory import MemoryBudget
from servesolve.costs.roofline import RooflineCostModel
from servesolve.errors import SpecError
from servesolve.simulator import (
    DisaggregatedSpec,
    ReplicaGroupSpec,
    SimulationResult,
    SimulationSpec,
    simulate,
    simulate_disaggregated,
)
from servesolve.simulator.simulation import kv_budget
from servesolve.specs import (
    ClusterSpec,
    ModelSpec,
    SloSpec,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import GIB
from servesolve.specs.validation import SPEC_CONFIG, parse_spec
from servesolve.workloads import WorkloadSpec, sample_requests, workload_from_dict
from servesolve.workloads.spec import check_trace_count


@spec_dataclass(config=SPEC_CONFIG)
class ReplicaEntry:
    tp: PositiveInt = Field(description="tensor-parallel degree")
    pp: PositiveInt = Field(default=1, description="pipeline-parallel degree")
    max_num_seqs: PositiveInt = Field(default=256, description="max concurrent sequences")
    count: PositiveInt = Field(default=1, description="number of identical replicas")
    ep: PositiveInt = Field(
        default=1, description="MoE: 1 = experts tensor-parallel, tp = expert-parallel"
    )
    stage_layers: list[PositiveInt] | None = Field(
        default=None, description="layers per pipeline stage (default: an even split)"
    )
    attn_dp: PositiveInt = Field(
        default=1,
        description=(
            "attention data-parallel groups of tp / attn_dp GPUs (a power of two dividing "
            "tp; 1: attention tensor-parallel)"
        ),
    )

    def __post_init__(self) -> None:
        d = self.attn_dp
        if d & (d - 1) or self.tp % d:
            raise ValueError(
                f"attn_dp={d} must be a power of two dividing tp={self.tp} (1 for none)"
            )

    def group(self) -> ReplicaGroupSpec:
        layers = tuple(self.stage_layers) if self.stage_layers is not None else None
        return ReplicaGroupSpec(
            self.tp, self.pp, self.max_num_seqs, self.count, self.ep, layers, self.attn_dp
        )


@spec_dataclass(config=SPEC_CONFIG)
class SimulationOptions:
    """Scheduler and run settings of ``servesolve simulate``."""

    policy: PolicyChoice = Field(
        default="engine",
        description="engine (its scheduler), continuous, chunked_prefill, static or rra (ExeGPT)",
    )
    rra_encoder_batch: PositiveInt = Field(
        default=8, description="ExeGPT RRA B_E: requests per encoding"
    )
    rra_decode_iterations: PositiveInt = Field(
        default=4, description="ExeGPT RRA N_D: decode iterations between encodings"
    )
    max_num_batched_tokens: PositiveInt | None = Field(
        default=None,
        description="token budget per iteration (null: a plan.json's, else the engine's)",
    )
    router: Literal["round_robin", "least_outstanding_tokens"] = Field(
        default="least_outstanding_tokens", description="round_robin or least_outstanding_tokens"
    )
    static_batch_size: PositiveInt = Field(default=8, description="batch of the static policy")
    static_decode_to: Literal["longest", "max_length"] = Field(
        default="longest",
        description="static policy decodes to the batch's longest output or to a max length",
    )
    static_max_output_tokens: PositiveInt | None = Field(
        default=None, description="max length of the static policy"
    )
    block_size: PositiveInt = Field(default=16, description="KV-cache block size in tokens")
    gpu_memory_utilization: float | None = Field(
        default=None,
        gt=0,
        le=1,
        description="share of GPU memory used (null: a plan.json's, else the engine's)",
    )
    runtime_reserve_gib: float = Field(
        default=1.0, ge=0, description="memory kept for the runtime (GiB)"
    )
    iteration_overhead_s: float = Field(
        default=0.002, ge=0, description="scheduler + sampling time per iteration"
    )
    num_requests: PositiveInt | None = Field(
        default=None, description="requests to simulate (default: the workload's)"
    )
    rate_per_s: float | None = Field(
        default=None, gt=0, description="Poisson arrival rate; default: the workload's own arrivals"
    )
    seed: int = Field(default=0, ge=0, description="seed of sampled lengths and arrivals")


@spec_dataclass(config=SPEC_CONFIG)
class DisaggregationOptions:
    """Separate prefill and decode pools (DistServe; ExeGPT WAA with its GPU split)."""

    prefill: list[ReplicaEntry] = Field(min_length=1, description="prefill (encode) replicas")
    decode: list[ReplicaEntry] = Field(min_length=1, description="decode replicas")
    decode_micro_batches: PositiveInt = Field(
        default=1, description="ExeGPT WAA B_m: decode micro-batches"
    )
    prefill_max_batched_tokens: PositiveInt = Field(
        default=8192, description="tokens of whole prompts per prefill iteration (B_E in tokens)"
    )
    kv_link_gb_per_s: float | None = Field(
        default=None,
        gt=0,
        description="KV transfer link (GB/s); default: the calibrated NCCL send/recv",
    )


@dataclass(frozen=True)
class SimulateRequest:
    """A validated ``servesolve simulate`` run. ``options`` carries the resolved token
    budget and memory share; ``engine`` is the effective engine (with those values)."""

    model: ModelSpec
    cluster: ClusterSpec
    workload: WorkloadSpec
    slo: SloSpec
    replicas: tuple[ReplicaGroupSpec, ...]
    options: SimulationOptions
    plan_file: str | None
    disaggregation: DisaggregationOptions | None = None
    engine: EngineSpec = field(default_factory=lambda: engine_of({}))
    cost_tables: str = "auto"

    @classmethod
    def from_config(
        cls, cfg: Mapping[str, Any], choices: Mapping[str, str] | None = None
    ) -> SimulateRequest:
        model = model_from_config(cfg["model"])
        cluster = cluster_from_config(cfg["cluster"])
        engine = engine_of(cfg)
        options = parse_spec(SimulationOptions, cfg.get("simulation", {}), "simulation")
        cost_tables = str(cfg.get("cost_tables") or "auto")
        plan_file = cfg.get("plan")
        disagg = cfg.get("disaggregation")
        if disagg and (plan_file or cfg.get("replicas")):
            raise SpecError(
                "disaggregation",
                "cannot be combined with plan= or replicas=",
                "give both pools inside disaggregation",
            )
        schedule: dict[str, Any] | None = None
        if plan_file and not disagg:
            run = _plan_shape_run(Path(str(plan_file)))
            if run is not None:  # another shape won: what it runs (model, cluster checked)
                _, settings = _replicas_from_plan(str(plan_file), model, cluster, engine)
                options = _with_plan_settings(options, settings)
                if "disaggregation" in run:
                    disagg = run["disaggregation"]
                else:
                    schedule = run
        if disagg:
            where = "plan.disaggregation" if plan_file else "disaggregation"
            split = parse_spec(DisaggregationOptions, disagg, where)
            replicas = tuple(e.group() for e in split.decode)
        elif schedule is not None:  # an ExeGPT RRA schedule: the rra policy, its B_E and N_D
            where = "plan.shapes.0.detail.simulation"
            replicas = tuple(
                parse_spec(ReplicaEntry, e, f"{where}.replicas.{i}").group()
                for i, e in enumerate(schedule.get("replicas") or [])
            )
            options = SimulationOptions(
                **(
                    asdict(options)
                    | {k: schedule[k] for k in RRA_SETTINGS if k in schedule}
                    | {"policy": "rra"}
                )
            )
        elif plan_file:
            replicas, settings = _replicas_from_plan(str(plan_file), model, cluster, engine)
            options = _with_plan_settings(options, settings)
            if cost_tables == "auto" and settings.get("cost_tables"):
                cost_tables = str(settings["cost_tables"])
        else:
            entries = cfg.get("replicas") or []
            if not entries:
                raise SpecError(
                    "plan",
                    "no plan given",
                    "pass plan=PATH/plan.json or replicas=[{tp: 8, count: 1}]",
                )
            parsed = [parse_spec(ReplicaEntry, e, f"replicas.{i}") for i, e in enumerate(entries)]
            replicas = tuple(e.group() for e in parsed)
        prefill = [e.group() for e in split.prefill] if disagg else []
        _check_hardware(
            [*prefill, *replicas],
            model,
            cluster,
            "disaggregation" if disagg else ("plan" if plan_file else "replicas"),
        )
        _check_attention_dp(
            [*prefill, *replicas],
            model,
            engine,
            "disaggregation" if disagg else ("plan" if plan_file else "replicas"),
        )
        options = _with_plan_settings(
            options,
            {
                "max_num_batched_tokens": engine.max_num_batched_tokens,
                "gpu_memory_utilization": engine.gpu_memory_utilization,
            },
        )
        assert options.max_num_batched_tokens is not None
        assert options.gpu_memory_utilization is not None
        run_engine = effective_engine(
            engine, options.max_num_batched_tokens, options.gpu_memory_utilization
        )
        _check_weights_fit(
            [*prefill, *replicas],
            model,
            cluster,
            run_engine,
            options,
            "disaggregation" if disagg else ("plan" if plan_file else "replicas"),
        )
        workload = workload_from_dict(cfg["workload"])
        if workload.kind == "trace" and options.rate_per_s is None and options.num_requests:
            # a Poisson rate resamples the lengths; the trace's own arrivals cannot
            check_trace_count(workload, options.num_requests, "simulation.num_requests")
        return cls(
            model=model,
            cluster=cluster,
            workload=workload,
            slo=slo_from_config(cfg["slo"]),
            replicas=replicas,
            options=options,
            plan_file=str(plan_file) if plan_file else None,
            disaggregation=split if disagg else None,
            engine=run_engine,
            cost_tables=cost_tables,
        )


#: Options a plan.json (then the engine) sets when the config leaves them null.
PLAN_SETTINGS = ("max_num_batched_tokens", "gpu_memory_utilization")


def _with_plan_settings(
    options: SimulationOptions, settings: Mapping[str, Any]
) -> SimulationOptions:
    """``options`` with each of :data:`PLAN_SETTINGS` left null set from ``settings``."""
    values = asdict(options)
    unset = {
        k: settings[k] for k in PLAN_SETTINGS if values[k] is None and settings.get(k) is not None
    }
    return SimulationOptions(**(values | unset)) if unset else options


#: Keys of a plan.json that ``simulate plan=`` reads; the rest are optional.
PLAN_KEYS = ("model", "cluster", "plan")


def _plan_json(file: Path) -> dict[str, Any]:
    """A plan.json's content; a file that is not one names what it lacks."""

    def refuse(problem: str) -> SpecError:
        return SpecError(
            "plan",
            f"'{file}' {problem}, so it is not a plan.json written by servesolve plan",
            "give the plan.json a `servesolve plan` run wrote (or replicas=[...])",
        )

    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise refuse("is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise refuse(f"is not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise refuse(f"holds a JSON {type(data).__name__}, not an object")
    missing = [key for key in PLAN_KEYS if key not in data]
    if missing:
        keys = "key" if len(missing) == 1 else "keys"
        raise refuse(f"has no {keys} {', '.join(repr(k) for k in missing)}")
    plan = data["plan"]
    if not isinstance(plan, dict) or "groups" not in plan:
        raise refuse("has no key 'plan.groups'")
    groups = plan["groups"]
    if not isinstance(groups, list) or not groups or not all(isinstance(g, dict) for g in groups):
        raise refuse(f"has 'plan.groups' {json.dumps(groups)[:60]}, not a list of replica groups")
    return data


#: What an ExeGPT RRA plan.json sets of ``simulation`` (its schedule).
RRA_SETTINGS = ("rra_encoder_batch", "rra_decode_iterations", "max_num_batched_tokens")


def _plan_shape_run(file: Path) -> dict[str, Any] | None:
    """What a plan.json whose winning shape is not colocated runs: ``{"disaggregation":
    pools}`` (a disaggregated plan, or an ExeGPT WAA schedule), or an ExeGPT RRA
    schedule's ``replicas`` and :data:`RRA_SETTINGS`; None for a colocated plan (a
    missing file is reported where the replicas are read)."""
    if not file.is_file():
        return None
    data = _plan_json(file)
    shape = data.get("shape", "colocated")
    if shape == "colocated":
        return None

    def refuse(what: str) -> SpecError:
        return SpecError(
            "plan",
            f"'{file}' has shape {shape} but no {what}",
            "give the plan.json a `servesolve plan` run wrote",
        )

    if shape == "disaggregated":
        pools = data.get("disaggregation")
        if not isinstance(pools, dict):
            raise refuse("'disaggregation' pools")
        return {"disaggregation": pools}
    shapes = data.get("shapes")
    winner = shapes[0] if isinstance(shapes, list) and shapes else {}
    run = (winner.get("detail") or {}).get("simulation") if isinstance(winner, dict) else None
    if not isinstance(run, dict) or not (run.get("disaggregation") or run.get("replicas")):
        raise refuse("'shapes[0].detail.simulation' (the schedule the simulator runs)")
    return run


def _replicas_from_plan(
    path: str, model: ModelSpec, cluster: ClusterSpec, engine: EngineSpec
) -> tuple[tuple[ReplicaGroupSpec, ...], dict[str, Any]]:
    """Replica groups of a plan.json, validated field by field, and the plan's settings
    (:data:`PLAN_SETTINGS` and ``cost_tables``, where it has them). The plan's engine (when
    it names one) must be ``engine``."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise SpecError(
            "plan", f"no file at '{file}'", "give the plan.json a `servesolve plan` run wrote"
        )
    data = _plan_json(file)
    groups = data["plan"]["groups"]
    if data.get("model") != model.name or data.get("cluster") != cluster.name:
        choices = data.get("choices") if isinstance(data.get("choices"), dict) else {}
        stem = choices.get("cluster", data.get("cluster"))
        fix = f"pass model={data.get('model')} cluster={data.get('cluster')}"
        if stem != data.get("cluster"):  # a catalogue cluster changed by overrides
            fix = (
                f"pass model={data.get('model')} cluster={stem} with the cluster.* overrides "
                f"that named it {data.get('cluster')} (config.yaml beside the plan lists them)"
            )
        raise SpecError(
            "plan",
            f"'{file}' was made for model {data.get('model')} on cluster {data.get('cluster')}, "
            f"not {model.name} on {cluster.name}",
            fix,
        )
    planned = data.get("engine")
    if isinstance(planned, dict) and any(
        planned.get(k) != getattr(engine, k) for k in ("name", "version", "scheduler")
    ):
        choices = data.get("choices")
        stem = choices.get("engine") if isinstance(choices, dict) else None
        raise SpecError(
            "engine",
            f"'{file}' was planned for {planned.get('name')} {planned.get('version')}, "
            f"not {engine.label}",
            f"pass engine={stem or planned.get('name')}",
        )
    entries = [
        parse_spec(
            ReplicaEntry,
            {
                "tp": g.get("tp"),
                "pp": g.get("pp", 1),
                "max_num_seqs": g.get("max_num_seqs", 256),
                "count": g.get("num_replicas", 1),
                "ep": g.get("ep", 1),
                "stage_layers": g.get("stage_layers"),
                "attn_dp": g.get("attn_dp", 1),
            },
            f"plan.groups.{i}",
        )
        for i, g in enumerate(groups)
    ]
    planner = data.get("planner")
    candidates = planner.get("candidates") if isinstance(planner, dict) else None
    candidates = candidates if isinstance(candidates, dict) else {}
    settings: dict[str, Any] = {}
    budget = candidates.get("max_num_batched_tokens")
    if isinstance(budget, int) and budget > 0:
        settings["max_num_batched_tokens"] = budget
    share = candidates.get("gpu_memory_utilization")
    if isinstance(share, float | int) and 0 < share <= 1:
        settings["gpu_memory_utilization"] = float(share)
    tables = planner.get("cost_tables") if isinstance(planner, dict) else None
    if isinstance(tables, str) and tables:
        settings["cost_tables"] = tables
    return tuple(e.group() for e in entries), settings


def _check_hardware(
    groups: list[ReplicaGroupSpec], model: ModelSpec, cluster: ClusterSpec, field: str
) -> None:
    """The replicas must exist on the cluster: TP inside a node and dividing the heads,
    and no more GPUs than the cluster has."""
    for i, g in enumerate(groups):
        if g.tp > cluster.gpus_per_node or cluster.gpus_per_node % g.tp:
            raise SpecError(
                f"{field}.{i}.tp",
                f"TP {g.tp} does not divide a node of {cluster.gpus_per_node} GPUs",
                "use a TP degree that divides the node",
            )
        if model.num_attention_heads % g.tp:
            raise SpecError(
                f"{field}.{i}.tp",
                f"TP {g.tp} does not divide {model.name}'s {model.num_attention_heads} attention heads",
                "use a divisor of the head count",
            )
        if g.attn_dp > 1 and model.architecture != "decoder_only":
            raise SpecError(
                f"{field}.{i}.attn_dp",
                f"attention data parallelism is modelled for decoder-only models, "
                f"{model.name} is {model.architecture}",
                "use attn_dp: 1",
            )
    total = sum(g.tp * g.pp * g.count for g in groups)
    if total > cluster.num_gpus:
        raise SpecError(
            field,
            f"needs {total} GPUs but {cluster.name} has {cluster.num_gpus}",
            "use fewer replicas or a larger cluster",
        )


def _check_attention_dp(
    groups: list[ReplicaGroupSpec], model: ModelSpec, engine: EngineSpec, field: str
) -> None:
    """Attention data parallelism only where the engine runs the model so
    (``EngineSpec.attention_dp``), and not in disaggregated pools (not modelled there)."""
    for i, g in enumerate(groups):
        if g.attn_dp > 1 and field == "disaggregation":
            raise SpecError(
                f"{field}.{i}.attn_dp",
                "attention data parallelism is not modelled for disaggregated pools",
                "use attn_dp: 1 in prefill and decode",
            )
        if g.attn_dp > 1 and not engine.attention_dp_for(model.is_moe):
            kind = "MoE" if model.is_moe else "dense"
            raise SpecError(
                f"{field}.{i}.attn_dp",
                f"{engine.label} does not run a {kind} model with attention data parallelism "
                f"(engine attention_dp: {engine.attention_dp})",
                "use attn_dp: 1, or engine=sglang (any model) or engine=vllm (MoE models)",
            )


def _kv_blocks(
    model: ModelSpec,
    cluster: ClusterSpec,
    tp: int,
    pp: int,
    stage_layers: tuple[int, ...] | None,
    engine: EngineSpec,
    options: SimulationOptions,
    attn_dp: int = 1,
) -> tuple[int, MemoryBudget]:
    """KV blocks per pipeline engine of a (tp, pp) replica, as the simulator counts them."""
    assert options.max_num_batched_tokens is not None
    assert options.gpu_memory_utilization is not None
    return kv_budget(
        model,
        cluster.gpu,
        tp,
        pp,
        stage_layers,
        options.max_num_batched_tokens,
        options.gpu_memory_utilization,
        options.runtime_reserve_gib,
        options.block_size,
        engine,
        attn_dp,
    )


def _check_weights_fit(
    groups: list[ReplicaGroupSpec],
    model: ModelSpec,
    cluster: ClusterSpec,
    engine: EngineSpec,
    options: SimulationOptions,
    field: str,
) -> None:
    """A replica whose weights and fixed memory exceed a whole GPU cannot run at any
    ``gpu_memory_utilization``: name the smallest TP (at its PP) that leaves room for KV."""
    gpu = cluster.gpu
    for i, g in enumerate(groups):
        blocks, budget = _kv_blocks(
            model, cluster, g.tp, g.pp, g.stage_layers, engine, options, g.attn_dp
        )
        if blocks >= 1 or budget.needed_without_kv_bytes <= gpu.memory_bytes:
            continue  # runs, or a larger memory share would let it run
        fits = [
            tp
            for tp in range(g.tp + 1, cluster.gpus_per_node + 1)
            if cluster.gpus_per_node % tp == 0
            and model.num_attention_heads % tp == 0
            and _kv_blocks(model, cluster, tp, g.pp, None, engine, options)[0] >= 1
        ]
        fix = (
            f"use tp: {fits[0]} or more at pp: {g.pp} (the smallest TP that leaves room for KV cache)"
            if fits
            else f"no TP within a node of {cluster.gpus_per_node} GPUs fits at pp: {g.pp}; raise pp"
        )
        raise SpecError(
            f"{field}.{i}",
            f"{model.name}'s weights take {budget.weights_bytes / GIB:.1f} GiB per GPU at "
            f"TP{g.tp}xPP{g.pp} ({budget.needed_without_kv_bytes / GIB:.1f} GiB with activations "
            f"and reserves), more than the {gpu.memory_gib:g} GiB of one {gpu.name}",
            fix,
        )


_COST_MODELS: dict[tuple[str, str, float, str, str], RooflineCostModel] = {}


def request_cost_model(request: SimulateRequest) -> RooflineCostModel:
    """The cost model of ``request`` (``cost_tables``, the request's engine): the one
    ``servesolve plan`` builds for the same model, cluster, overhead, tables and engine.
    Built once per process."""
    overhead = request.options.iteration_overhead_s
    key = (
        repr(request.model),
        repr(request.cluster),
        overhead,
        request.cost_tables,
        repr(request.engine),
    )
    if key not in _COST_MODELS:
        _COST_MODELS[key] = engine_cost_model(
            request.model,
            request.cluster,
            overhead,
            request.cost_tables,
            request.engine,
            field="cost_tables",
        )
    return _COST_MODELS[key]


def disaggregated_spec(request: SimulateRequest) -> DisaggregatedSpec:
    """The simulator's pools of a request with separate prefill and decode pools."""
    d = request.disaggregation
    assert d is not None, "the request has no separate pools"
    return DisaggregatedSpec(
        prefill_groups=tuple(e.group() for e in d.prefill),
        decode_groups=request.replicas,
        decode_micro_batches=d.decode_micro_batches,
        prefill_max_batched_tokens=d.prefill_max_batched_tokens,
        kv_link_gb_per_s=d.kv_link_gb_per_s,
    )


def simulate_plan(request: SimulateRequest) -> SimulationResult:
    """Run the request's replicas (or pools) on its workload; see the module docstring."""
    opts = request.options
    cost_model = request_cost_model(request)
    if opts.rate_per_s is not None:
        requests = poisson_requests(
            request.workload,
            opts.rate_per_s,
            opts.num_requests or request.workload.num_requests or 2000,
            opts.seed,
        )
    else:
        requests = sample_requests(request.workload, num_requests=opts.num_requests, seed=opts.seed)
    spec = SimulationSpec(
        request.model,
        request.cluster,
        request.replicas,
        **policy_fields(opts.policy, request.engine),
        max_num_batched_tokens=opts.max_num_batched_tokens,
        static_batch_size=opts.static_batch_size,
        static_decode_to=opts.static_decode_to,
        static_max_output_tokens=opts.static_max_output_tokens,
        rra_encoder_batch=opts.rra_encoder_batch,
        rra_decode_iterations=opts.rra_decode_iterations,
        router=opts.router,
        block_size=opts.block_size,
        gpu_memory_utilization=opts.gpu_memory_utilization,
        runtime_reserve_gib=opts.runtime_reserve_gib,
        iteration_overhead_s=opts.iteration_overhead_s,
    )
    try:
        if request.disaggregation is not None:
            pools = disaggregated_spec(request)
            return simulate_disaggregated(spec, pools, requests, request.slo, cost_model=cost_model)
        return simulate(spec, requests, request.slo, cost_model=cost_model)
    except ValueError as exc:  # e.g. a static batch larger than the KV cache
        raise SpecError(
            "simulation", str(exc), "use a smaller batch or more GPUs per replica"
        ) from None


def simulated_policy(request: SimulateRequest) -> str:
    """The scheduling a run simulates: ``disaggregated``, an explicit policy, or the
    engine's scheduler (``vllm_v1 scheduler of vllm 0.19.0``)."""
    if request.disaggregation is not None:
        return "disaggregated"
    return policy_label(request.options.policy, request.engine)


def _concurrency(request: SimulateRequest) -> int:
    """Requests the plan serves at once: batch slots over every replica (the static
    policy's batch, else max_num_seqs)."""
    static = request.disaggregation is None and request.options.policy == "static"
    per_replica = (
        (lambda g: request.options.static_batch_size) if static else (lambda g: g.max_num_seqs)
    )
    return sum(per_replica(g) * g.count for g in request.replicas)


def _seconds(value: float) -> str:
    return f"{value:,.0f} s" if value >= 100 else f"{value:.3g} s"


def overload_warning(request: SimulateRequest, result: SimulationResult) -> str | None:
    """One line when arrivals outran the plan, so its latencies are time in a growing
    queue, with what to change; None when the plan kept up.

    Open-loop arrivals: the requests in flight grew over the steady window (the second
    half of the arrival window) by more than their fluctuation and 5 % of its arrivals
    (``checking.keeps_up``, the test ``servesolve plan``'s simulator check applies). All requests at once (``closed_loop``): more requests than
    the plan serves at once, so all but the first batch slots wait.
    """
    m, table = result.metrics, result.requests
    if table.empty or not m.get("duration_s"):
        return None
    n = len(table)
    window = float(table["arrival_time_s"].max() - table["arrival_time_s"].min())
    sustained, arrived = steady_rates(m)
    if not sustained > 0:  # nothing finished in the steady window: fall back on the run
        sustained = float(m["throughput_rps"])
    replicas = sum(g.count for g in request.replicas)
    if request.plan_file is not None:
        where = "plan for it: servesolve plan planner.target_rate_per_s=RATE"
    elif request.disaggregation is not None:
        where = "count: in disaggregation.prefill and .decode"
    else:
        where = "count: in replicas=[...]"
    fix_rate = f"simulation.rate_per_s={0.9 * sustained:.3g}"
    ttft = f"TTFT mean {_seconds(m['ttft_s_mean'])}, p90 {_seconds(m['ttft_s_p90'])}"
    if window <= 0:
        slots = _concurrency(request)
        if n <= slots:
            return None
        return (
            f"warning: arrivals exceed capacity: all {n} requests arrive at once (workload "
            f"{request.workload.name}, {request.workload.arrival.process} arrivals) but the plan "
            f"serves {slots} at a time and sustained {sustained:.3g} req/s, so the latencies "
            f"({ttft}) are mostly waiting in the queue; fix: for latencies, give a rate below "
            f"capacity ({fix_rate}) or add replicas ({where}); read this run as a throughput "
            "measurement"
        )
    if keeps_up(table):  # servesolve plan's check: the test of a growing queue
        return None
    offered = arrived if arrived > 0 else (n - 1) / window
    needed = math.ceil(replicas * offered / sustained)
    return (
        f"warning: arrivals exceed capacity: requests arrive at {offered:.3g} req/s but the plan "
        f"completed {sustained:.3g} req/s in steady state, so its queue grows and the latencies "
        f"({ttft}) grow with the run's length; fix: lower the workload rate ({fix_rate}) or "
        f"add replicas (about {needed} instead of {replicas}; {where})"
    )


def replicas_text(request: SimulateRequest, sep: str = " x ") -> str:
    """The simulated replicas, ``2 x TP2xPP1 b256`` (``TP8xPP1 ADP8``: attention data
    parallelism; ``sep`` between count and layout), or ``prefill ... | decode ... (B_m k)``
    for separate pools."""
    replicas = " + ".join(
        f"{g.count}{sep}TP{g.tp}xPP{g.pp}"
        + (f" ADP{g.attn_dp}" if g.attn_dp > 1 else "")
        + f" b{g.max_num_seqs}"
        for g in request.replicas
    )
    if request.disaggregation is None:
        return replicas
    prefill = " + ".join(f"{e.count}{sep}TP{e.tp}xPP{e.pp}" for e in request.disaggregation.prefill)
    return (
        f"prefill {prefill} | decode {replicas} (B_m {request.disaggregation.decode_micro_batches})"
    )


def render_simulation(request: SimulateRequest, result: SimulationResult, files: list[str]) -> str:
    m = result.metrics
    replicas = replicas_text(request)
    policy = simulated_policy(request)
    lines = [
        f"servesolve simulate: {request.model.name} on {request.cluster.name}, {replicas}, "
        f"{policy}, workload {request.workload.name} ({int(m['num_requests'])} requests), "
        f"SLO {request.slo.name} (p{request.slo.percentile:g})",
        f"  engine {request.engine.label}, token budget {request.options.max_num_batched_tokens}, "
        f"priced by the {request_cost_model(request).source}",
        f"  simulated {m['duration_s']:.1f} s in {result.wall_time_s:.2f} s of wall time",
        f"  throughput {m['throughput_rps']:.2f} req/s ({m['output_tokens_per_s']:.0f} output tok/s)"
        + (
            f", steady {m['steady_throughput_rps']:.2f} req/s"
            if "steady_throughput_rps" in m
            else ""
        ),
    ]
    warning = overload_warning(request, result)
    if warning:
        lines.append(f"  {warning}")
    rows = []
    for metric, label in (("ttft_s", "TTFT"), ("tpot_s", "TPOT"), ("e2e_s", "E2E")):
        rows.append([label] + [f"{m[f'{metric}_{k}']:.3f}" for k in ("mean", "p50", "p90", "p99")])
    rows.append(["TBT", "-"] + [f"{m[f'tbt_s_p{p}']:.3f}" for p in (50, 90, 99)])
    table = pd.DataFrame(rows, columns=["latency (s)", "mean", "p50", "p90", "p99"])
    lines += ["  " + r for r in table.to_string(index=False).splitlines()]
    lines.append(
        f"  SLO attainment {m.get('slo_attainment', float('nan')) * 100:.1f} %, goodput {m.get('goodput_rps', float('nan')):.2f} req/s, "
        f"preemptions {int(m['preemptions'])}, KV utilisation {m.get('kv_utilization', float('nan')) * 100:.0f} %, "
        f"MFU {m.get('mfu', float('nan')) * 100:.0f} %, MBU {m.get('mbu', float('nan')) * 100:.0f} %"
    )
    if files:
        lines.append("Wrote " + ", ".join(files))
    return "\n".join(lines)
