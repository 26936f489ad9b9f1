"""The serving simulator: exact answers on tiny cases, directions on real workloads, properties."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest
from helpers import EXACT, period, requests, spec
from hypothesis import given, settings
from hypothesis import strategies as st

from servesolve.costs.roofline import BatchShape
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate
from servesolve.simulator.event_queue import EventKind, EventQueue
from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config
from servesolve.workloads import sample_requests, workload_from_dict


def test_event_order_is_time_then_kind_then_insertion() -> None:
    """At one instant: iteration completions, then arrivals, then wake-ups."""
    q = EventQueue()
    q.push(2.0, EventKind.ARRIVAL, "late")
    q.push(1.0, EventKind.WAKE, "wake")
    q.push(1.0, EventKind.ARRIVAL, "a1")
    q.push(1.0, EventKind.ITERATION_DONE, "done")
    q.push(1.0, EventKind.ARRIVAL, "a2")
    assert [q.pop()[2] for _ in range(5)] == ["done", "a1", "a2", "wake", "late"]


def test_same_instant_arrivals_share_the_first_iteration() -> None:
    """16 requests at t=0 are prefilled together; one arriving exactly as an iteration
    ends joins the next iteration instead of waiting a whole one more."""
    result = simulate(spec(), requests([(0.0, 64, 3)] * 16))
    it = result.iterations
    assert it.prefill_tokens.tolist() == [16 * 64, 0, 0]
    assert (result.requests.first_token_time_s == it.duration_s.iloc[0]).all()
    end = period(BatchShape(64, 64 * 65 / 2, 0, 0, 1))  # one request's prefill alone
    result = simulate(spec(), requests([(0.0, 64, 3), (end, 32, 2)]))
    it = result.iterations
    assert it.start_s.iloc[1] == end
    # vLLM 0.6 semantics: the second prompt's iteration is prefill-only (the first
    # request's decode pauses), then both decode, then the first alone.
    assert it.prefill_tokens.tolist() == [64, 32, 0, 0]
    assert it.decode_seqs.tolist() == [0, 0, 2, 1]


@pytest.mark.parametrize("policy", ["continuous", "chunked_prefill"])
def test_one_request_alone_is_its_prefill_then_output_minus_one_decodes(policy: str) -> None:
    """The prefill iteration samples the first token (as in vLLM), then out - 1 decode steps."""
    n_in, n_out = 100, 20
    result = simulate(spec(policy=policy), requests([(3.0, n_in, n_out)]))
    prefill = period(BatchShape(n_in, n_in * (n_in + 1) / 2, 0, 0, 1))
    decodes = [period(BatchShape(0, 0, 1, n_in + k, 1)) for k in range(1, n_out)]
    row = result.requests.iloc[0]
    assert row.ttft_s == pytest.approx(prefill, rel=EXACT)
    assert row.e2e_s == pytest.approx(prefill + sum(decodes), rel=EXACT)
    assert row.finish_time_s == pytest.approx(3.0 + prefill + sum(decodes), rel=EXACT)
    assert len(result.iterations) == n_out


def test_two_identical_requests_share_every_iteration() -> None:
    """Both arrive at t=0, so both prefill in the first iteration (2 x n_in tokens, two
    first tokens sampled), then n_out - 1 decode steps of both: identical timestamps."""
    n_in, n_out = 64, 10
    result = simulate(spec(), requests([(0.0, n_in, n_out), (0.0, n_in, n_out)]))
    prefill = period(BatchShape(2 * n_in, 2 * n_in * (n_in + 1) / 2, 0, 0, 2))
    decodes = sum(period(BatchShape(0, 0, 2, 2 * (n_in + k), 2)) for k in range(1, n_out))
    r = result.requests
    assert r.first_token_time_s.tolist() == pytest.approx([prefill] * 2, rel=EXACT)
    assert r.finish_time_s.tolist() == pytest.approx([prefill + decodes] * 2, rel=EXACT)
    assert (r.generated_tokens == n_out).all()
    it = result.iterations
    assert it.prefill_tokens.tolist() == [2 * n_in] + [0] * (n_out - 1)
    assert it.decode_seqs.tolist() == [0] + [2] * (n_out - 1)


def test_static_batching_waits_for_the_batch_and_the_longest_output() -> None:
    rows = [(0.0, 50, 5), (1.0, 80, 12), (2.0, 20, 3)]
    result = simulate(spec(policy="static", static_batch_size=3), requests(rows))
    r = result.requests
    pad, n, longest = 80, 3, 12
    prefill = period(BatchShape(n * pad, n * pad * (pad + 1) / 2, 0, 0, n))
    decodes = sum(period(BatchShape(0, 0, n, n * (pad + k), n)) for k in range(1, longest))
    assert r.first_token_time_s.tolist() == pytest.approx([2.0 + prefill] * 3, rel=EXACT)
    assert r.finish_time_s.tolist() == pytest.approx([2.0 + prefill + decodes] * 3, rel=EXACT)
    assert (r.generated_tokens == r.output_tokens).all()


def test_kv_exhaustion_preempts_the_youngest_and_recomputes_it() -> None:
    """4 blocks of 16 tokens, two requests A, B of 16 in / 33 out, both arriving at t=0.

    Both prefill in the first iteration, one block each (16 tokens), and sample their
    first token. After g tokens a request's cache holds 16 + g - 1 tokens and its next
    decode writes token 16 + g; the first decode (g = 1) takes both to 2 blocks (4 in
    use). When g = 17 the next decode writes token 33, which needs a third block for
    each, and none is free: B, the youngest, is preempted (its 2 blocks freed) after
    generating 17 tokens, and A takes one of them. A never needs a fourth block (its
    cache peaks at 16 + 33 - 1 = 48 tokens), so the one block left cannot take B's
    recompute of 16 + 17 = 33 tokens (3 blocks): B waits until A finishes, then
    re-prefills 33 tokens and needs no more than 3 blocks after that. One preemption.
    """
    result = simulate(
        spec(kv_capacity_tokens=64, block_size=16), requests([(0.0, 16, 33), (0.0, 16, 33)])
    )
    r = result.requests
    assert r.preemptions.tolist() == [0, 1]
    assert (r.generated_tokens == 33).all()
    it = result.iterations
    prefills = it[it.prefill_tokens > 0]
    assert prefills.prefill_tokens.tolist() == [32, 16 + 17]
    assert prefills.start_s.iloc[-1] == pytest.approx(r.loc[0, "finish_time_s"])
    # Both decode for 16 steps, then A alone for its other 16; B alone for its last 15.
    assert it.decode_seqs.tolist() == [0] + [2] * 16 + [1] * 16 + [0] + [1] * 15
    assert r.loc[0, "first_token_time_s"] == r.loc[1, "first_token_time_s"]


@settings(max_examples=40, deadline=None)
@given(
    data=st.lists(
        st.tuples(st.floats(0, 5), st.integers(1, 120), st.integers(1, 60)), min_size=1, max_size=25
    ),
    policy=st.sampled_from(["continuous", "chunked_prefill", "static"]),
    seqs=st.integers(1, 8),
    budget=st.integers(64, 512),
    pp=st.sampled_from([1, 2]),
    count=st.integers(1, 3),
    router=st.sampled_from(["round_robin", "least_outstanding_tokens"]),
)
def test_every_request_finishes_once_with_its_own_output(
    data, policy, seqs, budget, pp, count, router
) -> None:
    reqs = requests(data)
    longest = int((reqs.input_tokens + reqs.output_tokens).max())
    kv = pp * 16 * (-(-longest // 16) + 1) * (8 if policy == "static" else 2)
    result = simulate(
        spec(
            replicas=(ReplicaGroupSpec(1, pp, seqs, count),),
            policy=policy,
            max_num_batched_tokens=budget,
            static_batch_size=seqs,
            kv_capacity_tokens=kv,
            router=router,
        ),
        reqs,
    )
    r = result.requests
    assert len(r) == len(reqs)
    assert (r.generated_tokens == r.output_tokens).all()
    assert (r.first_token_time_s >= r.arrival_time_s).all()
    assert (r.finish_time_s >= r.first_token_time_s).all()
    assert r.replica.between(0, count - 1).all()


def _workload(name: str, n: int, rate: float | None = None, seed: int = 0) -> pd.DataFrame:
    cfg = catalogue_entry("workload", name)
    if rate is not None:
        cfg["arrival"] = {"process": "poisson", "rate_per_s": rate}
    return sample_requests(workload_from_dict(cfg), num_requests=n, seed=seed)


def test_continuous_beats_static_on_task_g_at_equal_batch() -> None:
    reqs = _workload("exegpt_g", 600)
    cont = simulate(spec(replicas=(ReplicaGroupSpec(1, 1, 32),)), reqs).metrics
    static = simulate(
        spec(replicas=(ReplicaGroupSpec(1, 1, 32),), policy="static", static_batch_size=32), reqs
    ).metrics
    assert cont["throughput_rps"] > 1.5 * static["throughput_rps"]


def test_chunked_prefill_lowers_p99_tpot_on_c2_under_load() -> None:
    reqs = _workload("exegpt_c2", 1500, rate=6.0)
    group = (ReplicaGroupSpec(1, 1, 128),)
    plain = simulate(
        spec(replicas=group, policy="continuous", max_num_batched_tokens=8192), reqs
    ).metrics
    chunked = simulate(
        spec(replicas=group, policy="chunked_prefill", max_num_batched_tokens=512), reqs
    ).metrics
    assert chunked["tpot_s_p99"] < plain["tpot_s_p99"]
    assert chunked["tbt_s_p99"] < plain["tbt_s_p99"]


def test_more_replicas_never_lower_throughput_at_a_fixed_rate() -> None:
    """At 200 req/s one replica (about 74 req/s) is overloaded; adding replicas raises
    throughput until the arrivals are the limit. Throughput includes the drain of the last
    requests, which moves it by ~1e-4 once arrivals are the limit: hence the 0.1 % tolerance."""
    reqs = _workload("exegpt_c1", 1500, rate=200.0)
    throughputs = [
        simulate(spec(replicas=(ReplicaGroupSpec(1, 1, 64, count),)), reqs).metrics[
            "throughput_rps"
        ]
        for count in (1, 2, 3, 4)
    ]
    assert all(b >= a * (1 - 1e-3) for a, b in itertools.pairwise(throughputs))
    assert throughputs[1] > 1.8 * throughputs[0]


def test_context_after_a_recompute_counts_each_token_once() -> None:
    """A request preempted after generating g tokens re-prefills input + g; its cache then
    holds input + generated - 1 tokens, as if it had never been preempted."""
    from servesolve.simulator.request_state import RequestState

    state = RequestState(requests([(0.0, 16, 40)]))
    ids = np.asarray([0])
    state.generated[0] = 17
    state.prompt_tokens[0] = 16 + 16  # preempted after 16 tokens, re-prefilled with them
    state.prefilled[0] = 32
    assert state.kv_tokens(ids)[0] == 16 + 17 - 1


def test_outstanding_tokens_return_to_zero() -> None:
    """The router's load signal: every processed token, including each prefill's sampled
    token, is subtracted, so an idle engine carries no phantom load."""
    from servesolve.simulator.request_state import RequestState
    from servesolve.simulator.simulation import build_engines

    reqs = requests([(0.0, 30, 5), (0.1, 10, 1), (0.2, 50, 12)])
    sim_spec = spec()
    result = simulate(sim_spec, reqs)
    assert (result.requests.generated_tokens == result.requests.output_tokens).all()
    state = RequestState(reqs)
    engine = build_engines(sim_spec, state)[0][0]
    for rid in range(3):
        engine.add(rid)
    now = 0.0
    while (end := engine.start(now)) is not None:
        engine.complete(end)
        engine.busy = False
        now = end
    assert engine.outstanding_tokens == 0


@pytest.mark.parametrize(
    "model_name,cluster_name,workload",
    [("t5-11b", "a40x48", "exegpt_s"), ("mixtral-8x7b", "h100x8", "exegpt_c1")],
)
def test_encoder_decoder_and_moe_models_simulate(
    model_name: str, cluster_name: str, workload: str
) -> None:
    """T5 (the prefill is the encoder pass) and Mixtral (MoE) run through every policy."""
    model = model_from_config(catalogue_entry("model", model_name))
    cluster = cluster_from_config(catalogue_entry("cluster", cluster_name))
    reqs = _workload(workload, 150, rate=5.0)
    for policy in ("continuous", "chunked_prefill", "static", "rra"):
        result = simulate(
            SimulationSpec(model, cluster, (ReplicaGroupSpec(2, 1, 32),), policy=policy), reqs
        )
        r = result.requests
        assert (r.generated_tokens == r.output_tokens).all(), policy
        assert (r.ttft_s > 0).all() and result.metrics["throughput_rps"] > 0


def test_a_request_larger_than_an_engine_is_rejected_up_front() -> None:
    """60 + 20 tokens cannot fit 4 blocks of 16: a ValueError before the run, not a stall.
    With PP2 each pipeline engine holds half the blocks: 48 + 20 tokens fit 6 blocks of 16
    but not the 3 of each engine."""
    with pytest.raises(ValueError, match="a request of 80 tokens .* KV cache of 64 tokens"):
        simulate(spec(kv_capacity_tokens=64), requests([(0.0, 60, 20)]))
    with pytest.raises(ValueError, match=r"KV cache of 48 tokens \(replica TP1xPP2, 2 engines"):
        simulate(
            spec(replicas=(ReplicaGroupSpec(1, 2, 8),), kv_capacity_tokens=96),
            requests([(0.0, 48, 20)]),
        )
    with pytest.raises(ValueError, match="no KV blocks per engine"):
        simulate(spec(kv_capacity_tokens=8), requests([(0.0, 4, 2)]))


def test_static_max_length_decodes_every_padded_step() -> None:
    """decode_to=max_length runs max_output_tokens - 1 padded decode steps whatever the
    outputs (each request still produces only its own tokens); a maximum length shorter
    than an output in the batch is an error, not invented tokens."""
    rows = [(0.0, 50, 5), (0.0, 80, 12)]
    pad, n, max_len = 80, 2, 16
    result = simulate(
        spec(
            policy="static",
            static_batch_size=2,
            static_decode_to="max_length",
            static_max_output_tokens=max_len,
        ),
        requests(rows),
    )
    prefill = period(BatchShape(n * pad, n * pad * (pad + 1) / 2, 0, 0, n))
    decodes = sum(period(BatchShape(0, 0, n, n * (pad + k), n)) for k in range(1, max_len))
    r = result.requests
    assert r.finish_time_s.tolist() == pytest.approx([prefill + decodes] * 2, rel=EXACT)
    assert (r.generated_tokens == r.output_tokens).all()
    assert len(result.iterations) == max_len
    with pytest.raises(ValueError, match=r"static_max_output_tokens=8 .* longest output .*12"):
        simulate(
            spec(
                policy="static",
                static_batch_size=2,
                static_decode_to="max_length",
                static_max_output_tokens=8,
            ),
            requests(rows),
        )


def test_static_batching_reserves_the_padded_batch_in_kv_blocks() -> None:
    """The batch holds ceil(3 x (80 + 12) / 16) = 18 blocks from its prefill to its end."""
    rows = [(0.0, 50, 5), (1.0, 80, 12), (2.0, 20, 3)]
    result = simulate(spec(policy="static", static_batch_size=3), requests(rows))
    assert (result.iterations.blocks_used == 18).all()
    assert result.metrics["kv_utilization"] > 0


def _captured_engines(monkeypatch: pytest.MonkeyPatch) -> list:
    """Every engine the next simulations build (plain and disaggregated)."""
    from servesolve.simulator import disaggregated, simulation

    engines: list = []

    def capture(build):
        def wrapper(*args, **kwargs):
            replicas = build(*args, **kwargs)
            engines.extend(e for replica in replicas for e in replica)
            return replicas

        return wrapper

    monkeypatch.setattr(simulation, "build_engines", capture(simulation.build_engines))
    monkeypatch.setattr(disaggregated, "_build_pool", capture(disaggregated._build_pool))
    return engines


def test_outstanding_tokens_are_zero_after_every_kind_of_run(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The router's load signal (remaining prompt + output tokens of an engine's
    unfinished requests) ends at 0 on every engine: with recompute preemptions (also
    halfway through a chunked prompt), padded static batches, RRA and both pools of a
    disaggregated run."""
    from servesolve.simulator.disaggregated import DisaggregatedSpec, simulate_disaggregated

    engines = _captured_engines(monkeypatch)
    reqs = _workload("exegpt_c1", 120, rate=40.0)
    longest = int((reqs.input_tokens + reqs.output_tokens).max())
    tight = 16 * (-(-longest // 16) + 2)
    groups = (ReplicaGroupSpec(1, 1, 16, 2),)
    preemptions = {}
    for policy in ("continuous", "chunked_prefill", "rra", "static"):
        result = simulate(
            spec(
                replicas=groups,
                policy=policy,
                kv_capacity_tokens=tight * (4 if policy == "static" else 1),
                max_num_batched_tokens=64,
                static_batch_size=4,
            ),
            reqs,
        )
        preemptions[policy] = int(result.requests.preemptions.sum())
    assert min(preemptions["continuous"], preemptions["chunked_prefill"]) > 0
    dspec = DisaggregatedSpec((ReplicaGroupSpec(1, 1, 16, 2),), (ReplicaGroupSpec(1, 1, 16, 2),))
    result = simulate_disaggregated(spec(kv_capacity_tokens=tight), dspec, reqs)
    assert result.requests.preemptions.sum() > 0
    assert len(engines) == 4 * 2 + 4
    assert [e.outstanding_tokens for e in engines] == [0] * len(engines)


def test_disaggregated_router_spreads_prompts_over_prefill_replicas() -> None:
    """Light load: 30 lone requests, each done before the next, then 5 pairs arriving
    together. A pair's first request goes to replica 0 (a tie, lowest index); its second
    sees replica 0 loaded and goes to replica 1. The handoffs must not leave replica 0
    with a negative load that would draw every request to it."""
    from servesolve.simulator.disaggregated import DisaggregatedSpec, simulate_disaggregated

    rows = [(float(i), 20, 5) for i in range(30)]
    rows += [(30.0 + j, 20, 5) for j in range(5) for _ in range(2)]
    dspec = DisaggregatedSpec((ReplicaGroupSpec(1, 1, 64, 2),), (ReplicaGroupSpec(1, 1, 64),))
    r = simulate_disaggregated(spec(), dspec, requests(rows)).requests
    assert (r.replica[:30] == 0).all()
    assert r.replica[30:].tolist() == [0, 1] * 5


def test_time_between_tokens_counts_prefill_only_pauses() -> None:
    """Decodes paused by a prefill-only iteration wait for it: the gap runs from the end of
    the previous decode iteration; after an idle period, from the iteration before."""
    from servesolve.simulator.metrics import token_gaps_s

    iterations = pd.DataFrame(
        {
            "engine": [0, 0, 0, 0, 0, 0, 1],
            "start_s": [0.0, 1.0, 2.0, 5.0, 10.0, 11.0, 0.0],
            "duration_s": [1.0, 1.0, 3.0, 1.0, 1.0, 1.0, 0.5],
            "prefill_tokens": [64, 0, 32, 0, 16, 0, 0],
            "decode_seqs": [0, 1, 0, 2, 0, 1, 3],
        }
    )
    gaps = token_gaps_s(iterations)
    assert gaps.sort_index().tolist() == [1.0, 4.0, 1.0, 0.5]


def test_frontend_latency_reaches_disaggregated_pools_and_explicit_policies() -> None:
    """The engine's frontend latency delays every request by the same amount whichever
    path simulates it: disaggregated pools (from ``spec.engine``) and an explicit policy
    with ``spec.engine`` unset (from the cost model's engine, which the mean-value model
    also charges). Lone requests, so the shift is exact."""
    import dataclasses

    from servesolve.costs.roofline import RooflineCostModel
    from servesolve.simulator.disaggregated import DisaggregatedSpec, simulate_disaggregated
    from servesolve.simulator.simulation import frontend_latency_s
    from servesolve.specs.catalog import load_engine

    engine = dataclasses.replace(load_engine("vllm"), frontend_latency_s=0.25)
    rows = [(float(10 * i), 20, 5) for i in range(5)]
    dspec = DisaggregatedSpec((ReplicaGroupSpec(1, 1, 64),), (ReplicaGroupSpec(1, 1, 64),))
    base = simulate_disaggregated(spec(), dspec, requests(rows)).requests
    late = simulate_disaggregated(spec(engine=engine), dspec, requests(rows)).requests
    assert np.allclose(late.ttft_s, base.ttft_s + 0.25)
    assert np.allclose(late.arrival_time_s, base.arrival_time_s)

    plain = spec()
    model = RooflineCostModel(plain.model, plain.cluster, 0.0, engine=engine)
    assert plain.engine is None and frontend_latency_s(plain, model) == 0.25
    assert frontend_latency_s(plain) == 0.0
    a = simulate(plain, requests(rows), cost_model=model).requests
    quick = dataclasses.replace(engine, frontend_latency_s=0.0)
    b = simulate(
        plain,
        requests(rows),
        cost_model=RooflineCostModel(plain.model, plain.cluster, 0.0, engine=quick),
    ).requests
    assert np.allclose(a.ttft_s, b.ttft_s + 0.25)


@given(
    st.lists(
        st.tuples(
            st.integers(1, 5000),  # input tokens
            st.integers(0, 3000),  # tokens generated before a preemption (recomputed)
            st.integers(0, 3000),  # tokens generated since
        ),
        min_size=1,
        max_size=20,
    )
)
def test_prefilled_kv_tokens_is_kv_tokens_of_prefilled_requests(rows) -> None:
    from servesolve.simulator.request_state import RequestState

    frame = pd.DataFrame(
        {
            "arrival_time_s": np.zeros(len(rows)),
            "input_tokens": [r[0] for r in rows],
            "output_tokens": [r[1] + r[2] + 1 for r in rows],
        }
    )
    state = RequestState(frame)
    for i, (inp, before, since) in enumerate(rows):
        state.prompt_tokens[i] = inp + before  # a recompute prefills what was generated
        state.prefilled[i] = state.prompt_tokens[i]
        state.generated[i] = before + since
    ids = np.arange(len(rows))
    assert (state.prefilled_kv_tokens(ids) == state.kv_tokens(ids)).all()
