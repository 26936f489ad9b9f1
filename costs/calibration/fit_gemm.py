"""Fit the GEMM roofline efficiencies ``data/roofline_efficiency.csv`` from vidur timings.

Run ``python -m servesolve.costs.calibration.fit_gemm``; it reads only the shipped
extract ``costs/data/measured/vidur/gemm_ops.csv`` and rewrites the table
deterministically. ``--rebuild-extracts /work/shared/reference`` first rebuilds the
extract from microsoft/vidur ``data/profiling/compute/<gpu>/<org>/<model>/mlp.csv``
(MIT licence, ``data/measured/vidur/LICENSE.txt``).

What the vidur columns mean (read from ``vidur/profiling/mlp/mlp_impl.py`` and checked in
the data): times are per-operator CUDA kernel times in ms, fp16, ``m = num_tokens``.
The shape columns ``n_head, n_kv_head, n_embd, n_expanded_embd`` describe the *whole*
model (they are constant across ``num_tensor_parallel_workers``); each op is one GPU's
shard under tensor parallelism ``tp``, ``head_dim = n_embd / n_head``:

* ``attn_pre_proj`` (fused QKV, column-parallel): ``k = n_embd``,
  ``n = (n_head + 2 n_kv_head) head_dim / tp``;
* ``attn_post_proj`` (O, row-parallel): ``k = n_head head_dim / tp``, ``n = n_embd``;
* ``mlp_up_proj`` (gated, fused gate+up, column-parallel): ``k = n_embd``,
  ``n = 2 n_expanded_embd / tp``;
* ``mlp_down_proj`` (row-parallel): ``k = n_expanded_embd / tp``, ``n = n_embd``.

Checked in the data: the shape columns do not vary with tp (asserted); at 4096 tokens
every op is 6.3-9.7x faster at tp=8 than at tp=1 (all 36 gpu/model/op series), and at
>= 1024 tokens ``mlp_up_proj`` takes 1.93-2.07x ``mlp_down_proj`` (its ``n`` is twice
the other's ``k``), confirming the fused gate+up shard and the 1/tp split.

Fit per GPU (``scipy.optimize.least_squares``, bounded, soft-L1 on log-relative error,
f_scale 0.1) of ``max(2mkn / (peak * ce), 2(mk + kn + mn) / (hbm * me)) + overhead``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import least_squares

from servesolve.costs.calibration.fit_comm import (
    DATA_DIR,
    FLOAT_FORMAT,
    MEASURED_DIR,
    log_grid_subset,
    rel_errors,
    write_table,
)
from servesolve.costs.efficiency import RooflineEfficiency, gemm_time_s

TABLE_PATH = DATA_DIR / "roofline_efficiency.csv"
EXTRACT = Path("vidur") / "gemm_ops.csv"

#: vidur device folder -> catalogue name.
VIDUR_DEVICES = {"h100": "H100-SXM-80GB", "a100": "A100-SXM-80GB", "a40": "A40-48GB"}
#: Dense fp16/bf16 peak FLOP/s and HBM bytes/s (NVIDIA datasheets; match conf/gpu/*.yaml).
PEAKS = {
    "H100-SXM-80GB": (989.4e12, 3.35e12),
    "A100-SXM-80GB": (312e12, 2.039e12),
    "A40-48GB": (149.7e12, 0.696e12),
}
OPS = ("attn_pre_proj", "attn_post_proj", "mlp_up_proj", "mlp_down_proj")
BYTES_PER_ELEMENT = 2.0


def gemm_shapes(d: pd.DataFrame, op: str) -> tuple[pd.Series, pd.Series]:
    """Per-GPU ``(k, n)`` of ``op`` from vidur's model-shape columns and TP degree."""
    tp = d["num_tensor_parallel_workers"]
    head_dim = d["n_embd"] // d["n_head"]
    if op == "attn_pre_proj":
        return d["n_embd"], (d["n_head"] + 2 * d["n_kv_head"]) * head_dim // tp
    if op == "attn_post_proj":
        return d["n_head"] * head_dim // tp, d["n_embd"]
    if op == "mlp_up_proj":
        return d["n_embd"], (2 if d["use_gated_mlp"].all() else 1) * d["n_expanded_embd"] // tp
    if op == "mlp_down_proj":
        return d["n_expanded_embd"] // tp, d["n_embd"]
    raise ValueError(op)


