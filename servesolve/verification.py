"""The verified search: the MILP over simulated capacity bounds, tightened until the plan
it prints is within ε of the simulator's best plan.

Every memory-feasible candidate config ``c`` carries an upper bound ``U_c`` and a lower
bound ``L_c`` on its SLO capacity in the simulator (:mod:`servesolve.capacity`):

* ``U_c`` starts as the saturated throughput of the largest batch cap of ``c``'s layout
  (its TP, PP, expert mode and layer split), which bounds every smaller cap of the layout
  when throughput grows with the batch cap; a candidate's own saturated throughput then
  bounds it and every smaller cap of its layout; once its capacity is estimated, the
  upper end of its interval.
* ``L_c`` is 0 until ``c``'s capacity is estimated, then the lower end of its interval.

Each round solves the MILP twice: over the upper bounds (its optimum ``Z_U`` bounds
every plan's simulated capacity; ties go to the mean-value model's best candidates) and
over the lower bounds (its plan is the incumbent, worth ``Z_L``). The search stops when
``Z_L >= (1 - ε) Z_U`` (for a cost objective: the incumbent costs at most ``(1 + ε)``
times the bound); else it tightens every candidate of the upper plan whose capacity is
not yet estimated (its own bound first, then its estimate) and solves again. When the
upper plan uses only estimated candidates and the gap is still above ε, the intervals
decide: the configs of the upper and the incumbent plans get two more replications each
(up to ``max_replications``), and the search stops when none can get more.

What is proven, given the simulator: the incumbent's capacity is at least ``Z_L`` and no
plan's exceeds ``Z_U``, when every interval used holds (each at the stated confidence)
and the saturation bounds hold (checked against every estimate; a violation is reported).
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from servesolve.capacity import CapacityEstimator
from servesolve.formulations.candidates import candidate_config
from servesolve.simulator import ReplicaGroupSpec
from servesolve.solver import SolveResult

#: Ties in the upper MILP go to the mean-value model's best candidates: their bound gets
#: this share of their modelled rate on top (it only loosens the bound).
TIE_BREAK = 1e-6

#: ``solve(rates)``: the run's MILP over the candidates with these per-replica rates; the
#: certificate and the plan's replica counts, or (None, {}) when it has no plan (no
#: candidate with a positive rate, or a target no plan meets).
SolveFn = Callable[[pd.Series], tuple[SolveResult | None, dict[str, int]]]


def replica_group(row: pd.Series) -> ReplicaGroupSpec:
    """The simulator's replica of a candidate row."""
    config = candidate_config(row)
    return ReplicaGroupSpec(
        config.tp,
        config.pp,
        int(row.max_num_seqs),
        1,
        config.ep,
        config.stage_layers,
        config.attn_dp,
    )


def _layout(row: pd.Series) -> tuple[Any, ...]:
    config = candidate_config(row)
    return (config.tp, config.pp, config.ep, config.stage_layers, config.attn_dp)


@dataclass
class Verification:
    """The outcome of a verified search."""

    counts: dict[str, int]
    certificate: SolveResult  # the incumbent's MILP (over the lower bounds)
    upper_certificate: SolveResult  # the MILP over the upper bounds
    value: float  # incumbent: capacity lower bound (req/s) or cost
    bound: float  # best any plan can do: capacity upper bound or least cost
    epsilon: float
    maximize: bool
    lower: dict[str, float]
    upper: dict[str, float]
    estimated: list[str]
    bounded: list[str]
    rounds: int
    simulations: int
    wall_s: float
    stop_reason: str
    bound_violations: list[str] = field(default_factory=list)
    replications: dict[str, int] = field(default_factory=dict)  # per estimated candidate

    @property
    def gap(self) -> float:
        """Relative distance between the incumbent and the bound."""
        if self.maximize:
            return (self.bound - self.value) / self.bound if self.bound > 0 else math.inf
        return (self.value - self.bound) / self.value if self.value > 0 else math.inf

    @property
    def converged(self) -> bool:
        return self.gap <= self.epsilon + 1e-12


def _objective(
    counts: Mapping[str, int], rates: Mapping[str, float], cost: Mapping[str, float], maximize: bool
) -> float:
    if maximize:
        return sum(k * rates[c] for c, k in counts.items())
    return sum(k * cost[c] for c, k in counts.items())


