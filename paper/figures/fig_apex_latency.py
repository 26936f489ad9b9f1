"""Figure: end-to-end latency (p50 and p90) of each plan at a common Poisson load.

Every plan of a scenario is simulated at the same rate (``load_rate_per_s``: a share of
the weakest plan's SLO throughput, so every plan is stable); one panel per (model,
workload), bars per plan, p50 and p90 side by side. Reads ``results/apex_reproduction``.
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
COLUMNS = ("model", "workload", "method", "e2e_s_p50", "e2e_s_p90", "load_rate_per_s")


def make(results: Path, out: Path) -> list[Path]:
    """Write ``fig_apex_latency`` (.pdf/.png)."""
    frame = load(EXPERIMENT, results, COLUMNS)
    frame = frame[frame["method"] != "enumerate"]  # its plan is compared in tab_apex_plan_time
    frame = frame.assign(workload=frame["workload"].map(workload_label))
    long = frame.melt(
        id_vars=["model", "workload", "method"],
        value_vars=["e2e_s_p50", "e2e_s_p90"],
        var_name="percentile",
        value_name="e2e_s",
    ).dropna(subset=["e2e_s"])
    long["percentile"] = long["percentile"].str.removeprefix("e2e_s_")
    theme()
    grid = sns.catplot(
        data=long,
        kind="bar",
        x="method",
        y="e2e_s",
        hue="percentile",
        order=[m for m in APEX_METHODS if m in set(long["method"])],
        row="model",
        row_order=sorted(long["model"].unique()),
        col="workload",
        col_order=ordered(long["workload"], APEX_WORKLOAD_LABELS),
        errorbar=None,
        height=2.2,
        aspect=1.2,
        sharey=False,
    )
    grid.set_axis_labels("plan", "end-to-end latency (s)")
    grid.set_titles("{row_name} | {col_name}")
    grid.tick_params(axis="x", rotation=30)
    return save_figure(grid, out, "fig_apex_latency")
