"""What ``servesolve plan`` shows and writes for a fleet plan.

:func:`fleet_output` plans a fleet (``FleetRequest.from_config`` ->
``fleet_planning.plan_fleet``) and returns its files and report: the terminal text
(:func:`render_fleet`), plan.json (:func:`fleet_json`), result.csv (:func:`fleet_row`),
candidates.csv (:func:`candidates_table`), deploy.yaml (:func:`fleet_manifest_yaml`), and,
with pictures, cost_curve.csv and cost_curve.png (:func:`curve_png`).
:func:`launch_commands` places every replica on its pool's nodes and writes the engine's
server command for it; :func:`fleet_manifest` writes the same commands as Kubernetes
Deployments pinned to their GPU type, with a Service per workload.
"""

from __future__ import annotations

import io
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from typing import Any

import pandas as pd

from servesolve.fleet_deploy import fleet_manifest_yaml, launch_commands
from servesolve.fleet_planning import FleetResult, group_layout, plan_fleet, plan_text, pools_of
from servesolve.fleet_request import FleetRequest
from servesolve.output import Output
from servesolve.report import ENGINE_TITLES, fmt_s
from servesolve.solver import SolveStatus
from servesolve.specs import SloSpec

#: Served traffic below this share of a target counts as not served (solver tolerances).
SERVED_RTOL = 1e-6


def _proven(result: FleetResult) -> bool:
    return result.solution.certificate.status is SolveStatus.OPTIMAL


def _gpus_line(result: FleetResult) -> str:
    used = result.instance.gpus_by_type(result.plan.replicas)
    return ", ".join(f"{t} {used[t]} of {p.num_gpus}" for t, p in pools_of(result))


def _gap_text(gap: float) -> str:
    """The relative gap in per cent; a gap too small for 4 decimals in 3 significant digits."""
    if not math.isfinite(gap):
        return "unknown"
    return f"{gap * 100:.4f} %" if gap == 0 or gap >= 1e-6 else f"{gap * 100:.3g} %"


def _objective_text(result: FleetResult, value: float) -> str:
    if not math.isfinite(value):
        return "none"
    if result.request.objective == "min_cost":
        return f"{value:.6g} $/h"
    eps = result.instance.tie_break
    return f"{value:.6g} weighted req/h (less {eps:.3g} x $/h)"


def _traffic_text(row: pd.Series, buckets: Sequence[str]) -> str:
    return ", ".join(
        f"{k} {float(row.get(f'rate_per_s[{k}]', 0.0) or 0.0):.2f}"
        for k in buckets
        if float(row.get(f"rate_per_s[{k}]", 0.0) or 0.0) > 0
    )


def _slo_text(slo: SloSpec) -> str:
    bounds = ", ".join(
        f"{name} <= {fmt_s(v)}"
        for name, v in (("TTFT", slo.ttft_s), ("TPOT", slo.tpot_s), ("E2E", slo.e2e_s))
        if v
    )
    return f"SLO {slo.name} (p{slo.percentile:g}: {bounds or 'no latency bound'})"


def _curve_lines(result: FleetResult) -> list[str]:
    curve = result.curve
    if curve.empty:
        return []
    table = pd.DataFrame(
        {
            "scale": [f"{s:g}x" for s in curve["scale"]],
            "target req/s": [f"{r:.2f}" for r in curve["target_rate_per_s"]],
            "$/h": [f"{c:.2f}" if math.isfinite(c) else "-" for c in curve["cost_usd_per_hour"]],
            "GPUs": [
                " + ".join(
                    f"{int(row[f'gpus[{t}]'])} {t}"
                    for t, _ in pools_of(result)
                    if math.isfinite(row[f"gpus[{t}]"]) and row[f"gpus[{t}]"] > 0
                )
                or "-"
                for _, row in curve.iterrows()
            ],
            "status": [
                s if s != "feasible" else f"feasible, gap {g * 100:.2f} %"
                for s, g in zip(curve["status"], curve["gap"], strict=True)
            ],
        }
    )
    return [
        "",
        "Cost against served rate (min_cost re-solved with every target scaled, no budget; "
        "cost_curve.png)",
        *("  " + line for line in table.to_string(index=False).splitlines()),
    ]


