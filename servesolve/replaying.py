"""``servesolve profile`` and ``servesolve replay``: cost tables measured here, and a plan
executed on a real model with its prediction checked.

profile: measure the operator, layer and step tables of a model on this machine's CPU or
CUDA device (:mod:`servesolve.replay.profiler`) and write them as a tables root
(``<run dir>/<device>/v1/<operation>.csv``) that ``plan``, ``simulate`` and ``replay``
read through ``cost_tables=<run dir>``.

replay: (1) load the tables, or profile now; (2) plan one device: price every
max_num_seqs with the table-backed cost model and keep the highest SLO-meeting rate;
(3) draw Poisson requests at ``replay.load`` x that plan's predicted rate; (4) simulate
them with the table-backed cost model (predicted); (5) execute the same requests with
the same scheduler on a real PyTorch model (``ReplayTimer``, measured); (6) report, per
metric, predicted vs measured and the relative error. ``replay.mode=openai`` instead
replays the workload against any OpenAI-compatible streaming endpoint.

The cost model is built as ``plan`` and ``simulate`` build theirs: ``cost_model_for`` with
the run's engine (``engine`` group) on the tables root (``cost_tables=DIR``, or the tables
just profiled, filed in a temporary root first). ``cost_tables`` keeps its own default,
null = profile now: replay compares against this machine, which has no shipped tables.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.checking import (
    PolicyChoice,
    engine_cost_model,
    engine_of,
    poisson_requests,
    policy_fields,
    policy_label,
)
from servesolve.errors import SpecError
from servesolve.specs import model_from_config, slo_from_config
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec, GpuSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec
from servesolve.specs.validation import SPEC_CONFIG, parse_spec
from servesolve.workloads import WorkloadSpec, workload_from_dict

#: Metrics compared between prediction and measurement (median over requests, and
#: throughput over the run); the headline error is the median of the first three's.
HEADLINE_METRICS = ("ttft_s_p50", "tpot_s_p50", "throughput_rps")
COMPARED_METRICS = (*HEADLINE_METRICS, "ttft_s_p90", "tpot_s_p90", "e2e_s_p50", "e2e_s_p90")


@spec_dataclass(config=SPEC_CONFIG)
class ProfileOptions:
    """What ``servesolve profile`` (and ``replay`` without tables) measures."""

    num_layers: int | Literal["auto"] | None = Field(
        default="auto",
        description="layers of the model to build ('auto': 2 on a CPU, all on a GPU)",
    )
    scale: int | Literal["auto"] | None = Field(
        default="auto", description="divide widths by this ('auto': 16 on a CPU, 1 on a GPU)"
    )
    # Every grid axis needs a value: an empty one leaves the profiler nothing to time.
    tp_sizes: list[PositiveInt] = Field(
        default=[1], min_length=1, description="TP shards to measure"
    )
    num_tokens: list[PositiveInt] = Field(
        default=[1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024],
        min_length=1,
        description="GEMM / norm token counts",
    )
    batch_sizes: list[PositiveInt] = Field(
        default=[1, 2, 4, 8, 16, 32], min_length=1, description="decode batch sizes"
    )
    seq_lens: list[PositiveInt] = Field(
        default=[8, 16, 32, 64, 128, 256], min_length=1, description="prefill sequence lengths"
    )
    context_lens: list[PositiveInt] = Field(
        default=[8, 32, 128, 512], min_length=1, description="decode context lengths"
    )
    max_prefill_tokens: PositiveInt = 2048
    warmup: int = Field(default=2, ge=0)
    repeats: PositiveInt = 5
    threads: PositiveInt | None = Field(
        default=1, description="CPU threads of torch (null: torch's default)"
    )
    device_name: str | None = Field(
        default=None,
        description="name to file the tables under (default: cpu, or the CUDA device's name); "
        "use the catalogue's GPU name (e.g. H100-SXM-80GB) for plan to pick them up",
    )
    clock: Literal["auto", "cpu", "wall"] = Field(
        default="auto",
        description="what times CPU work (profile and replay alike): cpu = the calling "
        "thread's CPU time, so other processes on the machine do not inflate it (needs "
        "threads: 1); wall = time.perf_counter; auto: cpu on a CPU with threads 1, else wall "
        "(a GPU is timed with CUDA events)",
    )


def timing_clock(options: ProfileOptions, device: str) -> str:
    """The clock (``wall`` or ``cpu``) that times the profile and the replay of ``device``;
    ``profile.clock: cpu`` where it cannot measure the work is a user error."""
    if options.clock == "auto":
        return "cpu" if device == "cpu" and options.threads == 1 else "wall"
    if options.clock == "cpu" and device != "cpu":
        raise SpecError(
            "profile.clock",
            f"cpu times CPU work, but device is {device} (timed with CUDA events)",
            "use profile.clock=auto or wall",
        )
    if options.clock == "cpu" and options.threads != 1:
        raise SpecError(
            "profile.clock",
            f"cpu counts the calling thread only, but profile.threads is {options.threads}",
            "set profile.threads=1, or profile.clock=wall",
        )
    return options.clock


@spec_dataclass(config=SPEC_CONFIG)
class ReplayOptions:
    mode: Literal["engine", "openai"] = "engine"
    policy: PolicyChoice = Field(
        default="continuous",
        description="continuous, chunked_prefill, static, rra or engine (its scheduler)",
    )
    max_num_seqs: PositiveInt | None = Field(
        default=None, description="null: planned (the highest SLO-meeting rate)"
    )
    max_num_seqs_candidates: list[PositiveInt] = Field(
        default=[1, 2, 4, 8, 16, 32],
        min_length=1,
        description="max_num_seqs values to plan over when max_num_seqs is null",
    )
    max_num_batched_tokens: PositiveInt = 512
    kv_capacity_tokens: PositiveInt = 16384
    num_requests: PositiveInt = 200
    load: float = Field(
        default=0.5, gt=0, le=2, description="Poisson rate as a share of the plan's predicted rate"
    )
    rate_per_s: float | None = Field(default=None, gt=0, description="or this rate (req/s)")
    seed: int = 0


@spec_dataclass(config=SPEC_CONFIG)
class EndpointOptions:
    base_url: str | None = None
    model: str | None = None
    api_key: str = "EMPTY"
    max_concurrency: PositiveInt = 256
    timeout_s: float = Field(default=600.0, gt=0)


#: Modules of the ``replay`` extra each mode needs (the model runs on PyTorch; the
#: endpoint client is the official ``openai`` package).
REPLAY_MODULES = {"engine": ("torch",), "openai": ("torch", "openai")}


def _installed(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ImportError:  # an import hook that refuses the module
        return False


def require_replay_extra(command: str, modules: tuple[str, ...] = ("torch",)) -> None:
    """One line naming the extra to install when a module of ``servesolve[replay]`` is
    missing (``pip install -e .`` leaves it out)."""
    missing = [name for name in modules if not _installed(name)]
    if missing:
        raise SpecError(
            command,
            f"needs {' and '.join(missing)}, which {'is' if len(missing) == 1 else 'are'} "
            "not installed",
            'install the replay extra: pip install -e ".[replay]" in a checkout '
            "(pick the torch build for your GPU first)",
        )


def _device(value: object) -> str:
    if value not in ("cpu", "cuda"):
        raise SpecError("device", f"unknown device {value!r}", "use device=cpu or device=cuda")
    if value == "cuda":
        import torch

        if not torch.cuda.is_available():
            raise SpecError(
                "device", "cuda requested but torch sees no CUDA device", "use device=cpu"
            )
    return str(value)


def _dtype(device: str, value: object) -> str:
    from servesolve.replay.profiler import DTYPES

    dtype = value or ("bfloat16" if device == "cuda" else "float32")
    if dtype not in DTYPES:
        raise SpecError("dtype", f"unknown dtype {dtype!r}", f"use one of {', '.join(DTYPES)}")
    return str(dtype)


def run_spec(model: ModelSpec, device: str, options: ProfileOptions) -> ModelSpec:
    """The model as it runs here: scaled on a CPU unless told otherwise."""
    from servesolve.replay.model import scaled_spec

    layers = (
        (2 if device == "cpu" else None) if options.num_layers == "auto" else options.num_layers
    )
    scale = (16 if device == "cpu" else None) if options.scale == "auto" else options.scale
    try:
        return scaled_spec(model, layers, scale)  # type: ignore[arg-type]
    except ValueError as exc:  # "num_layers=0: fix: ..." or "scale=3: fix: ..."
        problem, _, fix = str(exc).partition(": fix: ")
        name = problem.partition("=")[0]
        field = f"profile.{name}" if name in ("num_layers", "scale") else "profile"
        raise SpecError(
            field, f"{problem} is not usable", fix or "give positive integers"
        ) from None


def device_cluster(name: str, memory_gib: float = 64.0) -> ClusterSpec:
    """A one-device 'cluster' for a device outside the catalogue (the CPU): only its name
    matters when cost tables cover the model; the roofline figures are nominal."""
    gpu = GpuSpec(
        name=name,
        peak_tflops_bf16=1.0,
        hbm_bandwidth_gb_per_s=50.0,
        memory_gib=memory_gib,
        intra_node_link_gb_per_s=10.0,
        price_per_gpu_hour_usd=0.0,
        source="nominal: a device measured by servesolve profile, not a catalogue GPU",
    )
    return ClusterSpec(
        name=f"{name}x1", gpu=gpu, num_nodes=1, gpus_per_node=1, inter_node_gb_per_s=1.0
    )


# ---- profile -------------------------------------------------------------------------------
@dataclass(frozen=True)
class ProfileRequest:
    model: ModelSpec
    device: str
    dtype: str
    options: ProfileOptions

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> ProfileRequest:
        require_replay_extra("profile")
        device = _device(cfg.get("device", "cpu"))
        options = parse_spec(ProfileOptions, cfg.get("profile", {}) or {}, "profile")
        timing_clock(options, device)
        model = run_spec(model_from_config(cfg["model"]), device, options)
        return cls(model, device, _dtype(device, cfg.get("dtype")), options)


def measure_tables(request: ProfileRequest, source: str, progress: bool = True) -> pd.DataFrame:
    """Run the profiler of ``request`` (CPU threads as configured)."""
    import torch

    from servesolve.replay.profiler import ProfileGrid, Profiler

    o = request.options
    grid = ProfileGrid(
        num_tokens=tuple(o.num_tokens),
        batch_sizes=tuple(o.batch_sizes),
        seq_lens=tuple(o.seq_lens),
        context_lens=tuple(o.context_lens),
        tp_sizes=tuple(o.tp_sizes),
        warmup=o.warmup,
        repeats=o.repeats,
        max_prefill_tokens=o.max_prefill_tokens,
    )
    threads = torch.get_num_threads()
    if o.threads is not None:
        torch.set_num_threads(o.threads)
    try:
        profiler = Profiler(
            request.model,
            request.device,
            request.dtype,
            grid,
            source,
            progress,
            clock=timing_clock(o, request.device),
        )
        table = profiler.run()
    finally:
        torch.set_num_threads(threads)
    if o.device_name:
        table["device"] = o.device_name
    return table


def table_files(table: pd.DataFrame, prefix: str = "") -> dict[str, str]:
    """``<device>/v1/<operation>.csv`` -> CSV text, one file per operation."""
    from servesolve.costs.tables import device_slug, validate_table

    device = device_slug(str(table["device"].iloc[0]))
    files = {}
    for operation, rows in table.groupby("operation", sort=True):
        clean = validate_table(rows, operation)
        files[f"{prefix}{device}/v1/{operation}.csv"] = clean.to_csv(
            index=False, float_format="%.9g"
        )
    return files


def render_profile(
    request: ProfileRequest, table: pd.DataFrame, seconds: float, files: list[str]
) -> str:
    counts = table["operation"].value_counts().sort_index()
    lines = [
        f"servesolve profile: {request.model.name} on {table['device'].iloc[0]} ({request.dtype}), "
        f"{len(table)} shapes in {seconds:.1f} s",
        "  " + ", ".join(f"{op} {n}" for op, n in counts.items()),
        "Wrote:",
        *(f"  {f}" for f in files),
    ]
    root = str(Path(files[0]).parents[2]) if files else "."
    lines.append(
        f"Use them: servesolve replay cost_tables={root}; servesolve plan planner.cost_tables={root}"
        " (plan reads tables filed under the cluster GPU's name: profile.device_name=...)"
    )
    return "\n".join(lines)


# ---- replay --------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReplayRequest:
    base_model: ModelSpec
    model: ModelSpec  # as it runs here (scaled on a CPU)
    device: str
    dtype: str
    workload: WorkloadSpec
    slo: SloSpec
    profile: ProfileOptions
    options: ReplayOptions
    endpoint: EndpointOptions
    cost_tables: str | None
    engine: EngineSpec = field(default_factory=lambda: engine_of({}))

    @classmethod
    def from_config(cls, cfg: Mapping[str, Any]) -> ReplayRequest:
        mode = (cfg.get("replay") or {}).get("mode", "engine")
        require_replay_extra("replay", REPLAY_MODULES.get(mode, ("torch",)))
        device = _device(cfg.get("device", "cpu"))
        profile = parse_spec(ProfileOptions, cfg.get("profile", {}) or {}, "profile")
        timing_clock(profile, device)
        options = parse_spec(ReplayOptions, cfg.get("replay", {}) or {}, "replay")
        endpoint = parse_spec(EndpointOptions, cfg.get("endpoint", {}) or {}, "endpoint")
        base = model_from_config(cfg["model"])
        tables = cfg.get("cost_tables")
        if tables is not None and not Path(str(tables)).is_dir():
            raise SpecError(
                "cost_tables",
                f"{tables} is not a directory",
                "give the run directory of `servesolve profile` (it holds <device>/v<N>/), or drop it to profile now",
            )
        if options.mode == "openai" and not endpoint.base_url:
            raise SpecError(
                "endpoint.base_url",
                "is required for replay.mode=openai",
                "set endpoint.base_url=http://HOST:PORT/v1 (and endpoint.model=NAME)",
            )
        return cls(
            base_model=base,
            model=run_spec(base, device, profile),
            device=device,
            dtype=_dtype(device, cfg.get("dtype")),
            workload=workload_from_dict(cfg["workload"]),
            slo=slo_from_config(cfg["slo"]),
            profile=profile,
            options=options,
            endpoint=endpoint,
            cost_tables=None if tables is None else str(tables),
            engine=engine_of(cfg),
        )


@dataclass
class ReplayResult:
    """Predicted vs measured of one replay."""

    table_source: str
    tables: pd.DataFrame | None  # measured now (None: loaded)
    plan: dict[str, Any]
    rate_per_s: float
    comparison: pd.DataFrame  # metric, predicted, measured, rel_error
    predicted_requests: pd.DataFrame
    measured_requests: pd.DataFrame
    iterations: pd.DataFrame
    extrapolated: dict[str, int]
    seconds: dict[str, float]
    cost_model_source: str = ""

    @property
    def headline_error(self) -> float:
        """Median relative error over TTFT p50, TPOT p50 and throughput."""
        rows = self.comparison.set_index("metric").loc[list(HEADLINE_METRICS)]
        return float(np.median(rows["rel_error"].abs()))


def _tables_for(
    request: ReplayRequest, device_name: str, progress: bool = True
) -> tuple[pd.DataFrame, str, pd.DataFrame | None]:
    from servesolve.costs.table_model import find_device_tables

    if request.cost_tables is not None:
        found = find_device_tables(device_name, (request.cost_tables,))
        if found is None:
            raise SpecError(
                "cost_tables", f"no tables for device '{device_name}'", "profile this device first"
            )
        table, folder = found
        if not (table["model"].astype(str) == request.model.name).any():
            raise SpecError(
                "cost_tables",
                f"{folder} has no layer/step rows of {request.model.name}",
                "profile the same model and scale (servesolve profile model=... profile.scale=...)",
            )
        return table, str(folder), None
    profile = ProfileRequest(request.model, request.device, request.dtype, request.profile)
    table = measure_tables(profile, "servesolve replay (profiled before replaying)", progress)
    return table, "profiled now", table


def _cost_model(request: ReplayRequest, cluster: ClusterSpec, table: pd.DataFrame) -> Any:
    """``cost_model_for`` with the request's engine on ``table`` (one device's rows): the
    tables root given, or the rows just measured filed in a temporary root."""
    import tempfile

    if request.cost_tables is not None:
        root = request.cost_tables
        return engine_cost_model(
            request.model, cluster, 0.0, root, request.engine, field="cost_tables"
        )
    with tempfile.TemporaryDirectory(prefix="servesolve-replay-") as root:
        for name, text in table_files(table).items():
            path = Path(root) / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text)
        return engine_cost_model(
            request.model, cluster, 0.0, root, request.engine, field="cost_tables"
        )


def _plan(
    request: ReplayRequest, cost_model, cluster: ClusterSpec, requests: pd.DataFrame
) -> tuple[int, float]:
    """max_num_seqs with the highest predicted SLO-meeting rate, and that rate."""
    from servesolve.costs.replica_model import ReplicaPerformance, WorkloadStats
    from servesolve.costs.roofline import ReplicaConfig

    stats = WorkloadStats.from_requests(requests, request.slo.quantile)
    o = request.options
    choices = [o.max_num_seqs] if o.max_num_seqs else list(o.max_num_seqs_candidates)
    best = (choices[0], 0.0)
    for seqs in choices:
        perf = ReplicaPerformance(
            cost_model, ReplicaConfig(1, 1), seqs, o.max_num_batched_tokens, stats
        )
        rate, _ = perf.max_rate_meeting(request.slo, 0.95)
        if rate > best[1]:
            best = (seqs, rate)
    if best[1] <= 0:
        raise SpecError(
            "slo",
            f"no max_num_seqs meets {request.slo.name} on {request.model.name} here",
            "use slo=none or a looser SLO",
        )
    return best


def _summary(result) -> dict[str, float]:
    return {k: float(result.metrics[k]) for k in COMPARED_METRICS}


def replay(request: ReplayRequest, progress: bool = True) -> ReplayResult:
    """Profile or load tables, plan, simulate, execute and compare (module docstring)."""
    import torch

    from servesolve.replay import ReplayTimer, build_model
    from servesolve.replay.profiler import DTYPES, device_name
    from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate

    o = request.options
    seconds: dict[str, float] = {}
    torch_device = torch.device(request.device)
    name = request.profile.device_name or device_name(torch_device)
    cluster = device_cluster(name)
    start = time.perf_counter()
    table, source, measured_now = _tables_for(request, name, progress)
    seconds["tables"] = time.perf_counter() - start

    cost_model = _cost_model(request, cluster, table)
    sample = poisson_requests(request.workload, 1.0, o.num_requests, o.seed)
    start = time.perf_counter()
    max_num_seqs, planned_rate = _plan(request, cost_model, cluster, sample)
    seconds["plan"] = time.perf_counter() - start
    # Count extrapolation of the predicted run only, not of the planner's rate probing.
    for counter in (
        getattr(cost_model, "extrapolated", None),
        getattr(cost_model, "lookups", None),
    ):
        if counter is not None:
            counter.clear()
    rate = o.rate_per_s or o.load * planned_rate
    requests = poisson_requests(request.workload, rate, o.num_requests, o.seed)
    # The replayed model has no API server: neither side gets the engine's frontend latency.
    engine = request.engine
    if engine is not None and engine.frontend_latency_s:
        engine = dataclasses.replace(engine, frontend_latency_s=0.0)
    spec = SimulationSpec(
        request.model,
        cluster,
        replicas=(ReplicaGroupSpec(1, 1, max_num_seqs),),
        **policy_fields(o.policy, engine),
        max_num_batched_tokens=o.max_num_batched_tokens,
        kv_capacity_tokens=o.kv_capacity_tokens,
        iteration_overhead_s=0.0,
    )
    start = time.perf_counter()
    predicted = simulate(spec, requests, request.slo, cost_model=cost_model)
    seconds["simulate"] = time.perf_counter() - start
    extrapolated = dict(cost_model.extrapolated)

    threads = torch.get_num_threads()
    if request.profile.threads is not None:
        torch.set_num_threads(request.profile.threads)
    try:
        model = build_model(
            request.base_model,
            torch_device,
            DTYPES[request.dtype],
            num_layers=request.model.num_layers
            if request.model.num_layers != request.base_model.num_layers
            else None,
            scale=_scale_of(request),
            seed=o.seed,
        )
        timer = ReplayTimer(model, seed=o.seed, clock=timing_clock(request.profile, request.device))
        start = time.perf_counter()
        measured = simulate(spec, requests, request.slo, timer=timer, cost_model=cost_model)
        seconds["replay"] = time.perf_counter() - start
    finally:
        torch.set_num_threads(threads)

    pred, meas = _summary(predicted), _summary(measured)
    comparison = pd.DataFrame(
        {
            "metric": list(COMPARED_METRICS),
            "predicted": [pred[m] for m in COMPARED_METRICS],
            "measured": [meas[m] for m in COMPARED_METRICS],
        }
    )
    comparison["rel_error"] = comparison["predicted"] / comparison["measured"] - 1.0
    iterations = timer.iterations
    return ReplayResult(
        table_source=source,
        tables=measured_now,
        plan={"tp": 1, "pp": 1, "max_num_seqs": max_num_seqs, "predicted_rate_per_s": planned_rate},
        rate_per_s=rate,
        comparison=comparison,
        predicted_requests=predicted.requests,
        measured_requests=measured.requests,
        iterations=iterations,
        extrapolated=extrapolated,
        seconds=seconds,
        cost_model_source=cost_model.source,
    )


def _scale_of(request: ReplayRequest) -> int | None:
    base, run = request.base_model, request.model
    if run.hidden_size == base.hidden_size:
        return None
    return base.hidden_size // run.hidden_size


def render_replay(request: ReplayRequest, result: ReplayResult, files: list[str]) -> str:
    plan = result.plan
    lines = [
        f"servesolve replay: {request.model.name} on {request.device} ({request.dtype}), "
        f"{request.options.num_requests} requests of {request.workload.name}, "
        f"policy {policy_label(request.options.policy, request.engine)}, engine {request.engine.label}",
        f"Cost tables: {result.table_source} ({result.seconds['tables']:.1f} s), "
        f"priced by the {result.cost_model_source}",
        f"Plan: TP1 x PP1, max_num_seqs {plan['max_num_seqs']} (predicted {plan['predicted_rate_per_s']:.2f} req/s "
        f"under SLO {request.slo.name}); Poisson arrivals at {result.rate_per_s:.2f} req/s",
        "",
        "Predicted (simulated on the cost tables) vs measured (executed on the model)",
    ]
    table = result.comparison.copy()
    table["rel_error"] = table["rel_error"].map(lambda e: f"{100 * e:+.1f} %")
    lines += [
        "  " + line
        for line in table.to_string(index=False, float_format=lambda v: f"{v:.4g}").splitlines()
    ]
    lines.append(
        f"Median |relative error| over TTFT p50, TPOT p50 and throughput: {100 * result.headline_error:.1f} %"
    )
    if result.extrapolated:
        flagged = ", ".join(f"{op} {n}" for op, n in sorted(result.extrapolated.items()))
        lines.append(f"Extrapolated (clamped to the measured grid) lookups: {flagged}")
    lines.append("Times: " + ", ".join(f"{k} {v:.1f} s" for k, v in result.seconds.items()))
    if files:
        lines += ["Wrote:", *(f"  {f}" for f in files)]
    return "\n".join(lines)


def replay_files(
    request: ReplayRequest, result: ReplayResult, choices: Mapping[str, str]
) -> dict[str, str]:
    """The run directory's files: comparison, per-request tables, iterations, a tidy row."""
    row = {
        "model": request.base_model.name,
        "run_model": request.model.name,
        "device": request.device,
        "dtype": request.dtype,
        "workload": request.workload.name,
        "slo": request.slo.name,
        "policy": policy_label(request.options.policy, request.engine),
        "engine": request.engine.name,
        "engine_version": request.engine.version,
        "cost_model": result.cost_model_source,
        "max_num_seqs": result.plan["max_num_seqs"],
        "rate_per_s": result.rate_per_s,
        "num_requests": request.options.num_requests,
        "table_source": result.table_source,
        "headline_rel_error": result.headline_error,
    }
    for r in result.comparison.itertuples():
        row[f"{r.metric}_predicted"] = r.predicted
        row[f"{r.metric}_measured"] = r.measured
        row[f"{r.metric}_rel_error"] = r.rel_error
    files = {
        "fidelity.csv": result.comparison.to_csv(index=False),
        "requests_predicted.csv": result.predicted_requests.to_csv(index=False),
        "requests_measured.csv": result.measured_requests.to_csv(index=False),
        "iterations.csv": result.iterations.to_csv(index=False),
        "result.csv": pd.DataFrame([row]).to_csv(index=False),
        "metrics.json": json.dumps(
            {"plan": result.plan, "seconds": result.seconds, **row}, indent=2, default=str
        )
        + "\n",
    }
    if result.tables is not None:
        files.update(table_files(result.tables, "tables/"))
    return files


