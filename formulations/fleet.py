r"""Mixed GPU fleet: which GPU types, how many replicas of which config per workload, and
which traffic (per workload and request-length bucket) goes to which replicas.

Mélange (Griggs et al., 2024) picks GPU types for one workload split into length buckets;
Helix (Mei et al., 2025) places one model on a heterogeneous cluster. This formulation does
both at once: several GPU types, each with a count available and a price, serve several
workloads (a model, an SLO, a target rate and a length mix), at least cost or at most
goodput within a budget.

Sets
    T           GPU types t.
    W           workloads w.
    K_w         length buckets k of workload w (Mélange's request-size buckets).
    C_tw        replica configs c (TP, PP, max_num_seqs) of workload w on GPU type t.

Parameters
    a_t         GPUs of type t available;  p_t  price of one ($/GPU-hour).
    lambda_w    target arrival rate of w (req/s);  v_w  goodput weight (max_goodput).
    s_wk        share of w's requests in bucket k (sum_k s_wk = 1);  d_wk = lambda_w s_wk.
    g_twc       GPUs per replica of c.
    r_twck      highest rate (req/s) one replica of c sustains on bucket k's requests
                within w's SLO; 0 when no rate meets the SLO (then no traffic variable).
    m_twck, M_t GiB per GPU a replica of c needs to hold bucket k's requests, and GiB usable
                per GPU (``needed_gib`` / ``usable_gib`` of the rate table).
    B           budget ($/h), optional.
    delta       the unit traffic is counted in (req/s): the largest d_wk / (8 x 10^6).

Variables
    n_twc  in Z, 0 <= n <= floor(a_t / g_twc)   replicas of config c of w on type t.
    x_twck in [0, ceil(d_wk / delta) + 1]       traffic of bucket k of w routed to (t, c),
                                                in units of delta (delta x_twck req/s);
                                                only where r_twck > 0 and d_wk > 0.
    u_twck in {0, 1}                            bucket k may run on (t, c); only where the
                                                config does not fit (m_twck > M_t).

Constraints
    structure__load_t_w_c:    sum_k x_twck / r_twck <= n_twc / delta
        (Mélange's load fraction: the replicas' time is shared by their buckets,
        sum_k delta x_twck / r_twck <= n_twc, divided by delta)
    structure__fits_t_w_c_k:  x_twck <= (ceil(d_wk / delta) + 1) u_twck  (m > M only)
    memory__t_w_c_k:          m_twck u_twck <= M_t                       GiB (m > M only)
    rate__w_k:                sum_{t,c} delta x_twck >= d_wk             req/s (min_cost)
                              sum_{t,c} delta x_twck <= d_wk             req/s (max_goodput)
    gpus__t:                  sum_{w,c} g_twc n_twc <= a_t               GPUs
    budget__all:              sum_{t,w,c} p_t g_twc n_twc <= B           $/h (if B is set)

Objective
    min_cost:     min  cost = sum_{t,w,c} p_t g_twc n_twc                ($/h)
    max_goodput:  max  3600 sum_{t,w,c,k} v_w delta x_twck  -  eps * cost
    (weighted requests served per hour). ``eps`` makes the cheaper of two plans with
    equal goodput win: 3600 delta times the power of ten at or below
    10^-6 (sum_w v_w lambda_w) / (delta x largest affordable cost), so the goodput it can
    give up is below 10^-6 of the total weighted target.

Units. One MILP must suit all four backends (the instance library certifies
``build(instance)`` on each). OR-Tools' CP-SAT reads every continuous variable as an
integer (``mip_var_scaling`` 1) below ``mip_max_bound`` = 10^7: traffic in req/s would
move in whole requests per second, so x counts units of delta, at most 8 x 10^6 for the
largest bucket (a grid of 1.25 x 10^-7 of it, below the objective tolerance); its bound
has one unit of headroom because CP-SAT rounds a ``rate`` row's d_wk / delta up. Every
goodput coefficient is 3600 delta v_w and eps is 3600 delta times a power of ten, so
CP-SAT can scale the objective to integers exactly and prove optimality (with
per-bucket coefficients, or an arbitrary eps, it stopped at "feasible" with a 5e-7
gap); arbitrary weights v_w can bring that back. The LP-based backends read x as a
plain column; goodput is counted per hour so that its coefficients stay well above
their optimality tolerances (per second, CBC served nothing and HiGHS stopped short).
delta is at least 10^-8 req/s so that ``rate`` rows keep coefficients above HiGHS's
10^-9 matrix cutoff.

Solvers. On the 4 GPU types x 5 workloads scaled instance (80 integer, 224 continuous
columns; seed 0) HiGHS, SCIP and CBC prove the optimum in about 2, 7 and 10 s on one
thread. CP-SAT (one worker, the default) solves the twin tests and the priced fleet of
the tests but stalls at a 4-10 % gap from 3 x 3 on within 60 s: its bound stays well
below the LP relaxation's (8 workers on a 2-core machine, LP search or deeper
linearisation did not close it either).

Brute force. For each workload, every vector of its replica counts within the GPUs and
the budget; then every combination across workloads, best bound first (cost for
min_cost; per-bucket capacity for max_goodput). For fixed replicas each workload's
traffic split is an LP, solved with ``scipy.optimize.linprog``; no MILP code is used.

Node boundaries. Replicas from ``from_specs`` are powers of two dividing a node or whole
nodes (``candidates.parallel_layouts``) and each type's GPUs fill whole nodes, so the one
``gpus`` row per type is exact (see ``parallelism``).

Mixing buckets on one replica. ``r_twck`` prices a replica serving bucket k alone; a
replica serving several buckets is charged the time shares ``x / r`` (Mélange's
approximation), and it must fit every bucket it serves.
"""

from __future__ import annotations

import dataclasses
import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import numpy as np
import pandas as pd
import pulp
from scipy.optimize import linprog

from servesolve.costs.memory import kv_bytes_per_token_per_gpu
from servesolve.costs.replica_model import ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import ReplicaConfig, RooflineCostModel
from servesolve.errors import SpecError
from servesolve.formulations.base import Formulation, Optimum, row_name
from servesolve.formulations.candidates import CandidateOptions, price_candidates
from servesolve.specs.hardware import GIB, ClusterSpec, GpuSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec
from servesolve.workloads.spec import WorkloadSpec, sample_requests

__all__ = [
    "FLEET_CANDIDATES",
    "FORMULATION",
    "FleetInstance",
    "FleetPlan",
    "Objective",
    "brute_force",
    "build",
    "decode",
    "evaluate",
    "from_specs",
    "plan_table",
    "plan_values",
    "random_instance",
    "scaled_instance",
    "with_gpu_types",
]

