"""An experiment sweep through Hydra's Ray launcher against a real local Ray instance.

``hydra/launcher=ray`` starts a local Ray (``ray.init`` with 2 CPUs, no dashboard) in the
driver; each job runs in a Ray worker process. The jobs write into the default results
folder, ``results/`` relative to where the command was started, which they find through
Hydra's ``runtime.cwd`` whatever folder Ray starts its workers in.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from servesolve.experiments.results import load_results

RAY_LAUNCHER = [
    "hydra/launcher=ray",
    "+hydra.launcher.ray.init.num_cpus=2",
    "+hydra.launcher.ray.init.include_dashboard=false",
]


@pytest.mark.slow
def test_ray_launcher_runs_every_job_in_ray_workers(tmp_path: Path) -> None:
    env = os.environ | {"RAY_USAGE_STATS_ENABLED": "0"}
    start = time.perf_counter()
    with subprocess.Popen(
        [
            sys.executable,
            "-c",
            "from servesolve.cli import main; main()",
            "-m",
            "+experiment=solver_swap",
            "experiment.instances=[fleet_small_seed0,parallelism_small_seed2]",
            "experiment.backend=cbc,highs",
            f"hydra.sweep.dir={tmp_path / 'sweep'}",
            *RAY_LAUNCHER,
        ],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    ) as proc:
        stdout, stderr = proc.communicate(timeout=240)
    seconds = time.perf_counter() - start
    assert proc.returncode == 0, stderr
    assert "2 jobs on the ray launcher" in stdout, stdout
    jobs = [json.loads(p.read_text()) for p in sorted((tmp_path / "sweep").rglob("job.json"))]
    assert [j["status"] for j in jobs] == ["done", "done"]
    assert all(j["pid"] != proc.pid for j in jobs)  # each job ran in a Ray worker
    rows = load_results("solver_swap", tmp_path / "results")
    assert sorted(rows["backend"]) == ["cbc", "cbc", "highs", "highs"]
    assert rows["agrees"].all() and rows.groupby("job_key").size().tolist() == [2, 2]
    print(f"Ray sweep of 2 jobs: {seconds:.1f} s")  # shown with pytest -s
