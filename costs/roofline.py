"""Roofline cost model: the time of one serving iteration of a replica.

An iteration processes ``prefill_tokens`` new prompt tokens and one token for each of
``decode_seqs`` running sequences (continuous batching mixes both). For every operator of
every layer, on one GPU of the tensor-parallel group, its time is
``max(FLOPs / (peak x compute_eff), bytes / (HBM bw x memory_eff)) + kernel overhead``
with the efficiencies fitted to measured GEMM times (``servesolve.costs.efficiency``);
collectives use alpha-beta models fitted to measured NCCL times
(``servesolve.costs.comm``). Per layer:

* QKV, output, FFN up/down (and per active MoE expert) GEMMs over all tokens;
* prefill attention: 4 x head_dim FLOPs per (query, key) pair, causal;
* decode attention: reading every context token's K and V (memory-bound);
* elementwise work (norms, residuals, activation, RoPE) as memory traffic;
* two all-reduces of the activations when ``tp > 1``.

Then the LM head over the sequences that sample a token, pipeline sends between stages
(over NVLink inside a node, the network between nodes) and a fixed per-iteration
scheduler/sampling overhead. A pipelined replica keeps ``pp`` micro-batches in flight; its
period is the larger of one micro-batch's latency through all stages and ``pp`` times the
slowest stage.

Three optional parts of :class:`ReplicaConfig` (their defaults give the model above):

* ``ep``: expert parallelism for MoE layers (APEX's per-layer-type parallelism).
  Attention stays tensor-parallel over the stage's ``tp`` GPUs while each GPU holds
  ``num_experts / ep`` whole experts (``ep = tp``). The attention all-reduce becomes a
  reduce-scatter (each GPU keeps ``1/tp`` of the tokens), tokens are dispatched to their
  experts and combined back with two all-to-alls (send buffer ``tokens x top-k x hidden
  / tp`` per GPU), then all-gathered for the next attention; each GPU runs its local
  experts at full width on the tokens routed to them (uniform routing, expected load).
  Weight memory is unchanged: ``E/ep`` whole experts = ``E`` experts split ``tp`` ways.
* ``stage_layers``: explicit layers per pipeline stage (decoder-only). Each stage is
  then timed on its own: its layers, the embedding on the first stage, the LM head on
  the last and the send to the next stage; the slowest of them sets the pipelined
  period. Without it, the slowest stage is bounded as ``ceil(layers / pp)`` layers plus
  the larger of embedding and head plus the slowest send (the even split).
  :func:`min_bottleneck_split` finds the split that minimises the slowest stage.
* ``attn_dp``: attention data parallelism inside a stage (SGLang ``--enable-dp-attention``,
  vLLM ``--data-parallel-size`` on MoE models; decoder-only). The stage's ``tp`` GPUs form
  ``attn_dp`` attention groups of ``tp / attn_dp`` GPUs; each group runs attention (QKV
  and output GEMMs, the attention kernel, norms and residuals) for its own share of the
  batch's sequences, with the attention weights replicated per group and sharded
  ``tp / attn_dp`` ways inside it, and holds their KV cache. The sequences split evenly
  over the groups, except that a sequence is never split: the slowest group holds
  ``max(n / attn_dp, min(n, 1))`` of ``n`` sequences, per phase (:func:`attention_group_shape`),
  each at the batch's mean lengths; no DP-attention padding. The FFN (dense: TP over
  all ``tp`` GPUs; MoE: experts TP or EP over all ``tp`` GPUs, as ``ep`` says) runs on
  every token: an all-gather of the tokens over the ``tp`` GPUs before it and a
  reduce-scatter after it replace the two all-reduces (groups of more than one GPU
  still all-reduce their attention output among themselves). ``docs/attention_dp.md``.
"""

from __future__ import annotations

import functools
import heapq
from collections.abc import Sequence
from dataclasses import dataclass
from importlib.resources import files

import pandas as pd

from servesolve.costs.comm import AlphaBeta, comm_model
from servesolve.costs.efficiency import RooflineEfficiency, gemm_time_s, roofline_efficiency
from servesolve.costs.memory import check_stage_layers, stage_layer_counts, stage_layers
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import BYTES_PER_ELEMENT, ModelSpec

