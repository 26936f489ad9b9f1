"""Table-backed cost model: measured operator and layer times, the roofline elsewhere.

:class:`TableCostModel` is a :class:`~servesolve.costs.roofline.RooflineCostModel` whose
parts come from a device's cost tables (:mod:`servesolve.costs.tables`) wherever the
tables cover them, interpolated by :class:`~servesolve.costs.tables.TableInterpolator`:

* a GEMM ``(m, k, n)`` whose ``(k, n)`` was measured: interpolated over ``m``;
* a decoder layer, when ``layer_prefill`` / ``layer_decode`` rows of the model exist
  for its ``tp``: a non-negative linear model of the layer's work (a fixed cost, per
  token, per causal attention pair, per prompt, per decoding sequence, per context
  token) fitted to those rows by SciPy's robust least squares. The rows are in-situ,
  differenced timings (see the profiler), which are noisy shape by shape; the fit pools
  them, and it lets a mixed batch pay the layer's fixed cost once;
* everything around the layers, when ``step_overhead`` rows exist: host work, embedding,
  LM head and sampling, fitted as ``fixed + per sequence + per token``; it replaces the
  roofline's head, embedding and fixed ``iteration_overhead_s``.

Collectives (tp > 1: the all-reduces added to a measured shard layer; the step around
the layers is measured for tp = 1 only) and anything the tables do not cover stay on
the roofline. Outside
the measured grid (GEMM token counts; prompts, prompt length, decoding sequences and
context beyond the largest measured), ``extrapolation="refuse"`` raises
:class:`~servesolve.costs.tables.ExtrapolationError`; ``"flag"`` answers (GEMMs from
the grid edge along the roofline's slope, layers by the fitted model) and counts the query in
:attr:`TableCostModel.extrapolated` (reported by the CLI).

:func:`cost_model_for` is how the planner and the simulator get a cost model, through one
precedence chain: the user's profiled tables, the GPU's measured kernel database
(:mod:`servesolve.costs.measured_model`), the shipped tables, the roofline. :func:`fit_efficiency` fits the roofline's efficiency factors to a
table's GEMMs.
"""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from scipy.optimize import least_squares

from servesolve.costs.efficiency import RooflineEfficiency
from servesolve.costs.roofline import ACT_BYTES, BatchShape, RooflineCostModel
from servesolve.costs.tables import (
    CostTableError,
    ExtrapolationError,
    TableInterpolator,
    load_device_tables,
    table_folder,
)
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec

Extrapolation = Literal["refuse", "flag"]


def shipped_tables_root() -> Path:
    """The cost tables installed with the package (vidur's GEMMs of H100, A100, A40)."""
    return Path(str(files("servesolve.costs").joinpath("data/tables")))


def _operation(table: pd.DataFrame, operation: str) -> pd.DataFrame:
    return table[table["operation"] == operation]


