"""Table: predicted against measured latency and throughput of replay runs.

Per (device, model, batching policy where recorded, metric): the number of replay runs, the mean predicted and measured
values, and the mean signed and largest absolute relative error
(``rel_error = (predicted - measured) / measured`` as the fidelity experiment records it).
Reads ``results/fidelity``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from paperlib import fmt, fmt_percent, load, save_snippet, save_table

EXPERIMENT = "fidelity"
COLUMNS = ("metric", "predicted", "measured", "rel_error", "device", "model")
KEYS = ["device", "model", "metric"]
#: Also grouped by when the rows have it: the batching policy replayed.
OPTIONAL_KEYS = ["policy"]


def keys(frame: pd.DataFrame) -> list[str]:
    """The grouping columns present in ``frame`` (device, model, [policy], metric)."""
    return KEYS[:2] + [k for k in OPTIONAL_KEYS if k in frame] + KEYS[2:]


def aggregate(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (device, model, [policy], metric) with means and error statistics."""
    frame = frame.assign(abs_rel_error=frame["rel_error"].abs())
    return (
        frame.groupby(keys(frame))
        .agg(
            num_runs=("rel_error", "size"),
            mean_predicted=("predicted", "mean"),
            mean_measured=("measured", "mean"),
            mean_rel_error=("rel_error", "mean"),
            mean_abs_rel_error=("abs_rel_error", "mean"),
            max_abs_rel_error=("abs_rel_error", "max"),
        )
        .reset_index()
    )


def make(results: Path, out: Path) -> list[Path]:
    """Write ``tab_fidelity`` (.md/.tex/.csv) and the ``fidelity_headline`` snippet."""
    frame = load(EXPERIMENT, results, COLUMNS)
    data = aggregate(frame)
    display = (
        data[keys(frame)]
        .astype(str)
        .assign(
            **{
                "runs": data["num_runs"].astype(str),
                "predicted (mean)": data["mean_predicted"].map(fmt),
                "measured (mean)": data["mean_measured"].map(fmt),
                "rel. error (mean)": data["mean_rel_error"].map(fmt_percent),
                "abs. rel. error (mean)": data["mean_abs_rel_error"].map(fmt_percent),
                "abs. rel. error (max)": data["max_abs_rel_error"].map(fmt_percent),
            }
        )
    )
    paths = save_table(data, display, out, "tab_fidelity")
    per_metric = frame.assign(a=frame["rel_error"].abs()).groupby("metric")["a"].mean()
    parts = [f"{fmt_percent(v)} for {metric}" for metric, v in per_metric.items()]
    text = (
        f"Across {len(frame)} predicted-measured pairs on "
        f"{', '.join(sorted(frame['device'].astype(str).unique()))}, the mean absolute relative "
        f"error is {'; '.join(parts)}."
    )
    return paths + save_snippet(text, out, "fidelity_headline")
