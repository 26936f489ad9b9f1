"""Experiment sweeps end to end through the real CLI (joblib launcher), and the runner's parts.

The sweeps run ``solver_swap`` on two tiny library instances, so each job takes well under
a second and the time goes to starting the CLI and the joblib worker processes.
"""

from __future__ import annotations

import json
import math
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from servesolve.errors import SpecError
from servesolve.experiments.results import consolidated_path, load_results, run_path, write_run
from servesolve.experiments.runner import config_columns, job_key, rows_frame
from servesolve.experiments.solver_swap import DEFAULT_LIBRARY

#: Two instances of the library: one optimal, one infeasible (known outcomes in index.csv).
INSTANCES = "experiment.instances=[fleet_small_seed0,parallelism_small_seed2]"


def servesolve(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """``servesolve ARGS`` in a fresh process, as a user runs it; ``.args`` ends with its
    process id (to tell the driver from the workers)."""
    with subprocess.Popen(
        [sys.executable, "-c", "from servesolve.cli import main; main()", *args],
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
        stdout, stderr = proc.communicate(timeout=180)
    return subprocess.CompletedProcess([*args, proc.pid], proc.returncode, stdout, stderr)


def snapshot(folder: Path) -> dict[str, tuple[int, bytes]]:
    """Every file under ``folder`` with its modification time and content."""
    return {
        str(p.relative_to(folder)): (p.stat().st_mtime_ns, p.read_bytes())
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def statuses(sweep_dir: Path) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted(sweep_dir.rglob("job.json"))]


def bad_library(folder: Path) -> Path:
    """A library whose index is valid but whose MPS file is not: fails only when solved."""
    folder.mkdir()
    index = pd.read_csv(DEFAULT_LIBRARY / "index.csv")
    index[index["instance"] == "fleet_small_seed0"].to_csv(folder / "index.csv", index=False)
    (folder / "fleet_small_seed0.mps").write_text("NAME x\nROWS\n N obj\n C1 bad\nENDATA\n")
    return folder


@pytest.mark.slow
def test_sweep_writes_rows_resumes_refuses_clashes_and_reports_failed_jobs(
    tmp_path: Path,
) -> None:
    results = tmp_path / "results"
    common = ["-m", "+experiment=solver_swap", INSTANCES, f"experiment.results_dir={results}"]

    # Two jobs in parallel through the default (joblib) launcher.
    first = servesolve(
        [*common, "experiment.backend=cbc,highs", f"hydra.sweep.dir={tmp_path / 's1'}"], tmp_path
    )
    assert first.returncode == 0, first.stderr
    assert first.stderr == ""  # nothing on stderr for success
    assert "2 jobs on the joblib launcher" in first.stdout
    assert "job 1/2 done in" in first.stdout and "job 2/2 done in" in first.stdout
    jobs = statuses(tmp_path / "s1")
    assert [j["status"] for j in jobs] == ["done", "done"]
    assert all(j["pid"] != first.args[-1] for j in jobs)  # the jobs ran in worker processes
    rows = load_results("solver_swap", results)
    assert len(rows) == 4 and set(rows["backend"]) == {"cbc", "highs"}
    # config fields as columns, the runner's columns, and the experiment's own
    assert {"name", "backend", "time_limit_s", "instances", "job_key", "wall_s"} <= set(rows)
    assert {"finished_at", "servesolve_version", "git_commit", "status", "agrees"} <= set(rows)
    assert "results_dir" not in rows  # bookkeeping, not a parameter
    assert (rows["name"] == "solver_swap").all() and (rows["time_limit_s"] == 60).all()
    assert rows["agrees"].all()
    assert set(rows["status"]) == {"optimal", "infeasible"}
    for key, group in rows.groupby("job_key"):
        assert run_path("solver_swap", str(key), results).exists() and len(group) == 2
    consolidated = pd.read_csv(consolidated_path("solver_swap", results))
    assert len(consolidated) == 4

    # A re-run skips every job and writes nothing new under results/.
    before = snapshot(results)
    again = servesolve(
        [*common, "experiment.backend=cbc,highs", f"hydra.sweep.dir={tmp_path / 's2'}"], tmp_path
    )
    assert again.returncode == 0, again.stderr
    assert "skipped 2 of 2 jobs: their rows already exist in" in again.stdout
    assert "or pass experiment.results_dir=NEW_DIR" in again.stdout
    assert snapshot(results) == before

    # The same job listed twice is a clash: one runs, the other is refused; exit 2.
    clash = servesolve(
        [*common, "experiment.backend=cp_sat,cp_sat", f"hydra.sweep.dir={tmp_path / 's3'}"],
        tmp_path,
    )
    assert clash.returncode == 2
    assert "same parameters" in clash.stderr and "1 of 2 jobs failed" in clash.stderr
    assert sorted(j["status"] for j in statuses(tmp_path / "s3")) == ["done", "failed"]
    assert len(load_results("solver_swap", results)) == 6

    # A job that fails while running prints one line naming it, writes no row, and the
    # sweep goes on; the command exits with status 2.
    bad = bad_library(tmp_path / "bad")
    failing = servesolve(
        [
            "-m",
            "+experiment=solver_swap",
            "experiment.instances=[fleet_small_seed0]",
            "experiment.backend=cbc",
            f"experiment.library_dir={bad},{DEFAULT_LIBRARY}",
            f"experiment.results_dir={results}",
            f"hydra.sweep.dir={tmp_path / 's4'}",
        ],
        tmp_path,
    )
    assert failing.returncode == 2
    lines = failing.stderr.strip().splitlines()
    assert len(lines) == 2, failing.stderr
    assert lines[0].startswith(f"error: [experiment.library_dir={bad}]")
    assert lines[1].startswith("error: 1 of 2 jobs failed")
    assert "job 2/2 done in" in failing.stdout
    rows = load_results("solver_swap", results)
    assert len(rows) == 7 and rows["job_key"].nunique() == 4
    assert str(bad) not in set(rows["library_dir"].dropna())
    assert len(list((results / "solver_swap" / "runs").glob("*.csv"))) == 4


@pytest.mark.slow
def test_bad_sweep_value_is_refused_before_any_job_runs(tmp_path: Path) -> None:
    proc = servesolve(
        ["-m", "+experiment=solver_swap", "experiment.backend=cbc,gurobi", INSTANCES], tmp_path
    )
    assert proc.returncode == 2
    assert proc.stderr.strip() == (
        "error: experiment.backend: unknown name 'gurobi'; fix: choose one of cbc, cp_sat, highs, scip"
    )
    assert list(tmp_path.iterdir()) == []  # no sweep folder, no results


def test_job_key_is_stable_and_ignores_bookkeeping() -> None:
    params = {"name": "x", "backend": "cbc", "time_limit_s": 10.0, "results_dir": "a"}
    key = job_key(params)
    assert len(key) == 16 and key == job_key(dict(reversed(params.items())))
    assert key == job_key(params | {"results_dir": "elsewhere", "time_limit_s": 10})
    assert key != job_key(params | {"backend": "highs"})
    assert key != job_key(params | {"time_limit_s": 10.5})


def test_rows_get_config_and_runner_columns() -> None:
    params = {"name": "x", "a": {"b": 1}, "items": ["p", "q"], "results_dir": "r"}
    assert config_columns(params) == {"name": "x", "a.b": 1, "items": '["p", "q"]'}
    frame = rows_frame("x", "k", params, [{"value": 1.5}, {"value": None}], wall_s=0.25)
    assert list(frame.columns[:5]) == ["job_key", "name", "a.b", "items", "value"]
    assert frame["wall_s"].tolist() == [0.25, 0.25] and math.isnan(frame["value"][1])
    with pytest.raises(ValueError, match="column 'a.b' is 2"):
        rows_frame("x", "k", params, [{"a.b": 2}], wall_s=0.0)
    with pytest.raises(ValueError, match="column 'wall_s' is the runner's"):
        rows_frame("x", "k", params, [{"wall_s": 2}], wall_s=0.0)
    with pytest.raises(TypeError, match="rows must be flat"):
        rows_frame("x", "k", params, [{"v": [1, 2]}], wall_s=0.0)


def test_long_config_lists_are_stored_once_and_named_by_digest(tmp_path: Path) -> None:
    """A list longer than INLINE_LIMIT as JSON is a digest on every row and its JSON one
    file under params/, which reads back to the list; short lists stay inline."""
    import json

    from servesolve.experiments.runner import (
        INLINE_LIMIT,
        stored_params_path,
        write_stored_params,
    )

    models = [{"path": f"org/model-{i}", "family": "f"} for i in range(20)]
    assert len(json.dumps(models)) > INLINE_LIMIT
    params = {"name": "x", "models": models, "items": ["p", "q"]}
    stored: dict[str, str] = {}
    frame = rows_frame("x", "k", params, [{"v": 1}, {"v": 2}], wall_s=0.0, stored=stored)
    digest = frame["models"].iloc[0]
    assert digest.startswith("sha256:") and set(frame["models"]) == {digest}
    assert frame["items"].iloc[0] == '["p", "q"]'
    write_stored_params("x", stored, tmp_path)
    write_stored_params("x", stored, tmp_path)  # the same parameters again: no error
    assert json.loads(stored_params_path("x", digest, tmp_path).read_text()) == models
    with pytest.raises(ValueError, match="other parameters"):
        write_stored_params("x", {digest: "[]"}, tmp_path)


def test_write_run_never_overwrites(tmp_path: Path) -> None:
    path = run_path("x", "k", tmp_path)
    write_run(pd.DataFrame({"v": [1]}), path)
    with pytest.raises(SpecError, match="is never overwritten"):
        write_run(pd.DataFrame({"v": [2]}), path)
    assert pd.read_csv(path)["v"].tolist() == [1]
    assert [p.name for p in path.parent.iterdir()] == ["k.csv"]  # no temp file left


def test_load_results_concatenates_runs_or_reads_a_fixture(tmp_path: Path) -> None:
    write_run(pd.DataFrame({"job_key": ["a", "a"], "v": [1.1, 2.2]}), run_path("x", "a", tmp_path))
    write_run(pd.DataFrame({"job_key": ["b"], "v": [0.1 + 0.2]}), run_path("x", "b", tmp_path))
    rows = load_results("x", tmp_path)
    assert rows["job_key"].tolist() == ["a", "a", "b"]
    assert rows["v"].tolist() == [1.1, 2.2, 0.1 + 0.2]  # floats round-trip exactly
    assert pd.read_csv(consolidated_path("x", tmp_path)).equals(rows)
    # a fixture with only the consolidated table
    fixture = tmp_path / "fixture"
    (fixture / "x").mkdir(parents=True)
    shutil.copy(consolidated_path("x", tmp_path), consolidated_path("x", fixture))
    assert load_results("x", fixture).equals(rows)
    with pytest.raises(SpecError, match="no results of 'y'"):
        load_results("y", tmp_path)
