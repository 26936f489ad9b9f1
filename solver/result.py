"""Typed outcome of a solve, the same for every backend."""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass, field
from typing import Any


class SolveStatus(enum.Enum):
    OPTIMAL = "optimal"  # proven optimal within the relative-gap setting
    FEASIBLE = "feasible"  # a solution, not proven optimal (time limit)
    INFEASIBLE = "infeasible"
    UNBOUNDED = "unbounded"
    NO_SOLUTION = "no_solution"  # limit reached before any solution
    ERROR = "error"

    @property
    def has_solution(self) -> bool:
        return self in (SolveStatus.OPTIMAL, SolveStatus.FEASIBLE)


def relative_gap(objective: float, bound: float) -> float:
    """``|bound - objective| / max(|objective|, tiny)``; 0 when both are 0."""
    if math.isnan(objective) or math.isnan(bound):
        return math.nan
    diff = abs(bound - objective)
    if diff == 0:
        return 0.0
    return diff / max(abs(objective), 1e-12)


@dataclass(frozen=True)
class SolveResult:
    """Certificate of one solve.

    Attributes
    ----------
    status: what the backend proved.
    objective: value of the returned solution (NaN without one).
    best_bound: the backend's proven bound on the optimum.
    gap: relative gap between objective and bound.
    wall_time_s: wall-clock time of the backend's solve call.
    backend: the backend's registry name.
    values: variable name -> value.
    stats: backend-specific statistics.
    """

    status: SolveStatus
    objective: float
    best_bound: float
    gap: float
    wall_time_s: float
    backend: str
    values: dict[str, float] = field(repr=False)
    stats: dict[str, Any] = field(default_factory=dict)
