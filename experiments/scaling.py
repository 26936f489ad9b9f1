"""``scaling``: solve time and gap of one formulation on one backend as instances grow.

One job builds the seeded ``scaled_instance(size)`` of ``formulation`` for each size (its
``scaling_sizes`` unless ``sizes`` lists others: 8 to 1,024 GPUs for ``parallelism`` and
``disaggregation``, up to 4 GPU types x 5 workloads for ``fleet``; see each module) and
solves it with ``Formulation.solve`` on ``backend`` within ``time_limit_s`` per MILP. The
logic is that of ``benchmarks/bench_scaling.py``; the sweep
(``conf/experiment/scaling.yaml``) lists formulation x backend.

Rows, one per (formulation, size, backend): ``formulation``, ``size``, ``size_unit``,
``backend``, ``status`` (the last MILP's), ``objective``, ``bound`` (proven bound on the
formulation's objective), ``gap`` (their relative gap; empty without a plan), ``time_s``
(wall time of the whole solve: every MILP and the decoding), ``num_milps``,
``num_variables`` and ``num_constraints`` (of ``build(instance)``), ``build_s``.
"""

from __future__ import annotations

import math
import time
from typing import Any

import numpy as np

from servesolve.errors import SpecError, UnknownNameError
from servesolve.experiments.solver_params import check_solver_params, solver_options

#: Seed of every scaled instance (as in benchmarks/bench_scaling.py).
SEED = 0


def _number(value: float) -> float | None:
    return None if value is None or math.isnan(value) or math.isinf(value) else float(value)


def sizes(params: dict[str, Any]) -> list[int]:
    """The sizes the job solves: ``params['sizes']``, or the formulation's scaling sizes."""
    from servesolve.formulations.base import get_formulation

    wanted = params.get("sizes")
    if wanted is None:
        return list(get_formulation(params["formulation"]).scaling_sizes)
    if (
        not isinstance(wanted, list)
        or not wanted
        or any(isinstance(s, bool) or not isinstance(s, int) or s < 1 for s in wanted)
    ):
        raise SpecError(
            "experiment.sizes",
            f"{wanted!r} is not a non-empty list of positive integers",
            "write experiment.sizes=[8,64] or null for the formulation's scaling sizes",
        )
    return list(wanted)


def validate(params: dict[str, Any]) -> None:
    """Check the formulation, backend, time limit and sizes (cheap: builds nothing)."""
    from servesolve.formulations.base import MODULES

    if params.get("formulation") not in MODULES:
        raise UnknownNameError(
            "experiment.formulation", str(params.get("formulation")), sorted(MODULES)
        )
    check_solver_params(params, example_limit_s=10)
    sizes(params)


def run_job(params: dict[str, Any]) -> list[dict[str, Any]]:
    """Solve ``formulation``'s scaled instances on ``backend``; one row per size."""
    from servesolve.formulations.base import get_formulation

    validate(params)
    options = solver_options(params)
    backend = options.backend
    formulation = get_formulation(params["formulation"])
    rows = []
    for size in sizes(params):
        start = time.perf_counter()
        instance = formulation.scaled_instance(size, np.random.default_rng(SEED))
        problem = formulation.build(instance)
        build_s = time.perf_counter() - start
        start = time.perf_counter()
        result = formulation.solve(instance, options)
        time_s = time.perf_counter() - start
        has_plan = result.plan is not None
        rows.append(
            {
                "formulation": formulation.name,
                "size": size,
                "size_unit": formulation.size_unit,
                "backend": backend,
                "status": result.certificate.status.value,
                "objective": _number(result.objective) if has_plan else None,
                "bound": _number(result.bound),
                "gap": _number(result.gap) if has_plan else None,
                "time_s": time_s,
                "num_milps": len(result.solves),
                "num_variables": len(problem.variables()),
                "num_constraints": len(problem.constraints()),
                "build_s": build_s,
            }
        )
    return rows
