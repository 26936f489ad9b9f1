"""Check plans in the simulator: do they meet the SLO at the rate the MILP claims?

The MILP prices each replica with a mean-value model; queueing and tails are what it
approximates. Each plan (the optimum and every feasible heuristic) is simulated with
the workload's request lengths arriving as a Poisson process at the plan's predicted
SLO-meeting throughput (enough of them that the second half of the arrival window,
where throughput is measured, outlasts a request), under the serving engine's scheduler
(``policy: engine``, the default; or an explicit policy) with the plan's token budget. The
simulated percentiles are compared with the SLO's bounds.

One engine and one cost model serve plan, simulate and replay: :func:`engine_cost_model`
builds the cost model of a run (``cost_model_for`` with the run's engine and cost tables)
and :func:`policy_fields` turns a policy choice into the ``SimulationSpec`` fields.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
import pandas as pd
from pydantic import Field
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.costs.roofline import RooflineCostModel
from servesolve.errors import InfeasibleError, SpecError
from servesolve.progress import progress_bar
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec, simulate
from servesolve.simulator.engine import CostModelTimer, Engine
from servesolve.simulator.metrics import slo_met
from servesolve.simulator.policies.base_policy import IterationPlan
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec
from servesolve.specs.validation import SPEC_CONFIG
from servesolve.workloads import ArrivalSpec, WorkloadSpec, sample_requests
from servesolve.workloads.arrivals import generate_arrival_times_s

#: A plan whose steady throughput stays below this share of the arrivals it received over
#: the same window, by more than the in-flight count's fluctuation, is unstable (its queue
#: grows; see ``keeps_up``).
STABLE_FRACTION = 0.95
#: Cap on one check's requests (a run of a few seconds).
MAX_CHECK_REQUESTS = 20_000
#: Plans of up to this many replicas are simulated whole, behind the router; a larger
#: plan as one replica per distinct config at its share of the rate (see ``check_plan``).
WHOLE_PLAN_CHECK_REPLICAS = 16


def slo_percentiles(requests: pd.DataFrame, slo: SloSpec) -> tuple[float, float, float]:
    """The SLO's percentile TTFT, TPOT (0 when no request decodes) and E2E of a run's
    request table."""
    q = slo.quantile
    tpot = requests["tpot_s"].dropna()
    return (
        float(requests["ttft_s"].quantile(q)),
        float(tpot.quantile(q)) if len(tpot) else 0.0,
        float(requests["e2e_s"].quantile(q)),
    )


def steady_rates(metrics: Mapping[str, float]) -> tuple[float, float]:
    """A simulated open-loop run's completions and arrivals per second over its steady
    window (the second half of the arrival window; the whole run when it has none)."""
    done = float(metrics.get("steady_throughput_rps", metrics["throughput_rps"]))
    arrived = float(metrics.get("steady_arrival_rps", done))
    return done, arrived


#: Times at which the in-flight count is sampled over the steady window.
IN_FLIGHT_SAMPLES = 64


def keeps_up(requests: pd.DataFrame) -> bool:
    """Whether a simulated open-loop run's completions keep up with its arrivals over
    the steady window (the second half of the arrival window).

    The window's arrivals minus its completions is the growth of the number of requests
    in flight, N(end) - N(start). A queue that grows makes it large and N(t) a ramp; a
    stable plan only makes it fluctuate, by several per cent of the window's arrivals when
    many requests are in flight (N ~ rate x E2E) against few in the window. So the run
    keeps up unless the growth exceeds both ``1 - STABLE_FRACTION`` of the window's
    arrivals and the fluctuation of N: 2 sqrt(2) standard deviations of N(t) sampled over
    the window. A linear ramp of height G has a standard deviation of G / sqrt(12), so it
    fails the second test whatever its height (0.82 G < G)."""
    arrival = np.sort(requests["arrival_time_s"].to_numpy())
    finish = np.sort(requests["finish_time_s"].to_numpy())
    first, last = float(arrival[0]), float(arrival[-1])
    start = first + (last - first) / 2
    if last <= start:
        return True  # every request at once: no arrival window to keep up with
    times = np.linspace(start, last, IN_FLIGHT_SAMPLES)
    in_flight = np.searchsorted(arrival, times, side="right") - np.searchsorted(
        finish, times, side="right"
    )
    arrived = int(np.searchsorted(arrival, last, side="right") - np.searchsorted(arrival, start))
    growth = int(in_flight[-1] - in_flight[0])
    allowance = max((1 - STABLE_FRACTION) * arrived, 2 * math.sqrt(2) * float(in_flight.std()))
    return growth <= allowance


def slo_misses(ttft_s: float, tpot_s: float, e2e_s: float, slo: SloSpec) -> list[str]:
    """The SLO bounds (``ttft``, ``tpot``, ``e2e``) these percentiles exceed."""
    bounds = (("ttft", ttft_s, slo.ttft_s), ("tpot", tpot_s, slo.tpot_s), ("e2e", e2e_s, slo.e2e_s))
    return [name for name, value, bound in bounds if bound is not None and value > bound]


#: ``policy: engine``: simulate with the engine's own scheduler (``EngineSpec.scheduler``).
ENGINE_POLICY = "engine"
PolicyChoice = Literal["engine", "continuous", "chunked_prefill", "static", "rra"]


def engine_of(cfg: Mapping[str, Any]) -> EngineSpec:
    """The ``engine`` entry of a config (default: vLLM, ``conf/engine/vllm.yaml``)."""
    from servesolve.specs.catalog import engine_from_config, load_engine

    data = cfg.get("engine")
    return engine_from_config(data) if data else load_engine("vllm")


def policy_fields(policy: str, engine: EngineSpec) -> dict[str, Any]:
    """``SimulationSpec`` keyword fields of a policy choice: ``engine``, the engine's
    scheduler with its CUDA-graph padding and memory reserves; an explicit policy
    (continuous, chunked_prefill, static, rra) runs exactly as before, without the engine.
    """
    return {"policy": policy} if policy != ENGINE_POLICY else {"engine": engine}


def policy_label(policy: str, engine: EngineSpec) -> str:
    """What a policy choice simulates, in words: ``vllm_v1 scheduler of vllm 0.19.0`` or
    ``static``."""
    return f"{engine.scheduler} scheduler of {engine.label}" if policy == ENGINE_POLICY else policy


def with_engine_defaults(
    options: dict[str, Any] | None, engine: EngineSpec, keys: tuple[str, ...]
) -> dict[str, Any]:
    """``options`` with each of ``keys`` that is missing or null set to the engine's value."""
    out = dict(options or {})
    for key in keys:
        if out.get(key) is None:
            out[key] = getattr(engine, key)
    return out