def render_fleet(result: FleetResult, files: list[str] | None = None) -> str:
    """The terminal report of a fleet plan."""
    req, inst, cert = result.request, result.instance, result.solution.certificate
    tab = inst.tables
    pools = ", ".join(
        f"{p.num_gpus} x {t} at {p.gpu.price_per_gpu_hour_usd:g} $/GPU-h"
        for t, p in pools_of(result)
    )
    lines = [
        f"servesolve plan (fleet): {len(req.workloads)} workload(s) on {req.cluster.name} ({pools})"
    ]
    for w in req.workloads:
        s = result.stats[w.name]
        shares = ", ".join(
            f"{k} {float(inst.buckets.loc[(w.name, k), 'share']):.0%}" for k in tab.buckets[w.name]
        )
        lines.append(
            f"  {w.name}: workload {w.workload.name} ({s.num_requests} requests, mean in/out "
            f"{s.mean_input_tokens:.0f}/{s.mean_output_tokens:.0f} tokens), {_slo_text(w.slo)}, "
            f"target {tab.target[w.name]:.2f} req/s"
            + (f", weight {w.weight:g}" if w.weight != 1 else "")
            + f"; length buckets {shares}"
        )
    served = result.served_per_s()
    total_target = sum(tab.target.values())
    budget = req.budget_usd_per_hour
    lines += [
        "",
        f"Fleet ({req.planner_objective}"
        + (f", budget {budget:g} $/h" if budget is not None else "")
        + ("" if _proven(result) else "; not proven optimal")
        + f"): {result.cost_usd_per_hour:.2f} $/h, "
        f"{sum(inst.gpus_by_type(result.plan.replicas).values())} GPUs ({_gpus_line(result)}), "
        f"serves {sum(served.values()):.2f} of {total_target:.2f} req/s on {req.engine.label}",
    ]
    groups = result.groups()
    if groups.empty:
        lines.append("  no replicas: nothing fits the budget")
    else:
        table = pd.DataFrame(
            {
                "GPU type": groups["gpu_type"],
                "workload": groups["workload"],
                "replicas": groups["replicas"].astype(int),
                "config": [group_layout(r) for r in groups.itertuples()],
                "GPUs": groups["num_gpus"].astype(int),
                "$/h": [f"{c:.2f}" for c in groups["cost_usd_per_hour"]],
                "req/s": [f"{r:.2f}" for r in groups["rate_per_s"]],
                "load": [f"{x:.0%}" for x in groups["load"]],
                "req/s per length bucket": [
                    _traffic_text(row, tab.buckets[row["workload"]]) for _, row in groups.iterrows()
                ],
            }
        )
        lines += ["  " + line for line in table.to_string(index=False).splitlines()]
    short = [
        f"{w} {served[w]:.2f} of {tab.target[w]:.2f}"
        for w in tab.workloads
        if served[w] < tab.target[w] * (1 - SERVED_RTOL)
    ]
    if short:
        lines.append("  served below target (req/s): " + "; ".join(short))
    gap = result.solution.gap
    backend_note = (
        "named on the command line"
        if req.solver_named
        else "the fleet MILP's default; solver=NAME picks another"
    )
    cand = req.candidates
    tps = sorted({int(t) for t in inst.configs["tp"]})
    lines += [
        "",
        f"Proof: status {cert.status.value} | objective {_objective_text(result, cert.objective)} | "
        f"best bound {_objective_text(result, cert.best_bound)} | gap "
        + _gap_text(gap)
        + f" | solve {cert.wall_time_s:.3f} s | solver {cert.backend} ({backend_note})",
        f"       {len(inst.configs)} configs x length buckets ({len(inst.rates)} rates) priced "
        f"in {result.pricing_time_s:.2f} s by the roofline cost model: TP "
        f"{'/'.join(map(str, tps))} inside a node, PP 1, max_num_seqs "
        f"{'/'.join(map(str, cand.max_num_seqs))}, token budget {cand.max_num_batched_tokens}; "
        "fleet plans are not simulated",
    ]
    if not _proven(result):
        why = cert.stats.get("note") or f"{cert.backend} stopped before proving optimality"
        lines.append(
            f"       not proven optimal: {why}; raise solver.time_limit_s, or drop solver= "
            "for HiGHS"
        )
    lines += _curve_lines(result)
    commands = launch_commands(result)
    count = sum(len(c) for c in commands.values())
    lines += [
        "",
        f"Deploy on {ENGINE_TITLES[req.engine.name]}: {count} replica(s); route each "
        "workload's requests to the ports marked with its name",
    ]
    for gpu_type, pool in pools_of(result):
        lines.append(
            f"  {gpu_type} ({pool.num_nodes} node(s) x {pool.gpus_per_node}): "
            + (f"{len(commands[gpu_type])} replica(s)" if commands[gpu_type] else "unused")
        )
        lines += ["    " + c for c in commands[gpu_type]]
    if files:
        lines += ["", "Wrote " + ", ".join(files)]
    return "\n".join(lines)


