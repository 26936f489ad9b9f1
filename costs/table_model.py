"""Table-backed cost model: measured operator and layer times, the roofline elsewhere.

:class:`TableCostModel` is a :class:`~servesolve.costs.roofline.RooflineCostModel` whose
parts come from a device's cost tables (:mod:`servesolve.costs.tables`) wherever the
tables cover them, interpolated by :class:`~servesolve.costs.tables.TableInterpolator`:

* a GEMM ``(m, k, n)`` whose ``(k, n)`` was measured: interpolated over ``m``;
* a decoder layer, when ``layer_prefill`` / ``layer_decode`` rows exist for its ``tp``:
  a prefill part at ``(batch_size, seq_len)`` = the prompts' count and mean length
  (recovered from the batch's tokens and causal attention pairs), a decode part at
  ``(decode_seqs, mean context)``; a mixed batch runs its projections once over all its
  tokens, so the two parts' GEMM and norm time at their own token counts is replaced by
  that at the total (from the ``gemm`` table; without one, the parts are summed);
* everything around the layers, when ``step_overhead`` rows exist: host work, embedding,
  LM head and sampling at ``(sequences, tokens)``; it replaces the roofline's head,
  embedding and fixed ``iteration_overhead_s``.

Collectives (tp > 1) and anything the tables do not cover stay on the roofline. Outside
the measured grid, ``extrapolation="refuse"`` raises
:class:`~servesolve.costs.tables.ExtrapolationError`, ``"flag"`` clamps to the grid edge
and counts the query in :attr:`TableCostModel.extrapolated` (reported by the CLI).

:func:`cost_model_for` is how the planner and the simulator get a cost model: the tables
of the cluster's device when any exist (the user's root first, then the shipped ones),
else the roofline. :func:`fit_efficiency` fits the roofline's efficiency factors to a
table's GEMMs.
"""

from __future__ import annotations

import functools
from collections import Counter
from importlib.resources import files
from pathlib import Path
from typing import Literal

import pandas as pd

