"""Chunked prefill as in Sarathi-Serve (Agrawal et al., OSDI 2024): vLLM V1's scheduler.

Each iteration has a token budget (``max_num_batched_tokens``). Decodes go first, one
token each, and count against it; prompts already started continue; waiting requests are
admitted (FIFO, while fewer than ``max_num_seqs`` run and KV blocks are free) with
whatever budget is left, their prompts split into chunks across iterations. Decodes are
never stalled behind a long prompt, which is what lowers tail TPOT under load.

This is the ``vllm_v1`` engine scheduler (vLLM 0.8 and later: running requests first,
then waiting ones, chunked prefill always on) and vLLM 0.6's chunked mode (see
``VllmV0``), which passes its own budget of 512 tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import numpy as np

from servesolve.simulator.policies.base_policy import (
    EMPTY_IDS,
    BaseBatchingPolicy,
    IterationPlan,
    chunked_prefills,
)

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine


class ChunkedPrefill(BaseBatchingPolicy):
    """Mixed iterations of decodes and prompt chunks within one token budget.

    Parameters
    ----------
    max_num_batched_tokens
        Token budget of an iteration; None: the engine's.
    """

    name = "chunked_prefill"

    def __init__(self, max_num_batched_tokens: int | None = None) -> None:
        if max_num_batched_tokens is not None and max_num_batched_tokens < 1:
            raise ValueError(
                f"chunked_prefill: max_num_batched_tokens must be >= 1, got "
                f"{max_num_batched_tokens}"
            )
        self.max_num_batched_tokens = max_num_batched_tokens

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        decode_ids = engine.reserve_decode_blocks()
        limit = self.max_num_batched_tokens or engine.max_num_batched_tokens
        prefill_ids, chunks = chunked_prefills(engine, limit - len(decode_ids))
        if not prefill_ids and not len(decode_ids):
            return None
        if not prefill_ids:  # decode only: no arrays to build
            return engine.token_plan(EMPTY_IDS, EMPTY_IDS, decode_ids)
        return engine.token_plan(
            np.asarray(prefill_ids, dtype=np.int64), np.asarray(chunks, dtype=np.int64), decode_ids
        )
