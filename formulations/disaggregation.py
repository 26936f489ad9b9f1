r"""Prefill/decode disaggregation (DistServe, Splitwise): how many replicas of which
prefill and decode configs, and how requests flow from one pool to the other.

A request is prefilled on a replica of the prefill pool, its KV cache crosses the link
to a replica of the decode pool, which generates the remaining tokens. Each pool has
its own parallel layouts; the MILP picks integer replica counts per config and a flow
of requests per (prefill config, decode config) pair.

Sets
    P           prefill configs p = (TP, PP); one prefill token budget for the pool.
    D           decode configs d = (TP, PP, max_num_seqs).
    E = P x D   pairs: requests prefilled on p and decoded on d.

Parameters (``from_specs`` prices them with the roofline cost model, see there)
    g_p, g_d        GPUs of one replica (TP x PP).
    c_p, c_d        request capacity of one replica, in rate units of ``delta`` req/s
                    (``rate_unit_per_s``, 1e-3 by default): floor(rate / delta).
    m_p, m_d        memory one GPU of the replica needs (GiB), M_p, M_d what it may use.
    L_p             prefill latency (s) at the utilisation cap (queueing included).
    T_d             TPOT (s) of a decode replica.
    X_pd            KV-transfer time (s) of a quantile-length prompt from p to d.
    k               KV cache moved per request, on average (GB).
    B               link bandwidth between the pools (GB/s); Lambda = floor(B / (k delta)).
    O               output tokens after the first of a quantile-length output (E2E only).
    G               GPU budget; TTFT, TPOT, E2E: the SLO bounds (each optional).
    lambda          target rate (req/s, ``min_cost``), in units: ceil(lambda / delta).
    U_p, U_d        most replicas: floor(G / g).   W_pd = min(c_p U_p, c_d U_d).

Variables
    n_p, n_d in Z>=0        replicas of each config.
    u_p, u_d in {0, 1}      the config is used (its memory and TPOT rows apply).
    z_pd in {0, 1}          the pair may carry requests (its TTFT and E2E rows apply).
    f_pd in Z>=0            requests/s prefilled on p and decoded on d, in units of delta.
    s in Z>=0               served rate, in units of delta.

Constraints
    structure__use_*:           n_p <= U_p u_p,  n_d <= U_d u_d
    structure__pair_p_d:        f_pd <= W_pd z_pd
    structure__prefill_cap_p:   sum_d f_pd <= c_p n_p
    structure__decode_cap_d:    sum_p f_pd <= c_d n_d
    structure__served:          s = sum_pd f_pd          (every request goes p -> d)
    memory__prefill_p:          m_p u_p <= M_p                              (GiB)
    memory__decode_d:           m_d u_d <= M_d                              (GiB)
    slo__tpot_d:                T_d u_d <= TPOT                             (s)
    slo__ttft_p_d:              (L_p + X_pd) z_pd <= TTFT                   (s)
    slo__e2e_p_d:               (L_p + X_pd + O T_d) z_pd <= E2E            (s)
    link__kv:                   k delta s <= k delta Lambda                 (GB/s)
    gpus__total:                sum_p g_p n_p + sum_d g_d n_d <= G          (GPUs)
    rate__target:               delta s >= delta ceil(lambda / delta)       (req/s, min_cost)

Objective
    max_goodput:  max  delta s                      (req/s)
    min_cost:     min  price sum_p,d g n            ($/h)
    Ties are broken by a second MILP (``solve_lexicographic``): the same rows plus
    ``structure__keep_served: s >= s*`` minimising GPUs (max_goodput), or
    ``structure__keep_gpus: GPUs <= G*`` maximising ``s`` (min_cost: the plan then
    reports its capacity). The brute force breaks ties the
    same way. A weighted tie-break term would not do: CBC ignores improvements below
    its objective ``increment`` (1e-4), and a weight small enough to leave the primary
    optimum alone gives steps below that.

Why rates are integers in units of delta. OR-Tools' CP-SAT turns continuous variables
into integers (``mip_var_scaling`` = 1): a continuous flow would be solved as whole
requests per second. Measuring every rate in units of delta keeps all four backends on
the same integer problem at no loss: for fixed replica counts the flow part is a
max-flow with integer capacities, so integer flows reach the continuous optimum (to
within the rounding of capacities down to delta).

Node boundaries. Replica sizes are powers of two dividing a node, or whole nodes, so the
single ``gpus__total`` row is exact (first-fit-decreasing places any counts within the
budget); ``evaluate`` and the brute force also pack the replicas on nodes explicitly.

Brute force. Enumerate replica counts within the GPU budget; for each, the best served
rate is a bipartite max-flow, computed in closed form as a minimum cut,
``min over A subset of used P of sum_{p not in A} c_p n_p + sum_{d in N(A)} c_d n_d``
(``N(A)``: decode configs joined to ``A`` by an allowed pair), capped by the link. The
flows of the optimum come from ``scipy.optimize.linprog``; no MILP code is used.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
import pulp
from scipy.optimize import brentq, linprog

from servesolve.costs.memory import kv_bytes_per_token_per_gpu, memory_budget
from servesolve.costs.replica_model import WorkloadStats, erlang_c_wait_quantile
from servesolve.costs.roofline import BatchShape, ReplicaConfig, RooflineCostModel
from servesolve.formulations.base import (
    Formulation,
    FormulationResult,
    Optimum,
    check_labels,
    row_name,
)
from servesolve.formulations.candidates import CandidateOptions, parallel_layouts
from servesolve.formulations.parallelism import packs_on_nodes
from servesolve.simulator.disaggregated import DisaggregatedSpec
from servesolve.simulator.simulation import ReplicaGroupSpec
from servesolve.solver import SolverOptions, solve
from servesolve.specs.hardware import GIB, ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec

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


# ---------------------------------------------------------------------------------------
# Instance and plan
# ---------------------------------------------------------------------------------------
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

    def pair_allowed(self, p: str, d: str) -> bool:
        """Whether the pair meets its TTFT and E2E rows."""
        ttft, e2e = self.pair_latencies(p, d)
        return _within(ttft, self.ttft_slo_s) and _within(e2e, self.e2e_slo_s)

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


def _within(value: float, bound: float | None) -> bool:
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


# ---------------------------------------------------------------------------------------
# MILP
# ---------------------------------------------------------------------------------------
def _n(pool: str, label: str) -> str:
    return f"n_{pool}_{label}"


def _f(p: str, d: str) -> str:
    return f"f_{p}__{d}"


SERVED = "served_units"


def build(instance: DisaggregationInstance) -> pulp.LpProblem:
    """The MILP of ``instance`` (not solved)."""
    # ---- data
    inst = instance
    pre, dec = list(inst.prefill.index), list(inst.decode.index)
    g_p = {p: int(inst.prefill.at[p, "num_gpus"]) for p in pre}
    g_d = {d: int(inst.decode.at[d, "num_gpus"]) for d in dec}
    c_p = {p: inst.prefill_capacity_units(p) for p in pre}
    c_d = {d: inst.decode_capacity_units(d) for d in dec}
    up_p = {p: inst.max_replicas(g_p[p]) for p in pre}
    up_d = {d: inst.max_replicas(g_d[d]) for d in dec}
    pairs = [(p, d) for p in pre for d in dec]
    big_m = {(p, d): min(c_p[p] * up_p[p], c_d[d] * up_d[d], inst.link_units) for p, d in pairs}
    delta = inst.rate_unit_per_s
    maximize = inst.objective == "max_goodput"
    prob = pulp.LpProblem("disaggregation", pulp.LpMaximize if maximize else pulp.LpMinimize)

    # ---- variables
    # n[p], n[d] = replicas of prefill config p, of decode config d
    n_p = {p: prob.add_variable(_n("pre", p), 0, up_p[p], cat="Integer") for p in pre}
    n_d = {d: prob.add_variable(_n("dec", d), 0, up_d[d], cat="Integer") for d in dec}
    # u[p], u[d] = 1 if the config is used (its memory and TPOT rows then apply)
    u_p = {p: prob.add_variable(f"u_pre_{p}", 0, 1, cat="Integer") for p in pre}
    u_d = {d: prob.add_variable(f"u_dec_{d}", 0, 1, cat="Integer") for d in dec}
    # z[p, d] = 1 if requests may flow from p to d (the pair's TTFT/E2E rows then apply)
    z = {(p, d): prob.add_variable(f"z_{p}__{d}", 0, 1, cat="Integer") for p, d in pairs}
    # f[p, d] = requests/s prefilled on p and decoded on d, in rate units
    f = {(p, d): prob.add_variable(_f(p, d), 0, big_m[p, d], cat="Integer") for p, d in pairs}
    # s = served rate, in rate units
    s = prob.add_variable(SERVED, 0, max(inst.most_served_units, 0), cat="Integer")

    # ---- constraints
    for p in pre:
        prob += n_p[p] <= up_p[p] * u_p[p], row_name("structure", "use_prefill", p)
        out = pulp.lpSum(f[p, d] for d in dec)
        prob += out <= c_p[p] * n_p[p], row_name("structure", "prefill_cap", p)
        prob += (
            float(inst.prefill.at[p, "memory_gib"]) * u_p[p]
            <= float(inst.prefill.at[p, "usable_gib"]),
            row_name("memory", "prefill", p),
        )
    for d in dec:
        prob += n_d[d] <= up_d[d] * u_d[d], row_name("structure", "use_decode", d)
        into = pulp.lpSum(f[p, d] for p in pre)
        prob += into <= c_d[d] * n_d[d], row_name("structure", "decode_cap", d)
        prob += (
            float(inst.decode.at[d, "memory_gib"]) * u_d[d]
            <= float(inst.decode.at[d, "usable_gib"]),
            row_name("memory", "decode", d),
        )
        if inst.tpot_slo_s is not None:
            prob += (
                float(inst.decode.at[d, "tpot_s"]) * u_d[d] <= inst.tpot_slo_s,
                row_name("slo", "tpot", d),
            )
    for p, d in pairs:
        prob += f[p, d] <= big_m[p, d] * z[p, d], row_name("structure", "pair", p, d)
        ttft, e2e = inst.pair_latencies(p, d)
        if inst.ttft_slo_s is not None:
            prob += ttft * z[p, d] <= inst.ttft_slo_s, row_name("slo", "ttft", p, d)
        if inst.e2e_slo_s is not None:
            prob += e2e * z[p, d] <= inst.e2e_slo_s, row_name("slo", "e2e", p, d)
    prob += s == pulp.lpSum(f.values()), row_name("structure", "served")
    kv_step = inst.kv_gb_per_request * delta  # GB/s per rate unit
    prob += kv_step * s <= kv_step * inst.link_units, row_name("link", "kv")
    gpus = pulp.lpSum(g_p[p] * n_p[p] for p in pre) + pulp.lpSum(g_d[d] * n_d[d] for d in dec)
    prob += gpus <= inst.gpu_budget, row_name("gpus", "total")
    if not maximize:
        prob += delta * s >= delta * inst.target_units, row_name("rate", "target")

    # ---- objective
    prob += delta * s if maximize else inst.price_per_gpu_hour_usd * gpus
    return prob


def build_secondary(
    instance: DisaggregationInstance, values: Mapping[str, float]
) -> pulp.LpProblem:
    """The second stage of the lexicographic solve, given the first stage's solution.

    ``max_goodput``: keep the served rate found (in whole rate units) and use the
    fewest GPUs. ``min_cost``: keep the GPUs found and serve the most (the plan's
    capacity, reported as its rate). Both keep every row of :func:`build`.
    """
    prob = build(instance)
    var = prob.variablesDict()
    sizes = {_n("pre", p): int(g) for p, g in instance.prefill["num_gpus"].items()} | {
        _n("dec", d): int(g) for d, g in instance.decode["num_gpus"].items()
    }
    gpus = pulp.lpSum(g * var[name] for name, g in sizes.items())
    if instance.objective == "max_goodput":
        served = int(round(values[SERVED]))
        prob += var[SERVED] >= served, row_name("structure", "keep_served")
        prob.sense = pulp.LpMinimize
        prob.setObjective(gpus)
    else:
        used = sum(g * int(round(values.get(name, 0.0))) for name, g in sizes.items())
        prob += gpus <= used, row_name("structure", "keep_gpus")
        prob.sense = pulp.LpMaximize
        prob.setObjective(instance.rate_unit_per_s * var[SERVED])
    return prob


def solve_lexicographic(
    instance: DisaggregationInstance,
    options: SolverOptions,
    hints: Mapping[str, float] | None = None,
) -> FormulationResult[DisaggregationPlan]:
    """Solve :func:`build`, then :func:`build_secondary` to break ties.

    The objective, bound and gap are the first stage's (the formulation's objective);
    the plan is the second stage's when it found one, else the first stage's. Two
    stages rather than a weighted tie-break term: CBC ignores objective improvements
    below its ``increment`` (1e-4 by default), which a tie-break weight small enough
    to leave the primary optimum alone falls below.
    """
    first = solve(build(instance), options, hints)
    solves = [first]
    if not first.status.has_solution:
        return FormulationResult(
            None, first.objective, first.best_bound, first, (first,), first.wall_time_s
        )
    second = solve(build_secondary(instance, first.values), options, first.values)
    solves.append(second)
    final = second if second.status.has_solution else first
    return FormulationResult(
        plan=decode(instance, final.values),
        objective=first.objective,
        bound=first.best_bound,
        certificate=first,
        solves=tuple(solves),
        wall_time_s=sum(r.wall_time_s for r in solves),
        details={"secondary_status": second.status.value},
    )


def decode(instance: DisaggregationInstance, values: Mapping[str, float]) -> DisaggregationPlan:
    """The plan (counts > 0, flows > 0 in req/s) from a solution's variable values."""
    pre = {}
    for p in instance.prefill.index:
        k = int(round(values.get(_n("pre", p), 0.0)))
        if k > 0:
            pre[p] = k
    dec = {}
    for d in instance.decode.index:
        k = int(round(values.get(_n("dec", d), 0.0)))
        if k > 0:
            dec[d] = k
    flows = {}
    for p in instance.prefill.index:
        for d in instance.decode.index:
            units = int(round(values.get(_f(p, d), 0.0)))
            if units > 0:
                flows[p, d] = units * instance.rate_unit_per_s
    return DisaggregationPlan(pre, dec, flows)


