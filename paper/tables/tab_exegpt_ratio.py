"""Table: throughput ratio over the static-batching baseline per method, against ExeGPT's published ratio.

Per method other than the baseline: over the scenarios (model, cluster, task, latency
bound), the mean, geometric mean, smallest and largest ratio of its throughput under
the bound to the static (FasterTransformer-like) baseline's; scenarios where the
baseline meets the bound at no rate (no finite ratio) are counted, not averaged. The
last row quotes ExeGPT's own figure over FasterTransformer (Oh et al., ASPLOS 2024:
2.9x on average across 20 scenarios, up to 15.2x). Also writes the ``exegpt_headline``
and ``exegpt_setup`` snippets. Reads ``results/exegpt_reproduction``.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
from paperlib import (
    EXEGPT_BASELINE,
    EXEGPT_PUBLISHED_MAX_RATIO,
    EXEGPT_PUBLISHED_MEAN_RATIO,
    EXEGPT_PUBLISHED_NUM_SCENARIOS,
    EXEGPT_SCENARIO,
    fmt,
    fmt_ratio,
    load,
    save_snippet,
    save_table,
)

EXPERIMENT = "exegpt_reproduction"
RATIO = "ratio_vs_baseline"
COLUMNS = (*EXEGPT_SCENARIO, "method", RATIO)


def aggregate(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per method (this work) plus ExeGPT's published row."""
    rows = []
    for method, group in frame[frame["method"] != EXEGPT_BASELINE].groupby("method", sort=False):
        ratio = group[RATIO].astype(float)
        finite = ratio[np.isfinite(ratio)]
        rows.append(
            {
                "source": "this work",
                "method": method,
                "num_scenarios": len(ratio),
                "num_unbounded": int((~np.isfinite(ratio)).sum()),
                "mean_ratio": finite.mean(),
                "geomean_ratio": float(np.exp(np.log(finite[finite > 0]).mean())),
                "min_ratio": finite.min(),
                "max_ratio": finite.max(),
            }
        )
    rows.append(
        {
            "source": "ExeGPT (published)",
            "method": "ExeGPT vs FasterTransformer",
            "num_scenarios": EXEGPT_PUBLISHED_NUM_SCENARIOS,
            "num_unbounded": math.nan,
            "mean_ratio": EXEGPT_PUBLISHED_MEAN_RATIO,
            "geomean_ratio": math.nan,
            "min_ratio": math.nan,
            "max_ratio": EXEGPT_PUBLISHED_MAX_RATIO,
        }
    )
    return pd.DataFrame(rows)


def make(results: Path, out: Path) -> list[Path]:
    """Write ``tab_exegpt_ratio`` (.md/.tex/.csv) and the ``exegpt_headline``/``exegpt_setup`` snippets."""
    frame = load(EXPERIMENT, results, COLUMNS)
    data = aggregate(frame)
    display = pd.DataFrame(
        {
            "source": data["source"],
            "method": data["method"],
            "scenarios": data["num_scenarios"].map(lambda v: fmt(float(v), 6)),
            "baseline serves none": data["num_unbounded"].map(lambda v: fmt(float(v), 6)),
            "mean ratio": data["mean_ratio"].map(fmt_ratio),
            "geo. mean": data["geomean_ratio"].map(fmt_ratio),
            "min ratio": data["min_ratio"].map(fmt_ratio),
            "max ratio": data["max_ratio"].map(fmt_ratio),
        }
    )
    paths = save_table(data, display, out, "tab_exegpt_ratio")
    ours = data[data["source"] == "this work"]
    parts = [
        f"{row.method} {fmt_ratio(row.mean_ratio)} on average and up to {fmt_ratio(row.max_ratio)}"
        for row in ours.itertuples()
    ]
    scenarios = frame[EXEGPT_SCENARIO].drop_duplicates()
    headline = (
        f"Over {len(scenarios)} ExeGPT scenarios, the throughput under the latency bound over "
        f"the static-batching baseline is: {'; '.join(parts)} (ExeGPT reported "
        f"{fmt_ratio(EXEGPT_PUBLISHED_MEAN_RATIO)} on average over FasterTransformer across "
        f"{EXEGPT_PUBLISHED_NUM_SCENARIOS} scenarios, up to {fmt_ratio(EXEGPT_PUBLISHED_MAX_RATIO)})."
    )
    pairs = scenarios[["model", "num_gpus", "cluster"]].drop_duplicates()
    deployments = ", ".join(f"{m} on {g} GPUs of {c}" for m, g, c in pairs.itertuples(index=False))
    setup = (
        f"The committed sweep covers {len(pairs)} deployment(s) ({deployments}), "
        f"{scenarios['task'].nunique()} tasks and {scenarios['bound_label'].nunique()} "
        f"bounds per task ({len(scenarios)} scenarios)."
    )
    return (
        paths
        + save_snippet(headline, out, "exegpt_headline")
        + save_snippet(setup, out, "exegpt_setup")
    )
