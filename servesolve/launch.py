"""Engine launch commands: one server's flags for vLLM, SGLang or TRT-LLM, the flags of a
prefill or decode role in a disaggregated plan, and the router in front of such a plan.

Every flag name is checked against the engine's own argument definitions
(tests/fixtures/engine_flags.json, read from the engines' wheels) or, for the routers,
against a pinned, cited list (tests/fixtures/router_flags.json).
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from servesolve.formulations.parallelism import place
from servesolve.specs.hardware import ClusterSpec

_VLLM_DTYPE = {"bf16": "bfloat16", "fp16": "float16", "fp32": "float32"}


class ServerLayout(Protocol):
    """What a server command needs of a replica (``plan_result.ReplicaGroup`` has it).

    A layout may also carry ``attn_dp`` (attention data-parallel groups); one without it
    is read as 1 (:func:`attention_dp`).
    """

    tp: int
    pp: int
    max_num_seqs: int
    ep: int
    stage_layers: tuple[int, ...] | None


@dataclass(frozen=True)
class Location:
    """Where one replica's server runs: GPUs ``gpus`` of node ``node``, or (a replica
    larger than a node) the whole nodes ``nodes``."""

    node: int
    gpus: str
    nodes: tuple[int, ...]
    single_node_cluster: bool
    launcher: str

    def command(self, flags: list[str], env: str = "") -> str:
        """The server command with its location prefix and environment."""
        if self.nodes:
            prefix = f"# nodes {','.join(map(str, self.nodes))} ({self.launcher}): " + env
        elif self.single_node_cluster:
            prefix = env + f"CUDA_VISIBLE_DEVICES={self.gpus} "
        else:
            prefix = f"# node {self.node}: CUDA_VISIBLE_DEVICES={self.gpus} " + env
        return prefix + " ".join(flags)

    def host(self) -> str:
        """The host a router reaches the server on (``localhost`` on a one-node cluster)."""
        return "localhost" if self.single_node_cluster else f"node{self.node}"


#: How each engine spans several nodes with one replica.
MULTI_NODE_LAUNCHER = {"vllm": "Ray cluster", "sglang": "--nnodes", "trtllm": "MPI"}


def locate(
    replicas: Sequence[ServerLayout], cluster: ClusterSpec, engine: str
) -> list[Location] | None:
    """Each replica's GPUs on the cluster (``parallelism.place``, exact for any replica
    sizes; inside a node, larger replicas take the lower GPU ids), or None if they do not
    fit. Give the replicas largest first."""
    per_node = cluster.gpus_per_node
    nodes = place(
        [(g.tp, g.pp) for g in replicas], cluster.num_nodes, per_node, cluster.nvlink_domain_size
    )
    if nodes is None:
        return None
    single = cluster.num_nodes == 1
    launcher = MULTI_NODE_LAUNCHER[engine]
    found: dict[int, Location] = {}
    spans: dict[int, list[int]] = {}
    for node, members in enumerate(nodes):
        offset = 0
        for i in sorted(members, key=lambda i: -replicas[i].tp * replicas[i].pp):
            size = replicas[i].tp * replicas[i].pp
            if size > per_node:
                spans.setdefault(i, []).append(node)
                continue
            gpus = ",".join(str(g) for g in range(offset, offset + size))
            offset += size
            found[i] = Location(node, gpus, (), single, launcher)
    for i, on in spans.items():
        found[i] = Location(on[0], "", tuple(on), single, launcher)
    return [found[i] for i in range(len(replicas))]


def server_flags(
    engine: str, model: Any, group: ServerLayout, cand: Any, max_len: int, port: int, nodes: int
) -> tuple[list[str], str]:
    """One replica's server command for ``engine`` (its words, a trailing ``# ...`` note
    where the engine has no flag for the plan) and its environment prefix (``VAR=value ``
    or empty); ``nodes``: how many nodes a multi-node replica spans (0: one node)."""
    builder = {"vllm": _vllm_flags, "sglang": _sglang_flags, "trtllm": _trtllm_flags}[engine]
    return builder(model, group, cand, max_len, port, nodes)


def attention_dp(group: ServerLayout) -> int:
    """The layout's attention data-parallel groups (1 when it has no ``attn_dp``)."""
    return int(getattr(group, "attn_dp", 1) or 1)