ACT_BYTES = BYTES_PER_ELEMENT["bf16"]
#: Elementwise bytes moved per token per layer, in units of hidden_size x activation bytes:
#: two RMS/LayerNorms (read+write), two residual adds (2 reads + write), RoPE on Q/K.
ELEMENTWISE_PASSES = 12.0
#: Fitted attention launch terms and efficiencies per GPU (package data).
_ATTENTION_TABLE = "data/attention_overheads.csv"


@dataclass(frozen=True)
class ReplicaConfig:
    """Parallel layout of one model replica.

    Attributes
    ----------
    tp, pp:
        Tensor- and pipeline-parallel degrees.
    ep:
        Expert-parallel degree of MoE layers inside a stage: 1 (experts tensor-parallel,
        the default) or ``tp`` (each GPU of the stage holds ``num_experts / tp`` experts).
    stage_layers:
        Layers per pipeline stage (decoder-only models); ``None``: the even split.
    attn_dp:
        Attention data-parallel groups inside a stage (a power of two dividing ``tp``;
        1, the default: attention tensor-parallel over the ``tp`` GPUs). Each group of
        ``tp / attn_dp`` GPUs attends over its own share of the sequences.
    """

    tp: int
    pp: int
    ep: int = 1
    stage_layers: tuple[int, ...] | None = None
    attn_dp: int = 1

    def __post_init__(self) -> None:
        if self.tp < 1 or self.pp < 1:
            raise ValueError(f"tp={self.tp}, pp={self.pp}: both must be >= 1")
        if self.ep not in (1, self.tp):
            raise ValueError(
                f"ep={self.ep}: expert parallelism spans a stage's TP group; fix: use ep=1 or "
                f"ep=tp={self.tp}"
            )
        if self.stage_layers is not None:
            counts = tuple(int(c) for c in self.stage_layers)
            if len(counts) != self.pp or min(counts) < 1:
                raise ValueError(
                    f"stage_layers={counts}: fix: give {self.pp} positive counts, one per stage"
                )
            object.__setattr__(self, "stage_layers", counts)
        d = self.attn_dp
        if d < 1 or d & (d - 1) or self.tp % d:
            raise ValueError(
                f"attn_dp={d}: attention data parallelism splits a stage's {self.tp} GPUs into "
                f"equal groups; fix: use a power of two dividing tp={self.tp} (1 for none)"
            )

    def layout_text(self, split: bool = True) -> str:
        """``TP2xPP3`` plus ``EP2`` (expert parallelism), ``ADP8`` (attention data
        parallelism: 8 attention groups) and, with ``split``, an uneven stage split
        ``[27,27,26]``: how every output names a layout."""
        text = f"TP{self.tp}xPP{self.pp}"
        if self.ep > 1:
            text += f" EP{self.ep}"
        if self.attn_dp > 1:
            text += f" ADP{self.attn_dp}"
        if split and self.stage_layers is not None and len(set(self.stage_layers)) > 1:
            text += f" [{','.join(map(str, self.stage_layers))}]"
        return text

    @property
    def attention_tp(self) -> int:
        """GPUs of one attention group (``tp / attn_dp``)."""
        return self.tp // self.attn_dp

    @property
    def num_gpus(self) -> int:
        return self.tp * self.pp

    @property
    def label(self) -> str:
        """A key naming the layout in file names and tables (``TP8xPP1xEP8xADP8``)."""
        text = f"TP{self.tp}xPP{self.pp}"
        if self.ep > 1:
            text += f"xEP{self.ep}"
        if self.attn_dp > 1:
            text += f"xADP{self.attn_dp}"
        if self.stage_layers is not None:
            text += "[" + "-".join(str(c) for c in self.stage_layers) + "]"
        return text


@dataclass(frozen=True)
class BatchShape:
    """Work of one iteration (may be fractional: steady-state averages).

    Attributes
    ----------
    prefill_tokens: prompt tokens processed this iteration.
    prefill_attention_pairs: causal (query, key) pairs of those prompt tokens.
    decode_seqs: running sequences that each produce one token.
    decode_context_tokens: context tokens (K/V entries) the decoding sequences read.
    sampled_seqs: sequences that produce logits this iteration.
    prefill_seqs: prompts (or prompt chunks) prefilled this iteration.
    graph_seqs: sequences a decode-only iteration runs as after CUDA-graph padding
        (``EngineSpec.padded_decode_batch``); None: unpadded.
    """

    prefill_tokens: float
    prefill_attention_pairs: float
    decode_seqs: float
    decode_context_tokens: float
    sampled_seqs: float
    prefill_seqs: float = 0.0
    graph_seqs: float | None = None


