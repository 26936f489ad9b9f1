"""Per-request state of a simulation, as NumPy arrays indexed by request id.

No per-token objects: an iteration updates these arrays for the requests it touched.
A request's *prompt* is what must be prefilled before it can decode: its input at first,
its input plus the tokens it had generated after a recompute preemption.
"""

from __future__ import annotations

import numpy as np
import pandas as pd


class RequestState:
    """Arrays of every request's progress and timestamps."""

    def __init__(self, requests: pd.DataFrame) -> None:
        n = len(requests)
        self.num_requests = n
        self.arrival_s = requests["arrival_time_s"].to_numpy(dtype=float).copy()
        self.input_tokens = requests["input_tokens"].to_numpy(dtype=np.int64).copy()
        self.output_tokens = requests["output_tokens"].to_numpy(dtype=np.int64).copy()
        self.prompt_tokens = self.input_tokens.copy()  # to prefill in the current attempt
        self.prefilled = np.zeros(n, dtype=np.int64)  # prompt tokens already in the KV cache
        self.generated = np.zeros(n, dtype=np.int64)  # output tokens produced so far
        self.first_token_s = np.full(n, np.nan)
        self.finish_s = np.full(n, np.nan)
        self.preemptions = np.zeros(n, dtype=np.int64)
        self.replica = np.full(n, -1, dtype=np.int64)
        self.blocks = np.zeros(n, dtype=np.int64)  # KV blocks held

    def kv_tokens(self, ids: np.ndarray) -> np.ndarray:
        """Tokens of ``ids`` whose K/V sit in the cache (prefilled + decoded)."""
        # After a recompute the prompt already holds the tokens generated before the
        # preemption (prompt = input + g0); only the later ones were decoded into the cache.
        recomputed = self.prompt_tokens[ids] - self.input_tokens[ids]
        decoded = np.maximum(self.generated[ids] - 1 - recomputed, 0)
        return self.prefilled[ids] + decoded * (self.prefilled[ids] == self.prompt_tokens[ids])

    def prefilled_kv_tokens(self, ids: np.ndarray) -> np.ndarray:
        """``kv_tokens`` of requests whose prompt is fully prefilled, in fewer array
        operations (the simulator asks every iteration): the prompt, or more once the
        tokens decoded after it (``input + generated - 1``) outgrow a recomputed prompt."""
        return np.maximum(self.prompt_tokens[ids], self.input_tokens[ids] + self.generated[ids] - 1)

    def remaining_tokens(self, ids: np.ndarray) -> np.ndarray:
        """Prompt and output tokens ``ids`` still have to process."""
        return (self.prompt_tokens[ids] - self.prefilled[ids]) + (
            self.output_tokens[ids] - self.generated[ids]
        )

    def table(self) -> pd.DataFrame:
        """The per-request result table (tidy, one row per request)."""
        out = self.output_tokens
        decode_time = self.finish_s - self.first_token_s
        tpot = np.where(out > 1, decode_time / np.maximum(out - 1, 1), np.nan)
        return pd.DataFrame(
            {
                "request_id": np.arange(self.num_requests),
                "replica": self.replica,
                "arrival_time_s": self.arrival_s,
                "first_token_time_s": self.first_token_s,
                "finish_time_s": self.finish_s,
                "input_tokens": self.input_tokens,
                "output_tokens": out,
                "generated_tokens": self.generated,
                "preemptions": self.preemptions,
                "ttft_s": self.first_token_s - self.arrival_s,
                "tpot_s": tpot,
                "e2e_s": self.finish_s - self.arrival_s,
            }
        )
