"""Table: every formulation on every solver backend over the instance library.

Per (formulation, backend): how many library instances were solved, how many answers
agree with the certified one (optimum within tolerance, or infeasibility), and the
median and largest solve time and proven gap. Reads ``results/solver_swap``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from paperlib import as_bool, fmt, fmt_gap, fmt_seconds, load, save_snippet, save_table

EXPERIMENT = "solver_swap"
COLUMNS = ("formulation", "instance", "backend", "status", "agrees", "time_s", "gap")


def aggregate(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (formulation, backend) with agreement counts and time/gap statistics."""
    frame = frame.assign(agrees=as_bool(frame["agrees"]))
    data = (
        frame.groupby(["formulation", "backend"])
        .agg(
            num_instances=("instance", "nunique"),
            num_solves=("instance", "size"),
            num_agree=("agrees", "sum"),
            median_time_s=("time_s", "median"),
            max_time_s=("time_s", "max"),
            max_gap=("gap", "max"),
        )
        .reset_index()
    )
    data["num_agree"] = data["num_agree"].astype(int)
    return data


def make(results: Path, out: Path) -> list[Path]:
    """Write ``tab_solver_swap`` (.md/.tex/.csv) and the ``solver_swap_headline`` snippet."""
    frame = load(EXPERIMENT, results, COLUMNS)
    data = aggregate(frame)
    display = pd.DataFrame(
        {
            "formulation": data["formulation"],
            "backend": data["backend"],
            "agree / solves": [
                f"{a} / {n}" for a, n in zip(data["num_agree"], data["num_solves"], strict=True)
            ],
            "median time": data["median_time_s"].map(fmt_seconds),
            "max time": data["max_time_s"].map(fmt_seconds),
            "max gap": data["max_gap"].map(fmt_gap),
        }
    )
    paths = save_table(data, display, out, "tab_solver_swap")
    num_agree, num_solves = int(data["num_agree"].sum()), int(data["num_solves"].sum())
    text = (
        f"Over {frame['instance'].nunique()} library instances of "
        f"{frame['formulation'].nunique()} formulations and {frame['backend'].nunique()} "
        f"backends ({', '.join(sorted(frame['backend'].unique()))}), {num_agree} of "
        f"{num_solves} solves agree with the certified answer; the slowest solve took "
        f"{fmt_seconds(frame['time_s'].max())} and the median one "
        f"{fmt_seconds(frame['time_s'].median())} (largest proven gap "
        f"{fmt_gap(frame['gap'].max())}; {fmt(100 * num_agree / num_solves, 3)} % agreement)."
    )
    return paths + save_snippet(text, out, "solver_swap_headline")
