"""The instance library: every formulation's MILPs as MPS files with known optimal objectives.

``benchmarks/instances/`` holds, per formulation, small random instances (seeded
``random_instance``) and larger ones (``scaled_instance`` at its smaller scaling sizes),
each written as MPS (with an OBJSENSE section) plus one ``index.csv`` row:

==================  ==============================================================
column              meaning
==================  ==============================================================
formulation         the formulation's name
instance            file stem, e.g. ``fleet_small_seed3``
kind                ``small`` (seeded random) or ``scaled``
size                seed (small) or ``scaled_instance`` size (scaled)
file                MPS file name, relative to the index
sense               ``max`` or ``min``
num_variables       columns of the MILP
num_integer         integer columns
num_rows            constraint rows
known_status        ``optimal``, or ``infeasible`` (every backend must prove it so)
known_objective     the MILP's optimal objective (empty when infeasible)
source              how it is known: ``brute_force`` (the formulation's twin, plain MILP
                    formulations only) and/or ``backends`` (every backend proved it with
                    relative gap <= 1e-6 and they agree)
solve_time_s        slowest backend's time at generation (picks the fast test subset)
==================  ==============================================================

For a formulation solved by a loop of MILPs (ExeGPT's Dinkelbach iterations), the file
is the first MILP of the loop, ``build(instance)`` at q = 0 (the most sequences per
cycle), whose optimum the backends certify; its cycle-time rows do not bind there, so
these entries test the backends on the schedule, memory and latency rows only. The twin
tests check the loop's final answer.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pulp

from servesolve.formulations.base import MODULES, get_formulation
from servesolve.solver import SolveResult, SolverOptions, available_backends, solve

INDEX = "index.csv"
COLUMNS = [
    "formulation",
    "instance",
    "kind",
    "size",
    "file",
    "sense",
    "num_variables",
    "num_integer",
    "num_rows",
    "known_status",
    "known_objective",
    "source",
    "solve_time_s",
]
#: Relative tolerance within which backends (and the twin) must agree.
AGREEMENT_RTOL = 1e-6


class LibraryError(ValueError):
    """The library on disk is inconsistent (missing file, bad index, disagreeing solvers)."""


def read_problem(path: str | Path, sense: str) -> pulp.LpProblem:
    """An MPS file of the library as a PuLP model any backend can solve.

    ``sense`` (``max`` or ``min``, the index's column) is passed explicitly: PuLP's MPS
    reader ignores the file's OBJSENSE section.
    """
    if sense not in ("max", "min"):
        raise LibraryError(f"sense: '{sense}' is not max or min; fix: regenerate the index")
    _, problem = pulp.LpProblem.fromMPS(
        str(path), sense=pulp.LpMaximize if sense == "max" else pulp.LpMinimize
    )
    return problem


def _agree(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=AGREEMENT_RTOL, abs_tol=1e-9)


def certify(problem: pulp.LpProblem, backends: list[str], time_limit_s: float) -> list[SolveResult]:
    """Solve ``problem`` on every backend; raise unless all prove the same optimum, or all
    prove it infeasible."""
    results = [
        solve(problem, SolverOptions(backend=b, time_limit_s=time_limit_s)) for b in backends
    ]
    statuses = {r.status.value for r in results}
    if statuses == {"infeasible"}:
        return results
    for r in results:
        if r.status.value != "optimal" or not r.gap <= AGREEMENT_RTOL:
            raise LibraryError(
                f"{problem.name}: backend {r.backend} did not prove optimality "
                f"(status {r.status.value}, gap {r.gap}); fix: raise the time limit or shrink the instance"
            )
    first = results[0]
    for r in results[1:]:
        if not _agree(r.objective, first.objective):
            raise LibraryError(
                f"{problem.name}: {r.backend} found {r.objective}, {first.backend} {first.objective}"
            )
    return results


def generate_library(
    out_dir: str | Path,
    num_seeds: int = 6,
    num_scaled_sizes: int = 2,
    formulations: list[str] | None = None,
    time_limit_s: float = 120.0,
    progress: bool = True,
) -> pd.DataFrame:
    """Write the library to ``out_dir`` (which must not hold an index yet); return the index.

    Every instance is certified by every installed backend before it is written, and a
    small instance of a plain-MILP formulation must also match its brute-force twin.
    """
    from tqdm.auto import tqdm

    out = Path(out_dir)
    if (out / INDEX).exists():
        raise FileExistsError(
            f"{out / INDEX} exists; fix: remove the library or choose another --out"
        )
    backends = available_backends()
    names = formulations or sorted(MODULES)
    jobs = []
    for name in names:
        formulation = get_formulation(name)
        jobs += [(formulation, "small", seed) for seed in range(num_seeds)]
        jobs += [(formulation, "scaled", s) for s in formulation.scaling_sizes[:num_scaled_sizes]]
    rows, files = [], {}
    for formulation, kind, size in tqdm(jobs, desc="instance library", disable=not progress):
        rng = np.random.default_rng(size if kind == "small" else 0)
        instance = (
            formulation.random_instance(rng)
            if kind == "small"
            else formulation.scaled_instance(size, rng)
        )
        stem = f"{formulation.name}_{kind}_{'seed' if kind == 'small' else 'size'}{size}"
        problem = formulation.build(instance)
        problem.name = stem
        results = certify(problem, backends, time_limit_s)
        slowest = max(r.wall_time_s for r in results)
        sources = ["backends"]
        infeasible = results[0].status.value == "infeasible"
        if kind == "small" and formulation.custom_solve is None:
            best = formulation.brute_force(instance)
            agrees = (
                (best is None)
                if infeasible
                else (best is not None and _agree(best.objective, results[0].objective))
            )
            if not agrees:
                raise LibraryError(
                    f"{stem}: brute force {best and best.objective} != MILP {results[0].objective}"
                )
            sources.insert(0, "brute_force")
        files[f"{stem}.mps"] = problem
        variables = problem.variables()
        rows.append(
            {
                "formulation": formulation.name,
                "instance": stem,
                "kind": kind,
                "size": size,
                "file": f"{stem}.mps",
                "sense": "max" if problem.sense == pulp.LpMaximize else "min",
                "num_variables": len(variables),
                "num_integer": sum(1 for v in variables if v.cat == pulp.LpInteger),
                "num_rows": len(problem.constraints()),
                "known_status": results[0].status.value,
                "known_objective": math.nan if infeasible else results[0].objective,
                "source": "+".join(sources),
                "solve_time_s": slowest,
            }
        )
    clashes = [f for f in files if (out / f).exists()]
    if clashes:
        raise FileExistsError(f"{out / clashes[0]} exists; fix: choose an empty --out folder")
    out.mkdir(parents=True, exist_ok=True)
    for file, problem in files.items():  # written only once every instance is certified
        problem.writeMPS(str(out / file), with_objsense=True)
    index = pd.DataFrame(rows, columns=COLUMNS)
    index.to_csv(out / INDEX, index=False, float_format="%.12g")
    return index


def read_library(directory: str | Path) -> pd.DataFrame:
    """The library's index, checked: every column present and every file on disk."""
    directory = Path(directory)
    path = directory / INDEX
    if not path.exists():
        raise LibraryError(
            f"{path} not found; fix: python benchmarks/instances/generate.py --out {directory}"
        )
    index = pd.read_csv(path)
    missing = [c for c in COLUMNS if c not in index.columns]
    if missing:
        raise LibraryError(f"{path}: column(s) {', '.join(missing)} missing; fix: regenerate")
    absent = [f for f in index["file"] if not (directory / f).exists()]
    if absent:
        raise LibraryError(f"{path}: file(s) {', '.join(absent[:3])} missing; fix: regenerate")
    return index


def agrees_with_known(result: SolveResult, known_status: str, known_objective: float) -> bool:
    """Whether a solve reached the library's known outcome: the same optimum within the
    tolerance, or a proof of infeasibility."""
    if known_status == "infeasible":
        return result.status.value == "infeasible"
    return result.status.value == "optimal" and _agree(result.objective, known_objective)
