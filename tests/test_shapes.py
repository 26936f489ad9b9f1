"""Plan shapes in ``servesolve plan`` (planner.shapes): the ranking, the disaggregated
shape against its brute-force twin, its simulated check, its deploy commands and
plan.json, which ``servesolve simulate`` runs."""

from __future__ import annotations

import dataclasses
import json
import shlex
from pathlib import Path

import kubernetes_validate
import numpy as np
import pandas as pd
import pytest
import yaml
from helpers import run_cli

from servesolve import disaggregated_shape
from servesolve.costs.replica_model import WorkloadStats
from servesolve.formulations import disaggregation
from servesolve.formulations.candidates import CandidateOptions
from servesolve.plan_request import PlanRequest
from servesolve.planning import request_cost_model
from servesolve.shape_search import admitted_shapes, rank, requested_shapes
from servesolve.shapes import ShapePlan
from servesolve.solver import SolverOptions
from servesolve.specs import catalogue_entry
from servesolve.workloads import sample_requests

FIXTURES = Path(__file__).parent / "fixtures"
ENGINE_FLAGS = json.loads((FIXTURES / "engine_flags.json").read_text())
ROUTER_FLAGS = json.loads((FIXTURES / "router_flags.json").read_text())


def _request(**planner) -> PlanRequest:
    config = {
        "model": catalogue_entry("model", "llama3.1-8b"),
        "cluster": catalogue_entry("cluster", "h100x8"),
        "workload": catalogue_entry("workload", "synthetic_chat"),
        "slo": catalogue_entry("slo", "chat"),
        "solver": catalogue_entry("solver", "highs"),
        "engine": catalogue_entry("engine", "vllm"),
        "planner": planner,
    }
    return PlanRequest.from_config(config)


def _shape(shape, rate, gpus, cost, layout="x") -> ShapePlan:
    return ShapePlan(shape, layout, rate, gpus, cost, "optimal")


def test_rank_puts_the_best_requested_shape_first_and_names_why_others_lose() -> None:
    colocated = _shape("colocated", 30.0, 8, 24.0)
    disagg = _shape("disaggregated", 32.0, 8, 24.0)
    none = dataclasses.replace(_shape("exegpt", 0.0, 0, 0.0, layout=""), reason="latency")
    both = ("colocated", "disaggregated", "exegpt")
    ranked = rank([colocated, disagg, none], "max_throughput", both)
    assert [s.shape for s in ranked] == ["disaggregated", "colocated", "exegpt"]
    assert [s.reason for s in ranked] == ["", "throughput", "latency"]
    # min_cost: the cheaper plan wins even at a lower rate; the loser loses on cost
    cheap = _shape("colocated", 10.0, 4, 12.0)
    ranked = rank([cheap, disagg], "min_cost", both)
    assert [(s.shape, s.reason) for s in ranked] == [("colocated", ""), ("disaggregated", "cost")]
    # a shape that was not requested never wins
    ranked = rank([colocated, disagg], "max_throughput", ("colocated",))
    assert ranked[0].shape == "colocated" and ranked[1].reason == ""


def test_default_shapes_are_those_the_cluster_and_slo_admit() -> None:
    assert admitted_shapes(_request()) == ("colocated", "disaggregated")
    assert requested_shapes(_request(gpu_budget=1)) == ("colocated",)
    assert requested_shapes(_request(shapes=["disaggregated", "colocated"])) == (
        "colocated",
        "disaggregated",
    )


def test_a_bad_shape_name_is_one_line_exit_2(tmp_path: Path) -> None:
    run = run_cli(
        ["plan", "planner.shapes=[colocated,split]", f"hydra.run.dir={tmp_path}/r"], tmp_path
    )
    assert run.returncode == 2
    assert len(run.stderr.strip().splitlines()) == 1
    assert "planner.shapes" in run.stderr
    assert not (tmp_path / "r").exists()


def _small(request: PlanRequest):
    """A disaggregation instance small enough for the brute force: 4 GPUs, PP 1, two
    batch caps, priced by the run's cost model."""
    request = dataclasses.replace(
        request,
        planner=dataclasses.replace(
            request.planner,
            gpu_budget=4,
            candidates=CandidateOptions(max_num_seqs=[64, 256], max_pp=1),
            check=dataclasses.replace(request.planner.check, enabled=False),
        ),
    )
    stats = WorkloadStats.from_requests(sample_requests(request.workload), request.slo.quantile)
    return request, stats, request_cost_model(request)


