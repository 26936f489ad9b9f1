"""The disaggregated shape of ``servesolve plan``: a prefill pool and a decode pool
(xPyD, each pool with its own TP x PP layouts), joined by a KV link.

The disaggregation MILP (``formulations/disaggregation.py``) picks replica counts per
config and the request flow between the pools. Both pools are priced by the run's cost
model, the one its colocated candidates were priced with, so the shapes compare on one
price list. The KV link of one GPU pair defaults to the per-GPU share of a node's network
bandwidth (``inter_node_gb_per_s / gpus_per_node``): the conservative case of pools on
different nodes.
"""

from __future__ import annotations

import dataclasses
import math
from typing import Any

from servesolve.checking import (
    MAX_CHECK_REQUESTS,
    WHOLE_PLAN_CHECK_REPLICAS,
    effective_engine,
    keeps_up,
    poisson_requests,
    slo_misses,
    slo_percentiles,
    steady_rates,
)
from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.formulations import disaggregation
from servesolve.formulations.disaggregation import DisaggregationInstance, DisaggregationPlan
from servesolve.launch import (
    DISAGGREGATED_ENGINES,
    SGLANG_BOOTSTRAP_BASE_PORT,
    locate,
    role_flags,
    router_command,
    server_flags,
)
from servesolve.plan_request import PlanRequest
from servesolve.shapes import Reason, ShapePlan
from servesolve.simulator.disaggregated import simulate_disaggregated
from servesolve.simulator.metrics import slo_met
from servesolve.simulator.simulation import SimulationSpec
from servesolve.solver import SolverOptions, SolveStatus
from servesolve.specs.hardware import ClusterSpec

#: The backend of the shape's MILP. On the real (priced, pruned) 1,024-GPU instance of
#: the default model HiGHS proves both stages in 0.03 s, CP-SAT in 0.02 s and CBC in 0.2 s
#: (2 shared cores, ``benchmarks/bench_disaggregation_shape.py``); with flows per config
#: pair HiGHS took 8.3 s and CP-SAT stopped unproven at 60 s, which chose HiGHS. The
#: run's other solver settings (time limit, threads, gap) apply.
SHAPE_BACKEND = "highs"
#: The coarsest rate unit the shape tries before giving up on a cluster (req/s).
MAX_RATE_UNIT_PER_S = 1.0
#: The router listens here; the servers on the ports after it.
ROUTER_PORT = 8000
#: A prefill server's sequence cap: its token budget binds first (the simulator lets it
#: run ``pp x max_num_batched_tokens`` sequences); the flag only keeps the engine's own
#: default (at most 1,024 on recent vLLM) from binding before it.
PREFILL_SERVER_MAX_SEQS = 1024


def kv_link_gb_per_s(cluster: ClusterSpec) -> float:
    """One GPU pair's KV stream: the per-GPU share of a node's network bandwidth (GB/s)."""
    return cluster.inter_node_gb_per_s / cluster.gpus_per_node


@dataclasses.dataclass(frozen=True)
class _Server:
    """One server of the plan, as ``launch`` needs it."""

    role: str
    tp: int
    pp: int
    max_num_seqs: int
    ep: int = 1
    stage_layers: tuple[int, ...] | None = None


def _layout(instance: DisaggregationInstance, plan: DisaggregationPlan) -> str:
    pre = " + ".join(
        f"{k} x TP{instance.prefill.at[p, 'tp']}xPP{instance.prefill.at[p, 'pp']}"
        for p, k in plan.prefill_replicas.items()
    )
    dec = " + ".join(
        f"{k} x TP{instance.decode.at[d, 'tp']}xPP{instance.decode.at[d, 'pp']}"
        f" b{instance.decode.at[d, 'max_num_seqs']}"
        for d, k in plan.decode_replicas.items()
    )
    return f"prefill {pre} | decode {dec}"


