"""Validated descriptions of what is planned for: model, GPU, cluster and SLO.

Workload specs live with the workload generators in ``servesolve.workloads``.
"""

from servesolve.specs.catalog import (
    catalogue_entry,
    catalogue_names,
    cluster_from_config,
    load_gpu,
    model_from_config,
    slo_from_config,
)
from servesolve.specs.hardware import ClusterSpec, GpuSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.slo import SloSpec

__all__ = [
    "ClusterSpec",
    "GpuSpec",
    "ModelSpec",
    "SloSpec",
    "catalogue_entry",
    "catalogue_names",
    "cluster_from_config",
    "load_gpu",
    "model_from_config",
    "slo_from_config",
]
