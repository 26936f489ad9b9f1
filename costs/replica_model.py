"""Steady-state performance of one replica under continuous batching.

Mean-value model, checked by the discrete-event simulator (a later stage):

* **Occupancy.** At arrival rate ``lam`` (requests/s), a replica whose iteration period is
  ``T`` holds ``n = lam * E[out] * T`` decoding sequences (Little's law) and processes
  ``lam * E[in] * T`` prompt tokens per iteration. ``T`` depends on that work, so it is
  the fixed point ``T = period(n, lam)``, found with ``scipy.optimize.brentq``.
* **Capacity.** A micro-batch step holds at most ``max_num_batched_tokens`` tokens
  (decode tokens plus prompt chunks), so in steady state at most
  ``S = min(max_num_seqs, pp * max_num_batched_tokens * E[out] / (E[in] + E[out]))``
  sequences run at once; the saturated throughput is ``mu = S / (E[out] * T_sat)``.
* **Context.** A running sequence, seen at a random instant, is length-biased: its mean
  context is ``E[in*out]/E[out] + E[out^2]/(2 E[out])`` (renewal theory). That gives
  the KV tokens read per decode step and the KV memory in use.
* **Waiting for a slot.** Slots are servers of an M/M/c queue with ``c = ceil(S)``
  and offered load ``n``; the wait quantile follows Erlang C (via ``scipy.stats.poisson``).
* **Latencies at quantile q.** TTFT_q = wait_q + one period (the iteration in flight) +
  the prefill of a q-quantile prompt in chunks of the token budget; TPOT = the mean
  period; E2E_q = TTFT_q + (out_q - 1) * TPOT, ExeGPT's bound for ``out_q`` = p99 length.

Every latency grows with ``lam``, so the highest SLO-meeting rate is a root of
``max_i metric_i(lam) / bound_i = 1`` (``brentq``), capped at ``max_utilization * mu``
to keep queues stable.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd
from scipy.optimize import brentq
from scipy.stats import poisson

from servesolve.costs.roofline import BatchShape, ReplicaConfig, RooflineCostModel, prefill_pairs
from servesolve.specs.slo import SloSpec


@dataclass(frozen=True)
class WorkloadStats:
    """Length statistics of a workload that the mean-value model needs."""

    num_requests: int
    quantile: float
    mean_input_tokens: float
    mean_output_tokens: float
    mean_prefill_pairs: float
    mean_running_context_tokens: float
    input_quantile_tokens: float
    output_quantile_tokens: float
    max_input_tokens: int
    max_output_tokens: int
    arrival_rate_per_s: float | None

    @classmethod
    def from_requests(cls, requests: pd.DataFrame, quantile: float) -> WorkloadStats:
        """Statistics of a request table (columns input_tokens, output_tokens, arrival_time_s)."""
        inp = requests["input_tokens"].to_numpy(dtype=float)
        out = requests["output_tokens"].to_numpy(dtype=float)
        span = float(requests["arrival_time_s"].max() - requests["arrival_time_s"].min())
        rate = (len(requests) - 1) / span if span > 0 else None
        mean_out = out.mean()
        return cls(
            num_requests=len(requests),
            quantile=quantile,
            mean_input_tokens=float(inp.mean()),
            mean_output_tokens=float(mean_out),
            mean_prefill_pairs=float(prefill_pairs(inp).mean()),
            mean_running_context_tokens=float(
                (inp * out).mean() / mean_out + (out**2).mean() / (2 * mean_out)
            ),
            input_quantile_tokens=float(np.quantile(inp, quantile)),
            output_quantile_tokens=float(np.quantile(out, quantile)),
            max_input_tokens=int(inp.max()),
            max_output_tokens=int(out.max()),
            arrival_rate_per_s=rate,
        )


@dataclass(frozen=True)
class ReplicaMetrics:
    """Predicted behaviour of one replica at one arrival rate."""

    rate_per_s: float
    period_s: float
    occupancy: float
    ttft_s: float
    tpot_s: float
    e2e_s: float
    wait_s: float

    def slo_ratio(self, slo: SloSpec) -> float:
        """Largest metric/bound ratio (<= 1 means every bound holds)."""
        ratios = [0.0]
        for value, bound in (
            (self.ttft_s, slo.ttft_s),
            (self.tpot_s, slo.tpot_s),
            (self.e2e_s, slo.e2e_s),
        ):
            if bound is not None:
                ratios.append(value / bound)
        return max(ratios)


def erlang_c_wait_quantile(servers: int, load: float, mean_service_s: float, q: float) -> float:
    """q-quantile of the waiting time in an M/M/c queue (0 when most requests do not wait).

    ``P(wait > t) = C * exp(-(c - a) t / S)`` with ``C`` the Erlang C probability, ``c``
    servers, offered load ``a`` (erlangs) and mean service time ``S``.
    """
    if load >= servers:
        return math.inf
    tail = poisson.pmf(servers, load) * servers / (servers - load)
    prob_wait = tail / (poisson.cdf(servers - 1, load) + tail)
    if prob_wait <= 1.0 - q:
        return 0.0
    return mean_service_s / (servers - load) * math.log(prob_wait / (1.0 - q))


class ReplicaPerformance:
    """Throughput and latency of one (config, max_num_seqs) replica on one workload."""

    def __init__(
        self,
        cost_model: RooflineCostModel,
        config: ReplicaConfig,
        max_num_seqs: int,
        max_num_batched_tokens: int,
        stats: WorkloadStats,
    ) -> None:
        self.cost_model = cost_model
        self.config = config
        self.max_num_seqs = max_num_seqs
        self.max_num_batched_tokens = max_num_batched_tokens
        self.stats = stats
        token_limited = (
            config.pp
            * max_num_batched_tokens
            * stats.mean_output_tokens
            / (stats.mean_input_tokens + stats.mean_output_tokens)
        )
        #: sequences that can run at once: the slot limit or the per-step token budget
        self.max_running = min(float(max_num_seqs), token_limited)
        self.slots = max(1, math.ceil(self.max_running))
        self.saturated_period_s = self._period(
            self.max_running, self._prefill_rate_tokens(self.max_running)
        )
        self.capacity_per_s = self.max_running / (
            stats.mean_output_tokens * self.saturated_period_s
        )
        # The smallest period of any non-empty iteration: a lower bracket for the fixed
        # point that excludes the degenerate T = 0 (no work, no time) when overhead is 0.
        self._min_period_s = self._period(1e-9, 0.0)

    # ---- the iteration at a given load ---------------------------------------------
    def _prefill_rate_tokens(self, running: float) -> float:
        """Prompt tokens per iteration that keep ``running`` sequences in steady state."""
        return running * self.stats.mean_input_tokens / self.stats.mean_output_tokens

    def micro_batch_shape(
        self,
        running: float,
        prompt_tokens: float,
        chunk_tokens: float = 0.0,
        chunk_pairs: float = 0.0,
    ) -> BatchShape:
        """One micro-batch's work with ``running`` decoding sequences and ``prompt_tokens``
        of background prefill spread over the ``pp`` micro-batches, plus an optional
        prompt chunk (the request whose TTFT is measured)."""
        s, pp = self.stats, self.config.pp
        new_seqs = prompt_tokens / s.mean_input_tokens
        return BatchShape(
            prefill_tokens=prompt_tokens / pp + chunk_tokens,
            prefill_attention_pairs=new_seqs * s.mean_prefill_pairs / pp + chunk_pairs,
            decode_seqs=running / pp,
            decode_context_tokens=running * s.mean_running_context_tokens / pp,
            sampled_seqs=(running + new_seqs) / pp + (1.0 if chunk_tokens else 0.0),
            prefill_seqs=new_seqs / pp + (1.0 if chunk_tokens else 0.0),
        )

    @property
    def saturated_shape(self) -> BatchShape:
        """The micro-batch at saturation (``max_running`` sequences in steady state)."""
        return self.micro_batch_shape(self.max_running, self._prefill_rate_tokens(self.max_running))

    def _period(
        self,
        running: float,
        prompt_tokens: float,
        chunk_tokens: float = 0.0,
        chunk_pairs: float = 0.0,
    ) -> float:
        """Iteration period of :meth:`micro_batch_shape`'s micro-batch."""
        shape = self.micro_batch_shape(running, prompt_tokens, chunk_tokens, chunk_pairs)
        return self.cost_model.iteration_time(self.config, shape).period_s

    def metrics_at(self, rate_per_s: float) -> ReplicaMetrics:
        """Predicted latencies at ``rate_per_s`` (below capacity) at the workload quantile."""
        s = self.stats
        if rate_per_s >= self.capacity_per_s:
            inf = math.inf
            return ReplicaMetrics(
                rate_per_s, self.saturated_period_s, self.max_running, inf, inf, inf, inf
            )

        def excess(period: float) -> float:
            running = rate_per_s * s.mean_output_tokens * period
            return self._period(running, rate_per_s * s.mean_input_tokens * period) - period

        low, high = self._min_period_s * 0.5, self.saturated_period_s * 1.0001
        if excess(high) > 0:  # measured times rising faster than the load: saturated
            inf = math.inf
            return ReplicaMetrics(
                rate_per_s, self.saturated_period_s, self.max_running, inf, inf, inf, inf
            )
        period = brentq(excess, low, high, xtol=1e-12, rtol=1e-9)
        running = rate_per_s * s.mean_output_tokens * period
        service_s = s.mean_output_tokens * period
        wait = erlang_c_wait_quantile(self.slots, running, service_s, s.quantile)
        background = rate_per_s * s.mean_input_tokens * period
        budget = max(1.0, self.max_num_batched_tokens - (running + background) / self.config.pp)
        chunks = max(1, math.ceil(s.input_quantile_tokens / budget))
        prompt = s.input_quantile_tokens
        chunk_period = self._period(
            running,
            background,
            prompt / chunks,
            prefill_pairs(prompt) / chunks,
        )
        engine = getattr(self.cost_model, "engine", None)
        frontend = engine.frontend_latency_s if engine is not None else 0.0
        ttft = frontend + wait + period + chunks * chunk_period
        e2e = ttft + max(0.0, s.output_quantile_tokens - 1) * period
        return ReplicaMetrics(rate_per_s, period, running, ttft, period, e2e, wait)

    def max_rate_meeting(
        self, slo: SloSpec, max_utilization: float
    ) -> tuple[float, ReplicaMetrics]:
        """Highest arrival rate whose predicted latencies meet ``slo``; 0 if none does.

        Returns the rate and the metrics there (at the lowest rate when infeasible, which
        is the best latency this replica can reach).
        """
        top = max_utilization * self.capacity_per_s
        at_top = self.metrics_at(top)
        if at_top.slo_ratio(slo) <= 1.0:
            return top, at_top
        low = top * 1e-6
        at_low = self.metrics_at(low)
        if at_low.slo_ratio(slo) > 1.0:
            return 0.0, at_low
        rate = brentq(
            lambda r: self.metrics_at(r).slo_ratio(slo) - 1.0, low, top, xtol=1e-9, rtol=1e-6
        )
        # brentq brackets the root; step to the feasible side of it.
        while self.metrics_at(rate).slo_ratio(slo) > 1.0:
            rate *= 1 - 1e-6
        return rate, self.metrics_at(rate)
