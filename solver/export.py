"""Write a built model as MPS or LP so outside solvers can run the same instance."""

from __future__ import annotations

from pathlib import Path

import pulp


def write_model(problem: pulp.LpProblem, path: str | Path) -> Path:
    """Write ``problem`` to ``path``; the suffix (``.mps`` or ``.lp``) picks the format.

    MPS files carry an OBJSENSE section so maximisation survives the round trip.
    Refuses to overwrite an existing file.
    """
    path = Path(path)
    if path.exists():
        raise FileExistsError(f"{path} exists; remove it or choose another name")
    if path.suffix == ".mps":
        problem.writeMPS(str(path), with_objsense=True)
    elif path.suffix == ".lp":
        problem.writeLP(str(path))
    else:
        raise ValueError(f"unknown model format '{path.suffix}'; use .mps or .lp")
    return path
