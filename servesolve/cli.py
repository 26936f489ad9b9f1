"""Command line: ``servesolve [COMMAND] [hydra overrides...]``.

``COMMAND`` picks the primary config ``conf/<COMMAND>.yaml`` (default ``plan``). The Hydra
task converts the config once into validated specs and calls a plain function. User errors
print one line (``error: ...``) and exit with status 2; they are caught before Hydra
creates an output directory where possible, and a directory left empty by a failed run is
removed, so a failed run writes nothing.

A multirun (``-m``) is checked the same way up front, on its first job and a few more. A
job that still fails prints one line naming its overrides and the sweep goes on; the
command then exits with status 2 after a one-line summary.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import hydra
from hydra.core.hydra_config import HydraConfig
from hydra.types import RunMode
from omegaconf import DictConfig, OmegaConf
from omegaconf.errors import MissingMandatoryValue, OmegaConfBaseException

from servesolve.errors import EXIT_USER_ERROR, ServesolveError, SpecError, UnknownNameError
from servesolve.output import Output
from servesolve.specs.catalog import catalogue_names

GROUPS = ("model", "cluster", "workload", "slo", "solver", "engine")
_FULL_KEY = re.compile(r"full_key: (\S+)")
_OVERRIDE_KEY = re.compile(r"Could not override '([^']+)'")
MULTIRUN_FLAGS = ("-m", "--multirun")
#: Exit status of a run stopped by Ctrl-C, as a shell reports a SIGINT (128 + 2).
EXIT_INTERRUPTED = 130
_OTHER_MODE_FLAGS = ("--cfg", "-c", "--info", "-i", "--shell-completion", "-sc")
OUTPUT_DIR_KEYS = ("hydra.run.dir", "hydra.sweep.dir")
# Files any command writes into its run directory; finding one there means an earlier run.
RESULT_FILES = (
    "plan.json",
    "result.csv",
    "candidates.csv",
    "config.yaml",
    "requests.csv",
    "iterations.csv",
    "metrics.json",
    "fidelity.csv",
    "replan.json",
)
# Up-front validation of a sweep composes at most this many of its jobs (~50 ms each);
# chosen so that every listed value is tried once where possible. Later jobs are checked
# when they run, and a failing job does not stop the sweep.
MAX_CHECKED_JOBS = 12


@dataclass
class SweepState:
    """What the multirun jobs of one invocation did (the basic launcher runs them in-process).

    main() creates one per invocation and hands it to the task through a closure.
    """

    swept_keys: tuple[str, ...] = ()
    jobs: int = 0
    failed: int = 0
    sweep_dir: Path | None = None


def _fail(exc: BaseException) -> None:
    print(f"error: {exc}", file=sys.stderr)
    sys.exit(EXIT_USER_ERROR)


#: Config groups a plan.json's run chose, which ``simulate`` and ``capacity`` adopt.
PLAN_GROUPS = ("model", "cluster", "engine", "workload", "slo")


def _plan_group_choices(command: str, args: list[str]) -> list[str]:
    """``servesolve simulate|capacity plan=PATH``: the model, cluster, engine, workload and
    SLO the plan was made with (its ``choices``), for each group the command line leaves
    out, so a plan is scored as it was planned unless told otherwise. Nothing when the
    file does not read: the command's own validation then names the problem."""
    if command not in ("simulate", "capacity"):
        return []
    paths = [a.split("=", 1)[1] for a in args if a.startswith("plan=")]
    if len(paths) != 1 or "," in paths[0]:
        return []
    try:
        choices = json.loads(Path(paths[0]).expanduser().read_text()).get("choices")
    except (OSError, ValueError, AttributeError):
        return []
    if not isinstance(choices, dict):
        return []
    # `slo.tpot_s=0.03` changes a field of the group the plan chose; `slo=exegpt` replaces it
    given = {a.lstrip("+~").split("=", 1)[0] for a in args if "=" in a}
    return [
        f"{group}={choices[group]}"
        for group in PLAN_GROUPS
        if group not in given and isinstance(choices.get(group), str)
    ]


