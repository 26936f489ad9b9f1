"""Render a PlanResult: terminal text, the engine's deploy commands, plan.json and the
one-row result table (each naming the engine and the cost model's source)."""

from __future__ import annotations

import math
from dataclasses import asdict
from typing import Any

import pandas as pd

from servesolve.capacity import RunVerdict
from servesolve.checking import WHOLE_PLAN_CHECK_REPLICAS, policy_label
from servesolve.costs.replica_model import ReplicaMetrics
from servesolve.launch import locate, server_flags
from servesolve.launch import max_model_len as launch_max_model_len
from servesolve.plan_result import groups_text
from servesolve.planning import PlanResult, PlanSummary
from servesolve.shapes import ShapePlan
from servesolve.solver import SolveStatus

#: How each engine is named in the report.
ENGINE_TITLES = {"vllm": "vLLM", "sglang": "SGLang", "trtllm": "TRT-LLM"}


def deploy_commands(
    result: PlanResult, base_port: int = 8000, engine: str | None = None
) -> list[str]:
    """One server command per replica for the request's engine, on the nodes the exact
    placement gives.

    Replicas are placed with ``parallelism.place`` (exact for any replica sizes); inside
    a node, larger replicas take the lower GPU ids. Flags per engine (names checked
    against each engine's documentation):

    * vLLM, ``vllm serve MODEL --tensor-parallel-size --pipeline-parallel-size
      --max-num-seqs --max-num-batched-tokens --gpu-memory-utilization --max-model-len``
      (https://docs.vllm.ai/en/v0.8.5/serving/engine_args.html). Multi-node replicas
      (pipeline stages on several nodes) need a Ray cluster spanning those nodes, as vLLM
      documents; their command carries ``--distributed-executor-backend ray``. Expert
      parallelism adds ``--enable-expert-parallel``; an uneven layer split sets
      ``VLLM_PP_LAYER_PARTITION``.
    * SGLang, ``python -m sglang.launch_server --model-path MODEL --tp-size --pp-size
      --max-running-requests --chunked-prefill-size --mem-fraction-static
      --context-length`` (https://docs.sglang.io/advanced_features/server_arguments.html;
      ``--tp-size``: https://mintlify.com/sgl-project/sglang/backend/launch-server);
      expert parallelism adds ``--ep-size``.
    * TRT-LLM (PyTorch backend), ``trtllm-serve MODEL --tp_size --pp_size
      --max_batch_size --max_num_tokens --kv_cache_free_gpu_memory_fraction --max_seq_len
      --backend pytorch`` (https://nvidia.github.io/TensorRT-LLM/0.18.2/commands/trtllm-serve.html).
      TRT-LLM's memory knob is the share of the memory left after weights that the KV
      cache takes; the engine's ``gpu_memory_utilization`` is passed as that share.

    SGLang and TRT-LLM have no flag for an uneven pipeline split: their command notes the
    planned split, which they serve with their own even one.
    """
    req = result.request
    model, cluster = req.model, req.cluster
    run_engine = getattr(req, "engine", None)
    name = engine or (run_engine.name if run_engine is not None else "vllm")
    replicas = [
        g
        for g in sorted(result.plan.groups, key=lambda g: -g.gpus_per_replica)
        for _ in range(g.num_replicas)
    ]
    places = locate(replicas, cluster, name)
    if places is None:
        raise ValueError(f"plan '{result.plan.name}' does not fit the cluster's nodes")
    max_len = max_model_len(result)
    cand = req.planner.candidates
    commands = []
    for i, (group, where) in enumerate(zip(replicas, places, strict=True)):
        flags, env = server_flags(
            name, model, group, cand, max_len, base_port + i, len(where.nodes)
        )
        commands.append(where.command(flags, env))
    return commands


def max_model_len(result: PlanResult) -> int:
    """The context a server is started with (``launch.max_model_len``)."""
    return launch_max_model_len(result.request.model, result.stats)


def vllm_commands(result: PlanResult, base_port: int = 8000) -> list[str]:
    """:func:`deploy_commands` (named for the default engine)."""
    return deploy_commands(result, base_port)


