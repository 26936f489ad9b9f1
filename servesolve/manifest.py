"""A Kubernetes manifest of a plan: ``deploy.yaml`` of ``servesolve plan``.

One ``apps/v1`` Deployment per replica group: its replica count, one pod per replica
asking for the replica's TP x PP GPUs (``nvidia.com/gpu``, the NVIDIA device plugin's
resource), running the same server command as the report's deploy lines on port 8000
(the engine's official image at the engine release the plan was priced for), with a
readiness probe on ``/health`` and a memory-backed ``/dev/shm`` for NCCL. One ``v1``
Service selects every pod of the plan, so its traffic is spread over all replicas.

A pod cannot span nodes: replicas larger than a node (pipeline stages on several
nodes) are not written; the manifest's first lines say so and point to LeaderWorkerSet,
the Kubernetes API for multi-node inference servers. The manifest is checked against
the Kubernetes schema in the tests (``kubernetes-validate``).
"""

from __future__ import annotations

import hashlib
import re
import shlex
from typing import TYPE_CHECKING, Any

import yaml

from servesolve.report import max_model_len, server_flags

if TYPE_CHECKING:
    from servesolve.planning import PlanResult, ReplicaGroup

#: Each engine's published server image, by release.
IMAGES = {
    "vllm": "vllm/vllm-openai:v{version}",
    "sglang": "lmsysorg/sglang:v{version}",
    "trtllm": "nvcr.io/nvidia/tensorrt-llm/release:{version}",
}
#: The port every server listens on inside its pod.
PORT = 8000
#: Size of the memory-backed /dev/shm NCCL uses between the GPUs of a pod.
SHM_SIZE = "16Gi"


def dns_label(text: str) -> str:
    """``text`` as a Kubernetes name (RFC 1035 label: lower-case letters, digits and
    dashes, starting with a letter, at most 63 characters)."""
    name = re.sub(r"[^a-z0-9-]+", "-", text.lower()).strip("-")
    if not name or not name[0].isalpha():
        name = "s-" + name
    if len(name) > 63:  # keep distinct names distinct: a digest of the whole text
        digest = hashlib.sha1(text.encode()).hexdigest()[:8]
        name = f"{name[:54].rstrip('-')}-{digest}"
    return name


def _container(result: PlanResult, group: ReplicaGroup) -> tuple[dict[str, Any], list[str]]:
    """The server container of one replica of ``group`` and the notes its command carries."""
    req = result.request
    engine = req.engine.name
    words, env = server_flags(
        engine, req.model, group, req.planner.candidates, max_model_len(result), PORT, 0
    )
    notes = [w.lstrip("# ") for w in words if w.startswith("#")]
    argv = shlex.split(" ".join(w for w in words if not w.startswith("#")))
    # In a pod the server must listen on the pod's address (SGLang and trtllm-serve bind
    # to localhost by default), and images ship python3.
    argv += ["--host", "0.0.0.0"]
    if argv[0] == "python":
        argv[0] = "python3"
    container: dict[str, Any] = {
        "name": "server",
        "image": IMAGES[engine].format(version=req.engine.version),
        "command": argv,
        "ports": [{"name": "http", "containerPort": PORT}],
        "resources": {"limits": {"nvidia.com/gpu": group.gpus_per_replica}},
        "readinessProbe": {
            "httpGet": {"path": "/health", "port": PORT},
            "initialDelaySeconds": 60,
            "periodSeconds": 10,
        },
        "volumeMounts": [{"name": "shm", "mountPath": "/dev/shm"}],
    }
    container["env"] = [{"name": k, "value": v} for k, v in (p.split("=", 1) for p in env.split())]
    # Gated checkpoints (Llama, ...) need a Hugging Face token: a Secret ``hf-token``
    # with key ``token``, if there is one.
    container["env"].append(
        {
            "name": "HF_TOKEN",
            "valueFrom": {"secretKeyRef": {"name": "hf-token", "key": "token", "optional": True}},
        }
    )
    return container, notes


def manifest(result: PlanResult) -> tuple[list[dict[str, Any]], list[str]]:
    """The plan's Deployments and its Service, and the replica groups left out (a line
    each: they span several nodes)."""
    req = result.request
    app = dns_label(f"servesolve-{req.model.name}")
    docs: list[dict[str, Any]] = []
    left_out: list[str] = []
    for group in result.plan.groups:
        if group.gpus_per_replica > req.cluster.gpus_per_node:
            left_out.append(
                f"{group.num_replicas} x {group.label}: {group.gpus_per_replica} GPUs per replica "
                f"span several {req.cluster.gpus_per_node}-GPU nodes; deploy them with "
                "LeaderWorkerSet (https://github.com/kubernetes-sigs/lws)"
            )
            continue
        container, notes = _container(result, group)
        labels = {"app": app, "servesolve/config": dns_label(group.label)}
        metadata: dict[str, Any] = {"name": dns_label(f"{app}-{group.label}"), "labels": labels}
        if notes:
            metadata["annotations"] = {"servesolve/note": "; ".join(notes)}
        docs.append(
            {
                "apiVersion": "apps/v1",
                "kind": "Deployment",
                "metadata": metadata,
                "spec": {
                    "replicas": group.num_replicas,
                    "selector": {"matchLabels": labels},
                    "template": {
                        "metadata": {"labels": labels},
                        "spec": {
                            "containers": [container],
                            "volumes": [
                                {
                                    "name": "shm",
                                    "emptyDir": {"medium": "Memory", "sizeLimit": SHM_SIZE},
                                }
                            ],
                        },
                    },
                },
            }
        )
    if docs:
        docs.append(
            {
                "apiVersion": "v1",
                "kind": "Service",
                "metadata": {"name": app, "labels": {"app": app}},
                "spec": {
                    "selector": {"app": app},
                    "ports": [{"name": "http", "port": PORT, "targetPort": PORT}],
                },
            }
        )
    return docs, left_out


class _PlainDumper(yaml.SafeDumper):
    """Safe YAML without anchors: a shared dict is written out each time."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def manifest_yaml(result: PlanResult) -> str:
    """``deploy.yaml``: the manifest as YAML documents, headed by what it leaves out."""
    docs, left_out = manifest(result)
    req = result.request
    plan = " + ".join(f"{g.num_replicas} x {g.label}" for g in result.plan.groups)
    head = [
        f"# servesolve plan for {req.model.name} on {req.cluster.name} ({req.engine.label}): "
        f"{plan}. Apply with: kubectl apply -f deploy.yaml"
    ]
    head += [f"# not written: {line}" for line in left_out]
    return "\n".join(head) + "\n" + yaml.dump_all(docs, Dumper=_PlainDumper, sort_keys=False)


__all__ = ["IMAGES", "dns_label", "manifest", "manifest_yaml"]
