"""Table: time to find the plan, MILP against APEX's enumerate-and-simulate, and each plan's quality.

One row per scenario where the enumeration ran (``experiment.enumerate=true``): the
planner's time (pricing, MILP, simulator check) and its plan's SLO throughput, against
the enumeration's time, number of simulations (each with ``enumerate_num_requests``
requests, reduced to keep it affordable) and its best plan's SLO throughput, measured
by the same full-size rate search. Also writes the ``apex_plan_time`` snippet. Reads
``results/apex_reproduction``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from paperlib import APEX_SCENARIO, fmt, fmt_ratio, fmt_seconds, load, save_snippet, save_table

from servesolve.errors import SpecError

EXPERIMENT = "apex_reproduction"
COLUMNS = (*APEX_SCENARIO, "method", "plan", "slo_throughput_per_s", "plan_time_s")
ENUMERATE_COLUMNS = ("enumerate_num_plans", "enumerate_num_simulations", "enumerate_num_requests")


def aggregate(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per scenario with both an ``optimal`` and an ``enumerate`` row."""
    keep = ["plan", "slo_throughput_per_s", "plan_time_s"]
    milp = frame[frame["method"] == "optimal"].set_index(APEX_SCENARIO)[keep]
    enum = frame[frame["method"] == "enumerate"].set_index(APEX_SCENARIO)[
        keep + list(ENUMERATE_COLUMNS)
    ]
    data = milp.add_prefix("milp_").join(enum.add_prefix("enum_"), how="inner")
    data = data.rename(columns=lambda c: c.replace("enum_enumerate_", "enum_"))
    data["time_ratio"] = data["enum_plan_time_s"] / data["milp_plan_time_s"]
    data["throughput_ratio"] = data["milp_slo_throughput_per_s"] / data["enum_slo_throughput_per_s"]
    return data.reset_index()


def make(results: Path, out: Path) -> list[Path]:
    """Write ``tab_apex_plan_time`` (.md/.tex/.csv) and the ``apex_plan_time`` snippet."""
    frame = load(EXPERIMENT, results, COLUMNS)
    if "enumerate" not in set(frame["method"]) or not set(ENUMERATE_COLUMNS) <= set(frame.columns):
        raise SpecError(
            f"results/{EXPERIMENT}",
            "no scenario ran the enumerate-and-simulate comparison",
            f"run `servesolve -m +experiment={EXPERIMENT} experiment.enumerate=true` on at least one scenario",
        )
    data = aggregate(frame)
    display = pd.DataFrame(
        {
            "model": data["model"],
            "workload": data["workload"],
            "MILP plan": data["milp_plan"],
            "MILP (req/s)": data["milp_slo_throughput_per_s"].map(fmt),
            "MILP time": data["milp_plan_time_s"].map(fmt_seconds),
            "enumerated plan": data["enum_plan"],
            "enumerated (req/s)": data["enum_slo_throughput_per_s"].map(fmt),
            "enumeration time": data["enum_plan_time_s"].map(fmt_seconds),
            "simulations (requests each)": [
                f"{int(s)} ({int(r)})"
                for s, r in zip(
                    data["enum_num_simulations"], data["enum_num_requests"], strict=True
                )
            ],
            "time ratio": data["time_ratio"].map(fmt_ratio),
        }
    )
    paths = save_table(data, display, out, "tab_apex_plan_time")
    median = " (median)" if len(data) > 1 else ""
    text = (
        f"In the {len(data)} scenario(s) where both ran, the MILP path found its plan in "
        f"{fmt_seconds(data['milp_plan_time_s'].median())}{median}, against "
        f"{fmt_seconds(data['enum_plan_time_s'].median())} for enumerate-and-simulate with "
        f"{fmt(data['enum_num_requests'].min(), 6)}-request simulations "
        f"({fmt_ratio(data['time_ratio'].median())} the time), and its plan's SLO throughput "
        f"is {fmt_ratio(data['throughput_ratio'].median())} the enumerated plan's."
    )
    return paths + save_snippet(text, out, "apex_plan_time")