def effective_engine(
    engine: EngineSpec, max_num_batched_tokens: int, gpu_memory_utilization: float
) -> EngineSpec:
    """``engine`` with the run's resolved token budget and memory share, so that the
    simulator's engine and the cost model see the values the run uses."""
    return dataclasses.replace(
        engine,
        max_num_batched_tokens=max_num_batched_tokens,
        gpu_memory_utilization=gpu_memory_utilization,
    )


def engine_cost_model(
    model: ModelSpec,
    cluster: ClusterSpec,
    iteration_overhead_s: float,
    cost_tables: str,
    engine: EngineSpec,
    field: str = "planner.cost_tables",
) -> RooflineCostModel:
    """The cost model of one run: ``cost_model_for`` with the run's tables and engine (the
    one place plan, simulate and replay build it); a bad tables root is a user error."""
    from servesolve.costs.table_model import cost_model_for
    from servesolve.costs.tables import CostTableError

    try:
        return cost_model_for(model, cluster, iteration_overhead_s, cost_tables, engine=engine)
    except CostTableError as exc:  # "cost_tables: PROBLEM; fix: FIX"
        problem, _, fix = str(exc).partition("; fix: ")
        raise SpecError(
            field,
            problem.removeprefix("cost_tables: "),
            fix or "use auto, roofline or a profiled root",
        ) from None


