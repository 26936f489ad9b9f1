"""`servesolve plan` end to end: the default run, its files, and each user error in one line."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pandas as pd
import pytest
from helpers import run_cli

from servesolve.errors import InfeasibleError
from servesolve.planning import WARM_START_NOTE, PlanRequest, plan
from servesolve.report import deploy_commands, plan_json, render
from servesolve.solver import SolveResult, SolveStatus
from servesolve.specs import catalogue_entry


@pytest.mark.slow
def test_default_plan_is_proven_optimal_and_writes_files(tmp_path: Path) -> None:
    out = tmp_path / "run"
    proc = run_cli([f"hydra.run.dir={out}"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    text = proc.stdout
    assert "status optimal" in text and "gap 0.0000 %" in text
    assert "vllm serve meta-llama/Llama-3.1-70B-Instruct --tensor-parallel-size" in text
    assert "TP8 per node" in text and "max data parallelism" in text
    plan_json = json.loads((out / "plan.json").read_text())
    assert plan_json["certificate"]["status"] == "optimal"
    assert plan_json["plan"]["num_gpus"] <= 8
    row = pd.read_csv(out / "result.csv")
    assert (
        len(row) == 1 and row.loc[0, "model"] == "llama3.1-70b" and row.loc[0, "solver"] == "cp_sat"
    )
    # The MILP is never worse than a heuristic priced by the same model.
    assert row.loc[0, "throughput_per_s"] >= row.loc[0, "tp_per_node_throughput_per_s"] - 1e-9
    assert row.loc[0, "throughput_per_s"] >= row.loc[0, "max_dp_throughput_per_s"] - 1e-9
    # The front: the plan is one point; no config on the front is beaten on both axes.
    front = pd.read_csv(out / "pareto.csv")
    (plan_row,) = front[front["kind"] == "plan"].itertuples()
    assert plan_row.gpus == plan_json["plan"]["num_gpus"]
    configs = front[front["kind"] == "config"]
    assert len(configs) == int(pd.read_csv(out / "candidates.csv")["feasible"].sum())
    assert 0 < front["on_front"].sum() < len(front)
    for point in front[front["on_front"]].itertuples():
        beaten = (front["tokens_per_s_per_gpu"] > point.tokens_per_s_per_gpu) & (
            front["tokens_per_s_per_user"] > point.tokens_per_s_per_user
        )
        assert not beaten.any(), point
    assert (out / "pareto.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # A second run into the same directory refuses to overwrite.
    again = run_cli([f"hydra.run.dir={out}"], tmp_path)
    assert again.returncode == 2 and "never overwritten" in again.stderr
    assert json.loads((out / "plan.json").read_text()) == plan_json


BAD_INPUTS = [
    (["model=llama3-70b"], "model: unknown name 'llama3-70b'; fix: did you mean llama3.1-70b"),
    (["cluster.gpu=h100"], "cluster.gpu: unknown name 'h100'"),
    (
        ["model=llama3.1-405b", "cluster=a40x48", "planner.candidates.max_pp=1"],
        "model: llama3.1-405b fits on no allowed configuration: the smallest per-GPU need is",
    ),
    (["slo.ttft_s=0.001"], "slo: no plan meets ttft_s <= 0.001 s (best reachable"),
    (["solver=gurobi"], "solver: unknown name 'gurobi'"),
    (["solver.backend=gurobi"], "solver.backend:"),
    (["planner.objectiv=x"], "planner.objectiv: no such config field"),
    (["model=hf"], "model.hf_config_path: is required"),
    (["planner.gpu_budget=1"], "planner.gpu_budget: 1 GPUs cannot hold one SLO-meeting replica"),
]


@pytest.mark.slow
@pytest.mark.parametrize("args,message", BAD_INPUTS, ids=[" ".join(a) for a, _ in BAD_INPUTS])
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    tmp_path: Path, args: list[str], message: str
) -> None:
    out = tmp_path / "run"
    proc = run_cli([*args, f"hydra.run.dir={out}"], tmp_path)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: " + message), lines[0]
    assert "Traceback" not in proc.stderr
    assert not out.exists()


@pytest.mark.slow
def test_malformed_trace_names_the_line(tmp_path: Path) -> None:
    trace = tmp_path / "bad.jsonl"
    trace.write_text(
        '{"ContextTokens": 10, "GeneratedTokens": 5, "StartTimeOffset": 0}\n'
        '{"ContextTokens": "x", "GeneratedTokens": 5, "StartTimeOffset": 100}\n'
    )
    proc = run_cli([f"workload.trace_path={trace}", f"hydra.run.dir={tmp_path / 'run'}"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(f"error: {trace}:2: ")
    assert len(proc.stderr.strip().splitlines()) == 1


def _request(**overrides) -> PlanRequest:
    cfg = {
        "model": catalogue_entry("model", "llama3.1-70b"),
        "cluster": catalogue_entry("cluster", "h100x8"),
        "workload": catalogue_entry("workload", "exegpt_s"),
        "slo": catalogue_entry("slo", "chat"),
        "solver": catalogue_entry("solver", "highs"),
    }
    cfg.update(overrides)
    return PlanRequest.from_config(cfg)


def test_min_gpus_serves_the_target_with_fewer_gpus() -> None:
    best = plan(_request())
    target = best.plan.throughput_per_s / 3
    small = plan(_request(planner={"objective": "min_gpus", "target_rate_per_s": target}))
    assert small.plan.throughput_per_s >= target
    assert small.plan.num_gpus < best.plan.num_gpus
    assert small.certificate.gap == pytest.approx(0, abs=1e-6)


def test_every_backend_picks_the_same_plan_value() -> None:
    values = {}
    for backend in ("cp_sat", "scip", "highs", "cbc"):
        result = plan(_request(solver=catalogue_entry("solver", backend)))
        values[backend] = result.plan.throughput_per_s
    assert max(values.values()) == pytest.approx(min(values.values()), rel=1e-6)


@pytest.mark.slow
@pytest.mark.parametrize("mode", ["run", "sweep"])
def test_unusable_output_dir_is_one_line_exit_2(tmp_path: Path, mode: str) -> None:
    blocker = tmp_path / "afile"
    blocker.write_text("not a directory\n")
    args = [f"hydra.{mode}.dir={blocker}/x"]
    proc = run_cli(["-m", *args] if mode == "sweep" else args, tmp_path)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith(f"error: hydra.{mode}.dir: {blocker} is a file"), lines[0]
    assert blocker.read_text() == "not a directory\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile"]


MULTIRUN_BAD_INPUTS = [
    (["planner.objectiv=x,y"], "planner.objectiv: no such config field"),
    (["planner.gpu_budget=abc"], "planner.gpu_budget: "),
    # Values after the first are checked too, before any job runs.
    (["planner.gpu_budget=8,abc"], "planner.gpu_budget: "),
    (["model=llama3.1-8b,llama9"], "model: unknown name 'llama9'"),
    (["model=llama3.1-8b,hf"], "model.hf_config_path: is required"),
]


@pytest.mark.slow
@pytest.mark.parametrize(
    "args,message", MULTIRUN_BAD_INPUTS, ids=[" ".join(a) for a, _ in MULTIRUN_BAD_INPUTS]
)
def test_multirun_bad_input_is_one_line_exit_2_and_creates_no_sweep_dir(
    tmp_path: Path, args: list[str], message: str
) -> None:
    sweep = tmp_path / "sweep"
    proc = run_cli(["plan", "-m", *args, f"hydra.sweep.dir={sweep}"], tmp_path)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("error: " + message), lines[0]
    assert not sweep.exists()
    assert proc.stdout == ""


@pytest.mark.slow
def test_multirun_failed_job_is_one_line_and_the_sweep_goes_on(tmp_path: Path) -> None:
    sweep = tmp_path / "sweep"
    proc = run_cli(
        [
            "-m",
            "model=llama3.1-8b,llama3.1-405b,llama3.1-70b",
            "planner.candidates.max_pp=1",
            f"hydra.sweep.dir={sweep}",
        ],
        tmp_path,
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert lines == [
        lines[0],
        "error: 1 of 3 multirun jobs failed; see the lines above",
    ], proc.stderr
    assert lines[0].startswith(
        "error: [model=llama3.1-405b] model: llama3.1-405b fits on no allowed configuration"
    ), lines[0]
    assert "Traceback" not in proc.stderr
    # The good jobs before and after the failed one wrote their files; the failed one nothing.
    for job in ("0_llama3.1-8b_h100x8", "2_llama3.1-70b_h100x8"):
        assert json.loads((sweep / job / "plan.json").read_text())["plan"]["num_gpus"] <= 8
    assert not (sweep / "1_llama3.1-405b_h100x8").exists()


@pytest.mark.slow
def test_multirun_where_every_job_fails_leaves_nothing(tmp_path: Path) -> None:
    sweep = tmp_path / "sweep"
    proc = run_cli(
        [
            "-m",
            "model=llama3.1-405b",
            "planner.candidates.max_pp=1",
            "slo.ttft_s=2,3",
            f"hydra.sweep.dir={sweep}",
        ],
        tmp_path,
    )
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert [line.split("]")[0] for line in lines[:2]] == [
        "error: [slo.ttft_s=2",
        "error: [slo.ttft_s=3",
    ], proc.stderr
    assert lines[2:] == ["error: 2 of 2 multirun jobs failed; see the lines above"]
    assert not sweep.exists()


@pytest.mark.slow
def test_clean_multirun_writes_every_job_and_never_overwrites(tmp_path: Path) -> None:
    sweep = tmp_path / "sweep"
    proc = run_cli(
        ["-m", "model=llama3.1-8b", "solver=cp_sat,highs", f"hydra.sweep.dir={sweep}"], tmp_path
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    plans = sorted(sweep.glob("*/plan.json"))
    assert [p.parent.name for p in plans] == ["0_llama3.1-8b_h100x8", "1_llama3.1-8b_h100x8"]
    values = [json.loads(p.read_text())["plan"] for p in plans]
    assert values[0]["throughput_per_s"] == pytest.approx(values[1]["throughput_per_s"], rel=1e-6)
    # The same sweep directory again: refused up front, nothing touched.
    before = {p: p.read_bytes() for p in sweep.rglob("*") if p.is_file()}
    again = run_cli(
        ["-m", "model=llama3.1-8b", "solver=cp_sat,highs", f"hydra.sweep.dir={sweep}"], tmp_path
    )
    assert again.returncode == 2
    assert again.stderr.strip().splitlines() == [
        f"error: hydra.sweep.dir: {sweep / 'multirun.yaml'} already exists and is never "
        "overwritten; fix: choose a new hydra.sweep.dir"
    ]
    assert {p: p.read_bytes() for p in sweep.rglob("*") if p.is_file()} == before


def _proof(result) -> str:
    return next(line for line in render(result).splitlines() if line.startswith("Proof: "))


def test_min_gpus_reports_whole_gpus_not_the_tie_broken_objective() -> None:
    best = plan(_request(planner={"check": {"enabled": False}}))
    small = plan(
        _request(
            planner={
                "objective": "min_gpus",
                "target_rate_per_s": best.plan.throughput_per_s / 3,
                "check": {"enabled": False},
            }
        )
    )
    gpus = small.plan.num_gpus
    # The MILP's value is GPUs less a throughput tie-break: fractional, never shown as such.
    assert small.certificate.objective != gpus
    assert f"| objective {gpus} GPUs | best bound {gpus} GPUs | gap 0.0000 % |" in _proof(small)


@pytest.mark.parametrize("backend", ["cp_sat", "scip", "highs", "cbc"])
def test_a_solve_stopped_by_its_time_limit_never_claims_an_optimum(backend: str) -> None:
    result = plan(
        _request(
            solver={"backend": backend, "time_limit_s": 0.001},
            planner={"check": {"enabled": False}},
        )
    )
    cert = result.certificate
    assert cert.status.has_solution  # a plan, never "found no plan" while a warm start exists
    # A bound is proven or absent: never a backend's infinity (SCIP's 1e20) shown as one.
    assert math.isinf(cert.best_bound) or abs(cert.best_bound) < 1e20
    document = json.dumps(plan_json(result), allow_nan=False)  # standard JSON throughout
    text = render(result)
    if cert.status is not SolveStatus.OPTIMAL:
        assert "MILP optimum" not in text and "MILP plan (not proven)" in text
        assert "not proven optimal:" in text
    if math.isinf(cert.best_bound):
        assert "| best bound none | gap unknown |" in _proof(result)
        assert json.loads(document)["certificate"]["best_bound"] is None
    if cert.stats.get("solver_status") == "no_solution":
        assert cert.stats["note"] == WARM_START_NOTE
        feasible = [h.throughput_per_s for h in result.heuristics if h.feasible]
        assert result.plan.throughput_per_s == pytest.approx(max(feasible), rel=1e-9)


def test_a_solve_that_finds_nothing_returns_the_feasible_warm_start(monkeypatch) -> None:
    """Whatever the machine's speed: a backend that stops empty-handed yields the best
    heuristic plan, feasible and unproven, instead of "found no plan"."""
    import servesolve.plan_milp as plan_milp
    import servesolve.planning as planning

    def stopped(problem, options, hints):
        nan = float("nan")
        return SolveResult(SolveStatus.NO_SOLUTION, nan, nan, nan, 0.001, options.backend, {}, {})

    monkeypatch.setattr(plan_milp, "solve", stopped)
    result = plan(_request(planner={"check": {"enabled": False}}))
    cert = result.certificate
    assert cert.status is SolveStatus.FEASIBLE and cert.best_bound == math.inf
    assert cert.stats == {"solver_status": "no_solution", "note": WARM_START_NOTE}
    best = max((h for h in result.heuristics if h.feasible), key=lambda h: h.throughput_per_s)
    assert result.plan.groups == best.groups
    # With no heuristic plan to fall back on, it is still one clear error.
    monkeypatch.setattr(planning, "heuristic_counts", lambda *args: {})
    with pytest.raises(InfeasibleError, match=r"^solver.time_limit_s: highs found no plan"):
        plan(_request(planner={"check": {"enabled": False}}))


def test_hf_config_without_a_hub_id_deploys_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "Llama-3.1-8B-Instruct"
    folder.mkdir()
    (folder / "config.json").write_text(
        json.dumps(
            {
                "model_type": "llama",
                "num_hidden_layers": 32,
                "hidden_size": 4096,
                "num_attention_heads": 32,
                "num_key_value_heads": 8,
                "intermediate_size": 14336,
                "hidden_act": "silu",
                "vocab_size": 128256,
                "max_position_embeddings": 131072,
                "torch_dtype": "bfloat16",
            }
        )
    )
    result = plan(
        _request(
            model={"hf_config_path": str(folder / "config.json")},
            planner={"check": {"enabled": False}},
        )
    )
    commands = deploy_commands(result)
    assert commands and all(f"vllm serve {folder} " in c for c in commands), commands


@pytest.mark.slow
def test_a_1024_gpu_plan_is_checked_one_replica_per_config(tmp_path: Path) -> None:
    """128 nodes: the check simulates one replica per distinct config at its share of the
    rate, so the plan keeps the per-replica rate of the same layout on one node."""
    out = tmp_path / "run"
    proc = run_cli(
        [
            "cluster.num_nodes=128",
            "cluster.name=h100x1024",
            "planner.pictures=false",
            f"hydra.run.dir={out}",
        ],
        tmp_path,
    )
    assert proc.returncode == 0, proc.stderr
    assert "plans of more than 16 replicas: one replica per distinct config" in proc.stdout
    data = json.loads((out / "plan.json").read_text())
    (check, *_) = data["simulation_checks"]
    assert check["meets_slo"] and check["replicas"] >= 128 and check["replicas_simulated"] == 1
    groups = data["plan"]["groups"]
    per_replica = min(g["rate_per_s"] for g in groups)
    # Simulated whole, 256 replicas got 78 requests each and were derated to 2.8 req/s.
    assert per_replica > 10.0
