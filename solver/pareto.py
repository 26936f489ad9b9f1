"""Pareto sweeps: solve one formulation along a parameter and keep the trade-off curve.

Two sweeps the field reports: throughput against the latency bound (ExeGPT shows four
bounds per task) and cost against the arrival rate (min-cost plans for growing targets).
Each point is an exact solve; successive points are warm-started from the previous
point's solution, which stays feasible as a bound loosens or a rate shrinks, and is
otherwise only a hint the backend may discard.

The sweep takes a formulation object (``servesolve.formulations.base.Formulation``) and
a function building its instance at a parameter value; it does not import
``formulations`` (the package depends on ``solver``, not the reverse).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd
import pulp
from tqdm.auto import tqdm

from servesolve.solver.backends import SolverOptions


def pareto_sweep(
    formulation: Any,
    instance_at: Callable[[float], Any],
    values: Sequence[float],
    parameter: str,
    options: SolverOptions | None = None,
    progress: bool = True,
    describe: Callable[[Any], str] = str,
    prefer_lower_value: bool = True,
) -> pd.DataFrame:
    """Solve ``formulation`` at every value of ``parameter``; one tidy row per value.

    Columns: ``parameter`` (its name), ``value``, ``status``, ``objective``, ``bound``,
    ``gap``, ``wall_time_s``, ``num_milps`` (MILPs solved for that point), ``plan``
    (``describe(plan)``, empty if none) and ``on_front`` (see :func:`mark_front`;
    ``prefer_lower_value`` says which way the parameter is better).
    """
    options = options or SolverOptions()
    rows = []
    hints = None
    maximize = None
    for value in tqdm(values, desc=f"{formulation.name} over {parameter}", disable=not progress):
        instance = instance_at(value)
        if maximize is None:  # the instance's own sense (min_cost vs max_goodput)
            maximize = formulation.build(instance).sense == pulp.LpMaximize
        result = formulation.solve(instance, options, hints)
        has_plan = result.plan is not None
        rows.append(
            {
                "formulation": formulation.name,
                "backend": options.backend,
                "parameter": parameter,
                "value": float(value),
                "status": result.certificate.status.value,
                "objective": result.objective if has_plan else math.nan,
                "bound": result.bound if has_plan else math.nan,
                "gap": result.gap,
                "wall_time_s": result.wall_time_s,
                "num_milps": len(result.solves),
                "plan": describe(result.plan) if has_plan else "",
            }
        )
        hints = result.certificate.values if has_plan else hints
    table = pd.DataFrame(rows)
    return mark_front(table, bool(maximize), prefer_lower_value)


def mark_front(
    table: pd.DataFrame, maximize: bool, prefer_lower_value: bool = True
) -> pd.DataFrame:
    """Add ``on_front``: True when no other point is at least as good on both axes and
    strictly better on one.

    Axes: the objective (higher is better when ``maximize``) and the parameter value
    (lower is better when ``prefer_lower_value``: a tighter latency bound; pass False
    for an arrival rate, where serving more is better). Points without a plan are never
    on the front.
    """
    out = table.copy()
    obj = out["objective"].to_numpy(dtype=float) * (1 if maximize else -1)
    val = out["value"].to_numpy(dtype=float) * (-1 if prefer_lower_value else 1)
    front = []
    for i in range(len(out)):
        if math.isnan(obj[i]):
            front.append(False)
            continue
        dominated = any(
            obj[j] >= obj[i] and val[j] >= val[i] and (obj[j] > obj[i] or val[j] > val[i])
            for j in range(len(out))
            if j != i and not math.isnan(obj[j])
        )
        front.append(not dominated)
    out["on_front"] = front
    return out