# ---------------------------------------------------------------------------------------
# Direct evaluation and brute force
# ---------------------------------------------------------------------------------------
def evaluate(instance: DisaggregationInstance, plan: DisaggregationPlan) -> float | None:
    """The objective of ``plan`` (req/s or $/h), or None if it breaks a row.

    Checked from the instance data alone: counts within bounds, GPUs within the budget
    and packed on nodes, memory and TPOT of used configs, flows in whole rate units on
    pairs meeting TTFT/E2E, prefill and decode capacities, the link and the target.
    """
    inst = instance
    delta = inst.rate_unit_per_s
    for pool, counts, table in (
        ("prefill", plan.prefill_replicas, inst.prefill),
        ("decode", plan.decode_replicas, inst.decode),
    ):
        for label, k in counts.items():
            if label not in table.index or k < 0 or k != int(k):
                return None
            if k > inst.max_replicas(int(table.at[label, "num_gpus"])):
                return None
            usable = inst.prefill_usable(label) if pool == "prefill" else inst.decode_usable(label)
            if k > 0 and not usable:
                return None
    num_gpus = plan.num_gpus(inst)
    if num_gpus > inst.gpu_budget:
        return None
    sizes = [
        int(table.at[label, "num_gpus"])
        for counts, table in (
            (plan.prefill_replicas, inst.prefill),
            (plan.decode_replicas, inst.decode),
        )
        for label, k in counts.items()
        for _ in range(k)
    ]
    if not packs_on_nodes(sizes, inst.num_nodes, inst.gpus_per_node):
        return None
    out = dict.fromkeys(inst.prefill.index, 0)
    into = dict.fromkeys(inst.decode.index, 0)
    served = 0
    for (p, d), rate in plan.flows_per_s.items():
        units = rate / delta
        if p not in out or d not in into or rate < 0 or abs(units - round(units)) > 1e-6:
            return None
        units = int(round(units))
        if units and not inst.pair_allowed(p, d):
            return None
        out[p] += units
        into[d] += units
        served += units
    for p, units in out.items():
        if units > inst.prefill_capacity_units(p) * plan.prefill_replicas.get(p, 0):
            return None
    for d, units in into.items():
        if units > inst.decode_capacity_units(d) * plan.decode_replicas.get(d, 0):
            return None
    if served > inst.link_units or served < inst.target_units:
        return None
    return inst.objective_value(num_gpus, served)


