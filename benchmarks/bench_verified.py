"""The verified planner against every homogeneous plan and the peers' picks, per scenario.

Usage (from the repository root, on a clean commit)::

    python benchmarks/bench_verified.py --list
    python benchmarks/bench_verified.py --scenarios llama8b_h100x8_chat llama70b_h100x8_chat
    python benchmarks/bench_verified.py --all --out results/verified_benchmark
    python benchmarks/bench_verified.py --scenarios llama70b_h100x8_chat --alternatives peers

For each scenario, ``servesolve plan planner.check.method=verified`` runs (timed), then
every alternative is scored on the same common random numbers (a fresh estimator with
the planner's settings, so the figures are the ``servesolve capacity`` command's):

* every homogeneous plan: each memory-feasible candidate config (layout x batch cap)
  replicated on every GPU of the budget it fits;
* the peer configurators' picks named in the scenario.

An alternative whose own saturated-throughput bound (times its replicas) is already
below ``(1 - epsilon)`` times the plan's capacity cannot beat the plan within epsilon,
whatever its SLO capacity: it is recorded as ``bounded`` and not bisected. The others
are estimated with the planner's replications. ``ok`` says whether the plan's capacity
is at least ``(1 - epsilon)`` times the alternative's (means). Rows go to
``OUT/<scenario>.csv`` with the commit they came from; an existing file is never
overwritten.
"""

from __future__ import annotations

import argparse
import dataclasses
import math
import sys
import time
from pathlib import Path
from typing import Any

import pandas as pd

from servesolve.capacity import plan_capacity
from servesolve.experiments.runner import provenance
from servesolve.planning import PlanRequest, capacity_estimator, plan
from servesolve.simulator import ReplicaGroupSpec
from servesolve.specs import catalogue_entry
from servesolve.verification import replica_group

#: name -> (model, cluster, cluster overrides, workload, SLO, peers: name -> [(tp, pp, b, count)])
SCENARIOS: dict[str, dict[str, Any]] = {
    "llama70b_h100x8_chat": {
        "model": "llama3.1-70b",
        "cluster": "h100x8",
        "workload": "synthetic_chat",
        "slo": "chat",
        "peers": {"aiconfigurator H100 pick": [(1, 8, 1536, 1)]},
    },
    "llama70b_h200x8_chat": {
        "model": "llama3.1-70b",
        "cluster": "h200x8",
        "workload": "synthetic_chat",
        "slo": "chat",
        "peers": {"aiconfigurator H200 pick": [(1, 4, 960, 2)]},
    },
    "llama8b_h100x8_chat": {
        "model": "llama3.1-8b",
        "cluster": "h100x8",
        "workload": "synthetic_chat",
        "slo": "chat",
    },
    "llama8b_h200x8_code": {
        "model": "llama3.1-8b",
        "cluster": "h200x8",
        "workload": "splitwise_code",
        "slo": "code",
    },
    "llama70b_h100x16_exegpt_c2": {
        "model": "llama3.1-70b",
        "cluster": "h100x16",
        "workload": "exegpt_c2",
        "slo": "exegpt",
    },
    "mixtral8x7b_h100x8_chat": {
        "model": "mixtral-8x7b",
        "cluster": "h100x8",
        "workload": "synthetic_chat",
        "slo": "chat",
    },
    "llama70b_a100x16_sharegpt": {
        "model": "llama3.1-70b",
        "cluster": "a100x16",
        "workload": "sharegpt",
        "slo": "chat",
    },
    "llama8b_h100x8_conv": {
        "model": "llama3.1-8b",
        "cluster": "h100x8",
        "workload": "splitwise_conv",
        "slo": "chat",
    },
    "opt13b_a40x48_exegpt_s": {
        "model": "opt-13b",
        "cluster": "a40x48",
        "workload": "exegpt_s",
        "slo": "exegpt",
    },
    "llama70b_h100x1024_chat": {
        "model": "llama3.1-70b",
        "cluster": "h100x8",
        "cluster_overrides": {"num_nodes": 128, "name": "h100x1024"},
        "workload": "synthetic_chat",
        "slo": "chat",
    },
}


def request_for(scenario: dict[str, Any], check: dict[str, Any], to_memory: bool) -> PlanRequest:
    cluster = dict(catalogue_entry("cluster", scenario["cluster"]))
    cluster.update(scenario.get("cluster_overrides", {}))
    return PlanRequest.from_config(
        {
            "model": catalogue_entry("model", scenario["model"]),
            "cluster": cluster,
            "workload": catalogue_entry("workload", scenario["workload"]),
            "slo": catalogue_entry("slo", scenario["slo"]),
            "solver": catalogue_entry("solver", "highs"),
            "planner": {
                "candidates": {"max_num_seqs_to_memory": to_memory},
                "check": {"method": "verified", **check},
            },
        }
    )


