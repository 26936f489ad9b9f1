"""SLO capacity by simulation: the highest Poisson arrival rate at which a replica config
(or a whole plan) meets the SLO at steady state, with a confidence interval.

The method, which every output repeats in words (:meth:`CapacityOptions.describe`):

* **Common random numbers.** Replication ``r`` draws, once, its request lengths
  (resampled with replacement from the workload's) and unit-rate exponential gaps from
  seed ``(seed, r)``. At rate ``λ`` its arrivals are the gaps' cumulative sums over
  ``λ``. Every candidate and every rate sees the same requests in the same order, so two
  candidates differ by their configs, not by their draws.
* **Warm-up removed.** The first ``warmup_fraction`` of the arrivals run but are not
  measured; the SLO's percentiles are taken over the rest (every request runs to
  completion, so the drain is measured too).
* **Stability.** A replication's saturated throughput is the steady completion rate
  of a closed loop that always holds ``max_num_seqs`` of its requests (the most the
  config runs at once; the middle half of the completions, after the synchronized start
  and before the drain). Above it the queue grows without bound, whatever a finite run's
  percentiles say, so it caps the replication's capacity. (Throughput grows with the
  number of requests in flight up to ``max_num_seqs``; a closed loop at the cap is the
  most a config can sustain.)
* **Capacity of one replication:** geometric bisection on ``λ``, below the saturated
  throughput, to a relative width of ``rel_tol``: the highest rate tried whose measured
  requests meet every bound of the SLO at its percentile.
* **Interval:** a Student-t interval over the ``replications`` capacities at
  ``confidence``.
* **Plans.** Replicas of a plan each receive an independent Poisson share of the traffic,
  in proportion to their capacities (random splitting of a Poisson stream), so a plan's
  capacity is the sum of its replicas' and one replica per distinct config is simulated.
  A load-aware router (``least_outstanding_tokens``) can only do better than this split.
  A plan's interval adds its configs' half-widths, which holds whatever their correlation.
* **Upper bound** (for pruning a search): the highest saturated throughput over the
  replications times ``1 + rel_tol``. It bounds the config's capacity by construction;
  a search also uses it for smaller batch caps of the same layout, which holds when
  throughput grows with the batch cap (checked against every estimate made).
"""

from __future__ import annotations

import math
import multiprocessing
import os
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd
from scipy import stats as scipy_stats

from servesolve.checking import (
    MAX_CHECK_REQUESTS,
    STABLE_FRACTION,
    CapacityOptions,
    policy_fields,
    slo_misses,
    slo_percentiles,
)
from servesolve.costs.roofline import RooflineCostModel
from servesolve.errors import InfeasibleError
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec
from servesolve.workloads import WorkloadSpec, sample_requests

#: Most requests one capacity run simulates.
MAX_RUN_REQUESTS = MAX_CHECK_REQUESTS


@dataclass(frozen=True)
class CapacitySetting:
    """Everything a capacity run simulates besides the replica config and the rate."""

    model: ModelSpec
    cluster: ClusterSpec
    workload: WorkloadSpec
    slo: SloSpec
    engine: EngineSpec
    cost_model: RooflineCostModel
    max_num_batched_tokens: int
    iteration_overhead_s: float
    gpu_memory_utilization: float
    runtime_reserve_gib: float
    policy: str = "engine"  # or an explicit policy (checking.policy_fields)
    block_size: int = 16

    def spec(self, group: ReplicaGroupSpec) -> SimulationSpec:
        """One replica of ``group``'s config."""
        one = ReplicaGroupSpec(
            group.tp, group.pp, group.max_num_seqs, 1, group.ep, group.stage_layers, group.attn_dp
        )
        return SimulationSpec(
            self.model,
            self.cluster,
            (one,),
            **policy_fields(self.policy, self.engine),
            max_num_batched_tokens=self.max_num_batched_tokens,
            block_size=self.block_size,
            gpu_memory_utilization=self.gpu_memory_utilization,
            runtime_reserve_gib=self.runtime_reserve_gib,
            iteration_overhead_s=self.iteration_overhead_s,
        )