Objective = Literal["min_cost", "max_goodput"]
OBJECTIVES: tuple[str, ...] = ("min_cost", "max_goodput")

#: Traffic units of the largest bucket (see "Units" in the module docstring).
TRAFFIC_UNITS = 8.0e6
#: Smallest traffic unit (req/s).
MIN_TRAFFIC_UNIT_PER_S = 1e-8
#: Goodput is counted per hour: requests/s x this.
SECONDS_PER_HOUR = 3600.0
#: The max_goodput tie-break gives up at most this share of the total weighted target.
TIE_BREAK_SHARE = 1e-6
#: Relative slack ``evaluate`` allows on rows a solver satisfies to its tolerances.
FEASIBILITY_RTOL = 1e-5
#: Traffic below this (req/s) is dropped when decoding.
MIN_TRAFFIC_PER_S = 1e-12
#: Shares of a workload's buckets must sum to 1 within this.
SHARE_SUM_TOL = 1e-6
#: Candidate grid ``from_specs`` prices: TP 1..8 inside a node, no PP, three batch caps.
FLEET_CANDIDATES = CandidateOptions(max_num_seqs=[32, 128, 512], max_pp=1)
#: Network of a node ``from_specs`` builds around a bare GpuSpec (one 400 Gb/s NIC);
#: only pipelines across nodes use it, and the default grid has none.
DEFAULT_INTER_NODE_GB_PER_S = 50.0

ConfigKey = tuple[str, str, str]  # (gpu type, workload, config)
RouteKey = tuple[str, str, str, str]  # (gpu type, workload, config, bucket)


# ---------------------------------------------------------------------------- instance


@dataclass(frozen=True, eq=False)
class FleetInstance:
    """Data of one fleet MILP (see the module docstring for the symbols).

    Parameters
    ----------
    gpu_types:
        Indexed by GPU type; columns ``num_gpus`` (a_t, available) and
        ``price_per_gpu_hour_usd`` (p_t).
    workloads:
        Indexed by workload; columns ``target_rate_per_s`` (lambda_w) and, optionally,
        ``weight`` (v_w, default 1).
    buckets:
        Indexed by (workload, bucket); column ``share`` (s_wk).
    configs:
        Indexed by (gpu_type, workload, config); column ``num_gpus`` (g_twc). Other
        columns (tp, pp, max_num_seqs) are carried along for reports.
    rates:
        Indexed by (gpu_type, workload, config, bucket), one row for every config and
        every bucket of its workload; columns ``rate_per_s`` (r_twck, 0 = cannot meet the
        SLO), ``needed_gib`` (m_twck) and ``usable_gib`` (M_t).
    objective:
        ``min_cost`` (serve every target at least $/h) or ``max_goodput``.
    budget_usd_per_hour:
        Most $/h the fleet may cost (B); optional for both objectives.
    """

    gpu_types: pd.DataFrame
    workloads: pd.DataFrame
    buckets: pd.DataFrame
    configs: pd.DataFrame
    rates: pd.DataFrame
    objective: Objective = "min_cost"
    budget_usd_per_hour: float | None = None

    def __post_init__(self) -> None:
        _validate(self)

    @cached_property
    def tables(self) -> _Tables:
        """The instance as plain dicts (fast lookups for build, evaluate, brute force)."""
        return _Tables.of(self)

    @property
    def rate_unit_per_s(self) -> float:
        """delta: the unit (req/s) the MILP counts traffic in."""
        return max(max(self.tables.demand.values()) / TRAFFIC_UNITS, MIN_TRAFFIC_UNIT_PER_S)

    @property
    def tie_break(self) -> float:
        """Weight ``eps`` of the cost ($/h) in the max_goodput objective (req/h per $/h;
        0 for min_cost)."""
        if self.objective != "max_goodput":
            return 0.0
        tab = self.tables
        most_cost = sum(tab.price[t] * tab.available[t] for t in tab.types)
        if self.budget_usd_per_hour is not None:
            most_cost = min(most_cost, self.budget_usd_per_hour)
        total = sum(tab.weight[w] * tab.target[w] for w in tab.workloads)
        delta = self.rate_unit_per_s
        power = math.floor(math.log10(TIE_BREAK_SHARE * total / (delta * max(most_cost, 1e-12))))
        return SECONDS_PER_HOUR * delta * 10.0**power

    def cost_usd_per_hour(self, replicas: Mapping[ConfigKey, int]) -> float:
        """Price ($/h) of ``replicas``."""
        tab = self.tables
        return sum(tab.price[key[0]] * tab.num_gpus[key] * n for key, n in replicas.items())

    def gpus_by_type(self, replicas: Mapping[ConfigKey, int]) -> dict[str, int]:
        """GPUs of each type that ``replicas`` use."""
        out = dict.fromkeys(self.tables.types, 0)
        for key, n in replicas.items():
            out[key[0]] += self.tables.num_gpus[key] * n
        return out


@dataclass(frozen=True)
class FleetPlan:
    """A fleet: replica counts and the traffic routed to them.

    Attributes
    ----------
    replicas:
        (gpu_type, workload, config) -> replicas, positive counts only.
    traffic_per_s:
        (gpu_type, workload, config, bucket) -> req/s routed there, positive only.
    """

    replicas: dict[ConfigKey, int] = field(default_factory=dict)
    traffic_per_s: dict[RouteKey, float] = field(default_factory=dict)


