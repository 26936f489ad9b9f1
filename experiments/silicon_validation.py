"""``silicon_validation``: simulate aiconfigurator's measured serving runs as measured.

aiconfigurator-core 0.12.0 ships ``systems/silicon_sample.csv``: 5,221 serving benchmarks
(vLLM, SGLang, TRT-LLM on H100 to GB300) at a fixed concurrency with requests of exactly
``isl`` input and ``osl`` output tokens, and their measured TTFT and TPOT. One job takes
the rows of one ``system`` x ``backend`` and, for each row in scope, runs the simulator in
a closed loop at ``concurrency = batch_size`` on the row's model, GPU, engine and
parallelism, and records predicted against measured TTFT/TPOT (one output row per silicon
row, skipped ones with their ``skip_reason``).

Row -> simulation (:func:`plan_row`):

* model: the Hugging Face ``config.json`` that ``models`` (the experiment config) maps the
  row's ``model_path`` to, read from the installed ``aiconfigurator_core/model_configs``;
  its ``attention`` kind sets the scope: ``gqa`` (MHA/GQA) is ``core``; ``mla`` and
  ``linear_hybrid`` are ``stretch`` and skipped with what supporting them needs;
* dtypes: weights from ``gemm_quant_mode`` (fp8 / fp8_block -> fp8, nvfp4 -> fp4,
  int4_wo -> int4, none -> bf16); KV cache as declared per model (``kv_dtype``): fp8 for
  FP8/NVFP4 checkpoints, bf16 otherwise, which is aiconfigurator's own assumption
  (``sdk/models/helpers.py``: a checkpoint quantized fp8/fp8_block/nvfp4 gets an fp8 KV
  cache and FMHA, anything else bf16);
* engine: ``backend`` (vLLM >= 0.8 -> ``vllm``, older -> ``vllm-0.6``, ``sglang``,
  ``trtllm``); the row keeps ``backend_version``;
* replica: TP ``tp_size`` x PP ``pp_size``; MoE experts expert-parallel when
  ``moe_ep_size == tp`` and tensor-parallel when ``moe_tp_size == tp``; attention data
  parallelism or other MoE TP/EP mixes are skipped with a reason, and so are
  disaggregated rows (prefill/decode worker pools are not mapped yet);
* cluster: ``ceil(tp x pp / 8)`` nodes of 8 GPUs of the GPU whose ``aic_system`` is the
  row's system (``conf/gpu``);
* workload: the benchmark as aiconfigurator's collection runs it (aiperf at fixed
  concurrency: ``--concurrency C --request-count 10C --warmup-request-count 2C``; the
  measured phase starts after the warm-up drains, with every client sending at once). The
  simulator runs a closed loop of ``C = batch_size`` clients over ``waves`` waves of
  requests of exactly ``isl``/``osl`` tokens: wave 0 sent together (the synchronized start
  of the measured phase), wave ``drift_wave`` spread over one request's duration (real
  clients drift apart within a few requests; a deterministic simulation would keep them in
  lock-step forever), the last wave draining as clients stop. Predicted TTFT and TPOT are
  the means over the benchmark's ``benchmark_waves`` waves: the first and last simulated
  waves once each, the middle waves standing for the ``benchmark_waves - 2`` in between
  (:func:`benchmark_means`). The protocol's free choices (``drift_wave``) are picked on
  the train split.

Errors are ``(predicted - measured) / measured`` in percent; the summary (:func:`summarize`)
gives per (system, engine, model, mode, split) the count, the median absolute error
(``*_mae_pct``) and the median signed error (``*_bias_pct``), for ours and for
aiconfigurator's own prediction (``servesolve.experiments.aic_baseline``, when installed).

``split``: every model belongs to a declared family; rows of the families in
``heldout_families`` are ``heldout_<family>``, the rest ``train``. The engine host-cost
calibration fits on ``train`` only: :func:`calibrate` takes a fit (train rows -> engine
host costs) and re-predicts every simulated row with them.

Outputs: the runner's ``results/silicon_validation/runs/*.csv``, and (rebuilt after every
sweep by :class:`SiliconOutputs`, or by :func:`write_outputs`) ``rows.csv`` and
``summary.csv`` beside them.
"""

from __future__ import annotations

import dataclasses
import functools
import math
import os
import re
import sys
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from hydra.experimental.callback import Callback
from omegaconf import DictConfig

from servesolve.errors import SpecError

