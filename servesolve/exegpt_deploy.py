"""An ExeGPT plan as deployed: its ``detail`` record and its launch commands.

:func:`shape_detail` writes everything the chosen plan's deployment needs into the
shape's ``detail`` (plan.json): the schedule, the group size and copies, ``L`` and where it
came from, the grid, the per-group figures, every group size's optimum and proof, the
lengths planned for, and the simulator arguments. :func:`plan_from_detail` and
:func:`deployment_from_detail` read it back (``servesolve replan`` re-solves it
warm-started). :func:`deploy_commands` writes the ``servesolve simulate`` command that runs
the schedule itself and the engine's closest configuration.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import asdict, dataclass
from typing import Any

from servesolve.costs.replica_model import WorkloadStats
from servesolve.exegpt_group import (
    UNBOUNDED_S,
    GroupOptimum,
    LatencyBound,
    schedule_text,
    tail_latencies,
)
from servesolve.formulations import exegpt
from servesolve.formulations.exegpt import (
    ExeGptInstance,
    ExeGptOptions,
    ExeGptPlan,
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
from servesolve.specs.hardware import ClusterSpec

#: ``detail["schema"]`` of the plans this module writes; :func:`plan_from_detail` reads it.
#: (It names ``exegpt_shape``, where the detail was written before this module split off;
#: kept so that plans already written read back.)
SCHEMA = "servesolve.exegpt_shape/1"
#: Servers listen from this port on (a WAA router on it, its servers after it).
BASE_PORT = 8000


def _finite(value: float) -> float | None:
    return value if math.isfinite(value) else None


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


def shape_detail(
    request: PlanRequest,
    stats: WorkloadStats,
    best: GroupOptimum,
    sizes: list[GroupOptimum],
    bound: LatencyBound,
    options: ExeGptOptions,
) -> dict[str, Any]:
    """The ``detail`` of the chosen group size ``best`` (see the module docstring)."""
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


__all__ = [
    "BASE_PORT",
    "SCHEMA",
    "Deployment",
    "deploy_commands",
    "deployment_from_detail",
    "plan_from_detail",
    "shape_detail",
]
