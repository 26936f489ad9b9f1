"""Per-GPU memory of a replica: weights, activation workspace, and what is left for KV cache.

Accounting follows vLLM's: the engine may use ``gpu_memory_utilization`` of device memory;
from that it subtracts the weights of the largest pipeline stage, the activation peak of
one forward pass over ``max_num_batched_tokens`` tokens, and a fixed runtime reserve (CUDA
graphs, NCCL buffers); the rest holds paged KV cache.

Sharding (Megatron-style, as vLLM): attention heads, FFN columns and the vocabulary are
split ``tp`` ways; KV heads are split too but replicated once ``tp`` exceeds them; each
pipeline stage holds ``ceil(layers / pp)`` layers at most, the first stage the embedding
and the last the LM head (both vocabulary-parallel).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from servesolve.specs.hardware import GIB, GpuSpec
from servesolve.specs.model import BYTES_PER_ELEMENT, ModelSpec

#: Bytes of activations kept live per token in the peak of a forward pass, in units of
#: the widest per-GPU activation (the gated FFN's up-projection output): input, output and
#: one temporary. Matches the order of vLLM's profile run; the profiler refines it.
ACTIVATION_BUFFERS = 3.0
ACTIVATION_BYTES = BYTES_PER_ELEMENT["bf16"]


@dataclass(frozen=True)
class MemoryBudget:
    """Per-GPU memory of one replica config, in bytes (the largest stage's GPU)."""

    weights_bytes: float
    activation_bytes: float
    runtime_reserve_bytes: float
    usable_bytes: float
    kv_bytes_per_token: float

    @property
    def kv_cache_bytes(self) -> float:
        return max(
            0.0,
            self.usable_bytes
            - self.weights_bytes
            - self.activation_bytes
            - self.runtime_reserve_bytes,
        )

    @property
    def kv_capacity_tokens(self) -> int:
        """Tokens of context (all sequences together) the KV cache holds."""
        return int(self.kv_cache_bytes // self.kv_bytes_per_token)

    @property
    def needed_without_kv_bytes(self) -> float:
        return self.weights_bytes + self.activation_bytes + self.runtime_reserve_bytes


def layer_params_per_gpu(model: ModelSpec, tp: int, encoder: bool = False) -> float:
    """Parameters of one transformer layer held by one GPU of a ``tp``-way group."""
    h, d = model.hidden_size, model.head_size
    q = model.q_size / tp
    kv = model.kv_heads_per_gpu(tp) * d
    attention = h * q + 2 * h * kv + q * h
    ffn = model.num_experts * model.expert_ffn_params / tp
    router = h * model.num_experts if model.is_moe else 0
    cross = attention if (model.architecture == "encoder_decoder" and not encoder) else 0
    return attention + cross + ffn + router


def stage_layers(model: ModelSpec, pp: int) -> int:
    """Layers in the largest pipeline stage (encoder and decoder layers split together)."""
    return math.ceil((model.num_layers + model.num_encoder_layers) / pp)


def stage_layer_counts(num_layers: int, pp: int) -> list[int]:
    """Layers per pipeline stage: an even split, extra layers on the last stages (vLLM)."""
    base, extra = divmod(num_layers, pp)
    return [base + (1 if stage >= pp - extra else 0) for stage in range(pp)]


def weight_bytes_per_gpu(model: ModelSpec, tp: int, pp: int) -> float:
    """Weight bytes on the most loaded GPU of a (``tp``, ``pp``) replica.

    Encoder layers come first in the pipeline, then decoder layers. The first stage also
    holds the embedding and the last the LM head; with ``pp > 1`` the last stage keeps its
    own LM-head copy even when the model ties it to the embedding.
    """
    layers = [layer_params_per_gpu(model, tp, encoder=True)] * model.num_encoder_layers + [
        layer_params_per_gpu(model, tp)
    ] * model.num_layers
    embed = model.embedding_params / tp
    head = (model.lm_head_params if pp == 1 else model.vocab_size * model.hidden_size) / tp
    stages, start = [], 0
    for count in stage_layer_counts(len(layers), pp):
        stages.append(sum(layers[start : start + count]))
        start += count
    stages[0] += embed
    stages[-1] += head
    return max(stages) * model.weight_bytes_per_param


def kv_bytes_per_token_per_gpu(model: ModelSpec, tp: int, pp: int) -> float:
    """KV-cache bytes one token of context costs on each GPU of the largest stage.

    For an encoder-decoder model every input token also holds cross-attention K/V in each
    decoder layer, so "context" counts input plus generated tokens in both cases.
    """
    decoder_layers = math.ceil(model.num_layers / pp)
    return decoder_layers * model.kv_cache_bytes_per_token_layer(tp)


def activation_bytes_per_gpu(model: ModelSpec, tp: int, max_num_batched_tokens: int) -> float:
    """Peak activation workspace of one forward pass over ``max_num_batched_tokens``."""
    ffn_width = (2 if model.ffn_gated else 1) * model.ffn_hidden_size / tp
    if model.is_moe:
        ffn_width *= model.experts_per_token
    qkv_width = (model.q_size + 2 * model.kv_size) / tp
    width = max(ffn_width, qkv_width, model.hidden_size)
    return ACTIVATION_BUFFERS * max_num_batched_tokens * width * ACTIVATION_BYTES


def memory_budget(
    model: ModelSpec,
    gpu: GpuSpec,
    tp: int,
    pp: int,
    max_num_batched_tokens: int,
    gpu_memory_utilization: float,
    runtime_reserve_gib: float,
) -> MemoryBudget:
    """What one GPU of a (``tp``, ``pp``) replica spends, and what remains for KV cache."""
    return MemoryBudget(
        weights_bytes=weight_bytes_per_gpu(model, tp, pp),
        activation_bytes=activation_bytes_per_gpu(model, tp, max_num_batched_tokens),
        runtime_reserve_bytes=runtime_reserve_gib * GIB,
        usable_bytes=gpu_memory_utilization * gpu.memory_bytes,
        kv_bytes_per_token=kv_bytes_per_token_per_gpu(model, tp, pp),
    )
