"""Continuous (iteration-level) batching as in Orca (OSDI 2022) and vLLM 0.6 (SOSP 2023).

vLLM 0.6's default scheduler without chunked prefill (``Scheduler._schedule_default``):

* when prompts wait, the iteration is prefill-only: waiting requests are admitted oldest
  first, whole prompts, while their tokens fit ``max_num_batched_tokens`` (running
  decodes do not count against it), fewer than ``max_num_seqs`` requests run (running
  ones do count) and KV blocks are free; the first prompt that does not fit stops the
  admission (FCFS: nothing behind it is admitted in its place);
* otherwise the iteration decodes every running request (one token each), preempting
  the youngest by recomputation when KV blocks run out.

Decodes pause during prefill iterations (vLLM 0.6's TPOT spikes) but a prompt never waits
behind running decodes. One deviation: vLLM rejects a prompt longer than its prompt limit;
here a prompt larger than the whole budget is admitted alone into a prefill iteration so
that it cannot wait forever. Chunked prefill (``ChunkedPrefill``) splits prompts instead.
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


class ContinuousBatching(BaseBatchingPolicy):
    """Prefill-only iterations of whole prompts while prompts wait and fit, else decodes."""

    name = "continuous"

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        plan = engine.prefill_plan(engine.max_num_seqs)
        if plan is not None:
            return plan
        decode_ids = engine.reserve_decode_blocks()
        if not len(decode_ids):
            return None
        return engine.token_plan(EMPTY_IDS, EMPTY_IDS, decode_ids)
