"""Pareto sweeps over a formulation's parameter, checked on a tiny knapsack."""

from __future__ import annotations

import dataclasses
import itertools
import math

import numpy as np
import pandas as pd
import pulp
import pytest

from servesolve.formulations.base import Formulation, Optimum
from servesolve.solver import SolverOptions, available_backends
from servesolve.solver.families import row_name
from servesolve.solver.pareto import mark_front, pareto_sweep

VALUES = (3.0, 4.0, 5.0)  # throughput of each config
WEIGHTS = (2, 3, 4)  # latency each config adds (s)


def _build(limit: float) -> pulp.LpProblem:
    prob = pulp.LpProblem("knapsack", pulp.LpMaximize)
    # x[i] = 1 if item i is taken
    x = [prob.add_variable(f"x_{i}", 0, 1, cat="Integer") for i in range(3)]
    prob += pulp.lpSum(w * v for w, v in zip(WEIGHTS, x, strict=True)) <= limit, row_name("slo")
    prob += pulp.lpSum(c * v for c, v in zip(VALUES, x, strict=True))
    return prob


def _evaluate(limit: float, plan: tuple[int, ...]) -> float | None:
    if sum(w * k for w, k in zip(WEIGHTS, plan, strict=True)) > limit:
        return None
    return float(sum(c * k for c, k in zip(VALUES, plan, strict=True)))


def _brute(limit: float) -> Optimum | None:
    scored = [(_evaluate(limit, p), p) for p in itertools.product((0, 1), repeat=3)]
    best = max((s for s in scored if s[0] is not None), default=None)
    return Optimum(best[0], best[1]) if best else None


KNAPSACK = Formulation(
    name="knapsack",
    build=_build,
    decode=lambda limit, values: tuple(int(round(values[f"x_{i}"])) for i in range(3)),
    evaluate=_evaluate,
    brute_force=_brute,
    random_instance=lambda rng: float(rng.integers(1, 10)),
    scaled_instance=lambda size, rng: float(size),
    maximize=True,
)


@pytest.mark.parametrize("backend", available_backends())
def test_sweep_matches_brute_force_at_every_value(backend):
    limits = [1, 2, 3, 4, 5, 6, 7, 9]
    table = pareto_sweep(
        KNAPSACK, float, limits, "latency_bound_s", SolverOptions(backend=backend), progress=False
    )
    for limit, row in zip(limits, table.itertuples(), strict=True):
        best = _brute(limit)
        assert math.isclose(row.objective, best.objective, rel_tol=1e-9, abs_tol=1e-9)
    # Objective by bound: 0 (nothing fits), 3, 4, 5, 7, 8, 9, 12: each improves on every
    # tighter bound, so all are on the front.
    assert table["objective"].tolist() == [0, 3, 4, 5, 7, 8, 9, 12]
    assert table["on_front"].all()


def test_front_drops_points_a_tighter_bound_matches():
    table = pd.DataFrame({"value": [1.0, 2.0, 3.0], "objective": [5.0, 5.0, 6.0]})
    assert mark_front(table, maximize=True)["on_front"].tolist() == [True, False, True]


def test_front_for_cost_against_rate_prefers_higher_rates():
    # min cost; a higher rate at the same cost dominates the lower rate.
    table = pd.DataFrame({"value": [10.0, 20.0, 30.0], "objective": [8.0, 8.0, 16.0]})
    front = mark_front(table, maximize=False, prefer_lower_value=False)["on_front"]
    assert front.tolist() == [False, True, True]


def test_knapsack_helper_is_a_valid_formulation():
    limit = KNAPSACK.random_instance(np.random.default_rng(0))
    assert KNAPSACK.solve(limit).objective == _brute(limit).objective


def test_front_follows_the_instances_sense_not_the_formulation_flag():
    # The flag says minimise, the built model maximises (as parallelism's min_cost vs
    # max_goodput instances differ): the front must follow the model.
    mislabelled = dataclasses.replace(KNAPSACK, maximize=False)
    table = pareto_sweep(mislabelled, float, [2, 3, 4], "latency_bound_s", progress=False)
    assert table["on_front"].all()
