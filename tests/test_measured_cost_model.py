"""The measured-kernel cost model on the installed aiconfigurator-core data, and the chain
that picks a cost model for a run."""

from __future__ import annotations

import dataclasses

import pytest

from servesolve.costs.kernel_db import open_database
from servesolve.costs.measured_model import (
    MeasuredCostModel,
    equivalent_prompt_length,
    windowed_pair_share,
    windowed_prompt_length,
)
from servesolve.costs.roofline import (
    ACT_BYTES,
    ELEMENTWISE_PASSES,
    BatchShape,
    ReplicaConfig,
    RooflineCostModel,
)
from servesolve.costs.table_model import TableCostModel, cost_model_for
from servesolve.specs.catalog import (
    catalogue_entry,
    cluster_from_config,
    load_engine,
    model_from_config,
)


def _model(name: str = "llama3.1-70b", **changes: object):
    return dataclasses.replace(model_from_config(catalogue_entry("model", name)), **changes)


def _cluster(name: str = "h100x8"):
    return cluster_from_config(catalogue_entry("cluster", name))


def decode(batch: int, context: int, graph: int | None = None) -> BatchShape:
    return BatchShape(0.0, 0.0, batch, batch * context, batch, 0.0, graph)


def test_chain_prefers_measured_kernels_then_tables_then_roofline(tmp_path) -> None:
    model = _model()
    measured = cost_model_for(model, _cluster("h100x8"), 0.002)
    assert isinstance(measured, MeasuredCostModel)
    assert "aiconfigurator-core 0.12.0 h100_sxm/vllm" in measured.source
    h200 = cost_model_for(model, _cluster("h200x8"), 0.002)
    assert isinstance(h200, MeasuredCostModel) and "h200_sxm" in h200.source
    # A40 has no measured database: the shipped vidur GEMM tables.
    assert isinstance(cost_model_for(model, _cluster("a40x48"), 0.002), TableCostModel)
    roofline = cost_model_for(model, _cluster("h100x8"), 0.002, tables="roofline")
    assert type(roofline) is RooflineCostModel


def test_engine_selects_database_and_host_costs() -> None:
    engine = dataclasses.replace(
        load_engine("sglang"),
        host_iteration_s=0.001,
        host_per_seq_s=1e-4,
        host_per_new_request_s=0.01,
    )
    cm = cost_model_for(_model(), _cluster(), 0.002, engine=engine)
    assert "h100_sxm/sglang" in cm.source and "host costs: sglang" in cm.source
    shape = BatchShape(1000.0, 1000.0 * 1001 / 2, 10, 10 * 500, 11, 1.0)
    assert cm.overhead_s(shape, 8) == pytest.approx(0.001 + 1e-4 * 11 + 0.01)
    # Every source of the chain charges the engine's host costs.
    roofline = cost_model_for(_model(), _cluster(), 0.002, tables="roofline", engine=engine)
    assert roofline.overhead_s(shape, 8) == pytest.approx(0.001 + 1e-4 * 11 + 0.01)
    # Without an engine the fixed iteration overhead stays.
    assert cost_model_for(_model(), _cluster(), 0.002).overhead_s(shape, 8) == 0.002


def test_layer_gemms_are_the_databases_and_padding_raises_them() -> None:
    model = _model()
    cm = cost_model_for(model, _cluster(), 0.0)
    db = cm.db
    q = model.q_size / 4
    kv = model.kv_heads_per_gpu(4) * model.head_size
    direct = db.gemm_s(40, q + 2 * kv, model.hidden_size, "bfloat16", cm._roof_gemm)
    assert cm._gemm(40, model.hidden_size, q + 2 * kv) == pytest.approx(direct, rel=1e-12)
    # A decode of 33 padded to 40 runs its GEMMs and all-reduces as 40 sequences do;
    # attention and elementwise work stay at 33.
    padded = cm.layer_time_s(decode(33, 1000, graph=40), 4)
    forty = cm.layer_time_s(decode(40, 1000, graph=40), 4)

    def elementwise(tokens: int) -> float:
        return cm._memory_op(ELEMENTWISE_PASSES * tokens * model.hidden_size * ACT_BYTES)

    own = cm._attention(decode(33, 1000), 4) + elementwise(33)
    other = cm._attention(decode(40, 1000), 4) + elementwise(40)
    assert padded - own == pytest.approx(forty - other, rel=1e-9)
    assert padded != cm.layer_time_s(decode(33, 1000), 4)