def test_the_disaggregated_shape_is_its_brute_force_optimum() -> None:
    request, stats, cost_model = _small(_request())
    shape = disaggregated_shape.solve(
        request, stats, cost_model, 4, minimize=False, target_rate_per_s=None, max_len=4096
    )
    instance = disaggregated_shape.instance_for(request, stats, cost_model, 4)
    optimum = disaggregation.brute_force(instance)
    assert optimum is not None and optimum.objective > 0
    assert shape.throughput_per_s == pytest.approx(optimum.objective, rel=1e-9)
    pools = shape.detail["disaggregation"]
    gpus = sum(g["tp"] * g["pp"] * g["count"] for g in (*pools["prefill"], *pools["decode"]))
    assert gpus == shape.num_gpus <= 4
    assert shape.certificate.startswith("optimal")


def test_the_simulated_check_passes_at_a_light_load_and_fails_past_capacity() -> None:
    request, stats, cost_model = _small(_request())
    instance = disaggregated_shape.instance_for(request, stats, cost_model, 4)
    plan = disaggregation.brute_force(instance).plan
    rate = plan.served_rate_per_s
    light = disaggregated_shape.check_pools(request, instance, plan, cost_model, 0.3 * rate, 60.0)
    assert light.meets_slo and light.steady_per_s == pytest.approx(0.3 * rate, rel=0.1)
    heavy = disaggregated_shape.check_pools(request, instance, plan, cost_model, 3.0 * rate, 60.0)
    assert "throughput" in heavy.misses
    assert heavy.steady_per_s < 1.5 * rate


def _flags(command: str) -> set[str]:
    return {w for w in shlex.split(command) if w.startswith("--")}


@pytest.mark.slow
def test_plan_picks_disaggregation_under_a_tight_tpot_and_simulate_runs_it(tmp_path: Path) -> None:
    """Llama-3.1-70B on 8 H100 with TPOT <= 30 ms: the disaggregated plan serves more
    than the best colocated one in the model; the run says so, writes both engines'
    commands for it (flags each engine or router defines), and its plan.json simulates."""
    out = tmp_path / "plan"
    run = run_cli(
        ["plan", "slo.tpot_s=0.03", "planner.check.enabled=false", f"hydra.run.dir={out}"],
        tmp_path,
    )
    assert run.returncode == 0, run.stderr
    data = json.loads((out / "plan.json").read_text())
    assert data["shape"] == "disaggregated"
    best, colocated = data["shapes"]
    assert (best["shape"], colocated["shape"]) == ("disaggregated", "colocated")
    assert best["throughput_per_s"] > colocated["throughput_per_s"] > 0
    assert colocated["reason"] == "throughput"
    assert "Best plan (max_throughput): disaggregated" in run.stdout
    assert f"{colocated['throughput_per_s'] / best['throughput_per_s']:.2f}x" in run.stdout
    pools = data["disaggregation"]
    servers = sum(g["count"] for g in (*pools["prefill"], *pools["decode"]))
    for engine, router in (("vllm", "vllm-router"), ("sglang", "sglang-router")):
        commands = [c for c in best["deploy"][engine] if not c.startswith("#")]
        assert len(commands) == servers + 1  # every server, then the router
        known = set(ENGINE_FLAGS["vllm 0.19.0" if engine == "vllm" else "sglang 0.5.9"]["flags"])
        for command in commands[:-1]:
            assert _flags(command) - known == set()
        assert _flags(commands[-1]) - set(ROUTER_FLAGS[router]["flags"]) == set()
        assert commands[-1].count("--prefill ") == sum(g["count"] for g in pools["prefill"])
    assert data["deploy_commands"] == best["deploy"]["vllm"]
    result = pd.read_csv(out / "result.csv")
    assert result.loc[0, "shape"] == "disaggregated"

    # deploy.yaml: valid Kubernetes; the pools' pods carry their role flags, in the counts
    # of the plan, and the router discovers them by the labels they carry
    docs = [d for d in yaml.safe_load_all((out / "deploy.yaml").read_text()) if d]
    for doc in docs:
        kubernetes_validate.validate(doc, kubernetes_validate.latest_version(), strict=True)
    deployments: dict[str, list[dict]] = {"prefill": [], "decode": [], "router": []}
    for d in docs:
        if d["kind"] == "Deployment":
            deployments[d["metadata"]["labels"]["servesolve/role"]].append(d)
    for role in ("prefill", "decode"):
        assert sum(d["spec"]["replicas"] for d in deployments[role]) == sum(
            g["count"] for g in pools[role]
        )
        for d in deployments[role]:
            argv = " ".join(d["spec"]["template"]["spec"]["containers"][0]["command"])
            assert "NixlConnector" in argv
    (router,) = deployments["router"]
    argv = router["spec"]["template"]["spec"]["containers"][0]["command"]
    known = ROUTER_FLAGS["vllm-router"]
    assert {a for a in argv if a.startswith("--")} <= {
        *known["flags"],
        *known["service_discovery_flags"],
    }
    assert "servesolve/role=prefill" in argv and "servesolve/role=decode" in argv

    sim = tmp_path / "sim"
    run = run_cli(
        [
            "simulate",
            f"plan={out / 'plan.json'}",
            "slo.tpot_s=0.03",
            "simulation.num_requests=300",
            f"hydra.run.dir={sim}",
        ],
        tmp_path,
    )
    assert run.returncode == 0, run.stderr
    row = pd.read_csv(sim / "result.csv").iloc[0]
    assert row["policy"] == "disaggregated"
    assert row["replicas"].startswith("prefill ")
    # capacity scores the pools as one system: replications of a bisection, an interval
    cap = run_cli(
        ["capacity", f"plan={out / 'plan.json'}", "slo.tpot_s=0.03", "capacity.num_requests=400",
         "capacity.rel_tol=0.1", f"hydra.run.dir={tmp_path}/c"],
        tmp_path,
    )  # fmt: skip
    assert cap.returncode == 0, cap.stderr
    report = json.loads((tmp_path / "c" / "capacity.json").read_text())
    reps = report["pools"]["per_replication"]
    assert (
        len(reps) == 3 and report["low_per_s"] <= report["capacity_per_s"] <= report["high_per_s"]
    )
    assert all(r > 0 for r in reps)
    assert "SLO capacity" in cap.stdout and "pools as one system" in cap.stdout


