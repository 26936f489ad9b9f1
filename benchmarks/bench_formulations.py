"""Time every formulation on every backend against its brute-force twin; solve the library.

Usage (from the repository root)::

    python benchmarks/bench_formulations.py                 # 10 random small instances each
    python benchmarks/bench_formulations.py --seeds 30 --formulation exegpt
    python benchmarks/bench_formulations.py --library       # the whole instance library

Default mode: per (formulation, backend), the median wall time of ``Formulation.solve``
(build + every MILP + decode) over seeded small instances, the median time of the
brute-force twin over the same instances, their ratio, and how many optima agree.
``--library``: every MPS file of ``benchmarks/instances/library`` on every backend, with
its time and whether it reached the known optimum.
"""

from __future__ import annotations

import argparse
import math
import statistics
import time
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from servesolve.formulations.base import MODULES, get_formulation
from servesolve.formulations.library import agrees_with_known, read_library, read_problem
from servesolve.solver import SolverOptions, available_backends, solve

LIBRARY = Path(__file__).resolve().parent / "instances" / "library"


def twin_rows(names: list[str], seeds: int) -> pd.DataFrame:
    rows = []
    for name in names:
        formulation = get_formulation(name)
        instances = [formulation.random_instance(np.random.default_rng(s)) for s in range(seeds)]
        brute_times, optima = [], []
        for instance in instances:
            start = time.perf_counter()
            optima.append(formulation.brute_force(instance))
            brute_times.append(time.perf_counter() - start)
        for backend in tqdm(available_backends(), desc=name, leave=False):
            times, agree = [], 0
            for instance, best in zip(instances, optima, strict=True):
                start = time.perf_counter()
                result = formulation.solve(instance, SolverOptions(backend=backend))
                times.append(time.perf_counter() - start)
                if best is None:
                    agree += result.plan is None
                else:
                    agree += result.plan is not None and math.isclose(
                        result.objective, best.objective, rel_tol=1e-6, abs_tol=1e-9
                    )
            milp, brute = statistics.median(times), statistics.median(brute_times)
            rows.append(
                {
                    "formulation": name,
                    "backend": backend,
                    "instances": len(instances),
                    "agree": agree,
                    "milp_median_s": milp,
                    "brute_force_median_s": brute,
                    "brute_over_milp": brute / milp,
                }
            )
    return pd.DataFrame(rows)


def library_rows(directory: Path) -> pd.DataFrame:
    index = read_library(directory)
    rows = []
    for row in tqdm(list(index.itertuples()), desc="library"):
        problem = read_problem(directory / row.file, row.sense)
        for backend in available_backends():
            result = solve(problem, SolverOptions(backend=backend, time_limit_s=300))
            rows.append(
                {
                    "instance": row.instance,
                    "backend": backend,
                    "status": result.status.value,
                    "wall_time_s": result.wall_time_s,
                    "gap": result.gap,
                    "agrees": agrees_with_known(result, row.known_status, row.known_objective),
                }
            )
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seeds", type=int, default=10, help="random instances per formulation")
    parser.add_argument("--formulation", action="append", choices=sorted(MODULES))
    parser.add_argument("--library", action="store_true", help="solve the instance library")
    args = parser.parse_args()
    pd.set_option("display.width", 200)
    if args.library:
        table = library_rows(LIBRARY)
        print(table.to_string(index=False, float_format=lambda v: f"{v:.4g}"))
        summary = table.groupby("backend").agg(
            instances=("instance", "count"),
            agree=("agrees", "sum"),
            median_s=("wall_time_s", "median"),
            max_s=("wall_time_s", "max"),
        )
        print(summary.to_string(float_format=lambda v: f"{v:.4g}"))
        return
    table = twin_rows(args.formulation or sorted(MODULES), args.seeds)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.4g}"))


if __name__ == "__main__":
    main()
