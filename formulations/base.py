"""What every formulation module provides, and the solve loop they share.

A formulation module (``parallelism``, ``exegpt``, ``disaggregation``, ``fleet``,
``pipeline_partition``) ends with one ``FORMULATION = Formulation(...)`` object:

* ``build(instance) -> pulp.LpProblem``: the MILP, not solved. Constraint rows are named
  ``f"{family}__{detail}"`` (:func:`row_name`) with ``family`` one of :data:`FAMILIES`,
  and written in that family's unit, so that infeasibility can be explained by relaxing
  one family at a time (``servesolve.solver.infeasibility``).
* ``decode(instance, values) -> plan``: the plan from a solution's variable values.
* ``evaluate(instance, plan) -> float | None``: the objective of a plan, or ``None`` if
  it violates a constraint, computed directly from the instance data (no MILP). The
  brute-force twin and the decoded-plan checks both use it.
* ``brute_force(instance) -> Optimum | None``: the optimum by exhaustive enumeration of
  the same space (small instances only); ``None`` when nothing is feasible.
* ``random_instance(rng) -> instance``: a small random instance (brute force well under
  a second), for the twin tests and the instance library.
* ``scaled_instance(size, rng) -> instance``: an instance that grows with ``size`` (GPUs,
  or GPU types x workloads), for the scaling benchmark.
* ``solve``: optional; formulations whose objective is not one MILP (ExeGPT's throughput
  ratio, solved by Dinkelbach iterations) give their own loop. The default builds, solves
  and decodes once.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

import numpy as np
import pulp

from servesolve.solver import SolveResult, SolverOptions, solve
from servesolve.solver.families import FAMILIES, ConstraintFamily, family_of, row_name

__all__ = [
    "FAMILIES",
    "ConstraintFamily",
    "Formulation",
    "FormulationResult",
    "Optimum",
    "family_of",
    "row_name",
]

InstanceT = TypeVar("InstanceT")
PlanT = TypeVar("PlanT")


_LABEL = re.compile(r"^[A-Za-z0-9_]+$")


def check_labels(labels: object, field_name: str) -> None:
    """Refuse labels PuLP would rewrite in variable names (``-``, spaces, ...): a decoded
    plan looks its values up by label, so a rewritten name would decode as empty."""
    bad = [str(label) for label in labels if not _LABEL.match(str(label))]  # type: ignore[attr-defined]
    if bad:
        raise ValueError(
            f"{field_name}: label '{bad[0]}' has characters other than letters, digits and "
            "'_'; fix: rename it (variable names are built from labels)"
        )


class DecodeError(RuntimeError):
    """A decoded plan does not achieve the objective the backend certified (a bug)."""


@dataclass(frozen=True)
class Optimum(Generic[PlanT]):
    """An optimal plan and its objective, as found by a brute-force twin."""

    objective: float
    plan: PlanT


@dataclass(frozen=True)
class FormulationResult(Generic[PlanT]):
    """A formulation's solve: the decoded plan, its objective, and every MILP solved.

    ``certificate`` is the last MILP's result (status, bound, gap); ``solves`` lists them
    all (one for a plain MILP, one per Dinkelbach iteration for a ratio objective).
    ``objective`` is the formulation's own objective (for ExeGPT, the throughput ratio,
    not the last parametric MILP's value); ``bound`` is a proven bound on it.
    """

    plan: PlanT | None
    objective: float
    bound: float
    certificate: SolveResult
    solves: tuple[SolveResult, ...]
    wall_time_s: float
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def gap(self) -> float:
        if self.plan is None or math.isnan(self.objective) or math.isnan(self.bound):
            return math.nan
        diff = abs(self.bound - self.objective)
        return 0.0 if diff == 0 else diff / max(abs(self.objective), 1e-12)


SolveFn = Callable[[Any, SolverOptions, Mapping[str, float] | None], FormulationResult]


@dataclass(frozen=True)
class Formulation(Generic[InstanceT, PlanT]):
    """The functions of one formulation module (see the module docstring)."""

    name: str
    build: Callable[[InstanceT], pulp.LpProblem]
    decode: Callable[[InstanceT, Mapping[str, float]], PlanT]
    evaluate: Callable[[InstanceT, PlanT], float | None]
    brute_force: Callable[[InstanceT], Optimum[PlanT] | None]
    random_instance: Callable[[np.random.Generator], InstanceT]
    scaled_instance: Callable[[int, np.random.Generator], InstanceT]
    maximize: bool
    #: sizes the scaling benchmark passes to ``scaled_instance``, and what a size counts
    scaling_sizes: tuple[int, ...] = (8, 64, 256, 1024)
    size_unit: str = "GPUs"
    custom_solve: SolveFn | None = None
    #: the backend ``solve`` uses when given no options: the one that proved this
    #: formulation's largest scaled instances fastest (``benchmarks/bench_scaling.py``,
    #: docs/formulations.md)
    default_backend: str = "cp_sat"

    def solve(
        self,
        instance: InstanceT,
        options: SolverOptions | None = None,
        hints: Mapping[str, float] | None = None,
    ) -> FormulationResult[PlanT]:
        """Solve ``instance`` with ``options.backend`` (default: ``default_backend``) and
        decode the plan."""
        options = options or SolverOptions(backend=self.default_backend)
        if self.custom_solve is not None:
            return self.custom_solve(instance, options, hints)
        return solve_once(self, instance, options, hints)


def solve_once(
    formulation: Formulation[InstanceT, PlanT],
    instance: InstanceT,
    options: SolverOptions,
    hints: Mapping[str, float] | None = None,
) -> FormulationResult[PlanT]:
    """Build, solve and decode one MILP."""
    problem = formulation.build(instance)
    result = solve(problem, options, hints)
    plan = formulation.decode(instance, result.values) if result.status.has_solution else None
    if plan is not None:
        achieved = formulation.evaluate(instance, plan)
        if achieved is None or not math.isclose(
            achieved, result.objective, rel_tol=1e-6, abs_tol=1e-6
        ):
            raise DecodeError(
                f"{formulation.name}: the decoded plan scores {achieved}, the backend "
                f"{result.backend} certified {result.objective}; this is a bug, please report it"
            )
    return FormulationResult(
        plan=plan,
        objective=result.objective,
        bound=result.best_bound,
        certificate=result,
        solves=(result,),
        wall_time_s=result.wall_time_s,
    )


#: Formulation modules by name, imported on first use (see :func:`get_formulation`).
MODULES: dict[str, str] = {
    "parallelism": "servesolve.formulations.parallelism",
    "exegpt": "servesolve.formulations.exegpt",
    "disaggregation": "servesolve.formulations.disaggregation",
    "fleet": "servesolve.formulations.fleet",
    "pipeline_partition": "servesolve.formulations.pipeline_partition",
}


def get_formulation(name: str) -> Formulation:
    """The ``FORMULATION`` object of the module called ``name``."""
    import importlib

    if name not in MODULES:
        raise KeyError(f"formulation: unknown '{name}'; fix: use one of {', '.join(MODULES)}")
    return importlib.import_module(MODULES[name]).FORMULATION