NAME = "silicon_validation"
#: GPUs per node of every system's cluster (HGX boards; a GB200/GB300 NVL72 rack's NVLink
#: domain is larger, but no agg row's TP group exceeds one 8-GPU board).
GPUS_PER_NODE = 8
INTER_NODE_GB_PER_S = 400.0
#: Weight dtype of each ``gemm_quant_mode`` (empty: the checkpoint's bf16).
WEIGHT_DTYPES = {"": "bf16", "fp8": "fp8", "fp8_block": "fp8", "nvfp4": "fp4", "int4_wo": "int4"}
ATTENTION_KINDS = ("gqa", "mla", "linear_hybrid")
#: What simulating a stretch model needs (its skip reason).
STRETCH_NEEDS = {
    "mla": (
        "stretch: MLA attention (DeepSeek/Kimi/GLM latent KV, kv_lora_rank) needs a latent-KV "
        "attention cost and KV size in ModelSpec, plus shared experts and leading dense layers"
    ),
    "linear_hybrid": (
        "stretch: hybrid linear attention (Qwen3.5 Gated DeltaNet layers) needs "
        "linear-attention layer costs and a constant-size recurrent state in ModelSpec"
    ),
}
#: Columns of rows.csv, in order.
ROW_COLUMNS = (
    "id",
    "system",
    "engine",
    "version",
    "model",
    "mode",
    "isl",
    "osl",
    "batch",
    "parallelism",
    "measured_ttft_ms",
    "measured_tpot_ms",
    "predicted_ttft_ms",
    "predicted_tpot_ms",
    "ttft_error_pct",
    "tpot_error_pct",
    "split",
    "scope",
    "skip_reason",
    "aic_ttft_ms",
    "aic_tpot_ms",
)
SUMMARY_KEYS = ("system", "engine", "model", "mode", "split")
SUMMARY_COLUMNS = (
    *SUMMARY_KEYS,
    "n",
    "ttft_mae_pct",
    "ttft_bias_pct",
    "tpot_mae_pct",
    "tpot_bias_pct",
    "aic_ttft_mae_pct",
    "aic_tpot_mae_pct",
)
#: How a row's engine release picks the measured kernels (``kernel_version_of``).
KERNEL_VERSIONS = ("row", "latest", "engine")
_PARAMS = (
    "name",
    "results_dir",
    "system",
    "backend",
    "silicon_csv",
    "modes",
    "waves",
    "max_rows",
    "tables",
    "extrapolation",
    "kernel_version",
    "heldout_families",
    "models",
    "host_costs",
    "aic",
    "benchmark_waves",
    "drift_wave",
    "drift_fraction",
)


# ---- parameters ---------------------------------------------------------------------
@dataclass(frozen=True)
class ModelEntry:
    """One ``models`` item: a silicon ``model_path`` and how to simulate it."""

    path: str
    config: str  # file name under aiconfigurator_core/model_configs/
    family: str
    attention: str  # gqa, mla or linear_hybrid
    kv_dtype: str

    @property
    def scope(self) -> str:
        return "core" if self.attention == "gqa" else "stretch"

    @property
    def name(self) -> str:
        return self.path.split("/")[-1].lower()


def model_entries(params: Mapping[str, Any]) -> dict[str, ModelEntry]:
    """``params['models']`` by model path; malformed items -> SpecError."""
    entries: dict[str, ModelEntry] = {}
    fields = [f.name for f in dataclasses.fields(ModelEntry)]
    for index, item in enumerate(params.get("models") or []):
        where = f"experiment.models[{index}]"
        if not isinstance(item, Mapping) or sorted(item) != sorted(fields):
            raise SpecError(where, f"is {item!r}", f"give exactly the keys {', '.join(fields)}")
        entry = ModelEntry(**{k: str(item[k]) for k in fields})
        if entry.attention not in ATTENTION_KINDS:
            raise SpecError(
                f"{where}.attention", f"'{entry.attention}'", f"use {', '.join(ATTENTION_KINDS)}"
            )
        entries[entry.path] = entry
    return entries


def validate(params: dict[str, Any]) -> None:
    """Cheap checks of the ``experiment`` section (run before the sweep starts)."""
    unknown = sorted(set(params) - set(_PARAMS))
    if unknown:
        raise SpecError(
            f"experiment.{unknown[0]}", "is not a silicon_validation parameter", f"use {_PARAMS}"
        )
    entries = model_entries(params)
    folder = model_configs_dir()
    for entry in entries.values():
        if not (folder / entry.config).is_file():
            raise SpecError(
                "experiment.models",
                f"'{entry.config}' (for {entry.path}) is not in {folder}",
                "name a file of aiconfigurator_core/model_configs/",
            )
    families = {e.family for e in entries.values()}
    for family in params.get("heldout_families") or []:
        if family not in families:
            raise SpecError(
                "experiment.heldout_families",
                f"'{family}' is no model's family",
                f"use some of {', '.join(sorted(families))}",
            )
    policy = params.get("kernel_version", "engine")
    if policy not in KERNEL_VERSIONS:
        raise SpecError(
            "experiment.kernel_version", f"{policy!r}", f"use one of {', '.join(KERNEL_VERSIONS)}"
        )
    waves = params.get("waves", 3)
    if not isinstance(waves, int) or waves < 3:
        raise SpecError(
            "experiment.waves",
            f"{waves!r}",
            "give an integer >= 3 (the first and last waves are the start and the drain)",
        )
    silicon_path(params)


def model_configs_dir() -> Path:
    """The installed ``aiconfigurator_core/model_configs`` folder."""
    return Path(str(resources.files("aiconfigurator_core") / "model_configs"))