@spec_dataclass(config=SPEC_CONFIG)
class CapacityOptions:
    """How SLO capacities are estimated by simulation (``servesolve.capacity``)."""

    replications: int = Field(
        default=3, ge=2, le=50, description="independent replications (seeds) per capacity"
    )
    max_replications: int = Field(
        default=10,
        ge=2,
        le=50,
        description="replications a search may add to the configs it cannot tell apart "
        "(at least replications)",
    )
    confidence: float = Field(
        default=0.95, gt=0, lt=1, description="confidence of each capacity's Student-t interval"
    )
    rel_tol: float = Field(
        default=0.02, gt=0, lt=0.5, description="relative width at which a bisection stops"
    )
    num_requests: int = Field(
        default=1000,
        gt=0,
        le=MAX_CHECK_REQUESTS,
        description="requests per capacity run: at least this and five batch caps (up to 20,000)",
    )
    warmup_fraction: float = Field(
        default=0.2, ge=0, lt=0.9, description="share of each run's arrivals not measured"
    )
    seed: int = Field(default=0, ge=0, description="seed of the replications (seeds [seed, r])")
    workers: int = Field(
        default=0,
        ge=0,
        description="processes running independent simulations (0: one per CPU); the "
        "results do not depend on it",
    )
    policy: PolicyChoice = Field(
        default="engine",
        description="engine (the engine's scheduler), continuous, chunked_prefill, static or rra",
    )

    def describe(self, adaptive: bool = False) -> str:
        """The method in one line, for outputs (``adaptive``: a search that adds
        replications up to ``max_replications``)."""
        most = max(self.replications, self.max_replications)
        count = f"{self.replications} to {most}" if adaptive else f"{self.replications}"
        return (
            f"SLO capacity = highest Poisson rate meeting the SLO after a {self.warmup_fraction:.0%} "
            f"warm-up, bisected to {self.rel_tol:.0%} below the saturated throughput; mean of "
            f"{count} replications (common random numbers: seeds [{self.seed}, r]) with a "
            f"{self.confidence:.0%} Student-t interval"
        )


@spec_dataclass(config=SPEC_CONFIG)
class CheckOptions(CapacityOptions):
    """How ``servesolve plan`` verifies plans in the simulator: each candidate's SLO
    capacity is estimated by simulation (``servesolve.capacity``) and the search stops
    when the plan is within ``epsilon`` of the best any plan can reach
    (``servesolve.verification``)."""

    enabled: bool = Field(
        default=True,
        description="check plans by simulation (false: trust the mean-value model's rates alone)",
    )
    method: Literal["repair", "verified"] = Field(
        default="repair",
        description=(
            "repair: simulate each plan at its modelled rate, derate and re-solve when it misses; "
            "verified: price candidates by simulated SLO capacity until the plan is within epsilon "
            "of the simulator's best"
        ),
    )
    num_requests: int = Field(
        default=2000,
        gt=0,
        le=MAX_CHECK_REQUESTS,
        description="least requests per simulated run (repair: more when requests are long; "
        "verified: at least five batch caps; up to 20,000)",
    )
    repair_rounds: int = Field(
        default=5,
        ge=0,
        description="repair: times a plan that misses the SLO in simulation is derated and re-solved",
    )
    challenges: int = Field(
        default=2,
        ge=0,
        description="repair, after a derated plan meets the SLO: most re-solves with every layout "
        "not simulated yet at the model's rate, each challenger simulated (it replaces the plan when "
        "it meets the SLO)",
    )
    epsilon: float = Field(
        default=0.05,
        gt=0,
        lt=1,
        description="stop when the plan's capacity is within this share of the best bound",
    )
    max_rounds: int = Field(default=40, ge=1, description="most bound-and-verify rounds")
    router: Literal["round_robin", "least_outstanding_tokens"] = Field(
        default="least_outstanding_tokens",
        description="router of the whole-plan simulation (round_robin or least_outstanding_tokens)",
    )


#: Fields of ``CheckOptions`` that it takes from ``CapacityOptions``.
CAPACITY_FIELDS = tuple(CapacityOptions.__dataclass_fields__)


@dataclass(frozen=True)
class SimulationCheck:
    """A plan's simulated behaviour at its predicted SLO-meeting rate."""

    plan_name: str
    rate_per_s: float
    throughput_per_s: float  # steady-state completions per second
    num_requests: int
    ttft_s: float
    tpot_s: float
    e2e_s: float
    slo_attainment: float
    misses: tuple[
        str, ...
    ]  # bounds whose simulated percentile exceeds the SLO; "throughput" if unstable
    # Replicas simulated: all of the plan's, or one per distinct config (a plan of more
    # than WHOLE_PLAN_CHECK_REPLICAS; its percentiles are then the worst config's).
    replicas_simulated: int = 0
    replicas: int = 0
    # arrivals the runs realised over the steady window, per second (the Poisson
    # draw's, near rate_per_s); the stability test compares throughput with these
    arrival_per_s: float = 0.0

    @property
    def meets_slo(self) -> bool:
        return not self.misses


