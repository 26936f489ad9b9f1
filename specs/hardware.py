"""GPU and cluster specs.

Bandwidths are per direction in GB/s (1e9 bytes/s), the figure NVIDIA quotes halved
where it quotes bidirectional totals; memory in GiB as the device reports it.
"""

from __future__ import annotations

from pydantic import Field
from pydantic.dataclasses import dataclass

from servesolve.specs.validation import SPEC_CONFIG

GIB = 1024**3


@dataclass(config=SPEC_CONFIG)
class GpuSpec:
    """One accelerator model, from its datasheet."""

    name: str = Field(description="catalogue name, e.g. H100-SXM-80GB")
    peak_tflops_bf16: float = Field(gt=0, description="dense (non-sparse) bf16/fp16 tensor TFLOP/s")
    hbm_bandwidth_gb_per_s: float = Field(gt=0, description="memory bandwidth in GB/s")
    memory_gib: float = Field(gt=0, description="device memory in GiB")
    intra_node_link_gb_per_s: float = Field(
        gt=0,
        description="per-direction GPU-to-GPU bandwidth inside a node (NVLink or PCIe) in GB/s",
    )
    price_per_gpu_hour_usd: float = Field(ge=0, description="on-demand price per GPU-hour in USD")
    peak_tflops_fp8: float | None = Field(
        default=None, gt=0, description="dense fp8 TFLOP/s, if supported"
    )
    peak_tflops_fp4: float | None = Field(
        default=None, gt=0, description="dense fp4 (NVFP4) TFLOP/s, if supported"
    )
    source: str = Field(default="", description="datasheet and price references")
    aic_system: str | None = Field(
        default=None,
        description=(
            "aiconfigurator-core system whose measured kernels price this GPU (h100_sxm, "
            "h200_sxm, ...); None: no measured database"
        ),
    )

    @property
    def peak_flops(self) -> float:
        return self.peak_tflops_bf16 * 1e12

    @property
    def hbm_bytes_per_s(self) -> float:
        return self.hbm_bandwidth_gb_per_s * 1e9

    @property
    def memory_bytes(self) -> float:
        return self.memory_gib * GIB


@dataclass(config=SPEC_CONFIG)
class ClusterSpec:
    """Homogeneous nodes of identical GPUs."""

    name: str = Field(description="catalogue name, e.g. h100x8")
    gpu: GpuSpec = Field(description="the GPU model (a name from conf/gpu/)")
    num_nodes: int = Field(gt=0, description="number of nodes")
    gpus_per_node: int = Field(gt=0, description="GPUs in each node")
    inter_node_gb_per_s: float = Field(
        gt=0,
        description="per-direction network bandwidth of one node to another in GB/s (all its NICs)",
    )
    intra_node_link_gb_per_s: float | None = Field(
        default=None, gt=0, description="override the GPU's intra-node link bandwidth (GB/s)"
    )
    nvlink_domain_gpus: int | None = Field(
        default=None,
        gt=0,
        description=(
            "GPUs in one NVLink domain (TP groups never cross one); must divide gpus_per_node; "
            "default: the whole node"
        ),
    )
    source: str = Field(default="", description="where the topology comes from")

    def __post_init__(self) -> None:
        if self.nvlink_domain_gpus is not None and self.gpus_per_node % self.nvlink_domain_gpus:
            raise ValueError(
                f"nvlink_domain_gpus={self.nvlink_domain_gpus} does not divide "
                f"gpus_per_node={self.gpus_per_node}; set it to a divisor of gpus_per_node "
                "(NVLink domains spanning several nodes are not modelled)"
            )

    @property
    def num_gpus(self) -> int:
        return self.num_nodes * self.gpus_per_node

    @property
    def nvlink_domain_size(self) -> int:
        """GPUs of one NVLink domain: ``nvlink_domain_gpus`` or the whole node."""
        return self.nvlink_domain_gpus or self.gpus_per_node

    @property
    def intra_node_gb_per_s(self) -> float:
        return self.intra_node_link_gb_per_s or self.gpu.intra_node_link_gb_per_s
