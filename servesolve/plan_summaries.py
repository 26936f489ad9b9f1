"""What a plan amounts to under the mean-value model, and the hand-made plans it is
compared with.

``_summarize`` turns replica counts into a :class:`~servesolve.plan_result.PlanSummary`
(its groups, the predicted latencies at capacity and at the offered rate), through
``_Performance``: each candidate's mean-value model, built when first asked for.
``heuristic_counts`` gives the two common hand-made plans (one TP group per node; the
most data parallelism), each at its best max_num_seqs.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from servesolve.costs.replica_model import ReplicaMetrics, ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import RooflineCostModel
from servesolve.formulations.candidates import candidate_config, parallel_layouts
from servesolve.plan_result import PlanSummary, ReplicaGroup
from servesolve.specs import (
    ClusterSpec,
    ModelSpec,
)


def _summarize(
    name: str,
    description: str,
    counts: Mapping[str, int],
    candidates: pd.DataFrame,
    performance: dict[str, ReplicaPerformance],
    offered_rate: float | None,
    note: str = "",
    placement: tuple[tuple[str, ...], ...] = (),
) -> PlanSummary:
    groups = []
    for label, k in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
        config = candidate_config(candidates.loc[label])
        groups.append(
            ReplicaGroup(
                label=label,
                tp=config.tp,
                pp=config.pp,
                max_num_seqs=int(candidates.at[label, "max_num_seqs"]),
                num_replicas=int(k),
                rate_per_s=float(candidates.at[label, "rate_per_s"]),
                ep=config.ep,
                stage_layers=config.stage_layers,
                attn_dp=config.attn_dp,
            )
        )
    groups = tuple(groups)
    if not groups:
        return PlanSummary(name, description, (), None, None, note)
    total = sum(g.rate_per_s * g.num_replicas for g in groups)

    def worst(per_replica_rate: dict[str, float]) -> ReplicaMetrics:
        metrics = [performance[g.label].metrics_at(per_replica_rate[g.label]) for g in groups]
        return max(metrics, key=lambda m: (m.e2e_s, m.ttft_s))

    at_capacity = worst({g.label: g.rate_per_s for g in groups})
    at_offered = None
    if offered_rate is not None and offered_rate <= total:
        at_offered = worst({g.label: offered_rate * g.rate_per_s / total for g in groups})
    return PlanSummary(name, description, groups, at_capacity, at_offered, note, placement)


def _plain(candidates: pd.DataFrame) -> pd.Series:
    """Rows a hand-made plan would use: experts tensor-parallel, vLLM's even layer split,
    attention tensor-parallel."""
    ep = candidates["ep"] if "ep" in candidates else 1
    split = candidates["split"] if "split" in candidates else "even"
    adp = candidates["attn_dp"] if "attn_dp" in candidates else 1
    return (ep == 1) & (split == "even") & (adp == 1)


def _best_batch(candidates: pd.DataFrame, tp: int, pp: int) -> str | None:
    rows = candidates[
        (candidates.tp == tp) & (candidates.pp == pp) & candidates.feasible & _plain(candidates)
    ]
    return None if rows.empty else str(rows["rate_per_s"].idxmax())


def _layout_note(candidates: pd.DataFrame, tp: int, pp: int) -> str:
    """Why no candidate of layout (tp, pp) is feasible: each reason with how many batch sizes it rules out."""
    rows = candidates[(candidates.tp == tp) & (candidates.pp == pp)]
    if rows.empty:
        return "layout not allowed"
    counts = rows.reason.value_counts()
    return "; ".join(f"{reason} ({n} of {len(rows)} batch sizes)" for reason, n in counts.items())


def heuristic_counts(
    candidates: pd.DataFrame, cluster: ClusterSpec, model: ModelSpec, gpu_budget: int, max_pp: int
) -> dict[str, tuple[str, dict[str, int], str]]:
    """The two common hand-made plans, each with its best max_num_seqs.

    * ``tp_per_node``: one TP group spanning each node (the largest valid TP), PP 1.
    * ``max_dp``: the smallest TP (PP 1) whose replica fits in memory, as many replicas
      as the budget allows.

    Returns name -> (description, replica counts, note); empty counts with a note when
    the heuristic has no feasible plan.
    """
    out: dict[str, tuple[str, dict[str, int], str]] = {}

    def replicated(tp: int) -> tuple[dict[str, int], str]:
        """As many TP x PP1 replicas as fit the budget, at the best max_num_seqs."""
        if gpu_budget < tp:
            return {}, f"the budget of {gpu_budget} GPUs is below TP{tp}"
        label = _best_batch(candidates, tp, 1)
        if label:
            return {label: gpu_budget // tp}, ""
        return {}, _layout_note(candidates, tp, 1)

    tps = sorted({c.tp for c in parallel_layouts(model, cluster, max_pp) if c.pp == 1})
    if not tps:
        return out
    name = (
        f"TP{tps[-1]} per node, PP1"
        if tps[-1] == cluster.gpus_per_node
        else f"largest TP in a node (TP{tps[-1]}), PP1"
    )
    out["tp_per_node"] = (name, *replicated(tps[-1]))
    pp1 = candidates[candidates.pp == 1]
    fitting = sorted(pp1[~pp1.reason.str.startswith("memory: weights")].tp.unique())
    if fitting:
        tp = int(fitting[0])
        out["max_dp"] = (f"max data parallelism, smallest TP that fits (TP{tp})", *replicated(tp))
    else:
        out["max_dp"] = (
            "max data parallelism, smallest TP that fits",
            {},
            "no TP degree fits one replica without PP",
        )
    return out


class _Performance(dict):
    """The mean-value model of each candidate, built when first asked for."""

    def __init__(
        self,
        cost_model: RooflineCostModel,
        tokens: int,
        stats: WorkloadStats,
        candidates: pd.DataFrame,
    ) -> None:
        super().__init__()
        self.cost_model, self.tokens, self.stats, self.candidates = (
            cost_model,
            tokens,
            stats,
            candidates,
        )

    def __missing__(self, label: str) -> ReplicaPerformance:
        row = self.candidates.loc[label]
        value = ReplicaPerformance(
            self.cost_model, candidate_config(row), int(row.max_num_seqs), self.tokens, self.stats
        )
        self[label] = value
        return value
