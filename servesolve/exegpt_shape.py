r"""The ExeGPT shape of ``servesolve plan``: ExeGPT's RRA and WAA schedules (Oh et al.,
ASPLOS 2024) on ``k`` identical groups of ``g`` GPUs, solved exactly by the ``exegpt`` MILP
(:mod:`servesolve.formulations.exegpt`, Dinkelbach).

What is solved
    For every group size ``g`` (a power of two up to the GPU budget and
    :data:`MAX_GROUP_GPUS`, inside a node or whole nodes), ``exegpt.from_specs`` prices
    ExeGPT's schedule grid (B_E, N_D, B_m, TP x PP per pool, the WAA split) with the run's
    cost model, and ``exegpt.dinkelbach_solve`` finds the throughput-optimal schedule of
    one group. ``k`` = the groups of ``g`` GPUs the budget and the nodes hold. The plan is
    the best ``k x schedule``: ``max_throughput`` / ``max_goodput`` the most sequences per
    second; ``min_cost`` / ``min_gpus`` the fewest GPUs (every GPU has one price) serving
    the target rate. Copies are independent; a load balancer splits the traffic.

The latency bound ``L`` (ExeGPT's constraint: a request of the tail output length, the
stats' quantile, finishes within ``L`` of its encoding; queueing is not counted)
    * ``slo.e2e_s`` when set;
    * else, with ``slo.ttft_s`` and ``slo.tpot_s``: ``ttft_s + tpot_s x (o - 1)``, ``o`` the
      tail output length. Any schedule whose tail request meets TTFT (its first encoding)
      and TPOT (its mean gap per later token) separately meets this ``L``, so the MILP
      under ``L`` is a relaxation of the SLO. Its optimum is then checked against TTFT and
      TPOT separately: when it meets them it is optimal under the SLO as well; when not,
      the group's whole grid is enumerated under all three bounds (exact, by
      ``exegpt.assess``). Both bounds also apply, with ``L = min(e2e_s, ...)``, when all
      three are set;
    * no bound (``slo=none``): ``L`` = :data:`UNBOUNDED_S`.

The certificate says ``optimal`` only when every group size's optimum is proven (the
Dinkelbach loop's bound within :data:`PROVEN_REL_GAP`, a proven infeasible group, or an
enumeration); the plan's bound is the best ``k x bound`` over the sizes. ``detail`` holds
everything :func:`plan_from_detail` and :func:`deployment_from_detail` need to rebuild the
schedule and its instance (``servesolve replan`` re-solves it warm-started).
"""

from __future__ import annotations

import dataclasses
import math
import time
from dataclasses import asdict, dataclass
from typing import Any

from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.formulations import exegpt
from servesolve.formulations.base import FormulationResult
from servesolve.formulations.exegpt import (
    ExeGptInstance,
    ExeGptOptions,
    ExeGptPlan,
    PlanAssessment,
    RraSchedule,
    WaaSchedule,
)
from servesolve.launch import (
    DISAGGREGATED_ENGINES,
    MULTI_NODE_LAUNCHER,
    SGLANG_BOOTSTRAP_BASE_PORT,
    Location,
    max_model_len,
    role_flags,
    router_command,
    server_flags,
)
from servesolve.plan_request import PlanRequest
from servesolve.shapes import Reason, ShapePlan
from servesolve.solver import SolverOptions, SolveStatus
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec

#: ``detail["schema"]`` of the plans this module writes; :func:`plan_from_detail` reads it.
SCHEMA = "servesolve.exegpt_shape/1"
#: Largest group searched (ExeGPT's largest deployment is 48 GPUs); more GPUs are copies.
MAX_GROUP_GPUS = 64
#: A Dinkelbach result counts as proven when its bound is this close to its throughput
#: (CP-SAT scales floats to integers at 1e-9).
PROVEN_REL_GAP = 1e-6
#: ``L`` when the SLO bounds nothing (s).
UNBOUNDED_S = 1e6
#: Servers listen from this port on (a WAA router on it, its servers after it).
BASE_PORT = 8000


# ---------------------------------------------------------------------------- bound


@dataclass(frozen=True)
class LatencyBound:
    """ExeGPT's ``L`` for an SLO and the separate TTFT/TPOT bounds it stands in for."""

    seconds: float
    source: str  # "slo.e2e_s", "slo.ttft_s + slo.tpot_s x (p99 output - 1)", "none", ...
    ttft_s: float | None = None
    tpot_s: float | None = None

    @property
    def separate(self) -> bool:
        """Whether TTFT or TPOT must be checked on their own."""
        return self.ttft_s is not None or self.tpot_s is not None


