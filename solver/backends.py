"""Solve a PuLP model with any backend: OR-Tools CP-SAT, SCIP, HiGHS, or PuLP's CBC.

Formulations are built once, with PuLP. CBC solves the PuLP model directly; the OR-Tools
backends receive it through MPS (with an OBJSENSE section), imported by OR-Tools' model
builder, so every backend solves the very same instance, and so can any outside solver
given the exported file (``servesolve.solver.export``). Variable values come back keyed
by PuLP's variable names.
"""

from __future__ import annotations

import math
import os
import re
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Literal

import pulp
from pydantic import Field
from pydantic.dataclasses import dataclass

from servesolve.errors import SolverUnavailableError
from servesolve.solver.result import SolveResult, SolveStatus, relative_gap
from servesolve.specs.validation import SPEC_CONFIG

Backend = Literal["cp_sat", "scip", "highs", "cbc"]


@dataclass(config=SPEC_CONFIG)
class SolverOptions:
    """Knobs every backend understands."""

    backend: Backend = Field(default="cp_sat", description="cp_sat, scip, highs or cbc")
    time_limit_s: float = Field(default=60.0, gt=0, description="wall-clock limit of one solve (s)")
    threads: int = Field(default=1, gt=0, description="solver threads (1 = deterministic)")
    seed: int = Field(default=0, ge=0, description="random seed passed to the backend")
    relative_gap: float = Field(
        default=0.0, ge=0, lt=1, description="stop when the relative gap is below this"
    )
    warm_start: bool = Field(
        default=True, description="seed the solve with the best heuristic plan"
    )


def _ortools_parameters(backend: str, opts: SolverOptions) -> str:
    if backend == "cp_sat":
        return (
            f"num_workers:{opts.threads},random_seed:{opts.seed},"
            f"relative_gap_limit:{opts.relative_gap},absolute_gap_limit:1e-9,"
            # scale float coefficients finely enough that rates ~0.1 req/s keep a 0 gap
            "mip_wanted_precision:1e-9,"
            # CP-SAT 9.15's inclusion presolve can cut off the optimum and still report
            # OPTIMAL (google/or-tools#5293); switching it off fixed every case we saw.
            "presolve_inclusion_work_limit:0"
        )
    if backend == "scip":  # SCIP's branch-and-bound is single-threaded in OR-Tools
        return f"limits/gap = {opts.relative_gap}\nrandomization/randomseedshift = {opts.seed}"
    return (
        f"mip_rel_gap = {opts.relative_gap}\nrandom_seed = {opts.seed}\nthreads = {opts.threads}\n"
        "output_flag = false\nlog_to_console = false"
    )


_ORTOOLS_NAMES = {"cp_sat": "sat", "scip": "scip", "highs": "highs"}
#: A reported bound this large is a backend's infinity (SCIP's is 1e20), not a bound.
NO_BOUND = 1e20


def _as_float(value: object) -> float:
    """A float, NaN for the missing values (pandas NA, None) OR-Tools may return."""
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return math.nan


