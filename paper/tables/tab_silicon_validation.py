"""Table: prediction error on aiconfigurator's measured serving runs (the silicon validation).

Per (system, engine, split): the silicon rows simulated (``n``) and skipped; the median
absolute error and the median signed error of TTFT and TPOT, in per cent, with
``error = (predicted - measured) / measured`` as the experiment records it
(``ttft_error_pct``, ``tpot_error_pct``), so a negative error is an optimistic prediction;
and aiconfigurator's own median absolute errors over the simulated rows it also predicts
(``aic_n`` of them). These are the statistics of the experiment's ``summary.csv``
(``summarize``), pooled over models and modes: a median cannot be combined from
``summary.csv``'s per-model medians, so they are taken over the rows (the latest run of
each silicon row, as in ``rows.csv``).

Also writes the ``silicon_headline`` snippet: how many groups meet the target
(``paperlib.SILICON_TARGET_MAE``), counted from this table.

Reads ``results/silicon_validation``.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from paperlib import (
    SILICON_ENGINES,
    SILICON_EXPERIMENT,
    SILICON_SYSTEMS,
    SILICON_TARGET_MAE,
    fmt_pct,
    ordered,
    save_snippet,
    save_table,
    silicon_rows,
    silicon_splits,
)

from servesolve.experiments.silicon_validation import error_stats

EXPERIMENT = SILICON_EXPERIMENT
KEYS = ["system", "engine", "split"]
ERRORS = ("ttft_error_pct", "tpot_error_pct", "aic_ttft_error_pct", "aic_tpot_error_pct")
COLUMNS = (*KEYS, "predicted_ttft_ms", *ERRORS)


def aggregate(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per (system, engine, split) in display order, with the error statistics
    (the experiment's :func:`error_stats`) and the skipped rows."""
    groups = rows.groupby(KEYS).size().rename("rows").to_frame()
    stats = error_stats(rows, KEYS).set_index(KEYS).rename(columns={"both_n": "aic_n"})
    data = groups.join(stats)
    for count in ("n", "aic_n"):
        data[count] = data[count].fillna(0).astype(int)
    data["skipped"] = data.pop("rows") - data["n"]
    data = data.reset_index()
    order = {
        "system": ordered(data["system"], SILICON_SYSTEMS),
        "engine": ordered(data["engine"], SILICON_ENGINES),
        "split": silicon_splits(data["split"]),
    }
    rank = [data[k].map({v: i for i, v in enumerate(order[k])}) for k in KEYS]
    data = data.assign(_a=rank[0], _b=rank[1], _c=rank[2]).sort_values(["_a", "_b", "_c"])
    columns = [*KEYS, "n", "skipped", "ttft_mae_pct", "ttft_bias_pct", "tpot_mae_pct"]
    columns += ["tpot_bias_pct", "aic_n", "aic_ttft_mae_pct", "aic_tpot_mae_pct"]
    return data[columns].reset_index(drop=True)


def display(data: pd.DataFrame) -> pd.DataFrame:
    """The table as the paper shows it."""
    return pd.DataFrame(
        {
            "system": data["system"],
            "engine": data["engine"],
            "split": data["split"],
            "n": data["n"].astype(str),
            "skipped": data["skipped"].astype(str),
            "TTFT med. abs. err.": data["ttft_mae_pct"].map(fmt_pct),
            "TTFT med. err.": data["ttft_bias_pct"].map(lambda v: fmt_pct(v, signed=True)),
            "TPOT med. abs. err.": data["tpot_mae_pct"].map(fmt_pct),
            "TPOT med. err.": data["tpot_bias_pct"].map(lambda v: fmt_pct(v, signed=True)),
            "aic n": data["aic_n"].astype(str),
            "aic TTFT med. abs. err.": data["aic_ttft_mae_pct"].map(fmt_pct),
            "aic TPOT med. abs. err.": data["aic_tpot_mae_pct"].map(fmt_pct),
        }
    )


def within(values: pd.Series) -> int:
    """How many of ``values`` (median absolute errors in per cent) meet the target."""
    return int((values <= 100 * SILICON_TARGET_MAE).sum())


def headline(data: pd.DataFrame) -> str:
    """Sentences stating what the table shows: totals and the groups meeting the target."""
    shown = data[data["n"] > 0]
    target = f"{SILICON_TARGET_MAE:.0%}".replace("%", " %")
    systems = ", ".join(ordered(shown["system"], SILICON_SYSTEMS))
    text = (
        f"The table below covers {int(data['n'].sum())} simulated silicon rows "
        f"({int(data['skipped'].sum())} skipped) on {systems}, in {len(shown)} "
        f"system x engine x split groups with at least one simulated row. "
        f"The median absolute TTFT error is within the {target} target in "
        f"{within(shown['ttft_mae_pct'])} of {len(shown)} groups and the median absolute "
        f"TPOT error in {within(shown['tpot_mae_pct'])}; the median TTFT error is negative "
        f"(optimistic) in {int((shown['ttft_bias_pct'] < 0).sum())} groups and the median "
        f"TPOT error in {int((shown['tpot_bias_pct'] < 0).sum())}."
    )
    theirs = shown[shown["aic_n"] > 0]
    if len(theirs):
        text += (
            f" aiconfigurator predicts rows in {len(theirs)} of these groups; its median "
            f"absolute error is within the target in {within(theirs['aic_ttft_mae_pct'])} "
            f"of them for TTFT and {within(theirs['aic_tpot_mae_pct'])} for TPOT."
        )
    return text


def make(results: Path, out: Path) -> list[Path]:
    """Write ``tab_silicon_validation`` (.md/.tex/.csv) and the ``silicon_headline`` snippet."""
    data = aggregate(silicon_rows(results, COLUMNS))
    paths = save_table(data, display(data), out, "tab_silicon_validation")
    return paths + save_snippet(headline(data), out, "silicon_headline")
