"""Serving-engine schedulers in the simulator: exact iteration sequences on tiny cases.

Every iteration takes one second (a constant timer), so each request's TTFT is a count of
iterations and the iteration table can be checked by hand. The KV cache is large enough
never to bind (``kv_capacity_tokens``); ``max_num_batched_tokens`` is the budget.
"""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from helpers import CLUSTER, MODEL, OVERHEAD_S, requests

from servesolve.costs.memory import memory_budget
from servesolve.costs.roofline import BatchShape
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate
from servesolve.simulator.engine import BaseIterationTimer, Engine
from servesolve.simulator.policies.base_policy import IterationPlan
from servesolve.simulator.policies.chunked_prefill import ChunkedPrefill
from servesolve.simulator.policies.sglang import SglangPrefillFirst
from servesolve.simulator.policies.trtllm import TrtllmInflightBatching
from servesolve.simulator.policies.vllm_v0 import VllmV0
from servesolve.simulator.request_state import RequestState
from servesolve.simulator.simulation import _policy, build_engines
from servesolve.specs.catalog import load_engine
from servesolve.specs.hardware import GIB

#: (arrival s, input tokens, output tokens): two prompts at t=0 that overflow a budget of
#: 100 together, and a third arriving mid-iteration.
THREE = [(0.0, 60, 3), (0.0, 50, 2), (1.5, 30, 2)]


class OneSecond(BaseIterationTimer):
    """Every iteration takes 1 s; keeps each plan's cost-model shape."""

    def __init__(self) -> None:
        self.shapes: list[BatchShape] = []

    def duration_s(self, engine: Engine, plan: IterationPlan, now_s: float) -> float:
        self.shapes.append(plan.shape)
        return 1.0


def engine_of(name: str):
    """A shipped engine with no frontend latency: the exact cases below time the scheduler
    alone (the frontend latency has its own test)."""
    return dataclasses.replace(load_engine(name), frontend_latency_s=0.0)


def _run(rows, engine=None, model=MODEL, budget=100, **kw):
    sim = SimulationSpec(
        model,
        CLUSTER,
        (ReplicaGroupSpec(1, 1, 64),),
        max_num_batched_tokens=budget,
        iteration_overhead_s=OVERHEAD_S,
        kv_capacity_tokens=1 << 16,
        engine=engine,
        **kw,
    )
    timer = OneSecond()
    result = simulate(sim, requests(rows), timer=timer)
    return result, timer


def _columns(result) -> tuple[list[float], list[float]]:
    it = result.iterations
    return it.prefill_tokens.tolist(), it.decode_seqs.tolist()


def test_vllm_v0_runs_prefill_only_iterations_of_whole_prompts() -> None:
    """32K context: no chunking. It 0 prefills r0 (60; r1's 50 overflows the 40 left and
    waits, FCFS); it 1 prefills r1 alone (r0's decode pauses); it 2 prefills r2, which
    arrived at 1.5; it 3 decodes all three (r1, r2 done); it 4 decodes r0."""
    model = dataclasses.replace(MODEL, max_context_tokens=32 * 1024)
    result, _ = _run(THREE, engine_of("vllm-0.6"), model=model)
    assert _columns(result) == ([60, 50, 30, 0, 0], [0, 0, 0, 3, 1])
    assert result.requests.ttft_s.tolist() == [1.0, 2.0, 1.5]
    assert result.requests.finish_time_s.tolist() == [5.0, 4.0, 4.0]


def test_vllm_v0_chunks_with_512_tokens_beyond_32k_context() -> None:
    """131K context: chunked prefill with vLLM 0.6's 512-token budget (the spec's 8192 is
    not used). It 0: 512 of r0's 700; it 1: r0's last 188 and 324 of r1's 400; it 2: r0
    decodes (1 token) and r1's last 76; it 3: r1 decodes."""
    assert MODEL.max_context_tokens > 32 * 1024
    result, _ = _run([(0.0, 700, 2), (0.0, 400, 2)], engine_of("vllm-0.6"), budget=8192)
    assert _columns(result) == ([512, 512, 76, 0], [0, 0, 1, 1])
    assert result.requests.ttft_s.tolist() == [2.0, 3.0]