class TableCostModel(RooflineCostModel):
    """A roofline whose GEMMs, layers and step overhead come from ``tables``; see the module
    docstring. ``tables`` holds one device's rows (any operations)."""

    def __init__(
        self,
        model: ModelSpec,
        cluster: ClusterSpec,
        iteration_overhead_s: float,
        tables: pd.DataFrame,
        extrapolation: Extrapolation = "flag",
        label: str = "",
        engine: EngineSpec | None = None,
    ) -> None:
        super().__init__(model, cluster, iteration_overhead_s, engine)
        if tables.empty:
            raise CostTableError("cost tables: empty; fix: profile the device first")
        self.tables = tables
        self.extrapolation = extrapolation
        self.label = label or str(tables["source"].iloc[0])
        self.extrapolated: Counter[str] = Counter()  # operation -> flagged lookups
        self.lookups: Counter[str] = Counter()  # operation -> table lookups
        # Layer and step tables describe one model: use them only when they name it.
        own = tables[tables["model"].astype(str) == model.name]
        self._gemm_table = (
            TableInterpolator(tables, "gemm", ("m",), ("k", "n"), extrapolation)
            if not _operation(tables, "gemm").empty
            else None
        )
        self._layer_fits = {
            int(tp): _LayerFit.from_rows(rows)
            for tp, rows in own[own["operation"].isin(["layer_prefill", "layer_decode"])].groupby(
                "tp"
            )
        }
        step_rows = _operation(own, "step_overhead")
        self._step = _StepFit.from_rows(step_rows) if len(step_rows) >= 3 else None
        self._layer_cache = functools.lru_cache(maxsize=1 << 16)(self._layer_uncached)

    @property
    def source(self) -> str:
        parts = [
            name
            for name, present in (
                ("GEMMs", self._gemm_table is not None),
                ("layers", bool(self._layer_fits)),
                ("step overhead", self._step is not None),
            )
            if present
        ]
        return f"cost tables ({', '.join(parts)}; {self.label}); roofline elsewhere"

    # ---- lookups ---------------------------------------------------------------------
    def _lookup(
        self,
        table: TableInterpolator,
        point: dict[str, float],
        key: dict | None = None,
        slope: Callable[[Mapping[str, float]], float] | None = None,
    ) -> float:
        found = table.lookup(point, key, slope)
        self.lookups[table.operation] += 1
        if found.extrapolated:
            self.extrapolated[table.operation] += 1
        return found.latency_s

    def _gemm_s(self, m: float, k: float, n: float) -> float:
        if m <= 0:
            return 0.0
        table = self._gemm_table
        if table is not None and float(k).is_integer() and float(n).is_integer():
            key = {"k": int(k), "n": int(n)}
            if table.covers(key):
                # Past the measured token counts: the edge's time scaled along the roofline.
                def roofline(point: Mapping[str, float]) -> float:
                    return RooflineCostModel._gemm_s(self, point["m"], k, n)

                return self._lookup(table, {"m": max(m, 1.0)}, key, roofline)
        return super()._gemm_s(m, k, n)

    def _covers_layers(self, tp: int) -> bool:
        return tp in self._layer_fits

    def layer_time_s(
        self,
        shape: BatchShape,
        tp: int,
        encoder: bool = False,
        ep: int = 1,
        attn_dp: int = 1,
    ) -> float:
        if encoder or ep > 1 or attn_dp > 1 or not self._covers_layers(tp):
            return super().layer_time_s(shape, tp, encoder, ep, attn_dp)
        self._check_layer_grid(shape, tp)
        t = self._layer_cache(
            shape.prefill_tokens,
            shape.prefill_attention_pairs,
            shape.decode_seqs,
            shape.decode_context_tokens,
            tp,
        )
        if tp > 1:  # the measured layer is one shard without its collectives: add them
            m = self.model
            tokens = shape.prefill_tokens + shape.decode_seqs
            reduces = 3 if m.architecture == "encoder_decoder" else 2
            t += reduces * self._collective("all_reduce", tp, 1, tokens * m.hidden_size * ACT_BYTES)
        return t

    def _flag(self, operation: str, outside: bool, what: str) -> None:
        self.lookups[operation] += 1
        if not outside:
            return
        if self.extrapolation == "refuse":
            raise ExtrapolationError(
                f"{operation}: {what} is outside the measured grid; fix: profile a wider grid, "
                "or allow extrapolation='flag'"
            )
        self.extrapolated[operation] += 1

    def _check_layer_grid(self, shape: BatchShape, tp: int) -> None:
        """Flag (or refuse) a layer query beyond the measured prompts, prompt length,
        decoding sequences or context; every query is counted."""
        fit = self._layer_fits[tp]
        prompts = _prompts(shape.prefill_tokens, shape.prefill_attention_pairs)
        if shape.prefill_tokens > 0:
            seq_len = shape.prefill_tokens / prompts
            self._flag(
                "layer_prefill",
                prompts > fit.max_prompts * 1.0001 or seq_len > fit.max_seq_len * 1.0001,
                f"{prompts:.3g} prompts of {seq_len:.3g} tokens",
            )
        if shape.decode_seqs > 0:
            mean_context = shape.decode_context_tokens / shape.decode_seqs
            self._flag(
                "layer_decode",
                shape.decode_seqs > fit.max_decode_seqs * 1.0001
                or mean_context > fit.max_context * 1.0001,
                f"{shape.decode_seqs:.3g} sequences over {mean_context:.3g} tokens",
            )

    def _layer_uncached(
        self, prefill_tokens: float, pairs: float, decode_seqs: float, context: float, tp: int
    ) -> float:
        prompts = _prompts(prefill_tokens, pairs)
        return self._layer_fits[tp].time_s(prefill_tokens, pairs, prompts, decode_seqs, context)

    def head_embed_s(self, shape: BatchShape, tp: int) -> tuple[float, float]:
        if self._step is not None and tp == 1:
            return 0.0, 0.0  # inside the measured step overhead
        return super().head_embed_s(shape, tp)

    def overhead_s(self, shape: BatchShape, tp: int) -> float:
        if self._step is None or tp != 1:
            return super().overhead_s(shape, tp)
        seqs = shape.decode_seqs + _prompts(shape.prefill_tokens, shape.prefill_attention_pairs)
        tokens = shape.prefill_tokens + shape.decode_seqs
        fit = self._step
        self._flag(
            "step_overhead",
            seqs > fit.max_seqs * 1.0001 or tokens > fit.max_tokens * 1.0001,
            f"{seqs:.3g} sequences, {tokens:.3g} tokens",
        )
        return fit.time_s(seqs, tokens)