def _pools(instance: DisaggregationInstance, plan: DisaggregationPlan) -> dict[str, Any]:
    """The plan's pools in ``servesolve simulate disaggregation=`` form."""
    prefill = [
        {
            "tp": int(instance.prefill.at[p, "tp"]),
            "pp": int(instance.prefill.at[p, "pp"]),
            "max_num_seqs": int(instance.prefill.at[p, "pp"]) * instance.prefill_max_batched_tokens,
            "count": k,
        }
        for p, k in plan.prefill_replicas.items()
    ]
    decode = [
        {
            "tp": int(instance.decode.at[d, "tp"]),
            "pp": int(instance.decode.at[d, "pp"]),
            "max_num_seqs": int(instance.decode.at[d, "max_num_seqs"]),
            "count": k,
        }
        for d, k in plan.decode_replicas.items()
    ]
    stages = {g["pp"] for g in decode}
    return {
        "prefill": prefill,
        "decode": decode,
        # the simulator runs one micro-batch count for the pool: the decode PP
        "decode_micro_batches": stages.pop() if len(stages) == 1 else max(stages),
        "prefill_max_batched_tokens": instance.prefill_max_batched_tokens,
        "kv_link_gb_per_s": instance.kv_link_gb_per_s,
    }


def _loads(instance: DisaggregationInstance, plan: DisaggregationPlan) -> tuple[float, float]:
    """Served rate over each pool's capacity (the MILP's capacities, at their caps)."""
    served = plan.served_rate_per_s
    pre = sum(
        float(instance.prefill.at[p, "rate_per_s"]) * k for p, k in plan.prefill_replicas.items()
    )
    dec = sum(
        float(instance.decode.at[d, "rate_per_s"]) * k for d, k in plan.decode_replicas.items()
    )
    return (served / pre if pre else 0.0, served / dec if dec else 0.0)


def deploy_commands(
    request: PlanRequest, pools: dict[str, Any], max_len: int
) -> dict[str, list[str]]:
    """Launch commands per engine (vLLM and SGLang): every prefill and decode server with
    its role flags, on the GPUs an exact placement gives, then the router in front."""
    servers = [
        _Server("prefill", g["tp"], g["pp"], min(g["max_num_seqs"], PREFILL_SERVER_MAX_SEQS))
        for g in pools["prefill"]
        for _ in range(g["count"])
    ] + [
        _Server("decode", g["tp"], g["pp"], g["max_num_seqs"])
        for g in pools["decode"]
        for _ in range(g["count"])
    ]
    order = sorted(range(len(servers)), key=lambda i: -servers[i].tp * servers[i].pp)
    out: dict[str, list[str]] = {}
    for engine in DISAGGREGATED_ENGINES:
        places = locate([servers[i] for i in order], request.cluster, engine)
        if places is None:
            raise ValueError("the disaggregated plan does not fit the cluster's nodes")
        where = {i: places[k] for k, i in enumerate(order)}
        cand = dataclasses.replace(
            request.planner.candidates,
            max_num_batched_tokens=pools["prefill_max_batched_tokens"],
        )
        commands, prefill_urls, decode_urls = [], [], []
        bootstraps: dict[int, int] = {}
        for i, server in enumerate(servers):
            port = ROUTER_PORT + 1 + i
            flags, env = server_flags(
                engine, request.model, server, cand, max_len, port, len(where[i].nodes)
            )
            boot = None
            if engine == "sglang" and server.role == "prefill":
                node = where[i].node
                boot = SGLANG_BOOTSTRAP_BASE_PORT + bootstraps.get(node, 0)
                bootstraps[node] = bootstraps.get(node, 0) + 1
            at = next(k for k, word in enumerate(flags) if word.startswith("--port "))
            flags = flags[:at] + role_flags(engine, server.role, boot) + flags[at:]
            commands.append(f"# {server.role} server, TP{server.tp}xPP{server.pp}")
            commands.append(where[i].command(flags, env))
            url = f"http://{where[i].host()}:{port}"
            if server.role == "prefill":
                prefill_urls.append((url, boot))
            else:
                decode_urls.append(url)
        commands.append("# router: clients send their requests here")
        commands.append(router_command(engine, prefill_urls, decode_urls, ROUTER_PORT))
        out[engine] = commands
    return out


@dataclasses.dataclass(frozen=True)
class PoolCheck:
    """The disaggregated plan simulated at a Poisson rate."""

    rate_per_s: float
    steady_per_s: float
    ttft_s: float
    tpot_s: float
    e2e_s: float
    attained: float
    misses: tuple[str, ...]
    num_requests: int

    @property
    def meets_slo(self) -> bool:
        return not self.misses


