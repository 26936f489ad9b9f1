"""Workload specs: what requests a serving plan must handle, validated from config.

A workload is either

- ``kind: distribution``: input and output lengths drawn from two
  :class:`~servesolve.workloads.lengths.LengthDistribution` (optionally correlated), or
- ``kind: trace``: lengths (and usually arrival times) read from a trace file,

plus an :class:`~servesolve.workloads.arrivals.ArrivalSpec`. The Hydra config group
``conf/workload/`` holds one YAML mapping per workload; :func:`workload_from_dict` turns
such a mapping into a :class:`WorkloadSpec`, naming the offending field
(``workload.input.mean_tokens``) in every error, and :func:`sample_requests` turns a spec
into a request table.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from numbers import Integral, Real
from typing import Any, Literal, get_args

import numpy as np
import pandas as pd

from servesolve.errors import SpecError
from servesolve.workloads.arrivals import (
    ArrivalSpec,
    check_arrival_fields,
    generate_arrival_times_s,
    rescale_arrival_times_s,
)
from servesolve.workloads.lengths import (
    LengthDistribution,
    check_length_fields,
    sample_length_pairs,
)
from servesolve.workloads.traces import (
    TraceFormat,
    check_trace_format,
    read_trace,
    requests_frame,
    resolve_trace_path,
)

__all__ = [
    "MAX_NUM_REQUESTS",
    "WORKLOAD_KINDS",
    "WorkloadKind",
    "WorkloadSpec",
    "check_trace_count",
    "sample_requests",
    "workload_from_dict",
]

WorkloadKind = Literal["distribution", "trace"]
WORKLOAD_KINDS: tuple[str, ...] = get_args(WorkloadKind)

_ROOT = "workload"
#: Most requests a distribution workload may draw: its tables and the simulator's state take
#: a few hundred bytes per request, so 10 million is already gigabytes.
MAX_NUM_REQUESTS = 10_000_000
_LENGTH_KEYS = ("mean_tokens", "std_tokens", "max_tokens", "min_tokens")
_ARRIVAL_KEYS = ("process", "rate_per_s", "cv")


def _is_int(value: object) -> bool:
    return isinstance(value, Integral) and not isinstance(value, bool)


def _is_real(value: object) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool)


def _check_num_requests(value: object, kind: str, field: str) -> None:
    if kind == "distribution":
        if not _is_int(value) or int(value) < 1:
            raise SpecError(
                field,
                f"must be a whole number >= 1 for kind distribution, got {value!r}",
                "set how many requests to draw, e.g. num_requests: 10000",
            )
        if int(value) > MAX_NUM_REQUESTS:
            raise SpecError(
                field,
                f"{int(value):,} requests is more than the {MAX_NUM_REQUESTS:,} a run can hold "
                "in memory",
                f"set at most {MAX_NUM_REQUESTS} (e.g. 10000)",
            )
    elif value is not None and (not _is_int(value) or int(value) < 0):
        raise SpecError(
            field,
            f"must be a whole number >= 0 or null, got {value!r}",
            "set num_requests to take the first N requests of the trace, or null / 0 for all",
        )


def _check_seed(value: object, field: str) -> None:
    if not _is_int(value) or int(value) < 0:
        raise SpecError(field, f"must be a whole number >= 0, got {value!r}", "set e.g. seed: 0")


@dataclass(frozen=True, kw_only=True)
class WorkloadSpec:
    """A validated workload.

    Parameters
    ----------
    name:
        Short identifier, e.g. ``exegpt_s``.
    kind:
        ``distribution`` (lengths drawn from ``input`` / ``output``) or ``trace``
        (lengths read from ``trace_path``).
    input:
        Input (prompt) length distribution; required for ``distribution``, ``None`` for
        ``trace``.
    output:
        Output (generated) length distribution; as ``input``.
    correlation:
        Gaussian-copula correlation of input and output lengths, in [-1, 1];
        ``distribution`` only (0 for ``trace``).
    trace_path:
        Trace file for ``trace``; a relative path resolves first against the current
        directory, then against the shipped ``workloads/data/`` folder.
    trace_format:
        ``apex_jsonl``, ``azure_csv`` or ``splitwise_csv``; required for ``trace``.
    arrival:
        Arrival process. ``trace`` arrivals need ``kind: trace``.
    num_requests:
        Requests to draw for ``distribution`` (1 .. :data:`MAX_NUM_REQUESTS`); for
        ``trace``, the first N of the trace in arrival order (``None`` or 0: all of it;
        :func:`workload_from_dict` refuses more than the trace holds).
    seed:
        Seed of ``numpy.random.default_rng`` for lengths and generated arrivals.
    source:
        Citation for the numbers.
    """

    name: str
    kind: WorkloadKind
    input: LengthDistribution | None
    output: LengthDistribution | None
    correlation: float = 0.0
    trace_path: str | None = None
    trace_format: TraceFormat | None = None
    arrival: ArrivalSpec
    num_requests: int | None = 10000
    seed: int = 0
    source: str = ""

    def __post_init__(self) -> None:
        p = _ROOT
        if not isinstance(self.name, str) or not self.name.strip():
            raise SpecError(
                f"{p}.name",
                f"must be a non-empty string, got {self.name!r}",
                "set e.g. name: my_workload",
            )
        if self.kind not in WORKLOAD_KINDS:
            raise SpecError(
                f"{p}.kind",
                f"unknown workload kind {self.kind!r}",
                f"use one of {', '.join(WORKLOAD_KINDS)}",
            )
        if not isinstance(self.arrival, ArrivalSpec):
            raise SpecError(
                f"{p}.arrival",
                f"must be an ArrivalSpec, got {type(self.arrival).__name__}",
                "set arrival.process",
            )
        if (
            not _is_real(self.correlation)
            or not math.isfinite(float(self.correlation))
            or abs(float(self.correlation)) > 1
        ):
            raise SpecError(
                f"{p}.correlation",
                f"must be a number in [-1, 1], got {self.correlation!r}",
                "set the input/output length correlation, e.g. correlation: 0.15",
            )
        if self.kind == "distribution":
            for side in ("input", "output"):
                value = getattr(self, side)
                if not isinstance(value, LengthDistribution):
                    raise SpecError(
                        f"{p}.{side}",
                        f"is required for kind distribution, got {value!r}",
                        f"add {side}: {{mean_tokens: ..., std_tokens: ..., max_tokens: ...}}",
                    )
            for side in ("trace_path", "trace_format"):
                if getattr(self, side) is not None:
                    raise SpecError(
                        f"{p}.{side}",
                        "only applies to kind trace, but kind is distribution "
                        f"and {side} is {getattr(self, side)!r}",
                        f"remove {side}, or set kind: trace",
                    )
            if self.arrival.process == "trace":
                raise SpecError(
                    f"{p}.arrival.process",
                    "'trace' arrivals need kind trace; a distribution has no recorded times",
                    "use process poisson, gamma or closed_loop, or set kind: trace",
                )
        else:
            for side in ("input", "output"):
                if getattr(self, side) is not None:
                    raise SpecError(
                        f"{p}.{side}",
                        "only applies to kind distribution; a trace gives its own lengths",
                        f"remove {side}, or set kind: distribution",
                    )
            if float(self.correlation) != 0.0:
                raise SpecError(
                    f"{p}.correlation",
                    f"only applies to kind distribution, got {self.correlation!r} for a trace",
                    "remove correlation",
                )
            if not isinstance(self.trace_path, str) or not self.trace_path.strip():
                raise SpecError(
                    f"{p}.trace_path",
                    f"is required for kind trace, got {self.trace_path!r}",
                    "set the trace file, e.g. trace_path: synthetic_chat.jsonl",
                )
            check_trace_format(self.trace_format, f"{p}.trace_format")
        _check_num_requests(self.num_requests, self.kind, f"{p}.num_requests")
        _check_seed(self.seed, f"{p}.seed")
        if not isinstance(self.source, str):
            raise SpecError(
                f"{p}.source",
                f"must be a string, got {self.source!r}",
                "cite where the numbers come from",
            )


# ----------------------------------------------------------------------------- from dict


def _reject_unknown(d: Mapping[str, Any], allowed: tuple[str, ...], prefix: str) -> None:
    unknown = [str(k) for k in d if k not in allowed]
    if unknown:
        raise SpecError(
            f"{prefix}.{unknown[0]}",
            f"unknown key{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}",
            f"valid keys are {', '.join(allowed)}",
        )


def _mapping(value: object, field: str, what: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise SpecError(
            field, f"must be a mapping, got {value!r}", f"write it as a mapping: {what}"
        )
    return value


def _length_from_dict(value: object, prefix: str) -> LengthDistribution:
    d = _mapping(
        value, prefix, "{mean_tokens: ..., std_tokens: ..., max_tokens: ...[, min_tokens: ...]}"
    )
    _reject_unknown(d, _LENGTH_KEYS, prefix)
    for key in ("mean_tokens", "std_tokens", "max_tokens"):
        if key not in d or d[key] is None:
            raise SpecError(f"{prefix}.{key}", "is missing", f"add {key} (tokens)")
    min_tokens = d.get("min_tokens", 1)
    check_length_fields(prefix, d["mean_tokens"], d["std_tokens"], d["max_tokens"], min_tokens)
    return LengthDistribution(
        mean_tokens=float(d["mean_tokens"]),
        std_tokens=float(d["std_tokens"]),
        max_tokens=int(d["max_tokens"]),
        min_tokens=int(min_tokens),
    )


def _arrival_from_dict(value: object, prefix: str) -> ArrivalSpec:
    d = _mapping(value, prefix, "{process: poisson, rate_per_s: 1.0}")
    _reject_unknown(d, _ARRIVAL_KEYS, prefix)
    if "process" not in d:
        raise SpecError(
            f"{prefix}.process", "is missing", "add process: poisson, gamma, trace or closed_loop"
        )
    rate = d.get("rate_per_s")
    cv = d.get("cv", 1.0)
    check_arrival_fields(prefix, d["process"], rate, cv)
    return ArrivalSpec(
        process=d["process"], rate_per_s=None if rate is None else float(rate), cv=float(cv)
    )


def workload_from_dict(d: Mapping[str, Any]) -> WorkloadSpec:
    """Validate a config mapping and build a :class:`WorkloadSpec`.

    Parameters
    ----------
    d:
        The ``workload`` config: a plain mapping (e.g. from
        ``OmegaConf.to_container(cfg.workload, resolve=True)``) with the fields of
        :class:`WorkloadSpec`; ``input``, ``output`` and ``arrival`` are nested mappings.

    Returns
    -------
    WorkloadSpec

    Raises
    ------
    SpecError
        Naming ``workload.<field>`` (``workload.input.mean_tokens``,
        ``workload.arrival.rate_per_s``) for any missing, unknown or bad field, and
        ``workload.trace_path`` when a trace file cannot be found.
    """
    d = _mapping(d, _ROOT, "name, kind, arrival, ...")
    allowed = tuple(f.name for f in fields(WorkloadSpec))
    _reject_unknown(d, allowed, _ROOT)
    for key in ("name", "kind", "arrival"):
        if key not in d or d[key] is None:
            raise SpecError(
                f"{_ROOT}.{key}", "is missing", f"add {key} (see conf/workload/*.yaml for examples)"
            )
    kind = d["kind"]
    if kind not in WORKLOAD_KINDS:
        raise SpecError(
            f"{_ROOT}.kind",
            f"unknown workload kind {kind!r}",
            f"use one of {', '.join(WORKLOAD_KINDS)}",
        )

    lengths: dict[str, LengthDistribution | None] = {"input": None, "output": None}
    for side in ("input", "output"):
        value = d.get(side)
        if kind == "distribution":
            if value is None:
                raise SpecError(
                    f"{_ROOT}.{side}",
                    "is required for kind distribution",
                    f"add {side}: {{mean_tokens: ..., std_tokens: ..., max_tokens: ...}}",
                )
            lengths[side] = _length_from_dict(value, f"{_ROOT}.{side}")
        elif value is not None:
            raise SpecError(
                f"{_ROOT}.{side}",
                "only applies to kind distribution; a trace gives its own lengths",
                f"remove {side}, or set kind: distribution",
            )
    arrival = _arrival_from_dict(d["arrival"], f"{_ROOT}.arrival")

    kwargs: dict[str, Any] = {
        "name": d["name"],
        "kind": kind,
        "input": lengths["input"],
        "output": lengths["output"],
        "arrival": arrival,
    }
    for key in ("correlation", "trace_path", "trace_format", "num_requests", "seed", "source"):
        if key in d:
            kwargs[key] = d[key]
    spec = WorkloadSpec(**kwargs)
    if spec.kind == "trace":
        assert spec.trace_path is not None and spec.trace_format is not None
        resolve_trace_path(spec.trace_path, f"{_ROOT}.trace_path")
        # Read it now, so a malformed trace is reported before any run starts.
        check_trace_count(spec, spec.num_requests, f"{_ROOT}.num_requests")
    return spec


def check_trace_count(spec: WorkloadSpec, num_requests: int | None, field: str) -> int:
    """Read a trace workload's file and return its number of requests; asking for more
    requests than it holds (``num_requests``, from ``field``) is a user error.

    Raises
    ------
    TraceFormatError
        Malformed file (not text, a bad field, arrival times out of order).
    SpecError
        ``num_requests`` larger than the trace.
    """
    assert spec.trace_path is not None and spec.trace_format is not None
    size = len(read_trace(spec.trace_path, spec.trace_format))
    if num_requests and num_requests > size:
        raise SpecError(
            field,
            f"{num_requests:,} requests asked for, but the trace {spec.trace_path} holds {size:,}",
            f"set {field}={size} or less, or null for the whole trace",
        )
    return size


# ----------------------------------------------------------------------------- sampling


def sample_requests(
    spec: WorkloadSpec, num_requests: int | None = None, seed: int | None = None
) -> pd.DataFrame:
    """Produce the request table of a workload.

    Parameters
    ----------
    spec:
        The workload.
    num_requests:
        Overrides ``spec.num_requests`` (same rules: >= 1 for a distribution; for a
        trace the first N requests, 0 for all).
    seed:
        Overrides ``spec.seed``.

    Returns
    -------
    pandas.DataFrame
        Columns ``request_id`` (int64, 0..n-1), ``arrival_time_s`` (float64,
        non-decreasing; generated arrivals start at 0, ``closed_loop`` puts all at 0),
        ``input_tokens`` and ``output_tokens`` (int64, >= 1). The same spec and seed
        always give the same table: lengths and arrival times come from independent
        streams of ``numpy.random.default_rng`` spawned from the seed, so changing the
        arrival process leaves the lengths unchanged.

    Raises
    ------
    SpecError
        Bad override, or a trace file that is missing or cannot be rescaled.
    TraceFormatError
        Malformed trace file.
    """
    n = spec.num_requests if num_requests is None else num_requests
    _check_num_requests(n, spec.kind, f"{_ROOT}.num_requests")
    use_seed = spec.seed if seed is None else seed
    _check_seed(use_seed, f"{_ROOT}.seed")
    length_seed, arrival_seed = np.random.SeedSequence(int(use_seed)).spawn(2)
    arrival_rng = np.random.default_rng(arrival_seed)

    if spec.kind == "distribution":
        assert spec.input is not None and spec.output is not None and n is not None
        inputs, outputs = sample_length_pairs(
            spec.input,
            spec.output,
            float(spec.correlation),
            int(n),
            np.random.default_rng(length_seed),
        )
        times = generate_arrival_times_s(spec.arrival, int(n), arrival_rng)
        return requests_frame(times, inputs, outputs)

    assert spec.trace_path is not None and spec.trace_format is not None
    trace = read_trace(spec.trace_path, spec.trace_format)
    if n:
        trace = trace.iloc[: int(n)]
    if spec.arrival.process == "trace":
        times = trace["arrival_time_s"].to_numpy()
        if spec.arrival.rate_per_s is not None:
            times = rescale_arrival_times_s(
                times, spec.arrival.rate_per_s, f"{_ROOT}.arrival.rate_per_s"
            )
    else:
        times = generate_arrival_times_s(spec.arrival, len(trace), arrival_rng)
    return requests_frame(
        times, trace["input_tokens"].to_numpy(), trace["output_tokens"].to_numpy()
    )
