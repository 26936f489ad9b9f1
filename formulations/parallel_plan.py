r"""Parallel plan for a homogeneous cluster: how many replicas of which (TP, PP, batch).

Sets
    C           candidate replica configs (``candidates.price_candidates``), feasible only.

Parameters
    g_c         GPUs of one replica of c (TP x PP).
    r_c         highest arrival rate (requests/s) at which one replica of c meets the SLO.
    G           GPU budget (at most the cluster's GPUs).
    lambda      target arrival rate (objective ``min_gpus``).
    K           most distinct configs in the plan (optional).

Variables
    n_c in Z>=0     replicas of candidate c, n_c <= floor(G / g_c).
    y_c in {0,1}    candidate c is used (only when K is set).

Constraints
    gpu_budget:         sum_c g_c n_c <= G
    target_rate:        sum_c r_c n_c >= lambda                     (min_gpus only)
    link[c]:            n_c <= floor(G / g_c) y_c                   (K set)
    distinct_configs:   sum_c y_c <= K                              (K set)

Objective
    max_throughput:  max  sum_c r_c n_c  -  eps * sum_c g_c n_c
    min_gpus:        min  sum_c g_c n_c  -  eps * sum_c r_c n_c
    ``eps`` breaks ties (fewer GPUs at equal throughput, more throughput at equal GPUs)
    and is too small to change the primary optimum: eps * (largest secondary term) is
    below half the smallest difference the primary term can take in the ``min_gpus``
    case (one GPU), and below 1e-6 of the smallest rate in the throughput case.

Node boundaries. TP groups stay inside a node; every replica either is a power of two
dividing a node or fills whole nodes, so sizes below a node form a divisibility chain. Replicas packed largest first then fill nodes without fragmentation,
hence the single ``gpu_budget`` row is exact: any replica counts within the budget can be
placed on the nodes. The brute-force twin packs explicitly and the tests check both agree.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from typing import Literal

import pandas as pd
import pulp

Objective = Literal["max_throughput", "min_gpus"]


@dataclass(frozen=True)
class ParallelPlanInstance:
    """Data of one parallel-plan MILP.

    ``candidates`` is indexed by label with columns ``num_gpus`` and ``rate_per_s``
    (infeasible rows already dropped).
    """

    candidates: pd.DataFrame
    gpu_budget: int
    gpus_per_node: int
    num_nodes: int
    objective: Objective = "max_throughput"
    target_rate_per_s: float | None = None
    max_distinct_configs: int | None = None

    def __post_init__(self) -> None:
        if self.objective == "min_gpus" and not self.target_rate_per_s:
            raise ValueError("objective min_gpus needs target_rate_per_s")
        if self.gpu_budget > self.num_nodes * self.gpus_per_node:
            raise ValueError("gpu_budget exceeds the cluster's GPUs")

    def upper_bound(self, label: str) -> int:
        return self.gpu_budget // int(self.candidates.at[label, "num_gpus"])

    @property
    def tie_break(self) -> float:
        """Weight of the secondary objective term (see the module docstring)."""
        rates = self.candidates["rate_per_s"]
        if self.objective == "min_gpus":
            most_rate = float((rates / self.candidates["num_gpus"]).max()) * self.gpu_budget
            return 0.5 / max(most_rate, 1e-12)
        return 1e-6 * float(rates.min()) / max(self.gpu_budget, 1)

    def objective_value(self, counts: dict[str, int]) -> float:
        """The MILP objective (tie-break included) of replica ``counts``."""
        gpus = sum(int(self.candidates.at[c, "num_gpus"]) * n for c, n in counts.items())
        rate = sum(float(self.candidates.at[c, "rate_per_s"]) * n for c, n in counts.items())
        if self.objective == "max_throughput":
            return rate - self.tie_break * gpus
        return gpus - self.tie_break * rate


def var_name(label: str) -> str:
    return f"n_{label}"


def build(instance: ParallelPlanInstance) -> pulp.LpProblem:
    """The MILP of ``instance`` (not solved)."""
    # ---- data
    cand = instance.candidates
    g = cand["num_gpus"].astype(int)
    r = cand["rate_per_s"].astype(float)
    eps = instance.tie_break
    sense = pulp.LpMaximize if instance.objective == "max_throughput" else pulp.LpMinimize
    prob = pulp.LpProblem("parallel_plan", sense)

    # ---- variables
    # n[c] = replicas of candidate config c
    n = {
        c: prob.add_variable(var_name(c), 0, instance.upper_bound(c), cat="Integer")
        for c in cand.index
    }
    # y[c] = 1 if candidate c is used (only with a limit on distinct configs)
    y = {}
    if instance.max_distinct_configs is not None:
        y = {c: prob.add_variable(f"y_{c}", 0, 1, cat="Integer") for c in cand.index}

    # ---- constraints
    gpus = pulp.lpSum(g[c] * n[c] for c in cand.index)
    rate = pulp.lpSum(r[c] * n[c] for c in cand.index)
    prob += gpus <= instance.gpu_budget, "gpu_budget"
    if instance.objective == "min_gpus":
        prob += rate >= instance.target_rate_per_s, "target_rate"
    if y:
        for c in cand.index:
            prob += n[c] <= instance.upper_bound(c) * y[c], f"link_{c}"
        prob += pulp.lpSum(y.values()) <= instance.max_distinct_configs, "distinct_configs"

    # ---- objective
    prob += (rate - eps * gpus) if instance.objective == "max_throughput" else (gpus - eps * rate)
    return prob


def decode(instance: ParallelPlanInstance, values: dict[str, float]) -> dict[str, int]:
    """Replica counts (> 0 only) from a solution's variable values."""
    out = {}
    for c in instance.candidates.index:
        count = int(round(values.get(var_name(c), 0.0)))
        if count > 0:
            out[c] = count
    return out


