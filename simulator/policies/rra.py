"""ExeGPT's round-robin allocation (RRA; Oh et al., ASPLOS 2024).

Every GPU of the replica serves both phases, which alternate in a fixed cycle: ONE
encoding (prefill-only) iteration, then ``decode_iterations`` (N_D) decode-only
iterations over all running requests, then the next cycle. The encoding iteration admits
waiting requests, oldest first and whole prompts, until ``encoder_batch`` (B_E) requests
run: B_E is refilled from the requests that finished since the last encoding. Requests
leave as soon as they reach their own output length (early termination), so the decode
batch shrinks between encodings. N_D trades TTFT (arrivals wait for the next encoding)
against TPOT (fewer decode iterations stalled behind an encoding).

Precisely, at the start of a cycle:

* if some request can be admitted (waiting, fewer than ``min(B_E, max_num_seqs)``
  running, free KV blocks, and within ``max_num_batched_tokens`` unless it is the
  first prompt), the encoding iteration runs; running requests do not decode in it;
* otherwise the encoding is skipped (no empty iteration) and the N_D decodes follow;
* a decode iteration with nothing to decode ends the cycle early (a new one starts at
  once); with nothing to admit either, the engine idles until an arrival wakes it.

KV blocks and recompute preemption are the engine's (a preempted request re-prefills in
a later encoding). Partial tensor parallelism is the replica's ``tp``; nothing here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from servesolve.simulator.policies.base_policy import (
    EMPTY_IDS,
    BaseBatchingPolicy,
    IterationPlan,
)

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine


class RoundRobinAllocation(BaseBatchingPolicy):
    """One encoding of up to ``encoder_batch`` requests every ``decode_iterations`` decodes."""

    name = "rra"

    def __init__(self, encoder_batch: int, decode_iterations: int) -> None:
        if encoder_batch < 1:
            raise ValueError(f"rra: encoder_batch (B_E) must be >= 1, got {encoder_batch}")
        if decode_iterations < 1:
            raise ValueError(f"rra: decode_iterations (N_D) must be >= 1, got {decode_iterations}")
        self.encoder_batch = encoder_batch
        self.decode_iterations = decode_iterations
        self._decodes_left: dict[int, int] = {}  # engine id -> decodes left in this cycle

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        key = engine.engine_id
        if self._decodes_left.get(key, 0) == 0:
            self._decodes_left[key] = self.decode_iterations
            plan = self._encode(engine)
            if plan is not None:
                return plan
        decode_ids = engine.reserve_decode_blocks()
        if not len(decode_ids):
            # Nothing to decode: the cycle ends now; encode at once or idle.
            plan = self._encode(engine)
            self._decodes_left[key] = self.decode_iterations if plan is not None else 0
            return plan
        self._decodes_left[key] -= 1
        return engine.token_plan(EMPTY_IDS, EMPTY_IDS, decode_ids)

    def _encode(self, engine: Engine) -> IterationPlan | None:
        """A prefill-only iteration of whole prompts, or None when none can be admitted."""
        return engine.prefill_plan(min(self.encoder_batch, engine.max_num_seqs))
