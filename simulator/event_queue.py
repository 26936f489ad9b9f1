"""Time-ordered events with one ordering key: ``(time, priority, seq)``.

Ties in time are broken by priority (lower first), then by insertion order, so a run is
deterministic. At one instant, iteration completions come first (the slots and KV blocks
a finished request frees are visible to what follows), then arrivals (every request that
arrives at that instant is queued), then wake-ups: an engine schedules its next iteration
only once all of that instant's completions and arrivals are in, so requests arriving
together share their first iteration, and a request arriving exactly when an iteration
ends joins the next one.
"""

from __future__ import annotations

import heapq
import itertools
from enum import IntEnum
from typing import Any


class EventKind(IntEnum):
    """Event kinds; the value is the tie-break priority."""

    ITERATION_DONE = 0
    ARRIVAL = 1
    WAKE = 2


class EventQueue:
    """A heap of ``(time_s, kind, seq, payload)``."""

    def __init__(self) -> None:
        self._heap: list[tuple[float, int, int, Any]] = []
        self._seq = itertools.count()

    def push(self, time_s: float, kind: EventKind, payload: Any) -> None:
        heapq.heappush(self._heap, (time_s, int(kind), next(self._seq), payload))

    def pop(self) -> tuple[float, EventKind, Any]:
        time_s, kind, _, payload = heapq.heappop(self._heap)
        return time_s, EventKind(kind), payload

    def __len__(self) -> int:
        return len(self._heap)
