"""``servesolve replan plan=PATH workload=NEW``: re-plan a deployed plan for a new length
distribution and say what the deployed plan loses under it.

The plan is a plan.json written by ``servesolve plan``; the model, cluster, SLO, engine,
solver and planner settings it was made with are read from the ``config.yaml`` that run
wrote beside it (the plan.json names them, the config.yaml holds them whole). Only the
workload changes.

* A colocated plan (``plan.groups``) is re-planned by the planner itself
  (``planning.plan`` on the new workload, the colocated shape only; ``check=false``, the
  default, re-solves over the mean-value model's rates without the simulator check).
  The deployed replicas are re-priced, config by config, under the old and the new
  lengths with the same cost model (``candidates.price_config``): their modelled
  SLO-meeting rate, or the constraint they break.
* An ExeGPT plan (a ``ShapePlan`` of shape ``exegpt``: ``plan`` itself, or the first of
  ``shapes``, or the one ``shape=exegpt`` names) is re-solved by ``exegpt_shape.replan``:
  every group size again, the deployed size warm-started from the deployed schedule
  (``formulations.exegpt.replan``), and the deployed schedule scored on the new instance.

Timings: the re-solve's wall time (pricing and MILPs; for a colocated plan also the
simulator check when ``check=true``), and the whole command's (since its process
started, where the platform says; else since the plan was read).
"""

from __future__ import annotations

import json
import math
import os
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

import pandas as pd
import yaml
from pydantic import Field
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve import exegpt_deploy, exegpt_group, exegpt_shape
from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import ReplicaConfig
from servesolve.errors import SpecError
from servesolve.formulations.candidates import price_config
from servesolve.output import Output
from servesolve.plan_request import PlanRequest
from servesolve.planning import plan, request_cost_model
from servesolve.report import deploy_commands, fmt_s, plan_json
from servesolve.shapes import Shape
from servesolve.solver import SolveStatus
from servesolve.specs.validation import SPEC_CONFIG, parse_spec
from servesolve.workloads import sample_requests

#: ``schema`` of replan.json.
SCHEMA = "servesolve.replan/1"
#: Shapes whose plans ``servesolve replan`` re-plans.
REPLANNED_SHAPES = ("colocated", "exegpt")
#: Keys of a colocated plan's replica groups that replan reads.
GROUP_KEYS = ("tp", "pp", "max_num_seqs", "num_replicas")


@spec_dataclass(config=SPEC_CONFIG)
class ReplanOptions:
    """The ``replan`` settings of conf/replan.yaml."""

    shape: Shape | None = Field(
        default=None,
        description="the shape to re-plan (default: the plan.json's deployed plan)",
    )
    check: bool = Field(
        default=False,
        description="colocated: also run the plan's simulator check (planner.check) on the new plan",
    )


