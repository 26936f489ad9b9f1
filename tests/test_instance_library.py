"""The shipped instance library: every backend reaches each fast instance's known optimum.

The full library is solved by ``benchmarks/bench_formulations.py --library``; here only
the instances that every backend solved in under ``FAST_S`` at generation time.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from servesolve.formulations.base import MODULES
from servesolve.formulations.library import agrees_with_known, read_library, read_problem
from servesolve.solver import SolverOptions, available_backends, solve

LIBRARY = Path(__file__).resolve().parents[1] / "benchmarks" / "instances" / "library"
FAST_S = 0.5

INDEX = read_library(LIBRARY)
FAST = INDEX[INDEX["solve_time_s"] < FAST_S]


def test_library_covers_every_formulation_small_and_scaled():
    for name in MODULES:
        kinds = set(INDEX.loc[INDEX["formulation"] == name, "kind"])
        assert kinds == {"small", "scaled"}, f"{name}: library has {kinds}"
    assert set(FAST["formulation"]) == set(MODULES)


@pytest.mark.parametrize("backend", available_backends())
@pytest.mark.parametrize("formulation", sorted(MODULES))
def test_backend_reaches_known_optimum(formulation, backend):
    rows = FAST[FAST["formulation"] == formulation]
    for row in rows.itertuples():
        problem = read_problem(LIBRARY / row.file, row.sense)
        result = solve(problem, SolverOptions(backend=backend, time_limit_s=60))
        assert agrees_with_known(result, row.known_status, row.known_objective), (
            f"{row.instance} on {backend}: {result.status.value} {result.objective}, "
            f"known {row.known_objective}"
        )