@pytest.mark.parametrize("bounds", [(0.15, None), (0.04, None), (0.15, 12.0)])
@pytest.mark.parametrize("objective", ["max_goodput", "min_cost"])
def test_pruning_dominated_configs_keeps_the_optimum(bounds: tuple, objective: str) -> None:
    """``prune`` drops unusable and dominated configs only: the MILP over what is left
    reaches the brute-force optimum of the full instance (5 batch caps, PP up to 2), with
    and without an E2E bound (which keeps every layout's TPOT-capacity front)."""
    tpot_s, e2e_s = bounds
    request = _request()
    request = dataclasses.replace(
        request,
        slo=dataclasses.replace(request.slo, tpot_s=tpot_s, e2e_s=e2e_s),
        planner=dataclasses.replace(
            request.planner,
            candidates=CandidateOptions(max_num_seqs=[16, 64, 128, 256, 512], max_pp=2),
        ),
    )
    stats = WorkloadStats.from_requests(sample_requests(request.workload), request.slo.quantile)
    cost_model = request_cost_model(request)
    minimize = objective == "min_cost"
    full = disaggregated_shape.instance_for(request, stats, cost_model, 4, minimize, 30.0)
    pruned = disaggregated_shape.prune(full)
    assert len(pruned.decode) <= len(full.decode)
    if e2e_s is None:  # at most one decode config per layout (another layout may dominate it)
        assert pruned.decode.groupby(["tp", "pp"]).size().max() == 1
    optimum = disaggregation.brute_force(full)
    solved = disaggregation.FORMULATION.solve(pruned, request.solver)
    if optimum is None:
        assert solved.plan is None
    else:
        assert solved.objective == pytest.approx(optimum.objective, rel=1e-9)


#: Seeded random instances (pairs meeting TTFT at random) the presolve is checked on.
NUM_PRUNE_INSTANCES = 40


@pytest.mark.parametrize("backend", ["highs", "cp_sat"])
def test_prune_keeps_the_lexicographic_optimum_of_random_instances(backend: str) -> None:
    """On random instances (half of them min_cost, some with an E2E bound, some with a
    binding link), the MILP over the pruned instance reaches the brute force of the full
    one in both stages: the same objective and the same tie-break (fewest GPUs at the
    most goodput, or the most capacity at the least cost). Most instances lose a
    dominated config that is usable, so the dominance rule is exercised."""
    dominated = 0
    for seed in range(NUM_PRUNE_INSTANCES):
        full = disaggregation.scrambled_instance(np.random.default_rng(2000 + seed))
        pruned = disaggregated_shape.prune(full)
        usable = sum(map(full.prefill_usable, full.prefill.index)) + sum(
            map(full.decode_usable, full.decode.index)
        )
        dominated += len(pruned.prefill) + len(pruned.decode) < usable
        best = disaggregation.brute_force(full)
        result = disaggregation.FORMULATION.solve(pruned, SolverOptions(backend=backend))
        if best is None:
            assert result.plan is None, seed
            continue
        assert result.objective == pytest.approx(best.objective, rel=1e-9), seed
        assert disaggregation.evaluate(full, result.plan) == pytest.approx(best.objective), seed
        assert result.plan.num_gpus(full) == best.plan.num_gpus(full), seed
        assert result.plan.served_rate_per_s == pytest.approx(best.plan.served_rate_per_s), seed
    assert dominated >= NUM_PRUNE_INSTANCES // 2


