"""The paper build: every figure/table script runs on the results fixture, numbers match.

Runs ``python paper/build.py`` in a subprocess (as a user does) on
``tests/fixtures/results`` (small subsets of the experiments' result tables, see
``tests/fixtures/README.md``) into a temporary folder.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from matplotlib.collections import PathCollection, PolyCollection

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
#: The silicon validation's figure and table (the measured serving runs).
SILICON_SCRIPTS = {"fig_silicon_validation", "tab_silicon_validation"}
SILICON_KEYS = ["system", "engine", "split"]


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


def silicon_rows() -> pd.DataFrame:
    """The fixture's silicon rows from its runner files, the latest run per ``id`` (as the
    experiment's ``rows.csv``), with ``simulated`` (the row has a prediction)."""
    files = sorted((FIXTURE / "silicon_validation" / "runs").glob("*.csv"))
    rows = pd.concat([pd.read_csv(f) for f in files], ignore_index=True)
    rows = rows.sort_values("finished_at", kind="stable").drop_duplicates("id", keep="last")
    return rows.assign(simulated=rows["predicted_ttft_ms"].notna())


def silicon_expected(rows: pd.DataFrame) -> pd.DataFrame:
    """Per (system, engine, split), the table's statistics recomputed from the rows; the
    errors from the measured and predicted milliseconds, (predicted - measured) / measured."""
    sim = rows[rows["simulated"]].copy()
    for metric in ("ttft", "tpot"):
        measured = sim[f"measured_{metric}_ms"]
        sim[metric] = 100 * (sim[f"predicted_{metric}_ms"] - measured) / measured
        sim[f"aic_{metric}"] = 100 * (sim[f"aic_{metric}_ms"] - measured) / measured
    aic = sim[sim["aic_ttft"].notna() & sim["aic_tpot"].notna()]
    expected = {}
    for key, group in rows.groupby(SILICON_KEYS):
        ours = sim[(sim[SILICON_KEYS] == list(key)).all(axis=1)]
        theirs = aic[(aic[SILICON_KEYS] == list(key)).all(axis=1)]
        expected[key] = {
            "n": len(ours),
            "skipped": int((~group["simulated"]).sum()),
            "ttft_mae_pct": ours["ttft"].abs().median(),
            "ttft_bias_pct": ours["ttft"].median(),
            "tpot_mae_pct": ours["tpot"].abs().median(),
            "tpot_bias_pct": ours["tpot"].median(),
            "aic_n": len(theirs),
            "aic_ttft_mae_pct": theirs["aic_ttft"].abs().median(),
            "aic_tpot_mae_pct": theirs["aic_tpot"].abs().median(),
        }
    frame = pd.DataFrame.from_dict(expected, orient="index")
    frame.index.names = SILICON_KEYS
    return frame


def test_silicon_fixture_has_the_experiment_layout() -> None:
    folder = FIXTURE / "silicon_validation"
    rows = silicon_rows()
    # the runner's files, one per job, plus the derived tables the experiment writes
    assert len(list((folder / "runs").glob("*.csv"))) >= 3
    for name in ("rows.csv", "summary.csv"):
        assert (folder / name).stat().st_size > 0, name
    assert rows["system"].nunique() >= 3 and rows["engine"].nunique() >= 2
    assert "train" in set(rows["split"]) and rows["split"].str.startswith("heldout_").any()
    assert (~rows["simulated"]).sum() >= 3  # skipped rows, with their reason
    assert rows.loc[~rows["simulated"], "skip_reason"].notna().all()
    written = pd.read_csv(folder / "rows.csv")
    assert sorted(written["id"]) == sorted(rows["id"])


def test_silicon_table_equals_fixture_aggregates(built: Path) -> None:
    assert SILICON_SCRIPTS <= set(scripts())
    rows = silicon_rows()
    # the recorded errors follow the sign convention the paper states
    sim = rows[rows["simulated"]]
    measured = sim["measured_ttft_ms"]
    np.testing.assert_allclose(
        sim["ttft_error_pct"], 100 * (sim["predicted_ttft_ms"] - measured) / measured, rtol=EXACT
    )
    expected = silicon_expected(rows)
    table = pd.read_csv(built / "tables" / "tab_silicon_validation.csv")
    assert sorted(map(tuple, table[SILICON_KEYS].to_numpy())) == sorted(expected.index)
    table = table.set_index(SILICON_KEYS).loc[expected.index]
    for column in ("n", "skipped", "aic_n"):
        np.testing.assert_array_equal(table[column], expected[column], err_msg=column)
    for column in expected.columns.drop(["n", "skipped", "aic_n"]):
        np.testing.assert_allclose(table[column], expected[column], rtol=1e-9, err_msg=column)
    assert (expected["aic_n"] == 0).any() and (expected["aic_n"] < expected["n"]).any()
    # systems in the display order, train before the held-out splits of each engine
    shown = pd.read_csv(built / "tables" / "tab_silicon_validation.csv")
    assert list(dict.fromkeys(shown["system"])) == ["h100_sxm", "h200_sxm", "b200_sxm"]
    for _, group in shown.groupby(["system", "engine"], sort=False):
        splits = list(group["split"])
        assert splits == ["train", *sorted(s for s in splits if s != "train")]
    # the Markdown shows the same numbers (three significant digits, signed where signed)
    markdown = (built / "tables" / "tab_silicon_validation.md").read_text()
    for key, row in expected.iterrows():
        cells = next(
            [c.strip() for c in line.strip("|").split("|")]
            for line in markdown.splitlines()
            if [c.strip() for c in line.strip("|").split("|")][:3] == list(key)
        )
        assert int(cells[3]) == row["n"] and int(cells[4]) == row["skipped"]
        assert int(cells[9]) == row["aic_n"]
        for cell, value, signed in [
            (cells[5], row["ttft_mae_pct"], False),
            (cells[6], row["ttft_bias_pct"], True),
            (cells[7], row["tpot_mae_pct"], False),
            (cells[8], row["tpot_bias_pct"], True),
            (cells[10], row["aic_ttft_mae_pct"], False),
            (cells[11], row["aic_tpot_mae_pct"], False),
        ]:
            if np.isnan(value):
                assert cell == "—"
                continue
            assert cell.endswith(" %") and cell.startswith("+" if value > 0 and signed else "")
            np.testing.assert_allclose(float(cell.removesuffix(" %")), value, rtol=5e-3)