def _round_up(value: int, step: int) -> int:
    return int(math.ceil(value / step) * step)


def fmt_s(value: float) -> str:
    if value is None or math.isnan(value):
        return "-"
    if math.isinf(value):
        return "inf"
    return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"


def _metrics_cells(m: ReplicaMetrics | None) -> list[str]:
    if m is None:
        return ["-", "-", "-"]
    return [fmt_s(m.ttft_s), fmt_s(m.tpot_s), fmt_s(m.e2e_s)]


def _milp_label(result: PlanResult) -> str:
    """The MILP plan's name in the tables: an optimum only when the solver proved it."""
    proven = result.certificate.status is SolveStatus.OPTIMAL
    return "MILP optimum" if proven else "MILP plan (not proven)"


def _proof_line(result: PlanResult) -> str:
    """What the solver proved. ``min_gpus`` minimises GPUs less a throughput tie-break
    worth under half a GPU, so its objective and bound are shown in whole GPUs; a bound
    the solver never proved is shown as none."""
    cert = result.certificate
    if result.request.planner.objective == "min_gpus":
        gpus = result.plan.num_gpus
        least = math.ceil(cert.best_bound - 1e-9) if math.isfinite(cert.best_bound) else None
        value, bound = f"{gpus} GPUs", "none" if least is None else f"{least} GPUs"
        gap = math.inf if least is None else (gpus - least) / gpus
    else:
        value = f"{cert.objective:.6g}"
        bound = f"{cert.best_bound:.6g}" if math.isfinite(cert.best_bound) else "none"
        gap = cert.gap
    gap_text = f"{gap * 100:.4f} %" if math.isfinite(gap) else "unknown"
    return (
        f"Proof: status {cert.status.value} | objective {value} | best bound {bound} | "
        f"gap {gap_text} | solve {cert.wall_time_s:.3f} s | solver {cert.backend}"
    )


#: Candidate columns that tell layouts apart (``attn_dp``: absent in older tables).
LAYOUT_COLUMNS = ("tp", "pp", "ep", "attn_dp", "stage_layers")


def _space_line(result: PlanResult) -> str:
    """The bounds of the candidate space the proof covers."""
    cand, opts = result.candidates, result.request.planner.candidates
    caps = cand["max_num_seqs"].astype(int)
    tps = sorted({int(t) for t in cand["tp"]})
    extent = (
        "the list, then x1.5 up to each layout's KV cache"
        if opts.max_num_seqs_to_memory
        else "the list; planner.candidates.max_num_seqs_to_memory=true goes on to memory"
    )
    return (
        f"space: {len(cand.groupby([c for c in LAYOUT_COLUMNS if c in cand]))} layouts (TP "
        f"{'/'.join(map(str, tps))}, PP <= {opts.max_pp}), max_num_seqs {caps.min()} to "
        f"{caps.max()} ({extent}), token budget {opts.max_num_batched_tokens}"
    )


def _finite(value: float) -> float | None:
    """A number for plan.json, which must stay standard JSON (no Infinity / NaN)."""
    return value if math.isfinite(value) else None


def _modelled_lines(result: PlanResult) -> list[str]:
    """The mean-value model's figures for the plan and the heuristics."""
    req, stats, best, slo = result.request, result.stats, result.plan, result.request.slo
    offered = req.workload.arrival.rate_per_s or stats.arrival_rate_per_s
    lines = ["", f"Predicted (p{slo.percentile:g}, worst replica group)"]
    table = pd.DataFrame(
        [
            [
                "at SLO capacity",
                f"{best.throughput_per_s:.2f}",
                f"{result.output_tokens_per_s:.0f}",
                *_metrics_cells(best.at_capacity),
            ],
        ]
        + (
            [
                [
                    f"at offered {offered:.2f} req/s",
                    f"{offered:.2f}",
                    f"{offered * stats.mean_output_tokens:.0f}",
                    *_metrics_cells(best.at_offered_load),
                ]
            ]
            if offered and best.at_offered_load
            else []
        ),
        columns=["load", "req/s", "out tok/s", "TTFT", "TPOT", "E2E"],
    )
    lines += ["  " + row for row in table.to_string(index=False).splitlines()]
    lines += ["", "Heuristic plans (same cost model, best max_num_seqs each)"]
    rows = []
    for h in (best, *result.heuristics):
        ratio = (
            h.throughput_per_s / best.throughput_per_s if best.throughput_per_s else float("nan")
        )
        rows.append(
            [
                _milp_label(result) if h is best else h.description,
                groups_text(h.groups) if h.feasible else f"infeasible: {h.note}",
                h.num_gpus,
                f"{h.throughput_per_s:.2f}",
                f"{ratio:.2f}x",
                *_metrics_cells(h.at_capacity),
            ]
        )
    htable = pd.DataFrame(
        rows, columns=["plan", "replicas", "GPUs", "req/s", "vs MILP", "TTFT", "TPOT", "E2E"]
    )
    lines += ["  " + row for row in htable.to_string(index=False).splitlines()]
    return lines


