"""Figure: predicted against measured TTFT and TPOT of aiconfigurator's silicon runs, log-log,
one column per system, one row per metric, colour = engine, marker = split; y = x dashed.

Reads ``results/silicon_validation`` (the rows the experiment simulated; skipped rows have
no prediction and are left out). Written as a ``make(results, out)`` script like
``paper/figures/fig_*.py``; it lives beside them, not in ``figures/``, until the results
fixture (tests/fixtures/results) and ``paper.template.md`` carry it, because the build runs
every script in ``figures/`` on that fixture. By hand::

    python paper/fig_silicon_validation.py --results results --out /tmp/paper
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
import seaborn as sns
from paperlib import DEFAULT_RESULTS, load, save_figure, theme

EXPERIMENT = "silicon_validation"
COLUMNS = (
    "id",
    "system",
    "engine",
    "split",
    "measured_ttft_ms",
    "predicted_ttft_ms",
    "measured_tpot_ms",
    "predicted_tpot_ms",
)
METRICS = {"ttft": "TTFT (ms)", "tpot": "TPOT (ms)"}
SYSTEMS = ("h100_sxm", "h200_sxm", "b200_sxm", "b300_sxm", "gb200", "gb300")


def long_form(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (silicon row, metric) with its measured and predicted value (ms); the
    latest run of each silicon row, simulated rows only."""
    frame = frame.drop_duplicates("id", keep="last")
    parts = []
    for metric, label in METRICS.items():
        part = frame[["system", "engine", "split"]].assign(
            metric=label,
            measured_ms=frame[f"measured_{metric}_ms"],
            predicted_ms=frame[f"predicted_{metric}_ms"],
        )
        parts.append(part[(part["predicted_ms"] > 0) & (part["measured_ms"] > 0)])
    return pd.concat(parts, ignore_index=True)


def make(results: Path, out: Path) -> list[Path]:
    """Write ``fig_silicon_validation`` (.pdf/.png)."""
    data = long_form(load(EXPERIMENT, results, COLUMNS))
    systems = [s for s in SYSTEMS if s in set(data["system"])]
    systems += sorted(set(data["system"]) - set(systems))
    theme()
    grid = sns.relplot(
        data=data,
        x="measured_ms",
        y="predicted_ms",
        hue="engine",
        style="split",
        col="system",
        col_order=systems,
        row="metric",
        row_order=list(METRICS.values()),
        kind="scatter",
        s=14,
        alpha=0.7,
        height=2.4,
        aspect=1.0,
        facet_kws={"sharex": "row", "sharey": "row"},
    )
    grid.set(xscale="log", yscale="log")
    for (metric, _), ax in grid.axes_dict.items():
        values = data.loc[data["metric"] == metric, ["measured_ms", "predicted_ms"]]
        low, high = float(values.min().min()) / 1.5, float(values.max().max()) * 1.5
        ax.plot([low, high], [low, high], color="black", linestyle="--", linewidth=0.8)
        ax.set_xlim(low, high)
        ax.set_ylim(low, high)
    grid.set_titles(template="{col_name}")
    for axes in grid.axes[1:]:
        for ax in axes:
            ax.set_title("")  # the system names head the first row only
    grid.figure.subplots_adjust(hspace=0.3)
    for metric, axes in zip(METRICS.values(), grid.axes, strict=True):
        axes[0].set_ylabel(f"predicted {metric}")
        for ax in axes:
            ax.set_xlabel(f"measured {metric}")
    return save_figure(grid, out, "fig_silicon_validation")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=DEFAULT_RESULTS)
    parser.add_argument("--out", type=Path, required=True)
    args = parser.parse_args()
    for path in make(args.results, args.out):
        print(path)
