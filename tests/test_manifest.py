"""deploy.yaml (servesolve.manifest): valid against the Kubernetes schema, the report's
server commands in pods of the plan's GPUs, and replicas a pod cannot hold left out."""

from __future__ import annotations

import dataclasses

import kubernetes_validate
import pytest
import yaml

from servesolve.manifest import dns_label, manifest, manifest_yaml
from servesolve.planning import PlanRequest, ReplicaGroup, plan
from servesolve.report import deploy_commands
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