def build_extract(reference_dir: Path, measured_dir: Path = MEASURED_DIR) -> None:
    """Rebuild ``vidur/gemm_ops.csv``: the four GEMM ops, medians only, tokens thinned.

    Repeated (num_tokens, tp) rows (2048 and 4096 tokens appear twice) are merged by the
    median of their medians; token counts are thinned to the values nearest a grid of 8
    per octave (58 of 259), the same for every file.
    """
    frames = []
    for dev, gpu in VIDUR_DEVICES.items():
        for path in sorted(
            (Path(reference_dir) / "measured/vidur/compute" / dev).glob("*/*/mlp.csv")
        ):
            model = f"{path.parent.parent.name}/{path.parent.name}"
            d = pd.read_csv(path)
            shape = ["n_head", "n_kv_head", "n_embd", "n_expanded_embd", "use_gated_mlp"]
            assert len(d[shape].drop_duplicates()) == 1, f"{path}: shape varies with tp"
            assert (d["n_embd"] % d["n_head"] == 0).all()
            assert (d["n_kv_head"] % d["num_tensor_parallel_workers"] == 0).all()
            key = ["num_tokens", "num_tensor_parallel_workers", *shape]
            d = d.groupby(key, as_index=False).median(numeric_only=True)
            d = d[d["num_tokens"].isin(log_grid_subset(d["num_tokens"].to_numpy()))]
            for op in OPS:
                k, n = gemm_shapes(d, op)
                frames.append(
                    pd.DataFrame(
                        {
                            "gpu": gpu,
                            "model": model,
                            "op": op,
                            "num_tokens": d["num_tokens"],
                            "tp": d["num_tensor_parallel_workers"],
                            "m": d["num_tokens"],
                            "k": k,
                            "n": n,
                            "median_s": d[f"time_stats.{op}.median"] * 1e-3,
                        }
                    )
                )
    out = pd.concat(frames).sort_values(["gpu", "model", "op", "tp", "num_tokens"])
    (measured_dir / EXTRACT).parent.mkdir(parents=True, exist_ok=True)
    out.to_csv(measured_dir / EXTRACT, index=False, float_format=FLOAT_FORMAT)


def _efficiency(params: np.ndarray) -> RooflineEfficiency:
    """``params = (compute_eff, memory_eff, overhead_us)`` as the runtime dataclass."""
    return RooflineEfficiency(float(params[0]), float(params[1]), float(params[2]) * 1e-6, "fit")


def fit_gpu(ops: pd.DataFrame, peak: float, hbm: float) -> RooflineEfficiency:
    """Fit the efficiencies within (0, 1] x (0, 1] x [0, 1 ms] on log-relative error."""
    m, k, n = (ops[c].to_numpy(float) for c in "mkn")
    log_t = np.log(ops["median_s"].to_numpy(float))

    def resid(p: np.ndarray) -> np.ndarray:
        return np.log(gemm_time_s(m, k, n, peak, hbm, _efficiency(p), BYTES_PER_ELEMENT)) - log_t

    res = least_squares(
        resid,
        x0=np.array([0.7, 0.8, 5.0]),  # overhead in us for conditioning
        bounds=([1e-3, 1e-3, 0.0], [1.0, 1.0, 1e3]),
        loss="soft_l1",
        f_scale=0.1,
        method="trf",
    )
    return _efficiency(res.x)


def fit_table(measured_dir: Path = MEASURED_DIR) -> pd.DataFrame:
    """One row of fitted efficiencies per GPU in the extract."""
    ops = pd.read_csv(measured_dir / EXTRACT)
    rows = []
    for gpu, g in ops.groupby("gpu", sort=True):
        peak, hbm = PEAKS[gpu]
        eff = fit_gpu(g, peak, hbm)
        m, k, n = (g[c].to_numpy(float) for c in "mkn")
        pred = gemm_time_s(m, k, n, peak, hbm, eff, BYTES_PER_ELEMENT)
        err = rel_errors(pred, g["median_s"].to_numpy())
        rows.append(
            {
                "gpu": gpu,
                "compute_efficiency": eff.compute_efficiency,
                "memory_efficiency": eff.memory_efficiency,
                "kernel_overhead_s": eff.kernel_overhead_s,
                "fit_median_rel_error": float(np.median(err)),
                "fit_p90_rel_error": float(np.quantile(err, 0.9)),
                "num_points": len(g),
                "source": f"fit: vidur {gpu} GEMMs (QKV, O, MLP up/down) of "
                f"{g['model'].nunique()} Llama models, tp 1-8, 1-4096 tokens; "
                f"peak {peak / 1e12:g} TFLOP/s, HBM {hbm / 1e12:g} TB/s",
            }
        )
    return pd.DataFrame(rows)


def main(argv: list[str] | None = None) -> None:
    """CLI: rebuild the extract (optional), fit, write the table, print it."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--rebuild-extracts",
        type=Path,
        metavar="REFERENCE_DIR",
        help="first rebuild data/measured/vidur/gemm_ops.csv from this folder",
    )
    ap.add_argument("--measured-dir", type=Path, default=MEASURED_DIR)
    ap.add_argument("--out", type=Path, default=TABLE_PATH)
    args = ap.parse_args(argv)
    if args.rebuild_extracts is not None:
        build_extract(args.rebuild_extracts, args.measured_dir)
    table = fit_table(args.measured_dir)
    write_table(table, args.out)
    with pd.option_context("display.width", 200):
        print(table.drop(columns="source").to_string(index=False))
    print(f"wrote {args.out} ({len(table)} rows)")


if __name__ == "__main__":
    main()
