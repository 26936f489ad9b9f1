"""The solver parameters the solver experiments share: ``experiment.backend`` and
``experiment.time_limit_s``, checked once and turned into ``SolverOptions``."""

from __future__ import annotations

from typing import Any

from servesolve.errors import SpecError, UnknownNameError


def check_solver_params(params: dict[str, Any], example_limit_s: float) -> None:
    """A known backend and a positive time limit, or a one-line error naming the field."""
    from servesolve.solver import BACKENDS

    backend = params.get("backend")
    if backend not in BACKENDS:
        raise UnknownNameError("experiment.backend", str(backend), sorted(BACKENDS))
    limit = params.get("time_limit_s")
    if isinstance(limit, bool) or not isinstance(limit, int | float) or not limit > 0:
        raise SpecError(
            "experiment.time_limit_s",
            f"{limit!r} is not a positive number",
            f"set experiment.time_limit_s={example_limit_s:g}",
        )


def solver_options(params: dict[str, Any]) -> Any:
    """``SolverOptions`` of a checked job; a backend not installed here -> one line."""
    from servesolve.solver import SolverOptions, available_backends

    backend = params["backend"]
    if backend not in available_backends():
        raise SpecError(
            "experiment.backend",
            f"'{backend}' is not installed here",
            f"choose one of {', '.join(available_backends())}",
        )
    return SolverOptions(backend=backend, time_limit_s=float(params["time_limit_s"]))