def test_fp8_weights_use_fp8_kernels_and_run_faster_at_large_batches() -> None:
    bf16 = cost_model_for(_model(), _cluster(), 0.0)
    fp8 = cost_model_for(_model(weight_dtype="fp8", kv_cache_dtype="fp8"), _cluster(), 0.0)
    assert fp8.gemm_dtype == "fp8" and fp8.kv_dtype == "fp8"
    # The FFN up-projection of an 8192-token prefill on one GPU of TP8.
    assert fp8._gemm(8192, 8192, 2 * 28672 / 8) < 0.75 * bf16._gemm(8192, 8192, 2 * 28672 / 8)
    prefill = BatchShape(8192.0, 8192 * 8193 / 2, 0, 0, 1, 1.0)
    config = ReplicaConfig(8, 1)
    assert (
        fp8.iteration_time(config, prefill).latency_s
        < bf16.iteration_time(config, prefill).latency_s
    )


def test_gemm_is_continuous_at_the_measured_grid_edge_and_not_clamped() -> None:
    cm = cost_model_for(_model(), _cluster(), 0.0)
    n, k = 8192, 8192  # measured up to m = 32768
    inside = cm._gemm(32767.5, k, n)
    outside = cm._gemm(32768.5, k, n)
    assert outside == pytest.approx(inside, rel=0.01)
    assert cm._gemm(65536, k, n) > 1.8 * cm._gemm(32768, k, n)


def test_attention_from_measured_tables_with_fixed_cost() -> None:
    cm = cost_model_for(_model(), _cluster(), 0.0)
    one = cm.layer_time_s(decode(1, 16), 8) - cm.layer_time_s(decode(1, 1), 8)
    # Attention of a tiny decode costs a fixed ~10 us kernel, not ~0 as a pure roofline.
    att = cm._attention(decode(1, 16), 8)
    assert 5e-6 < att < 50e-6
    assert abs(one) < 20e-6


def test_equivalent_prompt_length_inverts_causal_pairs() -> None:
    assert equivalent_prompt_length(3 * 1000 * 1001 / 2, 3.0) == pytest.approx(1000.0)
    assert equivalent_prompt_length(0.0, 1.0) == 1.0


def test_database_is_shared_per_system_engine_version() -> None:
    assert open_database("h100_sxm", "vllm", "0.19.0") is open_database(
        "h100_sxm", "vllm", "0.19.0"
    )


def test_allreduce_is_looked_up_by_elements_and_graph_only_for_captured_decodes() -> None:
    cm = cost_model_for(_model(), _cluster(), 0.0)
    db = cm.db

    def roof(e: float) -> float:
        return 1.0

    # 8192 tokens x 8192 hidden values: the table's message size counts elements.
    elements = 8192 * 8192
    assert cm._allreduce(8, elements, graph=False) == pytest.approx(
        db.allreduce_s(8, elements, False, roof)
    )
    prefill = BatchShape(64.0, 64 * 65 / 2, 0, 0, 1, 1.0)
    captured = decode(64, 100, graph=64)
    eager = decode(64, 100)
    assert cm.layer_time_s(captured, 8) < cm.layer_time_s(eager, 8)  # graph all-reduce
    assert cm.layer_time_s(prefill, 8) > 0
    assert db.versions["comm/nccl"] == db.nccl_version == "2.27.3"  # h100_sxm.yaml