@dataclass(frozen=True)
class _Tables:
    """Plain-dict view of a :class:`FleetInstance`."""

    types: tuple[str, ...]
    available: dict[str, int]
    price: dict[str, float]
    workloads: tuple[str, ...]
    target: dict[str, float]
    weight: dict[str, float]
    buckets: dict[str, tuple[str, ...]]
    demand: dict[tuple[str, str], float]
    configs: tuple[ConfigKey, ...]
    num_gpus: dict[ConfigKey, int]
    rate: dict[RouteKey, float]
    needed_gib: dict[RouteKey, float]
    usable_gib: dict[RouteKey, float]
    #: routes that can carry traffic: rate > 0 and the bucket has demand
    routes: tuple[RouteKey, ...]

    @classmethod
    def of(cls, inst: FleetInstance) -> _Tables:
        types = tuple(str(t) for t in inst.gpu_types.index)
        workloads = tuple(str(w) for w in inst.workloads.index)
        weights = (
            inst.workloads["weight"]
            if "weight" in inst.workloads.columns
            else pd.Series(1.0, index=inst.workloads.index)
        )
        buckets: dict[str, list[str]] = {w: [] for w in workloads}
        demand = {}
        for (w, k), share in inst.buckets["share"].items():
            buckets[str(w)].append(str(k))
            demand[str(w), str(k)] = float(inst.workloads.at[w, "target_rate_per_s"]) * share
        configs = tuple((str(t), str(w), str(c)) for t, w, c in inst.configs.index)
        rate, needed, usable = {}, {}, {}
        for (t, w, c, k), row in zip(
            inst.rates.index,
            inst.rates[["rate_per_s", "needed_gib", "usable_gib"]].itertuples(index=False),
            strict=True,
        ):
            key = (str(t), str(w), str(c), str(k))
            rate[key], needed[key], usable[key] = (float(v) for v in row)
        routes = tuple(
            (*key, k)
            for key in configs
            for k in buckets[key[1]]
            if rate[(*key, k)] > 0 and demand[key[1], k] > 0
        )
        return cls(
            types=types,
            available={str(t): int(v) for t, v in inst.gpu_types["num_gpus"].items()},
            price={str(t): float(v) for t, v in inst.gpu_types["price_per_gpu_hour_usd"].items()},
            workloads=workloads,
            target={str(w): float(v) for w, v in inst.workloads["target_rate_per_s"].items()},
            weight={str(w): float(v) for w, v in weights.items()},
            buckets={w: tuple(ks) for w, ks in buckets.items()},
            demand=demand,
            configs=configs,
            num_gpus={
                key: int(v) for key, v in zip(configs, inst.configs["num_gpus"], strict=True)
            },
            rate=rate,
            needed_gib=needed,
            usable_gib=usable,
            routes=routes,
        )

    def fits(self, route: RouteKey) -> bool:
        return self.needed_gib[route] <= self.usable_gib[route]

    def max_replicas(self, key: ConfigKey) -> int:
        return self.available[key[0]] // self.num_gpus[key]


def _require_columns(frame: pd.DataFrame, name: str, columns: Sequence[str]) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise SpecError(name, f"must be a pandas DataFrame, got {type(frame).__name__}", "pass one")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise SpecError(name, f"missing columns {missing}", f"add columns {list(columns)}")
    if not frame.index.is_unique:
        raise SpecError(name, "index has duplicate entries", "give every row its own index")


def _check_numbers(
    values: pd.Series, name: str, low: float, strict: bool, fix: str, integer: bool = False
) -> None:
    for label, value in values.items():
        v = float(value)
        bad = not math.isfinite(v) or v < low or (strict and v == low)
        if integer and not bad:
            bad = v != int(v)
        if bad:
            kind = "an integer" if integer else "a number"
            rel = ">" if strict else ">="
            raise SpecError(f"{name}[{label}]", f"must be {kind} {rel} {low}, got {value!r}", fix)


def _validate(inst: FleetInstance) -> None:
    _require_columns(inst.gpu_types, "gpu_types", ["num_gpus", "price_per_gpu_hour_usd"])
    _require_columns(inst.workloads, "workloads", ["target_rate_per_s"])
    _require_columns(inst.buckets, "buckets", ["share"])
    _require_columns(inst.configs, "configs", ["num_gpus"])
    _require_columns(inst.rates, "rates", ["rate_per_s", "needed_gib", "usable_gib"])
    if inst.gpu_types.empty or inst.workloads.empty:
        raise SpecError("gpu_types", "no GPU types or no workloads", "give at least one of each")
    _check_numbers(
        inst.gpu_types["num_gpus"], "gpu_types.num_gpus", 0, False, "count GPUs", integer=True
    )
    _check_numbers(
        inst.gpu_types["price_per_gpu_hour_usd"],
        "gpu_types.price_per_gpu_hour_usd",
        0,
        False,
        "give the $/GPU-hour",
    )
    _check_numbers(
        inst.workloads["target_rate_per_s"],
        "workloads.target_rate_per_s",
        0,
        True,
        "give the req/s to serve",
    )
    if "weight" in inst.workloads.columns:
        _check_numbers(inst.workloads["weight"], "workloads.weight", 0, True, "use weights > 0")
    for name, frame, levels in (
        ("buckets", inst.buckets, 2),
        ("configs", inst.configs, 3),
        ("rates", inst.rates, 4),
    ):
        if frame.index.nlevels != levels:
            raise SpecError(
                f"{name}.index",
                f"has {frame.index.nlevels} levels, expected {levels}",
                "index by (gpu_type, workload, config, bucket), as far as the table goes",
            )
    _check_numbers(inst.buckets["share"], "buckets.share", 0, False, "shares are fractions >= 0")
    _check_numbers(
        inst.configs["num_gpus"], "configs.num_gpus", 0, True, "GPUs per replica", integer=True
    )
    for col in ("rate_per_s", "needed_gib", "usable_gib"):
        _check_numbers(inst.rates[col], f"rates.{col}", 0, False, "use 0 for 'cannot'")
    types, workloads = set(inst.gpu_types.index), set(inst.workloads.index)
    shares = inst.buckets["share"].groupby(level=0).sum()
    for w in workloads:
        if w not in shares.index or abs(float(shares[w]) - 1.0) > SHARE_SUM_TOL:
            raise SpecError(
                f"buckets.share[{w}]",
                f"sums to {float(shares.get(w, 0.0))}, not 1",
                "give each workload buckets whose shares sum to 1",
            )
    unknown = set(shares.index) - workloads
    if unknown:
        raise SpecError("buckets.index", f"unknown workloads {sorted(unknown)}", "add them")
    for t, w, c in inst.configs.index:
        if t not in types or w not in workloads:
            raise SpecError(
                f"configs[{t}, {w}, {c}]",
                "names an unknown GPU type or workload",
                "add it to gpu_types / workloads or drop the config",
            )
    expected = {
        (t, w, c, k)
        for t, w, c in inst.configs.index
        for k in inst.buckets.loc[w].index  # type: ignore[union-attr]
    }
    given = set(inst.rates.index)
    if expected - given:
        missing = sorted(expected - given)[0]
        raise SpecError(
            f"rates{list(missing)}",
            f"missing ({len(expected - given)} rows in all)",
            "give every config a rate for each bucket of its workload (0 = cannot)",
        )
    if given - expected:
        extra = sorted(given - expected)[0]
        raise SpecError(
            f"rates{list(extra)}",
            "has no matching config or bucket",
            "drop the row or add the config",
        )
    if inst.objective not in OBJECTIVES:
        raise SpecError(
            "objective", f"unknown '{inst.objective}'", f"use one of {', '.join(OBJECTIVES)}"
        )
    budget = inst.budget_usd_per_hour
    if budget is not None and not (math.isfinite(budget) and budget > 0):
        raise SpecError("budget_usd_per_hour", f"must be > 0, got {budget!r}", "or None")
    names = [_var("n", *key) for key in inst.configs.index] + [
        _var("x", *key) for key in inst.rates.index
    ]
    if len(set(names)) != len(names):
        raise SpecError(
            "configs.index",
            "two labels become the same variable name once characters other than letters, "
            "digits and _ are replaced",
            "rename GPU types, workloads, configs or buckets",
        )