class Streams:
    """The common random numbers: per replication (drawn when first asked for), request
    lengths and the cumulative sums of unit-rate exponential gaps (arrival times at rate
    1), ``MAX_RUN_REQUESTS`` long."""

    def __init__(self, workload: WorkloadSpec, seed: int) -> None:
        self.seed = seed
        self.base = sample_requests(workload, seed=seed)[["input_tokens", "output_tokens"]]
        self._drawn: dict[int, tuple[pd.DataFrame, np.ndarray]] = {}

    def _draw(self, replication: int) -> tuple[pd.DataFrame, np.ndarray]:
        if replication not in self._drawn:
            rng = np.random.default_rng([self.seed, replication])
            rows = rng.integers(0, len(self.base), MAX_RUN_REQUESTS)
            self._drawn[replication] = (
                self.base.iloc[rows].reset_index(drop=True),
                np.cumsum(rng.exponential(1.0, MAX_RUN_REQUESTS)),
            )
        return self._drawn[replication]

    def requests(self, replication: int, rate_per_s: float, num: int) -> pd.DataFrame:
        """The first ``num`` requests of ``replication`` arriving at ``rate_per_s``."""
        lengths, unit_arrivals = self._draw(replication)
        return lengths.iloc[:num].assign(arrival_time_s=unit_arrivals[:num] / rate_per_s)


@dataclass(frozen=True)
class RunVerdict:
    """One simulated run at one rate: the measured percentiles and what they miss."""

    rate_per_s: float
    ttft_s: float
    tpot_s: float
    e2e_s: float
    misses: tuple[str, ...]

    @property
    def meets_slo(self) -> bool:
        return not self.misses


@dataclass(frozen=True)
class CapacityEstimate:
    """SLO capacity of one replica config: per-replication values and their interval."""

    group: ReplicaGroupSpec
    per_replication: tuple[float, ...]  # each the highest rate that met the SLO
    confidence: float
    rel_tol: float  # each replication's capacity lies below its value times 1 + rel_tol
    num_requests: int
    simulations: int
    wall_s: float
    saturation: tuple[float, ...] = ()  # saturated throughput per replication (the caps)
    at_capacity: RunVerdict | None = None  # replication 0's run at its capacity

    @property
    def mean(self) -> float:
        return float(np.mean(self.per_replication))

    @property
    def half_width(self) -> float:
        return t_half_width(self.per_replication, self.confidence)

    @property
    def low(self) -> float:
        return max(0.0, self.mean - self.half_width)

    @property
    def high(self) -> float:
        """Upper end: the interval's, widened by the bisection's last step where it
        stopped below the saturated throughput (a capacity at it cannot be higher)."""
        tops = [
            v if i < len(self.saturation) and v >= self.saturation[i] else v * (1 + self.rel_tol)
            for i, v in enumerate(self.per_replication)
        ]
        return float(np.mean(tops)) + self.half_width

    @property
    def stability_limited(self) -> int:
        """Replications whose capacity is their saturated throughput (the SLO held up to it)."""
        return sum(v >= c for v, c in zip(self.per_replication, self.saturation, strict=False))


@dataclass(frozen=True)
class PlanCapacity:
    """SLO capacity of a plan: the sum of its replicas' (the routing assumption above)."""

    estimates: tuple[tuple[CapacityEstimate, int], ...]  # (config's estimate, replicas)

    @property
    def mean(self) -> float:
        return sum(e.mean * k for e, k in self.estimates)

    @property
    def half_width(self) -> float:
        return sum(e.half_width * k for e, k in self.estimates)

    @property
    def low(self) -> float:
        return max(0.0, self.mean - self.half_width)

    @property
    def high(self) -> float:
        return sum(e.high * k for e, k in self.estimates)

    def record(self) -> dict[str, Any]:
        """The capacity and each config's replications, as plain JSON data."""
        return {
            "capacity_per_s": self.mean,
            "low_per_s": self.low,
            "high_per_s": self.high,
            "configs": [
                {
                    "tp": e.group.tp,
                    "pp": e.group.pp,
                    "max_num_seqs": e.group.max_num_seqs,
                    "replicas": k,
                    "per_replication_per_s": list(e.per_replication),
                    "saturation_per_s": list(e.saturation),
                    "mean_per_s": e.mean,
                    "half_width_per_s": e.half_width if math.isfinite(e.half_width) else None,
                    "num_requests": e.num_requests,
                }
                for e, k in self.estimates
            ],
        }


