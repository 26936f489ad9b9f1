"""The measured-kernel database loader, on a small fixture laid out as aiconfigurator-core's.

The fixture's latencies follow known formulas, so every interpolated, extrapolated or
resolved value below is checked against a number computed by hand.
"""

from __future__ import annotations

import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from servesolve.costs.kernel_db import (
    KernelDatabase,
    gemm_dtypes,
    interp_loglog,
    moe_dtypes,
    moe_kernel,
    resolve_version,
)
from servesolve.errors import SpecError

REL = 1e-9


def _write(root: Path, op: str, engine: str, version: str, name: str, frame: pd.DataFrame) -> None:
    folder = root / "toy_gpu" / op / engine / version
    folder.mkdir(parents=True, exist_ok=True)
    frame.to_parquet(folder / name)


def gemm_ms(m: float, n: float, k: float) -> float:
    """The fixture's GEMM law: 10 us fixed plus 1 ns per (m * n * k / 1e6)."""
    return 0.01 + 1e-6 * m * n * k / 1e6


@pytest.fixture
def root(tmp_path: Path) -> Path:
    rows = []
    for m in (1, 16, 256, 4096):
        for n in (1024, 4096):
            for k in (1024, 4096):
                rows.append(("bfloat16", "torch", m, n, k, gemm_ms(m, n, k)))
                # A slower second kernel for the same shape: the fastest one must win.
                rows.append(("bfloat16", "slow", m, n, k, 2 * gemm_ms(m, n, k)))
    gemm = pd.DataFrame(rows, columns=["gemm_dtype", "kernel_source", "m", "n", "k", "latency"])
    _write(tmp_path, "gemm", "vllm", "0.10.0", "gemm_perf.parquet", gemm)
    # Two versions of the attention tables: 0.8.0 and 0.12.0 (times differ by 2x).
    for version, scale in (("0.8.0", 1.0), ("0.12.0", 2.0)):
        att = []
        for b in (1, 4, 16):
            for step in (15, 255, 4095):
                for heads in (8, 16):
                    att.append(
                        (b, step, heads, 1, 128, "bfloat16", 0, scale * 0.001 * b * (step + 1))
                    )
        frame = pd.DataFrame(
            att,
            columns=[
                "batch_size",
                "step",
                "num_heads",
                "num_key_value_heads",
                "head_dim",
                "kv_cache_dtype",
                "window_size",
                "latency",
            ],
        )
        _write(tmp_path, "attention", "vllm", version, "generation_attention_perf.parquet", frame)
    comm = pd.DataFrame(
        [
            (2, size, backend, lat)
            for size in (1024, 1 << 20)
            for backend, lat in (("vllm_graph", 0.004), ("vllm_eager", 0.02))
        ],
        columns=["num_gpus", "message_size", "backend", "latency"],
    )
    _write(tmp_path, "comm", "vllm", "0.10.0", "custom_allreduce_perf.parquet", comm)
    return tmp_path


def roof_gemm(m: float, n: float, k: float) -> float:
    return 1e-3 * gemm_ms(m, n, k)


def test_version_resolution_backward_then_forward(root: Path) -> None:
    folder = root / "toy_gpu" / "attention" / "vllm"
    assert resolve_version(folder, "0.11.0") == "0.8.0"  # newest at or below
    assert resolve_version(folder, "0.12.0") == "0.12.0"
    assert resolve_version(folder, "0.99") == "0.12.0"
    assert resolve_version(folder, "0.6.0") == "0.8.0"  # nothing below: oldest above
    assert resolve_version(folder, "latest") == "0.12.0"
    assert resolve_version(folder, "nightly-5b8c30d") == "0.12.0"  # not a release: newest
    assert resolve_version(root / "toy_gpu" / "nothing", "1.0") is None


