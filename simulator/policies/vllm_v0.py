"""vLLM 0.6 (V0 engine) defaults: ``ContinuousBatching``, or chunked prefill for long contexts.

vLLM 0.6 turns chunked prefill on by itself when the model's ``max_model_len`` exceeds
32K (``EngineArgs.create_engine_config``: "Chunked prefill is enabled by default for
models with max_model_len > 32K") and then defaults ``max_num_batched_tokens`` to 512
(``SchedulerConfig``); its chunked scheduler puts running requests first and admits
waiting prompts in chunks with what is left of the budget, as ``ChunkedPrefill`` does.
Otherwise it runs the default scheduler: prefill-only iterations of whole prompts while
prompts wait and fit, decode-only iterations otherwise (``ContinuousBatching``).

The simulated model's ``max_context_tokens`` stands for ``max_model_len``. The 512-token
budget is vLLM's default when ``max_num_batched_tokens`` is not given; it replaces the
engine's budget in that mode.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from servesolve.simulator.policies.chunked_prefill import ChunkedPrefill
from servesolve.simulator.policies.continuous_batching import ContinuousBatching

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine
    from servesolve.simulator.policies.base_policy import IterationPlan

#: Contexts longer than this turn vLLM 0.6's chunked prefill on (32 * 1024 tokens).
LONG_CONTEXT_TOKENS = 32 * 1024
#: vLLM 0.6's ``max_num_batched_tokens`` default with chunked prefill.
CHUNKED_BUDGET_TOKENS = 512


class VllmV0(ContinuousBatching):
    """vLLM 0.6's scheduler for a model of ``max_context_tokens`` tokens of context.

    Parameters
    ----------
    max_context_tokens
        The model's longest context (vLLM's ``max_model_len``).
    """

    name = "vllm_v0"

    def __init__(self, max_context_tokens: int) -> None:
        self.chunked = max_context_tokens > LONG_CONTEXT_TOKENS
        self._chunked = ChunkedPrefill(CHUNKED_BUDGET_TOKENS) if self.chunked else None

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        if self._chunked is not None:
            return self._chunked.schedule(engine, now_s)
        return super().schedule(engine, now_s)