def routing_line(verdict: RunVerdict, router: str) -> str:
    """The whole plan's run behind its router, in one line."""
    return (
        f"  Whole plan behind {router} at {verdict.rate_per_s:.2f} req/s: "
        f"TTFT {fmt_s(verdict.ttft_s)}, TPOT {fmt_s(verdict.tpot_s)}, E2E {fmt_s(verdict.e2e_s)}: "
        + ("meets the SLO" if verdict.meets_slo else "MISSES " + ", ".join(verdict.misses).upper())
    )


def _verification_lines(result: PlanResult) -> list[str]:
    """What the verified search measured and what it proves (``servesolve.verification``)."""
    req, ver, slo = result.request, result.verification, result.request.slo
    assert ver is not None
    check = req.planner.check
    maximize = ver.maximize
    lines = [
        "",
        f"Verified by simulation ({policy_label(check.policy, req.engine)}; p{slo.percentile:g} "
        f"latencies of replication 0 at its capacity, worst config)",
    ]
    capacity_of = result.capacities
    best = capacity_of.get(result.plan.name)
    rows = []
    for summary in (result.plan, *result.heuristics):
        cap = capacity_of.get(summary.name)
        label = "MILP plan (verified)" if summary is result.plan else summary.description
        if cap is None or not summary.groups:
            rows.append([label, summary.note or "infeasible", "-", "-", "-", "-", "-", "-", "-"])
            continue
        runs = [e.at_capacity for e, _ in cap.estimates if e.at_capacity is not None]
        worst = max(runs, key=lambda v: v.e2e_s) if runs else None
        rows.append(
            [
                label,
                groups_text(summary.groups),
                summary.num_gpus,
                f"{cap.mean:.2f}",
                f"[{cap.low:.2f}, {cap.high:.2f}]",
                f"{cap.mean / best.mean:.2f}x" if best and best.mean > 0 else "-",
                *(
                    [fmt_s(worst.ttft_s), fmt_s(worst.tpot_s), fmt_s(worst.e2e_s)]
                    if worst
                    else ["-", "-", "-"]
                ),
            ]
        )
    table = pd.DataFrame(
        rows,
        columns=[
            "plan",
            "replicas",
            "GPUs",
            "capacity req/s",
            f"{check.confidence:.0%} interval",
            "vs plan",
            "TTFT",
            "TPOT",
            "E2E",
        ],
    )
    lines += ["  " + row for row in table.to_string(index=False).splitlines()]
    unit = "req/s" if maximize else "$/h" if req.planner.objective == "min_cost" else "GPUs"
    if maximize:
        claim = (
            f"the plan's SLO capacity is at least {ver.value:.4g} {unit} and no plan in the "
            f"candidate space exceeds {ver.bound:.4g} {unit}"
        )
    else:
        claim = (
            f"the plan costs {ver.value:.4g} {unit} and no plan in the candidate space "
            f"serving the target costs under {ver.bound:.4g} {unit}"
        )
    verdict = (
        f"within ε = {ver.epsilon:.0%} (gap {ver.gap:.1%})"
        if ver.converged
        else f"NOT within ε = {ver.epsilon:.0%}: gap {ver.gap:.1%}"
    )
    lines += [
        f"  Method: {result.capacity_method}.",
        f"  Proven, in the simulator, when each capacity interval holds (each at {check.confidence:.0%}, "
        f"not adjusted for multiplicity) and throughput grows with the batch cap: {claim}; {verdict}.",
        f"  Search: {ver.rounds} round(s), {ver.simulations} simulations in {ver.wall_s:.1f} s; "
        f"{len(ver.estimated)} of {len(ver.lower)} memory-feasible candidates estimated, "
        f"{len(ver.bounded)} bounded by saturated throughput; stopped: {ver.stop_reason}.",
        "  Routing assumption: each replica receives an independent Poisson share of the "
        "traffic in proportion to its capacity (one replica simulated per distinct config).",
    ]
    rc = result.routing_check
    if rc is not None:
        lines.append(routing_line(rc, check.router))
    for v in ver.bound_violations:
        lines.append(f"  warning: saturation bound violated: {v}")
    return lines


