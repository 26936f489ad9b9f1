"""Attention data parallelism (``attn_dp``): memory, iteration time, candidates, commands.

The stage's TP GPUs form ``attn_dp`` attention groups of ``tp / attn_dp`` GPUs, each with
its own share of the sequences and their KV cache; the FFN runs on every token between an
all-gather and a reduce-scatter (docs/attention_dp.md). ``attn_dp = 1`` is the model as
it was (``benchmarks/bench_capacity_runs.py`` prints the same digest).
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from helpers import run_cli

from servesolve.costs.comm import comm_model
from servesolve.costs.memory import (
    kv_bytes_per_token_per_gpu,
    memory_budget,
    peak_memory_bytes,
    weight_bytes_per_gpu,
)
from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import (
    ACT_BYTES,
    ELEMENTWISE_PASSES,
    BatchShape,
    ReplicaConfig,
    RooflineCostModel,
    attention_group_shape,
)
from servesolve.formulations.candidates import CandidateOptions, price_candidates
from servesolve.launch import server_flags
from servesolve.plan_result import ReplicaGroup
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec
from servesolve.simulator.request_state import RequestState
from servesolve.simulator.simulation import build_engines, kv_budget
from servesolve.specs import (
    catalogue_entry,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)
from servesolve.specs.catalog import load_engine
from servesolve.specs.hardware import GIB
from servesolve.workloads import sample_requests, workload_from_dict

MIXTRAL = model_from_config(catalogue_entry("model", "mixtral-8x7b"))
LLAMA70B = model_from_config(catalogue_entry("model", "llama3.1-70b"))
H100X8 = cluster_from_config(catalogue_entry("cluster", "h100x8"))
#: Mixtral with 2 KV heads: at TP 8 every GPU keeps a replica of one head (kv_heads < tp).
FEW_KV = dataclasses.replace(MIXTRAL, name="mixtral-2kv", num_kv_heads=2)
#: A decode-heavy micro-batch: 256 sequences at 2,000 tokens of context, no prefill.
DECODE = BatchShape(0.0, 0.0, 256.0, 256.0 * 2000, 256.0)
#: Relative tolerance of sums the test and the model add in different orders.
SUM_TOL = 1e-12


# ---- the config -------------------------------------------------------------------------------
def test_attn_dp_is_a_power_of_two_dividing_tp() -> None:
    assert ReplicaConfig(8, 1) == ReplicaConfig(8, 1, attn_dp=1)
    assert ReplicaConfig(8, 1, attn_dp=4).attention_tp == 2
    assert ReplicaConfig(8, 1, 8, attn_dp=8).label == "TP8xPP1xEP8xADP8"
    for bad in (0, 3, 16):
        with pytest.raises(ValueError, match="attn_dp"):
            ReplicaConfig(8, 1, attn_dp=bad)


def test_attn_dp_1_leaves_the_shape_and_every_number_as_it_was() -> None:
    assert attention_group_shape(DECODE, 1) is DECODE
    cm = RooflineCostModel(MIXTRAL, H100X8, 0.002)
    assert cm.layer_time_s(DECODE, 8, attn_dp=1) == cm.layer_time_s(DECODE, 8)
    assert memory_budget(MIXTRAL, H100X8.gpu, 8, 1, 8192, 0.9, 1.0, attn_dp=1) == memory_budget(
        MIXTRAL, H100X8.gpu, 8, 1, 8192, 0.9, 1.0
    )


def test_the_slowest_group_holds_an_even_share_but_never_part_of_a_sequence() -> None:
    group = attention_group_shape(DECODE, 8)
    assert group.decode_seqs == 32 and group.decode_context_tokens == 32 * 2000
    one = BatchShape(4096.0, 4096.0 * 4097 / 2, 3.0, 3000.0, 4.0, prefill_seqs=1.0)
    group = attention_group_shape(one, 8)
    # one prompt cannot be split: a group prefills all of it; 3 decodes: one whole each
    assert group.prefill_tokens == 4096 and group.prefill_seqs == 1
    assert group.decode_seqs == 1 and group.decode_context_tokens == 1000


# ---- memory, against the formula by hand ---------------------------------------------------
def test_mixtral_weights_and_kv_with_attention_groups_of_one_gpu_by_hand() -> None:
    # Mixtral-8x7B: hidden 4096, 32 heads of 128, 8 KV heads, 32 layers, 8 experts of
    # 3 x 4096 x 14336 = 176,160,768 parameters, vocabulary 32,000, bf16.
    # TP8 (attention TP8), per layer on one GPU:
    #   Q, O 2 x 4096 x 4096 / 8 = 4,194,304; K, V 2 x 4096 x 128 (one head) = 1,048,576;
    #   experts 8 x 176,160,768 / 8 = 176,160,768; router 4096 x 8 = 32,768
    #   => 181,436,416 x 32 layers + embedding and head 2 x 32,000 x 4096 / 8
    tp8 = (4_194_304 + 1_048_576 + 176_160_768 + 32_768) * 32 + 2 * 32_000 * 4096 // 8
    # TP8 with 8 attention groups of one GPU: attention, embedding and head whole per GPU:
    #   Q, O 33,554,432; K, V 2 x 4096 x 1024 = 8,388,608; experts and router as above
    adp8 = (33_554_432 + 8_388_608 + 176_160_768 + 32_768) * 32 + 2 * 32_000 * 4096
    assert weight_bytes_per_gpu(MIXTRAL, 8, 1) == 2 * tp8
    assert weight_bytes_per_gpu(MIXTRAL, 8, 1, attn_dp=8) == 2 * adp8
    # KV per GPU and token of its own sequences: 32 layers x 2 x heads x 128 x 2 bytes
    assert kv_bytes_per_token_per_gpu(MIXTRAL, 8, 1) == 32 * 2 * 1 * 128 * 2
    assert kv_bytes_per_token_per_gpu(MIXTRAL, 8, 1, attn_dp=8) == 32 * 2 * 8 * 128 * 2
    # 8 KV heads at TP8: the same KV bytes per GPU for a batch (8 x the heads, 1/8 of the
    # sequences), and the capacity falls by the replicated attention weights
    sequences, context = 256, 2000
    per_gpu = {
        d: peak_memory_bytes(MIXTRAL, 8, 1, 8192, 1.0, sequences * context, attn_dp=d)
        - peak_memory_bytes(MIXTRAL, 8, 1, 8192, 1.0, 0.0, attn_dp=d)
        for d in (1, 8)
    }
    assert per_gpu[8] == pytest.approx(per_gpu[1], rel=SUM_TOL)
    budget = {
        d: memory_budget(MIXTRAL, H100X8.gpu, 8, 1, 8192, 0.9, 1.0, attn_dp=d) for d in (1, 8)
    }
    for d, weights in ((1, 2 * tp8), (8, 2 * adp8)):
        activation = 3 * 8192 * (2 * 14336 * 2 / 8) * 2  # the experts' up-projections
        free = 0.9 * H100X8.gpu.memory_bytes - weights - activation - 1.0 * GIB
        per_token = 32 * 2 * (8 // (8 // d)) * 128 * 2
        assert budget[d].activation_bytes == activation
        assert budget[d].kv_capacity_tokens == d * int(free // per_token)
    assert budget[8].kv_capacity_tokens < budget[1].kv_capacity_tokens


def test_with_fewer_kv_heads_than_tp_attention_dp_lowers_kv_bytes_and_raises_capacity() -> None:
    # 2 KV heads at TP8: each GPU replicates one head (16,384 bytes per token, 32 layers),
    # every token on all 8 GPUs. Groups of 2 GPUs (attn_dp 4) hold one head each for a
    # quarter of the tokens; groups of 1 GPU (attn_dp 8) both heads for an eighth.
    head = 32 * 2 * 128 * 2
    tokens = 256 * 2000
    kv_on_one_gpu = {
        d: peak_memory_bytes(FEW_KV, 8, 1, 8192, 1.0, tokens, attn_dp=d)
        - peak_memory_bytes(FEW_KV, 8, 1, 8192, 1.0, 0.0, attn_dp=d)
        for d in (1, 4, 8)
    }
    assert kv_on_one_gpu[1] == tokens * head
    assert kv_on_one_gpu[4] == tokens / 4 * head
    assert kv_on_one_gpu[8] == tokens / 8 * 2 * head
    capacity = {
        d: memory_budget(FEW_KV, H100X8.gpu, 8, 1, 8192, 0.9, 1.0, attn_dp=d).kv_capacity_tokens
        for d in (1, 4, 8)
    }
    assert capacity[4] > 3 * capacity[1] and capacity[8] > 3 * capacity[1]
    # and its decode attention reads a quarter of the KV bytes per GPU
    cm = RooflineCostModel(FEW_KV, H100X8, 0.002)
    tp_read = cm._attention_s(DECODE, 8)
    dp_read = cm._attention_s(attention_group_shape(DECODE, 8), 1)
    assert dp_read < tp_read


def test_the_simulator_gives_every_engine_the_kv_blocks_of_all_its_groups() -> None:
    engine = load_engine("sglang")
    blocks, budget = kv_budget(FEW_KV, H100X8.gpu, 8, 1, None, 8192, 0.9, 1.0, 16, engine, 8)
    per_gpu = budget.kv_cache_bytes // kv_bytes_per_token_per_gpu(FEW_KV, 8, 1, attn_dp=8)
    assert budget.kv_capacity_tokens == 8 * per_gpu and blocks == 8 * per_gpu // 16
    spec = SimulationSpec(FEW_KV, H100X8, (ReplicaGroupSpec(8, 1, 256, attn_dp=8),), engine=engine)
    requests = pd.DataFrame({"arrival_time_s": [0.0], "input_tokens": [100], "output_tokens": [4]})
    (engines,) = build_engines(spec, RequestState(requests))
    assert engines[0].num_blocks == blocks and engines[0].config.attn_dp == 8


# ---- iteration time: the collectives ---------------------------------------------------------
def test_all_gather_and_reduce_scatter_replace_the_all_reduces() -> None:
    """The layer with 8 attention groups of one GPU is its parts, priced one by one, plus
    an all-gather and a reduce-scatter of every token's activations over the 8 GPUs from
    the comm model; with attention TP the same parts plus two all-reduces."""
    cm = RooflineCostModel(MIXTRAL, H100X8, 0.002)
    link = H100X8.intra_node_gb_per_s
    h = MIXTRAL.hidden_size
    tokens = DECODE.decode_seqs
    activations = tokens * h * ACT_BYTES

    def comm(name: str, size: float) -> float:
        return float(comm_model(H100X8.gpu.name, name, 8, 1, link).time_s(size))

    ffn = cm._ffn_time(tokens, 8)
    group = attention_group_shape(DECODE, 8)
    g = group.decode_seqs
    attention_part = (
        cm._gemm(g, h, MIXTRAL.q_size + 2 * MIXTRAL.kv_size)
        + cm._gemm(g, MIXTRAL.q_size, h)
        + cm._attention_s(group, 1)
        + cm._memory_op(ELEMENTWISE_PASSES * g * h * ACT_BYTES)
    )
    expected = (
        attention_part + ffn + comm("all_gather", activations) + comm("reduce_scatter", activations)
    )
    assert cm.layer_time_s(DECODE, 8, attn_dp=8) == pytest.approx(expected, rel=SUM_TOL)
    tp_part = (
        cm._gemm(tokens, h, MIXTRAL.q_size / 8 + 2 * 128)
        + cm._gemm(tokens, MIXTRAL.q_size / 8, h)
        + cm._attention_s(DECODE, 8)
        + cm._memory_op(ELEMENTWISE_PASSES * tokens * h * ACT_BYTES)
    )
    tp_layer = tp_part + ffn + 2 * comm("all_reduce", activations)
    assert cm.layer_time_s(DECODE, 8) == pytest.approx(tp_layer, rel=SUM_TOL)


def test_the_measured_model_calls_nccl_all_gather_and_reduce_scatter(monkeypatch) -> None:
    from servesolve.costs.kernel_db import open_database
    from servesolve.costs.measured_model import MeasuredCostModel

    engine = load_engine("sglang")
    db = open_database("h100_sxm", "sglang", engine.version)
    cm = MeasuredCostModel(MIXTRAL, H100X8, 0.002, db, engine)
    shape = dataclasses.replace(DECODE, graph_seqs=256.0)
    calls: list[tuple] = []
    nccl, allreduce = cm._nccl, cm._allreduce
    monkeypatch.setattr(cm, "_nccl", lambda *a: calls.append(("nccl", *a)) or nccl(*a))
    monkeypatch.setattr(
        cm, "_allreduce", lambda *a, **k: calls.append(("all_reduce", *a)) or allreduce(*a, **k)
    )
    h = MIXTRAL.hidden_size
    cm.layer_time_s(shape, 8)
    assert calls == [("all_reduce", 8, 256 * h)]  # priced once, counted twice
    calls.clear()
    cm.layer_time_s(shape, 8, attn_dp=8)
    assert calls == [("nccl", "all_gather", 8, 256 * h), ("nccl", "reduce_scatter", 8, 256 * h)]
    calls.clear()
    cm.layer_time_s(shape, 8, attn_dp=4)  # groups of 2 GPUs all-reduce their own 64 sequences
    assert calls[0] == ("all_reduce", 2, 64 * h) and len(calls) == 3
    # the NCCL times are the database's own measurements where it measured the size
    table = db._table("comm", "nccl_perf.parquet", engine="nccl")
    row = table[
        (table.op_name == "reduce_scatter") & (table.num_gpus == 8) & (table.nccl_dtype == "half")
    ].iloc[10]
    measured = db.collective_s("reduce_scatter", 8, float(row.message_size), lambda e: e)
    assert measured == pytest.approx(row.latency * 1e-3, rel=SUM_TOL)


# ---- candidates --------------------------------------------------------------------------------
STATS = WorkloadStats.from_requests(
    sample_requests(workload_from_dict(catalogue_entry("workload", "synthetic_chat"))), 0.9
)
SLO = slo_from_config(catalogue_entry("slo", "chat"))


def _layouts(model, engine_name: str | None, **options) -> pd.DataFrame:
    opts = CandidateOptions(max_num_seqs=[64], max_pp=2, **options)
    engine = load_engine(engine_name) if engine_name else None
    table = price_candidates(model, H100X8, STATS, SLO, opts, space="parallelism", engine=engine)
    assert table.index.is_unique
    return table


@pytest.mark.parametrize(
    ("model", "engine", "planned"),
    [
        (LLAMA70B, "sglang", True),
        (MIXTRAL, "sglang", True),
        (MIXTRAL, "vllm", True),
        (LLAMA70B, "vllm", False),  # vLLM DP of a dense model is separate replicas
        (MIXTRAL, "vllm-0.6", False),
        (MIXTRAL, "trtllm", False),
        (MIXTRAL, None, False),
    ],
)
def test_candidates_include_attention_dp_where_the_engine_runs_it(model, engine, planned) -> None:
    table = _layouts(model, engine)
    adp = table[table.attn_dp > 1]
    assert (not adp.empty) == planned
    if planned:
        assert set(adp.pp) == {1} and (adp.tp >= 2).all()
        for tp in (2, 4, 8):
            assert set(adp[adp.tp == tp].attn_dp) == {d for d in (2, 4, 8) if d <= tp}
        assert all(f"_adp{d}_" in label for label, d in adp.attn_dp.items())
    assert not _layouts(model, engine, attention_dp=False).attn_dp.gt(1).any()


def test_the_planner_switch_turns_attention_dp_off() -> None:
    from servesolve.planning import PlanRequest

    config = {
        key: catalogue_entry(key, name)
        for key, name in (
            ("model", "mixtral-8x7b"),
            ("cluster", "h100x8"),
            ("workload", "synthetic_chat"),
            ("slo", "chat"),
            ("solver", "highs"),
            ("engine", "sglang"),
        )
    }
    assert PlanRequest.from_config(config).planner.candidates.attention_dp
    off = {**config, "planner": {"candidates": {"attention_dp": False}}}
    assert not PlanRequest.from_config(off).planner.candidates.attention_dp


# ---- commands ---------------------------------------------------------------------------------
CAND = SimpleNamespace(max_num_batched_tokens=8192, gpu_memory_utilization=0.9)


def test_server_flags_of_attention_dp() -> None:
    group = ReplicaGroup("a", 8, 1, 256, 1, 1.0, ep=8, attn_dp=4)
    sglang, _ = server_flags("sglang", MIXTRAL, group, CAND, 4096, 8000, 0)
    assert "--tp-size 8" in sglang and "--enable-dp-attention" in sglang
    assert "--dp-size 4" in sglang and "--ep-size 8" in sglang
    vllm, _ = server_flags("vllm", MIXTRAL, group, CAND, 4096, 8000, 0)
    # vLLM: 4 data-parallel ranks of TP 2, max_num_seqs per rank, experts over all 8
    assert "--tensor-parallel-size 2" in vllm and "--data-parallel-size 4" in vllm
    assert "--max-num-seqs 64" in vllm and "--enable-expert-parallel" in vllm
    trtllm, _ = server_flags("trtllm", MIXTRAL, group, CAND, 4096, 8000, 0)
    assert trtllm[-1].startswith("# planned attention DP 4")
    plain = SimpleNamespace(tp=2, pp=1, max_num_seqs=64, ep=1, stage_layers=None)
    words, _ = server_flags("sglang", MIXTRAL, plain, CAND, 4096, 8000, 0)  # no attn_dp: 1
    assert not any("dp" in w for w in words)


# ---- end to end --------------------------------------------------------------------------------
@pytest.mark.slow
def test_plan_and_simulate_carry_attn_dp(tmp_path: Path) -> None:
    out = tmp_path / "plan"
    args = [
        "engine=sglang",
        "model=mixtral-8x7b",
        "planner.check.enabled=false",
        "planner.pictures=false",
        "planner.shapes=[colocated]",
        "planner.candidates.max_num_seqs=[64,256]",
        "planner.candidates.max_pp=1",
        f"hydra.run.dir={out}",
    ]
    proc = run_cli(args, tmp_path)
    assert proc.returncode == 0, proc.stderr
    data = json.loads((out / "plan.json").read_text())
    assert all("attn_dp" in g for g in data["plan"]["groups"])
    candidates = pd.read_csv(out / "candidates.csv", index_col=0)
    assert candidates.attn_dp.gt(1).any()
    proc = run_cli(
        [
            "simulate",
            "engine=sglang",
            "model=mixtral-8x7b",
            f"plan={out / 'plan.json'}",
            "simulation.num_requests=200",
            f"hydra.run.dir={tmp_path / 'sim'}",
        ],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    # the same plan with its groups as 8 attention groups of one GPU each
    data["plan"]["groups"] = [
        {"tp": 8, "pp": 1, "max_num_seqs": 256, "num_replicas": 1, "ep": 1, "attn_dp": 8}
    ]
    adp = tmp_path / "adp.json"
    adp.write_text(json.dumps(data))
    proc = run_cli(
        [
            "simulate",
            "engine=sglang",
            "model=mixtral-8x7b",
            f"plan={adp}",
            "simulation.num_requests=200",
            f"hydra.run.dir={tmp_path / 'sim8'}",
        ],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "1 x TP8xPP1 ADP8 b256" in proc.stdout
    # an engine that cannot run it is refused, naming the field
    proc = run_cli(
        [
            "simulate",
            "engine=vllm",
            "model=llama3.1-8b",
            "replicas=[{tp: 2, attn_dp: 2}]",
            f"hydra.run.dir={tmp_path / 'x'}",
        ],
        tmp_path,
    )
    assert proc.returncode == 2 and "replicas.0.attn_dp" in proc.stderr, proc.stderr
