"""Static batching as in FasterTransformer: the baseline ExeGPT and Orca compare against.

The engine waits until ``batch_size`` requests are queued (or no more will arrive), pads
their prompts to the longest and prefills them together, then decodes the whole padded
batch until its longest output is done (``decode_to="longest"``) or for
``max_output_tokens`` steps (``decode_to="max_length"``). No request leaves early: every
response is returned when the batch ends. The KV cache is preallocated for the padded
batch; a batch that would not fit is shrunk to the largest that does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

import numpy as np

from servesolve.costs.roofline import BatchShape
from servesolve.simulator.policies.base_policy import BaseBatchingPolicy, IterationPlan

if TYPE_CHECKING:
    from servesolve.simulator.engine import Engine

_EMPTY = np.zeros(0, dtype=np.int64)


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
        self._batch: dict[
            int, tuple[np.ndarray, int, int, int]
        ] = {}  # engine id -> (ids, pad_in, steps, done)

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        state = engine.state
        batch = self._batch.get(engine.engine_id)
        if batch is not None:
            ids, pad_in, steps, done = batch
            n = len(ids)
            # Decode step `done + 1` of the padded batch: every slot attends over the
            # padded prompt plus the tokens decoded so far.
            shape = BatchShape(0.0, 0.0, float(n), float(n * (pad_in + done + 1)), float(n))
            finishing = ids if done + 1 >= steps else _EMPTY
            return IterationPlan(_EMPTY, _EMPTY, ids, shape, finishing)
        if not engine.waiting or (
            len(engine.waiting) < self.batch_size and not engine.arrivals_done
        ):
            return None
        take = min(self.batch_size, len(engine.waiting))
        ids = np.asarray(list(engine.waiting)[:take], dtype=np.int64)
        while take > 0:
            pad_in = int(state.input_tokens[ids[:take]].max())
            out = self._target_output(state.output_tokens[ids[:take]])
            if take * (pad_in + out) <= engine.num_blocks * engine.block_size:
                break
            take -= 1
        if take == 0:
            raise ValueError(
                f"static batching: one request of {pad_in + out} tokens exceeds the KV cache "
                f"({engine.num_blocks * engine.block_size} tokens)"
            )
        ids = ids[:take]
        for _ in range(take):
            engine.admit_next()
        pad_in = int(state.input_tokens[ids].max())
        steps = self._target_output(state.output_tokens[ids]) - 1
        self._batch[engine.engine_id] = (ids, pad_in, steps, -1)
        shape = BatchShape(
            float(take * pad_in), float(take * pad_in * (pad_in + 1) / 2), 0.0, 0.0, float(take)
        )
        finishing = ids if steps <= 0 else _EMPTY
        return IterationPlan(ids, np.full(take, pad_in, dtype=np.int64), _EMPTY, shape, finishing)

    def _target_output(self, outputs: np.ndarray) -> int:
        return int(outputs.max()) if self.decode_to == "longest" else int(self.max_output_tokens)

    def complete(self, engine: Engine, plan: IterationPlan, now_s: float) -> None:
        state = engine.state
        ids, pad_in, steps, done = self._batch[engine.engine_id]
        if done < 0:  # the prefill iteration: every request has its first token
            state.prefilled[ids] = state.prompt_tokens[ids]
            state.first_token_s[ids] = now_s
            state.generated[ids] = 1
        else:
            state.generated[ids] = np.minimum(state.generated[ids] + 1, state.output_tokens[ids])
        done += 1
        self._batch[engine.engine_id] = (ids, pad_in, steps, done)
        engine.count_processed(plan)
        if len(plan.finishing):
            state.generated[ids] = state.output_tokens[ids]
            engine.finish(ids, now_s)
            del self._batch[engine.engine_id]
