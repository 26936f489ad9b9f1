"""SLO capacity of separate prefill and decode pools: a disaggregated plan, or an ExeGPT
WAA schedule (``servesolve capacity plan=`` of such a plan.json).

The pools are one system (every request crosses the KV link from one pool to the other),
so the capacity is estimated for the whole plan, not per replica as
:mod:`servesolve.capacity` does for colocated replicas. Per replication ``r`` (seed
``seed + r``, the same Poisson arrivals at every rate, common random numbers):

1. saturation: every request arrives within about one second; the throughput over the
   run (completions over its span, drain included) starts the bracket, which grows 1.5x
   until a rate fails;
2. bisection inside the bracket, to ``rel_tol``: a rate meets the SLO when the
   percentile TTFT, TPOT and E2E of the requests arriving after the warm-up share meet
   their bounds and the steady throughput is at least 95 % of the rate.

The capacity is the mean over replications with a Student-t interval.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from servesolve.capacity import t_half_width
from servesolve.checking import (
    MAX_CHECK_REQUESTS,
    CapacityOptions,
    keeps_up,
    poisson_requests,
    slo_misses,
    slo_percentiles,
    steady_rates,
)
from servesolve.simulating import SimulateRequest, disaggregated_spec, request_cost_model
from servesolve.simulator.disaggregated import simulate_disaggregated
from servesolve.simulator.simulation import SimulationSpec

#: Requests per second of the saturation run (all arrive within about a second).
SATURATION_WINDOW_S = 1.0
#: The bracket grows by this factor, at most this many times, until a rate fails.
BRACKET_GROWTH = 1.5
MAX_BRACKET_STEPS = 10


@dataclass(frozen=True)
class PoolCapacity:
    """The pools' SLO capacity over replications."""

    per_replication: tuple[float, ...]
    saturation: tuple[float, ...]
    confidence: float
    num_requests: int
    simulations: int

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
        return self.mean + self.half_width


def pool_capacity(
    run: SimulateRequest,
    options: CapacityOptions,
    on_simulation: Callable[[], None] | None = None,
) -> PoolCapacity:
    """Estimate the SLO capacity of ``run``'s pools (``run.disaggregation``)."""
    assert run.disaggregation is not None, "pool_capacity needs separate pools"
    assert run.options.max_num_batched_tokens is not None
    assert run.options.gpu_memory_utilization is not None
    pools = disaggregated_spec(run)
    spec = SimulationSpec(
        run.model,
        run.cluster,
        run.replicas,
        max_num_batched_tokens=run.options.max_num_batched_tokens,
        router=run.options.router,
        block_size=run.options.block_size,
        gpu_memory_utilization=run.options.gpu_memory_utilization,
        runtime_reserve_gib=run.options.runtime_reserve_gib,
        iteration_overhead_s=run.options.iteration_overhead_s,
        engine=run.engine,
    )
    cost_model = request_cost_model(run)
    slo = run.slo
    # decode caps only: a prefill engine's cap is set so its token budget binds first
    most_seqs = max(g.max_num_seqs for g in pools.decode_groups)
    num = min(max(options.num_requests, 5 * most_seqs), MAX_CHECK_REQUESTS)
    simulations = 0

    def measure(rate: float, seed: int) -> tuple[bool, float, float]:
        nonlocal simulations
        requests = poisson_requests(run.workload, rate, num, seed)
        result = simulate_disaggregated(spec, pools, requests, slo, cost_model=cost_model)
        simulations += 1
        if on_simulation is not None:
            on_simulation()
        table = result.requests
        start = float(table.arrival_time_s.quantile(options.warmup_fraction))
        kept = table[table.arrival_time_s >= start]
        steady, _ = steady_rates(result.metrics)
        ok = keeps_up(table) and not slo_misses(*slo_percentiles(kept, slo), slo)
        return ok, steady, float(result.metrics["throughput_rps"])

    capacities, saturations = [], []
    for r in range(options.replications):
        seed = options.seed + r
        # every request at once: completions over the run's span (its steady window,
        # the second half of a one-second arrival window, holds no completions)
        _, _, saturated = measure(num / SATURATION_WINDOW_S, seed)
        # the drain at the end of that run lowers it, so it is a start, not a bound:
        # raise the bracket until a rate fails
        lo, hi = 0.0, max(saturated, 1e-3)
        for _ in range(MAX_BRACKET_STEPS):
            if not measure(hi, seed)[0]:
                break
            lo, hi = hi, hi * BRACKET_GROWTH
        while hi - lo > options.rel_tol * hi:
            mid = (lo + hi) / 2
            if measure(mid, seed)[0]:
                lo = mid
            else:
                hi = mid
        capacities.append(lo)
        saturations.append(saturated)
    return PoolCapacity(tuple(capacities), tuple(saturations), options.confidence, num, simulations)


__all__ = ["PoolCapacity", "pool_capacity"]
