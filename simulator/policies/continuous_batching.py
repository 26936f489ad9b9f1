"""Continuous (iteration-level) batching as in Orca (OSDI 2022) and vLLM (SOSP 2023).

Every iteration decodes one token for each running request and, in the same iteration,
prefills the whole prompt of newly admitted requests (FIFO) while the token budget
(``max_num_batched_tokens``, decode tokens included), the sequence limit
(``max_num_seqs``) and free KV blocks allow. A prompt is never split here; one larger
than the whole budget is admitted alone into an otherwise empty iteration rather than
left waiting forever. Chunked prefill (``ChunkedPrefill``) splits prompts instead.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from servesolve.simulator.policies.base_policy import BaseBatchingPolicy, IterationPlan

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine


class ContinuousBatching(BaseBatchingPolicy):
    name = "continuous"
    #: whether a prompt may be split across iterations (chunked prefill)
    split_prompts = False

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        decode_ids = engine.reserve_decode_blocks()
        budget = engine.max_num_batched_tokens - len(decode_ids)
        prefill_ids: list[int] = []
        chunks: list[int] = []
        state = engine.state
        # Prompts already started (chunked prefill, or recomputation) continue first.
        for rid in engine.prefilling():
            remaining = int(state.prompt_tokens[rid] - state.prefilled[rid])
            chunk = min(remaining, budget) if self.split_prompts else remaining
            if chunk <= 0 or (chunk > budget and (prefill_ids or len(decode_ids))):
                break
            if not engine.reserve_prefill_blocks(rid, chunk):
                break
            prefill_ids.append(rid)
            chunks.append(chunk)
            budget -= chunk
        # Then admit waiting requests, oldest first.
        while engine.waiting and len(engine.running) < engine.max_num_seqs and budget > 0:
            rid = engine.waiting[0]
            remaining = int(state.prompt_tokens[rid] - state.prefilled[rid])
            chunk = min(remaining, budget) if self.split_prompts else remaining
            if chunk > budget and (prefill_ids or len(decode_ids)):
                break
            if not engine.reserve_prefill_blocks(rid, chunk):
                break
            engine.admit_next()
            prefill_ids.append(rid)
            chunks.append(chunk)
            budget -= chunk
        if not prefill_ids and not len(decode_ids):
            return None
        return engine.token_plan(
            np.asarray(prefill_ids, dtype=np.int64), np.asarray(chunks, dtype=np.int64), decode_ids
        )
