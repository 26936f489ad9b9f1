"""Constraint families: rows are named ``f"{family}__{detail}"`` and written in the
family's unit, so a solver-side tool can tell which kind of requirement a row states
(``servesolve.solver.infeasibility`` relaxes one family at a time)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ConstraintFamily:
    """A family of constraint rows that infeasibility reports name in user terms."""

    name: str
    meaning: str
    unit: str
    relaxable: bool = True


#: Constraint families, by the prefix of their row names. Rows are written in the unit
#: shown, so the slack needed to satisfy them is reported in that unit.
FAMILIES: dict[str, ConstraintFamily] = {
    f.name: f
    for f in (
        ConstraintFamily("memory", "GPU memory (weights, activations, KV cache)", "GiB"),
        ConstraintFamily("slo", "latency SLO (TTFT, TPOT or end-to-end bound)", "s"),
        ConstraintFamily("gpus", "GPUs available (per type, per node)", "GPUs"),
        ConstraintFamily("budget", "cost budget", "$/h"),
        ConstraintFamily("rate", "target arrival rate to serve", "req/s"),
        ConstraintFamily("link", "KV-transfer link bandwidth", "GB/s"),
        ConstraintFamily("layers", "layers to place on pipeline stages", "layers"),
        ConstraintFamily(
            "structure", "model structure (choices, linking, flow balance)", "", relaxable=False
        ),
    )
}

SEPARATOR = "__"


def row_name(family: str, *indices: object) -> str:
    """Name of a constraint row of ``family``: ``memory__tp2_pp1``.

    Index parts are joined by ``_``; characters that LP/MPS writers mangle are replaced.
    """
    if family not in FAMILIES:
        raise ValueError(f"unknown constraint family '{family}'; use one of {', '.join(FAMILIES)}")
    detail = "_".join(str(i) for i in indices) or "all"
    for bad in " -+[]<>=:/*^.,":
        detail = detail.replace(bad, "_")
    return f"{family}{SEPARATOR}{detail}"


def family_of(row: str) -> str:
    """The family prefix of a row name (``structure`` for rows named otherwise)."""
    prefix, sep, _ = row.partition(SEPARATOR)
    return prefix if sep and prefix in FAMILIES else "structure"
