"""Replay harness: the simulator's scheduler driving a real PyTorch model.

``build_model`` makes a transformer of a ``ModelSpec`` with random weights (full size on
a GPU, scaled on a CPU); ``ReplayTimer`` plugs into ``simulate(..., timer=...)`` and runs
every batch the simulator schedules on that model, advancing the simulated clock by the
measured time of each iteration. Needs ``torch`` (the ``replay`` extra).
"""

from servesolve.replay.executor import ReplayTimer
from servesolve.replay.model import ReplayModel, build_model, scaled_spec

__all__ = ["ReplayModel", "ReplayTimer", "build_model", "scaled_spec"]
