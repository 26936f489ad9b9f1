"""The verified search (servesolve.verification) against its brute-force twin: every
memory-feasible candidate estimated, every plan within the GPU budget enumerated."""

from __future__ import annotations

import itertools

import pytest

from servesolve.planning import PlanRequest, capacity_estimator, plan
from servesolve.report import plan_json, render
from servesolve.specs import catalogue_entry
from servesolve.verification import replica_group

BUDGET = 2


def _request() -> PlanRequest:
    return PlanRequest.from_config(
        {
            "model": catalogue_entry("model", "llama3.1-8b"),
            "cluster": catalogue_entry("cluster", "h100x8"),
            "workload": catalogue_entry("workload", "exegpt_s"),
            "slo": catalogue_entry("slo", "chat"),
            "solver": catalogue_entry("solver", "highs"),
            "planner": {
                "gpu_budget": BUDGET,
                "cost_tables": "roofline",
                "candidates": {"max_num_seqs": [32, 128], "max_pp": 2},
                "check": {
                    "method": "verified",
                    "num_requests": 300,
                    "replications": 3,
                    "max_replications": 5,
                    "rel_tol": 0.04,
                    "epsilon": 0.1,
                },
            },
        }
    )


def _plans(gpus: dict[str, int], budget: int) -> list[dict[str, int]]:
    """Every multiset of candidates within ``budget`` GPUs (at least one replica)."""
    labels = sorted(gpus)
    plans = []
    ranges = [range(budget // gpus[c] + 1) for c in labels]
    for counts in itertools.product(*ranges):
        used = sum(k * gpus[c] for c, k in zip(labels, counts, strict=True))
        if 0 < used <= budget:
            plans.append({c: k for c, k in zip(labels, counts, strict=True) if k})
    return plans


@pytest.fixture(scope="module")
def verified():
    request = _request()
    return request, plan(request)


def test_the_bound_covers_every_plan_and_the_incumbent_is_the_best_lower_bound(verified) -> None:
    request, result = verified
    ver = result.verification
    assert ver is not None and ver.value <= ver.bound
    fits = result.candidates[
        result.candidates.memory_ok.astype(bool) & (result.candidates.num_gpus <= BUDGET)
    ]
    assert len(fits) >= 4
    # The twin: a fresh estimator on the same common random numbers, every candidate
    # estimated (with the replications the search gave it, else the default).
    twin = capacity_estimator(request)
    est = {
        c: twin.estimate(replica_group(fits.loc[c]), 1.0, replications=ver.replications.get(c, 0))
        for c in fits.index
    }
    gpus = {c: int(fits.at[c, "num_gpus"]) for c in fits.index}
    plans = _plans(gpus, BUDGET)
    best_high = max(sum(k * est[c].high for c, k in p.items()) for p in plans)
    # No plan's upper end exceeds the search's bound.
    assert best_high <= ver.bound * (1 + 1e-6) + 1e-9
    # The incumbent is the best plan over the estimated candidates' lower ends (the MILP's
    # brute-force twin), and its value is what the twin measures for it.
    estimated = [p for p in plans if set(p) <= set(ver.estimated)]
    assert ver.value == pytest.approx(
        max(sum(k * est[c].low for c, k in p.items()) for p in estimated), rel=1e-6
    )
    assert sum(k * est[c].low for c, k in ver.counts.items()) == pytest.approx(ver.value)
    if ver.converged:  # then within ε of every plan's upper end
        assert ver.value >= (1 - ver.epsilon) * best_high - 1e-9
    assert not ver.bound_violations
    # The search estimated fewer candidates than the twin: the point of the bounds.
    assert 1 <= len(ver.estimated) <= len(fits)


def test_the_report_states_the_claim_and_plan_json_carries_it(verified) -> None:
    _, result = verified
    ver = result.verification
    text = render(result)
    assert "Verified by simulation" in text and "Proven, in the simulator" in text
    assert f"ε = {ver.epsilon:.0%}" in text and "95% interval" in text
    assert "Routing assumption" in text
    data = plan_json(result)["verification"]
    assert data["epsilon"] == ver.epsilon and data["confidence"] == 0.95
    assert data["bound"] == pytest.approx(ver.bound) and data["value"] == pytest.approx(ver.value)
    assert set(data["capacities"]) >= {"milp"}
    milp = data["capacities"]["milp"]
    assert milp["low_per_s"] <= milp["capacity_per_s"] <= milp["high_per_s"]
    assert data["routing_check"] is None or data["routing_check"]["meets_slo"] in (True, False)
