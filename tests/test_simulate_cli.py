"""`servesolve simulate` and the simulator check inside `servesolve plan`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pandas as pd
import pytest
from helpers import run_cli, run_main


@pytest.fixture(scope="module")
def plan_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("plan") / "run"
    proc = run_cli(["model=llama3.1-8b", "workload=exegpt_s", f"hydra.run.dir={out}"], out.parent)
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.slow
def test_plan_reports_simulated_checks(plan_dir: Path) -> None:
    plan = json.loads((plan_dir / "plan.json").read_text())
    checks = plan["simulation_checks"]
    assert checks and checks[0]["plan_name"] == "milp"
    assert checks[0]["rate_per_s"] == pytest.approx(plan["plan"]["throughput_per_s"])
    assert 0.0 <= checks[0]["slo_attainment"] <= 1.0
    row = pd.read_csv(plan_dir / "result.csv")
    assert {"sim_throughput_per_s", "sim_ttft_s", "sim_meets_slo"} <= set(row.columns)


@pytest.mark.slow
def test_simulate_a_plan_file(plan_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "sim"
    proc = run_cli(
        ["simulate", f"plan={plan_dir / 'plan.json'}", "simulation.num_requests=500",
         f"hydra.run.dir={out}"],
        tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    # the plan's model, cluster, engine, workload and SLO, none given on the command line
    assert "servesolve simulate: llama3.1-8b on h100x8" in proc.stdout
    assert "workload exegpt_s" in proc.stdout
    requests = pd.read_csv(out / "requests.csv")
    assert len(requests) == 500 and (requests.generated_tokens == requests.output_tokens).all()
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["throughput_rps"] > 0 and metrics["num_requests"] == 500
    plan = json.loads((plan_dir / "plan.json").read_text())
    replicas = sum(g["num_replicas"] for g in plan["plan"]["groups"])
    assert requests.replica.nunique() == min(replicas, 500)


@pytest.mark.slow
def test_simulate_replicas_from_config(tmp_path: Path) -> None:
    out = tmp_path / "sim"
    proc = run_cli(
        ["simulate", "replicas=[{tp: 8, max_num_seqs: 64, count: 1}]", "simulation.policy=static",
         "simulation.static_batch_size=16", "simulation.num_requests=64", "workload=exegpt_g", f"hydra.run.dir={out}"],
        tmp_path,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert pd.read_csv(out / "result.csv").loc[0, "policy"] == "static"


@pytest.mark.slow
@pytest.mark.parametrize(
    "args,message",
    [
        (["simulate"], "error: plan: no plan given"),
        (
            ["simulate", "plan=/nonexistent/plan.json"],
            "error: plan: no file at '/nonexistent/plan.json'",
        ),
        (["simulate", "replicas=[{tp: 0}]"], "error: replicas.0.tp:"),
        (["simulate", "replicas=[{tp: 8}]", "simulation.policy=fifo"], "error: simulation.policy:"),
    ],
)
def test_simulate_bad_input_is_one_line(tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "sim"
    proc = run_cli([*args, f"hydra.run.dir={out}"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(message), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not out.exists()


@pytest.mark.slow
def test_simulate_refuses_a_plan_for_another_model(plan_dir: Path, tmp_path: Path) -> None:
    proc = run_cli(
        ["simulate", f"plan={plan_dir / 'plan.json'}", "model=llama3.1-70b",
         f"hydra.run.dir={tmp_path / 'x'}"],
        tmp_path,
    )  # fmt: skip
    assert proc.returncode == 2
    assert (
        proc.stderr.startswith("error: plan: ")
        and "was made for model llama3.1-8b on cluster h100x8" in proc.stderr
    )
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


BAD_PLANS = [
    (
        {"model": "llama3.1-70b", "cluster": "h100x8", "plan": {"groups": [{"pp": 1}]}},
        "error: plan.groups.0.tp:",
    ),
    (
        {
            "model": "llama3.1-70b",
            "cluster": "h100x8",
            "plan": {"groups": [{"tp": 0, "num_replicas": 1}]},
            "planner": None,
        },
        "error: plan.groups.0.tp: input should be greater than 0",
    ),
    ({"model": "llama3.1-70b", "cluster": "h100x8", "plan": {"groups": "x"}}, "error: plan: "),
    ({"model": "llama3.1-70b", "cluster": "h100x8", "plan": {"groups": []}}, "error: plan: "),
    (["not", "a", "dict"], "error: plan: "),
]


@pytest.mark.slow
@pytest.mark.parametrize("content,message", BAD_PLANS)
def test_malformed_plan_files_are_one_line(tmp_path: Path, content, message: str) -> None:
    path = tmp_path / "plan.json"
    path.write_text(json.dumps(content))
    proc = run_cli(["simulate", f"plan={path}", f"hydra.run.dir={tmp_path / 'x'}"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(message), proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
@pytest.mark.parametrize(
    "args,message",
    [
        (["replicas=[{tp: 8, count: 100}]"], "error: replicas: needs 800 GPUs but h100x8 has 8"),
        (["replicas=[{tp: 3}]"], "error: replicas.0.tp: TP 3 does not divide a node of 8 GPUs"),
        (
            ["replicas=[{tp: 8}]", "disaggregation={prefill: [{tp: 4}], decode: [{tp: 4}]}"],
            "error: disaggregation: cannot be combined with plan= or replicas=",
        ),
        (
            ["disaggregation={prefill: [{tp: 8}], decode: [{tp: 8}]}"],
            "error: disaggregation: needs 16 GPUs but h100x8 has 8",
        ),
    ],
)
def test_simulate_rejects_impossible_hardware(
    tmp_path: Path, args: list[str], message: str
) -> None:
    proc = run_cli(["simulate", *args, f"hydra.run.dir={tmp_path / 'x'}"], tmp_path)
    assert proc.returncode == 2
    assert proc.stderr.startswith(message), proc.stderr
    assert not (tmp_path / "x").exists()


@pytest.mark.slow
def test_simulate_rra_and_disaggregation_from_config(tmp_path: Path) -> None:
    rra = run_cli(
        ["simulate", "replicas=[{tp: 4, max_num_seqs: 64}]", "simulation.policy=rra", "simulation.rra_encoder_batch=32",
         "simulation.rra_decode_iterations=8", "simulation.num_requests=200", "workload=exegpt_g",
         f"hydra.run.dir={tmp_path / 'rra'}"],
        tmp_path,
    )  # fmt: skip
    assert rra.returncode == 0, rra.stderr
    assert pd.read_csv(tmp_path / "rra" / "result.csv").loc[0, "policy"] == "rra"
    disagg = run_cli(
        ["simulate", "disaggregation={prefill: [{tp: 4}], decode: [{tp: 4, max_num_seqs: 128}], decode_micro_batches: 2}",
         "simulation.num_requests=300", "simulation.rate_per_s=10", "workload=exegpt_c1",
         f"hydra.run.dir={tmp_path / 'dis'}"],
        tmp_path,
    )  # fmt: skip
    assert disagg.returncode == 0, disagg.stderr
    assert "prefill 1 x TP4xPP1 | decode 1 x TP4xPP1 b128 (B_m 2), disaggregated" in disagg.stdout
    requests = pd.read_csv(tmp_path / "dis" / "requests.csv")
    assert (requests.generated_tokens == requests.output_tokens).all()
    empty = run_cli(
        [
            "simulate",
            "disaggregation={prefill: [], decode: [{tp: 4}]}",
            f"hydra.run.dir={tmp_path / 'e'}",
        ],
        tmp_path,
    )
    assert empty.returncode == 2
    assert empty.stderr.startswith(
        "error: disaggregation.prefill: list should have at least 1 item"
    )


def _warnings(stdout: str) -> list[str]:
    return [line.strip() for line in stdout.splitlines() if line.strip().startswith("warning:")]


def test_arrivals_beyond_capacity_get_one_warning_line_with_the_fix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README's static example: every request of exegpt_c2 arrives at t=0 and a
    static batch of 8 serves them, so TTFT is hours of queueing (issue 15: TTFT mean
    3,963 s, 0.1 % within the SLO, no word about capacity). The warning says so and gives
    a rate; at that rate the queue no longer grows and the warning goes."""
    example = [
        "simulate",
        "replicas=[{tp: 8, max_num_seqs: 256}]",
        "workload=exegpt_c2",
        "simulation.policy=static",
        "simulation.num_requests=1000",
    ]
    flooded = run_main([*example, f"hydra.run.dir={tmp_path / 'a'}"], monkeypatch)
    assert flooded.code == 0, flooded.stderr
    (line,) = _warnings(flooded.stdout)
    assert "arrivals exceed capacity" in line and "all 1000 requests arrive at once" in line
    assert "serves 8 at a time" in line and "add replicas" in line
    rate = re.search(r"simulation\.rate_per_s=([\d.]+)", line).group(1)
    metrics = json.loads((tmp_path / "a" / "metrics.json").read_text())
    assert metrics["ttft_s_mean"] > 60  # the queue, not the plan

    paced = run_main(
        [*example, f"simulation.rate_per_s={rate}", f"hydra.run.dir={tmp_path / 'b'}"],
        monkeypatch,
    )
    assert paced.code == 0, paced.stderr
    assert _warnings(paced.stdout) == []
    assert json.loads((tmp_path / "b" / "metrics.json").read_text())["ttft_s_mean"] < 60


def test_open_loop_rate_beyond_capacity_names_the_rate_and_replicas(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    base = ["simulate", "replicas=[{tp: 8}]", "simulation.num_requests=1500"]
    over = run_main(
        [*base, "simulation.rate_per_s=60", f"hydra.run.dir={tmp_path / 'a'}"], monkeypatch
    )
    assert over.code == 0, over.stderr
    (line,) = _warnings(over.stdout)
    metrics = json.loads((tmp_path / "a" / "metrics.json").read_text())
    assert metrics["steady_throughput_rps"] < 0.95 * 60  # what the warning reports
    assert "requests arrive at" in line and "queue grows" in line
    assert re.search(r"simulation\.rate_per_s=[\d.]+", line)
    assert re.search(r"about \d+ instead of 1", line)
    under = run_main(
        [*base, "simulation.rate_per_s=5", f"hydra.run.dir={tmp_path / 'b'}"], monkeypatch
    )
    assert under.code == 0, under.stderr
    assert _warnings(under.stdout) == []
