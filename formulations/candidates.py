"""Candidate replica configs for a homogeneous cluster, each priced by the cost model.

A candidate is (TP, PP, expert mode, layer split, max_num_seqs):

* TP divides the attention heads (and the KV heads divide TP or TP divides them) and is
  a power of two dividing the NVLink domain (``ClusterSpec.nvlink_domain_size``, the node
  by default), so a TP group never leaves its NVLink domain;
* PP is at most the layers; a replica's GPUs (TP x PP) either fit inside one node (any
  count: ``parallelism`` places replicas on nodes exactly with node patterns) or fill
  whole nodes (e.g. TP8 x PP3 on 8-GPU nodes). :func:`parallel_layouts` keeps the older,
  narrower rule (sizes below a node are powers of two dividing it) for modules that
  place replicas first-fit;
* expert mode (MoE models): experts tensor-parallel like the attention (``ep1``) or
  expert-parallel across the stage's GPUs (``ep{tp}``: each GPU holds ``num_experts/tp``
  whole experts, tokens dispatched and combined with all-to-all);
* attention data parallelism (decoder-only, TP >= 2, PP 1, where the engine runs the
  model so: ``EngineSpec.attention_dp``, and ``CandidateOptions.attention_dp``): besides
  attention tensor-parallel over the TP group (``attn_dp`` 1), ``attn_dp`` = 2, 4, ... TP
  attention groups of TP / attn_dp GPUs, each attending over its own share of the
  sequences (``roofline.ReplicaConfig``; labels ``_adp{attn_dp}``);
* layer split (decoder-only, PP > 1): vLLM's even split, and the split that minimises
  the slowest stage at the candidate's saturated batch
  (``roofline.min_bottleneck_split``) when that one differs;
* max_num_seqs from :class:`CandidateOptions` (its list, and with
  ``max_num_seqs_to_memory`` a grid above it up to what each layout's KV cache holds).

That is the ``parallelism`` space of :func:`price_candidates`; its default ``chain``
space is the first planner's (power-of-two sizes below a node, even split, experts
tensor-parallel), kept for callers that place replicas first-fit.

In the ``parallelism`` space every candidate is priced, none is dropped: the memory it
needs (weights, activations, runtime reserve and KV cache for ``max(max_num_seqs x mean
running context, pp x the longest request)`` tokens, on its most loaded stage) in GiB,
the highest arrival rate at which it meets the SLO (``ReplicaPerformance.max_rate_meeting``), and an operating point
(rate and latencies) for the MILP's ``slo__`` rows: that rate when some rate meets the
SLO, else ``max_utilization`` of its capacity, where the latencies it misses by are
reported. ``feasible``/``reason`` summarise both requirements for reports.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

import pandas as pd
from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass

from servesolve.costs.memory import memory_budget, peak_memory_bytes, stage_layer_counts
from servesolve.costs.replica_model import ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import ReplicaConfig, RooflineCostModel, min_bottleneck_split
from servesolve.progress import progress_bar
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import GIB, ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec
from servesolve.specs.validation import SPEC_CONFIG


@dataclass(config=SPEC_CONFIG)
class CandidateOptions:
    """Knobs of the candidate space and of the engine the plan is for (vLLM's names)."""

    max_num_seqs: list[PositiveInt] = Field(
        default_factory=lambda: [8, 16, 32, 64, 96, 128, 192, 256, 384, 512, 768, 1024],
        min_length=1,
        description="max concurrent sequences per replica to consider (vLLM --max-num-seqs)",
    )
    max_num_seqs_to_memory: bool = Field(
        default=False,
        description="also consider batch caps above the list, on a x1.5 grid up to the "
        "most sequences of mean running context each layout's KV cache holds",
    )
    max_num_batched_tokens: int = Field(
        default=8192,
        gt=0,
        description="token budget of one iteration (vLLM --max-num-batched-tokens)",
    )
    max_pp: int = Field(default=8, gt=0, description="largest pipeline-parallel degree to consider")
    gpu_memory_utilization: float = Field(
        default=0.9,
        gt=0,
        le=1,
        description="share of GPU memory the engine may use (vLLM default 0.9)",
    )
    runtime_reserve_gib: float = Field(
        default=1.0,
        ge=0,
        description="memory kept for CUDA graphs, NCCL buffers and the runtime (GiB)",
    )
    iteration_overhead_s: float = Field(
        default=0.002, ge=0, description="scheduler + sampling time per iteration (s)"
    )
    max_utilization: float = Field(
        default=0.95,
        gt=0,
        lt=1,
        description="highest share of a replica's capacity a plan may load it to",
    )
    uneven_pp_splits: bool = Field(
        default=True,
        description="also price the layer split that minimises the slowest pipeline stage",
    )
    expert_parallel: bool = Field(
        default=True,
        description="MoE models: also price experts spread over each stage's GPUs (EP = TP)",
    )
    attention_dp: bool = Field(
        default=True,
        description="also price attention data-parallel layouts (attn_dp = 2 .. TP attention "
        "groups, PP 1) where the engine runs the model so (SGLang: any decoder-only model; "
        "vLLM: MoE models)",
    )


#: Batch caps above the list step by this factor up to the memory limit (multiples of 16).
MEMORY_GRID_STEP = 1.5


def batch_caps(options: CandidateOptions, memory_limit: int) -> list[int]:
    """The batch caps priced for a layout whose KV cache holds ``memory_limit`` sequences
    of mean running context: the list, and with ``max_num_seqs_to_memory`` a x1.5 grid
    above it up to that limit and the limit itself (rounded down to a multiple of 16),
    also where the limit falls between two caps of the list."""
    if not options.max_num_seqs_to_memory:
        return list(options.max_num_seqs)
    caps = sorted(set(options.max_num_seqs))
    top = (memory_limit // 16) * 16
    value = caps[-1]
    while True:
        value = int(value * MEMORY_GRID_STEP) // 16 * 16
        if value >= top:
            break
        caps.append(value)
    if top > 0 and top not in caps:  # the limit itself, even below the list's top
        caps.append(top)
    return sorted(caps)


#: Which candidate space :func:`price_candidates` prices (see there).
CandidateSpace = Literal["chain", "parallelism"]


def _powers_of_two(limit: int) -> list[int]:
    out, v = [], 1
    while v <= limit:
        out.append(v)
        v *= 2
    return out


def _tp_degrees(model: ModelSpec, cluster: ClusterSpec) -> list[int]:
    """TP degrees that split the heads and stay inside one NVLink domain."""
    domain = cluster.nvlink_domain_size
    kv = model.kv_heads
    return [
        tp
        for tp in _powers_of_two(domain)
        if not (domain % tp or model.num_attention_heads % tp or (kv % tp and tp % kv))
    ]


def parallel_layouts(model: ModelSpec, cluster: ClusterSpec, max_pp: int) -> list[ReplicaConfig]:
    """(TP, PP) layouts whose sizes below a node are powers of two dividing it.

    The narrower rule of the first planner: with sizes in a divisibility chain,
    first-fit-decreasing places any replica counts within the budget on the nodes.
    :func:`replica_layouts` is the full space of the ``parallelism`` formulation.
    """
    per_node = cluster.gpus_per_node
    out = []
    for tp in _tp_degrees(model, cluster):
        for pp in range(1, min(max_pp, model.num_layers) + 1):
            size = tp * pp
            if size > cluster.num_gpus:
                break
            inside_node = per_node % size == 0 and size & (size - 1) == 0  # power of two
            whole_nodes = size % per_node == 0
            if inside_node or whole_nodes:
                out.append(ReplicaConfig(tp=tp, pp=pp))
    return out


def replica_layouts(
    model: ModelSpec,
    cluster: ClusterSpec,
    max_pp: int,
    expert_parallel: bool = True,
    attention_dp: bool = False,
) -> list[ReplicaConfig]:
    """Every (TP, PP, EP, attention DP) layout of the ``parallelism`` formulation (see the
    module docstring).

    Replicas either fit one node (any size) or fill whole nodes; MoE models also get
    ``ep = tp`` when ``expert_parallel`` and the experts split evenly over the TP group.
    With ``attention_dp`` (decoder-only models), each PP-1 layout of TP >= 2 also comes
    with ``attn_dp`` = 2, 4, ... TP attention groups, in each expert mode.
    """
    adp = attention_dp and model.architecture == "decoder_only"
    per_node = cluster.gpus_per_node
    out = []
    for tp in _tp_degrees(model, cluster):
        eps = [1]
        if expert_parallel and model.is_moe and tp > 1 and model.num_experts % tp == 0:
            eps.append(tp)
        for pp in range(1, min(max_pp, model.num_layers) + 1):
            size = tp * pp
            if size > cluster.num_gpus:
                break
            if size <= per_node or size % per_node == 0:
                out.extend(ReplicaConfig(tp=tp, pp=pp, ep=ep) for ep in eps)
                if adp and pp == 1:
                    out.extend(
                        ReplicaConfig(tp=tp, pp=pp, ep=ep, attn_dp=d)
                        for d in _powers_of_two(tp)[1:]
                        for ep in eps
                    )
    return out


def candidate_label(
    model: ModelSpec,
    config: ReplicaConfig,
    max_num_seqs: int,
    even: bool = True,
    expert_mode: bool = True,
) -> str:
    """``tp4_pp2_b128``; MoE models add the expert mode (``_ep1``: experts tensor-parallel,
    ``_ep4``: expert-parallel) when ``expert_mode``, attention data parallelism adds
    ``_adp4``, a split other than the even one adds ``_s39_41``."""
    label = f"tp{config.tp}_pp{config.pp}"
    if model.is_moe and expert_mode:
        label += f"_ep{config.ep}"
    if config.attn_dp > 1:
        label += f"_adp{config.attn_dp}"
    if config.stage_layers is not None and not even:
        label += "_s" + "_".join(str(c) for c in config.stage_layers)
    return f"{label}_b{max_num_seqs}"


def candidate_config(row: pd.Series) -> ReplicaConfig:
    """The :class:`ReplicaConfig` of one row of :func:`price_candidates`' table."""
    split = str(row.get("stage_layers", "") or "")
    return ReplicaConfig(
        tp=int(row["tp"]),
        pp=int(row["pp"]),
        ep=int(row.get("ep", 1)),
        stage_layers=tuple(int(c) for c in split.split("-")) if split else None,
        attn_dp=int(row.get("attn_dp", 1)),
    )


def price_candidates(
    model: ModelSpec,
    cluster: ClusterSpec,
    stats: WorkloadStats,
    slo: SloSpec,
    options: CandidateOptions,
    cost_model: RooflineCostModel | None = None,
    layouts: Sequence[ReplicaConfig] | None = None,
    space: CandidateSpace = "chain",
    progress: bool = False,
    engine: EngineSpec | None = None,
) -> pd.DataFrame:
    """Table of every candidate, one row each, indexed by a label like ``tp4_pp1_b128``.

    ``progress``: a bar over the (layout, max_num_seqs) pairs when pricing runs long
    (:func:`servesolve.progress.progress_bar`).

    ``space="parallelism"`` (``servesolve plan``): layouts default to
    :func:`replica_layouts`, layer splits are explicit (the even one and, with
    ``options.uneven_pp_splits``, the min-bottleneck one), MoE models get both expert
    modes (``options.expert_parallel``), attention data-parallel layouts come in where
    ``engine`` runs the model so (``EngineSpec.attention_dp``) and
    ``options.attention_dp`` allows them, and every candidate is priced, whatever its
    memory need. ``space="chain"`` (the default, the first planner's space, kept for
    callers that place replicas first-fit): :func:`parallel_layouts`, vLLM's even split
    with the even-split accounting (``stage_layers=None``), experts tensor-parallel, and
    candidates that do not fit in memory are not priced (rate 0, latencies NaN).

    Columns: tp, pp, ep, attn_dp, stage_layers (``"40-40"``; empty when the even-split
    accounting is used), split (``even`` or ``min_bottleneck``), max_num_seqs,
    num_gpus, feasible, reason, rate_per_s (highest SLO-meeting arrival rate; 0 unless
    feasible), capacity_per_s, period_s, ttft_s, tpot_s, e2e_s (at that rate, or the best
    reachable when none), operating_rate_per_s, op_ttft_s, op_tpot_s, op_e2e_s (the
    operating point the MILP's ``slo__`` rows state), memory_ok, slo_ok,
    kv_needed_tokens, memory_need_gib, weights_gib, activation_gib, needed_gib,
    usable_gib, kv_capacity_tokens.
    """
    if space not in ("chain", "parallelism"):
        raise ValueError(f"space: unknown '{space}'; fix: use 'chain' or 'parallelism'")
    full = space == "parallelism"
    cost_model = cost_model or RooflineCostModel(model, cluster, options.iteration_overhead_s)
    if layouts is None:
        attention_dp = (
            options.attention_dp and engine is not None and engine.attention_dp_for(model.is_moe)
        )
        layouts = (
            replica_layouts(model, cluster, options.max_pp, options.expert_parallel, attention_dp)
            if full
            else parallel_layouts(model, cluster, options.max_pp)
        )
    longest = stats.max_input_tokens + stats.max_output_tokens
    decoder_only = model.architecture == "decoder_only"
    rows = []
    bar = progress_bar(
        total=len(layouts) * len(options.max_num_seqs),
        desc="pricing candidates",
        unit="candidate",
        disable=None if progress else True,
    )
    for layout in layouts:
        even = (
            tuple(stage_layer_counts(model.num_layers, layout.pp))
            if full and decoder_only
            else None
        )
        base = ReplicaConfig(layout.tp, layout.pp, layout.ep, even, layout.attn_dp)
        caps = batch_caps(options, _memory_limit(model, cluster, options, base, stats))
        bar.total += len(caps) - len(options.max_num_seqs)
        for seqs in caps:
            configs = [base]
            if full and options.uneven_pp_splits and decoder_only and layout.pp > 1:
                shape = ReplicaPerformance(
                    cost_model, base, seqs, options.max_num_batched_tokens, stats
                ).saturated_shape
                layer_s, extra_s = cost_model.stage_costs_s(base, shape)
                split = min_bottleneck_split(model.num_layers, layer_s, extra_s)
                if split != even:
                    configs.append(
                        ReplicaConfig(layout.tp, layout.pp, layout.ep, split, layout.attn_dp)
                    )
            for config in configs:
                is_even = config.stage_layers == even
                row = _price(
                    model, cluster, stats, slo, options, cost_model, config, seqs, longest, full
                )
                row["label"] = candidate_label(model, config, seqs, is_even, expert_mode=full)
                row["split"] = "even" if is_even else "min_bottleneck"
                rows.append(row)
            bar.update()
    bar.close()
    return pd.DataFrame(rows).set_index("label")


def price_config(
    model: ModelSpec,
    cluster: ClusterSpec,
    stats: WorkloadStats,
    slo: SloSpec,
    options: CandidateOptions,
    cost_model: RooflineCostModel,
    config: ReplicaConfig,
    max_num_seqs: int,
) -> dict:
    """One replica config priced alone, exactly as a row of
    ``price_candidates(..., space="parallelism")`` (``config.stage_layers``: its layer
    split, as a plan.json records it): e.g. a deployed plan's replica under new lengths."""
    longest = stats.max_input_tokens + stats.max_output_tokens
    return _price(
        model, cluster, stats, slo, options, cost_model, config, max_num_seqs, longest, True
    )


def _memory_limit(
    model: ModelSpec,
    cluster: ClusterSpec,
    options: CandidateOptions,
    config: ReplicaConfig,
    stats: WorkloadStats,
) -> int:
    """Most sequences of mean running context the KV cache of ``config`` holds."""
    if not options.max_num_seqs_to_memory:
        return 0
    mem = memory_budget(
        model,
        cluster.gpu,
        config.tp,
        config.pp,
        options.max_num_batched_tokens,
        options.gpu_memory_utilization,
        options.runtime_reserve_gib,
        stage_layers=config.stage_layers,
        attn_dp=config.attn_dp,
    )
    return int(max(mem.kv_capacity_tokens, 0) // max(stats.mean_running_context_tokens, 1.0))


def _price(
    model: ModelSpec,
    cluster: ClusterSpec,
    stats: WorkloadStats,
    slo: SloSpec,
    options: CandidateOptions,
    cost_model: RooflineCostModel,
    config: ReplicaConfig,
    seqs: int,
    longest: int,
    price_all: bool,
) -> dict:
    """One row of :func:`price_candidates` (``price_all``: the ``parallelism`` space)."""
    tp, pp, split, adp = config.tp, config.pp, config.stage_layers, config.attn_dp
    mem = memory_budget(
        model,
        cluster.gpu,
        tp,
        pp,
        options.max_num_batched_tokens,
        options.gpu_memory_utilization,
        options.runtime_reserve_gib,
        stage_layers=split,
        attn_dp=adp,
    )
    usable_gib = mem.usable_bytes / GIB

    def need_gib(tokens: float) -> float:
        return (
            peak_memory_bytes(
                model,
                tp,
                pp,
                options.max_num_batched_tokens,
                options.runtime_reserve_gib,
                tokens,
                stage_layers=split,
                attn_dp=adp,
            )
            / GIB
        )

    # A pipelined replica splits its KV cache across its pp virtual engines (as vLLM
    # does), and attention data parallelism across its adp groups, so the longest request
    # must fit one engine's share of one group; the cache also holds max_num_seqs
    # sequences of mean running context.
    batch_tokens = seqs * stats.mean_running_context_tokens
    kv_needed = max(batch_tokens, pp * adp * longest)
    engine_share = mem.kv_capacity_tokens // (pp * adp)
    if price_all:  # in GiB, exactly as the MILP's memory__ rows state it
        no_room = need_gib(0.0) > usable_gib
        short_longest = need_gib(pp * adp * longest) > usable_gib
        short_batch = need_gib(batch_tokens) > usable_gib
    else:  # the first planner's token-count checks
        no_room = mem.kv_cache_bytes <= 0
        short_longest = engine_share < longest
        short_batch = mem.kv_capacity_tokens < batch_tokens
    reason = ""
    if no_room:
        reason = "memory: weights and activations exceed GPU memory"
    elif short_longest:
        reason = (
            f"memory: one engine's KV share holds {engine_share} tokens < longest request {longest}"
        )
    elif short_batch:
        reason = "memory: KV cache too small for max_num_seqs sequences"
    row = {
        "tp": tp,
        "pp": pp,
        "ep": config.ep,
        "attn_dp": adp,
        "stage_layers": "-".join(str(c) for c in split) if split else "",
        "max_num_seqs": seqs,
        "num_gpus": config.num_gpus,
        "weights_gib": mem.weights_bytes / GIB,
        "activation_gib": mem.activation_bytes / GIB,
        "needed_gib": mem.needed_without_kv_bytes / GIB,
        "usable_gib": usable_gib,
        "kv_capacity_tokens": mem.kv_capacity_tokens,
        "kv_needed_tokens": kv_needed,
        "memory_need_gib": need_gib(kv_needed),
        "memory_ok": not reason,
        "slo_ok": False,
        "feasible": False,
        "reason": reason,
        "rate_per_s": 0.0,
        "capacity_per_s": 0.0,
        **dict.fromkeys(
            ("period_s", "ttft_s", "tpot_s", "e2e_s", "operating_rate_per_s")
            + ("op_ttft_s", "op_tpot_s", "op_e2e_s"),
            float("nan"),
        ),
    }
    if reason and not price_all:
        return row
    perf = ReplicaPerformance(cost_model, config, seqs, options.max_num_batched_tokens, stats)
    rate, metrics = perf.max_rate_meeting(slo, options.max_utilization)
    slo_ok = rate > 0
    if slo_ok:
        op_rate, op = rate, metrics
    else:
        op_rate = options.max_utilization * perf.capacity_per_s
        op = perf.metrics_at(op_rate)
        reason = reason or "slo: no arrival rate meets the SLO"
    feasible = not reason
    row.update(
        slo_ok=slo_ok,
        feasible=feasible,
        reason=reason,
        rate_per_s=rate if feasible else 0.0,
        capacity_per_s=perf.capacity_per_s,
        period_s=metrics.period_s,
        ttft_s=metrics.ttft_s,
        tpot_s=metrics.tpot_s,
        e2e_s=metrics.e2e_s,
        operating_rate_per_s=op_rate,
        op_ttft_s=op.ttft_s,
        op_tpot_s=op.tpot_s,
        op_e2e_s=op.e2e_s,
    )
    return row