def verified_search(
    table: pd.DataFrame,
    estimator: CapacityEstimator,
    solve: SolveFn,
    maximize: bool,
    epsilon: float,
    max_rounds: int,
    cost_per_replica: Mapping[str, float],
    progress: Callable[[str], None] | None = None,
    most_replications: int = 10,
) -> Verification:
    """Run the search of the module docstring over ``table`` (memory-feasible candidate
    rows with the mean-value model's ``rate_per_s``, indexed by label);
    contested configs get up to ``most_replications`` replications."""
    start = time.perf_counter()
    sims0 = estimator.simulations
    say = progress or (lambda text: None)
    groups = {label: replica_group(row) for label, row in table.iterrows()}
    layouts = {label: _layout(row) for label, row in table.iterrows()}
    modelled = table["rate_per_s"].astype(float).clip(lower=0.0)
    by_layout: dict[tuple[Any, ...], list[str]] = {}
    for label in table.index:
        by_layout.setdefault(layouts[label], []).append(label)
    upper: dict[str, float] = {}
    biggest = {
        layout: max(labels, key=lambda c: groups[c].max_num_seqs)
        for layout, labels in by_layout.items()
    }
    say(f"bounding {len(biggest)} layouts (saturated throughput at their largest batch cap)")
    estimator.saturate([groups[c] for c in biggest.values()])
    for layout, labels in by_layout.items():
        bound = estimator.upper_bound(groups[biggest[layout]])
        for c in labels:
            upper[c] = bound
    own_bound: set[str] = set(biggest.values())
    lower = {c: 0.0 for c in table.index}
    estimated: list[str] = []
    violations: list[str] = []

    def tighten(labels: list[str]) -> None:
        """Tighten each of ``labels``: its own saturation bound first, then its estimate
        (the simulations of all of them run in parallel)."""
        to_bound = [c for c in labels if c not in own_bound]
        to_estimate = [c for c in labels if c in own_bound]
        if to_bound:
            say(f"bounding {len(to_bound)} candidate(s)")
            estimator.saturate([groups[c] for c in to_bound])
            for label in to_bound:
                bound = estimator.upper_bound(groups[label])
                b = groups[label].max_num_seqs
                for c in by_layout[layouts[label]]:
                    if groups[c].max_num_seqs <= b:
                        upper[c] = min(upper[c], bound)
                own_bound.add(label)
        if to_estimate:
            say(f"estimating {len(to_estimate)} candidate(s)")
            measure({c: 0 for c in to_estimate})
            estimated.extend(to_estimate)

    def measure(replications: dict[str, int]) -> None:
        """Estimate each label with its number of replications (0: the default)."""
        items = []
        for label, n in replications.items():
            guess = float(modelled[label]) if modelled[label] > 0 else 0.5 * upper[label]
            items.append((groups[label], guess, n))
        for label, est in zip(replications, estimator.estimate_many(items), strict=True):
            if label not in estimated and est.mean > upper[label] * (1 + 1e-9):
                violations.append(
                    f"{label}: estimated {est.mean:.3g} req/s above its saturation bound "
                    f"{upper[label]:.3g}"
                )
            upper[label] = est.high
            lower[label] = est.low

    rounds = 0
    incumbent: tuple[SolveResult | None, dict[str, int]] | None = None
    while True:
        rounds += 1
        up_rates = pd.Series(upper) + TIE_BREAK * modelled
        up_cert, up_counts = solve(up_rates)
        if up_cert is None or not up_counts:
            from servesolve.errors import InfeasibleError

            raise InfeasibleError(
                "planner.target_rate_per_s: no plan within the GPU budget can serve the target "
                "even at its candidates' simulated upper bounds; fix: raise planner.gpu_budget "
                "or lower the target rate"
            )
        # The solver's proven bound where it has one, else the plan's own value.
        z_upper = (
            up_cert.best_bound
            if math.isfinite(up_cert.best_bound)
            else _objective(up_counts, up_rates, cost_per_replica, maximize)
        )
        low_rates = pd.Series(lower)
        if (low_rates > 0).any():
            found = solve(low_rates)
            incumbent = found if found[0] is not None and found[1] else incumbent
        value = (
            _objective(incumbent[1], lower, cost_per_replica, maximize)
            if incumbent and incumbent[1]
            else (0.0 if maximize else math.inf)
        )
        done = (
            value >= (1 - epsilon) * z_upper - 1e-12
            if maximize
            else value <= (1 + epsilon) * z_upper + 1e-12
        )
        todo = [c for c in up_counts if c not in estimated]
        # Both plans' configs, estimated, with room for more replications.
        contested = [
            c
            for c in dict.fromkeys([*up_counts, *(incumbent[1] if incumbent else {})])
            if c in estimated and estimator.replications_of(groups[c]) < most_replications
        ]
        stop = ""
        if done and incumbent is not None:
            stop = f"gap within ε = {epsilon:.0%}"
        elif rounds >= max_rounds:
            stop = f"stopped after planner.check.max_rounds = {max_rounds} rounds"
        elif not todo and not contested:
            stop = (
                "every config of the bounding and the incumbent plans is estimated with "
                f"{most_replications} replications (planner.check.max_replications); more "
                "replications or longer runs (planner.check.num_requests) would narrow the gap"
            )
        if stop:
            break
        if todo:
            tighten(todo)
        else:  # the intervals decide: narrow them where they overlap
            say(f"replicating {len(contested)} contested config(s)")
            measure(
                {
                    c: min(most_replications, estimator.replications_of(groups[c]) + 2)
                    for c in contested
                }
            )
    if incumbent is None or not incumbent[1]:
        from servesolve.errors import InfeasibleError

        raise InfeasibleError(
            "planner.check: no candidate config met the SLO in simulation at any rate; fix: "
            "relax the SLO, or set planner.check.enabled=false to see the mean-value model's plan"
        )
    return Verification(
        counts=dict(incumbent[1]),
        certificate=incumbent[0],
        upper_certificate=up_cert,
        value=value,
        bound=z_upper,
        epsilon=epsilon,
        maximize=maximize,
        lower=lower,
        upper=upper,
        estimated=estimated,
        bounded=sorted(own_bound),
        rounds=rounds,
        simulations=estimator.simulations - sims0,
        wall_s=time.perf_counter() - start,
        stop_reason=stop,
        bound_violations=violations,
        replications={c: estimator.replications_of(groups[c]) for c in estimated},
    )


__all__ = ["Verification", "replica_group", "verified_search"]
