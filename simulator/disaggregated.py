"""Disaggregated serving: a prefill pool and a decode pool, the KV cache moved between them.

One mechanism serves two papers:

* DistServe (Zhong et al., OSDI 2024): separate prefill and decode instances, so decodes
  never wait behind a prompt; each request's KV cache crosses the link once.
* ExeGPT's workload-aware allocation (WAA; Oh et al., ASPLOS 2024): some GPUs encode, the
  rest decode, asynchronously; the decode pool pipelines ``decode_micro_batches`` (B_m)
  micro-batches over its stages. WAA-C and WAA-M are two ways of choosing the GPU split;
  here the split is an input (``DisaggregatedSpec``), chosen elsewhere. For a
  decoder-only model WAA keeps a second copy of the weights; nothing models that here
  because memory is already accounted per pool (each pool holds its own weights).

Flow of a request: arrival -> the router picks a prefill replica -> a prefill-only
iteration (whole prompts, FIFO, up to ``prefill_max_batched_tokens`` and free KV blocks)
samples its first token (TTFT) -> its prefill KV is freed and the KV of its context
(every decoder layer; for an encoder-decoder model the encoder output's cross-attention
K/V) is sent to the decode replica with the fewest outstanding tokens -> after the
transfer it joins that engine's queue -> decode-only iterations (continuous batching of
decodes, early exit at its own output length) produce its other tokens. An
encoder-decoder model (T5) needs nothing special: the cost model prices the encoder
pass for prefill tokens and the decoder for decode steps.

Transfer time: with ``kv_link_gb_per_s`` unset, the calibrated NCCL send/recv model
(``costs.comm``) over the cluster's NVLink when both pools fit in one node, else over
the per-GPU NIC (two nodes); with it set, a plain ``bytes / (GB/s x 1e9)``. The KV
moves over ``min(tp_prefill, tp_decode, kv_heads)`` GPU pairs at once, each carrying an
equal share. Transfers do not contend with each other or with the iterations.

Decode-side memory: a request is admitted only when the engine has free blocks for its
transferred context plus the token it writes next; running requests grow first. When a
growing batch runs out of blocks the youngest request is evicted as in vLLM, but its
recomputation happens where prompts are computed: it goes back to the prefill pool,
re-prefills its input plus generated tokens and is transferred again (counted in
``preemptions``). No decode engine ever runs a prefill.

Micro-batches: a decode replica of ``pp`` stages runs B_m engines (like vLLM's virtual
engines for ``pp``), each with ``max_num_seqs / B_m`` sequences and ``1 / B_m`` of the
KV cache. An engine's iteration takes ``max(latency, B_m x stage)``, ``stage`` being the
cost model's mean stage time ``(period - overhead) / pp`` (plus the overhead): exactly
the cost model's period when ``B_m = pp``, one micro-batch's latency when ``B_m = 1``.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from servesolve.costs.comm import comm_model
from servesolve.costs.memory import kv_bytes_per_token_per_gpu, memory_budget
from servesolve.costs.roofline import BatchShape, IterationTime, ReplicaConfig, RooflineCostModel
from servesolve.simulator.engine import Engine
from servesolve.simulator.event_queue import EventKind, EventQueue
from servesolve.simulator.metrics import summarize
from servesolve.simulator.policies.base_policy import EMPTY_IDS, BaseBatchingPolicy, IterationPlan
from servesolve.simulator.request_state import RequestState
from servesolve.simulator.router import ROUTERS
from servesolve.simulator.simulation import (
    ReplicaGroupSpec,
    SimulationResult,
    SimulationSpec,
    check_outstanding_tokens,
    frontend_latency_s,
)
from servesolve.specs.slo import SloSpec


@dataclass(frozen=True)
class DisaggregatedSpec:
    """The two pools of a disaggregated plan and how they hand requests over.

    ``decode_micro_batches`` is ExeGPT's B_m; ``prefill_max_batched_tokens`` its encoder
    batch B_E in tokens (whole prompts); ``kv_link_gb_per_s`` overrides the link (then a
    plain bandwidth model is used).
    """

    prefill_groups: tuple[ReplicaGroupSpec, ...]
    decode_groups: tuple[ReplicaGroupSpec, ...]
    decode_micro_batches: int = 1
    prefill_max_batched_tokens: int = 8192
    kv_link_gb_per_s: float | None = None

    def __post_init__(self) -> None:
        if not self.prefill_groups or not self.decode_groups:
            raise ValueError("disaggregation needs at least one prefill and one decode group")
        for group in (*self.prefill_groups, *self.decode_groups):
            if min(group.tp, group.pp, group.max_num_seqs, group.count) < 1:
                raise ValueError(f"replica group {group}: tp, pp, max_num_seqs, count must be >= 1")
        if self.decode_micro_batches < 1:
            raise ValueError(
                f"decode_micro_batches (B_m) must be >= 1, got {self.decode_micro_batches}"
            )
        if self.prefill_max_batched_tokens < 1:
            raise ValueError(
                f"prefill_max_batched_tokens must be >= 1, got {self.prefill_max_batched_tokens}"
            )
        if self.kv_link_gb_per_s is not None and not (
            math.isfinite(self.kv_link_gb_per_s) and self.kv_link_gb_per_s > 0
        ):
            raise ValueError(f"kv_link_gb_per_s must be positive, got {self.kv_link_gb_per_s}")

    @property
    def num_gpus(self) -> int:
        return sum(g.tp * g.pp * g.count for g in (*self.prefill_groups, *self.decode_groups))


class MicroBatchCostModel(RooflineCostModel):
    """Iteration times of one of ``micro_batches`` micro-batches sharing a replica's stages."""

    def __init__(self, base: RooflineCostModel, micro_batches: int) -> None:
        super().__init__(base.model, base.cluster, base.iteration_overhead_s)
        self.base = base  # any cost model (the roofline, or measured kernels)
        self.micro_batches = micro_batches

    def iteration_time(self, config: ReplicaConfig, shape: BatchShape) -> IterationTime:
        t = self.base.iteration_time(config, shape)
        overhead = self.iteration_overhead_s
        stage_s = (t.period_s - overhead) / config.pp
        return IterationTime(t.latency_s, max(t.latency_s, self.micro_batches * stage_s + overhead))


