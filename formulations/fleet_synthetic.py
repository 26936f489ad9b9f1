"""Seeded synthetic fleet instances whose numbers follow the roofline's shape: small
random ones for the twin tests and the instance library (``random_instance``), and ones
that grow with the number of (GPU type, workload) pairs for the scaling benchmark
(``scaled_instance``, shaped by ``scaling_shape``).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

from servesolve.errors import SpecError
from servesolve.formulations.fleet_model import FleetInstance, Objective, _frames
from servesolve.specs.hardware import GIB

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