def _uneven(group: ServerLayout) -> bool:
    return group.stage_layers is not None and len(set(group.stage_layers)) > 1


def _precision_flags(model: Any) -> list[str]:
    """vLLM's and SGLang's precision flags: a 16/32-bit dtype, or FP8 quantized on load;
    none for a quantized checkpoint (``model.quantization``), whose own
    ``quantization_config`` the engine reads."""
    if model.weight_dtype in _VLLM_DTYPE:
        return [f"--dtype {_VLLM_DTYPE[model.weight_dtype]}"]
    if model.quantization is not None:
        return []
    return ["--quantization fp8"]


def _vllm_flags(
    model: Any, group: ServerLayout, cand: Any, max_len: int, port: int, nodes: int
) -> tuple[list[str], str]:
    # Attention DP: D data-parallel ranks of TP / D GPUs each (vLLM's DP engine cores),
    # their MoE layers over all D x TP / D GPUs; max_num_seqs is per rank in vLLM.
    dp = attention_dp(group)
    flags = [
        f"vllm serve {model.hf_id or model.name}",
        f"--tensor-parallel-size {group.tp // dp}",
        f"--pipeline-parallel-size {group.pp}",
        f"--max-num-seqs {math.ceil(group.max_num_seqs / dp)}",
        f"--max-num-batched-tokens {cand.max_num_batched_tokens}",
        f"--gpu-memory-utilization {cand.gpu_memory_utilization:g}",
        f"--max-model-len {max_len}",
    ]
    flags += _precision_flags(model)
    if model.kv_cache_dtype == "fp8":
        flags.append("--kv-cache-dtype fp8")
    if dp > 1:
        flags.append(f"--data-parallel-size {dp}")
    if group.ep > 1:
        flags.append("--enable-expert-parallel")
    if nodes:
        flags.append("--distributed-executor-backend ray")
    flags.append(f"--port {port}")
    env = ""
    if _uneven(group):
        env = f"VLLM_PP_LAYER_PARTITION={','.join(map(str, group.stage_layers or ()))} "
    return flags, env


def _sglang_flags(
    model: Any, group: ServerLayout, cand: Any, max_len: int, port: int, nodes: int
) -> tuple[list[str], str]:
    flags = [
        f"python -m sglang.launch_server --model-path {model.hf_id or model.name}",
        f"--tp-size {group.tp}",
        f"--pp-size {group.pp}",
        f"--max-running-requests {group.max_num_seqs}",
        f"--chunked-prefill-size {cand.max_num_batched_tokens}",
        f"--mem-fraction-static {cand.gpu_memory_utilization:g}",
        f"--context-length {max_len}",
    ]
    flags += _precision_flags(model)
    if model.kv_cache_dtype == "fp8":
        flags.append("--kv-cache-dtype fp8_e4m3")
    if group.ep > 1:
        flags.append(f"--ep-size {group.ep}")
    if attention_dp(group) > 1:  # --tp-size stays the whole group: attention TP is tp / dp
        flags += ["--enable-dp-attention", f"--dp-size {attention_dp(group)}"]
    if nodes:
        flags.append(f"--nnodes {nodes}")
    flags.append(f"--port {port}")
    return flags + _split_note(group), ""


def _trtllm_flags(
    model: Any, group: ServerLayout, cand: Any, max_len: int, port: int, nodes: int
) -> tuple[list[str], str]:
    flags = [
        f"trtllm-serve {model.hf_id or model.name}",
        f"--tp_size {group.tp}",
        f"--pp_size {group.pp}",
        f"--max_batch_size {group.max_num_seqs}",
        f"--max_num_tokens {cand.max_num_batched_tokens}",
        f"--kv_cache_free_gpu_memory_fraction {cand.gpu_memory_utilization:g}",
        f"--max_seq_len {max_len}",
    ]
    if group.ep > 1:
        flags.append(f"--ep_size {group.ep}")
    flags += ["--backend pytorch", f"--port {port}"]
    note = []
    if attention_dp(group) > 1:
        note = [
            f"# planned attention DP {attention_dp(group)}: trtllm-serve has no flag for it "
            "(enable_attention_dp goes in --extra_llm_api_options YAML)"
        ]
    return flags + _split_note(group) + note, ""


