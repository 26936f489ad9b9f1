"""Model architecture spec: shapes, parameter counts and per-token KV-cache size.

Covers decoder-only and encoder-decoder transformers, multi-head / grouped-query /
multi-query attention (``num_kv_heads``), gated (SwiGLU) or plain FFNs, and
mixture-of-experts FFNs (``num_experts`` experts, ``experts_per_token`` active).
Biases, norms and learned position embeddings are ignored in parameter counts: together
they are below 0.2 % of any shipped model.
"""

from __future__ import annotations

from typing import Literal

from pydantic import Field
from pydantic.dataclasses import dataclass

from servesolve.specs.validation import SPEC_CONFIG

DType = Literal["fp32", "bf16", "fp16", "fp8", "fp4", "int4"]
#: Storage per element, scales included: NVFP4 keeps one fp8 scale per 16 values (4.5 bits);
#: int4 weight-only (AWQ/GPTQ style) one bf16 scale per group of 128 (4.125 bits).
BYTES_PER_ELEMENT: dict[str, float] = {
    "fp32": 4.0,
    "bf16": 2.0,
    "fp16": 2.0,
    "fp8": 1.0,
    "fp4": 0.5625,
    "int4": 0.515625,
}
#: Checkpoint quantization formats that select other measured kernels than their weight
#: dtype alone, and the weight dtype each needs.
QUANTIZATION_DTYPE: dict[str, str] = {"fp8_block": "fp8", "mxfp4": "fp4"}


