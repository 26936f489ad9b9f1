"""The main job: find a provably optimal parallel plan and compare it with heuristics.

``plan(request) -> PlanResult`` is a plain function (no Hydra objects): load the
workload, price every candidate replica config with the cost model (TP x PP, expert
mode, layer split, max_num_seqs), build the ``parallelism`` MILP, solve it, decode the
plan and its placement on the nodes, and price two common heuristic plans with the same
model.

Objectives: ``max_goodput`` (alias ``max_throughput``: the highest SLO-meeting
throughput within the GPU budget), ``min_cost`` (the cheapest plan in $/h that serves
the target rate) and ``min_gpus`` (the same with every GPU priced at 1, so the objective
counts GPUs).

The serving engine (``engine`` config group, :class:`~servesolve.specs.engine.EngineSpec`)
sets what the user leaves unset (``planner.candidates.max_num_batched_tokens`` and
``gpu_memory_utilization``: null), prices the candidates through ``cost_model_for(...,
engine=...)`` and schedules the simulator check (``planner.check.policy: engine``).

This module is the orchestrator. Its pieces: ``plan_summaries`` (plan summaries and the
heuristic plans), ``plan_milp`` (the MILP solve and its warm start), ``plan_checks``
(the request's cost model, simulator checks and capacity estimator) and ``repair``
(``planner.check.method: repair``); their public names are importable from here too.
"""

from __future__ import annotations

import dataclasses
import time

import pandas as pd

from servesolve.capacity import RunVerdict, plan_capacity
from servesolve.checking import WHOLE_PLAN_CHECK_REPLICAS
from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.errors import InfeasibleError, SpecError
from servesolve.formulations import parallelism
from servesolve.formulations.candidates import price_candidates
from servesolve.plan_checks import (
    _groups,
    capacity_estimator,
    capacity_options,
    capacity_setting,
    check_groups,
    request_cost_model,
)
from servesolve.plan_milp import WARM_START_NOTE
from servesolve.plan_request import PlannerOptions, PlanRequest
from servesolve.plan_result import PlanResult, PlanSummary, ReplicaGroup
from servesolve.plan_summaries import _Performance, _summarize, heuristic_counts
from servesolve.progress import progress_bar
from servesolve.repair import CHALLENGE_MARGIN, _plan_repaired
from servesolve.shape_search import colocated_shape, requested_shapes, with_shapes
from servesolve.solver import SolveResult, solve
from servesolve.specs import ModelSpec
from servesolve.verification import replica_group, verified_search
from servesolve.workloads import sample_requests


def _explain_infeasible(
    candidates: pd.DataFrame, request: PlanRequest, gpu_budget: int
) -> InfeasibleError:
    """The family of constraints that rules every candidate out, in the user's terms."""
    model, gpu, slo = request.model, request.cluster.gpu, request.slo
    fits = candidates[~candidates.reason.str.startswith("memory")]
    if fits.empty:
        best = candidates.loc[candidates["needed_gib"].idxmin()]
        tokens = request.planner.candidates.max_num_batched_tokens
        if best.activation_gib > best.weights_gib:
            fix = f"lower planner.candidates.max_num_batched_tokens (now {tokens}), whose activations need {best.activation_gib:.1f} GiB"
        else:
            fix = "use more GPUs (a larger cluster or planner.candidates.max_pp), a larger GPU, or model.weight_dtype=fp8"
        return InfeasibleError(
            f"model: {model.name} fits on no allowed configuration: the smallest per-GPU need is "
            f"{best.needed_gib:.1f} GiB ({best.weights_gib:.1f} GiB weights, {best.activation_gib:.1f} GiB "
            f"activations) plus KV cache for the longest request (TP{best.tp} x PP{best.pp}), but "
            f"{gpu.name} offers {best.usable_gib:.1f} GiB at the configured memory utilization; fix: {fix}"
        )
    feasible = candidates[candidates.feasible]
    if feasible.empty:
        bounds = []
        for metric, bound in (("ttft_s", slo.ttft_s), ("tpot_s", slo.tpot_s), ("e2e_s", slo.e2e_s)):
            if bound is None:
                continue
            reachable = float(fits[metric].min())
            if reachable > bound:
                bounds.append(f"{metric} <= {bound:g} s (best reachable {reachable:.3g} s)")
        what = "; ".join(bounds) or "the SLO"
        return InfeasibleError(
            f"slo: no plan meets {what} at p{slo.percentile:g}; fix: relax slo.{bounds[0].split()[0] if bounds else 'ttft_s'} "
            f"to at least the best reachable value, or use faster GPUs"
        )
    smallest = int(feasible["num_gpus"].min())
    return InfeasibleError(
        f"planner.gpu_budget: {gpu_budget} GPUs cannot hold one SLO-meeting replica (the smallest needs "
        f"{smallest}); fix: raise planner.gpu_budget to at least {smallest}"
    )