def run_scenario(
    name: str, check: dict[str, Any], to_memory: bool, homogeneous: bool = True
) -> pd.DataFrame:
    scenario = SCENARIOS[name]
    request = request_for(scenario, check, to_memory)
    start = time.perf_counter()
    result = plan(request)
    plan_wall = time.perf_counter() - start
    ver = result.verification
    assert ver is not None
    mine = result.capacities["milp"]
    eps = ver.epsilon
    # The twin: same setting and options, so the same common random numbers.
    twin = capacity_estimator(request)
    budget = request.planner.gpu_budget or request.cluster.num_gpus
    cand = result.candidates
    fits = cand[cand.memory_ok.astype(bool) & (cand.num_gpus <= budget)]
    alternatives: dict[str, list[ReplicaGroupSpec]] = {}
    for label, row in fits.iterrows() if homogeneous else ():
        count = budget // int(row.num_gpus)
        alternatives[f"{count} x {label}"] = [dataclasses.replace(replica_group(row), count=count)]
    for peer, groups in scenario.get("peers", {}).items():
        alternatives[peer] = [ReplicaGroupSpec(tp, pp, b, k) for tp, pp, b, k in groups]
    start = time.perf_counter()
    twin.saturate([g for groups in alternatives.values() for g in groups])
    threshold = (1 - eps) * mine.mean
    rows = []
    stamp = provenance()
    for alt, groups in alternatives.items():
        bound = sum(twin.upper_bound(g) * g.count for g in groups)
        row = {
            "scenario": name,
            "plan": " + ".join(
                f"{g.num_replicas}xTP{g.tp}xPP{g.pp}b{g.max_num_seqs}" for g in result.plan.groups
            ),
            "plan_capacity": mine.mean,
            "plan_low": mine.low,
            "plan_high": mine.high,
            "alternative": alt,
            "alternative_bound": bound,
            "scored": "bounded" if bound < threshold else "estimated",
            "alternative_capacity": math.nan,
            "alternative_low": math.nan,
            "alternative_high": math.nan,
        }
        if bound >= threshold:
            cap = plan_capacity(twin, groups)
            row |= {
                "alternative_capacity": cap.mean,
                "alternative_low": cap.low,
                "alternative_high": cap.high,
            }
        top = row["alternative_capacity"] if bound >= threshold else bound
        row["ok"] = bool(mine.mean >= (1 - eps) * top - 1e-9)
        rows.append(row)
    alt_wall = time.perf_counter() - start
    table = pd.DataFrame(rows)
    return table.assign(
        epsilon=eps,
        confidence=request.planner.check.confidence,
        replications=request.planner.check.replications,
        num_requests=request.planner.check.num_requests,
        to_memory=to_memory,
        converged=ver.converged,
        gap=ver.gap,
        bound=ver.bound,
        plan_wall_s=plan_wall,
        alternatives_wall_s=alt_wall,
        simulations=ver.simulations,
        git_commit=stamp["git_commit"],
        git_dirty=stamp["git_dirty"],
    )


def scenario_names(args: argparse.Namespace) -> list[str]:
    """The scenarios ``--scenarios`` / ``--all`` name (exits on an unknown one); none
    after printing them for ``--list``."""
    if args.list:
        print("\n".join(SCENARIOS))
        return []
    names = list(SCENARIOS) if args.all else args.scenarios
    unknown = [n for n in names if n not in SCENARIOS]
    if unknown or not names:
        sys.exit(f"error: --scenarios: unknown {unknown or 'none given'}; fix: see --list")
    return names


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scenarios", nargs="*", default=[])
    parser.add_argument("--all", action="store_true")
    parser.add_argument("--list", action="store_true")
    parser.add_argument("--to-memory", action="store_true", help="batch caps up to memory")
    parser.add_argument(
        "--alternatives",
        choices=["all", "peers"],
        default="all",
        help="all: every homogeneous plan and the peers' picks; peers: the picks alone",
    )
    parser.add_argument("--num-requests", type=int, default=2000)
    parser.add_argument("--epsilon", type=float, default=0.05, help="planner.check.epsilon")
    parser.add_argument("--out", type=Path, default=None, help="write OUT/<scenario>.csv")
    parser.add_argument(
        "--workers", type=int, default=0, help="planner.check.workers (0: one per CPU)"
    )
    args = parser.parse_args()
    names = scenario_names(args)
    if not names:
        return
    for name in names:
        path = args.out / f"{name}.csv" if args.out else None
        if path is not None and path.exists():
            print(f"{name}: {path} exists, never overwritten; skipped")
            continue
        table = run_scenario(
            name,
            {"num_requests": args.num_requests, "epsilon": args.epsilon, "workers": args.workers},
            args.to_memory,
            args.alternatives == "all",
        )
        first = table.iloc[0]
        worst = table.loc[table.alternative_capacity.fillna(table.alternative_bound).idxmax()]
        print(
            f"{name}: plan {first.plan} {first.plan_capacity:.2f} [{first.plan_low:.2f}, "
            f"{first.plan_high:.2f}] req/s ({'within' if first.converged else 'NOT within'} "
            f"eps {first.epsilon:.0%}, gap {first.gap:.1%}) in {first.plan_wall_s:.0f} s; "
            f"{len(table)} alternatives ({(table.scored == 'estimated').sum()} estimated) in "
            f"{first.alternatives_wall_s:.0f} s; best alternative {worst.alternative} "
            f"{worst.alternative_capacity:.2f} req/s; all ok: {bool(table.ok.all())}"
        )
        for _, peer in table[~table.alternative.str.contains(" x ")].iterrows():
            print(
                f"  {peer.alternative}: {peer.alternative_capacity:.2f} [{peer.alternative_low:.2f}, "
                f"{peer.alternative_high:.2f}] req/s ({peer.scored}); ok: {peer.ok}"
            )
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            table.to_csv(path, index=False)
            print(f"  wrote {path}")


if __name__ == "__main__":
    main()