def check_pools(
    request: PlanRequest,
    instance: DisaggregationInstance,
    plan: DisaggregationPlan,
    cost_model: RooflineCostModel,
    rate_per_s: float,
    predicted_e2e_s: float,
) -> PoolCheck:
    """Simulate the plan's pools at a Poisson ``rate_per_s`` (``planner.check``'s request
    count and seed, long enough that the measured second half outlasts a request) and
    compare the percentiles and the steady throughput with the SLO, as the colocated
    check does."""
    check, cand = request.planner.check, request.planner.candidates
    dspec = disaggregation.to_disaggregated_spec(instance, plan)
    engine = effective_engine(
        request.engine, cand.max_num_batched_tokens, cand.gpu_memory_utilization
    )
    spec = SimulationSpec(
        request.model,
        request.cluster,
        dspec.decode_groups,
        max_num_batched_tokens=instance.prefill_max_batched_tokens,
        router=check.router,
        gpu_memory_utilization=cand.gpu_memory_utilization,
        runtime_reserve_gib=cand.runtime_reserve_gib,
        iteration_overhead_s=cand.iteration_overhead_s,
        engine=engine,
    )
    needed = math.ceil(rate_per_s * 4 * predicted_e2e_s) if math.isfinite(predicted_e2e_s) else 0
    num = min(max(check.num_requests, needed), MAX_CHECK_REQUESTS)
    requests = poisson_requests(request.workload, rate_per_s, num, check.seed)
    result = simulate_disaggregated(spec, dspec, requests, request.slo, cost_model=cost_model)
    table, slo = result.requests, request.slo
    ttft, tpot, e2e = slo_percentiles(table, slo)
    steady, _ = steady_rates(result.metrics)
    misses = slo_misses(ttft, tpot, e2e, slo)
    if not keeps_up(table):
        misses.append("throughput")
    return PoolCheck(
        rate_per_s, steady, ttft, tpot, e2e, float(slo_met(table, slo).mean()), tuple(misses), num
    )


def checked_rate(
    request: PlanRequest,
    instance: DisaggregationInstance,
    plan: DisaggregationPlan,
    cost_model: RooflineCostModel,
) -> tuple[float, list[PoolCheck]]:
    """The plan's rate as the simulator sustains it: simulated at the MILP's rate; on a
    miss, at the sustained throughput (a throughput miss) or 10 % lower (a latency miss),
    for up to ``planner.check.repair_rounds`` more runs. Returns the highest checked rate
    that meets the SLO (0 if none did) and the runs."""
    rate = plan.served_rate_per_s
    e2e = float(
        max(instance.prefill.loc[list(plan.prefill_replicas), "latency_s"])
        + instance.decode_tokens_quantile
        * max(instance.decode.loc[list(plan.decode_replicas), "tpot_s"])
    )
    runs: list[PoolCheck] = []
    for _ in range(request.planner.check.repair_rounds + 1):
        run = check_pools(request, instance, plan, cost_model, rate, e2e)
        runs.append(run)
        if run.meets_slo:
            return rate, runs
        if "throughput" in run.misses and run.steady_per_s < rate:
            rate = min(0.9 * rate, run.steady_per_s)
        else:
            rate = 0.9 * rate
    return 0.0, runs


def shape_solver(request: PlanRequest) -> SolverOptions:
    """The run's solver settings on :data:`SHAPE_BACKEND`."""
    return dataclasses.replace(request.solver, backend=SHAPE_BACKEND)


def _undominated(
    sizes: dict[str, int], capacity: dict[str, int], partners: dict[str, frozenset[str]]
) -> list[str]:
    """The configs of one pool (in order) that no other dominates.

    ``p`` dominates ``q`` when ``q``'s GPUs are a whole number ``k`` of ``p``'s,
    ``q`` serves at most ``k`` times ``p``'s capacity (rate units), and ``p`` may pair with
    every partner ``q`` may. Of identical configs the first stays.
    """

    def dominates(p: str, q: str) -> bool:
        return (
            sizes[q] % sizes[p] == 0
            and capacity[q] * sizes[p] <= capacity[p] * sizes[q]
            and partners[q] <= partners[p]
        )

    order = list(sizes)
    return [
        q
        for i, q in enumerate(order)
        if not any(
            dominates(p, q) and not (dominates(q, p) and i < j)
            for j, p in enumerate(order)
            if p != q
        )
    ]


