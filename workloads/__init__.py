"""Workloads: request length distributions, request traces and arrival processes.

Public API
----------
LengthDistribution
    Truncated-normal integer token lengths (ExeGPT's fit).
ArrivalSpec
    Poisson, gamma, trace or closed-loop arrivals.
WorkloadSpec, workload_from_dict
    A validated workload and its constructor from a ``conf/workload/*.yaml`` mapping.
sample_requests
    The request table (``request_id``, ``arrival_time_s``, ``input_tokens``,
    ``output_tokens``) of a workload.
read_trace
    Read an ``apex_jsonl``, ``azure_csv`` or ``splitwise_csv`` trace file.
"""

from servesolve.workloads.arrivals import ARRIVAL_PROCESSES, ArrivalSpec
from servesolve.workloads.lengths import LengthDistribution
from servesolve.workloads.spec import (
    WORKLOAD_KINDS,
    WorkloadSpec,
    sample_requests,
    workload_from_dict,
)
from servesolve.workloads.traces import (
    DATA_DIR,
    REQUEST_COLUMNS,
    TRACE_FORMATS,
    read_trace,
    resolve_trace_path,
)

__all__ = [
    "ARRIVAL_PROCESSES",
    "DATA_DIR",
    "REQUEST_COLUMNS",
    "TRACE_FORMATS",
    "WORKLOAD_KINDS",
    "ArrivalSpec",
    "LengthDistribution",
    "WorkloadSpec",
    "read_trace",
    "resolve_trace_path",
    "sample_requests",
    "workload_from_dict",
]