def _finite(value: float) -> float | None:
    return value if isinstance(value, int | float) and math.isfinite(value) else None


def fleet_json(result: FleetResult) -> dict[str, Any]:
    """Everything needed to deploy and to reproduce the fleet plan."""
    req, inst, cert = result.request, result.instance, result.solution.certificate
    tab = inst.tables
    served = result.served_per_s()
    used = inst.gpus_by_type(result.plan.replicas)
    groups = result.groups()
    group_rows = []
    for _, row in groups.iterrows():
        buckets = tab.buckets[row["workload"]]
        group_rows.append(
            {
                "gpu_type": row["gpu_type"],
                "workload": row["workload"],
                "config": row["config"],
                "tp": int(row["tp"]),
                "pp": int(row["pp"]),
                "max_num_seqs": int(row["max_num_seqs"]),
                "replicas": int(row["replicas"]),
                "gpus_per_replica": int(row["gpus_per_replica"]),
                "num_gpus": int(row["num_gpus"]),
                "cost_usd_per_hour": float(row["cost_usd_per_hour"]),
                "rate_per_s": float(row["rate_per_s"]),
                "traffic_per_s": {
                    k: float(row.get(f"rate_per_s[{k}]", 0.0) or 0.0) for k in buckets
                },
                "replica_rate_per_s": {
                    k: tab.rate[(row["gpu_type"], row["workload"], row["config"], k)]
                    for k in buckets
                },
                "load": float(row["load"]),
            }
        )
    return {
        "kind": "fleet",
        "cluster": {
            "name": req.cluster.name,
            "source": req.cluster.source,
            "pools": [
                {
                    "gpu": t,
                    "num_nodes": p.num_nodes,
                    "gpus_per_node": p.gpus_per_node,
                    "num_gpus": p.num_gpus,
                    "price_per_gpu_hour_usd": p.gpu.price_per_gpu_hour_usd,
                    "gpus_used": used[t],
                }
                for t, p in pools_of(result)
            ],
        },
        "choices": req.choices,
        "objective": req.planner_objective,
        "formulation_objective": req.objective,
        "budget_usd_per_hour": req.budget_usd_per_hour,
        "workloads": [
            {
                "name": w.name,
                "model": w.model.name,
                "workload": w.workload.name,
                "slo": asdict(w.slo),
                "weight": w.weight,
                "target_rate_per_s": tab.target[w.name],
                "served_rate_per_s": served[w.name],
                "buckets": [
                    {
                        "bucket": k,
                        "max_tokens": int(k[2:]),
                        "share": float(inst.buckets.loc[(w.name, k), "share"]),
                        "target_rate_per_s": tab.demand[w.name, k],
                        "served_rate_per_s": float(
                            sum(
                                x
                                for (_, ww, _, kk), x in result.plan.traffic_per_s.items()
                                if ww == w.name and kk == k
                            )
                        ),
                    }
                    for k in tab.buckets[w.name]
                ],
                "stats": asdict(result.stats[w.name]),
            }
            for w in req.workloads
        ],
        "fleet": {
            "cost_usd_per_hour": result.cost_usd_per_hour,
            "num_gpus": sum(used.values()),
            "served_rate_per_s": sum(served.values()),
            "groups": group_rows,
        },
        "certificate": {
            "status": cert.status.value,
            "objective": _finite(cert.objective),
            "best_bound": _finite(cert.best_bound),
            "gap": _finite(result.solution.gap),
            "wall_time_s": cert.wall_time_s,
            "backend": cert.backend,
            "backend_chosen_by": "command line" if req.solver_named else "fleet default",
            "tie_break_per_usd_per_hour": inst.tie_break,
            "stats": cert.stats,
        },
        "candidates": asdict(req.candidates),
        "num_buckets": req.num_buckets,
        "engine": asdict(req.engine),
        "cost_model": "roofline",
        "pricing_time_s": result.pricing_time_s,
        "cost_curve": json.loads(result.curve.to_json(orient="records")),
        "deploy_commands": launch_commands(result),
    }


