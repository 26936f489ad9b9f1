"""Simulator speed: 10,000 ExeGPT task-C2 requests on one Llama-3.1-70B replica.

Usage::

    python benchmarks/bench_simulator.py                 # continuous batching, TP4, 5 repeats
    python benchmarks/bench_simulator.py --policy chunked_prefill --tp 8

Reports the wall time of ``simulate`` (median of the repeats, single process) and the
simulated output tokens per second of wall time. The issue's target: under 2 s.
"""

from __future__ import annotations

import argparse
import statistics

from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate
from servesolve.specs import (
    catalogue_entry,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)
from servesolve.workloads import sample_requests, workload_from_dict


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--policy", default="continuous")
    parser.add_argument("--tp", type=int, default=4)
    parser.add_argument("--max-num-seqs", type=int, default=256)
    parser.add_argument("--requests", type=int, default=10_000)
    parser.add_argument("--repeats", type=int, default=5)
    args = parser.parse_args()
    model = model_from_config(catalogue_entry("model", "llama3.1-70b"))
    cluster = cluster_from_config(catalogue_entry("cluster", "h100x8"))
    requests = sample_requests(
        workload_from_dict(catalogue_entry("workload", "exegpt_c2")), num_requests=args.requests
    )
    spec = SimulationSpec(
        model, cluster, (ReplicaGroupSpec(args.tp, 1, args.max_num_seqs),), policy=args.policy
    )
    slo = slo_from_config(catalogue_entry("slo", "chat"))
    runs = [simulate(spec, requests, slo) for _ in range(args.repeats)]
    wall = statistics.median(r.wall_time_s for r in runs)
    tokens = int(requests["output_tokens"].sum())
    m = runs[0].metrics
    print(
        f"{args.requests} requests (exegpt_c2, closed loop), llama3.1-70b TP{args.tp}, {args.policy}, "
        f"max_num_seqs {args.max_num_seqs}: {len(runs[0].iterations)} iterations"
    )
    print(
        f"wall time (median of {args.repeats}): {wall:.2f} s ({1e6 * wall / len(runs[0].iterations):.0f} us "
        f"per iteration); simulated output tokens per wall second: {tokens / wall:,.0f}"
    )
    print(
        f"simulated: {m['throughput_rps']:.2f} req/s, {m['output_tokens_per_s']:.0f} out tok/s, TPOT p99 {m['tpot_s_p99'] * 1000:.1f} ms"
    )


if __name__ == "__main__":
    main()
