"""The ExeGPT shape of `servesolve plan` (servesolve/exegpt_shape.py, exegpt_group.py and
exegpt_deploy.py): its plan is the exegpt formulation's own optimum, encoder-decoder models
work, an impossible bound says "latency", a TTFT/TPOT SLO is checked on its own, and the
detail rebuilds the schedule."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest

from servesolve import exegpt_deploy, exegpt_group, exegpt_shape
from servesolve.costs.roofline import RooflineCostModel
from servesolve.formulations import exegpt
from servesolve.formulations.exegpt import RraSchedule, WaaSchedule
from servesolve.plan_request import PlanRequest
from servesolve.specs import catalogue_entry

#: Throughputs are recomputed from the same tables on both sides.
OBJECTIVE_RTOL = 1e-9
ENGINE_FLAGS = json.loads((Path(__file__).parent / "fixtures" / "engine_flags.json").read_text())


def request_of(model: str, cluster: str, workload: str, slo: str, **changes) -> PlanRequest:
    config = {
        "model": catalogue_entry("model", model),
        "cluster": catalogue_entry("cluster", cluster),
        "workload": catalogue_entry("workload", workload),
        "slo": catalogue_entry("slo", slo) | changes.pop("slo_changes", {}),
        "solver": catalogue_entry("solver", "cp_sat"),
        "engine": catalogue_entry("engine", changes.pop("engine", "vllm")),
        "planner": changes.pop("planner", {}),
    }
    return PlanRequest.from_config(config, {"model": model, "cluster": cluster})


def roofline(request: PlanRequest) -> RooflineCostModel:
    return RooflineCostModel(request.model, request.cluster, 0.002)


@pytest.fixture(scope="module")
def c2_stats():
    return exegpt.workload_stats("exegpt_c2", 0.99, num_requests=2000)


def test_solve_is_the_formulations_own_optimum(c2_stats) -> None:
    """Budget 2: one 2-GPU group or two 1-GPU copies; the shape's throughput is the best
    of the two Dinkelbach optima of formulations.exegpt on the same instances."""
    request = request_of("llama3.1-8b", "h100x8", "exegpt_c2", "exegpt")
    cm = roofline(request)
    shape = exegpt_shape.solve(request, c2_stats, cm, 2)
    options = exegpt_group.exegpt_options(request)
    best = {}
    for g in (1, 2):
        inst = exegpt.from_specs(
            request.model, request.cluster, c2_stats, 20.0, g, "any", options, cm
        )
        result = exegpt.dinkelbach_solve(inst, request.solver)
        assert result.gap <= exegpt_group.PROVEN_REL_GAP
        best[g] = (2 // g) * result.objective
    assert shape.feasible and shape.reason == ""
    assert shape.throughput_per_s == pytest.approx(max(best.values()), rel=OBJECTIVE_RTOL)
    assert shape.certificate.startswith("optimal (cp_sat Dinkelbach")
    assert shape.num_gpus <= 2
    assert shape.cost_per_hour_usd == pytest.approx(
        shape.num_gpus * request.cluster.gpu.price_per_gpu_hour_usd
    )
    detail = shape.detail
    assert detail["latency_bound_s"] == 20.0 and detail["latency_bound_from"] == "slo.e2e_s"
    assert detail["per_group"]["tail_e2e_s"] <= 20.0
    sizes = {s["group_gpus"]: s["throughput_per_s"] for s in detail["group_sizes"]}
    assert sizes == pytest.approx(best, rel=OBJECTIVE_RTOL)
    plan = exegpt_deploy.plan_from_detail(json.loads(json.dumps(detail)))
    assert exegpt_group.layout_text(plan, detail["num_groups"]) == shape.layout
    assert shape.deploy["servesolve"][0].startswith("servesolve simulate model=llama3.1-8b")
    assert "vllm serve meta-llama/Llama-3.1-8B-Instruct" in "\n".join(shape.deploy["vllm"])


def test_t5_11b_encoder_decoder_gets_a_plan_and_no_engine_command() -> None:
    request = request_of("t5-11b", "a40x48", "exegpt_s", "exegpt")
    stats = exegpt.workload_stats("exegpt_s", 0.99, num_requests=2000)
    shape = exegpt_shape.solve(request, stats, roofline(request), 4)
    assert shape.feasible and shape.certificate.startswith("optimal")
    assert set(shape.deploy) == {"servesolve"}
    assert "encoder-decoder" in shape.note
    inst = exegpt.from_specs(
        request.model,
        request.cluster,
        stats,
        20.0,
        shape.detail["group_gpus"],
        "any",
        exegpt_group.exegpt_options(request),
        roofline(request),
    )
    plan = exegpt_deploy.plan_from_detail(shape.detail)
    per_group = exegpt.evaluate(inst, plan)
    assert per_group is not None
    assert shape.throughput_per_s == pytest.approx(
        shape.detail["num_groups"] * per_group, rel=OBJECTIVE_RTOL
    )


def test_an_impossible_bound_is_reason_latency(c2_stats) -> None:
    request = request_of(
        "llama3.1-8b", "h100x8", "exegpt_c2", "exegpt", slo_changes={"e2e_s": 0.05}
    )
    shape = exegpt_shape.solve(request, c2_stats, roofline(request), 2)
    assert not shape.feasible and shape.reason == "latency"
    assert shape.throughput_per_s == 0 and shape.layout == "" and shape.num_gpus == 0
    assert shape.certificate.startswith("no plan (proven")
    assert "L = 0.05 s" in shape.note


def test_a_ttft_tpot_slo_derives_the_bound_and_checks_both_on_their_own(c2_stats) -> None:
    request = request_of("llama3.1-8b", "h100x8", "exegpt_c2", "chat")
    stats = dataclasses.replace(c2_stats, quantile=0.9)  # the chat SLO's percentile
    bound = exegpt_group.latency_bound(request.slo, stats)
    tail = math.ceil(stats.output_quantile_tokens)
    assert bound.seconds == pytest.approx(2.5 + 0.15 * (tail - 1))
    assert bound.source.startswith("slo.ttft_s + slo.tpot_s")
    shape = exegpt_shape.solve(request, stats, roofline(request), 2)
    assert shape.feasible and "derived from the SLO's TTFT and TPOT" in shape.note
    per_group = shape.detail["per_group"]
    assert per_group["tail_ttft_s"] <= 2.5 and per_group["tail_tpot_s"] <= 0.15

    # A TPOT bound below the relaxation's optimum: the grid is enumerated under both.
    options = exegpt_group.exegpt_options(request)
    inst = exegpt.from_specs(request.model, request.cluster, stats, 1e6, 1, "any", options)
    relaxed = exegpt.dinkelbach_solve(inst, request.solver)
    _, tpot, _ = exegpt_group.tail_latencies(inst, relaxed.plan)
    tight = exegpt_group.LatencyBound(1e6, "test", None, 0.9 * tpot)
    group = exegpt_group.solve_group(inst, 1, tight, request.solver)
    assert group.method == "enumeration" and group.proven and group.plan is not None
    assert exegpt_group.tail_latencies(inst, group.plan)[1] <= 0.9 * tpot
    assert group.throughput_per_s < relaxed.objective
    best = max(
        a.throughput_per_s
        for p in exegpt.iter_schedules(inst)
        if (a := exegpt.assess(inst, p)).feasible
        and exegpt_group.tail_latencies(inst, p)[1] <= 0.9 * tpot
    )
    assert group.throughput_per_s == pytest.approx(best, rel=OBJECTIVE_RTOL)


@pytest.mark.parametrize(
    "plan",
    [RraSchedule(2, 4, 16, 8), WaaSchedule(1, 2, 2, 2, 8, 2)],
    ids=["rra", "waa"],
)
def test_detail_round_trip(plan) -> None:
    options = exegpt.ExeGptOptions(encoder_batches=[4, 8, 16], max_decode_iterations=8)
    detail = {
        "schema": exegpt_deploy.SCHEMA,
        "schedule": {"policy": plan.policy, **dataclasses.asdict(plan)},
        "group_gpus": 8,
        "num_groups": 2,
        "options": dataclasses.asdict(options),
        "latency_bound_s": 20.0,
    }
    back = json.loads(json.dumps(detail))
    assert exegpt_deploy.plan_from_detail(back) == plan
    deployed = exegpt_deploy.deployment_from_detail(back)
    assert (deployed.plan, deployed.group_gpus, deployed.copies) == (plan, 8, 2)
    assert deployed.options == options and deployed.num_gpus == 16
    first = next(iter(dataclasses.asdict(plan)))  # tp, or encode_tp
    bad = back | {"schedule": back["schedule"] | {first: 0}}
    with pytest.raises(ValueError, match=rf"detail\.schedule\.{first}: is 0"):
        exegpt_deploy.plan_from_detail(bad)
    with pytest.raises(ValueError, match=r"detail\.schema"):
        exegpt_deploy.plan_from_detail(back | {"schema": "other/1"})


@pytest.mark.parametrize("engine", ["vllm", "sglang"])
def test_waa_commands_use_flags_the_engine_defines(engine: str, c2_stats) -> None:
    """A WAA schedule on two 8-GPU groups: a prefill and a decode server per group (the
    group on its own node), the router, and every flag known to the release."""
    request = request_of("llama3.1-8b", "h100x16", "exegpt_c2", "exegpt", engine=engine)
    options = exegpt_group.exegpt_options(request)
    inst = exegpt.from_specs(
        request.model, request.cluster, c2_stats, 20.0, 8, "any", options, roofline(request)
    )
    plan = WaaSchedule(2, 1, 2, 3, 4, 2)
    deploy, note = exegpt_deploy.deploy_commands(request, c2_stats, inst, plan, 2)
    lines = deploy[engine]
    servers = [c for c in lines if "vllm serve" in c or "sglang.launch_server" in c]
    assert len(servers) == 4
    assert sum("prefill TP2xPP1 on" in c for c in lines) == 2
    assert any("decode TP2xPP3 on node 1 GPUs 2-7" in c for c in lines)
    assert "router" in lines[-2] and "--decode" in lines[-1]
    known = set(ENGINE_FLAGS[request.engine.label]["flags"])
    used = {w for c in servers for w in c.split() if w.startswith("--")}
    assert used - known == set()
    assert "B_m decode micro-batches" in note
    assert "disaggregation='{prefill: [{tp: 2, pp: 1" in deploy["servesolve"][0]