def test_vllm_v1_mixes_decodes_and_chunks_within_the_budget() -> None:
    """It 0: r0 (60) and 40 of r1; it 1: r0 decodes (1 of the budget), r1's last 10; it 2:
    r0 and r1 decode, r2 (arrived at 1.5) prefills 30; it 3: r2 decodes."""
    result, _ = _run(THREE, engine_of("vllm"))
    assert _columns(result) == ([100, 10, 30, 0], [0, 1, 2, 1])
    assert result.requests.ttft_s.tolist() == [1.0, 2.0, 1.5]


def test_frontend_latency_delays_admission_and_counts_in_ttft_only() -> None:
    """With 0.25 s outside the engine loop, every request reaches the scheduler 0.25 s after
    it is sent: the same iterations run 0.25 s later, TTFT and E2E grow by exactly 0.25 s,
    TPOT is unchanged and the reported arrival times stay the send times."""
    engine = engine_of("vllm")
    base, _ = _run(THREE, engine)
    late, _ = _run(THREE, dataclasses.replace(engine, frontend_latency_s=0.25))
    assert _columns(late) == _columns(base)
    assert late.requests.arrival_time_s.tolist() == [0.0, 0.0, 1.5]
    assert late.requests.ttft_s.tolist() == [1.25, 2.25, 1.75]
    assert np.allclose(late.requests.e2e_s, base.requests.e2e_s + 0.25)
    assert np.allclose(late.requests.tpot_s, base.requests.tpot_s, equal_nan=True)


def test_sglang_prefills_first_and_chunks_the_last_prompt() -> None:
    """It 0: r0 (60) and 40 of r1 (chunked at the budget); it 1: r1's last 10 alone while
    r0's decode pauses; it 2: r2 (30); it 3: all three decode; it 4: r0."""
    result, _ = _run(THREE, engine_of("sglang"))
    assert _columns(result) == ([100, 10, 30, 0, 0], [0, 0, 0, 3, 1])
    assert result.requests.ttft_s.tolist() == [1.0, 2.0, 1.5]


def test_trtllm_counts_generation_tokens_and_blocks_behind_a_prompt_fcfs() -> None:
    """Budget 100. It 0: r0 (60); r1 (100) does not fit the 40 left. Its 1-2: r0's
    generation token leaves 99, so r1 still waits, and r2 (20) waits behind it (FCFS).
    It 3: r0 done, r1 alone (100); it 4: r1 decodes (1) and r2 prefills (20); it 5: r2."""
    rows = [(0.0, 60, 3), (0.0, 100, 2), (0.0, 20, 2)]
    result, _ = _run(rows, engine_of("trtllm"))
    assert _columns(result) == ([60, 0, 0, 100, 20, 0], [0, 1, 1, 0, 1, 1])
    assert result.requests.ttft_s.tolist() == [1.0, 4.0, 5.0]


def test_trtllm_mixes_whole_prompts_with_generation() -> None:
    """It 0: r0 (60; r1's 50 > 40 waits); it 1: r0 decodes, r1 (50) prefills whole; it 2:
    both decode, r2 (30) prefills; it 3: r2 decodes."""
    result, _ = _run(THREE, engine_of("trtllm"))
    assert _columns(result) == ([60, 50, 30, 0], [0, 1, 2, 1])
    assert result.requests.ttft_s.tolist() == [1.0, 2.0, 1.5]


def test_continuous_does_not_block_a_prompt_behind_running_decodes() -> None:
    """Budget 64: four requests (10 in, 20 out) at t=0, then a 62-token prompt at 0.5.
    Charging the 4 running decodes against the budget left 60 < 62 and held the prompt
    until they had finished (it 20); vLLM 0.6 prefills it alone at it 1, decodes paused."""
    rows = [(0.0, 10, 20)] * 4 + [(0.5, 62, 2)]
    result, _ = _run(rows, budget=64, policy="continuous")
    prefill, decode = _columns(result)
    assert (prefill[:3], decode[:3]) == ([40, 62, 0], [0, 0, 5])
    assert result.requests.ttft_s.iloc[4] == 1.5


