"""Service-level objectives.

Two styles, combinable:

* ExeGPT's bound (Oh et al., ASPLOS 2024, Sec. 3): the end-to-end latency of a request
  whose output has the workload's p99 length must stay within ``e2e_s``.
* Percentile bounds on time to first token (``ttft_s``) and time per output token
  (``tpot_s``), evaluated at ``percentile``; ``goodput_fraction`` is the share of
  requests that must meet both for a run to count as SLO-attaining (DistServe's goodput).
"""

from __future__ import annotations

from pydantic import Field
from pydantic.dataclasses import dataclass

from servesolve.specs.validation import SPEC_CONFIG


@dataclass(config=SPEC_CONFIG)
class SloSpec:
    """Latency bounds a plan must meet; ``None`` leaves a metric unbounded."""

    name: str = Field(description="catalogue name, e.g. chat")
    percentile: float = Field(
        default=99.0, gt=0, lt=100, description="percentile the bounds apply at, e.g. 99"
    )
    e2e_s: float | None = Field(
        default=None,
        gt=0,
        description="end-to-end latency bound (s) of a request with the percentile output length",
    )
    ttft_s: float | None = Field(default=None, gt=0, description="time-to-first-token bound (s)")
    tpot_s: float | None = Field(default=None, gt=0, description="time-per-output-token bound (s)")
    goodput_fraction: float = Field(
        default=0.9, gt=0, le=1, description="share of requests that must meet every bound"
    )
    source: str = Field(default="", description="where the bounds come from")

    @property
    def quantile(self) -> float:
        return self.percentile / 100.0

    @property
    def is_bounded(self) -> bool:
        return any(v is not None for v in (self.e2e_s, self.ttft_s, self.tpot_s))
