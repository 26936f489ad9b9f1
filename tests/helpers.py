"""Helpers shared by the test modules (importable because pytest puts tests/ on sys.path)."""

from __future__ import annotations

import io
import subprocess
import sys
import traceback
from contextlib import redirect_stderr, redirect_stdout
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from servesolve.costs.roofline import BatchShape, ReplicaConfig, RooflineCostModel
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec
from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

#: The simulator tests' model and cluster: Llama-3.1-8B on one node of 8 H100.
MODEL = model_from_config(catalogue_entry("model", "llama3.1-8b"))
CLUSTER = cluster_from_config(catalogue_entry("cluster", "h100x8"))
OVERHEAD_S = 0.002
#: Relative tolerance of "exact" answers: the simulator and the test sum the same floats.
EXACT = 1e-12


def run_cli(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """``servesolve ARGS`` in a subprocess, output captured."""
    return subprocess.run(
        [sys.executable, "-m", "servesolve.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
    )


@dataclass(frozen=True)
class Outcome:
    """What ``servesolve ARGS`` did: exit status and its two streams."""

    code: int
    stdout: str
    stderr: str


def run_main(args: list[str], monkeypatch) -> Outcome:
    """``servesolve ARGS`` in this process (``servesolve.cli.main``), output captured; an
    escaping exception becomes a traceback on stderr and status 1, as the console script
    would show it. ``monkeypatch`` restores ``sys.argv``, which main() rewrites."""
    from servesolve.cli import main

    monkeypatch.setattr(sys, "argv", ["servesolve", *args])
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with redirect_stdout(out), redirect_stderr(err):
        try:
            main(args)
        except SystemExit as exc:
            code = exc.code if isinstance(exc.code, int) else 1
        except Exception:
            traceback.print_exc()
            code = 1
    return Outcome(code, out.getvalue(), err.getvalue())


def requests(rows: list[tuple[float, int, int]]) -> pd.DataFrame:
    """A request table from (arrival_time_s, input_tokens, output_tokens) rows."""
    return pd.DataFrame(rows, columns=["arrival_time_s", "input_tokens", "output_tokens"])


def spec(**kw) -> SimulationSpec:
    """A simulation of MODEL on CLUSTER; one TP1 replica with 64 slots unless given."""
    kw.setdefault("replicas", (ReplicaGroupSpec(1, 1, 64),))
    return SimulationSpec(MODEL, CLUSTER, iteration_overhead_s=OVERHEAD_S, **kw)


def period(shape: BatchShape, tp: int = 1, pp: int = 1) -> float:
    """The cost model's iteration period for ``shape``: the exact answers' building block."""
    return (
        RooflineCostModel(MODEL, CLUSTER, OVERHEAD_S)
        .iteration_time(ReplicaConfig(tp, pp), shape)
        .period_s
    )
