"""Memory accounting against a hand calculation; the cost model's monotonicity."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from servesolve.costs.memory import kv_bytes_per_token_per_gpu, memory_budget, weight_bytes_per_gpu
from servesolve.costs.replica_model import ReplicaPerformance, WorkloadStats
from servesolve.costs.roofline import (
    BatchShape,
    ReplicaConfig,
    RooflineCostModel,
    min_bottleneck_split,
)
from servesolve.specs import (
    catalogue_entry,
    catalogue_names,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)
from servesolve.specs.hardware import GIB


@pytest.fixture(scope="module")
def llama70b():
    return model_from_config(catalogue_entry("model", "llama3.1-70b"))


@pytest.fixture(scope="module")
def h100x8():
    return cluster_from_config(catalogue_entry("cluster", "h100x8"))


def test_llama70b_weights_on_h100_tp4_match_hand_calculation(llama70b) -> None:
    # Per layer, one GPU of a TP4 group holds:
    #   Q and O: 2 x 8192 x 8192 / 4            = 33,554,432
    #   K and V: 2 x 8192 x (8 kv heads / 4 = 2 heads x 128) = 4,194,304
    #   FFN (gated, 3 matrices): 3 x 8192 x 28672 / 4       = 176,160,768
    #   total                                               = 213,909,504
    # 80 layers = 17,112,760,320; embedding + LM head: 2 x 128256 x 8192 / 4 = 525,336,576
    # => 17,638,096,896 parameters x 2 bytes (bf16) = 35,276,193,792 bytes = 32.853 GiB
    assert weight_bytes_per_gpu(llama70b, tp=4, pp=1) == 35_276_193_792
    # KV cache: 80 layers x 2 (K,V) x 2 heads x 128 x 2 bytes = 81,920 bytes per token
    assert kv_bytes_per_token_per_gpu(llama70b, tp=4, pp=1) == 81_920
    # TP8 keeps one whole KV head per GPU (8 KV heads / 8): half of TP4's
    assert kv_bytes_per_token_per_gpu(llama70b, tp=8, pp=1) == 40_960


def test_llama70b_kv_capacity_on_h100_tp4(llama70b, h100x8) -> None:
    mem = memory_budget(llama70b, h100x8.gpu, 4, 1, 8192, 0.9, 1.0)
    # usable 0.9 x 79.6 GiB; activations: 3 buffers x 8192 tokens x 14336 (2 x 28672 / 4) x 2 bytes
    activation = 3 * 8192 * 14336 * 2
    expected_kv_bytes = 0.9 * 79.6 * GIB - 35_276_193_792 - activation - 1.0 * GIB
    assert mem.activation_bytes == activation
    assert mem.kv_capacity_tokens == int(expected_kv_bytes // 81_920)
    assert 400_000 < mem.kv_capacity_tokens < 600_000  # ~36 GiB of KV cache


def test_pipeline_stages_split_weights(llama70b) -> None:
    tp1 = weight_bytes_per_gpu(llama70b, 1, 1)
    pp4 = weight_bytes_per_gpu(llama70b, 1, 4)
    assert pp4 < tp1 / 3.5  # 20 layers + one end (embedding or head) per stage


def _shape(decode: float, context: float, prefill: float = 0.0) -> BatchShape:
    return BatchShape(prefill, prefill * (prefill + 1) / 2, decode, decode * context, decode)


@pytest.mark.parametrize("tp,pp", [(1, 4), (2, 1), (4, 2), (8, 1)])
def test_iteration_time_monotone_in_batch_and_context(llama70b, h100x8, tp, pp) -> None:
    model = RooflineCostModel(llama70b, h100x8, iteration_overhead_s=0.002)
    config = ReplicaConfig(tp, pp)
    batches = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512]
    by_batch = [model.iteration_time(config, _shape(b, 1024)).period_s for b in batches]
    assert np.all(np.diff(by_batch) >= 0) and by_batch[-1] > by_batch[0]
    contexts = [16, 128, 1024, 8192, 65536]
    by_context = [model.iteration_time(config, _shape(64, c)).period_s for c in contexts]
    assert np.all(np.diff(by_context) >= 0) and by_context[-1] > by_context[0]
    prefill = [0, 128, 1024, 8192]
    by_prefill = [model.iteration_time(config, _shape(8, 512, p)).period_s for p in prefill]
    assert np.all(np.diff(by_prefill) > 0)


def test_small_batch_decode_is_memory_bound(llama70b, h100x8) -> None:
    """One decode step of TP8 reads every weight once: at least weights / HBM bandwidth."""
    model = RooflineCostModel(llama70b, h100x8, iteration_overhead_s=0.0)
    t = model.iteration_time(ReplicaConfig(8, 1), _shape(1, 128)).latency_s
    floor = weight_bytes_per_gpu(llama70b, 8, 1) / h100x8.gpu.hbm_bytes_per_s
    assert floor < t < 3 * floor


def test_tensor_parallel_pays_all_reduce(llama70b, h100x8) -> None:
    """TP8 is faster per step than TP4 but not 2x: the all-reduces cost something."""
    model = RooflineCostModel(llama70b, h100x8, iteration_overhead_s=0.0)
    shape = _shape(256, 1024, 2048)
    t4 = model.iteration_time(ReplicaConfig(4, 1), shape).latency_s
    t8 = model.iteration_time(ReplicaConfig(8, 1), shape).latency_s
    assert t4 / 2 < t8 < t4


def _stats() -> WorkloadStats:
    rng = np.random.default_rng(0)
    n = 2000
    df = pd.DataFrame(
        {
            "input_tokens": rng.integers(64, 1024, n),
            "output_tokens": rng.integers(16, 512, n),
            "arrival_time_s": np.sort(rng.uniform(0, 1000, n)),
        }
    )
    return WorkloadStats.from_requests(df, 0.9)


def test_latency_grows_with_rate_and_capacity_with_batch(llama70b, h100x8) -> None:
    model = RooflineCostModel(llama70b, h100x8, iteration_overhead_s=0.002)
    stats = _stats()
    perf = ReplicaPerformance(model, ReplicaConfig(4, 1), 128, 8192, stats)
    rates = np.linspace(0.05, 0.95, 8) * perf.capacity_per_s
    metrics = [perf.metrics_at(r) for r in rates]
    for a, b in itertools.pairwise(metrics):
        assert b.tpot_s >= a.tpot_s and b.ttft_s >= a.ttft_s and b.occupancy > a.occupancy
    capacities = [
        ReplicaPerformance(model, ReplicaConfig(4, 1), b, 8192, stats).capacity_per_s
        for b in (8, 32, 128)
    ]
    assert capacities == sorted(capacities)


def test_max_rate_meets_slo_at_the_bound(llama70b, h100x8) -> None:
    model = RooflineCostModel(llama70b, h100x8, iteration_overhead_s=0.002)
    perf = ReplicaPerformance(model, ReplicaConfig(4, 1), 32, 8192, _stats())
    slo = slo_from_config({"name": "t", "percentile": 90, "ttft_s": 1.0})
    rate, metrics = perf.max_rate_meeting(slo, max_utilization=0.99)
    assert 0 < rate < perf.capacity_per_s
    assert metrics.ttft_s <= 1.0
    assert perf.metrics_at(rate * 1.01).ttft_s > 1.0  # binding: a bit more load breaks it


MODELS = [n for n in catalogue_names("model") if n != "hf"]


@pytest.mark.parametrize("name", MODELS)
def test_unsharded_weights_equal_the_parameter_count(name: str) -> None:
    """One GPU holding the whole model stores exactly total_params weights (enc-dec too)."""
    model = model_from_config(catalogue_entry("model", name))
    assert weight_bytes_per_gpu(model, 1, 1) == model.total_params * model.weight_bytes_per_param


def test_pipeline_end_stage_keeps_a_tied_lm_head() -> None:
    opt = model_from_config(catalogue_entry("model", "opt-13b"))  # tied embeddings
    head = opt.vocab_size * opt.hidden_size * opt.weight_bytes_per_param
    layer = (weight_bytes_per_gpu(opt, 1, 1) - head) / opt.num_layers  # one copy when PP=1
    assert weight_bytes_per_gpu(opt, 1, 2) == pytest.approx(20 * layer + head)


def test_zero_overhead_does_not_collapse_to_zero_latency(llama70b, h100x8) -> None:
    model = RooflineCostModel(llama70b, h100x8, iteration_overhead_s=0.0)
    perf = ReplicaPerformance(model, ReplicaConfig(4, 1), 64, 8192, _stats())
    metrics = perf.metrics_at(0.5 * perf.capacity_per_s)
    floor = weight_bytes_per_gpu(llama70b, 4, 1) / h100x8.gpu.hbm_bytes_per_s
    assert metrics.tpot_s > floor


def test_token_budget_caps_capacity(llama70b, h100x8) -> None:
    model = RooflineCostModel(llama70b, h100x8, iteration_overhead_s=0.002)
    stats = _stats()
    wide = ReplicaPerformance(model, ReplicaConfig(8, 1), 512, 8192, stats)
    narrow = ReplicaPerformance(model, ReplicaConfig(8, 1), 512, 512, stats)
    assert narrow.capacity_per_s < wide.capacity_per_s
    # steady state: decode tokens + prompt tokens per step fit the budget
    per_step = narrow.max_running * (1 + stats.mean_input_tokens / stats.mean_output_tokens)
    assert per_step <= 512 + 1e-6


@pytest.mark.parametrize("name", ["t5-11b", "mixtral-8x7b"])
def test_encoder_decoder_and_moe_iterations_grow_with_work(name: str, h100x8) -> None:
    model = RooflineCostModel(model_from_config(catalogue_entry("model", name)), h100x8, 0.002)
    times = [
        model.iteration_time(ReplicaConfig(2, 1), _shape(b, 512, 4 * b)).period_s
        for b in (1, 8, 64, 256)
    ]
    assert np.all(np.diff(times) > 0)


def test_moe_reads_fewer_experts_for_one_token(h100x8) -> None:
    """A single decode token touches top-k experts, so MoE decode is far cheaper than dense-equivalent."""
    mixtral = model_from_config(catalogue_entry("model", "mixtral-8x7b"))
    model = RooflineCostModel(mixtral, h100x8, 0.0)
    one = model.iteration_time(ReplicaConfig(1, 1), _shape(1, 128)).latency_s
    all_weights = weight_bytes_per_gpu(mixtral, 1, 1) / h100x8.gpu.hbm_bytes_per_s
    assert one < 0.5 * all_weights


# ---- explicit layer splits, expert parallelism, all-to-all ----------------------------
def test_explicit_even_split_matches_the_default_memory(llama70b, h100x8) -> None:
    from servesolve.costs.memory import peak_memory_bytes, stage_layer_counts

    for tp, pp in [(1, 1), (2, 2), (1, 3), (4, 2)]:
        even = stage_layer_counts(llama70b.num_layers, pp)
        assert weight_bytes_per_gpu(llama70b, tp, pp, even) == weight_bytes_per_gpu(
            llama70b, tp, pp
        )
        assert kv_bytes_per_token_per_gpu(llama70b, tp, pp, even) == kv_bytes_per_token_per_gpu(
            llama70b, tp, pp
        )
        default = memory_budget(llama70b, h100x8.gpu, tp, pp, 8192, 0.9, 1.0)
        explicit = memory_budget(llama70b, h100x8.gpu, tp, pp, 8192, 0.9, 1.0, even)
        # per-stage accounting never holds fewer tokens than the even-split bound
        assert explicit.kv_capacity_tokens >= default.kv_capacity_tokens
        if pp == 1:
            assert explicit == default
        # peak memory at the default capacity fits; one more token's worth of cache does not
        tokens = default.kv_capacity_tokens
        usable = default.usable_bytes
        if tokens == 0:  # TP1 x PP1: 140 GiB of weights do not fit at all
            assert peak_memory_bytes(llama70b, tp, pp, 8192, 1.0, 0) > usable
            continue
        assert peak_memory_bytes(llama70b, tp, pp, 8192, 1.0, tokens) <= usable
        assert peak_memory_bytes(llama70b, tp, pp, 8192, 1.0, tokens + 1) > usable


def test_fewer_layers_on_an_end_stage_lighten_it(llama70b) -> None:
    from servesolve.costs.memory import stage_weight_bytes

    even = stage_weight_bytes(llama70b, 2, 2, (40, 40))
    shifted = stage_weight_bytes(llama70b, 2, 2, (41, 39))
    assert shifted[1] < even[1] and shifted[0] > even[0]
    with pytest.raises(ValueError, match="stage_layers"):
        weight_bytes_per_gpu(llama70b, 2, 2, (40, 39))


def test_explicit_split_times_each_stage(llama70b, h100x8) -> None:
    model = RooflineCostModel(llama70b, h100x8, 0.002)
    shape = _shape(64, 1024, 512)
    legacy = model.iteration_time(ReplicaConfig(2, 2), shape)
    even = model.iteration_time(ReplicaConfig(2, 2, stage_layers=(40, 40)), shape)
    stages = model.stage_times_s(ReplicaConfig(2, 2, stage_layers=(40, 40)), shape)
    # same work on the critical path; the default bounds the slowest stage from above
    assert even.latency_s == pytest.approx(legacy.latency_s, rel=1e-12)
    assert even.latency_s == pytest.approx(sum(stages) + 0.002, rel=1e-12)
    assert even.period_s <= legacy.period_s
    # the LM head makes the last stage the slower one; the min-bottleneck split is no worse
    assert stages[1] > stages[0]
    split = min_bottleneck_split(
        80, *model.stage_costs_s(ReplicaConfig(2, 2, stage_layers=(40, 40)), shape)
    )
    best = model.iteration_time(ReplicaConfig(2, 2, stage_layers=split), shape)
    assert best.period_s <= even.period_s
    assert max(model.stage_times_s(ReplicaConfig(2, 2, stage_layers=split), shape)) <= max(stages)
    # PP1 with an explicit split is the default model
    one = model.iteration_time(ReplicaConfig(2, 1, stage_layers=(80,)), shape)
    assert one == model.iteration_time(ReplicaConfig(2, 1), shape)


def test_expert_parallelism_prices_all_to_all(h100x8, llama70b) -> None:
    from servesolve.costs.comm import comm_model

    a2a = comm_model("H100-SXM-80GB", "all_to_all", 8, 1, 450.0)
    assert a2a.source.startswith("fit: apex_plus H100-SXM-80GB all_to_all")
    mixtral = model_from_config(catalogue_entry("model", "mixtral-8x7b"))
    model = RooflineCostModel(mixtral, h100x8, 0.0)
    for shape in (_shape(8, 512), _shape(256, 1024, 2048)):
        tp = model.iteration_time(ReplicaConfig(4, 1), shape).latency_s
        ep = model.iteration_time(ReplicaConfig(4, 1, ep=4), shape).latency_s
        assert ep > 0 and ep != tp
    # ep=1 is the default
    assert model.iteration_time(ReplicaConfig(4, 1, ep=1), _shape(8, 512)) == model.iteration_time(
        ReplicaConfig(4, 1), _shape(8, 512)
    )
    with pytest.raises(ValueError, match="ep=2"):
        ReplicaConfig(4, 1, ep=2)
    with pytest.raises(ValueError, match="expert"):
        RooflineCostModel(llama70b, h100x8, 0.0).iteration_time(
            ReplicaConfig(4, 1, ep=4), _shape(8, 512)
        )


def test_frontend_latency_adds_to_predicted_ttft_and_e2e_only(llama70b, h100x8) -> None:
    """The mean-value model charges the engine's per-request frontend latency the way the
    simulator does: once in TTFT (and so E2E), never in an iteration."""
    from dataclasses import replace

    from servesolve.specs.catalog import load_engine

    engine = load_engine("vllm")

    def perf(frontend_s: float) -> ReplicaPerformance:
        model = RooflineCostModel(
            llama70b, h100x8, 0.0, engine=replace(engine, frontend_latency_s=frontend_s)
        )
        return ReplicaPerformance(model, ReplicaConfig(4, 1), 64, 8192, _stats())

    base, late = perf(0.0), perf(0.05)
    assert late.capacity_per_s == base.capacity_per_s
    rate = 0.5 * base.capacity_per_s
    a, b = base.metrics_at(rate), late.metrics_at(rate)
    assert b.ttft_s == pytest.approx(a.ttft_s + 0.05, rel=1e-9)
    assert b.e2e_s == pytest.approx(a.e2e_s + 0.05, rel=1e-9)
    assert b.tpot_s == a.tpot_s
