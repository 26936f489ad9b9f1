"""Table: proven gap and solve time as instances grow, per formulation, size and backend.

One row per (formulation, size); per backend the proven relative gap, with the status
when the solve did not prove optimality (time limit), and the solve time. Reads
``results/scaling``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from paperlib import fmt, fmt_gap, fmt_seconds, load, save_snippet, save_table

EXPERIMENT = "scaling"
COLUMNS = (
    "formulation",
    "size",
    "size_unit",
    "backend",
    "status",
    "gap",
    "time_s",
    "num_variables",
    "num_constraints",
)
KEYS = ["formulation", "size_unit", "size", "backend"]


def aggregate(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (formulation, size, backend): median time, largest gap, worst status."""
    return (
        frame.groupby(KEYS)
        .agg(
            num_runs=("time_s", "size"),
            median_time_s=("time_s", "median"),
            max_gap=("gap", "max"),
            statuses=("status", lambda s: "/".join(sorted(set(s)))),
            num_variables=("num_variables", "max"),
            num_constraints=("num_constraints", "max"),
        )
        .reset_index()
    )


def _cell(row: pd.Series) -> str:
    gap = fmt_gap(row["max_gap"])
    text = f"{gap}, {fmt_seconds(row['median_time_s'])}"
    return text if row["statuses"] == "optimal" else f"{text} ({row['statuses']})"


def make(results: Path, out: Path) -> list[Path]:
    """Write ``tab_scaling_gap`` (.md/.tex/.csv) and the ``scaling_headline`` snippet."""
    frame = load(EXPERIMENT, results, COLUMNS)
    data = aggregate(frame)
    cells = data.assign(cell=data.apply(_cell, axis=1))
    wide = cells.pivot(index=["formulation", "size_unit", "size"], columns="backend", values="cell")
    sizes = data.groupby(["formulation", "size_unit", "size"])[
        ["num_variables", "num_constraints"]
    ].max()
    wide = wide.join(sizes).reset_index()
    display = pd.DataFrame(
        {
            "formulation": wide["formulation"],
            "size": [f"{s} {u}" for s, u in zip(wide["size"], wide["size_unit"], strict=True)],
            "variables": wide["num_variables"].map(lambda v: fmt(v, 6)),
            "constraints": wide["num_constraints"].map(lambda v: fmt(v, 6)),
        }
    )
    for backend in sorted(data["backend"].unique()):
        display[f"{backend}: gap, time"] = wide[backend].fillna("—").to_numpy()
    paths = save_table(data, display, out, "tab_scaling_gap")
    proven = frame["status"] == "optimal"
    gpus = frame[frame["size_unit"] == "GPUs"]["size"]
    limits = sorted(frame["time_limit_s"].unique()) if "time_limit_s" in frame else []
    limit = f" ({' / '.join(fmt_seconds(v) for v in limits)} per MILP)" if limits else ""
    text = (
        f"{int(proven.sum())} of {len(frame)} scaling solves proved optimality within their "
        f"time limit{limit}; the largest instance has {fmt(frame['num_variables'].max(), 6)} variables "
        f"and {fmt(frame['num_constraints'].max(), 6)} constraints"
        + (f" (GPU counts from {gpus.min()} to {gpus.max()})." if not gpus.empty else ".")
    )
    return paths + save_snippet(text, out, "scaling_headline")
