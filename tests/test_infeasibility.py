"""Infeasibility explained by relaxing one constraint family at a time."""

from __future__ import annotations

import math

import pulp
import pytest

from servesolve.solver import SolverOptions, available_backends
from servesolve.solver.families import row_name
from servesolve.solver.infeasibility import explain_infeasibility, relax_families

TOL = 1e-6


def _two_configs(memory_gib: float, slo_s: float, gpus: int) -> pulp.LpProblem:
    """Pick one of two configs; config a needs 30 GiB and takes 2 s, b needs 50 GiB and 1 s.

    With ``memory_gib`` = 40 and ``slo_s`` = 1.5: a breaks the SLO by 0.5 s and b the
    memory by 10 GiB, so each family alone explains the infeasibility by that much.
    """
    prob = pulp.LpProblem("toy", pulp.LpMaximize)
    # x[c] = 1 if config c is chosen
    x = {c: prob.add_variable(f"x_{c}", 0, 1, cat="Integer") for c in "ab"}
    prob += x["a"] + x["b"] == 1, row_name("structure", "one_config")
    prob += 30 * x["a"] + 50 * x["b"] <= memory_gib, row_name("memory", "per_gpu")
    prob += 2 * x["a"] + 1 * x["b"] <= slo_s, row_name("slo", "latency")
    prob += 4 * x["a"] + 8 * x["b"] <= gpus, row_name("gpus", "budget")
    prob += x["a"] + 2 * x["b"]
    return prob


@pytest.mark.parametrize("backend", available_backends())
def test_each_family_alone_reports_its_shortfall(backend):
    report = explain_infeasibility(_two_configs(40, 1.5, 8), SolverOptions(backend=backend))
    by_family = {r.families: r for r in report.relaxations}
    memory, slo, gpus = by_family[("memory",)], by_family[("slo",)], by_family[("gpus",)]
    assert memory.restores_feasibility and math.isclose(memory.total_violation, 10, abs_tol=TOL)
    assert memory.worst_row == "memory__per_gpu"
    assert slo.restores_feasibility and math.isclose(slo.total_violation, 0.5, abs_tol=TOL)
    assert not gpus.restores_feasibility
    summary = report.summary()
    assert "short by 10 GiB" in summary and "short by 0.5 s" in summary
    assert "gpus" not in summary


def test_two_families_together_when_neither_alone_suffices():
    # 4 GPUs: only a fits the budget, and a needs both 0.5 s more SLO and no memory;
    # at 20 GiB, a also misses memory by 10 GiB: neither family alone is enough.
    report = explain_infeasibility(_two_configs(20, 1.5, 4))
    assert not any(r.restores_feasibility for r in report.relaxations if len(r.families) == 1)
    combined = report.causes[0]
    # All present relaxable families are relaxed; the cheapest fix keeps config a.
    assert combined.families == ("gpus", "memory", "slo")
    assert combined.unit == "mixed units"
    shortfall = dict(combined.violation_by_family)
    assert math.isclose(shortfall["memory"], 10, abs_tol=TOL)
    assert math.isclose(shortfall["slo"], 0.5, abs_tol=TOL)
    assert shortfall["gpus"] == 0
    assert "memory by 10 GiB" in report.summary() and "gpus by" not in report.summary()


def test_feasible_model_needs_no_slack():
    relaxation = relax_families(_two_configs(60, 3, 8), ["memory"])
    assert relaxation.restores_feasibility and relaxation.total_violation == 0


def test_structure_rows_cannot_be_relaxed():
    with pytest.raises(ValueError, match="structure"):
        relax_families(_two_configs(40, 1.5, 8), ["structure"])


def test_equality_rows_relax_both_ways():
    prob = pulp.LpProblem("eq", pulp.LpMinimize)
    n = prob.add_variable("n", 0, 3, cat="Integer")
    prob += 2 * n == 7, row_name("layers", "sum")
    prob += n
    relaxation = relax_families(prob, ["layers"])
    assert relaxation.restores_feasibility and math.isclose(
        relaxation.total_violation, 1, abs_tol=TOL
    )