def shape_deploy(result: PlanResult, shape: ShapePlan) -> dict[str, list[str]]:
    """A shape's launch commands per engine: vLLM and SGLang (and the run's engine)."""
    if shape.shape != "colocated":
        return shape.deploy
    engines = dict.fromkeys(("vllm", "sglang", result.request.engine.name))
    return {e: deploy_commands(result, engine=e) for e in engines}


def winner_deploy(result: PlanResult) -> tuple[str, list[str]]:
    """The winning shape's commands for the run's engine (vLLM where that engine has no
    commands for the shape), and the engine they are for."""
    if not result.shapes or result.shape == "colocated":
        return result.request.engine.name, deploy_commands(result)
    deploy = result.shapes[0].deploy
    engine = result.request.engine.name if result.request.engine.name in deploy else "vllm"
    return engine, deploy.get(engine, [])


def _shape_lines(result: PlanResult) -> list[str]:
    """The shapes table: each shape's best plan, its ratio to the winner, and why it
    loses."""
    shapes = result.shapes
    if len(shapes) < 2:
        return []
    best = shapes[0]
    objective = result.request.planner.objective
    rows = []
    for s in shapes:
        if objective in ("min_cost", "min_gpus"):
            ratio = (
                f"{s.cost_per_hour_usd / best.cost_per_hour_usd:.2f}x cost"
                if s.feasible and best.cost_per_hour_usd
                else "-"
            )
        else:
            ratio = (
                f"{s.throughput_per_s / best.throughput_per_s:.2f}x"
                if s.feasible and best.throughput_per_s
                else "-"
            )
        rows.append(
            [
                s.shape + (" (best)" if s is best else ""),
                s.layout or "no plan",
                f"{s.throughput_per_s:.2f}" if s.feasible else "-",
                ratio,
                s.num_gpus or "-",
                f"{s.cost_per_hour_usd:.2f}" if s.feasible else "-",
                s.reason or "-",
                s.certificate,
            ]
        )
    table = pd.DataFrame(
        rows,
        columns=["shape", "plan", "req/s", "vs best", "GPUs", "$/h", "loses on", "certificate"],
    )
    lines = [
        "",
        "Shapes (planner.shapes): each shape's best plan on the same cost model; req/s = its SLO-meeting rate, "
        "as simulated where planner.check is on (notes below)",
    ]
    lines += ["  " + row for row in table.to_string(index=False).splitlines()]
    lines += [f"  {s.shape}: {s.note}" for s in shapes if s.note]
    return lines


