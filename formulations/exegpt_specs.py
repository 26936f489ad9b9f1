"""Real ExeGPT instances: ``from_specs`` prices the schedule grid of a model on a group of
GPUs with the roofline cost model (``ExeGptOptions`` holds the grid and the engine
settings; ``schedule_layouts`` the (TP, PP) layouts of a pool; ``waa_split`` ExeGPT's
WAA-C / WAA-M encode shares), and ``workload_stats`` samples a catalogue workload's
length statistics.
"""

from __future__ import annotations

import math

from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass as pydantic_dataclass

from servesolve.costs.memory import (
    activation_bytes_per_gpu,
    kv_bytes_per_token_per_gpu,
    layer_params_per_gpu,
    stage_layer_counts,
    weight_bytes_per_gpu,
)
from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import BatchShape, ReplicaConfig, RooflineCostModel
from servesolve.formulations.exegpt_model import (
    ExeGptInstance,
    Policy,
    PoolMemory,
    SpecSource,
)
from servesolve.specs.hardware import GIB, ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.validation import SPEC_CONFIG


@pydantic_dataclass(config=SPEC_CONFIG)
class ExeGptOptions:
    """The schedule grid and the engine settings an instance is priced with."""

    encoder_batches: list[PositiveInt] = Field(
        default_factory=lambda: [1, 2, 4, 8, 16, 32, 64, 128],
        min_length=1,
        description="encoder batch sizes B_E to consider (prompts per encoding micro-batch)",
    )
    max_decode_iterations: int = Field(
        default=64, gt=0, description="RRA: N_D ranges over 1..max_decode_iterations"
    )
    max_micro_batches: int = Field(
        default=8, gt=0, description="WAA: B_m ranges over 1..min(decode PP, this)"
    )
    gpu_memory_utilization: float = Field(
        default=0.9, gt=0, le=1, description="share of GPU memory the engine may use"
    )
    runtime_reserve_gib: float = Field(
        default=1.0, ge=0, description="per-GPU memory kept for the runtime (GiB)"
    )
    iteration_overhead_s: float = Field(
        default=0.002, ge=0, description="scheduler + sampling time per iteration (s)"
    )