class PrefillOnly(BaseBatchingPolicy):
    """Prefill-only iterations of whole prompts; finished prompts are handed off."""

    name = "prefill_only"

    def __init__(self) -> None:
        self.handoffs: list[int] = []  # requests whose KV leaves at the last iteration's end

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        return engine.prefill_plan(engine.max_num_seqs)

    def complete(self, engine: Engine, plan: IterationPlan, now_s: float) -> None:
        engine.apply_tokens(plan, now_s)  # first tokens; 1-token outputs finish here
        s = engine.state
        ids = plan.prefill_ids[np.isnan(s.finish_s[plan.prefill_ids])]
        engine.free_blocks += int(s.blocks[ids].sum())
        s.blocks[ids] = 0
        gone = set(ids.tolist())
        engine.running = [r for r in engine.running if r not in gone]
        # apply_tokens took off the prompt and the token this iteration sampled; what
        # add() counted beyond them is the output still to come, which the decode engine
        # counts from now on.
        engine.outstanding_tokens -= int(s.remaining_tokens(ids).sum())
        self.handoffs.extend(ids.tolist())


class DecodeOnly(BaseBatchingPolicy):
    """Decode-only continuous batching of transferred requests; evicts back to prefill."""

    name = "decode_only"

    def __init__(self) -> None:
        self.evicted: list[int] = []  # requests to recompute on the prefill pool

    def schedule(self, engine: Engine, now_s: float) -> IterationPlan | None:
        s = engine.state
        decode_ids = engine.reserve_decode_blocks()  # the youngest are evicted when short
        while (
            engine.waiting and s.prefilled[engine.waiting[0]] < s.prompt_tokens[engine.waiting[0]]
        ):
            rid = engine.waiting.popleft()
            engine.outstanding_tokens -= int(s.remaining_tokens(np.asarray([rid]))[0])
            self.evicted.append(rid)
        admitted: list[int] = []
        while engine.waiting and len(engine.running) < engine.max_num_seqs:
            rid = engine.waiting[0]
            need = -(-(int(s.kv_tokens(np.asarray([rid]))[0]) + 1) // engine.block_size)
            need -= int(s.blocks[rid])
            if need > engine.free_blocks:
                break
            s.blocks[rid] += need
            engine.free_blocks -= need
            engine.admit_next()
            admitted.append(rid)
        if admitted:
            decode_ids = np.concatenate([decode_ids, np.asarray(admitted, dtype=np.int64)])
        if not len(decode_ids):
            return None
        return engine.token_plan(EMPTY_IDS, EMPTY_IDS, decode_ids)


@dataclass(frozen=True)
class KvArrival:
    """A request's KV cache has reached ``engine``."""

    rid: int
    engine: Engine


def _kv_capacity_tokens(spec: SimulationSpec, group: ReplicaGroupSpec, batched: int) -> int:
    if spec.kv_capacity_tokens is not None:
        return spec.kv_capacity_tokens
    return memory_budget(
        spec.model,
        spec.cluster.gpu,
        group.tp,
        group.pp,
        batched,
        spec.gpu_memory_utilization,
        spec.runtime_reserve_gib,
    ).kv_capacity_tokens


def _build_pool(
    spec: SimulationSpec,
    groups: tuple[ReplicaGroupSpec, ...],
    state: RequestState,
    prefill: bool,
    micro_batches: int,
    max_batched_tokens: int,
    first_engine: int,
    first_replica: int,
    base: RooflineCostModel,
) -> list[list[Engine]]:
    """Replicas of one pool: ``pp`` engines each (prefill) or ``micro_batches`` (decode),
    priced by ``base``."""
    cost_model = base if prefill else MicroBatchCostModel(base, micro_batches)
    replicas: list[list[Engine]] = []
    next_engine = first_engine
    for group in groups:
        engines_per_replica = group.pp if prefill else micro_batches
        batched = max_batched_tokens if prefill else group.max_num_seqs
        capacity = _kv_capacity_tokens(spec, group, batched)
        blocks = capacity // spec.block_size // engines_per_replica
        if blocks < 1:
            raise ValueError(
                f"{'prefill' if prefill else 'decode'} replica TP{group.tp}xPP{group.pp}: no "
                f"KV blocks per engine ({capacity} tokens for {engines_per_replica} engines)"
            )
        for _ in range(group.count):
            replica = []
            for _ in range(engines_per_replica):
                replica.append(
                    Engine(
                        engine_id=next_engine,
                        replica_id=first_replica + len(replicas),
                        config=ReplicaConfig(group.tp, group.pp),
                        cost_model=cost_model,
                        policy=PrefillOnly() if prefill else DecodeOnly(),
                        state=state,
                        num_blocks=blocks,
                        block_size=spec.block_size,
                        max_num_seqs=math.ceil(group.max_num_seqs / engines_per_replica),
                        max_num_batched_tokens=max_batched_tokens,
                    )
                )
                next_engine += 1
            replicas.append(replica)
    return replicas


class KvTransfer:
    """Time to move a request's KV cache from a prefill to a decode replica."""

    def __init__(self, spec: SimulationSpec, dspec: DisaggregatedSpec) -> None:
        model, cluster = spec.model, spec.cluster
        self.bytes_per_token = kv_bytes_per_token_per_gpu(model, 1, 1)  # all layers, all heads
        self.link_gb_per_s = dspec.kv_link_gb_per_s
        self.num_nodes = 1 if dspec.num_gpus <= cluster.gpus_per_node else 2
        link = cluster.intra_node_gb_per_s if self.num_nodes == 1 else cluster.inter_node_gb_per_s
        self.comm = comm_model(cluster.gpu.name, "send_recv", 2, self.num_nodes, link)
        self.kv_heads = model.kv_heads

    def time_s(self, context_tokens: int, prefill_tp: int, decode_tp: int) -> float:
        streams = min(prefill_tp, decode_tp, self.kv_heads)
        size_bytes = context_tokens * self.bytes_per_token / streams
        if self.link_gb_per_s is not None:
            return size_bytes / (self.link_gb_per_s * 1e9)
        return float(self.comm.time_s(size_bytes))


def _check_fits(
    state: RequestState, pools: tuple[list[list[Engine]], ...], block_size: int
) -> None:
    """Every request's whole context must fit one engine of each pool (else it never runs)."""
    if not state.num_requests:
        return
    longest = int((state.input_tokens + state.output_tokens).max())
    need = -(-longest // block_size)
    for name, pool in zip(("prefill", "decode"), pools, strict=True):
        smallest = min(e.num_blocks for engines in pool for e in engines)
        if need > smallest:
            raise ValueError(
                f"a request of {longest} tokens needs {need} KV blocks but a {name} engine "
                f"holds {smallest}: give the {name} pool more memory or fewer micro-batches"
            )


def simulate_disaggregated(
    spec: SimulationSpec,
    dspec: DisaggregatedSpec,
    requests: pd.DataFrame,
    slo: SloSpec | None = None,
    cost_model: RooflineCostModel | None = None,
) -> SimulationResult:
    """Run ``requests`` through the pools of ``dspec`` (``spec`` gives model, cluster,
    router, KV blocks and overheads; its ``replicas``, ``policy`` and token budget are
    not used), priced by ``cost_model`` (default: the roofline of ``spec``). The result is ``simulate``'s, with ``decode_replica`` added to the
    request table and ``pool`` to the iteration table; replicas are numbered prefill
    first. A request reaches the prefill pool the engine's frontend latency after it is
    sent; latencies count from the send."""
    start_wall = time.perf_counter()
    order = np.argsort(requests["arrival_time_s"].to_numpy(), kind="stable")
    requests = requests.iloc[order].reset_index(drop=True)
    state = RequestState(requests)
    if cost_model is None:
        cost_model = RooflineCostModel(spec.model, spec.cluster, spec.iteration_overhead_s)
    # the request reaches the prefill pool this late
    frontend = frontend_latency_s(spec, cost_model)
    prefill = _build_pool(
        spec,
        dspec.prefill_groups,
        state,
        True,
        1,
        dspec.prefill_max_batched_tokens,
        0,
        0,
        cost_model,
    )
    num_prefill_engines = sum(len(r) for r in prefill)
    decode = _build_pool(
        spec,
        dspec.decode_groups,
        state,
        False,
        dspec.decode_micro_batches,
        max(g.max_num_seqs for g in dspec.decode_groups),
        num_prefill_engines,
        len(prefill),
        cost_model,
    )
    _check_fits(state, (prefill, decode), spec.block_size)
    engines = [e for pool in (prefill, decode) for r in pool for e in r]
    is_prefill = {e.engine_id: e.engine_id < num_prefill_engines for e in engines}
    router = ROUTERS[spec.router]()
    transfer = KvTransfer(spec, dspec)
    decode_replica = np.full(state.num_requests, -1, dtype=np.int64)
    events = EventQueue()
    if state.num_requests:
        events.push(float(state.arrival_s[0]) + frontend, EventKind.ARRIVAL, 0)

    def to_prefill(rid: int, now: float) -> None:
        replica = router.pick(prefill)
        engine = min(prefill[replica], key=lambda e: e.outstanding_tokens)
        state.replica[rid] = prefill[replica][0].replica_id
        engine.add(rid)
        wake(engine, now)

    def to_decode(rid: int, source: Engine, now: float) -> None:
        loads = [sum(e.outstanding_tokens for e in r) for r in decode]
        replica = decode[loads.index(min(loads))]
        engine = min(replica, key=lambda e: e.outstanding_tokens)
        decode_replica[rid] = engine.replica_id
        # Counted as soon as it is chosen so that back-to-back handoffs spread out.
        engine.outstanding_tokens += int(state.remaining_tokens(np.asarray([rid]))[0])
        context = int(state.prefilled[rid])  # the prompt just prefilled: all its K/V
        done = now + transfer.time_s(context, source.config.tp, engine.config.tp)
        events.push(done, EventKind.ARRIVAL, KvArrival(rid, engine))

    def wake(engine: Engine, now: float) -> None:
        if engine.busy:
            return
        end = engine.start(now)
        if end is not None:
            events.push(end, EventKind.ITERATION_DONE, engine)
        if not is_prefill[engine.engine_id]:
            evicted = engine.policy.evicted  # type: ignore[attr-defined]
            while evicted:
                to_prefill(evicted.pop(0), now)

    while len(events):
        now, kind, payload = events.pop()
        if isinstance(payload, KvArrival):
            payload.engine.waiting.append(payload.rid)
            wake(payload.engine, now)
        elif kind is EventKind.ARRIVAL:
            rid = payload
            if rid + 1 < state.num_requests:
                events.push(float(state.arrival_s[rid + 1]) + frontend, EventKind.ARRIVAL, rid + 1)
            to_prefill(rid, now)
        else:
            engine = payload
            engine.complete(now)
            engine.busy = False
            if is_prefill[engine.engine_id]:
                handoffs = engine.policy.handoffs  # type: ignore[attr-defined]
                for rid in handoffs:
                    to_decode(rid, engine, now)
                handoffs.clear()
            wake(engine, now)

    unfinished = int(np.isnan(state.finish_s).sum())
    if unfinished:
        raise RuntimeError(f"disaggregated simulation ended with {unfinished} unfinished requests")
    check_outstanding_tokens(engines)
    table = state.table()
    table.insert(table.columns.get_loc("replica") + 1, "decode_replica", decode_replica)
    iterations = pd.concat(
        [
            pd.DataFrame(vars(e.log)).assign(
                replica=e.replica_id,
                engine=e.engine_id,
                num_blocks=e.num_blocks,
                pool="prefill" if is_prefill[e.engine_id] else "decode",
            )
            for e in engines
        ],
        ignore_index=True,
    )
    pools = replace(spec, replicas=(*dspec.prefill_groups, *dspec.decode_groups))
    metrics = summarize(table, iterations, pools, slo)
    return SimulationResult(table, iterations, metrics, time.perf_counter() - start_wall)
