"""Kubernetes objects of a plan's manifest (``deploy.yaml``), shared by one-type plans
(``manifest``) and fleets (``fleet_report``).

Names as RFC 1035 labels; a server container from an engine command's words (the
engine's published image, port 8000, a readiness probe on ``/health``, the NVIDIA
device plugin's ``nvidia.com/gpu`` resource, a memory-backed ``/dev/shm`` for NCCL);
Deployments, Services and pod templates; the node selector that pins a pod to its GPU
type; and safe YAML without anchors.

**GPU type labels.** NVIDIA GPU feature discovery (GFD, part of the NVIDIA device plugin
and the GPU Operator) labels each node ``nvidia.com/gpu.product`` with the GPU's NVML
device name, spaces replaced by dashes (``productLabel`` in
https://github.com/NVIDIA/k8s-device-plugin/blob/main/internal/lm/resource.go).
:data:`GPU_PRODUCTS` holds the value of each catalogue GPU whose NVML name has a source:

* H100, H200, B200, B300, GB200, GB300: the ``gpu_name`` that aiconfigurator-core 0.12.0
  recorded on the machines it measured (``systems/data/<aic_system>/comm/vllm/0.24.0/
  collection_meta.yaml`` of the installed package; tests/test_fleet_cli.py checks the
  table against those files);
* A100-SXM-80GB: ``NVIDIA-A100-SXM4-80GB``, listed as a valid ``nvidia.com/gpu.product``
  value by a cluster running GFD
  (https://github.com/uoe-eidf-cluster-users/eidf-epcc-cluster/issues/7). Older drivers
  (before R470) named A100s without the ``NVIDIA`` prefix (the GFD README's example,
  ``A100-SXM4-40GB``).

The other catalogue GPUs (A40, L40S, V100) have no confirmed value here: their pods are
pinned to a node label ``servesolve/gpu-type`` the cluster's admin sets
(:func:`gpu_node_selector`), and the manifest's header says so.
"""

from __future__ import annotations

import hashlib
import re
import shlex
from typing import Any

import yaml

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
#: The node label NVIDIA GPU feature discovery sets to the GPU's product name.
GPU_PRODUCT_LABEL = "nvidia.com/gpu.product"
#: The node label pods of a GPU without a confirmed product value are pinned to.
GPU_TYPE_LABEL = "servesolve/gpu-type"
#: ``nvidia.com/gpu.product`` as GFD publishes it, by catalogue GPU (sources above).
GPU_PRODUCTS = {
    "H100-SXM-80GB": "NVIDIA-H100-80GB-HBM3",
    "H200-SXM-141GB": "NVIDIA-H200",
    "B200-SXM-180GB": "NVIDIA-B200",
    "B300-SXM-268GB": "NVIDIA-B300-SXM6-AC",
    "GB200-186GB": "NVIDIA-GB200",
    "GB300-278GB": "NVIDIA-GB300",
    "A100-SXM-80GB": "NVIDIA-A100-SXM4-80GB",
}


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


def gpu_node_selector(gpu: str) -> tuple[dict[str, str], str | None]:
    """The node selector of pods on catalogue GPU ``gpu``, and a header line when its
    GFD product value is not confirmed (the selector then names ``servesolve/gpu-type``,
    a label the cluster's admin sets)."""
    if gpu in GPU_PRODUCTS:
        return {GPU_PRODUCT_LABEL: GPU_PRODUCTS[gpu]}, None
    value = dns_label(gpu)
    return {GPU_TYPE_LABEL: value}, (
        f"{gpu}: the {GPU_PRODUCT_LABEL} value GPU feature discovery publishes for it is "
        f"not confirmed here, so its pods select {GPU_TYPE_LABEL}={value}: label its nodes "
        f"(kubectl label nodes NODE {GPU_TYPE_LABEL}={value}) or put the value "
        f"`kubectl get nodes -L {GPU_PRODUCT_LABEL}` shows in their nodeSelector"
    )