# ---------------------------------------------------------------------------- the MILP

_UNSAFE = re.compile(r"[^A-Za-z0-9_]")


def _var(prefix: str, *parts: object) -> str:
    """Variable name from labels, with characters MPS/LP writers mangle replaced."""
    return _UNSAFE.sub("_", "_".join([prefix, *(str(p) for p in parts)]))


def build(instance: FleetInstance) -> pulp.LpProblem:
    """The MILP of ``instance`` (not solved)."""
    # ---- data
    tab = instance.tables
    delta = instance.rate_unit_per_s
    most = {r: math.ceil(tab.demand[r[1], r[3]] / delta) + 1 for r in tab.routes}
    maximize = instance.objective == "max_goodput"
    prob = pulp.LpProblem("fleet", pulp.LpMaximize if maximize else pulp.LpMinimize)

    # ---- variables
    # n[t, w, c] = replicas of config c of workload w on GPU type t
    n = {
        key: prob.add_variable(_var("n", *key), 0, tab.max_replicas(key), cat="Integer")
        for key in tab.configs
    }
    # x[t, w, c, k] = traffic of bucket k of workload w routed to (t, c), in units of delta
    x = {route: prob.add_variable(_var("x", *route), 0, most[route]) for route in tab.routes}
    # u[t, w, c, k] = 1 if bucket k may run on (t, c); only where the config does not fit
    u = {
        route: prob.add_variable(_var("u", *route), 0, 1, cat="Integer")
        for route in tab.routes
        if not tab.fits(route)
    }

    # ---- constraints
    by_config: dict[ConfigKey, list[RouteKey]] = {key: [] for key in tab.configs}
    by_bucket: dict[tuple[str, str], list[RouteKey]] = {wk: [] for wk in tab.demand}
    for route in tab.routes:
        by_config[route[:3]].append(route)
        by_bucket[route[1], route[3]].append(route)
    for key, routes in by_config.items():
        if routes:
            load = pulp.lpSum(1.0 / tab.rate[r] * x[r] for r in routes)
            prob += load <= n[key] / delta, row_name("structure", "load", *key)
    for route, used in u.items():
        prob += x[route] <= most[route] * used, row_name("structure", "fits", *route)
        prob += (
            tab.needed_gib[route] * used <= tab.usable_gib[route],
            row_name("memory", *route),
        )
    served: dict[tuple[str, str], pulp.LpAffineExpression] = {}
    for (w, k), routes in by_bucket.items():
        d = tab.demand[w, k]
        if d <= 0:
            continue
        served[w, k] = pulp.lpSum(delta * x[r] for r in routes)
        if maximize:
            prob += served[w, k] <= d, row_name("rate", w, k)
        else:
            prob += served[w, k] >= d, row_name("rate", w, k)
    gpus: dict[str, list] = {t: [] for t in tab.types}
    for key in tab.configs:
        gpus[key[0]].append(tab.num_gpus[key] * n[key])
    for t in tab.types:
        if gpus[t]:
            prob += pulp.lpSum(gpus[t]) <= tab.available[t], row_name("gpus", t)
    cost = pulp.lpSum(tab.price[key[0]] * tab.num_gpus[key] * n[key] for key in tab.configs)
    if instance.budget_usd_per_hour is not None:
        prob += cost <= instance.budget_usd_per_hour, row_name("budget")

    # ---- objective
    if maximize:
        goodput = pulp.lpSum(
            SECONDS_PER_HOUR * tab.weight[w] * rate for (w, _), rate in served.items()
        )
        prob += goodput - instance.tie_break * cost
    else:
        prob += cost
    return prob


def decode(instance: FleetInstance, values: Mapping[str, float]) -> FleetPlan:
    """The plan (replicas, traffic in req/s) from a solution's variable values."""
    tab, delta = instance.tables, instance.rate_unit_per_s
    replicas = {}
    for key in tab.configs:
        count = int(round(values.get(_var("n", *key), 0.0)))
        if count > 0:
            replicas[key] = count
    traffic = {}
    for route in tab.routes:
        rate = delta * values.get(_var("x", *route), 0.0)
        if rate > MIN_TRAFFIC_PER_S:
            traffic[route] = rate
    return FleetPlan(replicas, traffic)


def plan_values(instance: FleetInstance, plan: FleetPlan) -> dict[str, float]:
    """The variable values of ``plan`` in :func:`build`'s model (a warm-start hint;
    ``decode(instance, plan_values(instance, plan))`` gives ``plan`` back)."""
    tab, delta = instance.tables, instance.rate_unit_per_s
    values = {_var("n", *key): float(plan.replicas.get(key, 0)) for key in tab.configs}
    for route in tab.routes:
        x = plan.traffic_per_s.get(route, 0.0)
        values[_var("x", *route)] = x / delta
        if not tab.fits(route):
            values[_var("u", *route)] = 1.0 if x > 0 else 0.0
    return values


def evaluate(instance: FleetInstance, plan: FleetPlan) -> float | None:
    """Objective of ``plan`` from the instance data, or ``None`` if it breaks a constraint.

    Rows a solver meets to its tolerances are checked with a relative slack of
    ``FEASIBILITY_RTOL``; served traffic counts at most each bucket's target.
    """
    tab = instance.tables
    tol = FEASIBILITY_RTOL
    for key, count in plan.replicas.items():
        if key not in tab.num_gpus or count < 0 or count != int(count):
            return None
    for t, used in instance.gpus_by_type(plan.replicas).items():
        if used > tab.available[t]:
            return None
    cost = instance.cost_usd_per_hour(plan.replicas)
    budget = instance.budget_usd_per_hour
    if budget is not None and cost > budget * (1 + tol):
        return None
    load: dict[ConfigKey, float] = {}
    served: dict[tuple[str, str], float] = dict.fromkeys(tab.demand, 0.0)
    for route, x in plan.traffic_per_s.items():
        if route not in tab.rate or x < -tol:
            return None
        if tab.rate[route] <= 0 or not tab.fits(route):
            # the SLO cannot be met there, or the config does not fit: solver noise only
            if x > tol * tab.demand[route[1], route[3]]:
                return None
            continue
        load[route[:3]] = load.get(route[:3], 0.0) + x / tab.rate[route]
        served[route[1], route[3]] += x
    for key, used in load.items():
        count = plan.replicas.get(key, 0)
        if used > count + tol * max(1, count):
            return None
    for wk, d in tab.demand.items():
        if instance.objective == "min_cost" and served[wk] < d * (1 - tol):
            return None
        if instance.objective == "max_goodput" and served[wk] > d * (1 + tol):
            return None
    if instance.objective == "min_cost":
        return cost
    goodput = sum(tab.weight[w] * min(s, tab.demand[w, k]) for (w, k), s in served.items())
    return SECONDS_PER_HOUR * goodput - instance.tie_break * cost


