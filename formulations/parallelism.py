r"""Parallelism: how many replicas of which (TP, PP, expert mode, layer split, batch), and
on which nodes (APEX's plan space and beyond, for a homogeneous cluster).

Each candidate ``c`` is a replica config priced by ``candidates.price_candidates``:
attention TP ``t`` inside an NVLink domain, ``p`` pipeline stages with an explicit
layer split (vLLM's even split, or the split that minimises the slowest stage, since the
end stages also carry the embedding and the LM head), for MoE models experts either
tensor-parallel or expert-parallel over the stage's GPUs, and ``max_num_seqs``. Memory
needs and latencies are rows, not pre-filters, so an infeasible instance is explained
in GiB or seconds (``solver.infeasibility``); only candidates that serve nothing (rate
0) or exceed the GPU budget are left out of the MILP.

Sets
    C           candidate replica configs.
    C_w         candidates that fill whole nodes (``g_c`` a multiple of the node's GPUs).
    K           slot kinds of the candidates that fit inside one node: their GPU count
                when NVLink domains are whole nodes, else their (t, p) shape.
    P           node patterns: maximal multisets of kinds that fit one node (every TP
                group inside one NVLink domain), as in cutting stock.

Parameters
    g_c             GPUs of one replica of c (t x p); k(c) its kind (c not in C_w).
    r_c             rate (req/s) one replica serves at its operating point: the highest
                    SLO-meeting rate, or (when no rate meets the SLO) ``max_utilization``
                    of its capacity.
    m_c             GiB the most loaded GPU of c needs: weights, activations, runtime
                    reserve and KV cache of max(max_num_seqs x mean context, p x longest
                    request) tokens.  M: usable GiB per GPU.
    T_c, P_c, E_c   TTFT, TPOT and end-to-end latency (s) at that operating point;
                    TTFT, TPOT, E2E their SLO bounds (each optional).
    a_pk            slots of kind k in pattern p.   N, S: nodes, GPUs per node.
    G               GPU budget.  lambda: target rate (``min_cost``; optional floor for
                    ``max_goodput``).  price: $/GPU-hour.  Kmax: most distinct configs.
    U_c             floor(min(G, N S) / g_c), most replicas of c.

Variables
    n_c in Z>=0         replicas of candidate c, n_c <= U_c.
    y_c in {0, 1}       candidate c is used (its memory and SLO rows apply).
    x_p in Z>=0         nodes filled with pattern p, x_p <= N.

Constraints
    structure__use_c:       n_c <= U_c y_c
    memory__c:              m_c y_c <= M                                     (GiB)
    slo__c_ttft (tpot,e2e): T_c y_c <= TTFT, P_c y_c <= TPOT, E_c y_c <= E2E (s)
    gpus__budget:           sum_c g_c n_c <= G                               (GPUs)
    gpus__nodes:            S (sum_p x_p + sum_{c in C_w} (g_c / S) n_c) <= S N   (GPUs)
    structure__slots_k:     sum_{c: k(c) = k} n_c <= sum_p a_pk x_p
    structure__distinct:    sum_c y_c <= Kmax                                (Kmax set)
    rate__target:           sum_c r_c n_c >= lambda                          (req/s)
    structure__nonempty:    sum_c n_c >= 1                 (max_goodput without a target)

Objective
    max_goodput:  max  sum_c r_c n_c - eps sum_c g_c n_c,   eps = 1e-6 min_c r_c / G
    min_cost:     min  price sum_c g_c n_c - eps sum_c r_c n_c,
                  eps = price / (2 max_c (r_c / g_c) G)
    The tie-break prefers fewer GPUs at equal goodput and more goodput at equal cost;
    in ``min_cost`` it is below half a GPU's price, so the cost optimum is exact, in
    ``max_goodput`` below 1e-6 of the smallest rate. ``evaluate`` and the brute force
    add the same term.

Node placement is exact. A replica that fits a node sits inside one node; a larger one
fills whole nodes. A set of replicas can be placed iff some assignment of node patterns
to nodes offers a slot for every replica that fits a node and leaves the whole nodes the
others need: a node's replicas form a sub-multiset of a maximal pattern, and slots may
stay empty (``<=`` rows). So replica sizes need not form a divisibility chain (TP2 x PP3
= 6 GPUs next to a TP2 on an 8-GPU node) and the MILP never promises an unplaceable plan.
Patterns are enumerated per node, independently of the node count (22 for 8-GPU nodes
and sizes 1-8); :data:`MAX_NODE_PATTERNS` caps the enumeration with a clear error.
The brute force and ``evaluate`` place replicas by explicit search (:func:`place`), not
through patterns.
"""