def test_silicon_table_agrees_with_the_experiment_summary(built: Path) -> None:
    """Where a (system, engine, split) group holds one model and mode, its row is the
    experiment's own summary.csv row (the same statistics, pooled over nothing)."""
    summary = pd.read_csv(FIXTURE / "silicon_validation" / "summary.csv")
    table = pd.read_csv(built / "tables" / "tab_silicon_validation.csv").set_index(SILICON_KEYS)
    single = summary.groupby(SILICON_KEYS).filter(lambda g: len(g) == 1)
    assert len(single) >= 3 and len(single) < len(summary)  # some groups pool models
    columns = ["n", "ttft_mae_pct", "ttft_bias_pct", "tpot_mae_pct", "tpot_bias_pct"]
    columns += ["aic_ttft_mae_pct", "aic_tpot_mae_pct"]
    ours = table.loc[list(map(tuple, single[SILICON_KEYS].to_numpy())), columns]
    np.testing.assert_allclose(
        ours.to_numpy(float), single[columns].to_numpy(float), rtol=1e-9, equal_nan=True
    )


def test_silicon_text_states_the_table(built: Path) -> None:
    paper = (built / "paper.md").read_text()
    table = pd.read_csv(built / "tables" / "tab_silicon_validation.csv")
    shown = table[table["n"] > 0]
    snippet = (built / "snippets" / "silicon_headline.md").read_text().strip()
    assert snippet in paper
    assert (
        f"{table['n'].sum()} simulated silicon rows ({table['skipped'].sum()} skipped)" in snippet
    )
    within = int((shown["ttft_mae_pct"] <= 10).sum())
    assert f"TTFT error is within the 10 % target in {within} of {len(shown)} groups" in snippet
    assert "Validation against measured serving runs" in paper
    assert "(predicted − measured) / measured" in paper and "optimistic" in paper
    section = paper.split("Validation against measured serving runs", 1)[1].split("\n## ", 1)[0]
    assert "](figures/fig_silicon_validation.png)" in section
    assert (built / "tables" / "tab_silicon_validation.md").read_text().strip() in section


def load_figure_script():
    """The figure script imported in this process (paper/ on sys.path for paperlib)."""
    if str(PAPER) not in sys.path:
        sys.path.insert(0, str(PAPER))
    path = PAPER / "figures" / "fig_silicon_validation.py"
    spec = importlib.util.spec_from_file_location("paper_fig_silicon_validation", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_silicon_figure_panels(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    module = load_figure_script()
    captured = {}

    def capture(figure, out, name):
        captured[name] = figure
        return []

    monkeypatch.setattr(module, "save_figure", capture)
    module.make(FIXTURE, tmp_path)
    fig = captured["fig_silicon_validation"]
    rows = silicon_rows()
    sim = rows[rows["simulated"]]
    counts = sim.groupby("system").size()
    systems = ["h100_sxm", "h200_sxm", "b200_sxm"]
    axes = np.array(fig.axes).reshape(2, len(systems))  # a row per metric, a column per system
    fig.canvas.draw()
    legend_box = fig.legends[0].get_window_extent()
    for row, metric in enumerate(["ttft", "tpot"]):
        values = sim[[f"measured_{metric}_ms", f"predicted_{metric}_ms"]].to_numpy()
        limits = {ax.get_xlim() for ax in axes[row]} | {ax.get_ylim() for ax in axes[row]}
        assert len(limits) == 1  # one range for x and y in every system's panel
        low, high = limits.pop()
        assert low <= values.min() and values.max() <= high
        assert np.log10(low).is_integer() and np.log10(high).is_integer()
        for ax, system in zip(axes[row], systems, strict=True):
            assert ax.get_title() == f"{system} (n = {counts[system]})"
            assert ax.get_xscale() == ax.get_yscale() == "log"
            assert metric.upper() in ax.get_xlabel()
            points = sum(
                len(c.get_offsets()) for c in ax.collections if isinstance(c, PathCollection)
            )
            assert points == counts[system]
            # y = x, and the +-10 % band around it
            diagonal = [ln for ln in ax.get_lines() if np.allclose(ln.get_xdata(), ln.get_ydata())]
            assert diagonal and any(isinstance(c, PolyCollection) for c in ax.collections)
            band = next(c for c in ax.collections if isinstance(c, PolyCollection))
            ys = band.get_paths()[0].vertices[:, 1]
            xs = band.get_paths()[0].vertices[:, 0]
            ratios = ys[xs > low] / xs[xs > low]
            np.testing.assert_allclose([ratios.min(), ratios.max()], [0.9, 1.1], rtol=1e-9)
            ticks = [t for t in ax.xaxis.get_majorticklocs() if low <= t <= high]
            assert 2 <= len(ticks) <= 5
            assert ax.get_window_extent().x1 < legend_box.x0  # the legend is outside
    labels = [t.get_text() for t in fig.legends[0].get_texts()]
    for name in [*sim["engine"].unique(), *sim["split"].unique()]:
        assert name in labels
    assert any("10 %" in label for label in labels)
