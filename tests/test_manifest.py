"""deploy.yaml (servesolve.manifest): valid against the Kubernetes schema, the report's
server commands in pods of the plan's GPUs, replicas a pod cannot hold left out, and an
ExeGPT winner as the servers of its shape's deploy commands."""

from __future__ import annotations

import dataclasses
import re
import shlex

import kubernetes_validate
import pytest
import yaml

from servesolve import exegpt_deploy
from servesolve.costs.roofline import RooflineCostModel
from servesolve.exegpt_group import exegpt_options, layout_text
from servesolve.formulations import exegpt
from servesolve.formulations.exegpt import RraSchedule, WaaSchedule
from servesolve.manifest import dns_label, manifest, manifest_yaml
from servesolve.planning import PlanRequest, ReplicaGroup, plan
from servesolve.report import deploy_commands
from servesolve.shapes import ShapePlan
from servesolve.specs import catalogue_entry
from servesolve.specs.catalog import load_engine

KUBERNETES = kubernetes_validate.latest_version()


@pytest.fixture(scope="module")
def result():
    request = PlanRequest.from_config(
        {
            "model": catalogue_entry("model", "llama3.1-70b"),
            "cluster": catalogue_entry("cluster", "h100x16"),
            "workload": catalogue_entry("workload", "synthetic_chat"),
            "slo": catalogue_entry("slo", "chat"),
            "solver": catalogue_entry("solver", "highs"),
            "planner": {"check": {"enabled": False}},
        }
    )
    return plan(request)


def documents(result) -> list[dict]:
    return list(yaml.safe_load_all(manifest_yaml(result)))


def test_the_manifest_is_valid_kubernetes_and_runs_the_plan(result) -> None:
    docs = documents(result)
    for doc in docs:
        kubernetes_validate.validate(doc, KUBERNETES, strict=True)  # raises when invalid
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    (service,) = [d for d in docs if d["kind"] == "Service"]
    assert len(deployments) == len(result.plan.groups)
    commands = deploy_commands(result)
    for group, deployment in zip(result.plan.groups, deployments, strict=True):
        assert deployment["spec"]["replicas"] == group.num_replicas
        pod = deployment["spec"]["template"]
        (container,) = pod["spec"]["containers"]
        assert container["resources"]["limits"]["nvidia.com/gpu"] == group.tp * group.pp
        assert container["image"] == f"vllm/vllm-openai:v{result.request.engine.version}"
        # The report's command for this config, without the GPU pinning and on port 8000.
        command = " ".join(container["command"])
        assert f"--tensor-parallel-size {group.tp}" in command
        assert f"--max-num-seqs {group.max_num_seqs}" in command
        start = " ".join(container["command"][:2])  # "vllm serve"
        assert any(
            line[line.index(start) :].rsplit(" --port", 1)[0] == command.rsplit(" --port", 1)[0]
            for line in commands
        )
        assert container["command"][-4:] == ["--port", "8000", "--host", "0.0.0.0"]
        assert service["spec"]["selector"].items() <= pod["metadata"]["labels"].items()


def test_replicas_larger_than_a_node_are_left_out_and_said_so(result) -> None:
    wide = ReplicaGroup("tp8_pp2_b256", 8, 2, 256, 1, 1.0)
    narrow = result.plan.groups[0]
    two = dataclasses.replace(result, plan=dataclasses.replace(result.plan, groups=(wide, narrow)))
    docs, left_out = manifest(two)
    assert [d["kind"] for d in docs] == ["Deployment", "Service"]
    assert len(left_out) == 1 and "LeaderWorkerSet" in left_out[0]
    assert manifest_yaml(two).splitlines()[1].startswith("# not written: 1 x tp8_pp2_b256")


def test_an_engine_without_a_flag_for_the_plan_says_so_in_an_annotation(result) -> None:
    sglang = dataclasses.replace(result.request, engine=load_engine("sglang"))
    uneven = dataclasses.replace(result.plan.groups[0], pp=2, stage_layers=(41, 39))
    run = dataclasses.replace(
        result, request=sglang, plan=dataclasses.replace(result.plan, groups=(uneven,))
    )
    (deployment, _) = documents(run)
    kubernetes_validate.validate(deployment, KUBERNETES, strict=True)
    assert "planned layer split 41,39" in deployment["metadata"]["annotations"]["servesolve/note"]
    (container,) = deployment["spec"]["template"]["spec"]["containers"]
    assert container["command"][:3] == ["python3", "-m", "sglang.launch_server"]
    assert container["command"][-2:] == ["--host", "0.0.0.0"]
    assert not any(word.startswith("#") for word in container["command"])


def test_names_are_kubernetes_labels() -> None:
    assert (
        dns_label("servesolve-llama3.1-70b-tp2_pp2_b512") == "servesolve-llama3-1-70b-tp2-pp2-b512"
    )
    assert dns_label("8b") == "s-8b"
    long_a, long_b = dns_label("x" * 100 + "_b256"), dns_label("x" * 100 + "_b512")
    assert len(long_a) == len(long_b) == 63 and long_a != long_b


