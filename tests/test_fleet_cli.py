"""`servesolve plan` on a mixed cluster (docs/fleets.md): the fleet MILP end to end, its
files (deploy.yaml included), its choices between GPU types, and each user error in one
line."""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path

import kubernetes_validate
import pandas as pd
import pytest
import yaml
from helpers import run_cli, run_main

from servesolve.fleet_request import FleetRequest, fleet_cluster_from_config, solver_named
from servesolve.kubernetes import (
    GPU_PRODUCT_LABEL,
    GPU_PRODUCTS,
    GPU_TYPE_LABEL,
    dns_label,
    gpu_node_selector,
)
from servesolve.specs.catalog import catalogue_entry, catalogue_names, load_gpu

#: Relative slack on rates and costs read back from a solution (the backends' tolerances).
RATE_RTOL = 1e-5
MIXED = [n for n in catalogue_names("cluster") if "pools" in catalogue_entry("cluster", n)]
#: Llama-3.1-8B on ShareGPT at 2 req/s under the chat SLO: one TP1 replica on any 80 GB
#: GPU serves it (its weights are 16 GB; an H100 or A100 TP1 replica sustains well over
#: 2 req/s of ShareGPT, see candidates.csv of the run).
SMALL = [
    "model=llama3.1-8b",
    "workload=sharegpt",
    "slo=chat",
    "planner.objective=min_cost",
    "planner.target_rate_per_s=2",
    "planner.pictures=false",
]


def _plan(out: Path) -> dict:
    return json.loads((out / "plan.json").read_text())


def _check_fleet(plan: dict) -> None:
    """What every fleet plan.json must satisfy: GPUs within each pool, whole replicas
    inside a node, the cost adding up, no replica over-loaded."""
    pools = {p["gpu"]: p for p in plan["cluster"]["pools"]}
    used = dict.fromkeys(pools, 0)
    cost = 0.0
    for g in plan["fleet"]["groups"]:
        pool = pools[g["gpu_type"]]
        assert g["num_gpus"] == g["replicas"] * g["gpus_per_replica"] == g["replicas"] * g["tp"]
        assert g["gpus_per_replica"] <= pool["gpus_per_node"]
        assert g["load"] <= 1 + RATE_RTOL
        used[g["gpu_type"]] += g["num_gpus"]
        cost += g["num_gpus"] * pool["price_per_gpu_hour_usd"]
    for gpu, pool in pools.items():
        assert used[gpu] == pool["gpus_used"] <= pool["num_gpus"], gpu
    assert math.isclose(cost, plan["fleet"]["cost_usd_per_hour"], rel_tol=RATE_RTOL)
    commands = plan["deploy_commands"]
    for gpu in pools:
        replicas = sum(g["replicas"] for g in plan["fleet"]["groups"] if g["gpu_type"] == gpu)
        assert len(commands[gpu]) == replicas
        assert all("vllm serve " in c for c in commands[gpu])


def _serves_every_rate(plan: dict) -> None:
    for w in plan["workloads"]:
        assert w["served_rate_per_s"] >= w["target_rate_per_s"] * (1 - RATE_RTOL), w["name"]
        for b in w["buckets"]:
            assert b["served_rate_per_s"] >= b["target_rate_per_s"] * (1 - RATE_RTOL), b


@pytest.mark.parametrize("name", MIXED)
def test_shipped_mixed_clusters_load_with_catalogue_prices(name: str) -> None:
    cluster = fleet_cluster_from_config(catalogue_entry("cluster", name))
    assert len(cluster.pools) >= 2
    assert len({p.gpu.name for p in cluster.pools}) == len(cluster.pools)
    for pool in cluster.pools:
        assert pool.gpu.price_per_gpu_hour_usd == load_gpu(pool.gpu.name).price_per_gpu_hour_usd


