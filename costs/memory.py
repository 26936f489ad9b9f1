"""Per-GPU memory of a replica: weights, activation workspace, and what is left for KV cache.

Accounting follows vLLM's: the engine may use ``gpu_memory_utilization`` of device memory;
from that it subtracts the weights of the largest pipeline stage, the activation peak of
one forward pass over ``max_num_batched_tokens`` tokens, and a fixed runtime reserve (CUDA
graphs, NCCL buffers); the rest holds paged KV cache.

Sharding (Megatron-style, as vLLM): attention heads, FFN columns and the vocabulary are
split ``tp`` ways; KV heads are split too but replicated once ``tp`` exceeds them; each
pipeline stage holds ``ceil(layers / pp)`` layers at most, the first stage the embedding
and the last the LM head (both vocabulary-parallel).

Explicit per-stage layer counts (``stage_layers``, decoder-only models) replace the even
split: every stage is then accounted on its own (its weights, its layers' KV cache), and
the stage with the least room for KV cache binds, as vLLM gives every worker the same
number of KV blocks. ``stage_layers=None`` keeps the even-split accounting above.

A serving-engine spec (``EngineSpec``) makes the accounting the engine's: the usable share
is its ``gpu_memory_utilization``, and its captured CUDA graphs (``cuda_graph_memory_gib``)
and, with ``tp > 1``, its all-reduce buffers (``comm_buffer_gib``) are reserved per GPU on
top of the activation peak and the runtime reserve. Without one, nothing changes.

Attention data parallelism (``attn_dp = d > 1``, decoder-only): the stage's ``tp`` GPUs form
``d`` attention groups of ``tp / d`` GPUs. A GPU holds the attention weights (and the
embedding and LM head) sharded ``tp / d`` ways, the FFN or experts sharded ``tp`` ways as
without it, and the KV cache of its own group's sequences with the KV heads split
``tp / d`` ways (replicated once ``tp / d`` exceeds them). The replica's KV capacity is
``d`` times one GPU's: each group holds its own sequences (an even split of them).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from servesolve.specs.hardware import GIB, GpuSpec
from servesolve.specs.model import BYTES_PER_ELEMENT, ModelSpec

if TYPE_CHECKING:
    from servesolve.specs.engine import EngineSpec

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
    kv_bytes_per_token: float  # per GPU, per token of its attention group's sequences
    engine_reserve_bytes: float = 0.0  # the engine's CUDA graphs and comm buffers
    attention_groups: int = 1  # attention data-parallel groups, each with its own sequences

    @property
    def kv_cache_bytes(self) -> float:
        return max(
            0.0,
            self.usable_bytes
            - self.weights_bytes
            - self.activation_bytes
            - self.runtime_reserve_bytes
            - self.engine_reserve_bytes,
        )

    @property
    def kv_capacity_tokens(self) -> int:
        """Tokens of context (all sequences together) the KV cache holds: with attention
        data parallelism, each of the ``attention_groups`` groups holds this GPU's share
        of tokens of its own sequences."""
        return self.attention_groups * int(self.kv_cache_bytes // self.kv_bytes_per_token)

    @property
    def needed_without_kv_bytes(self) -> float:
        return (
            self.weights_bytes
            + self.activation_bytes
            + self.runtime_reserve_bytes
            + self.engine_reserve_bytes
        )


def layer_params_per_gpu(
    model: ModelSpec, tp: int, encoder: bool = False, attn_dp: int = 1
) -> float:
    """Parameters of one transformer layer held by one GPU of a ``tp``-way group (with
    ``attn_dp`` attention groups: attention sharded ``tp / attn_dp`` ways)."""
    h, d = model.hidden_size, model.head_size
    atp = tp // attn_dp
    q = model.q_size / atp
    kv = model.kv_heads_per_gpu(atp) * d
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


def check_stage_layers(model: ModelSpec, pp: int, stage_layers: Sequence[int]) -> tuple[int, ...]:
    """``stage_layers`` as a tuple, checked against the model and ``pp``.

    Raises
    ------
    ValueError
        Not one positive count per stage, counts not summing to the model's layers, or an
        encoder-decoder model (its encoder/decoder split is always the even one).
    """
    counts = tuple(int(c) for c in stage_layers)
    if model.architecture != "decoder_only":
        raise ValueError(
            f"stage_layers: explicit per-stage layer counts need a decoder-only model, "
            f"{model.name} is {model.architecture}; fix: pass stage_layers=None"
        )
    if len(counts) != pp or min(counts, default=0) < 1 or sum(counts) != model.num_layers:
        raise ValueError(
            f"stage_layers: {counts} must be {pp} positive counts summing to the "
            f"{model.num_layers} layers of {model.name}; fix: one count per pipeline stage"
        )
    return counts


def stage_weight_bytes(
    model: ModelSpec,
    tp: int,
    pp: int,
    stage_layers: Sequence[int] | None = None,
    attn_dp: int = 1,
) -> list[float]:
    """Weight bytes on one GPU of each pipeline stage of a (``tp``, ``pp``) replica.

    Encoder layers come first in the pipeline, then decoder layers. The first stage also
    holds the embedding and the last the LM head; with ``pp > 1`` the last stage keeps its
    own LM-head copy even when the model ties it to the embedding. ``stage_layers``
    overrides the even split (decoder-only models). ``attn_dp``: attention, embedding and
    LM head sharded over an attention group of ``tp / attn_dp`` GPUs.
    """
    layers = [layer_params_per_gpu(model, tp, encoder=True)] * model.num_encoder_layers + [
        layer_params_per_gpu(model, tp, attn_dp=attn_dp)
    ] * model.num_layers
    vocab_tp = tp // attn_dp
    embed = model.embedding_params / vocab_tp
    head = (model.lm_head_params if pp == 1 else model.vocab_size * model.hidden_size) / vocab_tp
    counts = (
        stage_layer_counts(len(layers), pp)
        if stage_layers is None
        else check_stage_layers(model, pp, stage_layers)
    )
    stages, start = [], 0
    for count in counts:
        stages.append(sum(layers[start : start + count]))
        start += count
    stages[0] += embed
    stages[-1] += head
    return [params * model.weight_bytes_per_param for params in stages]


def weight_bytes_per_gpu(
    model: ModelSpec,
    tp: int,
    pp: int,
    stage_layers: Sequence[int] | None = None,
    attn_dp: int = 1,
) -> float:
    """Weight bytes on the most loaded GPU of a (``tp``, ``pp``) replica (see
    :func:`stage_weight_bytes`)."""
    return max(stage_weight_bytes(model, tp, pp, stage_layers, attn_dp))


def kv_bytes_per_token_per_gpu(
    model: ModelSpec,
    tp: int,
    pp: int,
    stage_layers: Sequence[int] | None = None,
    attn_dp: int = 1,
) -> float:
    """KV-cache bytes one token of context costs on each GPU of the largest stage.

    For an encoder-decoder model every input token also holds cross-attention K/V in each
    decoder layer, so "context" counts input plus generated tokens in both cases. With
    ``stage_layers``, the stage with the most layers. With ``attn_dp`` attention groups,
    a token of the GPU's own group's sequences, the KV heads split ``tp / attn_dp`` ways
    (a token of another group's sequences costs this GPU nothing).
    """
    if stage_layers is None:
        decoder_layers = math.ceil(model.num_layers / pp)
    else:
        decoder_layers = max(check_stage_layers(model, pp, stage_layers))
    return decoder_layers * model.kv_cache_bytes_per_token_layer(tp // attn_dp)


def activation_bytes_per_gpu(
    model: ModelSpec, tp: int, max_num_batched_tokens: int, attn_dp: int = 1
) -> float:
    """Peak activation workspace of one forward pass over ``max_num_batched_tokens``
    (``attn_dp``: the QKV projection sharded ``tp / attn_dp`` ways, over at most as many
    tokens in one group)."""
    ffn_width = (2 if model.ffn_gated else 1) * model.ffn_hidden_size / tp
    if model.is_moe:
        ffn_width *= model.experts_per_token
    qkv_width = (model.q_size + 2 * model.kv_size) / (tp // attn_dp)
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
    stage_layers: Sequence[int] | None = None,
    engine: EngineSpec | None = None,
    attn_dp: int = 1,
) -> MemoryBudget:
    """What one GPU of a (``tp``, ``pp``) replica spends, and what remains for KV cache.

    With ``stage_layers`` (explicit per-stage layer counts) the budget is the binding
    stage's: the one whose free memory holds the fewest tokens of KV cache. With
    ``engine``, its ``gpu_memory_utilization`` replaces the argument and its CUDA-graph
    memory and (``tp > 1``) communication buffers are reserved too (``engine_reserve_bytes``).
    ``attn_dp``: attention data-parallel groups (module docstring); the budget's
    ``kv_capacity_tokens`` counts all of them.
    """
    activation = activation_bytes_per_gpu(model, tp, max_num_batched_tokens, attn_dp)
    reserve = runtime_reserve_gib * GIB
    engine_reserve = 0.0
    if engine is not None:
        gpu_memory_utilization = engine.gpu_memory_utilization
        comm = engine.comm_buffer_gib if tp > 1 else 0.0
        engine_reserve = (engine.cuda_graph_memory_gib + comm) * GIB
    usable = gpu_memory_utilization * gpu.memory_bytes
    if stage_layers is None:
        return MemoryBudget(
            weights_bytes=weight_bytes_per_gpu(model, tp, pp, attn_dp=attn_dp),
            activation_bytes=activation,
            runtime_reserve_bytes=reserve,
            usable_bytes=usable,
            kv_bytes_per_token=kv_bytes_per_token_per_gpu(model, tp, pp, attn_dp=attn_dp),
            engine_reserve_bytes=engine_reserve,
            attention_groups=attn_dp,
        )
    counts = check_stage_layers(model, pp, stage_layers)
    per_layer_kv = model.kv_cache_bytes_per_token_layer(tp // attn_dp)
    weights = stage_weight_bytes(model, tp, pp, counts, attn_dp)
    binding = min(
        range(pp),
        key=lambda s: (usable - weights[s] - activation - reserve - engine_reserve) / counts[s],
    )
    return MemoryBudget(
        weights_bytes=weights[binding],
        activation_bytes=activation,
        runtime_reserve_bytes=reserve,
        usable_bytes=usable,
        kv_bytes_per_token=counts[binding] * per_layer_kv,
        engine_reserve_bytes=engine_reserve,
        attention_groups=attn_dp,
    )


def peak_memory_bytes(
    model: ModelSpec,
    tp: int,
    pp: int,
    max_num_batched_tokens: int,
    runtime_reserve_gib: float,
    kv_tokens: float,
    stage_layers: Sequence[int] | None = None,
    attn_dp: int = 1,
) -> float:
    """Bytes the most loaded GPU needs to hold ``kv_tokens`` tokens of KV cache.

    Weights, activation workspace, runtime reserve and the KV cache of ``kv_tokens``
    context tokens (every stage holds its layers' share of each token). Without
    ``stage_layers`` this is the even-split accounting of :func:`memory_budget` (largest
    stage's weights plus ``ceil(layers / pp)`` layers of KV), so ``peak <= usable``
    exactly when ``memory_budget(...).kv_cache_bytes`` holds ``kv_tokens`` tokens. With
    ``attn_dp`` attention groups a GPU holds its group's ``kv_tokens / attn_dp`` (the
    even split).
    """
    fixed = (
        activation_bytes_per_gpu(model, tp, max_num_batched_tokens, attn_dp)
        + runtime_reserve_gib * GIB
    )
    kv_tokens = kv_tokens / attn_dp
    if stage_layers is None:
        return (
            weight_bytes_per_gpu(model, tp, pp, attn_dp=attn_dp)
            + fixed
            + kv_tokens * kv_bytes_per_token_per_gpu(model, tp, pp, attn_dp=attn_dp)
        )
    counts = check_stage_layers(model, pp, stage_layers)
    per_layer_kv = model.kv_cache_bytes_per_token_layer(tp // attn_dp)
    weights = stage_weight_bytes(model, tp, pp, counts, attn_dp)
    return max(
        w + fixed + kv_tokens * c * per_layer_kv for w, c in zip(weights, counts, strict=True)
    )
