"""The parallelism formulation: hand-checked instances, exact node placement, the
min-bottleneck layer split, realistic instances priced by the cost model, infeasibility,
and the scaled instances. (The 30 seeded random instances against the brute force on
every backend are in ``test_formulation_twins.py``.)"""

from __future__ import annotations

import dataclasses
import itertools
import time

import numpy as np
import pandas as pd
import pytest

from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import min_bottleneck_split
from servesolve.formulations import parallelism as P
from servesolve.formulations.base import family_of
from servesolve.formulations.candidates import CandidateOptions, candidate_config
from servesolve.solver import SolverOptions, SolveStatus, available_backends, solve
from servesolve.specs import (
    catalogue_entry,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)

BACKENDS = available_backends()
#: Relative tolerance on objectives: backends certify optimality to ~1e-9 relative gap.
OBJECTIVE_RTOL = 1e-6
#: Gap a solve must certify.
MAX_GAP = 1e-6
#: Wall time the largest scaled instance may take on one backend (s); the contract says
#: "well under 60 s", these solve in well under a second.
SCALED_SOLVE_LIMIT_S = 10.0


def test_all_four_backends_installed() -> None:
    assert set(BACKENDS) == {"cp_sat", "scip", "highs", "cbc"}


def _candidates(rows: dict[str, tuple]) -> pd.DataFrame:
    cols = ["tp", "pp", "rate_per_s", "memory_need_gib", "ttft_s", "tpot_s", "e2e_s"]
    frame = pd.DataFrame.from_dict(rows, orient="index", columns=cols)
    return frame.assign(num_gpus=frame.tp * frame.pp)


# One 8-GPU node, 71.6 GiB usable per GPU, TTFT <= 2.5 s, TPOT <= 0.15 s.
#   pp5: TP1 x PP5, 5 GPUs, 20 req/s (4.0 per GPU)
#   pp3: TP1 x PP3, 3 GPUs, 12 req/s (4.0 per GPU)
#   tp2pp2: 4 GPUs, 15 req/s (3.75 per GPU)
#   tp8: 8 GPUs, 21 req/s
#   pp2: 2 GPUs, 11 req/s (5.5 per GPU, the best) but needs 80 GiB > 71.6: memory row
#   tp2: 2 GPUs, 9 req/s but TTFT 3.0 s > 2.5 s: SLO row
# max_goodput: pp5 + pp3 fill the node (5 + 3 = 8 GPUs, sizes outside any divisibility
# chain) for 32 req/s; 2 x tp2pp2 = 30, pp3 x 2 = 24 (+2 idle GPUs), tp8 = 21,
# pp5 + nothing of 3 else = 20. Optimum {pp5: 1, pp3: 1}, 32 req/s on 8 GPUs.
# min_cost for 20 req/s at $2/GPU-h: pp5 alone serves exactly 20 on 5 GPUs ($10/h);
# nothing on 4 GPUs reaches 20 (tp2pp2 = 15). Optimum {pp5: 1}, $10/h.
HAND = _candidates(
    {
        "pp5": (1, 5, 20.0, 60.0, 0.5, 0.06, 10.0),
        "pp3": (1, 3, 12.0, 65.0, 0.4, 0.06, 10.0),
        "tp2pp2": (2, 2, 15.0, 50.0, 0.3, 0.05, 10.0),
        "tp8": (8, 1, 21.0, 30.0, 0.2, 0.08, 10.0),
        "pp2": (1, 2, 11.0, 80.0, 0.4, 0.06, 10.0),
        "tp2": (2, 1, 9.0, 70.0, 3.0, 0.04, 10.0),
    }
)


def _hand(**kw) -> P.ParallelismInstance:
    args = dict(
        candidates=HAND,
        usable_gib=71.6,
        gpu_budget=8,
        gpus_per_node=8,
        num_nodes=1,
        ttft_bound_s=2.5,
        tpot_bound_s=0.15,
    )
    return P.ParallelismInstance(**(args | kw))


