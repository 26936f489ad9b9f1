"""Roofline attention: fitted launch terms against hand calculations and measured kernels."""

from __future__ import annotations

import math
from importlib.resources import files

import numpy as np
import pandas as pd
import pytest

from servesolve.costs.calibration.fit_attention import (
    SOURCES,
    error_summary,
    fit_table,
    load_measured,
    predict_s,
    roofline_before_s,
)
from servesolve.costs.roofline import BatchShape, RooflineCostModel
from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

FITTED_GPUS = ("H100-SXM-80GB", "H200-SXM-141GB", "A100-SXM-80GB", "B200-SXM-180GB")


def _table() -> pd.DataFrame:
    path = files("servesolve.costs").joinpath("data/attention_overheads.csv")
    return pd.read_csv(str(path)).set_index(["gpu", "phase"])


def _cost_model(gpu: str, model: str = "llama3.1-70b") -> RooflineCostModel:
    cluster = cluster_from_config(
        {"name": "one-node", "gpu": gpu, "num_nodes": 1, "gpus_per_node": 8,
         "inter_node_gb_per_s": 400, "source": "test"}
    )  # fmt: skip
    return RooflineCostModel(model_from_config(catalogue_entry("model", model)), cluster, 0.0)


def test_table_has_both_phases_of_each_fitted_gpu_and_names_its_source():
    table = _table()
    for gpu in FITTED_GPUS:
        for phase in ("prefill", "decode"):
            row = table.loc[(gpu, phase)]
            assert row["fixed_s"] >= 0 and row["per_seq_s"] >= 0
            assert 0 < row["efficiency"] <= 1
            file = "context" if phase == "prefill" else "generation"
            system = SOURCES[gpu].system
            assert row["source"].startswith("fit: aiconfigurator-core 0.12.0 systems/data/")
            assert (
                f"{system}/attention/vllm/{SOURCES[gpu].version}/{file}_attention"
                in (row["source"])
            )


def test_prefill_attention_is_fixed_plus_per_prompt_plus_flops():
    cost = _cost_model("H100-SXM-80GB")
    c = _table().loc[("H100-SXM-80GB", "prefill")]
    # TP4: 64 / 4 = 16 query heads of 128; 2 prompts of 1024 tokens: 2 x 1024 x 1025 / 2 pairs.
    pairs = 2 * 1024 * 1025 / 2
    flops = 4 * 128 * 16 * pairs
    expected = c["fixed_s"] + 2 * c["per_seq_s"] + flops / (989.4e12 * c["efficiency"])
    shape = BatchShape(2048, pairs, 0, 0, 2, prefill_seqs=2)
    assert math.isclose(cost._attention_s(shape, 4), expected, rel_tol=1e-12)
    # An old caller without prefill_seqs: 2 equal prompts inferred from tokens and pairs.
    old = BatchShape(2048, pairs, 0, 0, 2)
    assert math.isclose(cost._attention_s(old, 4), expected, rel_tol=1e-12)


def test_decode_attention_is_fixed_plus_per_sequence_plus_kv_bytes():
    cost = _cost_model("H200-SXM-141GB")
    c = _table().loc[("H200-SXM-141GB", "decode")]
    # TP8: one KV head of 128 per GPU, K and V in bf16: 512 bytes per token; 64 sequences
    # over 4096 tokens each.
    kv_bytes = 64 * 4096 * 512
    expected = c["fixed_s"] + 64 * c["per_seq_s"] + kv_bytes / (4800e9 * c["efficiency"])
    shape = BatchShape(0, 0, 64, 64 * 4096, 64)
    assert math.isclose(cost._attention_s(shape, 8), expected, rel_tol=1e-12)
    # A mixed batch pays both kernels; an empty one pays nothing.
    mixed = BatchShape(512, 512 * 513 / 2, 64, 64 * 4096, 65, prefill_seqs=1)
    prefill_only = BatchShape(512, 512 * 513 / 2, 0, 0, 1, prefill_seqs=1)
    assert math.isclose(
        cost._attention_s(mixed, 8),
        cost._attention_s(prefill_only, 8) + expected,
        rel_tol=1e-12,
    )
    assert cost._attention_s(BatchShape(0, 0, 0, 0, 0), 8) == 0.0


def test_gpu_without_coefficients_keeps_the_plain_roofline_and_says_so():
    cost = _cost_model("A40-48GB")
    assert "attention: no fitted launch terms for A40-48GB" in cost.source
    eff = cost.efficiency
    pairs = 1024 * 1025 / 2
    shape = BatchShape(1024, pairs, 8, 8 * 2048, 9, prefill_seqs=1)
    compute = 149.7e12 * eff.compute_efficiency
    # TP2: 32 query heads, 4 KV heads of 128 (bf16 K and V: 2048 bytes per token).
    memory = 8 * 2048 * 2048 / (696e9 * eff.memory_efficiency)
    expected = 4 * 128 * 32 * pairs / compute + max(memory, 4 * 128 * 32 * 8 * 2048 / compute)
    assert math.isclose(cost._attention_s(shape, 2), expected, rel_tol=1e-12)
    assert "attention: launch terms" in _cost_model("B200-SXM-180GB").source


def test_attention_is_part_of_the_layer_time():
    cost = _cost_model("H100-SXM-80GB")
    with_attention = BatchShape(2048, 2 * 1024 * 1025 / 2, 16, 16 * 1000, 18, prefill_seqs=2)
    tokens = cost._token_terms(2048 + 16, 16, 4, False, 1)
    layer = cost.layer_time_s(with_attention, 4)
    assert math.isclose(layer, tokens + cost._attention_s(with_attention, 4), rel_tol=1e-12)


@pytest.mark.parametrize("gpu", ["H100-SXM-80GB", "B200-SXM-180GB"])
def test_fit_beats_the_plain_roofline_on_measured_kernels(gpu):
    table = _table()
    for phase in ("prefill", "decode"):
        d = load_measured(gpu, phase)
        c = table.loc[(gpu, phase)]
        after = predict_s(d, phase, c["fixed_s"], c["per_seq_s"], c["efficiency"])
        measured = d["latency_s"].to_numpy()
        before_abs, before_bias = error_summary(measured, roofline_before_s(d, gpu, phase))
        after_abs, after_bias = error_summary(measured, after)
        # The plain roofline is far too fast (no launch cost); the fit is unbiased.
        assert before_bias < -0.5 and before_abs > 0.5
        assert after_abs < 0.25 and abs(after_bias) < 0.05
        # Small kernels (< 20 us measured) are mostly launch cost.
        small = measured < 20e-6
        assert error_summary(measured[small], after[small])[0] < 0.2


def test_committed_table_is_the_fit_of_the_installed_data():
    fresh, _ = fit_table()
    committed = _table().reset_index()
    assert list(fresh["gpu"] + fresh["phase"]) == list(committed["gpu"] + committed["phase"])
    for column in ("fixed_s", "per_seq_s", "efficiency"):
        np.testing.assert_allclose(fresh[column], committed[column], rtol=1e-4)
    assert list(fresh["num_points"]) == list(committed["num_points"])