from __future__ import annotations

import functools
import itertools
import math
import sys
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

import numpy as np
import pandas as pd
import pulp

from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.formulations.base import Formulation, Optimum, check_labels, row_name
from servesolve.formulations.candidates import CandidateOptions, price_candidates
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec

Objective = Literal["max_goodput", "min_cost"]
OBJECTIVES: tuple[str, ...] = ("max_goodput", "min_cost")

#: Columns of ``ParallelismInstance.candidates``.
CANDIDATE_COLUMNS = (
    "tp",
    "pp",
    "num_gpus",
    "rate_per_s",
    "memory_need_gib",
    "ttft_s",
    "tpot_s",
    "e2e_s",
)
#: Most node patterns the MILP enumerates (one integer variable each).
MAX_NODE_PATTERNS = 5000
#: Latencies above this (s) are written as this: an unbounded latency (a queue that
#: never drains) cannot be a finite row coefficient, and no SLO is this loose.
LATENCY_CAP_S = 1e6
#: Absolute slack of ``evaluate``'s checks on float data (backends accept rows violated
#: by about 1e-6; the data are never drawn that close to a bound).
CHECK_TOL = 1e-7

Kind = int | tuple[int, int]
Shape = tuple[int, int]


# ---------------------------------------------------------------------------------------
# Instance
# ---------------------------------------------------------------------------------------
@dataclass(frozen=True)
class ParallelismInstance:
    """Data of one parallelism MILP (see the module docstring for the symbols).

    ``candidates`` is indexed by label with the columns of :data:`CANDIDATE_COLUMNS`:
    tp, pp, num_gpus (= tp x pp), rate_per_s (r_c), memory_need_gib (m_c), ttft_s,
    tpot_s, e2e_s (T_c, P_c, E_c). Extra columns are carried along and ignored.
    """

    candidates: pd.DataFrame
    usable_gib: float
    gpu_budget: int
    gpus_per_node: int
    num_nodes: int
    nvlink_domain_gpus: int | None = None
    ttft_bound_s: float | None = None
    tpot_bound_s: float | None = None
    e2e_bound_s: float | None = None
    objective: Objective = "max_goodput"
    target_rate_per_s: float | None = None
    price_per_gpu_hour_usd: float = 1.0
    max_distinct_configs: int | None = None

    def __post_init__(self) -> None:
        cand = self.candidates
        missing = [c for c in CANDIDATE_COLUMNS if c not in cand.columns]
        if missing:
            raise ValueError(f"candidates: missing columns {missing}; fix: add them")
        if cand.empty or not cand.index.is_unique:
            raise ValueError("candidates: fix: give at least one row, with unique labels")
        check_labels(cand.index, "candidates")
        if self.objective not in OBJECTIVES:
            raise ValueError(
                f"objective: unknown '{self.objective}'; fix: use one of {', '.join(OBJECTIVES)}"
            )
        if self.gpus_per_node < 1 or self.num_nodes < 1:
            raise ValueError("gpus_per_node and num_nodes: fix: give positive counts")
        if not 1 <= self.gpu_budget <= self.num_nodes * self.gpus_per_node:
            raise ValueError(
                f"gpu_budget: {self.gpu_budget} is outside 1..{self.num_nodes * self.gpus_per_node} "
                "(the cluster's GPUs); fix: lower it or add nodes"
            )
        if self.gpus_per_node % self.domain:
            raise ValueError(
                f"nvlink_domain_gpus: {self.domain} does not divide gpus_per_node="
                f"{self.gpus_per_node}; fix: use a divisor of the node"
            )
        if self.objective == "min_cost" and not (self.target_rate_per_s or 0) > 0:
            raise ValueError(
                "target_rate_per_s: objective min_cost needs a positive target rate; fix: set it"
            )
        if self.objective == "min_cost" and not self.price_per_gpu_hour_usd > 0:
            raise ValueError(
                "price_per_gpu_hour_usd: min_cost needs a positive price; fix: set the GPU's price"
            )
        if not self.usable_gib > 0:
            raise ValueError("usable_gib: fix: give the GiB one GPU may use (> 0)")
        if self.max_distinct_configs is not None and self.max_distinct_configs < 1:
            raise ValueError("max_distinct_configs: fix: give at least 1, or None for no limit")
        for label, row in cand.iterrows():
            tp, pp, g = int(row["tp"]), int(row["pp"]), int(row["num_gpus"])
            if tp < 1 or pp < 1 or g != tp * pp:
                raise ValueError(f"candidates[{label}]: num_gpus must be tp x pp >= 1")
            if tp > self.domain or self.domain % tp:
                raise ValueError(
                    f"candidates[{label}]: TP{tp} does not divide the {self.domain}-GPU NVLink "
                    "domain; fix: drop it (TP groups stay inside a domain)"
                )
            if g > self.gpus_per_node and g % self.gpus_per_node:
                raise ValueError(
                    f"candidates[{label}]: {g} GPUs neither fit one {self.gpus_per_node}-GPU "
                    "node nor fill whole nodes; fix: drop it"
                )
            values = [
                float(row[c])
                for c in ("rate_per_s", "memory_need_gib", "ttft_s", "tpot_s", "e2e_s")
            ]
            if not all(math.isfinite(v) and v >= 0 for v in values) or values[0] <= 0:
                raise ValueError(
                    f"candidates[{label}]: rate_per_s must be > 0 and memory/latencies finite "
                    f">= 0 (cap unbounded latencies at LATENCY_CAP_S)"
                )

    # ---- derived data ------------------------------------------------------------------
    @property
    def domain(self) -> int:
        """GPUs of one NVLink domain."""
        return self.nvlink_domain_gpus or self.gpus_per_node

    @property
    def maximize(self) -> bool:
        return self.objective == "max_goodput"

    @property
    def bounds(self) -> dict[str, float]:
        """SLO bounds that are set, by metric column."""
        out = {"ttft_s": self.ttft_bound_s, "tpot_s": self.tpot_bound_s, "e2e_s": self.e2e_bound_s}
        return {k: v for k, v in out.items() if v is not None}

    def shape(self, label: str) -> Shape:
        return int(self.candidates.at[label, "tp"]), int(self.candidates.at[label, "pp"])

    def whole_nodes(self, label: str) -> int:
        """Nodes one replica of ``label`` fills (0 when it fits inside one node)."""
        g = int(self.candidates.at[label, "num_gpus"])
        return g // self.gpus_per_node if g > self.gpus_per_node else 0

    def kind(self, label: str) -> Kind:
        """Slot kind of a candidate that fits one node (see the module docstring)."""
        tp, pp = self.shape(label)
        return tp * pp if self.domain == self.gpus_per_node else (tp, pp)

    def upper_bound(self, label: str) -> int:
        g = int(self.candidates.at[label, "num_gpus"])
        return min(self.gpu_budget, self.num_nodes * self.gpus_per_node) // g

    @functools.cached_property
    def kinds(self) -> list[Kind]:
        """Slot kinds of the candidates that fit one node, sorted."""
        found = {self.kind(c) for c in self.candidates.index if not self.whole_nodes(c)}
        return sorted(found, key=_kind_key)

    @functools.cached_property
    def patterns(self) -> list[dict[Kind, int]]:
        """Maximal node patterns over :attr:`kinds` (see :func:`node_patterns`)."""
        return node_patterns(self.kinds, self.gpus_per_node, self.domain)

    @property
    def tie_break(self) -> float:
        """Weight of the secondary objective term (see the module docstring)."""
        rates = self.candidates["rate_per_s"].astype(float)
        if self.objective == "min_cost":
            most = float((rates / self.candidates["num_gpus"]).max()) * self.gpu_budget
            return 0.5 * self.price_per_gpu_hour_usd / max(most, 1e-12)
        return 1e-6 * float(rates.min()) / self.gpu_budget

    def objective_value(self, counts: Mapping[str, int]) -> float:
        """The MILP objective (tie-break included) of replica ``counts``."""
        cand = self.candidates
        gpus = sum(int(cand.at[c, "num_gpus"]) * k for c, k in counts.items())
        rate = sum(float(cand.at[c, "rate_per_s"]) * k for c, k in counts.items())
        if self.maximize:
            return rate - self.tie_break * gpus
        return self.price_per_gpu_hour_usd * gpus - self.tie_break * rate


