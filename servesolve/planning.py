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
"""

from __future__ import annotations

import dataclasses
import math
import time
from collections.abc import Mapping

import numpy as np
import pandas as pd

from servesolve.capacity import (
    CapacityEstimator,
    CapacitySetting,
    RunVerdict,
    plan_capacity,
)
from servesolve.checking import (
    CAPACITY_FIELDS,
    WHOLE_PLAN_CHECK_REPLICAS,
    CapacityOptions,
    CheckOptions,
    SimulationCheck,
    check_plan,
    engine_cost_model,
)
from servesolve.costs.replica_model import ReplicaMetrics, ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.errors import InfeasibleError, SpecError
from servesolve.formulations import parallelism
from servesolve.formulations.candidates import (
    candidate_config,
    parallel_layouts,
    price_candidates,
)
from servesolve.plan_request import PlannerOptions, PlanRequest
from servesolve.plan_result import PlanResult, PlanSummary, ReplicaGroup
from servesolve.progress import progress_bar
from servesolve.shape_search import colocated_shape, requested_shapes, with_shapes
from servesolve.simulator import ReplicaGroupSpec
from servesolve.solver import SolveResult, SolveStatus, solve
from servesolve.specs import (
    ClusterSpec,
    ModelSpec,
)
from servesolve.verification import replica_group, verified_search
from servesolve.workloads import sample_requests


def _summarize(
    name: str,
    description: str,
    counts: Mapping[str, int],
    candidates: pd.DataFrame,
    performance: dict[str, ReplicaPerformance],
    offered_rate: float | None,
    note: str = "",
    placement: tuple[tuple[str, ...], ...] = (),
) -> PlanSummary:
    groups = []
    for label, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        config = candidate_config(candidates.loc[label])
        groups.append(
            ReplicaGroup(
                label=label,
                tp=config.tp,
                pp=config.pp,
                max_num_seqs=int(candidates.at[label, "max_num_seqs"]),
                num_replicas=int(k),
                rate_per_s=float(candidates.at[label, "rate_per_s"]),
                ep=config.ep,
                stage_layers=config.stage_layers,
                attn_dp=config.attn_dp,
            )
        )
    groups = tuple(groups)
    if not groups:
        return PlanSummary(name, description, (), None, None, note)
    total = sum(g.rate_per_s * g.num_replicas for g in groups)

    def worst(per_replica_rate: dict[str, float]) -> ReplicaMetrics:
        metrics = [performance[g.label].metrics_at(per_replica_rate[g.label]) for g in groups]
        return max(metrics, key=lambda m: (m.e2e_s, m.ttft_s))

    at_capacity = worst({g.label: g.rate_per_s for g in groups})
    at_offered = None
    if offered_rate is not None and offered_rate <= total:
        at_offered = worst({g.label: offered_rate * g.rate_per_s / total for g in groups})
    return PlanSummary(name, description, groups, at_capacity, at_offered, note, placement)


def _plain(candidates: pd.DataFrame) -> pd.Series:
    """Rows a hand-made plan would use: experts tensor-parallel, vLLM's even layer split,
    attention tensor-parallel."""
    ep = candidates["ep"] if "ep" in candidates else 1
    split = candidates["split"] if "split" in candidates else "even"
    adp = candidates["attn_dp"] if "attn_dp" in candidates else 1
    return (ep == 1) & (split == "even") & (adp == 1)


def _best_batch(candidates: pd.DataFrame, tp: int, pp: int) -> str | None:
    rows = candidates[
        (candidates.tp == tp) & (candidates.pp == pp) & candidates.feasible & _plain(candidates)
    ]
    return None if rows.empty else str(rows["rate_per_s"].idxmax())


def _layout_note(candidates: pd.DataFrame, tp: int, pp: int) -> str:
    """Why no candidate of layout (tp, pp) is feasible: each reason with how many batch sizes it rules out."""
    rows = candidates[(candidates.tp == tp) & (candidates.pp == pp)]
    if rows.empty:
        return "layout not allowed"
    counts = rows.reason.value_counts()
    return "; ".join(f"{reason} ({n} of {len(rows)} batch sizes)" for reason, n in counts.items())


def heuristic_counts(
    candidates: pd.DataFrame, cluster: ClusterSpec, model: ModelSpec, gpu_budget: int, max_pp: int
) -> dict[str, tuple[str, dict[str, int], str]]:
    """The two common hand-made plans, each with its best max_num_seqs.

    * ``tp_per_node``: one TP group spanning each node (the largest valid TP), PP 1.
    * ``max_dp``: the smallest TP (PP 1) whose replica fits in memory, as many replicas
      as the budget allows.

    Returns name -> (description, replica counts, note); empty counts with a note when
    the heuristic has no feasible plan.
    """
    out: dict[str, tuple[str, dict[str, int], str]] = {}

    def replicated(tp: int) -> tuple[dict[str, int], str]:
        """As many TP x PP1 replicas as fit the budget, at the best max_num_seqs."""
        if gpu_budget < tp:
            return {}, f"the budget of {gpu_budget} GPUs is below TP{tp}"
        label = _best_batch(candidates, tp, 1)
        if label:
            return {label: gpu_budget // tp}, ""
        return {}, _layout_note(candidates, tp, 1)

    tps = sorted({c.tp for c in parallel_layouts(model, cluster, max_pp) if c.pp == 1})
    if not tps:
        return out
    name = (
        f"TP{tps[-1]} per node, PP1"
        if tps[-1] == cluster.gpus_per_node
        else f"largest TP in a node (TP{tps[-1]}), PP1"
    )
    out["tp_per_node"] = (name, *replicated(tps[-1]))
    pp1 = candidates[candidates.pp == 1]
    fitting = sorted(pp1[~pp1.reason.str.startswith("memory: weights")].tp.unique())
    if fitting:
        tp = int(fitting[0])
        out["max_dp"] = (f"max data parallelism, smallest TP that fits (TP{tp})", *replicated(tp))
    else:
        out["max_dp"] = (
            "max data parallelism, smallest TP that fits",
            {},
            "no TP degree fits one replica without PP",
        )
    return out


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


def _derate_factor(check: SimulationCheck) -> float:
    """How much to lower a failing plan's replica rates before re-solving: by the measured
    shortfall when its queue grows (steady throughput below the arrivals the run
    realised), else 10 %."""
    if "throughput" not in check.misses:
        return 0.9
    arrived = check.arrival_per_s or check.rate_per_s
    return max(0.5, min(0.9, 0.95 * check.throughput_per_s / arrived))


#: A challenger must beat the plan's objective by this share to be simulated.
CHALLENGE_MARGIN = 1e-3


def _improves(challenger: SolveResult, incumbent: SolveResult, minimize: bool) -> bool:
    """Whether a challenger's objective beats the incumbent's by ``CHALLENGE_MARGIN``."""
    new, old = challenger.objective, incumbent.objective
    if not (math.isfinite(new) and math.isfinite(old)):
        return False
    return new < old * (1 - CHALLENGE_MARGIN) if minimize else new > old * (1 + CHALLENGE_MARGIN)


def _solve(
    instance: parallelism.ParallelismInstance,
    request: PlanRequest,
    heuristics: Mapping[str, tuple[str, dict[str, int], str]],
    target: float | None,
    gpu_budget: int,
    derated_rounds: int = 0,
) -> SolveResult:
    """Solve the parallelism MILP, warm-started from the best heuristic plan."""
    hints = {}
    feasible_heuristics = [
        c
        for _, c, _ in heuristics.values()
        if c and all(label in instance.candidates.index for label in c)
    ]
    if feasible_heuristics and instance.maximize:
        best = max(feasible_heuristics, key=lambda c: instance.objective_value(c))
        hints = parallelism.hint_values(instance, best)
    certificate = solve(parallelism.build(instance), request.solver, hints)
    if certificate.status is SolveStatus.INFEASIBLE:
        if derated_rounds:
            raise InfeasibleError(
                f"planner.target_rate_per_s: {target:g} req/s needs more than the {gpu_budget}-GPU budget sustains "
                f"in simulation (after {derated_rounds} round(s) derating the model's optimistic rates); fix: raise "
                f"planner.gpu_budget, lower the target, or set planner.check.enabled=false to trust the model alone"
            )
        raise InfeasibleError(
            f"planner.target_rate_per_s: {target:g} req/s needs more than the {gpu_budget}-GPU budget can serve "
            f"under the SLO; fix: raise planner.gpu_budget or lower the target rate"
        )
    if not certificate.status.has_solution:
        fallback = _warm_start_plan(instance, feasible_heuristics, certificate)
        if fallback is not None:
            return fallback
        raise InfeasibleError(
            f"solver.time_limit_s: {request.solver.backend} found no plan within {request.solver.time_limit_s:g} s "
            f"({certificate.status.value}); fix: raise solver.time_limit_s"
        )
    return certificate


#: ``SolveResult.stats["note"]`` of a plan that is the warm start, returned unproven.
WARM_START_NOTE = (
    "the solver stopped before finding a plan; this is the best heuristic plan (its warm "
    "start), feasible but not proven optimal"
)


def _warm_start_plan(
    instance: parallelism.ParallelismInstance,
    heuristics: list[dict[str, int]],
    stopped: SolveResult,
) -> SolveResult | None:
    """The best heuristic plan that meets every constraint of ``instance``, as a feasible
    (not proven) result, for a solve that stopped before finding any plan; None if none."""
    valued = [
        (value, counts)
        for counts in heuristics
        if (value := parallelism.evaluate(instance, counts)) is not None
    ]
    if not valued:
        return None
    pick = max if instance.maximize else min
    value, counts = pick(valued, key=lambda item: item[0])
    return SolveResult(
        SolveStatus.FEASIBLE,
        value,
        math.inf if instance.maximize else -math.inf,  # nothing proven
        math.inf,
        stopped.wall_time_s,
        stopped.backend,
        {parallelism.var_name(c): float(counts.get(c, 0)) for c in instance.candidates.index},
        {**stopped.stats, "solver_status": stopped.status.value, "note": WARM_START_NOTE},
    )


_COST_MODELS: dict[tuple[str, str, float, str, str], RooflineCostModel] = {}


def request_cost_model(request: PlanRequest) -> RooflineCostModel:
    """The cost model of ``request`` (``planner.cost_tables``, the request's engine), built
    once per process."""
    overhead = request.planner.candidates.iteration_overhead_s
    tables = request.planner.cost_tables
    key = (repr(request.model), repr(request.cluster), overhead, tables, repr(request.engine))
    if key not in _COST_MODELS:
        _COST_MODELS[key] = engine_cost_model(
            request.model, request.cluster, overhead, tables, request.engine
        )
    return _COST_MODELS[key]


def check_groups(
    request: PlanRequest,
    name: str,
    groups: list[ReplicaGroupSpec],
    rate_per_s: float,
    predicted_e2e_s: float = math.inf,
    replica_rates: list[float] | None = None,
) -> SimulationCheck:
    """Simulate replica ``groups`` with Poisson arrivals at ``rate_per_s``, under the
    request's engine knobs and check options (``replica_rates``: each group's modelled
    rate of one replica, which splits the rate of a plan too large to simulate whole;
    see :func:`servesolve.checking.check_plan`)."""
    cand = request.planner.candidates
    return check_plan(
        name,
        groups,
        rate_per_s,
        predicted_e2e_s,
        request.model,
        request.cluster,
        request.workload,
        request.slo,
        cand.max_num_batched_tokens,
        request.planner.check,
        cand.iteration_overhead_s,
        cand.gpu_memory_utilization,
        cand.runtime_reserve_gib,
        cost_model=request_cost_model(request),
        engine=request.engine,
        replica_rates=replica_rates,
    )


def _check(summary: PlanSummary, request: PlanRequest, rate_per_s: float) -> SimulationCheck:
    """Simulate ``summary`` with Poisson arrivals at ``rate_per_s``."""
    groups = [
        ReplicaGroupSpec(
            g.tp, g.pp, g.max_num_seqs, g.num_replicas, g.ep, g.stage_layers, g.attn_dp
        )
        for g in summary.groups
    ]
    predicted = summary.at_capacity.e2e_s if summary.at_capacity else math.inf
    rates = [g.rate_per_s for g in summary.groups]
    return check_groups(request, summary.name, groups, rate_per_s, predicted, rates)


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


def _plan_repaired(
    request: PlanRequest,
    stats: WorkloadStats,
    candidates: pd.DataFrame,
    cost_model: RooflineCostModel,
    pricing_time: float,
    performance: Mapping[str, ReplicaPerformance],
    heuristics: Mapping[str, tuple[str, dict[str, int], str]],
    offered: float | None,
    target: float | None,
    minimize: bool,
    gpu_budget: int,
) -> PlanResult:
    """``planner.check.method: repair``: the MILP over the mean-value model's rates; each
    plan is simulated once at its rate and, when it misses, its layouts are derated by
    the measured shortfall and the MILP re-solved (no optimality statement about the
    simulator; see ``servesolve.verification`` for one)."""
    cluster, opts = request.cluster, request.planner
    # Rates the simulator has calibrated so far. When a checked plan misses the SLO, every
    # candidate sharing a (TP, PP, attention DP) layout with it is derated: the model's error is a
    # property of the layout (e.g. how lumpy prefill is across pipeline micro-batches),
    # so one simulation teaches the MILP about all its batch sizes. Others keep the model's rate.
    calibrated = candidates.copy()
    calibrated["predicted_rate_per_s"] = calibrated["rate_per_s"]
    repairs: dict[str, int] = {}

    # Shortfall factors the simulator measured per (tp, pp, attn_dp) layout, compounded
    # over rounds (attention data parallelism schedules a layout's work differently, so
    # it keeps its own factor).
    measured: dict[tuple[int, int, int], float] = {}
    if "attn_dp" not in calibrated:  # a table priced before attention DP existed
        calibrated["attn_dp"] = 1

    def derate(table: pd.DataFrame, counts: Mapping[str, int], check: SimulationCheck) -> None:
        """Lower the checked layouts' rates by their measured shortfall, and every layout
        not simulated yet by the median shortfall seen so far: the mean-value model's
        optimism is largely shared, so one simulation also informs the rest (without it,
        the loop walks from one equally optimistic layout to the next)."""
        factor = _derate_factor(check)
        for label in counts:
            key = tuple(int(table.at[label, c]) for c in ("tp", "pp", "attn_dp"))
            measured[key] = measured.get(key, 1.0) * factor
        prior = float(np.median(list(measured.values())))
        for (tp, pp, adp), rows in table.groupby(["tp", "pp", "attn_dp"]).groups.items():
            scale = measured.get((int(tp), int(pp), int(adp)), prior)
            table.loc[rows, "rate_per_s"] = table.loc[rows, "predicted_rate_per_s"] * scale

    def solve_on(
        table: pd.DataFrame, rounds: int
    ) -> tuple[SolveResult, dict[str, int], PlanSummary]:
        """The MILP over ``table``'s rates: its certificate, counts and plan summary."""
        instance = parallelism.from_candidates(
            table,
            cluster,
            request.slo,
            objective="min_cost" if minimize else "max_goodput",
            gpu_budget=gpu_budget,
            target_rate_per_s=target if minimize else None,
            max_distinct_configs=opts.max_distinct_configs,
            # min_gpus prices every GPU at 1, so its objective counts GPUs
            price_per_gpu_hour_usd=1.0 if opts.objective == "min_gpus" else None,
        )
        certificate = _solve(instance, request, heuristics, target, gpu_budget, rounds)
        counts = parallelism.decode(instance, certificate.values)
        nodes = parallelism.placement(instance, counts) or []
        proven = certificate.status is SolveStatus.OPTIMAL
        chosen = _summarize(
            "milp",
            f"{'optimal' if proven else 'feasible, not proven optimal'} ({opts.objective})",
            counts,
            table,
            performance,
            offered,
            placement=tuple(tuple(node) for node in nodes),
        )
        return certificate, counts, chosen

    def check_rate(chosen: PlanSummary) -> float:
        # min_cost/min_gpus promise the target rate; max_goodput the plan's whole throughput.
        return target if minimize and target else chosen.throughput_per_s

    rounds = 0
    while True:
        certificate, counts, chosen = solve_on(calibrated, rounds)
        if not opts.check.enabled:
            checks: list[SimulationCheck] = []
            break
        check = _check(chosen, request, check_rate(chosen))
        if check.meets_slo or rounds >= opts.check.repair_rounds:
            checks = [check]
            break
        derate(calibrated, counts, check)
        rounds += 1
    repairs["milp"] = rounds

    # Challenges. Derating lowered the layouts never simulated by the median shortfall
    # seen, a guess that can keep a better layout out. Re-solve with each of those at the
    # model's rate (the simulated ones keep their measured shortfall); while that beats
    # the plan, simulate the challenger: it replaces the plan when it meets the SLO, and
    # its own shortfall is recorded when it misses. It stops when the challenger is no
    # better, so the plan is then the MILP's optimum with every simulated layout at its
    # measured rate and every other layout at the model's rate.
    challenges = won = 0
    while checks and checks[0].meets_slo and rounds and challenges < opts.check.challenges:
        optimistic = calibrated.copy()
        layout = optimistic[["tp", "pp", "attn_dp"]].astype(int).apply(tuple, axis=1)
        unseen = ~layout.isin(list(measured))
        optimistic.loc[unseen, "rate_per_s"] = optimistic.loc[unseen, "predicted_rate_per_s"]
        if not unseen.any():
            break
        cert_c, counts_c, chosen_c = solve_on(optimistic, rounds)
        if not cert_c.status.has_solution or not _improves(cert_c, certificate, minimize):
            break
        challenges += 1
        check_c = _check(chosen_c, request, check_rate(chosen_c))
        if check_c.meets_slo:
            won += 1
            calibrated, certificate, counts, chosen, checks = (
                optimistic,
                cert_c,
                counts_c,
                chosen_c,
                [check_c],
            )
            for label in counts_c:  # simulated now: their model rate stood
                key = tuple(int(optimistic.at[label, c]) for c in ("tp", "pp", "attn_dp"))
                measured.setdefault(key, 1.0)
        else:
            for label in counts_c:
                key = tuple(int(optimistic.at[label, c]) for c in ("tp", "pp", "attn_dp"))
                measured[key] = measured.get(key, 1.0) * _derate_factor(check_c)
            derate(calibrated, {}, check_c)  # re-price with the new measurement
    repairs["challenges"], repairs["challenges_won"] = challenges, won

    summaries = []
    for name, (desc, counts_h, note) in heuristics.items():
        # Heuristics are derated on their own copy: the table behind the MILP's
        # certificate (returned as `candidates`) must keep the rates it was solved with.
        table = calibrated.copy()
        for attempt in range(opts.check.repair_rounds + 1):
            summary = _summarize(name, desc, counts_h, table, performance, offered, note)
            if not (summary.feasible and opts.check.enabled):
                break
            check = _check(summary, request, summary.throughput_per_s)
            if check.meets_slo or attempt == opts.check.repair_rounds:
                checks.append(check)
                repairs[name] = attempt
                break
            derate(table, counts_h, check)
        summaries.append(summary)
    summaries = tuple(summaries)
    return PlanResult(
        checks=tuple(checks),
        repairs=repairs,
        capacity_method="",
        request=request,
        stats=stats,
        candidates=calibrated,
        certificate=certificate,
        plan=chosen,
        heuristics=summaries,
        pricing_time_s=pricing_time,
        cost_model_source=cost_model.source,
    )


