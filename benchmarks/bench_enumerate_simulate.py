"""The MILP against APEX's method: enumerate parallel plans and simulate each one.

Usage (from the repository root)::

    python benchmarks/bench_enumerate_simulate.py                       # default plan case
    python benchmarks/bench_enumerate_simulate.py --max-num-seqs 128 256 512 --steps 6

APEX ranks plans by simulating every one. Here, for each homogeneous plan (one
(TP, PP, expert mode) layout, replicated on every GPU it fits, at each ``--max-num-seqs``
given), the highest Poisson rate at which the plan meets the SLO in the simulator is
found by doubling then bisection (``--steps`` simulations after the bracket), exactly as
``servesolve plan`` checks its plans (same simulator, same requests, same SLO test). The
best such plan is the enumerate-and-simulate answer. ``servesolve plan`` (pricing, MILP,
simulator check and repair) is timed on the same case. Prints both times, their ratio,
and both plans with their simulated SLO-meeting rates, so the comparison is at equal
(or better) plan quality.
"""

from __future__ import annotations

import argparse
import time

from tqdm.auto import tqdm

from servesolve.errors import InfeasibleError
from servesolve.formulations.candidates import replica_layouts
from servesolve.formulations.parallelism import place
from servesolve.planning import PlanRequest, check_groups, plan
from servesolve.simulator import ReplicaGroupSpec
from servesolve.specs import catalogue_entry


def request_for(model: str, cluster: str, workload: str, slo: str) -> PlanRequest:
    return PlanRequest.from_config(
        {
            "model": catalogue_entry("model", model),
            "cluster": catalogue_entry("cluster", cluster),
            "workload": catalogue_entry("workload", workload),
            "slo": catalogue_entry("slo", slo),
            "solver": catalogue_entry("solver", "cp_sat"),
        }
    )


def best_rate(
    request: PlanRequest, groups: list[ReplicaGroupSpec], steps: int
) -> tuple[float, int]:
    """Highest simulated SLO-meeting rate of a plan, and the simulations it took."""
    sims = 0

    def meets(rate: float) -> bool:
        nonlocal sims
        sims += 1
        try:
            check = check_groups(request, "enumerated", groups, rate)
        except InfeasibleError:  # the simulator cannot run it (memory): it serves nothing
            return False
        return check.meets_slo

    low, high = 0.0, 1.0
    while meets(high):
        low, high = high, 2 * high
        if high > 1e4:
            break
    if low == 0.0:  # bracket below 1 req/s
        high = 1.0
    for _ in range(steps):
        mid = (low + high) / 2
        if meets(mid):
            low = mid
        else:
            high = mid
    return low, sims


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="llama3.1-70b")
    parser.add_argument("--cluster", default="h100x8")
    parser.add_argument("--workload", default="synthetic_chat")
    parser.add_argument("--slo", default="chat")
    parser.add_argument("--max-num-seqs", type=int, nargs="+", default=[256])
    parser.add_argument("--steps", type=int, default=5, help="bisection simulations per plan")
    args = parser.parse_args()
    request = request_for(args.model, args.cluster, args.workload, args.slo)

    start = time.perf_counter()
    result = plan(request)
    milp_s = time.perf_counter() - start
    milp_sim = next((c for c in result.checks if c.plan_name == result.plan.name), None)

    cluster = request.cluster
    layouts = replica_layouts(request.model, cluster, request.planner.candidates.max_pp)
    start = time.perf_counter()
    rows, total_sims = [], 0
    jobs = [(layout, seqs) for layout in layouts for seqs in args.max_num_seqs]
    for layout, seqs in tqdm(jobs, desc="enumerate and simulate"):
        replicas = cluster.num_gpus // layout.num_gpus
        shape = (layout.tp, layout.pp)
        while (
            replicas
            and place(
                [shape] * replicas,
                cluster.num_nodes,
                cluster.gpus_per_node,
                cluster.nvlink_domain_size,
            )
            is None
        ):
            replicas -= 1  # as many as the nodes hold
        if replicas == 0:
            continue
        groups = [ReplicaGroupSpec(layout.tp, layout.pp, seqs, replicas, layout.ep)]
        rate, sims = best_rate(request, groups, args.steps)
        total_sims += sims
        rows.append((rate, f"{replicas} x TP{layout.tp}xPP{layout.pp} ep{layout.ep} b{seqs}"))
    enum_s = time.perf_counter() - start
    best = max(rows)
    print(f"case: {args.model} on {args.cluster}, {args.workload}, SLO {args.slo}")
    print(
        f"servesolve plan (price + MILP + simulator check/repair): {milp_s:.1f} s -> "
        f"{result.plan.description}: "
        + ", ".join(f"{g.num_replicas} x {g.label}" for g in result.plan.groups)
        + f", predicted {result.plan.throughput_per_s:.2f} req/s"
        + (
            f", simulated {milp_sim.throughput_per_s:.2f} req/s meeting the SLO: {milp_sim.meets_slo}"
            if milp_sim
            else ""
        )
    )
    print(
        f"enumerate and simulate ({len(rows)} plans, {total_sims} simulations): {enum_s:.1f} s -> "
        f"{best[1]} at {best[0]:.2f} req/s (highest SLO-meeting rate, bisection resolution "
        f"{100 / 2**args.steps:.1f} % of the bracket)"
    )
    print(f"time ratio (enumerate-and-simulate / MILP): {enum_s / milp_s:.1f}x")


if __name__ == "__main__":
    main()
