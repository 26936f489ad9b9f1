"""Every shipped spec loads; validation errors are one line naming the field; HF config.json loads."""

from __future__ import annotations

import dataclasses
import json

import pytest
from hydra import compose, initialize_config_module

from servesolve.errors import SpecError, UnknownNameError
from servesolve.specs import (
    catalogue_entry,
    catalogue_names,
    cluster_from_config,
    load_gpu,
    model_from_config,
    slo_from_config,
)

MODELS = [n for n in catalogue_names("model") if n != "hf"]

# Published parameter counts (billions) and the tolerance the spec's count must meet:
# biases, norms and position embeddings are left out on purpose (< 0.2 %).
PUBLISHED_PARAMS_B = {
    "llama3.1-8b": 8.03,
    "llama3.1-70b": 70.6,
    "llama3.1-405b": 405.8,
    "mistral-large-2407": 122.6,
    "mixtral-8x7b": 46.7,
    "mixtral-8x22b": 140.6,
    "opt-13b": 12.85,
    "t5-11b": 11.3,
}
PARAM_REL_TOL = 0.01


def test_all_expected_models_ship() -> None:
    expected = {
        "t5-11b", "opt-13b", "gpt3-39b", "gpt3-101b", "gpt3-175b", "gpt3-341b",
        "llama3.1-8b", "llama3.1-70b", "llama3.1-405b", "mistral-large-2407", "mixtral-8x7b", "mixtral-8x22b",
    }  # fmt: skip
    assert expected <= set(MODELS)


@pytest.mark.parametrize("name", MODELS)
def test_every_model_loads(name: str) -> None:
    model = model_from_config(catalogue_entry("model", name))
    assert model.total_params > 1e9
    assert model.source


@pytest.mark.parametrize("name,billions", sorted(PUBLISHED_PARAMS_B.items()))
def test_parameter_counts_match_published(name: str, billions: float) -> None:
    model = model_from_config(catalogue_entry("model", name))
    assert model.total_params / 1e9 == pytest.approx(billions, rel=PARAM_REL_TOL)


def test_gpt3_shapes_match_exegpt_table() -> None:
    for name, layers, hidden, heads in [
        ("gpt3-39b", 48, 8192, 64),
        ("gpt3-175b", 96, 12288, 96),
        ("gpt3-341b", 120, 15360, 120),
    ]:
        m = model_from_config(catalogue_entry("model", name))
        assert (m.num_layers, m.hidden_size, m.num_attention_heads) == (layers, hidden, heads)


def test_moe_active_params_below_total() -> None:
    m = model_from_config(catalogue_entry("model", "mixtral-8x22b"))
    assert m.is_moe and m.experts_per_token == 2
    assert m.active_params_per_token / 1e9 == pytest.approx(39.2, rel=0.02)  # Mistral: 39B active


@pytest.mark.parametrize("name", catalogue_names("gpu"))
def test_every_gpu_loads_with_source(name: str) -> None:
    gpu = load_gpu(name)
    assert (
        gpu.peak_tflops_bf16 > 0
        and gpu.hbm_bandwidth_gb_per_s > 0
        and gpu.price_per_gpu_hour_usd > 0
    )
    assert gpu.source


def test_required_gpus_and_clusters_ship() -> None:
    gpus = {load_gpu(n).name for n in catalogue_names("gpu")}
    assert {
        "H100-SXM-80GB",
        "H200-SXM-141GB",
        "A100-SXM-80GB",
        "A40-48GB",
        "L40S-48GB",
        "V100-PCIE-16GB",
    } <= gpus
    assert {"h100x8", "h100x16", "a40x48", "a100x16"} <= set(catalogue_names("cluster"))


@pytest.mark.parametrize("name", catalogue_names("cluster"))
def test_every_cluster_loads(name: str) -> None:
    entry = catalogue_entry("cluster", name)
    if "pools" in entry:  # a mixed cluster: plan's fleet path loads it (test_fleet_cli.py)
        from servesolve.fleet_request import fleet_cluster_from_config

        assert all(p.num_gpus for p in fleet_cluster_from_config(entry).pools)
        return
    cluster = cluster_from_config(entry)
    assert cluster.num_gpus == cluster.num_nodes * cluster.gpus_per_node


def test_cluster_topologies() -> None:
    c = cluster_from_config(catalogue_entry("cluster", "a40x48"))
    assert (c.num_nodes, c.gpus_per_node, c.gpu.name) == (6, 8, "A40-48GB")
    c = cluster_from_config(catalogue_entry("cluster", "h100x16"))
    assert (c.num_nodes, c.gpus_per_node) == (2, 8)


