"""Static batching as in FasterTransformer: the baseline ExeGPT and Orca compare against.

The engine waits until ``batch_size`` requests are queued (or no more will arrive), pads
their prompts to the longest and prefills them together, then decodes the whole padded
batch until its longest output is done (``decode_to="longest"``) or for
``max_output_tokens`` steps (``decode_to="max_length"``; as in ExeGPT and
FasterTransformer the maximum length must fit every output, so a shorter one is an
error). No request leaves early: every response is returned when the batch ends. The KV
cache is preallocated for the padded batch (``batch x (padded prompt + output length)``
tokens, in whole blocks) when it starts and freed when it ends; a batch that would not
fit is shrunk to the largest that does.

The router's load signal counts real tokens only: each request's own prompt (and first
token) at the prefill, then one token per decode step for each request still below its
output; padding is priced by the cost model but is no request's work.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import numpy as np

from servesolve.costs.roofline import BatchShape
from servesolve.simulator.policies.base_policy import (
    EMPTY_IDS,
    BaseBatchingPolicy,
    IterationPlan,
)

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine


class StaticBatching(BaseBatchingPolicy):
    name = "static"

    def __init__(
        self,
        batch_size: int,
        decode_to: Literal["longest", "max_length"] = "longest",
        max_output_tokens: int | None = None,
    ) -> None:
        if decode_to == "max_length" and not max_output_tokens:
            raise ValueError("decode_to=max_length needs max_output_tokens")
        self.batch_size = batch_size
        self.decode_to = decode_to
        self.max_output_tokens = max_output_tokens
        # engine id -> (ids, pad_in, steps, done, blocks): decode steps to run, decode
        # steps run (-1 before the prefill), KV blocks preallocated for the batch
        self._batch: dict[int, tuple[np.ndarray, int, int, int, int]] = {}

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        state = engine.state
        batch = self._batch.get(engine.engine_id)
        if batch is not None:
            ids, pad_in, steps, done, _ = batch
            n = len(ids)
            # Decode step `done + 1` of the padded batch: every slot attends over the
            # padded prompt plus the tokens decoded so far.
            shape = BatchShape(0.0, 0.0, float(n), float(n * (pad_in + done + 1)), float(n))
            finishing = ids if done + 1 >= steps else EMPTY_IDS
            return IterationPlan(EMPTY_IDS, EMPTY_IDS, ids, shape, finishing)
        if not engine.waiting or (
            len(engine.waiting) < self.batch_size and not engine.arrivals_done
        ):
            return None
        take = min(self.batch_size, len(engine.waiting))
        ids = np.asarray(list(engine.waiting)[:take], dtype=np.int64)
        blocks = 0
        while take > 0:
            pad_in = int(state.input_tokens[ids[:take]].max())
            out = self._target_output(state.output_tokens[ids[:take]])
            blocks = -(-take * (pad_in + out) // engine.block_size)
            if blocks <= engine.free_blocks:
                break
            take -= 1
        if take == 0:
            raise ValueError(
                f"static batching: one request of {pad_in + out} tokens (padded prompt + "
                f"output length) needs {blocks} KV blocks but the engine has "
                f"{engine.free_blocks} ({engine.num_blocks * engine.block_size} tokens); "
                "lower static_max_output_tokens or give the engine more KV cache"
            )
        ids = ids[:take]
        if self.decode_to == "max_length":
            longest = int(state.output_tokens[ids].max())
            if longest > out:
                raise ValueError(
                    f"static batching: static_max_output_tokens={out} is shorter than the "
                    f"longest output in the batch ({longest} tokens); decode_to=max_length "
                    "needs a maximum length that fits every output"
                )
        for _ in range(take):
            engine.admit_next()
        engine.free_blocks -= blocks
        steps = out - 1
        self._batch[engine.engine_id] = (ids, pad_in, steps, -1, blocks)
        shape = BatchShape(
            float(take * pad_in),
            float(take * pad_in * (pad_in + 1) / 2),
            0.0,
            0.0,
            float(take),
            prefill_seqs=float(take),
        )
        finishing = ids if steps <= 0 else EMPTY_IDS
        return IterationPlan(
            ids, np.full(take, pad_in, dtype=np.int64), EMPTY_IDS, shape, finishing
        )

    def _target_output(self, outputs: np.ndarray) -> int:
        return int(outputs.max()) if self.decode_to == "longest" else int(self.max_output_tokens)

    def complete(self, engine: Engine, plan: IterationPlan, now_s: float) -> None:
        state = engine.state
        ids, pad_in, steps, done, blocks = self._batch[engine.engine_id]
        if done < 0:  # the prefill iteration: every request has its first token
            processed = int((state.prompt_tokens[ids] - state.prefilled[ids]).sum()) + len(ids)
            state.prefilled[ids] = state.prompt_tokens[ids]
            state.first_token_s[ids] = now_s
            state.generated[ids] = 1
        else:  # padded slots of requests already at their output length produce nothing
            below = state.generated[ids] < state.output_tokens[ids]
            processed = int(below.sum())
            state.generated[ids] += below
        engine.outstanding_tokens -= processed
        done += 1
        self._batch[engine.engine_id] = (ids, pad_in, steps, done, blocks)
        if len(plan.finishing):
            engine.finish(ids, now_s)
            engine.free_blocks += blocks
            del self._batch[engine.engine_id]