def fleet_row(result: FleetResult) -> pd.DataFrame:
    """One tidy row: the run's choices and settings, then the outcome."""
    req, inst, cert = result.request, result.instance, result.solution.certificate
    tab = inst.tables
    used = inst.gpus_by_type(result.plan.replicas)
    row: dict[str, Any] = {f"choice_{k}": v for k, v in req.choices.items()}
    row |= {
        "kind": "fleet",
        "cluster": req.cluster.name,
        "gpu_types": "+".join(t for t, _ in pools_of(result)),
        "num_gpus_cluster": req.cluster.num_gpus,
        "workloads": ";".join(w.name for w in req.workloads),
        "slos": ";".join(w.slo.name for w in req.workloads),
        "engine": req.engine.name,
        "engine_version": req.engine.version,
        "cost_model": "roofline",
        "objective": req.planner_objective,
        "budget_usd_per_hour": req.budget_usd_per_hour,
        "num_buckets": req.num_buckets,
        "solver": cert.backend,
        "status": cert.status.value,
        "objective_value": cert.objective,
        "best_bound": cert.best_bound,
        "gap": result.solution.gap,
        "solve_time_s": cert.wall_time_s,
        "pricing_time_s": result.pricing_time_s,
        "plan": plan_text(result),
        "cost_usd_per_hour": result.cost_usd_per_hour,
        "num_gpus": sum(used.values()),
        "target_rate_per_s": sum(tab.target.values()),
        "served_rate_per_s": sum(result.served_per_s().values()),
    }
    for t, _ in pools_of(result):
        row[f"gpus_{t}"] = used[t]
    return pd.DataFrame([row])


def candidates_table(result: FleetResult) -> pd.DataFrame:
    """Every priced (GPU type, workload, config, bucket): layout, rate and memory."""
    inst = result.instance
    return inst.rates.join(inst.configs, how="left").reset_index()


def curve_png(result: FleetResult) -> bytes:
    """The cost curve as a PNG: min_cost $/h against the target rate, the plan starred."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import seaborn as sns

    req, curve = result.request, result.curve
    points = curve[curve["cost_usd_per_hour"].notna()]
    fig, ax = plt.subplots(figsize=(8.0, 4.8))
    sns.lineplot(
        data=points,
        x="target_rate_per_s",
        y="cost_usd_per_hour",
        marker="o",
        color="0.3",
        ax=ax,
        label="least cost serving every target x scale",
    )
    for _, p in points.iterrows():
        ax.annotate(
            f"{p['scale']:g}x" + ("" if p["status"] == "optimal" else " (not proven)"),
            (p["target_rate_per_s"], p["cost_usd_per_hour"]),
            xytext=(4, -12),
            textcoords="offset points",
            fontsize=7,
        )
    served = sum(result.served_per_s().values())
    ax.scatter(
        [served],
        [result.cost_usd_per_hour],
        marker="*",
        s=320,
        color="crimson",
        edgecolor="black",
        zorder=5,
        label=f"chosen plan ({req.planner_objective})",
    )
    if req.budget_usd_per_hour is not None:
        ax.axhline(req.budget_usd_per_hour, color="crimson", ls="--", lw=1, label="budget")
    ax.set_xlabel("served req/s (all workloads)")
    ax.set_ylabel("fleet cost ($/h)")
    ax.set_title(
        f"{req.cluster.name}: {', '.join(w.name for w in req.workloads)}",
        fontsize=10,
    )
    ax.legend(fontsize=8, loc="upper left")
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    plt.close(fig)
    return buffer.getvalue()


def fleet_output(
    cfg: Mapping[str, Any],
    choices: Mapping[str, str],
    config_yaml: str,
    solver_named: bool = False,
) -> Output:
    """The files and the report of ``servesolve plan`` on a fleet request."""
    result = plan_fleet(FleetRequest.from_config(cfg, choices, solver_named))
    files: dict[str, str | bytes] = {
        "plan.json": json.dumps(fleet_json(result), indent=2, default=str) + "\n",
        "result.csv": fleet_row(result).to_csv(index=False),
        "candidates.csv": candidates_table(result).to_csv(index=False),
        "config.yaml": config_yaml,
        "deploy.yaml": fleet_manifest_yaml(result),
    }
    if result.request.pictures:
        files["cost_curve.csv"] = result.curve.to_csv(index=False)
        files["cost_curve.png"] = curve_png(result)
    return Output(files, lambda written: render_fleet(result, written))


__all__ = [
    "SERVED_RTOL",
    "candidates_table",
    "curve_png",
    "fleet_json",
    "fleet_output",
    "fleet_row",
    "launch_commands",
    "render_fleet",
]
