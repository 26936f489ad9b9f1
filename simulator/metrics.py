"""Aggregate metrics of a simulation: throughput, latency percentiles, SLO attainment, utilisation.

* Throughput counts finished requests (and output tokens) over the span from the first
  arrival to the last finish; for open-loop arrivals, steady throughput counts only
  completions in the second half of the arrival window (no warm-up, no drain).
* TTFT, TPOT (per request: decode time / (output - 1)) and end-to-end latency: mean,
  p50, p90, p99.
* Time between tokens: the duration of every decode step, weighted by the sequences it
  advanced (NumPy's weighted quantile).
* SLO attainment: the share of requests within every bound of the SLO; goodput: those
  requests per second.
* KV utilisation: time-weighted share of KV blocks in use.
* MFU / MBU: model FLOPs (2 x active parameters per token, plus attention) and bytes
  (all weights once per iteration, plus the K/V read) over the plan's peak FLOP/s and
  HBM bandwidth for the run's duration.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from servesolve.specs.slo import SloSpec

if TYPE_CHECKING:
    from servesolve.simulator.simulation import SimulationSpec

PERCENTILES = (50, 90, 99)


def slo_met(requests: pd.DataFrame, slo: SloSpec) -> pd.Series:
    """Per request: within every bound of ``slo`` (a TPOT bound ignores 1-token outputs)."""
    ok = pd.Series(True, index=requests.index)
    if slo.ttft_s is not None:
        ok &= requests["ttft_s"] <= slo.ttft_s
    if slo.tpot_s is not None:
        ok &= requests["tpot_s"].isna() | (requests["tpot_s"] <= slo.tpot_s)
    if slo.e2e_s is not None:
        ok &= requests["e2e_s"] <= slo.e2e_s
    return ok


def token_gaps_s(iterations: pd.DataFrame) -> pd.Series:
    """Time between tokens of each decode iteration: from the end of the engine's previous
    decode iteration in the same busy period (so prefill-only iterations that pause the
    decodes, as vLLM 0.6 and SGLang schedule them, count) or, for the first decode after
    a prefill, from the end of the iteration before it. Indexed like the decode rows."""
    it = (
        iterations.sort_values(["engine", "start_s"])
        if "engine" in iterations
        else (iterations.sort_values("start_s").assign(engine=0))
    )
    end = it["start_s"] + it["duration_s"]
    prev_end = end.groupby(it["engine"]).shift()
    idle = it["start_s"] > prev_end + 1e-12
    period = (idle | prev_end.isna()).groupby(it["engine"]).cumsum()
    decoding = it["decode_seqs"] > 0
    last_decode_end = end.where(decoding).groupby([it["engine"], period]).shift()
    last_decode_end = last_decode_end.groupby([it["engine"], period]).ffill()
    gap = end - last_decode_end.fillna(prev_end.where(~idle)).fillna(it["start_s"])
    return gap[decoding]


def summarize(
    requests: pd.DataFrame, iterations: pd.DataFrame, spec: SimulationSpec, slo: SloSpec | None
) -> dict[str, float]:
    out: dict[str, float] = {"num_requests": float(len(requests))}
    if requests.empty:
        return out
    span = float(requests["finish_time_s"].max() - requests["arrival_time_s"].min())
    out["duration_s"] = span
    out["throughput_rps"] = len(requests) / span if span > 0 else float("nan")
    out["output_tokens_per_s"] = (
        float(requests["output_tokens"].sum()) / span if span > 0 else float("nan")
    )
    # Steady state of an open-loop run: completions in the second half of the arrival
    # window, per second (the first half warms up; the drain after it is excluded).
    first, last = float(requests["arrival_time_s"].min()), float(requests["arrival_time_s"].max())
    half = (last - first) / 2
    if half > 0:
        done = requests["finish_time_s"].between(first + half, last).sum()
        out["steady_throughput_rps"] = float(done) / half
        # the arrivals the run realised in the same window: a queue grows when the
        # completions fall behind these (the nominal rate differs by Poisson noise)
        arrived = requests["arrival_time_s"].between(first + half, last).sum()
        out["steady_arrival_rps"] = float(arrived) / half
    for metric in ("ttft_s", "tpot_s", "e2e_s"):
        values = requests[metric].dropna()
        out[f"{metric}_mean"] = float(values.mean()) if len(values) else float("nan")
        for p in PERCENTILES:
            out[f"{metric}_p{p}"] = float(values.quantile(p / 100)) if len(values) else float("nan")
    decode = iterations[iterations["decode_seqs"] > 0].assign(gap_s=token_gaps_s(iterations))
    for p in PERCENTILES:
        out[f"tbt_s_p{p}"] = (
            float(
                np.quantile(
                    decode["gap_s"],
                    p / 100,
                    weights=decode["decode_seqs"],
                    method="inverted_cdf",
                )
            )
            if len(decode)
            else float("nan")
        )
    out["preemptions"] = float(requests["preemptions"].sum())
    if slo is not None:
        met = slo_met(requests, slo)
        out["slo_attainment"] = float(met.mean())
        out["goodput_rps"] = float(met.sum()) / span if span > 0 else float("nan")
    busy = iterations["duration_s"].sum()
    if busy > 0:
        out["kv_utilization"] = float(
            (iterations["blocks_used"] / iterations["num_blocks"] * iterations["duration_s"]).sum()
            / busy
        )
    model, gpu = spec.model, spec.cluster.gpu
    num_gpus = sum(g.tp * g.pp * g.count for g in spec.replicas)
    tokens = iterations["prefill_tokens"] + iterations["decode_seqs"]
    flops = 2.0 * model.active_params_per_token * tokens.sum()
    flops += (
        4.0
        * model.head_size
        * model.num_attention_heads
        * model.num_layers
        * iterations["context_tokens"].sum()
    )
    kv_bytes = 2 * model.kv_size * model.kv_bytes_per_element * model.num_layers
    moved = (
        len(iterations) * model.total_params * model.weight_bytes_per_param
        + kv_bytes * iterations["context_tokens"].sum()
    )
    if span > 0:
        out["mfu"] = float(flops / (span * num_gpus * gpu.peak_flops))
        out["mbu"] = float(moved / (span * num_gpus * gpu.hbm_bytes_per_s))
    return out
