"""Read a local Hugging Face ``config.json`` into ModelSpec fields.

Supports the families whose key names differ: Llama/Mistral/Mixtral/Qwen3-MoE-style
(``num_hidden_layers``, ``intermediate_size``, ``num_local_experts``), OPT (``ffn_dim``),
GPT-2/GPT-J style (``n_layer``, ``n_embd``) and T5 (``d_model``, ``d_ff``, ``d_kv``).
Nothing is downloaded: the file must be on disk.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from servesolve.errors import SpecError

_DTYPES = {"bfloat16": "bf16", "float16": "fp16", "float32": "fp32", "float8_e4m3fn": "fp8"}
_GATED_ACTS = {"silu", "swiglu", "gelu_pytorch_tanh"}  # Llama/Mistral/Gemma use gated FFNs


def model_dict_from_hf_config(path: str, field: str = "model.hf_config_path") -> dict[str, Any]:
    """Map ``config.json`` at ``path`` to a dict of ModelSpec fields."""
    p = Path(path).expanduser()
    if p.is_dir():
        p = p / "config.json"
    if not p.is_file():
        raise SpecError(
            field, f"no file at '{p}'", "give the path of a local Hugging Face config.json"
        )
    try:
        cfg = json.loads(p.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise SpecError(
            field, f"'{p}' is not UTF-8 text", "pass the model's unmodified config.json"
        ) from None
    except json.JSONDecodeError as exc:
        raise SpecError(
            field, f"'{p}' is not valid JSON (line {exc.lineno})", "pass an unmodified config.json"
        ) from None
    if not isinstance(cfg, dict):
        raise SpecError(field, f"'{p}' holds no JSON object", "pass an unmodified config.json")

    def get(*keys: str, default: Any = None) -> Any:
        for key in keys:
            if key in cfg and cfg[key] is not None:
                return cfg[key]
        return default

    model_type = str(get("model_type", default="")).lower()
    unsupported = [
        key
        for key in (
            "shared_expert_intermediate_size",
            "n_shared_experts",
            "kv_lora_rank",
            "first_k_dense_replace",
        )
        if cfg.get(key)
    ]
    if unsupported:
        raise SpecError(
            field,
            f"'{p}' uses {', '.join(unsupported)} (shared experts, MLA or leading dense layers), "
            "which ModelSpec cannot describe yet",
            "write a conf/model/ YAML with the closest dense/MoE shape, or pick another model",
        )
    name = get("_name_or_path", default=p.parent.name) or p.parent.name
    out: dict[str, Any] = {
        "name": str(name).split("/")[-1].lower(),
        # What the deploy commands serve: the hub id when the file names one, else the
        # local folder holding config.json (vLLM, SGLang and TRT-LLM all load a folder).
        "hf_id": get("_name_or_path") or str(p.parent.resolve()),
        "source": f"Hugging Face config.json at {p}",
    }
    if model_type == "t5":
        out |= {
            "architecture": "encoder_decoder",
            "num_encoder_layers": get("num_layers"),
            "num_layers": get("num_decoder_layers", "num_layers"),
            "hidden_size": get("d_model"),
            "num_attention_heads": get("num_heads"),
            "head_dim": get("d_kv"),
            "ffn_hidden_size": get("d_ff"),
            "ffn_gated": str(get("feed_forward_proj", default="relu")).startswith("gated"),
            "vocab_size": get("vocab_size"),
            "max_context_tokens": get("n_positions", default=512),
            "tied_embeddings": bool(get("tie_word_embeddings", default=True)),
        }
    elif model_type == "opt":
        out |= {
            "num_layers": get("num_hidden_layers"),
            "hidden_size": get("hidden_size"),
            "num_attention_heads": get("num_attention_heads"),
            "ffn_hidden_size": get("ffn_dim"),
            "vocab_size": get("vocab_size"),
            "max_context_tokens": get("max_position_embeddings"),
            "tied_embeddings": bool(get("tie_word_embeddings", default=True)),
        }
    else:
        hidden = get("hidden_size", "n_embd", "d_model")
        act = str(get("hidden_act", "activation_function", default="gelu")).lower()
        out |= {
            "num_layers": get("num_hidden_layers", "n_layer"),
            "hidden_size": hidden,
            "num_attention_heads": get("num_attention_heads", "n_head"),
            "num_kv_heads": get("num_key_value_heads", "multi_query_group_num"),
            "head_dim": get("head_dim"),
            # MoE configs that give experts their own width name it moe_intermediate_size
            "ffn_hidden_size": get(
                *(
                    ("moe_intermediate_size",)
                    if get("num_local_experts", "num_experts", "n_routed_experts")
                    else ()
                ),
                "intermediate_size",
                "n_inner",
                "ffn_dim",
                default=4 * hidden if hidden else None,
            ),
            "ffn_gated": act in _GATED_ACTS
            and model_type not in {"gpt2", "gpt_neox", "gptj", "falcon"},
            "num_experts": get("num_local_experts", "num_experts", "n_routed_experts", default=1),
            "experts_per_token": get("num_experts_per_tok", "moe_topk", default=1),
            "vocab_size": get("vocab_size"),
            "max_context_tokens": get("max_position_embeddings", "n_positions", "seq_length"),
            "tied_embeddings": bool(get("tie_word_embeddings", default=False)),
        }
    dtype = _DTYPES.get(str(get("torch_dtype", "dtype", default="bfloat16")))
    if dtype:
        out["weight_dtype"] = out["kv_cache_dtype"] = dtype
    out |= _quantization(cfg.get("quantization_config"))
    out |= _sliding_window(cfg)
    return {k: v for k, v in out.items() if v is not None}


def _sliding_window(cfg: dict[str, Any]) -> dict[str, int]:
    """The sliding-window layers a config declares in ``layer_types`` (gpt-oss: every other
    of 36 layers attends to the last 128 tokens). A ``sliding_window`` without
    ``layer_types`` is left out (full attention): configs use that key for different
    schemes (Qwen2's ``use_sliding_window`` with ``max_window_layers``, Mistral's all-layer
    window), which ModelSpec does not describe."""
    kinds = cfg.get("layer_types")
    window = cfg.get("sliding_window")
    if not isinstance(kinds, list) or not window:
        return {}
    sliding = sum(1 for kind in kinds if kind == "sliding_attention")
    return {"sliding_window": int(window), "sliding_window_layers": sliding} if sliding else {}


def _quantization(config: Any) -> dict[str, str]:
    """Weight dtype and format of a quantized checkpoint (``quantization_config``), read as
    aiconfigurator-core reads it: FP8 (block-scaled when ``weight_block_size`` is given)
    and MXFP4 experts (gpt-oss). The KV cache keeps ``torch_dtype``. Other methods (AWQ,
    GPTQ, ModelOpt NVFP4) are left to ``weight_dtype``."""
    if not isinstance(config, dict):
        return {}
    method = str(config.get("quant_method", "")).lower()
    if method == "fp8":
        block = {"quantization": "fp8_block"} if config.get("weight_block_size") else {}
        return {"weight_dtype": "fp8"} | block
    if method == "mxfp4":
        return {"weight_dtype": "fp4", "quantization": "mxfp4"}
    return {}
