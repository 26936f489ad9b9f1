"""Alpha-beta cost model of NCCL collectives, calibrated on real measurements.

``time_s = alpha_s + size_bytes / bandwidth_bytes_per_s`` where ``size_bytes`` is the
per-GPU buffer in NCCL's (nccl-tests') convention: the full reduced buffer for
all_reduce, the full *output* buffer for all_gather, the full *input* buffer for
reduce_scatter, the whole send buffer for all_to_all, and the message for send_recv.

The fitted parameters live in ``data/comm_alpha_beta.csv``, produced by
``python -m servesolve.costs.calibration.fit_comm`` from measurements shipped in
``data/measured/`` (MIT licence, attributed there):

* microsoft/apex_plus ``profile/comm/`` -- NCCL timings on H100-SXM-80GB, H200-SXM-141GB
  (one node of 2/4/8) and V100-PCIE-16GB (up to 4 nodes x 4);
* microsoft/vidur ``data/profiling/network/`` -- all_reduce / send_recv on DGX A100,
  DGX H100 and pairwise-NVLink nodes.

Lookup order of :func:`comm_model`: an exact measured row; else interpolation over
``num_gpus`` within the same (gpu, collective, num_nodes); else a model derived from the
caller's link bandwidth times the per-collective link efficiency fitted over the GPUs of
the same interconnect class (NVLink, PCIe, or InfiniBand across nodes).
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from importlib.resources import files

import numpy as np
import pandas as pd

from servesolve.errors import SpecError

COLLECTIVES = ("all_reduce", "all_gather", "reduce_scatter", "all_to_all", "send_recv")

#: Measurement systems in order of preference when several fit the same key
#: (apex_plus times whole NCCL calls, vidur times the NCCL kernel only).
SYSTEM_PRIORITY = ("apex_plus", "vidur:h100_dgx", "vidur:a100_dgx")

#: Fastest PCIe link per direction (PCIe 5.0 x16); faster intra-node links are NVLink-class.
PCIE_MAX_GB_PER_S = 64.0

_TABLE = "data/comm_alpha_beta.csv"


@dataclass(frozen=True)
class AlphaBeta:
    """Latency-bandwidth model of one collective on one group of GPUs.

    Attributes
    ----------
    alpha_s:
        Fixed cost per call in seconds (launch, synchronisation, protocol latency).
    bandwidth_bytes_per_s:
        Algorithm bandwidth: ``size_bytes / (time_s - alpha_s)``; ``inf`` means free.
    source:
        Where the numbers come from (``fit: ...``, ``interpolated: ...``, ``derived: ...``).
    """

    alpha_s: float
    bandwidth_bytes_per_s: float
    source: str

    def time_s(self, size_bytes: float | np.ndarray) -> float | np.ndarray:
        """Time of one call moving ``size_bytes`` per GPU (vectorised)."""
        size = np.asarray(size_bytes, dtype=float)
        t = self.alpha_s + size / self.bandwidth_bytes_per_s
        return float(t) if t.ndim == 0 else t


def bus_factor(collective: str, num_gpus: float | np.ndarray) -> float | np.ndarray:
    """NCCL bus-bandwidth factor: ``busbw = algbw * bus_factor``.

    From nccl-tests ``doc/PERFORMANCE.md``: all_reduce ``2(n-1)/n``; all_gather,
    reduce_scatter and all_to_all ``(n-1)/n``; send_recv ``1``. The bus bandwidth is
    what a ring moves over its slowest link, so it is (nearly) independent of ``n``.
    """
    _check_collective(collective)
    n = np.asarray(num_gpus, dtype=float)
    if collective == "all_reduce":
        f = 2.0 * (n - 1.0) / n
    elif collective == "send_recv":
        f = np.ones_like(n)
    else:  # all_gather, reduce_scatter, all_to_all
        f = (n - 1.0) / n
    return float(f) if f.ndim == 0 else f


def _check_collective(collective: str) -> None:
    if collective not in COLLECTIVES:
        raise SpecError(
            "collective",
            f"unknown collective '{collective}'",
            f"use one of {', '.join(COLLECTIVES)}",
        )


@functools.lru_cache(maxsize=1)
def load_table() -> pd.DataFrame:
    """The shipped fitted table (read once, from the installed package data)."""
    with files("servesolve.costs").joinpath(_TABLE).open("r", encoding="utf-8") as fh:
        return pd.read_csv(fh)


def _priority(system: str) -> int:
    return SYSTEM_PRIORITY.index(system) if system in SYSTEM_PRIORITY else len(SYSTEM_PRIORITY)


def _preferred_per_n(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per num_gpus: the measurement system with the highest priority."""
    rows = rows.assign(_prio=rows["system"].map(_priority))
    rows = rows.sort_values(["num_gpus", "_prio"], kind="stable")
    return rows.drop_duplicates("num_gpus", keep="first")