def prune(instance: DisaggregationInstance) -> DisaggregationInstance:
    """The instance without configs no optimal plan needs (an exact presolve).

    A config that breaks its memory or TPOT row can never be used, so it goes. Of the
    rest, a config ``q`` goes when another ``p`` of its pool dominates it: ``q`` takes
    ``k`` times ``p``'s GPUs (k whole), serves at most ``k`` times ``p``'s rate units,
    and every pair ``q`` may carry (its TTFT and E2E rows) ``p`` may carry too. Any plan
    using ``q`` does as well with ``k`` replicas of ``p`` in its place: the same GPUs
    (which pack on the nodes as ``q`` did), no less capacity, no harder row, the same
    served rate and cost; so both lexicographic stages keep their optimum. Without an
    E2E bound this keeps at most one decode config per (TP, PP) layout (the one serving
    most). At 1,024 GPUs two configs per pool are left. The brute-force tests compare
    the pruned solve with the unpruned twin."""
    pre, dec = instance.prefill, instance.decode
    pre = pre[pre.memory_gib <= pre.usable_gib]
    usable = dec.memory_gib <= dec.usable_gib
    if instance.tpot_slo_s is not None:
        usable &= dec.tpot_s <= instance.tpot_slo_s
    dec = dec[usable]
    if pre.empty or dec.empty:
        return instance  # nothing can serve; the full instance explains why
    allowed = instance.allowed_pairs.loc[pre.index, dec.index]
    keep_pre = _undominated(
        {p: int(g) for p, g in pre.num_gpus.items()},
        {p: instance.units(r) for p, r in pre.rate_per_s.items()},
        {p: frozenset(allowed.columns[allowed.loc[p].to_numpy()]) for p in pre.index},
    )
    keep_dec = _undominated(
        {d: int(g) for d, g in dec.num_gpus.items()},
        {d: instance.units(r) for d, r in dec.rate_per_s.items()},
        {d: frozenset(allowed.index[allowed[d].to_numpy()]) for d in dec.index},
    )
    return dataclasses.replace(
        instance,
        prefill=pre.loc[keep_pre],
        decode=dec.loc[keep_dec],
        transfer_s=instance.transfer_s.loc[keep_pre, keep_dec],
    )


def _servers(plan: DisaggregationPlan) -> int:
    return sum(plan.prefill_replicas.values()) + sum(plan.decode_replicas.values())


def _one_decode_pp(instance: DisaggregationInstance, plan: DisaggregationPlan) -> bool:
    return len({int(instance.decode.at[d, "pp"]) for d in plan.decode_replicas}) == 1


def _best_uniform_pp(
    full: DisaggregationInstance, request: PlanRequest, unrestricted: Any
) -> tuple[DisaggregationInstance, Any] | None:
    """The best plan (by the instance's objective: most goodput, or least $/h for the
    target) over decode configs of one PP, each PP solved alone (its own configs pruned:
    a config of another PP may dominate one of this PP), with the instance it was solved
    on; its certificate is that PP's MILP's (optimal among uniform-PP plans when every
    PP's is), and ``details`` keep the unrestricted optimum for the note. None when no
    PP has a plan."""
    best = None
    for pp in sorted(set(full.decode["pp"].astype(int))):
        one_pp = full.decode["pp"] == pp
        restricted = prune(
            dataclasses.replace(
                full, decode=full.decode[one_pp], transfer_s=full.transfer_s.loc[:, one_pp]
            )
        )
        result = disaggregation.FORMULATION.solve(restricted, shape_solver(request))
        if result.plan is None:
            continue
        # the objective's own sense: most goodput, or least $/h for the target rate
        if best is None or (
            result.objective > best[1].objective
            if full.objective == "max_goodput"
            else result.objective < best[1].objective
        ):
            best = (restricted, result)
    if best is None:
        return None
    restricted, result = best
    details = result.details | {"unrestricted_rate_per_s": unrestricted.plan.served_rate_per_s}
    return restricted, dataclasses.replace(result, details=details)


