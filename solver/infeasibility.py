"""Explain an infeasible model in user terms: which requirement cannot be met, by how much.

Every formulation names its rows ``f"{family}__{detail}"`` and writes each row in its
family's unit (``servesolve.solver.families``). For each relaxable family present, an
*elastic* copy of the model gets a non-negative slack on every row of that family (added
to a ``>=`` row, subtracted from a ``<=`` row, both ways on an ``==`` row), keeps every
other row hard, and minimises the total slack. If that copy is feasible, relaxing this
family alone restores feasibility, and the optimal slack is the least total violation, in
the family's unit (GiB of memory, seconds of SLO, GPUs, $/h, req/s). When no single
family suffices, every relaxable family is relaxed together (their slacks summed across
units, a crude but scale-aware choice since rows are in natural units) and the shortfall
is reported per family.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import pulp

from servesolve.solver.backends import SolverOptions, solve
from servesolve.solver.families import FAMILIES, family_of

#: Backend for the elastic models: their slacks are continuous, and CP-SAT's MIP bridge
#: turns continuous variables into integers at scale 1 (it would round a 0.3 s shortfall
#: up to 1 s); HiGHS keeps them continuous.
DEFAULT_BACKEND = "highs"
#: Slack below this (in the family's unit) counts as zero.
SLACK_TOLERANCE = 1e-7


@dataclass(frozen=True)
class FamilyRelaxation:
    """What relaxing some constraint families does to an infeasible model.

    Attributes
    ----------
    families: the families relaxed together (one, unless none alone sufficed).
    restores_feasibility: whether the elastic model is feasible.
    total_violation: least total slack over the relaxed rows (NaN if still infeasible).
    worst_row: the row that needs the most slack in that solution (None if none).
    worst_violation: that row's slack.
    """

    families: tuple[str, ...]
    restores_feasibility: bool
    total_violation: float
    worst_row: str | None
    worst_violation: float
    violation_by_family: tuple[tuple[str, float], ...] = ()

    @property
    def unit(self) -> str:
        units = {FAMILIES[f].unit for f in self.families}
        return units.pop() if len(units) == 1 else "mixed units"

    def message(self) -> str:
        """One line: ``memory (GPU memory ...): short by 12.3 GiB in total; worst row ...``."""
        names = " + ".join(self.families)
        meaning = "; ".join(FAMILIES[f].meaning for f in self.families)
        if not self.restores_feasibility:
            return f"{names} ({meaning}): relaxing it alone does not make the model feasible"
        if len(self.families) > 1:
            parts = ", ".join(
                f"{f} by {v:.4g} {FAMILIES[f].unit}" for f, v in self.violation_by_family if v > 0
            )
            return f"relaxing {names} together: short {parts}; worst row {self.worst_row}"
        return (
            f"{names} ({meaning}): short by {self.total_violation:.4g} {self.unit} in total; "
            f"worst row {self.worst_row} by {self.worst_violation:.4g} {self.unit}"
        )


@dataclass(frozen=True)
class InfeasibilityReport:
    """Every relaxation tried, the ones that restore feasibility first."""

    relaxations: tuple[FamilyRelaxation, ...]

    @property
    def causes(self) -> tuple[FamilyRelaxation, ...]:
        """Relaxations that restore feasibility, single families first."""
        return tuple(r for r in self.relaxations if r.restores_feasibility)

    def summary(self) -> str:
        """One line naming the cause(s); the fix is to loosen one of them by the amount shown."""
        causes = self.causes
        if not causes:
            return (
                "infeasible even with every relaxable constraint family relaxed: "
                "the model's structure (choices, GPU counts in variable bounds) cannot be met"
            )
        return "infeasible; " + " | or | ".join(c.message() for c in causes)


def _elastic_copy(problem: pulp.LpProblem, families: set[str]) -> tuple[pulp.LpProblem, dict]:
    """``problem``'s rows, with slack on every row of ``families``; min total slack.

    Rows are copied one by one (``LpProblem.deepcopy`` drops row names in PuLP 3.3); the
    variables are shared, which is safe because every backend reads values back into
    its own result rather than into the variables.
    """
    elastic = pulp.LpProblem(f"{problem.name}_elastic", pulp.LpMinimize)
    slacks: dict[str, list[pulp.LpVariable]] = {}
    for original in problem.constraints():
        name = original.name
        row = original.copy()
        if name is not None and family_of(name) in families:
            slacks[name] = []
            if row.sense != pulp.LpConstraintLE:  # >= or ==: may fall short from below
                up = elastic.add_variable(f"slack_up_{name}", 0, None)
                row.addInPlace(up)
                slacks[name].append(up)
            if row.sense != pulp.LpConstraintGE:  # <= or ==: may overshoot
                down = elastic.add_variable(f"slack_down_{name}", 0, None)
                row.subInPlace(down)
                slacks[name].append(down)
        elastic.addConstraint(row, name)
    elastic.setObjective(pulp.lpSum(v for vs in slacks.values() for v in vs))
    return elastic, slacks


def relax_families(
    problem: pulp.LpProblem, families: Iterable[str], options: SolverOptions | None = None
) -> FamilyRelaxation:
    """Least total violation of ``families`` that makes ``problem`` feasible."""
    chosen = tuple(sorted(set(families)))
    unknown = [f for f in chosen if f not in FAMILIES or not FAMILIES[f].relaxable]
    if unknown:
        raise ValueError(f"families: cannot relax {', '.join(unknown)}; use relaxable families")
    elastic, slacks = _elastic_copy(problem, set(chosen))
    options = options or SolverOptions(backend=DEFAULT_BACKEND)
    result = solve(elastic, options)
    if not result.status.has_solution:
        return FamilyRelaxation(chosen, False, math.nan, None, math.nan)
    per_row = {name: sum(result.values.get(v.name, 0.0) for v in vs) for name, vs in slacks.items()}
    worst = max(per_row, key=per_row.__getitem__) if per_row else None
    total = sum(per_row.values())
    by_family = {f: 0.0 for f in chosen}
    for name, slack in per_row.items():
        by_family[family_of(name)] += slack
    return FamilyRelaxation(
        chosen,
        True,
        total if total > SLACK_TOLERANCE else 0.0,
        worst,
        per_row[worst] if worst is not None else 0.0,
        tuple((f, v if v > SLACK_TOLERANCE else 0.0) for f, v in by_family.items()),
    )


def explain_infeasibility(
    problem: pulp.LpProblem, options: SolverOptions | None = None
) -> InfeasibilityReport:
    """Relax each relaxable family present in ``problem`` in turn (then all together).

    Call it on a model a backend has proved infeasible; on a feasible model every family
    reports zero violation.
    """
    present = sorted(
        {family_of(name) for name in problem.constraints}
        & {f for f, spec in FAMILIES.items() if spec.relaxable}
    )
    relaxations = [relax_families(problem, [f], options) for f in present]
    if len(present) > 1 and not any(r.restores_feasibility for r in relaxations):
        relaxations.append(relax_families(problem, present, options))
    relaxations.sort(key=lambda r: (not r.restores_feasibility, len(r.families), r.families))
    return InfeasibilityReport(tuple(relaxations))