__all__ = [
    "ProfileOptions",
    "ProfileRequest",
    "ReplayOptions",
    "ReplayRequest",
    "ReplayResult",
    "device_cluster",
    "measure_tables",
    "render_profile",
    "render_replay",
    "replay",
    "replay_files",
    "table_files",
]


def _predict_endpoint(
    request: ReplayRequest, requests: pd.DataFrame, server: dict[str, Any] | None
) -> tuple[dict[str, float] | None, str]:
    """Predicted metrics of the openai replay (None when the server cannot be predicted)
    and a line saying what was predicted, or why nothing was.

    Only :mod:`servesolve.replay.server` describes its engine (``/v1/models``); when it
    runs this replay's model (``model``, ``profile.num_layers``, ``profile.scale``) on
    this replay's device, the requests are simulated on this device's cost tables
    (``cost_tables``, or profiled now) with its limits: chunked prefill within
    ``max_num_batched_tokens``, ``max_num_seqs``, a KV pool of ``num_blocks`` blocks."""
    if server is None:
        return None, (
            "Measured only: the server does not describe its engine (batch limits, KV cache, "
            "device; python -m servesolve.replay.server does), so nothing is predicted"
        )
    if server.get("model") != request.model.name or server.get("device") != request.device:
        return None, (
            f"Measured only: the server runs {server.get('model')} on {server.get('device')}, "
            f"this replay's model is {request.model.name} on {request.device}; for predictions, "
            "set model=, profile.num_layers=, profile.scale= and device= to the server's "
            "--model, --num-layers, --scale and --device"
        )
    import torch

    from servesolve.replay.profiler import device_name
    from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate

    name = request.profile.device_name or device_name(torch.device(request.device))
    cluster = device_cluster(name)
    table, source, _ = _tables_for(request, name)
    cost_model = _cost_model(request, cluster, table)
    seqs, blocks, block = (int(server[k]) for k in ("max_num_seqs", "num_blocks", "block_size"))
    budget = server.get("max_num_batched_tokens")
    if budget is None:  # no limit: whole prompts of every running request fit one step
        budget = int(requests["input_tokens"].max()) * seqs + seqs
    spec = SimulationSpec(
        request.model,
        cluster,
        replicas=(ReplicaGroupSpec(1, 1, seqs),),
        policy="chunked_prefill",
        max_num_batched_tokens=int(budget),
        kv_capacity_tokens=blocks * block,
        block_size=block,
        iteration_overhead_s=0.0,
    )
    predicted = simulate(spec, requests, request.slo, cost_model=cost_model)
    return _summary(predicted), (
        f"Predicted: the same requests simulated (chunked prefill, max_num_seqs {seqs}, "
        f"{blocks} KV blocks of {block}, token budget {budget}) on cost tables {source}, "
        f"priced by the {cost_model.source}"
    )


