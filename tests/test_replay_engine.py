"""Replay: the simulator's scheduler driving a real (tiny, CPU) model.

Llama-3.1-8B's structure at 2 layers and hidden 256 (``scale=16``) serves short seeded
traces under each batching policy; every request must get measured latencies, exactly
its output length in generated tokens, and its KV blocks back at the end. Greedy outputs
are checked against a cache-free forward pass, through chunked prefill and recompute
preemption.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd
import pytest
import torch
from helpers import CLUSTER, MODEL

from servesolve.errors import SpecError
from servesolve.replay import ReplayTimer, build_model
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate
from servesolve.specs import catalogue_entry, model_from_config

NUM_REQUESTS = 30


@pytest.fixture(autouse=True)
def _one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


@pytest.fixture(scope="module")
def llama():
    """Llama-3.1-8B's structure, 2 layers, hidden 256, random weights."""
    return build_model(MODEL, num_layers=2, scale=16, seed=0)


def _trace(n: int = NUM_REQUESTS, seed: int = 1, gap_s: float = 0.01) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "arrival_time_s": np.cumsum(rng.exponential(gap_s, n)),
            "input_tokens": rng.integers(8, 64, n),
            "output_tokens": rng.integers(2, 12, n),
        }
    )


def _spec(model, policy: str, **kw) -> SimulationSpec:
    kw.setdefault("replicas", (ReplicaGroupSpec(1, 1, 8),))
    kw.setdefault("kv_capacity_tokens", 4096)
    return SimulationSpec(model.spec, CLUSTER, policy=policy, **kw)


def _greedy(model, input_tokens: list[int], steps: int) -> list[int]:
    """Greedy continuation by full forward passes (no cache)."""
    tokens = list(input_tokens)
    for _ in range(steps):
        tokens.append(int(model.forward_reference(tokens)[-1].argmax()))
    return tokens[len(input_tokens) :]


def _check_replay(result, timer: ReplayTimer, model, realtime: bool = False) -> None:
    table = result.requests
    assert (table["ttft_s"] > 0).all()
    assert (table["tpot_s"] > 0).all()  # every output is >= 2 tokens
    assert (table["e2e_s"] >= table["ttft_s"]).all()
    np.testing.assert_array_equal(timer.generated_counts(), table["output_tokens"].to_numpy())
    assert model.cached_requests == set()
    assert model.cache.free_blocks == model.cache.num_blocks
    measured = timer.iterations["measured_s"].to_numpy()
    assert (measured > 0).all()
    durations = result.iterations["duration_s"].to_numpy()
    if realtime:  # wall time, scheduler overhead included
        assert (durations >= measured).all()
    else:
        np.testing.assert_allclose(durations, measured)
    assert result.metrics["throughput_rps"] > 0


@pytest.mark.parametrize(
    ("policy", "batched_tokens"), [("continuous", 512), ("chunked_prefill", 48)]
)
def test_replay_measures_every_request(llama, policy, batched_tokens):
    timer = ReplayTimer(llama, seed=7)
    spec = _spec(llama, policy, max_num_batched_tokens=batched_tokens)
    result = simulate(spec, _trace(), timer=timer)
    _check_replay(result, timer, llama)
    if policy == "chunked_prefill":  # prompts longer than the budget were split
        assert (timer.iterations["prefill_tokens"] <= batched_tokens).all()
        assert result.requests["input_tokens"].max() > batched_tokens
    # The tokens are the model's greedy continuation of each request's input.
    for rid in (0, NUM_REQUESTS - 1):
        rng = np.random.default_rng([7, rid])
        n_in = int(result.requests["input_tokens"][rid])
        inputs = rng.integers(1, llama.spec.vocab_size, n_in).tolist()
        out = timer.output_tokens(rid)
        assert out == _greedy(llama, inputs, len(out))


