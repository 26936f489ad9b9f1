"""The data of the disaggregation MILP (:mod:`servesolve.formulations.disaggregation`,
whose docstring states the sets, parameters and rows): the instance, with the derived data
that the MILP, ``evaluate`` and the brute force share, and the plan.

Neither PuLP nor the MILP is imported here, so the brute-force twin
(``disaggregation_twin``) can use these classes and stay independent of ``build``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Literal

import numpy as np
import pandas as pd

from servesolve.formulations.base import check_labels

Objective = Literal["max_goodput", "min_cost"]
OBJECTIVES: tuple[str, ...] = ("max_goodput", "min_cost")

#: Default rate unit (req/s): every rate of the MILP is an integer multiple of it.
RATE_UNIT_PER_S = 1e-3
#: Most rate units a flow may need: CP-SAT clamps variable bounds to 1e7
#: (``mip_max_bound``), 10,000 req/s at the default unit.
MAX_RATE_UNITS = 10_000_000
#: Relative slack of ``evaluate``'s checks on float data (the backends' own feasibility
#: tolerance is about 1e-6 absolute; data are never drawn that close to a bound).
CHECK_RTOL = 1e-9

PREFILL_COLUMNS = ("tp", "pp", "num_gpus", "rate_per_s", "latency_s", "memory_gib", "usable_gib")
DECODE_COLUMNS = (
    "tp",
    "pp",
    "max_num_seqs",
    "num_gpus",
    "rate_per_s",
    "tpot_s",
    "memory_gib",
    "usable_gib",
)


@dataclass(frozen=True)
class DisaggregationInstance:
    """Data of one disaggregation MILP.

    Attributes
    ----------
    prefill : pandas.DataFrame
        One row per prefill config, indexed by label (``tp4_pp1``), columns
        ``PREFILL_COLUMNS``: layout, GPUs per replica, request capacity of one replica
        ``rate_per_s`` (at the utilisation cap), prefill latency ``latency_s`` (queueing
        included), memory one GPU needs ``memory_gib`` and may use ``usable_gib``.
    decode : pandas.DataFrame
        One row per decode config, indexed by label (``tp4_pp1_b128``), columns
        ``DECODE_COLUMNS``: ``rate_per_s`` the request capacity of one replica,
        ``tpot_s`` its time per output token, memory as for prefill.
    transfer_s : pandas.DataFrame
        KV-transfer time (s) of a quantile-length prompt, prefill labels x decode labels.
    kv_gb_per_request : float
        KV cache bytes moved per request on average, in GB (1e9 bytes).
    link_gb_per_s : float
        Bandwidth of the link between the pools (GB/s), all transfers together.
    gpu_budget, gpus_per_node, num_nodes : int
        GPUs the plan may use, and the cluster's shape.
    ttft_slo_s, tpot_slo_s, e2e_slo_s : float or None
        SLO bounds (None: unbounded).
    decode_tokens_quantile : float
        Output tokens after the first of a quantile-length output (E2E row only).
    objective : {"max_goodput", "min_cost"}
    target_rate_per_s : float or None
        Rate to serve (``min_cost``).
    price_per_gpu_hour_usd : float
        Price of one GPU-hour (``min_cost``).
    rate_unit_per_s : float
        The MILP's rate unit delta (req/s).
    prefill_max_batched_tokens : int
        Token budget of one prefill iteration (for the simulator).
    kv_link_gb_per_s : float or None
        Bandwidth of one GPU pair's transfer stream (for the simulator).
    """

    prefill: pd.DataFrame
    decode: pd.DataFrame
    transfer_s: pd.DataFrame
    kv_gb_per_request: float
    link_gb_per_s: float
    gpu_budget: int
    gpus_per_node: int
    num_nodes: int
    ttft_slo_s: float | None = None
    tpot_slo_s: float | None = None
    e2e_slo_s: float | None = None
    decode_tokens_quantile: float = 0.0
    objective: Objective = "max_goodput"
    target_rate_per_s: float | None = None
    price_per_gpu_hour_usd: float = 1.0
    rate_unit_per_s: float = RATE_UNIT_PER_S
    prefill_max_batched_tokens: int = 8192
    kv_link_gb_per_s: float | None = None

    def __post_init__(self) -> None:
        for name, table, columns in (
            ("prefill", self.prefill, PREFILL_COLUMNS),
            ("decode", self.decode, DECODE_COLUMNS),
        ):
            missing = [c for c in columns if c not in table.columns]
            if missing:
                raise ValueError(f"{name}: missing columns {missing}; fix: give {list(columns)}")
            if table.empty:
                raise ValueError(f"{name}: no configs; fix: give at least one {name} config")
            if not table.index.is_unique:
                raise ValueError(f"{name}: labels repeat; fix: give each config its own label")
            check_labels(table.index, name)
            if ((table["tp"] * table["pp"]) != table["num_gpus"]).any():
                raise ValueError(f"{name}.num_gpus: must equal tp x pp; fix: recompute it")
            for col in ("rate_per_s", "memory_gib", "usable_gib"):
                if (table[col] < 0).any() or not np.isfinite(table[col]).all():
                    raise ValueError(f"{name}.{col}: must be finite and >= 0")
            for size in table["num_gpus"]:
                size = int(size)
                inside = self.gpus_per_node % size == 0 and size & (size - 1) == 0
                if not (inside or size % self.gpus_per_node == 0):
                    raise ValueError(
                        f"{name}.num_gpus: {size} GPUs is neither a power of two dividing a "
                        f"node of {self.gpus_per_node} nor whole nodes; fix: drop that config"
                    )
        for col, table in (("latency_s", self.prefill), ("tpot_s", self.decode)):
            if (table[col] < 0).any() or not np.isfinite(table[col]).all():
                raise ValueError(f"{col}: must be finite and >= 0")
        if list(self.transfer_s.index) != list(self.prefill.index) or list(
            self.transfer_s.columns
        ) != list(self.decode.index):
            raise ValueError(
                "transfer_s: rows must be the prefill labels and columns the decode labels, "
                "in order; fix: build it with index=prefill.index, columns=decode.index"
            )
        if (self.transfer_s.to_numpy() < 0).any():
            raise ValueError("transfer_s: transfer times must be >= 0")
        if not (self.kv_gb_per_request > 0 and math.isfinite(self.kv_gb_per_request)):
            raise ValueError("kv_gb_per_request: must be a positive number of GB")
        if not self.link_gb_per_s > 0:
            raise ValueError("link_gb_per_s: must be positive; fix: give the link's GB/s")
        if self.gpu_budget > self.num_nodes * self.gpus_per_node or self.gpu_budget < 0:
            raise ValueError(
                f"gpu_budget: {self.gpu_budget} is not within the cluster's "
                f"{self.num_nodes * self.gpus_per_node} GPUs; fix: lower it"
            )
        if self.objective not in OBJECTIVES:
            raise ValueError(f"objective: '{self.objective}' unknown; fix: use one of {OBJECTIVES}")
        if self.objective == "min_cost":
            if not (self.target_rate_per_s and self.target_rate_per_s > 0):
                raise ValueError("target_rate_per_s: min_cost needs a positive target rate")
            if not self.price_per_gpu_hour_usd > 0:
                raise ValueError("price_per_gpu_hour_usd: min_cost needs a positive price")
        if not self.rate_unit_per_s > 0:
            raise ValueError("rate_unit_per_s: must be positive (default 1e-3 req/s)")
        for name in ("ttft_slo_s", "tpot_slo_s", "e2e_slo_s"):
            value = getattr(self, name)
            if value is not None and not value > 0:
                raise ValueError(f"{name}: must be positive or None (unbounded)")
        if self.decode_tokens_quantile < 0:
            raise ValueError("decode_tokens_quantile: must be >= 0")
        if self.most_served_units > MAX_RATE_UNITS:
            raise ValueError(
                f"rate_unit_per_s: the served rate could reach {self.most_served_units} units "
                f"of {self.rate_unit_per_s} req/s, over CP-SAT's largest variable bound "
                f"{MAX_RATE_UNITS:.0e}; fix: use a larger rate_unit_per_s (e.g. 0.01)"
            )

    # ---- derived data (shared by build, evaluate and brute force) -----------------------
    def units(self, rate_per_s: float) -> int:
        """A replica capacity in rate units, rounded down (conservative)."""
        return int(math.floor(rate_per_s / self.rate_unit_per_s + 1e-9))

    def prefill_capacity_units(self, p: str) -> int:
        return self.units(float(self.prefill.at[p, "rate_per_s"]))

    def decode_capacity_units(self, d: str) -> int:
        return self.units(float(self.decode.at[d, "rate_per_s"]))

    @property
    def link_units(self) -> int:
        """Highest served rate the link carries, in rate units."""
        return int(
            math.floor(self.link_gb_per_s / (self.kv_gb_per_request * self.rate_unit_per_s) + 1e-9)
        )

    @property
    def target_units(self) -> int:
        """The target rate in rate units, rounded up (0 for ``max_goodput``)."""
        if self.objective != "min_cost":
            return 0
        return int(math.ceil(self.target_rate_per_s / self.rate_unit_per_s - 1e-9))

    def max_replicas(self, num_gpus: int) -> int:
        return self.gpu_budget // int(num_gpus)

    def pair_latencies(self, p: str, d: str) -> tuple[float, float]:
        """(TTFT, E2E) of a quantile request prefilled on ``p`` and decoded on ``d`` (s)."""
        ttft = float(self.prefill.at[p, "latency_s"]) + float(self.transfer_s.at[p, d])
        e2e = ttft + self.decode_tokens_quantile * float(self.decode.at[d, "tpot_s"])
        return ttft, e2e

    @cached_property
    def allowed_pairs(self) -> pd.DataFrame:
        """Whether each pair meets its TTFT and E2E rows (prefill x decode labels), from
        the latencies of :meth:`pair_latencies`, computed for all pairs at once."""
        ttft = self.prefill["latency_s"].to_numpy(float)[:, None] + self.transfer_s.to_numpy(float)
        e2e = ttft + self.decode_tokens_quantile * self.decode["tpot_s"].to_numpy(float)
        ok = np.logical_and(_within(ttft, self.ttft_slo_s), _within(e2e, self.e2e_slo_s))
        return pd.DataFrame(ok, index=self.transfer_s.index, columns=self.transfer_s.columns)

    def pair_allowed(self, p: str, d: str) -> bool:
        """Whether the pair meets its TTFT and E2E rows."""
        return bool(self.allowed_pairs.at[p, d])

    def prefill_usable(self, p: str) -> bool:
        """Whether config ``p`` meets its memory row."""
        row = self.prefill.loc[p]
        return _within(float(row["memory_gib"]), float(row["usable_gib"]))

    def decode_usable(self, d: str) -> bool:
        """Whether config ``d`` meets its memory and TPOT rows."""
        row = self.decode.loc[d]
        return _within(float(row["memory_gib"]), float(row["usable_gib"])) and _within(
            float(row["tpot_s"]), self.tpot_slo_s
        )

    @property
    def most_served_units(self) -> int:
        """An upper bound on the served rate, in rate units."""
        pre = sum(
            self.prefill_capacity_units(p) * self.max_replicas(g)
            for p, g in self.prefill["num_gpus"].items()
        )
        dec = sum(
            self.decode_capacity_units(d) * self.max_replicas(g)
            for d, g in self.decode["num_gpus"].items()
        )
        return min(pre, dec, self.link_units)

    def objective_value(self, num_gpus: int, served_units: int) -> float:
        """The objective of a plan: served req/s (``max_goodput``) or $/h (``min_cost``)."""
        if self.objective == "max_goodput":
            return self.rate_unit_per_s * served_units
        return self.price_per_gpu_hour_usd * num_gpus

    def preference_key(self, num_gpus: int, served_units: int) -> tuple[float, float]:
        """Lexicographic (objective, secondary) key, larger is better: most goodput then
        fewest GPUs, or lowest cost then most capacity."""
        if self.objective == "max_goodput":
            return (served_units, -num_gpus)
        return (-num_gpus, served_units)


def _within(value: float | np.ndarray, bound: float | None) -> bool | np.ndarray:
    return bound is None or value <= bound * (1 + CHECK_RTOL) + CHECK_RTOL


@dataclass(frozen=True)
class DisaggregationPlan:
    """Replica counts per config (> 0 only) and request flows (req/s) per pair."""

    prefill_replicas: dict[str, int]
    decode_replicas: dict[str, int]
    flows_per_s: dict[tuple[str, str], float]

    @property
    def served_rate_per_s(self) -> float:
        return float(sum(self.flows_per_s.values()))

    def num_gpus(self, instance: DisaggregationInstance) -> int:
        return sum(
            int(instance.prefill.at[p, "num_gpus"]) * k for p, k in self.prefill_replicas.items()
        ) + sum(int(instance.decode.at[d, "num_gpus"]) * k for d, k in self.decode_replicas.items())

    def cost_per_hour_usd(self, instance: DisaggregationInstance) -> float:
        return instance.price_per_gpu_hour_usd * self.num_gpus(instance)

    def summary(self) -> str:
        """One line: ``prefill 2 x tp4_pp1 | decode 1 x tp8_pp1_b256 | 23.100 req/s``."""
        pre = " + ".join(f"{k} x {p}" for p, k in self.prefill_replicas.items()) or "none"
        dec = " + ".join(f"{k} x {d}" for d, k in self.decode_replicas.items()) or "none"
        return f"prefill {pre} | decode {dec} | {self.served_rate_per_s:.3f} req/s"