@dataclass(frozen=True)
class IterationTime:
    """Latency of one micro-batch through the replica, and the pipelined period."""

    latency_s: float
    period_s: float


class RooflineCostModel:
    """Iteration times of one model on one cluster, for any replica config."""

    def __init__(
        self,
        model: ModelSpec,
        cluster: ClusterSpec,
        iteration_overhead_s: float,
        engine: EngineSpec | None = None,
    ) -> None:
        self.model = model
        self.cluster = cluster
        self.gpu = cluster.gpu
        self.iteration_overhead_s = iteration_overhead_s
        #: the serving engine: its host costs replace ``iteration_overhead_s`` when set
        self.engine = engine
        self.efficiency: RooflineEfficiency = roofline_efficiency(cluster.gpu.name)
        use_fp8 = model.weight_dtype == "fp8" and cluster.gpu.peak_tflops_fp8 is not None
        self.peak_flops = (
            cluster.gpu.peak_tflops_fp8 if use_fp8 else cluster.gpu.peak_tflops_bf16
        ) * 1e12
        self.hbm = cluster.gpu.hbm_bytes_per_s
        self.weight_bytes = model.weight_bytes_per_param
        self._comm: dict[tuple[str, int, int], AlphaBeta] = {}
        self._token_terms = functools.lru_cache(maxsize=1 << 16)(self._token_terms_s)
        self._gemm = functools.lru_cache(maxsize=1 << 16)(self._gemm_s)  # type: ignore[method-assign]
        # A simulation prices one config millions of times: check it once, and keep the
        # pipeline sends per (config, activation size).
        self._checked: set[ReplicaConfig] = set()
        self._sends = functools.lru_cache(maxsize=1 << 14)(self._pipeline_sends_s)

    @property
    def source(self) -> str:
        return f"roofline ({self.efficiency.source}; attention: {self._attention_source})"

    # ---- building blocks ---------------------------------------------------------
    def _gemm_s(self, m: float, k: float, n: float) -> float:
        if m <= 0:
            return 0.0
        return float(
            gemm_time_s(m, k, n, self.peak_flops, self.hbm, self.efficiency, self.weight_bytes)
        )

    def _grouped_gemm(self, m: float, k: float, n: float, groups: float) -> float:
        """One fused MoE GEMM over ``groups`` experts of ``m`` rows each: the roofline of
        their sum, launched once (a fused MoE kernel, not one launch per expert)."""
        if m <= 0 or groups <= 0:
            return 0.0
        launch = self.efficiency.kernel_overhead_s
        one = gemm_time_s(m, k, n, self.peak_flops, self.hbm, self.efficiency, self.weight_bytes)
        return groups * (float(one) - launch) + launch

    def _memory_op(self, num_bytes: float) -> float:
        return num_bytes / (self.hbm * self.efficiency.memory_efficiency)

    def _collective(self, name: str, num_gpus: int, num_nodes: int, size_bytes: float) -> float:
        if num_gpus <= 1 or size_bytes <= 0:
            return 0.0
        key = (name, num_gpus, num_nodes)
        if key not in self._comm:
            link = (
                self.cluster.intra_node_gb_per_s
                if num_nodes == 1
                else self.cluster.inter_node_gb_per_s
            )
            self._comm[key] = comm_model(self.gpu.name, name, num_gpus, num_nodes, link)
        return float(self._comm[key].time_s(size_bytes))

    def _ffn_time(self, tokens: float, tp: int) -> float:
        m = self.model
        up_width = (2 if m.ffn_gated else 1) * m.ffn_hidden_size / tp
        down_k = m.ffn_hidden_size / tp
        if not m.is_moe:
            return self._gemm(tokens, m.hidden_size, up_width) + self._gemm(
                tokens, down_k, m.hidden_size
            )
        # Expected distinct experts hit by `tokens` tokens routing top-k uniformly.
        e, k = m.num_experts, m.experts_per_token
        active = e * (1.0 - (1.0 - k / e) ** tokens)
        per_expert = tokens * k / active
        router = self._gemm(tokens, m.hidden_size, e)
        return (
            router
            + self._grouped_gemm(per_expert, m.hidden_size, up_width, active)
            + self._grouped_gemm(per_expert, down_k, m.hidden_size, active)
        )

    def _ep_ffn_time(self, tokens: float, tp: int) -> float:
        """MoE FFN with expert parallelism over the stage's ``tp`` GPUs: each GPU routes
        its ``1/tp`` of the tokens and runs its ``num_experts / tp`` local experts at full
        width on the tokens routed to them (expected load under uniform top-k routing)."""
        m = self.model
        e, k = m.num_experts, m.experts_per_token
        active = e * (1.0 - (1.0 - k / e) ** tokens)
        per_expert = tokens * k / active
        up_width = (2 if m.ffn_gated else 1) * m.ffn_hidden_size
        router = self._gemm(tokens / tp, m.hidden_size, e)
        return (
            router
            + self._grouped_gemm(per_expert, m.hidden_size, up_width, active / tp)
            + self._grouped_gemm(per_expert, m.ffn_hidden_size, m.hidden_size, active / tp)
        )

    def _token_terms_s(
        self, tokens: float, cross_tokens: float, tp: int, encoder: bool, ep: int = 1
    ) -> float:
        """Everything in a layer that depends only on its token counts: GEMMs, FFN/MoE,
        elementwise traffic and collectives. Memoised per instance: a simulation asks
        for the same integer token counts over and over."""
        m = self.model
        q = m.q_size / tp
        kv = m.kv_heads_per_gpu(tp) * m.head_size
        t = self._gemm(tokens, m.hidden_size, q + 2 * kv) + self._gemm(tokens, q, m.hidden_size)
        if m.architecture == "encoder_decoder" and not encoder:
            # Cross-attention: Q and output projections for decoder tokens (encoder K/V
            # were projected once, at prefill, inside the encoder pass).
            t += self._gemm(cross_tokens, m.hidden_size, q) + self._gemm(
                cross_tokens, q, m.hidden_size
            )
        t += self._ep_ffn_time(tokens, tp) if ep > 1 else self._ffn_time(tokens, tp)
        t += self._memory_op(ELEMENTWISE_PASSES * tokens * m.hidden_size * ACT_BYTES)
        # One all-reduce after attention, one after the FFN, one more after cross-attention.
        reduces = 3 if (m.architecture == "encoder_decoder" and not encoder) else 2
        activations = tokens * m.hidden_size * ACT_BYTES
        if ep > 1:
            # Attention all-reduce -> reduce-scatter; FFN all-reduce -> dispatch + combine
            # all-to-alls of each GPU's token share (top-k copies), then an all-gather.
            routed = activations * m.experts_per_token / tp
            t += (reduces - 2) * self._collective("all_reduce", tp, 1, activations)
            t += self._collective("reduce_scatter", tp, 1, activations)
            t += 2 * self._collective("all_to_all", tp, 1, routed)
            t += self._collective("all_gather", tp, 1, activations)
        else:
            t += reduces * self._collective("all_reduce", tp, 1, activations)
        return t

    def layer_time_s(
        self,
        shape: BatchShape,
        tp: int,
        encoder: bool = False,
        ep: int = 1,
        attn_dp: int = 1,
    ) -> float:
        """One transformer layer on one GPU of the TP group, communication included
        (``attn_dp > 1``: attention data-parallel, :meth:`attention_dp_layer_s`)."""
        if attn_dp > 1:
            return self.attention_dp_layer_s(shape, tp, ep, attn_dp)
        tokens = shape.prefill_tokens + shape.decode_seqs
        if tokens <= 0:
            return 0.0
        t = self._token_terms(tokens, shape.decode_seqs, tp, encoder, ep)
        return t + self._attention_s(shape, tp)

    def attention_dp_layer_s(self, shape: BatchShape, tp: int, ep: int, attn_dp: int) -> float:
        """One decoder layer with ``attn_dp`` attention groups of ``tp / attn_dp`` GPUs.

        The slowest group's attention part (:func:`attention_group_shape`): QKV and output
        GEMMs sharded ``tp / attn_dp`` ways, the attention kernel, elementwise traffic,
        and (groups of several GPUs) the all-reduce of its output inside the group. Then
        the FFN or MoE layer over every token of the batch on all ``tp`` GPUs (``ep`` as
        without attention DP), between an all-gather of the tokens and a reduce-scatter
        of the FFN output over the ``tp`` GPUs.
        """
        tokens = shape.prefill_tokens + shape.decode_seqs
        if tokens <= 0:
            return 0.0
        m = self.model
        group = attention_group_shape(shape, attn_dp)
        group_tokens = group.prefill_tokens + group.decode_seqs
        atp = tp // attn_dp
        q = m.q_size / atp
        kv = m.kv_heads_per_gpu(atp) * m.head_size
        t = self._gemm(group_tokens, m.hidden_size, q + 2 * kv)
        t += self._gemm(group_tokens, q, m.hidden_size)
        t += self._attention_s(group, atp)
        t += self._memory_op(ELEMENTWISE_PASSES * group_tokens * m.hidden_size * ACT_BYTES)
        t += self._ep_ffn_time(tokens, tp) if ep > 1 else self._ffn_time(tokens, tp)
        t += self._collective("all_reduce", atp, 1, group_tokens * m.hidden_size * ACT_BYTES)
        activations = tokens * m.hidden_size * ACT_BYTES
        t += self._collective("all_gather", tp, 1, activations)
        t += self._collective("reduce_scatter", tp, 1, activations)
        return t

    @property
    def _attention_source(self) -> str:
        fit = _attention_fit(self.gpu.name)
        if fit is None:
            return f"no fitted launch terms for {self.gpu.name} (FLOP/byte roofline only)"
        return f"launch terms and efficiencies {fit.source}"

    def _attention_s(self, shape: BatchShape, tp: int) -> float:
        """Prefill and decode attention of one layer on one GPU of the TP group.

        Prefill: 4 x head_dim FLOPs per causal (query, key) pair, compute-bound
        (FlashAttention-style, no score matrix in HBM). Decode: every context token's K and
        V read once (memory-bound), or its FLOPs if those take longer. With fitted
        coefficients (``data/attention_overheads.csv``) each phase that has work adds its
        kernel's fixed time and a per-sequence time, and uses the attention kernels' own
        efficiencies; without them, the GEMM efficiencies and no fixed terms.
        """
        m = self.model
        heads = m.num_attention_heads / tp
        prefill_flops = 4 * m.head_size * heads * shape.prefill_attention_pairs
        kv_bytes = shape.decode_context_tokens * m.kv_cache_bytes_per_token_layer(tp)
        decode_flops = 4 * m.head_size * heads * shape.decode_context_tokens
        fit = _attention_fit(self.gpu.name)
        if fit is None:
            compute = self.peak_flops * self.efficiency.compute_efficiency
            return prefill_flops / compute + max(self._memory_op(kv_bytes), decode_flops / compute)
        compute = self.gpu.peak_flops * fit.prefill.efficiency  # fitted on bf16 kernels
        t = 0.0
        if shape.prefill_tokens > 0:
            seqs = shape.prefill_seqs or equal_prompts(
                shape.prefill_tokens, shape.prefill_attention_pairs
            )
            t += fit.prefill.fixed_s + fit.prefill.per_seq_s * seqs + prefill_flops / compute
        if shape.decode_seqs > 0:
            memory = kv_bytes / (self.hbm * fit.decode.efficiency)
            t += fit.decode.fixed_s + fit.decode.per_seq_s * shape.decode_seqs
            t += max(memory, decode_flops / compute)
        return t

    def head_embed_s(self, shape: BatchShape, tp: int) -> tuple[float, float]:
        """Time of the LM head (the sampled sequences) and of the embedding lookup."""
        m = self.model
        tokens = shape.prefill_tokens + shape.decode_seqs
        head = self._gemm(shape.sampled_seqs, m.hidden_size, m.vocab_size / tp)
        return head, self._memory_op(tokens * m.hidden_size * ACT_BYTES)

    def _head_embed(self, config: ReplicaConfig, shape: BatchShape) -> tuple[float, float]:
        """:meth:`head_embed_s` of a replica: with attention data parallelism, the slowest
        attention group's sequences over its ``tp / attn_dp`` GPUs (each group embeds and
        samples its own sequences, the vocabulary split over the group)."""
        if config.attn_dp > 1:
            return self.head_embed_s(
                attention_group_shape(shape, config.attn_dp), config.attention_tp
            )
        return self.head_embed_s(shape, config.tp)

    def overhead_s(self, shape: BatchShape, tp: int) -> float:
        """Host time of one iteration (scheduling, input preparation, sampling): the
        engine's (per iteration, per sequence, per prompt chunk) when the model has one,
        else the fixed ``iteration_overhead_s``."""
        if self.engine is None:
            return self.iteration_overhead_s
        return self.engine.host_time_s(shape.decode_seqs + shape.prefill_seqs, shape.prefill_seqs)

    def iteration_time(self, config: ReplicaConfig, shape: BatchShape) -> IterationTime:
        """Time of one micro-batch ``shape`` through a ``config`` replica.

        ``shape`` is the work of ONE micro-batch; a replica with ``pp`` stages runs ``pp``
        of them concurrently, each producing its tokens once per ``period_s``.
        """
        m = self.model
        tp, pp = config.tp, config.pp
        self._check_config(config)
        if config.stage_layers is not None:
            stages = self.stage_times_s(config, shape)
            overhead = self.overhead_s(shape, tp)
            latency = sum(stages) + overhead
            period = max(latency, pp * max(stages) + overhead)
            return IterationTime(latency_s=latency, period_s=period)
        if m.architecture == "encoder_decoder":
            # The encoder attends bidirectionally: n^2 pairs, about twice the causal count.
            enc_shape = BatchShape(
                shape.prefill_tokens, 2 * shape.prefill_attention_pairs, 0.0, 0.0, 0.0
            )
            dec_shape = BatchShape(
                0.0, 0.0, shape.decode_seqs, shape.decode_context_tokens, shape.sampled_seqs
            )
            enc = self.layer_time_s(enc_shape, tp, encoder=True, ep=config.ep)
            # Cross-attention K/V of the new prompts in every decoder layer.
            enc_kv = self._gemm(
                shape.prefill_tokens, m.hidden_size, 2 * m.kv_heads_per_gpu(tp) * m.head_size
            )
            dec = self.layer_time_s(dec_shape, tp, ep=config.ep) + enc_kv
            layers_total = m.num_encoder_layers * enc + m.num_layers * dec
            per_layer_max = max(enc, dec)
        else:
            layer = self.layer_time_s(shape, tp, ep=config.ep, attn_dp=config.attn_dp)
            layers_total = m.num_layers * layer
            per_layer_max = layer
        tokens = shape.prefill_tokens + shape.decode_seqs
        head, embed = self._head_embed(config, shape)
        sends = self._pipeline_sends(config, tokens * m.hidden_size * ACT_BYTES)
        overhead = self.overhead_s(shape, tp)
        latency = layers_total + head + embed + sum(sends) + overhead
        slowest_stage = (
            stage_layers(m, pp) * per_layer_max + max(head, embed) + max(sends, default=0.0)
        )
        period = max(latency, pp * slowest_stage + overhead)
        return IterationTime(latency_s=latency, period_s=period)

    def _check_config(self, config: ReplicaConfig) -> None:
        if config in self._checked:
            return
        m = self.model
        if config.ep > 1 and (not m.is_moe or m.num_experts % config.ep):
            raise ValueError(
                f"ep={config.ep}: {m.name} has {m.num_experts} expert(s); expert parallelism "
                "needs an MoE model whose experts split evenly; fix: use ep=1"
            )
        if config.attn_dp > 1 and m.architecture != "decoder_only":
            raise ValueError(
                f"attn_dp={config.attn_dp}: attention data parallelism is modelled for "
                f"decoder-only models, {m.name} is {m.architecture}; fix: use attn_dp=1"
            )
        if config.stage_layers is not None:
            check_stage_layers(m, config.pp, config.stage_layers)
        self._checked.add(config)

    def stage_costs_s(self, config: ReplicaConfig, shape: BatchShape) -> tuple[float, list[float]]:
        """Time of one layer, and each stage's time besides its layers, for ``shape``.

        Stage ``s`` of a decoder-only replica takes ``L_s * layer + extra[s]``: the
        embedding on the first stage, the LM head on the last, the activation send to
        the next stage on all but the last.
        """
        m = self.model
        if m.architecture != "decoder_only":
            raise ValueError(
                f"stage costs: {m.name} is {m.architecture}; per-stage layer counts need a "
                "decoder-only model"
            )
        tokens = shape.prefill_tokens + shape.decode_seqs
        layer = self.layer_time_s(shape, config.tp, ep=config.ep, attn_dp=config.attn_dp)
        head, embed = self._head_embed(config, shape)
        sends = self._pipeline_sends(config, tokens * m.hidden_size * ACT_BYTES)
        extra = [0.0] * config.pp
        extra[0] += embed
        extra[-1] += head
        for s, send in enumerate(sends):
            extra[s] += send
        return layer, extra

    def stage_times_s(self, config: ReplicaConfig, shape: BatchShape) -> list[float]:
        """Time of one micro-batch ``shape`` in each stage of a replica with
        ``config.stage_layers`` (the even split when ``None``)."""
        self._check_config(config)
        counts = config.stage_layers or tuple(stage_layer_counts(self.model.num_layers, config.pp))
        layer, extra = self.stage_costs_s(config, shape)
        return [c * layer + x for c, x in zip(counts, extra, strict=True)]

    def _pipeline_sends(self, config: ReplicaConfig, size_bytes: float) -> tuple[float, ...]:
        """Time of each of the ``pp - 1`` activation sends between consecutive stages."""
        return self._sends(config, size_bytes)

    def _pipeline_sends_s(self, config: ReplicaConfig, size_bytes: float) -> tuple[float, ...]:
        if config.pp == 1:
            return ()
        per_node = self.cluster.gpus_per_node
        out = []
        for boundary in range(1, config.pp):
            # Stage s occupies GPUs [s*tp, (s+1)*tp); the send crosses nodes when the two
            # stages sit on different nodes.
            crosses = (boundary * config.tp) % per_node == 0 and config.num_gpus > per_node
            out.append(self._collective("send_recv", 2, 2 if crosses else 1, size_bytes))
        return tuple(out)