def capacity_options(check: CheckOptions) -> CapacityOptions:
    """The capacity estimation settings of a check."""
    return CapacityOptions(**{k: getattr(check, k) for k in CAPACITY_FIELDS})


def capacity_setting(request: PlanRequest, cost_model: RooflineCostModel) -> CapacitySetting:
    """What the request's capacity runs simulate: its engine, tables and knobs."""
    cand = request.planner.candidates
    return CapacitySetting(
        request.model,
        request.cluster,
        request.workload,
        request.slo,
        request.engine,
        cost_model,
        cand.max_num_batched_tokens,
        cand.iteration_overhead_s,
        cand.gpu_memory_utilization,
        cand.runtime_reserve_gib,
        policy=request.planner.check.policy,
    )


def capacity_estimator(request: PlanRequest) -> CapacityEstimator:
    """A fresh estimator with the settings the request's verified search uses: the same
    common random numbers, so it reproduces the search's figures (a twin for checks)."""
    return CapacityEstimator(
        capacity_setting(request, request_cost_model(request)),
        capacity_options(request.planner.check),
    )


def _groups(summary: PlanSummary) -> list[ReplicaGroupSpec]:
    return [
        ReplicaGroupSpec(
            g.tp, g.pp, g.max_num_seqs, g.num_replicas, g.ep, g.stage_layers, g.attn_dp
        )
        for g in summary.groups
    ]


class _Performance(dict):
    """The mean-value model of each candidate, built when first asked for."""

    def __init__(
        self,
        cost_model: RooflineCostModel,
        tokens: int,
        stats: WorkloadStats,
        candidates: pd.DataFrame,
    ) -> None:
        super().__init__()
        self.cost_model, self.tokens, self.stats, self.candidates = (
            cost_model,
            tokens,
            stats,
            candidates,
        )

    def __missing__(self, label: str) -> ReplicaPerformance:
        row = self.candidates.loc[label]
        value = ReplicaPerformance(
            self.cost_model, candidate_config(row), int(row.max_num_seqs), self.tokens, self.stats
        )
        self[label] = value
        return value


__all__ = [
    "PlanRequest",
    "PlanResult",
    "PlanSummary",
    "PlannerOptions",
    "ReplicaGroup",
    "plan",
]
