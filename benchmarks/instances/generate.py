"""Generate the instance library: MPS files of every formulation with known optima.

Usage (from the repository root)::

    python benchmarks/instances/generate.py --out benchmarks/instances/library
    python benchmarks/instances/generate.py --out /tmp/lib --seeds 3 --formulation fleet

Every instance is certified by every installed backend (optimal with relative gap <= 1e-6
and the same objective, or infeasible everywhere)
and, for plain-MILP formulations, by the brute-force twin on the small ones, before any
file is written. Refuses to write into a folder that already holds an index.
"""

from __future__ import annotations

import argparse
import sys

from servesolve.formulations.library import LibraryError, generate_library


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder to write (must hold no index.csv)")
    parser.add_argument(
        "--seeds", type=int, default=6, help="small random instances per formulation"
    )
    parser.add_argument(
        "--scaled",
        type=int,
        default=2,
        help="how many of each formulation's scaling sizes to include",
    )
    parser.add_argument("--formulation", action="append", help="only these (repeatable)")
    parser.add_argument("--time-limit-s", type=float, default=120.0, help="per solve")
    args = parser.parse_args()
    try:
        index = generate_library(
            args.out, args.seeds, args.scaled, args.formulation, args.time_limit_s
        )
    except (LibraryError, FileExistsError, KeyError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(index.drop(columns=["file"]).to_string(index=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