#: The estimator a forked worker inherits (set by ``CapacityEstimator._run_all``).
_WORKER: CapacityEstimator | None = None


def _in_worker(task: tuple[Callable[..., Any], tuple[Any, ...]]) -> tuple[Any, int]:
    """Run one task on the inherited estimator: its result and the simulations it took."""
    est = _WORKER
    assert est is not None
    est.on_simulation = None  # the parent counts and shows progress
    before = est.simulations
    fn, args = task
    return fn(est, *args), est.simulations - before


def _saturation_task(est: CapacityEstimator, group: ReplicaGroupSpec, replication: int) -> float:
    return est._saturation_of(group, replication)


def _capacity_task(
    est: CapacityEstimator,
    group: ReplicaGroupSpec,
    replication: int,
    num: int,
    start: float,
    step: float,
    cap: float,
) -> tuple[float, RunVerdict | None]:
    return est._bisect(lambda x: est.run(group, x, replication, num), start, step, cap)


@dataclass
class _Runs:
    """One config's capacity runs so far."""

    num: int  # requests per run
    guess: float  # first bisection's start
    values: list[float] = field(default_factory=list)
    first: RunVerdict | None = None
    simulations: int = 0
    wall_s: float = 0.0


def t_half_width(values: Sequence[float], confidence: float) -> float:
    """Half-width of the Student-t interval of the mean of ``values`` (replications) at
    ``confidence``; infinite with fewer than two."""
    n = len(values)
    if n < 2:
        return math.inf
    sd = float(np.std(values, ddof=1))
    return float(scipy_stats.t.ppf(0.5 + confidence / 2, n - 1)) * sd / math.sqrt(n)


def group_key(group: ReplicaGroupSpec) -> tuple[Any, ...]:
    """A replica config without its count: what one capacity estimate covers."""
    return (group.tp, group.pp, group.max_num_seqs, group.ep, group.stage_layers, group.attn_dp)


def _verdict(
    table: pd.DataFrame, warmup: int, rate: float, slo: SloSpec, stability: bool = False
) -> RunVerdict:
    """The SLO's percentiles over the requests after the warm-up; with ``stability``, also
    whether completions keep up with arrivals over the measured window (a run without a
    saturation cap: a finite run above saturation can still meet the percentiles)."""
    measured = table.iloc[warmup:]
    ttft, tpot, e2e = slo_percentiles(measured, slo)
    misses = slo_misses(ttft, tpot, e2e, slo)
    if stability:
        start, end = measured["arrival_time_s"].min(), measured["arrival_time_s"].max()
        done = int(table["finish_time_s"].between(start, end).sum())
        if done < STABLE_FRACTION * len(measured):
            misses.append("throughput")
    return RunVerdict(rate, ttft, tpot, e2e, tuple(misses))


