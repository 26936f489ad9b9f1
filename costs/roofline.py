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
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from servesolve.costs.comm import AlphaBeta, comm_model
from servesolve.costs.efficiency import RooflineEfficiency, gemm_time_s, roofline_efficiency
from servesolve.costs.memory import stage_layers
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import BYTES_PER_ELEMENT, ModelSpec

ACT_BYTES = BYTES_PER_ELEMENT["bf16"]
#: Elementwise bytes moved per token per layer, in units of hidden_size x activation bytes:
#: two RMS/LayerNorms (read+write), two residual adds (2 reads + write), RoPE on Q/K.
ELEMENTWISE_PASSES = 12.0


@dataclass(frozen=True)
class ReplicaConfig:
    """Parallel layout of one model replica."""

    tp: int
    pp: int

    @property
    def num_gpus(self) -> int:
        return self.tp * self.pp

    @property
    def label(self) -> str:
        return f"TP{self.tp}xPP{self.pp}"


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
    """

    prefill_tokens: float
    prefill_attention_pairs: float
    decode_seqs: float
    decode_context_tokens: float
    sampled_seqs: float


@dataclass(frozen=True)
class IterationTime:
    """Latency of one micro-batch through the replica, and the pipelined period."""

    latency_s: float
    period_s: float


class RooflineCostModel:
    """Iteration times of one model on one cluster, for any replica config."""

    def __init__(self, model: ModelSpec, cluster: ClusterSpec, iteration_overhead_s: float) -> None:
        self.model = model
        self.cluster = cluster
        self.gpu = cluster.gpu
        self.iteration_overhead_s = iteration_overhead_s
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

    @property
    def source(self) -> str:
        return f"roofline ({self.efficiency.source})"

    # ---- building blocks ---------------------------------------------------------
    def _gemm_s(self, m: float, k: float, n: float) -> float:
        if m <= 0:
            return 0.0
        return float(
            gemm_time_s(m, k, n, self.peak_flops, self.hbm, self.efficiency, self.weight_bytes)
        )

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
        return router + active * (
            self._gemm(per_expert, m.hidden_size, up_width)
            + self._gemm(per_expert, down_k, m.hidden_size)
        )

    def _token_terms_s(self, tokens: float, cross_tokens: float, tp: int, encoder: bool) -> float:
        """Everything in a layer that depends only on its token counts: GEMMs, FFN/MoE,
        elementwise traffic and all-reduces. Memoised per instance: a simulation asks
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
        t += self._ffn_time(tokens, tp)
        t += self._memory_op(ELEMENTWISE_PASSES * tokens * m.hidden_size * ACT_BYTES)
        # One all-reduce after attention, one after the FFN, one more after cross-attention.
        reduces = 3 if (m.architecture == "encoder_decoder" and not encoder) else 2
        t += reduces * self._collective("all_reduce", tp, 1, tokens * m.hidden_size * ACT_BYTES)
        return t

    def layer_time_s(self, shape: BatchShape, tp: int, encoder: bool = False) -> float:
        """One transformer layer on one GPU of the TP group, communication included."""
        m = self.model
        tokens = shape.prefill_tokens + shape.decode_seqs
        if tokens <= 0:
            return 0.0
        t = self._token_terms(tokens, shape.decode_seqs, tp, encoder)
        heads = m.num_attention_heads / tp
        compute = self.peak_flops * self.efficiency.compute_efficiency
        # Prefill attention: compute-bound (FlashAttention-style, no score matrix in HBM).
        t += 4 * m.head_size * heads * shape.prefill_attention_pairs / compute
        # Decode attention: read each context token's K and V once per layer.
        kv_bytes = shape.decode_context_tokens * m.kv_cache_bytes_per_token_layer(tp)
        flops = 4 * m.head_size * heads * shape.decode_context_tokens
        t += max(self._memory_op(kv_bytes), flops / compute)
        return t

    def iteration_time(self, config: ReplicaConfig, shape: BatchShape) -> IterationTime:
        """Time of one micro-batch ``shape`` through a ``config`` replica.

        ``shape`` is the work of ONE micro-batch; a replica with ``pp`` stages runs ``pp``
        of them concurrently, each producing its tokens once per ``period_s``.
        """
        m = self.model
        tp, pp = config.tp, config.pp
        if m.architecture == "encoder_decoder":
            # The encoder attends bidirectionally: n^2 pairs, about twice the causal count.
            enc_shape = BatchShape(
                shape.prefill_tokens, 2 * shape.prefill_attention_pairs, 0.0, 0.0, 0.0
            )
            dec_shape = BatchShape(
                0.0, 0.0, shape.decode_seqs, shape.decode_context_tokens, shape.sampled_seqs
            )
            enc = self.layer_time_s(enc_shape, tp, encoder=True)
            # Cross-attention K/V of the new prompts in every decoder layer.
            enc_kv = self._gemm(
                shape.prefill_tokens, m.hidden_size, 2 * m.kv_heads_per_gpu(tp) * m.head_size
            )
            dec = self.layer_time_s(dec_shape, tp) + enc_kv
            layers_total = m.num_encoder_layers * enc + m.num_layers * dec
            per_layer_max = max(enc, dec)
        else:
            layer = self.layer_time_s(shape, tp)
            layers_total = m.num_layers * layer
            per_layer_max = layer
        tokens = shape.prefill_tokens + shape.decode_seqs
        head = self._gemm(shape.sampled_seqs, m.hidden_size, m.vocab_size / tp)
        embed = self._memory_op(tokens * m.hidden_size * ACT_BYTES)
        sends = self._pipeline_sends(config, tokens * m.hidden_size * ACT_BYTES)
        latency = layers_total + head + embed + sum(sends) + self.iteration_overhead_s
        slowest_stage = (
            stage_layers(m, pp) * per_layer_max + max(head, embed) + max(sends, default=0.0)
        )
        period = max(latency, pp * slowest_stage + self.iteration_overhead_s)
        return IterationTime(latency_s=latency, period_s=period)

    def _pipeline_sends(self, config: ReplicaConfig, size_bytes: float) -> list[float]:
        """Time of each of the ``pp - 1`` activation sends between consecutive stages."""
        if config.pp == 1:
            return []
        per_node = self.cluster.gpus_per_node
        out = []
        for boundary in range(1, config.pp):
            # Stage s occupies GPUs [s*tp, (s+1)*tp); the send crosses nodes when the two
            # stages sit on different nodes.
            crosses = (boundary * config.tp) % per_node == 0 and config.num_gpus > per_node
            out.append(self._collective("send_recv", 2, 2 if crosses else 1, size_bytes))
        return out


def prefill_pairs(prompt_tokens: float) -> float:
    """Causal attention (query, key) pairs of one prompt: n(n+1)/2."""
    return prompt_tokens * (prompt_tokens + 1) / 2.0