def latency_bound(slo: SloSpec, stats: WorkloadStats) -> LatencyBound:
    """``L`` for ``slo`` at the tail output length of ``stats`` (see the module docstring)."""
    tail = max(1, math.ceil(stats.output_quantile_tokens - 1e-9))
    pct = f"p{stats.quantile * 100:g}"
    bounds: list[tuple[float, str]] = []
    if slo.e2e_s is not None:
        bounds.append((slo.e2e_s, "slo.e2e_s"))
    if slo.ttft_s is not None and slo.tpot_s is not None:
        derived = slo.ttft_s + slo.tpot_s * (tail - 1)
        bounds.append(
            (
                derived,
                f"slo.ttft_s + slo.tpot_s x ({pct} output {tail} - 1) = "
                f"{slo.ttft_s:g} + {slo.tpot_s:g} x {tail - 1}",
            )
        )
    if not bounds:
        one = "slo.ttft_s" if slo.ttft_s is not None else "slo.tpot_s"
        source = "none" if not slo.is_bounded else f"none on the whole request ({one} alone)"
        return LatencyBound(UNBOUNDED_S, source, slo.ttft_s, slo.tpot_s)
    seconds, source = min(bounds)
    return LatencyBound(seconds, source, slo.ttft_s, slo.tpot_s)


def tail_latencies(instance: ExeGptInstance, plan: ExeGptPlan) -> tuple[float, float, float]:
    """The tail request's TTFT (its first encoding), mean gap per later token and
    end-to-end time, from the instance tables (the MILP's own numbers)."""
    a = exegpt.assess(instance, plan)
    if isinstance(plan, RraSchedule):
        key = (plan.tp, plan.pp, plan.encoder_batch)
    else:
        key = (plan.encode_tp, plan.encode_pp, plan.encoder_batch)
    ttft = instance.encode_times[key].period_s
    steps = instance.tail_output_tokens - 1
    tpot = (a.latency_s - ttft) / steps if steps > 0 else 0.0
    return ttft, tpot, a.latency_s


def _meets_separate(instance: ExeGptInstance, plan: ExeGptPlan, bound: LatencyBound) -> bool:
    ttft, tpot, _ = tail_latencies(instance, plan)
    tol = 1 + exegpt.FEASIBILITY_RTOL
    return (bound.ttft_s is None or ttft <= bound.ttft_s * tol) and (
        bound.tpot_s is None or tpot <= bound.tpot_s * tol
    )


# ---------------------------------------------------------------------------- groups


def group_sizes(model: ModelSpec, cluster: ClusterSpec, gpu_budget: int) -> list[int]:
    """Group sizes searched: powers of two up to the budget and :data:`MAX_GROUP_GPUS`,
    inside one node or whole nodes, with at least one schedule layout."""
    per_node = cluster.gpus_per_node
    out, g = [], 1
    while g <= min(gpu_budget, cluster.num_gpus, MAX_GROUP_GPUS):
        fits_nodes = g <= per_node and per_node % g == 0 or g % per_node == 0
        has_layout = exegpt.schedule_layouts(model, cluster, g) or (
            g >= 2 and any(exegpt.schedule_layouts(model, cluster, s) for s in range(1, g))
        )
        if fits_nodes and has_layout:
            out.append(g)
        g *= 2
    return out