def _split_note(group: ServerLayout) -> list[str]:
    if not _uneven(group):
        return []
    layers = ",".join(map(str, group.stage_layers or ()))
    return [f"# planned layer split {layers}: no flag here, served with an even split"]


def max_model_len(model: Any, stats: Any) -> int:
    """The context a server is started with: the workload's longest request (input plus
    output) rounded up to 256 tokens, at most the model's context."""
    longest = stats.max_input_tokens + stats.max_output_tokens
    return min(model.max_context_tokens, int(math.ceil(longest / 256) * 256))


# ---------------------------------------------------------------------- disaggregated roles

Role = Literal["prefill", "decode"]
#: Engines whose disaggregated roles and router this module writes.
DISAGGREGATED_ENGINES = ("vllm", "sglang")
#: Port of SGLang's KV bootstrap server on a prefill worker (its default, 8998, is used by
#: the first; each further prefill worker on a node needs its own).
SGLANG_BOOTSTRAP_BASE_PORT = 8998


def role_flags(engine: str, role: Role, bootstrap_port: int | None = None) -> list[str]:
    """The flags that make a server the ``role`` of a disaggregated plan.

    * vLLM: the NIXL KV connector, ``--kv-transfer-config
      '{"kv_connector":"NixlConnector","kv_role":"kv_both"}'`` on both roles, as vLLM's
      NixlConnector guide starts them (https://docs.vllm.ai/en/stable/features/nixl_connector_usage.html);
      the router decides which server prefills.
    * SGLang: ``--disaggregation-mode prefill|decode`` with the NIXL transfer backend, and
      the prefill worker's ``--disaggregation-bootstrap-port``
      (https://docs.sglang.io/advanced_features/pd_disaggregation.html).
    """
    if engine == "vllm":
        config = json.dumps(
            {"kv_connector": "NixlConnector", "kv_role": "kv_both"}, separators=(",", ":")
        )
        return [f"--kv-transfer-config '{config}'"]
    if engine == "sglang":
        flags = [f"--disaggregation-mode {role}", "--disaggregation-transfer-backend nixl"]
        if role == "prefill" and bootstrap_port is not None:
            flags.append(f"--disaggregation-bootstrap-port {bootstrap_port}")
        return flags
    raise ValueError(
        f"engine: {engine} has no disaggregated roles here; fix: use one of "
        f"{', '.join(DISAGGREGATED_ENGINES)}"
    )


def router_command(
    engine: str,
    prefill: list[tuple[str, int | None]],
    decode: list[str],
    port: int,
) -> str:
    """The router in front of a disaggregated plan: it sends each request to a prefill
    server, then to a decode server that pulls the KV cache.

    ``prefill`` lists (URL, bootstrap port or None); ``decode`` the decode URLs.

    * vLLM: vllm-router (https://github.com/vllm-project/router,
      docs/model-routing/pd-disaggregation.md), ``vllm-router --vllm-pd-disaggregation
      --prefill URL --decode URL --host --port``.
    * SGLang: sglang-router, ``python -m sglang_router.launch_router --pd-disaggregation
      --prefill URL BOOTSTRAP_PORT --decode URL --host --port``
      (https://docs.sglang.io/advanced_features/pd_disaggregation.html).
    """
    if engine == "vllm":
        words = ["vllm-router --vllm-pd-disaggregation"]
        words += [f"--prefill {url}" for url, _ in prefill]
    elif engine == "sglang":
        words = ["python -m sglang_router.launch_router --pd-disaggregation"]
        words += [
            f"--prefill {url}" + (f" {boot}" if boot is not None else "") for url, boot in prefill
        ]
    else:
        raise ValueError(
            f"engine: {engine} has no disaggregation router here; fix: use one of "
            f"{', '.join(DISAGGREGATED_ENGINES)}"
        )
    words += [f"--decode {url}" for url in decode]
    words += ["--host 0.0.0.0", f"--port {port}"]
    return " ".join(words)