def _solve_ortools(
    problem: pulp.LpProblem, opts: SolverOptions, hints: Mapping[str, float] | None
) -> SolveResult:
    from ortools.linear_solver.python import model_builder as mb

    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "model.mps")
        problem.writeMPS(path, with_objsense=True)
        model = mb.Model()
        if not model.import_from_mps_file(path):
            raise SolverUnavailableError(
                f"OR-Tools could not read the exported MPS of '{problem.name}'"
            )
    variables = {v.name: v for v in model.get_variables()}
    backend = opts.backend
    stats: dict[str, object] = {}
    if hints and backend == "highs":
        # OR-Tools 9.15's model builder cannot pass hints to HiGHS (google/or-tools#4737)
        # and crashes when given one; solve cold instead.
        stats["warm_start"] = "skipped: not supported for HiGHS by OR-Tools' model builder"
    else:
        for name, value in (hints or {}).items():
            if name in variables:
                model.add_hint(variables[name], value)
    solver = mb.Solver(_ORTOOLS_NAMES[backend])
    solver.enable_output(False)
    solver.set_time_limit_in_seconds(opts.time_limit_s)
    solver.set_solver_specific_parameters(_ortools_parameters(backend, opts))
    start = time.perf_counter()
    code = solver.solve(model)
    wall = time.perf_counter() - start
    status = {
        mb.SolveStatus.OPTIMAL: SolveStatus.OPTIMAL,
        mb.SolveStatus.FEASIBLE: SolveStatus.FEASIBLE,
        mb.SolveStatus.INFEASIBLE: SolveStatus.INFEASIBLE,
        mb.SolveStatus.UNBOUNDED: SolveStatus.UNBOUNDED,
        mb.SolveStatus.NOT_SOLVED: SolveStatus.NO_SOLUTION,
    }.get(code, SolveStatus.ERROR)
    if status is SolveStatus.ERROR and wall >= 0.95 * opts.time_limit_s:
        # HiGHS stopped by the time limit comes back from OR-Tools as ABNORMAL ("Warning
        # HiGHS run()"): a search that ran out of time, not a failure.
        stats["note"] = f"stopped at the time limit ({solver.status_string})"
        status = SolveStatus.NO_SOLUTION
    objective = _as_float(solver.objective_value) if status.has_solution else math.nan
    if status.has_solution and math.isnan(objective):
        # OR-Tools 9.15 returns no incumbent for a HiGHS search stopped by a limit.
        stats["note"] = "the backend returned no objective value"
        status = SolveStatus.NO_SOLUTION
    if not status.has_solution:
        nan = float("nan")
        stats["status_string"] = solver.status_string
        return SolveResult(status, nan, nan, nan, wall, backend, {}, stats)
    bound = _as_float(solver.best_objective_bound)
    maximize = model.helper.maximize()
    if abs(bound) >= NO_BOUND:
        # SCIP stopped before its first dual bound reports its infinity (1e20): no bound.
        bound = math.inf if maximize else -math.inf
        stats["bound"] = "none: the search stopped before proving any bound"
    if backend == "highs" and opts.relative_gap > 0 and status is SolveStatus.OPTIMAL:
        # OR-Tools echoes the objective as HiGHS's bound; HiGHS's own guarantee when it
        # stops at its gap is |primal - dual| <= mip_rel_gap * |primal|, so certify that
        # instead (only then: a search stopped by a limit guarantees nothing).
        slack = opts.relative_gap * abs(objective)
        bound = objective + slack if maximize else objective - slack
        stats["bound"] = "from HiGHS's mip_rel_gap termination guarantee"
    values = {name: float(solver.value(var)) for name, var in variables.items()}
    stats |= {
        "backend_wall_time_s": float(solver.wall_time),
        "user_time_s": float(solver.user_time),
    }
    return SolveResult(
        status, objective, bound, relative_gap(objective, bound), wall, backend, values, stats
    )


_CBC_GAP = re.compile(r"^Gap:\s+([-+0-9.eE]+)", re.MULTILINE)
_CBC_BOUND = re.compile(r"^(?:Upper|Lower) bound:\s+([-+0-9.eE]+)", re.MULTILINE)
_CBC_RESULT = re.compile(r"^Result - (.+)$", re.MULTILINE)


def _cbc_bound(log: str, objective: float, maximize: bool, result_text: str) -> float:
    """CBC's proven bound, from its closing lines.

    CBC prints the bound (``Upper bound:`` for a maximisation) and ``Gap:`` =
    (objective - bound) / |objective|, each to 6 significant digits. The gap line pins the
    bound far more finely (6 digits of a small difference rather than of the bound), so
    it is used when it parses and the objective is not 0 (where it carries no scale);
    the bound line otherwise. With neither, only a plain "Optimal solution found" proves
    bound = objective.
    """
    gap = _CBC_GAP.search(log)
    if gap and abs(objective) > 1e-9:
        try:
            slack = abs(float(gap.group(1))) * abs(objective)  # printed negative when maximising
        except ValueError:
            slack = math.nan
        if math.isfinite(slack):
            return objective + slack if maximize else objective - slack
    candidates = []
    for text in _CBC_BOUND.findall(log):
        try:
            candidates.append(float(text))
        except ValueError:
            continue
    if candidates:
        return max(candidates) if maximize else min(candidates)
    if result_text == "Optimal solution found":
        return objective
    return float("inf") if maximize else float("-inf")


def _cbc_binary() -> str | None:
    """The CBC executable: from ``cbcbox`` (``pulp[cbc]``) beside this interpreter or on PATH."""
    search = os.pathsep.join([os.path.dirname(sys.executable), os.environ.get("PATH", "")])
    return shutil.which("cbc", path=search)


