"""Measured kernel databases of aiconfigurator-core, addressed as system / op / engine / version.

NVIDIA's aiconfigurator-core (Apache-2.0, a pinned dependency) ships kernel latencies
measured inside each serving engine: ``systems/data/<system>/<op>/<engine>/<version>/
*.parquet`` (latency in milliseconds). This module reads them from the installed package
(nothing is copied into this repository) and answers single-kernel queries in seconds:

* ``gemm_s(m, n, k)``: a dense GEMM of the database's dtype (``bfloat16``, ``fp8``,
  ``fp8_block``, ``nvfp4``, ...), the fastest kernel the engine has for it;
* ``context_attention_s(batch, seq)`` and ``generation_attention_s(batch, context)``:
  prefill and decode attention of one layer on one GPU for given per-GPU heads;
* ``allreduce_s(num_gpus, elements, graph)``: the engine's custom all-reduce (CUDA-graph
  or eager), else NCCL (the tables key messages by element count, as aiconfigurator's
  ops do; NCCL at the release the system's YAML names, ``misc.nccl_version``);
* ``collective_s("all_gather" | "reduce_scatter", num_gpus, elements)``: an NCCL
  all-gather (``elements``: the gathered output) or reduce-scatter (the input) of 16-bit
  values inside a node (attention data parallelism's token exchange);
* ``moe_s(tokens, ...)``: a fused MoE layer for the exact expert shape, when measured.

Every query returns ``None`` when the database has no series for it (another source of
the cost model's chain then prices it). Inside a series the value is interpolated
log-log (``numpy.interp``); past its grid it is extrapolated along the roofline's slope
from the grid's edge, ``t(x) = t(edge) * roof(x) / roof(edge)``, never clamped, and
counted in :attr:`KernelDatabase.extrapolated`.

A version the database lacks resolves to the newest measured version at or below it
(backward fill, as aiconfigurator does), else to the oldest above it (forward fill);
:attr:`KernelDatabase.versions` records which version priced each op family.
"""

from __future__ import annotations

import bisect
import functools
import importlib.metadata
import importlib.resources
import math
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd
import yaml
from packaging.version import InvalidVersion, Version

from servesolve.errors import SpecError

#: Our dtype names -> the database's GEMM dtypes, in order of preference.
GEMM_DTYPES: dict[str, tuple[str, ...]] = {
    "bf16": ("bfloat16",),
    "fp16": ("float16", "bfloat16"),
    "fp8": ("fp8", "fp8_block"),
    "fp4": ("nvfp4", "fp8"),
    "int4": ("int4_wo", "w4a16", "bfloat16"),
}
KV_DTYPES: dict[str, str] = {"bf16": "bfloat16", "fp16": "bfloat16", "fp8": "fp8", "fp4": "fp8"}
MOE_DTYPES: dict[str, tuple[str, ...]] = {
    "bf16": ("bfloat16",),
    "fp16": ("bfloat16",),
    "fp8": ("fp8", "fp8_block"),
    "fp4": ("nvfp4", "w4a16_mxfp4", "fp8"),
    "int4": ("int4_wo", "w4a16_mxfp4"),
}
#: Checkpoint formats (``ModelSpec.quantization``) -> (GEMM dtypes, MoE dtypes), after
#: aiconfigurator-core (``sdk/models/helpers.py``): block-scaled FP8 experts run the block
#: MoE kernels; an MXFP4 checkpoint (gpt-oss) keeps its non-expert weights in bf16. Dense
#: block-FP8 GEMMs keep the per-tensor tables first: vLLM's ``fp8_block`` GEMM tables are
#: 5-15x slower than its ``fp8`` ones for small batches (4096 x 4096 at m = 1: 61 vs 12 us
#: on H200, 156 vs 25 us on B200, vLLM 0.24.0), unlike SGLang's and TRT-LLM's, where the
#: two are within a few microseconds.
FORMAT_DTYPES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "fp8_block": (("fp8", "fp8_block"), ("fp8_block", "fp8")),
    "mxfp4": (("bfloat16",), ("w4a16_mxfp4", "w4a8_mxfp4_mxfp8", "fp8")),
}


def gemm_dtypes(weight_dtype: str, quantization: str | None = None) -> tuple[str, ...]:
    """Database GEMM dtypes of a checkpoint, in order of preference."""
    if quantization in FORMAT_DTYPES:
        return FORMAT_DTYPES[quantization][0]
    return GEMM_DTYPES.get(weight_dtype, ())