@dataclass(config=SPEC_CONFIG)
class ModelSpec:
    """A transformer's shape; every size in elements, not bytes."""

    name: str = Field(description="catalogue name, e.g. llama3.1-70b")
    num_layers: int = Field(gt=0, description="decoder layers (for encoder-decoder, the decoder's)")
    hidden_size: int = Field(gt=0, description="model width d_model")
    num_attention_heads: int = Field(gt=0, description="query heads")
    ffn_hidden_size: int = Field(gt=0, description="FFN inner width (per expert for MoE)")
    vocab_size: int = Field(gt=0, description="vocabulary size")
    max_context_tokens: int = Field(gt=0, description="longest supported input + output")
    architecture: Literal["decoder_only", "encoder_decoder"] = Field(
        default="decoder_only", description="decoder_only or encoder_decoder"
    )
    num_encoder_layers: int = Field(
        default=0, ge=0, description="encoder layers (encoder_decoder only)"
    )
    num_kv_heads: int | None = Field(
        default=None, gt=0, description="key/value heads (GQA/MQA); default = num_attention_heads"
    )
    head_dim: int | None = Field(
        default=None, gt=0, description="per-head width; default hidden/heads"
    )
    ffn_gated: bool = Field(
        default=False, description="gated FFN (SwiGLU/GeGLU: 3 matrices) or plain (2)"
    )
    num_experts: int = Field(default=1, gt=0, description="FFN experts per layer (1 = dense)")
    experts_per_token: int = Field(
        default=1, gt=0, description="experts each token is routed to (top-k)"
    )
    tied_embeddings: bool = Field(default=False, description="LM head shares the embedding matrix")
    weight_dtype: DType = Field(
        default="bf16",
        description="weight dtype: bf16, fp16, fp8, fp4 (NVFP4) or int4 (weight-only)",
    )
    kv_cache_dtype: DType = Field(
        default="bf16", description="KV-cache dtype: bf16, fp16, fp8 or fp4"
    )
    quantization: Literal["fp8_block", "mxfp4"] | None = Field(
        default=None,
        description="checkpoint format that selects the measured kernels: fp8_block (FP8 "
        "weights with block scales, needs weight_dtype fp8), mxfp4 (MXFP4 experts, other "
        "weights bf16, needs fp4); null: plain weight_dtype kernels",
    )
    sliding_window: int | None = Field(
        default=None,
        gt=0,
        description="tokens a sliding-window attention layer attends to (gpt-oss: 128)",
    )
    sliding_window_layers: int = Field(
        default=0,
        ge=0,
        description="decoder layers with sliding-window attention (HF layer_types; the rest full)",
    )
    hf_id: str | None = Field(
        default=None, description="Hugging Face repo id, used in the vLLM command"
    )
    source: str = Field(default="", description="where the numbers come from")

    def __post_init__(self) -> None:
        kv = self.kv_heads
        if self.num_attention_heads % kv:
            raise ValueError(
                f"num_attention_heads={self.num_attention_heads} is not a multiple of num_kv_heads={kv}"
            )
        needs = QUANTIZATION_DTYPE.get(self.quantization or "")
        if needs is not None and self.weight_dtype != needs:
            raise ValueError(
                f"quantization={self.quantization} needs weight_dtype={needs}, not "
                f"{self.weight_dtype}; fix: set weight_dtype={needs} or quantization=null"
            )
        if self.experts_per_token > self.num_experts:
            raise ValueError(
                f"experts_per_token={self.experts_per_token} > num_experts={self.num_experts}"
            )
        if self.sliding_window_layers > self.num_layers:
            raise ValueError(
                f"sliding_window_layers={self.sliding_window_layers} > num_layers={self.num_layers}"
            )
        if self.sliding_window_layers and self.sliding_window is None:
            raise ValueError(
                f"sliding_window_layers={self.sliding_window_layers} needs sliding_window; "
                "fix: set sliding_window=TOKENS or sliding_window_layers=0"
            )
        if self.architecture == "encoder_decoder" and self.num_encoder_layers == 0:
            raise ValueError("architecture=encoder_decoder needs num_encoder_layers > 0")
        if self.architecture == "decoder_only" and self.num_encoder_layers:
            raise ValueError("num_encoder_layers is set but architecture=decoder_only")

    # ---- derived shapes -------------------------------------------------------------
    @property
    def kv_heads(self) -> int:
        return self.num_kv_heads or self.num_attention_heads

    @property
    def head_size(self) -> int:
        return self.head_dim or self.hidden_size // self.num_attention_heads

    @property
    def q_size(self) -> int:
        """Width of the query projection output (heads x head size)."""
        return self.num_attention_heads * self.head_size

    @property
    def kv_size(self) -> int:
        """Width of one of the K or V projection outputs."""
        return self.kv_heads * self.head_size

    @property
    def is_moe(self) -> bool:
        return self.num_experts > 1

    @property
    def weight_bytes_per_param(self) -> float:
        return BYTES_PER_ELEMENT[self.weight_dtype]

    @property
    def kv_bytes_per_element(self) -> float:
        return BYTES_PER_ELEMENT[self.kv_cache_dtype]

    # ---- parameter counts ------------------------------------------------------------
    @property
    def attention_params(self) -> int:
        """Q, K, V and output projections of one attention block."""
        h = self.hidden_size
        return h * self.q_size + 2 * h * self.kv_size + self.q_size * h

    @property
    def expert_ffn_params(self) -> int:
        """One expert's (or the dense FFN's) matrices."""
        return (3 if self.ffn_gated else 2) * self.hidden_size * self.ffn_hidden_size

    @property
    def decoder_layer_params(self) -> int:
        router = self.hidden_size * self.num_experts if self.is_moe else 0
        cross = self.attention_params if self.architecture == "encoder_decoder" else 0
        return self.attention_params + cross + self.num_experts * self.expert_ffn_params + router

    @property
    def encoder_layer_params(self) -> int:
        return self.attention_params + self.num_experts * self.expert_ffn_params

    @property
    def embedding_params(self) -> int:
        return self.vocab_size * self.hidden_size

    @property
    def lm_head_params(self) -> int:
        return 0 if self.tied_embeddings else self.vocab_size * self.hidden_size

    @property
    def total_params(self) -> int:
        return (
            self.num_layers * self.decoder_layer_params
            + self.num_encoder_layers * self.encoder_layer_params
            + self.embedding_params
            + self.lm_head_params
        )

    @property
    def active_params_per_token(self) -> int:
        """Parameters one decoder token touches (MoE: only its top-k experts)."""
        dense = (
            self.decoder_layer_params
            - (self.num_experts - self.experts_per_token) * self.expert_ffn_params
        )
        return self.num_layers * dense + self.embedding_params + self.lm_head_params

    def kv_heads_per_gpu(self, tp: int) -> int:
        """KV heads one GPU stores under tensor parallelism ``tp``.

        When ``tp`` exceeds the KV heads, each head is replicated (vLLM's behaviour), so a
        GPU still holds one whole head.
        """
        return max(1, -(-self.kv_heads // tp))

    def kv_cache_bytes_per_token_layer(self, tp: int = 1) -> float:
        """K and V bytes of one token in one decoder layer on one GPU of a TP group."""
        return 2 * self.kv_heads_per_gpu(tp) * self.head_size * self.kv_bytes_per_element
