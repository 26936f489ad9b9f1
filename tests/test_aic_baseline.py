"""aiconfigurator's own predictions for silicon_sample.csv rows (experiments/aic_baseline.py).

The rows are real runs of the csv shipped in the installed aiconfigurator-core, picked by id;
predictions come from the installed estimator (a few seconds per database on first use).
"""

from __future__ import annotations

import math

import pandas as pd
import pytest

from servesolve.errors import SpecError
from servesolve.experiments.aic_baseline import (
    CHECKPOINT_QUANT,
    AicPrediction,
    error_summary,
    load_silicon_sample,
    predict_silicon_row,
    predict_silicon_rows,
)

#: Qwen3-32B (NVFP4) on B200 with TRT-LLM, aggregated, TP2, 15000/500 tokens, 416 requests.
AGG_QWEN = "nvidia_qwen3_32b_nvfp4_nvidia_qwen3_32b_nvfp4_b200_sxm_trtllm_agg_15000x500_c416_tp2_0_epnone_2"
#: Llama-3.1-70B FP8 on B200 with vLLM, aggregated, TP4, 1024/1024 tokens, 8 requests; its
#: model path is read through the shipped Meta-Llama-3.1-70B config.
AGG_LLAMA = "2026_04_06_llama_3_1_70b_b200_sxm_vllm_fp8_agg_1024x1024_c8_tp4_ep1_259"
#: Qwen3-32B (NVFP4) on B200 with TRT-LLM, disaggregated.
DISAGG_QWEN = "nvidia_qwen3_32b_nvfp4_nvidia_qwen3_32b_nvfp4_b200_sxm_trtllm_disagg_15000x500_c480_tp_epnone_1"
#: A disaggregated DeepSeek-R1 run recorded without worker batch sizes or counts.
DISAGG_NO_BATCH = (
    "2026_03_25_deepseek_r1_b200_sxm_trtllm_fp8_disagg_1024x1024_c1600_tp8_0_ep8_0_355"
)
#: MiniMax-M2.5 FP8 on B200 with vLLM, TP2, 256 x 9216 tokens: over memory for aiconfigurator.
AGG_OOM = "2026_03_25_minimax_m2_5_b200_sxm_vllm_fp8_agg_8192x1024_c256_tp2_0_ep1_0_80"


@pytest.fixture(scope="module")
def silicon() -> pd.DataFrame:
    return load_silicon_sample().set_index("id", drop=False)


def row(silicon: pd.DataFrame, row_id: str) -> dict[str, object]:
    return silicon.loc[row_id].to_dict()


def test_installed_csv_is_the_documented_one(silicon):
    assert len(silicon) == 5221
    assert silicon.index.is_unique


@pytest.mark.parametrize("row_id", [AGG_QWEN, AGG_LLAMA, DISAGG_QWEN])
def test_predictions_are_within_3x_of_the_measurement(silicon, row_id):
    measured = row(silicon, row_id)
    prediction = predict_silicon_row(measured)
    assert prediction.ttft_ms is not None and prediction.tpot_ms is not None, prediction.note
    for predicted, actual in (
        (prediction.ttft_ms, measured["silicon_ttft_ms"]),
        (prediction.tpot_ms, measured["silicon_tpot_ms"]),
    ):
        assert math.isfinite(predicted) and predicted > 0
        assert actual / 3 <= predicted <= actual * 3
    # the database is the current slot: the row's backend version (if any) has no database
    backend = measured["backend"]
    current = {"trtllm": "1.3.0rc20", "vllm": "0.24.0"}[backend]
    version = measured["backend_version"]
    why = "current slot" if pd.isna(version) else f"{version} not queryable: current slot"
    assert prediction.note.startswith(f"db b200_sxm/{backend}/{current} ({why}); ")


def test_model_alias_is_named_in_the_note(silicon):
    prediction = predict_silicon_row(row(silicon, AGG_LLAMA))
    assert "model meta-llama/Llama-3.1-70B (config of meta-llama/Meta-Llama-3.1-70B)" in (
        prediction.note
    )


def test_disagg_row_without_batch_sizes_is_refused(silicon):
    prediction = predict_silicon_row(row(silicon, DISAGG_NO_BATCH))
    assert prediction.ttft_ms is None and prediction.tpot_ms is None
    assert prediction.note.endswith(
        "aiconfigurator needs prefill_batch_size, prefill_num_workers, "
        "decode_batch_size, decode_num_workers"
    )