def test_decode_attention_is_flat_in_query_heads() -> None:
    db = open_database("h100_sxm", "vllm", "0.19.0")

    def roof(b: float, ctx: float) -> float:
        return 1e-9 * b * ctx

    # 28 query heads are not measured: the nearest measured count's time, unscaled.
    t28 = db.attention_s("generation", 64, 8000, 28, 4, 128, "bfloat16", roof)
    t32 = db.attention_s("generation", 64, 8000, 32, 4, 128, "bfloat16", roof)
    assert t28 == pytest.approx(t32, rel=0.05)


def test_expert_parallel_layers_all_reduce_as_tensor_parallel_ones_do() -> None:
    """Attention stays tensor-parallel under EP: the layer's collectives are the TP
    all-reduces (the engine's custom all-reduce in a captured decode), not an all-to-all
    dispatch; only the MoE kernel differs."""
    model = _model("mixtral-8x7b")
    cm = cost_model_for(model, _cluster(), 0.0)
    for shape in (decode(8, 500, graph=8), BatchShape(512.0, 512 * 513 / 2, 0, 0, 1, 1.0)):
        tp_layer = cm._layer_uncached(shape, 8, 1)
        ep_layer = cm._layer_uncached(shape, 8, 8)
        run = shape.graph_seqs or shape.prefill_tokens + shape.decode_seqs
        assert ep_layer - tp_layer == pytest.approx(cm._ffn(run, 8, 8) - cm._ffn(run, 8, 1))


def test_sliding_window_layers_attend_to_their_window_only() -> None:
    """Half the layers windowed: the mean of full and windowed attention. Within the
    window the two kernels measured within a few % of each other; past it prefill keeps
    the window's share of the pairs and decode reads the window's tokens (the tables
    measured 128-token windows)."""
    full = cost_model_for(_model("llama3.1-8b"), _cluster(), 0.0)
    half = cost_model_for(
        _model("llama3.1-8b", sliding_window=128, sliding_window_layers=16), _cluster(), 0.0
    )
    short, long_decode = decode(8, 100), decode(8, 8192)
    assert half._attention(short, 1) == pytest.approx(full._attention(short, 1), rel=0.05)
    windowed = half._attention_with(long_decode, 1, 128)
    assert windowed < 0.5 * full._attention(long_decode, 1)
    assert half._attention(long_decode, 1) == pytest.approx(
        (full._attention(long_decode, 1) + windowed) / 2, rel=1e-9
    )
    prompt = BatchShape(8192.0, 8192 * 8193 / 2, 0, 0, 1, 1.0)
    assert half._attention_with(prompt, 1, 128) < 0.2 * full._attention(prompt, 1)
    assert windowed_pair_share(100, 128) == 1.0
    assert windowed_pair_share(8192, 128) == pytest.approx(
        (128 * 129 / 2 + 8064 * 128) / (8192 * 8193 / 2)
    )


def test_windowed_layers_stay_windowed_past_the_measured_grid_and_after_a_cached_prefix() -> None:
    half = cost_model_for(
        _model("llama3.1-8b", sliding_window=128, sliding_window_layers=16), _cluster(), 0.0
    )
    # Decode of 256 sequences: the window-128 table stops near 1,023 cached tokens; past
    # it the windowed layer still reads 128 tokens, so its time stays flat.
    at_1k, at_16k = (half._attention_with(decode(256, c), 1, 128) for c in (1000, 16384))
    assert at_16k == pytest.approx(at_1k, rel=0.05)
    # A 2,048-token chunk after 100,000 cached tokens: each query still sees 128 keys.
    fresh = BatchShape(2048.0, 2048 * 2049 / 2, 0, 0, 1, 1.0)
    after = BatchShape(2048.0, 2048 * 100_000 + 2048 * 2049 / 2, 0, 0, 1, 1.0)
    assert half._attention_with(after, 1, 128) == pytest.approx(
        half._attention_with(fresh, 1, 128), rel=0.05
    )
    assert windowed_prompt_length(128 * 129 / 2 + 10 * 128, 128) == pytest.approx(138)
    assert windowed_prompt_length(3.0, 128) == pytest.approx(2.0)