def test_gemm_exact_on_grid_fastest_kernel_and_loglog_between(root: Path) -> None:
    db = KernelDatabase("toy_gpu", "vllm", "0.10.0", root=root)
    assert db.gemm_dtype("bf16") == "bfloat16"
    assert db.gemm_dtype("fp8") is None
    assert db.gemm_s(256, 4096, 1024, "bfloat16", roof_gemm) == pytest.approx(
        1e-3 * gemm_ms(256, 4096, 1024), rel=REL
    )
    # Between m = 16 and 256 the value is the log-log interpolant of the two neighbours.
    t16, t256 = 1e-3 * gemm_ms(16, 1024, 1024), 1e-3 * gemm_ms(256, 1024, 1024)
    w = math.log(64 / 16) / math.log(256 / 16)
    expected = math.exp((1 - w) * math.log(t16) + w * math.log(t256))
    assert db.gemm_s(64, 1024, 1024, "bfloat16", roof_gemm) == pytest.approx(expected, rel=REL)
    # Between n corners: log-bilinear in n.
    wn = math.log(2048 / 1024) / math.log(4096 / 1024)
    a, b = 1e-3 * gemm_ms(256, 1024, 1024), 1e-3 * gemm_ms(256, 4096, 1024)
    expected_n = math.exp((1 - wn) * math.log(a) + wn * math.log(b))
    assert db.gemm_s(256, 2048, 1024, "bfloat16", roof_gemm) == pytest.approx(expected_n, rel=REL)
    assert db.versions["gemm"] == "0.10.0"


def test_gemm_past_the_grid_follows_the_roofline_never_clamps(root: Path) -> None:
    db = KernelDatabase("toy_gpu", "vllm", "0.10.0", root=root)
    edge = db.gemm_s(4096, 4096, 4096, "bfloat16", roof_gemm)
    inside = db.gemm_s(4095.9, 4096, 4096, "bfloat16", roof_gemm)
    outside = db.gemm_s(4096.1, 4096, 4096, "bfloat16", roof_gemm)
    assert inside == pytest.approx(edge, rel=1e-3) and outside == pytest.approx(edge, rel=1e-3)
    # The fixture follows its roofline exactly, so extrapolation recovers the law.
    assert db.gemm_s(8192, 4096, 4096, "bfloat16", roof_gemm) == pytest.approx(
        1e-3 * gemm_ms(8192, 4096, 4096), rel=1e-9
    )
    assert db.gemm_s(8192, 4096, 4096, "bfloat16", roof_gemm) > 1.8 * edge  # not clamped
    # Past the (n, k) grid as well.
    assert db.gemm_s(256, 8192, 1024, "bfloat16", roof_gemm) == pytest.approx(
        1e-3 * gemm_ms(256, 8192, 1024), rel=1e-9
    )
    # Distinct extrapolated queries (repeats are memoised): m = 4096.1, m = 8192, n = 8192.
    assert db.extrapolated["gemm"] == 3


def test_generation_attention_interpolates_scales_heads_and_resolves_version(root: Path) -> None:
    db = KernelDatabase("toy_gpu", "vllm", "0.11.0", root=root)  # -> 0.8.0 (scale 1)

    def roof(b: float, ctx: float) -> float:
        return 1e-6 * b * (ctx + 1)

    t = db.attention_s("generation", 4, 255, 8, 1, 128, "bfloat16", roof)
    assert t == pytest.approx(1e-6 * 4 * 256, rel=REL)
    assert db.versions["attention"] == "0.8.0"
    # 32 query heads are not measured: decode reads the same KV, so the nearest (16).
    assert db.attention_s("generation", 4, 255, 32, 1, 128, "bfloat16", roof) == pytest.approx(
        1e-6 * 4 * 256, rel=REL
    )
    # Past the largest batch: along the roofline (linear in batch here).
    assert db.attention_s("generation", 32, 255, 8, 1, 128, "bfloat16", roof) == pytest.approx(
        1e-6 * 32 * 256, rel=REL
    )
    # A head size the table lacks: None, so the caller falls back.
    assert db.attention_s("generation", 4, 255, 8, 1, 64, "bfloat16", roof) is None
    newer = KernelDatabase("toy_gpu", "vllm", "0.12.0", root=root)
    assert newer.attention_s("generation", 4, 255, 8, 1, 128, "bfloat16", roof) == pytest.approx(
        2 * 1e-6 * 4 * 256, rel=REL
    )