def packs_on_nodes(sizes: list[int], num_nodes: int, gpus_per_node: int) -> bool:
    """Whether replicas of GPU counts ``sizes`` can be placed on the nodes.

    Multi-node replicas take whole nodes; the others go first-fit-decreasing into the
    remaining nodes, each replica inside one node. First-fit decreasing is exact here
    (sizes form a divisibility chain); the brute force uses it to check the MILP's claim.
    """
    free_nodes = num_nodes
    small = []
    for s in sizes:
        if s > gpus_per_node:
            if s % gpus_per_node:
                return False
            free_nodes -= s // gpus_per_node
        else:
            small.append(s)
    if free_nodes < 0:
        return False
    bins = [gpus_per_node] * free_nodes
    for s in sorted(small, reverse=True):
        for i, room in enumerate(bins):
            if room >= s:
                bins[i] -= s
                break
        else:
            return False
    return True


def brute_force(instance: ParallelPlanInstance) -> tuple[float, dict[str, int]] | None:
    """Optimum by enumerating every vector of replica counts (small instances only).

    Returns ``(objective, counts)`` or ``None`` when nothing is feasible. Placement is
    checked explicitly with :func:`packs_on_nodes` on the cluster's nodes.
    """
    labels = list(instance.candidates.index)
    sizes = [int(v) for v in instance.candidates["num_gpus"]]
    rates = [float(v) for v in instance.candidates["rate_per_s"]]
    eps = instance.tie_break
    maximize = instance.objective == "max_throughput"
    best: tuple[float, dict[str, int]] | None = None
    for combo in itertools.product(*(range(instance.upper_bound(c) + 1) for c in labels)):
        gpus = sum(k * g for k, g in zip(combo, sizes, strict=True))
        if gpus > instance.gpu_budget:
            continue
        used = sum(1 for k in combo if k)
        if instance.max_distinct_configs is not None and used > instance.max_distinct_configs:
            continue
        rate = sum(k * r for k, r in zip(combo, rates, strict=True))
        if not maximize and rate < instance.target_rate_per_s:
            continue
        value = rate - eps * gpus if maximize else gpus - eps * rate
        if best is not None and not (value > best[0] if maximize else value < best[0]):
            continue
        replicas = [g for k, g in zip(combo, sizes, strict=True) for _ in range(k)]
        if not packs_on_nodes(replicas, instance.num_nodes, instance.gpus_per_node):
            continue
        best = (value, {c: k for c, k in zip(labels, combo, strict=True) if k})
    return best
