"""The silicon-validation experiment: the closed loop, row -> simulation mapping, the whole
pipeline on a hand-written silicon fixture, the summary's median semantics, calibration."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
import yaml
from helpers import requests, spec

from servesolve.experiments import silicon_validation as sv
from servesolve.simulator import simulate
from servesolve.simulator.engine import BaseIterationTimer

ROOT = Path(__file__).resolve().parents[1]
FIXTURE = ROOT / "tests" / "fixtures" / "silicon_small.csv"
CONFIG = yaml.safe_load((ROOT / "conf" / "experiment" / "silicon_validation.yaml").read_text())
#: The fixture's h100_sxm vLLM rows that simulate (the rest are skipped, see below).
SIMULATED = {
    "llama8b_h100_vllm_128x16_c2": ("train", "tp1pp1"),
    "llama8b_h100_vllm_256x8_c4_tp2": ("train", "tp2pp1"),
    "gptoss_h100_vllm_128x8_c2_ep2": ("heldout_gpt-oss", "tp2pp1ep2"),
}
SKIPPED = {  # id -> (scope, words of its skip_reason)
    "dsr1_h100_vllm_c8": ("stretch", "MLA"),
    "qwen35_h100_vllm_c8": ("stretch", "linear attention"),
    "llama8b_h100_vllm_disagg": ("core", "disaggregated"),
    "minimax_h100_vllm_dp4": ("core", "attention data parallelism"),
    "qwen235_h100_vllm_moetp2ep2": ("core", "MoE TP2 x EP2"),
    "unknown_h100_vllm": ("unknown", "no entry for model_path acme/NotAModel-7B"),
}


def params(**kw) -> dict:
    return {**CONFIG["experiment"], "silicon_csv": str(FIXTURE), "aic": False, **kw}


class OneSecond(BaseIterationTimer):
    """Every iteration takes 1 s: closed-loop times become iteration counts."""

    def duration_s(self, engine, plan, now_s: float) -> float:
        return 1.0


@pytest.mark.parametrize(
    ("concurrency", "arrivals", "finishes"),
    [(1, [0, 3, 6], [3, 6, 9]), (2, [0, 0, 3, 3], [3, 3, 6, 6]), (3, [0, 0, 0], [3, 3, 3])],
)
def test_closed_loop_sends_each_clients_next_request_when_its_last_finishes(
    concurrency: int, arrivals: list[float], finishes: list[float]
) -> None:
    """Requests of 4 prompt and 3 output tokens take 3 iterations (prefill samples the
    first token, two decodes); a client's next request arrives at its last one's finish
    and is prefilled by the next iteration. The table's arrival times are ignored."""
    table = requests([(100.0 * (i + 1), 4, 3) for i in range(len(arrivals))])
    result = simulate(
        spec(kv_capacity_tokens=1024), table, timer=OneSecond(), concurrency=concurrency
    )
    out = result.requests
    assert out["arrival_time_s"].tolist() == arrivals
    assert out["finish_time_s"].tolist() == finishes
    assert out["ttft_s"].tolist() == [1.0] * len(arrivals)
    assert out["tpot_s"].tolist() == [1.0] * len(arrivals)


def test_benchmark_means_weigh_the_middle_waves_for_the_benchmarks_length() -> None:
    """3 simulated waves of 2 clients standing for a 10-wave benchmark: the first and last
    waves count once, the middle one 8 times (a 1-token output has no TPOT)."""
    table = pd.DataFrame(
        {
            "request_id": range(6),
            "ttft_s": [9, 9, 1, 3, 7, 7],
            "tpot_s": [5, 5, 2, 4, 0, float("nan")],
        }
    )
    ttft, tpot = sv.benchmark_means(table, concurrency=2, benchmark_waves=10)
    assert ttft == pytest.approx((9 + 9 + 8 * (1 + 3) + 7 + 7) / 20)
    assert tpot == pytest.approx((5 + 5 + 8 * (2 + 4) + 0) / 19)
    with pytest.raises(ValueError, match="at least 3 simulated waves"):
        sv.benchmark_means(table.iloc[:4], concurrency=2, benchmark_waves=10)