#: Database systems of Blackwell GPUs (SM100 family).
BLACKWELL_SYSTEMS = frozenset({"b200_sxm", "b300_sxm", "gb200", "gb300"})
#: (checkpoint format, engine) -> MoE dtypes on Blackwell, where the engine quantizes the
#: experts' activations: TRT-LLM runs MXFP4 experts with MXFP8 activations there, on both
#: its TRTLLM and CUTLASS MoE backends ("Deployment Guide for GPT-OSS on TensorRT-LLM -
#: Blackwell Hardware", MoE backend support matrix; BF16 activations on Hopper). Its W4A8
#: table is 3.5-6x faster than its W4A16 one at 8,192 tokens (gpt-oss-120b TP1 on B200,
#: 1.3.0rc20: 0.88 vs 5.25 ms). vLLM's default FlashInfer MXFP4 backend keeps BF16
#: activations (MXFP8 only behind an environment variable), as its tables do.
BLACKWELL_MOE_DTYPES: dict[tuple[str, str], tuple[str, ...]] = {
    ("mxfp4", "trtllm"): ("w4a8_mxfp4_mxfp8", "w4a16_mxfp4", "fp8"),
}


#: (checkpoint format, engine) -> the MoE kernel the engine runs on Blackwell by default, a
#: substring of the tables' ``kernel_source``: vLLM serves MXFP4 experts there with
#: FlashInfer's TRT-LLM MoE kernels (``get_mxfp4_backend``: ``SM100_FI_MXFP4_BF16`` when
#: FlashInfer is installed, as in vLLM's wheels). vLLM 0.19.0's B200 table measured another
#: kernel (``vllm_mxfp4_moe``), 3.7x slower at 8,192 tokens (12.0 vs 3.2 ms, gpt-oss-120b
#: TP1) and flat in the EP split; the measured TPOT of gpt-oss on B200 under vLLM 0.15.1
#: (3.5 ms at TP1, 4 clients) is below that kernel's 36 layers alone (7.3 ms).
BLACKWELL_MOE_KERNELS: dict[tuple[str, str], str] = {("mxfp4", "vllm"): "flashinfer"}


def moe_kernel(quantization: str | None, engine: str | None, system: str | None) -> str:
    """The kernel (a ``kernel_source`` substring) the MoE rows of a checkpoint served by
    ``engine`` on ``system`` must come from (``BLACKWELL_MOE_KERNELS``); '' for any."""
    if system in BLACKWELL_SYSTEMS:
        return BLACKWELL_MOE_KERNELS.get((str(quantization), str(engine)), "")
    return ""


def moe_dtypes(
    weight_dtype: str,
    quantization: str | None = None,
    engine: str | None = None,
    system: str | None = None,
) -> tuple[str, ...]:
    """Database MoE dtypes of a checkpoint, in order of preference (``engine`` on
    ``system``: see ``BLACKWELL_MOE_DTYPES``)."""
    if system in BLACKWELL_SYSTEMS and (quantization, engine) in BLACKWELL_MOE_DTYPES:
        return BLACKWELL_MOE_DTYPES[(str(quantization), str(engine))]
    if quantization in FORMAT_DTYPES:
        return FORMAT_DTYPES[quantization][1]
    return MOE_DTYPES.get(weight_dtype, ())


#: MoE routing skew of the measured MoE tables used (aiconfigurator's default workload).
MOE_DISTRIBUTION = ("power_law_1.01", "balanced")

Roof = Callable[[float], float]


def aic_version() -> str:
    """Installed aiconfigurator-core version (the data release every figure refers to)."""
    return importlib.metadata.version("aiconfigurator-core")


def aic_data_root() -> Path:
    """``systems/data`` of the installed aiconfigurator-core."""
    return Path(str(importlib.resources.files("aiconfigurator_core"))) / "systems" / "data"


def _version_key(text: str) -> Version:
    try:
        return Version(text)
    except InvalidVersion:
        return Version("0")


def release_order(folder: Path, wanted: str) -> list[str]:
    """The measured versions under ``folder`` (``<op>/<engine>/``), in the order they
    price ``wanted``: those at or below it, newest first, then those above it, oldest
    first; newest first for ``latest`` or a release that is not a version number (a
    nightly build); empty when there is none."""
    if not folder.is_dir():
        return []
    versions = sorted((p.name for p in folder.iterdir() if p.is_dir()), key=_version_key)
    try:
        target = Version(wanted)
    except InvalidVersion:
        return versions[::-1]
    below = [v for v in versions if _version_key(v) <= target]
    return below[::-1] + [v for v in versions if _version_key(v) > target]


