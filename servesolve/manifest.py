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

import dataclasses
import hashlib
import re
import shlex
from typing import TYPE_CHECKING, Any

import yaml

from servesolve.disaggregated_shape import PREFILL_SERVER_MAX_SEQS
from servesolve.launch import (
    DISAGGREGATED_ENGINES,
    SGLANG_BOOTSTRAP_BASE_PORT,
    Role,
    ServerLayout,
    role_flags,
)
from servesolve.report import max_model_len, server_flags

if TYPE_CHECKING:
    from servesolve.planning import PlanResult

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


def _container(
    result: PlanResult,
    group: ServerLayout,
    engine: str | None = None,
    role: Role | None = None,
    cand: Any = None,
) -> tuple[dict[str, Any], list[str]]:
    """The server container of one replica of ``group`` and the notes its command carries
    (``role``: its flags as a disaggregated plan's prefill or decode server)."""
    req = result.request
    engine = engine or req.engine.name
    words, env = server_flags(
        engine, req.model, group, cand or req.planner.candidates, max_model_len(result), PORT, 0
    )
    if role is not None:
        at = next(k for k, w in enumerate(words) if w.startswith("--port "))
        boot = SGLANG_BOOTSTRAP_BASE_PORT if engine == "sglang" else None
        words = words[:at] + role_flags(engine, role, boot) + words[at:]
    notes = [w.lstrip("# ") for w in words if w.startswith("#")]
    argv = shlex.split(" ".join(w for w in words if not w.startswith("#")))
    # In a pod the server must listen on the pod's address (SGLang and trtllm-serve bind
    # to localhost by default), and images ship python3.
    argv += ["--host", "0.0.0.0"]
    if argv[0] == "python":
        argv[0] = "python3"
    container: dict[str, Any] = {
        "name": "server",
        "image": IMAGES[engine].format(version=_version(result, engine)),
        "command": argv,
        "ports": [{"name": "http", "containerPort": PORT}],
        "resources": {"limits": {"nvidia.com/gpu": group.tp * group.pp}},
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


def _version(result: PlanResult, engine: str) -> str:
    """The release of ``engine`` whose image runs the plan: the run's engine's for a
    colocated plan; for a disaggregated one, the release its role flags were checked
    against (vLLM's NIXL connector is recent: vllm-0.6 has none)."""
    if result.shape == "disaggregated":
        return DISAGGREGATED_RELEASES[engine]
    return result.request.engine.version


#: Engine releases a disaggregated plan's commands use when the run priced another engine
#: (the releases tests/fixtures/engine_flags.json checks the flags against).
DISAGGREGATED_RELEASES = {"vllm": "0.19.0", "sglang": "0.5.9"}
#: The router of a disaggregated plan: its image and its command (service discovery of
#: the prefill and decode pods by label). vLLM's router publishes no image: build it from
#: https://github.com/vllm-project/router and push it under this name. SGLang's images
#: ship sglang-router.
ROUTER_IMAGES = {"vllm": "vllm-router:latest", "sglang": "lmsysorg/sglang:v{version}"}
ROUTER_COMMANDS = {
    "vllm": ["vllm-router", "--vllm-pd-disaggregation"],
    "sglang": ["python3", "-m", "sglang_router.launch_router", "--pd-disaggregation"],
}


@dataclasses.dataclass(frozen=True)
class _Pool:
    tp: int
    pp: int
    max_num_seqs: int
    ep: int = 1
    stage_layers: tuple[int, ...] | None = None


def _pod_template(labels: dict[str, str], container: dict[str, Any], account: str | None = None):
    spec: dict[str, Any] = {
        "containers": [container],
        "volumes": [{"name": "shm", "emptyDir": {"medium": "Memory", "sizeLimit": SHM_SIZE}}],
    }
    if account is not None:
        spec = {"serviceAccountName": account, "containers": [container]}
    return {"metadata": {"labels": labels}, "spec": spec}


def _deployment(name: str, labels: dict[str, str], replicas: int, template: dict[str, Any]):
    return {
        "apiVersion": "apps/v1",
        "kind": "Deployment",
        "metadata": {"name": name, "labels": labels},
        "spec": {"replicas": replicas, "selector": {"matchLabels": labels}, "template": template},
    }


def disaggregated_manifest(result: PlanResult, engine: str) -> list[dict[str, Any]]:
    """A disaggregated plan for ``engine`` (vllm or sglang): one Deployment per prefill
    and decode config (pods labelled ``servesolve/role``), a router that discovers them by
    label (a ServiceAccount with a Role to list pods), and a Service in front of it."""
    req = result.request
    pools = result.shapes[0].detail["disaggregation"]
    app = dns_label(f"servesolve-{req.model.name}")
    cand = dataclasses.replace(
        req.planner.candidates, max_num_batched_tokens=pools["prefill_max_batched_tokens"]
    )
    docs: list[dict[str, Any]] = []
    for role in ("prefill", "decode"):
        for g in pools[role]:
            seqs = min(g["max_num_seqs"], PREFILL_SERVER_MAX_SEQS)
            layout = _Pool(g["tp"], g["pp"], seqs)
            container, _ = _container(result, layout, engine, role, cand)
            label = f"{role}-tp{g['tp']}-pp{g['pp']}-b{g['max_num_seqs']}"
            labels = {"app": app, "servesolve/role": role, "servesolve/config": label}
            template = _pod_template(labels, container)
            docs.append(_deployment(dns_label(f"{app}-{label}"), labels, g["count"], template))
    router = dns_label(f"{app}-router")
    account = [
        {"apiVersion": "v1", "kind": "ServiceAccount", "metadata": {"name": router}},
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "Role",
            "metadata": {"name": router},
            "rules": [
                {"apiGroups": [""], "resources": ["pods"], "verbs": ["get", "list", "watch"]}
            ],
        },
        {
            "apiVersion": "rbac.authorization.k8s.io/v1",
            "kind": "RoleBinding",
            "metadata": {"name": router},
            "subjects": [{"kind": "ServiceAccount", "name": router}],
            "roleRef": {"apiGroup": "rbac.authorization.k8s.io", "kind": "Role", "name": router},
        },
    ]
    argv = ROUTER_COMMANDS[engine] + [
        "--service-discovery",
        "--prefill-selector", f"app={app}", "servesolve/role=prefill",
        "--decode-selector", f"app={app}", "servesolve/role=decode",
        "--service-discovery-port", str(PORT),
        "--host", "0.0.0.0",
        "--port", str(PORT),
    ]  # fmt: skip
    container = {
        "name": "router",
        "image": ROUTER_IMAGES[engine].format(version=_version(result, engine)),
        "command": argv,
        "ports": [{"name": "http", "containerPort": PORT}],
    }
    labels = {"app": app, "servesolve/role": "router"}
    docs += account
    docs.append(_deployment(router, labels, 1, _pod_template(labels, container, router)))
    docs.append(
        {
            "apiVersion": "v1",
            "kind": "Service",
            "metadata": {"name": app, "labels": {"app": app}},
            "spec": {
                "selector": labels,
                "ports": [{"name": "http", "port": PORT, "targetPort": PORT}],
            },
        }
    )
    return docs


