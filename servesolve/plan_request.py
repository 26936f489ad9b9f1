"""What ``servesolve plan`` is asked: the planner's options and the validated request
(model, cluster, workload, SLO, solver, engine), built once from the config."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field
from pydantic.dataclasses import dataclass as spec_dataclass

from servesolve.checking import (
    CheckOptions,
    effective_engine,
    engine_of,
    with_engine_defaults,
)
from servesolve.errors import SpecError
from servesolve.formulations.candidates import CandidateOptions
from servesolve.shapes import Shape
from servesolve.solver import SolverOptions
from servesolve.specs import (
    ClusterSpec,
    ModelSpec,
    SloSpec,
    cluster_from_config,
    model_from_config,
    slo_from_config,
)
from servesolve.specs.catalog import load_engine
from servesolve.specs.engine import EngineSpec
from servesolve.specs.validation import SPEC_CONFIG, parse_spec
from servesolve.workloads import WorkloadSpec, workload_from_dict


@spec_dataclass(config=SPEC_CONFIG)
class PlannerOptions:
    """What the MILP optimises and within which budget."""

    objective: Literal["max_goodput", "min_cost", "max_throughput", "min_gpus"] = Field(
        default="max_throughput",
        description=(
            "max_goodput (alias max_throughput), min_cost ($/h for the target rate) or "
            "min_gpus (GPUs for the target rate)"
        ),
    )
    gpu_budget: int | None = Field(
        default=None, gt=0, description="GPUs the plan may use (default: all)"
    )
    target_rate_per_s: float | None = Field(
        default=None,
        gt=0,
        description="rate to serve for min_cost/min_gpus (default: the workload's arrival rate)",
    )
    max_distinct_configs: int | None = Field(
        default=None,
        gt=0,
        description="most different replica configs in one plan (default: no limit)",
    )
    shapes: list[Shape] | None = Field(
        default=None,
        description=(
            "plan shapes to search: colocated, disaggregated, exegpt "
            "(default: every shape the model, cluster and SLO admit)"
        ),
    )
    candidates: CandidateOptions = Field(
        default_factory=CandidateOptions, description="candidate space"
    )
    cost_tables: str = Field(
        default="auto",
        description=(
            "auto: the device's cost tables when any exist (shipped: vidur GEMMs of H100, A100, "
            "A40), else the roofline; roofline; or a root written by servesolve profile"
        ),
    )
    pictures: bool = Field(
        default=True,
        description="write pareto.csv and pareto.png (the candidates' throughput-latency front)",
    )
    check: CheckOptions = Field(
        default_factory=CheckOptions, description="simulator check of the plans"
    )


#: Candidate knobs the engine sets when the config leaves them null (or out).
ENGINE_CANDIDATE_KEYS = ("max_num_batched_tokens", "gpu_memory_utilization")


@dataclass(frozen=True)
class PlanRequest:
    """Everything the main job needs, validated.

    ``engine`` is the effective engine: the config's, with the token budget and memory
    share the candidates use (``planner.candidates``).
    """

    model: ModelSpec
    cluster: ClusterSpec
    workload: WorkloadSpec
    slo: SloSpec
    solver: SolverOptions
    planner: PlannerOptions
    choices: dict[str, str] = field(default_factory=dict)
    engine: EngineSpec = field(default_factory=lambda: load_engine("vllm"))

    @classmethod
    def from_config(
        cls, cfg: Mapping[str, Any], choices: Mapping[str, str] | None = None
    ) -> PlanRequest:
        """Validate a plain config mapping (Hydra's, converted once)."""
        for key in ("model", "cluster", "workload", "slo", "solver"):
            if key not in cfg:
                raise SpecError(key, "is missing", f"add `{key}=NAME` (see conf/{key}/)")
        engine = engine_of(cfg)
        planner_cfg = dict(cfg.get("planner") or {})
        planner_cfg["candidates"] = with_engine_defaults(
            planner_cfg.get("candidates"), engine, ENGINE_CANDIDATE_KEYS
        )
        planner = parse_spec(PlannerOptions, planner_cfg, "planner")
        cand = planner.candidates
        if not engine.expert_parallel and cand.expert_parallel:
            if (planner_cfg["candidates"] or {}).get("expert_parallel"):
                raise SpecError(
                    "planner.candidates.expert_parallel",
                    f"{engine.label} cannot spread experts over GPUs",
                    "set it false or pick an engine that can (engine=vllm, sglang or trtllm)",
                )
            cand = dataclasses.replace(cand, expert_parallel=False)
            planner = dataclasses.replace(planner, candidates=cand)
        return cls(
            model=model_from_config(cfg["model"]),
            cluster=cluster_from_config(cfg["cluster"]),
            workload=workload_from_dict(cfg["workload"]),
            slo=slo_from_config(cfg["slo"]),
            solver=parse_spec(SolverOptions, cfg["solver"], "solver"),
            planner=planner,
            choices=dict(choices or {}),
            engine=effective_engine(
                engine, cand.max_num_batched_tokens, cand.gpu_memory_utilization
            ),
        )


__all__ = ["ENGINE_CANDIDATE_KEYS", "PlanRequest", "PlannerOptions"]
