"""ExeGPT's schedules in the simulator: RRA cycles and disaggregated (DistServe / WAA) pools.

Exact answers on tiny cases (iteration shapes priced by the cost model, transfer times by
the comm model), properties on random workloads, one direction on a real workload.
"""

from __future__ import annotations

import pandas as pd
import pytest
from helpers import CLUSTER, EXACT, MODEL, period, requests, spec
from hypothesis import given, settings
from hypothesis import strategies as st

from servesolve.costs.comm import comm_model
from servesolve.costs.roofline import BatchShape
from servesolve.simulator import ReplicaGroupSpec, simulate
from servesolve.simulator.disaggregated import DisaggregatedSpec, simulate_disaggregated
from servesolve.specs import catalogue_entry
from servesolve.workloads import sample_requests, workload_from_dict


def prefill(n: int) -> BatchShape:
    return BatchShape(n, n * (n + 1) / 2, 0, 0, 1)


def decode(contexts: list[int]) -> BatchShape:
    """One decode step of sequences whose caches hold ``contexts`` tokens before it."""
    return BatchShape(0, 0, len(contexts), sum(c + 1 for c in contexts), len(contexts))


def _workload(name: str, n: int, rate: float, seed: int = 0) -> pd.DataFrame:
    cfg = catalogue_entry("workload", name)
    cfg["arrival"] = {"process": "poisson", "rate_per_s": rate}
    return sample_requests(workload_from_dict(cfg), num_requests=n, seed=seed)


# ---- RRA ---------------------------------------------------------------------------


def test_rra_cycle_is_one_encoding_then_n_d_decodes_with_early_exit() -> None:
    """B_E = 2, N_D = 3; requests 0 (50 in, 9 out), 1 (100 in, 2 out) and 2 (30 in, 3 out)
    arrive at t=0.

    The first encoding holds requests 0 and 1 together (same-instant arrivals share it;
    B_E = 2 leaves request 2 waiting). Request 1 leaves after its second token (early
    termination), which frees the slot request 2 takes at the next cycle's encoding,
    during which request 0 does not decode. Request 2 leaves after its third token while
    request 0 goes on; the third cycle has nothing to admit, so its encoding is skipped.
    """
    result = simulate(
        spec(policy="rra", rra_encoder_batch=2, rra_decode_iterations=3),
        requests([(0.0, 50, 9), (0.0, 100, 2), (0.0, 30, 3)]),
    )
    both = BatchShape(150, 50 * 51 / 2 + 100 * 101 / 2, 0, 0, 2, prefill_seqs=2)
    shapes = [
        both,  # cycle 1: encode requests 0 and 1
        decode([50, 100]),  # request 1 finishes here with its 2 tokens
        decode([51]),
        decode([52]),
        prefill(30),  # cycle 2: encode request 2 (B_E refilled up to 2)
        decode([53, 30]),
        decode([54, 31]),  # request 2 finishes here with its 3 tokens
        decode([55]),
        decode([56]),  # cycle 3: encoding skipped (none waiting), then N_D decodes
        decode([57]),  # request 0's 9th token
    ]
    durations = [period(s) for s in shapes]
    ends = pd.Series(durations).cumsum().tolist()
    it = result.iterations
    assert it.prefill_tokens.tolist() == [s.prefill_tokens for s in shapes]
    assert it.decode_seqs.tolist() == [s.decode_seqs for s in shapes]
    assert it.context_tokens.tolist() == [s.decode_context_tokens for s in shapes]
    assert it.duration_s.tolist() == pytest.approx(durations, rel=EXACT)
    r = result.requests
    assert r.first_token_time_s.tolist() == pytest.approx([ends[0], ends[0], ends[4]], rel=EXACT)
    assert r.finish_time_s.tolist() == pytest.approx([ends[9], ends[1], ends[6]], rel=EXACT)
    assert r.loc[1, "finish_time_s"] < r.loc[0, "finish_time_s"]  # early termination
    assert r.generated_tokens.tolist() == [9, 2, 3]


def test_rra_encoder_batch_is_refilled_only_from_finished_requests() -> None:
    """B_E = 1: the second request's encoding starts when the first one finishes."""
    result = simulate(
        spec(policy="rra", rra_encoder_batch=1, rra_decode_iterations=2),
        requests([(0.0, 50, 4), (0.0, 50, 4)]),
    )
    it, r = result.iterations, result.requests
    encodings = it[it.prefill_tokens > 0]
    assert encodings.prefill_tokens.tolist() == [50, 50]
    assert (it.decode_seqs <= 1).all()
    assert encodings.start_s.iloc[1] == pytest.approx(r.loc[0, "finish_time_s"], rel=EXACT)
    assert len(it) == 8  # per request: 1 encoding + 3 decodes; no empty iteration


def test_rra_rejects_empty_knobs() -> None:
    with pytest.raises(ValueError, match="decode_iterations"):
        simulate(spec(policy="rra", rra_decode_iterations=0), requests([(0.0, 10, 2)]))
    with pytest.raises(ValueError, match="encoder_batch"):
        simulate(spec(policy="rra", rra_encoder_batch=0), requests([(0.0, 10, 2)]))


