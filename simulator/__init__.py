"""Discrete-event, iteration-level serving simulator: checks plans where the MILP averages."""

from servesolve.simulator.disaggregated import DisaggregatedSpec, simulate_disaggregated
from servesolve.simulator.simulation import (
    ReplicaGroupSpec,
    SimulationResult,
    SimulationSpec,
    simulate,
)

__all__ = [
    "DisaggregatedSpec",
    "ReplicaGroupSpec",
    "SimulationResult",
    "SimulationSpec",
    "simulate",
    "simulate_disaggregated",
]
