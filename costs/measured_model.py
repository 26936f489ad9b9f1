"""Iteration times from measured kernels (aiconfigurator-core), the roofline where none exist.

A decoder layer on one GPU of a ``tp``-way replica, served by an engine, is the sum of:

* GEMMs (QKV, output, FFN up and down, the MoE router) at the model's weight precision,
  from the engine's measured GEMM table (``KernelDatabase.gemm_s``); a decode-only
  iteration runs at its CUDA-graph padded size (``BatchShape.graph_seqs``);
* a measured fused-MoE layer when the exact expert shape and split was measured, else
  the roofline's expected-active-experts model, the experts hit as one grouped GEMM
  per projection at the roofline (a fused kernel: one launch, their summed work);
* context attention (prompts of an equivalent uniform length: ``s`` solves
  ``b s (s + 1) / 2 = prefill_attention_pairs``) and generation attention (decode batch
  at its mean context), measured with the per-GPU query and KV heads;
* two all-reduces of the activations (``tp > 1``): the engine's custom all-reduce under
  CUDA graphs when the iteration is graph-sized, eager otherwise, NCCL where the engine
  has none; expert-parallel collectives and pipeline sends use the roofline's fits;
* elementwise traffic and the embedding from the roofline.

With attention data parallelism (``ReplicaConfig.attn_dp > 1``, see ``roofline``), the
attention part (QKV and output GEMMs, the attention kernels at ``tp / attn_dp`` heads
per group) is priced for the slowest group's sequences (``attention_group_shape``), the
FFN or fused MoE layer for every token over all ``tp`` GPUs, and the two all-reduces
become an all-gather and a reduce-scatter over the ``tp`` GPUs, from the NCCL
collectives the database measured (``KernelDatabase.collective_s``), plus the engine's
all-reduce inside an attention group of several GPUs.

Then the engine's host time (``EngineSpec.host_time_s``) replaces the fixed
``iteration_overhead_s``. Every part the database cannot price falls back to the
roofline and is counted in :attr:`MeasuredCostModel.fallbacks`, so ``source`` says
exactly what priced what.
"""

from __future__ import annotations

import functools
import math
from collections import Counter
from collections.abc import Callable

from servesolve.costs.kernel_db import KV_DTYPES, KernelDatabase
from servesolve.costs.roofline import (
    ACT_BYTES,
    ELEMENTWISE_PASSES,
    BatchShape,
    RooflineCostModel,
    attention_group_shape,
    equal_prompts,
)
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec

#: Largest token count run under CUDA graphs when no engine is given (vLLM's default).
DEFAULT_GRAPH_TOKENS = 512


def equivalent_prompt_length(pairs: float, prompts: float) -> float:
    """Uniform prompt length ``s`` with ``prompts`` prompts of ``s`` tokens covering
    ``pairs`` causal (query, key) pairs: ``prompts * s (s + 1) / 2 = pairs``."""
    return max((math.sqrt(8.0 * pairs / prompts + 1.0) - 1.0) / 2.0, 1.0)


def windowed_pair_share(length: float, window: int) -> float:
    """Share of a ``length``-token prompt's causal (query, key) pairs that a ``window``-
    token sliding window keeps: ``sum_i min(i, window)`` over ``length (length + 1) / 2``."""
    if length <= window:
        return 1.0
    kept = window * (window + 1) / 2.0 + (length - window) * window
    return kept / (length * (length + 1) / 2.0)


def windowed_prompt_length(pairs: float, window: int) -> float:
    """Length ``s`` of a fresh prompt whose queries, each seeing at most ``window`` keys,
    cover ``pairs`` (query, key) pairs: the inverse of ``sum_{i <= s} min(i, window)``."""
    inside = window * (window + 1) / 2.0
    if pairs <= inside:
        return max((math.sqrt(8.0 * pairs + 1.0) - 1.0) / 2.0, 1.0)
    return window + (pairs - inside) / window