def _kind_key(kind: Kind) -> tuple[int, int]:
    return (kind, 0) if isinstance(kind, int) else (kind[0] * kind[1], kind[0])


def _kind_name(kind: Kind) -> str:
    return f"g{kind}" if isinstance(kind, int) else f"tp{kind[0]}_pp{kind[1]}"


def _kind_shape(kind: Kind) -> Shape:
    """A (tp, pp) shape standing for a kind (a size kind packs as pp = size GPUs of TP1)."""
    return (1, kind) if isinstance(kind, int) else kind


# ---------------------------------------------------------------------------------------
# Placement on nodes (used by the patterns, evaluate and the brute force)
# ---------------------------------------------------------------------------------------
def _place_groups(state: tuple[int, ...], tp: int, pp: int) -> list[tuple[int, ...]]:
    """Every distinct node state (sorted free GPUs per NVLink domain) after placing ``pp``
    TP groups of ``tp`` GPUs, each inside one domain."""
    states = {state}
    for _ in range(pp):
        nxt = set()
        for st in states:
            for i, free in enumerate(st):
                if free >= tp and (i == 0 or st[i - 1] != free):
                    new = list(st)
                    new[i] -= tp
                    nxt.add(tuple(sorted(new)))
        states = nxt
    return sorted(states)