def test_solver_rule_highs_unless_the_command_line_names_one() -> None:
    assert solver_named(["solver=cp_sat"]) and solver_named(["solver.backend=scip"])
    assert not solver_named(["solver.time_limit_s=5", "cluster=h100x16_a100x16"])
    from hydra import compose, initialize_config_module
    from omegaconf import OmegaConf

    with initialize_config_module(config_module="servesolve.conf", version_base="1.3"):
        cfg = compose(config_name="plan", overrides=["cluster=h100x16_a100x16"])
    data = OmegaConf.to_container(cfg, resolve=True)
    assert data["solver"]["backend"] == "cp_sat"  # the group's default, for parallelism
    assert FleetRequest.from_config(data).solver.backend == "highs"
    assert FleetRequest.from_config(data, solver_named=True).solver.backend == "cp_sat"


def test_the_one_type_plan_refuses_a_mixed_cluster_in_one_line() -> None:
    """PlanRequest (the parallelism path, also used by experiments) never sees pools."""
    from servesolve.errors import SpecError
    from servesolve.planning import PlanRequest

    cfg = {
        "model": catalogue_entry("model", "llama3.1-8b"),
        "cluster": catalogue_entry("cluster", "h200x8_l40sx16"),
        "workload": catalogue_entry("workload", "sharegpt"),
        "slo": catalogue_entry("slo", "chat"),
        "solver": catalogue_entry("solver", "highs"),
    }
    with pytest.raises(SpecError) as err:
        PlanRequest.from_config(cfg)
    assert err.value.field == "cluster.pools" and "\n" not in str(err.value)


