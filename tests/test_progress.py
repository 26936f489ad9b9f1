"""Long steps show progress: `servesolve plan` prices candidates and simulates each plan
under a tqdm bar on a terminal (once a step has run PROGRESS_DELAY_S), and writes no bar
into a file or pipe. Issue 15: `cluster.num_nodes=128` ran for minutes printing nothing."""

from __future__ import annotations

import io
import re
import sys
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

import pytest

from servesolve import progress
from servesolve.cli import main

PLAN = [
    "plan",
    "model=llama3.1-8b",
    "planner.candidates.max_num_seqs=[32,64]",
    "planner.candidates.max_pp=1",
]


class Terminal(io.StringIO):
    """A stream that says it is a terminal, as stderr is in an interactive shell."""

    def isatty(self) -> bool:
        return True


def _run(args: list[str], stderr: io.StringIO, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setattr(sys, "argv", ["servesolve", *args])
    out = io.StringIO()
    code = 0
    with redirect_stdout(out), redirect_stderr(stderr):
        try:
            main(args)
        except SystemExit as exc:
            code = exc.code
    assert code in (0, None), stderr.getvalue()
    return out.getvalue()


def test_plan_shows_pricing_and_simulation_progress_on_a_terminal_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "PROGRESS_DELAY_S", 0.0)  # every step counts as long
    terminal = Terminal()
    report = _run([*PLAN, f"hydra.run.dir={tmp_path / 'tty'}"], terminal, monkeypatch)
    bars = terminal.getvalue().replace("\r", "\n")
    # Pricing counts the (layout, max_num_seqs) pairs: one per row of candidates.csv.
    candidates = (tmp_path / "tty" / "candidates.csv").read_text().strip().splitlines()
    totals = set(re.findall(r"pricing candidates: .*?\| \d+/(\d+) ", bars))
    assert totals == {str(len(candidates) - 1)}, bars
    # Each simulator check has its bar, counting simulated seconds, and names the run
    # the report's table shows (its request count).
    simulated = set(re.findall(r"simulating (\w+) \((\d+) replicas, (\d+) requests\)", bars))
    assert {name for name, _, _ in simulated} >= {"milp", "max_dp"}, bars
    table = report[report.index("Simulated (") :]
    for _, _, requests in simulated:
        assert re.search(rf" {requests} +[\d.]+ +[\d.]+ ", table), (requests, table)
    assert re.search(r"\| \d+/\d+ simulated s \[", bars)
    assert "Simulated (" in report

    # Into a file or pipe (not a terminal): no bar, the same report.
    plain = io.StringIO()
    again = _run([*PLAN, f"hydra.run.dir={tmp_path / 'pipe'}"], plain, monkeypatch)
    assert plain.getvalue() == ""
    strip = re.compile(r"(in|solve) [\d.]+ s|/tmp\S+")
    assert strip.sub("", again) == strip.sub("", report)