def plan_table(instance: FleetInstance, plan: FleetPlan) -> pd.DataFrame:
    """One row per (gpu_type, workload, config) of ``plan``: replicas, GPUs, $/h, the
    traffic per bucket (req/s) and the replicas' load (share of their time in use)."""
    tab = instance.tables
    rows = []
    for key, count in sorted(plan.replicas.items()):
        row: dict[str, object] = {
            "gpu_type": key[0],
            "workload": key[1],
            "config": key[2],
            "replicas": count,
            "num_gpus": count * tab.num_gpus[key],
            "cost_usd_per_hour": count * tab.num_gpus[key] * tab.price[key[0]],
        }
        busy = 0.0
        for k in tab.buckets[key[1]]:
            x = plan.traffic_per_s.get((*key, k), 0.0)
            row[f"rate_per_s[{k}]"] = x
            if x > 0:
                busy += x / tab.rate[(*key, k)]
        row["load"] = busy / count
        rows.append(row)
    return pd.DataFrame(rows)


def with_gpu_types(instance: FleetInstance, gpu_types: Sequence[str]) -> FleetInstance:
    """``instance`` restricted to ``gpu_types`` (a what-if: the same workloads on fewer
    kinds of GPU), e.g. to compare a mixed fleet with a single-type one."""
    unknown = sorted(set(gpu_types) - set(instance.gpu_types.index))
    if unknown or not gpu_types:
        raise SpecError(
            "gpu_types",
            f"unknown or empty: {unknown or list(gpu_types)}",
            f"choose from {list(instance.gpu_types.index)}",
        )
    keep_configs = instance.configs.index.get_level_values(0).isin(gpu_types)
    keep_rates = instance.rates.index.get_level_values(0).isin(gpu_types)
    return dataclasses.replace(
        instance,
        gpu_types=instance.gpu_types.loc[list(gpu_types)],
        configs=instance.configs[keep_configs],
        rates=instance.rates[keep_rates],
    )


# ------------------------------------------------------------------------- brute force


def _routing_lp(
    tab: _Tables, workload: str, keys: Sequence[ConfigKey], counts: Sequence[int], serve_all: bool
) -> tuple[float, dict[RouteKey, float]] | None:
    """Traffic split of one workload over fixed replica ``counts`` (scipy's HiGHS LP).

    ``serve_all``: find any split meeting every bucket's target (None if none does);
    otherwise the split serving the most traffic with each bucket capped at its target.
    Returns (req/s served, traffic per route). Independent of :func:`build`.
    """
    buckets = [k for k in tab.buckets[workload] if tab.demand[workload, k] > 0]
    cols = [
        (j, b)
        for j, key in enumerate(keys)
        if counts[j] > 0
        for b, k in enumerate(buckets)
        if tab.rate[(*key, k)] > 0 and tab.fits((*key, k))
    ]
    demand = np.array([tab.demand[workload, k] for k in buckets])
    if not cols:
        if serve_all and demand.size:
            return None
        return 0.0, {}
    a_load = np.zeros((len(keys), len(cols)))
    a_bucket = np.zeros((len(buckets), len(cols)))
    for i, (j, b) in enumerate(cols):
        a_load[j, i] = 1.0 / tab.rate[(*keys[j], buckets[b])]
        a_bucket[b, i] = 1.0
    if serve_all:
        a_ub = np.vstack([a_load, -a_bucket])
        b_ub = np.concatenate([np.asarray(counts, float), -demand])
        c = np.zeros(len(cols))
    else:
        a_ub = np.vstack([a_load, a_bucket])
        b_ub = np.concatenate([np.asarray(counts, float), demand])
        c = -np.ones(len(cols))
    res = linprog(c, A_ub=a_ub, b_ub=b_ub, bounds=(0, None), method="highs")
    if res.status != 0:
        return None
    traffic = {
        (*keys[j], buckets[b]): float(x) for (j, b), x in zip(cols, res.x, strict=True) if x > 0
    }
    return float(a_bucket.sum(axis=0) @ res.x), traffic


def _capacity_bound(
    tab: _Tables, workload: str, keys: Sequence[ConfigKey], counts: Sequence[int]
) -> tuple[float, bool]:
    """Upper bound on the req/s one workload can serve with ``counts`` (each bucket at
    most its target and at most all replicas' rate on it), and whether every bucket's
    target is within that bucket's bound (a necessary condition to serve all)."""
    total, enough = 0.0, True
    for k in tab.buckets[workload]:
        d = tab.demand[workload, k]
        if d <= 0:
            continue
        cap = sum(
            n * tab.rate[(*key, k)]
            for key, n in zip(keys, counts, strict=True)
            if n and tab.fits((*key, k))
        )
        enough = enough and cap >= d * (1 - 1e-12)
        total += min(d, cap)
    return total, enough