def render(result: PlanResult, files: list[str] | None = None) -> str:
    """The terminal report of the main job."""
    req, stats, cert, best = result.request, result.stats, result.certificate, result.plan
    slo = req.slo
    bounds = (
        ", ".join(
            f"{name} <= {fmt_s(v)}"
            for name, v in (("TTFT", slo.ttft_s), ("TPOT", slo.tpot_s), ("E2E", slo.e2e_s))
            if v
        )
        or "no latency bound"
    )
    offered = req.workload.arrival.rate_per_s or stats.arrival_rate_per_s
    lines = [
        f"servesolve plan: {req.model.name} on {req.cluster.name} ({req.cluster.num_gpus} x {req.cluster.gpu.name}), "
        f"workload {req.workload.name} ({stats.num_requests} requests, mean in/out {stats.mean_input_tokens:.0f}/"
        f"{stats.mean_output_tokens:.0f} tokens"
        + (f", offered {offered:.2f} req/s" if offered else "")
        + f"), SLO {slo.name} (p{slo.percentile:g}: {bounds})",
        "",
    ]
    if result.shape != "colocated":
        win = result.shapes[0]
        lines += [
            f"Best plan ({req.planner.objective}): {win.shape}, {win.layout}  [{win.num_gpus} of "
            f"{req.planner.gpu_budget or req.cluster.num_gpus} GPUs], {win.throughput_per_s:.2f} req/s, "
            f"{win.certificate}",
            "",
            "The best colocated plan, for comparison:",
        ]
    lines += [
        f"Plan ({req.planner.objective}): {groups_text(best.groups)}  [{best.num_gpus} of "
        f"{req.planner.gpu_budget or req.cluster.num_gpus} GPUs] on {req.engine.label}",
    ]
    for g in best.groups:
        lines.append(
            f"  {g.num_replicas} replica(s) of TP {g.tp} x PP {g.pp} ({g.gpus_per_replica} GPUs each"
            + (
                f"; attention data-parallel over {g.attn_dp} groups of {g.tp // g.attn_dp} GPU(s)"
                if g.attn_dp > 1
                else ""
            )
            + "), "
            f"max_num_seqs {g.max_num_seqs}, max_num_batched_tokens {req.planner.candidates.max_num_batched_tokens}, "
            f"{g.rate_per_s:.2f} req/s each"
        )
    lines += [
        "",
        _proof_line(result),
        f"       {int(result.candidates.feasible.sum())} of {len(result.candidates)} candidate configs feasible, "
        f"priced in {result.pricing_time_s:.2f} s by the {result.cost_model_source}",
        "       " + _space_line(result),
    ]
    if result.verification is not None:
        lines.append(
            "       (the MILP over the candidates' simulated SLO capacities, lower ends; "
            "the verification below says how far any plan could be above it)"
        )
    if cert.status is not SolveStatus.OPTIMAL:
        why = cert.stats.get("note") or f"{cert.backend} stopped before proving optimality"
        lines.append(f"       not proven optimal: {why}; raise solver.time_limit_s for a proof")
    if result.verification is not None:
        lines += _verification_lines(result)
    else:
        lines += _modelled_lines(result)
    if result.checks:
        check = req.planner.check
        lines += [
            "",
            f"Simulated ({policy_label(check.policy, req.engine)}, Poisson arrivals at "
            + (
                "the target rate for the MILP plan, the predicted SLO throughput for the heuristics; "
                if req.planner.objective in ("min_gpus", "min_cost")
                else "each plan's predicted SLO throughput; "
            )
            + f"p{slo.percentile:g}; sim req/s = steady-state completions)",
        ]
        names = {result.plan.name: _milp_label(result)} | {
            h.name: h.description for h in result.heuristics
        }
        srows = [
            [
                names.get(c.plan_name, c.plan_name),
                c.num_requests,
                f"{c.rate_per_s:.2f}",
                f"{c.throughput_per_s:.2f}",
                fmt_s(c.ttft_s),
                fmt_s(c.tpot_s),
                fmt_s(c.e2e_s),
                f"{c.slo_attainment * 100:.1f} %",
                "meets SLO" if c.meets_slo else "MISSES " + ", ".join(c.misses).upper(),
            ]
            for c in result.checks
        ]
        stable = pd.DataFrame(
            srows,
            columns=[
                "plan",
                "requests",
                "offered req/s",
                "sim req/s",
                "TTFT",
                "TPOT",
                "E2E",
                "attained",
                "verdict",
            ],
        )
        lines += ["  " + row for row in stable.to_string(index=False).splitlines()]
        if any(c.replicas_simulated < c.replicas for c in result.checks):
            lines.append(
                f"  plans of more than {WHOLE_PLAN_CHECK_REPLICAS} replicas: one replica per distinct config, "
                "each at its share of the rate (independent Poisson shares in proportion to the modelled "
                "replica rates; a load-aware router only does better); requests = those simulated, "
                "TTFT/TPOT/E2E = the worst config's"
            )
        rounds = result.repairs.get(result.plan.name, 0)
        if result.checks[0].meets_slo and rounds:
            lines.append(
                f"  the model's rates were optimistic for the first choice: after {rounds} simulate-and-re-solve "
                "round(s) (replica rates derated to what the simulator sustains) the plan above meets the SLO"
            )
        challenges = result.repairs.get("challenges", 0)
        if challenges:
            won = result.repairs.get("challenges_won", 0)
            lines.append(
                f"  {challenges} challenger(s) simulated (the MILP with every layout not simulated yet at "
                f"the model's rate, not the derated guess), {won} met the SLO and replaced the plan"
            )
        elif not result.checks[0].meets_slo:
            lines.append(
                f"  warning: the optimum still misses the SLO in simulation after {rounds} re-solve(s); "
                "raise planner.check.repair_rounds or lower planner.candidates.max_utilization"
            )
    lines += _shape_lines(result)
    engine, commands = winner_deploy(result)
    title = ENGINE_TITLES[engine]
    if result.shape == "colocated":
        head = f"Deploy on {title}: {len(commands)} replica(s); put a load balancer in front of their ports"
    else:
        head = f"Deploy the {result.shape} plan on {title}: its servers, then the router in front"
    lines += ["", head]
    lines += ["  " + c for c in commands]
    if files:
        lines += ["", "Wrote " + ", ".join(files)]
    return "\n".join(lines)


