"""Routers: which replica an arriving request goes to."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from servesolve.simulator.engine import Engine


class BaseRouter(ABC):
    name = "base"

    @abstractmethod
    def pick(self, replicas: Sequence[Sequence[Engine]]) -> int:
        """Index of the replica for the next request."""


class RoundRobinRouter(BaseRouter):
    name = "round_robin"

    def __init__(self) -> None:
        self._next = 0

    def pick(self, replicas: Sequence[Sequence[Engine]]) -> int:
        index = self._next % len(replicas)
        self._next += 1
        return index


class LeastOutstandingTokensRouter(BaseRouter):
    """The replica with the fewest prompt + output tokens still to process (ties: lowest index)."""

    name = "least_outstanding_tokens"

    def pick(self, replicas: Sequence[Sequence[Engine]]) -> int:
        loads = [sum(e.outstanding_tokens for e in engines) for engines in replicas]
        return loads.index(min(loads))


ROUTERS: dict[str, type[BaseRouter]] = {
    r.name: r for r in (RoundRobinRouter, LeastOutstandingTokensRouter)
}
