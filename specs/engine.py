"""Serving-engine spec: what an engine (vLLM, SGLang, TRT-LLM) adds to the kernels.

The kernels of one iteration are priced by the cost model; the engine decides which
iterations run (its scheduler semantics), pads small decode batches to captured CUDA-graph
sizes, reserves memory besides weights and KV cache, and spends host time per iteration,
per running sequence and per new request. Each parameter is declared once, here, with
its value per engine in ``conf/engine/<name>.yaml``; host costs come from a committed fit
(``experiments/silicon_validation``), never from one hand-picked point.

Schedulers (``scheduler``):

* ``vllm_v1``: vLLM V1 (0.8 and later). Chunked prefill always on; running decodes go
  first and count against ``max_num_batched_tokens``; started prompts continue, then
  waiting ones are admitted in chunks with what is left of the budget.
* ``vllm_v0``: vLLM 0.6 defaults. Prefill-only iterations of whole prompts (up to the
  budget) whenever prompts wait, decode-only iterations otherwise; chunked prefill only
  for models whose context exceeds 32K, with a 512-token budget.
* ``sglang``: SGLang defaults. Prefill-first: a prefill batch of waiting prompts up to
  ``max_num_batched_tokens`` (the last prompt chunked, ``chunked_prefill_size``) while
  running decodes pause; decode batches otherwise (mixed chunks off).
* ``trtllm``: TRT-LLM in-flight batching. Context (whole prompts, no chunking) and
  generation requests share an iteration; generation tokens count against
  ``max_num_batched_tokens`` (``max_num_tokens``).
"""

from __future__ import annotations

import bisect
from typing import Literal

from pydantic import Field
from pydantic.dataclasses import dataclass

from servesolve.specs.validation import SPEC_CONFIG

EngineName = Literal["vllm", "sglang", "trtllm"]
SchedulerName = Literal["vllm_v1", "vllm_v0", "sglang", "trtllm"]
#: Which models an engine runs with attention data-parallel inside a replica: none, MoE
#: models only (vLLM: ``--data-parallel-size`` with experts over every rank), or all
#: (SGLang ``--enable-dp-attention``).
AttentionDpSupport = Literal["none", "moe", "all"]


@dataclass(config=SPEC_CONFIG)
class EngineSpec:
    """One serving engine at one version, with its defaults and host costs."""

    name: EngineName = Field(description="engine: vllm, sglang or trtllm")
    version: str = Field(
        description=(
            "engine release these semantics model, e.g. 0.19.0; measured kernels come from "
            "the nearest release the kernel database holds"
        )
    )
    scheduler: SchedulerName = Field(
        description="scheduler semantics: vllm_v1, vllm_v0, sglang or trtllm"
    )
    max_num_batched_tokens: int = Field(
        gt=0,
        description=(
            "tokens per iteration (vLLM max_num_batched_tokens, SGLang chunked_prefill_size, "
            "TRT-LLM max_num_tokens)"
        ),
    )
    max_num_seqs: int = Field(gt=0, description="default cap on running sequences per replica")
    cuda_graph_capture_sizes: tuple[int, ...] = Field(
        default=(),
        description=(
            "decode batch sizes captured as CUDA graphs (ascending); a decode-only iteration "
            "of n <= max sequences runs padded to the next size; () = eager"
        ),
    )
    gpu_memory_utilization: float = Field(
        default=0.9, gt=0, le=1, description="share of GPU memory the engine may use"
    )
    cuda_graph_memory_gib: float = Field(
        default=0.0, ge=0, description="memory held by captured CUDA graphs, GiB per GPU"
    )
    comm_buffer_gib: float = Field(
        default=0.0, ge=0, description="NCCL / custom all-reduce buffers, GiB per GPU when tp > 1"
    )
    host_iteration_s: float = Field(
        default=0.002, ge=0, description="host time per iteration (scheduling, sampling), s"
    )
    host_per_seq_s: float = Field(
        default=0.0, ge=0, description="host time per sequence in an iteration, s"
    )
    host_per_new_request_s: float = Field(
        default=0.0,
        ge=0,
        description="host time per prompt (or prompt chunk) prefilled in an iteration, s",
    )
    frontend_latency_s: float = Field(
        default=0.0,
        ge=0,
        description=(
            "per-request latency outside the engine loop (API server, tokenisation, "
            "streaming the first chunk), s: added to TTFT and E2E, never to an iteration"
        ),
    )
    expert_parallel: bool = Field(
        default=True,
        description=(
            "MoE experts can be spread over the TP group (vLLM --enable-expert-parallel, "
            "SGLang --ep-size, TRT-LLM --ep_size); false: experts tensor-parallel only"
        ),
    )
    attention_dp: AttentionDpSupport = Field(
        default="none",
        description=(
            "attention data-parallel inside a replica (attn_dp > 1): none, moe (MoE models "
            "only: vLLM --data-parallel-size with --tensor-parallel-size tp/attn_dp) or all "
            "(SGLang --enable-dp-attention --dp-size)"
        ),
    )
    source: str = Field(default="", description="where defaults and host costs come from")

    def __post_init__(self) -> None:
        sizes = tuple(self.cuda_graph_capture_sizes)
        if list(sizes) != sorted(set(sizes)) or (sizes and sizes[0] < 1):
            raise ValueError(
                f"cuda_graph_capture_sizes={list(sizes)}: give distinct positive sizes in "
                "ascending order"
            )

    @property
    def label(self) -> str:
        return f"{self.name} {self.version}"

    def attention_dp_for(self, is_moe: bool) -> bool:
        """Whether this engine runs a model (MoE or not) with attention data-parallel."""
        return self.attention_dp == "all" or (self.attention_dp == "moe" and is_moe)

    def padded_decode_batch(self, num_seqs: int) -> int:
        """Sequences a decode-only iteration of ``num_seqs`` runs as (CUDA-graph padding)."""
        sizes = self.cuda_graph_capture_sizes
        if num_seqs <= 0 or not sizes or num_seqs > sizes[-1]:
            return num_seqs
        return sizes[bisect.bisect_left(sizes, num_seqs)]

    def host_time_s(self, num_seqs: float, num_new_requests: float) -> float:
        """Host time of one iteration over ``num_seqs`` sequences, ``num_new_requests`` of
        them prefilling a prompt or a prompt chunk."""
        return (
            self.host_iteration_s
            + self.host_per_seq_s * num_seqs
            + self.host_per_new_request_s * num_new_requests
        )
