"""Figure: throughput ratio over the static-batching baseline per task and latency bound.

One panel per deployment (model on GPUs of a cluster) and task; bars per method at each latency bound (the
static baseline's p10 / p30 / p70 latency, and no bound), log scale, a line at 1 (the
baseline). A missing bar is a scenario where the baseline meets the bound at no rate.
Reads ``results/exegpt_reproduction``.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import seaborn as sns
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
from paperlib import (
    EXEGPT_BASELINE,
    EXEGPT_BOUNDS,
    EXEGPT_METHODS,
    EXEGPT_TASK_LABELS,
    load,
    save_figure,
    theme,
    workload_label,
)

EXPERIMENT = "exegpt_reproduction"
RATIO = "ratio_vs_baseline"
COLUMNS = ("model", "cluster", "num_gpus", "task", "bound_label", "method", RATIO)


def make(results: Path, out: Path) -> list[Path]:
    """Write ``fig_exegpt_ratio`` (.pdf/.png)."""
    frame = load(EXPERIMENT, results, COLUMNS)
    frame = frame[frame["method"] != EXEGPT_BASELINE]
    frame = frame.assign(
        ratio=frame[RATIO].astype(float).replace([np.inf, -np.inf], np.nan),
        task=frame["task"].map(workload_label),
        deployment=frame["model"]
        + ", "
        + frame["num_gpus"].astype(str)
        + " GPUs of "
        + frame["cluster"],
    )
    theme()
    grid = sns.catplot(
        data=frame,
        kind="bar",
        x="bound_label",
        order=[b for b in EXEGPT_BOUNDS if b in set(frame["bound_label"])],
        y="ratio",
        hue="method",
        hue_order=[m for m in EXEGPT_METHODS if m in set(frame["method"])]
        + sorted(set(frame["method"]) - set(EXEGPT_METHODS)),
        col="task",
        col_order=[t for t in EXEGPT_TASK_LABELS if t in set(frame["task"])]
        + sorted(set(frame["task"]) - set(EXEGPT_TASK_LABELS)),
        row="deployment",
        errorbar=None,
        height=2.6,
        aspect=0.8,
        margin_titles=True,
    )
    grid.set(yscale="log")
    for ax in grid.axes.flat:
        ax.yaxis.set_major_locator(LogLocator(base=10, subs=(1.0, 2.0, 5.0)))
        ax.yaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:g}x"))
        ax.yaxis.set_minor_formatter(NullFormatter())
    grid.refline(y=1.0, color="black", linewidth=0.8)
    grid.set_axis_labels("latency bound", "throughput / static baseline")
    grid.set_titles(row_template="{row_name}", col_template="{col_name}")
    return save_figure(grid, out, "fig_exegpt_ratio")