@settings(max_examples=30, deadline=None)
@given(
    data=st.lists(
        st.tuples(st.floats(0, 5), st.integers(1, 120), st.integers(1, 60)), min_size=1, max_size=25
    ),
    encoder_batch=st.integers(1, 8),
    decode_iterations=st.integers(1, 6),
    budget=st.integers(64, 512),
    pp=st.sampled_from([1, 2]),
    count=st.integers(1, 2),
    kv_factor=st.sampled_from([2, 8]),
)
def test_rra_every_request_finishes_once_with_its_own_output(
    data, encoder_batch, decode_iterations, budget, pp, count, kv_factor
) -> None:
    reqs = requests(data)
    longest = int((reqs.input_tokens + reqs.output_tokens).max())
    result = simulate(
        spec(
            replicas=(ReplicaGroupSpec(1, pp, 8, count),),
            policy="rra",
            rra_encoder_batch=encoder_batch,
            rra_decode_iterations=decode_iterations,
            max_num_batched_tokens=budget,
            kv_capacity_tokens=pp * 16 * (-(-longest // 16) + 1) * kv_factor,
        ),
        reqs,
    )
    r, it = result.requests, result.iterations
    assert (r.generated_tokens == r.output_tokens).all()
    assert (r.finish_time_s >= r.first_token_time_s).all()
    assert (r.first_token_time_s >= r.arrival_time_s).all()
    # Encodings never decode and decodes never prefill; no iteration is empty.
    assert ((it.prefill_tokens == 0) != (it.decode_seqs == 0)).all()
    assert (it.decode_seqs <= min(encoder_batch, -(-8 // pp))).all()


# ---- disaggregated (DistServe, ExeGPT WAA) ------------------------------------------


@pytest.mark.parametrize("link_gb_per_s", [None, 10.0])
def test_disaggregated_one_request_is_prefill_then_transfer_then_decodes(
    link_gb_per_s: float | None,
) -> None:
    """TTFT is the prefill pool's iteration; then the KV (100 tokens x 32 layers) moves
    over 2 GPU pairs (TP2 to TP2) and the decode pool runs out - 1 decode steps."""
    n_in, n_out, arrival = 100, 20, 3.0
    dspec = DisaggregatedSpec(
        (ReplicaGroupSpec(2, 1, 64),), (ReplicaGroupSpec(2, 1, 64),), kv_link_gb_per_s=link_gb_per_s
    )
    result = simulate_disaggregated(spec(), dspec, requests([(arrival, n_in, n_out)]))
    ttft = period(prefill(n_in), tp=2)
    per_pair_bytes = n_in * MODEL.num_layers * MODEL.kv_cache_bytes_per_token_layer(1) / 2
    if link_gb_per_s is None:  # 4 GPUs fit one node: NVLink send/recv
        link = comm_model(CLUSTER.gpu.name, "send_recv", 2, 1, CLUSTER.intra_node_gb_per_s)
        transfer = link.time_s(per_pair_bytes)
    else:
        transfer = per_pair_bytes / (link_gb_per_s * 1e9)
    decodes = sum(period(decode([n_in + k - 1]), tp=2) for k in range(1, n_out))
    row = result.requests.iloc[0]
    assert row.ttft_s == pytest.approx(ttft, rel=EXACT)
    assert row.e2e_s == pytest.approx(ttft + transfer + decodes, rel=EXACT)
    assert (row.replica, row.decode_replica) == (0, 1)
    it = result.iterations
    assert it.groupby("pool").size().to_dict() == {"prefill": 1, "decode": n_out - 1}
    assert it[it.pool == "decode"].start_s.iloc[0] == pytest.approx(
        arrival + ttft + transfer, rel=EXACT
    )


def test_disaggregated_one_token_outputs_never_leave_the_prefill_pool() -> None:
    dspec = DisaggregatedSpec((ReplicaGroupSpec(1, 1, 64),), (ReplicaGroupSpec(1, 1, 64),))
    result = simulate_disaggregated(spec(), dspec, requests([(0.0, 30, 1), (0.0, 30, 3)]))
    r = result.requests
    assert r.decode_replica.tolist() == [-1, 1]
    assert (r.generated_tokens == r.output_tokens).all()


@settings(max_examples=25, deadline=None)
@given(
    data=st.lists(
        st.tuples(st.floats(0, 3), st.integers(1, 120), st.integers(1, 60)), min_size=1, max_size=25
    ),
    prefill_count=st.integers(1, 2),
    decode_count=st.integers(1, 2),
    decode_pp=st.sampled_from([1, 2]),
    micro_batches=st.integers(1, 3),
    seqs=st.integers(1, 8),
    budget=st.integers(64, 512),
    tight=st.booleans(),
)
def test_disaggregated_every_request_finishes_once_with_its_own_output(
    data, prefill_count, decode_count, decode_pp, micro_batches, seqs, budget, tight
) -> None:
    """Also with a decode KV cache barely larger than one request (evictions recompute)."""
    reqs = requests(data)
    longest = int((reqs.input_tokens + reqs.output_tokens).max())
    blocks = (-(-longest // 16) + 1) * (1 if tight else 4)
    dspec = DisaggregatedSpec(
        (ReplicaGroupSpec(1, 1, seqs, prefill_count),),
        (ReplicaGroupSpec(1, decode_pp, seqs, decode_count),),
        decode_micro_batches=micro_batches,
        prefill_max_batched_tokens=budget,
    )
    result = simulate_disaggregated(
        spec(kv_capacity_tokens=16 * blocks * micro_batches), dspec, reqs
    )
    r, it = result.requests, result.iterations
    assert (r.generated_tokens == r.output_tokens).all()
    assert (r.finish_time_s >= r.first_token_time_s).all()
    assert (r.first_token_time_s >= r.arrival_time_s).all()
    assert r.replica.between(0, prefill_count - 1).all()
    many = r.output_tokens > 1
    assert r.decode_replica[many].between(prefill_count, prefill_count + decode_count - 1).all()
    assert (it[it.pool == "prefill"].decode_seqs == 0).all()
    assert (it[it.pool == "decode"].prefill_tokens == 0).all()


def test_disaggregated_rejects_a_request_larger_than_a_decode_engine() -> None:
    """160 tokens need 10 blocks; 12 per replica split over B_m = 2 engines leave 6."""
    dspec = DisaggregatedSpec(
        (ReplicaGroupSpec(1, 1, 8),), (ReplicaGroupSpec(1, 1, 8),), decode_micro_batches=2
    )
    with pytest.raises(ValueError, match="decode engine holds 6"):
        simulate_disaggregated(spec(kv_capacity_tokens=16 * 12), dspec, requests([(0.0, 100, 60)]))
    with pytest.raises(ValueError, match="decode_micro_batches"):
        DisaggregatedSpec(
            (ReplicaGroupSpec(1, 1, 8),), (ReplicaGroupSpec(1, 1, 8),), decode_micro_batches=0
        )


def test_disaggregation_lowers_tail_tpot_and_tbt_on_c2_under_load() -> None:
    """8 GPUs on C2 at 60 req/s: a TP4 prefill + a TP4 decode replica against two
    colocated TP4 replicas with continuous batching. Decodes never wait behind prompts,
    so time between tokens halves at p99 and TPOT p99 drops; the price is TTFT."""
    reqs = _workload("exegpt_c2", 1000, rate=60.0)
    group = ReplicaGroupSpec(4, 1, 256)
    colocated = simulate(spec(replicas=(ReplicaGroupSpec(4, 1, 256, 2),)), reqs).metrics
    dspec = DisaggregatedSpec((group,), (group,))
    disaggregated = simulate_disaggregated(spec(), dspec, reqs).metrics
    assert disaggregated["tpot_s_p99"] < colocated["tpot_s_p99"]
    assert disaggregated["tbt_s_p99"] < 0.6 * colocated["tbt_s_p99"]
    assert disaggregated["ttft_s_p99"] > colocated["ttft_s_p99"]


def test_waa_decode_micro_batches_change_iterations_not_tokens() -> None:
    """A TP2 x PP2 decode replica with B_m = 2 (one micro-batch per stage) and B_m = 1."""
    reqs = _workload("exegpt_c1", 300, rate=20.0)
    runs = {
        bm: simulate_disaggregated(
            spec(),
            DisaggregatedSpec(
                (ReplicaGroupSpec(2, 1, 128),),
                (ReplicaGroupSpec(2, 2, 128),),
                decode_micro_batches=bm,
            ),
            reqs,
        )
        for bm in (1, 2)
    }
    for result in runs.values():
        assert (result.requests.generated_tokens == result.requests.output_tokens).all()
    decode_iterations = {bm: int((r.iterations.pool == "decode").sum()) for bm, r in runs.items()}
    assert decode_iterations[1] != decode_iterations[2]
    assert runs[2].iterations.engine.nunique() == runs[1].iterations.engine.nunique() + 1


def test_disaggregated_decode_eviction_recomputes_on_the_prefill_pool() -> None:
    """4 KV blocks of 16 tokens per replica; two requests of 16 in / 33 out at t=0.

    Both fit the decode engine at first (2 blocks each); when the older one needs its
    third block the younger is evicted, re-prefilled (input + generated tokens) on the
    prefill pool, sent again, and finishes after the older one frees its blocks.
    """
    dspec = DisaggregatedSpec((ReplicaGroupSpec(1, 1, 8),), (ReplicaGroupSpec(1, 1, 8),))
    result = simulate_disaggregated(
        spec(kv_capacity_tokens=64, block_size=16), dspec, requests([(0.0, 16, 33)] * 2)
    )
    r, it = result.requests, result.iterations
    assert r.preemptions.tolist() == [0, 1]
    assert (r.generated_tokens == 33).all()
    prompts = it[it.pool == "prefill"].prefill_tokens.tolist()
    assert prompts[:2] == [16, 16] and len(prompts) == 3 and prompts[2] > 16
    assert r.loc[1, "finish_time_s"] > r.loc[0, "finish_time_s"]