def silicon_path(params: Mapping[str, Any]) -> Path:
    """``params['silicon_csv']``, or the installed ``systems/silicon_sample.csv``."""
    value = params.get("silicon_csv")
    if value:
        path = Path(str(value)).expanduser()
    else:
        path = Path(str(resources.files("aiconfigurator_core") / "systems" / "silicon_sample.csv"))
    if not path.is_file():
        raise SpecError(
            "experiment.silicon_csv", f"no file at {path}", "give a silicon CSV or null"
        )
    return path


def load_silicon(path: str | Path) -> pd.DataFrame:
    """The silicon rows (``backend_version`` as text, empty quant modes as '')."""
    frame = pd.read_csv(path, dtype={"backend_version": str, "id": str})
    for column in ("gemm_quant_mode", "moe_quant_mode", "precision"):
        frame[column] = frame[column].fillna("").astype(str)
    return frame


# ---- row -> simulation --------------------------------------------------------------
@dataclass(frozen=True)
class RowPlan:
    """How one silicon row is simulated, or why it is not (``skip_reason``)."""

    scope: str
    family: str
    split: str
    model: str
    engine: str
    parallelism: str
    skip_reason: str | None = None
    entry: ModelEntry | None = None
    tp: int = 1
    pp: int = 1
    ep: int = 1
    weight_dtype: str = "bf16"


def engine_name(backend: str, version: str) -> str | None:
    """The ``conf/engine`` entry of a silicon backend and version (None: unknown backend).
    vLLM releases before 0.8 are V0 (``vllm-0.6``); unnumbered vLLM builds (nightlies) V1."""
    if backend in ("sglang", "trtllm"):
        return backend
    if backend != "vllm":
        return None
    parts = version.split(".")
    if len(parts) >= 2 and parts[0].isdigit() and parts[1].isdigit():
        return "vllm" if (int(parts[0]), int(parts[1])) >= (0, 8) else "vllm-0.6"
    return "vllm"


def _int(value: Any, default: int = 1) -> int:
    return (
        default if value is None or (isinstance(value, float) and math.isnan(value)) else int(value)
    )


def split_of(family: str, heldout_families: list[str]) -> str:
    return f"heldout_{family}" if family in heldout_families else "train"


def plan_row(
    row: Mapping[str, Any], models: Mapping[str, ModelEntry], heldout_families: list[str]
) -> RowPlan:
    """Scope, split and simulation layout of one silicon row (see the module docstring)."""
    entry = models.get(str(row["model_path"]))
    engine = engine_name(str(row["backend"]), str(row["backend_version"])) or str(row["backend"])
    tp, pp = _int(row["tp_size"]), _int(row["pp_size"])
    moe_tp, moe_ep = _int(row["moe_tp_size"]), _int(row["moe_ep_size"])
    dp = max(_int(row["attention_dp_size"]), 1)
    parallelism = f"tp{tp}pp{pp}" + (f"dp{dp}" if dp > 1 else "")
    if row["mode"] == "disagg":  # e.g. 2xtp4 prefill workers + 1xtp8 decode workers
        parallelism = "+".join(
            f"{_int(row[f'{pool}_num_workers'])}xtp{_int(row[f'{pool}_tp_size'])}{pool}"
            for pool in ("prefill", "decode")
        )
    if entry is None:
        return RowPlan(
            "unknown", "", "", str(row["model_path"]), engine, parallelism,
            f"no entry for model_path {row['model_path']} in experiment.models",
        )  # fmt: skip
    base = {
        "scope": entry.scope,
        "family": entry.family,
        "split": split_of(entry.family, heldout_families),
        "model": entry.name,
        "engine": engine,
        "parallelism": parallelism,
        "entry": entry,
    }
    reason = None
    weight = WEIGHT_DTYPES.get(str(row["gemm_quant_mode"]))
    ep = 1
    if entry.scope != "core":
        reason = STRETCH_NEEDS[entry.attention]
    elif row["mode"] != "agg":
        reason = "disaggregated: prefill/decode worker pools are not mapped to a simulation yet"
    elif engine_name(str(row["backend"]), str(row["backend_version"])) is None:
        reason = f"backend {row['backend']} has no conf/engine entry"
    elif weight is None:
        reason = f"gemm_quant_mode {row['gemm_quant_mode']} has no ModelSpec weight dtype"
    elif dp > 1:
        reason = f"attention data parallelism (attention_dp_size={dp}) is not modelled"
    else:
        moe = is_moe(entry.config)
        if moe and moe_ep == tp and moe_tp in (0, 1):
            ep = tp
        elif moe and moe_tp == tp and moe_ep in (0, 1):
            ep = 1
        elif moe and tp > 1:
            reason = f"MoE TP{moe_tp} x EP{moe_ep} inside TP{tp}: only EP=tp or TP=tp are modelled"
    if ep > 1:
        base["parallelism"] = f"{parallelism}ep{ep}"
    if reason is not None:
        return RowPlan(**base, skip_reason=reason)
    return RowPlan(**base, tp=tp, pp=pp, ep=ep, weight_dtype=str(weight))


# ---- simulation ---------------------------------------------------------------------
def gpu_for_system(system: str) -> str:
    """The ``conf/gpu`` entry whose ``aic_system`` is ``system``."""
    from servesolve.specs.catalog import catalogue_entry, catalogue_names

    for stem in catalogue_names("gpu"):
        if catalogue_entry("gpu", stem).get("aic_system") == system:
            return stem
    raise SpecError("experiment.system", f"no conf/gpu entry has aic_system '{system}'", "add one")


