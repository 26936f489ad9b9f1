"""Arrival processes: when requests reach the server.

- ``poisson``: exponential inter-arrival times at ``rate_per_s`` (the open-loop arrivals
  used by vLLM, APEX and most serving papers).
- ``gamma``: gamma inter-arrival times with mean ``1 / rate_per_s`` and coefficient of
  variation ``cv`` (shape ``1 / cv**2``); ``cv > 1`` is burstier than Poisson, ``cv < 1``
  more regular, ``cv == 1`` is Poisson.
- ``trace``: the times recorded in a request trace; with ``rate_per_s`` set, the trace
  is stretched or squeezed in time to that mean rate, keeping its shape.
- ``closed_loop``: every request at t = 0, i.e. a saturation run that measures
  throughput (as ExeGPT does).

Generated arrivals start at t = 0: the first request arrives at 0 and the others after
the drawn gaps.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from numbers import Real
from typing import Literal, get_args

import numpy as np

from servesolve.errors import SpecError

__all__ = [
    "ARRIVAL_PROCESSES",
    "ArrivalProcess",
    "ArrivalSpec",
    "check_arrival_fields",
    "generate_arrival_times_s",
    "rescale_arrival_times_s",
]

ArrivalProcess = Literal["poisson", "gamma", "trace", "closed_loop"]
ARRIVAL_PROCESSES: tuple[str, ...] = get_args(ArrivalProcess)

# Processes that draw arrival times themselves (the others take them from elsewhere).
_GENERATED = ("poisson", "gamma", "closed_loop")


def _is_real(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def check_arrival_fields(prefix: str, process: object, rate_per_s: object, cv: object) -> None:
    """Validate the fields of an arrival process.

    Parameters
    ----------
    prefix:
        Dotted path of the arrival block as the user writes it (``workload.arrival``).
    process, rate_per_s, cv:
        The raw values.

    Raises
    ------
    SpecError
        On the first bad field.
    """
    if process not in ARRIVAL_PROCESSES:
        raise SpecError(
            f"{prefix}.process",
            f"unknown arrival process {process!r}",
            f"use one of {', '.join(ARRIVAL_PROCESSES)}",
        )
    if rate_per_s is not None and (
        not _is_real(rate_per_s) or not math.isfinite(float(rate_per_s)) or float(rate_per_s) <= 0
    ):
        raise SpecError(
            f"{prefix}.rate_per_s",
            f"must be a positive number of requests per second, got {rate_per_s!r}",
            "set e.g. rate_per_s: 1.0",
        )
    if process in ("poisson", "gamma") and rate_per_s is None:
        raise SpecError(
            f"{prefix}.rate_per_s",
            f"is required for process {process}",
            "set the mean arrival rate, e.g. rate_per_s: 1.0",
        )
    if process == "closed_loop" and rate_per_s is not None:
        raise SpecError(
            f"{prefix}.rate_per_s",
            "must be null for process closed_loop (all requests arrive at t=0), "
            f"got {rate_per_s!r}",
            "remove rate_per_s, or use process poisson to get arrivals at a rate",
        )
    if not _is_real(cv) or not math.isfinite(float(cv)) or float(cv) <= 0:
        raise SpecError(
            f"{prefix}.cv",
            f"must be a positive number, got {cv!r}",
            "set the inter-arrival coefficient of variation, e.g. cv: 1.0 (Poisson)",
        )
    if process != "gamma" and float(cv) != 1.0:
        raise SpecError(
            f"{prefix}.cv",
            f"only applies to process gamma, but process is {process} and cv is {cv!r}",
            "use process: gamma, or remove cv",
        )


@dataclass(frozen=True)
class ArrivalSpec:
    """How requests arrive.

    Parameters
    ----------
    process:
        ``poisson``, ``gamma``, ``trace`` or ``closed_loop`` (see the module docstring).
    rate_per_s:
        Mean arrival rate in requests per second. Required for ``poisson`` and
        ``gamma``; optional for ``trace`` (rescales the trace to this mean rate; ``None``
        keeps the recorded times); must be ``None`` for ``closed_loop``.
    cv:
        Coefficient of variation of the gamma inter-arrival times; 1.0 is Poisson. Only
        ``gamma`` may set it to anything but 1.0.
    """

    process: ArrivalProcess
    rate_per_s: float | None = None
    cv: float = 1.0

    def __post_init__(self) -> None:
        check_arrival_fields("ArrivalSpec", self.process, self.rate_per_s, self.cv)

    @property
    def is_generated(self) -> bool:
        """True when the process draws its own times (everything but ``trace``)."""
        return self.process in _GENERATED


def generate_arrival_times_s(
    arrival: ArrivalSpec, num_requests: int, rng: np.random.Generator
) -> np.ndarray:
    """Draw arrival times for a generated process.

    Parameters
    ----------
    arrival:
        A ``poisson``, ``gamma`` or ``closed_loop`` arrival spec.
    num_requests:
        Number of arrivals.
    rng:
        Source of randomness (``numpy.random.default_rng``).

    Returns
    -------
    numpy.ndarray
        float64 arrival times in seconds, non-decreasing, the first at 0.

    Raises
    ------
    ValueError
        For the ``trace`` process, whose times come from a trace.
    """
    if num_requests <= 0:
        return np.zeros(0, dtype=np.float64)
    num_gaps = num_requests - 1
    if arrival.process == "closed_loop":
        gaps = np.zeros(num_gaps)
    elif arrival.process == "poisson":
        assert arrival.rate_per_s is not None
        gaps = rng.exponential(scale=1.0 / float(arrival.rate_per_s), size=num_gaps)
    elif arrival.process == "gamma":
        assert arrival.rate_per_s is not None
        shape = 1.0 / float(arrival.cv) ** 2
        scale = 1.0 / (float(arrival.rate_per_s) * shape)  # mean = shape * scale = 1 / rate
        gaps = rng.gamma(shape=shape, scale=scale, size=num_gaps)
    else:
        raise ValueError(f"process {arrival.process!r} takes its arrival times from a trace")
    return np.concatenate([[0.0], np.cumsum(gaps)]).astype(np.float64)


def rescale_arrival_times_s(
    arrival_times_s: np.ndarray, rate_per_s: float, field: str
) -> np.ndarray:
    """Stretch or squeeze recorded arrival times to a target mean rate.

    The mean rate of ``n`` arrivals spanning ``T`` seconds is ``(n - 1) / T``; times are
    scaled about the first arrival so the result has mean rate ``rate_per_s`` and the
    same relative gaps.

    Parameters
    ----------
    arrival_times_s:
        Sorted arrival times in seconds.
    rate_per_s:
        Target mean rate in requests per second.
    field:
        Dotted field named in the error (``workload.arrival.rate_per_s``).

    Returns
    -------
    numpy.ndarray
        float64 rescaled times, the first unchanged.

    Raises
    ------
    SpecError
        When the trace has fewer than two requests or all of them arrive at once, so it
        has no rate to rescale.
    """
    times = np.asarray(arrival_times_s, dtype=np.float64)
    span_s = float(times[-1] - times[0]) if times.size else 0.0
    if times.size < 2 or span_s <= 0:
        raise SpecError(
            field,
            f"cannot rescale a trace of {times.size} request(s) spanning {span_s:g} s "
            f"to {rate_per_s} req/s",
            "set rate_per_s: null to keep the recorded times, "
            "or use a trace with spread-out arrivals",
        )
    recorded_rate_per_s = (times.size - 1) / span_s
    factor = recorded_rate_per_s / float(rate_per_s)
    return times[0] + (times - times[0]) * factor
