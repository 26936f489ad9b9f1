"""Real fleet instances: ``from_specs`` prices every (GPU type, workload, TP x PP layout,
batch cap) on each length bucket of the workload's requests with the roofline cost model
(``candidates.price_candidates``), over the candidate grid ``FLEET_CANDIDATES`` by
default.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence

import numpy as np
import pandas as pd

from servesolve.costs.memory import kv_bytes_per_token_per_gpu
from servesolve.costs.replica_model import ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import ReplicaConfig, RooflineCostModel
from servesolve.errors import SpecError
from servesolve.formulations.candidates import CandidateOptions, price_candidates
from servesolve.formulations.fleet_model import FleetInstance, Objective, _frames
from servesolve.specs.hardware import GIB, ClusterSpec, GpuSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec
from servesolve.workloads.spec import WorkloadSpec, sample_requests

#: Candidate grid ``from_specs`` prices: TP 1..8 inside a node, no PP, three batch caps.
FLEET_CANDIDATES = CandidateOptions(max_num_seqs=[32, 128, 512], max_pp=1)
#: Network of a node ``from_specs`` builds around a bare GpuSpec (one 400 Gb/s NIC);
#: only pipelines across nodes use it, and the default grid has none.
DEFAULT_INTER_NODE_GB_PER_S = 50.0


def _cluster_for(spec: ClusterSpec | GpuSpec, count: int | None, i: int) -> ClusterSpec:
    """The cluster ``count`` GPUs of ``spec`` form (whole nodes)."""
    where = f"gpu_types[{i}]"
    if isinstance(spec, GpuSpec):
        if count is None or count < 1:
            raise SpecError(f"{where}.count", f"must be >= 1, got {count!r}", "count the GPUs")
        per_node = math.gcd(int(count), 8)
        return ClusterSpec(
            name=f"{spec.name}x{count}",
            gpu=spec,
            num_nodes=int(count) // per_node,
            gpus_per_node=per_node,
            inter_node_gb_per_s=DEFAULT_INTER_NODE_GB_PER_S,
        )
    if not isinstance(spec, ClusterSpec):
        raise SpecError(
            where,
            f"must be a ClusterSpec or GpuSpec, got {type(spec).__name__}",
            "pass a spec from servesolve.specs (e.g. load_gpu('H100-SXM-80GB'))",
        )
    count = spec.num_gpus if count is None else int(count)
    if count < 1 or count % spec.gpus_per_node:
        raise SpecError(
            f"{where}.count",
            f"{count} GPUs do not fill whole {spec.gpus_per_node}-GPU nodes of {spec.name}",
            f"use a multiple of {spec.gpus_per_node}",
        )
    return dataclasses.replace(spec, num_nodes=count // spec.gpus_per_node)


def _length_buckets(requests: pd.DataFrame, num_buckets: int) -> list[tuple[str, pd.DataFrame]]:
    """Requests split at quantiles of their length (input + output tokens), empty
    buckets dropped; labels ``le<max tokens>``."""
    total = (requests["input_tokens"] + requests["output_tokens"]).to_numpy()
    edges = np.unique(np.quantile(total, np.linspace(0, 1, num_buckets + 1))[1:])
    out, low = [], -math.inf
    for edge in edges:
        part = requests[(total > low) & (total <= edge)]
        if len(part):
            out.append((f"le{int(edge)}", part))
        low = edge
    return out


def from_specs(
    gpu_types: Sequence[tuple[ClusterSpec | GpuSpec, int | None]],
    workloads: Sequence[tuple[ModelSpec, WorkloadSpec | pd.DataFrame, SloSpec, float]],
    objective: Objective = "min_cost",
    budget_usd_per_hour: float | None = None,
    num_buckets: int = 3,
    options: CandidateOptions | None = None,
    weights: Sequence[float] | None = None,
    names: Sequence[str] | None = None,
) -> FleetInstance:
    """Price a fleet instance from project specs with the roofline cost model.

    Parameters
    ----------
    gpu_types:
        (cluster or GPU, count) per GPU type: ``count`` GPUs available (whole nodes of
        a cluster; a bare GPU gets nodes of gcd(count, 8) GPUs), priced at the GPU's
        ``price_per_gpu_hour_usd``.
    workloads:
        (model, workload spec or request table, SLO, target rate in req/s) per workload.
    objective, budget_usd_per_hour:
        As in :class:`FleetInstance`.
    num_buckets:
        Length buckets per workload, split at quantiles of input + output tokens.
    options:
        Candidate grid and engine knobs (default :data:`FLEET_CANDIDATES`).
    weights:
        Goodput weight per workload (default 1).
    names:
        Workload names (default ``<model>:<workload>``).

    Returns
    -------
    FleetInstance
        Every (type, workload, TP x PP layout, batch cap) is a config; each bucket is
        priced with ``candidates.price_candidates`` on the bucket's ``WorkloadStats``.
        Configs that do not fit keep the rate they would have (priced here with
        ``ReplicaPerformance``) and a ``memory`` row says by how many GiB they miss.
    """
    options = options or FLEET_CANDIDATES
    if not gpu_types:
        raise SpecError("gpu_types", "is empty", "give at least one (GPU or cluster, count)")
    if not workloads:
        raise SpecError("workloads", "is empty", "give at least one (model, workload, slo, rate)")
    if num_buckets < 1:
        raise SpecError("num_buckets", f"must be >= 1, got {num_buckets}", "use e.g. 3")
    if weights is not None and len(weights) != len(workloads):
        raise SpecError("weights", "needs one weight per workload", "match the workloads")
    clusters = [_cluster_for(spec, count, i) for i, (spec, count) in enumerate(gpu_types)]
    type_names = [c.gpu.name for c in clusters]
    if len(set(type_names)) != len(type_names):
        raise SpecError("gpu_types", f"repeat a GPU type: {type_names}", "list each GPU once")
    gpu_rows = [
        {
            "gpu_type": c.gpu.name,
            "num_gpus": c.num_gpus,
            "price_per_gpu_hour_usd": c.gpu.price_per_gpu_hour_usd,
        }
        for c in clusters
    ]
    workload_rows, bucket_rows, config_rows, rate_rows = [], [], [], []
    for i, (model, work, slo, target) in enumerate(workloads):
        requests = work if isinstance(work, pd.DataFrame) else sample_requests(work)
        label = work.name if isinstance(work, WorkloadSpec) else f"w{i}"
        w = names[i] if names is not None else f"{model.name}:{label}"
        longest = int((requests["input_tokens"] + requests["output_tokens"]).max())
        if longest > model.max_context_tokens:
            raise SpecError(
                f"workloads[{i}]",
                f"the longest request has {longest} tokens, {model.name} supports "
                f"{model.max_context_tokens}",
                "use shorter requests or a longer-context model",
            )
        if not (math.isfinite(target) and target > 0):
            raise SpecError(f"workloads[{i}].target_rate_per_s", f"got {target!r}", "use > 0")
        workload_rows.append(
            {
                "workload": w,
                "target_rate_per_s": float(target),
                "weight": 1.0 if weights is None else float(weights[i]),
            }
        )
        buckets = _length_buckets(requests, num_buckets)
        for k, part in buckets:
            bucket_rows.append({"workload": w, "bucket": k, "share": len(part) / len(requests)})
        for cluster in clusters:
            cost_model = RooflineCostModel(model, cluster, options.iteration_overhead_s)
            seen = set()
            for k, part in buckets:
                stats = WorkloadStats.from_requests(part, slo.quantile)
                table = price_candidates(model, cluster, stats, slo, options, cost_model)
                for c, row in table.iterrows():
                    tp, pp, seqs = int(row.tp), int(row.pp), int(row.max_num_seqs)
                    if c not in seen:
                        seen.add(c)
                        config_rows.append(
                            {
                                "gpu_type": cluster.gpu.name,
                                "workload": w,
                                "config": c,
                                "num_gpus": int(row.num_gpus),
                                "tp": tp,
                                "pp": pp,
                                "max_num_seqs": seqs,
                            }
                        )
                    kv_tokens = max(
                        pp * (stats.max_input_tokens + stats.max_output_tokens),
                        seqs * stats.mean_running_context_tokens,
                    )
                    needed = (
                        row.needed_gib + kv_tokens * kv_bytes_per_token_per_gpu(model, tp, pp) / GIB
                    )
                    rate = float(row.rate_per_s) if row.feasible else 0.0
                    if not row.feasible and str(row.reason).startswith("memory"):
                        perf = ReplicaPerformance(
                            cost_model,
                            ReplicaConfig(tp, pp),
                            seqs,
                            options.max_num_batched_tokens,
                            stats,
                        )
                        rate = perf.max_rate_meeting(slo, options.max_utilization)[0]
                    rate_rows.append(
                        {
                            "gpu_type": cluster.gpu.name,
                            "workload": w,
                            "config": c,
                            "bucket": k,
                            "rate_per_s": rate,
                            "needed_gib": float(needed),
                            "usable_gib": float(row.usable_gib),
                        }
                    )
    return _frames(
        gpu_rows,
        workload_rows,
        bucket_rows,
        config_rows,
        rate_rows,
        objective,
        budget_usd_per_hour,
    )