def test_system_without_database_is_refused(silicon):
    measured = row(silicon, AGG_QWEN) | {"system": "no_such_gpu"}
    prediction = predict_silicon_row(measured)
    assert prediction == AicPrediction(
        None, None, "no_such_gpu/trtllm: LookupError: no trtllm database for no_such_gpu"
    )


def test_out_of_memory_is_refused_unless_allowed(silicon):
    measured = row(silicon, AGG_OOM)
    refused = predict_silicon_row(measured)
    assert (refused.ttft_ms, refused.tpot_ms) == (None, None)
    assert refused.note.endswith("aiconfigurator refuses: OOM")
    kept = predict_silicon_row(measured, allow_oom=True)
    assert kept.ttft_ms > 0 and kept.tpot_ms > 0
    assert "OOM (aiconfigurator refuses; values kept by allow_oom)" in kept.note


def test_csv_quant_without_perf_data_falls_back_to_the_checkpoint(silicon):
    # gpt-oss-120b is labelled nvfp4 in the csv; B200/vLLM has no nvfp4 MoE data for it.
    gpt_oss = silicon[
        (silicon["model_path"] == "openai/gpt-oss-120b")
        & (silicon["system"] == "b200_sxm")
        & (silicon["backend"] == "vllm")
        & (silicon["gemm_quant_mode"] == "nvfp4")
    ].iloc[0]
    strict = predict_silicon_row(gpt_oss.to_dict(), quant_fallback=False)
    assert (strict.ttft_ms, strict.tpot_ms) == (None, None)
    assert "PerfDataNotAvailableError" in strict.note
    fallback = predict_silicon_row(gpt_oss.to_dict())
    assert fallback.ttft_ms > 0 and fallback.tpot_ms > 0
    assert f"{CHECKPOINT_QUANT} (csv nvfp4/nvfp4 has no perf data)" in fallback.note


def test_row_without_a_required_column_is_a_spec_error(silicon):
    measured = row(silicon, AGG_QWEN)
    del measured["isl"]
    with pytest.raises(SpecError, match="row.isl: is missing"):
        predict_silicon_row(measured)


def test_batch_returns_one_row_per_input_id_in_order(silicon):
    ids = [DISAGG_NO_BATCH, AGG_QWEN, DISAGG_QWEN, AGG_LLAMA]
    out = predict_silicon_rows(silicon.loc[ids].reset_index(drop=True))
    assert list(out.columns) == ["id", "aic_ttft_ms", "aic_tpot_ms", "aic_note"]
    assert out["id"].tolist() == ids
    assert out["aic_ttft_ms"].isna().tolist() == [True, False, False, False]
    single = predict_silicon_row(row(silicon, AGG_QWEN))
    assert out.loc[1, "aic_ttft_ms"] == single.ttft_ms
    assert out.loc[1, "aic_tpot_ms"] == single.tpot_ms
    assert out.attrs["rows_per_s"] > 0


def test_error_summary_by_hand():
    silicon = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "system": ["h100_sxm", "h100_sxm", "b200_sxm"],
            "backend": ["vllm", "vllm", "vllm"],
            "mode": ["agg", "agg", "agg"],
            "silicon_ttft_ms": [100.0, 200.0, 50.0],
            "silicon_tpot_ms": [10.0, 20.0, 5.0],
        }
    )
    predictions = pd.DataFrame(
        {
            "id": ["c", "b", "a"],
            "aic_ttft_ms": [None, 100.0, 150.0],
            "aic_tpot_ms": [None, 25.0, 8.0],
            "aic_note": ["refused", "db", f"db; {CHECKPOINT_QUANT}"],
        }
    )
    table = error_summary(silicon, predictions).set_index(["system", "backend", "mode"])
    h100 = table.loc[("h100_sxm", "vllm", "agg")]
    assert (h100["rows"], h100["predicted"], h100["checkpoint_quant"]) == (2, 2, 1)
    # ttft errors +0.5 and -0.5; tpot errors -0.2 and +0.25
    assert h100["median_abs_err_ttft"] == pytest.approx(0.5)
    assert h100["median_err_ttft"] == pytest.approx(0.0)
    assert h100["median_abs_err_tpot"] == pytest.approx(0.225)
    assert h100["median_err_tpot"] == pytest.approx(0.025)
    b200 = table.loc[("b200_sxm", "vllm", "agg")]
    assert (b200["rows"], b200["predicted"], b200["coverage"]) == (1, 0, 0.0)
    assert math.isnan(b200["median_err_ttft"])
    total = table.loc[("all", "all", "all")]
    assert (total["rows"], total["predicted"]) == (3, 2)
    assert total["coverage"] == pytest.approx(2 / 3)
