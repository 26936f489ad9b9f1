"""Backends agree on the same instances; warm starts, exports and errors behave."""

from __future__ import annotations

import numpy as np
import pulp
import pytest
from ortools.linear_solver.python import model_builder as mb

from servesolve.errors import SolverUnavailableError
from servesolve.solver import SolverOptions, SolveStatus, available_backends, solve, write_model

BACKENDS = available_backends()
OBJECTIVE_REL_TOL = 1e-6


def knapsack(seed: int, maximize: bool = True) -> pulp.LpProblem:
    rng = np.random.default_rng(seed)
    prob = pulp.LpProblem(f"knap{seed}", pulp.LpMaximize if maximize else pulp.LpMinimize)
    xs = [prob.add_variable(f"x[{i}]", 0, 20, cat="Integer") for i in range(12)]
    values = rng.uniform(1, 10, len(xs))
    if maximize:
        prob += pulp.lpSum(v * x for v, x in zip(values, xs, strict=True))
        for j in range(6):
            prob += (
                pulp.lpSum(rng.uniform(1, 10) * x for x in xs) <= rng.uniform(50, 200),
                f"cap_{j}",
            )
    else:
        prob += pulp.lpSum(v * x for v, x in zip(values, xs, strict=True))
        for j in range(6):
            prob += (
                pulp.lpSum(rng.uniform(0, 10) * x for x in xs) >= rng.uniform(50, 200),
                f"cover_{j}",
            )
    return prob


@pytest.mark.parametrize("seed", range(8))
def test_backends_reach_the_same_objective(seed: int) -> None:
    for maximize in (True, False):
        prob = knapsack(seed, maximize)
        objectives = {}
        for backend in BACKENDS:
            r = solve(prob, SolverOptions(backend=backend))
            assert r.status is SolveStatus.OPTIMAL
            assert r.gap <= 1e-6
            objectives[backend] = r.objective
        ref = objectives["cbc"]
        for backend, value in objectives.items():
            assert value == pytest.approx(ref, rel=OBJECTIVE_REL_TOL), backend


def test_solution_values_satisfy_constraints() -> None:
    prob = knapsack(3)
    for backend in BACKENDS:
        r = solve(prob, SolverOptions(backend=backend))
        for con in prob.constraints():
            name = con.name
            lhs = sum(coef * r.values[var.name] for var, coef in con.items())
            assert lhs <= -con.constant + 1e-6, (backend, name)


def test_warm_start_hint_is_accepted() -> None:
    """Every backend accepts a hint (HiGHS skips it: OR-Tools' bridge crashes on one)."""
    prob = knapsack(1)
    hints = {v.name: 0.0 for v in prob.variables()}
    for backend in BACKENDS:
        result = solve(prob, SolverOptions(backend=backend), hints)
        assert result.status is SolveStatus.OPTIMAL
        assert ("warm_start" in result.stats) == (backend == "highs")


def test_unknown_backend_is_a_clear_error() -> None:
    with pytest.raises(Exception) as err:
        solve(knapsack(0), SolverOptions(backend="gurobi"))  # type: ignore[arg-type]
    assert "backend" in str(err.value)


def test_unavailable_backend_message(monkeypatch) -> None:
    import servesolve.solver.backends as backends

    monkeypatch.setattr(backends, "available_backends", lambda: ["cbc"])
    with pytest.raises(SolverUnavailableError) as err:
        solve(knapsack(0), SolverOptions(backend="scip"))
    assert str(err.value).startswith("solver.backend: 'scip' is not available here")


def test_mps_export_reimports_with_the_same_optimum(tmp_path) -> None:
    prob = knapsack(5)
    path = write_model(prob, tmp_path / "knap.mps")
    model = mb.Model()
    assert model.import_from_mps_file(str(path))
    solver = mb.Solver("scip")
    assert solver.solve(model) == mb.SolveStatus.OPTIMAL
    assert solver.objective_value == pytest.approx(solve(prob).objective, rel=OBJECTIVE_REL_TOL)
    write_model(prob, tmp_path / "knap.lp")
    assert (tmp_path / "knap.lp").read_text().startswith("\\*")
    with pytest.raises(FileExistsError):
        write_model(prob, tmp_path / "knap.mps")