def test_replay_survives_recompute_preemption(llama):
    timer = ReplayTimer(llama, seed=7)
    spec = _spec(llama, "chunked_prefill", max_num_batched_tokens=48, kv_capacity_tokens=160)
    # Every request arrives at once: the schedule, and so the preemptions, do not depend
    # on the measured times.
    result = simulate(spec, _trace(12).assign(arrival_time_s=0.0), timer=timer)
    _check_replay(result, timer, llama)
    preempted = np.flatnonzero(result.requests["preemptions"].to_numpy())
    assert len(preempted)
    rid = int(preempted[0])
    rng = np.random.default_rng([7, rid])
    inputs = rng.integers(1, llama.spec.vocab_size, int(result.requests["input_tokens"][rid]))
    out = timer.output_tokens(rid)
    assert out == _greedy(llama, inputs.tolist(), len(out))


@pytest.mark.parametrize("policy", ["static", "rra"])
def test_replay_static_and_rra(llama, policy):
    timer = ReplayTimer(llama)
    spec = _spec(llama, policy, static_batch_size=4, rra_encoder_batch=4)
    result = simulate(spec, _trace(12), timer=timer)
    _check_replay(result, timer, llama)


@pytest.mark.parametrize("policy", ["continuous", "chunked_prefill"])
def test_replay_encoder_decoder(policy):
    t5 = model_from_config(catalogue_entry("model", "t5-11b"))
    model = build_model(t5, num_layers=2, scale=16)
    timer = ReplayTimer(model)
    spec = _spec(model, policy, max_num_batched_tokens=48)
    result = simulate(spec, _trace(10), timer=timer)
    _check_replay(result, timer, model)


def test_realtime_mode_waits_for_arrivals(llama):
    trace = _trace(4, gap_s=0.05)
    timer = ReplayTimer(llama, realtime=True)
    start = time.perf_counter()
    result = simulate(_spec(llama, "continuous"), trace, timer=timer)
    wall = time.perf_counter() - start
    first = float(trace["arrival_time_s"].iloc[0])
    assert wall >= float(trace["arrival_time_s"].iloc[-1]) - first
    # The virtual clock is the wall clock since the first arrival.
    assert float(result.requests["finish_time_s"].max()) - first <= wall
    _check_replay(result, timer, llama, realtime=True)


@pytest.mark.parametrize(
    ("replicas", "field"),
    [
        ((ReplicaGroupSpec(2, 1, 8),), "replicas[0].tp"),
        ((ReplicaGroupSpec(1, 2, 8),), "replicas[0].pp"),
        ((ReplicaGroupSpec(1, 1, 8, count=2),), "replicas"),
    ],
)
def test_replay_refuses_multi_device_plans(llama, replicas, field):
    spec = _spec(llama, "continuous", replicas=replicas)
    with pytest.raises(SpecError) as err:
        simulate(spec, _trace(2), timer=ReplayTimer(llama))
    assert err.value.field == field
    assert "\n" not in str(err.value)


def test_cpu_clock_times_every_step_and_refuses_what_it_cannot_time(llama, monkeypatch):
    """``clock="cpu"`` (the CLI's default on a CPU with one torch thread) reads the
    thread's CPU time around each step: a stand-in clock that advances 1 per reading
    makes every measured duration exactly 1, and the simulated clock follows them."""
    from servesolve.replay import executor

    ticks = iter(range(10**6))
    monkeypatch.setitem(executor.CLOCKS, "cpu", lambda: float(next(ticks)))
    timer = ReplayTimer(llama, clock="cpu")
    result = simulate(_spec(llama, "continuous"), _trace(6), timer=timer)
    assert (timer.iterations["measured_s"] == 1.0).all()
    # TTFT of the first request: its prefill, one step of 1 "second" (nothing queued).
    first = result.requests.sort_values("arrival_time_s").iloc[0]
    assert first["ttft_s"] == pytest.approx(1.0)
    with pytest.raises(ValueError, match="clock"):
        ReplayTimer(llama, clock="cpu", realtime=True)  # realtime waits on the wall clock
    with pytest.raises(ValueError, match="clock: unknown"):
        ReplayTimer(llama, clock="sundial")