def _table(rows: dict[str, tuple], columns: tuple[str, ...]) -> pd.DataFrame:
    return pd.DataFrame.from_dict(rows, orient="index", columns=list(columns))


def _hand_instance(prefill: dict, decode: dict, slow: set, **changes):
    """Prefill (tp, pp, rate) and decode (tp, pp, max_num_seqs, rate) configs on one node
    of 8 GPUs; every pair's transfer takes 0.1 s (TTFT 0.6 s <= 1 s) but those in
    ``slow``, which take 0.6 s (TTFT 1.1 s > 1 s)."""
    pre = _table(
        {k: (tp, pp, tp * pp, r, 0.5, 10.0, 70.0) for k, (tp, pp, r) in prefill.items()},
        disaggregation.PREFILL_COLUMNS,
    )
    dec = _table(
        {k: (tp, pp, b, tp * pp, r, 0.05, 10.0, 70.0) for k, (tp, pp, b, r) in decode.items()},
        disaggregation.DECODE_COLUMNS,
    )
    transfer = pd.DataFrame(
        [[0.6 if (p, d) in slow else 0.1 for d in dec.index] for p in pre.index],
        index=pre.index,
        columns=dec.index,
    )
    data = dict(
        prefill=pre,
        decode=dec,
        transfer_s=transfer,
        kv_gb_per_request=0.1,
        link_gb_per_s=100.0,
        gpu_budget=8,
        gpus_per_node=8,
        num_nodes=1,
        ttft_slo_s=1.0,
        tpot_slo_s=0.1,
    )
    return disaggregation.DisaggregationInstance(**(data | changes))


def test_prune_drops_exactly_the_dominated_configs() -> None:
    """P2 (2 GPUs, 19 req/s) is dominated by two P1 (20); P4 (41 > 4 x 10) is not. C is
    dominated by B (same GPUs, less) and by two A; E serves less than B but pairs with
    P4, which B may not; F2 is F's twin (the first stays); F (30 on 4 GPUs) beats two B
    (24) and two E (22). The pruned MILP keeps the full brute-force optimum."""
    decode_partners_of_p4 = {"A", "B", "C", "F", "F2"}
    full = _hand_instance(
        {"P1": (1, 1, 10.0), "P2": (2, 1, 19.0), "P4": (4, 1, 41.0)},
        {
            "A": (1, 1, 64, 5.0),
            "B": (1, 2, 64, 12.0),
            "C": (2, 1, 64, 10.0),
            "E": (2, 1, 128, 11.0),
            "F": (4, 1, 64, 30.0),
            "F2": (4, 1, 128, 30.0),
        },
        slow={("P4", d) for d in decode_partners_of_p4},
    )
    pruned = disaggregated_shape.prune(full)
    assert list(pruned.prefill.index) == ["P1", "P4"]
    assert list(pruned.decode.index) == ["A", "B", "E", "F"]
    assert list(pruned.transfer_s.columns) == ["A", "B", "E", "F"]
    best = disaggregation.brute_force(full)
    solved = disaggregation.FORMULATION.solve(pruned, SolverOptions(backend="highs"))
    assert solved.objective == pytest.approx(best.objective, rel=1e-9)
    assert solved.plan.num_gpus(full) == best.plan.num_gpus(full)


def test_uniform_pp_plans_prune_each_pp_alone() -> None:
    """The best plan of one decode PP may need a config that a config of another PP
    dominates: here A (PP 1) is dominated by B (PP 2). Unrestricted: P + B + D serves 16
    (PPs 2 and 1); PP 1 alone: P + A + D serves 14 (without A, P + 3 D only 12); PP 2
    alone: P + B serves 12. The per-PP solve finds 14, the brute force's best of one PP."""
    full = _hand_instance(
        {"P": (1, 1, 100.0)},
        {"B": (1, 2, 64, 12.0), "A": (2, 1, 64, 10.0), "D": (1, 1, 64, 4.0)},
        slow=set(),
        gpu_budget=4,
    )
    pruned = disaggregated_shape.prune(full)
    assert list(pruned.decode.index) == ["B", "D"]
    request = _request()
    unrestricted = disaggregation.FORMULATION.solve(pruned, SolverOptions(backend="highs"))
    assert unrestricted.plan.served_rate_per_s == pytest.approx(16.0)
    instance, result = disaggregated_shape._best_uniform_pp(full, request, unrestricted)
    assert result.plan.decode_replicas == {"A": 1, "D": 1}
    assert result.details["unrestricted_rate_per_s"] == pytest.approx(16.0)
    per_pp = []
    for pp in (1, 2):
        one = full.decode["pp"] == pp
        restricted = dataclasses.replace(
            full, decode=full.decode[one], transfer_s=full.transfer_s.loc[:, one]
        )
        per_pp.append(disaggregation.brute_force(restricted).objective)
    assert result.plan.served_rate_per_s == pytest.approx(max(per_pp)) == pytest.approx(14.0)
    assert set(result.plan.decode_replicas) <= set(instance.decode.index)


