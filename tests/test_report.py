"""vLLM commands from a plan: exact placement for any replica sizes, EP and uneven splits."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from servesolve.planning import ReplicaGroup
from servesolve.report import vllm_commands
from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

MODEL = model_from_config(catalogue_entry("model", "llama3.1-70b"))


def _result(groups, cluster_name="h100x16"):
    cluster = cluster_from_config(catalogue_entry("cluster", cluster_name))
    request = SimpleNamespace(
        model=MODEL,
        cluster=cluster,
        planner=SimpleNamespace(
            candidates=SimpleNamespace(max_num_batched_tokens=8192, gpu_memory_utilization=0.9)
        ),
    )
    stats = SimpleNamespace(max_input_tokens=1000, max_output_tokens=500)
    return SimpleNamespace(
        request=request, stats=stats, plan=SimpleNamespace(name="milp", groups=tuple(groups))
    )


def _group(tp, pp, k, ep=1, split=None):
    return ReplicaGroup(f"tp{tp}_pp{pp}", tp, pp, 64, k, 1.0, ep, split)


def _gpus(command: str) -> list[int]:
    return [int(g) for g in command.split("CUDA_VISIBLE_DEVICES=")[1].split()[0].split(",")]


def test_sizes_outside_a_divisibility_chain_are_placed_without_overlap():
    # 4 + 3 + 3 + 2 + 2 + 2 = 16 GPUs on two 8-GPU nodes: first-fit by size would put
    # 4+3 on node 0 and 3+2+2 on node 1, leaving a 2 with no room; exact placement
    # packs {4,2,2} and {3,3,2}.
    groups = [_group(4, 1, 1), _group(1, 3, 2), _group(2, 1, 3)]
    commands = vllm_commands(_result(groups))
    assert len(commands) == 6
    used: dict[str, list[int]] = {}
    for c in commands:
        node = c.split(":")[0]
        used.setdefault(node, []).extend(_gpus(c))
    assert set(used) == {"# node 0", "# node 1"}
    for gpus in used.values():
        assert sorted(gpus) == list(range(8))  # every GPU once, none twice
    assert len({c.split("--port ")[1] for c in commands}) == 6


def test_multi_node_replica_uses_ray_and_whole_nodes():
    commands = vllm_commands(_result([_group(8, 2, 1)]))
    assert commands == [commands[0]]
    assert commands[0].startswith("# nodes 0,1 (Ray cluster): ")
    assert "--distributed-executor-backend ray" in commands[0]


def test_expert_parallel_and_uneven_split_flags():
    (command,) = vllm_commands(_result([_group(2, 3, 1, ep=2, split=(27, 27, 26))], "h100x8"))
    assert command.startswith("VLLM_PP_LAYER_PARTITION=27,27,26 CUDA_VISIBLE_DEVICES=0,1,2,3,4,5 ")
    assert "--enable-expert-parallel" in command


def test_unplaceable_plan_is_refused():
    with pytest.raises(ValueError, match="does not fit"):
        vllm_commands(_result([_group(8, 1, 3)]))