def max_flow_units(
    prefill_caps: Mapping[str, int],
    decode_caps: Mapping[str, int],
    allowed: set[tuple[str, str]],
) -> int:
    """Bipartite max-flow value, as the minimum cut over subsets of prefill configs.

    Source -> p (capacity ``prefill_caps[p]``), p -> d (unbounded, for allowed pairs),
    d -> sink (``decode_caps[d]``). A finite cut keeps a set ``A`` of prefill configs and
    all their neighbours on the source side: it costs the capacities of the prefill
    configs outside ``A`` plus those of the neighbours of ``A``.
    """
    pre = [p for p, c in prefill_caps.items() if c > 0]
    best = sum(prefill_caps[p] for p in pre)
    for size in range(1, len(pre) + 1):
        for kept in itertools.combinations(pre, size):
            neighbours = {d for (p, d) in allowed if p in kept and decode_caps.get(d, 0) > 0}
            cut = sum(prefill_caps[p] for p in pre if p not in kept) + sum(
                decode_caps[d] for d in neighbours
            )
            best = min(best, cut)
    return best


def _flows_for(
    instance: DisaggregationInstance,
    prefill_caps: Mapping[str, int],
    decode_caps: Mapping[str, int],
    allowed: set[tuple[str, str]],
    served_units: int,
) -> dict[tuple[str, str], float]:
    """Integer flows (req/s) carrying ``served_units`` through the capacities, by LP.

    The LP is a flow polytope with integer capacities, so its vertex is integral.
    """
    if served_units == 0:
        return {}
    arcs = sorted(allowed)
    rows, rhs = [], []
    for p, cap in prefill_caps.items():
        rows.append([1.0 if a[0] == p else 0.0 for a in arcs])
        rhs.append(cap)
    for d, cap in decode_caps.items():
        rows.append([1.0 if a[1] == d else 0.0 for a in arcs])
        rhs.append(cap)
    res = linprog(
        c=np.zeros(len(arcs)),
        A_ub=np.array(rows),
        b_ub=np.array(rhs, dtype=float),
        A_eq=np.ones((1, len(arcs))),
        b_eq=[float(served_units)],
        bounds=(0, None),
        method="highs-ds",
    )
    if res.status != 0:
        raise RuntimeError(f"brute force: no flow of {served_units} units ({res.message})")
    units = np.round(res.x).astype(int)
    if units.sum() != served_units:
        raise RuntimeError("brute force: the flow LP returned a fractional vertex")
    return {a: int(k) * instance.rate_unit_per_s for a, k in zip(arcs, units, strict=True) if k}


