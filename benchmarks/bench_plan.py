"""Time the main job: candidate pricing and MILP solve, per backend, plus CLI wall time.

Usage::

    python benchmarks/bench_plan.py                     # default plan, every backend, 5 repeats
    python benchmarks/bench_plan.py --repeats 3 --case llama3.1-70b:h100x8:exegpt_s

    python benchmarks/bench_plan.py --cli-only          # only the CLI wall times below

Prints one row per (case, backend) with median pricing time, median solve time, the
objective and the gap, and the median wall time of ``servesolve plan`` run as a
subprocess (start-up, Hydra, I/O included) on its defaults and on 1,024 GPUs
(``CLI_RUNS``; the targets of the verified-optimum work: 3 s and 10 s on 2 cores).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time

import pandas as pd

from servesolve.planning import PlanRequest, plan
from servesolve.solver import available_backends
from servesolve.specs import catalogue_entry

DEFAULT_CASE = "llama3.1-70b:h100x8:synthetic_chat:chat"
#: ``servesolve plan`` runs timed end to end: name -> overrides.
CLI_RUNS = {
    "defaults (8 GPUs)": [],
    "1,024 GPUs": ["cluster.num_nodes=128", "cluster.name=h100x1024"],
}


def request_for(case: str, backend: str) -> PlanRequest:
    model, cluster, workload, *rest = case.split(":")
    slo = rest[0] if rest else "chat"
    return PlanRequest.from_config(
        {
            "model": catalogue_entry("model", model),
            "cluster": catalogue_entry("cluster", cluster),
            "workload": catalogue_entry("workload", workload),
            "slo": catalogue_entry("slo", slo),
            "solver": catalogue_entry("solver", backend),
        }
    )


def cli_wall_time_s(repeats: int, overrides: list[str]) -> float:
    times = []
    for _ in range(repeats):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            subprocess.run(
                [sys.executable, "-m", "servesolve.cli", *overrides, f"hydra.run.dir={tmp}/run"],
                check=True,
                capture_output=True,
            )
            times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--case", action="append", help="model:cluster:workload[:slo]")
    parser.add_argument("--cli-only", action="store_true", help="only the CLI wall times")
    args = parser.parse_args()
    rows = []
    for case in [] if args.cli_only else args.case or [DEFAULT_CASE]:
        for backend in available_backends():
            runs = [plan(request_for(case, backend)) for _ in range(args.repeats)]
            rows.append(
                {
                    "case": case,
                    "backend": backend,
                    "candidates": len(runs[0].candidates),
                    "pricing_s_median": statistics.median(r.pricing_time_s for r in runs),
                    "solve_s_median": statistics.median(r.certificate.wall_time_s for r in runs),
                    "objective": runs[0].certificate.objective,
                    "gap": runs[0].certificate.gap,
                    "plan": " + ".join(f"{g.num_replicas}x{g.label}" for g in runs[0].plan.groups),
                }
            )
    if rows:
        print(pd.DataFrame(rows).to_string(index=False))
    for name, overrides in CLI_RUNS.items():
        wall = cli_wall_time_s(args.repeats, overrides)
        print(
            f"servesolve plan {' '.join(overrides)} ({name}, CLI wall time, median of {args.repeats}): {wall:.2f} s"
        )


if __name__ == "__main__":
    main()