def test_allreduce_graph_or_eager_and_missing_ops(root: Path) -> None:
    db = KernelDatabase("toy_gpu", "vllm", "0.10.0", root=root)

    def roof(size: float) -> float:
        return 1.0

    assert db.allreduce_s(2, 4096, True, roof) == pytest.approx(4e-6, rel=REL)
    assert db.allreduce_s(2, 4096, False, roof) == pytest.approx(2e-5, rel=REL)
    assert db.allreduce_s(1, 4096, True, roof) == 0.0
    assert db.allreduce_s(8, 4096, True, roof) is None  # no 8-GPU rows, no NCCL table
    assert db.moe_s(16, "bf16", 1024, 512, 2, 8, 1, 1, roof) is None  # no MoE table


def test_a_release_reusing_another_releases_table_reads_the_donor(root: Path) -> None:
    """aiconfigurator-core ships releases whose folder holds only a ``reuse.yaml`` for a
    table (TRT-LLM 1.3.0rc23 on Blackwell: GEMMs of 1.3.0rc20): the declared donor's
    table prices it. Before, the resolved release had no GEMM file, so the database had
    no GEMM dtype and the whole cost model fell back to the roofline."""
    reuse = root / "toy_gpu" / "gemm" / "vllm" / "0.12.0"
    reuse.mkdir(parents=True)
    (reuse / "reuse.yaml").write_text(
        "schema_version: 1\nreuse:\n- table: gemm_perf\n  from_version: 0.10.0\n"
        "  reason: test\n  approved_by: test\n"
    )
    db = KernelDatabase("toy_gpu", "vllm", "0.12.0", root=root)
    assert db.gemm_dtype("bf16") == "bfloat16"
    assert db.gemm_s(256, 4096, 1024, "bfloat16", roof_gemm) == pytest.approx(
        1e-3 * gemm_ms(256, 4096, 1024), rel=REL
    )
    assert db.versions["gemm"] == "0.10.0" and not db.borrowed  # declared, not borrowed


def test_a_release_without_the_table_is_skipped_for_the_next_one(root: Path) -> None:
    """A release that measured other tables of an op only (TRT-LLM 1.3.0rc11's comm
    folder holds MoE all-to-alls, no all-reduce) prices that table from the next release
    in release order, counted as borrowed, instead of no table at all."""
    _write(root, "comm", "vllm", "0.11.0", "moe_a2a_perf.parquet", pd.DataFrame({"x": [1]}))
    db = KernelDatabase("toy_gpu", "vllm", "0.11.0", root=root)
    assert db.allreduce_s(2, 4096, True, lambda size: 1.0) == pytest.approx(4e-6, rel=REL)
    assert db.versions["comm"] == "0.10.0" and db.borrowed == {"comm 0.10.0": 1}


def test_unknown_system_is_one_line_naming_the_field(root: Path) -> None:
    with pytest.raises(
        SpecError, match=r"cluster\.gpu\.aic_system: .*'nope'.*fix: use one of toy_gpu"
    ):
        KernelDatabase("nope", "vllm", "0.10.0", root=root)


def test_interp_loglog_continuity_at_both_edges() -> None:
    xs = np.asarray([2.0, 8.0])
    ys = np.asarray([1.0, 4.0])

    def roof(x: float) -> float:
        return 1.0 + x

    assert interp_loglog(xs, ys, 4.0, roof) == (pytest.approx(2.0), False)
    below, out = interp_loglog(xs, ys, 1.0, roof)
    assert out and below == pytest.approx(1.0 * 2.0 / 3.0)
    above, out = interp_loglog(xs, ys, 16.0, roof)
    assert out and above == pytest.approx(4.0 * 17.0 / 9.0)