def brute_force(instance: FleetInstance) -> Optimum[FleetPlan] | None:
    """Optimum by enumerating every replica vector (tiny instances only).

    For each workload, every vector of its replica counts within each type's GPUs and
    the budget; then every combination across workloads within the GPUs and budget.
    For fixed replicas the traffic split is one LP per workload, solved with scipy
    (cached per workload and vector). Combinations are visited best bound first and the
    search stops when no remaining bound can beat the best plan found.
    """
    tab = instance.tables
    budget = instance.budget_usd_per_hour
    cost_cap = math.inf if budget is None else budget * (1 + 1e-12)
    serve_all = instance.objective == "min_cost"
    eps = instance.tie_break

    # every workload's own replica vectors: (counts, GPUs per type, cost, goodput bound)
    per_workload = []
    for w in tab.workloads:
        keys = [key for key in tab.configs if key[1] == w]
        vectors = []
        for counts in itertools.product(*(range(tab.max_replicas(k) + 1) for k in keys)):
            used, cost = dict.fromkeys(tab.types, 0), 0.0
            for key, n in zip(keys, counts, strict=True):
                used[key[0]] += n * tab.num_gpus[key]
                cost += tab.price[key[0]] * tab.num_gpus[key] * n
            if all(used[t] <= tab.available[t] for t in tab.types) and cost <= cost_cap:
                bound, enough = _capacity_bound(tab, w, keys, counts)
                if enough or not serve_all:
                    gpus = tuple(used[t] for t in tab.types)
                    vectors.append((counts, gpus, cost, SECONDS_PER_HOUR * tab.weight[w] * bound))
        per_workload.append((w, keys, vectors))

    # combinations, best bound first: (bound, one vector per workload)
    combos = []
    for choice in itertools.product(*(v for _, _, v in per_workload)):
        if any(
            sum(vec[1][i] for vec in choice) > tab.available[t] for i, t in enumerate(tab.types)
        ):
            continue
        cost = sum(vec[2] for vec in choice)
        if cost > cost_cap:
            continue
        bound = cost if serve_all else sum(vec[3] for vec in choice) - eps * cost
        combos.append((bound, choice))
    combos.sort(key=lambda item: item[0], reverse=not serve_all)

    cache: dict[tuple[str, tuple[int, ...]], tuple[float, dict] | None] = {}

    def route(w: str, keys: list[ConfigKey], counts: tuple[int, ...]):
        if (w, counts) not in cache:
            cache[w, counts] = _routing_lp(tab, w, keys, counts, serve_all)
        return cache[w, counts]

    best: tuple[float, FleetPlan] | None = None
    for bound, choice in combos:
        if best is not None:
            if serve_all or bound <= best[0] * (1 + 1e-12) + 1e-15:
                break
        value = -eps * sum(vec[2] for vec in choice)
        replicas: dict[ConfigKey, int] = {}
        traffic: dict[RouteKey, float] = {}
        for (w, keys, _), vec in zip(per_workload, choice, strict=True):
            found = route(w, keys, vec[0])
            if found is None:
                break
            value += SECONDS_PER_HOUR * tab.weight[w] * found[0]
            traffic |= found[1]
            replicas |= {key: n for key, n in zip(keys, vec[0], strict=True) if n}
        else:
            value = bound if serve_all else value
            if best is None or (not serve_all and value > best[0]):
                best = (value, FleetPlan(replicas, traffic))
    if best is None:
        return None
    score = evaluate(instance, best[1])
    if score is None:
        raise RuntimeError("fleet brute force: its best plan fails evaluate (a bug)")
    return Optimum(objective=score, plan=best[1])


# ---------------------------------------------------------------------------- instances

#: Synthetic GPU types: name, $/GPU-hour, GiB, bf16 TFLOP/s, HBM GB/s (as in conf/gpu).
_SYNTHETIC_GPUS = (
    ("H100", 2.99, 79.6, 989.4, 3350.0),
    ("A100", 1.79, 80.0, 312.0, 2039.0),
    ("L40S", 1.19, 45.0, 362.05, 864.0),
    ("A40", 0.79, 45.0, 149.7, 696.0),
)
#: Synthetic models: billions of parameters, KV-cache KiB per token (Llama-3.1-8B-like
#: GQA shapes: 8 KV heads x 128 dims x layers x 2 x 2 bytes).
_SYNTHETIC_MODELS = ((8.0, 128.0), (14.0, 192.0), (32.0, 256.0))


def _frames(
    gpu_rows: list[dict],
    workload_rows: list[dict],
    bucket_rows: list[dict],
    config_rows: list[dict],
    rate_rows: list[dict],
    objective: Objective,
    budget: float | None,
) -> FleetInstance:
    return FleetInstance(
        gpu_types=pd.DataFrame(gpu_rows).set_index("gpu_type"),
        workloads=pd.DataFrame(workload_rows).set_index("workload"),
        buckets=pd.DataFrame(bucket_rows).set_index(["workload", "bucket"]),
        configs=pd.DataFrame(config_rows).set_index(["gpu_type", "workload", "config"]),
        rates=pd.DataFrame(rate_rows).set_index(["gpu_type", "workload", "config", "bucket"]),
        objective=objective,
        budget_usd_per_hour=budget,
    )


def _synthetic(
    rng: np.random.Generator,
    num_types: int,
    num_workloads: int,
    gpus_per_type: Sequence[int],
    tps: Sequence[int],
    seqs: Sequence[int],
    num_buckets: int,
    objective: Objective,
    budget_share: float | None,
    load: float,
) -> FleetInstance:
    """A synthetic fleet whose numbers follow the roofline's shape.

    A bucket's speed on a GPU mixes its compute (prefill share) and HBM bandwidth
    (decode share), relative to an H100; a replica's rate grows as TP^0.85 and with its
    batch cap, falls with model size and request length. The SLO fails (rate 0) when a
    token would take too long (model / (TP x speed) above a per-workload bound). Memory:
    weights / TP, a 1 GiB reserve and the KV of ``max_num_seqs`` mean contexts. Each
    workload's target is ``load`` x the req/s the whole fleet could give it at its best
    configs.
    """
    order = sorted(rng.permutation(len(_SYNTHETIC_GPUS))[:num_types])
    gpus = [_SYNTHETIC_GPUS[i] for i in order]
    gpu_rows = [
        {"gpu_type": name, "num_gpus": int(a), "price_per_gpu_hour_usd": price}
        for (name, price, *_), a in zip(gpus, gpus_per_type, strict=True)
    ]
    workload_rows, bucket_rows, config_rows, rate_rows = [], [], [], []
    for wi in range(num_workloads):
        w = f"w{wi}"
        params_b, kv_kib = _SYNTHETIC_MODELS[rng.choice(3, p=[0.5, 0.35, 0.15])]
        weights_gib = 2.0 * params_b * 1e9 / GIB
        shares = rng.dirichlet(np.full(num_buckets, 3.0))
        length = np.sort(rng.uniform(0.4, 4.0, size=num_buckets))  # x 200 tokens of context
        prefill_share = rng.uniform(0.2, 0.8, size=num_buckets)
        slowest = rng.uniform(60.0, 160.0)  # SLO bound on params_b / (TP x speed)
        best_per_gpu = dict.fromkeys((g[0] for g in gpus), 0.0)
        for name, _price, mem_gib, tflops, bw in gpus:
            usable = 0.9 * mem_gib
            for tp in tps:
                for b in seqs:
                    c = f"tp{tp}_b{b}"
                    config_rows.append(
                        {"gpu_type": name, "workload": w, "config": c, "num_gpus": tp}
                    )
                    mix = 0.0
                    for k in range(num_buckets):
                        speed = (tflops / 989.4) ** prefill_share[k] * (bw / 3350.0) ** (
                            1 - prefill_share[k]
                        )
                        rate = (
                            40.0
                            * speed
                            * tp**0.85
                            * (b / 256.0) ** 0.4
                            * (8.0 / params_b)
                            / length[k]
                            * rng.uniform(0.85, 1.15)
                        )
                        if params_b / (tp * speed) * length[k] ** 0.3 > slowest:
                            rate = 0.0
                        kv_gib = b * 200.0 * length[k] * kv_kib / 2**20 / tp
                        needed = weights_gib / tp + 1.0 + kv_gib
                        rate_rows.append(
                            {
                                "gpu_type": name,
                                "workload": w,
                                "config": c,
                                "bucket": f"k{k}",
                                "rate_per_s": round(rate, 6),
                                "needed_gib": round(needed, 6),
                                "usable_gib": usable,
                            }
                        )
                        ok = rate > 0 and needed <= usable
                        mix = math.inf if not ok or math.isinf(mix) else mix + shares[k] / rate
                    if math.isfinite(mix):
                        best_per_gpu[name] = max(best_per_gpu[name], 1.0 / (mix * tp))
        fleet_rate = sum(best_per_gpu[g[0]] * a for g, a in zip(gpus, gpus_per_type, strict=True))
        target = max(load * fleet_rate * rng.uniform(0.7, 1.3), 0.5)
        workload_rows.append(
            {
                "workload": w,
                "target_rate_per_s": round(target, 4),
                "weight": round(float(rng.uniform(0.5, 2.0)), 3),
            }
        )
        bucket_rows.extend(
            {"workload": w, "bucket": f"k{k}", "share": float(s)} for k, s in enumerate(shares)
        )
    budget = None
    if budget_share is not None:
        full = sum(r["price_per_gpu_hour_usd"] * r["num_gpus"] for r in gpu_rows)
        most = max(r["price_per_gpu_hour_usd"] for r in gpu_rows)
        budget = round(max(budget_share * full, most), 4)
    return _frames(gpu_rows, workload_rows, bucket_rows, config_rows, rate_rows, objective, budget)