def _check_context(requests: pd.DataFrame, model: ModelSpec, workload: str) -> None:
    """Every request must fit the model's context (input and output separately for an
    encoder-decoder model, their sum for a decoder-only one)."""
    if model.architecture == "encoder_decoder":
        longest = int(max(requests.input_tokens.max(), requests.output_tokens.max()))
        what = "the longest input or output"
    else:
        longest = int((requests.input_tokens + requests.output_tokens).max())
        what = "the longest request (input + output)"
    if longest > model.max_context_tokens:
        raise SpecError(
            "workload",
            f"{what} of {workload} has {longest} tokens but {model.name} supports {model.max_context_tokens}",
            "pick a workload with shorter requests or a model with a longer context (model.max_context_tokens)",
        )


def plan(request: PlanRequest) -> PlanResult:
    """Solve the main job for ``request``: the colocated plan (checked in the simulator),
    then every other shape of ``planner.shapes`` priced by the same cost model, ranked."""
    start = time.perf_counter()
    cost_model = request_cost_model(request)
    result = _plan_colocated(request, cost_model, time.perf_counter() - start)
    wanted = requested_shapes(request)
    if wanted == ("colocated",):
        return dataclasses.replace(result, shapes=(colocated_shape(result),))
    return with_shapes(result, wanted, cost_model)