class CapacityEstimator:
    """Estimates SLO capacities for one setting, with common random numbers; caches each
    config's estimate and bound, so a search asks for them as often as it likes."""

    def __init__(
        self,
        setting: CapacitySetting,
        options: CapacityOptions,
        on_simulation: Callable[[], None] | None = None,
    ) -> None:
        self.setting = setting
        self.options = options
        self.streams = Streams(setting.workload, options.seed)
        self.on_simulation = on_simulation
        self.simulations = 0
        self._saturation: dict[tuple[Any, ...], list[float]] = {}
        self._runs: dict[tuple[Any, ...], _Runs] = {}

    # -- one run -------------------------------------------------------------------
    def _simulate(
        self, group: ReplicaGroupSpec, requests: pd.DataFrame, **kwargs: Any
    ) -> pd.DataFrame:
        self.simulations += 1
        if self.on_simulation is not None:
            self.on_simulation()
        try:
            result = simulate(
                self.setting.spec(group),
                requests,
                self.setting.slo,
                cost_model=self.setting.cost_model,
                **kwargs,
            )
        except ValueError as exc:  # candidates are pre-filtered to fit: a modelling gap
            raise InfeasibleError(
                f"planner.check: the simulator cannot run TP{group.tp}xPP{group.pp} "
                f"b{group.max_num_seqs}: {exc}; fix: report this config, or leave it out"
            ) from None
        return result.requests

    def run(self, group: ReplicaGroupSpec, rate: float, replication: int, num: int) -> RunVerdict:
        """Simulate replication ``replication``'s first ``num`` requests at ``rate``."""
        table = self._simulate(group, self.streams.requests(replication, rate, num))
        return _verdict(table, int(self.options.warmup_fraction * num), rate, self.setting.slo)

    def run_length(self, group: ReplicaGroupSpec) -> int:
        """Requests per capacity run of ``group``: at least ``num_requests``, and five
        batch caps, so that the warm-up covers about one full batch. It depends on the
        config alone (not on a guess), so the planner and ``servesolve capacity`` run
        exactly the same requests for the same config."""
        return min(max(self.options.num_requests, 5 * group.max_num_seqs), MAX_RUN_REQUESTS)

    # -- saturation ------------------------------------------------------------------
    def _saturation_of(self, group: ReplicaGroupSpec, replication: int) -> float:
        """One replication's saturated throughput (a closed loop at ``max_num_seqs``)."""
        b = group.max_num_seqs
        num = min(max(4 * b, self.options.num_requests), MAX_RUN_REQUESTS)
        table = self._simulate(group, self.streams.requests(replication, 1.0, num), concurrency=b)
        finish = np.sort(table["finish_time_s"].to_numpy())
        i, j = num // 4, (3 * num) // 4
        return (j - i) / (finish[j] - finish[i]) if finish[j] > finish[i] else 0.0

    def saturate(self, groups: Sequence[ReplicaGroupSpec], replications: int = 0) -> None:
        """Measure the saturated throughput of every config of ``groups`` for its first
        ``replications`` replications (default ``options.replications``), in parallel."""
        n = replications or self.options.replications
        tasks, seen = [], set()
        for g in groups:
            key = group_key(g)
            if key in seen:
                continue
            seen.add(key)
            done = len(self._saturation.setdefault(key, []))
            tasks += [(_saturation_task, (g, r)) for r in range(done, n)]
        for (_, (g, r)), (value, _sims) in zip(tasks, self._run_all(tasks), strict=True):
            values = self._saturation[group_key(g)]
            assert len(values) == r  # tasks come back in order
            values.append(value)

    def saturation(self, group: ReplicaGroupSpec, replications: int = 0) -> tuple[float, ...]:
        """Saturated throughput (req/s) of one replica of ``group``, for each of the first
        ``replications`` replications (default ``options.replications``)."""
        n = replications or self.options.replications
        self.saturate([group], n)
        return tuple(self._saturation[group_key(group)][:n])

    def upper_bound(self, group: ReplicaGroupSpec) -> float:
        """Bound on the SLO capacity of ``group`` (see the module docstring)."""
        return max(self.saturation(group)) * (1 + self.options.rel_tol)

    # -- capacity --------------------------------------------------------------------
    def _bisect(
        self, meets: Callable[[float], RunVerdict], guess: float, step: float, cap: float
    ) -> tuple[float, RunVerdict | None]:
        """Highest rate up to ``cap`` meeting the SLO to ``rel_tol``, by geometric
        bisection. ``cap`` (the saturated throughput) is tried first, as capacities are
        often stability-limited; then ``guess``, divided by ``step`` until a rate meets
        the SLO; (0, None) when even a rate 10^4 times below ``cap`` fails."""
        tol = self.options.rel_tol
        if cap <= 0:
            return 0.0, None
        verdict = meets(cap)
        if verdict.meets_slo:
            return cap, verdict
        high = cap
        low: tuple[float, RunVerdict] | None = None
        rate = min(guess, cap / (1 + tol))
        while low is None:
            if rate < cap * 1e-4:
                return 0.0, None
            verdict = meets(rate)
            if verdict.meets_slo:
                low = (rate, verdict)
            else:
                high = rate
                rate /= step
        while high / low[0] - 1 > tol:
            mid = math.sqrt(low[0] * high)
            verdict = meets(mid)
            if verdict.meets_slo:
                low = (mid, verdict)
            else:
                high = mid
        return low

    def estimate(
        self,
        group: ReplicaGroupSpec,
        guess_rate: float,
        replications: int = 0,
    ) -> CapacityEstimate:
        """SLO capacity of one replica of ``group``'s config over its first
        ``replications`` replications (default: ``options.replications``, or every one
        made so far if more; runs are cached per config, and extended when asked for more).

        ``guess_rate`` (e.g. the mean-value model's) starts the first bisection below the
        saturated throughput; it does not change what counts as meeting the SLO."""
        return self.estimate_many([(group, guess_rate, replications)])[0]

    def estimate_many(
        self, items: Sequence[tuple[ReplicaGroupSpec, float, int]]
    ) -> list[CapacityEstimate]:
        """:meth:`estimate` of each (group, guess_rate, replications), with
        every missing replication of every config run in parallel. A batch of new
        replications of a config all start from the same rate (the guess, or the mean
        so far), so the results do not depend on the number of workers."""
        wanted: dict[tuple[Any, ...], tuple[ReplicaGroupSpec, int]] = {}
        for group, guess_rate, replications in items:
            key = group_key(group)
            runs = self._runs.get(key)
            if runs is None:
                guess = guess_rate if guess_rate > 0 else 0.5 * max(self.saturation(group))
                runs = self._runs[key] = _Runs(self.run_length(group), guess)
            n = replications or max(self.options.replications, len(runs.values))
            wanted[key] = (group, max(n, wanted.get(key, (group, 0))[1]))
        self.saturate([g for g, n in wanted.values()], max(n for _, n in wanted.values()))
        tasks = []
        for key, (group, n) in wanted.items():
            runs = self._runs[key]
            if len(runs.values) >= n:
                continue
            caps = self._saturation[key]
            start_rate = float(np.mean(runs.values)) if runs.values else runs.guess
            step = 1.0 + 3 * self.options.rel_tol if runs.values else 1.25
            for r in range(len(runs.values), n):
                tasks.append(
                    (_capacity_task, (group, r, runs.num, start_rate or runs.guess, step, caps[r]))
                )
        wall = time.perf_counter()
        results = self._run_all(tasks)
        share = (time.perf_counter() - wall) / max(len(tasks), 1)
        for (_, (group, r, *_)), ((rate, verdict), sims) in zip(tasks, results, strict=True):
            runs = self._runs[group_key(group)]
            assert len(runs.values) == r  # tasks come back in order
            runs.values.append(rate)
            runs.simulations += sims
            runs.wall_s += share
            if r == 0:
                runs.first = verdict
        return [
            self._estimate_of(group, n) for group, n in (wanted[group_key(g)] for g, *_ in items)
        ]

    def _estimate_of(self, group: ReplicaGroupSpec, n: int) -> CapacityEstimate:
        runs = self._runs[group_key(group)]
        return CapacityEstimate(
            group,
            tuple(runs.values[:n]),
            self.options.confidence,
            self.options.rel_tol,
            runs.num,
            runs.simulations,
            runs.wall_s,
            tuple(self._saturation[group_key(group)][:n]),
            runs.first,
        )

    # -- parallel runs ----------------------------------------------------------------
    def _run_all(
        self, tasks: Sequence[tuple[Callable[..., Any], tuple[Any, ...]]]
    ) -> list[tuple[Any, int]]:
        """Run ``(function, args)`` tasks, in order, on ``options.workers`` forked
        processes (each inherits this estimator; only the arguments and the results
        travel) or here when one worker suffices: each task's result and simulations."""
        global _WORKER
        workers = min(self.options.workers or os.cpu_count() or 1, len(tasks))
        results: list[tuple[Any, int]] = []
        if workers <= 1 or "fork" not in multiprocessing.get_all_start_methods():
            for fn, args in tasks:
                before = self.simulations
                results.append((fn(self, *args), self.simulations - before))
            return results
        _WORKER = self
        try:
            ctx = multiprocessing.get_context("fork")
            with ctx.Pool(workers) as pool:
                for value, sims in pool.imap(_in_worker, tasks):
                    results.append((value, sims))
                    self.simulations += sims
                    for _ in range(sims):
                        if self.on_simulation is not None:
                            self.on_simulation()
        finally:
            _WORKER = None
        return results

    def replications_of(self, group: ReplicaGroupSpec) -> int:
        """Replications estimated so far for ``group``'s config."""
        runs = self._runs.get(group_key(group))
        return len(runs.values) if runs else 0

    def known(self, group: ReplicaGroupSpec) -> CapacityEstimate | None:
        """The estimate of ``group``'s config over every replication made, if any."""
        n = self.replications_of(group)
        return self.estimate(group, 1.0, n) if n else None

    # -- whole plans ------------------------------------------------------------------
    def check_routing(
        self,
        capacity: PlanCapacity,
        groups: Sequence[ReplicaGroupSpec],
        router: str,
        rate: float | None = None,
    ) -> RunVerdict | None:
        """The whole plan behind ``router`` on replication 0's requests at the sum of its
        replicas' replication-0 capacities (or ``rate``): where the routing assumption
        says it just meets the SLO. A one-replica plan reruns its own capacity run."""
        if rate is None:
            rate = sum(e.per_replication[0] * k for e, k in capacity.estimates)
        if rate <= 0:
            return None
        per_replica = max(e.num_requests for e, _ in capacity.estimates)
        return self.check_plan(groups, rate, router, per_replica)

    def check_plan(
        self,
        groups: Sequence[ReplicaGroupSpec],
        rate: float,
        router: str,
        num_per_replica: int,
        stability: bool = False,
    ) -> RunVerdict:
        """Simulate every replica of ``groups`` behind ``router`` at ``rate`` (replication
        0's requests, ``num_per_replica`` per replica): the test of the routing assumption.
        ``stability`` adds the test that completions over the measured window are at least
        ``STABLE_FRACTION`` of its arrivals: it tells a clearly overloaded plan (a finite
        run above saturation can still meet the percentiles), but near saturation it
        depends on the run's length, so the planner's report leaves it out (its rates are
        below every replica's saturated throughput by construction)."""
        replicas = sum(g.count for g in groups)
        num = min(num_per_replica * replicas, MAX_RUN_REQUESTS)
        spec = replace(self.setting.spec(groups[0]), replicas=tuple(groups), router=router)
        self.simulations += 1
        result = simulate(
            spec,
            self.streams.requests(0, rate, num),
            self.setting.slo,
            cost_model=self.setting.cost_model,
        )
        return _verdict(
            result.requests,
            int(self.options.warmup_fraction * num),
            rate,
            self.setting.slo,
            stability=stability,
        )


def plan_capacity(
    estimator: CapacityEstimator,
    groups: Sequence[ReplicaGroupSpec],
    guesses: Sequence[float] | None = None,
) -> PlanCapacity:
    """SLO capacity of a plan: one estimate per distinct config, summed over replicas.
    ``guesses``: a rate per group to start each bisection (default: half the saturated
    throughput)."""
    counts: dict[tuple[Any, ...], int] = {}
    firsts: dict[tuple[Any, ...], tuple[ReplicaGroupSpec, float]] = {}
    for i, g in enumerate(groups):
        key = group_key(g)
        counts[key] = counts.get(key, 0) + g.count
        firsts.setdefault(key, (g, guesses[i] if guesses else 0.0))
    estimates = estimator.estimate_many([(g, rate, 0) for g, rate in firsts.values()])
    return PlanCapacity(tuple((e, counts[key]) for key, e in zip(firsts, estimates, strict=True)))


__all__ = [
    "CapacityEstimate",
    "CapacityEstimator",
    "CapacityOptions",
    "CapacitySetting",
    "PlanCapacity",
    "RunVerdict",
    "Streams",
    "group_key",
    "plan_capacity",
]