def _check_group_choices(overrides: list[str]) -> None:
    """Unknown catalogue names (``model=llama9``) -> one line with the nearest names."""
    for override in overrides:
        key, sep, value = override.partition("=")
        key = key.lstrip("+~")
        if key == "experiment" and sep:
            from servesolve.experiments.runner import experiment_names

            names = experiment_names()
            if value not in names:
                raise UnknownNameError(key, value, names)
            continue
        if not sep or key not in GROUPS or "(" in value:
            continue
        names = catalogue_names(key)
        for choice in value.split(","):
            choice = choice.strip()
            if choice and choice not in names:
                raise UnknownNameError(key, choice, names)


def _compose_error(command: str, exc: Exception) -> SpecError:
    text = f"{exc}\n{exc.__cause__ or ''}"
    match = _FULL_KEY.search(text) or _OVERRIDE_KEY.search(text)
    field = match.group(1) if match else "override"
    if "not in struct" in text:
        problem = "no such config field"
    else:
        problem = text.strip().splitlines()[0].rstrip(".") if text.strip() else type(exc).__name__
    return SpecError(
        field,
        problem,
        f"check the spelling; `servesolve {command} --cfg job` prints every field",
    )


def _compose_all(command: str, jobs: list[list[str]]) -> list[DictConfig]:
    """Compose the config of each job as Hydra will, to report override errors in one line."""
    from hydra import compose, initialize_config_module

    configs = []
    with initialize_config_module(config_module="servesolve.conf", version_base="1.3"):
        for overrides in jobs:
            plain = [o for o in overrides if not o.lstrip("+~").startswith("hydra")]
            try:
                configs.append(compose(config_name=command, overrides=plain))
            except Exception as exc:  # Hydra's and OmegaConf's own exception types vary
                raise _compose_error(command, exc) from None
    return configs


def _check_composes(command: str, overrides: list[str]) -> DictConfig | None:
    """Compose the config as Hydra will, to report override errors in one line."""
    if any(o.startswith("-") for o in overrides):
        return None  # Hydra flags (--cfg, --help, ...): Hydra reports those itself
    return _compose_all(command, [overrides])[0]


def _parse_override(text: str) -> Any:
    """Hydra's own parse of one override; a syntax error -> one line."""
    from hydra.core.override_parser.overrides_parser import OverridesParser

    try:
        return OverridesParser.create().parse_overrides([text])[0]
    except Exception as exc:  # OverrideParseException and friends
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise SpecError(
            text.partition("=")[0].lstrip("+~") or "override",
            f"cannot parse '{text}': {first}",
            "check the override syntax; quote values with special characters",
        ) from None


def _sweep_axes(overrides: list[str]) -> tuple[list[list[str]], tuple[str, ...]]:
    """The values of each override as Hydra's basic sweeper lists them, and the swept keys.

    Hydra's own overrides are left out, and so are sweeps that cannot be listed here
    (``interval(...)``, ``glob(...)`` outside a catalogue group): those are Hydra's to check.
    """
    from hydra.core.override_parser.types import Glob

    axes: dict[str, list[str]] = {}
    swept: dict[str, None] = {}
    for text in overrides:
        override = _parse_override(text)
        if override.is_hydra_override():
            continue
        key = override.get_key_element()
        if not override.is_sweep_override():
            axes[key] = [text]
            swept.pop(key.lstrip("+~"), None)
            continue
        value = override.value()
        if isinstance(value, Glob):
            if override.key_or_group not in GROUPS:
                axes.pop(key, None)
                continue
            values = value.filter(sorted(catalogue_names(override.key_or_group)))
        elif override.is_discrete_sweep():
            values = list(override.sweep_string_iterator())
        elif not any(o.lstrip("+~").startswith("hydra/sweeper=") for o in overrides):
            raise SpecError(
                key.lstrip("+~"),
                f"'{text}' is not a list of values and the basic sweeper cannot sample it",
                "list the values (a,b,c or range(start,stop,step)), or choose a sweeper plugin with hydra/sweeper=NAME",
            )
        else:
            axes.pop(key, None)  # sampled by a sweeper plugin: Hydra checks it
            continue
        if not values:
            raise SpecError(
                key.lstrip("+~"),
                f"the sweep '{text}' lists no value",
                "list at least one value to sweep over",
            )
        axes[key] = [f"{key}={v}" for v in values]
        swept[key.lstrip("+~")] = None
    return list(axes.values()), tuple(swept)


