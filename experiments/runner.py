"""Run one experiment job and record its rows; summarise a sweep.

``servesolve -m +experiment=NAME`` is the ``experiment`` command of ``servesolve.cli``:
each Hydra job calls :func:`execute`, which

1. checks the ``experiment`` section (:func:`validate_config`);
2. hashes the job's parameters into a ``job_key`` (:func:`job_key`; bookkeeping fields
   such as ``results_dir`` are left out), and skips the job if
   ``RESULTS/NAME/runs/JOB_KEY.csv`` exists, so an interrupted sweep resumes;
3. refuses a second job of the same sweep with the same parameters (a clash), by an
   exclusive claim file in the sweep folder;
4. calls the experiment's ``run_job(params)``, adds the config fields and the runner's
   columns to every row, and writes the rows atomically without replacing anything
   (:func:`servesolve.experiments.results.write_run`);
5. records its status in ``job.json`` in its Hydra job folder.

Jobs run in other processes under the joblib and Ray launchers, so the driver learns what
they did from those ``job.json`` files: :class:`ExperimentSweep`, a Hydra callback set in
``conf/experiment.yaml``, counts the jobs when the sweep starts and, when it ends, rebuilds
``RESULTS/NAME/NAME.csv``, prints a summary and exits with status 2 if any job failed.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import math
import os
import socket
import subprocess
import sys
import time
import traceback
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from importlib import resources
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd
from hydra.experimental.callback import Callback
from omegaconf import DictConfig, OmegaConf

from servesolve.errors import EXIT_USER_ERROR, ServesolveError, SpecError, UnknownNameError
from servesolve.experiments.results import consolidate, experiment_dir, run_path, write_run

if TYPE_CHECKING:
    from servesolve.output import Output

#: Fields of the ``experiment`` section that say where results go, not what is computed:
#: left out of the job key and of the row columns.
BOOKKEEPING_FIELDS = frozenset({"results_dir"})
#: A list-valued config field whose JSON is longer than this many characters is written
#: once per experiment under ``params/`` and named on each row by its digest.
INLINE_LIMIT = 256
#: Columns the runner adds to every row (besides the job's config fields).
RUNNER_COLUMNS = (
    "job_key",
    "wall_s",
    "finished_at",
    "servesolve_version",
    "git_commit",
    "git_dirty",
)
#: A job's status file, in its Hydra job folder.
STATUS_FILE = "job.json"
#: The sweep's job count, written by :class:`ExperimentSweep` into the sweep folder.
SWEEP_FILE = "sweep.json"
CLAIMS_DIR = ".claims"
#: How to run skipped jobs anyway (their rows exist, perhaps committed with the repository).
RECOMPUTE = (
    "to recompute, delete those rows files (RESULTS/NAME/runs/JOB_KEY.csv) "
    "or pass experiment.results_dir=NEW_DIR"
)
KEY_LENGTH = 16


class ExperimentJobError(ServesolveError):
    """A job raised something other than a user error; the message is its one line."""


@dataclass(frozen=True)
class JobOutcome:
    """What one job did: ``status`` is ``done`` or ``skipped`` (results existed)."""

    status: str
    name: str
    key: str
    path: str
    num_rows: int
    wall_s: float


def experiment_names() -> list[str]:
    """The experiments that have a config, ``conf/experiment/NAME.yaml``."""
    folder = resources.files("servesolve.conf") / "experiment"
    return sorted(
        p.name.removesuffix(".yaml") for p in folder.iterdir() if p.name.endswith(".yaml")
    )


def experiment_module(name: str) -> ModuleType:
    """The module ``servesolve.experiments.NAME``; an unknown name -> one-line error."""
    module_name = f"servesolve.experiments.{name}"
    if not name.isidentifier():
        raise UnknownNameError("experiment.name", name, experiment_names())
    try:
        module = importlib.import_module(module_name)
    except ModuleNotFoundError as exc:
        if exc.name != module_name:
            raise
        raise UnknownNameError("experiment.name", name, experiment_names()) from None
    if not callable(getattr(module, "run_job", None)):
        raise SpecError(
            "experiment.name",
            f"'{name}' is not an experiment (its module has no run_job)",
            f"choose one of {', '.join(experiment_names())}",
        )
    return module


def validate_config(data: dict[str, Any]) -> dict[str, Any]:
    """The ``experiment`` section of a composed config, checked; raises SpecError."""
    section = data.get("experiment")
    if not isinstance(section, dict) or not section.get("name"):
        raise SpecError(
            "experiment",
            "no experiment chosen",
            f"add +experiment=NAME with NAME one of {', '.join(experiment_names())}",
        )
    module = experiment_module(str(section["name"]))
    results_dir = section.get("results_dir")
    if not isinstance(results_dir, str) or not results_dir:
        raise SpecError(
            "experiment.results_dir",
            f"'{results_dir}' is not a folder name",
            "set experiment.results_dir=PATH (default: results)",
        )
    if hasattr(module, "validate"):
        module.validate(dict(section))
    return section


def _canonical(value: Any) -> Any:
    """Integral floats as ints (``10`` and ``10.0`` give one key), containers recursively."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {str(k): _canonical(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_canonical(v) for v in value]
    return value