def _moe_rows(dtype: str, tp: int, scale: float) -> list[tuple]:
    return [
        (dtype, "power_law_1.01", 1024, 512, 2, 8, tp, 1, tokens, scale * 0.01 * tokens)
        for tokens in (1, 16, 256)
    ]


def test_moe_follows_the_checkpoint_format_and_borrows_missing_shapes(root: Path) -> None:
    columns = [
        "moe_dtype", "distribution", "hidden_size", "inter_size", "topk", "num_experts",
        "moe_tp_size", "moe_ep_size", "num_tokens", "latency",
    ]  # fmt: skip
    # 0.8.0 measured TP1 only, per-tensor fp8 (scale 1) and block fp8 (scale 3);
    # 0.12.0 also measured TP2 (scale 5).
    old = _moe_rows("fp8", 1, 1.0) + _moe_rows("fp8_block", 1, 3.0)
    new = old + _moe_rows("fp8_block", 2, 5.0)
    _write(root, "moe", "vllm", "0.8.0", "moe_perf.parquet", pd.DataFrame(old, columns=columns))
    _write(root, "moe", "vllm", "0.12.0", "moe_perf.parquet", pd.DataFrame(new, columns=columns))
    db = KernelDatabase("toy_gpu", "vllm", "0.10.0", root=root)  # -> 0.8.0

    def roof(tokens: float) -> float:
        return tokens

    args = (1024, 512, 2, 8)
    # Plain fp8 weights: the per-tensor kernels; a block-scaled checkpoint: the block ones.
    assert db.moe_s(16, "fp8", *args, 1, 1, roof) == pytest.approx(1.6e-4, rel=REL)
    assert db.moe_s(16, "fp8", *args, 1, 1, roof, quantization="fp8_block") == pytest.approx(
        4.8e-4, rel=REL
    )
    assert db.versions["moe"] == "0.8.0" and not db.borrowed
    # TP2 was not measured at 0.8.0: the nearest release that measured it, not a roofline.
    assert db.moe_s(16, "fp8", *args, 2, 1, roof) == pytest.approx(8e-4, rel=REL)
    assert db.borrowed == {"moe 0.12.0": 1}
    assert "shapes it lacks from moe 0.12.0" in db.label
    # Measured nowhere: None, so the caller prices it otherwise.
    assert db.moe_s(16, "fp8", *args, 4, 1, roof) is None


def test_a_release_without_a_moe_table_borrows_before_any_roofline(root: Path) -> None:
    """0.10.0 is the resolved release for MoE (it measured only wide-EP kernels); the
    fused-MoE shapes come from the nearest release that measured them."""
    columns = [
        "moe_dtype", "distribution", "hidden_size", "inter_size", "topk", "num_experts",
        "moe_tp_size", "moe_ep_size", "num_tokens", "latency",
    ]  # fmt: skip
    _write(
        root, "moe", "vllm", "0.10.0", "wideep_moe_perf.parquet", pd.DataFrame([], columns=columns)
    )
    _write(
        root, "moe", "vllm", "0.12.0", "moe_perf.parquet",
        pd.DataFrame(_moe_rows("fp8", 1, 2.0), columns=columns),
    )  # fmt: skip
    db = KernelDatabase("toy_gpu", "vllm", "0.10.0", root=root)
    assert db.moe_s(16, "fp8", 1024, 512, 2, 8, 1, 1, lambda t: t) == pytest.approx(3.2e-4, rel=REL)
    assert db.versions["moe"] == "0.10.0" and db.borrowed == {"moe 0.12.0": 1}


