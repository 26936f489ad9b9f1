"""Simulator speed on the runs the verified planner makes, and a digest of their results.

Usage (from the repository root)::

    python benchmarks/bench_capacity_runs.py              # 5 configs, median of 3
    python benchmarks/bench_capacity_runs.py --repeats 5

For each config (three Llama-3.1-70B layouts on 8 H100, Mixtral-8x7B, Llama-3.1-8B on
H200), the capacity estimator's two kinds of run, priced by the measured kernels: the
closed-loop saturation run at the batch cap, then an open-loop run at 80 % of it
(replication 0, the planner's run length). Reports each config's CPU time (median of the
repeats; CPU time, not wall time, because the development machine is shared) and their
sum. The digest hashes every saturated throughput and every request table: a change
meant to be a pure speed-up must leave it unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import statistics
import time

import pandas as pd

from servesolve.planning import PlanRequest, capacity_estimator
from servesolve.simulator import ReplicaGroupSpec
from servesolve.specs import catalogue_entry

#: (model, cluster, workload, SLO, [(tp, pp, max_num_seqs)])
CASES = [
    ("llama3.1-70b", "h100x8", "synthetic_chat", "chat", [(2, 2, 512), (1, 8, 1536), (8, 1, 64)]),
    ("mixtral-8x7b", "h100x8", "synthetic_chat", "chat", [(2, 1, 256)]),
    ("llama3.1-8b", "h200x8", "splitwise_code", "code", [(1, 1, 256)]),
]


def estimator(model: str, cluster: str, workload: str, slo: str):  # noqa: ANN201
    request = PlanRequest.from_config(
        {
            "model": catalogue_entry("model", model),
            "cluster": catalogue_entry("cluster", cluster),
            "workload": catalogue_entry("workload", workload),
            "slo": catalogue_entry("slo", slo),
            "solver": catalogue_entry("solver", "highs"),
            "planner": {"check": {"method": "verified", "workers": 1}},
        }
    )
    return capacity_estimator(request)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    digest = hashlib.sha256()
    total = 0.0
    for model, cluster, workload, slo, layouts in CASES:
        est = estimator(model, cluster, workload, slo)
        for tp, pp, cap in layouts:
            group = ReplicaGroupSpec(tp, pp, cap, 1)
            times = []
            for _ in range(args.repeats):
                start = time.process_time()
                saturation = est._saturation_of(group, 0)
                rate = 0.8 * saturation
                table = est._simulate(group, est.streams.requests(0, rate, est.run_length(group)))
                times.append(time.process_time() - start)
            digest.update(repr(saturation).encode())
            digest.update(pd.util.hash_pandas_object(table, index=True).to_numpy().tobytes())
            median = statistics.median(times)
            total += median
            print(
                f"{model} TP{tp}xPP{pp} b{cap}: saturation {saturation:.3f} req/s, {median:.2f} s CPU"
            )
    print(
        f"total {total:.2f} s CPU (sum of medians of {args.repeats}); digest {digest.hexdigest()[:16]}"
    )


if __name__ == "__main__":
    main()