@pytest.mark.parametrize("name", catalogue_names("slo"))
def test_every_slo_loads(name: str) -> None:
    slo = slo_from_config(catalogue_entry("slo", name))
    assert 0 < slo.quantile < 1


@pytest.mark.parametrize("group", ["model", "cluster", "workload", "slo", "solver"])
def test_every_config_composes_through_hydra(group: str) -> None:
    with initialize_config_module(config_module="servesolve.conf", version_base="1.3"):
        for name in catalogue_names(group):
            if group == "model" and name == "hf":
                continue
            cfg = compose(config_name="plan", overrides=[f"{group}={name}"])
            assert cfg[group]


def test_unknown_gpu_suggests_nearest() -> None:
    with pytest.raises(UnknownNameError) as err:
        cluster_from_config({**catalogue_entry("cluster", "h100x8"), "gpu": "H100-SXM-80G"})
    msg = str(err.value)
    assert msg.startswith("cluster.gpu: unknown name 'H100-SXM-80G'") and "h100-sxm-80gb" in msg
    assert "\n" not in msg


@pytest.mark.parametrize(
    "override,field",
    [
        ({"num_layers": 0}, "model.num_layers"),
        ({"num_layerz": 3}, "model.num_layerz"),
        ({"weight_dtype": "int3"}, "model.weight_dtype"),
        ({"num_kv_heads": 7}, "model"),
    ],
)
def test_bad_model_field_names_the_field(override: dict, field: str) -> None:
    with pytest.raises(SpecError) as err:
        model_from_config({**catalogue_entry("model", "llama3.1-70b"), **override})
    assert err.value.field == field
    assert str(err.value).startswith(field + ":") and "\n" not in str(err.value)


def test_hf_config_llama_style(tmp_path) -> None:
    cfg = {
        "_name_or_path": "meta-llama/Llama-3.1-8B",
        "model_type": "llama",
        "num_hidden_layers": 32,
        "hidden_size": 4096,
        "num_attention_heads": 32,
        "num_key_value_heads": 8,
        "intermediate_size": 14336,
        "hidden_act": "silu",
        "vocab_size": 128256,
        "max_position_embeddings": 131072,
        "tie_word_embeddings": False,
        "torch_dtype": "bfloat16",
    }
    path = tmp_path / "config.json"
    path.write_text(json.dumps(cfg))
    model = model_from_config({"hf_config_path": str(path)})
    shipped = model_from_config(catalogue_entry("model", "llama3.1-8b"))
    assert model.total_params == shipped.total_params
    assert model.kv_heads == 8 and model.ffn_gated and model.weight_dtype == "bf16"
    # fields given beside the path override the file
    assert (
        model_from_config({"hf_config_path": str(tmp_path), "weight_dtype": "fp8"}).weight_dtype
        == "fp8"
    )


def test_hf_config_mixtral_and_t5(tmp_path) -> None:
    mixtral = {
        "model_type": "mixtral", "num_hidden_layers": 32, "hidden_size": 4096, "num_attention_heads": 32,
        "num_key_value_heads": 8, "intermediate_size": 14336, "hidden_act": "silu", "vocab_size": 32000,
        "max_position_embeddings": 32768, "num_local_experts": 8, "num_experts_per_tok": 2,
    }  # fmt: skip
    (tmp_path / "m.json").write_text(json.dumps(mixtral))
    m = model_from_config({"hf_config_path": str(tmp_path / "m.json")})
    assert (
        m.total_params == model_from_config(catalogue_entry("model", "mixtral-8x7b")).total_params
    )
    t5 = {
        "model_type": "t5", "d_model": 1024, "d_ff": 65536, "d_kv": 128, "num_heads": 128, "num_layers": 24,
        "num_decoder_layers": 24, "vocab_size": 32128, "feed_forward_proj": "relu",
    }  # fmt: skip
    (tmp_path / "t5.json").write_text(json.dumps(t5))
    t = model_from_config({"hf_config_path": str(tmp_path / "t5.json"), "name": "t5"})
    assert t.architecture == "encoder_decoder"
    assert t.total_params == model_from_config(catalogue_entry("model", "t5-11b")).total_params


def test_hf_config_missing_file_is_one_line(tmp_path) -> None:
    with pytest.raises(SpecError) as err:
        model_from_config({"hf_config_path": str(tmp_path / "nope.json")})
    assert err.value.field == "model.hf_config_path"


