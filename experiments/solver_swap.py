"""``solver_swap``: every formulation's instances in the library on one solver backend.

One job solves every selected MPS file of the instance library
(``benchmarks/instances/library/``, see :mod:`servesolve.formulations.library`) on
``backend`` within ``time_limit_s`` per instance, and checks each outcome against the
library's known optimum or infeasibility. The sweep (``conf/experiment/solver_swap.yaml``)
lists the backends, so the rows compare every backend on every formulation's instances.

Parameters (the ``experiment`` section): ``backend``, ``time_limit_s``, ``library_dir``
(``null``: the library of this checkout), ``formulations`` and ``instances`` (``null``:
all; or lists of names).

Rows, one per (instance, backend): ``formulation``, ``instance``, ``backend``, ``status``,
``objective`` and ``gap`` (empty without a solution), ``known_objective`` (empty when
infeasible), ``known_status``, ``agrees`` (reached the known outcome within
``AGREEMENT_RTOL``), ``time_s`` (wall time of the backend's solve call).
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import pandas as pd

from servesolve.errors import SpecError, UnknownNameError
from servesolve.experiments.solver_params import check_solver_params, solver_options

#: The instance library of a source checkout (``benchmarks/`` is not installed).
DEFAULT_LIBRARY = Path(__file__).resolve().parent.parent / "benchmarks" / "instances" / "library"


def library_dir(params: dict[str, Any]) -> Path:
    """The library folder: ``params['library_dir']``, or this checkout's library."""
    value = params.get("library_dir")
    return Path(value).expanduser().absolute() if value else DEFAULT_LIBRARY


def _number(value: float) -> float | None:
    return None if value is None or math.isnan(value) or math.isinf(value) else float(value)


def selected_instances(params: dict[str, Any]) -> pd.DataFrame:
    """The library index rows the job solves; unknown names -> one-line error."""
    from servesolve.formulations.library import LibraryError, read_library

    folder = library_dir(params)
    try:
        index = read_library(folder)
    except LibraryError as exc:
        raise SpecError(
            "experiment.library_dir",
            str(exc).split("; fix:")[0],
            "point it at a library with an index.csv (benchmarks/instances/generate.py writes one)",
        ) from None
    for field, column in (("formulations", "formulation"), ("instances", "instance")):
        wanted = params.get(field)
        if wanted is None:
            continue
        if isinstance(wanted, str) or not isinstance(wanted, list) or not wanted:
            raise SpecError(
                f"experiment.{field}",
                f"{wanted!r} is not a non-empty list",
                f"write experiment.{field}=[a,b] or null for all",
            )
        known = sorted(set(index[column]))
        for name in wanted:
            if name not in known:
                raise UnknownNameError(f"experiment.{field}", str(name), known)
        index = index[index[column].isin(wanted)]
    return index


def validate(params: dict[str, Any]) -> None:
    """Check the backend, the time limit and the instance selection (cheap: no solve)."""

    check_solver_params(params, example_limit_s=60)
    selected_instances(params)


def run_job(params: dict[str, Any]) -> list[dict[str, Any]]:
    """Solve the selected library instances on ``params['backend']``; one row each."""
    from servesolve.formulations.library import agrees_with_known, read_problem
    from servesolve.solver import solve

    validate(params)
    options = solver_options(params)
    backend = options.backend
    folder = library_dir(params)
    rows = []
    for entry in selected_instances(params).itertuples():
        problem = read_problem(folder / entry.file, entry.sense)
        result = solve(problem, options)
        has_solution = result.status.has_solution
        rows.append(
            {
                "formulation": entry.formulation,
                "instance": entry.instance,
                "backend": backend,
                "status": result.status.value,
                "objective": _number(result.objective) if has_solution else None,
                "known_objective": _number(entry.known_objective),
                "known_status": entry.known_status,
                "agrees": bool(
                    agrees_with_known(result, entry.known_status, entry.known_objective)
                ),
                "time_s": result.wall_time_s,
                "gap": _number(result.gap) if has_solution else None,
            }
        )
    return rows