def test_decode_only_iterations_run_as_padded_cuda_graphs() -> None:
    """vLLM V1 with graphs for 1, 2, 4, 8 sequences. It 0 prefills 3 prompts (eager); it 1
    decodes 3 (padded to 4); it 2 mixes 3 decodes with r3's prompt (eager); it 3 decodes
    r3 alone (1, a captured size). Without an engine nothing is padded."""
    engine = dataclasses.replace(engine_of("vllm"), cuda_graph_capture_sizes=(1, 2, 4, 8))
    rows = [(0.0, 10, 3)] * 3 + [(1.5, 10, 2)]
    result, timer = _run(rows, engine)
    it = result.iterations
    assert _columns(result) == ([30, 0, 10, 0], [0, 3, 3, 1])
    assert it.prefill_seqs.tolist() == [3, 0, 1, 0]
    assert it.graph_seqs.tolist() == pytest.approx([np.nan, 4, np.nan, 1], nan_ok=True)
    assert [s.graph_seqs for s in timer.shapes] == [None, 4, None, 1]
    assert [s.prefill_seqs for s in timer.shapes] == [3, 0, 1, 0]
    plain, timer = _run(rows, policy="chunked_prefill")
    assert _columns(plain) == _columns(result)
    assert plain.iterations.graph_seqs.isna().all()
    assert [s.graph_seqs for s in timer.shapes] == [None] * 4


def test_the_engine_picks_the_scheduler() -> None:
    sim = SimulationSpec(MODEL, CLUSTER, (ReplicaGroupSpec(1, 1, 8),), policy="static")
    picks = {
        name: _policy(dataclasses.replace(sim, engine=load_engine(name)))
        for name in ("vllm", "vllm-0.6", "sglang", "trtllm")
    }
    assert type(picks["vllm"]) is ChunkedPrefill
    assert type(picks["vllm-0.6"]) is VllmV0 and picks["vllm-0.6"].chunked  # 131K context
    assert type(picks["sglang"]) is SglangPrefillFirst
    assert type(picks["trtllm"]) is TrtllmInflightBatching


def test_memory_budget_without_an_engine_is_unchanged() -> None:
    gpu = CLUSTER.gpu
    m = memory_budget(MODEL, gpu, 2, 1, 4096, 0.9, 1.0)
    assert m.engine_reserve_bytes == 0.0
    assert m.usable_bytes == 0.9 * gpu.memory_bytes
    assert m.kv_cache_bytes == (
        m.usable_bytes - m.weights_bytes - m.activation_bytes - m.runtime_reserve_bytes
    )
    assert memory_budget(MODEL, gpu, 2, 1, 4096, 0.9, 1.0, engine=None) == m


@pytest.mark.parametrize(("tp", "reserved_gib"), [(1, 0.5), (2, 0.75)])
def test_memory_budget_reserves_the_engine_graphs_and_comm_buffers(
    tp: int, reserved_gib: float
) -> None:
    """Usable memory is the engine's share (0.8, not the argument's 0.9); CUDA graphs
    (0.5 GiB) always and comm buffers (0.25 GiB) with tp > 1 come off the KV cache."""
    gpu = CLUSTER.gpu
    engine = dataclasses.replace(
        engine_of("vllm"),
        gpu_memory_utilization=0.8,
        cuda_graph_memory_gib=0.5,
        comm_buffer_gib=0.25,
    )
    with_engine = memory_budget(MODEL, gpu, tp, 1, 4096, 0.9, 1.0, engine=engine)
    same = memory_budget(MODEL, gpu, tp, 1, 4096, 0.8, 1.0 + reserved_gib)
    assert with_engine.usable_bytes == 0.8 * gpu.memory_bytes
    assert with_engine.engine_reserve_bytes == reserved_gib * GIB
    assert with_engine.kv_cache_bytes == same.kv_cache_bytes
    assert with_engine.needed_without_kv_bytes == same.needed_without_kv_bytes
    assert with_engine.kv_capacity_tokens == same.kv_capacity_tokens
    # build_engines sizes the KV blocks with the engine's budget
    sim = SimulationSpec(
        MODEL, CLUSTER, (ReplicaGroupSpec(tp, 1, 8),), max_num_batched_tokens=4096, engine=engine
    )
    (replica,) = build_engines(sim, RequestState(requests([(0.0, 1, 1)])))
    assert replica[0].num_blocks == same.kv_capacity_tokens // sim.block_size
    assert replica[0].engine_spec is engine
