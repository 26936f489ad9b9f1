"""What a sweep says when it is stopped by Ctrl-C or finds its results already there.

The runs are in-process (``servesolve.cli.main``, Hydra's basic launcher) with the work
itself replaced by a stub, so the tests time the CLI's bookkeeping, not a solve.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import run_main

import servesolve.experiments.scaling as scaling
import servesolve.planning as planning
from servesolve.cli import EXIT_INTERRUPTED


def _one_line(stderr: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def test_ctrl_c_in_an_experiment_sweep_says_how_to_resume_and_the_rerun_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    results = tmp_path / "results"
    ran: list[str] = []
    interrupt = True

    def run_job(params: dict) -> list[dict]:
        ran.append(params["backend"])
        if interrupt and params["backend"] == "highs":
            raise KeyboardInterrupt
        return [{"size": 8, "seconds": 0.1}]

    monkeypatch.setattr(scaling, "run_job", run_job)
    sweep = [
        "-m",
        "+experiment=scaling",
        "experiment.formulation=parallelism",
        "experiment.backend=cp_sat,highs",
        f"experiment.results_dir={results}",
        "hydra/launcher=basic",
    ]
    stopped = run_main([*sweep, f"hydra.sweep.dir={tmp_path / 's1'}"], monkeypatch)
    assert stopped.code == EXIT_INTERRUPTED
    assert _one_line(stopped.stderr) == (
        f"interrupted (Ctrl-C): the rows of every finished job are kept in "
        f"{results / 'scaling' / 'runs'}/; run the same command again to resume: jobs whose "
        "rows exist are skipped"
    )
    assert ran == ["cp_sat", "highs"]
    assert len(list((results / "scaling" / "runs").glob("*.csv"))) == 1

    interrupt = False
    resumed = run_main([*sweep, f"hydra.sweep.dir={tmp_path / 's2'}"], monkeypatch)
    assert resumed.code == 0, resumed.stderr
    assert ran == ["cp_sat", "highs", "highs"]  # the finished job is not run again
    assert "skipped 1 of 2 jobs: their rows already exist in" in resumed.stdout
    assert "to recompute, delete those rows files" in resumed.stdout
    assert "experiment.results_dir=NEW_DIR" in resumed.stdout
    assert len(list((results / "scaling" / "runs").glob("*.csv"))) == 2


def test_an_experiment_with_every_result_present_says_so_and_how_to_recompute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scaling, "run_job", lambda params: [{"size": 8, "seconds": 0.1}])
    sweep = [
        "-m",
        "+experiment=scaling",
        "experiment.formulation=parallelism",
        "experiment.backend=cp_sat",
        f"experiment.results_dir={tmp_path / 'results'}",
        "hydra/launcher=basic",
    ]
    assert run_main([*sweep, f"hydra.sweep.dir={tmp_path / 's1'}"], monkeypatch).code == 0
    again = run_main([*sweep, f"hydra.sweep.dir={tmp_path / 's2'}"], monkeypatch)
    assert again.code == 0 and again.stderr == ""
    assert "scaling: 0 of 1 jobs ran" in again.stdout
    assert "skipped 1 of 1 jobs: their rows already exist in" in again.stdout
    assert "(committed results count too); to recompute" in again.stdout


def test_ctrl_c_in_a_single_run_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(request: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(planning, "plan", interrupted)
    out = tmp_path / "run"
    stopped = run_main(["model=llama3.1-8b", f"hydra.run.dir={out}"], monkeypatch)
    assert stopped.code == EXIT_INTERRUPTED
    assert _one_line(stopped.stderr) == (
        "interrupted (Ctrl-C): nothing was written; run the same command again"
    )
    assert not out.exists()


def test_ctrl_c_in_a_plan_sweep_names_the_sweep_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(request: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(planning, "plan", interrupted)
    sweep = tmp_path / "sweep"
    stopped = run_main(["-m", "solver=cp_sat,highs", f"hydra.sweep.dir={sweep}"], monkeypatch)
    assert stopped.code == EXIT_INTERRUPTED
    assert _one_line(stopped.stderr) == (
        f"interrupted (Ctrl-C): the jobs that finished kept their files in {sweep}; run the "
        "jobs that did not finish again, with a new hydra.sweep.dir"
    )
