"""Solve built models with any backend and report a certificate (status, bound, gap)."""

from servesolve.solver.backends import BACKENDS, SolverOptions, available_backends, solve
from servesolve.solver.export import write_model
from servesolve.solver.result import SolveResult, SolveStatus, relative_gap

__all__ = [
    "BACKENDS",
    "SolveResult",
    "SolveStatus",
    "SolverOptions",
    "available_backends",
    "relative_gap",
    "solve",
    "write_model",
]
