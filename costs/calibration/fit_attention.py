"""Fit the roofline's attention launch terms ``data/attention_overheads.csv`` from measured kernels.

Run ``python -m servesolve.costs.calibration.fit_attention``: it reads NVIDIA
aiconfigurator-core's measured vLLM attention kernels from the installed package
(``aiconfigurator_core/systems/data/<system>/attention/vllm/<version>/``, Apache-2.0;
nothing is copied into this repository), fits each GPU and rewrites the table
deterministically; ``--report`` also prints the error of the roofline's attention before
(no launch terms, GEMM efficiencies) and after the fit, per GPU, phase and size band.

What the measured columns mean: ``latency`` is one attention kernel call in ms;
``context`` rows run ``batch_size`` prompts of ``isl`` tokens each (causal, no cached
prefix); ``generation`` rows decode one token for each of ``batch_size`` sequences whose
KV cache holds ``step`` tokens (``step + 1`` keys with the new one; ``step`` is ``2^k - 1``).
``num_heads`` / ``num_key_value_heads`` are one GPU's shard.

Rows kept: bf16 KV cache, no sliding window, the kernel vLLM runs by default on the GPU
(FlashAttention-3 on Hopper, FlashAttention-2 on Ampere, FlashInfer's TRT-LLM kernels on
Blackwell), and the ``(heads, kv heads, head_dim)`` shards of the catalogue's GQA models
(``conf/model/``) under tensor parallelism 1, 2, 4 and 8.

Model per phase (non-negative coefficients; ``work`` is the time at the datasheet peak):

* prefill: ``fixed_s + per_seq_s x prompts + 4 head_dim heads pairs / (peak x efficiency)``;
* decode: ``fixed_s + per_seq_s x sequences + kv bytes / (HBM bandwidth x efficiency)``

fitted by ``scipy.optimize.least_squares`` on log residuals (a time 2x too high and one 2x
too low weigh the same) with a soft-L1 loss (f_scale 0.1), like the GEMM and layer fits.
"""

from __future__ import annotations

import argparse
import importlib.resources
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import least_squares

from servesolve.costs.calibration.fit_comm import DATA_DIR, FLOAT_FORMAT
from servesolve.costs.efficiency import roofline_efficiency
from servesolve.specs.catalog import catalogue_entry, catalogue_names, load_gpu, model_from_config

TABLE_PATH = DATA_DIR / "attention_overheads.csv"
AIC_PACKAGE = "aiconfigurator_core"
#: Tensor-parallel degrees whose per-GPU head shards are fitted.
TP_DEGREES = (1, 2, 4, 8)
#: Size bands of the error report, by measured kernel time (s): [lower, upper).
SIZE_BANDS_S: dict[str, tuple[float, float]] = {
    "small": (0.0, 20e-6),
    "mid": (20e-6, 200e-6),
    "large": (200e-6, np.inf),
}
PHASE_FILES = {"prefill": "context", "decode": "generation"}


@dataclass(frozen=True)
class AttentionSource:
    """Where one GPU's measured attention kernels are in aiconfigurator-core.

    Attributes
    ----------
    system, version:
        aiconfigurator system folder and vLLM version folder.
    prefill_kernel, decode_kernel:
        ``kernel_source`` of vLLM's default attention kernel for each phase.
    """

    system: str
    version: str
    prefill_kernel: str
    decode_kernel: str


#: Catalogue GPU -> its measured vLLM attention kernels.
SOURCES: dict[str, AttentionSource] = {
    "H100-SXM-80GB": AttentionSource(
        "h100_sxm", "0.24.0", "vllm_flash_attn_fa3", "vllm_flash_attn_fa3"
    ),
    "H200-SXM-141GB": AttentionSource(
        "h200_sxm", "0.24.0", "vllm_flash_attn_fa3", "vllm_flash_attn_fa3"
    ),
    "A100-SXM-80GB": AttentionSource("a100_sxm", "0.14.0", "vllm_flash_attn", "vllm_flash_attn"),
    "B200-SXM-180GB": AttentionSource(
        "b200_sxm", "0.24.0", "vllm_flashinfer_trtllmprefill", "vllm_flashinfer_trtllmdecode"
    ),
}


