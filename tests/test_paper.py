"""The paper build: every figure/table script runs on the results fixture, numbers match.

Runs ``python paper/build.py`` in a subprocess (as a user does) on
``tests/fixtures/results`` (small subsets of the experiments' result tables, see
``tests/fixtures/README.md``) into a temporary folder.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
PAPER = ROOT / "paper"
FIXTURE = ROOT / "tests" / "fixtures" / "results"
#: Relative tolerance for aggregates the build and the test compute from the same floats.
EXACT = 1e-9
#: What the issue asks for at least (issue 6, "Paper"); the build may make more.
REQUIRED_SCRIPTS = {
    "tab_solver_swap",
    "fig_scaling_time",
    "tab_scaling_gap",
    "fig_apex_throughput",
    "tab_apex_throughput",
    "fig_apex_latency",
    "tab_apex_plan_time",
    "fig_exegpt_ratio",
    "tab_exegpt_ratio",
    "tab_fidelity",
}


def run_build(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(PAPER / "build.py"), *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def raw_rows(experiment: str) -> pd.DataFrame:
    """The fixture's rows read directly from its CSV file (not through load_results)."""
    return pd.read_csv(FIXTURE / experiment / f"{experiment}.csv")


def scripts() -> list[str]:
    names = [p.stem for p in (PAPER / "figures").glob("fig_*.py")]
    return names + [p.stem for p in (PAPER / "tables").glob("tab_*.py")]


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("paper") / "build"
    result = run_build("--results", FIXTURE, "--out", out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    return out


def test_every_expected_file_appears_non_empty(built: Path) -> None:
    assert REQUIRED_SCRIPTS <= set(scripts())
    expected = [built / "paper.md"]
    for name in scripts():
        if name.startswith("fig_"):
            expected += [built / "figures" / f"{name}.{ext}" for ext in ("pdf", "png")]
        else:
            expected += [built / "tables" / f"{name}.{ext}" for ext in ("md", "tex", "csv")]
    for path in expected:
        assert path.is_file() and path.stat().st_size > 0, path
    assert (built / "figures" / "fig_scaling_time.pdf").read_bytes().startswith(b"%PDF")
    assert (built / "figures" / "fig_scaling_time.png").read_bytes().startswith(b"\x89PNG")


def test_paper_inlines_every_table_and_figure(built: Path) -> None:
    paper = (built / "paper.md").read_text()
    assert "missing output" not in paper and "{{" not in paper
    for name in scripts():
        if name.startswith("tab_"):
            table = (built / "tables" / f"{name}.md").read_text().strip()
            assert table in paper, name
        else:
            assert f"](figures/{name}.png)" in paper, name
    for snippet in (built / "snippets").glob("*.md"):
        assert snippet.read_text().strip() in paper, snippet.name
    assert "Oh et al., ASPLOS 2024" in paper and "Lin et al., 2024" in paper


def test_solver_swap_table_equals_fixture_aggregates(built: Path) -> None:
    rows = raw_rows("solver_swap")
    rows["agrees"] = rows["agrees"].astype(str) == "True"
    expected = rows.groupby(["formulation", "backend"]).agg(
        agree=("agrees", "sum"), solves=("agrees", "size"), median_time_s=("time_s", "median")
    )
    table = pd.read_csv(built / "tables" / "tab_solver_swap.csv")
    table = table.set_index(["formulation", "backend"]).loc[expected.index]
    np.testing.assert_array_equal(table["num_agree"], expected["agree"])
    np.testing.assert_array_equal(table["num_solves"], expected["solves"])
    np.testing.assert_allclose(table["median_time_s"], expected["median_time_s"], rtol=EXACT)
    markdown = (built / "tables" / "tab_solver_swap.md").read_text()
    for (formulation, backend), row in expected.iterrows():
        line = next(
            ln for ln in markdown.splitlines() if f" {formulation} " in ln and f" {backend} " in ln
        )
        assert f"{int(row['agree'])} / {int(row['solves'])}" in line


def test_exegpt_ratio_table_equals_fixture_aggregates(built: Path) -> None:
    rows = raw_rows("exegpt_reproduction")
    rows = rows[(rows["method"] != "static_baseline") & np.isfinite(rows["ratio_vs_baseline"])]
    expected = rows.groupby("method")["ratio_vs_baseline"].agg(["mean", "max"])
    assert len(expected) >= 2  # the fixture compares several methods
    table = pd.read_csv(built / "tables" / "tab_exegpt_ratio.csv")
    ours = table[table["source"] == "this work"].set_index("method").loc[expected.index]
    np.testing.assert_allclose(ours["mean_ratio"], expected["mean"], rtol=EXACT)
    np.testing.assert_allclose(ours["max_ratio"], expected["max"], rtol=EXACT)
    published = table[table["source"] != "this work"]
    assert published[["mean_ratio", "max_ratio"]].to_numpy().tolist() == [[2.9, 15.2]]


def test_missing_experiment_is_one_line_and_non_zero(tmp_path: Path) -> None:
    results = tmp_path / "results"
    shutil.copytree(FIXTURE, results)
    shutil.rmtree(results / "fidelity")
    out = tmp_path / "build"
    result = run_build(
        "--results", results, "--out", out, "--only", "tab_fidelity", "--only", "tab_solver_swap"
    )
    assert result.returncode == 2, result.stdout + result.stderr
    lines = [ln for ln in result.stdout.splitlines() if ln.startswith("[") and "tab_fidelity" in ln]
    assert len(lines) == 1
    assert "fidelity" in lines[0] and "servesolve -m +experiment=fidelity" in lines[0]
    assert "Traceback" not in result.stdout + result.stderr
    assert (out / "tables" / "tab_solver_swap.md").stat().st_size > 0  # the rest still builds
    assert not (out / "tables" / "tab_fidelity.md").exists()
    assert "missing output: tab_fidelity" in (out / "paper.md").read_text()


def test_refuses_to_wipe_a_folder_it_did_not_make(tmp_path: Path) -> None:
    out = tmp_path / "mine"
    out.mkdir()
    (out / "notes.txt").write_text("keep me")
    result = run_build("--results", FIXTURE, "--out", out, "--only", "tab_solver_swap")
    assert result.returncode == 2
    assert result.stderr.startswith("error: --out:") and len(result.stderr.splitlines()) == 1
    assert (out / "notes.txt").read_text() == "keep me"


def test_apex_table_ratios_equal_fixture_ratios(built: Path) -> None:
    rows = raw_rows("apex_reproduction")
    wide = rows.pivot_table(
        index=["model", "workload"], columns="method", values="slo_throughput_per_s"
    )
    table = pd.read_csv(built / "tables" / "tab_apex_throughput.csv").set_index(
        ["model", "workload"]
    )
    table = table.loc[wide.index]
    for heuristic in ("tp8", "tp1_pp8", "max_dp"):
        np.testing.assert_allclose(
            table[f"ratio_vs_{heuristic}"], wide["optimal"] / wide[heuristic], rtol=EXACT
        )