@pytest.mark.parametrize("backend", BACKENDS)
def test_hand_checked_max_goodput(backend: str) -> None:
    inst = _hand()
    best = P.brute_force(inst)
    assert best is not None and best.plan == {"pp5": 1, "pp3": 1}
    assert best.objective == pytest.approx(32.0, rel=OBJECTIVE_RTOL)
    result = P.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert result.plan == {"pp5": 1, "pp3": 1}
    assert result.gap <= MAX_GAP
    assert P.placement(inst, result.plan) == [["pp5", "pp3"]]


@pytest.mark.parametrize("backend", BACKENDS)
def test_hand_checked_min_cost(backend: str) -> None:
    inst = _hand(objective="min_cost", target_rate_per_s=20.0, price_per_gpu_hour_usd=2.0)
    best = P.brute_force(inst)
    assert best is not None and best.plan == {"pp5": 1}
    result = P.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert result.plan == {"pp5": 1}
    # $10/h minus the tie-break eps x 20 req/s, eps = price / (2 x 5.5 req/s/GPU x 8 GPUs)
    assert result.objective == pytest.approx(10.0 - 2.0 / (2 * 5.5 * 8) * 20.0, rel=OBJECTIVE_RTOL)
    assert P.evaluate(inst, result.plan) == pytest.approx(result.objective, rel=OBJECTIVE_RTOL)


def test_distinct_config_limit_and_budget() -> None:
    # One config only: 2 x tp2pp2 (30) beats 2 x pp3 (24) and tp8 (21).
    assert P.brute_force(_hand(max_distinct_configs=1)).plan == {"tp2pp2": 2}
    # 7 GPUs: pp5 + nothing (20) < tp2pp2 + pp3 (27) = the optimum.
    assert P.brute_force(_hand(gpu_budget=7)).plan == {"tp2pp2": 1, "pp3": 1}
    for backend in BACKENDS:
        got = P.FORMULATION.solve(_hand(gpu_budget=7), SolverOptions(backend=backend)).plan
        assert got == {"tp2pp2": 1, "pp3": 1}


def test_rows_are_named_in_their_families() -> None:
    prob = P.build(_hand())
    names = [row.name for row in prob.constraints()]
    assert {family_of(n) for n in names} == {"structure", "memory", "slo", "gpus"}
    assert "memory__pp2" in names and "slo__tp2_ttft" in names and "gpus__budget" in names
    # the memory row is in GiB, the SLO row in seconds
    assert prob.get_constraint_by_name("memory__pp2").constant == pytest.approx(-71.6)
    assert prob.get_constraint_by_name("slo__tp2_ttft").constant == pytest.approx(-2.5)


def test_infeasible_instances_are_infeasible_everywhere() -> None:
    too_fast = _hand(objective="min_cost", target_rate_per_s=40.0)  # 8 GPUs serve <= 32
    no_memory = _hand(usable_gib=20.0)  # every candidate needs more than 20 GiB
    for inst in (too_fast, no_memory):
        assert P.brute_force(inst) is None
        for backend in BACKENDS:
            result = P.FORMULATION.solve(inst, SolverOptions(backend=backend))
            assert result.plan is None and result.certificate.status is SolveStatus.INFEASIBLE


def test_decode_round_trip() -> None:
    inst = _hand()
    counts = {"pp5": 1, "pp3": 1}
    values = P.hint_values(inst, counts)
    assert P.decode(inst, values) == counts
    assert values["y_pp5"] == 1 and values["y_tp8"] == 0
    # the hint is a complete feasible point: every row holds
    prob = P.build(inst)
    for var in prob.variables():
        var.setInitialValue(values[var.name])
    assert all(row.valid(1e-9) for row in prob.constraints())
    assert P.evaluate(inst, counts) == pytest.approx(P.brute_force(inst).objective)