def kv_dtype_of(entry: ModelEntry, engine: str, weight_dtype: str) -> str:
    """The KV-cache dtype a silicon run used: the model entry's (its checkpoint's, as
    aiconfigurator assumes), except that TRT-LLM runs of quantized weights keep an FP8
    KV cache: they serve ModelOpt-quantized checkpoints, whose FP8 and NVFP4 recipes
    quantize the KV cache to FP8 by default (``kv_cache_qformat``). vLLM and SGLang
    quantize weights on load and keep a 16-bit KV cache unless told otherwise."""
    if engine == "trtllm" and weight_dtype in ("fp8", "fp4"):
        return "fp8"
    return entry.kv_dtype


@functools.cache
def _model(config: str, name: str, weight_dtype: str, kv_dtype: str) -> Any:
    from servesolve.specs.catalog import model_from_config

    return model_from_config(
        {
            "hf_config_path": str(model_configs_dir() / config),
            "name": name,
            "weight_dtype": weight_dtype,
            "kv_cache_dtype": kv_dtype,
        },
        field=f"experiment.models[{name}]",
    )


@functools.cache
def _cluster(system: str, num_gpus: int) -> Any:
    from servesolve.specs.catalog import cluster_from_config

    gpu = gpu_for_system(system)
    return cluster_from_config(
        {
            "name": f"{system}x{num_gpus}",
            "gpu": gpu,
            "num_nodes": max(1, math.ceil(num_gpus / GPUS_PER_NODE)),
            "gpus_per_node": GPUS_PER_NODE,
            "inter_node_gb_per_s": INTER_NODE_GB_PER_S,
        }
    )


def engine_spec(name: str, host_costs: Mapping[str, Mapping[str, float]] | None = None) -> Any:
    """``conf/engine/<name>`` with ``host_costs[name]`` (fitted host-cost fields) applied."""
    from servesolve.specs.catalog import load_engine

    engine = load_engine(name)
    fitted = dict((host_costs or {}).get(name) or {})
    return dataclasses.replace(engine, **fitted) if fitted else engine


@functools.cache
def _engine(
    name: str, host_costs_key: tuple[tuple[str, float], ...], kernel_version: str | None = None
) -> Any:
    engine = engine_spec(name, {name: dict(host_costs_key)} if host_costs_key else None)
    return dataclasses.replace(engine, version=kernel_version) if kernel_version else engine


def kernel_version_of(row: Mapping[str, Any], params: Mapping[str, Any]) -> str | None:
    """The engine release whose measured kernels price ``row`` (``experiment.kernel_version``):
    ``row``: the row's own release (resolved to the nearest the database holds, see
    :func:`servesolve.costs.kernel_db.resolve_version`); ``latest``: the newest measured
    release (aiconfigurator's fallback); ``engine``: the ``conf/engine`` release (None)."""
    policy = str(params.get("kernel_version", "engine"))
    if policy == "row":
        return str(row["backend_version"])
    if policy == "latest":
        return "latest"
    return None


@functools.cache
def _cost_model(
    entry: ModelEntry,
    weight_dtype: str,
    system: str,
    num_gpus: int,
    engine_key: str,
    host_costs_key: tuple[tuple[str, float], ...],
    tables: str,
    extrapolation: str,
    kernel_version: str | None = None,
) -> Any:
    """The cost model of one (model, dtype, GPU, engine), built once per job process."""
    from servesolve.costs.table_model import cost_model_for

    engine = _engine(engine_key, host_costs_key, kernel_version)
    return cost_model_for(
        _model(
            entry.config, entry.name, weight_dtype, kv_dtype_of(entry, engine_key, weight_dtype)
        ),
        _cluster(system, num_gpus),
        engine.host_iteration_s,
        tables=tables,
        extrapolation=extrapolation,
        engine=engine,
    )


@functools.cache
def is_moe(config: str) -> bool:
    """Whether the model of ``config`` (under model_configs/) has routed experts."""
    import json

    cfg = json.loads((model_configs_dir() / config).read_text())
    keys = ("num_local_experts", "num_experts", "n_routed_experts")
    return any((cfg.get(k) or 0) > 1 for k in keys)


@dataclass(frozen=True)
class Prediction:
    ttft_ms: float
    tpot_ms: float
    num_requests: int
    extrapolated_lookups: int
    sim_wall_s: float


def closed_loop_requests(isl: int, osl: int, concurrency: int, waves: int) -> pd.DataFrame:
    """``waves x concurrency`` requests of exactly ``isl``/``osl`` tokens (arrival times are
    ignored by the closed loop)."""
    n = waves * concurrency
    return pd.DataFrame(
        {
            "arrival_time_s": np.zeros(n),
            "input_tokens": np.full(n, isl, dtype=np.int64),
            "output_tokens": np.full(n, osl, dtype=np.int64),
        }
    )