def test_rows_get_scope_split_layout_and_skip_reasons() -> None:
    models = sv.model_entries(params())
    silicon = sv.load_silicon(FIXTURE).set_index("id", drop=False)
    for rid, (split, parallelism) in SIMULATED.items():
        plan = sv.plan_row(silicon.loc[rid].to_dict(), models, ["gpt-oss", "minimax"])
        assert (plan.scope, plan.split, plan.parallelism, plan.skip_reason) == (
            "core",
            split,
            parallelism,
            None,
        )
    gpt_oss = sv.plan_row(silicon.loc["gptoss_h100_vllm_128x8_c2_ep2"].to_dict(), models, [])
    assert (gpt_oss.split, gpt_oss.ep, gpt_oss.weight_dtype) == ("train", 2, "fp4")
    llama_fp8 = sv.plan_row(silicon.loc["llama8b_h100_vllm_256x8_c4_tp2"].to_dict(), models, [])
    assert (llama_fp8.engine, llama_fp8.weight_dtype, llama_fp8.ep) == ("vllm", "fp8", 1)
    for rid, (scope, words) in SKIPPED.items():
        plan = sv.plan_row(silicon.loc[rid].to_dict(), models, ["gpt-oss", "minimax"])
        assert plan.scope == scope and words in (plan.skip_reason or ""), (rid, plan)
    assert sv.engine_name("vllm", "0.6.3") == "vllm-0.6"
    assert sv.engine_name("vllm", "0.19.0") == sv.engine_name("vllm", "nightly-dev") == "vllm"


def test_trtllm_runs_of_quantized_weights_keep_an_fp8_kv_cache() -> None:
    """ModelOpt's FP8 and NVFP4 recipes quantize the KV cache too; vLLM and SGLang
    quantize weights on load and keep the checkpoint's KV dtype."""
    models = sv.model_entries(params())
    llama = models["meta-llama/Llama-3.1-8B-Instruct"]
    assert llama.kv_dtype == "bf16"
    assert sv.kv_dtype_of(llama, "trtllm", "fp8") == sv.kv_dtype_of(llama, "trtllm", "fp4") == "fp8"
    assert sv.kv_dtype_of(llama, "trtllm", "bf16") == "bf16"
    assert sv.kv_dtype_of(llama, "vllm", "fp8") == sv.kv_dtype_of(llama, "sglang", "fp4") == "bf16"


def test_summary_is_median_abs_and_median_signed_error_per_group() -> None:
    """Group A: TTFT errors -10, 20, 40 -> mae median(10, 20, 40) = 20, bias 20 (means
    would give 23.3 and 16.7); TPOT 5, -30, 10 -> mae 10, bias 5; aiconfigurator's TTFT
    50, (none), -10 -> mae 30. A skipped row (no prediction) is not counted."""
    base = {"system": "h100_sxm", "engine": "vllm", "model": "m", "mode": "agg"}
    rows = pd.DataFrame(
        [
            base | {"id": "a1", "split": "train", "predicted_ttft_ms": 1.0},
            base | {"id": "a2", "split": "train", "predicted_ttft_ms": 1.0},
            base | {"id": "a3", "split": "train", "predicted_ttft_ms": 1.0},
            base | {"id": "a4", "split": "train", "predicted_ttft_ms": np.nan},
            base | {"id": "b1", "split": "heldout_x", "predicted_ttft_ms": 1.0},
        ]
    ).assign(
        ttft_error_pct=[-10.0, 20.0, 40.0, np.nan, -7.0],
        tpot_error_pct=[5.0, -30.0, 10.0, np.nan, 3.0],
        aic_ttft_error_pct=[50.0, np.nan, -10.0, 99.0, np.nan],
        aic_tpot_error_pct=[1.0, 2.0, -3.0, 99.0, np.nan],
    )
    summary = sv.summarize(rows)
    assert list(summary.columns) == list(sv.SUMMARY_COLUMNS)
    by_split = summary.set_index("split")
    assert by_split.loc["train", ["n", "ttft_mae_pct", "ttft_bias_pct"]].tolist() == [3, 20, 20]
    assert by_split.loc["train", ["tpot_mae_pct", "tpot_bias_pct"]].tolist() == [10, 5]
    assert by_split.loc["train", ["aic_ttft_mae_pct", "aic_tpot_mae_pct"]].tolist() == [30, 2]
    assert by_split.loc["heldout_x", ["n", "ttft_mae_pct", "ttft_bias_pct"]].tolist() == [1, 7, -7]
    assert math.isnan(by_split.loc["heldout_x", "aic_ttft_mae_pct"])


