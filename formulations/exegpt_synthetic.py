"""Seeded ExeGPT instances priced by the roofline cost model: small random ones for the
twin tests and the instance library (``random_instance``), and GPT-3 39B on a growing
number of A40 GPUs for the scaling benchmark (``scaled_instance``).
"""

from __future__ import annotations

import math
from dataclasses import replace

import numpy as np
import pandas as pd

from servesolve.costs.replica_model import WorkloadStats
from servesolve.formulations.exegpt_model import ExeGptInstance, Policy, iter_schedules
from servesolve.formulations.exegpt_specs import ExeGptOptions, from_specs, workload_stats
from servesolve.formulations.exegpt_twin import assess


def _random_stats(rng: np.random.Generator, quantile: float = 0.99) -> WorkloadStats:
    """Lengths like ExeGPT's tasks: truncated normals with drawn means and spreads."""
    n = 2000
    mean_in, mean_out = rng.uniform(48, 512), rng.uniform(8, 160)
    inp = np.clip(rng.normal(mean_in, rng.uniform(0.2, 0.8) * mean_in, n), 1, 2 * mean_in)
    out = np.clip(rng.normal(mean_out, rng.uniform(0.2, 0.6) * mean_out, n), 1, 2.5 * mean_out)
    requests = pd.DataFrame(
        {
            "input_tokens": np.rint(inp).astype(int),
            "output_tokens": np.rint(out).astype(int),
            "arrival_time_s": np.zeros(n),
        }
    )
    return WorkloadStats.from_requests(requests, quantile)


def random_instance(rng: np.random.Generator) -> ExeGptInstance:
    """A small roofline-priced instance: a 8-13B model (T5-11B among them) on 2 or 4
    GPUs of an A40, A100 or H100 cluster, a drawn length distribution, 3 encoder batches,
    N_D in 1..4, B_m <= 2, a drawn policy, and a latency bound drawn around the fastest
    memory-feasible schedule's (scored with :func:`assess`). About 1 in 5 instances is
    infeasible: no schedule fits memory (mostly T5-11B's large KV cache under WAA), or the
    bound (0.9x to 4x the fastest, log-uniform) is below every schedule's latency."""
    from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

    model = model_from_config(
        catalogue_entry("model", str(rng.choice(["opt-13b", "t5-11b", "llama3.1-8b"])))
    )
    cluster = cluster_from_config(
        catalogue_entry("cluster", str(rng.choice(["h100x8", "a100x16", "a40x48"])))
    )
    num_gpus = int(rng.choice([2, 4]))
    policy: Policy = rng.choice(["any", "any", "any", "rra", "waa", "waa_c", "waa_m"]).item()
    small = int(rng.choice([1, 2, 4]))
    batches = sorted([small, *(int(b) for b in rng.choice([8, 16, 32, 64], 2, replace=False))])
    options = ExeGptOptions(
        encoder_batches=batches,
        max_decode_iterations=int(rng.integers(2, 5)),
        max_micro_batches=2,
        gpu_memory_utilization=float(rng.uniform(0.6, 0.9)),
    )
    stats = _random_stats(rng)
    inst = from_specs(model, cluster, stats, 1.0, num_gpus, policy, options)
    fits = [
        a.latency_s
        for a in (assess(inst, p) for p in iter_schedules(inst))
        if not [v for v in a.violations if not v.startswith("slo")]
    ]
    fastest = min(fits) if fits else 1.0
    return replace(inst, latency_bound_s=fastest * float(np.exp(rng.uniform(-0.1, np.log(4.0)))))


def scaled_instance(size: int, rng: np.random.Generator) -> ExeGptInstance:
    """GPT-3 39B (ExeGPT's model) on ``size`` A40 GPUs, one of ExeGPT's five tasks (drawn),
    the full default grid (8 encoder batches, N_D in 1..32, B_m <= 8), policy ``any``, and
    a bound of 80-200 ms per token of the tail output (drawn). ``size`` counts GPUs."""
    from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

    model = model_from_config(catalogue_entry("model", "gpt3-39b"))
    a40 = catalogue_entry("cluster", "a40x48")  # ExeGPT's A40 nodes, as many as needed
    cluster = cluster_from_config({**a40, "num_nodes": max(1, math.ceil(size / 8))})
    task = str(rng.choice(["exegpt_s", "exegpt_t", "exegpt_g", "exegpt_c1", "exegpt_c2"]))
    stats = workload_stats(task, num_requests=2000, seed=int(rng.integers(0, 2**31)))
    options = ExeGptOptions(max_decode_iterations=32)
    bound = math.ceil(stats.output_quantile_tokens) * float(rng.uniform(0.08, 0.2))
    return from_specs(model, cluster, stats, bound, size, "any", options)