class MeasuredCostModel(RooflineCostModel):
    """Iteration times of ``model`` on ``cluster`` from the kernels ``db`` measured."""

    def __init__(
        self,
        model: ModelSpec,
        cluster: ClusterSpec,
        iteration_overhead_s: float,
        db: KernelDatabase,
        engine: EngineSpec | None = None,
    ) -> None:
        super().__init__(model, cluster, iteration_overhead_s, engine)
        self.db = db
        self.gemm_dtype = db.gemm_dtype(model.weight_dtype, model.quantization)
        self.kv_dtype = KV_DTYPES.get(model.kv_cache_dtype, "bfloat16")
        self.fallbacks: Counter = Counter()
        sizes = engine.cuda_graph_capture_sizes if engine is not None else ()
        self.graph_tokens = sizes[-1] if sizes else DEFAULT_GRAPH_TOKENS
        self._layer_cache = functools.lru_cache(maxsize=1 << 15)(self._layer_uncached)
        self._adp_layer_cache = functools.lru_cache(maxsize=1 << 15)(self._adp_layer_uncached)

    @property
    def extrapolated(self) -> Counter:
        """Distinct kernel queries answered past a measured grid (the database's count)."""
        return self.db.extrapolated

    @property
    def source(self) -> str:
        text = (
            f"measured kernels: {self.db.label}, GEMMs {self.gemm_dtype}, KV {self.kv_dtype}; "
            "roofline: elementwise, embedding, pipeline sends"
        )
        if self.fallbacks:
            text += "; roofline fallback: " + ", ".join(sorted(self.fallbacks))
        if self.engine is not None:
            text += f"; host costs: {self.engine.label}"
        return text

    # ---- roofline slopes (extrapolation) and fallbacks ----------------------------------
    def _roof_gemm(self, m: float, n: float, k: float) -> float:
        """Roofline GEMM time (scalar form of ``efficiency.gemm_time_s``)."""
        eff = self.efficiency
        flops = 2.0 * m * k * n / (self.peak_flops * eff.compute_efficiency)
        traffic = self.weight_bytes * (m * k + k * n + m * n) / (self.hbm * eff.memory_efficiency)
        return max(flops, traffic) + eff.kernel_overhead_s

    def _roof_context(self, batch: float, seq: float) -> float:
        m = self.model
        flops = 2.0 * m.head_size * self._heads * batch * seq * (seq + 1)
        compute = self.peak_flops * self.efficiency.compute_efficiency
        kv = batch * seq * 2 * self._kv_heads * m.head_size * m.kv_bytes_per_element
        return max(flops / compute, self._memory_op(kv)) + self.efficiency.kernel_overhead_s

    def _roof_generation(self, batch: float, context: float) -> float:
        m = self.model
        kv = batch * context * 2 * self._kv_heads * m.head_size * m.kv_bytes_per_element
        return self._memory_op(kv) + self.efficiency.kernel_overhead_s

    # ---- building blocks -----------------------------------------------------------------
    def _gemm_s(self, m: float, k: float, n: float) -> float:
        if m <= 0:
            return 0.0
        if self.gemm_dtype is not None:
            t = self.db.gemm_s(m, n, k, self.gemm_dtype, self._roof_gemm)
            if t is not None:
                return t
        self.fallbacks["gemm"] += 1
        return self._roof_gemm(m, n, k)

    def _attention(self, shape: BatchShape, tp: int) -> float:
        """One layer's attention; with sliding-window layers, the mean over the model's
        layers of full and windowed attention (layers alternate, so every pipeline stage
        holds the same mix)."""
        m = self.model
        full = self._attention_with(shape, tp, 0)
        if not m.sliding_window_layers or m.sliding_window is None:
            return full
        windowed = self._attention_with(shape, tp, m.sliding_window)
        sliding = m.sliding_window_layers
        return ((m.num_layers - sliding) * full + sliding * windowed) / m.num_layers

    def _windowed_context_roof(self, window: int) -> Callable[[float, float], float]:
        """The prefill attention roofline of a layer keeping ``window`` keys per query
        (0: the full one)."""
        if not window:
            return self._roof_context
        return lambda batch, length: (
            self._roof_context(batch, length) * windowed_pair_share(length, window)
        )

    def _windowed_generation_roof(self, window: int) -> Callable[[float, float], float]:
        """The decode attention roofline of a layer reading at most ``window`` cached
        tokens (0: the full one)."""
        if not window:
            return self._roof_generation
        return lambda batch, context: self._roof_generation(batch, min(context, window))

    def _attention_with(self, shape: BatchShape, tp: int, window: int) -> float:
        """Attention of a full (``window`` 0) or sliding-window layer.

        A windowed layer's queries see at most ``window`` keys each, so its prefill covers
        at most ``window`` pairs per token (a chunk after a long cached prefix included)
        and is priced as fresh prompts covering those pairs; its decode reads at most
        ``window`` cached tokens. Past the measured grid, and for a window the tables did
        not measure (full attention over what the window keeps), the roofline of what
        the window keeps prices it."""
        m = self.model
        self._heads = max(m.num_attention_heads // tp, 1)  # per GPU, for the rooflines too
        self._kv_heads = m.kv_heads_per_gpu(tp)
        t = 0.0
        if shape.prefill_tokens > 0:
            pairs = shape.prefill_attention_pairs
            prompts = shape.prefill_seqs or equal_prompts(shape.prefill_tokens, pairs)
            if window:
                pairs = min(pairs, shape.prefill_tokens * window)
                seq = windowed_prompt_length(pairs / prompts, window)
                share = windowed_pair_share(seq, window)
            else:
                seq = equivalent_prompt_length(pairs, prompts)
                share = 1.0

            args = (prompts, seq, self._heads, self._kv_heads, m.head_size, self.kv_dtype)
            measured = self.db.attention_s(
                "context", *args, self._windowed_context_roof(window), window
            )
            if measured is None and window:
                full = self.db.attention_s("context", *args, self._roof_context)
                measured = None if full is None else full * share
            if measured is None:
                self.fallbacks["context attention"] += 1
                measured = self._roof_context(prompts, seq) * share
            t += measured
        if shape.decode_seqs > 0:
            context = shape.decode_context_tokens / shape.decode_seqs
            kept = min(context, window) if window else context
            args = (self._heads, self._kv_heads, m.head_size, self.kv_dtype)
            measured = self.db.attention_s(
                "generation",
                shape.decode_seqs,
                context,
                *args,
                self._windowed_generation_roof(window),
                window,
            )
            if measured is None and window:
                measured = self.db.attention_s(
                    "generation", shape.decode_seqs, kept, *args, self._roof_generation
                )
            if measured is None:
                self.fallbacks["generation attention"] += 1
                measured = self._roof_generation(shape.decode_seqs, kept)
            t += measured
        return t

    def _ffn(self, tokens: float, tp: int, ep: int) -> float:
        m = self.model
        if not m.is_moe:
            return self._ffn_time(tokens, tp)
        moe_tp, moe_ep = (1, tp) if ep > 1 else (tp, 1)
        measured = self.db.moe_s(
            tokens,
            m.weight_dtype,
            m.hidden_size,
            m.ffn_hidden_size,
            m.experts_per_token,
            m.num_experts,
            moe_tp,
            moe_ep,
            lambda x: self._ep_ffn_time(x, tp) if ep > 1 else self._ffn_time(x, tp),
            quantization=m.quantization,
            roof_of=self._moe_roof,
        )
        if measured is None:
            self.fallbacks["moe"] += 1
            return self._ep_ffn_time(tokens, tp) if ep > 1 else self._ffn_time(tokens, tp)
        return measured + self._gemm(tokens / (tp if ep > 1 else 1), m.hidden_size, m.num_experts)

    def _moe_roof(self, moe_tp: int, moe_ep: int) -> Callable[[float], float]:
        """The roofline of the experts over ``tokens`` at a (moe_tp, moe_ep) split."""
        if moe_ep > 1:
            return lambda tokens: self._ep_ffn_time(tokens, moe_ep)
        return lambda tokens: self._ffn_time(tokens, moe_tp)

    def _allreduce(self, tp: int, elements: float, graph: bool) -> float:
        measured = self.db.allreduce_s(
            tp, elements, graph, lambda e: self._collective("all_reduce", tp, 1, e * ACT_BYTES)
        )
        if measured is None:
            self.fallbacks["all-reduce"] += 1
            return self._collective("all_reduce", tp, 1, elements * ACT_BYTES)
        return measured

    def _nccl(self, name: str, tp: int, elements: float) -> float:
        """An all-gather (``elements``: the gathered output) or reduce-scatter (the input)
        of 16-bit values over ``tp`` GPUs of a node: the database's NCCL measurement,
        else the roofline's fitted collective."""
        if tp <= 1 or elements <= 0:
            return 0.0

        def roof(e: float) -> float:
            return self._collective(name, tp, 1, e * ACT_BYTES)

        measured = self.db.collective_s(name, tp, elements, roof)
        if measured is None:
            self.fallbacks[name.replace("_", "-")] += 1
            return roof(elements)
        return measured

    # ---- the layer, the head, the host ------------------------------------------------------
    def layer_time_s(
        self,
        shape: BatchShape,
        tp: int,
        encoder: bool = False,
        ep: int = 1,
        attn_dp: int = 1,
    ) -> float:
        if self.model.architecture != "decoder_only" or encoder:
            return super().layer_time_s(shape, tp, encoder, ep, attn_dp)
        if attn_dp > 1:
            return self._adp_layer_cache(shape, tp, ep, attn_dp)
        return self._layer_cache(shape, tp, ep)

    def _adp_layer_uncached(self, shape: BatchShape, tp: int, ep: int, attn_dp: int) -> float:
        """A decoder layer with ``attn_dp`` attention groups (module docstring)."""
        m = self.model
        tokens = shape.prefill_tokens + shape.decode_seqs
        if tokens <= 0:
            return 0.0
        group = attention_group_shape(shape, attn_dp)
        group_tokens = group.prefill_tokens + group.decode_seqs
        atp = tp // attn_dp
        run = shape.graph_seqs if shape.graph_seqs is not None else tokens
        group_run = group.graph_seqs if group.graph_seqs is not None else group_tokens
        q = m.q_size / atp
        kv = m.kv_heads_per_gpu(atp) * m.head_size
        t = self._gemm(group_run, m.hidden_size, q + 2 * kv) + self._gemm(
            group_run, q, m.hidden_size
        )
        t += self._attention(group, atp)
        t += self._memory_op(ELEMENTWISE_PASSES * group_tokens * m.hidden_size * ACT_BYTES)
        t += self._ffn(run, tp, ep)
        graph = shape.graph_seqs is not None and shape.graph_seqs <= self.graph_tokens
        if atp > 1:
            t += self._allreduce(atp, group_run * m.hidden_size, graph=graph)
        t += self._nccl("all_gather", tp, run * m.hidden_size)
        t += self._nccl("reduce_scatter", tp, run * m.hidden_size)
        return t

    def _layer_uncached(self, shape: BatchShape, tp: int, ep: int) -> float:
        m = self.model
        tokens = shape.prefill_tokens + shape.decode_seqs
        if tokens <= 0:
            return 0.0
        run = shape.graph_seqs if shape.graph_seqs is not None else tokens
        q = m.q_size / tp
        kv = m.kv_heads_per_gpu(tp) * m.head_size
        t = self._gemm(run, m.hidden_size, q + 2 * kv) + self._gemm(run, q, m.hidden_size)
        t += self._ffn(run, tp, ep)
        t += self._attention(shape, tp)
        t += self._memory_op(ELEMENTWISE_PASSES * tokens * m.hidden_size * ACT_BYTES)
        if tp > 1:
            # One all-reduce after attention, one after the FFN. With experts parallel over
            # the TP group (ep = tp) the engines keep attention tensor-parallel: every GPU
            # holds every token, runs its own experts on the tokens routed to them and the
            # outputs are all-reduced as a TP FFN's are (vLLM's FusedMoE and TRT-LLM's MoE
            # without attention data parallelism), so no all-to-all dispatch.
            # Captured graphs run decode-only iterations (graph_seqs); the rest run eagerly.
            graph = shape.graph_seqs is not None and shape.graph_seqs <= self.graph_tokens
            t += 2 * self._allreduce(tp, run * m.hidden_size, graph=graph)
        return t

    def head_embed_s(self, shape: BatchShape, tp: int) -> tuple[float, float]:
        m = self.model
        tokens = shape.prefill_tokens + shape.decode_seqs
        head = self._gemm(shape.sampled_seqs, m.hidden_size, m.vocab_size / tp)
        return head, self._memory_op(tokens * m.hidden_size * ACT_BYTES)