def _jobs_to_check(axes: list[list[str]]) -> list[list[str]]:
    """The first job, then enough others that each listed value is tried once (or every
    job of a small sweep), at most MAX_CHECKED_JOBS."""
    total = 1
    for values in axes:
        total *= len(values)
    if total <= MAX_CHECKED_JOBS:
        return [list(job) for job in itertools.product(*axes)]
    widest = max((len(values) for values in axes), default=1)
    return [
        [values[i % len(values)] for values in axes] for i in range(min(widest, MAX_CHECKED_JOBS))
    ]


def _check_sweep(command: str, overrides: list[str]) -> tuple[str, ...]:
    """Multirun: check the listed catalogue names, compose the first job (and a few more)
    and validate their specs, all before Hydra creates the sweep directory."""
    axes, swept = _sweep_axes(overrides)
    for values in axes:
        _check_group_choices(values)
    configs = _compose_all(command, _jobs_to_check(axes))
    for cfg in configs:
        COMMANDS[command].validate(_to_container(cfg))
    return swept


def _check_output_dirs(overrides: list[str], multirun: bool) -> None:
    """``hydra.run.dir`` / ``hydra.sweep.dir`` must be creatable and must not hold earlier
    results; checked here because Hydra would fail with a traceback, or overwrite."""
    for text in overrides:
        key, sep, _ = text.partition("=")
        key = key.lstrip("+~")
        if not sep or key not in OUTPUT_DIR_KEYS:
            continue
        value = str(_parse_override(text).value())
        fix = f"choose a directory you can write to, e.g. {key}=outputs/run1"
        static, _, rest = value.partition("${")
        path = Path(static or ".")
        if rest and not static.endswith("/"):
            path = path.parent  # the last part depends on an interpolation
        try:
            existing = path
            while not os.path.lexists(existing):
                existing = existing.parent
            if not existing.is_dir():
                what = (
                    "is not a directory"
                    if existing == path
                    else f"is a file, so {value} cannot be created"
                )
                raise SpecError(key, f"{existing} {what}", fix)
            if not os.access(existing, os.W_OK | os.X_OK):
                raise SpecError(key, f"{existing} is not writable", fix)
            _probe_new_folder(key, existing, fix)
            if rest or existing != path:
                continue
            if key == "hydra.run.dir" and not multirun:
                names = RESULT_FILES
            elif key == "hydra.sweep.dir" and multirun:
                names = ("multirun.yaml",)
            else:
                continue
            for name in names:
                if os.path.lexists(path / name):
                    raise SpecError(
                        key,
                        f"{path / name} already exists and is never overwritten",
                        f"choose a new {key}",
                    )
        except OSError as exc:
            raise SpecError(key, f"{value} cannot be used: {exc.strerror or exc}", fix) from None


def _probe_new_folder(key: str, parent: Path, fix: str) -> None:
    """Create and remove a folder in ``parent``: permissions alone do not tell whether a
    file system takes new folders (``/proc``, a read-only mount, root's ``os.access``)."""
    try:
        os.rmdir(tempfile.mkdtemp(prefix=".servesolve-probe-", dir=parent))
    except OSError as exc:
        raise SpecError(
            key, f"{parent} does not accept new folders ({exc.strerror or exc})", fix
        ) from None


def _to_container(cfg: DictConfig) -> dict[str, Any]:
    try:
        data = OmegaConf.to_container(cfg, resolve=True, throw_on_missing=True)
    except MissingMandatoryValue as exc:
        raise SpecError(
            str(exc.full_key), "is required", f"set {exc.full_key}=VALUE on the command line"
        ) from None
    except OmegaConfBaseException as exc:
        raise SpecError(
            str(getattr(exc, "full_key", "config")),
            str(exc).splitlines()[0],
            "fix the config value",
        ) from None
    assert isinstance(data, dict)
    return data