def _plan_colocated(
    request: PlanRequest, cost_model: RooflineCostModel, cost_model_s: float
) -> PlanResult:
    """The colocated shape: the parallelism MILP over replica configs, checked."""
    cluster, opts = request.cluster, request.planner
    gpu_budget = opts.gpu_budget or cluster.num_gpus
    if gpu_budget > cluster.num_gpus:
        raise SpecError(
            "planner.gpu_budget",
            f"{gpu_budget} exceeds the cluster's {cluster.num_gpus} GPUs",
            "lower it or pick a larger cluster",
        )
    requests = sample_requests(request.workload)
    _check_context(requests, request.model, request.workload.name)
    stats = WorkloadStats.from_requests(requests, request.slo.quantile)

    start = time.perf_counter() - cost_model_s
    candidates = price_candidates(
        request.model,
        cluster,
        stats,
        request.slo,
        opts.candidates,
        cost_model,
        space="parallelism",
        progress=True,
        engine=request.engine,
    )
    pricing_time = time.perf_counter() - start
    feasible = candidates[candidates.feasible & (candidates.num_gpus <= gpu_budget)]
    if feasible.empty:
        raise _explain_infeasible(candidates, request, gpu_budget)

    offered = request.workload.arrival.rate_per_s or stats.arrival_rate_per_s
    target = opts.target_rate_per_s or offered
    minimize = opts.objective in ("min_gpus", "min_cost")
    if minimize and not target:
        raise SpecError(
            "planner.target_rate_per_s",
            f"is needed for objective={opts.objective}",
            "set it, or use a workload with an arrival rate",
        )
    performance = _Performance(
        cost_model, opts.candidates.max_num_batched_tokens, stats, candidates
    )
    heuristics = heuristic_counts(
        candidates, cluster, request.model, gpu_budget, opts.candidates.max_pp
    )
    objective = "min_cost" if minimize else "max_goodput"
    price = 1.0 if opts.objective == "min_gpus" else None

    def instance_of(table: pd.DataFrame) -> parallelism.ParallelismInstance:
        return parallelism.from_candidates(
            table,
            cluster,
            request.slo,
            objective=objective,
            gpu_budget=gpu_budget,
            target_rate_per_s=target if minimize else None,
            max_distinct_configs=opts.max_distinct_configs,
            # min_gpus prices every GPU at 1, so its objective counts GPUs
            price_per_gpu_hour_usd=price,
        )

    if opts.check.method == "repair" or not opts.check.enabled:
        return _plan_repaired(
            request,
            stats,
            candidates,
            cost_model,
            pricing_time,
            performance,
            heuristics,
            offered,
            target,
            minimize,
            gpu_budget,
        )

    # Verified: every memory-feasible candidate may serve, at its simulated capacity.
    verify_start = time.perf_counter()
    fits = candidates[candidates.memory_ok.astype(bool) & (candidates.num_gpus <= gpu_budget)]
    if fits.empty:
        raise _explain_infeasible(candidates, request, gpu_budget)
    estimator = capacity_estimator(request)
    gpus = fits["num_gpus"].astype(float)
    per_gpu = 1.0 if price is not None else cluster.gpu.price_per_gpu_hour_usd
    cost_per_replica = {label: float(n) * per_gpu for label, n in gpus.items()}
    solved: list[parallelism.ParallelismInstance] = []

    def solve_at(rates: pd.Series) -> tuple[SolveResult | None, dict[str, int]]:
        table = fits.assign(
            rate_per_s=rates.reindex(fits.index).fillna(0.0),
            feasible=True,
            op_ttft_s=0.0,
            op_tpot_s=0.0,
            op_e2e_s=0.0,
        )
        try:
            instance = instance_of(table)
        except ValueError:  # no candidate with a positive rate yet
            return None, {}
        certificate = solve(parallelism.build(instance), request.solver)
        if not certificate.status.has_solution:
            return None, {}
        solved.append(instance)
        return certificate, parallelism.decode(instance, certificate.values)

    with progress_bar(total=None, desc="verifying by simulation", unit=" runs") as bar:
        estimator.on_simulation = lambda: bar.update(1)
        verification = verified_search(
            fits,
            estimator,
            solve_at,
            maximize=not minimize,
            epsilon=opts.check.epsilon,
            max_rounds=opts.check.max_rounds,
            cost_per_replica=cost_per_replica,
            progress=bar.set_postfix_str,
            most_replications=max(opts.check.replications, opts.check.max_replications),
        )
        verified = candidates.copy()
        verified["modelled_rate_per_s"] = candidates["rate_per_s"]
        verified["capacity_low_per_s"] = pd.Series(verification.lower)
        verified["capacity_high_per_s"] = pd.Series(verification.upper)
        verified["rate_per_s"] = verified["capacity_low_per_s"].fillna(0.0)
        counts = verification.counts
        certificate = verification.certificate
        final = next(i for i in reversed(solved) if set(counts) <= set(i.candidates.index))
        chosen = _summarize(
            "milp",
            f"within {opts.check.epsilon:.0%} of the simulator's best ({opts.objective})"
            if verification.converged
            else f"gap {verification.gap:.1%} to the simulator's bound ({opts.objective})",
            counts,
            verified,
            performance,
            offered,
            placement=tuple(tuple(n) for n in parallelism.placement(final, counts) or []),
        )
        capacities = {"milp": plan_capacity(estimator, _groups(chosen))}
        summaries = []
        for name, (desc, counts_h, note) in heuristics.items():
            if counts_h:
                groups = [
                    dataclasses.replace(replica_group(candidates.loc[c]), count=k)
                    for c, k in counts_h.items()
                ]
                guesses = [float(candidates.at[c, "rate_per_s"]) for c in counts_h]
                capacities[name] = plan_capacity(estimator, groups, guesses)
                table = verified.copy()
                for c in counts_h:
                    est = estimator.known(replica_group(candidates.loc[c]))
                    table.at[c, "rate_per_s"] = est.low if est else 0.0
                summaries.append(
                    _summarize(name, desc, counts_h, table, performance, offered, note)
                )
            else:
                summaries.append(_summarize(name, desc, {}, verified, performance, offered, note))
        # The routing assumption, end to end: the whole plan at its verified capacity.
        routing_check: RunVerdict | None = None
        replicas = sum(chosen_group.num_replicas for chosen_group in chosen.groups)
        if replicas <= WHOLE_PLAN_CHECK_REPLICAS:
            bar.set_postfix_str("whole plan behind the router")
            routing_check = estimator.check_routing(
                capacities["milp"],
                _groups(chosen),
                opts.check.router,
                rate=target if minimize and target else None,
            )
    verification.wall_s = time.perf_counter() - verify_start
    return PlanResult(
        request=request,
        stats=stats,
        candidates=verified,
        certificate=certificate,
        plan=chosen,
        heuristics=tuple(summaries),
        pricing_time_s=pricing_time,
        cost_model_source=cost_model.source,
        verification=verification,
        capacities=capacities,
        capacity_method=capacity_options(opts.check).describe(adaptive=True),
        routing_check=routing_check,
    )


__all__ = [
    "CHALLENGE_MARGIN",
    "WARM_START_NOTE",
    "PlanRequest",
    "PlanResult",
    "PlanSummary",
    "PlannerOptions",
    "ReplicaGroup",
    "capacity_estimator",
    "capacity_options",
    "capacity_setting",
    "check_groups",
    "heuristic_counts",
    "plan",
    "request_cost_model",
]