def server_container(words: list[str], env: str, image: str, num_gpus: int) -> dict[str, Any]:
    """The server container of one replica: ``words``, an engine command (flags joined
    by spaces may hold several words; ``# ...`` notes are dropped), and ``env``, its
    ``VAR=value`` prefix. The server listens on :data:`PORT` of the pod's address
    (SGLang and trtllm-serve bind to localhost by default); images ship python3."""
    argv = shlex.split(" ".join(w for w in words if not w.startswith("#")))
    argv += ["--host", "0.0.0.0"]
    if argv[0] == "python":
        argv[0] = "python3"
    variables = [{"name": k, "value": v} for k, v in (p.split("=", 1) for p in env.split())]
    # Gated checkpoints (Llama, ...) need a Hugging Face token: a Secret ``hf-token``
    # with key ``token``, if there is one.
    variables.append(
        {
            "name": "HF_TOKEN",
            "valueFrom": {"secretKeyRef": {"name": "hf-token", "key": "token", "optional": True}},
        }
    )
    return {
        "name": "server",
        "image": image,
        "command": argv,
        "ports": [{"name": "http", "containerPort": PORT}],
        "resources": {"limits": {"nvidia.com/gpu": num_gpus}},
        "readinessProbe": {
            "httpGet": {"path": "/health", "port": PORT},
            "initialDelaySeconds": 60,
            "periodSeconds": 10,
        },
        "volumeMounts": [{"name": "shm", "mountPath": "/dev/shm"}],
        "env": variables,
    }


def pod_template(
    labels: dict[str, str],
    container: dict[str, Any],
    account: str | None = None,
    node_selector: dict[str, str] | None = None,
) -> dict[str, Any]:
    """A pod of one container: a server (with its ``/dev/shm`` volume), or, with a
    service ``account``, a router."""
    spec: dict[str, Any] = {
        "containers": [container],
        "volumes": [{"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": SHM_SIZE}}],
    }
    if account is not None:
        spec = {"serviceAccountName": account, "containers": [container]}
    if node_selector:
        spec["nodeSelector"] = node_selector
    return {"metadata": {"labels": labels}, "spec": spec}


def deployment(
    name: str,
    labels: dict[str, str],
    replicas: int,
    template: dict[str, Any],
    note: str = "",
) -> dict[str, Any]:
    """An ``apps/v1`` Deployment of ``replicas`` pods of ``template``, selected by
    ``labels``; ``note``: its ``servesolve/note`` annotation, if any."""
    metadata: dict[str, Any] = {"name": name, "labels": labels}
    if note:
        metadata["annotations"] = {"servesolve/note": note}
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": metadata,
        "spec": {"replicas": replicas, "selector": {"matchLabels": labels}, "template": template},
    }


def service(name: str, labels: dict[str, str], selector: dict[str, str]) -> dict[str, Any]:
    """A ``v1`` Service on :data:`PORT` in front of the pods ``selector`` selects."""
    return {
        "apiVersion": "v1",
        "kind": "Service",
        "metadata": {"name": name, "labels": labels},
        "spec": {
            "selector": selector,
            "ports": [{"name": "http", "port": PORT, "targetPort": PORT}],
        },
    }


class _PlainDumper(yaml.SafeDumper):
    """Safe YAML without anchors: a shared dict is written out each time."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def manifest_text(head: list[str], docs: list[dict[str, Any]]) -> str:
    """``deploy.yaml``: the ``head`` lines (comments), then the documents."""
    return "\n".join(head) + "\n" + yaml.dump_all(docs, Dumper=_PlainDumper, sort_keys=False)


__all__ = [
    "GPU_PRODUCTS",
    "GPU_PRODUCT_LABEL",
    "GPU_TYPE_LABEL",
    "IMAGES",
    "PORT",
    "SHM_SIZE",
    "deployment",
    "dns_label",
    "gpu_node_selector",
    "manifest_text",
    "pod_template",
    "server_container",
    "service",
]
