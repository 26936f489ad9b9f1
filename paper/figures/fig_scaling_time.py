"""Figure: solve time against instance size, log-log, one panel per formulation, one line per backend.

Sizes are GPUs for most formulations (8 to 1,024), pipeline stages for
``pipeline_partition`` and GPU types x workloads for ``fleet``: each panel's x label
says which. Solves that ended without a proof of optimality (time limit) are marked
with a black cross. Reads ``results/scaling``.
"""

from __future__ import annotations

from pathlib import Path

import seaborn as sns
from matplotlib.ticker import NullFormatter
from paperlib import load, save_figure, theme

EXPERIMENT = "scaling"
COLUMNS = ("formulation", "size", "size_unit", "backend", "status", "time_s")
MARKERS = ["o", "s", "^", "D", "v", "P"]  # never "x": a cross marks an unproven solve
MIN_TIME_S = 1e-4  # floor for the log axis (a solve never reports 0 s, but be safe)


def make(results: Path, out: Path) -> list[Path]:
    """Write ``fig_scaling_time`` (.pdf/.png)."""
    frame = load(EXPERIMENT, results, COLUMNS)
    frame = frame.assign(time_s=frame["time_s"].clip(lower=MIN_TIME_S))
    theme()
    grid = sns.relplot(
        data=frame.sort_values(["formulation", "backend", "size"]),
        x="size",
        y="time_s",
        hue="backend",
        style="backend",
        col="formulation",
        col_wrap=min(3, frame["formulation"].nunique()),
        kind="line",
        markers=MARKERS[: frame["backend"].nunique()],
        dashes=False,
        estimator="median",
        errorbar=None,
        height=2.4,
        aspect=1.3,
        facet_kws={"sharex": False, "sharey": True},
    )
    grid.set(xscale="log", yscale="log")
    units = frame.groupby("formulation")["size_unit"].first()
    for name, ax in grid.axes_dict.items():
        ax.set_xlabel(str(units[name]))
        sizes = sorted(frame.loc[frame["formulation"] == name, "size"].unique())
        ax.set_xticks(sizes, [f"{size:g}" for size in sizes])  # the measured sizes only
        ax.xaxis.set_minor_formatter(NullFormatter())
        unproven = frame[(frame["formulation"] == name) & (frame["status"] != "optimal")]
        if not unproven.empty:
            ax.scatter(unproven["size"], unproven["time_s"], marker="x", color="black", zorder=5)
    grid.set_ylabels("solve time (s)")
    grid.set_titles("{col_name}")
    grid.figure.subplots_adjust(hspace=0.45)
    return save_figure(grid, out, "fig_scaling_time")
