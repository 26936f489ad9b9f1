"""Solve time and gap as instances grow: 8 to 1,024 GPUs, and up to 4 GPU types x 5 workloads.

Usage (from the repository root)::

    python benchmarks/bench_scaling.py                          # every formulation, every backend
    python benchmarks/bench_scaling.py --formulation parallelism --backend cp_sat --time-limit-s 60

For each formulation and each size in its ``scaling_sizes`` (GPUs, or GPU types x
workloads for ``fleet``; see each module), builds the seeded ``scaled_instance`` and
solves it on each backend within the time limit; prints build time, MILP size, solve
time, status and gap (``FormulationResult.gap``: the proven relative gap).
"""

from __future__ import annotations

import argparse
import time

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from servesolve.formulations.base import MODULES, get_formulation
from servesolve.solver import SolverOptions, available_backends


def scaling_rows(names: list[str], backends: list[str], time_limit_s: float) -> pd.DataFrame:
    rows = []
    jobs = [(n, s) for n in names for s in get_formulation(n).scaling_sizes]
    for name, size in tqdm(jobs, desc="scaling"):
        formulation = get_formulation(name)
        start = time.perf_counter()
        instance = formulation.scaled_instance(size, np.random.default_rng(0))
        problem = formulation.build(instance)
        build_s = time.perf_counter() - start
        for backend in backends:
            start = time.perf_counter()
            result = formulation.solve(
                instance, SolverOptions(backend=backend, time_limit_s=time_limit_s)
            )
            rows.append(
                {
                    "formulation": name,
                    "size": size,
                    "size_unit": formulation.size_unit,
                    "variables": len(problem.variables()),
                    "rows": len(problem.constraints()),
                    "build_s": build_s,
                    "backend": backend,
                    "status": result.certificate.status.value,
                    "solve_s": time.perf_counter() - start,
                    "milps": len(result.solves),
                    "objective": result.objective,
                    "gap": result.gap,
                }
            )
    return pd.DataFrame(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--formulation", action="append", choices=sorted(MODULES))
    parser.add_argument("--backend", action="append", choices=available_backends())
    parser.add_argument("--time-limit-s", type=float, default=60.0)
    parser.add_argument("--out", help="also write the table as CSV here (must not exist)")
    args = parser.parse_args()
    table = scaling_rows(
        args.formulation or sorted(MODULES), args.backend or available_backends(), args.time_limit_s
    )
    pd.set_option("display.width", 200)
    print(table.to_string(index=False, float_format=lambda v: f"{v:.4g}"))
    if args.out:
        table.to_csv(args.out, index=False, mode="x")  # never overwrite a result


if __name__ == "__main__":
    main()