def test_fixture_through_the_runner_writes_rows_and_summary(tmp_path: Path) -> None:
    """``servesolve +experiment=silicon_validation`` on the fixture: one row per h100_sxm
    vLLM silicon row (not the SGLang one), three simulated with signed errors, the rest
    with their skip reason; rows.csv and summary.csv rebuilt beside the run file."""
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "from servesolve.cli import main; main()",
            "+experiment=silicon_validation",
            f"experiment.silicon_csv={FIXTURE}",
            f"experiment.results_dir={tmp_path}",
            "experiment.aic=false",
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "silicon_validation[h100_sxm/vllm]: 9/9 rows" in result.stdout
    folder = tmp_path / "silicon_validation"
    assert len(list((folder / "runs").glob("*.csv"))) == 1
    rows = pd.read_csv(folder / "rows.csv").set_index("id", drop=False)
    assert list(rows.columns[: len(sv.ROW_COLUMNS)]) == list(sv.ROW_COLUMNS)
    assert set(rows.index) == set(SIMULATED) | set(SKIPPED)
    done = rows.loc[list(SIMULATED)]
    assert done["skip_reason"].isna().all(), done["skip_reason"]
    assert (done["predicted_ttft_ms"] > 0).all() and (done["predicted_tpot_ms"] > 0).all()
    for name in ("ttft", "tpot"):
        expected = 100 * (done[f"predicted_{name}_ms"] / done[f"measured_{name}_ms"] - 1)
        np.testing.assert_allclose(done[f"{name}_error_pct"], expected, rtol=1e-9)
    # waves x concurrency requests were simulated (the shipped config: 3 waves)
    assert done["num_requests"].tolist() == [3 * b for b in done["batch"]]
    assert [tuple(r) for r in done[["split", "parallelism"]].to_numpy()] == list(SIMULATED.values())
    skipped = rows.loc[list(SKIPPED)]
    assert skipped["predicted_ttft_ms"].isna().all() and skipped["skip_reason"].notna().all()
    assert (rows["aic_note"] == "not computed (experiment.aic=false)").all()
    summary = pd.read_csv(folder / "summary.csv")
    assert list(summary.columns) == list(sv.SUMMARY_COLUMNS)
    assert summary.set_index(["model", "split"])["n"].to_dict() == {
        ("llama-3.1-8b-instruct", "train"): 2,
        ("gpt-oss-120b", "heldout_gpt-oss"): 1,
    }
    llama = done.loc[["llama8b_h100_vllm_128x16_c2", "llama8b_h100_vllm_256x8_c4_tp2"]]
    row = summary.set_index("split").loc["train"]
    assert row["ttft_mae_pct"] == pytest.approx(llama["ttft_error_pct"].abs().median())
    assert row["tpot_bias_pct"] == pytest.approx(llama["tpot_error_pct"].median())


