"""Seeded synthetic disaggregation instances with cost-model-like data: small random
ones for the twin tests and the instance library (``random_instance``), ones that grow
with the GPU count for the scaling benchmark (``scaled_instance``), and small ones whose
pairs meet TTFT at random for the pair-class and presolve tests (``scrambled_instance``).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from servesolve.formulations.disaggregation_model import (
    RATE_UNIT_PER_S,
    DisaggregationInstance,
    Objective,
)

#: (TP, PP) layouts of the synthetic instances: powers of two up to a node, two nodes.
SYNTHETIC_LAYOUTS: tuple[tuple[int, int], ...] = (
    (1, 1),
    (2, 1),
    (1, 2),
    (4, 1),
    (2, 2),
    (8, 1),
    (4, 2),
    (8, 2),
    (8, 4),
)
#: Most count vectors a random instance may have (keeps the brute force fast).
MAX_RANDOM_VECTORS = 2500


def _num_count_vectors(sizes: Sequence[int], budget: int) -> int:
    """Vectors of counts with ``sum(k * size) <= budget`` (a knapsack count)."""
    ways = [1] + [0] * budget
    for size in sizes:
        for total in range(size, budget + 1):
            ways[total] += ways[total - size]
    return sum(ways)


def _synthetic(
    rng: np.random.Generator,
    layouts: Sequence[tuple[int, int]],
    batch_sizes: Sequence[int],
    weights_gib: float,
    gpu_budget: int,
    gpus_per_node: int,
    num_nodes: int,
    objective: Objective,
    target_fraction: float,
    e2e: bool,
) -> DisaggregationInstance:
    """Cost-model-like synthetic data: throughput grows a little sublinearly with GPUs,
    latency and TPOT fall with TP, memory is weights / GPUs plus KV."""
    usable = 0.9 * 79.6
    pre_rows = []
    for tp, pp in layouts:
        g = tp * pp
        pre_rows.append(
            {
                "label": f"tp{tp}_pp{pp}",
                "tp": tp,
                "pp": pp,
                "num_gpus": g,
                "rate_per_s": g**0.9 * rng.uniform(2.0, 8.0) * 70.0 / weights_gib,
                "latency_s": rng.uniform(0.1, 0.4) + rng.uniform(0.2, 1.0) / math.sqrt(tp),
                "memory_gib": weights_gib / g + rng.uniform(2.0, 6.0) + rng.uniform(2.0, 15.0),
                "usable_gib": usable,
            }
        )
    dec_rows = []
    kv_per_seq_gib = weights_gib / 140.0 * rng.uniform(0.1, 0.35)
    for (tp, pp), seqs in batch_sizes:
        g = tp * pp
        scale = seqs / 128
        dec_rows.append(
            {
                "label": f"tp{tp}_pp{pp}_b{seqs}",
                "tp": tp,
                "pp": pp,
                "max_num_seqs": seqs,
                "num_gpus": g,
                "rate_per_s": g**0.9 * rng.uniform(0.6, 3.0) * scale**0.6 * 70.0 / weights_gib,
                "tpot_s": rng.uniform(0.02, 0.07) * scale**0.4 / tp**0.3,
                "memory_gib": weights_gib / g + rng.uniform(1.0, 4.0) + seqs * kv_per_seq_gib / g,
                "usable_gib": usable,
            }
        )
    prefill = pd.DataFrame(pre_rows).set_index("label")
    decode_table = pd.DataFrame(dec_rows).set_index("label")
    kv_gb = rng.uniform(0.02, 0.4)
    kv_quantile_gb = kv_gb * rng.uniform(1.5, 2.5)
    stream_gb_per_s = rng.uniform(10.0, 50.0)
    transfer = pd.DataFrame(
        [
            [kv_quantile_gb / (stream_gb_per_s * min(tp_p, tp_d)) for tp_d in decode_table["tp"]]
            for tp_p in prefill["tp"]
        ],
        index=prefill.index,
        columns=decode_table.index,
    )
    per_gpu = min(
        float((prefill.rate_per_s / prefill.num_gpus).median()),
        float((decode_table.rate_per_s / decode_table.num_gpus).median()),
    )
    rough_most = per_gpu * gpu_budget / 2
    link_gb_per_s = kv_gb * rough_most * rng.uniform(0.4, 3.0)
    decode_tokens = float(rng.uniform(50, 300)) if e2e else 0.0
    typical_e2e_s = float(prefill.latency_s.median() + decode_tokens * decode_table.tpot_s.median())
    return DisaggregationInstance(
        prefill=prefill,
        decode=decode_table,
        transfer_s=transfer,
        kv_gb_per_request=kv_gb,
        link_gb_per_s=link_gb_per_s,
        gpu_budget=gpu_budget,
        gpus_per_node=gpus_per_node,
        num_nodes=num_nodes,
        ttft_slo_s=float(rng.uniform(0.8, 3.0)),
        tpot_slo_s=float(rng.uniform(0.05, 0.15)),
        e2e_slo_s=typical_e2e_s * float(rng.uniform(0.8, 1.5)) if e2e else None,
        decode_tokens_quantile=decode_tokens,
        objective=objective,
        target_rate_per_s=target_fraction * rough_most if objective == "min_cost" else None,
        # whole cents, so that the optimal cost has few digits (CBC prints its bound
        # to 6 significant digits, and the backend certifies that bound)
        price_per_gpu_hour_usd=round(float(rng.uniform(1.0, 4.0)), 2),
        rate_unit_per_s=RATE_UNIT_PER_S,
        kv_link_gb_per_s=stream_gb_per_s,
    )


def random_instance(rng: np.random.Generator) -> DisaggregationInstance:
    """A small random instance: 1-3 prefill and 1-3 decode configs, 4-16 GPUs.

    Half of them minimise cost for a target rate (some targets are out of reach, so
    those instances are infeasible); the rest maximise goodput. Layouts and batch sizes
    are redrawn until the brute force has at most ``MAX_RANDOM_VECTORS`` count vectors.
    """
    gpus_per_node = 8
    num_nodes = int(rng.integers(1, 3))
    budget = int(rng.integers(4, min(16, num_nodes * gpus_per_node) + 1))
    # A pool's replica takes at most half the budget, so both pools fit.
    fitting = [lt for lt in SYNTHETIC_LAYOUTS if 2 * lt[0] * lt[1] <= budget]
    largest = max(tp * pp for tp, pp in fitting)
    # model weights (GiB, bf16 8B/32B/70B) that the largest replica leaves room for
    weights_gib = float(rng.choice([w for w in (16.0, 65.0, 140.0) if w / largest <= 45.0]))
    while True:
        pre = rng.choice(
            len(fitting), size=int(rng.integers(1, min(3, len(fitting)) + 1)), replace=False
        )
        num_dec = int(rng.integers(1, 4))
        dec_layouts = rng.choice(len(fitting), size=num_dec, replace=True)
        seqs = rng.choice([64, 128, 256], size=num_dec)
        decode_keys = {(int(i), int(b)) for i, b in zip(dec_layouts, seqs, strict=True)}
        if len(decode_keys) < num_dec:
            continue
        sizes = [fitting[i][0] * fitting[i][1] for i in (*pre, *dec_layouts)]
        # at least one config per pool whose weights leave room for activations and KV
        roomy = [weights_gib / s <= 45.0 for s in sizes]
        if not (any(roomy[: len(pre)]) and any(roomy[len(pre) :])):
            continue
        if _num_count_vectors(sizes, budget) <= MAX_RANDOM_VECTORS:
            break
    objective: Objective = "min_cost" if rng.random() < 0.5 else "max_goodput"
    return _synthetic(
        rng,
        [fitting[int(i)] for i in pre],
        [(fitting[int(i)], int(b)) for i, b in zip(dec_layouts, seqs, strict=True)],
        weights_gib=weights_gib,
        gpu_budget=budget,
        gpus_per_node=gpus_per_node,
        num_nodes=num_nodes,
        objective=objective,
        target_fraction=float(rng.uniform(0.1, 1.0)),
        e2e=bool(rng.random() < 0.25),
    )


def scrambled_instance(rng: np.random.Generator) -> DisaggregationInstance:
    """A random instance (``random_instance``) whose transfer times are redrawn so that
    each pair meets TTFT or misses it by 0.05 s, each with probability one half: its
    configs fall into several pair classes, and some pairs may carry no requests."""
    inst = random_instance(rng)
    slack = inst.ttft_slo_s - inst.prefill["latency_s"].to_numpy()[:, None]
    misses = rng.random(inst.transfer_s.shape) < 0.5
    transfer = np.maximum(slack + np.where(misses, 0.05, -0.05), 0.0)
    table = pd.DataFrame(transfer, index=inst.transfer_s.index, columns=inst.transfer_s.columns)
    return dataclasses.replace(inst, transfer_s=table)


def scaled_instance(size: int, rng: np.random.Generator) -> DisaggregationInstance:
    """A synthetic max-goodput instance of Llama-70B-like data on ``size`` GPUs.

    ``size`` counts GPUs (8 per node, rounded down to whole nodes; below 8, one node of
    ``size``). The GPU budget grows with it, the configs do not: every layout of
    ``SYNTHETIC_LAYOUTS`` that fits is a prefill config and, with batch sizes 64, 128
    and 256, a decode config (up to 9 prefill and 27 decode configs, 243 pairs).
    """
    if size < 1:
        raise ValueError(f"size: {size} GPUs; fix: give at least 1")
    per_node = min(size, 8)
    num_nodes = max(1, size // per_node)
    budget = num_nodes * per_node
    layouts = [
        (tp, pp)
        for tp, pp in SYNTHETIC_LAYOUTS
        if tp * pp <= budget
        and ((per_node % (tp * pp) == 0) or (tp * pp) % per_node == 0)
        and tp <= per_node
    ]
    batch = [(lt, b) for lt in layouts for b in (64, 128, 256)]
    return _synthetic(
        rng, layouts, batch, 140.0, budget, per_node, num_nodes, "max_goodput", 0.0, False
    )