@dataclass(frozen=True)
class _AttentionPhase:
    """Fitted time of one attention kernel call: ``fixed_s + per_seq_s x sequences +
    work / efficiency`` (work: FLOPs at peak for prefill, K/V bytes at HBM bandwidth for
    decode)."""

    fixed_s: float
    per_seq_s: float
    efficiency: float


@dataclass(frozen=True)
class _AttentionFit:
    prefill: _AttentionPhase
    decode: _AttentionPhase
    source: str


@functools.cache
def _attention_fit(gpu_name: str) -> _AttentionFit | None:
    """Fitted attention coefficients of ``gpu_name`` from ``data/attention_overheads.csv``
    (``servesolve.costs.calibration.fit_attention``); None for a GPU without them."""
    with files("servesolve.costs").joinpath(_ATTENTION_TABLE).open("r", encoding="utf-8") as fh:
        table = pd.read_csv(fh)
    rows = table[table["gpu"] == gpu_name].set_index("phase")
    if not {"prefill", "decode"} <= set(rows.index):
        return None
    phases = {
        p: _AttentionPhase(
            float(rows.at[p, "fixed_s"]),
            float(rows.at[p, "per_seq_s"]),
            float(rows.at[p, "efficiency"]),
        )
        for p in ("prefill", "decode")
    }
    return _AttentionFit(phases["prefill"], phases["decode"], str(rows.at["prefill", "source"]))