def _count_vectors(sizes: Sequence[int], bounds: Sequence[int], budget: int):
    """Every vector of counts with ``sum(k * size) <= budget`` and ``k <= bound``."""

    def rec(i: int, left: int, prefix: tuple[int, ...]):
        if i == len(sizes):
            yield prefix
            return
        for k in range(min(bounds[i], left // sizes[i]) + 1):
            yield from rec(i + 1, left - k * sizes[i], (*prefix, k))

    yield from rec(0, budget, ())


def brute_force(instance: DisaggregationInstance) -> Optimum[DisaggregationPlan] | None:
    """Optimum by enumerating every replica-count vector (small instances only).

    For each vector within the GPU budget (and packing on nodes), configs breaking their
    memory or TPOT row must be unused; the best served rate is the max-flow over pairs
    meeting TTFT/E2E (:func:`max_flow_units`), capped by the link. ``None`` when no
    vector reaches the target. The optimum's flows come from an LP and the plan is
    re-scored with :func:`evaluate`.
    """
    inst = instance
    pre, dec = list(inst.prefill.index), list(inst.decode.index)
    sizes = [int(inst.prefill.at[p, "num_gpus"]) for p in pre] + [
        int(inst.decode.at[d, "num_gpus"]) for d in dec
    ]
    usable = [inst.prefill_usable(p) for p in pre] + [inst.decode_usable(d) for d in dec]
    bounds = [inst.max_replicas(g) if ok else 0 for g, ok in zip(sizes, usable, strict=True)]
    cap = [inst.prefill_capacity_units(p) for p in pre] + [
        inst.decode_capacity_units(d) for d in dec
    ]
    allowed = {(p, d) for p in pre for d in dec if inst.pair_allowed(p, d)}
    best: tuple[tuple[float, float], tuple[int, ...], int] | None = None
    for counts in _count_vectors(sizes, bounds, inst.gpu_budget):
        num_gpus = sum(k * g for k, g in zip(counts, sizes, strict=True))
        pre_caps = {p: counts[i] * cap[i] for i, p in enumerate(pre)}
        dec_caps = {d: counts[len(pre) + j] * cap[len(pre) + j] for j, d in enumerate(dec)}
        served = min(max_flow_units(pre_caps, dec_caps, allowed), inst.link_units)
        if served < inst.target_units:
            continue
        key = inst.preference_key(num_gpus, served)
        if best is not None and key <= best[0]:
            continue
        replicas = [g for k, g in zip(counts, sizes, strict=True) for _ in range(k)]
        if not packs_on_nodes(replicas, inst.num_nodes, inst.gpus_per_node):
            continue
        best = (key, counts, served)
    if best is None:
        return None
    _, counts, served = best
    value = inst.objective_value(sum(k * g for k, g in zip(counts, sizes, strict=True)), served)
    pre_caps = {p: counts[i] * cap[i] for i, p in enumerate(pre)}
    dec_caps = {d: counts[len(pre) + j] * cap[len(pre) + j] for j, d in enumerate(dec)}
    plan = DisaggregationPlan(
        {p: counts[i] for i, p in enumerate(pre) if counts[i]},
        {d: counts[len(pre) + j] for j, d in enumerate(dec) if counts[len(pre) + j]},
        _flows_for(inst, pre_caps, dec_caps, allowed, served),
    )
    checked = evaluate(inst, plan)
    if checked is None or not math.isclose(checked, value, rel_tol=1e-12, abs_tol=1e-12):
        raise RuntimeError(f"brute force: its optimum scores {checked} by evaluate, not {value}")
    return Optimum(value, plan)


# ---------------------------------------------------------------------------------------
# Pricing real instances with the cost model
# ---------------------------------------------------------------------------------------
def price_prefill(
    cost_model: RooflineCostModel,
    layout: ReplicaConfig,
    stats: WorkloadStats,
    max_batched_tokens: int,
    max_utilization: float,
) -> dict[str, float]:
    """Capacity and latency of one prefill-only replica.

    Model: each of the ``pp`` engines runs iterations of whole prompts, at most
    ``max_batched_tokens`` tokens each; an iteration of ``x`` prompt tokens (``x / E[in]``
    prompts of mean causal pairs) takes the cost model's period ``T(x)``.

    * Capacity: full iterations, ``mu = pp (max_batched_tokens / E[in]) / T(max)``
      requests/s; a plan may load the replica to ``rho = max_utilization``, so
      ``rate = rho mu``.
    * Operating point at that rate: an iteration prefills what arrived during the one
      before, ``x = rate E[in] T / pp``, and at least one prompt, so its period is the
      fixed point ``T* = T(max(E[in], rate E[in] T* / pp))`` (``scipy.optimize.brentq``;
      ``T* < T(max)`` as ``rho < 1``).
    * Latency at the quantile ``q``: the iteration in flight at arrival (at most
      ``T*``), a queueing allowance ``W_q`` for the arrivals' randomness (the q-quantile
      wait of an M/M/1 queue at utilisation ``rho`` with mean service ``1 / mu``), and
      the iteration that prefills the request: ``T*``'s batch plus a quantile prompt.

    The latency is priced at the utilisation cap, the most a plan may load a replica,
    so it bounds the latency at any planned rate.

    Returns
    -------
    dict
        ``rate_per_s``, ``latency_s``, ``capacity_per_s``, ``full_period_s``,
        ``period_s`` (``T*``), ``wait_s``.
    """
    s = stats
    budget = float(max_batched_tokens)

    def period(tokens: float) -> float:
        prompts = tokens / s.mean_input_tokens
        shape = BatchShape(tokens, prompts * s.mean_prefill_pairs, 0.0, 0.0, prompts)
        return cost_model.iteration_time(layout, shape).period_s

    full_s = period(budget)
    capacity = layout.pp * budget / s.mean_input_tokens / full_s
    rate = max_utilization * capacity
    tokens_per_s = rate * s.mean_input_tokens / layout.pp  # per engine

    def excess(t: float) -> float:
        return period(min(budget, max(s.mean_input_tokens, tokens_per_s * t))) - t

    period_s = brentq(excess, 1e-12, full_s * 1.0001, xtol=1e-12, rtol=1e-9)
    batch = min(budget, tokens_per_s * period_s)
    own_tokens = min(max(budget, s.input_quantile_tokens), batch + s.input_quantile_tokens)
    wait_s = erlang_c_wait_quantile(1, max_utilization, 1.0 / capacity, s.quantile)
    return {
        "rate_per_s": rate,
        "latency_s": period_s + wait_s + period(own_tokens),
        "capacity_per_s": capacity,
        "full_period_s": full_s,
        "period_s": period_s,
        "wait_s": wait_s,
    }


def price_decode(
    cost_model: RooflineCostModel,
    layout: ReplicaConfig,
    stats: WorkloadStats,
    max_num_seqs: int,
    max_utilization: float,
) -> dict[str, float]:
    """Capacity and TPOT of one decode-only replica.

    Model: ``B = max_num_seqs`` sequences in ``pp`` micro-batches (the simulator's
    ``decode_micro_batches`` = ``pp``), each of mean running context; a full batch's
    period ``T_B`` makes every sequence one token longer. A request needs
    ``E[out] - 1`` decode steps (the first token comes from prefill), so the saturated
    capacity is ``B / ((E[out] - 1) T_B)`` and the plan may use ``max_utilization`` of
    it. TPOT is ``T_B``: the batch never holds more than ``B`` sequences, so it bounds
    the period at any load.

    Returns
    -------
    dict
        ``rate_per_s``, ``tpot_s``, ``capacity_per_s``.
    """
    s = stats
    steps = s.mean_output_tokens - 1.0
    if steps <= 0:
        raise ValueError(
            "workload_stats.mean_output_tokens: disaggregation needs outputs longer than one "
            "token on average (nothing to decode); fix: serve this workload without it"
        )
    per_micro = max_num_seqs / layout.pp
    shape = BatchShape(0.0, 0.0, per_micro, per_micro * s.mean_running_context_tokens, per_micro)
    period_s = cost_model.iteration_time(layout, shape).period_s
    capacity = max_num_seqs / (steps * period_s)
    return {
        "rate_per_s": max_utilization * capacity,
        "tpot_s": period_s,
        "capacity_per_s": capacity,
    }


def from_specs(
    model: ModelSpec,
    cluster: ClusterSpec,
    workload_stats: WorkloadStats,
    slo: SloSpec,
    kv_link_gb_per_s: float,
    *,
    objective: Objective = "max_goodput",
    target_rate_per_s: float | None = None,
    gpu_budget: int | None = None,
    options: CandidateOptions | None = None,
    prefill_max_utilization: float = 0.8,
    link_capacity_gb_per_s: float | None = None,
    transfer_latency_s: float = 0.0,
    rate_unit_per_s: float = RATE_UNIT_PER_S,
    cost_model: RooflineCostModel | None = None,
) -> DisaggregationInstance:
    """A disaggregation instance priced with ``cost_model`` (default: the roofline; pass
    a run's, e.g. the measured kernels of ``cost_model_for``, to compare it with that
    run's colocated candidates on the same prices).

    Parameters
    ----------
    model, cluster, workload_stats, slo
        What to serve, where, on which request lengths, under which bounds.
    kv_link_gb_per_s
        Bandwidth of one GPU pair's KV stream (GB/s), as in the simulator: a transfer
        uses ``min(tp_prefill, tp_decode, kv_heads)`` streams at once.
    objective, target_rate_per_s
        ``max_goodput``, or ``min_cost`` with the rate (req/s) to serve.
    gpu_budget
        GPUs the plan may use (default: the whole cluster).
    options
        Candidate knobs (``CandidateOptions``): ``max_num_seqs`` lists the decode batch
        sizes, ``max_num_batched_tokens`` is the prefill pool's token budget,
        ``max_utilization`` caps decode load; memory and overhead settings as there.
    prefill_max_utilization
        Highest load of a prefill replica (its queueing allowance is priced there).
    link_capacity_gb_per_s
        Bandwidth of the link between the pools, all transfers together (default: half
        the cluster's GPUs streaming at ``kv_link_gb_per_s`` each).
    transfer_latency_s
        Fixed latency added to every KV transfer (s).
    rate_unit_per_s
        The MILP's rate unit.
    cost_model
        Prices both pools' iterations (default: the roofline of ``model`` on ``cluster``).

    Notes
    -----
    Every (TP, PP) layout of ``candidates.parallel_layouts`` is a prefill config and,
    with each ``max_num_seqs``, a decode config; none is dropped for memory or SLO: the
    ``memory__`` and ``slo__`` rows say which cannot be used. Memory per GPU (GiB):
    weights, activations of one iteration (``max_num_batched_tokens`` tokens for
    prefill, ``max_num_seqs`` for decode), the runtime reserve and KV cache: prefill
    holds ``pp`` engines' batches (each at least the workload's longest request, which
    the simulator requires), decode ``max_num_seqs`` sequences of mean running context
    (and ``pp`` longest requests). KV moved per request: its prompt's K/V over every
    layer (the mean prompt for the link, the quantile prompt for the TTFT rows).
    """
    options = options or CandidateOptions()
    if not (math.isfinite(kv_link_gb_per_s) and kv_link_gb_per_s > 0):
        raise ValueError(
            f"kv_link_gb_per_s: {kv_link_gb_per_s} is not a positive bandwidth; fix: give the "
            "GB/s of one GPU pair's link (e.g. 50 for 400 Gb/s NICs)"
        )
    if not 0 < prefill_max_utilization < 1:
        raise ValueError("prefill_max_utilization: must be in (0, 1); fix: e.g. 0.8")
    if transfer_latency_s < 0:
        raise ValueError("transfer_latency_s: must be >= 0")
    stats = workload_stats
    cost_model = cost_model or RooflineCostModel(model, cluster, options.iteration_overhead_s)
    layouts = parallel_layouts(model, cluster, options.max_pp)
    if not layouts:
        raise ValueError(
            f"model {model.name}: no (TP, PP) layout fits cluster {cluster.name}; fix: "
            "raise options.max_pp or use a larger cluster"
        )
    budget_tokens = options.max_num_batched_tokens
    longest = stats.max_input_tokens + stats.max_output_tokens
    pre_rows, dec_rows = [], []
    for layout in layouts:
        label = f"tp{layout.tp}_pp{layout.pp}"
        kv_per_token = kv_bytes_per_token_per_gpu(model, layout.tp, layout.pp)
        mem = memory_budget(
            model,
            cluster.gpu,
            layout.tp,
            layout.pp,
            budget_tokens,
            options.gpu_memory_utilization,
            options.runtime_reserve_gib,
        )
        kv_tokens = layout.pp * max(budget_tokens, longest)
        priced = price_prefill(cost_model, layout, stats, budget_tokens, prefill_max_utilization)
        pre_rows.append(
            {
                "label": label,
                "tp": layout.tp,
                "pp": layout.pp,
                "num_gpus": layout.num_gpus,
                **priced,
                "memory_gib": (mem.needed_without_kv_bytes + kv_tokens * kv_per_token) / GIB,
                "usable_gib": mem.usable_bytes / GIB,
            }
        )
        for seqs in options.max_num_seqs:
            mem = memory_budget(
                model,
                cluster.gpu,
                layout.tp,
                layout.pp,
                seqs,
                options.gpu_memory_utilization,
                options.runtime_reserve_gib,
            )
            kv_tokens = max(seqs * stats.mean_running_context_tokens, layout.pp * longest)
            priced = price_decode(cost_model, layout, stats, seqs, options.max_utilization)
            dec_rows.append(
                {
                    "label": f"{label}_b{seqs}",
                    "tp": layout.tp,
                    "pp": layout.pp,
                    "max_num_seqs": seqs,
                    "num_gpus": layout.num_gpus,
                    **priced,
                    "memory_gib": (mem.needed_without_kv_bytes + kv_tokens * kv_per_token) / GIB,
                    "usable_gib": mem.usable_bytes / GIB,
                }
            )
    prefill = pd.DataFrame(pre_rows).set_index("label")
    decode_table = pd.DataFrame(dec_rows).set_index("label")
    bytes_per_token = kv_bytes_per_token_per_gpu(model, 1, 1)  # every layer and KV head
    quantile_bytes = stats.input_quantile_tokens * bytes_per_token
    transfer = pd.DataFrame(
        [
            [
                quantile_bytes
                / min(int(tp_p), int(tp_d), model.kv_heads)
                / (kv_link_gb_per_s * 1e9)
                + transfer_latency_s
                for tp_d in decode_table["tp"]
            ]
            for tp_p in prefill["tp"]
        ],
        index=prefill.index,
        columns=decode_table.index,
    )
    if link_capacity_gb_per_s is None:
        link_capacity_gb_per_s = kv_link_gb_per_s * cluster.num_gpus / 2
    return DisaggregationInstance(
        prefill=prefill,
        decode=decode_table,
        transfer_s=transfer,
        kv_gb_per_request=stats.mean_input_tokens * bytes_per_token / 1e9,
        link_gb_per_s=link_capacity_gb_per_s,
        gpu_budget=cluster.num_gpus if gpu_budget is None else gpu_budget,
        gpus_per_node=cluster.gpus_per_node,
        num_nodes=cluster.num_nodes,
        ttft_slo_s=slo.ttft_s,
        tpot_slo_s=slo.tpot_s,
        e2e_slo_s=slo.e2e_s,
        decode_tokens_quantile=max(stats.output_quantile_tokens - 1.0, 0.0),
        objective=objective,
        target_rate_per_s=target_rate_per_s,
        price_per_gpu_hour_usd=cluster.gpu.price_per_gpu_hour_usd,
        rate_unit_per_s=rate_unit_per_s,
        prefill_max_batched_tokens=budget_tokens,
        kv_link_gb_per_s=kv_link_gb_per_s,
    )


def to_disaggregated_spec(
    instance: DisaggregationInstance, plan: DisaggregationPlan
) -> DisaggregatedSpec:
    """The simulator's pools for ``plan`` (``simulate_disaggregated``).

    Decode replicas run ``pp`` micro-batches (``decode_micro_batches``), as priced, so
    every decode config of the plan must share one ``pp``. Prefill engines are limited
    by the token budget only (their ``max_num_seqs`` is set so that it never binds).
    """
    if not plan.prefill_replicas or not plan.decode_replicas:
        raise ValueError("plan: the simulator needs at least one prefill and one decode replica")
    budget = instance.prefill_max_batched_tokens
    prefill_groups = tuple(
        ReplicaGroupSpec(
            int(instance.prefill.at[p, "tp"]),
            int(instance.prefill.at[p, "pp"]),
            int(instance.prefill.at[p, "pp"]) * budget,
            k,
        )
        for p, k in plan.prefill_replicas.items()
    )
    decode_groups = tuple(
        ReplicaGroupSpec(
            int(instance.decode.at[d, "tp"]),
            int(instance.decode.at[d, "pp"]),
            int(instance.decode.at[d, "max_num_seqs"]),
            k,
        )
        for d, k in plan.decode_replicas.items()
    )
    stages = {g.pp for g in decode_groups}
    if len(stages) != 1:
        raise ValueError(
            f"plan: decode configs with different pp {sorted(stages)}, but the simulator runs "
            "one decode_micro_batches for the pool; fix: give decode configs of one pp"
        )
    return DisaggregatedSpec(
        prefill_groups=prefill_groups,
        decode_groups=decode_groups,
        decode_micro_batches=stages.pop(),
        prefill_max_batched_tokens=budget,
        kv_link_gb_per_s=instance.kv_link_gb_per_s,
    )


# ---------------------------------------------------------------------------------------
# Random and scaled instances
# ---------------------------------------------------------------------------------------
#: (TP, PP) layouts of the synthetic instances: powers of two up to a node, two nodes.
SYNTHETIC_LAYOUTS: tuple[tuple[int, int], ...] = (
    (1, 1),
    (2, 1),
    (1, 2),
    (4, 1),
    (2, 2),
    (8, 1),
    (4, 2),
    (8, 2),
    (8, 4),
)
#: Most count vectors a random instance may have (keeps the brute force fast).
MAX_RANDOM_VECTORS = 2500


def _num_count_vectors(sizes: Sequence[int], budget: int) -> int:
    """Vectors of counts with ``sum(k * size) <= budget`` (a knapsack count)."""
    ways = [1] + [0] * budget
    for size in sizes:
        for total in range(size, budget + 1):
            ways[total] += ways[total - size]
    return sum(ways)


def _synthetic(
    rng: np.random.Generator,
    layouts: Sequence[tuple[int, int]],
    batch_sizes: Sequence[int],
    weights_gib: float,
    gpu_budget: int,
    gpus_per_node: int,
    num_nodes: int,
    objective: Objective,
    target_fraction: float,
    e2e: bool,
) -> DisaggregationInstance:
    """Cost-model-like synthetic data: throughput grows a little sublinearly with GPUs,
    latency and TPOT fall with TP, memory is weights / GPUs plus KV."""
    usable = 0.9 * 79.6
    pre_rows = []
    for tp, pp in layouts:
        g = tp * pp
        pre_rows.append(
            {
                "label": f"tp{tp}_pp{pp}",
                "tp": tp,
                "pp": pp,
                "num_gpus": g,
                "rate_per_s": g**0.9 * rng.uniform(2.0, 8.0) * 70.0 / weights_gib,
                "latency_s": rng.uniform(0.1, 0.4) + rng.uniform(0.2, 1.0) / math.sqrt(tp),
                "memory_gib": weights_gib / g + rng.uniform(2.0, 6.0) + rng.uniform(2.0, 15.0),
                "usable_gib": usable,
            }
        )
    dec_rows = []
    kv_per_seq_gib = weights_gib / 140.0 * rng.uniform(0.1, 0.35)
    for (tp, pp), seqs in batch_sizes:
        g = tp * pp
        scale = seqs / 128
        dec_rows.append(
            {
                "label": f"tp{tp}_pp{pp}_b{seqs}",
                "tp": tp,
                "pp": pp,
                "max_num_seqs": seqs,
                "num_gpus": g,
                "rate_per_s": g**0.9 * rng.uniform(0.6, 3.0) * scale**0.6 * 70.0 / weights_gib,
                "tpot_s": rng.uniform(0.02, 0.07) * scale**0.4 / tp**0.3,
                "memory_gib": weights_gib / g + rng.uniform(1.0, 4.0) + seqs * kv_per_seq_gib / g,
                "usable_gib": usable,
            }
        )
    prefill = pd.DataFrame(pre_rows).set_index("label")
    decode_table = pd.DataFrame(dec_rows).set_index("label")
    kv_gb = rng.uniform(0.02, 0.4)
    kv_quantile_gb = kv_gb * rng.uniform(1.5, 2.5)
    stream_gb_per_s = rng.uniform(10.0, 50.0)
    transfer = pd.DataFrame(
        [
            [kv_quantile_gb / (stream_gb_per_s * min(tp_p, tp_d)) for tp_d in decode_table["tp"]]
            for tp_p in prefill["tp"]
        ],
        index=prefill.index,
        columns=decode_table.index,
    )
    per_gpu = min(
        float((prefill.rate_per_s / prefill.num_gpus).median()),
        float((decode_table.rate_per_s / decode_table.num_gpus).median()),
    )
    rough_most = per_gpu * gpu_budget / 2
    link_gb_per_s = kv_gb * rough_most * rng.uniform(0.4, 3.0)
    decode_tokens = float(rng.uniform(50, 300)) if e2e else 0.0
    typical_e2e_s = float(prefill.latency_s.median() + decode_tokens * decode_table.tpot_s.median())
    return DisaggregationInstance(
        prefill=prefill,
        decode=decode_table,
        transfer_s=transfer,
        kv_gb_per_request=kv_gb,
        link_gb_per_s=link_gb_per_s,
        gpu_budget=gpu_budget,
        gpus_per_node=gpus_per_node,
        num_nodes=num_nodes,
        ttft_slo_s=float(rng.uniform(0.8, 3.0)),
        tpot_slo_s=float(rng.uniform(0.05, 0.15)),
        e2e_slo_s=typical_e2e_s * float(rng.uniform(0.8, 1.5)) if e2e else None,
        decode_tokens_quantile=decode_tokens,
        objective=objective,
        target_rate_per_s=target_fraction * rough_most if objective == "min_cost" else None,
        # whole cents, so that the optimal cost has few digits (CBC prints its bound
        # to 6 significant digits, and the backend certifies that bound)
        price_per_gpu_hour_usd=round(float(rng.uniform(1.0, 4.0)), 2),
        rate_unit_per_s=RATE_UNIT_PER_S,
        kv_link_gb_per_s=stream_gb_per_s,
    )


def random_instance(rng: np.random.Generator) -> DisaggregationInstance:
    """A small random instance: 1-3 prefill and 1-3 decode configs, 4-16 GPUs.

    Half of them minimise cost for a target rate (some targets are out of reach, so
    those instances are infeasible); the rest maximise goodput. Layouts and batch sizes
    are redrawn until the brute force has at most ``MAX_RANDOM_VECTORS`` count vectors.
    """
    gpus_per_node = 8
    num_nodes = int(rng.integers(1, 3))
    budget = int(rng.integers(4, min(16, num_nodes * gpus_per_node) + 1))
    # A pool's replica takes at most half the budget, so both pools fit.
    fitting = [lt for lt in SYNTHETIC_LAYOUTS if 2 * lt[0] * lt[1] <= budget]
    largest = max(tp * pp for tp, pp in fitting)
    # model weights (GiB, bf16 8B/32B/70B) that the largest replica leaves room for
    weights_gib = float(rng.choice([w for w in (16.0, 65.0, 140.0) if w / largest <= 45.0]))
    while True:
        pre = rng.choice(
            len(fitting), size=int(rng.integers(1, min(3, len(fitting)) + 1)), replace=False
        )
        num_dec = int(rng.integers(1, 4))
        dec_layouts = rng.choice(len(fitting), size=num_dec, replace=True)
        seqs = rng.choice([64, 128, 256], size=num_dec)
        decode_keys = {(int(i), int(b)) for i, b in zip(dec_layouts, seqs, strict=True)}
        if len(decode_keys) < num_dec:
            continue
        sizes = [fitting[i][0] * fitting[i][1] for i in (*pre, *dec_layouts)]
        # at least one config per pool whose weights leave room for activations and KV
        roomy = [weights_gib / s <= 45.0 for s in sizes]
        if not (any(roomy[: len(pre)]) and any(roomy[len(pre) :])):
            continue
        if _num_count_vectors(sizes, budget) <= MAX_RANDOM_VECTORS:
            break
    objective: Objective = "min_cost" if rng.random() < 0.5 else "max_goodput"
    return _synthetic(
        rng,
        [fitting[int(i)] for i in pre],
        [(fitting[int(i)], int(b)) for i, b in zip(dec_layouts, seqs, strict=True)],
        weights_gib=weights_gib,
        gpu_budget=budget,
        gpus_per_node=gpus_per_node,
        num_nodes=num_nodes,
        objective=objective,
        target_fraction=float(rng.uniform(0.1, 1.0)),
        e2e=bool(rng.random() < 0.25),
    )


def scaled_instance(size: int, rng: np.random.Generator) -> DisaggregationInstance:
    """A synthetic max-goodput instance of Llama-70B-like data on ``size`` GPUs.

    ``size`` counts GPUs (8 per node, rounded down to whole nodes; below 8, one node of
    ``size``). The GPU budget grows with it, the configs do not: every layout of
    ``SYNTHETIC_LAYOUTS`` that fits is a prefill config and, with batch sizes 64, 128
    and 256, a decode config (up to 9 prefill and 27 decode configs, 243 pairs).
    """
    if size < 1:
        raise ValueError(f"size: {size} GPUs; fix: give at least 1")
    per_node = min(size, 8)
    num_nodes = max(1, size // per_node)
    budget = num_nodes * per_node
    layouts = [
        (tp, pp)
        for tp, pp in SYNTHETIC_LAYOUTS
        if tp * pp <= budget
        and ((per_node % (tp * pp) == 0) or (tp * pp) % per_node == 0)
        and tp <= per_node
    ]
    batch = [(lt, b) for lt in layouts for b in (64, 128, 256)]
    return _synthetic(
        rng, layouts, batch, 140.0, budget, per_node, num_nodes, "max_goodput", 0.0, False
    )


FORMULATION: Formulation[DisaggregationInstance, DisaggregationPlan] = Formulation(
    name="disaggregation",
    build=build,
    decode=decode,
    evaluate=evaluate,
    brute_force=brute_force,
    random_instance=random_instance,
    scaled_instance=scaled_instance,
    # the scaled instances maximise goodput; ``min_cost`` instances minimise (the
    # MILP's own sense says which)
    maximize=True,
    scaling_sizes=(8, 64, 256, 1024),
    size_unit="GPUs",
    custom_solve=solve_lexicographic,
)