def _cbc_command(**kwargs: object) -> pulp.LpSolver_CMD:
    """COIN_CMD on the cbcbox binary; PuLP 3's bundled PULP_CBC_CMD as a fallback."""
    binary = _cbc_binary()
    if binary:
        return pulp.COIN_CMD(path=binary, **kwargs)
    return pulp.PULP_CBC_CMD(**kwargs)


def _cbc_available() -> bool:
    return _cbc_binary() is not None or "PULP_CBC_CMD" in pulp.listSolvers(onlyAvailable=True)


def _solve_cbc(
    problem: pulp.LpProblem, opts: SolverOptions, hints: Mapping[str, float] | None
) -> SolveResult:
    if not _cbc_available():
        raise SolverUnavailableError(
            "solver.backend: CBC is not installed; fix: pip install 'pulp[cbc]'"
        )
    problem = problem.deepcopy()
    if hints:
        for var in problem.variables():
            if var.name in hints:
                var.setInitialValue(hints[var.name])
    with tempfile.TemporaryDirectory() as tmp:
        log_path = Path(tmp) / "cbc.log"
        cmd = _cbc_command(
            msg=False,
            timeLimit=opts.time_limit_s,
            threads=opts.threads,
            gapRel=opts.relative_gap,
            warmStart=bool(hints),
            logPath=str(log_path),
            options=[f"randomCbcSeed {opts.seed}"],
        )
        start = time.perf_counter()
        problem.solve(cmd)
        wall = time.perf_counter() - start
        log = log_path.read_text() if log_path.exists() else ""
    result_line = _CBC_RESULT.search(log)
    result_text = result_line.group(1) if result_line else ""
    if problem.status == pulp.LpStatusInfeasible or "infeasible" in result_text.lower():
        status = SolveStatus.INFEASIBLE
    elif problem.status == pulp.LpStatusUnbounded:
        status = SolveStatus.UNBOUNDED
    elif problem.sol_status == pulp.LpSolutionOptimal:
        status = SolveStatus.OPTIMAL
    elif problem.sol_status == pulp.LpSolutionIntegerFeasible:
        status = SolveStatus.FEASIBLE
    else:
        status = SolveStatus.NO_SOLUTION
    if not status.has_solution:
        nan = float("nan")
        return SolveResult(status, nan, nan, nan, wall, "cbc", {}, {"result": result_text})
    objective = float(pulp.value(problem.objective) or 0.0)
    bound = _cbc_bound(log, objective, problem.sense == pulp.LpMaximize, result_text)
    values = {v.name: float(v.varValue or 0.0) for v in problem.variables()}
    return SolveResult(
        status,
        objective,
        bound,
        relative_gap(objective, bound),
        wall,
        "cbc",
        values,
        {"result": result_text},
    )


SolveFn = Callable[[pulp.LpProblem, SolverOptions, Mapping[str, float] | None], SolveResult]

#: Registry of backends by the name used in ``solver=...``.
BACKENDS: dict[str, SolveFn] = {
    "cp_sat": _solve_ortools,
    "scip": _solve_ortools,
    "highs": _solve_ortools,
    "cbc": _solve_cbc,
}


def available_backends() -> list[str]:
    """Backends that can run on this machine."""
    out = []
    try:
        from ortools.linear_solver.python import model_builder as mb

        out += [
            name for name, ort in _ORTOOLS_NAMES.items() if mb.Solver(ort).solver_is_supported()
        ]
    except ImportError:
        pass
    if _cbc_available():
        out.append("cbc")
    return out


def solve(
    problem: pulp.LpProblem,
    options: SolverOptions | None = None,
    hints: Mapping[str, float] | None = None,
) -> SolveResult:
    """Solve ``problem`` with ``options.backend``; ``hints`` (name -> value) warm-start it."""
    opts = options or SolverOptions()
    if opts.backend not in BACKENDS:
        raise SolverUnavailableError(
            f"solver.backend: unknown backend '{opts.backend}'; fix: use one of {', '.join(BACKENDS)}"
        )
    if opts.backend not in available_backends():
        raise SolverUnavailableError(
            f"solver.backend: '{opts.backend}' is not available here; fix: use one of {', '.join(available_backends())}"
        )
    return BACKENDS[opts.backend](problem, opts, hints if opts.warm_start else None)
