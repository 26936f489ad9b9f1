"""The data of the fleet MILP (:mod:`servesolve.formulations.fleet`, whose docstring
states the sets, parameters and rows): the instance, validated on construction, with the
plain-dict tables (``_Tables``) and derived numbers (the traffic unit delta, the
max_goodput tie-break) that the MILP, ``evaluate`` and the brute force share; the plan;
``plan_table`` (a plan as a table) and ``with_gpu_types`` (the same workloads on fewer
GPU types). ``_var`` names the MILP's variables here because the validation refuses
labels whose variable names would collide. "The module docstring" in the docstrings and
comments below is that of :mod:`servesolve.formulations.fleet` (its "Units" paragraph
included).

Neither PuLP nor the MILP is imported here, so the brute-force twin (``fleet_twin``) can
use these classes and stay independent of ``build``.
"""

from __future__ import annotations

import dataclasses
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Literal

import pandas as pd

from servesolve.errors import SpecError

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


ConfigKey = tuple[str, str, str]  # (gpu type, workload, config)
RouteKey = tuple[str, str, str, str]  # (gpu type, workload, config, bucket)


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


_UNSAFE = re.compile(r"[^A-Za-z0-9_]")


def _var(prefix: str, *parts: object) -> str:
    """Variable name from labels, with characters MPS/LP writers mangle replaced."""
    return _UNSAFE.sub("_", "_".join([prefix, *(str(p) for p in parts)]))


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