def fits_one_node(shapes: Sequence[Shape], gpus_per_node: int, domain: int) -> bool:
    """Whether replicas of (tp, pp) ``shapes`` fit together on one node, every TP group
    inside one NVLink domain (exact search)."""
    if sum(tp * pp for tp, pp in shapes) > gpus_per_node:
        return False
    if domain == gpus_per_node:
        return True
    order = sorted(shapes, key=lambda s: (-s[0], -s[1]))

    @functools.cache
    def search(i: int, state: tuple[int, ...]) -> bool:
        if i == len(order):
            return True
        return any(search(i + 1, nxt) for nxt in _place_groups(state, *order[i]))

    return search(0, tuple([domain] * (gpus_per_node // domain)))


def node_patterns(kinds: Sequence[Kind], gpus_per_node: int, domain: int) -> list[dict[Kind, int]]:
    """Maximal multisets of ``kinds`` that fit one node (no kind can be added).

    A kind is a GPU count (domains are whole nodes) or a (tp, pp) shape. Raises
    ``ValueError`` when there are more than :data:`MAX_NODE_PATTERNS`.
    """
    kinds = sorted(set(kinds), key=_kind_key)
    shapes = {k: _kind_shape(k) for k in kinds}
    feasible: list[tuple[int, ...]] = []

    def extend(i: int, counts: list[int], chosen: list[Shape]) -> None:
        if i == len(kinds):
            feasible.append(tuple(counts))
            if len(feasible) > 50 * MAX_NODE_PATTERNS:
                raise ValueError(
                    f"node patterns: more than {50 * MAX_NODE_PATTERNS} multisets of replica "
                    f"sizes fit a {gpus_per_node}-GPU node; fix: price fewer replica sizes "
                    "(planner.candidates.max_pp) or split the node into NVLink domains"
                )
            return
        shape = shapes[kinds[i]]
        count = 0
        while True:
            counts.append(count)
            extend(i + 1, counts, chosen)
            counts.pop()
            trial = [*chosen, shape]
            if not fits_one_node(trial, gpus_per_node, domain):
                break
            chosen = trial
            count += 1

    extend(0, [], [])
    present = set(feasible)
    maximal = []
    for counts in feasible:
        if any(
            tuple(c + (j == i) for j, c in enumerate(counts)) in present for i in range(len(kinds))
        ):
            continue
        maximal.append({k: c for k, c in zip(kinds, counts, strict=True) if c})
    if len(maximal) > MAX_NODE_PATTERNS:
        raise ValueError(
            f"node patterns: {len(maximal)} maximal patterns exceed MAX_NODE_PATTERNS="
            f"{MAX_NODE_PATTERNS}; fix: price fewer replica sizes (planner.candidates.max_pp)"
        )
    return maximal


def place(
    shapes: Sequence[Shape], num_nodes: int, gpus_per_node: int, domain: int
) -> list[list[int]] | None:
    """Replica indices per node, or ``None`` when the replicas cannot be placed.

    A replica of ``tp x pp`` GPUs fits inside one node (every TP group in one NVLink
    domain) or fills ``tp x pp / gpus_per_node`` whole nodes. First-fit decreasing is
    tried first; when it fails, an exact depth-first search over node states (with
    memoised dead ends and interchangeable nodes tried once) decides.
    """
    nodes: list[list[int]] = [[] for _ in range(num_nodes)]
    free_node = 0
    small = []
    for i, (tp, pp) in enumerate(shapes):
        g = tp * pp
        if g > gpus_per_node:
            if g % gpus_per_node or tp > domain or domain % tp:
                return None
            for _ in range(g // gpus_per_node):
                if free_node >= num_nodes:
                    return None
                nodes[free_node].append(i)
                free_node += 1
        else:
            small.append(i)
    if not small:
        return nodes
    order = sorted(small, key=lambda i: (-shapes[i][0] * shapes[i][1], -shapes[i][0]))
    open_nodes = list(range(free_node, num_nodes))
    empty = tuple([domain] * (gpus_per_node // domain))
    states = dict.fromkeys(open_nodes, empty)

    # First-fit decreasing.
    greedy = {n: [] for n in open_nodes}
    trial = dict(states)
    for i in order:
        for n in open_nodes:
            nxt = _place_groups(trial[n], *shapes[i])
            if nxt:
                trial[n] = nxt[0]
                greedy[n].append(i)
                break
        else:
            break
    else:
        for n in open_nodes:
            nodes[n].extend(greedy[n])
        return nodes

    # Exact search.
    dead: set[tuple[int, tuple]] = set()
    assignment: dict[int, int] = {}

    def search(k: int) -> bool:
        if k == len(order):
            return True
        key = (k, tuple(sorted(states.values())))
        if key in dead:
            return False
        i = order[k]
        tried = set()
        for n in open_nodes:
            if states[n] in tried:
                continue
            tried.add(states[n])
            before = states[n]
            for nxt in _place_groups(before, *shapes[i]):
                states[n] = nxt
                assignment[i] = n
                if search(k + 1):
                    return True
            states[n] = before
        dead.add(key)
        return False

    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(max(limit, 4 * len(order) + 1000))
    try:
        found = search(0)
    finally:
        sys.setrecursionlimit(limit)
    if not found:
        return None
    for i in order:
        nodes[assignment[i]].append(i)
    return nodes


def packs_on_nodes(sizes: list[int], num_nodes: int, gpus_per_node: int) -> bool:
    """Whether replicas of GPU counts ``sizes`` can be placed on the nodes (a replica
    fits inside one node or fills whole nodes; exact for any sizes)."""
    return place([(1, s) for s in sizes], num_nodes, gpus_per_node, gpus_per_node) is not None


def placement(instance: ParallelismInstance, counts: Mapping[str, int]) -> list[list[str]] | None:
    """Candidate labels per node for replica ``counts``, or ``None`` if unplaceable."""
    labels = [c for c in instance.candidates.index for _ in range(int(counts.get(c, 0)))]
    nodes = place(
        [instance.shape(c) for c in labels],
        instance.num_nodes,
        instance.gpus_per_node,
        instance.domain,
    )
    return None if nodes is None else [[labels[i] for i in node] for node in nodes]


# ---------------------------------------------------------------------------------------
# MILP
# ---------------------------------------------------------------------------------------
def var_name(label: str) -> str:
    return f"n_{label}"


def build(instance: ParallelismInstance) -> pulp.LpProblem:
    """The MILP of ``instance`` (not solved)."""
    # ---- data
    cand = instance.candidates
    labels = list(cand.index)
    g = {c: int(cand.at[c, "num_gpus"]) for c in labels}
    r = {c: float(cand.at[c, "rate_per_s"]) for c in labels}
    bound = {c: instance.upper_bound(c) for c in labels}
    whole = {c: instance.whole_nodes(c) for c in labels}
    patterns = instance.patterns
    per_node, eps = instance.gpus_per_node, instance.tie_break
    sense = pulp.LpMaximize if instance.maximize else pulp.LpMinimize
    prob = pulp.LpProblem("parallelism", sense)

    # ---- variables
    # n[c] = replicas of candidate config c
    n = {c: prob.add_variable(var_name(c), 0, bound[c], cat="Integer") for c in labels}
    # y[c] = 1 if candidate c is used (its memory and SLO rows then apply)
    y = {c: prob.add_variable(f"y_{c}", 0, 1, cat="Integer") for c in labels}
    # x[p] = nodes filled with node pattern p
    x = [
        prob.add_variable(f"x_p{i}", 0, instance.num_nodes, cat="Integer")
        for i in range(len(patterns))
    ]

    # ---- constraints
    for c in labels:
        prob += n[c] <= bound[c] * y[c], row_name("structure", "use", c)
        prob += (
            float(cand.at[c, "memory_need_gib"]) * y[c] <= instance.usable_gib,
            row_name("memory", c),
        )
        for metric, limit in instance.bounds.items():
            prob += (
                float(cand.at[c, metric]) * y[c] <= limit,
                row_name("slo", c, metric.removesuffix("_s")),
            )
    gpus = pulp.lpSum(g[c] * n[c] for c in labels)
    rate = pulp.lpSum(r[c] * n[c] for c in labels)
    prob += gpus <= instance.gpu_budget, row_name("gpus", "budget")
    prob += (
        per_node * (pulp.lpSum(x) + pulp.lpSum(whole[c] * n[c] for c in labels if whole[c]))
        <= per_node * instance.num_nodes,
        row_name("gpus", "nodes"),
    )
    for k in instance.kinds:
        of_kind = [c for c in labels if not whole[c] and instance.kind(c) == k]
        slots = pulp.lpSum(p.get(k, 0) * x[i] for i, p in enumerate(patterns) if p.get(k, 0))
        prob += (
            pulp.lpSum(n[c] for c in of_kind) <= slots,
            row_name("structure", "slots", _kind_name(k)),
        )
    if instance.max_distinct_configs is not None:
        prob += (
            pulp.lpSum(y.values()) <= instance.max_distinct_configs,
            row_name("structure", "distinct"),
        )
    if instance.target_rate_per_s:
        prob += rate >= instance.target_rate_per_s, row_name("rate", "target")
    elif instance.maximize:
        prob += pulp.lpSum(n.values()) >= 1, row_name("structure", "nonempty")

    # ---- objective
    if instance.maximize:
        prob += rate - eps * gpus
    else:
        prob += instance.price_per_gpu_hour_usd * gpus - eps * rate
    return prob


def decode(instance: ParallelismInstance, values: Mapping[str, float]) -> dict[str, int]:
    """Replica counts (> 0 only) from a solution's variable values."""
    out = {}
    for c in instance.candidates.index:
        count = int(round(values.get(var_name(c), 0.0)))
        if count > 0:
            out[c] = count
    return out


def hint_values(instance: ParallelismInstance, counts: Mapping[str, int]) -> dict[str, float]:
    """A complete warm start (n, y, x) for replica ``counts``; empty if unplaceable."""
    nodes = placement(instance, counts)
    if nodes is None:
        return {}
    hints = {var_name(c): float(counts.get(c, 0)) for c in instance.candidates.index}
    hints |= {f"y_{c}": float(counts.get(c, 0) > 0) for c in instance.candidates.index}
    used = [0] * len(instance.patterns)
    for node in nodes:
        inside = Counter(instance.kind(c) for c in node if not instance.whole_nodes(c))
        if not inside:
            continue
        for i, p in enumerate(instance.patterns):
            if all(p.get(k, 0) >= v for k, v in inside.items()):
                used[i] += 1
                break
        else:  # cannot happen: every fitting multiset is inside a maximal pattern
            return {}
    hints |= {f"x_p{i}": float(v) for i, v in enumerate(used)}
    return hints


# ---------------------------------------------------------------------------------------
# Evaluate and brute force (no MILP code)
# ---------------------------------------------------------------------------------------
def evaluate(instance: ParallelismInstance, plan: Mapping[str, int]) -> float | None:
    """Objective of replica counts ``plan``, or ``None`` if it breaks a constraint.

    Checks directly on the data: memory and SLO of every used candidate, the distinct
    config limit, the GPU budget, the target rate (or at least one replica), and
    placement on the nodes by explicit search (:func:`place`).
    """
    cand = instance.candidates
    counts = {c: int(k) for c, k in plan.items() if int(k) > 0}
    if any(c not in cand.index for c in counts) or any(int(k) < 0 for k in plan.values()):
        return None
    for c in counts:
        if float(cand.at[c, "memory_need_gib"]) > instance.usable_gib + CHECK_TOL:
            return None
        for metric, limit in instance.bounds.items():
            if float(cand.at[c, metric]) > limit + CHECK_TOL:
                return None
    if instance.max_distinct_configs is not None and len(counts) > instance.max_distinct_configs:
        return None
    gpus = sum(int(cand.at[c, "num_gpus"]) * k for c, k in counts.items())
    rate = sum(float(cand.at[c, "rate_per_s"]) * k for c, k in counts.items())
    if gpus > instance.gpu_budget:
        return None
    if instance.target_rate_per_s and rate < instance.target_rate_per_s - CHECK_TOL:
        return None
    if not counts and (instance.maximize and not instance.target_rate_per_s):
        return None
    if placement(instance, counts) is None:
        return None
    return instance.objective_value(counts)


def brute_force(instance: ParallelismInstance) -> Optimum[dict[str, int]] | None:
    """Optimum by enumerating every vector of replica counts (small instances only)."""
    labels = list(instance.candidates.index)
    sizes = [int(v) for v in instance.candidates["num_gpus"]]
    best: Optimum[dict[str, int]] | None = None
    for combo in itertools.product(*(range(instance.upper_bound(c) + 1) for c in labels)):
        if sum(k * s for k, s in zip(combo, sizes, strict=True)) > instance.gpu_budget:
            continue
        plan = {c: k for c, k in zip(labels, combo, strict=True) if k}
        value = instance.objective_value(plan)
        if best is not None and not (
            value > best.objective if instance.maximize else value < best.objective
        ):
            continue
        if evaluate(instance, plan) is not None:
            best = Optimum(value, plan)
    return best


# ---------------------------------------------------------------------------------------
# Instances
# ---------------------------------------------------------------------------------------
def from_candidates(
    table: pd.DataFrame,
    cluster: ClusterSpec,
    slo: SloSpec,
    objective: Objective = "max_goodput",
    gpu_budget: int | None = None,
    target_rate_per_s: float | None = None,
    max_distinct_configs: int | None = None,
    price_per_gpu_hour_usd: float | None = None,
) -> ParallelismInstance:
    """The instance of a priced candidate table (``candidates.price_candidates``).

    A feasible candidate serves ``rate_per_s`` (which a caller may have derated); the
    others their ``operating_rate_per_s`` at their operating point (``op_*`` latencies),
    which their memory or SLO rows rule out unless relaxed.
    """
    feasible = table["feasible"].astype(bool)
    rate = table["rate_per_s"].where(feasible, table["operating_rate_per_s"]).astype(float)
    cand = pd.DataFrame(
        {
            "tp": table["tp"].astype(int),
            "pp": table["pp"].astype(int),
            "num_gpus": table["num_gpus"].astype(int),
            "rate_per_s": rate,
            "memory_need_gib": table["memory_need_gib"].astype(float),
            **{
                m: table[f"op_{m}"].astype(float).clip(upper=LATENCY_CAP_S).fillna(LATENCY_CAP_S)
                for m in ("ttft_s", "tpot_s", "e2e_s")
            },
        },
        index=table.index,
    )
    cand = cand[(cand["rate_per_s"] > 0) & (cand["num_gpus"] <= (gpu_budget or cluster.num_gpus))]
    if cand.empty:
        raise ValueError(
            "candidates: no candidate serves a positive rate within the GPU budget; fix: "
            "raise the GPU budget or check the cost model's inputs"
        )
    usable = table["usable_gib"].astype(float)
    return ParallelismInstance(
        candidates=cand,
        usable_gib=float(usable.min()),
        gpu_budget=gpu_budget or cluster.num_gpus,
        gpus_per_node=cluster.gpus_per_node,
        num_nodes=cluster.num_nodes,
        nvlink_domain_gpus=cluster.nvlink_domain_gpus,
        ttft_bound_s=slo.ttft_s,
        tpot_bound_s=slo.tpot_s,
        e2e_bound_s=slo.e2e_s,
        objective=objective,
        target_rate_per_s=target_rate_per_s,
        price_per_gpu_hour_usd=(
            cluster.gpu.price_per_gpu_hour_usd
            if price_per_gpu_hour_usd is None
            else price_per_gpu_hour_usd
        ),
        max_distinct_configs=max_distinct_configs,
    )


def from_specs(
    model: ModelSpec,
    cluster: ClusterSpec,
    stats: WorkloadStats,
    slo: SloSpec,
    options: CandidateOptions | None = None,
    objective: Objective = "max_goodput",
    gpu_budget: int | None = None,
    target_rate_per_s: float | None = None,
    max_distinct_configs: int | None = None,
    cost_model: RooflineCostModel | None = None,
) -> ParallelismInstance:
    """Price every candidate of ``model`` on ``cluster`` with the roofline cost model and
    build the instance (``min_cost`` prices GPUs at the cluster GPU's $/h)."""
    table = price_candidates(
        model, cluster, stats, slo, options or CandidateOptions(), cost_model, space="parallelism"
    )
    return from_candidates(
        table, cluster, slo, objective, gpu_budget, target_rate_per_s, max_distinct_configs
    )


def _shapes(per_node: int, num_nodes: int, domain: int, max_pp: int) -> list[Shape]:
    """(tp, pp) shapes that fit one node or fill whole nodes, TP inside a domain."""
    out = []
    tp = 1
    while tp <= domain:
        if domain % tp == 0:
            for pp in range(1, max_pp + 1):
                g = tp * pp
                if g <= per_node or (g % per_node == 0 and g <= per_node * num_nodes):
                    out.append((tp, pp))
        tp *= 2
    return out


def _synthetic_candidates(
    rng: np.random.Generator, shapes: Sequence[Shape], batches: Sequence[int], weights_gib: float
) -> pd.DataFrame:
    """Candidates with Llama-70B-like numbers: each (TP, PP) shape has its own per-GPU
    efficiency (so odd sizes such as TP1 x PP5 can be the best per GPU, as for the real
    model, and packing them on nodes matters), memory of weights plus a KV cache growing
    with the batch, latencies around the chat SLO (some above it)."""
    rows = {}
    for tp, pp in shapes:
        g = tp * pp
        efficiency = rng.uniform(0.75, 1.25)
        for b in batches:
            rows[f"tp{tp}_pp{pp}_b{b}"] = {
                "tp": tp,
                "pp": pp,
                "num_gpus": g,
                "rate_per_s": 0.04 * b**0.6 * g * efficiency * rng.uniform(0.95, 1.05),
                "memory_need_gib": weights_gib / g * 1.05
                + 2.0
                + 0.09 * b / g * rng.uniform(0.8, 1.2),
                "ttft_s": rng.uniform(0.2, 2.8),
                "tpot_s": rng.uniform(0.02, 0.16) * (1 + b / 1024),
                "e2e_s": rng.uniform(5.0, 40.0),
            }
    return pd.DataFrame.from_dict(rows, orient="index")


def random_instance(rng: np.random.Generator) -> ParallelismInstance:
    """A small random instance: 2-4 candidates on 4-8 GPUs (one or two nodes, NVLink
    domains sometimes half a node), a third of them ``min_cost`` for a target rate."""
    per_node = int(rng.choice([4, 8]))
    num_nodes = int(rng.integers(1, 3)) if per_node == 4 else 1
    domain = per_node // 2 if rng.random() < 0.25 else per_node
    shapes = _shapes(per_node, num_nodes, domain, max_pp=per_node)
    picks = rng.choice(len(shapes), size=int(rng.integers(2, 5)), replace=False)
    usable = float(rng.uniform(60.0, 75.0))
    rows = {}
    for j, i in enumerate(sorted(picks)):
        tp, pp = shapes[int(i)]
        g = tp * pp
        rows[f"c{j}_tp{tp}_pp{pp}"] = {
            "tp": tp,
            "pp": pp,
            "num_gpus": g,
            "rate_per_s": float(g * rng.uniform(0.5, 1.5) * rng.uniform(1.0, 4.0)),
            "memory_need_gib": usable * float(rng.uniform(0.6, 1.08)),
            "ttft_s": float(rng.uniform(0.1, 2.7)),
            "tpot_s": float(rng.uniform(0.02, 0.12)),
            "e2e_s": float(rng.uniform(5.0, 30.0)),
        }
    cand = pd.DataFrame.from_dict(rows, orient="index")
    total = per_node * num_nodes
    budget = int(rng.integers(max(1, per_node // 2), total + 1))
    objective: Objective = "min_cost" if rng.random() < 1 / 3 else "max_goodput"
    target = None
    if objective == "min_cost":
        best_per_gpu = float((cand["rate_per_s"] / cand["num_gpus"]).max())
        target = best_per_gpu * budget * float(rng.uniform(0.2, 1.1))
    return ParallelismInstance(
        candidates=cand,
        usable_gib=usable,
        gpu_budget=budget,
        gpus_per_node=per_node,
        num_nodes=num_nodes,
        nvlink_domain_gpus=domain,
        ttft_bound_s=2.5,
        tpot_bound_s=0.15 if rng.random() < 0.8 else None,
        e2e_bound_s=25.0 if rng.random() < 0.3 else None,
        objective=objective,
        target_rate_per_s=target,
        price_per_gpu_hour_usd=float(rng.uniform(1.0, 4.0)),
        max_distinct_configs=int(rng.integers(1, 3)) if rng.random() < 0.25 else None,
    )


def scaled_instance(size: int, rng: np.random.Generator) -> ParallelismInstance:
    """A synthetic max-goodput instance of Llama-70B-like data on ``size`` GPUs.

    ``size`` counts GPUs on 8-GPU nodes (``size // 8`` nodes; below 8, one node of
    ``size``): every (TP, PP) shape up to PP 8 that fits a node or fills whole nodes,
    with batch sizes 32, 128 and 512 (up to 66 candidates, 22 node patterns).
    """
    if size < 1:
        raise ValueError(f"size: {size} GPUs; fix: give at least 1")
    per_node = min(size, 8)
    num_nodes = max(1, size // per_node)
    shapes = _shapes(per_node, num_nodes, per_node, max_pp=8)
    cand = _synthetic_candidates(rng, shapes, (32, 128, 512), weights_gib=131.0)
    return ParallelismInstance(
        candidates=cand,
        usable_gib=71.6,
        gpu_budget=per_node * num_nodes,
        gpus_per_node=per_node,
        num_nodes=num_nodes,
        ttft_bound_s=2.5,
        tpot_bound_s=0.15,
        objective="max_goodput",
        price_per_gpu_hour_usd=2.99,
    )


FORMULATION: Formulation[ParallelismInstance, dict[str, int]] = Formulation(
    name="parallelism",
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
)
