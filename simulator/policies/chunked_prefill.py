"""Chunked prefill as in Sarathi-Serve (Agrawal et al., OSDI 2024).

Each iteration has a token budget (``max_num_batched_tokens``). Decodes go first, one
token each; prompts already started continue; waiting requests are admitted with
whatever budget is left, their prompts split into chunks across iterations. Decodes are
never stalled behind a long prompt, which is what lowers tail TPOT under load.
"""

from __future__ import annotations

from servesolve.simulator.policies.continuous_batching import ContinuousBatching


class ChunkedPrefill(ContinuousBatching):
    name = "chunked_prefill"
    split_prompts = True