def num_groups(cluster: ClusterSpec, group_gpus: int, gpu_budget: int) -> int:
    """Copies of a ``group_gpus`` group that the budget and the nodes hold."""
    per_node = cluster.gpus_per_node
    if group_gpus <= per_node:
        packed = (per_node // group_gpus) * cluster.num_nodes
    else:
        packed = cluster.num_nodes // (group_gpus // per_node)
    return min(gpu_budget // group_gpus, packed)


def exegpt_options(request: PlanRequest) -> ExeGptOptions:
    """ExeGPT's default grid with the run's memory share, reserve and iteration overhead."""
    cand = request.planner.candidates
    return ExeGptOptions(
        gpu_memory_utilization=cand.gpu_memory_utilization,
        runtime_reserve_gib=cand.runtime_reserve_gib,
        iteration_overhead_s=cand.iteration_overhead_s,
    )


@dataclass(frozen=True)
class GroupOptimum:
    """The best schedule of one group of ``group_gpus`` GPUs, and what proves it.

    ``throughput_per_s`` and ``bound_per_s`` are one group's (0 and 0 for a group proven
    to have no schedule; ``bound_per_s`` inf when nothing is proven). ``method``:
    ``dinkelbach`` or ``enumeration`` (the separate TTFT/TPOT bounds). ``replan``: the
    warm-started re-solve of a deployed schedule at this size (``exegpt.replan``).
    """

    group_gpus: int
    copies: int
    instance: ExeGptInstance
    plan: ExeGptPlan | None
    throughput_per_s: float
    bound_per_s: float
    proven: bool
    method: str
    milps: int
    wall_time_s: float
    result: FormulationResult[ExeGptPlan]
    replan: exegpt.ReplanResult | None = None

    @property
    def total_per_s(self) -> float:
        return self.copies * self.throughput_per_s


def _enumerate(instance: ExeGptInstance, bound: LatencyBound) -> tuple[ExeGptPlan | None, float]:
    """The best schedule of the grid under every bound, by enumeration (exact)."""
    best, value = None, 0.0
    for plan in exegpt.iter_schedules(instance):
        a = exegpt.assess(instance, plan)
        if a.feasible and a.throughput_per_s > value and _meets_separate(instance, plan, bound):
            best, value = plan, a.throughput_per_s
    return best, value


def solve_group(
    instance: ExeGptInstance,
    copies: int,
    bound: LatencyBound,
    options: SolverOptions,
    deployed: ExeGptPlan | None = None,
) -> GroupOptimum:
    """One group size: Dinkelbach (warm-started by ``exegpt.replan`` from ``deployed``),
    then the separate TTFT/TPOT check and, if the optimum misses it, enumeration."""
    start = time.perf_counter()
    replanned = None
    if deployed is not None:
        replanned = exegpt.replan(deployed, instance, options)
        result = replanned.result
    else:
        result = exegpt.dinkelbach_solve(instance, options)
    plan = result.plan
    method = "dinkelbach"
    if plan is None:
        proven = result.certificate.status is SolveStatus.INFEASIBLE
        value, upper = 0.0, 0.0 if proven else math.inf
    else:
        value = result.objective
        upper = result.bound if math.isfinite(result.bound) else math.inf
        proven = math.isfinite(upper) and upper <= value * (1 + PROVEN_REL_GAP)
    if plan is not None and bound.separate and not _meets_separate(instance, plan, bound):
        # The relaxation's optimum misses TTFT or TPOT: enumerate the grid exactly.
        plan, value = _enumerate(instance, bound)
        method, upper, proven = "enumeration", value, True
    return GroupOptimum(
        group_gpus=instance.num_gpus,
        copies=copies,
        instance=instance,
        plan=plan,
        throughput_per_s=value,
        bound_per_s=upper,
        proven=proven,
        method=method,
        milps=len(result.solves),
        wall_time_s=time.perf_counter() - start,
        result=result,
        replan=replanned,
    )


# ---------------------------------------------------------------------------- text


def schedule_text(plan: ExeGptPlan) -> str:
    """``RRA TP2xPP4 B_E 16 N_D 8`` or ``WAA encode TP1xPP2 B_E 8 | decode TP2xPP2 B_m 2``."""
    if isinstance(plan, RraSchedule):
        return f"RRA TP{plan.tp}xPP{plan.pp} B_E {plan.encoder_batch} N_D {plan.decode_iterations}"
    return (
        f"WAA encode TP{plan.encode_tp}xPP{plan.encode_pp} B_E {plan.encoder_batch} | "
        f"decode TP{plan.decode_tp}xPP{plan.decode_pp} B_m {plan.decode_micro_batches}"
    )


def layout_text(plan: ExeGptPlan, copies: int) -> str:
    return schedule_text(plan) if copies == 1 else f"{copies} x {schedule_text(plan)}"


def grid_edges(plan: ExeGptPlan, options: ExeGptOptions) -> str:
    """The knobs of ``plan`` at the largest value the grid offers (``B_E 128``), or ""."""
    out = []
    if plan.encoder_batch == max(options.encoder_batches):
        out.append(f"B_E {plan.encoder_batch}")
    if isinstance(plan, RraSchedule) and plan.decode_iterations == options.max_decode_iterations:
        out.append(f"N_D {plan.decode_iterations}")
    if (
        isinstance(plan, WaaSchedule)
        and plan.decode_micro_batches == options.max_micro_batches < plan.decode_pp
    ):
        out.append(f"B_m {plan.decode_micro_batches}")
    return ", ".join(out)


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


def _violation_text(a: PlanAssessment, instance: ExeGptInstance) -> list[str]:
    """Each broken row in words: ``latency: tail 25.3 s > L 20 s``."""
    out = []
    for name in a.violations:
        if name == exegpt.SLO_ROW:
            lhs, rhs = a.rows[name]
            out.append(f"latency: tail request {lhs:.3g} s > L {rhs:.3g} s")
        elif name.startswith("memory"):
            lhs, rhs = a.rows[name]
            out.append(f"memory: {name.split('__', 1)[1]} {lhs:.1f} GiB > {rhs:.1f} GiB per GPU")
        else:
            out.append(f"schedule: {name} (outside the grid of {instance.num_gpus} GPUs)")
    return out


def breaks(instance: ExeGptInstance, plan: ExeGptPlan, bound: LatencyBound) -> list[str]:
    """What ``plan`` breaks on ``instance`` (rows and the separate TTFT/TPOT bounds)."""
    a = exegpt.assess(instance, plan)
    out = _violation_text(a, instance)
    if a.rows:
        ttft, tpot, _ = tail_latencies(instance, plan)
        tol = 1 + exegpt.FEASIBILITY_RTOL
        if bound.ttft_s is not None and ttft > bound.ttft_s * tol:
            out.append(f"TTFT: tail encoding {ttft:.3g} s > {bound.ttft_s:g} s")
        if bound.tpot_s is not None and tpot > bound.tpot_s * tol:
            out.append(f"TPOT: tail gap per token {tpot:.3g} s > {bound.tpot_s:g} s")
    return out


# ---------------------------------------------------------------------------- detail


def _schedule_dict(plan: ExeGptPlan) -> dict[str, Any]:
    return {"policy": plan.policy, **asdict(plan)}


def plan_from_detail(detail: dict[str, Any]) -> ExeGptPlan:
    """The schedule a :func:`solve` detail describes (ValueError naming the field)."""
    if detail.get("schema") != SCHEMA:
        raise ValueError(f"detail.schema: is {detail.get('schema')!r}, not {SCHEMA!r}")
    sched = detail.get("schedule")
    if not isinstance(sched, dict):
        raise ValueError("detail.schedule: missing; fix: give an exegpt plan's detail")
    kind = {"rra": RraSchedule, "waa": WaaSchedule}.get(sched.get("policy"))
    if kind is None:
        raise ValueError(f"detail.schedule.policy: is {sched.get('policy')!r}, not rra or waa")
    names = [f.name for f in dataclasses.fields(kind)]
    values = {}
    for name in names:
        value = sched.get(name)
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ValueError(f"detail.schedule.{name}: is {value!r}, not a positive integer")
        values[name] = value
    return kind(**values)


@dataclass(frozen=True)
class Deployment:
    """A deployed ExeGPT plan, rebuilt from its detail."""

    plan: ExeGptPlan
    group_gpus: int
    copies: int
    options: ExeGptOptions
    stats: WorkloadStats | None  # the lengths it was planned for (None if not recorded)
    latency_bound_s: float

    @property
    def num_gpus(self) -> int:
        return self.group_gpus * self.copies


def deployment_from_detail(detail: dict[str, Any]) -> Deployment:
    """The schedule, group size, copies, grid and planned-for lengths of a detail."""
    plan = plan_from_detail(detail)
    for key in ("group_gpus", "num_groups"):
        if not isinstance(detail.get(key), int) or detail[key] < 1:
            raise ValueError(f"detail.{key}: is {detail.get(key)!r}, not a positive integer")
    try:
        options = ExeGptOptions(**detail.get("options", {}))
    except Exception as exc:  # pydantic's ValidationError names the field
        raise ValueError(f"detail.options: {str(exc).splitlines()[0]}") from None
    raw = detail.get("workload_stats")
    try:
        stats = WorkloadStats(**raw) if isinstance(raw, dict) else None
    except TypeError:
        stats = None
    return Deployment(
        plan,
        detail["group_gpus"],
        detail["num_groups"],
        options,
        stats,
        float(detail.get("latency_bound_s") or UNBOUNDED_S),
    )


def _simulation_args(instance: ExeGptInstance, plan: ExeGptPlan, copies: int) -> dict[str, Any]:
    """What ``servesolve simulate`` runs for the schedule (``exegpt.to_simulation``)."""
    sim = exegpt.to_simulation(instance, plan)
    if sim.disaggregated is None:
        group = sim.spec.replicas[0]
        return {
            "policy": "rra",
            "rra_encoder_batch": sim.spec.rra_encoder_batch,
            "rra_decode_iterations": sim.spec.rra_decode_iterations,
            "max_num_batched_tokens": sim.spec.max_num_batched_tokens,
            "replicas": [
                {
                    "tp": group.tp,
                    "pp": group.pp,
                    "max_num_seqs": group.max_num_seqs,
                    "count": copies,
                }
            ],
        }
    d = sim.disaggregated

    def pool(g: Any) -> dict[str, int]:
        return {"tp": g.tp, "pp": g.pp, "max_num_seqs": g.max_num_seqs, "count": copies}

    return {
        "disaggregation": {
            "prefill": [pool(d.prefill_groups[0])],
            "decode": [pool(d.decode_groups[0])],
            "decode_micro_batches": d.decode_micro_batches,
            "prefill_max_batched_tokens": d.prefill_max_batched_tokens,
        }
    }


def _detail(
    request: PlanRequest,
    stats: WorkloadStats,
    best: GroupOptimum,
    sizes: list[GroupOptimum],
    bound: LatencyBound,
    options: ExeGptOptions,
) -> dict[str, Any]:
    inst, plan = best.instance, best.plan
    assert plan is not None
    a = exegpt.assess(inst, plan)
    ttft, tpot, e2e = tail_latencies(inst, plan)
    return {
        "schema": SCHEMA,
        "schedule": _schedule_dict(plan),
        "group_gpus": best.group_gpus,
        "num_groups": best.copies,
        "latency_bound_s": bound.seconds,
        "latency_bound_from": bound.source,
        "slo_ttft_s": bound.ttft_s,
        "slo_tpot_s": bound.tpot_s,
        "options": asdict(options),
        "per_group": {
            "throughput_per_s": best.throughput_per_s,
            "sequences_per_cycle": a.sequences_per_cycle,
            "cycle_s": a.cycle_time_s,
            "tail_output_tokens": inst.tail_output_tokens,
            "tail_ttft_s": ttft,
            "tail_tpot_s": tpot,
            "tail_e2e_s": e2e,
            "memory_gib": {
                name.split("__", 1)[1]: {"used": lhs, "usable": rhs}
                for name, (lhs, rhs) in a.rows.items()
                if name.startswith("memory")
            },
        },
        "group_sizes": [
            {
                "group_gpus": s.group_gpus,
                "copies": s.copies,
                "throughput_per_s": s.total_per_s,
                "bound_per_s": _finite(s.copies * s.bound_per_s),
                "proven": s.proven,
                "method": s.method,
                "milps": s.milps,
                "schedule": schedule_text(s.plan) if s.plan is not None else None,
                "wall_time_s": s.wall_time_s,
            }
            for s in sizes
        ],
        "simulation": _simulation_args(inst, plan, best.copies),
        "workload_stats": asdict(stats),
        "solver": request.solver.backend,
    }


# ---------------------------------------------------------------------------- deploy


@dataclass(frozen=True)
class _Server:
    """One engine server, as ``launch.server_flags`` needs it."""

    role: str  # "server" (RRA), "prefill" or "decode" (WAA)
    tp: int
    pp: int
    max_num_seqs: int
    start_gpu: int  # first GPU on the cluster, counted node by node
    ep: int = 1
    stage_layers: tuple[int, ...] | None = None


def _location(server: _Server, cluster: ClusterSpec, engine: str) -> Location:
    per_node = cluster.gpus_per_node
    size = server.tp * server.pp
    first, last = server.start_gpu // per_node, (server.start_gpu + size - 1) // per_node
    single = cluster.num_nodes == 1
    if first != last:
        return Location(
            first, "", tuple(range(first, last + 1)), single, MULTI_NODE_LAUNCHER[engine]
        )
    local = server.start_gpu - first * per_node
    gpus = ",".join(str(g) for g in range(local, local + size))
    return Location(first, gpus, (), single, MULTI_NODE_LAUNCHER[engine])


def _gpus_text(server: _Server, cluster: ClusterSpec) -> str:
    """``node 0 GPUs 6-7, node 1 GPUs 0-7``: the GPUs a server takes, node by node."""
    per_node, parts = cluster.gpus_per_node, []
    first, end = server.start_gpu, server.start_gpu + server.tp * server.pp
    while first < end:
        node, local = divmod(first, per_node)
        last = min(end, (node + 1) * per_node) - 1 - node * per_node
        parts.append(
            f"node {node} GPUs {local}-{last}" if last > local else f"node {node} GPU {local}"
        )
        first = (node + 1) * per_node
    return ", ".join(parts)


def _servers(
    instance: ExeGptInstance, plan: ExeGptPlan, copies: int, sim: dict[str, Any]
) -> list[_Server]:
    """Every server of ``copies`` groups, each group on consecutive GPUs."""
    out = []
    for i in range(copies):
        start = i * instance.num_gpus
        if isinstance(plan, RraSchedule):
            seqs = sim["replicas"][0]["max_num_seqs"]
            out.append(_Server("server", plan.tp, plan.pp, seqs, start))
        else:
            pools = sim["disaggregation"]
            pre, dec = pools["prefill"][0], pools["decode"][0]
            out.append(
                _Server("prefill", plan.encode_tp, plan.encode_pp, pre["max_num_seqs"], start)
            )
            out.append(
                _Server(
                    "decode",
                    plan.decode_tp,
                    plan.decode_pp,
                    dec["max_num_seqs"],
                    start + plan.encode_gpus,
                )
            )
    return out


def _servesolve_command(request: PlanRequest, sim: dict[str, Any], rate_per_s: float) -> str:
    """``servesolve simulate`` of the schedule (the run's catalogue choices), with Poisson
    arrivals at the schedule's modelled throughput (its saturation rate)."""
    words = ["servesolve simulate"]
    for group in ("model", "cluster", "workload", "slo", "engine"):
        default = getattr(request, group).name
        words.append(f"{group}={request.choices.get(group, default)}")

    def flow(value: Any) -> str:
        if isinstance(value, dict):
            return "{" + ", ".join(f"{k}: {flow(v)}" for k, v in value.items()) + "}"
        if isinstance(value, list):
            return "[" + ", ".join(flow(v) for v in value) + "]"
        return str(value)

    if "disaggregation" in sim:
        words.append(f"disaggregation='{flow(sim['disaggregation'])}'")
    else:
        words.append("simulation.policy=rra")
        for key in ("rra_encoder_batch", "rra_decode_iterations", "max_num_batched_tokens"):
            words.append(f"simulation.{key}={sim[key]}")
        words.append(f"replicas='{flow(sim['replicas'])}'")
    words.append(f"simulation.rate_per_s={rate_per_s:.4g}")
    return " ".join(words)


def deploy_commands(
    request: PlanRequest,
    stats: WorkloadStats,
    instance: ExeGptInstance,
    plan: ExeGptPlan,
    copies: int,
) -> tuple[dict[str, list[str]], str]:
    """Launch commands per engine and a note on what the engine cannot reproduce.

    ``servesolve``: the schedule itself in servesolve's simulator. The request's engine:
    the closest configuration: RRA as one TP x PP server per group with the schedule's
    sequence cap and an encoding's token budget; WAA as a prefill server (the encode
    pool) and a decode server (the decode pool) per group, with ``launch.role_flags`` and
    ``launch.router_command`` (vLLM and SGLang only). Encoder-decoder models get the
    ``servesolve`` command only.
    """
    sim = _simulation_args(instance, plan, copies)
    rate = copies * exegpt.assess(instance, plan).throughput_per_s
    out = {"servesolve": [_servesolve_command(request, sim, rate)]}
    engine, model = request.engine.name, request.model
    schedule = "RRA's cycle (one encoding of B_E prompts, then N_D decodes)"
    if isinstance(plan, WaaSchedule):
        schedule = "B_E prompts per encoding and B_m decode micro-batches"
    if model.architecture != "decoder_only":
        return out, (
            f"no engine command: {model.name} is an encoder-decoder model (the schedule "
            "runs in servesolve's simulator: deploy.servesolve)"
        )
    if isinstance(plan, WaaSchedule) and engine not in DISAGGREGATED_ENGINES:
        return out, (
            f"no {engine} command: it has no prefill/decode roles here (the schedule "
            "runs in servesolve's simulator: deploy.servesolve)"
        )
    max_len = max_model_len(model, stats)
    cand = request.planner.candidates
    commands: list[str] = []
    prefill_urls: list[tuple[str, int | None]] = []
    decode_urls: list[str] = []
    bootstraps: dict[int, int] = {}
    waa = isinstance(plan, WaaSchedule)
    first_port = BASE_PORT + 1 if waa else BASE_PORT
    budget = sim["disaggregation"]["prefill_max_batched_tokens"] if waa else None
    for i, server in enumerate(_servers(instance, plan, copies, sim)):
        port = first_port + i
        where = _location(server, request.cluster, engine)
        tokens = cand.max_num_batched_tokens
        if server.role == "server":
            tokens = max(sim["max_num_batched_tokens"], server.max_num_seqs)
        elif server.role == "prefill":
            tokens = max(budget, server.max_num_seqs)
        flags, env = server_flags(
            engine,
            model,
            server,
            dataclasses.replace(cand, max_num_batched_tokens=tokens),
            max_len,
            port,
            len(where.nodes),
        )
        if waa:
            boot = None
            if engine == "sglang" and server.role == "prefill":
                boot = SGLANG_BOOTSTRAP_BASE_PORT + bootstraps.get(where.node, 0)
                bootstraps[where.node] = bootstraps.get(where.node, 0) + 1
            at = next(k for k, word in enumerate(flags) if word.startswith("--port "))
            flags = flags[:at] + role_flags(engine, server.role, boot) + flags[at:]
            url = f"http://{where.host()}:{port}"
            if server.role == "prefill":
                prefill_urls.append((url, boot))
            else:
                decode_urls.append(url)
        group = i // 2 if waa else i
        commands.append(
            f"# group {group}: {server.role} TP{server.tp}xPP{server.pp} on "
            + _gpus_text(server, request.cluster)
        )
        commands.append(where.command(flags, env))
    if waa:
        commands.append("# router: clients send their requests here")
        commands.append(router_command(engine, prefill_urls, decode_urls, BASE_PORT))
    elif copies > 1:
        commands.append(f"# put a load balancer in front of ports {BASE_PORT}-{port}")
    out[engine] = commands
    return out, (
        f"{engine} gets the layout and batch caps only: its own scheduler, not {schedule}, "
        "forms the batches (the schedule itself runs in servesolve's simulator: "
        "deploy.servesolve)"
    )


# ---------------------------------------------------------------------------- solve


@dataclass(frozen=True)
class ShapeSearch:
    """Every group size's optimum, the chosen one, and the plan in the shapes' form."""

    shape_plan: ShapePlan
    sizes: tuple[GroupOptimum, ...]
    chosen: GroupOptimum | None
    bound: LatencyBound
    wall_time_s: float


def _why_none(sizes: list[GroupOptimum], bound: LatencyBound, budget: int) -> tuple[Reason, str]:
    """The binding reason no group size has a schedule, from the instance tables."""
    if not sizes:
        return "model", f"no ExeGPT layout (TP x PP dividing the heads) on up to {budget} GPUs"
    fits, tails = False, []
    for s in sizes:
        for plan in exegpt.iter_schedules(s.instance):
            a = exegpt.assess(s.instance, plan)
            if [v for v in a.violations if v.startswith("memory")]:
                continue
            fits = True
            tails.append((s.group_gpus, *tail_latencies(s.instance, plan)))
    if not fits:
        largest = max(s.group_gpus for s in sizes)
        return "memory", (
            f"no schedule fits GPU memory on a group of up to {largest} GPUs (weights, "
            "activations and the KV cache of the running and tail requests)"
        )
    best_ttft = min(t[1] for t in tails)
    best_tpot = min(t[2] for t in tails)
    if bound.ttft_s is not None and best_ttft > bound.ttft_s:
        return "TTFT", f"the fastest tail encoding takes {best_ttft:.3g} s > {bound.ttft_s:g} s"
    if bound.tpot_s is not None and best_tpot > bound.tpot_s:
        return "TPOT", f"the fastest tail gap per token is {best_tpot:.3g} s > {bound.tpot_s:g} s"
    fastest = min(t[3] for t in tails)
    return "latency", (
        f"the fastest memory-feasible schedule's tail request takes {fastest:.3g} s > "
        f"L = {bound.seconds:.3g} s ({bound.source})"
    )


def _certificate(sizes: list[GroupOptimum], value: float, upper: float, backend: str) -> str:
    milps = sum(s.milps for s in sizes)
    counted = f"{milps} MILPs over {len(sizes)} group sizes"
    if any(s.method == "enumeration" for s in sizes):
        counted += ", TTFT/TPOT by enumeration"
    proven = all(s.proven for s in sizes)
    if value <= 0:
        if proven:
            return f"no plan (proven: {backend} Dinkelbach, {counted})"
        return f"no plan (not proven: {backend} stopped, {counted})"
    gap = (upper - value) / value if math.isfinite(upper) else math.inf
    bound_text = f"bound {upper:.4g} req/s" if math.isfinite(upper) else "no bound"
    if proven:
        return f"optimal ({backend} Dinkelbach, {counted}; {bound_text}, gap {max(gap, 0):.1%})"
    return f"not proven ({backend} Dinkelbach, {counted}; {bound_text}, gap {gap:.1%})"


def search(
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
    *,
    options: ExeGptOptions | None = None,
    deployed: Deployment | None = None,
) -> ShapeSearch:
    """Solve every group size and pick the plan (see the module docstring).

    ``options``: the grid (default :func:`exegpt_options`); ``deployed``: a plan to
    re-solve warm-started (``exegpt.replan``) at its own group size.
    """
    start = time.perf_counter()
    model, cluster, opts = request.model, request.cluster, request.planner
    options = options or exegpt_options(request)
    bound = latency_bound(request.slo, stats)
    gpu_price = cluster.gpu.price_per_gpu_hour_usd

    def none(reason: Reason, note: str, certificate: str, sizes=()) -> ShapeSearch:
        plan = ShapePlan("exegpt", "", 0.0, 0, 0.0, certificate, reason, note)
        return ShapeSearch(plan, tuple(sizes), None, bound, time.perf_counter() - start)

    if not stats.mean_output_tokens > 1:
        return none(
            "model",
            f"ExeGPT schedules decoding: the outputs average {stats.mean_output_tokens:g} tokens",
            "no plan",
        )
    sizes: list[GroupOptimum] = []
    for g in group_sizes(model, cluster, gpu_budget):
        instance = exegpt.from_specs(
            model, cluster, stats, bound.seconds, g, "any", options, cost_model
        )
        if next(exegpt.iter_schedules(instance), None) is None:
            continue
        warm = deployed.plan if deployed is not None and deployed.group_gpus == g else None
        copies = num_groups(cluster, g, gpu_budget)
        sizes.append(solve_group(instance, copies, bound, request.solver, warm))
    backend = request.solver.backend
    feasible = [s for s in sizes if s.plan is not None and s.throughput_per_s > 0]
    if not feasible:
        reason, note = _why_none(sizes, bound, gpu_budget)
        return none(reason, note, _certificate(sizes, 0.0, 0.0, backend), sizes)

    upper = max(s.copies * s.bound_per_s for s in sizes)
    minimize = opts.objective in ("min_cost", "min_gpus")
    if minimize:
        offered = request.workload.arrival.rate_per_s or stats.arrival_rate_per_s
        target = opts.target_rate_per_s or offered
        if not target:
            return none(
                "throughput",
                f"{opts.objective} needs planner.target_rate_per_s or a workload arrival rate",
                "no plan",
                sizes,
            )
        reachable = []
        for s in feasible:
            need = math.ceil(target / s.throughput_per_s - 1e-12)
            if need <= s.copies:
                reachable.append((need * s.group_gpus, -need * s.throughput_per_s, s, need))
        if not reachable:
            most = max(s.total_per_s for s in feasible)
            return none(
                "GPUs",
                f"{gpu_budget} GPUs serve at most {most:.4g} req/s < target {target:g} req/s",
                f"no plan ({'proven' if all(s.proven for s in sizes) else 'not proven'}: "
                f"at most {upper:.4g} req/s on {gpu_budget} GPUs)",
                sizes,
            )
        _, _, chosen, copies = min(reachable, key=lambda r: r[:2])
        chosen = dataclasses.replace(chosen, copies=copies)
    else:
        chosen = max(feasible, key=lambda s: (s.total_per_s, -s.group_gpus))
    total = chosen.total_per_s
    certificate = _certificate(sizes, total, upper, backend)
    if minimize:  # the fewest copies of each size's proven optimum that serve the target
        proven = all(s.proven for s in sizes)
        certificate = (
            f"{'optimal' if proven else 'not proven'} (fewest GPUs for {target:g} req/s: "
            f"{backend} Dinkelbach, {sum(s.milps for s in sizes)} MILPs over {len(sizes)} "
            "group sizes)"
        )
    assert chosen.plan is not None
    deploy, engine_note = deploy_commands(
        request, stats, chosen.instance, chosen.plan, chosen.copies
    )
    ttft, tpot, e2e = tail_latencies(chosen.instance, chosen.plan)
    note = (
        f"L {bound.seconds:.3g} s from {bound.source}; tail request ({chosen.instance.tail_output_tokens} "
        f"tokens) TTFT {ttft:.3g} s, TPOT {tpot * 1000:.3g} ms, E2E {e2e:.3g} s, execution "
        "latency at saturation (queueing not counted, as in ExeGPT); " + engine_note
    )
    edge = grid_edges(chosen.plan, options)
    if edge:
        note += f"; {edge} at the grid's edge: optimal over the grid, a wider one may serve more"
    if bound.source.startswith("slo.ttft_s"):
        note = "ExeGPT bound derived from the SLO's TTFT and TPOT; " + note
    num_gpus = chosen.copies * chosen.group_gpus
    plan = ShapePlan(
        shape="exegpt",
        layout=layout_text(chosen.plan, chosen.copies),
        throughput_per_s=total,
        num_gpus=num_gpus,
        cost_per_hour_usd=num_gpus * gpu_price,
        certificate=certificate,
        note=note,
        detail=_detail(request, stats, chosen, sizes, bound, options),
        deploy=deploy,
    )
    return ShapeSearch(plan, tuple(sizes), chosen, bound, time.perf_counter() - start)


def solve(
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
) -> ShapePlan:
    """The best ExeGPT plan for ``request`` on at most ``gpu_budget`` GPUs, priced with
    ``cost_model`` (the run's, so the shapes compare on one price list)."""
    return search(request, stats, cost_model, gpu_budget).shape_plan


# ---------------------------------------------------------------------------- replan


@dataclass(frozen=True)
class ShapeReplan:
    """A deployed ExeGPT plan re-solved for new lengths.

    ``new``: the best plan under the new lengths (every group size; the deployed size
    warm-started by ``exegpt.replan``). ``deployed_old_per_s``: the deployed plan's
    throughput under the lengths it was planned for (None when the detail lacks them);
    ``deployed_new_per_s``: under the new lengths, 0 when it breaks a bound
    (``deployed_breaks`` says which). ``warm``: the deployed size's re-solve.
    """

    new: ShapeSearch
    deployed: Deployment
    deployed_old_per_s: float | None
    deployed_new_per_s: float
    deployed_breaks: tuple[str, ...]
    warm: exegpt.ReplanResult | None
    resolve_wall_s: float


def replan(
    detail: dict[str, Any],
    request: PlanRequest,
    stats: WorkloadStats,
    cost_model: RooflineCostModel,
    gpu_budget: int,
) -> ShapeReplan:
    """Re-plan the ExeGPT plan of ``detail`` for the lengths ``stats`` (same model,
    cluster, SLO and grid), and score the deployed plan under them."""
    deployed = deployment_from_detail(detail)
    start = time.perf_counter()
    new = search(
        request, stats, cost_model, gpu_budget, options=deployed.options, deployed=deployed
    )
    wall = time.perf_counter() - start
    warm = next((s for s in new.sizes if s.group_gpus == deployed.group_gpus), None)
    if warm is not None:
        instance = warm.instance
    else:  # the deployed size has no schedule under the new lengths: price it to score
        instance = exegpt.from_specs(
            request.model,
            request.cluster,
            stats,
            new.bound.seconds,
            deployed.group_gpus,
            "any",
            deployed.options,
            cost_model,
        )
    broken = breaks(instance, deployed.plan, new.bound)
    a = exegpt.assess(instance, deployed.plan)
    new_per_s = 0.0 if broken else deployed.copies * a.throughput_per_s
    old_per_s = None
    if deployed.stats is not None:
        old_bound = latency_bound(request.slo, deployed.stats)
        before = exegpt.from_specs(
            request.model,
            request.cluster,
            deployed.stats,
            old_bound.seconds,
            deployed.group_gpus,
            "any",
            deployed.options,
            cost_model,
        )
        old = exegpt.assess(before, deployed.plan)
        old_per_s = deployed.copies * old.throughput_per_s if old.feasible else 0.0
    return ShapeReplan(
        new=new,
        deployed=deployed,
        deployed_old_per_s=old_per_s,
        deployed_new_per_s=new_per_s,
        deployed_breaks=tuple(broken),
        warm=warm.replan if warm is not None else None,
        resolve_wall_s=wall,
    )


__all__ = [
    "SCHEMA",
    "Deployment",
    "GroupOptimum",
    "LatencyBound",
    "ShapeReplan",
    "ShapeSearch",
    "deploy_commands",
    "deployment_from_detail",
    "group_sizes",
    "latency_bound",
    "plan_from_detail",
    "replan",
    "search",
    "solve",
    "tail_latencies",
]
