"""TRT-LLM's in-flight batching without context chunking (the ``MicroBatchScheduler``).

TRT-LLM walks its active requests in order, oldest first, adding each one's tokens to the
iteration while they fit ``max_num_tokens`` (``max_num_batched_tokens``) and
``max_batch_size`` (``max_num_seqs``): a generation request costs one token (beam width
1, no draft tokens), a context request its whole prompt (context chunking off). The first
request that does not fit ends the walk (``break``): a prompt larger than the budget left
waits, and so does every request behind it, even a shorter one that would fit (FCFS).
Sources: ``MicroBatchScheduler::operator()`` in
``cpp/tensorrt_llm/batch_manager/microBatchScheduler.cpp`` and its PyTorch-backend
mirror ``PyMicroBatchScheduler`` in ``tensorrt_llm/_torch/pyexecutor/scheduler``
(NVIDIA/TensorRT-LLM, Apache-2.0), where both the context branch and the generation
branch ``break`` on ``batchNumTokens + reqNumTokens > maxNumTokensRuntime``.

Running requests are older than waiting ones, so the generation requests come first and
their tokens count against the budget; waiting prompts follow with what is left, in
mixed context + generation iterations. KV blocks are the engine's (reserved as tokens are
written, youngest preempted by recomputation); TRT-LLM's capacity scheduler
(``GUARANTEED_NO_EVICT``: admit only what fits its whole output) is not modelled. A
prompt larger than the whole budget, which TRT-LLM refuses, is admitted alone into an
otherwise empty iteration so that it cannot wait forever.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from servesolve.simulator.policies.base_policy import BaseBatchingPolicy, IterationPlan

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine


class TrtllmInflightBatching(BaseBatchingPolicy):
    """Generation requests, then whole prompts, FCFS within one token budget."""

    name = "trtllm"

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        state = engine.state
        budget = engine.max_num_batched_tokens
        decode_ids = engine.reserve_decode_blocks()[:budget]  # one token each, oldest first
        budget -= len(decode_ids)
        prefill_ids: list[int] = []
        chunks: list[int] = []
        while engine.waiting and len(engine.running) < engine.max_num_seqs:
            rid = engine.waiting[0]
            need = int(state.prompt_tokens[rid] - state.prefilled[rid])
            if need > budget and (prefill_ids or len(decode_ids)):
                break  # FCFS: the requests behind it wait too
            if not engine.reserve_prefill_blocks(rid, need):
                break
            engine.admit_next()
            prefill_ids.append(rid)
            chunks.append(need)
            budget -= need
        if not prefill_ids and not len(decode_ids):
            return None
        return engine.token_plan(
            np.asarray(prefill_ids, dtype=np.int64), np.asarray(chunks, dtype=np.int64), decode_ids
        )
