"""One scheduling engine: a queue, running requests, a paged KV cache, back-to-back iterations.

A replica with pipeline parallelism ``pp`` runs ``pp`` engines (vLLM's virtual engines):
each owns a share of the KV cache and of ``max_num_seqs``, and its micro-batch takes one
pipelined period per iteration, priced by the cost model.

KV blocks (``block_size`` tokens each) are reserved when an iteration is scheduled: a
prompt chunk needs blocks for its tokens, a decode step for the token it writes. When a
decode step finds no free block, the youngest running request is preempted by
recomputation (as vLLM does): its blocks are freed, it returns to the head of the queue
and later re-prefills its input plus the tokens it had generated, which the cost model
charges like any prefill.

With a serving-engine spec (``EngineSpec``), a decode-only iteration of ``n`` sequences
runs as its CUDA graph of ``engine_spec.padded_decode_batch(n)`` sequences: the shape's
``graph_seqs``, which the cost model prices (None without an engine, and for iterations
that prefill, which run eagerly).

How long an iteration takes is the engine's :class:`BaseIterationTimer`'s answer. The
default, :class:`CostModelTimer`, asks the cost model for the plan's pipelined period; the
replay harness (``servesolve.replay``) plugs in a timer that runs the plan on a real model
and returns the measured time, so the same scheduler drives both.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from servesolve.costs.roofline import BatchShape, ReplicaConfig, RooflineCostModel
from servesolve.simulator.policies.base_policy import BaseBatchingPolicy, IterationPlan
from servesolve.simulator.request_state import RequestState

if TYPE_CHECKING:
    from servesolve.simulator.simulation import SimulationSpec
    from servesolve.specs.engine import EngineSpec


@dataclass
class IterationLog:
    """Column lists, one entry per iteration (turned into arrays after the run)."""

    start_s: list[float]
    duration_s: list[float]
    prefill_tokens: list[float]
    decode_seqs: list[float]
    context_tokens: list[float]
    blocks_used: list[int]
    prefill_seqs: list[float]
    graph_seqs: list[float]  # NaN: not padded to a CUDA graph


class BaseIterationTimer(ABC):
    """Prices (or runs) an engine's iterations: the simulator's clock source."""

    def prepare(  # noqa: B027
        self, spec: SimulationSpec, state: RequestState, engines: list[Engine]
    ) -> None:
        """Called once by ``simulate`` before the first event, with every engine it
        times (checks, allocation, warm-up)."""

    @abstractmethod
    def duration_s(self, engine: Engine, plan: IterationPlan, now_s: float) -> float:
        """Seconds the iteration ``plan`` of ``engine``, starting at ``now_s``, takes."""

    def iteration_done(self, engine: Engine, plan: IterationPlan, now_s: float) -> None:  # noqa: B027
        """Called after the policy applied ``plan``'s outcome (finished requests are out
        of ``engine.running``)."""


class CostModelTimer(BaseIterationTimer):
    """The engine's cost model: the pipelined period of the plan's batch shape."""

    def duration_s(self, engine: Engine, plan: IterationPlan, now_s: float) -> float:
        return engine.cost_model.iteration_time(engine.config, plan.shape).period_s


class Engine:
    """A scheduler over one share of a replica."""

    def __init__(
        self,
        engine_id: int,
        replica_id: int,
        config: ReplicaConfig,
        cost_model: RooflineCostModel,
        policy: BaseBatchingPolicy,
        state: RequestState,
        num_blocks: int,
        block_size: int,
        max_num_seqs: int,
        max_num_batched_tokens: int,
        timer: BaseIterationTimer | None = None,
        engine_spec: EngineSpec | None = None,
    ) -> None:
        self.engine_id = engine_id
        self.replica_id = replica_id
        self.config = config
        self.cost_model = cost_model
        self.policy = policy
        self.state = state
        self.num_blocks = num_blocks
        self.block_size = block_size
        self.max_num_seqs = max_num_seqs
        self.max_num_batched_tokens = max_num_batched_tokens
        self.timer = timer if timer is not None else CostModelTimer()
        self.engine_spec = engine_spec
        self.free_blocks = num_blocks
        self.waiting: deque[int] = deque()
        self.running: list[int] = []
        self.busy = False
        self.in_flight: IterationPlan | None = None
        self.arrivals_done = False
        self.outstanding_tokens = 0
        self.log = IterationLog([], [], [], [], [], [], [], [])
        self._decode_kv: tuple[np.ndarray, np.ndarray] | None = None

    # ---- queue --------------------------------------------------------------------
    def add(self, rid: int) -> None:
        self.waiting.append(rid)
        self.outstanding_tokens += int(self.state.remaining_tokens(np.asarray([rid]))[0])

    def admit_next(self) -> int:
        rid = self.waiting.popleft()
        self.running.append(rid)
        return rid

    def prefill_plan(self, max_running: int) -> IterationPlan | None:
        """A prefill-only iteration of whole prompts (ExeGPT's encoding step, a DistServe
        prefill pool): admit waiting requests, oldest first, while fewer than
        ``max_running`` run, the token budget lasts (a first prompt over it goes alone)
        and KV blocks are free; None when nothing can be admitted."""
        s = self.state
        budget = self.max_num_batched_tokens
        ids: list[int] = []
        chunks: list[int] = []
        while self.waiting and len(self.running) < max_running:
            rid = self.waiting[0]
            chunk = int(s.prompt_tokens[rid] - s.prefilled[rid])
            if chunk > budget and ids:
                break
            if not self.reserve_prefill_blocks(rid, chunk):
                break
            self.admit_next()
            ids.append(rid)
            chunks.append(chunk)
            budget -= chunk
        if not ids:
            return None
        empty = np.zeros(0, dtype=np.int64)
        return self.token_plan(
            np.asarray(ids, dtype=np.int64), np.asarray(chunks, dtype=np.int64), empty
        )

    def prefilling(self) -> list[int]:
        """Running requests whose prompt is not fully prefilled yet, oldest first."""
        if not self.running:
            return []
        s = self.state
        run = np.asarray(self.running, dtype=np.int64)
        return run[s.prefilled[run] < s.prompt_tokens[run]].tolist()

    # ---- KV blocks ----------------------------------------------------------------
    def _blocks_for(self, tokens: np.ndarray) -> np.ndarray:
        return -(-tokens // self.block_size)

    def reserve_prefill_blocks(self, rid: int, chunk: int) -> bool:
        s = self.state
        need = int(self._blocks_for(np.asarray(s.prefilled[rid] + chunk))) - int(s.blocks[rid])
        if need > self.free_blocks:
            return False
        s.blocks[rid] += need
        self.free_blocks -= need
        return True

    def reserve_decode_blocks(self) -> np.ndarray:
        """Decoding requests of this iteration, with a block for the token each writes;
        preempts the youngest requests while blocks are short."""
        s = self.state
        while True:
            run = np.asarray(self.running, dtype=np.int64)
            if not len(run):
                return run
            decode = run[
                (s.prefilled[run] == s.prompt_tokens[run])
                & (s.generated[run] < s.output_tokens[run])
            ]
            kv = s.prefilled_kv_tokens(decode)
            need = np.maximum(self._blocks_for(kv + 1) - s.blocks[decode], 0)
            total = int(need.sum())
            if total <= self.free_blocks:
                s.blocks[decode] += need
                self.free_blocks -= total
                self._decode_kv = (decode, kv)  # token_plan's context, unchanged until then
                return decode
            self._preempt(self.running[-1])

    def _preempt(self, rid: int) -> None:
        s = self.state
        one = np.asarray([rid])
        before = int(s.remaining_tokens(one)[0])
        self.running.remove(rid)
        self.free_blocks += int(s.blocks[rid])
        s.blocks[rid] = 0
        s.prompt_tokens[rid] = s.input_tokens[rid] + s.generated[rid]
        s.prefilled[rid] = 0
        s.preemptions[rid] += 1
        self.waiting.appendleft(rid)
        # The prompt to recompute replaces what was left of the old one (a request can be
        # preempted halfway through a chunked or recomputed prefill).
        self.outstanding_tokens += int(s.remaining_tokens(one)[0]) - before

    # ---- iterations ----------------------------------------------------------------
    def token_plan(
        self, prefill_ids: np.ndarray, chunks: np.ndarray, decode_ids: np.ndarray
    ) -> IterationPlan:
        """The cost-model shape of prefilling ``chunks`` and decoding ``decode_ids``; a
        decode-only iteration is padded to a captured CUDA graph when the engine has an
        ``engine_spec``."""
        s = self.state
        if len(prefill_ids):
            before = s.prefilled[prefill_ids]
            completes = int((before + chunks == s.prompt_tokens[prefill_ids]).sum())
            pairs = float((chunks * before + chunks * (chunks + 1) / 2).sum())
            prefill_tokens = float(chunks.sum())
        else:  # a decode-only iteration, most of a run
            completes, pairs, prefill_tokens = 0, 0.0, 0.0
        cached, self._decode_kv = self._decode_kv, None
        kv = cached[1] if cached is not None and cached[0] is decode_ids else None
        if kv is None:
            kv = s.kv_tokens(decode_ids)
        context = float(kv.sum() + len(decode_ids))  # each decode writes one more token
        shape = BatchShape(
            prefill_tokens=prefill_tokens,
            prefill_attention_pairs=pairs,
            decode_seqs=float(len(decode_ids)),
            decode_context_tokens=context,
            sampled_seqs=float(len(decode_ids) + completes),
            prefill_seqs=float(len(prefill_ids)),
            graph_seqs=(
                float(self.engine_spec.padded_decode_batch(len(decode_ids)))
                if self.engine_spec is not None and not len(prefill_ids) and len(decode_ids)
                else None
            ),
        )
        return IterationPlan(prefill_ids, chunks, decode_ids, shape)

    def start(self, now_s: float) -> float | None:
        """Schedule and start the next iteration; its end time, or None when idle."""
        plan = self.policy.schedule(self, now_s)
        if plan is None:
            self.busy = False
            return None
        duration = self.timer.duration_s(self, plan, now_s)
        self.busy = True
        self.in_flight = plan
        log = self.log
        log.start_s.append(now_s)
        log.duration_s.append(duration)
        log.prefill_tokens.append(plan.shape.prefill_tokens)
        log.decode_seqs.append(plan.shape.decode_seqs)
        log.context_tokens.append(plan.shape.decode_context_tokens)
        log.blocks_used.append(self.num_blocks - self.free_blocks)
        log.prefill_seqs.append(plan.shape.prefill_seqs)
        graph = plan.shape.graph_seqs
        log.graph_seqs.append(float("nan") if graph is None else graph)
        return now_s + duration

    def complete(self, now_s: float) -> None:
        plan = self.in_flight
        assert plan is not None
        self.in_flight = None
        self.policy.complete(self, plan, now_s)
        self.timer.iteration_done(self, plan, now_s)

    def apply_tokens(self, plan: IterationPlan, now_s: float) -> None:
        """Token-level outcome: prompt progress, first tokens, one token per decode."""
        s = self.state
        ids = plan.prefill_ids
        if len(ids):
            s.prefilled[ids] += plan.prefill_chunks
            done = ids[s.prefilled[ids] == s.prompt_tokens[ids]]
            fresh = done[s.generated[done] == 0]
            s.first_token_s[fresh] = now_s
            # The prefill iteration samples a token (the first, or the next after recompute).
            s.generated[done] += 1
            touched = np.concatenate([done, plan.decode_ids])
        else:  # a decode-only iteration
            done, touched = ids, plan.decode_ids
        s.generated[plan.decode_ids] += 1
        self.count_processed(plan)
        self.outstanding_tokens -= len(done)  # the token each completed prefill sampled
        finished = touched[s.generated[touched] >= s.output_tokens[touched]]
        if len(finished):
            self.finish(finished, now_s)

    def count_processed(self, plan: IterationPlan) -> None:
        self.outstanding_tokens -= int(plan.prefill_chunks.sum()) + len(plan.decode_ids)

    def finish(self, ids: np.ndarray, now_s: float) -> None:
        s = self.state
        if not np.isnan(s.finish_s[ids]).all():
            raise RuntimeError(
                f"requests finished twice: {ids[~np.isnan(s.finish_s[ids])].tolist()}"
            )
        s.finish_s[ids] = now_s
        self.free_blocks += int(s.blocks[ids].sum())
        s.blocks[ids] = 0
        gone = set(ids.tolist())
        self.running = [r for r in self.running if r not in gone]
