"""One engine and one cost model through plan, simulate and replay; deploy commands per engine."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
from helpers import run_cli

from servesolve.checking import policy_fields
from servesolve.cli import _compose_all, _to_container
from servesolve.costs.roofline import BatchShape, ReplicaConfig
from servesolve.errors import SpecError
from servesolve.planning import PlanRequest, ReplicaGroup, plan, request_cost_model
from servesolve.report import deploy_commands, plan_json, result_row, server_flags
from servesolve.simulating import SimulateRequest, simulate_plan
from servesolve.simulating import request_cost_model as simulate_cost_model
from servesolve.simulator.metrics import slo_met
from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config
from servesolve.specs.catalog import load_engine
from servesolve.specs.model import ModelSpec


def _composed(command: str, *overrides: str) -> dict:
    """The config of ``servesolve COMMAND OVERRIDES`` as the CLI composes it."""
    return _to_container(_compose_all(command, [list(overrides)])[0])


# ---- the engine group ------------------------------------------------------------------------
def test_a_bad_engine_name_is_one_line_exit_2(tmp_path: Path) -> None:
    proc = run_cli(["engine=sglangx", f"hydra.run.dir={tmp_path / 'x'}"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith("error: engine: unknown name 'sglangx'"), proc.stderr
    assert "sglang" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


def test_engine_defaults_fill_what_the_user_leaves_unset() -> None:
    sglang = PlanRequest.from_config(_composed("plan", "engine=sglang"))
    assert sglang.engine.name == "sglang" and sglang.engine.version == "0.5.9"
    assert sglang.planner.candidates.gpu_memory_utilization == 0.88  # SGLang's, not 0.9
    assert sglang.planner.candidates.max_num_batched_tokens == 8192
    assert sglang.planner.check.policy == "engine"
    pinned = PlanRequest.from_config(
        _composed(
            "plan",
            "engine=sglang",
            "planner.candidates.gpu_memory_utilization=0.8",
            "planner.candidates.max_num_batched_tokens=4096",
        )
    )
    assert pinned.planner.candidates.gpu_memory_utilization == 0.8
    assert pinned.planner.candidates.max_num_batched_tokens == 4096
    # the effective engine carries the values the run uses (the simulator reads it)
    assert pinned.engine.gpu_memory_utilization == 0.8
    assert pinned.engine.max_num_batched_tokens == 4096

    sim = SimulateRequest.from_config(
        _composed("simulate", "engine=trtllm", "replicas=[{tp: 8}]", "simulation.policy=static")
    )
    assert sim.options.max_num_batched_tokens == 8192 and sim.options.gpu_memory_utilization == 0.9
    assert sim.engine.scheduler == "trtllm" and sim.cost_tables == "auto"
    # an explicit policy runs as before: no engine in the simulation
    assert policy_fields(sim.options.policy, sim.engine) == {"policy": "static"}
    assert policy_fields("engine", sim.engine)["engine"] == sim.engine


# ---- one cost model ---------------------------------------------------------------------------
def test_plan_and_simulate_price_a_config_identically() -> None:
    planned = PlanRequest.from_config(_composed("plan"))
    simulated = SimulateRequest.from_config(_composed("simulate", "replicas=[{tp: 2, count: 4}]"))
    assert planned.engine == simulated.engine
    plan_model, sim_model = request_cost_model(planned), simulate_cost_model(simulated)
    assert plan_model is not sim_model and type(plan_model) is type(sim_model)
    config = ReplicaConfig(tp=2, pp=1)
    shape = BatchShape(
        prefill_tokens=512,
        prefill_attention_pairs=512 * 513 / 2,
        decode_seqs=32,
        decode_context_tokens=32 * 700,
        sampled_seqs=33,
        prefill_seqs=1,
    )
    assert plan_model.iteration_time(config, shape) == sim_model.iteration_time(config, shape)


@pytest.fixture(scope="module")
def sglang_plan(tmp_path_factory: pytest.TempPathFactory):
    """A plan of Llama-3.1-8B on SGLang, and its plan.json as `servesolve plan` writes it."""
    request = PlanRequest.from_config(
        _composed("plan", "model=llama3.1-8b", "workload=exegpt_s", "engine=sglang"),
        {"engine": "sglang"},
    )
    result = plan(request)
    path = tmp_path_factory.mktemp("plan") / "plan.json"
    path.write_text(json.dumps(plan_json(result), indent=2, default=str) + "\n")
    return result, path


@pytest.mark.slow
def test_simulating_a_plan_json_reproduces_its_check_exactly(sglang_plan) -> None:
    result, path = sglang_plan
    check = result.checks[0]
    request = SimulateRequest.from_config(
        _composed(
            "simulate",
            "model=llama3.1-8b",
            "workload=exegpt_s",
            "engine=sglang",
            f"plan={path}",
            f"simulation.rate_per_s={check.rate_per_s!r}",
            f"simulation.num_requests={check.num_requests}",
            f"simulation.seed={result.request.planner.check.seed}",
        )
    )
    assert request.engine == result.request.engine
    assert request.options.gpu_memory_utilization == 0.88  # the plan's
    simulated = simulate_plan(request)
    table, slo = simulated.requests, request.slo
    assert len(table) == check.num_requests
    assert float(table.ttft_s.quantile(slo.quantile)) == check.ttft_s
    assert float(table.tpot_s.dropna().quantile(slo.quantile)) == check.tpot_s
    assert float(table.e2e_s.quantile(slo.quantile)) == check.e2e_s
    assert float(simulated.metrics["steady_throughput_rps"]) == check.throughput_per_s
    assert float(slo_met(table, slo).mean()) == check.slo_attainment


@pytest.mark.slow
def test_plan_outputs_name_the_engine_and_cost_model(sglang_plan) -> None:
    result, path = sglang_plan
    data = json.loads(path.read_text())
    assert (data["engine"]["name"], data["engine"]["version"]) == ("sglang", "0.5.9")
    assert data["cost_model"] == result.cost_model_source != ""
    assert all(c.startswith("CUDA_VISIBLE_DEVICES=") for c in data["deploy_commands"])
    assert all("sglang.launch_server" in c for c in data["deploy_commands"])
    row = result_row(result).iloc[0]
    assert (row.engine, row.engine_version, row.cost_model) == (
        "sglang",
        "0.5.9",
        result.cost_model_source,
    )


@pytest.mark.slow
def test_a_plan_for_another_engine_is_refused(sglang_plan) -> None:
    from servesolve.errors import SpecError

    _, path = sglang_plan
    with pytest.raises(SpecError) as err:
        SimulateRequest.from_config(
            _composed("simulate", "model=llama3.1-8b", "workload=exegpt_s", f"plan={path}")
        )
    assert err.value.field == "engine"
    assert "planned for sglang 0.5.9, not vllm 0.19.0" in str(err.value)
    assert "pass engine=sglang" in str(err.value)


@pytest.mark.slow
def test_simulate_result_names_engine_policy_and_cost_model(tmp_path: Path) -> None:
    args = ["replicas=[{tp: 8, max_num_seqs: 64}]", "engine=vllm-0.6", "workload=exegpt_s",
            "simulation.num_requests=50"]  # fmt: skip
    out = tmp_path / "sim"
    proc = run_cli(["simulate", *args, f"hydra.run.dir={out}"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    source = simulate_cost_model(SimulateRequest.from_config(_composed("simulate", *args))).source
    row = pd.read_csv(out / "result.csv").iloc[0]
    assert (row.engine, row.engine_version, row.policy) == (
        "vllm",
        "0.6.6",
        "vllm_v0 scheduler of vllm 0.6.6",
    )
    # the source as priced (a measured model names the kernels it used): same kind of model
    assert row.cost_model.split(":")[0] == source.split(":")[0] != ""
    assert f"engine vllm 0.6.6, token budget 8192, priced by the {row.cost_model}" in proc.stdout


# ---- deploy commands --------------------------------------------------------------------------
MODEL = model_from_config(catalogue_entry("model", "llama3.1-70b"))
CLUSTER = cluster_from_config(catalogue_entry("cluster", "h100x8"))


def _deploy(engine_name: str, model: ModelSpec = MODEL) -> list[str]:
    engine = load_engine(engine_name)
    request = SimpleNamespace(
        model=model,
        cluster=CLUSTER,
        engine=engine,
        planner=SimpleNamespace(
            candidates=SimpleNamespace(
                max_num_batched_tokens=engine.max_num_batched_tokens,
                gpu_memory_utilization=engine.gpu_memory_utilization,
            )
        ),
    )
    groups = (ReplicaGroup("tp2_pp1", 2, 1, 64, 1, 1.0),)
    result = SimpleNamespace(
        request=request,
        stats=SimpleNamespace(max_input_tokens=1000, max_output_tokens=500),  # -> 1536 tokens
        plan=SimpleNamespace(name="milp", groups=groups),
    )
    return deploy_commands(result)


def test_vllm_command_shape() -> None:
    assert _deploy("vllm") == [
        "CUDA_VISIBLE_DEVICES=0,1 vllm serve meta-llama/Llama-3.1-70B-Instruct "
        "--tensor-parallel-size 2 --pipeline-parallel-size 1 --max-num-seqs 64 "
        "--max-num-batched-tokens 8192 --gpu-memory-utilization 0.9 --max-model-len 1536 "
        "--dtype bfloat16 --port 8000"
    ]


def test_sglang_command_shape() -> None:
    assert _deploy("sglang") == [
        "CUDA_VISIBLE_DEVICES=0,1 python -m sglang.launch_server "
        "--model-path meta-llama/Llama-3.1-70B-Instruct --tp-size 2 --pp-size 1 "
        "--max-running-requests 64 --chunked-prefill-size 8192 --mem-fraction-static 0.88 "
        "--context-length 1536 --dtype bfloat16 --port 8000"
    ]


def test_trtllm_command_shape() -> None:
    assert _deploy("trtllm") == [
        "CUDA_VISIBLE_DEVICES=0,1 trtllm-serve meta-llama/Llama-3.1-70B-Instruct "
        "--tp_size 2 --pp_size 1 --max_batch_size 64 --max_num_tokens 8192 "
        "--kv_cache_free_gpu_memory_fraction 0.9 --max_seq_len 1536 --backend pytorch --port 8000"
    ]


def test_vllm_0_6_deploys_with_vllm_serve() -> None:
    (command,) = _deploy("vllm-0.6")
    assert " vllm serve " in command and "--max-num-seqs 64" in command


def test_replay_request_carries_the_engine() -> None:
    from servesolve.replaying import ReplayRequest

    request = ReplayRequest.from_config(_composed("replay", "engine=sglang"))
    assert request.engine == load_engine("sglang")
    assert request.options.policy == "continuous" and request.cost_tables is None


@pytest.mark.parametrize("engine_name", ["vllm", "sglang"])
def test_a_quantized_checkpoint_deploys_without_a_quantization_flag(engine_name: str) -> None:
    """Its own quantization_config says how (MXFP4 gpt-oss, block-FP8 Qwen3): forcing
    --quantization fp8 would break it. Plain fp8 weights are quantized on load."""
    block = dataclasses.replace(MODEL, weight_dtype="fp8", quantization="fp8_block")
    (command,) = _deploy(engine_name, block)
    assert "--quantization" not in command and "--dtype" not in command
    (command,) = _deploy(engine_name, dataclasses.replace(MODEL, weight_dtype="fp8"))
    assert "--quantization fp8" in command


ENGINE_FLAGS = json.loads((Path(__file__).parent / "fixtures" / "engine_flags.json").read_text())
ENGINE_CONFIGS = sorted(
    p.stem for p in (Path(__file__).parent.parent / "conf" / "engine").glob("*.yaml")
)


@pytest.mark.parametrize("engine_name", ENGINE_CONFIGS)
def test_every_deploy_flag_is_one_the_engine_release_defines(engine_name: str) -> None:
    """Each flag the commands can carry (bf16, fp8 weights and KV, a quantized checkpoint,
    expert parallelism and attention data parallelism where the engine has them, several
    nodes, an uneven split) is in the engine release's own argument definitions
    (tests/fixtures/engine_flags.json, read from its wheel or pinned from its source;
    tests/fixtures/make_engine_flags.py)."""
    engine = load_engine(engine_name)
    known = set(ENGINE_FLAGS[engine.label]["flags"])
    moe = model_from_config(catalogue_entry("model", "mixtral-8x7b"))
    cand = SimpleNamespace(max_num_batched_tokens=8192, gpu_memory_utilization=0.9)
    models = [
        MODEL,
        dataclasses.replace(MODEL, weight_dtype="fp8", kv_cache_dtype="fp8"),
        dataclasses.replace(MODEL, weight_dtype="fp8", quantization="fp8_block"),
        moe,
    ]
    groups = [
        ReplicaGroup("a", 2, 1, 64, 1, 1.0),
        ReplicaGroup("b", 2, 2, 64, 1, 1.0, stage_layers=(41, 39)),
    ]
    if engine.expert_parallel:
        groups.append(ReplicaGroup("c", 4, 1, 64, 1, 1.0, ep=4))
    if engine.attention_dp != "none":  # attention data-parallel groups, experts TP and EP
        groups.append(ReplicaGroup("d", 8, 1, 64, 1, 1.0, attn_dp=4))
        groups.append(ReplicaGroup("e", 8, 1, 64, 1, 1.0, ep=8, attn_dp=8))
    used = set()
    for model in models:
        for group in groups:
            if group.attn_dp > 1 and not engine.attention_dp_for(model.is_moe):
                continue
            for nodes in (0, 2):
                words, _ = server_flags(engine.name, model, group, cand, 4096, 8000, nodes)
                used |= {w.split()[0] for w in words if w.startswith("--")}
    assert used - known == set(), f"{engine.label} defines no {sorted(used - known)}"
    assert {"--port"} <= used
    adp_flags = {
        "all": {"--enable-dp-attention", "--dp-size"},
        "moe": {"--data-parallel-size"},
        "none": set(),
    }[engine.attention_dp]
    assert adp_flags <= used


def test_an_engine_without_expert_parallelism_never_plans_it() -> None:
    config = {
        "model": catalogue_entry("model", "mixtral-8x7b"),
        "cluster": catalogue_entry("cluster", "h100x8"),
        "workload": catalogue_entry("workload", "synthetic_chat"),
        "slo": catalogue_entry("slo", "chat"),
        "solver": catalogue_entry("solver", "highs"),
        "engine": catalogue_entry("engine", "vllm-0.6"),
    }
    assert not PlanRequest.from_config(config).planner.candidates.expert_parallel
    asked = {**config, "planner": {"candidates": {"expert_parallel": True}}}
    with pytest.raises(SpecError, match=r"planner\.candidates\.expert_parallel: vllm 0\.6\.6"):
        PlanRequest.from_config(asked)
