"""Every formulation's MILP against its brute-force twin, on every installed backend.

For each formulation and each of ``NUM_INSTANCES`` seeded random small instances: the
MILP's optimum (through ``Formulation.solve``, so Dinkelbach loops are covered too)
equals the brute-force optimum, the decoded plan is feasible by the formulation's own
``evaluate`` and achieves that objective, and infeasible instances are infeasible both
ways.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from servesolve.formulations.base import MODULES, get_formulation
from servesolve.solver import SolverOptions, SolveStatus, available_backends

NUM_INSTANCES = 30
#: Relative tolerance on objectives: below the tie-break terms (<= 1e-6 of the objective
#: by construction), so a MILP that breaks ties the wrong way fails; backends certify
#: optimality to ~1e-9 relative gap.
OBJECTIVE_RTOL = 1e-8
#: Formulations with continuous variables are solved to the backends' feasibility
#: tolerance (~1e-7 relative on fleet's traffic rows), so they get a looser one.
LOOSER_RTOL = {"fleet": 1e-6}

BACKENDS = available_backends()


@pytest.fixture(scope="module", params=sorted(MODULES))
def twin_results(request):
    """Brute-force optimum of each seeded instance of one formulation (computed once)."""
    formulation = get_formulation(request.param)
    out = []
    for seed in range(NUM_INSTANCES):
        instance = formulation.random_instance(np.random.default_rng(seed))
        out.append((seed, instance, formulation.brute_force(instance)))
    return formulation, out


def test_random_instances_include_feasible_ones(twin_results):
    formulation, cases = twin_results
    feasible = sum(1 for _, _, best in cases if best is not None)
    assert feasible >= NUM_INSTANCES * 2 // 3, (
        f"{formulation.name}: only {feasible}/{NUM_INSTANCES} random instances are feasible"
    )


@pytest.mark.parametrize("backend", BACKENDS)
def test_milp_matches_brute_force(twin_results, backend):
    formulation, cases = twin_results
    options = SolverOptions(backend=backend, time_limit_s=30)
    rtol = LOOSER_RTOL.get(formulation.name, OBJECTIVE_RTOL)
    for seed, instance, best in cases:
        result = formulation.solve(instance, options)
        where = f"{formulation.name} seed {seed} on {backend}"
        if best is None:
            assert result.plan is None, f"{where}: MILP found a plan, brute force none"
            assert result.certificate.status is SolveStatus.INFEASIBLE, (
                f"{where}: brute force finds nothing, MILP says {result.certificate.status}"
            )
            continue
        assert result.plan is not None, f"{where}: MILP found no plan ({result.certificate.status})"
        assert math.isclose(result.objective, best.objective, rel_tol=rtol, abs_tol=1e-9), (
            f"{where}: MILP {result.objective} != brute force {best.objective}"
        )
        achieved = formulation.evaluate(instance, result.plan)
        assert achieved is not None, f"{where}: decoded plan violates a constraint"
        assert math.isclose(achieved, best.objective, rel_tol=rtol, abs_tol=1e-9), (
            f"{where}: decoded plan scores {achieved}, optimum {best.objective}"
        )
        assert result.gap <= 1e-6, f"{where}: gap {result.gap}"