def benchmark_means(
    requests: pd.DataFrame, concurrency: int, benchmark_waves: int
) -> tuple[float, float]:
    """Mean TTFT and TPOT (s) of a benchmark of ``benchmark_waves x concurrency`` requests,
    from a simulation of fewer waves: request ``r`` is client ``r % concurrency``'s wave
    ``r // concurrency``; the first and last simulated waves count once (the synchronized
    start and the drain), the middle ones share the weight of the benchmark's
    ``benchmark_waves - 2`` middle waves."""
    wave = requests["request_id"].to_numpy() // concurrency
    last = int(wave.max())
    if last < 2:
        raise ValueError("benchmark_means needs at least 3 simulated waves")
    middle = (benchmark_waves - 2) / (last - 1)
    weight = np.where((wave == 0) | (wave == last), 1.0, middle)
    ttft = requests["ttft_s"].to_numpy(float)
    tpot = requests["tpot_s"].to_numpy(float)
    ok = ~np.isnan(tpot)
    return (
        float(np.average(ttft, weights=weight)),
        float(np.average(tpot[ok], weights=weight[ok])),
    )


def request_duration_s(cost_model: Any, spec: Any, isl: int, osl: int, concurrency: int) -> float:
    """A cost-model estimate of one request's duration at ``concurrency``: its prefill
    alone plus ``osl - 1`` decode steps of the full batch at the mean context. The
    closed loop spreads its clients' first sends over it (see ``simulate``'s
    ``stagger_s``)."""
    from servesolve.costs.roofline import BatchShape

    group = spec.replicas[0]
    engine = spec.engine
    prefill = BatchShape(isl, isl * (isl + 1) / 2, 0, 0, 1, 1)
    graph = engine.padded_decode_batch(concurrency) if engine is not None else None
    decode = BatchShape(0, 0, concurrency, concurrency * (isl + osl / 2), concurrency, 0, graph)
    config = group.config
    return cost_model.iteration_time(config, prefill).period_s + (osl - 1) * (
        cost_model.iteration_time(config, decode).period_s
    )


def benchmark_token_budget(engine: Any, isl: int, concurrency: int) -> int:
    """The per-iteration token budget a benchmark ran with. An engine that does not chunk
    prompts (TRT-LLM's default) admits a prompt only when it fits the budget beside the
    running generation tokens, so at its default 8192 an 8K-token prompt would wait until
    the whole batch drained and TTFT would grow with the run's length (predicted over
    1,000 s where 1-2 s were measured). The measured runs could not have behaved that way,
    so their configs must have fitted ``isl + concurrency`` tokens: the budget is at least
    that. Chunking engines keep their default."""
    if engine.scheduler != "trtllm":
        return int(engine.max_num_batched_tokens)
    return max(int(engine.max_num_batched_tokens), isl + concurrency)


@functools.cache
def simulate_point(
    entry: ModelEntry,
    system: str,
    engine_key: str,
    tp: int,
    pp: int,
    ep: int,
    weight_dtype: str,
    isl: int,
    osl: int,
    concurrency: int,
    waves: int,
    tables: str,
    extrapolation: str,
    host_costs_key: tuple[tuple[str, float], ...] = (),
    benchmark_waves: int = 10,
    drift_wave: int | None = 1,
    drift_fraction: float = 1.0,
    kernel_version: str | None = None,
) -> Prediction:
    """Closed-loop simulation of one configuration (cached: silicon rows that differ only in
    benchmark date, or in engine releases that resolve to the same kernels, share it)."""
    from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate

    engine = _engine(engine_key, host_costs_key, kernel_version)
    model = _model(
        entry.config, entry.name, weight_dtype, kv_dtype_of(entry, engine_key, weight_dtype)
    )
    cluster = _cluster(system, tp * pp)
    cost_model = _cost_model(
        entry,
        weight_dtype,
        system,
        tp * pp,
        engine_key,
        host_costs_key,
        tables,
        extrapolation,
        kernel_version,
    )
    options: dict[str, Any] = {
        "max_num_batched_tokens": benchmark_token_budget(engine, isl, concurrency),
        "gpu_memory_utilization": engine.gpu_memory_utilization,
        "iteration_overhead_s": engine.host_iteration_s,
    }
    options["engine"] = engine
    spec = SimulationSpec(
        model=model,
        cluster=cluster,
        replicas=(ReplicaGroupSpec(tp, pp, engine.max_num_seqs, ep=ep),),
        **options,
    )
    flagged = getattr(cost_model, "extrapolated", None)
    before = sum(flagged.values()) if flagged is not None else 0
    result = simulate(
        spec,
        closed_loop_requests(isl, osl, concurrency, waves),
        cost_model=cost_model,
        concurrency=concurrency,
        stagger_s=(
            0.0
            if drift_wave is None
            else drift_fraction
            * request_duration_s(cost_model, spec, isl, osl, concurrency)
            / concurrency
        ),
        stagger_wave=drift_wave or 0,
    )
    after = sum(flagged.values()) if flagged is not None else 0
    ttft_s, tpot_s = benchmark_means(result.requests, concurrency, benchmark_waves)
    return Prediction(
        1e3 * ttft_s, 1e3 * tpot_s, len(result.requests), after - before, result.wall_time_s
    )