def random_instance(rng: np.random.Generator) -> FleetInstance:
    """A tiny random fleet for the twin tests.

    1-2 GPU types with 1-4 GPUs each, 1-2 workloads with 1-2 length buckets, TP 1 (and
    2 half the time) at one batch cap. Two times in three min_cost (a budget one time in
    four), else max_goodput within a budget of 35-90 % of the whole fleet's price.
    """
    objective: Objective = "min_cost" if rng.random() < 2 / 3 else "max_goodput"
    num_types = int(rng.integers(1, 3))
    num_workloads = int(rng.integers(1, 3))
    top = 5 if num_workloads == 1 else 4
    gpus_per_type = [int(rng.integers(1, top)) for _ in range(num_types)]
    tps = [1, 2] if rng.random() < 0.5 else [1]
    if objective == "max_goodput":
        budget_share, load = float(rng.uniform(0.35, 0.9)), float(rng.uniform(0.3, 1.2))
    else:
        budget_share = float(rng.uniform(0.6, 1.0)) if rng.random() < 0.25 else None
        load = float(rng.uniform(0.1, 0.7))
    return _synthetic(
        rng,
        num_types,
        num_workloads,
        gpus_per_type,
        tps,
        [int(rng.choice([32, 128]))],
        int(rng.integers(1, 3)),
        objective,
        budget_share,
        load / num_workloads,
    )


def scaling_shape(size: int) -> tuple[int, int]:
    """(GPU types, workloads) of :func:`scaled_instance` for ``size`` (type, workload)
    pairs: up to 4 types, as square as possible (20 -> 4 types x 5 workloads)."""
    if size < 1:
        raise SpecError("size", f"must be >= 1, got {size}", "count (type, workload) pairs")
    types = min(4, math.ceil(math.sqrt(size)))
    return types, math.ceil(size / types)


def scaled_instance(size: int, rng: np.random.Generator) -> FleetInstance:
    """A min_cost fleet of ``size`` (GPU type, workload) pairs (:func:`scaling_shape`):
    4 configs (TP 1/2/4/8 at batch cap 256) and 3 length buckets per pair, 16 GPUs of
    each type per workload (80 per type at 4 types x 5 workloads), each workload's
    target about 40 % of what the fleet could give it alone. (With a second batch cap,
    CBC and SCIP needed about 30 s at 4 x 5 and timed out on some seeds.)"""
    num_types, num_workloads = scaling_shape(size)
    return _synthetic(
        rng,
        num_types,
        num_workloads,
        [16 * num_workloads] * num_types,
        [1, 2, 4, 8],
        [256],
        3,
        "min_cost",
        None,
        0.4 / num_workloads,
    )


# --------------------------------------------------------------------------- from specs


