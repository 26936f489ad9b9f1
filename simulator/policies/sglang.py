"""SGLang's default scheduler: prefill-first, mixed chunks off.

``Scheduler.get_next_batch_to_run`` builds a prefill ("extend") batch whenever it can and
runs the decode batch only otherwise; ``PrefillAdder`` fills the prefill batch:

* the request chunked in the previous prefill batch continues first;
* waiting requests follow, oldest first, while fewer than ``max_num_seqs``
  (``max_running_requests``) run and KV blocks are free, up to
  ``max_num_batched_tokens`` (``chunked_prefill_size``) prompt tokens; the prompt that
  crosses the budget is chunked at it and continues in the next prefill batch;
* running decodes pause during prefill batches (``enable_mixed_chunk`` off), and a decode
  batch runs every running request, preempting (SGLang: retracting) the youngest when KV
  blocks run out.

Not modelled: SGLang's admission reserve for running requests' future tokens
(``new_token_ratio``), radix-cache prefix hits and page alignment of chunks (page size 1).
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


class SglangPrefillFirst(BaseBatchingPolicy):
    """A prefill batch (last prompt chunked at the budget) whenever prompts wait, else decodes."""

    name = "sglang"

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        prefill_ids, chunks = chunked_prefills(engine, engine.max_num_batched_tokens)
        if prefill_ids:
            return engine.token_plan(
                np.asarray(prefill_ids, dtype=np.int64),
                np.asarray(chunks, dtype=np.int64),
                EMPTY_IDS,
            )
        decode_ids = engine.reserve_decode_blocks()
        if not len(decode_ids):
            return None
        return engine.token_plan(EMPTY_IDS, EMPTY_IDS, decode_ids)