def _group_share(seqs: float, attn_dp: int) -> float:
    """Share of ``seqs`` sequences the slowest of ``attn_dp`` attention groups holds: an
    even split, ``seqs / attn_dp``, but never less than one whole sequence (or all of
    them, when fewer than one)."""
    if seqs <= 0:
        return 0.0
    return max(seqs / attn_dp, min(seqs, 1.0)) / seqs


def attention_group_shape(shape: BatchShape, attn_dp: int) -> BatchShape:
    """The work of the slowest of ``attn_dp`` attention groups in ``shape``.

    Sequences split evenly over the groups, per phase (the prompts of the prefill, the
    decoding sequences), each group's at the batch's mean lengths; a sequence is never
    split, so the slowest group holds ``max(n / attn_dp, min(n, 1))`` of ``n``. Its
    prefill tokens and pairs (and prompt count) scale with its share of the prompts, its
    decode sequences, context (and CUDA-graph size) with its share of the decodes. No
    DP-attention padding (engines that pad every group to the largest batch are not
    modelled). ``attn_dp = 1`` returns ``shape``.
    """
    if attn_dp == 1:
        return shape
    prompts = 0.0
    if shape.prefill_tokens > 0:
        prompts = shape.prefill_seqs or equal_prompts(
            shape.prefill_tokens, shape.prefill_attention_pairs
        )
    p = _group_share(prompts, attn_dp)
    d = _group_share(shape.decode_seqs, attn_dp)
    sampled = shape.sampled_seqs * _group_share(shape.sampled_seqs, attn_dp)
    return BatchShape(
        prefill_tokens=shape.prefill_tokens * p,
        prefill_attention_pairs=shape.prefill_attention_pairs * p,
        decode_seqs=shape.decode_seqs * d,
        decode_context_tokens=shape.decode_context_tokens * d,
        sampled_seqs=sampled,
        prefill_seqs=shape.prefill_seqs * p,
        graph_seqs=None if shape.graph_seqs is None else shape.graph_seqs * d,
    )