AicPredictor = Callable[[Mapping[str, object]], Any]


def aic_predictor(params: Mapping[str, Any]) -> tuple[AicPredictor | None, str | None]:
    """aiconfigurator's own prediction of a silicon row
    (``servesolve.experiments.aic_baseline.predict_silicon_row``, imported lazily), or None
    and why not (``experiment.aic: false``, or the module is not there)."""
    if not params.get("aic", True):
        return None, "not computed (experiment.aic=false)"
    try:
        from servesolve.experiments.aic_baseline import predict_silicon_row
    except ModuleNotFoundError:
        return None, "servesolve.experiments.aic_baseline is not installed"
    return predict_silicon_row, None


def drift_for(params: Mapping[str, Any], engine: str) -> float:
    """``drift_fraction`` of ``engine``: one number for every engine, or a mapping from
    engine config name to number (the calibration fits one per engine)."""
    drift = params.get("drift_fraction", 1.0)
    if isinstance(drift, Mapping):
        return float(drift[engine])
    return float(drift)


def error_pct(predicted: float | None, measured: float) -> float | None:
    if predicted is None or not math.isfinite(predicted) or not measured:
        return None
    return 100.0 * (predicted - measured) / measured


def _number(value: Any) -> float | None:
    try:
        value = float(value)
    except (TypeError, ValueError):
        return None
    return value if math.isfinite(value) else None


def predict_row(
    row: Mapping[str, Any],
    plan: RowPlan,
    params: Mapping[str, Any],
    aic: AicPredictor | None,
    aic_missing: str | None = None,
) -> dict[str, Any]:
    """One output row of a silicon row (predicted, measured, errors, aiconfigurator's)."""
    measured_ttft, measured_tpot = float(row["silicon_ttft_ms"]), float(row["silicon_tpot_ms"])
    out: dict[str, Any] = {
        "id": str(row["id"]),
        "system": str(row["system"]),
        "engine": plan.engine,
        "version": str(row["backend_version"]),
        "model": plan.model,
        "model_path": str(row["model_path"]),
        "family": plan.family,
        "mode": str(row["mode"]),
        "precision": str(row["precision"]),
        "isl": int(row["isl"]),
        "osl": int(row["osl"]),
        "batch": concurrency_of(row),
        "parallelism": plan.parallelism,
        "measured_ttft_ms": measured_ttft,
        "measured_tpot_ms": measured_tpot,
        "predicted_ttft_ms": None,
        "predicted_tpot_ms": None,
        "ttft_error_pct": None,
        "tpot_error_pct": None,
        "split": plan.split,
        "scope": plan.scope,
        "skip_reason": plan.skip_reason,
        "weight_dtype": plan.weight_dtype if plan.skip_reason is None else None,
        "kv_dtype": (
            kv_dtype_of(plan.entry, plan.engine, plan.weight_dtype)
            if plan.entry is not None
            else None
        ),
        "num_requests": None,
        "extrapolated_lookups": None,
        "sim_wall_s": None,
    }
    if plan.skip_reason is None and plan.entry is not None:
        host = (params.get("host_costs") or {}).get(plan.engine) or {}
        try:
            pred = simulate_point(
                plan.entry,
                str(row["system"]),
                plan.engine,
                plan.tp,
                plan.pp,
                plan.ep,
                plan.weight_dtype,
                int(row["isl"]),
                int(row["osl"]),
                int(row["batch_size"]),
                int(params.get("waves", 3)),
                str(params.get("tables", "auto")),
                str(params.get("extrapolation", "flag")),
                tuple(sorted((str(k), float(v)) for k, v in host.items())),
                int(params.get("benchmark_waves", 10)),
                params.get("drift_wave", 1),
                drift_for(params, plan.engine),
                kernel_version_of(row, params),
            )
        except (ValueError, RuntimeError) as exc:
            # A row the model cannot run (a request larger than the KV cache, weights that
            # do not fit): recorded as its reason. Anything else is a bug and propagates.
            text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            out["skip_reason"] = f"simulation failed: {type(exc).__name__}: {text}"[:300]
        else:
            out |= {
                "predicted_ttft_ms": pred.ttft_ms,
                "predicted_tpot_ms": pred.tpot_ms,
                "ttft_error_pct": error_pct(pred.ttft_ms, measured_ttft),
                "tpot_error_pct": error_pct(pred.tpot_ms, measured_tpot),
                "num_requests": pred.num_requests,
                "extrapolated_lookups": pred.extrapolated_lookups,
                "sim_wall_s": pred.sim_wall_s,
            }
    out |= {"aic_ttft_ms": None, "aic_tpot_ms": None, "aic_note": None, "aic_wall_s": None}
    if aic is None:
        out["aic_note"] = aic_missing
    elif plan.scope in ("core", "stretch"):
        start = time.perf_counter()
        try:
            prediction = aic({k: (None if _missing(v) else v) for k, v in row.items()})
        except Exception as exc:  # noqa: BLE001 - aiconfigurator's failure is a note, not ours
            out["aic_note"] = f"{type(exc).__name__}: {str(exc).strip()[:200]}"
        else:
            out["aic_ttft_ms"] = _number(getattr(prediction, "ttft_ms", None))
            out["aic_tpot_ms"] = _number(getattr(prediction, "tpot_ms", None))
            out["aic_note"] = getattr(prediction, "note", None) or None
        out["aic_wall_s"] = time.perf_counter() - start
    out["aic_ttft_error_pct"] = error_pct(out["aic_ttft_ms"], measured_ttft)
    out["aic_tpot_error_pct"] = error_pct(out["aic_tpot_ms"], measured_tpot)
    return out