class ProgressTimer(CostModelTimer):
    """The cost model's clock, advancing ``bar`` (a tqdm bar counting simulated seconds)
    to the simulated time, up to ``until_s``; it moves about 200 times over a run."""

    def __init__(self, bar: Any, until_s: float) -> None:
        self.bar = bar
        self.until_s = max(until_s, 0.0)
        self._step = self.until_s / 200 if self.until_s > 0 else math.inf
        self.shown_s = 0.0  # simulated time the bar shows

    def _show(self, now_s: float) -> None:
        now_s = min(now_s, self.until_s)
        self.bar.update(now_s - self.shown_s)
        self.shown_s = now_s

    def duration_s(self, engine: Engine, plan: IterationPlan, now_s: float) -> float:
        if now_s - self.shown_s >= self._step:
            self._show(now_s)
        return super().duration_s(engine, plan, now_s)

    def finish(self) -> None:
        """Fill the bar: the run is over."""
        self._show(self.until_s)


def poisson_requests(
    workload: WorkloadSpec, rate_per_s: float, num: int, seed: int
) -> pd.DataFrame:
    """``num`` requests with the workload's lengths (resampled with replacement when the
    workload has fewer) arriving as a Poisson process at ``rate_per_s``."""
    base = sample_requests(workload, seed=seed)[["input_tokens", "output_tokens"]]
    lengths = (
        base.iloc[:num] if num <= len(base) else base.sample(n=num, replace=True, random_state=seed)
    )
    rng = np.random.default_rng(seed)
    arrivals = generate_arrival_times_s(
        ArrivalSpec(process="poisson", rate_per_s=rate_per_s), num, rng
    )
    return lengths.reset_index(drop=True).assign(arrival_time_s=arrivals)


def check_plan(
    plan_name: str,
    groups: list[ReplicaGroupSpec],
    rate_per_s: float,
    predicted_e2e_s: float,
    model: ModelSpec,
    cluster: ClusterSpec,
    workload: WorkloadSpec,
    slo: SloSpec,
    max_num_batched_tokens: int,
    options: CheckOptions,
    iteration_overhead_s: float,
    gpu_memory_utilization: float,
    runtime_reserve_gib: float,
    cost_model: RooflineCostModel | None = None,
    engine: EngineSpec | None = None,
    replica_rates: Sequence[float] | None = None,
) -> SimulationCheck:
    """Simulate ``groups`` at a Poisson ``rate_per_s`` and compare with the SLO.

    A plan of up to ``WHOLE_PLAN_CHECK_REPLICAS`` replicas (or without ``replica_rates``)
    runs whole, behind ``options.router``. A larger one runs as one replica per group,
    each at its share of ``rate_per_s`` in proportion to ``replica_rates`` (the modelled
    rate of one replica of each group): random splitting of a Poisson stream gives each
    replica an independent Poisson share, and a load-aware router can only do better.
    The plan's throughput is then the sum over replicas, its percentiles the worst
    group's (a mixture's percentile never exceeds its worst component's), its attainment
    the rate-weighted mean. Each run is as long as a whole-plan check would be per
    replica, so the check costs the same at 16 or 1,024 replicas.

    ``engine``: the serving engine (needed by ``options.policy == "engine"``; default
    vLLM). ``cost_model``: the plan's (None: the simulator's roofline).
    """
    if engine is None:
        from servesolve.specs.catalog import load_engine

        engine = load_engine("vllm")
    replicas = sum(g.count for g in groups)
    if replicas <= WHOLE_PLAN_CHECK_REPLICAS or replica_rates is None:
        runs = [(list(groups), rate_per_s, 1)]
    else:
        weights = [r if r > 0 else 0.0 for r in replica_rates]
        if sum(w * g.count for w, g in zip(weights, groups, strict=True)) <= 0:
            weights = [1.0] * len(groups)
        total = sum(w * g.count for w, g in zip(weights, groups, strict=True))
        runs = [
            ([dataclasses.replace(g, count=1)], rate_per_s * w / total, g.count)
            for g, w in zip(groups, weights, strict=True)
            if w > 0
        ]
    spec = SimulationSpec(
        model,
        cluster,
        tuple(groups),
        **policy_fields(options.policy, engine),
        max_num_batched_tokens=max_num_batched_tokens,
        router=options.router,
        iteration_overhead_s=iteration_overhead_s,
        gpu_memory_utilization=gpu_memory_utilization,
        runtime_reserve_gib=runtime_reserve_gib,
    )
    outcomes = [
        _simulate_check(
            plan_name,
            dataclasses.replace(spec, replicas=tuple(run_groups)),
            rate,
            predicted_e2e_s,
            workload,
            slo,
            options,
            cost_model,
            f"{plan_name} ({replicas} replicas, {{num}} requests)"
            if len(runs) == 1 and copies == 1
            else f"{plan_name} (1 of {copies} TP{run_groups[0].tp}xPP{run_groups[0].pp} "
            f"b{run_groups[0].max_num_seqs} replica(s), {{num}} requests)",
        )
        for run_groups, rate, copies in runs
    ]
    copies = [c for _, _, c in runs]
    ttft = max(o.ttft_s for o in outcomes)
    tpot = max(o.tpot_s for o in outcomes)
    e2e = max(o.e2e_s for o in outcomes)
    misses = slo_misses(ttft, tpot, e2e, slo)
    steady = sum(k * o.steady_per_s for k, o in zip(copies, outcomes, strict=True))
    arrived = sum(k * o.arrival_per_s for k, o in zip(copies, outcomes, strict=True))
    if not all(o.keeps_up for o in outcomes):
        misses.append("throughput")  # a queue grows: the percentiles would worsen with time
    offered = sum(k * rate for (_, rate, k) in runs)
    attained = (
        outcomes[0].attained
        if len(runs) == 1
        else sum(k * rate * o.attained for (_, rate, k), o in zip(runs, outcomes, strict=True))
        / offered
    )
    return SimulationCheck(
        plan_name=plan_name,
        rate_per_s=rate_per_s,
        throughput_per_s=steady,
        num_requests=sum(o.num_requests for o in outcomes),
        ttft_s=ttft,
        tpot_s=tpot,
        e2e_s=e2e,
        slo_attainment=attained,
        misses=tuple(misses),
        replicas_simulated=sum(sum(g.count for g in run_groups) for run_groups, _, _ in runs),
        replicas=replicas,
        arrival_per_s=arrived,
    )


