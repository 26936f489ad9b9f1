"""Discrete-event, iteration-level serving simulator: checks plans where the MILP averages."""

from servesolve.simulator.simulation import (
    ReplicaGroupSpec,
    SimulationResult,
    SimulationSpec,
    simulate,
)

__all__ = ["ReplicaGroupSpec", "SimulationResult", "SimulationSpec", "simulate"]
