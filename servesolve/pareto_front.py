"""The throughput-latency front of a plan run: ``pareto.csv`` and ``pareto.png``.

Each memory- and SLO-feasible candidate config is one point, at its SLO capacity in the
mean-value model (the rate the MILP was first given): output tokens/s per GPU against
output tokens/s per user (one over the config's TPOT at that rate, at the SLO's
percentile). Batch caps trade one for the other, so the configs trace the trade-off
that configurators plot; ``on_front`` marks those no other config beats on both axes.
The chosen plan is one more point, priced the same way (its groups' summed modelled
rates over its GPUs; its slowest group's TPOT), so the picture compares like with like:
the simulator's figures are in the report, not here. Per-GPU throughput ignores how a
config tiles the cluster (a 6-GPU replica leaves 2 of 8 idle), so the plan, which the
MILP packs, need not sit on the front.
"""

from __future__ import annotations

import io
from typing import TYPE_CHECKING

import pandas as pd

from servesolve.solver.pareto import mark_front

if TYPE_CHECKING:
    from servesolve.planning import PlanResult

#: Candidate columns holding the mean-value model's rate, by check method (repair keeps
#: it as ``predicted_rate_per_s``, verified as ``modelled_rate_per_s``).
MODELLED_RATE_COLUMNS = ("predicted_rate_per_s", "modelled_rate_per_s", "rate_per_s")


def front_table(result: PlanResult) -> pd.DataFrame:
    """One row per feasible candidate config and one for the plan (``kind``), with
    ``tokens_per_s_per_gpu``, ``tokens_per_s_per_user`` and ``on_front``."""
    table = result.candidates
    rate = next(c for c in MODELLED_RATE_COLUMNS if c in table.columns)
    out_tokens = result.stats.mean_output_tokens
    ok = table[table["feasible"].astype(bool) & (table[rate] > 0) & (table["tpot_s"] > 0)]
    configs = pd.DataFrame(
        {
            "kind": "config",
            "label": ok.index.astype(str),
            "layout": [f"TP{int(t)}xPP{int(p)}" for t, p in zip(ok["tp"], ok["pp"], strict=True)],
            "max_num_seqs": ok["max_num_seqs"].astype(int).to_numpy(),
            "gpus": ok["num_gpus"].astype(int).to_numpy(),
            "rate_per_s": ok[rate].to_numpy(float),
            "ttft_s": ok["ttft_s"].to_numpy(float),
            "tpot_s": ok["tpot_s"].to_numpy(float),
        }
    )
    groups = [g for g in result.plan.groups if g.label in table.index]
    if groups:
        plan_gpus = sum(g.num_gpus for g in groups)
        configs.loc[len(configs)] = {
            "kind": "plan",
            "label": " + ".join(f"{g.num_replicas} x {g.label}" for g in groups),
            "layout": "plan",
            "max_num_seqs": max(g.max_num_seqs for g in groups),
            "gpus": plan_gpus,
            "rate_per_s": sum(float(table.at[g.label, rate]) * g.num_replicas for g in groups),
            "ttft_s": max(float(table.at[g.label, "ttft_s"]) for g in groups),
            "tpot_s": max(float(table.at[g.label, "tpot_s"]) for g in groups),
        }
    configs["tokens_per_s_per_gpu"] = configs["rate_per_s"] * out_tokens / configs["gpus"]
    configs["tokens_per_s_per_user"] = 1.0 / configs["tpot_s"]
    marked = mark_front(
        configs.assign(
            objective=configs["tokens_per_s_per_gpu"], value=configs["tokens_per_s_per_user"]
        ),
        maximize=True,
        prefer_lower_value=False,
    )
    return configs.assign(on_front=marked["on_front"].to_numpy(bool))


def front_png(table: pd.DataFrame, title: str, percentile: float) -> bytes:
    """The front as a PNG: configs by layout, the front as a line, the plan starred."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    import seaborn as sns

    configs = table[table["kind"] == "config"]
    fig, ax = plt.subplots(figsize=(9.0, 5.0))
    sns.scatterplot(
        data=configs,
        x="tokens_per_s_per_user",
        y="tokens_per_s_per_gpu",
        hue="layout",
        size="max_num_seqs",
        sizes=(15, 120),
        alpha=0.7,
        ax=ax,
    )
    front = configs[configs["on_front"]].sort_values("tokens_per_s_per_user")
    ax.plot(front["tokens_per_s_per_user"], front["tokens_per_s_per_gpu"], color="0.3", lw=1)
    plan = table[table["kind"] == "plan"]
    if not plan.empty:
        ax.scatter(
            plan["tokens_per_s_per_user"],
            plan["tokens_per_s_per_gpu"],
            marker="*",
            s=320,
            color="crimson",
            edgecolor="black",
            zorder=5,
            label="chosen plan",
        )
        ax.annotate(
            str(plan["label"].iloc[0]),
            (plan["tokens_per_s_per_user"].iloc[0], plan["tokens_per_s_per_gpu"].iloc[0]),
            xytext=(8, 8),
            textcoords="offset points",
            fontsize=8,
        )
    ax.set_xlabel(f"output tokens/s per user (1 / p{percentile:g} TPOT at SLO capacity)")
    ax.set_ylabel("output tokens/s per GPU")
    ax.set_title(title, fontsize=10)
    ax.legend(fontsize=7, loc="upper left", bbox_to_anchor=(1.01, 1.0), ncol=2, frameon=False)
    fig.tight_layout()
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=120)
    plt.close(fig)
    return buffer.getvalue()


__all__ = ["front_png", "front_table"]