from servesolve.costs.efficiency import RooflineEfficiency
from servesolve.costs.roofline import BatchShape, RooflineCostModel
from servesolve.costs.tables import (
    CostTableError,
    TableInterpolator,
    load_device_tables,
    table_folder,
)
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
    ) -> None:
        super().__init__(model, cluster, iteration_overhead_s)
        if tables.empty:
            raise CostTableError("cost tables: empty; fix: profile the device first")
        self.tables = tables
        self.extrapolation = extrapolation
        self.label = label or str(tables["source"].iloc[0])
        self.extrapolated: Counter[str] = Counter()  # operation -> flagged lookups
        self.lookups: Counter[str] = Counter()  # operation -> table lookups
        # Layer and step tables describe one model: use them only when they name it.
        own = tables[tables["model"].astype(str) == model.name]
        self._gemm_table = self._interpolator(tables, "gemm", ("m",), ("k", "n"))
        self._layer_prefill = self._interpolator(
            own, "layer_prefill", ("batch_size", "seq_len"), ("tp",)
        )
        self._layer_decode = self._interpolator(
            own, "layer_decode", ("batch_size", "context_len"), ("tp",)
        )
        self._step = self._interpolator(own, "step_overhead", ("batch_size", "num_tokens"))
        self._norm = self._interpolator(own, "rms_norm", ("num_tokens",), ("hidden_size",))
        self._layer_cache = functools.lru_cache(maxsize=1 << 16)(self._layer_uncached)

    def _interpolator(
        self,
        table: pd.DataFrame,
        operation: str,
        grid: tuple[str, ...],
        key: tuple[str, ...] = (),
    ) -> TableInterpolator | None:
        if _operation(table, operation).empty:
            return None
        return TableInterpolator(
            table, operation, grid, key, self.extrapolation, monotone=operation != "gemm"
        )

    @property
    def source(self) -> str:
        parts = [
            name
            for name, present in (
                ("GEMMs", self._gemm_table is not None),
                ("layers", self._layer_decode is not None or self._layer_prefill is not None),
                ("step overhead", self._step is not None),
            )
            if present
        ]
        return f"cost tables ({', '.join(parts)}; {self.label}); roofline elsewhere"

    # ---- lookups ---------------------------------------------------------------------
    def _lookup(
        self, table: TableInterpolator, point: dict[str, float], key: dict | None = None
    ) -> float:
        found = table.lookup(point, key)
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
                return self._lookup(table, {"m": max(m, 1.0)}, key)
        return super()._gemm_s(m, k, n)

    def _token_work_s(self, tokens: float, tp: int) -> float:
        """GEMMs and norms of one layer over ``tokens`` tokens (what a mixed batch shares)."""
        m = self.model
        q = m.q_size / tp
        kv = m.kv_heads_per_gpu(tp) * m.head_size
        t = self._gemm(tokens, m.hidden_size, q + 2 * kv) + self._gemm(tokens, q, m.hidden_size)
        t += self._ffn_time(tokens, tp)
        if self._norm is not None and self._norm.covers({"hidden_size": m.hidden_size}):
            t += 2 * self._lookup(
                self._norm, {"num_tokens": max(tokens, 1.0)}, {"hidden_size": m.hidden_size}
            )
        return t

    def _covers_layers(self, tp: int) -> bool:
        key = {"tp": tp}
        return any(
            t is not None and t.covers(key) for t in (self._layer_prefill, self._layer_decode)
        )

    def layer_time_s(self, shape: BatchShape, tp: int, encoder: bool = False, ep: int = 1) -> float:
        if encoder or ep > 1 or not self._covers_layers(tp):
            return super().layer_time_s(shape, tp, encoder, ep)
        return self._layer_cache(
            shape.prefill_tokens,
            shape.prefill_attention_pairs,
            shape.decode_seqs,
            shape.decode_context_tokens,
            tp,
        )

    def _layer_uncached(
        self, prefill_tokens: float, pairs: float, decode_seqs: float, context: float, tp: int
    ) -> float:
        key = {"tp": tp}
        parts = 0.0
        if prefill_tokens > 0:
            if self._layer_prefill is None or not self._layer_prefill.covers(key):
                return super().layer_time_s(
                    BatchShape(prefill_tokens, pairs, decode_seqs, context, 0.0), tp
                )
            # n prompts of mean length s: tokens = n s, causal pairs = n s (s + 1) / 2.
            seq_len = max(2.0 * pairs / prefill_tokens - 1.0, 1.0)
            batch = max(prefill_tokens / seq_len, 1.0)
            parts += self._lookup(
                self._layer_prefill, {"batch_size": batch, "seq_len": seq_len}, key
            )
        if decode_seqs > 0:
            if self._layer_decode is None or not self._layer_decode.covers(key):
                return super().layer_time_s(
                    BatchShape(prefill_tokens, pairs, decode_seqs, context, 0.0), tp
                )
            parts += self._lookup(
                self._layer_decode,
                {"batch_size": decode_seqs, "context_len": max(context / decode_seqs, 1.0)},
                key,
            )
        if prefill_tokens > 0 and decode_seqs > 0 and self._gemm_table is not None:
            shared = (
                self._token_work_s(prefill_tokens, tp)
                + self._token_work_s(decode_seqs, tp)
                - self._token_work_s(prefill_tokens + decode_seqs, tp)
            )
            parts -= max(shared, 0.0)
        return parts

    def head_embed_s(self, shape: BatchShape, tp: int) -> tuple[float, float]:
        if self._step is not None and tp == 1:
            return 0.0, 0.0  # inside the measured step overhead
        return super().head_embed_s(shape, tp)

    def overhead_s(self, shape: BatchShape, tp: int) -> float:
        if self._step is None or tp != 1:
            return super().overhead_s(shape, tp)
        prompts = 0.0
        if shape.prefill_tokens > 0:  # n prompts of mean length s, as in the layers
            seq_len = max(2.0 * shape.prefill_attention_pairs / shape.prefill_tokens - 1.0, 1.0)
            prompts = max(shape.prefill_tokens / seq_len, 1.0)
        seqs = max(shape.decode_seqs + prompts, 1.0)
        tokens = max(shape.prefill_tokens + shape.decode_seqs, 1.0)
        return self._lookup(self._step, {"batch_size": seqs, "num_tokens": tokens})


def find_device_tables(
    device: str, roots: tuple[str | Path, ...] = ()
) -> tuple[pd.DataFrame, Path] | None:
    """The newest tables of ``device`` under the first root holding any (then the shipped
    root); None when there are none."""
    for root in (*roots, shipped_tables_root()):
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
) -> RooflineCostModel:
    """The cost model of ``model`` on ``cluster``.

    ``tables="auto"``: the shipped tables of the cluster's device when they exist, else
    the roofline; ``"roofline"``: the roofline only; a path: a root of ``<device>/v<N>/``
    folders searched first (a missing device there falls back to the shipped tables).
    """
    if tables == "roofline":
        return RooflineCostModel(model, cluster, iteration_overhead_s)
    roots: tuple[str | Path, ...] = () if tables == "auto" else (tables,)
    if roots and not Path(roots[0]).is_dir():
        raise CostTableError(
            f"cost_tables: {roots[0]} is not a directory; fix: give the root that holds "
            "<device>/v<N>/ folders (servesolve profile writes one), or 'auto'"
        )
    found = find_device_tables(cluster.gpu.name, roots)
    if found is None:
        return RooflineCostModel(model, cluster, iteration_overhead_s)
    table, folder = found
    label = f"{folder.parent.name}/{folder.name}"
    return TableCostModel(model, cluster, iteration_overhead_s, table, extrapolation, label)


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
