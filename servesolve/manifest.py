"""A Kubernetes manifest of a plan: ``deploy.yaml`` of ``servesolve plan``.

One ``apps/v1`` Deployment per replica group: its replica count, one pod per replica
asking for the replica's TP x PP GPUs (``nvidia.com/gpu``, the NVIDIA device plugin's
resource), running the same server command as the report's deploy lines on port 8000
(the engine's official image at the engine release the plan was priced for), with a
readiness probe on ``/health`` and a memory-backed ``/dev/shm`` for NCCL. One ``v1``
Service selects every pod of the plan, so its traffic is spread over all replicas.

A disaggregated winner gets its prefill and decode pools and a router that discovers
them by label (:func:`disaggregated_manifest`); an ExeGPT winner gets the engine's
closest configuration, the servers of its shape's deploy commands, each Deployment
annotated with what the engine does not reproduce (:func:`exegpt_manifest`).

A pod cannot span nodes: replicas larger than a node (pipeline stages on several
nodes) are not written; the manifest's first lines say so and point to LeaderWorkerSet,
the Kubernetes API for multi-node inference servers. The manifest is checked against
the Kubernetes schema in the tests (``kubernetes-validate``). The Kubernetes objects
themselves are built in ``servesolve.kubernetes``.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from typing import TYPE_CHECKING, Any

from servesolve.disaggregated_shape import PREFILL_SERVER_MAX_SEQS
from servesolve.kubernetes import (
    IMAGES,
    PORT,
    deployment,
    dns_label,
    manifest_text,
    pod_template,
    server_container,
    service,
)
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

#: Where a replica larger than a node goes instead.
LWS_URL = "https://github.com/kubernetes-sigs/lws"


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
    image = IMAGES[engine].format(version=_version(result, engine))
    return server_container(words, env, image, group.tp * group.pp), notes


def _version(result: PlanResult, engine: str, roles: bool = False) -> str:
    """The release of ``engine`` whose image runs the plan: the run's engine's for a
    colocated plan; for a disaggregated one (or servers with prefill and decode
    ``roles``), the release its role flags were checked against (vLLM's NIXL connector
    is recent: vllm-0.6 has none)."""
    if result.shape == "disaggregated" or roles:
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


def _router(app: str, engine: str, version: str) -> list[dict[str, Any]]:
    """The router of a disaggregated plan's pods (labelled ``app`` and
    ``servesolve/role`` prefill or decode): a ServiceAccount with a Role to list pods, the
    router's Deployment, and the plan's Service in front of it."""
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
        "image": ROUTER_IMAGES[engine].format(version=version),
        "command": argv,
        "ports": [{"name": "http", "containerPort": PORT}],
    }
    labels = {"app": app, "servesolve/role": "router"}
    return [
        *account,
        deployment(router, labels, 1, pod_template(labels, container, router)),
        service(app, {"app": app}, labels),
    ]


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
            template = pod_template(labels, container)
            docs.append(deployment(dns_label(f"{app}-{label}"), labels, g["count"], template))
    return docs + _router(app, engine, _version(result, engine))


#: ``# group 0: prefill TP2xPP1 on node 0 GPUs 0-1``: the line before each server
#: command of an ExeGPT plan's deploy commands (``exegpt_deploy.deploy_commands``).
_EXEGPT_SERVER = re.compile(r"# group \d+: (server|prefill|decode) TP(\d+)xPP(\d+) on ")
#: A server command's location prefix on a cluster of several nodes.
_NODE_PREFIX = re.compile(r"# node \d+: ")
#: Its environment prefix: ``VAR=value `` words.
_ENV_PREFIX = re.compile(r"((?:[A-Z_][A-Z0-9_]*=\S* )*)(.*)")


def _exegpt_engine_why(result: PlanResult) -> str:
    """Why an ExeGPT plan has no command of the run's engine (from the shape's note)."""
    found = re.search(r"no \S+ command: [^;]*", result.shapes[0].note)
    return found.group(0) if found else f"no {result.request.engine.name} command"


def exegpt_manifest(result: PlanResult) -> tuple[list[dict[str, Any]], list[str]]:
    """An ExeGPT winner as the engine's closest configuration: one Deployment per
    distinct server of its shape's deploy commands (RRA: a TP x PP server per group;
    WAA: a prefill and a decode server per group, behind the label-discovering router of
    :func:`disaggregated_manifest`), each pod running that command on port 8000 and each
    Deployment annotated ``servesolve/note`` with the shape's note, which says what the
    engine does not reproduce. No engine command (an encoder-decoder model, WAA on an
    engine without roles): nothing is written, and the line left out says why."""
    req, shape = result.request, result.shapes[0]
    engine = req.engine.name
    lines = shape.deploy.get(engine)
    if not lines:
        return [], [f"the ExeGPT schedule {shape.layout}: {_exegpt_engine_why(result)}"]
    servers: Counter[tuple[str, int, int, str, str]] = Counter()
    wide: Counter[tuple[str, int, int]] = Counter()
    server: tuple[str, int, int] | None = None
    for line in lines:
        found = _EXEGPT_SERVER.match(line)
        if found:
            server = (found.group(1), int(found.group(2)), int(found.group(3)))
            continue
        if server is None:  # the router, or a load balancer's comment
            continue
        if line.startswith("# nodes "):  # a server larger than a node
            wide[server] += 1
        else:
            located = _ENV_PREFIX.match(_NODE_PREFIX.sub("", line, count=1))
            assert located is not None  # the pattern matches any line
            prefix, command = located.groups()
            env = " ".join(w for w in prefix.split() if not w.startswith("CUDA_VISIBLE_DEVICES="))
            command = re.sub(r"--port \d+", f"--port {PORT}", command)
            command = re.sub(
                r"--disaggregation-bootstrap-port \d+",
                f"--disaggregation-bootstrap-port {SGLANG_BOOTSTRAP_BASE_PORT}",
                command,
            )
            servers[(*server, env, command)] += 1
        server = None
    app = dns_label(f"servesolve-{req.model.name}")
    roles = any(role != "server" for role, *_ in servers)  # WAA's prefill and decode
    version = _version(result, engine, roles)
    image = IMAGES[engine].format(version=version)
    docs: list[dict[str, Any]] = []
    for (role, tp, pp, env, command), count in servers.items():
        label = f"exegpt-{role}-tp{tp}-pp{pp}"
        labels = {"app": app, "servesolve/config": label}
        if role != "server":
            labels = {"app": app, "servesolve/role": role, "servesolve/config": label}
        command, *notes = command.split(" # ")  # notes: what the engine has no flag for
        container = server_container([command], env, image, tp * pp)
        note = "; ".join([shape.note, *notes])
        template = pod_template(labels, container)
        docs.append(deployment(dns_label(f"{app}-{label}"), labels, count, template, note))
    left_out = [
        f"{count} x {role} TP{tp}xPP{pp} of the ExeGPT schedule: {tp * pp} GPUs per server "
        f"span several {req.cluster.gpus_per_node}-GPU nodes; deploy them with "
        f"LeaderWorkerSet ({LWS_URL})"
        for (role, tp, pp), count in wide.items()
    ]
    if roles:
        docs += _router(app, engine, version)
    elif docs:
        docs.append(service(app, {"app": app}, {"app": app}))
    return docs, left_out


def manifest(result: PlanResult) -> tuple[list[dict[str, Any]], list[str]]:
    """The plan's Deployments and its Service, and the replica groups left out (a line
    each: they span several nodes). A disaggregated winner gets its pools and router
    (:func:`disaggregated_manifest`) for the run's engine, or vLLM where the run's engine
    has no disaggregated roles here; an ExeGPT winner the engine's closest configuration
    (:func:`exegpt_manifest`)."""
    req = result.request
    if result.shape == "disaggregated":
        engine = req.engine.name if req.engine.name in DISAGGREGATED_ENGINES else "vllm"
        return disaggregated_manifest(result, engine), []
    if result.shape == "exegpt":
        return exegpt_manifest(result)
    app = dns_label(f"servesolve-{req.model.name}")
    docs: list[dict[str, Any]] = []
    left_out: list[str] = []
    for group in result.plan.groups:
        if group.gpus_per_replica > req.cluster.gpus_per_node:
            left_out.append(
                f"{group.num_replicas} x {group.label}: {group.gpus_per_replica} GPUs per replica "
                f"span several {req.cluster.gpus_per_node}-GPU nodes; deploy them with "
                f"LeaderWorkerSet ({LWS_URL})"
            )
            continue
        container, notes = _container(result, group)
        labels = {"app": app, "servesolve/config": dns_label(group.label)}
        name = dns_label(f"{app}-{group.label}")
        template = pod_template(labels, container)
        docs.append(deployment(name, labels, group.num_replicas, template, "; ".join(notes)))
    if docs:
        docs.append(service(app, {"app": app}, {"app": app}))
    return docs, left_out


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
    if result.shape == "exegpt" and docs:
        head.append(
            "# the engine's closest configuration of the ExeGPT schedule (plan.json's "
            "shapes[0].deploy): its own scheduler forms the batches; each Deployment's "
            "servesolve/note says what it does not reproduce"
        )
    if any(
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
    return manifest_text(head, docs)


__all__ = [
    "IMAGES",
    "dns_label",
    "disaggregated_manifest",
    "exegpt_manifest",
    "manifest",
    "manifest_yaml",
]