def aic_version() -> str:
    """Installed aiconfigurator-core version."""
    from importlib.metadata import version

    return version("aiconfigurator-core")


def parquet_path(source: AttentionSource, phase: str) -> str:
    """Path of a phase's measured table inside the installed package, relative to it."""
    return (
        f"systems/data/{source.system}/attention/vllm/{source.version}/"
        f"{PHASE_FILES[phase]}_attention_perf.parquet"
    )


def model_shards() -> set[tuple[int, int, int]]:
    """``(heads, kv heads, head_dim)`` on one GPU for the catalogue's GQA models at TP 1-8."""
    shards = set()
    for name in catalogue_names("model"):
        entry = catalogue_entry("model", name)
        if entry.get("hf_config_path") is not None:
            continue  # a template, not a model
        m = model_from_config(entry)
        if m.kv_heads >= m.num_attention_heads:
            continue
        for tp in TP_DEGREES:
            if m.num_attention_heads % tp == 0:
                shards.add((m.num_attention_heads // tp, m.kv_heads_per_gpu(tp), m.head_size))
    return shards


def load_measured(gpu: str, phase: str) -> pd.DataFrame:
    """Measured kernels of ``gpu`` and ``phase`` (rows kept as in the module docstring),
    with ``seqs``, ``work_s`` (FLOP or byte term at the datasheet peak), ``flops``,
    ``kv_bytes`` and ``latency_s``."""
    source = SOURCES[gpu]
    spec = load_gpu(gpu)
    path = importlib.resources.files(AIC_PACKAGE).joinpath(parquet_path(source, phase))
    d = pd.read_parquet(str(path))
    kernel = source.prefill_kernel if phase == "prefill" else source.decode_kernel
    keep = (d["kv_cache_dtype"] == "bfloat16") & (d["kernel_source"] == kernel)
    if "window_size" in d.columns:
        keep &= d["window_size"] == 0
    shards = pd.MultiIndex.from_tuples(sorted(model_shards()))
    shape = pd.MultiIndex.from_frame(d[["num_heads", "num_key_value_heads", "head_dim"]])
    d = d[keep & shape.isin(shards)].copy()
    b = d["batch_size"].to_numpy(float)
    heads, kv, hd = (d[c].to_numpy(float) for c in ("num_heads", "num_key_value_heads", "head_dim"))
    if phase == "prefill":
        s = d["isl"].to_numpy(float)
        pairs = b * s * (s + 1) / 2
        d["flops"] = 4 * hd * heads * pairs
        d["kv_bytes"] = 0.0
        d["work_s"] = d["flops"] / spec.peak_flops
    else:
        context = b * (d["step"].to_numpy(float) + 1)
        d["flops"] = 4 * hd * heads * context
        d["kv_bytes"] = context * 2 * kv * hd * 2.0  # K and V, bf16
        d["work_s"] = d["kv_bytes"] / spec.hbm_bytes_per_s
    d["seqs"] = b
    d["latency_s"] = d["latency"] * 1e-3
    return d.reset_index(drop=True)


def fit_phase(d: pd.DataFrame) -> tuple[float, float, float]:
    """``(fixed_s, per_seq_s, efficiency)`` of ``latency ~ fixed + per_seq seqs + work/eff``."""
    x = np.column_stack([np.ones(len(d)), d["seqs"], d["work_s"]])
    norms = x.max(axis=0)
    xn = x / norms
    log_t = np.log(d["latency_s"].to_numpy(float))

    def residuals(c: np.ndarray) -> np.ndarray:
        return np.log(np.maximum(xn @ c, 1e-15)) - log_t

    start = np.array([float(d["latency_s"].min()), 1e-9, float(d["latency_s"].max())])
    fit = least_squares(
        residuals,
        start,
        bounds=(0.0, np.inf),
        loss="soft_l1",
        f_scale=0.1,
        x_scale="jac",
        ftol=1e-12,
        xtol=1e-12,
        gtol=1e-12,
        max_nfev=20_000,
    )
    fixed, per_seq, inv_eff = fit.x / norms
    return float(fixed), float(per_seq), float(1.0 / inv_eff)


def predict_s(
    d: pd.DataFrame, phase: str, fixed_s: float, per_seq_s: float, efficiency: float
) -> np.ndarray:
    """The fitted model's times of the rows of :func:`load_measured`."""
    return fixed_s + per_seq_s * d["seqs"].to_numpy() + d["work_s"].to_numpy() / efficiency


def roofline_before_s(d: pd.DataFrame, gpu: str, phase: str) -> np.ndarray:
    """Times of the roofline without launch terms, with the GEMM efficiencies (the model
    before the fit, and today's for a GPU without coefficients)."""
    spec = load_gpu(gpu)
    eff = roofline_efficiency(gpu)
    compute = d["flops"].to_numpy() / (spec.peak_flops * eff.compute_efficiency)
    if phase == "prefill":
        return compute
    return np.maximum(
        d["kv_bytes"].to_numpy() / (spec.hbm_bytes_per_s * eff.memory_efficiency), compute
    )


def error_summary(measured_s: np.ndarray, predicted_s: np.ndarray) -> tuple[float, float]:
    """Median |relative error| and median relative error (bias; < 0: too fast)."""
    rel = predicted_s / measured_s - 1.0
    return float(np.median(np.abs(rel))), float(np.median(rel))


def fit_table() -> tuple[pd.DataFrame, pd.DataFrame]:
    """The coefficient table (one row per GPU and phase) and the error report."""
    rows, report = [], []
    version = aic_version()
    for gpu, source in SOURCES.items():
        for phase in ("prefill", "decode"):
            d = load_measured(gpu, phase)
            fixed, per_seq, eff = fit_phase(d)
            after = predict_s(d, phase, fixed, per_seq, eff)
            before = roofline_before_s(d, gpu, phase)
            measured = d["latency_s"].to_numpy()
            mae, bias = error_summary(measured, after)
            kernel = source.prefill_kernel if phase == "prefill" else source.decode_kernel
            rows.append(
                {
                    "gpu": gpu,
                    "phase": phase,
                    "fixed_s": fixed,
                    "per_seq_s": per_seq,
                    "efficiency": eff,
                    "median_abs_rel_error": mae,
                    "median_rel_error": bias,
                    "num_points": len(d),
                    "source": (
                        f"fit: aiconfigurator-core {version} {parquet_path(source, phase)} "
                        f"({kernel}, bf16 KV, window 0, GQA shards of catalogue models at "
                        "TP 1-8)"
                    ),
                }
            )
            for band, (lo, hi) in {"all": (0.0, np.inf), **SIZE_BANDS_S}.items():
                sel = (measured >= lo) & (measured < hi)
                if not sel.any():
                    continue
                b_mae, b_bias = error_summary(measured[sel], before[sel])
                a_mae, a_bias = error_summary(measured[sel], after[sel])
                report.append(
                    {
                        "gpu": gpu,
                        "phase": phase,
                        "band": band,
                        "points": int(sel.sum()),
                        "before_median_abs": b_mae,
                        "before_bias": b_bias,
                        "after_median_abs": a_mae,
                        "after_bias": a_bias,
                    }
                )
    return pd.DataFrame(rows), pd.DataFrame(report)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=TABLE_PATH)
    parser.add_argument("--report", action="store_true", help="print the before/after errors")
    args = parser.parse_args(argv)
    table, report = fit_table()
    table.to_csv(args.out, index=False, float_format=FLOAT_FORMAT)
    print(f"wrote {args.out} ({len(table)} rows)")
    if args.report:
        with pd.option_context("display.width", 200, "display.float_format", "{:.3f}".format):
            print(report.to_string(index=False))


if __name__ == "__main__":
    main()
