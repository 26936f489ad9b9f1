"""What ``servesolve plan`` answers: replica groups, plans (the MILP's and the heuristics')
with their predicted performance, and the run's result with its certificate and checks."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from servesolve.capacity import PlanCapacity, RunVerdict
from servesolve.checking import (
    SimulationCheck,
)
from servesolve.costs.replica_model import ReplicaMetrics, WorkloadStats
from servesolve.costs.roofline import ReplicaConfig
from servesolve.plan_request import PlanRequest
from servesolve.shapes import ShapePlan
from servesolve.solver import SolveResult
from servesolve.verification import Verification


@dataclass(frozen=True)
class ReplicaGroup:
    """``num_replicas`` identical replicas of one candidate config."""

    label: str
    tp: int
    pp: int
    max_num_seqs: int
    num_replicas: int
    rate_per_s: float  # highest SLO-meeting rate of ONE replica
    ep: int = 1  # MoE: 1 = experts tensor-parallel, tp = expert-parallel over each stage
    stage_layers: tuple[int, ...] | None = None  # layers per pipeline stage
    attn_dp: int = 1  # attention data-parallel groups of tp / attn_dp GPUs (1: attention TP)

    @property
    def gpus_per_replica(self) -> int:
        return self.tp * self.pp

    @property
    def config(self) -> ReplicaConfig:
        return ReplicaConfig(self.tp, self.pp, self.ep, self.stage_layers, self.attn_dp)

    @property
    def num_gpus(self) -> int:
        return self.gpus_per_replica * self.num_replicas


def groups_text(groups: tuple[ReplicaGroup, ...], split: bool = True) -> str:
    """``2 x TP2xPP2 b512 + 1 x TP4xPP1 b128`` (``ReplicaConfig.layout_text``), or ``none``."""
    return (
        " + ".join(
            f"{g.num_replicas} x {g.config.layout_text(split)} b{g.max_num_seqs}" for g in groups
        )
        or "none"
    )


@dataclass(frozen=True)
class PlanSummary:
    """A plan (optimal or heuristic) and its predicted performance."""

    name: str
    description: str
    groups: tuple[ReplicaGroup, ...]
    at_capacity: ReplicaMetrics | None  # worst group, each replica at its SLO-meeting rate
    at_offered_load: ReplicaMetrics | None  # worst group, the workload's rate split by capacity
    note: str = ""
    placement: tuple[tuple[str, ...], ...] = ()  # candidate labels on each node (MILP plan)

    @property
    def num_gpus(self) -> int:
        return sum(g.num_gpus for g in self.groups)

    @property
    def throughput_per_s(self) -> float:
        return sum(g.rate_per_s * g.num_replicas for g in self.groups)

    @property
    def feasible(self) -> bool:
        return bool(self.groups)


@dataclass(frozen=True)
class PlanResult:
    request: PlanRequest
    stats: WorkloadStats
    candidates: pd.DataFrame
    certificate: SolveResult
    plan: PlanSummary
    heuristics: tuple[PlanSummary, ...]
    pricing_time_s: float
    cost_model_source: str
    checks: tuple[SimulationCheck, ...] = ()  # repair: each plan at its modelled rate
    repairs: dict[str, int] = field(default_factory=dict)  # repair: plan name -> re-solve rounds
    verification: Verification | None = None  # the verified search (planner.check.enabled)
    capacities: dict[str, PlanCapacity] = field(default_factory=dict)  # plan name -> capacity
    capacity_method: str = ""  # CapacityOptions.describe() of the estimates
    routing_check: RunVerdict | None = None  # verified: the whole plan behind its router
    # every searched shape's best plan, the winner first (planner.shapes); empty when the
    # colocated plan was asked for alone through a caller that skips the shape search
    shapes: tuple[ShapePlan, ...] = ()

    @property
    def shape(self) -> str:
        """The winning shape (``colocated`` unless another shape's plan is better)."""
        return self.shapes[0].shape if self.shapes else "colocated"

    @property
    def output_tokens_per_s(self) -> float:
        return self.plan.throughput_per_s * self.stats.mean_output_tokens


__all__ = ["PlanResult", "PlanSummary", "ReplicaGroup"]