def test_calibration_fits_on_train_rows_only_and_repredicts() -> None:
    """The hook: ``fit`` sees only the train split; its host costs re-predict every row
    (50 ms more host time per iteration shows in every row's TPOT)."""
    models = sv.model_entries(params())
    ids = ["llama8b_h100_vllm_128x16_c2", "gptoss_h100_vllm_128x8_c2_ep2"]
    silicon = sv.load_silicon(FIXTURE).set_index("id", drop=False)
    rows = pd.DataFrame(
        [
            sv.predict_row(silicon.loc[i].to_dict(), plan, params(), None, "off")
            for i in ids
            for plan in [sv.plan_row(silicon.loc[i].to_dict(), models, ["gpt-oss"])]
        ]
    )
    seen: list[list[str]] = []

    def fit(train: pd.DataFrame) -> dict[str, dict[str, float]]:
        seen.append(train["id"].tolist())
        return {"vllm": {"host_iteration_s": 0.052}}

    fitted, again = sv.calibrate(rows, fit, params())
    assert seen == [["llama8b_h100_vllm_128x16_c2"]]
    assert fitted == {"vllm": {"host_iteration_s": 0.052}}
    assert again["id"].tolist() == ids
    slower = again["predicted_tpot_ms"].to_numpy() - rows["predicted_tpot_ms"].to_numpy()
    assert (slower > 40).all(), slower


def test_bad_parameters_are_one_line_spec_errors() -> None:
    from servesolve.errors import SpecError

    with pytest.raises(SpecError, match="experiment.waves"):
        sv.validate(params(waves=2))
    with pytest.raises(SpecError, match="experiment.heldout_families"):
        sv.validate(params(heldout_families=["nope"]))
    with pytest.raises(SpecError, match="experiment.models"):
        sv.validate(params(models=[{"path": "x"}]))
    sv.validate(params())


def test_headline_reads_coverage_and_pooled_heldout_errors_off_rows() -> None:
    """The headline pools held-out families per system and compares with aiconfigurator
    only on rows both predict; recomputed here from the fixture's rows by hand."""
    from pathlib import Path

    import numpy as np
    import pandas as pd

    from servesolve.experiments.silicon_validation import headline

    rows = pd.read_csv(
        Path(__file__).parent / "fixtures" / "results" / "silicon_validation" / "rows.csv"
    )
    text, table = headline(rows)
    core = rows[rows["scope"] == "core"]
    assert f"{int(core['predicted_ttft_ms'].notna().sum())} of {len(core)} rows" in text
    done = rows[rows["predicted_ttft_ms"].notna()]
    held = done[done["split"] != "train"]
    for system, group in held.groupby("system"):
        got = table[(table["held"] == "heldout") & (table["system"] == system)].iloc[0]
        assert got["n"] == len(group)
        assert got["ttft_mae_pct"] == np.median(group["ttft_error_pct"].abs())
        assert got["tpot_bias_pct"] == np.median(group["tpot_error_pct"])
        both = group[group["aic_ttft_error_pct"].notna() & group["aic_tpot_error_pct"].notna()]
        assert got["both_n"] == len(both)
        if len(both):
            assert got["ours_ttft_mae_same_pct"] == np.median(both["ttft_error_pct"].abs())
            assert got["aic_tpot_mae_pct"] == np.median(both["aic_tpot_error_pct"].abs())


def test_benchmark_budget_fits_a_whole_prompt_beside_the_batch_only_without_chunking() -> None:
    from servesolve.experiments.silicon_validation import benchmark_token_budget
    from servesolve.specs.catalog import load_engine

    trtllm, vllm = load_engine("trtllm"), load_engine("vllm")
    assert benchmark_token_budget(trtllm, 8192, 128) == 8192 + 128
    assert benchmark_token_budget(trtllm, 1024, 128) == trtllm.max_num_batched_tokens
    assert benchmark_token_budget(vllm, 8192, 128) == vllm.max_num_batched_tokens