def test_bad_instance_data_is_refused() -> None:
    with pytest.raises(ValueError, match="num_gpus must be tp x pp"):
        _hand(candidates=HAND.assign(num_gpus=3))
    with pytest.raises(ValueError, match="NVLink"):
        _hand(nvlink_domain_gpus=4)  # tp8 cannot sit inside a 4-GPU domain
    with pytest.raises(ValueError, match="target_rate_per_s"):
        _hand(objective="min_cost")
    with pytest.raises(ValueError, match="fill whole nodes"):
        _hand(candidates=_candidates({"x": (4, 3, 1.0, 1.0, 0.1, 0.01, 1.0)}), num_nodes=2)
    # PuLP rewrites '-' in variable names: such a label would decode as an empty plan.
    with pytest.raises(ValueError, match="label 'tp1-b8'"):
        _hand(candidates=HAND.rename(index={"pp5": "tp1-b8"}))


# ---- placement on nodes --------------------------------------------------------------
def test_placement_is_exact_where_first_fit_fails() -> None:
    # 4 + 3 + 3 + 2 + 2 + 2 = 16 GPUs on two 8-GPU nodes: first-fit decreasing puts 4+3
    # on node 0 and strands a 2; the exact search finds {4, 2, 2} + {3, 3, 2}.
    shapes = [(4, 1), (1, 3), (1, 3), (2, 1), (2, 1), (2, 1)]
    nodes = P.place(shapes, 2, 8, 8)
    assert nodes is not None
    assert sorted(sorted(shapes[i][0] * shapes[i][1] for i in n) for n in nodes) == [
        [2, 2, 4],
        [2, 3, 3],
    ]
    assert P.place([*shapes, (1, 1)], 2, 8, 8) is None  # 17 GPUs
    assert P.packs_on_nodes([4, 2, 2], 1, 8) and not P.packs_on_nodes([4, 4, 2], 1, 8)
    assert P.packs_on_nodes([16], 2, 8) and not P.packs_on_nodes([16, 1], 2, 8)
    assert not P.packs_on_nodes([12], 2, 8)  # neither fits a node nor fills whole nodes


def test_placement_keeps_tp_groups_inside_nvlink_domains() -> None:
    # Two 4-GPU NVLink domains per 8-GPU node: TP2 x PP3 (groups 2, 2, 2) next to a TP2
    # fits; a TP4 group needs a whole free domain.
    assert P.fits_one_node([(2, 3), (2, 1)], 8, 4)
    assert P.fits_one_node([(4, 1), (2, 2)], 8, 4)
    assert not P.fits_one_node([(4, 1), (4, 1), (1, 1)], 8, 4)
    assert P.place([(4, 1), (1, 2), (2, 1), (4, 1)], 2, 8, 4) is not None


def test_node_patterns_match_explicit_packing() -> None:
    """Every multiset that fits a node lies inside a maximal pattern, and each pattern fits."""
    per_node, domain = 8, 4
    kinds = [(1, 1), (1, 3), (2, 1), (2, 3), (4, 1), (4, 2)]
    patterns = P.node_patterns(kinds, per_node, domain)
    for pattern in patterns:
        shapes = [k for k, c in pattern.items() for _ in range(c)]
        assert P.fits_one_node(shapes, per_node, domain)
    for counts in itertools.product(range(3), repeat=len(kinds)):
        shapes = [k for k, c in zip(kinds, counts, strict=True) for _ in range(c)]
        inside = any(
            all(p.get(k, 0) >= c for k, c in zip(kinds, counts, strict=True)) for p in patterns
        )
        assert inside == P.fits_one_node(shapes, per_node, domain), counts
    assert len(P.node_patterns(list(range(1, 9)), 8, 8)) == 22  # partitions of 8


# ---- min-bottleneck layer split ------------------------------------------------------
def _compositions(total: int, parts: int):
    for cuts in itertools.combinations(range(1, total), parts - 1):
        bounds = (0, *cuts, total)
        yield tuple(b - a for a, b in itertools.pairwise(bounds))