def _cluster_for(spec: ClusterSpec | GpuSpec, count: int | None, i: int) -> ClusterSpec:
    """The cluster ``count`` GPUs of ``spec`` form (whole nodes)."""
    where = f"gpu_types[{i}]"
    if isinstance(spec, GpuSpec):
        if count is None or count < 1:
            raise SpecError(f"{where}.count", f"must be >= 1, got {count!r}", "count the GPUs")
        per_node = math.gcd(int(count), 8)
        return ClusterSpec(
            name=f"{spec.name}x{count}",
            gpu=spec,
            num_nodes=int(count) // per_node,
            gpus_per_node=per_node,
            inter_node_gb_per_s=DEFAULT_INTER_NODE_GB_PER_S,
        )
    if not isinstance(spec, ClusterSpec):
        raise SpecError(
            where,
            f"must be a ClusterSpec or GpuSpec, got {type(spec).__name__}",
            "pass a spec from servesolve.specs (e.g. load_gpu('H100-SXM-80GB'))",
        )
    count = spec.num_gpus if count is None else int(count)
    if count < 1 or count % spec.gpus_per_node:
        raise SpecError(
            f"{where}.count",
            f"{count} GPUs do not fill whole {spec.gpus_per_node}-GPU nodes of {spec.name}",
            f"use a multiple of {spec.gpus_per_node}",
        )
    return dataclasses.replace(spec, num_nodes=count // spec.gpus_per_node)


def _length_buckets(requests: pd.DataFrame, num_buckets: int) -> list[tuple[str, pd.DataFrame]]:
    """Requests split at quantiles of their length (input + output tokens), empty
    buckets dropped; labels ``le<max tokens>``."""
    total = (requests["input_tokens"] + requests["output_tokens"]).to_numpy()
    edges = np.unique(np.quantile(total, np.linspace(0, 1, num_buckets + 1))[1:])
    out, low = [], -math.inf
    for edge in edges:
        part = requests[(total > low) & (total <= edge)]
        if len(part):
            out.append((f"le{int(edge)}", part))
        low = edge
    return out


def from_specs(
    gpu_types: Sequence[tuple[ClusterSpec | GpuSpec, int | None]],
    workloads: Sequence[tuple[ModelSpec, WorkloadSpec | pd.DataFrame, SloSpec, float]],
    objective: Objective = "min_cost",
    budget_usd_per_hour: float | None = None,
    num_buckets: int = 3,
    options: CandidateOptions | None = None,
    weights: Sequence[float] | None = None,
    names: Sequence[str] | None = None,
) -> FleetInstance:
    """Price a fleet instance from project specs with the roofline cost model.

    Parameters
    ----------
    gpu_types:
        (cluster or GPU, count) per GPU type: ``count`` GPUs available (whole nodes of
        a cluster; a bare GPU gets nodes of gcd(count, 8) GPUs), priced at the GPU's
        ``price_per_gpu_hour_usd``.
    workloads:
        (model, workload spec or request table, SLO, target rate in req/s) per workload.
    objective, budget_usd_per_hour:
        As in :class:`FleetInstance`.
    num_buckets:
        Length buckets per workload, split at quantiles of input + output tokens.
    options:
        Candidate grid and engine knobs (default :data:`FLEET_CANDIDATES`).
    weights:
        Goodput weight per workload (default 1).
    names:
        Workload names (default ``<model>:<workload>``).

    Returns
    -------
    FleetInstance
        Every (type, workload, TP x PP layout, batch cap) is a config; each bucket is
        priced with ``candidates.price_candidates`` on the bucket's ``WorkloadStats``.
        Configs that do not fit keep the rate they would have (priced here with
        ``ReplicaPerformance``) and a ``memory`` row says by how many GiB they miss.
    """
    options = options or FLEET_CANDIDATES
    if not gpu_types:
        raise SpecError("gpu_types", "is empty", "give at least one (GPU or cluster, count)")
    if not workloads:
        raise SpecError("workloads", "is empty", "give at least one (model, workload, slo, rate)")
    if num_buckets < 1:
        raise SpecError("num_buckets", f"must be >= 1, got {num_buckets}", "use e.g. 3")
    if weights is not None and len(weights) != len(workloads):
        raise SpecError("weights", "needs one weight per workload", "match the workloads")
    clusters = [_cluster_for(spec, count, i) for i, (spec, count) in enumerate(gpu_types)]
    type_names = [c.gpu.name for c in clusters]
    if len(set(type_names)) != len(type_names):
        raise SpecError("gpu_types", f"repeat a GPU type: {type_names}", "list each GPU once")
    gpu_rows = [
        {
            "gpu_type": c.gpu.name,
            "num_gpus": c.num_gpus,
            "price_per_gpu_hour_usd": c.gpu.price_per_gpu_hour_usd,
        }
        for c in clusters
    ]
    workload_rows, bucket_rows, config_rows, rate_rows = [], [], [], []
    for i, (model, work, slo, target) in enumerate(workloads):
        requests = work if isinstance(work, pd.DataFrame) else sample_requests(work)
        label = work.name if isinstance(work, WorkloadSpec) else f"w{i}"
        w = names[i] if names is not None else f"{model.name}:{label}"
        longest = int((requests["input_tokens"] + requests["output_tokens"]).max())
        if longest > model.max_context_tokens:
            raise SpecError(
                f"workloads[{i}]",
                f"the longest request has {longest} tokens, {model.name} supports "
                f"{model.max_context_tokens}",
                "use shorter requests or a longer-context model",
            )
        if not (math.isfinite(target) and target > 0):
            raise SpecError(f"workloads[{i}].target_rate_per_s", f"got {target!r}", "use > 0")
        workload_rows.append(
            {
                "workload": w,
                "target_rate_per_s": float(target),
                "weight": 1.0 if weights is None else float(weights[i]),
            }
        )
        buckets = _length_buckets(requests, num_buckets)
        for k, part in buckets:
            bucket_rows.append({"workload": w, "bucket": k, "share": len(part) / len(requests)})
        for cluster in clusters:
            cost_model = RooflineCostModel(model, cluster, options.iteration_overhead_s)
            seen = set()
            for k, part in buckets:
                stats = WorkloadStats.from_requests(part, slo.quantile)
                table = price_candidates(model, cluster, stats, slo, options, cost_model)
                for c, row in table.iterrows():
                    tp, pp, seqs = int(row.tp), int(row.pp), int(row.max_num_seqs)
                    if c not in seen:
                        seen.add(c)
                        config_rows.append(
                            {
                                "gpu_type": cluster.gpu.name,
                                "workload": w,
                                "config": c,
                                "num_gpus": int(row.num_gpus),
                                "tp": tp,
                                "pp": pp,
                                "max_num_seqs": seqs,
                            }
                        )
                    kv_tokens = max(
                        pp * (stats.max_input_tokens + stats.max_output_tokens),
                        seqs * stats.mean_running_context_tokens,
                    )
                    needed = (
                        row.needed_gib + kv_tokens * kv_bytes_per_token_per_gpu(model, tp, pp) / GIB
                    )
                    rate = float(row.rate_per_s) if row.feasible else 0.0
                    if not row.feasible and str(row.reason).startswith("memory"):
                        perf = ReplicaPerformance(
                            cost_model,
                            ReplicaConfig(tp, pp),
                            seqs,
                            options.max_num_batched_tokens,
                            stats,
                        )
                        rate = perf.max_rate_meeting(slo, options.max_utilization)[0]
                    rate_rows.append(
                        {
                            "gpu_type": cluster.gpu.name,
                            "workload": w,
                            "config": c,
                            "bucket": k,
                            "rate_per_s": rate,
                            "needed_gib": float(needed),
                            "usable_gib": float(row.usable_gib),
                        }
                    )
    return _frames(
        gpu_rows,
        workload_rows,
        bucket_rows,
        config_rows,
        rate_rows,
        objective,
        budget_usd_per_hour,
    )


FORMULATION: Formulation[FleetInstance, FleetPlan] = Formulation(
    name="fleet",
    build=build,
    decode=decode,
    evaluate=evaluate,
    brute_force=brute_force,
    random_instance=random_instance,
    scaled_instance=scaled_instance,
    maximize=False,
    scaling_sizes=(1, 4, 9, 16, 20),
    size_unit="GPU types x workloads",
    default_backend="highs",
)
