"""`servesolve replan plan=... workload=...` end to end: a colocated plan and an ExeGPT plan
made by `servesolve plan`, re-planned for longer outputs; and each bad input in one line."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
import yaml
from helpers import run_main

from servesolve import exegpt_deploy
from servesolve.costs.replica_model import WorkloadStats
from servesolve.formulations import exegpt
from servesolve.plan_request import PlanRequest
from servesolve.planning import request_cost_model
from servesolve.specs import catalogue_entry
from servesolve.workloads import sample_requests

#: A small plan: Llama-3.1-8B on 8 H100, short outputs (ExeGPT task C1: mean 64 tokens),
#: the model's rates only, a short candidate list.
PLAN = [
    "model=llama3.1-8b",
    "workload=exegpt_c1",
    "workload.num_requests=500",
    "planner.check.enabled=false",
    "planner.pictures=false",
    "planner.candidates.max_num_seqs=[64,256]",
    "planner.candidates.max_pp=2",
]
#: The new workload: ExeGPT task C2, outputs four times longer (mean 256 tokens).
NEW = ["workload=exegpt_c2", "workload.num_requests=500"]


def _plan(tmp_path_factory: pytest.TempPathFactory, name: str, extra: list[str]) -> Path:
    out = tmp_path_factory.mktemp(name) / "run"
    with pytest.MonkeyPatch.context() as mp:
        done = run_main(["plan", *PLAN, *extra, f"hydra.run.dir={out}"], mp)
    assert done.code == 0, done.stderr
    return out


@pytest.fixture(scope="module")
def colocated_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _plan(tmp_path_factory, "colocated", ["planner.shapes=[colocated]"])


@pytest.fixture(scope="module")
def exegpt_plan(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _plan(tmp_path_factory, "exegpt", ["slo=exegpt", "planner.shapes=[exegpt]"])


def _replan(plan_dir: Path, out: Path, monkeypatch, *extra: str):
    return run_main(
        ["replan", f"plan={plan_dir / 'plan.json'}", *NEW, *extra, f"hydra.run.dir={out}"],
        monkeypatch,
    )


@pytest.mark.slow
def test_replan_a_colocated_plan_for_longer_outputs(
    colocated_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "replan"
    done = _replan(colocated_plan, out, monkeypatch)
    assert done.code == 0, done.stderr
    assert "servesolve replan: llama3.1-8b on h100x8, colocated plan" in done.stdout
    assert "Re-plan took" in done.stdout and "exegpt_c1 -> exegpt_c2" in done.stdout
    report = json.loads((out / "replan.json").read_text())
    planned = json.loads((colocated_plan / "plan.json").read_text())
    assert report["schema"] == "servesolve.replan/1" and report["shape"] == "colocated"
    old = report["old_plan"]
    # No simulator check in the plan: its recorded rate is the model's, re-priced here.
    recorded = planned["plan"]["throughput_per_s"]
    assert old["recorded_throughput_per_s"] == pytest.approx(recorded)
    assert old["under_old_workload"]["throughput_per_s"] == pytest.approx(recorded, rel=1e-9)
    # Four times longer outputs: the deployed replicas serve far fewer requests per second.
    after = old["under_new_workload"]["throughput_per_s"]
    assert 0 < after < 0.5 * recorded
    assert report["new_stats"]["mean_output_tokens"] > 3 * report["old_stats"]["mean_output_tokens"]
    new = report["new_plan"]
    assert new["proven"] and new["plan"]["certificate"]["status"] == "optimal"
    # The MILP over the same candidates can do no worse than the deployed plan.
    assert new["throughput_per_s"] >= after * (1 - 1e-9)
    assert new["plan"]["workload"] == "exegpt_c2" and new["deploy_commands"]
    timing = report["timing"]
    assert 0 < timing["milp_s"] <= timing["resolve_wall_s"] <= timing["command_wall_s"]
    row = pd.read_csv(out / "result.csv")
    assert len(row) == 1 and row.loc[0, "old_throughput_new_workload_per_s"] == pytest.approx(after)
    assert yaml.safe_load((out / "config.yaml").read_text())["plan"].endswith("plan.json")


@pytest.mark.slow
def test_replan_an_exegpt_plan_warm_starts_the_deployed_group(
    exegpt_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "replan"
    done = _replan(exegpt_plan, out, monkeypatch)
    assert done.code == 0, done.stderr
    assert "re-solved warm-started from the deployed schedule" in done.stdout
    report = json.loads((out / "replan.json").read_text())
    planned = json.loads((exegpt_plan / "plan.json").read_text())
    deployed = next(s for s in planned["shapes"] if s["shape"] == "exegpt")
    assert report["shape"] == "exegpt"
    old = report["old_plan"]
    assert old["layout"] == deployed["layout"]
    assert old["under_old_workload"]["throughput_per_s"] == pytest.approx(
        deployed["throughput_per_s"], rel=1e-9
    )
    assert old["under_new_workload"]["throughput_per_s"] < deployed["throughput_per_s"]
    new = report["new_plan"]
    assert new["certificate"].startswith("optimal") and new["throughput_per_s"] > 0
    assert new["throughput_per_s"] >= old["under_new_workload"]["throughput_per_s"]

    # The warm-started re-solve of the deployed group size is formulations.exegpt's own
    # optimum of that instance, priced independently here.
    warm = report["warm_resolve"]
    detail = deployed["detail"]
    assert warm["group_gpus"] == detail["group_gpus"]
    config = yaml.safe_load((exegpt_plan / "config.yaml").read_text())
    workload = catalogue_entry("workload", "exegpt_c2") | {"num_requests": 500}
    request = PlanRequest.from_config(config | {"workload": workload})
    stats = WorkloadStats.from_requests(sample_requests(request.workload), 0.99)
    inst = exegpt.from_specs(
        request.model,
        request.cluster,
        stats,
        request.slo.e2e_s,
        detail["group_gpus"],
        "any",
        exegpt_deploy.deployment_from_detail(detail).options,
        request_cost_model(request),
    )
    cold = exegpt.dinkelbach_solve(inst, request.solver)
    assert warm["throughput_per_s"] == pytest.approx(cold.objective, rel=1e-9)
    assert report["timing"]["warm_resolve_s"] <= report["timing"]["resolve_wall_s"]


def _bad_plan(tmp: Path, colocated: Path) -> str:
    (tmp / "bad").mkdir()
    shutil.copy(colocated / "config.yaml", tmp / "bad" / "config.yaml")
    (tmp / "bad" / "plan.json").write_text(
        json.dumps({"model": "llama3.1-8b", "cluster": "h100x8", "plan": {"layout": "?"}})
    )
    return f"plan={tmp / 'bad' / 'plan.json'}"


def _lonely_plan(tmp: Path, colocated: Path) -> str:
    (tmp / "lonely").mkdir()
    shutil.copy(colocated / "plan.json", tmp / "lonely" / "plan.json")
    return f"plan={tmp / 'lonely' / 'plan.json'}"


BAD_INPUTS = {
    "no plan": (lambda tmp, c: "check=false", "plan: is required"),
    "no file": (lambda tmp, c: f"plan={tmp / 'nope.json'}", "plan: no file at"),
    "unknown schema": (_bad_plan, "has an unknown schema (no 'plan.groups', no 'shapes')"),
    "no config.yaml": (_lonely_plan, "plan: no config.yaml beside"),
    "no exegpt plan": (
        lambda tmp, c: f"plan={c / 'plan.json'} shape=exegpt",
        "shape: '",
    ),
    "unknown workload": (
        lambda tmp, c: f"plan={c / 'plan.json'} workload=exegpt_c9",
        "workload: unknown name 'exegpt_c9'; fix: did you mean",
    ),
    "no workload": (
        lambda tmp, c: f"plan={c / 'plan.json'}",
        "workload: is required",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    case: str, colocated_plan: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, message = BAD_INPUTS[case]
    args = make(tmp_path, colocated_plan).split()
    if case != "no workload" and not any(a.startswith("workload=") for a in args):
        args.append("workload=exegpt_c2")
    out = tmp_path / "run"
    done = run_main(["replan", *args, f"hydra.run.dir={out}"], monkeypatch)
    assert done.code == 2, done.stdout + done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines
    assert not out.exists()