def manifest(result: PlanResult) -> tuple[list[dict[str, Any]], list[str]]:
    """The plan's Deployments and its Service, and the replica groups left out (a line
    each: they span several nodes). A disaggregated winner gets its pools and router
    (:func:`disaggregated_manifest`) for the run's engine, or vLLM where the run's engine
    has no disaggregated roles here."""
    req = result.request
    if result.shape == "disaggregated":
        engine = req.engine.name if req.engine.name in DISAGGREGATED_ENGINES else "vllm"
        return disaggregated_manifest(result, engine), []
    if result.shape == "exegpt":
        return [], [
            f"the ExeGPT schedule {result.shapes[0].layout}: no engine runs ExeGPT's RRA/WAA "
            "schedules as planned; plan.json's shapes[0].deploy gives the closest engine commands"
        ]
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
    if result.shape != "colocated":
        plan = f"{result.shape}, {result.shapes[0].layout}"
    head = [
        f"# servesolve plan for {req.model.name} on {req.cluster.name} ({req.engine.label}): "
        f"{plan}. Apply with: kubectl apply -f deploy.yaml"
    ]
    if result.shape == "disaggregated" and any(
        d["kind"] == "Deployment"
        and d["metadata"]["name"].endswith("-router")
        and d["spec"]["template"]["spec"]["containers"][0]["image"] == ROUTER_IMAGES["vllm"]
        for d in docs
    ):
        head.append(
            f"# the router image {ROUTER_IMAGES['vllm']}: build it from "
            "https://github.com/vllm-project/router (no published image) and push it there"
        )
    head += [f"# not written: {line}" for line in left_out]
    return "\n".join(head) + "\n" + yaml.dump_all(docs, Dumper=_PlainDumper, sort_keys=False)


__all__ = ["IMAGES", "dns_label", "manifest", "manifest_yaml"]
