"""A fleet plan's launch commands (one server per replica, per GPU type) and its
Kubernetes manifest (``deploy.yaml``: each pool's pods pinned to their GPU type, one
Service per workload)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from servesolve.fleet_planning import FleetResult, group_layout, plan_text, pools_of
from servesolve.formulations.parallelism import place
from servesolve.kubernetes import (
    GPU_PRODUCT_LABEL,
    IMAGES,
    PORT,
    deployment,
    dns_label,
    gpu_node_selector,
    manifest_text,
    pod_template,
    server_container,
    service,
)
from servesolve.launch import max_model_len, server_flags


@dataclass(frozen=True)
class _Layout:
    """What ``server_flags`` reads of a replica."""

    tp: int
    pp: int
    max_num_seqs: int
    ep: int = 1
    stage_layers: tuple[int, ...] | None = None


def _server_flags(result: FleetResult, row: Any, port: int) -> tuple[list[str], str]:
    """The engine's server command (its words) and environment prefix for one replica of
    a plan group ``row`` (``FleetResult.groups``), listening on ``port``."""
    req = result.request
    w = next(w for w in req.workloads if w.name == str(row.workload))
    layout = _Layout(int(row.tp), int(row.pp), int(row.max_num_seqs))
    max_len = max_model_len(w.model, result.stats[w.name])
    return server_flags(req.engine.name, w.model, layout, req.candidates, max_len, port, 0)


def launch_commands(result: FleetResult, base_port: int = 8000) -> dict[str, list[str]]:
    """Per GPU type, one server command per replica of the engine, on the pool's nodes
    (``parallelism.place``; inside a node, larger replicas take the lower GPU ids), each
    followed by ``# <workload>`` so that a router can send the workload's requests there.
    Ports count up across the whole fleet."""
    groups = result.groups()
    out: dict[str, list[str]] = {}
    port = base_port
    for gpu_type, pool in pools_of(result):
        rows = groups[groups["gpu_type"] == gpu_type] if not groups.empty else groups
        replicas = [row for row in rows.itertuples() for _ in range(int(row.replicas))]
        replicas.sort(key=lambda r: -int(r.gpus_per_replica))
        nodes = place(
            [(int(r.tp), int(r.pp)) for r in replicas],
            pool.num_nodes,
            pool.gpus_per_node,
            pool.nvlink_domain_size,
        )
        if nodes is None:  # the MILP counts GPUs per type; whole-node layouts always pack
            raise RuntimeError(f"fleet plan does not pack onto the {gpu_type} pool's nodes")
        location: dict[int, str] = {}
        for node, members in enumerate(nodes):
            offset = 0
            for i in sorted(members, key=lambda i: -int(replicas[i].gpus_per_replica)):
                size = int(replicas[i].gpus_per_replica)
                gpus = ",".join(str(g) for g in range(offset, offset + size))
                offset += size
                where = "" if pool.num_nodes == 1 else f"# {gpu_type} node {node}: "
                location[i] = f"{where}CUDA_VISIBLE_DEVICES={gpus} "
        commands = []
        for i, row in enumerate(replicas):
            flags, env = _server_flags(result, row, port)
            prefix = location[i]
            prefix = env + prefix if prefix.startswith("CUDA_VISIBLE_DEVICES") else prefix + env
            commands.append(f"{prefix}{' '.join(flags)}  # {row.workload}")
            port += 1
        out[gpu_type] = commands
    return out


def fleet_manifest(result: FleetResult) -> tuple[list[dict[str, Any]], list[str]]:
    """The fleet as Kubernetes objects, and header lines on what they assume.

    One Deployment per (GPU type, workload, config) with its replica count, its pods
    pinned to the GPU type (``kubernetes.gpu_node_selector``: NVIDIA GPU feature
    discovery's ``nvidia.com/gpu.product``) and running the server command of the
    fleet's launch lines on port 8000; one Service per workload, selecting that
    workload's pods on every GPU type, so each workload has its own endpoint.
    """
    req = result.request
    app = dns_label(f"servesolve-{req.cluster.name}")
    image = IMAGES[req.engine.name].format(version=req.engine.version)
    groups = result.groups()
    docs: list[dict[str, Any]] = []
    head: list[str] = []
    pinned: set[str] = set()
    for row in groups.itertuples():
        gpu_type, workload = str(row.gpu_type), str(row.workload)
        words, env = _server_flags(result, row, PORT)
        selector, unconfirmed = gpu_node_selector(gpu_type)
        if unconfirmed and gpu_type not in pinned:
            head.append(f"# {unconfirmed}")
        pinned.add(gpu_type)
        labels = {
            "app": app,
            "servesolve/workload": dns_label(workload),
            "servesolve/gpu-type": dns_label(gpu_type),
            "servesolve/config": dns_label(group_layout(row)),
        }
        notes = "; ".join(word.lstrip("# ") for word in words if word.startswith("#"))
        container = server_container(words, env, image, int(row.gpus_per_replica))
        template = pod_template(labels, container, node_selector=selector)
        name = dns_label(f"servesolve-{workload}-{gpu_type}-{group_layout(row)}")
        docs.append(deployment(name, labels, int(row.replicas), template, notes))
    served = set(groups["workload"]) if not groups.empty else set()
    for w in req.workloads:
        if w.name not in served:
            head.append(f"# not written: {w.name} has no replicas in the plan, so no Service")
            continue
        selector = {"app": app, "servesolve/workload": dns_label(w.name)}
        docs.append(service(dns_label(f"servesolve-{w.name}"), selector, selector))
    return docs, head


def fleet_manifest_yaml(result: FleetResult) -> str:
    """``deploy.yaml`` of a fleet: :func:`fleet_manifest`'s objects under a header."""
    docs, notes = fleet_manifest(result)
    req = result.request
    head = [
        f"# servesolve fleet plan on {req.cluster.name} ({req.engine.label}): "
        f"{plan_text(result)}. Apply with: kubectl apply -f deploy.yaml",
        f"# each pool's pods select their GPU type by node label ({GPU_PRODUCT_LABEL}: "
        "NVIDIA GPU feature discovery); each workload has its own Service: send its "
        "requests there",
        *notes,
    ]
    return manifest_text(head, docs)


__all__ = ["fleet_manifest", "fleet_manifest_yaml", "launch_commands"]