def test_hf_moe_uses_the_expert_width(tmp_path) -> None:
    """Qwen3-30B-A3B: 128 experts of width 768 (moe_intermediate_size), ~30.5B total / 3.3B active."""
    cfg = {
        "model_type": "qwen3_moe", "num_hidden_layers": 48, "hidden_size": 2048, "num_attention_heads": 32,
        "num_key_value_heads": 4, "head_dim": 128, "intermediate_size": 6144, "moe_intermediate_size": 768,
        "num_experts": 128, "num_experts_per_tok": 8, "hidden_act": "silu", "vocab_size": 151936,
        "max_position_embeddings": 40960, "tie_word_embeddings": False,
    }  # fmt: skip
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    m = model_from_config({"hf_config_path": str(tmp_path), "name": "qwen3-30b-a3b"})
    assert m.total_params / 1e9 == pytest.approx(30.5, rel=0.01)
    assert m.active_params_per_token / 1e9 == pytest.approx(3.35, rel=0.02)


@pytest.mark.parametrize(
    ("quantization_config", "weight", "fmt"),
    [
        ({"quant_method": "fp8", "weight_block_size": [128, 128]}, "fp8", "fp8_block"),
        ({"quant_method": "fp8", "activation_scheme": "static"}, "fp8", None),
        ({"quant_method": "mxfp4"}, "fp4", "mxfp4"),
        ({"quant_method": "awq", "bits": 4}, "bf16", None),  # left to weight_dtype
    ],
)
def test_hf_quantization_config_sets_weight_dtype_and_format(
    tmp_path, quantization_config: dict, weight: str, fmt: str | None
) -> None:
    cfg = {
        "model_type": "qwen3_moe", "num_hidden_layers": 4, "hidden_size": 2048, "num_attention_heads": 32,
        "num_key_value_heads": 4, "head_dim": 128, "moe_intermediate_size": 768, "num_experts": 8,
        "num_experts_per_tok": 2, "hidden_act": "silu", "vocab_size": 1000, "max_position_embeddings": 4096,
        "torch_dtype": "bfloat16", "quantization_config": quantization_config,
    }  # fmt: skip
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    m = model_from_config({"hf_config_path": str(tmp_path)})
    assert (m.weight_dtype, m.quantization, m.kv_cache_dtype) == (weight, fmt, "bf16")
    # Another weight dtype than the checkpoint's is another checkpoint: its format goes.
    other = model_from_config({"hf_config_path": str(tmp_path), "weight_dtype": "bf16"})
    assert (other.weight_dtype, other.quantization) == ("bf16", None)


def test_quantization_needs_its_weight_dtype() -> None:
    with pytest.raises(SpecError) as err:
        model_from_config(
            {
                **catalogue_entry("model", "llama3.1-8b"),
                "weight_dtype": "bf16",
                "quantization": "fp8_block",
            }
        )
    assert err.value.field == "model" and "quantization=fp8_block needs weight_dtype=fp8" in str(
        err.value
    )
    assert (
        model_from_config(
            {
                **catalogue_entry("model", "llama3.1-8b"),
                "weight_dtype": "fp8",
                "quantization": "fp8_block",
            }
        ).quantization
        == "fp8_block"
    )


def test_hf_shared_experts_are_refused(tmp_path) -> None:
    cfg = {
        "model_type": "deepseek_v3",
        "num_hidden_layers": 61,
        "hidden_size": 7168,
        "kv_lora_rank": 512,
    }
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    with pytest.raises(SpecError) as err:
        model_from_config({"hf_config_path": str(tmp_path)})
    assert err.value.field == "model.hf_config_path" and "kv_lora_rank" in str(err.value)


def test_hf_sliding_window_layers_come_from_layer_types(tmp_path) -> None:
    cfg = {
        "model_type": "gpt_oss", "num_hidden_layers": 4, "hidden_size": 2880, "num_attention_heads": 64,
        "num_key_value_heads": 8, "head_dim": 64, "intermediate_size": 2880, "num_local_experts": 8,
        "num_experts_per_tok": 2, "hidden_act": "silu", "vocab_size": 1000, "max_position_embeddings": 4096,
        "sliding_window": 128,
        "layer_types": ["sliding_attention", "full_attention", "sliding_attention", "full_attention"],
    }  # fmt: skip
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    m = model_from_config({"hf_config_path": str(tmp_path)})
    assert (m.sliding_window, m.sliding_window_layers) == (128, 2)
    # A window without layer_types (schemes ModelSpec does not describe): full attention.
    del cfg["layer_types"]
    (tmp_path / "config.json").write_text(json.dumps(cfg))
    m = model_from_config({"hf_config_path": str(tmp_path)})
    assert (m.sliding_window, m.sliding_window_layers) == (None, 0)
    with pytest.raises(ValueError, match="sliding_window_layers=2 needs sliding_window"):
        dataclasses.replace(m, sliding_window_layers=2)