def link_class(num_nodes: int, link_bandwidth_gb_per_s: float) -> str:
    """Interconnect class whose fitted efficiency prices an unmeasured GPU.

    Multi-node groups are limited by the NIC (``"infiniband"``). In a node, links up to
    :data:`PCIE_MAX_GB_PER_S` are PCIe-class (``"pcie"``), faster ones NVLink-class: the
    fits show PCIe GPUs reach about a quarter of the nominal link (V100-PCIE: 0.18-0.27)
    while NVLink GPUs reach 0.4-0.9, so one efficiency for both would misprice either.
    """
    if num_nodes > 1:
        return "infiniband"
    return "pcie" if link_bandwidth_gb_per_s <= PCIE_MAX_GB_PER_S else "nvlink"


def link_efficiency(collective: str, cls: str) -> tuple[float, str]:
    """Fitted efficiency of ``collective`` on an interconnect class, and how it was got.

    The median, over fitted rows of that class, of bus bandwidth / nominal
    per-direction link bandwidth. A class without rows for this collective (InfiniBand
    has only all_reduce and send_recv) uses the median over all its collectives.
    """
    _check_collective(collective)
    t = load_table()
    t = t[(t["link_class"] == cls) & np.isfinite(t["link_efficiency"])]
    rows = t[t["collective"] == collective]
    note = f"median of {len(rows)} {cls} {collective} fits"
    if rows.empty:
        rows = t
        note = f"median of all {len(rows)} {cls} fits, none for {collective}"
    return float(rows["link_efficiency"].median()), note


def _derived_alpha(collective: str, num_gpus: int, num_nodes: int, cls: str) -> tuple[float, str]:
    """Median fitted alpha of this collective, for a GPU without measurements.

    Rows of the same interconnect class are used, else all rows with the same
    node-count class (the only multi-node all_gather/reduce_scatter/all_to_all data is
    apex_plus' V100 cluster, whose network is unknown). Intra-node: per-``num_gpus``
    medians interpolated in ``num_gpus`` (alpha grows with the ring). Multi-node: median
    of ``alpha / num_nodes`` times ``num_nodes``: per collective, the median V100
    4-node alpha is 1.8-3.1x the 2-node one, so alpha grows about linearly in nodes.
    """
    t = load_table()
    multi = num_nodes > 1
    t = t[(t["collective"] == collective) & ((t["num_nodes"] > 1) == multi)]
    same = t[t["link_class"] == cls]
    t = same if not same.empty else t
    which = cls if not same.empty else "all"
    if multi:
        per_node = float((t["alpha_s"] / t["num_nodes"]).median())
        return (
            per_node * num_nodes,
            f"median of {which} fits {per_node * 1e6:.3g} us/node x {num_nodes}",
        )
    med = t.groupby("num_gpus")["alpha_s"].median()
    alpha = float(np.interp(num_gpus, med.index.to_numpy(float), med.to_numpy(float)))
    return alpha, f"median of {which} fits at n={[int(n) for n in med.index]}, interpolated"