def job_key(params: dict[str, Any]) -> str:
    """A stable hash of a job's parameters (bookkeeping fields left out).

    SHA-256 of the canonical JSON (sorted keys), first 16 hex digits: the same parameters
    give the same key in every process and on every machine.
    """
    payload = {k: v for k, v in params.items() if k not in BOOKKEEPING_FIELDS}
    text = json.dumps(_canonical(payload), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()[:KEY_LENGTH]


def config_columns(
    params: dict[str, Any], prefix: str = "", stored: dict[str, str] | None = None
) -> dict[str, Any]:
    """The job's config fields as flat columns: nested keys joined by ``.``, lists as JSON.

    With ``stored``, a list whose JSON is longer than :data:`INLINE_LIMIT` is replaced by
    its digest (``sha256:`` and 16 hex digits) and its JSON goes into ``stored`` under
    that digest, to be written once per experiment (:func:`write_stored_params`) instead
    of on every row."""
    columns: dict[str, Any] = {}
    for key, value in params.items():
        if not prefix and key in BOOKKEEPING_FIELDS:
            continue
        if isinstance(value, dict):
            columns |= config_columns(value, f"{prefix}{key}.", stored)
        elif isinstance(value, list | tuple):
            text = json.dumps(value)
            if stored is not None and len(text) > INLINE_LIMIT:
                digest = "sha256:" + hashlib.sha256(text.encode()).hexdigest()[:KEY_LENGTH]
                stored[digest] = text
                text = digest
            columns[f"{prefix}{key}"] = text
        else:
            columns[f"{prefix}{key}"] = value
    return columns


def stored_params_path(name: str, digest: str, root: str | Path) -> Path:
    """``ROOT/NAME/params/HEX.json``: the JSON of a config list a row names by ``digest``."""
    return experiment_dir(name, root) / "params" / f"{digest.removeprefix('sha256:')}.json"


def write_stored_params(name: str, stored: dict[str, str], root: str | Path) -> None:
    """Write each stored config list once; an existing file must hold the same JSON."""
    for digest, text in stored.items():
        path = stored_params_path(name, digest, root)
        if path.exists():
            if path.read_text() != text:
                raise ValueError(f"{path} holds other parameters than digest {digest}")
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.stem}.{os.getpid()}.tmp")
        tmp.write_text(text)
        os.replace(tmp, path)


