"""Which plan shape wins each scenario of the verified benchmark (issue 13).

Usage (from the repository root, on a clean commit)::

    python benchmarks/bench_shapes.py --list
    python benchmarks/bench_shapes.py --all --out results/shapes/shapes.csv
    python benchmarks/bench_shapes.py --scenarios llama70b_h100x8_chat --tpot-s 0.03

Each scenario of ``bench_verified.SCENARIOS`` is planned the way ``servesolve plan``
plans it by default (every shape the model, cluster and SLO admit, ``planner.check``
on: the colocated plan repaired in the simulator, the disaggregated pools simulated at
their rate), on HiGHS. One row per (scenario, shape): its best plan, SLO-meeting rate,
GPUs, cost, the reason it loses, its certificate and the note on how it was checked;
``winner`` marks the printed plan. An existing output file is never overwritten.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import pandas as pd
from bench_verified import SCENARIOS, scenario_names

from servesolve.experiments.runner import provenance
from servesolve.planning import PlanRequest, plan
from servesolve.specs import catalogue_entry


def request_for(name: str, tpot_s: float | None) -> PlanRequest:
    scenario = SCENARIOS[name]
    cluster = dict(catalogue_entry("cluster", scenario["cluster"]))
    cluster.update(scenario.get("cluster_overrides", {}))
    slo = dict(catalogue_entry("slo", scenario["slo"]))
    if tpot_s is not None:
        slo["tpot_s"] = tpot_s
    return PlanRequest.from_config(
        {
            "model": catalogue_entry("model", scenario["model"]),
            "cluster": cluster,
            "workload": catalogue_entry("workload", scenario["workload"]),
            "slo": slo,
            "solver": catalogue_entry("solver", "highs"),
            "planner": {"pictures": False},
        }
    )


def run_scenario(name: str, tpot_s: float | None) -> pd.DataFrame:
    request = request_for(name, tpot_s)
    start = time.perf_counter()
    result = plan(request)
    wall = time.perf_counter() - start
    stamp = provenance()
    rows = []
    for i, shape in enumerate(result.shapes):
        rows.append(
            {
                "scenario": name,
                "slo_tpot_s": request.slo.tpot_s,
                "shape": shape.shape,
                "winner": i == 0,
                "plan": shape.layout,
                "throughput_per_s": shape.throughput_per_s,
                "vs_winner": shape.throughput_per_s / result.shapes[0].throughput_per_s
                if result.shapes[0].throughput_per_s
                else float("nan"),
                "num_gpus": shape.num_gpus,
                "cost_per_hour_usd": shape.cost_per_hour_usd,
                "reason": shape.reason,
                "certificate": shape.certificate,
                "note": shape.note,
                "plan_wall_s": wall,
                "git_commit": stamp["git_commit"],
                "git_dirty": stamp["git_dirty"],
            }
        )
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", nargs="*", default=[])
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--tpot-s", type=float, default=None, help="override the SLO's TPOT")
    parser.add_argument("--out", type=Path, default=None, help="write the rows to this CSV")
    args = parser.parse_args()
    names = scenario_names(args)
    if not names:
        return
    if args.out is not None and args.out.exists():
        sys.exit(f"error: --out: {args.out} exists and is never overwritten; fix: give a new path")
    for i, name in enumerate(names):
        table = run_scenario(name, args.tpot_s)
        if args.out is not None:  # each scenario's rows as they come: a crash keeps them
            args.out.parent.mkdir(parents=True, exist_ok=True)
            table.to_csv(args.out, mode="w" if i == 0 else "a", header=i == 0, index=False)
        win = table.iloc[0]
        others = "; ".join(
            f"{r.shape} {r.throughput_per_s:.2f} ({r.reason})" for r in table.iloc[1:].itertuples()
        )
        print(
            f"{name}: {win['shape']} wins, {win['plan']} {win['throughput_per_s']:.2f} req/s "
            f"({win['plan_wall_s']:.0f} s); {others}",
            flush=True,
        )
    if args.out is not None:
        print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