def _prompts(prefill_tokens: float, pairs: float) -> float:
    """Prompts in a batch of ``prefill_tokens`` tokens and ``pairs`` causal attention pairs,
    as ``n`` prompts of mean length ``s``: tokens = n s, pairs = n s (s + 1) / 2."""
    if prefill_tokens <= 0:
        return 0.0
    seq_len = max(2.0 * pairs / prefill_tokens - 1.0, 1.0)
    return max(prefill_tokens / seq_len, 1.0)


def _robust_nonnegative_fit(features: np.ndarray, seconds: np.ndarray) -> np.ndarray:
    """Coefficients >= 0 of ``seconds ~ features @ c``, by SciPy's least squares on log
    residuals (symmetric: a timing 3x too high and one 3x too low weigh the same) with a
    soft-L1 loss, so one noisy shape (a timer caught by another process) barely moves it."""
    # Columns scaled to unit maximum (pairs reach 1e5, the fixed column is 1): a
    # well-conditioned problem.
    norms = np.maximum(np.abs(features).max(axis=0), 1e-12)
    x = features / norms
    log_seconds = np.log(np.maximum(seconds, 1e-12))
    start = np.full(x.shape[1], 1e-12)
    start[0] = float(np.median(seconds))

    def residuals(c: np.ndarray) -> np.ndarray:
        return np.log(np.maximum(x @ c, 1e-12)) - log_seconds

    fit = least_squares(
        residuals,
        start,
        bounds=(0.0, np.inf),
        loss="soft_l1",
        f_scale=0.1,
        ftol=1e-14,
        xtol=1e-14,
        gtol=1e-14,
        max_nfev=10_000,
    )
    return fit.x / norms