def _why_none(instance: DisaggregationInstance) -> tuple[Reason, str]:
    """The binding reason a disaggregated plan cannot serve, in the MILP's own rows."""
    pre, dec = instance.prefill, instance.decode
    pre_fit = pre[pre.memory_gib <= pre.usable_gib]
    dec_fit = dec[dec.memory_gib <= dec.usable_gib]
    if pre_fit.empty or dec_fit.empty:
        pool = "prefill" if pre_fit.empty else "decode"
        return "memory", f"no {pool} layout fits the GPU memory"
    if instance.tpot_slo_s is not None:
        dec_fit = dec_fit[dec_fit.tpot_s <= instance.tpot_slo_s]
        if dec_fit.empty:
            best = float(dec[dec.memory_gib <= dec.usable_gib].tpot_s.min())
            return (
                "TPOT",
                f"the fastest decode config's TPOT is {best:.3f} s > {instance.tpot_slo_s} s",
            )
    if instance.ttft_slo_s is not None:
        ttft = (
            pre_fit.latency_s.to_numpy()[:, None]
            + instance.transfer_s.loc[pre_fit.index, dec_fit.index].to_numpy()
        )
        if (ttft > instance.ttft_slo_s).all():
            return "TTFT", (
                f"the fastest prefill + KV transfer takes {ttft.min():.2f} s > "
                f"{instance.ttft_slo_s} s"
            )
    smallest = int(pre_fit.num_gpus.min() + dec_fit.num_gpus.min())
    if smallest > instance.gpu_budget:
        return (
            "GPUs",
            f"the smallest prefill + decode pair needs {smallest} GPUs > {instance.gpu_budget}",
        )
    if instance.objective == "min_cost":
        return (
            "GPUs",
            f"{instance.gpu_budget} GPUs do not serve {instance.target_rate_per_s:g} req/s",
        )
    return "latency", "no pair of pools meets every SLO bound"


def _certificate(result: Any) -> str:
    cert = result.certificate
    backend = cert.backend
    if result.plan is None:
        return f"no plan ({backend}: {cert.status.value})"
    if cert.status is SolveStatus.OPTIMAL:
        return f"optimal ({backend}, gap {result.gap:.1%})"
    bound = "no bound" if not math.isfinite(result.bound) else f"bound {result.bound:.4g}"
    return f"not proven ({backend}: {cert.status.value}, {bound})"


def instance_for(
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
    minimize: bool = False,
    target_rate_per_s: float | None = None,
) -> DisaggregationInstance:
    """The run's disaggregation MILP: its candidate grid, priced by ``cost_model``, with
    the cluster's per-GPU KV link (raises ValueError when no layout fits the cluster).

    Rates are integers in units of ``delta`` (1e-3 req/s); a cluster whose served rate
    could exceed CP-SAT's variable bound in those units gets a coarser unit, ten times
    at a time (at 1,024 H100s: 0.1 req/s, a 2e-5 share of a 4,600 req/s plan)."""
    # priced once, in the coarsest unit the shape accepts; the unit is a field of the
    # instance, so each finer one is only validated, not priced again
    priced = disaggregation.from_specs(
        request.model,
        request.cluster,
        stats,
        request.slo,
        kv_link_gb_per_s(request.cluster),
        objective="min_cost" if minimize else "max_goodput",
        target_rate_per_s=target_rate_per_s if minimize else None,
        gpu_budget=gpu_budget,
        options=request.planner.candidates,
        rate_unit_per_s=MAX_RATE_UNIT_PER_S,
        cost_model=cost_model,
    )
    unit = disaggregation.RATE_UNIT_PER_S
    while True:
        try:
            return dataclasses.replace(priced, rate_unit_per_s=unit)
        except ValueError as exc:
            if not str(exc).startswith("rate_unit_per_s") or unit >= MAX_RATE_UNIT_PER_S:
                raise
            unit *= 10