def test_min_bottleneck_split_equals_brute_force() -> None:
    rng = np.random.default_rng(0)
    for _ in range(200):
        pp = int(rng.integers(1, 5))
        layers = int(rng.integers(pp, 13))
        per_layer = float(rng.uniform(0.1, 1.0))
        extra = [float(v) for v in rng.uniform(0.0, 3.0, size=pp)]
        split = min_bottleneck_split(layers, per_layer, extra)
        assert sum(split) == layers and min(split) >= 1

        def bottleneck(s, per_layer=per_layer, extra=extra):
            return max(c * per_layer + x for c, x in zip(s, extra, strict=True))

        best = min(bottleneck(s) for s in _compositions(layers, pp))
        assert bottleneck(split) == pytest.approx(best, rel=1e-12)


def test_end_stages_get_fewer_layers() -> None:
    # the LM head costs 1.6 layers, the embedding 0.3: 80 layers on 4 stages
    assert min_bottleneck_split(80, 1.0, [0.3, 0.0, 0.0, 1.6]) == (20, 21, 20, 19)
    with pytest.raises(ValueError, match="fewer pipeline stages"):
        min_bottleneck_split(2, 1.0, [0.0, 0.0, 0.0])


# ---- realistic instances -------------------------------------------------------------
STATS = WorkloadStats(
    num_requests=2000,
    quantile=0.9,
    mean_input_tokens=560.0,
    mean_output_tokens=293.0,
    mean_prefill_pairs=250_000.0,
    mean_running_context_tokens=850.0,
    input_quantile_tokens=1100.0,
    output_quantile_tokens=600.0,
    max_input_tokens=2000,
    max_output_tokens=1000,
    arrival_rate_per_s=2.0,
)
OPTIONS = CandidateOptions(max_num_seqs=[64, 256, 1024])


def _specs(model: str):
    return (
        model_from_config(catalogue_entry("model", model)),
        cluster_from_config(catalogue_entry("cluster", "h100x8")),
        slo_from_config(catalogue_entry("slo", "chat")),
    )


@pytest.fixture(scope="module")
def llama_instance() -> P.ParallelismInstance:
    model, cluster, slo = _specs("llama3.1-70b")
    return P.from_specs(model, cluster, STATS, slo, OPTIONS)