@dataclass(frozen=True)
class _LayerFit:
    """One decoder layer's time as a non-negative linear model of its work, fitted to the
    ``layer_prefill`` and ``layer_decode`` rows of one ``tp``:

    ``fixed + per_token x tokens + per_pair x prompt attention pairs + per_prompt x prompts
    + per_decode x decode sequences + per_context x decode context tokens``.

    A mixed batch pays the fixed cost (dozens of kernel launches) once, which summing a
    prefill layer and a decode layer would count twice; the fit also smooths the noise
    of in-situ (differenced) timings.
    """

    coefficients: tuple[float, ...]
    max_prompts: float
    max_seq_len: float
    max_decode_seqs: float
    max_context: float

    @staticmethod
    def features(
        tokens: np.ndarray,
        pairs: np.ndarray,
        prompts: np.ndarray,
        seqs: np.ndarray,
        ctx: np.ndarray,
    ) -> np.ndarray:
        return np.column_stack([np.ones_like(tokens), tokens, pairs, prompts, seqs, ctx])

    @classmethod
    def from_rows(cls, rows: pd.DataFrame) -> _LayerFit:
        prefill = rows[rows["operation"] == "layer_prefill"]
        decode = rows[rows["operation"] == "layer_decode"]
        b_p, s = prefill["batch_size"].to_numpy(float), prefill["seq_len"].to_numpy(float)
        b_d, c = decode["batch_size"].to_numpy(float), decode["context_len"].to_numpy(float)
        zp, zd = np.zeros_like(b_p), np.zeros_like(b_d)
        x = np.vstack(
            [
                cls.features(b_p * s, b_p * s * (s + 1) / 2, b_p, zp, zp),
                # a decode attends over its cached tokens and its own (the simulator's count)
                cls.features(b_d, zd, zd, b_d, b_d * (c + 1)),
            ]
        )
        y = np.concatenate([prefill["latency_s"], decode["latency_s"]]).astype(float)
        return cls(
            tuple(_robust_nonnegative_fit(x, y)),
            float(b_p.max(initial=0.0)),
            float(s.max(initial=0.0)),
            float(b_d.max(initial=0.0)),
            float(c.max(initial=0.0)) + 1.0,
        )

    def time_s(
        self, tokens: float, pairs: float, prompts: float, seqs: float, context: float
    ) -> float:
        f = self.features(
            np.array([tokens + seqs]),
            np.array([pairs]),
            np.array([prompts]),
            np.array([seqs]),
            np.array([context]),
        )
        return float((f @ np.asarray(self.coefficients))[0])


@dataclass(frozen=True)
class _StepFit:
    """The step around the layers: ``fixed + per_seq x sequences + per_token x tokens``,
    fitted (non-negative, robust) to the ``step_overhead`` rows."""

    coefficients: tuple[float, float, float]
    max_seqs: float
    max_tokens: float

    @classmethod
    def from_rows(cls, rows: pd.DataFrame) -> _StepFit:
        seqs = rows["batch_size"].to_numpy(float)
        tokens = rows["num_tokens"].to_numpy(float)
        x = np.column_stack([np.ones_like(seqs), seqs, tokens])
        c = _robust_nonnegative_fit(x, rows["latency_s"].to_numpy(float))
        return cls((float(c[0]), float(c[1]), float(c[2])), float(seqs.max()), float(tokens.max()))

    def time_s(self, seqs: float, tokens: float) -> float:
        fixed, per_seq, per_token = self.coefficients
        return fixed + per_seq * seqs + per_token * tokens


def find_device_tables(
    device: str, roots: tuple[str | Path, ...] = (), shipped: bool = True
) -> tuple[pd.DataFrame, Path] | None:
    """The newest tables of ``device`` under the first root holding any (then the shipped
    root, unless ``shipped`` is False); None when there are none."""
    for root in (*roots, *((shipped_tables_root(),) if shipped else ())):
        try:
            folder = table_folder(root, device)
        except CostTableError:
            continue
        return load_device_tables(root, device), folder
    return None


