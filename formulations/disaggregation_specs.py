"""Real disaggregation instances and their simulation: ``from_specs`` prices every
prefill and decode config with a cost model (``price_prefill`` for a prefill-only
replica, ``price_decode`` for a decode-only one), ``to_disaggregated_spec`` turns a plan
into the simulator's pools (``simulate_disaggregated``).
"""

from __future__ import annotations

import math

import pandas as pd
from scipy.optimize import brentq

from servesolve.costs.memory import kv_bytes_per_token_per_gpu, memory_budget
from servesolve.costs.replica_model import WorkloadStats, erlang_c_wait_quantile
from servesolve.costs.roofline import BatchShape, ReplicaConfig, RooflineCostModel
from servesolve.formulations.candidates import CandidateOptions, parallel_layouts
from servesolve.formulations.disaggregation_model import (
    RATE_UNIT_PER_S,
    DisaggregationInstance,
    DisaggregationPlan,
    Objective,
)
from servesolve.simulator.disaggregated import DisaggregatedSpec
from servesolve.simulator.simulation import ReplicaGroupSpec
from servesolve.specs.hardware import GIB, ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec


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
