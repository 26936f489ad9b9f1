"""Figure: SLO throughput of the optimal plan and the heuristic plans, per model and workload.

Bars: the highest Poisson rate at which each plan passes the simulator check of its SLO
(``optimal``: the MILP plan after the simulator check; ``tp8``, ``tp1_pp8``, ``max_dp``:
the heuristics, each with its best ``max_num_seqs``). The enumerate-and-simulate plan,
where it ran, is compared in ``tab_apex_plan_time``. Reads ``results/apex_reproduction``.
"""

from __future__ import annotations

from pathlib import Path

import seaborn as sns
from paperlib import (
    APEX_METHODS,
    APEX_WORKLOAD_LABELS,
    load,
    ordered,
    save_figure,
    theme,
    workload_label,
)

EXPERIMENT = "apex_reproduction"
COLUMNS = ("model", "workload", "method", "slo_throughput_per_s")


def make(results: Path, out: Path) -> list[Path]:
    """Write ``fig_apex_throughput`` (.pdf/.png)."""
    frame = load(EXPERIMENT, results, COLUMNS)
    frame = frame[frame["method"] != "enumerate"]  # its plan is compared in tab_apex_plan_time
    frame = frame.assign(workload=frame["workload"].map(workload_label))
    theme()
    grid = sns.catplot(
        data=frame,
        kind="bar",
        x="workload",
        order=ordered(frame["workload"], APEX_WORKLOAD_LABELS),
        y="slo_throughput_per_s",
        hue="method",
        hue_order=[m for m in APEX_METHODS if m in set(frame["method"])],
        col="model",
        col_order=sorted(frame["model"].unique()),
        errorbar=None,
        height=2.6,
        aspect=1.2,
        sharey=False,
    )
    grid.set_axis_labels("workload", "SLO throughput (req/s)")
    grid.set_titles("{col_name}")
    return save_figure(grid, out, "fig_apex_throughput")