def solve(
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
    *,
    minimize: bool,
    target_rate_per_s: float | None,
    max_len: int,
) -> ShapePlan:
    """The best disaggregated plan for ``request`` (max goodput, or min cost / GPUs for
    the target rate), priced with ``cost_model``."""
    cluster, opts = request.cluster, request.planner
    link = kv_link_gb_per_s(cluster)
    try:
        instance = instance_for(request, stats, cost_model, gpu_budget, minimize, target_rate_per_s)
    except ValueError as exc:
        return ShapePlan("disaggregated", "", 0.0, 0, 0.0, "no plan", "GPUs", str(exc))
    gpu_price = cluster.gpu.price_per_gpu_hour_usd
    if opts.objective == "min_gpus":
        instance = dataclasses.replace(instance, price_per_gpu_hour_usd=1.0)
    full = instance
    instance = prune(instance)
    result = disaggregation.FORMULATION.solve(instance, shape_solver(request))
    if (
        result.plan is not None
        and opts.check.enabled
        and _servers(result.plan) <= WHOLE_PLAN_CHECK_REPLICAS
        and not _one_decode_pp(instance, result.plan)
    ):
        # the simulator runs one micro-batch count per decode pool: keep the best plan
        # whose decode configs share one PP (a MILP per PP), so the plan can be checked
        instance, result = _best_uniform_pp(full, request, result) or (instance, result)
    if result.plan is None or not result.plan.served_rate_per_s:
        reason, note = _why_none(full)
        return ShapePlan(
            "disaggregated",
            "",
            0.0,
            0,
            0.0,
            _certificate(result),
            reason,
            note,
            detail={"kv_link_gb_per_s": link},
        )
    plan = result.plan
    pools = _pools(instance, plan)
    pre_load, dec_load = _loads(instance, plan)
    gpus = plan.num_gpus(instance)
    note = (
        f"pools loaded {pre_load:.0%} (prefill) and {dec_load:.0%} (decode) of their capacity "
        f"in the model; KV link {link:g} GB/s per GPU pair"
    )
    if "unrestricted_rate_per_s" in result.details:
        note += (
            "; decode configs of one PP, so the simulator can run the pools (the best plan "
            f"mixing PPs is modelled at {result.details['unrestricted_rate_per_s']:.2f} req/s)"
        )
    rate = plan.served_rate_per_s
    runs: list[PoolCheck] = []
    single_pp = len({int(instance.decode.at[d, "pp"]) for d in plan.decode_replicas}) == 1
    servers = _servers(plan)
    if opts.check.enabled and servers > WHOLE_PLAN_CHECK_REPLICAS:
        note += (
            f"; not simulated ({servers} servers: pools are checked whole up to "
            f"{WHOLE_PLAN_CHECK_REPLICAS})"
        )
    elif opts.check.enabled and single_pp:
        rate, runs = checked_rate(request, instance, plan, cost_model)
        last = runs[-1]
        if rate > 0:
            note += (
                f"; simulated at {rate:.2f} req/s: meets the SLO "
                f"(p{request.slo.percentile:g} TTFT {last.ttft_s:.3f} s, TPOT {last.tpot_s:.3f} s)"
                + (f", after {len(runs) - 1} lower rate(s)" if len(runs) > 1 else "")
            )
        else:
            note += f"; misses the SLO in simulation down to {last.rate_per_s:.2f} req/s"
    elif opts.check.enabled:
        note += "; not simulated (decode configs of different PP)"
    else:
        note += "; not simulated (planner.check.enabled=false)"
    detail = {
        "disaggregation": pools,
        "flows_per_s": [
            {"prefill": p, "decode": d, "rate_per_s": f} for (p, d), f in plan.flows_per_s.items()
        ],
        "prefill_latency_s": {
            p: float(instance.prefill.at[p, "latency_s"]) for p in plan.prefill_replicas
        },
        "decode_tpot_s": {d: float(instance.decode.at[d, "tpot_s"]) for d in plan.decode_replicas},
        "pool_loads": {"prefill": pre_load, "decode": dec_load},
        "modelled_rate_per_s": plan.served_rate_per_s,
        "simulation_checks": [dataclasses.asdict(r) for r in runs],
        "objective": result.objective,
        "bound": result.bound if math.isfinite(result.bound) else None,
    }
    missed: Reason = ""
    if runs and rate == 0:
        names: dict[str, Reason] = {"ttft": "TTFT", "tpot": "TPOT", "e2e": "latency"}
        missed = names.get(runs[-1].misses[0], "throughput")
    return ShapePlan(
        shape="disaggregated",
        reason=missed,
        layout=_layout(instance, plan),
        throughput_per_s=rate,
        num_gpus=gpus,
        cost_per_hour_usd=gpus * gpu_price,
        certificate=_certificate(result),
        note=note,
        detail=detail,
        deploy=deploy_commands(request, pools, max_len),
    )


__all__ = [
    "check_pools",
    "checked_rate",
    "deploy_commands",
    "instance_for",
    "kv_link_gb_per_s",
    "solve",
]