def _summary_dict(s: PlanSummary) -> dict[str, Any]:
    return {
        "name": s.name,
        "description": s.description,
        "num_gpus": s.num_gpus,
        "throughput_per_s": s.throughput_per_s,
        "groups": [asdict(g) | {"gpus_per_replica": g.gpus_per_replica} for g in s.groups],
        "at_capacity": asdict(s.at_capacity) if s.at_capacity else None,
        "at_offered_load": asdict(s.at_offered_load) if s.at_offered_load else None,
        "note": s.note,
    }


def _verification_dict(result: PlanResult) -> dict[str, Any] | None:
    """The verified search's figures and claim, for plan.json (None: not verified)."""
    ver = result.verification
    if ver is None:
        return None
    check = result.request.planner.check
    rc = result.routing_check
    return {
        "method": result.capacity_method,
        "epsilon": ver.epsilon,
        "confidence": check.confidence,
        "replications": check.replications,
        "value": ver.value,
        "bound": _finite(ver.bound),
        "gap": _finite(ver.gap),
        "converged": ver.converged,
        "stop_reason": ver.stop_reason,
        "rounds": ver.rounds,
        "simulations": ver.simulations,
        "wall_s": ver.wall_s,
        "estimated": ver.estimated,
        "bounded": ver.bounded,
        "bound_violations": ver.bound_violations,
        "capacities": {name: c.record() for name, c in result.capacities.items()},
        "routing_check": asdict(rc) | {"meets_slo": rc.meets_slo} if rc else None,
    }


def plan_json(result: PlanResult) -> dict[str, Any]:
    """Everything needed to deploy and to reproduce the plan."""
    req, cert = result.request, result.certificate
    return {
        "model": req.model.name,
        "cluster": req.cluster.name,
        "gpu": req.cluster.gpu.name,
        "workload": req.workload.name,
        "slo": asdict(req.slo),
        "choices": req.choices,
        "planner": asdict(req.planner),
        "plan": _summary_dict(result.plan),
        "certificate": {
            "status": cert.status.value,
            "objective": cert.objective,
            "best_bound": _finite(cert.best_bound),
            "gap": _finite(cert.gap),
            "wall_time_s": cert.wall_time_s,
            "backend": cert.backend,
            "stats": cert.stats,
        },
        "heuristics": [_summary_dict(h) for h in result.heuristics],
        "simulation_checks": [asdict(c) | {"meets_slo": c.meets_slo} for c in result.checks],
        "verification": _verification_dict(result),
        "workload_stats": asdict(result.stats),
        "engine": asdict(req.engine),
        "cost_model": result.cost_model_source,
        "shape": result.shape,
        "shapes": [s.to_json() | {"deploy": shape_deploy(result, s)} for s in result.shapes],
        "deploy_commands": winner_deploy(result)[1],
    } | _winner_pools(result)