def test_realistic_llama70b_plan_makes_sense(llama_instance) -> None:
    inst = llama_instance
    cand = inst.candidates
    # nothing was dropped: TP1 x PP1 (140 GiB of weights) is in the MILP, ruled out by its row
    assert cand.at["tp1_pp1_b64", "memory_need_gib"] > inst.usable_gib
    assert any("_s" in label for label in cand.index)  # uneven layer splits were priced
    result = P.FORMULATION.solve(inst, SolverOptions(backend="highs"))
    plan = result.plan
    assert plan and result.gap <= MAX_GAP
    assert P.evaluate(inst, plan) == pytest.approx(result.objective, rel=OBJECTIVE_RTOL)
    gpus = sum(int(cand.at[c, "num_gpus"]) * k for c, k in plan.items())
    assert gpus <= 8
    for label in plan:
        assert cand.at[label, "memory_need_gib"] <= inst.usable_gib
        assert cand.at[label, "ttft_s"] <= 2.5 and cand.at[label, "tpot_s"] <= 0.15
    # at least as good as filling the node with the best single config
    single = max(
        cand.at[c, "rate_per_s"] * (8 // cand.at[c, "num_gpus"])
        for c in cand.index
        if P.evaluate(inst, {c: 1}) is not None
    )
    assert result.objective >= single * (1 - OBJECTIVE_RTOL)


def test_realistic_mixtral_prices_both_expert_modes() -> None:
    model, cluster, slo = _specs("mixtral-8x7b")
    inst = P.from_specs(model, cluster, STATS, slo, CandidateOptions(max_num_seqs=[256]))
    labels = list(inst.candidates.index)
    assert "tp4_pp1_ep1_b256" in labels and "tp4_pp1_ep4_b256" in labels
    ep1 = candidate_config(pd.Series({"tp": 4, "pp": 1, "ep": 4, "stage_layers": "32"}))
    assert ep1.ep == 4 and ep1.stage_layers == (32,)
    # same weights either way (E/ep whole experts = E experts split tp ways), other rates
    rates = inst.candidates.loc[["tp4_pp1_ep1_b256", "tp4_pp1_ep4_b256"]]
    assert rates.memory_need_gib.nunique() == 1
    assert rates.rate_per_s.iloc[0] != rates.rate_per_s.iloc[1]
    result = P.FORMULATION.solve(inst, SolverOptions(backend="cp_sat"))
    assert result.plan and result.gap <= MAX_GAP


def test_an_infeasible_realistic_instance_is_explained_by_its_rows(llama_instance) -> None:
    """A 1 GiB memory budget: every memory row is violated; relaxing the memory family
    (what ``solver.infeasibility`` does) makes it feasible, relaxing the SLO does not."""
    inst = dataclasses.replace(llama_instance, usable_gib=1.0)
    prob = P.build(inst)
    assert solve(prob, SolverOptions(backend="highs")).status is SolveStatus.INFEASIBLE
    for family, expect in (("slo", SolveStatus.INFEASIBLE), ("memory", SolveStatus.OPTIMAL)):
        relaxed = P.build(inst)
        for row in relaxed.constraints():
            if family_of(row.name) == family:
                row.constant -= 1e4  # a generous slack in the row's unit
        assert solve(relaxed, SolverOptions(backend="highs")).status is expect, family


# ---- scaled instances ----------------------------------------------------------------
@pytest.mark.parametrize("backend", BACKENDS)
def test_largest_scaled_instance_solves_fast(backend: str) -> None:
    size = max(P.FORMULATION.scaling_sizes)
    inst = P.scaled_instance(size, np.random.default_rng(0))
    assert inst.num_nodes * inst.gpus_per_node == size
    assert len(inst.patterns) == 22
    start = time.perf_counter()
    result = P.FORMULATION.solve(inst, SolverOptions(backend=backend))
    assert time.perf_counter() - start < SCALED_SOLVE_LIMIT_S
    assert result.plan and result.gap <= 1e-5  # CBC reports its bound to ~6 digits
    assert P.evaluate(inst, result.plan) == pytest.approx(result.objective, rel=OBJECTIVE_RTOL)
    again = P.scaled_instance(size, np.random.default_rng(0))
    assert again.candidates.equals(inst.candidates)  # deterministic for a seed


def test_batch_caps_go_on_to_what_memory_holds() -> None:
    from servesolve.formulations.candidates import batch_caps, price_candidates

    listed = CandidateOptions(max_num_seqs=[64, 256])
    assert batch_caps(listed, 10_000) == [64, 256]  # off: the list, as given
    on = dataclasses.replace(listed, max_num_seqs_to_memory=True)
    assert batch_caps(on, 1000) == [64, 256, 384, 576, 864, 992]
    # The list stays, even above the limit, and the limit itself joins it.
    assert batch_caps(on, 200) == [64, 192, 256]
    model, cluster, slo = _specs("llama3.1-70b")
    cand = price_candidates(model, cluster, STATS, slo, on, space="parallelism")
    for (tp, pp), rows in cand[cand.split == "even"].groupby(["tp", "pp"]):
        fits = rows[rows.memory_ok.astype(bool)]
        if fits.empty:
            continue
        # The largest cap that fits is the memory limit (rounded down to 16): one more
        # step of 16 sequences would not fit.
        top = int(fits.max_num_seqs.max())
        per_seq = STATS.mean_running_context_tokens
        assert (top + 16) * per_seq > fits.kv_capacity_tokens.iloc[0] or top <= 256, (tp, pp)
    assert cand.max_num_seqs.max() > 1024
