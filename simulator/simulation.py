"""Discrete-event, iteration-level simulation of a serving plan on a request table.

The loop is short: pop the next event, advance time, handle it, push what it causes.
Arrivals are routed to a replica and queued; an iteration's end applies its outcome.
Either one asks the engine for a wake-up at the same instant, handled after every
completion and arrival of that instant (``EventKind`` order), where an idle engine
schedules its next iteration: requests arriving together share their first iteration,
and one arriving exactly as an iteration ends joins the next. Iteration times come from
the same cost model the MILP priced, so the simulation checks the plan's queueing and
tails, not a different hardware model. A ``timer`` (``BaseIterationTimer``) replaces
that clock: the replay harness's timer runs each iteration on a real model and returns
its measured time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Literal

import numpy as np
import pandas as pd

from servesolve.costs.memory import MemoryBudget, memory_budget
from servesolve.costs.roofline import ReplicaConfig, RooflineCostModel
from servesolve.simulator.engine import BaseIterationTimer, Engine
from servesolve.simulator.event_queue import EventKind, EventQueue
from servesolve.simulator.metrics import summarize
from servesolve.simulator.policies.base_policy import BaseBatchingPolicy
from servesolve.simulator.policies.chunked_prefill import ChunkedPrefill
from servesolve.simulator.policies.continuous_batching import ContinuousBatching
from servesolve.simulator.policies.rra import RoundRobinAllocation
from servesolve.simulator.policies.sglang import SglangPrefillFirst
from servesolve.simulator.policies.static_batching import StaticBatching
from servesolve.simulator.policies.trtllm import TrtllmInflightBatching
from servesolve.simulator.policies.vllm_v0 import VllmV0
from servesolve.simulator.request_state import RequestState
from servesolve.simulator.router import ROUTERS
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec, GpuSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec

PolicyName = Literal["continuous", "chunked_prefill", "static", "rra"]


@dataclass(frozen=True)
class ReplicaGroupSpec:
    """``count`` identical replicas (``ep``, ``stage_layers``, ``attn_dp``: see
    ``ReplicaConfig``)."""

    tp: int
    pp: int
    max_num_seqs: int
    count: int = 1
    ep: int = 1
    stage_layers: tuple[int, ...] | None = None
    attn_dp: int = 1

    @property
    def config(self) -> ReplicaConfig:
        return ReplicaConfig(self.tp, self.pp, self.ep, self.stage_layers, self.attn_dp)


@dataclass(frozen=True)
class SimulationSpec:
    """Everything one simulation needs besides the requests.

    ``engine`` (a serving-engine spec) replaces ``policy`` by the engine's scheduler
    (``vllm_v1``: chunked prefill; ``vllm_v0``: vLLM 0.6's; ``sglang``; ``trtllm``), pads
    decode-only iterations to its CUDA-graph sizes, and reserves its memory (its
    ``gpu_memory_utilization`` replaces this spec's, its CUDA-graph and communication
    buffers come on top of ``runtime_reserve_gib``). The token budget stays
    ``max_num_batched_tokens`` (set it from ``engine.max_num_batched_tokens`` for the
    engine's default). None: ``policy`` and the memory model as they are.
    """

    model: ModelSpec
    cluster: ClusterSpec
    replicas: tuple[ReplicaGroupSpec, ...]
    policy: PolicyName = "continuous"
    max_num_batched_tokens: int = 8192
    static_batch_size: int = 8
    static_decode_to: Literal["longest", "max_length"] = "longest"
    static_max_output_tokens: int | None = None
    rra_encoder_batch: int = 8  # ExeGPT RRA: B_E, requests per encoding
    rra_decode_iterations: int = 4  # ExeGPT RRA: N_D, decodes between encodings
    router: str = "least_outstanding_tokens"
    block_size: int = 16
    gpu_memory_utilization: float = 0.9
    runtime_reserve_gib: float = 1.0
    iteration_overhead_s: float = 0.002
    kv_capacity_tokens: int | None = None  # override the memory model (tests, what-ifs)
    engine: EngineSpec | None = None  # serving engine: scheduler, CUDA graphs, memory


@dataclass
class SimulationResult:
    requests: pd.DataFrame
    iterations: pd.DataFrame
    metrics: dict[str, float] = field(default_factory=dict)
    wall_time_s: float = 0.0


def _policy(spec: SimulationSpec) -> BaseBatchingPolicy:
    """The scheduler of one engine: the serving engine's when ``spec.engine`` is set, else
    ``spec.policy``."""
    if spec.engine is not None:
        scheduler = spec.engine.scheduler
        if scheduler == "vllm_v1":
            return ChunkedPrefill()
        if scheduler == "vllm_v0":
            return VllmV0(spec.model.max_context_tokens)
        if scheduler == "sglang":
            return SglangPrefillFirst()
        if scheduler == "trtllm":
            return TrtllmInflightBatching()
        raise ValueError(f"unknown engine scheduler '{scheduler}'")
    if spec.policy == "continuous":
        return ContinuousBatching()
    if spec.policy == "chunked_prefill":
        return ChunkedPrefill()
    if spec.policy == "static":
        return StaticBatching(
            spec.static_batch_size, spec.static_decode_to, spec.static_max_output_tokens
        )
    if spec.policy == "rra":
        return RoundRobinAllocation(spec.rra_encoder_batch, spec.rra_decode_iterations)
    raise ValueError(f"unknown policy '{spec.policy}'")


def kv_budget(
    model: ModelSpec,
    gpu: GpuSpec,
    tp: int,
    pp: int,
    stage_layers: tuple[int, ...] | None,
    max_num_batched_tokens: int,
    gpu_memory_utilization: float,
    runtime_reserve_gib: float,
    block_size: int,
    engine: EngineSpec | None,
    attn_dp: int = 1,
) -> tuple[int, MemoryBudget]:
    """KV blocks of each of a (tp, pp) replica's ``pp`` pipeline engines, and the memory
    budget they come from: the count :func:`build_engines` gives every engine. With
    ``attn_dp`` attention groups, an engine's blocks are those of all its groups (the
    sequences split evenly over them; one request must fit one group's share)."""
    budget = memory_budget(
        model,
        gpu,
        tp,
        pp,
        max_num_batched_tokens,
        gpu_memory_utilization,
        runtime_reserve_gib,
        stage_layers,
        engine=engine,
        attn_dp=attn_dp,
    )
    return budget.kv_capacity_tokens // block_size // pp, budget


def build_engines(
    spec: SimulationSpec,
    state: RequestState,
    timer: BaseIterationTimer | None = None,
    cost_model: RooflineCostModel | None = None,
) -> list[list[Engine]]:
    """The engines of every replica (``pp`` engines per replica), all timed by ``timer``
    (None: ``cost_model``, by default the roofline of ``spec``)."""
    if cost_model is None:
        cost_model = RooflineCostModel(spec.model, spec.cluster, spec.iteration_overhead_s)
    replicas: list[list[Engine]] = []
    next_engine = 0
    for group in spec.replicas:
        config = group.config
        if spec.kv_capacity_tokens is not None:
            capacity = spec.kv_capacity_tokens
            blocks = capacity // spec.block_size // group.pp
        else:
            blocks, budget = kv_budget(
                spec.model,
                spec.cluster.gpu,
                group.tp,
                group.pp,
                group.stage_layers,
                spec.max_num_batched_tokens,
                spec.gpu_memory_utilization,
                spec.runtime_reserve_gib,
                spec.block_size,
                spec.engine,
                group.attn_dp,
            )
            capacity = budget.kv_capacity_tokens
        if blocks < 1:
            setting = (
                "kv_capacity_tokens"
                if spec.kv_capacity_tokens is not None
                else "gpu_memory_utilization"
            )
            raise ValueError(
                f"replica TP{group.tp}xPP{group.pp} has no KV blocks per engine ({capacity} KV "
                f"tokens, block_size {spec.block_size}, {group.pp} pipeline engines): raise "
                f"{setting} or use a larger tp"
            )
        for _ in range(group.count):
            engines = []
            for _ in range(group.pp):
                engines.append(
                    Engine(
                        engine_id=next_engine,
                        replica_id=len(replicas),
                        config=config,
                        cost_model=cost_model,
                        policy=_policy(spec),
                        state=state,
                        num_blocks=blocks,
                        block_size=spec.block_size,
                        max_num_seqs=math.ceil(group.max_num_seqs / group.pp),
                        max_num_batched_tokens=spec.max_num_batched_tokens,
                        timer=timer,
                        engine_spec=spec.engine,
                    )
                )
                next_engine += 1
            replicas.append(engines)
    return replicas


def check_outstanding_tokens(engines: list[Engine]) -> None:
    """The router's load signal must come back to 0 once every request has finished."""
    drift = {e.engine_id: e.outstanding_tokens for e in engines if e.outstanding_tokens}
    if drift:
        raise RuntimeError(f"outstanding tokens left on engines after the run: {drift}")


def check_fits(state: RequestState, replicas: list[list[Engine]], spec: SimulationSpec) -> None:
    """Every request's whole context must fit one engine's KV share (of one attention
    group, with attention data parallelism), else it never runs (the router may send it
    to any replica, so the smallest share is the bound)."""
    if not state.num_requests:
        return
    longest = int((state.input_tokens + state.output_tokens).max())

    def share(e: Engine) -> int:
        return e.num_blocks // e.config.attn_dp

    smallest = min((e for engines in replicas for e in engines), key=share)
    capacity = share(smallest) * smallest.block_size
    if longest > capacity:
        tp, pp = smallest.config.tp, smallest.config.pp
        setting = (
            "kv_capacity_tokens"
            if spec.kv_capacity_tokens is not None
            else "gpu_memory_utilization"
        )
        raise ValueError(
            f"a request of {longest} tokens (input+output) exceeds one engine's KV cache of "
            f"{capacity} tokens (replica TP{tp}xPP{pp}, {pp} engine{'s' if pp > 1 else ''} "
            f"share{'' if pp > 1 else 's'} it); raise {setting}, use a larger tp or a smaller "
            "pp, or shorten the requests"
        )


def frontend_latency_s(spec: SimulationSpec, cost_model: object = None) -> float:
    """Per-request latency outside the engine loop: the spec's engine's, else the cost
    model's engine's (an explicit batching policy leaves ``spec.engine`` unset while the
    cost model, and so the mean-value model's TTFT, still carries it), else 0."""
    engine = spec.engine if spec.engine is not None else getattr(cost_model, "engine", None)
    return float(engine.frontend_latency_s) if engine is not None else 0.0


def simulate(
    spec: SimulationSpec,
    requests: pd.DataFrame,
    slo: SloSpec | None = None,
    timer: BaseIterationTimer | None = None,
    cost_model: RooflineCostModel | None = None,
    concurrency: int | None = None,
    stagger_s: float = 0.0,
    stagger_wave: int = 0,
) -> SimulationResult:
    """Run ``requests`` (columns arrival_time_s, input_tokens, output_tokens) through ``spec``.

    ``timer`` gives each iteration's duration; None prices it with ``cost_model`` (the
    roofline of ``spec`` by default; e.g. a ``TableCostModel``) through
    ``CostModelTimer``. ``servesolve.replay.ReplayTimer`` runs it on a real model.

    ``concurrency`` (a closed loop, as a benchmark client at fixed concurrency): that many
    clients all send their first request at t=0 and each sends its next one the instant
    its previous one finishes. Client ``c`` sends rows ``c, c + concurrency, ...`` of
    ``requests`` in table order; ``arrival_time_s`` is ignored and the result's arrival
    times are the send times. None: an open loop at the table's arrival times.
    ``stagger_s`` and ``stagger_wave``: client ``c`` sends its request of wave
    ``stagger_wave`` (its ``stagger_wave``-th, from 0) ``c * stagger_s`` later than it
    would. Identical requests sent together stay in lock-step forever in a deterministic
    simulation, while real clients drift apart within a few requests (network and host
    jitter); spreading one wave's sends over a request's duration models that drift
    (wave 0: from the start; wave 1: after a synchronized first wave, as a benchmark
    whose measured phase starts all clients at once).

    A request reaches the scheduler ``spec.engine.frontend_latency_s`` after it is sent
    (API server, tokenisation); latencies count from the send.
    """
    import time

    start_wall = time.perf_counter()
    if concurrency is None:
        order = np.argsort(requests["arrival_time_s"].to_numpy(), kind="stable")
        requests = requests.iloc[order].reset_index(drop=True)
    elif concurrency < 1:
        raise ValueError(f"concurrency={concurrency}: give at least 1 client, or None")
    else:
        requests = requests.reset_index(drop=True).assign(arrival_time_s=np.nan)
    state = RequestState(requests)
    replicas = build_engines(spec, state, timer, cost_model)
    engines = [e for engines in replicas for e in engines]
    check_fits(state, replicas, spec)
    if timer is not None:
        timer.prepare(spec, state, engines)
    router = ROUTERS[spec.router]()
    events = EventQueue()
    frontend = frontend_latency_s(spec, cost_model)
    if concurrency is not None:
        if stagger_s < 0:
            raise ValueError(f"stagger_s={stagger_s}: give a delay >= 0")
        first = min(concurrency, state.num_requests)
        for rid in range(first):
            sent = rid * stagger_s if stagger_wave == 0 else 0.0
            state.arrival_s[rid] = sent
            events.push(sent + frontend, EventKind.ARRIVAL, rid)
    elif state.num_requests:
        events.push(float(state.arrival_s[0]) + frontend, EventKind.ARRIVAL, 0)
    num_arrived = 0
    wake_pending: set[int] = set()  # engines with a WAKE in the queue

    def request_wake(engine: Engine, now: float) -> None:
        if engine.engine_id not in wake_pending:
            wake_pending.add(engine.engine_id)
            events.push(now, EventKind.WAKE, engine)

    while len(events):
        now, kind, payload = events.pop()
        if kind is EventKind.ARRIVAL:
            rid = payload
            replica = router.pick(replicas)
            engine = min(replicas[replica], key=lambda e: e.outstanding_tokens)
            state.replica[rid] = replica
            engine.add(rid)
            num_arrived += 1
            next_arrival = rid + 1
            if concurrency is None and next_arrival < state.num_requests:
                events.push(
                    float(state.arrival_s[next_arrival]) + frontend,
                    EventKind.ARRIVAL,
                    next_arrival,
                )
            elif num_arrived == state.num_requests:
                for e in engines:
                    e.arrivals_done = True
                    if not e.busy:
                        request_wake(e, now)
            if not engine.busy:
                request_wake(engine, now)
        elif kind is EventKind.WAKE:
            engine = payload
            wake_pending.discard(engine.engine_id)
            if not engine.busy:
                end = engine.start(now)
                if end is not None:
                    events.push(end, EventKind.ITERATION_DONE, engine)
        else:
            engine = payload
            plan = engine.in_flight
            engine.complete(now)
            engine.busy = False
            request_wake(engine, now)
            if concurrency is not None and plan is not None:
                touched = np.concatenate([plan.prefill_ids, plan.decode_ids])
                for rid in touched[state.finish_s[touched] == now] + concurrency:
                    if rid < state.num_requests:  # the client's next request, sent now
                        sent = now
                        if rid // concurrency == stagger_wave:
                            sent += (rid % concurrency) * stagger_s
                        state.arrival_s[rid] = sent
                        events.push(sent + frontend, EventKind.ARRIVAL, int(rid))

    unfinished = int(np.isnan(state.finish_s).sum())
    if unfinished:
        raise RuntimeError(f"simulation ended with {unfinished} unfinished requests")
    check_outstanding_tokens(engines)
    table = state.table()
    iterations = pd.concat(
        [
            pd.DataFrame(vars(e.log)).assign(
                replica=e.replica_id, engine=e.engine_id, num_blocks=e.num_blocks
            )
            for e in engines
        ],
        ignore_index=True,
    )
    metrics = summarize(table, iterations, spec, slo)
    return SimulationResult(table, iterations, metrics, time.perf_counter() - start_wall)
