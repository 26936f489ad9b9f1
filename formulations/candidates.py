"""Candidate replica configs for a homogeneous cluster, each priced by the cost model.

A candidate is (TP, PP, max_num_seqs). It is kept when

* TP divides the attention heads (and the KV heads divide TP or TP divides them), TP is
  a power of two that divides the node, so a TP group never crosses a node;
* PP is at most the layers; the replica's GPUs (TP x PP) are a power of two that
  divides a node, or fill whole nodes (any PP, e.g. TP8 x PP3 on 8-GPU nodes); so the
  sizes below a node form a divisibility chain (node boundaries, see ``parallel_plan``);
* weights, activations and the runtime reserve fit in GPU memory, each of the ``pp``
  engines' KV share holds the longest request of the workload, and the KV cache holds
  ``max_num_seqs`` sequences of mean context;
* some arrival rate meets the SLO (``ReplicaPerformance.max_rate_meeting``).

Rejected candidates stay in the table with the reason, for error messages and reports.
"""

from __future__ import annotations

from collections.abc import Sequence

import pandas as pd
from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass

from servesolve.costs.memory import memory_budget
from servesolve.costs.replica_model import ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import ReplicaConfig, RooflineCostModel
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


def _powers_of_two(limit: int) -> list[int]:
    out, v = [], 1
    while v <= limit:
        out.append(v)
        v *= 2
    return out


def parallel_layouts(model: ModelSpec, cluster: ClusterSpec, max_pp: int) -> list[ReplicaConfig]:
    """Every (TP, PP) layout allowed by the model's shape and the cluster's nodes."""
    per_node = cluster.gpus_per_node
    kv = model.kv_heads
    out = []
    for tp in _powers_of_two(per_node):
        if per_node % tp or model.num_attention_heads % tp or (kv % tp and tp % kv):
            continue
        for pp in range(1, min(max_pp, model.num_layers) + 1):
            size = tp * pp
            if size > cluster.num_gpus:
                break
            inside_node = per_node % size == 0 and size & (size - 1) == 0  # power of two
            whole_nodes = size % per_node == 0
            if inside_node or whole_nodes:
                out.append(ReplicaConfig(tp=tp, pp=pp))
    return out


def price_candidates(
    model: ModelSpec,
    cluster: ClusterSpec,
    stats: WorkloadStats,
    slo: SloSpec,
    options: CandidateOptions,
    cost_model: RooflineCostModel | None = None,
    layouts: Sequence[ReplicaConfig] | None = None,
) -> pd.DataFrame:
    """Table of every candidate, one row each, indexed by a label like ``tp4_pp1_b128``.

    Columns: tp, pp, max_num_seqs, num_gpus, feasible, reason, rate_per_s (highest
    SLO-meeting arrival rate), capacity_per_s, period_s, ttft_s, tpot_s, e2e_s (at that
    rate), weights_gib, activation_gib, needed_gib, usable_gib, kv_capacity_tokens.
    """
    cost_model = cost_model or RooflineCostModel(model, cluster, options.iteration_overhead_s)
    longest = stats.max_input_tokens + stats.max_output_tokens
    rows = []
    for layout in layouts or parallel_layouts(model, cluster, options.max_pp):
        mem = memory_budget(
            model,
            cluster.gpu,
            layout.tp,
            layout.pp,
            options.max_num_batched_tokens,
            options.gpu_memory_utilization,
            options.runtime_reserve_gib,
        )
        for seqs in options.max_num_seqs:
            row = {
                "label": f"tp{layout.tp}_pp{layout.pp}_b{seqs}",
                "tp": layout.tp,
                "pp": layout.pp,
                "max_num_seqs": seqs,
                "num_gpus": layout.num_gpus,
                "weights_gib": mem.weights_bytes / GIB,
                "activation_gib": mem.activation_bytes / GIB,
                "needed_gib": mem.needed_without_kv_bytes / GIB,
                "usable_gib": mem.usable_bytes / GIB,
                "kv_capacity_tokens": mem.kv_capacity_tokens,
                "feasible": False,
                "reason": "",
                "rate_per_s": 0.0,
                "capacity_per_s": 0.0,
                "period_s": float("nan"),
                "ttft_s": float("nan"),
                "tpot_s": float("nan"),
                "e2e_s": float("nan"),
            }
            rows.append(row)
            if mem.kv_cache_bytes <= 0:
                row["reason"] = "memory: weights and activations exceed GPU memory"
                continue
            # A pipelined replica splits its KV cache across its pp virtual engines (as
            # vLLM does), so the longest request must fit one engine's share.
            engine_share = mem.kv_capacity_tokens // layout.pp
            if engine_share < longest:
                row["reason"] = (
                    f"memory: one engine's KV share holds {engine_share} tokens < longest request {longest}"
                )
                continue
            if mem.kv_capacity_tokens < seqs * stats.mean_running_context_tokens:
                row["reason"] = "memory: KV cache too small for max_num_seqs sequences"
                continue
            perf = ReplicaPerformance(
                cost_model, layout, seqs, options.max_num_batched_tokens, stats
            )
            rate, metrics = perf.max_rate_meeting(slo, options.max_utilization)
            row.update(
                capacity_per_s=perf.capacity_per_s,
                period_s=metrics.period_s,
                ttft_s=metrics.ttft_s,
                tpot_s=metrics.tpot_s,
                e2e_s=metrics.e2e_s,
            )
            if rate <= 0:
                row["reason"] = "slo: no arrival rate meets the SLO"
                continue
            row.update(feasible=True, rate_per_s=rate)
    return pd.DataFrame(rows).set_index("label")