def cost_model_for(
    model: ModelSpec,
    cluster: ClusterSpec,
    iteration_overhead_s: float,
    tables: Literal["auto", "roofline"] | str | Path = "auto",
    extrapolation: Extrapolation = "flag",
    engine: EngineSpec | None = None,
) -> RooflineCostModel:
    """The cost model of ``model`` on ``cluster`` (served by ``engine``, when given).

    One precedence chain, first match wins:

    1. ``tables`` is a path: the user's own profiled tables of the cluster's device
       (``servesolve profile`` writes them);
    2. the GPU's measured kernel database (``GpuSpec.aic_system``, aiconfigurator-core)
       for the engine and version (the default engine, vLLM, when ``engine`` is None),
       when it holds GEMMs of the model's weight precision;
    3. the shipped vidur GEMM tables of the device;
    4. the roofline.

    ``tables="roofline"`` skips 1-3. The model's ``source`` names what priced what. The
    engine's host costs replace ``iteration_overhead_s`` when ``engine`` is given.
    """
    if tables == "roofline":
        return RooflineCostModel(model, cluster, iteration_overhead_s, engine)
    roots: tuple[str | Path, ...] = () if tables == "auto" else (tables,)
    if roots and not Path(roots[0]).is_dir():
        raise CostTableError(
            f"cost_tables: {roots[0]} is not a directory; fix: give the root that holds "
            "<device>/v<N>/ folders (servesolve profile writes one), or 'auto'"
        )
    if roots:
        own = find_device_tables(cluster.gpu.name, roots, shipped=False)
        if own is not None:
            return _table_model(model, cluster, iteration_overhead_s, own, extrapolation, engine)
    measured = _measured_model(model, cluster, iteration_overhead_s, engine)
    if measured is not None:
        return measured
    found = find_device_tables(cluster.gpu.name)
    if found is None:
        return RooflineCostModel(model, cluster, iteration_overhead_s, engine)
    return _table_model(model, cluster, iteration_overhead_s, found, extrapolation, engine)


def _table_model(
    model: ModelSpec,
    cluster: ClusterSpec,
    iteration_overhead_s: float,
    found: tuple[pd.DataFrame, Path],
    extrapolation: Extrapolation,
    engine: EngineSpec | None,
) -> TableCostModel:
    table, folder = found
    label = f"{folder.parent.name}/{folder.name}"
    return TableCostModel(model, cluster, iteration_overhead_s, table, extrapolation, label, engine)


def _measured_model(
    model: ModelSpec, cluster: ClusterSpec, iteration_overhead_s: float, engine: EngineSpec | None
) -> RooflineCostModel | None:
    """The measured-kernel model of the cluster's GPU, or None when it has no database
    (or none for the model's weight precision)."""
    from servesolve.costs.kernel_db import open_database
    from servesolve.costs.measured_model import MeasuredCostModel
    from servesolve.specs.catalog import load_engine

    system = cluster.gpu.aic_system
    if system is None or model.architecture != "decoder_only":
        return None
    served = engine if engine is not None else load_engine("vllm")
    db = open_database(system, served.name, served.version)
    if db.gemm_dtype(model.weight_dtype, model.quantization) is None:
        return None
    return MeasuredCostModel(model, cluster, iteration_overhead_s, db, engine)


def fit_efficiency(table: pd.DataFrame, cluster: ClusterSpec) -> RooflineEfficiency:
    """The roofline's efficiency factors fitted to the ``gemm`` rows of ``table`` (same
    least-squares fit as the shipped vidur calibration) for the cluster's device."""
    from servesolve.costs.calibration.fit_gemm import fit_gpu

    gemms = _operation(table, "gemm").rename(columns={"latency_s": "median_s"})
    if len(gemms) < 3:
        raise CostTableError("cost table: fitting the roofline needs at least 3 'gemm' rows")
    gpu = cluster.gpu
    fitted = fit_gpu(gemms, gpu.peak_flops, gpu.hbm_bytes_per_s)
    return RooflineEfficiency(
        fitted.compute_efficiency,
        fitted.memory_efficiency,
        fitted.kernel_overhead_s,
        f"fit: {len(gemms)} GEMMs of the {gpu.name} cost table",
    )
