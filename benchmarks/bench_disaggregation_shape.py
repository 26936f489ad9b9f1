"""Time the disaggregated shape's MILP alone, on the instance ``servesolve plan`` builds.

Usage (from the repository root)::

    python benchmarks/bench_disaggregation_shape.py                 # 1,024 H100, 3 repeats
    python benchmarks/bench_disaggregation_shape.py --num-nodes 1 --repeats 5
    python benchmarks/bench_disaggregation_shape.py --save /tmp/inst.pkl

Builds the run's request as ``servesolve plan cluster.num_nodes=N`` does (the default
model, workload, SLO and solver settings), prices the disaggregation instance once
(``disaggregated_shape.instance_for``), applies the shape's presolve (``prune``) and
then times ``disaggregation.FORMULATION.solve`` on ``SHAPE_BACKEND`` (both
lexicographic stages, build included), ``--repeats`` times each. Prints the instance's
size before and after ``prune`` with the median time of ``prune``, each solve's wall
time and their median, the objective, the certificate and the plan, which must be the
same on every repeat.
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import statistics
import time

from servesolve import disaggregated_shape
from servesolve.costs.replica_model import WorkloadStats
from servesolve.formulations import disaggregation
from servesolve.planning import PlanRequest, request_cost_model
from servesolve.specs import catalogue_entry
from servesolve.workloads import sample_requests


def request_for(num_nodes: int) -> PlanRequest:
    """``servesolve plan cluster.num_nodes=N`` on its defaults."""
    cluster = dict(catalogue_entry("cluster", "h100x8"))
    cluster.update(num_nodes=num_nodes, name=f"h100x{8 * num_nodes}")
    return PlanRequest.from_config(
        {
            "model": catalogue_entry("model", "llama3.1-70b"),
            "cluster": cluster,
            "workload": catalogue_entry("workload", "synthetic_chat"),
            "slo": catalogue_entry("slo", "chat"),
            "solver": catalogue_entry("solver", "cp_sat"),
            "engine": catalogue_entry("engine", "vllm"),
        }
    )


def full_instance(request: PlanRequest) -> disaggregation.DisaggregationInstance:
    """The instance the shape prices (max throughput on every GPU), before ``prune``."""
    stats = WorkloadStats.from_requests(sample_requests(request.workload), request.slo.quantile)
    cost_model = request_cost_model(request)
    return disaggregated_shape.instance_for(request, stats, cost_model, request.cluster.num_gpus)


def timed_prune(
    full: disaggregation.DisaggregationInstance,
) -> tuple[disaggregation.DisaggregationInstance, float]:
    """``prune`` of a fresh copy of ``full`` (nothing cached) and its wall time (s)."""
    fresh = dataclasses.replace(full)
    start = time.perf_counter()
    pruned = disaggregated_shape.prune(fresh)
    return pruned, time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--num-nodes", type=int, default=128)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--backend", default=disaggregated_shape.SHAPE_BACKEND)
    parser.add_argument("--save", help="pickle the pruned instance here")
    args = parser.parse_args()

    request = request_for(args.num_nodes)
    full = full_instance(request)
    prunes = [timed_prune(full) for _ in range(args.repeats)]
    instance = prunes[0][0]
    if args.save:
        with open(args.save, "wb") as fh:
            pickle.dump(instance, fh)
    options = dataclasses.replace(request.solver, backend=args.backend)
    print(
        f"{instance.gpu_budget} GPUs: {len(full.prefill)} prefill x {len(full.decode)} decode "
        f"configs priced, {len(instance.prefill)} x {len(instance.decode)} after prune (median "
        f"{statistics.median(t for _, t in prunes):.3f} s), rate unit "
        f"{instance.rate_unit_per_s:g} req/s, backend {args.backend}"
    )
    times, plans = [], set()
    for _ in range(args.repeats):
        start = time.perf_counter()
        result = disaggregation.FORMULATION.solve(instance, options)
        times.append(time.perf_counter() - start)
        plans.add(result.plan.summary() if result.plan else "none")
        print(f"  {times[-1]:.3f} s  {result.certificate.status.value}  {result.objective:.4f}")
    print(f"solve: median {statistics.median(times):.3f} s over {len(times)} runs")
    print(f"objective {result.objective:.4f}, bound {result.bound:.4f}, gap {result.gap:.2e}")
    for summary in sorted(plans):
        print(f"plan {summary}")


if __name__ == "__main__":
    main()