def equal_prompts(tokens: float, pairs: float) -> float:
    """Prompts in a prefill of ``tokens`` tokens and ``pairs`` causal pairs, taken as ``b``
    equal prompts of ``s`` tokens (tokens = b s, pairs = b s (s + 1) / 2); at least one."""
    seq_len = max(2.0 * pairs / tokens - 1.0, 1.0)
    return max(tokens / seq_len, 1.0)


def prefill_pairs(prompt_tokens: float) -> float:
    """Causal attention (query, key) pairs of one prompt: n(n+1)/2."""
    return prompt_tokens * (prompt_tokens + 1) / 2.0


def min_bottleneck_split(
    num_layers: int, per_layer_s: float, extra_s: Sequence[float]
) -> tuple[int, ...]:
    """Layers per stage minimising the slowest stage ``max_s L_s * per_layer_s + extra_s[s]``.

    Greedy water-filling: start every stage at one layer, then give each remaining layer
    to the stage whose time after taking it is smallest (ties: the lowest stage index).

    Why this is exact. Every stage's time ``f_s(L) = L * per_layer_s + extra_s[s]`` is
    nondecreasing in ``L`` and the stages share the layers. Let ``B*`` be the optimal
    bottleneck, reached by counts ``L*`` (``f_s(L*_s) <= B*``, ``sum L* = num_layers``).
    Suppose the greedy's bottleneck exceeds ``B*``, and look at the first layer whose
    assignment creates a stage time above ``B*``. The greedy took the smallest
    ``f_s(L_s + 1)``, so at that moment every ``f_s(L_s + 1) > B*``, hence ``L_s >= L*_s``
    for every stage (otherwise ``f_s(L_s + 1) <= f_s(L*_s) <= B*``). Then ``sum L_s >=
    num_layers`` layers were already placed, so no layer was left to assign: a
    contradiction. (The start at one layer each is forced: every stage holds a layer.)
    Stages are homogeneous here (same GPUs, so one ``per_layer_s``); the argument only
    needs each ``f_s`` nondecreasing.

    Raises
    ------
    ValueError
        Fewer layers than stages, or a negative time.
    """
    pp = len(extra_s)
    if pp < 1 or num_layers < pp:
        raise ValueError(
            f"num_layers={num_layers} cannot fill {pp} stages with at least one layer each; "
            "fix: use fewer pipeline stages"
        )
    if per_layer_s < 0 or min(extra_s) < 0:
        raise ValueError("per_layer_s and extra_s must be >= 0")
    counts = [1] * pp
    heap = [(2 * per_layer_s + extra_s[s], s) for s in range(pp)]
    heapq.heapify(heap)
    for _ in range(num_layers - pp):
        _, s = heapq.heappop(heap)
        counts[s] += 1
        heapq.heappush(heap, ((counts[s] + 1) * per_layer_s + extra_s[s], s))
    return tuple(counts)