def _write_new_files(
    out_dir: Path, contents: dict[str, str | bytes], field: str = "hydra.run.dir"
) -> list[str]:
    """Write every file or none: refuse if any target exists."""
    targets = {name: out_dir / name for name in contents}
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing:
        raise SpecError(
            field,
            f"{existing[0]} already exists and is never overwritten",
            f"choose a new {field}",
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in contents.items():
        targets[name].parent.mkdir(parents=True, exist_ok=True)
        with open(targets[name], "xb" if isinstance(text, bytes) else "x") as fh:
            fh.write(text)
    return [str(p) for p in targets.values()]


@dataclass(frozen=True)
class Command:
    """A subcommand: ``validate`` builds its request from the config (raising user errors
    before any output exists); ``execute`` runs it."""

    validate: Callable[[dict[str, Any]], object]
    execute: Callable[[dict[str, Any], dict[str, str], DictConfig], Output]


def _plan_validate(data: dict[str, Any]) -> object:
    from servesolve.fleet_request import FleetRequest, fleet_requested

    if fleet_requested(data):  # a mixed cluster or fleet.workloads: the fleet MILP
        return FleetRequest.from_config(data)
    from servesolve.planning import PlanRequest

    return PlanRequest.from_config(data)


def _plan_execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    from servesolve.fleet_report import fleet_output
    from servesolve.fleet_request import fleet_requested, solver_named

    if fleet_requested(data):  # HiGHS unless the command line names a solver
        named = solver_named(HydraConfig.get().overrides.task)
        return fleet_output(data, choices, OmegaConf.to_yaml(cfg, resolve=True), named)
    from servesolve.planning import PlanRequest, plan
    from servesolve.report import plan_json, render, result_row

    result = plan(PlanRequest.from_config(data, choices))
    files: dict[str, str | bytes] = {
        "plan.json": json.dumps(plan_json(result), indent=2, default=str) + "\n",
        "result.csv": result_row(result).to_csv(index=False),
        "candidates.csv": result.candidates.to_csv(),
        "config.yaml": OmegaConf.to_yaml(cfg, resolve=True),
    }
    from servesolve.manifest import manifest_yaml

    files["deploy.yaml"] = manifest_yaml(result)
    if result.request.planner.pictures:
        from servesolve.pareto_front import front_png, front_table

        front = front_table(result)
        files["pareto.csv"] = front.to_csv(index=False)
        req = result.request
        files["pareto.png"] = front_png(
            front,
            f"{req.model.name} on {req.cluster.name}, {req.workload.name}, SLO {req.slo.name}: "
            "configs at their modelled SLO capacity",
            req.slo.percentile,
        )
    return Output(files, lambda written: render(result, written))


def _simulate_validate(data: dict[str, Any]) -> object:
    from servesolve.simulating import SimulateRequest

    return SimulateRequest.from_config(data)


def _simulate_execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    import pandas as pd

    from servesolve.simulating import (
        SimulateRequest,
        render_simulation,
        replicas_text,
        request_cost_model,
        simulate_plan,
        simulated_policy,
    )

    request = SimulateRequest.from_config(data, choices)
    result = simulate_plan(request)
    row = (
        {f"choice_{k}": v for k, v in choices.items()}
        | {
            "model": request.model.name,
            "cluster": request.cluster.name,
            "workload": request.workload.name,
            "slo": request.slo.name,
            "engine": request.engine.name,
            "engine_version": request.engine.version,
            "cost_model": request_cost_model(request).source,
            "policy": simulated_policy(request),
            "replicas": replicas_text(request)
            if request.disaggregation is not None
            else " + ".join(
                f"{g.count}xTP{g.tp}xPP{g.pp}"
                + (f"xADP{g.attn_dp}" if g.attn_dp > 1 else "")
                + f"b{g.max_num_seqs}"
                for g in request.replicas
            ),
            "plan_file": request.plan_file,
        }
        | result.metrics
    )
    files = {
        "requests.csv": result.requests.to_csv(index=False),
        "iterations.csv": result.iterations.to_csv(index=False),
        "metrics.json": json.dumps(result.metrics, indent=2) + "\n",
        "result.csv": pd.DataFrame([row]).to_csv(index=False),
        "config.yaml": OmegaConf.to_yaml(cfg, resolve=True),
    }
    return Output(files, lambda written: render_simulation(request, result, written))


def _capacity_validate(data: dict[str, Any]) -> object:
    from servesolve.scoring import CapacityRequest

    return CapacityRequest.from_config(data)


def _capacity_execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    from servesolve.scoring import (
        CapacityRequest,
        capacity_json,
        capacity_row,
        render_capacity,
        score,
    )

    request = CapacityRequest.from_config(data, choices)
    report = score(request)
    files = {
        "capacity.json": json.dumps(capacity_json(request, report), indent=2, default=str) + "\n",
        "result.csv": capacity_row(request, report, choices).to_csv(index=False),
        "config.yaml": OmegaConf.to_yaml(cfg, resolve=True),
    }
    return Output(files, lambda written: render_capacity(request, report, written))


def _profile_validate(data: dict[str, Any]) -> object:
    from servesolve.replaying import ProfileRequest

    return ProfileRequest.from_config(data)


def _profile_execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    import time

    from servesolve.replaying import ProfileRequest, measure_tables, render_profile, table_files

    request = ProfileRequest.from_config(data)
    start = time.perf_counter()
    table = measure_tables(request, f"servesolve profile {' '.join(sys.argv[1:])}".strip())
    seconds = time.perf_counter() - start
    files = table_files(table) | {"config.yaml": OmegaConf.to_yaml(cfg, resolve=True)}
    return Output(files, lambda written: render_profile(request, table, seconds, written))


def _replay_validate(data: dict[str, Any]) -> object:
    from servesolve.replaying import ReplayRequest

    return ReplayRequest.from_config(data)


def _replay_execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    from servesolve.replaying import ReplayRequest, render_replay, replay, replay_files

    request = ReplayRequest.from_config(data)
    if request.options.mode == "openai":
        from servesolve.replaying import replay_endpoint

        return replay_endpoint(request, cfg)
    result = replay(request)
    files = replay_files(request, result, choices) | {
        "config.yaml": OmegaConf.to_yaml(cfg, resolve=True)
    }
    return Output(files, lambda written: render_replay(request, result, written))


def _replan_validate(data: dict[str, Any]) -> object:
    from servesolve.replanning import ReplanRequest

    return ReplanRequest.from_config(data)


def _replan_execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    from servesolve.replanning import replan_output

    return replan_output(data, choices, OmegaConf.to_yaml(cfg, resolve=True))


def _experiment_validate(data: dict[str, Any]) -> object:
    from servesolve.experiments.runner import validate_config

    return validate_config(data)


def _experiment_execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    from servesolve.experiments.runner import execute

    return execute(data, choices, cfg)


def run_task(command: str, cfg: DictConfig, sweep: SweepState) -> None:
    """Hydra task of every command.

    A user error ends a single run with one line and status 2. In a multirun it ends only
    its job: one line naming the job, and main() exits with status 2 after the sweep.
    """
    hydra_cfg = HydraConfig.get()
    multirun = hydra_cfg.mode == RunMode.MULTIRUN
    if multirun:
        sweep.jobs += 1
        sweep.sweep_dir = Path(hydra_cfg.sweep.dir)
    out_dir = Path(hydra_cfg.runtime.output_dir)
    try:
        choices = {
            k: str(v) for k, v in hydra_cfg.runtime.choices.items() if not k.startswith("hydra")
        }
        output = COMMANDS[command].execute(_to_container(cfg), choices, cfg)
        written = _write_new_files(
            out_dir, output.files, field="hydra.sweep.dir" if multirun else "hydra.run.dir"
        )
        print(output.render(written))
    except KeyboardInterrupt:
        _remove_if_empty(out_dir)  # main() says what was kept
        raise
    except ServesolveError as exc:
        _remove_if_empty(out_dir)
        if not multirun:
            _fail(exc)
        sweep.failed += 1
        label = _job_label(list(hydra_cfg.overrides.task), hydra_cfg.job.num, sweep.swept_keys)
        print(f"error: [{label}] {exc}", file=sys.stderr)


def _job_label(task_overrides: list[str], num: int, swept_keys: tuple[str, ...]) -> str:
    """The overrides that tell this multirun job from the others."""
    swept = [o for o in task_overrides if o.partition("=")[0].lstrip("+~") in swept_keys]
    return " ".join(swept or task_overrides) or f"job {num}"


def _finish_sweep(sweep: SweepState) -> None:
    """After a multirun: status 2 if any job failed; nothing left behind if all failed."""
    if not sweep.failed:
        return
    if sweep.failed == sweep.jobs and sweep.sweep_dir is not None:
        leftover = sweep.sweep_dir / "multirun.yaml"
        try:
            if [p.name for p in sweep.sweep_dir.iterdir()] == ["multirun.yaml"]:
                leftover.unlink()
                _remove_if_empty(sweep.sweep_dir)
        except OSError:
            pass
    print(
        f"error: {sweep.failed} of {sweep.jobs} multirun jobs failed; see the lines above",
        file=sys.stderr,
    )
    sys.exit(EXIT_USER_ERROR)


def _interrupted(command: str, args: list[str], multirun: bool, sweep: SweepState) -> None:
    """Ctrl-C: one line saying what was kept and how to go on; status 130 (128 + SIGINT)."""
    values = {k.lstrip("+"): v for k, _, v in (a.partition("=") for a in args)}
    if command == "experiment":
        root = Path(values.get("experiment.results_dir", "results"))
        names = [n for n in values.get("experiment", "").split(",") if n]
        folders = ", ".join(f"{root / n / 'runs'}/" for n in names) or f"{root}/NAME/runs/"
        kept = f"the rows of every finished job are kept in {folders}"
        how = "run the same command again to resume: jobs whose rows exist are skipped"
    elif multirun:
        where = sweep.sweep_dir or values.get("hydra.sweep.dir", "the sweep folder")
        kept = f"the jobs that finished kept their files in {where}"
        how = "run the jobs that did not finish again, with a new hydra.sweep.dir"
    else:
        kept, how = "nothing was written", "run the same command again"
    print(f"interrupted (Ctrl-C): {kept}; {how}", file=sys.stderr)
    sys.exit(EXIT_INTERRUPTED)


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()  # only succeeds on an empty directory this run created
    except OSError:
        pass


COMMANDS: dict[str, Command] = {
    "plan": Command(_plan_validate, _plan_execute),
    "simulate": Command(_simulate_validate, _simulate_execute),
    "capacity": Command(_capacity_validate, _capacity_execute),
    "profile": Command(_profile_validate, _profile_execute),
    "replay": Command(_replay_validate, _replay_execute),
    "replan": Command(_replan_validate, _replan_execute),
    # `servesolve -m +experiment=NAME`: rows to results/NAME/ (servesolve.experiments.runner)
    "experiment": Command(_experiment_validate, _experiment_execute),
}


def main(argv: list[str] | None = None) -> None:
    """Console entry point ``servesolve``."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = "plan"
    if args and args[0] in COMMANDS:
        command = args.pop(0)
    elif any(a.startswith("+experiment=") for a in args):
        command = "experiment"  # `servesolve -m +experiment=NAME` (docs/experiments.md)
    elif args and not args[0].startswith("-") and "=" not in args[0]:
        _fail(
            SpecError(
                "command", f"unknown command '{args[0]}'", f"use one of {', '.join(COMMANDS)}"
            )
        )
    args += _plan_group_choices(command, args)
    sweep = SweepState()
    multirun = any(a in MULTIRUN_FLAGS or a.replace(" ", "") == "hydra.mode=MULTIRUN" for a in args)
    overrides = [a for a in args if a not in MULTIRUN_FLAGS]
    try:
        _check_group_choices(args)
        _check_output_dirs(overrides, multirun)
        if multirun:
            modes = [o for o in overrides if o in _OTHER_MODE_FLAGS]
            if modes:
                raise SpecError(
                    "--multirun", f"cannot be combined with {modes[0]}", "drop one of the two"
                )
            if not any(o.startswith("-") for o in overrides):  # else Hydra reports flags
                sweep.swept_keys = _check_sweep(command, overrides)
        else:
            cfg = _check_composes(command, args)
            if cfg is not None:  # validate specs and inputs before any output
                COMMANDS[command].validate(_to_container(cfg))
    except ServesolveError as exc:
        _fail(exc)
    sys.argv = [f"servesolve {command}", *args]

    def task_function(cfg: DictConfig) -> None:
        run_task(command, cfg, sweep)

    task = hydra.main(version_base="1.3", config_path="pkg://servesolve.conf", config_name=command)(
        task_function
    )
    try:
        task()
    except KeyboardInterrupt:
        _interrupted(command, args, multirun, sweep)
    _finish_sweep(sweep)  # a multirun with failed jobs exits with status 2


if __name__ == "__main__":
    main()