def concurrency_of(row: Mapping[str, Any]) -> int | None:
    """The benchmark's concurrency: ``batch_size``, or for disaggregated rows (no
    ``batch_size``) the ``silicon_concurrency=N`` of ``silicon_data_source``."""
    if not _missing(row.get("batch_size")):
        return int(row["batch_size"])
    found = re.search(r"silicon_concurrency=(\d+)", str(row.get("silicon_data_source", "")))
    return int(found.group(1)) if found else None


def _missing(value: Any) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def job_rows(params: Mapping[str, Any]) -> pd.DataFrame:
    """The silicon rows of the job's ``system`` x ``backend`` (and ``modes``), in file order,
    at most ``max_rows``."""
    frame = load_silicon(silicon_path(params))
    keep = (frame["system"] == params["system"]) & (frame["backend"] == params["backend"])
    modes = params.get("modes")
    if modes:
        keep &= frame["mode"].isin(list(modes))
    frame = frame[keep]
    limit = params.get("max_rows")
    return frame.head(int(limit)) if limit is not None else frame


def run_job(params: dict[str, Any]) -> list[dict[str, Any]]:
    """One output row per silicon row of ``system`` x ``backend``; progress on stdout."""
    models = model_entries(params)
    heldout = list(params.get("heldout_families") or [])
    rows = job_rows(params)
    aic, aic_missing = aic_predictor(params)
    label = f"{NAME}[{params['system']}/{params['backend']}]"
    start = time.perf_counter()
    out = []
    step = max(1, len(rows) // 10)
    for index, row in enumerate(rows.to_dict("records"), start=1):
        out.append(predict_row(row, plan_row(row, models, heldout), params, aic, aic_missing))
        if index % step == 0 or index == len(rows):
            print(
                f"{label}: {index}/{len(rows)} rows in {time.perf_counter() - start:.1f} s",
                flush=True,
            )
    return out


# ---- summary, calibration hook, outputs -----------------------------------------------
def error_stats(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """Per ``keys`` group of the simulated rows (those with a prediction): ``n``, our median
    |error| (``*_mae_pct``), median signed error (``*_bias_pct``) and share of positive
    errors (``*_positive_pct``) of TTFT and TPOT in %; and on the ``both_n`` rows that
    aiconfigurator also predicts (both metrics), its median |errors| (``aic_*_mae_pct``)
    beside ours on those rows (``ours_*_mae_same_pct``). One definition for
    ``summary.csv``, the headline and the paper's table."""
    done = rows[rows["predicted_ttft_ms"].notna()].copy()
    for name in ("ttft", "tpot", "aic_ttft", "aic_tpot"):
        column = f"{name}_error_pct"
        done[column] = pd.to_numeric(done[column], errors="coerce") if column in done else np.nan
    both = done["aic_ttft_error_pct"].notna() & done["aic_tpot_error_pct"].notna()
    for name in ("ttft", "tpot", "aic_ttft", "aic_tpot"):
        done[f"{name}_same"] = done[f"{name}_error_pct"].where(both).abs()
    stats = {
        "n": ("id", "size"),
        "ttft_mae_pct": ("ttft_error_pct", lambda e: e.abs().median()),
        "ttft_bias_pct": ("ttft_error_pct", "median"),
        "ttft_positive_pct": ("ttft_error_pct", lambda e: 100 * (e > 0).mean()),
        "tpot_mae_pct": ("tpot_error_pct", lambda e: e.abs().median()),
        "tpot_bias_pct": ("tpot_error_pct", "median"),
        "tpot_positive_pct": ("tpot_error_pct", lambda e: 100 * (e > 0).mean()),
        "both_n": ("ttft_same", "count"),
        "ours_ttft_mae_same_pct": ("ttft_same", "median"),
        "aic_ttft_mae_pct": ("aic_ttft_same", "median"),
        "ours_tpot_mae_same_pct": ("tpot_same", "median"),
        "aic_tpot_mae_pct": ("aic_tpot_same", "median"),
    }
    if done.empty:
        return pd.DataFrame(columns=[*keys, *stats])
    return done.groupby(keys, sort=True).agg(**stats).reset_index()


def summarize(rows: pd.DataFrame) -> pd.DataFrame:
    """Per (system, engine, model, mode, split): simulated rows ``n``, median |error| (mae)
    and median signed error (bias) of TTFT and TPOT in %, and aiconfigurator's mae on the
    rows it also predicts (:func:`error_stats`)."""
    return error_stats(rows, list(SUMMARY_KEYS))[list(SUMMARY_COLUMNS)]


#: A host-cost fit: the ``train`` rows (with their predictions) -> per engine, the
#: EngineSpec host-cost fields to set, e.g. ``{"vllm": {"host_iteration_s": 0.004}}``.
HostCostFit = Callable[[pd.DataFrame], Mapping[str, Mapping[str, float]]]


def calibrate(
    rows: pd.DataFrame, fit: HostCostFit, params: Mapping[str, Any]
) -> tuple[dict[str, dict[str, float]], pd.DataFrame]:
    """Fit engine host costs on the ``train`` split only and re-predict every row.

    ``rows`` are this experiment's output rows (with ``split``); ``params`` its experiment
    section. Returns the fitted host costs and the rows re-predicted with them (held-out
    rows never reach ``fit``). The same costs as ``experiment.host_costs`` reproduce the
    re-predicted rows through the runner.
    """
    train = rows[(rows["split"] == "train") & rows["predicted_ttft_ms"].notna()]
    fitted = {str(k): {str(f): float(v) for f, v in c.items()} for k, c in fit(train).items()}
    return fitted, repredict(rows, {**params, "host_costs": fitted})


def repredict(rows: pd.DataFrame, params: Mapping[str, Any]) -> pd.DataFrame:
    """``rows`` predicted again under ``params`` (e.g. fitted ``host_costs``); the silicon
    rows are looked up by ``id`` in ``params``' silicon CSV."""
    silicon = load_silicon(silicon_path(params)).set_index("id", drop=False)
    models = model_entries(params)
    heldout = list(params.get("heldout_families") or [])
    aic, aic_missing = aic_predictor(params)
    records = []
    for rid in rows["id"].astype(str):
        row = silicon.loc[rid].to_dict()
        plan = plan_row(row, models, heldout)
        records.append(predict_row(row, plan, params, aic, aic_missing))
    return pd.DataFrame.from_records(records)


def _replace_text(path: Path, text: str) -> None:
    """Write a derived file atomically, only when its content changes."""
    if path.exists() and path.read_text() == text:
        return
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    tmp.write_text(text)
    os.replace(tmp, path)


def write_outputs(root: str | Path = "results") -> tuple[Path, Path] | None:
    """Rebuild ``ROOT/silicon_validation/rows.csv`` (the latest row per silicon ``id``,
    ``ROW_COLUMNS`` first) and ``summary.csv`` from the run files; None without runs."""
    from servesolve.experiments.results import experiment_dir, read_runs

    frame = read_runs(NAME, root)
    if frame is None or frame.empty:
        return None
    frame = frame.sort_values("finished_at", kind="stable").drop_duplicates("id", keep="last")
    extra = [c for c in frame.columns if c not in ROW_COLUMNS and c != "job_key"]
    rows = frame[[*ROW_COLUMNS, *extra]].sort_values(["system", "engine", "id"])
    folder = experiment_dir(NAME, root)
    rows_path, summary_path = folder / "rows.csv", folder / "summary.csv"
    _replace_text(rows_path, rows.to_csv(index=False))
    _replace_text(summary_path, summarize(rows).to_csv(index=False))
    return rows_path, summary_path


def headline(rows: pd.DataFrame, min_rows: int = 30) -> tuple[str, pd.DataFrame]:
    """What the issue's bar reads off ``rows.csv``: the core scope's coverage, and
    :func:`error_stats` per split kind (``train`` or ``heldout``: held-out families
    pooled) and system. Systems with fewer than ``min_rows`` rows are kept and flagged."""
    held = np.where(rows["split"] == "train", "train", "heldout")
    table = error_stats(rows.assign(held=held), ["held", "system"])
    table["under_min_rows"] = table["n"] < min_rows
    core = rows[rows["scope"] == "core"]
    simulated = int(core["predicted_ttft_ms"].notna().sum())
    text = (
        f"core scope: {simulated} of {len(core)} rows simulated "
        f"({100 * simulated / max(len(core), 1):.1f} %); stretch: "
        f"{int(rows[rows['scope'] == 'stretch']['predicted_ttft_ms'].notna().sum())} of "
        f"{int((rows['scope'] == 'stretch').sum())}"
    )
    return text, table


class SiliconOutputs(Callback):
    """Hydra callback (``conf/experiment/silicon_validation.yaml``): rebuild ``rows.csv``
    and ``summary.csv`` after a run or sweep."""

    def _write(self, config: DictConfig) -> None:
        section = config.get("experiment") or {}
        if section.get("name") == NAME and section.get("results_dir"):
            written = write_outputs(Path(str(section.results_dir)).absolute())
            if written is not None:
                print(f"{NAME}: {written[0]} and {written[1]} rebuilt", flush=True)

    def on_run_end(self, config: DictConfig, **kwargs: Any) -> None:
        self._write(config)

    def on_multirun_end(self, config: DictConfig, **kwargs: Any) -> None:
        self._write(config)


if __name__ == "__main__":  # python -m servesolve.experiments.silicon_validation [ROOT]
    written = write_outputs(sys.argv[1] if len(sys.argv) > 1 else "results")
    print(written)
    if written is not None:
        coverage, by_system = headline(pd.read_csv(written[0]))
        print(coverage)
        print(by_system.round(1).to_string(index=False))