def reused_from(folder: Path, version: str, name: str) -> str | None:
    """The release whose table ``name`` (a ``<table>.parquet`` file) release ``version``
    under ``folder`` (``<op>/<engine>/``) declares it reuses in its ``reuse.yaml``
    (aiconfigurator-core's ``reuse: [{table, from_version, ...}]``), or None."""
    path = folder / version / "reuse.yaml"
    if not path.is_file():
        return None
    declared = (yaml.safe_load(path.read_text()) or {}).get("reuse") or []
    table = name.removesuffix(".parquet")
    return next((str(e["from_version"]) for e in declared if e.get("table") == table), None)


def resolve_version(folder: Path, wanted: str) -> str | None:
    """The measured version under ``folder`` that prices ``wanted``: the first of
    :func:`release_order` (the newest at or below it, else the oldest above it); None
    when there is none."""
    order = release_order(folder, wanted)
    return order[0] if order else None


@dataclass(frozen=True)
class Curve:
    """A measured series ``y(x)`` (x ascending), interpolated log-log inside its grid and
    extrapolated along a roofline's slope outside it. Pure Python on precomputed logs:
    a simulation asks millions of times."""

    xs: tuple[float, ...]
    ys: tuple[float, ...]
    log_x: tuple[float, ...]
    log_y: tuple[float, ...]

    @classmethod
    def of(cls, xs: Sequence[float], ys: Sequence[float]) -> Curve:
        x = tuple(float(v) for v in xs)
        y = tuple(float(v) for v in ys)
        return cls(x, y, tuple(math.log(v) for v in x), tuple(math.log(v) for v in y))

    def at(self, x: float, roof: Roof) -> tuple[float, bool]:
        """``y(x)`` and whether it was extrapolated (``roof(x) / roof(edge)`` times the
        edge's value)."""
        xs = self.xs
        if x < xs[0] or x > xs[-1] or len(xs) == 1:
            edge = 0 if x < xs[0] else len(xs) - 1
            base = roof(xs[edge])
            ratio = roof(x) / base if base > 0 else 1.0
            return self.ys[edge] * ratio, x != xs[edge]
        i = bisect.bisect_left(xs, x)
        if xs[i] == x:
            return self.ys[i], False
        lx, ly = self.log_x, self.log_y
        w = (math.log(x) - lx[i - 1]) / (lx[i] - lx[i - 1])
        return math.exp(ly[i - 1] + w * (ly[i] - ly[i - 1])), False


def interp_loglog(
    xs: Sequence[float], ys: Sequence[float], x: float, roof: Roof
) -> tuple[float, bool]:
    """``ys(x)`` interpolated log-log inside ``xs`` (ascending), extrapolated along
    ``roof``'s slope from the nearer edge outside it; and whether it extrapolated."""
    return Curve.of(xs, ys).at(x, roof)


@dataclass(frozen=True)
class _GemmGrid:
    """Measured GEMM times per (n, k) as curves over m, and the n and k grids."""

    ns: np.ndarray
    ks: np.ndarray
    series: dict[tuple[float, float], Curve]


@dataclass
class _Series2D:
    """Latency over (outer, inner) on a possibly ragged grid: one inner curve per outer."""

    outer: Curve  # outer grid (ys unused)
    inner: list[Curve]
    heads: int = 0

    @classmethod
    def from_frame(cls, frame: pd.DataFrame, outer: str, inner: str) -> _Series2D:
        best = frame.groupby([outer, inner], sort=True)["latency"].min().reset_index()
        outs, curves = [], []
        for key, group in best.groupby(outer, sort=True):
            outs.append(float(key))
            curves.append(Curve.of(group[inner], group["latency"].to_numpy(float) * 1e-3))
        return cls(Curve.of(outs, [1.0] * len(outs)), curves)

    def at(self, x: float, y: float, roof: Callable[[float, float], float]) -> tuple[float, bool]:
        """Interpolate in ``y`` within the bracketing ``x`` curves, then log-log in ``x``
        (extrapolated along ``roof`` past either grid)."""
        xs = self.outer.xs
        if x <= xs[0] or x >= xs[-1] or len(xs) == 1:
            i = 0 if x <= xs[0] else len(xs) - 1
            value, out_y = self.inner[i].at(y, lambda v: roof(xs[i], v))
            if x == xs[i]:
                return value, out_y
            return value * roof(x, y) / roof(xs[i], y), True
        hi = bisect.bisect_left(xs, x)
        if xs[hi] == x:
            return self.inner[hi].at(y, lambda v: roof(x, v))
        lo = hi - 1
        v_lo, e_lo = self.inner[lo].at(y, lambda v: roof(xs[lo], v))
        v_hi, e_hi = self.inner[hi].at(y, lambda v: roof(xs[hi], v))
        lx = self.outer.log_x
        w = (math.log(x) - lx[lo]) / (lx[hi] - lx[lo])
        return math.exp((1 - w) * math.log(v_lo) + w * math.log(v_hi)), e_lo or e_hi