def replay_endpoint(request: ReplayRequest, cfg: Any) -> Any:
    """``replay.mode=openai``: the workload replayed against an OpenAI-compatible server,
    measured; predicted beside it when the server is the project's own
    (:func:`_predict_endpoint`)."""
    from omegaconf import OmegaConf

    from servesolve.output import Output
    from servesolve.replay.openai_client import replay_openai

    o, e = request.options, request.endpoint
    rate = o.rate_per_s or request.workload.arrival.rate_per_s
    if not rate:
        raise SpecError(
            "replay.rate_per_s", "is needed in openai mode (the workload has no rate)", "set it"
        )
    requests = poisson_requests(request.workload, rate, o.num_requests, o.seed)
    assert e.base_url is not None
    table = replay_openai(
        requests,
        e.base_url,
        e.model or "",
        e.api_key,
        seed=o.seed,
        max_concurrency=e.max_concurrency,
        timeout_s=e.timeout_s,
    )
    ok = table[table["error"].astype(str) == ""]
    metrics = {
        "model": table.attrs.get("model", e.model),
        "requests": len(table),
        "failed": len(table) - len(ok),
        "rate_per_s": rate,
        "duration_s": float(ok["finish_time_s"].max() - table["arrival_time_s"].min())
        if len(ok)
        else float("nan"),
    }
    for column in ("ttft_s", "tpot_s", "e2e_s"):
        for q in (50, 90, 99):
            metrics[f"{column}_p{q}"] = (
                float(ok[column].quantile(q / 100)) if len(ok) else float("nan")
            )
    metrics["throughput_rps"] = len(ok) / metrics["duration_s"] if len(ok) else 0.0
    predicted, note = _predict_endpoint(request, requests, table.attrs.get("server"))
    comparison = None
    if predicted is not None:
        comparison = pd.DataFrame(
            {
                "metric": list(COMPARED_METRICS),
                "predicted": [predicted[m] for m in COMPARED_METRICS],
                "measured": [float(metrics[m]) for m in COMPARED_METRICS],
            }
        )
        comparison["rel_error"] = comparison["predicted"] / comparison["measured"] - 1.0
        metrics["predicted"] = predicted
    files = {
        "requests_measured.csv": table.drop(columns=["chunk_times_s"], errors="ignore").to_csv(
            index=False
        ),
        "metrics.json": json.dumps(metrics, indent=2) + "\n",
        "config.yaml": OmegaConf.to_yaml(cfg, resolve=True),
    }
    if comparison is not None:
        files["fidelity.csv"] = comparison.to_csv(index=False)

    def render(written: list[str]) -> str:
        lines = [
            f"servesolve replay (openai): {len(table)} requests of {request.workload.name} at "
            f"{rate:.2f} req/s against {e.base_url} (model {table.attrs.get('model', e.model)}"
            f"{'' if e.model else ', the first it lists; endpoint.model=NAME picks another'}); "
            f"{metrics['failed']} failed",
            f"  throughput {metrics['throughput_rps']:.2f} req/s",
            *(
                f"  {c}: p50 {metrics[c + '_p50']:.4g} s, p90 {metrics[c + '_p90']:.4g} s, p99 {metrics[c + '_p99']:.4g} s"
                for c in ("ttft_s", "tpot_s", "e2e_s")
            ),
            note,
        ]
        if comparison is not None:
            shown = comparison.assign(
                rel_error=comparison["rel_error"].map(lambda x: f"{100 * x:+.1f} %")
            )
            lines += [
                "Predicted (simulated on the cost tables) vs measured (the server, over HTTP)",
                *(
                    "  " + line
                    for line in shown.to_string(
                        index=False, float_format=lambda v: f"{v:.4g}"
                    ).splitlines()
                ),
            ]
        lines += ["Wrote:", *(f"  {f}" for f in written)]
        return "\n".join(lines)

    return Output(files, render)
