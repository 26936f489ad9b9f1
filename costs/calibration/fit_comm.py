"""Fit the alpha-beta NCCL table ``data/comm_alpha_beta.csv`` from shipped measurements.

Run ``python -m servesolve.costs.calibration.fit_comm``; it reads only
``costs/data/measured/`` (see the README there) and rewrites the table deterministically.
``--rebuild-extracts /work/shared/reference`` first regenerates the shipped extracts.

Sources (MIT licence, kept in ``data/measured/*/LICENSE.txt``):

* microsoft/apex_plus ``profile/comm/<GPU>/*.csv``. Units, checked against its profiler
  ``profile/scripts/comm.py``: ``size(kb)`` is ``int(array_size / KB)`` with
  ``KB = 1 << 10``, i.e. the per-GPU buffer in **KiB** (binary), floored;
  ``array_size = elements * itemsize`` is the full all_reduce buffer, the all_gather
  *output*, the reduce_scatter *input*, the all_to_all send buffer -- nccl-tests'
  convention. The sweep is ``1 << i`` elements (i = 8..26), so ``size(kb) == 0`` is
  256 fp16 elements = 512 B. ``time(us)`` is wall time per call (integer us on H100/H200).
  Half and float rows are pooled by bytes. In ``V100-PCIE-16GB/reduce_scatter.csv`` the
  4-node x 1-GPU sweep has ``num_gpus_per_node`` and ``size(kb)`` swapped; the loader
  swaps them back (:func:`_repair_swapped_sweep`). (The bandwidths alone cannot settle
  KiB vs kB -- they differ by 2.4 % -- but with KiB the H100 8-GPU all_reduce bus
  bandwidth is 319 GB/s, 0.71 of NVLink4, a plausible figure.)
* microsoft/vidur ``data/profiling/network/<node>/*.csv``: ``size`` is bytes
  (``elements * 2``, fp16, per ``vidur/profiling/collectives/collectives_wrapper.py``);
  times are median NCCL kernel times in ms; ``num_nodes = num_workers / devices_per_node``.

Fit: per (gpu, system, collective, num_gpus, num_nodes), ``scipy.optimize.least_squares``
on ``log(alpha + size/bw) - log(time)`` (relative error, so 1 KiB matters as much as
256 MiB) with a soft-L1 loss (f_scale 0.1) so a few glitched points (e.g. 1.3 ms at
16 KiB in H100 alltoall float) do not drag the fit; errors are reported on all points.
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
from scipy.optimize import least_squares

from servesolve.costs.comm import COLLECTIVES, bus_factor

DATA_DIR = Path(__file__).resolve().parent.parent / "data"
MEASURED_DIR = DATA_DIR / "measured"
TABLE_PATH = DATA_DIR / "comm_alpha_beta.csv"

APEX_GPUS = ("H100-SXM-80GB", "H200-SXM-141GB", "V100-PCIE-16GB")
APEX_FILES = {
    "all_reduce": "all_reduce",
    "all_gather": "all_gather",
    "reduce_scatter": "reduce_scatter",
    "alltoall": "all_to_all",
    "sendrecv": "send_recv",
}
VIDUR_NODES = (
    "a100_dgx",
    "a100_pairwise_nvlink",
    "a40_pairwise_nvlink",
    "h100_dgx",
    "h100_pairwise_nvlink",
)
#: vidur node -> catalogue GPU. Pairwise-NVLink nodes (PCIe cards bridged in pairs) are
#: not a catalogue configuration, so their rows keep the node name and are never looked up.
VIDUR_GPU = {"a100_dgx": "A100-SXM-80GB", "h100_dgx": "H100-SXM-80GB"}

#: Nominal per-direction bandwidth per GPU (bytes/s), link class and label, used for
#: link_efficiency = bus bandwidth / nominal. Intra-node: spec sheets. Inter-node: the
#: per-GPU NIC of the reference system design (DGX A100: 8 x 200 Gb/s HDR; DGX H100:
#: 8 x 400 Gb/s NDR) -- an assumption, vidur does not state its NICs. Unknown (NaN,
#: class "unknown"): apex_plus' V100 multi-node network and vidur's pairwise-NVLink
#: nodes (its A40 "pairwise NVLink" send_recv runs at 4 GB/s, so which path the
#: bytes took is unclear).
NOMINAL_INTRA = {
    "H100-SXM-80GB": (450e9, "nvlink", "NVLink4 450 GB/s"),
    "H200-SXM-141GB": (450e9, "nvlink", "NVLink4 450 GB/s"),
    "A100-SXM-80GB": (300e9, "nvlink", "NVLink3 300 GB/s"),
    "V100-PCIE-16GB": (16e9, "pcie", "PCIe3 x16 16 GB/s"),
}
NOMINAL_INTER = {
    "A100-SXM-80GB": (25e9, "infiniband", "HDR IB 200 Gb/s per GPU (assumed)"),
    "H100-SXM-80GB": (50e9, "infiniband", "NDR IB 400 Gb/s per GPU (assumed)"),
}
UNKNOWN_LINK = (np.nan, "unknown", "")

PER_OCTAVE = 8
FLOAT_FORMAT = "%.6g"


def log_grid_subset(values: np.ndarray, per_octave: int = PER_OCTAVE) -> np.ndarray:
    """The measured values nearest (in log2) to a grid of ``per_octave`` points per octave.

    Used to thin dense linear sweeps so small and large sizes weigh equally and the
    shipped extracts stay small. Always keeps the smallest and largest value.
    """
    v = np.unique(np.asarray(values, dtype=float))
    v = v[v > 0]
    grid = np.arange(np.log2(v[0]), np.log2(v[-1]) + 1.0 / per_octave, 1.0 / per_octave)
    nearest = np.abs(np.log2(v)[None, :] - grid[:, None]).argmin(axis=1)
    return np.unique(np.concatenate([v[nearest], v[-1:]]))


def rel_errors(pred: np.ndarray, meas: np.ndarray) -> np.ndarray:
    """Absolute relative errors ``|pred / meas - 1|``."""
    return np.abs(np.asarray(pred) / np.asarray(meas) - 1.0)


# --------------------------------------------------------------------------- extracts


def build_extracts(reference_dir: Path, measured_dir: Path = MEASURED_DIR) -> None:
    """(Re)build the communication extracts under ``measured_dir`` from the reference data.

    apex_plus CSVs are copied byte for byte. vidur CSVs are reduced to the columns
    ``num_workers, devices_per_node, size_bytes, median_s`` (the kernel-time median,
    ms -> s) and thinned to the sizes nearest a grid of 8 per octave per configuration.
    A vidur file byte-identical to one already read (h100_pairwise_nvlink/send_recv.csv
    duplicates a100_pairwise_nvlink's) is skipped: it cannot be an H100 measurement.
    """
    src = Path(reference_dir) / "measured"
    for lic in ("apex_plus", "vidur"):
        (measured_dir / lic).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src / lic / "LICENSE.txt", measured_dir / lic / "LICENSE.txt")
    for gpu in APEX_GPUS:
        out = measured_dir / "apex_plus" / "nccl" / gpu
        out.mkdir(parents=True, exist_ok=True)
        for name in APEX_FILES:
            shutil.copyfile(src / "apex_plus" / "nccl" / gpu / f"{name}.csv", out / f"{name}.csv")
    seen: dict[bytes, str] = {}
    for node in VIDUR_NODES:
        for coll in ("all_reduce", "send_recv"):
            path = src / "vidur" / "network" / node / f"{coll}.csv"
            if not path.exists():
                continue
            raw = path.read_bytes()
            if raw in seen:
                print(f"skip {node}/{coll}.csv: identical to {seen[raw]}")
                continue
            seen[raw] = f"{node}/{coll}.csv"
            d = pd.read_csv(path)
            d = pd.DataFrame(
                {
                    "num_workers": d["num_workers"],
                    "devices_per_node": d["devices_per_node"],
                    "size_bytes": d["size"],
                    "median_s": d[f"time_stats.{coll}.median"] * 1e-3,
                }
            )
            keep = []
            for _, g in d.groupby(["num_workers", "devices_per_node"], sort=True):
                keep.append(g[g["size_bytes"].isin(log_grid_subset(g["size_bytes"].to_numpy()))])
            out_df = pd.concat(keep).sort_values(["num_workers", "devices_per_node", "size_bytes"])
            out_df.to_csv(
                measured_dir / "vidur" / f"network_{node}_{coll}.csv",
                index=False,
                float_format=FLOAT_FORMAT,
            )


# --------------------------------------------------------------------------- loading


def _repair_swapped_sweep(d: pd.DataFrame) -> pd.DataFrame:
    """Swap back ``num_gpus_per_node`` and ``size(kb)`` in a size sweep written swapped.

    Such a sweep is a run of consecutive rows with ``size(kb) == 1`` whose
    ``num_gpus_per_node`` doubles from 1 and exceeds 8 (no node has more than 8 GPUs).
    """
    d = d.reset_index(drop=True).copy()
    per_node = d["num_gpus_per_node"].to_numpy()
    size = d["size(kb)"].to_numpy()
    i = 0
    while i < len(d):
        j = i
        while j + 1 < len(d) and size[j + 1] == 1 and per_node[j + 1] == 2 * per_node[j]:
            j += 1
        if size[i] == 1 and per_node[i] == 1 and per_node[j] > 8:
            d.loc[i:j, ["num_gpus_per_node", "size(kb)"]] = np.stack(
                [size[i : j + 1], per_node[i : j + 1]], axis=1
            )
        i = j + 1
    return d


def load_measurements(measured_dir: Path = MEASURED_DIR) -> pd.DataFrame:
    """All shipped NCCL measurements in one tidy frame.

    Columns: gpu, system, collective, num_gpus, num_nodes, size_bytes, time_s.
    """
    frames = []
    for gpu in APEX_GPUS:
        for name, coll in APEX_FILES.items():
            d = _repair_swapped_sweep(
                pd.read_csv(measured_dir / "apex_plus" / "nccl" / gpu / f"{name}.csv")
            )
            itemsize = np.where(d["dtype"] == "float", 4, 2)
            size = np.where(d["size(kb)"] > 0, d["size(kb)"] * 1024, 256 * itemsize)
            frames.append(
                pd.DataFrame(
                    {
                        "gpu": gpu,  # H200 files say "H200"; the folder names the SKU
                        "system": "apex_plus",
                        "collective": coll,
                        "num_gpus": d["num_nodes"] * d["num_gpus_per_node"],
                        "num_nodes": d["num_nodes"],
                        "size_bytes": size.astype(float),
                        "time_s": d["time(us)"] * 1e-6,
                    }
                )
            )
    for path in sorted((measured_dir / "vidur").glob("network_*.csv")):
        stem = path.stem.removeprefix("network_")
        coll = next(c for c in ("all_reduce", "send_recv") if stem.endswith("_" + c))
        node = stem[: -len(coll) - 1]
        d = pd.read_csv(path)
        frames.append(
            pd.DataFrame(
                {
                    "gpu": VIDUR_GPU.get(node, node),
                    "system": f"vidur:{node}",
                    "collective": coll,
                    "num_gpus": d["num_workers"],
                    "num_nodes": d["num_workers"] // d["devices_per_node"],
                    "size_bytes": d["size_bytes"].astype(float),
                    "time_s": d["median_s"],
                }
            )
        )
    out = pd.concat(frames, ignore_index=True)
    assert set(out["collective"]) <= set(COLLECTIVES)
    return out


# --------------------------------------------------------------------------- fitting


def fit_alpha_beta(size_bytes: np.ndarray, time_s: np.ndarray) -> tuple[float, float]:
    """Least-squares ``(alpha_s, bandwidth_bytes_per_s)`` on log-relative error."""
    size = np.asarray(size_bytes, dtype=float)
    t = np.asarray(time_s, dtype=float)

    def resid(p: np.ndarray) -> np.ndarray:
        return np.log(np.exp(p[0]) + size / np.exp(p[1])) - np.log(t)

    x0 = np.array([np.log(t.min()), np.log(size.max() / t.max())])
    res = least_squares(resid, x0, loss="soft_l1", f_scale=0.1, method="trf")
    alpha, bw = np.exp(res.x)
    return float(alpha), float(bw)


def fit_table(measured_dir: Path = MEASURED_DIR) -> pd.DataFrame:
    """Fit every measured (gpu, system, collective, num_gpus, num_nodes) group."""
    meas = load_measurements(measured_dir)
    keys = ["gpu", "system", "collective", "num_gpus", "num_nodes"]
    rows = []
    for (gpu, system, coll, n, nodes), g in meas.groupby(keys, sort=True):
        alpha, bw = fit_alpha_beta(g["size_bytes"].to_numpy(), g["time_s"].to_numpy())
        err = rel_errors(alpha + g["size_bytes"].to_numpy() / bw, g["time_s"].to_numpy())
        busbw = bw * bus_factor(coll, n)
        nominal, link_class, label = (NOMINAL_INTER if nodes > 1 else NOMINAL_INTRA).get(
            gpu, UNKNOWN_LINK
        )
        where = system.replace(":", " ") if system != "apex_plus" else f"apex_plus {gpu}"
        rows.append(
            {
                "gpu": gpu,
                "system": system,
                "collective": coll,
                "num_gpus": int(n),
                "num_nodes": int(nodes),
                "alpha_s": alpha,
                "bandwidth_bytes_per_s": bw,
                "bus_bandwidth_bytes_per_s": busbw,
                "link_class": link_class,
                "nominal_link": label,
                "nominal_link_bytes_per_s": nominal,
                "link_efficiency": busbw / nominal,
                "fit_median_rel_error": float(np.median(err)),
                "fit_max_rel_error": float(err.max()),
                "num_points": len(g),
                "min_size_bytes": int(g["size_bytes"].min()),
                "max_size_bytes": int(g["size_bytes"].max()),
                "source": f"fit: {where} {coll} n={n}"
                + (f" over {nodes} nodes" if nodes > 1 else ""),
            }
        )
    return pd.DataFrame(rows)


def write_table(table: pd.DataFrame, path: Path) -> None:
    """Write with a fixed float format so reruns are byte-identical."""
    path.parent.mkdir(parents=True, exist_ok=True)
    table.to_csv(path, index=False, float_format=FLOAT_FORMAT)


def main(argv: list[str] | None = None) -> None:
    """CLI: rebuild extracts (optional), fit, write the table, print a summary."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--rebuild-extracts",
        type=Path,
        metavar="REFERENCE_DIR",
        help="first rebuild data/measured/ from this reference folder",
    )
    ap.add_argument("--measured-dir", type=Path, default=MEASURED_DIR)
    ap.add_argument("--out", type=Path, default=TABLE_PATH)
    args = ap.parse_args(argv)
    if args.rebuild_extracts is not None:
        build_extracts(args.rebuild_extracts, args.measured_dir)
    table = fit_table(args.measured_dir)
    write_table(table, args.out)
    cols = [
        "gpu",
        "collective",
        "num_gpus",
        "num_nodes",
        "alpha_s",
        "bus_bandwidth_bytes_per_s",
        "link_efficiency",
        "fit_median_rel_error",
        "fit_max_rel_error",
    ]
    with pd.option_context("display.width", 200, "display.max_rows", 500):
        print(table[cols].to_string(index=False))
        known = table[table["link_class"] != "unknown"]
        eff = known.groupby(["link_class", "collective"])["link_efficiency"].median()
        print("median link efficiency per class and collective:")
        print(eff.unstack().round(3).to_string())
    print(f"wrote {args.out} ({len(table)} rows)")


if __name__ == "__main__":
    main()
