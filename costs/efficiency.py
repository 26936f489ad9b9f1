"""GEMM roofline with efficiencies fitted on real kernel timings.

One GEMM of ``m`` tokens x ``k`` x ``n`` (fp16/bf16) costs

    max(2 m k n / (peak_flops * compute_efficiency),
        bytes_per_element (m k + k n + m n) / (hbm_bytes_per_s * memory_efficiency))
    + kernel_overhead_s

The efficiencies in ``data/roofline_efficiency.csv`` are fitted by
``python -m servesolve.costs.calibration.fit_gemm`` on microsoft/vidur's per-operator
timings (``data/profiling/compute/``, MIT licence; extract in
``data/measured/vidur/gemm_ops.csv``) of the QKV, O, MLP-up and MLP-down GEMMs of
Llama-2-7B, Llama-2-70B and CodeLlama-34B at tp 1-8 and 1-4096 tokens on H100-SXM,
A100-SXM-80GB and A40.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib.resources import files

import numpy as np
import pandas as pd

from servesolve.errors import SpecError

_TABLE = "data/roofline_efficiency.csv"
DEFAULT_SOURCE = "default: median of fitted GPUs (H100, A100, A40)"


@dataclass(frozen=True)
class RooflineEfficiency:
    """Fraction of peak FLOP/s and HBM bandwidth a GEMM reaches, plus a fixed cost.

    Attributes
    ----------
    compute_efficiency:
        Achieved / dense peak FLOP/s on compute-bound GEMMs, in (0, 1].
    memory_efficiency:
        Achieved / nominal HBM bandwidth on memory-bound GEMMs, in (0, 1].
    kernel_overhead_s:
        Fixed time per GEMM kernel in seconds (>= 0).
    source:
        Where the numbers come from.
    """

    compute_efficiency: float
    memory_efficiency: float
    kernel_overhead_s: float
    source: str


@functools.lru_cache(maxsize=1)
def load_table() -> pd.DataFrame:
    """The shipped fitted table (read once, from the installed package data)."""
    with files("servesolve.costs").joinpath(_TABLE).open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh)


@functools.cache
def roofline_efficiency(gpu_name: str) -> RooflineEfficiency:
    """Fitted efficiencies of ``gpu_name``; for an unfitted GPU, the per-field median."""
    t = load_table()
    row = t[t["gpu"] == gpu_name]
    if not row.empty:
        r = row.iloc[0]
        return RooflineEfficiency(
            float(r["compute_efficiency"]),
            float(r["memory_efficiency"]),
            float(r["kernel_overhead_s"]),
            str(r["source"]),
        )
    return RooflineEfficiency(
        float(t["compute_efficiency"].median()),
        float(t["memory_efficiency"].median()),
        float(t["kernel_overhead_s"].median()),
        DEFAULT_SOURCE,
    )


def gemm_time_s(
    m: float | np.ndarray,
    k: float | np.ndarray,
    n: float | np.ndarray,
    peak_flops: float,
    hbm_bytes_per_s: float,
    eff: RooflineEfficiency,
    bytes_per_element: float = 2.0,
) -> float | np.ndarray:
    """Roofline time of an ``m x k`` by ``k x n`` GEMM (vectorised; ``k``, ``n`` broadcast).

    Raises
    ------
    SpecError
        A non-positive peak, bandwidth, shape or element size, or a negative ``m``.
    """
    for field, value in (
        ("peak_flops", peak_flops),
        ("hbm_bytes_per_s", hbm_bytes_per_s),
        ("k", k),
        ("n", n),
        ("bytes_per_element", bytes_per_element),
    ):
        if not np.all(np.asarray(value) > 0):
            raise SpecError(field, f"must be positive, got {value!r}", "pass a positive number")
    mm = np.asarray(m, dtype=float)
    if np.any(mm < 0):
        raise SpecError("m", "token count must be >= 0", "pass the number of tokens in the batch")
    flops = 2.0 * mm * k * n
    traffic = bytes_per_element * (mm * k + k * n + mm * n)
    t = (
        np.maximum(
            flops / (peak_flops * eff.compute_efficiency),
            traffic / (hbm_bytes_per_s * eff.memory_efficiency),
        )
        + eff.kernel_overhead_s
    )
    return float(t) if t.ndim == 0 else t