def exegpt_winner(result, model: str, cluster: str, engine: str, schedule, group_gpus: int):
    """``result`` with an ExeGPT winner: two groups of ``schedule``, its shape's deploy
    commands and note as ``exegpt_deploy.deploy_commands`` writes them."""
    request = PlanRequest.from_config(
        {
            "model": catalogue_entry("model", model),
            "cluster": catalogue_entry("cluster", cluster),
            "workload": catalogue_entry("workload", "exegpt_c2"),
            "slo": catalogue_entry("slo", "exegpt"),
            "solver": catalogue_entry("solver", "highs"),
            "engine": catalogue_entry("engine", engine),
        }
    )
    stats = exegpt.workload_stats("exegpt_c2", 0.99, num_requests=2000)
    cost_model = RooflineCostModel(request.model, request.cluster, 0.002)
    options = exegpt_options(request)
    inst = exegpt.from_specs(
        request.model, request.cluster, stats, 20.0, group_gpus, "any", options, cost_model
    )
    deploy, note = exegpt_deploy.deploy_commands(request, stats, inst, schedule, 2)
    layout = layout_text(schedule, 2)
    shape = ShapePlan("exegpt", layout, 1.0, 2 * group_gpus, 1.0, "optimal", note=note)
    shape = dataclasses.replace(shape, deploy=deploy)
    return dataclasses.replace(result, request=request, shapes=(shape,))


def _server_commands(lines: list[str]) -> list[str]:
    """The shape's server commands, as a pod runs them: no location or GPU pinning, on
    port 8000 (SGLang's KV bootstrap on its default port)."""
    commands = []
    for before, line in zip(lines, lines[1:], strict=False):
        if re.match(r"# group \d+: ", before):
            command = re.sub(r"^# node \d+: ", "", line)
            command = re.sub(r"^(?:[A-Z_]+=\S* )*", "", command)
            command = re.sub(r"--port \d+", "--port 8000", command)
            commands.append(re.sub(r"bootstrap-port \d+", "bootstrap-port 8998", command))
    return commands


@pytest.mark.parametrize(
    "engine,cluster,schedule,group_gpus",
    [
        ("vllm", "h100x8", RraSchedule(2, 1, 16, 8), 2),
        ("vllm", "h100x16", WaaSchedule(2, 1, 2, 3, 4, 2), 8),
        ("sglang", "h100x16", WaaSchedule(2, 1, 2, 3, 4, 2), 8),
    ],
    ids=["rra-vllm", "waa-vllm", "waa-sglang"],
)
def test_an_exegpt_winner_runs_its_shapes_engine_commands(
    result, engine: str, cluster: str, schedule, group_gpus: int
) -> None:
    run = exegpt_winner(result, "llama3.1-8b", cluster, engine, schedule, group_gpus)
    shape = run.shapes[0]
    docs = documents(run)
    for doc in docs:
        kubernetes_validate.validate(doc, KUBERNETES, strict=True)
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    servers = [d for d in deployments if not d["metadata"]["name"].endswith("-router")]
    (service,) = [d for d in docs if d["kind"] == "Service"]
    # Each distinct server of the shape's commands once, with a pod per group.
    commands = _server_commands(shape.deploy[engine])
    assert sum(d["spec"]["replicas"] for d in servers) == len(commands)
    assert len(servers) == len(set(commands))
    for d in servers:
        assert d["metadata"]["annotations"]["servesolve/note"] == shape.note
        assert "gets the layout and batch caps only" in shape.note
        (container,) = d["spec"]["template"]["spec"]["containers"]
        argv = container["command"]
        assert argv[-2:] == ["--host", "0.0.0.0"]
        assert argv[:-2] in [shlex.split(c.replace("python -m", "python3 -m")) for c in commands]
        assert d["spec"]["replicas"] == 2
        (tp, pp) = re.search(r"tp(\d+)-pp(\d+)$", d["metadata"]["name"]).groups()
        assert container["resources"]["limits"]["nvidia.com/gpu"] == int(tp) * int(pp)
    if isinstance(schedule, WaaSchedule):  # behind the router, which finds them by role
        roles = sorted(d["metadata"]["labels"]["servesolve/role"] for d in servers)
        assert roles == ["decode", "prefill"]
        (router,) = [d for d in deployments if d["metadata"]["name"].endswith("-router")]
        assert service["spec"]["selector"] == router["spec"]["template"]["metadata"]["labels"]
    else:
        (server,) = servers
        assert service["spec"]["selector"].items() <= server["metadata"]["labels"].items()
    assert "ExeGPT schedule" in manifest_yaml(run).splitlines()[1]


def test_an_exegpt_encoder_decoder_winner_writes_nothing_and_says_why(result) -> None:
    run = exegpt_winner(result, "t5-11b", "a40x48", "vllm", RraSchedule(1, 1, 16, 8), 1)
    assert set(run.shapes[0].deploy) == {"servesolve"}
    docs, left_out = manifest(run)
    assert docs == []
    (line,) = left_out
    assert "encoder-decoder" in line
    assert manifest_yaml(run).splitlines()[1].startswith("# not written: the ExeGPT schedule")