def schedule_layouts(model: ModelSpec, cluster: ClusterSpec, size: int) -> list[tuple[int, int]]:
    """(tp, pp) layouts of a pool of ``size`` GPUs: TP a power of two dividing the pool
    and the attention heads, inside one NVLink domain; PP at most the layers of a phase."""
    domain = cluster.nvlink_domain_size
    kv = model.kv_heads
    max_pp = min(model.num_layers, model.num_encoder_layers or model.num_layers)
    out = []
    tp = 1
    while tp <= min(size, domain):
        ok_heads = model.num_attention_heads % tp == 0 and (kv % tp == 0 or tp % kv == 0)
        if size % tp == 0 and domain % tp == 0 and ok_heads and size // tp <= max_pp:
            out.append((tp, size // tp))
        tp *= 2
    return out


def _phase_weight_bytes(model: ModelSpec, tp: int, pp: int, pool: str) -> float:
    """Weight bytes on the most loaded GPU of a pool. RRA pools and decoder-only models
    hold the whole model (WAA's second copy); an encoder-decoder model's encode pool holds
    the encoder and the embedding, its decode pool the decoder, embedding and LM head."""
    if pool == "rra" or model.architecture == "decoder_only":
        return weight_bytes_per_gpu(model, tp, pp)
    encoder = pool == "encode"
    count = model.num_encoder_layers if encoder else model.num_layers
    per_layer = layer_params_per_gpu(model, tp, encoder=encoder)
    stages = [n * per_layer for n in stage_layer_counts(count, pp)]
    stages[0] += model.embedding_params / tp
    if not encoder:
        stages[-1] += model.vocab_size * model.hidden_size / tp if pp > 1 else 0.0
        stages[-1] += model.lm_head_params / tp
    return max(stages) * model.weight_bytes_per_param


def _pool_memory(model: ModelSpec, tp: int, pp: int, pool: str) -> PoolMemory:
    kv = kv_bytes_per_token_per_gpu(model, tp, pp)
    if pool == "encode" and model.architecture == "encoder_decoder":
        kv = 0.0  # the encoder keeps no KV cache; cross-attention K/V live on the decoder
    return PoolMemory(
        weights_gib=_phase_weight_bytes(model, tp, pp, pool) / GIB,
        activation_gib_per_token=activation_bytes_per_gpu(model, tp, 1) / GIB,
        kv_gib_per_token=kv / GIB,
    )


def waa_split(num_gpus: int, encode_share: float) -> int:
    """Encode GPUs G_E = round(G x share), kept in 1..G-1 (ExeGPT's proportional split)."""
    return min(num_gpus - 1, max(1, math.floor(num_gpus * encode_share + 0.5)))


def from_specs(
    model: ModelSpec,
    cluster: ClusterSpec,
    workload_stats: WorkloadStats,
    latency_bound_s: float,
    num_gpus: int | None = None,
    policy: Policy = "any",
    options: ExeGptOptions | None = None,
    cost_model: RooflineCostModel | None = None,
) -> ExeGptInstance:
    """Price ExeGPT's schedule grid for ``model`` on ``num_gpus`` GPUs of ``cluster``.

    Parameters
    ----------
    model, cluster:
        What is served, and on which GPUs (the group is the first ``num_gpus`` of the
        cluster; default all of them).
    workload_stats:
        Length statistics (means, length-biased running context, quantiles); its
        ``quantile`` should be the latency bound's (ExeGPT: 0.99).
    latency_bound_s:
        L: the tail-length request's end-to-end bound (s).
    policy:
        rra, waa_c, waa_m, waa or any.
    options:
        The grid (B_E, N_D, B_m) and engine settings.
    cost_model:
        Reuse a priced cost model (default: a new roofline model of model and cluster).

    Returns
    -------
    ExeGptInstance
        Every iteration time from ``RooflineCostModel.iteration_time``; memory from
        ``costs.memory``; WAA-C/WAA-M splits by :func:`waa_split` of the single-GPU
        compute time (encoding B_E prompts vs one decoding round of their B_E (m-1)
        sequences) and of the single-GPU memory (weights + KV) of the two phases.
    """
    options = options or ExeGptOptions()
    g = cluster.num_gpus if num_gpus is None else num_gpus
    if not 1 <= g <= cluster.num_gpus:
        raise ValueError(
            f"num_gpus: {g} is not in 1..{cluster.num_gpus}; fix: use at most the cluster's GPUs"
        )
    if not latency_bound_s > 0:
        raise ValueError(f"latency_bound_s: {latency_bound_s}; fix: give a positive bound (s)")
    stats = workload_stats
    if not stats.mean_output_tokens > 1:
        raise ValueError(
            f"workload_stats.mean_output_tokens: {stats.mean_output_tokens}; fix: ExeGPT "
            "schedules decode, use a workload whose outputs average more than one token"
        )
    cm = cost_model or RooflineCostModel(model, cluster, options.iteration_overhead_s)
    m1 = stats.mean_output_tokens - 1.0
    ctx = stats.mean_running_context_tokens
    grid = tuple(sorted(set(options.encoder_batches)))
    nds = tuple(range(1, options.max_decode_iterations + 1))

    def encode_shape(prompts: float) -> BatchShape:
        return BatchShape(
            prompts * stats.mean_input_tokens, prompts * stats.mean_prefill_pairs, 0, 0, prompts
        )

    def decode_shape(seqs: float) -> BatchShape:
        return BatchShape(0.0, 0.0, seqs, seqs * ctx, seqs)

    layouts = {s: tuple(schedule_layouts(model, cluster, s)) for s in range(1, g + 1)}
    encode_times, rra_decode, waa_decode, memory = {}, {}, {}, {}
    for s in range(1, g):  # WAA pools
        for tp, pp in layouts[s]:
            memory[("encode", tp, pp)] = _pool_memory(model, tp, pp, "encode")
            memory[("decode", tp, pp)] = _pool_memory(model, tp, pp, "decode")
            for be in grid:
                encode_times[(tp, pp, be)] = cm.iteration_time(
                    ReplicaConfig(tp, pp), encode_shape(be)
                )
        news = {pp_e * be for _, pp_e in layouts[g - s] for be in grid}
        for tp, pp in layouts[s]:
            for k in sorted(news):
                for bm in range(1, min(pp, options.max_micro_batches) + 1):
                    waa_decode[(tp, pp, k, bm)] = cm.iteration_time(
                        ReplicaConfig(tp, pp), decode_shape(k * m1 / bm)
                    )
    for tp, pp in layouts[g]:  # RRA pipelines
        memory[("rra", tp, pp)] = _pool_memory(model, tp, pp, "rra")
        for be in grid:
            encode_times[(tp, pp, be)] = cm.iteration_time(ReplicaConfig(tp, pp), encode_shape(be))
            for nd in nds:
                rra_decode[(tp, pp, be, nd)] = cm.iteration_time(
                    ReplicaConfig(tp, pp), decode_shape(be * m1 / nd)
                )

    # ExeGPT's WAA-C / WAA-M rules, from single-GPU compute time and memory of each phase.
    one = ReplicaConfig(1, 1)
    enc1, dec1 = _pool_memory(model, 1, 1, "encode"), _pool_memory(model, 1, 1, "decode")
    waa_c, waa_m = {}, {}
    for be in grid:
        c_e = cm.iteration_time(one, encode_shape(be)).latency_s
        c_d = cm.iteration_time(one, decode_shape(be * m1)).latency_s
        waa_c[be] = waa_split(g, c_e / (c_e + c_d)) if g >= 2 else 1
        m_e = enc1.weights_gib + enc1.kv_gib_per_token * be * stats.mean_input_tokens
        m_d = dec1.weights_gib + dec1.kv_gib_per_token * be * m1 * ctx
        waa_m[be] = waa_split(g, m_e / (m_e + m_d)) if g >= 2 else 1

    return ExeGptInstance(
        num_gpus=g,
        latency_bound_s=float(latency_bound_s),
        usable_gib=options.gpu_memory_utilization * cluster.gpu.memory_gib,
        runtime_reserve_gib=options.runtime_reserve_gib,
        iteration_overhead_s=cm.iteration_overhead_s,
        mean_input_tokens=stats.mean_input_tokens,
        mean_output_tokens=stats.mean_output_tokens,
        mean_context_tokens=ctx,
        tail_input_tokens=stats.input_quantile_tokens,
        tail_output_tokens=max(1, math.ceil(stats.output_quantile_tokens - 1e-9)),
        encoder_batches=grid,
        decode_iterations=nds,
        max_micro_batches=options.max_micro_batches,
        layouts=layouts,
        encode_times=encode_times,
        rra_decode_times=rra_decode,
        waa_decode_times=waa_decode,
        memory=memory,
        waa_c_encode_gpus=waa_c,
        waa_m_encode_gpus=waa_m,
        policy=policy,
        source=SpecSource(
            model, cluster, stats, options.gpu_memory_utilization, options.runtime_reserve_gib
        ),
    )


def workload_stats(
    name: str, quantile: float = 0.99, num_requests: int = 10_000, seed: int = 0
) -> WorkloadStats:
    """Length statistics of the catalogue workload ``name`` (``conf/workload/<name>.yaml``)."""
    from servesolve.specs import catalogue_entry
    from servesolve.workloads import sample_requests, workload_from_dict

    spec = workload_from_dict(catalogue_entry("workload", name))
    requests = sample_requests(spec, num_requests=num_requests, seed=seed)
    return WorkloadStats.from_requests(requests, quantile)
