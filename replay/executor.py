"""ReplayTimer: run the simulator's iterations on a real model and time them.

The simulator's scheduler (its policies, KV-block accounting, preemption, routing) decides
every batch exactly as in a simulation; this timer executes each batch on a
:class:`~servesolve.replay.model.ReplayModel` and returns the measured wall time of the
step as the iteration's duration. ``simulate(spec, requests, timer=ReplayTimer(model))``
therefore yields TTFT, TPOT and end-to-end latency of every request, and throughput, as
measured on the real model.

Clock. By default the clock is virtual: it advances by the measured duration of each
iteration, and arrivals are exogenous (they come from the trace), so an idle gap before
the next arrival is skipped instead of waited out. Host work between iterations (the
scheduler itself) is not counted. With ``realtime=True`` the timer instead sleeps until
each iteration's virtual start time and returns the wall time elapsed, so the virtual
clock is the wall clock since the first arrival, scheduler overhead included.

What runs, per iteration of the plan:

* a prompt chunk of ``c`` tokens of request ``r`` continues ``r``'s cached sequence; its
  tokens are the request's seeded random input tokens followed (after a recompute
  preemption) by the tokens it had generated; a static batch's padded prompt is padded
  with ``PAD_TOKEN``;
* a chunk that completes the prompt samples one token (greedy, argmax); so does every
  decode, which feeds the request's last token. Output lengths come from the trace (EOS
  is ignored). Static batching decodes finished requests' slots too (padding), whose
  tokens are dropped;
* encoder-decoder models: an encoder is bidirectional, so a prompt chunk cannot be
  encoded alone; chunks are only counted until the prompt completes, then the encoder
  runs over the input and the decoder over its start token (plus, after a recompute,
  the tokens generated before).

KV cache: the model's paged pool gets the engine's ``num_blocks`` (the simulation's KV
capacity) plus ``kv_block_margin`` blocks per sequence slot. A request's blocks are freed
when it leaves the engine's running set: when it finishes, or when the scheduler
preempts it (recompute) -- its re-prefill starts from an empty cache.

Only plans of one replica with ``tp = pp = 1`` run for real; multi-GPU replay is future
work.

Which clock times a step (``clock``, one of :data:`CLOCKS`): ``wall``
(``time.perf_counter``; on a GPU, after a synchronisation) or ``cpu``
(``time.thread_time``, the CPU time of the calling thread). With one torch thread a CPU
step runs on the calling thread, so its CPU time is its wall time on an idle machine, and
time the thread spends descheduled while other processes hold the cores does not count.
The profiler takes the same choice, so tables and replay measure the same thing.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd
import torch

from servesolve.errors import SpecError
from servesolve.replay.model import PAD_TOKEN, ReplayModel
from servesolve.simulator.engine import BaseIterationTimer, Engine
from servesolve.simulator.policies.base_policy import IterationPlan
from servesolve.simulator.request_state import RequestState

if TYPE_CHECKING:
    from servesolve.simulator.simulation import SimulationSpec

#: Clocks that time a step: wall time, or the calling thread's CPU time (see the module
#: docstring; ``cpu`` needs one torch thread, on a CPU).
CLOCKS = {"wall": time.perf_counter, "cpu": time.thread_time}


@dataclass
class _Work:
    """What the model runs for one iteration."""

    step_ids: list[int] = field(default_factory=list)  # prompt chunks and decodes
    step_chunks: list[list[int]] = field(default_factory=list)
    keep: list[bool] = field(default_factory=list)  # keep the token the row samples
    encode_ids: list[int] = field(default_factory=list)  # encoder-decoder prompts
    encode_inputs: list[list[int]] = field(default_factory=list)

    @property
    def num_tokens(self) -> int:
        return sum(map(len, self.step_chunks)) + sum(map(len, self.encode_inputs))


class ReplayTimer(BaseIterationTimer):
    """Executes each scheduled iteration on ``model``; its measured time is the duration.

    Parameters
    ----------
    model:
        The model to run (its ``spec`` may be a scaled version of the simulated model).
    seed:
        Seed of the requests' random input tokens.
    realtime:
        Sleep until each iteration's start time and count wall time (see the module
        docstring); False (default): a virtual clock advanced by measured durations.
    warmup:
        Run a small prefill and decode before the first iteration (CUDA context, kernel
        selection), outside the measurements.
    kv_block_margin:
        Extra KV blocks per sequence slot on top of the simulated capacity (block
        rounding of padded static batches, an encoder-decoder's two caches per request).
    clock:
        ``wall`` (default) or ``cpu``: what times a step (:data:`CLOCKS`). ``cpu`` cannot
        be combined with ``realtime``, which waits on the wall clock.

    Attributes
    ----------
    records:
        One dict per executed iteration: engine, start_s (virtual), measured_s,
        predicted_s (the engine's cost model for the same batch), prefill_tokens,
        decode_seqs, executed_tokens.
    """

    def __init__(
        self,
        model: ReplayModel,
        seed: int = 0,
        realtime: bool = False,
        warmup: bool = True,
        kv_block_margin: int = 2,
        clock: str = "wall",
    ) -> None:
        if clock not in CLOCKS:
            raise ValueError(f"clock: unknown '{clock}'; fix: use one of {', '.join(CLOCKS)}")
        if clock == "cpu" and (realtime or model.device.type != "cpu"):
            raise ValueError(
                "clock: cpu times a CPU step on the calling thread; fix: use clock='wall' "
                "with realtime=True or on a GPU"
            )
        self.model = model
        self.clock = clock
        self._now = CLOCKS[clock]
        self.seed = seed
        self.realtime = realtime
        self.warmup = warmup
        self.kv_block_margin = kv_block_margin
        self.records: list[dict[str, float]] = []
        self._tokens: dict[int, list[int]] = {}  # request id -> input tokens + generated
        self._input_len: dict[int, int] = {}
        self._state: RequestState | None = None
        self._wall0 = 0.0
        self._clock0 = 0.0

    # ---- BaseIterationTimer ----------------------------------------------------------
    def prepare(self, spec: SimulationSpec, state: RequestState, engines: list[Engine]) -> None:
        """Refuse what one device cannot replay; allocate the KV pool; warm up."""
        groups = spec.replicas
        if len(groups) != 1 or groups[0].count != 1:
            total = sum(g.count for g in groups)
            raise SpecError(
                "replicas",
                f"replay executes one replica, the plan has {total} in {len(groups)} group(s)",
                "replay one replica (count=1); multi-replica replay is future work",
            )
        group = groups[0]
        for name, value in (("tp", group.tp), ("pp", group.pp)):
            if value != 1:
                raise SpecError(
                    f"replicas[0].{name}",
                    f"replay runs on one device, got {name}={value}",
                    f"use {name}=1 (multi-GPU replay is future work)",
                )
        (engine,) = engines
        slots = spec.static_batch_size if spec.policy == "static" else engine.max_num_seqs
        self.model.allocate_cache(
            engine.num_blocks + self.kv_block_margin * max(slots, 1), engine.block_size
        )
        self._state = state
        self._tokens.clear()
        self._input_len.clear()
        self.records = []
        if self.warmup:
            self._warm_up()
        self._wall0 = time.perf_counter()
        self._clock0 = float(state.arrival_s.min()) if state.num_requests else 0.0

    def duration_s(self, engine: Engine, plan: IterationPlan, now_s: float) -> float:
        if self.realtime:
            wait = self._wall0 + (now_s - self._clock0) - time.perf_counter()
            if wait > 0:
                time.sleep(wait)
        self._release(engine)
        work = self._work(plan)
        self._sync()
        start = self._now()
        self._execute(work)
        self._sync()
        measured = self._now() - start
        self.records.append(
            {
                "engine": float(engine.engine_id),
                "start_s": now_s,
                "measured_s": measured,
                "predicted_s": engine.cost_model.iteration_time(engine.config, plan.shape).period_s,
                "prefill_tokens": float(plan.prefill_chunks.sum()),
                "decode_seqs": float(len(plan.decode_ids)),
                "executed_tokens": float(work.num_tokens),
            }
        )
        if self.realtime:
            return max(measured, (time.perf_counter() - self._wall0) - (now_s - self._clock0))
        return measured

    def iteration_done(self, engine: Engine, plan: IterationPlan, now_s: float) -> None:
        self._release(engine)

    # ---- results ---------------------------------------------------------------------
    @property
    def iterations(self) -> pd.DataFrame:
        """The per-iteration records as a table."""
        return pd.DataFrame(self.records)

    def output_tokens(self, request_id: int) -> list[int]:
        """The tokens ``request_id`` generated (ids of the simulation's sorted request table)."""
        return self._tokens.get(request_id, [])[self._input_len.get(request_id, 0) :]

    def generated_counts(self) -> np.ndarray:
        """Tokens generated per request, indexed by request id."""
        n = self._state.num_requests if self._state is not None else 0
        return np.asarray([len(self.output_tokens(r)) for r in range(n)], dtype=np.int64)

    # ---- internals -------------------------------------------------------------------
    def _sync(self) -> None:
        if self.model.device.type == "cuda":
            torch.cuda.synchronize(self.model.device)

    def _release(self, engine: Engine) -> None:
        """Free the KV of requests no longer running on ``engine`` (finished, preempted)."""
        gone = self.model.cached_requests - set(engine.running)
        if gone:
            self.model.free(sorted(gone))

    def _request_tokens(self, rid: int) -> list[int]:
        if rid not in self._tokens:
            assert self._state is not None
            n = int(self._state.input_tokens[rid])
            rng = np.random.default_rng([self.seed, rid])
            self._tokens[rid] = rng.integers(1, self.model.spec.vocab_size, n).tolist()
            self._input_len[rid] = n
        return self._tokens[rid]

    def _prompt(self, rid: int, start: int, stop: int) -> list[int]:
        """Prompt positions ``[start, stop)``: input, then generated tokens, then padding."""
        tokens = self._request_tokens(rid)
        part = tokens[start:stop]
        return part + [PAD_TOKEN] * (stop - start - len(part))

    def _work(self, plan: IterationPlan) -> _Work:
        """Token ids of every row the model runs for ``plan``."""
        state = self._state
        assert state is not None
        model = self.model
        work = _Work()
        for rid, chunk in zip(plan.prefill_ids.tolist(), plan.prefill_chunks.tolist(), strict=True):
            start = int(state.prefilled[rid])
            if start == 0 and rid in model.cached_requests:
                model.free([rid])  # re-prefill after a recompute preemption
            stop = start + int(chunk)
            completes = stop >= int(state.prompt_tokens[rid])
            if not model.encoder_decoder:
                if model.cache_len(rid) != start:
                    raise RuntimeError(
                        f"request {rid}: the model caches {model.cache_len(rid)} tokens but the "
                        f"scheduler's prompt continues at {start}"
                    )
                work.step_ids.append(rid)
                work.step_chunks.append(self._prompt(rid, start, stop))
                work.keep.append(completes)
            elif completes:
                # Encoder over the input (padded for static batches), decoder over its start
                # token and the tokens generated before a recompute.
                generated = self._request_tokens(rid)[self._input_len[rid] :]
                work.encode_ids.append(rid)
                work.encode_inputs.append(self._prompt(rid, 0, stop - len(generated)))
                work.step_ids.append(rid)
                work.step_chunks.append([PAD_TOKEN, *generated])
                work.keep.append(True)
        for rid in plan.decode_ids.tolist():
            work.step_ids.append(rid)
            work.step_chunks.append([self._request_tokens(rid)[-1]])
            # Static batching decodes slots already at their output length: padding.
            work.keep.append(bool(state.generated[rid] < state.output_tokens[rid]))
        return work

    def _execute(self, work: _Work) -> None:
        model = self.model
        if work.encode_ids:
            model.encode(work.encode_ids, work.encode_inputs)
        if not work.step_ids:
            return
        sampled = model.step(work.step_ids, work.step_chunks).argmax(dim=-1).tolist()
        for rid, token, kept in zip(work.step_ids, sampled, work.keep, strict=True):
            if kept:
                self._tokens[rid].append(int(token))

    def _warm_up(self) -> None:
        """A prefill and a decode of a scratch request, then its blocks are freed."""
        model = self.model
        scratch = -1
        n = min(16, model.cache.num_blocks * model.cache.block_size // 2) if model.cache else 1
        n = max(n, 2)
        if model.encoder_decoder:
            model.encode([scratch], [list(range(1, n + 1))])
            model.step([scratch], [[PAD_TOKEN]])
        else:
            model.step([scratch], [list(range(1, n + 1))])
        model.step([scratch], [[1]])
        self._sync()
        model.free([scratch])