def _winner_pools(result: PlanResult) -> dict[str, Any]:
    """A disaggregated winner's pools, where ``servesolve simulate plan=`` reads them."""
    if result.shape != "disaggregated":
        return {}
    return {"disaggregation": result.shapes[0].detail["disaggregation"]}


def result_row(result: PlanResult) -> pd.DataFrame:
    """One tidy row: the config fields as columns, then the outcome."""
    req, cert, best = result.request, result.certificate, result.plan
    row: dict[str, Any] = {f"choice_{k}": v for k, v in req.choices.items()}
    row |= {
        "model": req.model.name,
        "cluster": req.cluster.name,
        "gpu": req.cluster.gpu.name,
        "num_gpus_cluster": req.cluster.num_gpus,
        "workload": req.workload.name,
        "slo": req.slo.name,
        "slo_percentile": req.slo.percentile,
        "slo_ttft_s": req.slo.ttft_s,
        "slo_tpot_s": req.slo.tpot_s,
        "slo_e2e_s": req.slo.e2e_s,
        "engine": req.engine.name,
        "engine_version": req.engine.version,
        "cost_model": result.cost_model_source,
        "objective": req.planner.objective,
        "gpu_budget": req.planner.gpu_budget or req.cluster.num_gpus,
        "solver": cert.backend,
        "status": cert.status.value,
        "objective_value": cert.objective,
        "best_bound": cert.best_bound,
        "gap": cert.gap,
        "solve_time_s": cert.wall_time_s,
        "pricing_time_s": result.pricing_time_s,
        "shape": result.shape,
        "plan": groups_text(best.groups),
        "num_gpus": best.num_gpus,
        "throughput_per_s": best.throughput_per_s,
        "output_tokens_per_s": result.output_tokens_per_s,
        "ttft_s": best.at_capacity.ttft_s if best.at_capacity else None,
        "tpot_s": best.at_capacity.tpot_s if best.at_capacity else None,
        "e2e_s": best.at_capacity.e2e_s if best.at_capacity else None,
    }
    for sh in result.shapes:
        row[f"shape_{sh.shape}_plan"] = sh.layout
        row[f"shape_{sh.shape}_throughput_per_s"] = sh.throughput_per_s
        row[f"shape_{sh.shape}_num_gpus"] = sh.num_gpus
        row[f"shape_{sh.shape}_reason"] = sh.reason
    for h in result.heuristics:
        row[f"{h.name}_plan"] = groups_text(h.groups)
        row[f"{h.name}_throughput_per_s"] = h.throughput_per_s
    ver = result.verification
    if ver is not None:
        row |= {
            "verified_value": ver.value,
            "verified_bound": ver.bound,
            "verified_gap": ver.gap,
            "verified_epsilon": ver.epsilon,
            "verified_converged": ver.converged,
            "verified_simulations": ver.simulations,
            "verified_wall_s": ver.wall_s,
        }
        for name, cap in result.capacities.items():
            row[f"{name}_capacity_per_s"] = cap.mean
            row[f"{name}_capacity_low_per_s"] = cap.low
            row[f"{name}_capacity_high_per_s"] = cap.high
    for c in result.checks:
        prefix = "sim" if c.plan_name == best.name else f"{c.plan_name}_sim"
        row[f"{prefix}_throughput_per_s"] = c.throughput_per_s
        row[f"{prefix}_ttft_s"] = c.ttft_s
        row[f"{prefix}_tpot_s"] = c.tpot_s
        row[f"{prefix}_e2e_s"] = c.e2e_s
        row[f"{prefix}_slo_attainment"] = c.slo_attainment
        row[f"{prefix}_meets_slo"] = c.meets_slo
    return pd.DataFrame([row])