@dataclass(eq=False)
class KernelDatabase:
    """The measured kernels of one system, served by one engine at one version.

    Parameters
    ----------
    system: aiconfigurator system name (``h100_sxm``, ``h200_sxm``, ``b200_sxm``, ...).
    engine: ``vllm``, ``sglang`` or ``trtllm``.
    version: the engine release to model; each op family resolves to the nearest measured
        release (see :func:`resolve_version`).
    root: the ``systems/data`` folder (default: the installed package's).
    """

    system: str
    engine: str
    version: str
    root: Path = field(default_factory=aic_data_root)
    versions: dict[str, str] = field(default_factory=dict)
    extrapolated: Counter = field(default_factory=Counter)
    #: Op shapes priced from another release than the resolved one (it lacked them).
    borrowed: Counter = field(default_factory=Counter)
    #: MoE splits no release measured, priced from a measured split (its label -> count).
    scaled: Counter = field(default_factory=Counter)

    def __post_init__(self) -> None:
        if not (self.root / self.system).is_dir():
            known = sorted(p.name for p in self.root.iterdir() if p.is_dir())
            raise SpecError(
                "cluster.gpu.aic_system",
                f"aiconfigurator-core {aic_version()} has no measured data for '{self.system}'",
                f"use one of {', '.join(known)}, or null for the roofline",
            )
        self._gemm = functools.lru_cache(maxsize=1 << 16)(self._gemm_uncached)

    @functools.cached_property
    def nccl_version(self) -> str:
        """The NCCL release the system's YAML names (``misc.nccl_version``), else newest."""
        config = self.root.parent / f"{self.system}.yaml"
        if config.is_file():
            data = yaml.safe_load(config.read_text()) or {}
            version = (data.get("misc") or {}).get("nccl_version")
            if version:
                return str(version)
        return "999"

    @property
    def label(self) -> str:
        used = ", ".join(f"{op} {v}" for op, v in sorted(self.versions.items()))
        if self.borrowed:
            used += "; shapes it lacks from " + ", ".join(sorted(self.borrowed))
        if self.scaled:
            used += "; MoE splits it lacks scaled along the roofline from " + ", ".join(
                sorted(self.scaled)
            )
        return f"aiconfigurator-core {aic_version()} {self.system}/{self.engine} ({used})"

    # ---- files ---------------------------------------------------------------------
    def _releases(self, op: str, engine: str | None) -> tuple[Path, str]:
        """The folder of ``op``'s releases for ``engine`` (default the database's) and
        the release wanted there (NCCL's own version for ``nccl``)."""
        base = self.root / self.system / op / (engine or self.engine)
        return base, self.nccl_version if engine == "nccl" else self.version

    def _folder(self, op: str, engine: str | None = None) -> Path | None:
        base, wanted = self._releases(op, engine)
        version = resolve_version(base, wanted)
        if version is None:
            return None
        self.versions[op if engine is None else f"{op}/{engine}"] = version
        return base / version

    @functools.cache  # noqa: B019 - one database per (system, engine, version) per run
    def _table(self, op: str, name: str, engine: str | None = None) -> pd.DataFrame | None:
        """Table ``name`` of ``op`` at the resolved release. A release folder that does
        not hold the file itself may declare, in its ``reuse.yaml``, the release whose
        table it reuses (aiconfigurator-core's marker: e.g. TRT-LLM 1.3.0rc23 on
        Blackwell reuses 1.3.0rc20's GEMMs); a release with neither (it measured other
        tables of the op only) is skipped for the next one in :func:`release_order`,
        counted in ``borrowed``. ``versions`` records the release read."""
        base, wanted = self._releases(op, engine)
        order = release_order(base, wanted)
        for version in order:
            source = (
                version if (base / version / name).is_file() else reused_from(base, version, name)
            )
            if source is None or not (base / source / name).is_file():
                continue
            self.versions[op if engine is None else f"{op}/{engine}"] = source
            if version != order[0]:
                self.borrowed[f"{op} {source}"] += 1
            return pd.read_parquet(base / source / name)
        return None

    def _flag(self, op: str, outside: bool) -> None:
        if outside:
            self.extrapolated[op] += 1

    # ---- GEMM ----------------------------------------------------------------------
    @functools.cache  # noqa: B019
    def _gemm_series(self, dtype: str) -> _GemmGrid | None:
        table = self._table("gemm", "gemm_perf.parquet")
        if table is None:
            return None
        rows = table[table["gemm_dtype"] == dtype]
        if rows.empty:
            return None
        best = rows.groupby(["n", "k", "m"], sort=True)["latency"].min().reset_index()
        series = {
            (float(n), float(k)): Curve.of(g["m"], g["latency"].to_numpy(float) * 1e-3)
            for (n, k), g in best.groupby(["n", "k"], sort=True)
        }
        return _GemmGrid(
            np.asarray(sorted({key[0] for key in series})),
            np.asarray(sorted({key[1] for key in series})),
            series,
        )

    def gemm_dtype(self, weight_dtype: str, quantization: str | None = None) -> str | None:
        """The database dtype that prices GEMMs of ``weight_dtype`` weights in checkpoint
        format ``quantization``, or None."""
        for candidate in gemm_dtypes(weight_dtype, quantization):
            if self._gemm_series(candidate) is not None:
                return candidate
        return None

    def gemm_s(
        self, m: float, n: float, k: float, dtype: str, roof: Callable[[float, float, float], float]
    ) -> float | None:
        """Seconds of an ``m x k`` by ``k x n`` GEMM in database dtype ``dtype``.

        Log-bilinear in (n, k) between the measured corners around the query, each
        interpolated log-log in m; past the m grid of a corner, or past the (n, k) grid,
        scaled along ``roof`` (a roofline GEMM time of ``(m, n, k)``) from the edge.
        """
        if m <= 0:
            return 0.0
        return self._gemm(float(m), float(n), float(k), dtype, roof)

    @functools.cache  # noqa: B019
    def _gemm_curve(self, n: float, k: float, dtype: str) -> tuple[Curve, float, float] | None:
        """The m-curve of an (n, k) GEMM: log-bilinear between the measured (n, k)
        corners around it (their m grids are shared), and the corner it extends from
        when (n, k) lies past the grid (else n, k themselves)."""
        grid = self._gemm_series(dtype)
        if grid is None:
            return None
        n_pts, n_w = _bracket(grid.ns, n)
        k_pts, k_w = _bracket(grid.ks, k)
        corners = [
            (grid.series.get((n_c, k_c)), wn * wk)
            for n_c, wn in zip(n_pts, n_w, strict=True)
            for k_c, wk in zip(k_pts, k_w, strict=True)
        ]
        if any(c is None for c, _ in corners):
            return None
        xs = corners[0][0].xs
        if any(c.xs != xs for c, _ in corners):
            common = sorted(set(xs).intersection(*(c.xs for c, _ in corners)))
            if not common:
                return None
            xs = tuple(common)
        log_y = [sum(w * math.log(c.at(x, _no_roof)[0]) for c, w in corners) for x in xs]
        curve = Curve.of(xs, [math.exp(v) for v in log_y])
        n_edge = n_pts[0] if len(n_pts) == 1 else n
        k_edge = k_pts[0] if len(k_pts) == 1 else k
        return curve, n_edge, k_edge

    def _gemm_uncached(
        self, m: float, n: float, k: float, dtype: str, roof: Callable[[float, float, float], float]
    ) -> float | None:
        found = self._gemm_curve(n, k, dtype)
        if found is None:
            return None
        curve, n_edge, k_edge = found
        t, outside = curve.at(m, lambda x: roof(x, n_edge, k_edge))
        if n_edge != n or k_edge != k:
            # Past the (n, k) grid: move from the nearest edge along the roofline.
            t *= roof(m, n, k) / roof(m, n_edge, k_edge)
            outside = True
        self._flag("gemm", outside)
        return t

    # ---- attention -----------------------------------------------------------------
    @functools.cache  # noqa: B019
    def _attention_series(
        self, phase: str, heads: int, kv_heads: int, head_dim: int, kv_dtype: str, window: int = 0
    ) -> _Series2D | None:
        table = self._table("attention", f"{phase}_attention_perf.parquet")
        if table is None:
            return None
        if "window_size" in table.columns:
            windowed = table["window_size"] == window
        elif window:  # an older release measured full attention only
            return None
        else:
            windowed = True
        rows = table[
            (table["head_dim"] == head_dim)
            & (table["kv_cache_dtype"] == kv_dtype)
            & windowed
            & (table["num_key_value_heads"] == kv_heads)
        ]
        if rows.empty:
            return None
        measured_heads = np.sort(rows["num_heads"].unique())
        # Same KV heads, nearest query heads (time scales with heads: handled by caller).
        nearest = int(measured_heads[np.argmin(np.abs(np.log(measured_heads / heads)))])
        rows = rows[rows["num_heads"] == nearest]
        inner = "isl" if phase == "context" else "step"
        series = _Series2D.from_frame(rows, "batch_size", inner)
        series.heads = nearest
        return series

    def attention_s(
        self,
        phase: str,
        batch: float,
        length: float,
        heads: int,
        kv_heads: int,
        head_dim: int,
        kv_dtype: str,
        roof: Callable[[float, float], float],
        window: int = 0,
    ) -> float | None:
        """Seconds of one layer's ``phase`` attention (``context``: ``batch`` prompts of
        ``length`` tokens; ``generation``: ``batch`` sequences reading ``length`` cached
        tokens) with ``heads`` / ``kv_heads`` per GPU; ``window``: a sliding-window layer
        attending to that many tokens, as measured (0: full attention)."""
        if batch <= 0:
            return 0.0
        series = self._attention_series(phase, heads, kv_heads, head_dim, kv_dtype, window)
        if series is None:
            return None
        t, outside = series.at(float(batch), max(float(length), 1.0), roof)
        self._flag(f"{phase}_attention", outside)
        if phase == "generation" or heads == series.heads:
            return t  # decode reads the KV cache: flat in query heads (same KV heads)
        return t * heads / series.heads  # prefill: FLOPs scale with query heads

    # ---- communication ---------------------------------------------------------------
    @functools.cache  # noqa: B019
    def _allreduce_series(self, num_gpus: int, kind: str) -> Curve | None:
        """All-reduce latency by message size: the engine's custom kernel (``graph`` or
        ``eager``) or ``nccl``."""
        if kind == "nccl":
            table = self._table("comm", "nccl_perf.parquet", engine="nccl")
            if table is None:
                return None
            rows = table[
                (table["op_name"] == "all_reduce")
                & (table["num_gpus"] == num_gpus)
                & (table["nccl_dtype"] == "half")
            ]
        else:
            table = self._table("comm", "custom_allreduce_perf.parquet")
            if table is None:
                return None
            rows = table[table["num_gpus"] == num_gpus]
            if "backend" in rows.columns:  # vLLM, SGLang: graph and eager variants
                rows = rows[rows["backend"].str.endswith(kind)]
        if rows.empty:
            return None
        best = rows.groupby("message_size")["latency"].min()
        return Curve.of(best.index, best.to_numpy(float) * 1e-3)

    def allreduce_s(self, num_gpus: int, elements: float, graph: bool, roof: Roof) -> float | None:
        """Seconds of an all-reduce of ``elements`` 16-bit values over ``num_gpus`` GPUs of
        a node (``roof``: a roofline time of that many elements).

        Inside a CUDA graph: the engine's captured custom all-reduce. Eager: the faster of
        its eager custom all-reduce and NCCL (engines hand large messages to NCCL).
        """
        if num_gpus <= 1 or elements <= 0:
            return 0.0
        kinds = ("graph", "nccl") if graph else ("eager", "nccl")
        times = []
        for kind in kinds:
            series = self._allreduce_series(num_gpus, kind)
            if series is None:
                continue
            times.append(series.at(float(elements), roof))
            if graph:
                break  # a captured graph runs the custom kernel when the engine has one
        if not times:
            return None
        t, outside = min(times)
        self._flag("all_reduce", outside)
        return t

    @functools.cache  # noqa: B019
    def _nccl_series(self, name: str, num_gpus: int) -> Curve | None:
        """NCCL ``name`` (``all_gather``, ``reduce_scatter``) latency by message size
        (16-bit elements) on ``num_gpus`` GPUs."""
        table = self._table("comm", "nccl_perf.parquet", engine="nccl")
        if table is None:
            return None
        rows = table[
            (table["op_name"] == name)
            & (table["num_gpus"] == num_gpus)
            & (table["nccl_dtype"] == "half")
        ]
        if rows.empty:
            return None
        best = rows.groupby("message_size")["latency"].min()
        return Curve.of(best.index, best.to_numpy(float) * 1e-3)

    def collective_s(self, name: str, num_gpus: int, elements: float, roof: Roof) -> float | None:
        """Seconds of an NCCL all-gather (``elements``: the gathered output, nccl-tests'
        convention) or reduce-scatter (the input) of 16-bit values over ``num_gpus`` GPUs
        of a node (``roof``: a roofline time of that many elements); None when the
        database did not measure it."""
        if name not in ("all_gather", "reduce_scatter"):
            raise ValueError(f"collective '{name}': fix: use all_gather or reduce_scatter")
        if num_gpus <= 1 or elements <= 0:
            return 0.0
        series = self._nccl_series(name, num_gpus)
        if series is None:
            return None
        t, outside = series.at(float(elements), roof)
        self._flag(name, outside)
        return t

    # ---- MoE -----------------------------------------------------------------------------
    @functools.cache  # noqa: B019
    def _table_at(self, op: str, name: str, version: str) -> pd.DataFrame | None:
        path = self.root / self.system / op / self.engine / version / name
        return pd.read_parquet(path) if path.is_file() else None

    @functools.cache  # noqa: B019
    def _moe_shape_rows(
        self, version: str, hidden: int, inter: int, topk: int, experts: int
    ) -> pd.DataFrame | None:
        """The fused-MoE rows of one expert shape measured at ``version`` (None: no table)."""
        table = self._table_at("moe", "moe_perf.parquet", version)
        if table is None:
            return None
        return table[
            (table["hidden_size"] == hidden)
            & (table["inter_size"] == inter)
            & (table["topk"] == topk)
            & (table["num_experts"] == experts)
        ]

    def _moe_releases(
        self, hidden: int, inter: int, topk: int, experts: int, kernel: str = ""
    ) -> Iterator[tuple[str, pd.DataFrame]]:
        """(release, its fused-MoE rows of the expert shape), in :func:`release_order`,
        for each release that has a fused-MoE table; with ``kernel``, only the rows whose
        ``kernel_source`` contains it (:func:`moe_kernel`)."""
        for version in release_order(self.root / self.system / "moe" / self.engine, self.version):
            rows = self._moe_shape_rows(version, hidden, inter, topk, experts)
            if rows is not None and kernel:
                rows = rows[rows["kernel_source"].astype(str).str.contains(kernel, regex=False)]
            if rows is not None:
                yield version, rows

    @functools.cache  # noqa: B019
    def _moe_series(
        self,
        dtype_pref: tuple[str, ...],
        hidden: int,
        inter: int,
        topk: int,
        experts: int,
        moe_tp: int,
        moe_ep: int,
        kernel: str = "",
    ) -> Curve | None:
        """The MoE layer's measured series at the resolved release; when that release did
        not measure the expert shape and split, at the nearest release that did (counted
        in ``borrowed``), before any roofline."""
        if self._folder("moe") is None:  # records the resolved release
            return None
        for version, rows in self._moe_releases(hidden, inter, topk, experts, kernel):
            rows = rows[(rows["moe_tp_size"] == moe_tp) & (rows["moe_ep_size"] == moe_ep)]
            for dtype in dtype_pref:
                for dist in MOE_DISTRIBUTION:
                    sel = rows[(rows["moe_dtype"] == dtype) & (rows["distribution"] == dist)]
                    if not sel.empty:
                        if version != self.versions.get("moe"):
                            self.borrowed[f"moe {version}"] += 1
                        best = sel.groupby("num_tokens")["latency"].min()
                        return Curve.of(best.index, best.to_numpy(float) * 1e-3)
        return None

    @functools.cache  # noqa: B019
    def _moe_neighbour(
        self,
        dtype_pref: tuple[str, ...],
        hidden: int,
        inter: int,
        topk: int,
        experts: int,
        moe_tp: int,
        moe_ep: int,
        kernel: str = "",
    ) -> tuple[int, int] | None:
        """The measured split of the expert shape nearest to the wanted one, counted in
        ``scaled``; None if none is measured. Only pure splits (TP x 1 or 1 x EP, the
        ones the planner prices) are candidates; the most preferred dtype with any of
        them first, then the same mode (expert- or tensor-parallel), then the closest
        GPU count (log scale), then the smaller."""
        splits: dict[str, set[tuple[int, int]]] = {dtype: set() for dtype in dtype_pref}
        for _, rows in self._moe_releases(hidden, inter, topk, experts, kernel):
            rows = rows[
                rows["moe_dtype"].isin(dtype_pref)
                & rows["distribution"].isin(MOE_DISTRIBUTION)
                & ((rows["moe_tp_size"] == 1) | (rows["moe_ep_size"] == 1))
            ]
            for dtype, t, e in zip(
                rows["moe_dtype"], rows["moe_tp_size"], rows["moe_ep_size"], strict=True
            ):
                splits[str(dtype)].add((int(t), int(e)))
        found = next((found for found in splits.values() if found), None)
        if found is None:
            return None

        def distance(split: tuple[int, int]) -> tuple[bool, float, int, int]:
            tp, ep = split
            return (
                (ep > 1) != (moe_ep > 1),
                abs(math.log2(tp * ep) - math.log2(moe_tp * moe_ep)),
                tp * ep,
                ep,
            )

        nearest = min(found, key=distance)
        self.scaled[f"MoE TP{nearest[0]}xEP{nearest[1]}"] += 1
        return nearest

    def moe_s(
        self,
        tokens: float,
        weight_dtype: str,
        hidden: int,
        inter: int,
        topk: int,
        experts: int,
        moe_tp: int,
        moe_ep: int,
        roof: Roof,
        quantization: str | None = None,
        roof_of: Callable[[int, int], Roof] | None = None,
    ) -> float | None:
        """Seconds of one fused MoE layer over ``tokens`` tokens, when that expert shape
        was measured (in checkpoint format ``quantization``'s dtypes). At that split, or,
        given ``roof_of`` (the roofline of any (moe_tp, moe_ep) split), at the nearest
        measured split times the roofline's ratio of the two: the measured kernel carries
        the launch and latency costs a bare roofline misses."""
        if tokens <= 0:
            return 0.0
        dtypes = moe_dtypes(weight_dtype, quantization, self.engine, self.system)
        kernel = moe_kernel(quantization, self.engine, self.system)
        shape = (hidden, inter, topk, experts)
        series = self._moe_series(dtypes, *shape, moe_tp, moe_ep, kernel)
        if series is not None:
            t, outside = series.at(float(tokens), roof)
            self._flag("moe", outside)
            return t
        if roof_of is None:
            return None
        nearest = self._moe_neighbour(dtypes, *shape, moe_tp, moe_ep, kernel)
        if nearest is None:
            return None
        series = self._moe_series(dtypes, *shape, *nearest, kernel)
        if series is None:
            return None
        other = roof_of(*nearest)
        t, outside = series.at(float(tokens), other)
        self._flag("moe", outside)
        base = other(float(tokens))
        return t * roof(float(tokens)) / base if base > 0 else t


def _no_roof(x: float) -> float:
    return 1.0


def _bracket(grid: np.ndarray, x: float) -> tuple[list[float], list[float]]:
    """The grid points around ``x`` and their log-linear weights (the nearest edge
    alone outside the grid)."""
    if x <= grid[0]:
        return [float(grid[0])], [1.0]
    if x >= grid[-1]:
        return [float(grid[-1])], [1.0]
    # (inside: the two neighbours)
    hi = int(np.searchsorted(grid, x))
    lo = hi - 1
    if grid[hi] == x:
        return [float(x)], [1.0]
    w = (np.log(x) - np.log(grid[lo])) / (np.log(grid[hi]) - np.log(grid[lo]))
    return [float(grid[lo]), float(grid[hi])], [1.0 - w, w]


@functools.cache
def open_database(system: str, engine: str, version: str) -> KernelDatabase:
    """One shared :class:`KernelDatabase` per (system, engine, version) per process."""
    return KernelDatabase(system, engine, version)