@dataclass(frozen=True)
class ReplanRequest:
    """A validated ``servesolve replan`` run.

    ``old``: the plan's request (its config.yaml); ``new``: the same with the new workload
    (and, for a colocated plan, the colocated shape only and ``planner.check.enabled`` =
    ``options.check``). ``deployed``: the plan.json's colocated plan summary or the
    ExeGPT ``ShapePlan`` as JSON.
    """

    plan_file: Path
    data: dict[str, Any]
    shape: str
    deployed: dict[str, Any]
    old: PlanRequest
    new: PlanRequest
    options: ReplanOptions

    @classmethod
    def from_config(cls, cfg: dict[str, Any]) -> ReplanRequest:
        try:
            options = parse_spec(
                ReplanOptions, {k: cfg.get(k) for k in ("shape", "check") if k in cfg}, "replan"
            )
        except SpecError as exc:  # the settings are top-level keys: shape=, check=
            plain = exc.field.removeprefix("replan.")
            raise SpecError(plain, exc.problem, exc.fix.replace(exc.field, plain)) from None
        if not cfg.get("plan"):
            raise SpecError(
                "plan", "is required", "pass plan=PATH/plan.json (written by servesolve plan)"
            )
        if not cfg.get("workload"):
            raise SpecError(
                "workload",
                "is required",
                "pass workload=NAME, the new workload (a conf/workload entry)",
            )
        file = Path(str(cfg["plan"])).expanduser()
        if not file.is_file():
            raise SpecError(
                "plan", f"no file at '{file}'", "give the plan.json a `servesolve plan` run wrote"
            )
        data = _read_plan(file)
        shape, deployed = _deployed(data, file, options.shape)
        config = _read_config(file, data)
        choices = data.get("choices") if isinstance(data.get("choices"), dict) else {}
        try:
            old = PlanRequest.from_config(config, choices)
        except SpecError as exc:
            raise SpecError(
                "plan", f"the config.yaml beside '{file}' does not validate ({exc})", exc.fix
            ) from None
        planner = dict(config.get("planner") or {})
        if shape == "colocated":
            check = dict(planner.get("check") or {}) | {"enabled": options.check}
            planner |= {"shapes": ["colocated"], "check": check, "pictures": False}
        new_choices = dict(choices) | {"workload": str(cfg["workload"].get("name", "workload"))}
        new = PlanRequest.from_config(
            config | {"workload": cfg["workload"], "planner": planner}, new_choices
        )
        return cls(file, data, shape, deployed, old, new, options)

    @property
    def gpu_budget(self) -> int:
        return self.new.planner.gpu_budget or self.new.cluster.num_gpus


def _refuse(file: Path, problem: str) -> SpecError:
    return SpecError(
        "plan",
        f"'{file}' {problem}, so it is not a plan.json servesolve replan can read",
        "give the plan.json a `servesolve plan` run wrote",
    )