def _scalar(value: Any, column: str, index: int, name: str) -> Any:
    if isinstance(value, np.generic):
        value = value.item()
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise TypeError(
        f"{name}.run_job row {index}: column '{column}' holds a {type(value).__name__}; "
        "rows must be flat (str, int, float, bool or None)"
    )


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def provenance() -> dict[str, Any]:
    """servesolve's version and, in a git checkout, its commit and whether it was dirty,
    read when each job finishes (launcher workers outlive jobs, so nothing is cached)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        servesolve_version = version("servesolve")
    except PackageNotFoundError:
        servesolve_version = None
    commit, dirty = None, None
    import servesolve

    root = Path(servesolve.__file__).resolve().parent.parent
    if (root / ".git").exists():
        try:
            commit = subprocess.run(
                ["git", "-C", str(root), "rev-parse", "HEAD"],
                capture_output=True,
                text=True,
                check=True,
                timeout=10,
            ).stdout.strip()
            status = subprocess.run(
                # Results are outputs, not code: recomputing some (deleting their rows, as
                # the runner advises) must not mark the new rows dirty.
                [
                    "git",
                    "-C",
                    str(root),
                    "status",
                    "--porcelain",
                    "--untracked-files=no",
                    "--",
                    ".",
                    ":!results",
                ],  # fmt: skip
                capture_output=True,
                text=True,
                check=True,
                timeout=10,
            ).stdout
            dirty = bool(status.strip())
        except (OSError, subprocess.SubprocessError):
            commit, dirty = None, None
    return {"servesolve_version": servesolve_version, "git_commit": commit, "git_dirty": dirty}


def rows_frame(
    name: str,
    key: str,
    params: dict[str, Any],
    rows: list[dict[str, Any]],
    wall_s: float,
    stored: dict[str, str] | None = None,
) -> pd.DataFrame:
    """The job's rows with its config columns and the runner's columns (``stored``: see
    :func:`config_columns`).

    A row column that repeats a config field must hold the same value; a row column named
    like a runner column is refused (both are bugs of the experiment).
    """
    config = config_columns(params, stored=stored)
    stamp = {
        "wall_s": wall_s,
        "finished_at": datetime.now(UTC).isoformat(timespec="seconds"),
        **provenance(),
    }
    own: dict[str, None] = {}
    records = []
    for index, row in enumerate(rows):
        if not isinstance(row, dict):
            raise TypeError(f"{name}.run_job returned a {type(row).__name__} as row {index}")
        record = {"job_key": key, **config}
        for column, value in row.items():
            value = _scalar(value, column, index, name)
            if column in RUNNER_COLUMNS:
                raise ValueError(f"{name}.run_job row {index}: column '{column}' is the runner's")
            if column in config and not _same(value, config[column]):
                raise ValueError(
                    f"{name}.run_job row {index}: column '{column}' is {value!r} but the "
                    f"job's config says {config[column]!r}"
                )
            record[column] = value
            if column not in config:
                own[column] = None
        records.append(record | stamp)
    columns = ["job_key", *config, *own, *stamp]
    return pd.DataFrame(records, columns=columns)


def _claim(claims_dir: Path, target: Path, label: str) -> None:
    """Claim ``target`` for this job of the sweep; a second job with the same parameters
    (the same grid value listed twice) is a clash and is refused."""
    claims_dir.mkdir(parents=True, exist_ok=True)
    claim = claims_dir / hashlib.sha256(str(target).encode()).hexdigest()[:KEY_LENGTH]
    try:
        with open(claim, "x") as fh:
            fh.write(label)
    except FileExistsError:
        other = claim.read_text() or "another job"
        raise SpecError(
            "experiment",
            f"this job has the same parameters (job_key {target.stem}) as job [{other}] "
            "of this sweep; its rows would clash",
            "list each value of the sweep once",
        ) from None


def run_experiment_job(
    params: dict[str, Any], results_root: Path, claims_dir: Path | None = None, label: str = ""
) -> JobOutcome:
    """Run one job of an experiment and write its rows, or skip it if they exist.

    ``params`` is the checked ``experiment`` section; rows go to
    ``RESULTS_ROOT/NAME/runs/JOB_KEY.csv``. With ``claims_dir`` (a multirun), a second job
    of the same sweep with the same parameters is refused.
    """
    name = str(params["name"])
    key = job_key(params)
    target = run_path(name, key, results_root)
    if claims_dir is not None:
        _claim(claims_dir, target, label)
    if target.exists():
        return JobOutcome("skipped", name, key, str(target), 0, 0.0)
    module = experiment_module(name)
    start = time.perf_counter()
    rows = module.run_job(dict(params))
    wall_s = time.perf_counter() - start
    if not isinstance(rows, list):
        raise TypeError(f"{name}.run_job returned a {type(rows).__name__}, not a list of rows")
    stored: dict[str, str] = {}
    frame = rows_frame(name, key, params, rows, wall_s, stored)
    write_stored_params(name, stored, results_root)
    write_run(frame, target)
    return JobOutcome("done", name, key, str(target), len(rows), wall_s)


def _absolute(path: str | Path, cwd: Path) -> Path:
    path = Path(path).expanduser()
    return path if path.is_absolute() else cwd / path


def _display(path: str | Path) -> str:
    """``path`` relative to the current folder where it is below it."""
    try:
        return str(Path(path).relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__name__}: {text.splitlines()[0] if text else 'no message'}"


def execute(data: dict[str, Any], choices: dict[str, str], cfg: DictConfig) -> Output:
    """The ``experiment`` command's Hydra job (see the module docstring).

    A failure is recorded in ``job.json`` and raised as a one-line ServesolveError, which
    the CLI prints naming the job's overrides; the sweep goes on.
    """
    from hydra.core.hydra_config import HydraConfig
    from hydra.types import RunMode

    from servesolve.output import Output

    hydra_cfg = HydraConfig.get()
    multirun = hydra_cfg.mode == RunMode.MULTIRUN
    cwd = Path(hydra_cfg.runtime.cwd)
    label = " ".join(hydra_cfg.overrides.task) or f"job {hydra_cfg.job.num}"
    sweep_dir = _absolute(hydra_cfg.sweep.dir, cwd) if multirun else None
    sweep = _sweep_record(sweep_dir) if sweep_dir is not None else {}
    short = _short_label(list(hydra_cfg.overrides.task), sweep.get("swept_keys", []))
    status_file = Path(hydra_cfg.runtime.output_dir) / STATUS_FILE if multirun else None
    record: dict[str, Any] = {
        "job_num": hydra_cfg.job.num if multirun else 0,
        "overrides": label,
        "host": socket.gethostname(),
        "pid": os.getpid(),
    }
    try:
        params = validate_config(data)
        results_root = _absolute(params["results_dir"], cwd)
        record |= {"name": params["name"], "results_root": str(results_root)}
        outcome = run_experiment_job(
            params,
            results_root,
            claims_dir=sweep_dir / CLAIMS_DIR if sweep_dir is not None else None,
            label=short,
        )
    except Exception as exc:
        message = str(exc) if isinstance(exc, ServesolveError) else _first_line(exc)
        if status_file is not None:
            record |= {"status": "failed", "error": message, "traceback": traceback.format_exc()}
            _write_status(status_file, record)
            if not isinstance(exc, ServesolveError):
                message += f" (traceback in {_display(status_file)})"
        if isinstance(exc, ServesolveError):
            raise
        raise ExperimentJobError(message) from exc
    if status_file is not None:
        _write_status(status_file, record | asdict(outcome))
    total = sweep.get("num_jobs")
    return Output({}, lambda written: _render(outcome, record["job_num"], total, short, multirun))


def _write_status(path: Path, record: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(record, indent=2) + "\n")


def _sweep_record(sweep_dir: Path) -> dict[str, Any]:
    """What :class:`ExperimentSweep` wrote when the sweep started (empty if nothing)."""
    try:
        return json.loads((sweep_dir / SWEEP_FILE).read_text())
    except (OSError, ValueError):
        return {}


def _short_label(overrides: list[str], swept_keys: list[str]) -> str:
    """The overrides that tell this job from the others of its sweep."""
    swept = [o for o in overrides if o.partition("=")[0].lstrip("+~") in swept_keys]
    return " ".join(swept or overrides)


def _render(outcome: JobOutcome, num: int, total: int | None, label: str, multirun: bool) -> str:
    if not multirun:
        if outcome.status == "skipped":
            return (
                f"{outcome.name}: skipped, its rows exist in {_display(outcome.path)}; {RECOMPUTE}"
            )
        return (
            f"{outcome.name}: done in {outcome.wall_s:.1f} s, {outcome.num_rows} rows -> "
            f"{_display(outcome.path)}"
        )
    which = f"job {num + 1}/{total}" if total else f"job {num + 1}"
    if outcome.status == "skipped":
        return f"{which} skipped, results exist: {label}"
    return f"{which} done in {outcome.wall_s:.1f} s: {label} ({outcome.num_rows} rows)"


def count_jobs(config: DictConfig) -> tuple[int | None, list[str]]:
    """The number of jobs Hydra's basic sweeper makes of ``hydra.sweeper.params`` and the
    command-line overrides (the later value of a key wins, as in the sweeper), and the keys
    with more than one value; ``None`` jobs for another sweeper or a sweep that is not a
    list of values."""
    from hydra.core.override_parser.overrides_parser import OverridesParser

    if not str(config.hydra.sweeper.get("_target_", "")).endswith("BasicSweeper"):
        return None, []
    params = OmegaConf.to_container(config.hydra.sweeper.get("params") or {}, resolve=True)
    assert isinstance(params, dict)
    texts = [f"{k}={v}" for k, v in params.items()] + list(config.hydra.overrides.task)
    counts: dict[str, int] = {}
    for override in OverridesParser.create().parse_overrides(texts):
        if override.is_hydra_override():
            continue
        key = override.get_key_element()
        if not override.is_sweep_override():
            counts[key] = 1
        elif override.is_discrete_sweep():
            counts[key] = len(list(override.sweep_string_iterator()))
        else:
            return None, []
    return math.prod(counts.values()), [k.lstrip("+~") for k, n in counts.items() if n > 1]


class ExperimentSweep(Callback):
    """Hydra callback of the ``experiment`` command, run in the driver process.

    At the start of a sweep it writes the job count to ``SWEEP_DIR/sweep.json`` (for the
    jobs' "job 3/8" lines) and says where rows go; at the end it reads every job's
    ``job.json``, rebuilds each ``RESULTS/NAME/NAME.csv``, prints a summary, and exits with
    status 2 if a job failed or left no status. A single run rebuilds the table too.
    """

    def on_multirun_start(self, config: DictConfig, **kwargs: Any) -> None:
        sweep_dir = Path(str(config.hydra.sweep.dir)).absolute()
        total, swept = count_jobs(config)
        sweep_dir.mkdir(parents=True, exist_ok=True)
        record = {"num_jobs": total, "swept_keys": swept}
        (sweep_dir / SWEEP_FILE).write_text(json.dumps(record) + "\n")
        launcher = str(config.hydra.launcher.get("_target_", "?")).rsplit(".", 1)[-1]
        launcher = launcher.removesuffix("Launcher").lower() + " launcher"
        name = config.experiment.get("name")
        where = Path(str(config.experiment.get("results_dir"))) / str(name) / "runs"
        print(
            f"{name}: {'a sweep of' if total is None else total} job{'' if total == 1 else 's'} on the "
            f"{launcher}, rows -> {where}/; job logs in {_display(sweep_dir)}",
            flush=True,
        )

    def on_job_end(self, config: DictConfig, job_return: Any, **kwargs: Any) -> None:
        sys.stdout.flush()  # a joblib or Ray worker's lines reach the terminal now

    def on_run_end(self, config: DictConfig, **kwargs: Any) -> None:
        section = config.get("experiment") or {}
        if section.get("name") and section.get("results_dir"):
            consolidate(str(section.name), Path(str(section.results_dir)).absolute())

    def on_multirun_end(self, config: DictConfig, **kwargs: Any) -> None:
        sweep_dir = Path(str(config.hydra.sweep.dir)).absolute()
        statuses = [json.loads(p.read_text()) for p in sorted(sweep_dir.rglob(STATUS_FILE))]
        total = _sweep_record(sweep_dir).get("num_jobs") or len(statuses)
        by_status: dict[str, int] = {}
        for status in statuses:
            by_status[status["status"]] = by_status.get(status["status"], 0) + 1
        skipped = [s for s in statuses if s["status"] == "skipped"]
        if skipped:
            folders = sorted({_display(Path(s["path"]).parent) for s in skipped})
            print(
                f"skipped {len(skipped)} of {total} jobs: their rows already exist in "
                f"{', '.join(folders)} (committed results count too); {RECOMPUTE}"
            )
        targets = {(s["name"], s["results_root"]) for s in statuses if s.get("results_root")}
        for name, root in sorted(targets):
            frame = consolidate(name, root)
            if frame is not None:
                new_rows = sum(
                    s.get("num_rows", 0)
                    for s in statuses
                    if (s.get("name"), s.get("results_root")) == (name, root)
                )
                print(
                    f"{name}: {by_status.get('done', 0)} of {total} jobs ran ({new_rows} new rows); "
                    f"{_display(Path(root) / name / (name + '.csv'))} holds {len(frame)} rows"
                )
        failed = by_status.get("failed", 0) + max(total - len(statuses), 0)
        sys.stdout.flush()
        if failed:
            print(
                f"error: {failed} of {total} jobs failed; see the lines above (each job's "
                f"{STATUS_FILE} under {_display(sweep_dir)})",
                file=sys.stderr,
            )
            sys.exit(EXIT_USER_ERROR)