@pytest.mark.slow
def test_mixed_cluster_plan_writes_files_and_serves_every_workload(tmp_path: Path) -> None:
    out = tmp_path / "run"
    workloads = (
        "fleet.workloads=[{workload: sharegpt, rate_per_s: 20},"
        " {workload: splitwise_code, slo: chat, rate_per_s: 4}]"
    )
    args = ["cluster=h200x8_l40sx16", "model=llama3.1-8b", "planner.objective=min_cost"]
    proc = run_cli([*args, workloads, f"hydra.run.dir={out}"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    names = ["plan.json", "result.csv", "candidates.csv", "config.yaml", "deploy.yaml"]
    names.append("cost_curve.csv")
    assert sorted(p.name for p in out.iterdir()) == sorted([*names, "cost_curve.png"])
    assert (out / "cost_curve.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    text = proc.stdout
    assert "status optimal" in text and "solver highs (the fleet MILP's default" in text
    plan = _plan(out)
    cert = plan["certificate"]
    assert cert["status"] == "optimal" and cert["backend"] == "highs" and cert["gap"] <= 1e-6
    assert math.isclose(cert["objective"], plan["fleet"]["cost_usd_per_hour"], rel_tol=RATE_RTOL)
    assert [w["name"] for w in plan["workloads"]] == [
        "llama3.1-8b:sharegpt",
        "llama3.1-8b:splitwise_code",
    ]
    _check_fleet(plan)
    _serves_every_rate(plan)
    served = {g["workload"] for g in plan["fleet"]["groups"]}
    assert served == {w["name"] for w in plan["workloads"]}
    # One vllm serve line per replica in the report, each marked with its workload.
    replicas = sum(g["replicas"] for g in plan["fleet"]["groups"])
    serve_lines = [line for line in text.splitlines() if "vllm serve" in line]
    assert len(serve_lines) == replicas and all("# llama3.1-8b:" in s for s in serve_lines)
    row = pd.read_csv(out / "result.csv")
    assert len(row) == 1 and row.loc[0, "kind"] == "fleet" and row.loc[0, "status"] == "optimal"
    assert row.loc[0, "num_gpus"] == plan["fleet"]["num_gpus"]
    # The cost curve: min_cost at 1x is the plan; serving more never costs less.
    curve = pd.read_csv(out / "cost_curve.csv")
    assert (curve["status"] == "optimal").all()
    at_one = curve.loc[curve["scale"] == 1.0, "cost_usd_per_hour"].item()
    assert math.isclose(at_one, plan["fleet"]["cost_usd_per_hour"], rel_tol=RATE_RTOL)
    costs = curve["cost_usd_per_hour"].to_numpy()
    assert all(b >= a * (1 - RATE_RTOL) for a, b in zip(costs, costs[1:], strict=False))
    assert "pools" in (out / "config.yaml").read_text()
    assert "/deploy.yaml" in text.splitlines()[-1]  # the "Wrote ..." line


@pytest.mark.slow
@pytest.mark.parametrize(
    "prices,winner,cost",
    [
        # catalogue prices: one A100 (1.79 $/h) serves the rate, and every plan with an
        # H100 costs at least one H100, 2.99 $/h; so the optimum is one A100
        ([], "A100-SXM-80GB", 1.79),
        # the A100 pool priced at 5 $/GPU-h: one H100 (2.99 $/h) now beats any A100 plan
        (["cluster.pools.1.price_per_gpu_hour_usd=5"], "H100-SXM-80GB", 2.99),
    ],
    ids=["catalogue_prices", "a100_priced_up"],
)
def test_the_cheaper_gpu_type_wins_when_it_suffices(
    tmp_path: Path, monkeypatch, prices: list[str], winner: str, cost: float
) -> None:
    out = tmp_path / "run"
    args = ["cluster=h100x16_a100x16", *SMALL, *prices, f"hydra.run.dir={out}"]
    outcome = run_main(args, monkeypatch)
    assert outcome.code == 0, outcome.stderr
    plan = _plan(out)
    _check_fleet(plan)
    _serves_every_rate(plan)
    used = {p["gpu"]: p["gpus_used"] for p in plan["cluster"]["pools"]}
    assert used[winner] == 1 and sum(used.values()) == 1
    assert math.isclose(plan["fleet"]["cost_usd_per_hour"], cost, rel_tol=RATE_RTOL)
    assert plan["certificate"]["status"] == "optimal"


@pytest.mark.slow
def test_a_cheap_pool_is_used_only_up_to_its_gpus(tmp_path: Path, monkeypatch) -> None:
    """A100s at 0.10 $/GPU-h serve 100 req/s of ShareGPT for far less than one H100
    (2.99 $/h), so with 16 of them the optimum uses A100s only, more than 2 of them; with a
    pool of 2 A100s it uses at most those 2 and H100s for the rest."""
    base = [
        "cluster=h100x16_a100x16",
        *SMALL,
        "planner.target_rate_per_s=100",
        "cluster.pools.1.price_per_gpu_hour_usd=0.1",
    ]
    used = {}
    for name, pool in (("wide", []), ("tight", ["cluster.pools.1.num_nodes=1"])):
        out = tmp_path / name
        tight = [*pool, "cluster.pools.1.gpus_per_node=2"] if pool else []
        outcome = run_main([*base, *tight, f"hydra.run.dir={out}"], monkeypatch)
        assert outcome.code == 0, outcome.stderr
        plan = _plan(out)
        _check_fleet(plan)
        _serves_every_rate(plan)
        used[name] = {p["gpu"]: p["gpus_used"] for p in plan["cluster"]["pools"]}
    assert used["wide"]["H100-SXM-80GB"] == 0 and used["wide"]["A100-SXM-80GB"] > 2
    assert used["tight"]["A100-SXM-80GB"] <= 2 and used["tight"]["H100-SXM-80GB"] > 0


def test_gpu_product_labels_are_the_nvml_names_aiconfigurator_measured() -> None:
    """GPU feature discovery's nvidia.com/gpu.product is the NVML device name with dashes
    for spaces; aiconfigurator-core records that name for the systems it measured."""
    data = resources.files("aiconfigurator_core") / "systems" / "data"
    checked = 0
    for name in catalogue_names("gpu"):
        gpu = load_gpu(name)
        meta = data / str(gpu.aic_system) / "comm" / "vllm" / "0.24.0" / "collection_meta.yaml"
        if gpu.aic_system is None or not meta.is_file():
            continue
        nvml = yaml.safe_load(meta.read_text())["runtime"]["abi"]["gpu_name"]
        assert GPU_PRODUCTS[gpu.name] == nvml.replace(" ", "-"), gpu.name
        checked += 1
    assert checked == 6  # H100, H200, B200, B300, GB200, GB300


def test_a_gpu_without_a_confirmed_product_label_is_pinned_by_a_label_to_set() -> None:
    assert gpu_node_selector("A100-SXM-80GB") == (
        {GPU_PRODUCT_LABEL: "NVIDIA-A100-SXM4-80GB"},
        None,
    )
    selector, line = gpu_node_selector("L40S-48GB")
    assert selector == {GPU_TYPE_LABEL: "l40s-48gb"}
    assert line is not None and "not confirmed" in line and "kubectl label nodes" in line


def _pod_command(line: str) -> str:
    """A launch line's server command as a pod runs it: without its placement, GPU
    pinning and workload mark, on port 8000."""
    command = line.split("  # ")[0]
    return re.sub(r"--port \d+", "--port 8000", command[command.index("vllm serve") :])


@pytest.mark.slow
def test_a_fleet_deploy_yaml_runs_each_pool_on_its_gpu_type(tmp_path: Path, monkeypatch) -> None:
    """A cheap pool of 2 A100s and H100s for the rest, two workloads: deploy.yaml is valid
    Kubernetes; its Deployments hold the plan's replicas of each (GPU type, workload,
    config), pinned to their GPU type and running the launch lines' commands; each
    workload has one Service over its pods on every GPU type."""
    out = tmp_path / "run"
    args = [
        "cluster=h100x16_a100x16",
        "model=llama3.1-8b",
        "planner.objective=min_cost",
        "planner.pictures=false",
        "cluster.pools.1.price_per_gpu_hour_usd=0.1",
        "cluster.pools.1.num_nodes=1",
        "cluster.pools.1.gpus_per_node=2",
        "fleet.workloads=[{workload: sharegpt, rate_per_s: 60},"
        " {workload: splitwise_code, slo: chat, rate_per_s: 4}]",
        f"hydra.run.dir={out}",
    ]
    outcome = run_main(args, monkeypatch)
    assert outcome.code == 0, outcome.stderr
    assert "/deploy.yaml" in outcome.stdout.splitlines()[-1]
    plan = _plan(out)
    _check_fleet(plan)
    docs = list(yaml.safe_load_all((out / "deploy.yaml").read_text()))
    for doc in docs:
        kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)
    deployments = [d for d in docs if d["kind"] == "Deployment"]
    services = [d for d in docs if d["kind"] == "Service"]
    groups = plan["fleet"]["groups"]
    assert len(deployments) == len(groups)
    assert {g["gpu_type"] for g in groups} == {"H100-SXM-80GB", "A100-SXM-80GB"}
    by_label = {dns_label(w["name"]): w["name"] for w in plan["workloads"]}
    replicas: Counter[str] = Counter()
    for d in deployments:
        pod = d["spec"]["template"]
        (selector,) = pod["spec"]["nodeSelector"].items()
        gpu = next(g for g in GPU_PRODUCTS if (GPU_PRODUCT_LABEL, GPU_PRODUCTS[g]) == selector)
        assert pod["metadata"]["labels"]["servesolve/gpu-type"] == dns_label(gpu)
        replicas[gpu] += d["spec"]["replicas"]
        (container,) = pod["spec"]["containers"]
        workload = by_label[pod["metadata"]["labels"]["servesolve/workload"]]
        lines = [c for c in plan["deploy_commands"][gpu] if c.endswith(f"  # {workload}")]
        assert " ".join(container["command"][:-2]) in {_pod_command(c) for c in lines}
        gpus = container["resources"]["limits"]["nvidia.com/gpu"]
        assert f"--tensor-parallel-size {gpus}" in " ".join(container["command"])
    per_type: Counter[str] = Counter()
    for g in groups:
        per_type[g["gpu_type"]] += g["replicas"]
    assert replicas == per_type == {t: len(c) for t, c in plan["deploy_commands"].items() if c}
    # Each (GPU type, workload, config) of the plan is one Deployment with its replicas.
    keys = ("servesolve/gpu-type", "servesolve/workload", "servesolve/config")
    assert {
        tuple(d["metadata"]["labels"][k] for k in keys): d["spec"]["replicas"] for d in deployments
    } == {
        (
            dns_label(g["gpu_type"]),
            dns_label(g["workload"]),
            dns_label(f"TP{g['tp']}xPP{g['pp']} b{g['max_num_seqs']}"),
        ): g["replicas"]
        for g in groups
    }
    # One Service per workload, selecting exactly that workload's pods.
    workloads = [w["name"] for w in plan["workloads"]]
    assert len(services) == len(workloads)
    for w, svc in zip(workloads, services, strict=True):
        selected = [
            d
            for d in deployments
            if svc["spec"]["selector"].items()
            <= d["spec"]["template"]["metadata"]["labels"].items()
        ]
        assert sum(d["spec"]["replicas"] for d in selected) == sum(
            g["replicas"] for g in groups if g["workload"] == w
        )
        assert {d["metadata"]["labels"]["servesolve/workload"] for d in selected} == {dns_label(w)}


BAD_INPUTS = [
    (["cluster.pools.0.gpu=H100X"], "cluster.pools.0.gpu: unknown name 'H100X'"),
    (["cluster.pools.1.num_nodes=-1"], "cluster.pools.1.num_nodes: input should be greater than 0"),
    (["cluster.pools.0.gpus_per_node=0"], "cluster.pools.0.gpus_per_node:"),
    (
        ["cluster.pools.0.price_per_gpu_hour_usd=-1"],
        "cluster.pools.0.price_per_gpu_hour_usd: input should be greater than or equal to 0",
    ),
    (
        ["cluster.pools.1.gpu=H100-SXM-80GB"],
        "cluster.pools.1.gpu: H100-SXM-80GB already has a pool",
    ),
    (
        ["fleet.workloads=[{workload: sharegpt2, rate_per_s: 3}]"],
        "fleet.workloads.0.workload: unknown name 'sharegpt2'; fix: did you mean sharegpt",
    ),
    (
        ["fleet.workloads=[{workload: sharegpt, rate_per_s: -3}]"],
        "fleet.workloads.0.rate_per_s: input should be greater than 0",
    ),
    (["fleet.workloads=[{workload: sharegpt, slo: chatt}]"], "fleet.workloads.0.slo: unknown name"),
    (["fleet.num_buckets=0"], "fleet.num_buckets:"),
    (["fleet.budget_usd_per_hour=-5"], "fleet.budget_usd_per_hour:"),
    (["planner.objective=min_gpus"], "planner.objective: min_gpus counts the GPUs of one type"),
    (
        ["planner.objective=min_cost", "fleet.workloads=[{workload: sharegpt, rate_per_s: 3000}]"],
        "fleet: no fleet of h100x16_a100x16's pools (32 GPUs) serves every workload's rate",
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize("args,message", BAD_INPUTS, ids=[" ".join(a) for a, _ in BAD_INPUTS])
def test_bad_fleet_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, monkeypatch, args: list[str], message: str
) -> None:
    out = tmp_path / "run"
    outcome = run_main(["cluster=h100x16_a100x16", *args, f"hydra.run.dir={out}"], monkeypatch)
    assert outcome.code == 2, outcome.stdout + outcome.stderr
    assert outcome.stderr.startswith(f"error: {message}"), outcome.stderr
    assert outcome.stderr.count("\n") == 1 and "Traceback" not in outcome.stderr
    assert not out.exists()


@pytest.mark.slow
def test_a_fleet_budget_on_a_one_type_plan_is_refused(tmp_path: Path, monkeypatch) -> None:
    out = tmp_path / "run"
    outcome = run_main(["fleet.budget_usd_per_hour=10", f"hydra.run.dir={out}"], monkeypatch)
    assert outcome.code == 2
    assert outcome.stderr.startswith("error: fleet.budget_usd_per_hour: bounds fleet plans only")
    assert outcome.stderr.count("\n") == 1 and not out.exists()


@pytest.mark.slow
@pytest.mark.parametrize("command", ["simulate", "capacity"])
def test_mixed_cluster_elsewhere_is_one_line(tmp_path: Path, monkeypatch, command: str) -> None:
    out = tmp_path / "run"
    outcome = run_main([command, "cluster=h100x16_a100x16", f"hydra.run.dir={out}"], monkeypatch)
    assert outcome.code == 2, outcome.stdout + outcome.stderr
    assert outcome.stderr.startswith(
        "error: cluster.pools: cluster 'h100x16_a100x16' mixes several GPU pools"
    ), outcome.stderr
    assert "fix: choose a cluster of one GPU type" in outcome.stderr
    assert outcome.stderr.count("\n") == 1 and not out.exists()
