"""What a batching policy decides each iteration, and the interface every policy implements."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from servesolve.costs.roofline import BatchShape

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine


#: No requests: the id and chunk arrays of an iteration without prefills (shared, so
#: read-only).
EMPTY_IDS = np.zeros(0, dtype=np.int64)
EMPTY_IDS.setflags(write=False)


@dataclass
class IterationPlan:
    """One iteration: which requests prefill how many prompt tokens, which decode.

    ``shape`` is the work the cost model prices (it may include padding, e.g. static
    batching); ``finishing`` lists requests a policy completes at the end of this
    iteration by itself (static batching returns a whole batch at once).
    """

    prefill_ids: np.ndarray
    prefill_chunks: np.ndarray
    decode_ids: np.ndarray
    shape: BatchShape
    finishing: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))


def chunked_prefills(engine: Engine, budget: int) -> tuple[list[int], list[int]]:
    """Prompt chunks for one iteration within ``budget`` tokens: prompts already started
    (chunked prefill, or recomputation) continue first, then waiting requests are
    admitted oldest first, the last one chunked at the budget, while the engine has room
    for another sequence and the KV blocks for the chunk. Returns (ids, chunk sizes)."""
    prefill_ids: list[int] = []
    chunks: list[int] = []
    state = engine.state
    for rid in engine.prefilling():
        chunk = min(int(state.prompt_tokens[rid] - state.prefilled[rid]), budget)
        if chunk <= 0 or not engine.reserve_prefill_blocks(rid, chunk):
            break
        prefill_ids.append(rid)
        chunks.append(chunk)
        budget -= chunk
    while engine.waiting and len(engine.running) < engine.max_num_seqs and budget > 0:
        rid = engine.waiting[0]
        chunk = min(int(state.prompt_tokens[rid] - state.prefilled[rid]), budget)
        if not engine.reserve_prefill_blocks(rid, chunk):
            break
        engine.admit_next()
        prefill_ids.append(rid)
        chunks.append(chunk)
        budget -= chunk
    return prefill_ids, chunks


class BaseBatchingPolicy(ABC):
    """A scheduler: picks each iteration's batch and applies its outcome."""

    name: str = "base"

    @abstractmethod
    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        """The next iteration's plan, or None when there is nothing to run."""

    def complete(self, engine: Engine, plan: IterationPlan, now_s: float) -> None:
        """Apply a finished iteration (default: token-level bookkeeping)."""
        engine.apply_tokens(plan, now_s)