@dataclass(frozen=True)
class _RunOutcome:
    """One simulated run of a check: its percentiles, steady throughput and attainment."""

    num_requests: int
    ttft_s: float
    tpot_s: float
    e2e_s: float
    steady_per_s: float
    arrival_per_s: float
    keeps_up: bool
    attained: float


def _simulate_check(
    plan_name: str,
    spec: SimulationSpec,
    rate_per_s: float,
    predicted_e2e_s: float,
    workload: WorkloadSpec,
    slo: SloSpec,
    options: CheckOptions,
    cost_model: RooflineCostModel | None,
    desc: str,
) -> _RunOutcome:
    """Run ``spec``'s replicas at a Poisson ``rate_per_s``, long enough that the second
    half of the arrival window, where throughput is measured, outlasts a request."""
    needed = math.ceil(rate_per_s * 4 * predicted_e2e_s) if math.isfinite(predicted_e2e_s) else 0
    num = min(max(options.num_requests, needed), MAX_CHECK_REQUESTS)
    requests = poisson_requests(workload, rate_per_s, num, options.seed)
    # The run ends about one request after the last arrival.
    until = float(requests["arrival_time_s"].max()) + (
        predicted_e2e_s if math.isfinite(predicted_e2e_s) else 0.0
    )
    bar = progress_bar(
        total=until,
        desc="simulating " + desc.format(num=num),
        bar_format="{desc}: {percentage:3.0f}%|{bar}| {n:.0f}/{total:.0f} simulated s "
        "[{elapsed}<{remaining}]",
    )
    try:
        with bar:
            timer = ProgressTimer(bar, until)
            result = simulate(spec, requests, slo, timer=timer, cost_model=cost_model)
            timer.finish()
    except ValueError as exc:  # candidates are pre-filtered to fit, so this is a modelling gap
        raise InfeasibleError(
            f"planner.check: the simulator cannot run {plan_name}: {exc}; fix: set planner.check.enabled=false "
            "to trust the model alone, or report this plan"
        ) from None
    table: pd.DataFrame = result.requests
    # ExeGPT's bound: the request with the percentile output length; the simulated
    # counterpart is the percentile of end-to-end latency.
    ttft, tpot, e2e = slo_percentiles(table, slo)
    steady, arrived = steady_rates(result.metrics)
    return _RunOutcome(
        num_requests=num,
        ttft_s=ttft,
        tpot_s=tpot,
        e2e_s=e2e,
        steady_per_s=steady,
        arrival_per_s=arrived,
        keeps_up=keeps_up(table),
        attained=float(slo_met(table, slo).mean()),
    )
