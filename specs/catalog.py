"""Load specs from the shipped catalogue (``conf/<group>/<name>.yaml``) or from plain mappings.

The app hands plain dicts (converted once from Hydra's config) to the ``*_from_config``
functions; a cluster names its GPU by catalogue name, and a model may point at a local
Hugging Face ``config.json`` through ``hf_config_path``.
"""

from __future__ import annotations

import importlib.resources
from collections.abc import Mapping
from functools import cache
from typing import Any

from omegaconf import OmegaConf

from servesolve.errors import SpecError, UnknownNameError
from servesolve.specs.engine import EngineSpec
from servesolve.specs.hardware import ClusterSpec, GpuSpec
from servesolve.specs.hf_config import model_dict_from_hf_config
from servesolve.specs.model import QUANTIZATION_DTYPE, ModelSpec
from servesolve.specs.slo import SloSpec
from servesolve.specs.validation import parse_spec

GROUPS = ("model", "gpu", "cluster", "workload", "slo", "solver", "engine")

#: The most GPUs a cluster may have. The largest GPU clusters built hold about 100,000
#: (for training); a serving plan simulates its replicas one by one, and already takes
#: minutes at a few thousand GPUs, so anything larger is a typo or a whole fleet, which is
#: planned one partition at a time.
MAX_CLUSTER_GPUS = 65_536


def catalogue_names(group: str) -> list[str]:
    """Names of the shipped configs of ``group`` (file stems under ``conf/<group>/``)."""
    folder = importlib.resources.files("servesolve.conf").joinpath(group)
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))


@cache
def _load_yaml(group: str, name: str) -> dict[str, Any]:
    names = catalogue_names(group)
    if name not in names:
        raise UnknownNameError(group, name, names)
    text = importlib.resources.files("servesolve.conf").joinpath(group, f"{name}.yaml").read_text()
    data = OmegaConf.to_container(OmegaConf.create(text), resolve=True)
    assert isinstance(data, dict)
    data.pop("defaults", None)
    return data


def catalogue_entry(group: str, name: str) -> dict[str, Any]:
    """A copy of the shipped config ``conf/<group>/<name>.yaml`` as a plain dict."""
    return dict(_load_yaml(group, name))


def load_gpu(name: str, field: str = "cluster.gpu") -> GpuSpec:
    """The GPU named ``name`` in ``conf/gpu/`` (file stem or its ``name`` field, any case)."""
    by_key = {}
    for stem in catalogue_names("gpu"):
        entry = _load_yaml("gpu", stem)
        by_key[stem.lower()] = stem
        by_key[str(entry.get("name", stem)).lower()] = stem
    stem = by_key.get(name.lower())
    if stem is None:
        raise UnknownNameError(field, name, catalogue_names("gpu"))
    return parse_spec(GpuSpec, _load_yaml("gpu", stem), f"gpu[{stem}]")


def model_from_config(data: Mapping[str, Any], field: str = "model") -> ModelSpec:
    """Validate a model mapping; ``hf_config_path`` loads a Hugging Face config.json first."""
    data = dict(data)
    path = data.pop("hf_config_path", None)
    if path is not None:
        base = model_dict_from_hf_config(str(path), field=f"{field}.hf_config_path")
        quantization = base.get("quantization")
        if quantization and data.get("weight_dtype") not in (
            None,
            QUANTIZATION_DTYPE[quantization],
        ):
            # Another weight dtype than the checkpoint's is another checkpoint.
            del base["quantization"]
        base.update({k: v for k, v in data.items() if v is not None})
        data = base
    return parse_spec(ModelSpec, data, field)


def cluster_from_config(data: Mapping[str, Any], field: str = "cluster") -> ClusterSpec:
    """Validate a cluster mapping whose ``gpu`` is a catalogue name or a GPU mapping."""
    data = dict(data)
    if "pools" in data:  # a mixed cluster: only plan's fleet path reads it (docs/fleets.md)
        raise SpecError(
            f"{field}.pools",
            f"cluster '{data.get('name', '?')}' mixes several GPU pools, and only "
            "`servesolve plan` plans a mixed cluster (one fleet MILP, docs/fleets.md)",
            "choose a cluster of one GPU type for this command, e.g. cluster=h100x16",
        )
    gpu = data.get("gpu")
    if isinstance(gpu, str):
        data["gpu"] = load_gpu(gpu, field=f"{field}.gpu")
    elif isinstance(gpu, Mapping):
        data["gpu"] = parse_spec(GpuSpec, gpu, f"{field}.gpu")
    elif gpu is None:
        raise SpecError(
            f"{field}.gpu",
            "is required",
            f"name a GPU from conf/gpu/: {', '.join(catalogue_names('gpu'))}",
        )
    cluster = parse_spec(ClusterSpec, data, field)
    if cluster.num_gpus > MAX_CLUSTER_GPUS:
        per_node = cluster.gpus_per_node
        if per_node > MAX_CLUSTER_GPUS:
            raise SpecError(
                f"{field}.gpus_per_node",
                f"{per_node:,} GPUs in one node is more than a cluster may hold ({MAX_CLUSTER_GPUS:,})",
                "give the GPUs of one node (8 on a DGX/HGX node)",
            )
        raise SpecError(
            f"{field}.num_nodes",
            f"{cluster.num_nodes:,} nodes x {per_node} GPUs = {cluster.num_gpus:,} GPUs, more "
            f"than servesolve plans or simulates (at most {MAX_CLUSTER_GPUS:,} GPUs)",
            f"set {field}.num_nodes to at most {MAX_CLUSTER_GPUS // per_node:,}; plan one "
            "partition of a larger fleet and repeat its plan",
        )
    return cluster


def slo_from_config(data: Mapping[str, Any], field: str = "slo") -> SloSpec:
    return parse_spec(SloSpec, data, field)


def engine_from_config(data: Mapping[str, Any], field: str = "engine") -> EngineSpec:
    """The engine spec of a config mapping (a ``conf/engine/`` entry, possibly overridden)."""
    return parse_spec(EngineSpec, data, field)


def load_engine(name: str, field: str = "engine") -> EngineSpec:
    """The shipped engine ``conf/engine/<name>.yaml``."""
    return engine_from_config(_load_yaml("engine", name), field)