@functools.lru_cache(maxsize=4096)
def comm_model(
    gpu_name: str,
    collective: str,
    num_gpus: int,
    num_nodes: int,
    link_bandwidth_gb_per_s: float,
) -> AlphaBeta:
    """Alpha-beta model of ``collective`` over ``num_gpus`` GPUs on ``num_nodes`` nodes.

    Parameters
    ----------
    gpu_name:
        Catalogue name (``H100-SXM-80GB``, ``A40-48GB``, ...).
    collective:
        One of :data:`COLLECTIVES`.
    num_gpus, num_nodes:
        Group size and how many nodes it spans.
    link_bandwidth_gb_per_s:
        Nominal per-direction bandwidth per GPU in GB/s (1e9 B/s): the intra-node link
        when ``num_nodes == 1``, the per-GPU NIC otherwise. Used only when the GPU has
        no measurement for this collective and node count.

    Returns
    -------
    AlphaBeta
        ``AlphaBeta(0, inf)`` when ``num_gpus == 1``. Results are cached (the planner
        asks for the same few groups many times).

    Raises
    ------
    SpecError
        Unknown collective, non-positive sizes, or a bad link bandwidth.
    """
    _check_collective(collective)
    if int(num_gpus) != num_gpus or num_gpus < 1:
        raise SpecError(
            "num_gpus", f"must be a positive integer, got {num_gpus!r}", "use 1 or more"
        )
    if int(num_nodes) != num_nodes or not 1 <= num_nodes <= num_gpus:
        raise SpecError(
            "num_nodes",
            f"must be an integer in [1, num_gpus={num_gpus}], got {num_nodes!r}",
            "use the number of nodes the group spans",
        )
    if num_gpus == 1:
        return AlphaBeta(0.0, math.inf, "trivial: one GPU, no communication")

    t = load_table()
    rows = t[
        (t["gpu"] == gpu_name) & (t["collective"] == collective) & (t["num_nodes"] == num_nodes)
    ]
    if not rows.empty:
        rows = _preferred_per_n(rows)
        exact = rows[rows["num_gpus"] == num_gpus]
        if not exact.empty:
            r = exact.iloc[0]
            return AlphaBeta(
                float(r["alpha_s"]), float(r["bandwidth_bytes_per_s"]), str(r["source"])
            )
        ns = rows["num_gpus"].to_numpy(float)
        alpha = float(np.interp(num_gpus, ns, rows["alpha_s"].to_numpy(float)))
        busbw = float(np.interp(num_gpus, ns, rows["bus_bandwidth_bytes_per_s"].to_numpy(float)))
        return AlphaBeta(
            alpha,
            busbw / bus_factor(collective, num_gpus),
            f"interpolated: {gpu_name} {collective} n={num_gpus} from measured n="
            f"{[int(n) for n in ns]} (alpha and bus bandwidth linear in n, clamped)",
        )

    if not (math.isfinite(link_bandwidth_gb_per_s) and link_bandwidth_gb_per_s > 0):
        raise SpecError(
            "link_bandwidth_gb_per_s",
            f"must be a positive number, got {link_bandwidth_gb_per_s!r}",
            "give the GPU's per-direction link (or per-GPU NIC) bandwidth in GB/s",
        )
    cls = link_class(num_nodes, link_bandwidth_gb_per_s)
    eff, eff_note = link_efficiency(collective, cls)
    alpha, alpha_note = _derived_alpha(collective, num_gpus, num_nodes, cls)
    kind = "NIC" if num_nodes > 1 else "link"
    return AlphaBeta(
        alpha,
        link_bandwidth_gb_per_s * 1e9 * eff / bus_factor(collective, num_gpus),
        f"derived: {gpu_name} {kind} {link_bandwidth_gb_per_s:g} GB/s x fitted {collective} "
        f"efficiency {eff:.3g} ({eff_note}); alpha {alpha * 1e6:.3g} us ({alpha_note})",
    )