def test_a_moe_split_nobody_measured_scales_the_nearest_measured_one(root: Path) -> None:
    columns = [
        "moe_dtype", "distribution", "hidden_size", "inter_size", "topk", "num_experts",
        "moe_tp_size", "moe_ep_size", "num_tokens", "latency",
    ]  # fmt: skip
    rows = _moe_rows("fp8", 1, 1.0) + [
        ("fp8", "power_law_1.01", 1024, 512, 2, 8, 1, 4, tokens, 0.004 * tokens)
        for tokens in (1, 16, 256)
    ]
    _write(root, "moe", "vllm", "0.10.0", "moe_perf.parquet", pd.DataFrame(rows, columns=columns))
    db = KernelDatabase("toy_gpu", "vllm", "0.10.0", root=root)

    def roof_of(tp: int, ep: int):
        return lambda tokens: tokens / (tp * ep) + 1.0  # a fixed cost and a split share

    args = (16, "fp8", 1024, 512, 2, 8)
    # Without a roofline of other splits: not measured, so None (the caller's roofline).
    assert db.moe_s(*args, 2, 1, roof_of(2, 1)) is None
    # TP2 (tensor-parallel experts): TP1's 0.16 ms times roof(TP2) / roof(TP1) = 9 / 17.
    assert db.moe_s(*args, 2, 1, roof_of(2, 1), roof_of=roof_of) == pytest.approx(
        1.6e-4 * 9 / 17, rel=REL
    )
    # EP2 scales the measured expert-parallel split (EP4), not the tensor-parallel one.
    assert db.moe_s(*args, 1, 2, roof_of(1, 2), roof_of=roof_of) == pytest.approx(
        6.4e-5 * 9 / 5, rel=REL
    )
    assert db.scaled == {"MoE TP1xEP1": 1, "MoE TP1xEP4": 1}
    assert "MoE splits it lacks scaled along the roofline from MoE TP1xEP1" in db.label


def test_the_nearest_split_comes_from_the_preferred_dtype_and_pure_splits_only(root: Path) -> None:
    columns = [
        "moe_dtype", "distribution", "hidden_size", "inter_size", "topk", "num_experts",
        "moe_tp_size", "moe_ep_size", "num_tokens", "latency",
    ]  # fmt: skip
    # block fp8 (preferred for the block format) at TP1; per-tensor fp8 at TP4 and at the
    # mixed TP2 x EP2 split, both nearer to TP8 but in the less preferred dtype or mixed.
    rows = (
        _moe_rows("fp8_block", 1, 1.0)
        + _moe_rows("fp8", 4, 1.0)
        + [
            ("fp8_block", "power_law_1.01", 1024, 512, 2, 8, 2, 2, t, 0.01 * t)
            for t in (1, 16, 256)
        ]
    )
    _write(root, "moe", "vllm", "0.10.0", "moe_perf.parquet", pd.DataFrame(rows, columns=columns))
    db = KernelDatabase("toy_gpu", "vllm", "0.10.0", root=root)

    def roof_of(tp: int, ep: int):
        return lambda tokens: tokens / (tp * ep) + 1.0

    db.moe_s(16, "fp8", 1024, 512, 2, 8, 8, 1, roof_of(8, 1), "fp8_block", roof_of=roof_of)
    assert db.scaled == {"MoE TP1xEP1": 1}


def test_trtllm_runs_mxfp4_experts_with_mxfp8_activations_on_blackwell_only() -> None:
    assert moe_dtypes("fp4", "mxfp4", "trtllm", "b200_sxm")[0] == "w4a8_mxfp4_mxfp8"
    assert moe_dtypes("fp4", "mxfp4", "trtllm", "gb300")[0] == "w4a8_mxfp4_mxfp8"
    assert moe_dtypes("fp4", "mxfp4", "trtllm", "h200_sxm")[0] == "w4a16_mxfp4"  # Hopper: BF16
    assert moe_dtypes("fp4", "mxfp4", "vllm", "b200_sxm")[0] == "w4a16_mxfp4"  # FlashInfer BF16
    assert moe_dtypes("fp4", None, "trtllm", "b200_sxm") == moe_dtypes("fp4")  # not MXFP4


