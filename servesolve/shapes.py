"""Plan shapes: the kinds of plan ``servesolve plan`` compares (``planner.shapes``).

* ``colocated``: replicas that each run prefill and decode (the parallelism MILP).
* ``disaggregated``: prefill and decode pools with a KV link between them, xPyD with
  per-pool TP/PP (the disaggregation MILP).
* ``exegpt``: ExeGPT's RRA/WAA schedules with B_E, B_D, B_m, N_D and partial TP under a
  tail end-to-end latency bound (the ExeGPT MILP).

Each shape's solve returns a :class:`ShapePlan`: its best plan in one common form, so the
run can rank the shapes, say why each loser loses, and write one plan.json schema.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Shape = Literal["colocated", "disaggregated", "exegpt"]
SHAPES: tuple[Shape, ...] = ("colocated", "disaggregated", "exegpt")

#: Why a shape's best plan loses to the winner, or why it has none.
Reason = Literal["", "memory", "TTFT", "TPOT", "latency", "GPUs", "cost", "throughput", "model"]


@dataclass(frozen=True)
class ShapePlan:
    """A shape's best plan, in the form every shape shares.

    Attributes
    ----------
    shape: which shape.
    layout: one line, e.g. ``2 prefill TP2xPP1 + 3 decode TP1xPP1 b256``; "" if none.
    throughput_per_s: modelled SLO-meeting rate of the whole plan (req/s); 0 if none.
    num_gpus, cost_per_hour_usd: what it uses.
    certificate: what the solver proved, e.g. ``optimal (CP-SAT, gap 0)``.
    reason: why the shape does not win: with no plan, the binding reason it has none
        (memory, TTFT, TPOT, latency, GPUs, model); with a plan that loses, the objective
        it loses on (throughput, cost, GPUs); "" for the winner.
    note: one line of detail for the reader (the reason's numbers, or the assumptions).
    detail: the shape's own fields for plan.json (JSON-able).
    deploy: launch commands per engine (``{"vllm": [...], "sglang": [...]}``).
    """

    shape: Shape
    layout: str
    throughput_per_s: float
    num_gpus: int
    cost_per_hour_usd: float
    certificate: str
    reason: Reason = ""
    note: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    deploy: dict[str, list[str]] = field(default_factory=dict)

    @property
    def feasible(self) -> bool:
        """The shape has a plan that serves (``layout`` non-empty, a positive rate)."""
        return bool(self.layout) and self.throughput_per_s > 0

    def to_json(self) -> dict[str, Any]:
        return {
            "shape": self.shape,
            "layout": self.layout,
            "throughput_per_s": self.throughput_per_s,
            "num_gpus": self.num_gpus,
            "cost_per_hour_usd": self.cost_per_hour_usd,
            "certificate": self.certificate,
            "reason": self.reason,
            "note": self.note,
            "detail": self.detail,
            "deploy": self.deploy,
        }


__all__ = ["SHAPES", "Reason", "Shape", "ShapePlan"]