def _read_plan(file: Path) -> dict[str, Any]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise _refuse(file, "is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise _refuse(file, f"is not JSON (line {exc.lineno}: {exc.msg})") from None
    if not isinstance(data, dict):
        raise _refuse(file, f"holds a JSON {type(data).__name__}, not an object")
    missing = [k for k in ("model", "cluster", "plan") if k not in data]
    if missing:
        raise _refuse(file, f"has no key {', '.join(repr(k) for k in missing)}")
    return data


def _shape_of(entry: Any) -> str | None:
    return entry.get("shape") if isinstance(entry, dict) else None


def _deployed(data: dict[str, Any], file: Path, wanted: str | None) -> tuple[str, dict[str, Any]]:
    """Which plan of the plan.json to re-plan, and its JSON (unknown schema: SpecError)."""
    plan_entry = data["plan"]
    listed = [s for s in data.get("shapes") or [] if isinstance(s, dict) and "shape" in s]
    if wanted is None:
        if _shape_of(plan_entry) and "detail" in plan_entry:
            wanted = plan_entry["shape"]  # the plan is itself a ShapePlan
        elif listed:
            wanted = listed[0]["shape"]  # the winner comes first
        elif isinstance(plan_entry, dict) and "groups" in plan_entry:
            wanted = "colocated"
        else:
            raise _refuse(file, "has an unknown schema (no 'plan.groups', no 'shapes')")
    if wanted not in REPLANNED_SHAPES:
        raise SpecError(
            "shape",
            f"the plan of '{file}' to re-plan is a {wanted} plan, and replan re-plans "
            f"{' and '.join(REPLANNED_SHAPES)} plans",
            "pass shape=colocated or shape=exegpt to re-plan one the plan.json lists",
        )
    if wanted == "colocated":
        groups = plan_entry.get("groups") if isinstance(plan_entry, dict) else None
        ok = (
            isinstance(groups, list)
            and groups
            and all(isinstance(g, dict) and all(k in g for k in GROUP_KEYS) for g in groups)
        )
        if not ok:
            raise _refuse(file, "has no colocated replica groups ('plan.groups' with tp, pp, ...)")
        return "colocated", plan_entry
    candidates = [plan_entry, *listed] if _shape_of(plan_entry) else listed
    entry = next((s for s in candidates if s.get("shape") == "exegpt"), None)
    if entry is None or not entry.get("layout"):
        raise SpecError(
            "shape",
            f"'{file}' holds no exegpt plan",
            "plan with planner.shapes=[exegpt] (and an SLO it can meet), or pass shape=colocated",
        )
    try:
        exegpt_deploy.deployment_from_detail(entry.get("detail") or {})
    except ValueError as exc:
        raise _refuse(file, f"has an exegpt plan whose {exc}") from None
    return "exegpt", entry


def _read_config(file: Path, data: dict[str, Any]) -> dict[str, Any]:
    """The config.yaml of the plan's run, which must describe the plan's model and cluster."""
    path = file.parent / "config.yaml"
    fix = "replan the plan.json inside the run folder servesolve plan wrote (it holds config.yaml)"
    if not path.is_file():
        raise SpecError(
            "plan",
            f"no config.yaml beside '{file}': it holds the model, cluster, SLO and engine the "
            "plan was made for",
            fix,
        )
    try:
        config = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        raise SpecError("plan", f"'{path}' is not YAML ({str(exc).splitlines()[0]})", fix) from None
    if not isinstance(config, dict) or not all(
        isinstance(config.get(k), dict) for k in ("model", "cluster", "slo")
    ):
        raise SpecError("plan", f"'{path}' is not a servesolve plan config", fix)
    names = (config["model"].get("name"), config["cluster"].get("name"))
    if names != (data.get("model"), data.get("cluster")):
        raise SpecError(
            "plan",
            f"'{path}' is for {names[0]} on {names[1]}, but '{file}' for "
            f"{data.get('model')} on {data.get('cluster')}",
            fix,
        )
    return config


# ---------------------------------------------------------------------------- re-planning


@dataclass(frozen=True)
class DeployedScore:
    """The deployed plan under one length distribution (modelled)."""

    throughput_per_s: float
    breaks: tuple[str, ...]  # constraints broken (empty: it serves at that rate)
    binding: str = ""  # what sets the rate when it serves (a bound, or the load cap)


@dataclass(frozen=True)
class ReplanResult:
    """What ``servesolve replan`` found.

    ``resolve_wall_s``: wall time of the re-solve; ``timings``: its parts (seconds).
    ``new_plan``: the new plan as plan.json writes it (colocated) or as a ShapePlan.
    """

    request: ReplanRequest
    old_stats: WorkloadStats
    new_stats: WorkloadStats
    old_layout: str
    old_num_gpus: int
    old_recorded_per_s: float
    old_before: DeployedScore | None
    old_after: DeployedScore
    new_layout: str
    new_num_gpus: int
    new_per_s: float
    new_certificate: str
    new_proven: bool
    resolve_wall_s: float
    timings: dict[str, float]
    new_plan: dict[str, Any]
    deploy: list[str]
    notes: tuple[str, ...] = ()
    command_wall_s: float = math.nan
    extra: dict[str, Any] = field(default_factory=dict)
    timing_text: str = ""  # the re-solve's parts, for the terminal


def _binding(row: dict[str, Any], request: PlanRequest) -> str:
    """Which bound sets a priced replica's SLO-meeting rate."""
    slo = request.slo
    cap = request.planner.candidates.max_utilization * row["capacity_per_s"]
    if row["rate_per_s"] >= cap * (1 - 1e-6):
        return f"the {request.planner.candidates.max_utilization:.0%} load cap"
    ratios = {
        name: row[f"{name}_s"] / bound
        for name, bound in (("ttft", slo.ttft_s), ("tpot", slo.tpot_s), ("e2e", slo.e2e_s))
        if bound is not None and math.isfinite(row[f"{name}_s"])
    }
    if not ratios:
        return ""
    name = max(ratios, key=ratios.get)
    return f"p{slo.percentile:g} {name.upper()} {fmt_s(row[f'{name}_s'])}"


def _score_groups(
    request: PlanRequest, groups: list[dict[str, Any]], stats: WorkloadStats
) -> DeployedScore:
    """The colocated replicas priced under ``stats`` (the planner's own pricing)."""
    cost_model = request_cost_model(request)
    total, broken, binding = 0.0, [], []
    for g in groups:
        split = g.get("stage_layers")
        config = ReplicaConfig(
            int(g["tp"]),
            int(g["pp"]),
            int(g.get("ep", 1)),
            tuple(split) if split else None,
            attn_dp=int(g.get("attn_dp", 1)),
        )
        row = price_config(
            request.model,
            request.cluster,
            stats,
            request.slo,
            request.planner.candidates,
            cost_model,
            config,
            int(g["max_num_seqs"]),
        )
        label = f"TP{config.tp}xPP{config.pp} b{g['max_num_seqs']}"
        if row["feasible"]:
            total += row["rate_per_s"] * int(g["num_replicas"])
            binding.append(f"{label}: {_binding(row, request)}")
        else:
            best = " ".join(
                f"{m.upper()} {fmt_s(row[f'op_{m}_s'])}"
                for m in ("ttft", "tpot", "e2e")
                if math.isfinite(row[f"op_{m}_s"])
            )
            why = row["reason"] + (
                f" (at 95 % load: {best})" if row["reason"].startswith("slo") else ""
            )
            broken.append(f"{label}: {why}")
    if broken:
        return DeployedScore(0.0, tuple(broken))
    return DeployedScore(total, (), "; ".join(binding))


def _layout(groups: list[dict[str, Any]]) -> str:
    """A plan.json's groups, as every output names them (``ReplicaConfig.layout_text``)."""
    return " + ".join(
        f"{g['num_replicas']} x "
        + ReplicaConfig(
            int(g["tp"]), int(g["pp"]), int(g.get("ep", 1)), None, int(g.get("attn_dp", 1))
        ).layout_text()
        + f" b{g['max_num_seqs']}"
        for g in groups
    )


def _old_stats(request: ReplanRequest) -> WorkloadStats:
    raw = request.data.get("workload_stats")
    if isinstance(raw, dict):
        try:
            return WorkloadStats(**raw)
        except TypeError:
            pass
    old = request.old
    return WorkloadStats.from_requests(sample_requests(old.workload), old.slo.quantile)


def _replan_colocated(request: ReplanRequest) -> ReplanResult:
    start = time.perf_counter()
    result = plan(request.new)
    wall = time.perf_counter() - start
    groups = request.deployed["groups"]
    old_stats = _old_stats(request)
    cert = result.certificate
    proven = cert.status is SolveStatus.OPTIMAL
    best = result.plan
    timings = {
        "pricing_s": result.pricing_time_s,
        "milp_s": cert.wall_time_s,
        "other_s": max(0.0, wall - result.pricing_time_s - cert.wall_time_s),
    }
    other = (
        "simulator check, sampling, heuristics" if request.options.check else "sampling, heuristics"
    )
    timing_text = (
        f"pricing {timings['pricing_s']:.2f} s, MILP {timings['milp_s']:.3f} s, "
        f"{other} {timings['other_s']:.2f} s"
    )
    new_layout = _layout(
        [
            {
                "num_replicas": g.num_replicas,
                "tp": g.tp,
                "pp": g.pp,
                "ep": g.ep,
                "attn_dp": g.attn_dp,
                "max_num_seqs": g.max_num_seqs,
            }
            for g in best.groups
        ]
    )
    gap = f"{cert.gap:.2%}" if math.isfinite(cert.gap) else "unknown"
    bound = f"{cert.best_bound:.6g}" if math.isfinite(cert.best_bound) else "none"
    certificate = (
        f"status {cert.status.value} | objective {cert.objective:.6g} | best bound {bound} | "
        f"gap {gap} | solver {cert.backend}"
    )
    notes = []
    if not request.options.check:
        notes.append(
            "the new plan is the MILP over the mean-value model's rates (check=false: no "
            "simulator check); the old plan is priced by the same model"
        )
    return ReplanResult(
        request=request,
        old_stats=old_stats,
        new_stats=result.stats,
        old_layout=_layout(groups),
        old_num_gpus=sum(int(g["tp"]) * int(g["pp"]) * int(g["num_replicas"]) for g in groups),
        old_recorded_per_s=float(request.deployed.get("throughput_per_s") or 0.0),
        old_before=_score_groups(request.new, groups, old_stats),
        old_after=_score_groups(request.new, groups, result.stats),
        new_layout=new_layout,
        new_num_gpus=best.num_gpus,
        new_per_s=best.throughput_per_s,
        new_certificate=certificate,
        new_proven=proven,
        resolve_wall_s=wall,
        timings=timings,
        new_plan=plan_json(result),
        deploy=deploy_commands(result),
        notes=tuple(notes),
        timing_text=timing_text,
    )


def _replan_exegpt(request: ReplanRequest) -> ReplanResult:
    new = request.new
    cost_model = request_cost_model(new)
    stats = WorkloadStats.from_requests(sample_requests(new.workload), new.slo.quantile)
    detail = request.deployed["detail"]
    outcome = exegpt_shape.replan(detail, new, stats, cost_model, request.gpu_budget)
    shape = outcome.new.shape_plan
    dep = outcome.deployed
    sizes = outcome.new.sizes
    timings = {f"group_{s.group_gpus}_gpus_s": s.wall_time_s for s in sizes}
    timing_text = ", ".join(
        f"{s.group_gpus}-GPU groups {s.wall_time_s:.2f} s"
        + (" warm-started" if s.group_gpus == dep.group_gpus and s.replan is not None else "")
        for s in sizes
    )
    notes = [
        "ExeGPT's execution latency at saturation (queueing not counted); L "
        f"{outcome.new.bound.seconds:.3g} s from {outcome.new.bound.source}"
    ]
    warm = outcome.warm
    extra: dict[str, Any] = {}
    if warm is not None:
        timings["warm_resolve_s"] = warm.wall_time_s
        extra["warm_resolve"] = {
            "group_gpus": dep.group_gpus,
            "wall_time_s": warm.wall_time_s,
            "milps": len(warm.result.solves),
            "throughput_per_s": warm.throughput_per_s,
            "bound_per_s": warm.bound_per_s if math.isfinite(warm.bound_per_s) else None,
            "schedule": exegpt_group.schedule_text(warm.plan) if warm.plan else None,
        }
    before = (
        DeployedScore(outcome.deployed_old_per_s, ())
        if outcome.deployed_old_per_s is not None
        else None
    )
    engine = new.engine.name
    return ReplanResult(
        request=request,
        old_stats=dep.stats if dep.stats is not None else _old_stats(request),
        new_stats=stats,
        old_layout=exegpt_group.layout_text(dep.plan, dep.copies),
        old_num_gpus=dep.num_gpus,
        old_recorded_per_s=float(request.deployed.get("throughput_per_s") or 0.0),
        old_before=before,
        old_after=DeployedScore(outcome.deployed_new_per_s, outcome.deployed_breaks),
        new_layout=shape.layout or "none",
        new_num_gpus=shape.num_gpus,
        new_per_s=shape.throughput_per_s,
        new_certificate=shape.certificate
        + (f" ({shape.reason}: {shape.note})" if shape.reason else ""),
        new_proven=shape.certificate.startswith("optimal"),
        resolve_wall_s=outcome.resolve_wall_s,
        timings=timings,
        new_plan=shape.to_json(),
        deploy=shape.deploy.get(engine) or shape.deploy.get("servesolve", []),
        notes=tuple(notes),
        extra=extra,
        timing_text=timing_text,
    )


def replan(request: ReplanRequest) -> ReplanResult:
    """Re-plan ``request``'s plan for its new workload (see the module docstring)."""
    if request.shape == "exegpt":
        return _replan_exegpt(request)
    return _replan_colocated(request)


# ---------------------------------------------------------------------------- output


def _process_age_s() -> float | None:
    """Seconds since this process started (Linux /proc), or None."""
    try:
        with open("/proc/self/stat", encoding="ascii") as fh:
            start_ticks = int(fh.read().rsplit(")", 1)[1].split()[19])
        with open("/proc/uptime", encoding="ascii") as fh:
            uptime = float(fh.read().split()[0])
        return uptime - start_ticks / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def _stats_text(s: WorkloadStats) -> str:
    return (
        f"mean in/out {s.mean_input_tokens:.0f}/{s.mean_output_tokens:.0f} tokens, "
        f"p{s.quantile * 100:g} out {s.output_quantile_tokens:.0f}"
    )


def _change(after: float, before: float) -> str:
    if before <= 0:
        return ""
    return f" ({(after - before) / before:+.1%})"


def replan_json(result: ReplanResult) -> dict[str, Any]:
    req = result.request

    def score(s: DeployedScore | None) -> dict[str, Any] | None:
        return None if s is None else asdict(s)

    return {
        "schema": SCHEMA,
        "plan_file": str(req.plan_file),
        "shape": req.shape,
        "model": req.new.model.name,
        "cluster": req.new.cluster.name,
        "slo": asdict(req.new.slo),
        "engine": {"name": req.new.engine.name, "version": req.new.engine.version},
        "old_workload": req.old.workload.name,
        "new_workload": req.new.workload.name,
        "old_stats": asdict(result.old_stats),
        "new_stats": asdict(result.new_stats),
        "timing": {
            "resolve_wall_s": result.resolve_wall_s,
            "command_wall_s": result.command_wall_s,
            **result.timings,
        },
        "old_plan": {
            "layout": result.old_layout,
            "num_gpus": result.old_num_gpus,
            "recorded_throughput_per_s": result.old_recorded_per_s,
            "under_old_workload": score(result.old_before),
            "under_new_workload": score(result.old_after),
        },
        "new_plan": {
            "layout": result.new_layout,
            "num_gpus": result.new_num_gpus,
            "throughput_per_s": result.new_per_s,
            "certificate": result.new_certificate,
            "proven": result.new_proven,
            "plan": result.new_plan,
            "deploy_commands": result.deploy,
        },
        "notes": list(result.notes),
        **result.extra,
    }


def replan_row(result: ReplanResult, choices: dict[str, str]) -> pd.DataFrame:
    req = result.request
    row = {f"choice_{k}": v for k, v in choices.items()} | {
        "model": req.new.model.name,
        "cluster": req.new.cluster.name,
        "slo": req.new.slo.name,
        "engine": req.new.engine.name,
        "shape": req.shape,
        "plan_file": str(req.plan_file),
        "old_workload": req.old.workload.name,
        "new_workload": req.new.workload.name,
        "old_plan": result.old_layout,
        "old_num_gpus": result.old_num_gpus,
        "old_recorded_throughput_per_s": result.old_recorded_per_s,
        "old_throughput_old_workload_per_s": (
            result.old_before.throughput_per_s if result.old_before else None
        ),
        "old_throughput_new_workload_per_s": result.old_after.throughput_per_s,
        "old_breaks": "; ".join(result.old_after.breaks),
        "new_plan": result.new_layout,
        "new_num_gpus": result.new_num_gpus,
        "new_throughput_per_s": result.new_per_s,
        "new_proven": result.new_proven,
        "resolve_wall_s": result.resolve_wall_s,
        "command_wall_s": result.command_wall_s,
    }
    return pd.DataFrame([row])


def _recorded_how(request: ReplanRequest) -> str:
    """Where the plan.json's own rate comes from."""
    data = request.data
    if request.shape == "colocated" and data.get("verification"):
        return "plan.json, its verified simulated capacity"
    if request.shape == "colocated" and data.get("simulation_checks"):
        return "plan.json, the model's rate as its simulator check left it"
    return "plan.json"


def render(result: ReplanResult, files: list[str] | None = None) -> str:
    req = result.request
    new, old = req.new, req.old
    lines = [
        f"servesolve replan: {new.model.name} on {new.cluster.name}, {req.shape} plan of "
        f"{req.plan_file}, workload {old.workload.name} -> {new.workload.name}, "
        f"SLO {new.slo.name} (p{new.slo.percentile:g})",
        f"  lengths: {_stats_text(result.old_stats)} -> {_stats_text(result.new_stats)}",
        "",
    ]
    lines.append(
        f"Re-plan took {result.resolve_wall_s:.2f} s ({result.timing_text}); this command "
        f"{result.command_wall_s:.2f} s so far (since its process started)"
    )
    if "warm_resolve" in result.extra:
        w = result.extra["warm_resolve"]
        lines.append(
            f"  the deployed {w['group_gpus']}-GPU group re-solved warm-started from the "
            f"deployed schedule: {w['wall_time_s']:.3f} s, {w['milps']} MILP(s) -> "
            f"{w['schedule'] or 'no schedule meets the bounds'}"
        )
    lines += [
        "",
        f"New plan ({new.planner.objective}): {result.new_layout} [{result.new_num_gpus} GPUs], "
        f"{result.new_per_s:.2f} req/s",
        f"  {result.new_certificate}",
        "",
        f"Old plan {result.old_layout} [{result.old_num_gpus} GPUs]",
        f"  planned for {old.workload.name} ({_recorded_how(req)}): "
        f"{result.old_recorded_per_s:.2f} req/s",
    ]
    if result.old_before is not None:
        lines.append(
            f"  modelled under {old.workload.name}: {result.old_before.throughput_per_s:.2f} req/s"
        )
    after = result.old_after
    if after.breaks:
        lines.append(f"  under {new.workload.name}: serves nothing, it breaks")
        lines += [f"    {b}" for b in after.breaks]
    else:
        base = (
            result.old_before.throughput_per_s if result.old_before else result.old_recorded_per_s
        )
        lines.append(
            f"  under {new.workload.name}: {after.throughput_per_s:.2f} req/s"
            f"{_change(after.throughput_per_s, base)}"
            + (f", set by {after.binding}" if after.binding else "")
        )
    if result.new_layout == result.old_layout:
        lines.append("  the old plan is still the optimum under the new lengths")
    elif result.new_per_s > 0:
        share = after.throughput_per_s / result.new_per_s
        lines.append(
            f"  the new plan serves {result.new_per_s - after.throughput_per_s:.2f} req/s more "
            f"(the old plan: {share:.2f}x of the new plan's rate)"
        )
    lines += [f"  note: {n}" for n in result.notes]
    if result.deploy:
        lines += ["", f"Deploy the new plan ({new.engine.name}):"]
        lines += ["  " + c for c in result.deploy]
    if files:
        lines += ["", "Wrote " + ", ".join(files)]
    return "\n".join(lines)


def replan_output(data: dict[str, Any], choices: dict[str, str], config_yaml: str) -> Output:
    """The ``servesolve replan`` command: validate, re-plan, and its files."""
    start = time.perf_counter()
    request = ReplanRequest.from_config(data)
    result = replan(request)
    age = _process_age_s()
    result = replace(result, command_wall_s=age if age is not None else time.perf_counter() - start)
    files = {
        "replan.json": json.dumps(replan_json(result), indent=2, default=str) + "\n",
        "result.csv": replan_row(result, choices).to_csv(index=False),
        "config.yaml": config_yaml,
    }
    return Output(files, lambda written: render(result, written))


__all__ = [
    "ReplanOptions",
    "ReplanRequest",
    "ReplanResult",
    "render",
    "replan",
    "replan_json",
    "replan_output",
    "replan_row",
]