def test_vllm_mxfp4_experts_on_blackwell_come_from_flashinfer_kernels(tmp_path: Path) -> None:
    """vLLM runs MXFP4 experts with FlashInfer's TRT-LLM kernels on Blackwell. A release
    whose table measured only another kernel (vLLM 0.19.0's ``vllm_mxfp4_moe`` on B200,
    3.7x slower) is passed over for the nearest release that measured FlashInfer's; TRT-LLM
    and Hopper keep any kernel."""
    columns = [
        "moe_dtype", "distribution", "hidden_size", "inter_size", "topk", "num_experts",
        "moe_tp_size", "moe_ep_size", "num_tokens", "latency", "kernel_source",
    ]  # fmt: skip

    def rows(kernel: str, scale: float) -> pd.DataFrame:
        return pd.DataFrame(
            [r + (kernel,) for r in _moe_rows("w4a16_mxfp4", 1, scale)], columns=columns
        )

    for system in ("b200_sxm", "h200_sxm"):
        folder = tmp_path / system / "moe" / "vllm"
        for version, kernel, scale in (
            ("0.19.0", "vllm_mxfp4_moe", 4.0),
            ("0.24.0", "vllm_gptossmxfp4moe_flashinfer_trtllm_mxfp4_bf16", 1.0),
        ):
            (folder / version).mkdir(parents=True)
            rows(kernel, scale).to_parquet(folder / version / "moe_perf.parquet")
    args = (16, "fp4", 1024, 512, 2, 8, 1, 1, lambda t: t)
    b200 = KernelDatabase("b200_sxm", "vllm", "0.15.1", root=tmp_path)  # resolves to 0.19.0
    assert b200.moe_s(*args, quantization="mxfp4") == pytest.approx(1.6e-4, rel=REL)
    assert b200.borrowed == {"moe 0.24.0": 1}
    hopper = KernelDatabase("h200_sxm", "vllm", "0.15.1", root=tmp_path)
    assert hopper.moe_s(*args, quantization="mxfp4") == pytest.approx(6.4e-4, rel=REL)
    assert moe_kernel("mxfp4", "vllm", "gb300") == "flashinfer"
    assert moe_kernel("mxfp4", "trtllm", "b200_sxm") == ""
    assert moe_kernel("fp8_block", "vllm", "b200_sxm") == ""
    assert moe_kernel("mxfp4", "vllm", "h100_sxm") == ""


def test_checkpoint_formats_choose_the_gemm_tables() -> None:
    assert gemm_dtypes("fp4") == ("nvfp4", "fp8")
    assert gemm_dtypes("fp4", "mxfp4") == ("bfloat16",)  # gpt-oss: non-expert weights bf16
    assert gemm_dtypes("fp8", "fp8_block")[0] == "fp8"  # vLLM's block tables: see FORMAT_DTYPES


def test_a_release_measured_before_window_sizes_serves_full_attention_only(root: Path) -> None:
    """Older releases (A100's, for one) have no ``window_size`` column: their rows are
    full attention, so a full-attention lookup uses them and a windowed one finds none."""
    for parquet in root.rglob("generation_attention_perf.parquet"):
        pd.read_parquet(parquet).drop(columns="window_size").to_parquet(parquet)
    db = KernelDatabase("toy_gpu", "vllm", "0.11.0", root=root)

    def roof(b: float, ctx: float) -> float:
        return 1e-6 * b * (ctx + 1)

    t = db.attention_s("generation", 4, 255, 8, 1, 128, "bfloat16", roof)
    assert t == pytest.approx(1e-6 * 4 * 256, rel=REL)
    assert db.attention_s("generation", 4, 255, 8, 1, 128, "bfloat16", roof, window=128) is None
