"""Table: SLO throughput of the optimal plan against the heuristic plans, per model and workload.

One row per scenario (model, cluster, workload, SLO): the optimal plan and its simulated
SLO throughput, each heuristic's, and the optimal plan's ratio to each heuristic (∞ when
the heuristic meets the SLO at no rate). Also writes the ``apex_headline`` snippet (mean
and range of those ratios, and of the heuristics' p90 end-to-end latency over the
optimal plan's at a common load) and ``apex_setup``. Reads ``results/apex_reproduction``.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
from paperlib import (
    APEX_HEURISTICS,
    APEX_PUBLISHED_MAX_SPEEDUP,
    APEX_SCENARIO,
    APEX_WORKLOAD_LABELS,
    fmt,
    fmt_ratio,
    load,
    save_snippet,
    save_table,
    workload_label,
)

EXPERIMENT = "apex_reproduction"
COLUMNS = (
    *APEX_SCENARIO,
    "method",
    "plan",
    "slo_throughput_per_s",
    "e2e_s_p90",
    "load_rate_per_s",
    "load_fraction",
    "num_requests",
)


def aggregate(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per scenario: each method's SLO throughput, the optimal plan, the ratios."""
    wide = frame.pivot_table(
        index=APEX_SCENARIO, columns="method", values="slo_throughput_per_s", aggfunc="first"
    )
    plans = frame[frame["method"] == "optimal"].set_index(APEX_SCENARIO)["plan"]
    data = pd.DataFrame({"optimal_plan": plans}).join(wide.add_suffix("_slo_throughput_per_s"))
    data = data.reset_index()
    order = {w: i for i, w in enumerate(APEX_WORKLOAD_LABELS)}
    rank = data["workload"].map(lambda w: order.get(workload_label(w), len(order)))
    data = data.assign(_rank=rank).sort_values(["model", "_rank"]).drop(columns="_rank")
    data = data.set_index(APEX_SCENARIO)
    for method in APEX_HEURISTICS:
        if method in wide:
            ratio = wide["optimal"] / wide[method].where(wide[method] > 0)
            data[f"ratio_vs_{method}"] = ratio.fillna(math.inf)
    return data.reset_index()


def latency_ratios(frame: pd.DataFrame) -> pd.DataFrame:
    """Per scenario: each heuristic's p90 end-to-end latency over the optimal plan's."""
    wide = frame.pivot_table(
        index=APEX_SCENARIO, columns="method", values="e2e_s_p90", aggfunc="first"
    )
    return pd.DataFrame(
        {m: wide[m] / wide["optimal"] for m in APEX_HEURISTICS if m in wide and "optimal" in wide}
    )


def _ratio_text(values: pd.Series, method: str) -> str:
    """``1.62x on average (1.06x to 2.80x) that of tp8``, noting scenarios it cannot serve."""
    finite = values[np.isfinite(values)]
    unserved = int((~np.isfinite(values)).sum())
    note = f" ({method} meets the SLO at no rate in {unserved} scenario(s))" if unserved else ""
    if finite.empty:
        return f"unbounded against {method}{note}"
    if len(finite) == 1:
        return f"{fmt_ratio(finite.iloc[0])} that of {method}{note}"
    return (
        f"{fmt_ratio(finite.mean())} on average ({fmt_ratio(finite.min())} to "
        f"{fmt_ratio(finite.max())}) that of {method}{note}"
    )


def make(results: Path, out: Path) -> list[Path]:
    """Write ``tab_apex_throughput`` (.md/.tex/.csv) and the ``apex_headline``/``apex_setup`` snippets."""
    frame = load(EXPERIMENT, results, COLUMNS)
    data = aggregate(frame)
    display = pd.DataFrame(
        {
            "model": data["model"],
            "workload": data["workload"],
            "optimal plan": data["optimal_plan"],
        }
    )
    methods = ["optimal", *[m for m in APEX_HEURISTICS if f"{m}_slo_throughput_per_s" in data]]
    for method in methods:
        display[f"{method} (req/s)"] = data[f"{method}_slo_throughput_per_s"].map(fmt)
    for method in methods[1:]:
        display[f"optimal / {method}"] = data[f"ratio_vs_{method}"].map(fmt_ratio)
    paths = save_table(data, display, out, "tab_apex_throughput")

    latency = latency_ratios(frame)
    parts = [_ratio_text(data[f"ratio_vs_{m}"], m) for m in methods[1:]]
    lat_parts = [
        f"{fmt_ratio(latency[m].mean())} ({m})" for m in latency.columns if latency[m].notna().any()
    ]
    headline = (
        f"On APEX's setting, the optimal plan's SLO throughput is {'; '.join(parts)}."
        + (
            " At a common load, the heuristics' p90 end-to-end latency relative to the optimal"
            f" plan's is on average {', '.join(lat_parts)}."
            if lat_parts
            else ""
        )
        + f" (APEX reported plans up to {fmt_ratio(APEX_PUBLISHED_MAX_SPEEDUP)} faster than"
        " heuristic plans in end-to-end latency.)"
    )
    setup = (
        f"The committed sweep covers {len(data)} scenario(s) ({', '.join(sorted(frame['model'].unique()))}"
        f" on {', '.join(sorted(frame['cluster'].unique()))}; workloads "
        f"{', '.join(sorted(frame['workload'].unique()))}); SLO throughput searches use at least "
        f"{fmt(frame['num_requests'].min(), 6)} simulated requests, and the common load is "
        f"{fmt(100 * frame['load_fraction'].min(), 3)} % of the weakest plan's SLO throughput."
    )
    return (
        paths
        + save_snippet(headline, out, "apex_headline")
        + save_snippet(setup, out, "apex_setup")
    )