def test_min_cost_per_pp_solve_keeps_the_cheapest_pp() -> None:
    """min_cost for 8 req/s: PP 1 alone needs P + 3 D (4 GPUs, serving 9), PP 2 alone
    P + B (3 GPUs, serving 8). The cheaper PP wins, not the one serving more."""
    full = _hand_instance(
        {"P": (1, 1, 100.0)},
        {"B": (1, 2, 64, 8.0), "D": (1, 1, 64, 3.0)},
        slow=set(),
        objective="min_cost",
        target_rate_per_s=8.0,
        price_per_gpu_hour_usd=1.0,
    )
    request = _request()
    unrestricted = disaggregation.FORMULATION.solve(full, SolverOptions(backend="highs"))
    instance, result = disaggregated_shape._best_uniform_pp(full, request, unrestricted)
    assert result.plan.decode_replicas == {"B": 1}
    per_pp = []
    for pp in (1, 2):
        one = full.decode["pp"] == pp
        restricted = dataclasses.replace(
            full, decode=full.decode[one], transfer_s=full.transfer_s.loc[:, one]
        )
        per_pp.append(disaggregation.brute_force(restricted).objective)
    assert result.objective == pytest.approx(min(per_pp)) == pytest.approx(3.0)


@pytest.mark.slow
def test_simulating_an_exegpt_plan_json_runs_its_schedule(tmp_path: Path) -> None:
    """planner.shapes=[exegpt]: plan.json's winner is the ExeGPT schedule, and `simulate
    plan=` runs that schedule (the rra policy with its B_E and N_D), exactly as the
    schedule's own `servesolve simulate` command in plan.json does, not the colocated
    replicas of plan.groups."""
    out = tmp_path / "plan"
    common = ["model=llama3.1-8b", "slo=exegpt", "workload=exegpt_c1"]
    run = run_cli(
        ["plan", *common, "planner.shapes=[exegpt]", "planner.check.enabled=false",
         "planner.pictures=false", f"hydra.run.dir={out}"],
        tmp_path,
    )  # fmt: skip
    assert run.returncode == 0, run.stderr
    data = json.loads((out / "plan.json").read_text())
    assert data["shape"] == "exegpt"
    (command,) = data["shapes"][0]["deploy"]["servesolve"]
    words = shlex.split(command)
    assert words[:2] == ["servesolve", "simulate"]
    rate = next(w for w in words if w.startswith("simulation.rate_per_s="))
    runs = {
        "own": [*words[1:], "simulation.num_requests=200"],
        "plan": ["simulate", f"plan={out / 'plan.json'}", *common, rate, "simulation.num_requests=200"],
    }  # fmt: skip
    metrics = {}
    for name, args in runs.items():
        sim = run_cli([*args, f"hydra.run.dir={tmp_path / ('sim_' + name)}"], tmp_path)
        assert sim.returncode == 0, sim.stderr
        metrics[name] = json.loads((tmp_path / f"sim_{name}" / "metrics.json").read_text())
        metrics[name].pop("wall_time_s", None)
    assert metrics["plan"] == metrics["own"]
    schedule = data["shapes"][0]["detail"]["simulation"]
    if "replicas" in schedule:  # RRA: the simulated replicas are the schedule's groups
        row = pd.read_csv(tmp_path / "sim_plan" / "result.csv").iloc[0]
        assert row["policy"].startswith("rra")
        # capacity does not estimate an RRA schedule, and says so in one line
        cap = run_cli(
            ["capacity", f"plan={out / 'plan.json'}", *common, f"hydra.run.dir={tmp_path}/c"],
            tmp_path,
        )
        assert cap.returncode == 2 and "RRA" in cap.stderr
        assert len(cap.stderr.strip().splitlines()) == 1
