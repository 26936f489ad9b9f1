"""Cost tables: tidy, versioned operator timings measured on one device.

One row per measurement. Columns (``SCHEMA``):

* ``operation``: what was timed, one of :data:`OPERATIONS`;
* shape columns: the operation's own (``OPERATIONS[op]``) are required, the others empty;
* ``latency_s``: median time of one call; ``num_repeats``: timed calls behind it;
* metadata: ``device`` (the catalogue name, e.g. H100-SXM-80GB, or ``cpu``), ``dtype``,
  ``torch_version``, ``cuda_version`` (empty on CPU), ``servesolve_version``,
  ``measured_at`` (ISO date), ``machine`` (host and processor), ``source`` (the command
  or the publication the numbers come from).

Tables live in a versioned folder per device, ``<root>/<device>/v<N>/<operation>.csv``;
:func:`load_table` validates a file and names the column that is wrong.
:class:`TableInterpolator` interpolates within the measured grid with SciPy (linear in
log-log space, where operator times are close to piecewise linear) and refuses or flags
points outside it, extrapolating them along a caller's slope (a roofline) from the grid's edge.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import numpy as np
import pandas as pd
from scipy.interpolate import LinearNDInterpolator, NearestNDInterpolator, RegularGridInterpolator

#: Shape columns each operation is indexed by.
OPERATIONS: dict[str, tuple[str, ...]] = {
    "gemm": ("m", "k", "n"),
    "attention_prefill": ("batch_size", "seq_len", "num_heads", "num_kv_heads", "head_dim"),
    "attention_decode": ("batch_size", "context_len", "num_heads", "num_kv_heads", "head_dim"),
    "rms_norm": ("num_tokens", "hidden_size"),
    "activation": ("num_tokens", "width"),
    "layer_prefill": ("batch_size", "seq_len", "tp"),
    "layer_decode": ("batch_size", "context_len", "tp"),
    # One serving step without its layers: host work, embedding, final norm, LM head and
    # sampling, for batch_size sequences of num_tokens tokens in all.
    "step_overhead": ("batch_size", "num_tokens"),
}
SHAPE_COLUMNS: tuple[str, ...] = tuple(
    dict.fromkeys(c for cols in OPERATIONS.values() for c in cols)
)
METADATA_COLUMNS = (
    "device",
    "dtype",
    "torch_version",
    "cuda_version",
    "servesolve_version",
    "measured_at",
    "machine",
    "source",
)
#: Every column, in file order.
SCHEMA: tuple[str, ...] = (
    "operation",
    "model",
    *SHAPE_COLUMNS,
    "latency_s",
    "num_repeats",
    *METADATA_COLUMNS,
)
#: Metadata that may be empty (no CUDA on a CPU; a published table may not say).
OPTIONAL_METADATA = {"cuda_version", "torch_version", "servesolve_version", "model"}


class CostTableError(ValueError):
    """A cost table does not follow the schema; the message names the column and the fix."""


class ExtrapolationError(ValueError):
    """A query lies outside the measured grid and extrapolation was refused."""


def _fail(path: str, message: str) -> CostTableError:
    return CostTableError(f"cost table {path}: {message}")


def validate_table(table: pd.DataFrame, path: str = "<memory>") -> pd.DataFrame:
    """The table with typed columns, or a :class:`CostTableError` naming what is wrong."""
    missing = [c for c in SCHEMA if c not in table.columns]
    if missing:
        raise _fail(path, f"column '{missing[0]}' missing; fix: write every column of SCHEMA")
    extra = [c for c in table.columns if c not in SCHEMA]
    if extra:
        raise _fail(path, f"unknown column '{extra[0]}'; fix: remove it or use a SCHEMA name")
    out = table.loc[:, list(SCHEMA)].copy()
    unknown = sorted(set(out["operation"].astype(str)) - set(OPERATIONS))
    if unknown:
        raise _fail(
            path, f"column 'operation' has '{unknown[0]}'; fix: use one of {', '.join(OPERATIONS)}"
        )
    for column in (*SHAPE_COLUMNS, "latency_s", "num_repeats"):
        numeric = pd.to_numeric(out[column], errors="coerce")
        bad = out[column].notna() & numeric.isna()
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            raise _fail(
                path, f"column '{column}' row {row}: '{out[column].iloc[row]}' is not a number"
            )
        out[column] = numeric
    for op, columns in OPERATIONS.items():
        rows = out["operation"] == op
        for column in columns:
            if (rows & out[column].isna()).any():
                raise _fail(path, f"column '{column}' is empty on a '{op}' row; fix: fill it")
            if (rows & (out[column] <= 0)).any():
                raise _fail(path, f"column '{column}' must be > 0 on '{op}' rows")
    if out["latency_s"].isna().any() or (out["latency_s"] <= 0).any():
        raise _fail(path, "column 'latency_s' must be a positive number on every row")
    if out["num_repeats"].isna().any() or (out["num_repeats"] < 1).any():
        raise _fail(path, "column 'num_repeats' must be >= 1 on every row")
    for column in METADATA_COLUMNS:
        if column in OPTIONAL_METADATA:
            continue
        if out[column].isna().any() or (out[column].astype(str).str.strip() == "").any():
            raise _fail(path, f"column '{column}' is empty; fix: record it when measuring")
    if out["device"].nunique() != 1:
        raise _fail(path, "column 'device' holds several devices; fix: one table per device")
    return out


def load_table(path: str | Path) -> pd.DataFrame:
    """Read and validate one table file (CSV)."""
    path = Path(path)
    if not path.exists():
        raise CostTableError(f"cost table {path}: not found")
    return validate_table(pd.read_csv(path), str(path))


def device_slug(device: str) -> str:
    """Folder name of a device: ``H100-SXM-80GB`` -> ``h100-sxm-80gb``."""
    return re.sub(r"[^a-z0-9.]+", "-", device.lower()).strip("-")


def table_folder(root: str | Path, device: str, version: int | None = None) -> Path:
    """``<root>/<device>/v<N>``: version ``N``, or the newest one present when None."""
    base = Path(root) / device_slug(device)
    if version is not None:
        return base / f"v{version}"
    versions = sorted(
        (int(p.name[1:]) for p in base.glob("v*") if p.name[1:].isdigit()), reverse=True
    )
    if not versions:
        raise CostTableError(f"cost tables: none for device '{device}' under {root}")
    return base / f"v{versions[0]}"


def load_device_tables(root: str | Path, device: str, version: int | None = None) -> pd.DataFrame:
    """Every operation table of a device (newest version unless given), concatenated."""
    folder = table_folder(root, device, version)
    files = sorted(folder.glob("*.csv"))
    if not files:
        raise CostTableError(f"cost tables: {folder} holds no .csv table")
    return pd.concat([load_table(f) for f in files], ignore_index=True)


def write_table(table: pd.DataFrame, path: str | Path) -> Path:
    """Validate and write ``table``; refuses to overwrite an existing file."""
    path = Path(path)
    clean = validate_table(table, str(path))
    if path.exists():
        raise FileExistsError(f"{path} exists; fix: write a new version folder (v<N+1>)")
    path.parent.mkdir(parents=True, exist_ok=True)
    clean.to_csv(path, index=False, float_format="%.9g")
    return path


@dataclass(frozen=True)
class Lookup:
    """An interpolated time, and whether the query left the measured grid."""

    latency_s: float
    extrapolated: bool


class TableInterpolator:
    """Times of one operation at shapes between the measured ones.

    Rows are grouped by ``key_columns`` (matched exactly, e.g. a GEMM's ``k`` and ``n``);
    within a group, time is interpolated over ``grid_columns`` (e.g. ``m``) linearly in
    log(shape) -> log(time), by :class:`~scipy.interpolate.RegularGridInterpolator` when
    the points form a full grid and :class:`~scipy.interpolate.LinearNDInterpolator`
    otherwise. Outside the grid, ``extrapolation="refuse"`` raises
    :class:`ExtrapolationError`; ``"flag"`` answers and sets ``Lookup.extrapolated``: with a
    ``slope`` (a model of the time, e.g. the roofline) it scales the time at the grid's
    edge by the model's ratio, ``t(x) = t(edge) x slope(x) / slope(edge)`` (continuous at
    the edge, monotone where the model is), without one it clamps to the edge.
    """

    def __init__(
        self,
        table: pd.DataFrame,
        operation: str,
        grid_columns: Sequence[str],
        key_columns: Sequence[str] = (),
        extrapolation: Literal["refuse", "flag"] = "refuse",
    ) -> None:
        if operation not in OPERATIONS:
            raise ValueError(
                f"operation: unknown '{operation}'; use one of {', '.join(OPERATIONS)}"
            )
        allowed = set(OPERATIONS[operation]) | {"model"}
        bad = [c for c in (*grid_columns, *key_columns) if c not in allowed]
        if bad:
            raise ValueError(f"column '{bad[0]}' is not a shape of '{operation}'")
        rows = table[table["operation"] == operation]
        if rows.empty:
            raise CostTableError(f"cost table: no '{operation}' rows")
        self.operation = operation
        self.grid_columns = tuple(grid_columns)
        self.key_columns = tuple(key_columns)
        self.extrapolation = extrapolation
        self._groups: dict[tuple, _Group] = {}
        groups = rows.groupby(list(key_columns)) if key_columns else [((), rows)]
        for key, group in groups:
            key = key if isinstance(key, tuple) else (key,)
            # Repeated shapes (several runs): keep their median.
            med = group.groupby(list(grid_columns), as_index=False)["latency_s"].median()
            self._groups[tuple(key)] = _Group(
                np.log(med[list(grid_columns)].to_numpy(dtype=float)),
                np.log(med["latency_s"].to_numpy(dtype=float)),
            )

    def keys(self) -> list[tuple]:
        return list(self._groups)

    def covers(self, key: Mapping[str, object]) -> bool:
        """Whether the table has measurements for this exact key."""
        return self._key(key) in self._groups

    def _key(self, key: Mapping[str, object]) -> tuple:
        return tuple(key[c] for c in self.key_columns)

    def lookup(
        self,
        point: Mapping[str, float],
        key: Mapping[str, object] | None = None,
        slope: Callable[[Mapping[str, float]], float] | None = None,
    ) -> Lookup:
        """Interpolated latency (s) at ``point`` (grid columns) for ``key`` (key columns).

        ``slope(point)``: a positive model time at a point (grid columns) that carries the
        table past its grid's edge (see the class docstring); None: clamp to the edge.
        """
        group_key = self._key(key or {})
        if group_key not in self._groups:
            raise ExtrapolationError(
                f"{self.operation}: no measurements for {dict(zip(self.key_columns, group_key, strict=True))}"
            )
        x = np.log([float(point[c]) for c in self.grid_columns])
        found = self._groups[group_key].at(x, self.extrapolation, self.operation, point)
        if not found.extrapolated or slope is None:
            return found
        edge = self._groups[group_key].edge(x)
        if edge is None:  # outside a scattered table's hull: no edge to scale from
            return found
        inside = dict(zip(self.grid_columns, np.exp(edge).tolist(), strict=True))
        scale = float(slope(point)) / float(slope(inside))
        return Lookup(found.latency_s * scale, True)


class _Group:
    """One key's measurements and their interpolator (log space)."""

    def __init__(self, x: np.ndarray, y: np.ndarray) -> None:
        self.lo, self.hi = x.min(axis=0), x.max(axis=0)
        axes = [np.unique(x[:, d]) for d in range(x.shape[1])]
        if x.shape[1] == 1 and len(x) >= 2:
            # One axis (a GEMM's m): numpy's piecewise-linear interpolation, ~50x faster per
            # call than RegularGridInterpolator; queries are clamped to the grid first.
            order = np.argsort(x[:, 0])
            xs, ys = x[order, 0], y[order]
            self._f = lambda q: np.interp(q[:, 0], xs, ys)
            self._scattered = False
        elif math.prod(len(a) for a in axes) == len(x) and all(len(a) >= 2 for a in axes):
            values = np.full([len(a) for a in axes], np.nan)
            index = tuple(np.searchsorted(a, x[:, d]) for d, a in enumerate(axes))
            values[index] = y
            self._f = RegularGridInterpolator(axes, values, bounds_error=False, fill_value=None)
            self._scattered = False
        elif len(x) > x.shape[1]:
            self._f = LinearNDInterpolator(x, y)
            self._nearest = NearestNDInterpolator(x, y)
            self._scattered = True
        else:
            raise CostTableError("cost table: too few distinct shapes to interpolate")

    def edge(self, x: np.ndarray) -> np.ndarray | None:
        """The point of the grid's box nearest ``x`` (log space), where :meth:`at` answers
        for ``x``; None when that point is outside a scattered table's hull (:meth:`at`
        answers with the nearest measurement instead)."""
        query = np.clip(x, self.lo, self.hi)
        if self._scattered and math.isnan(float(np.asarray(self._f(query[None, :])).ravel()[0])):
            return None
        return query

    def at(self, x: np.ndarray, policy: str, operation: str, point: Mapping) -> Lookup:
        outside = bool(np.any(x < self.lo - 1e-12) or np.any(x > self.hi + 1e-12))
        if outside and policy == "refuse":
            raise ExtrapolationError(
                f"{operation}: {dict(point)} is outside the measured grid; fix: profile a "
                "wider grid, or allow extrapolation='flag'"
            )
        query = np.clip(x, self.lo, self.hi)
        value = float(np.asarray(self._f(query[None, :])).ravel()[0])
        if math.isnan(value):  # inside the box but outside the scattered points' hull
            if policy == "refuse":
                raise ExtrapolationError(f"{operation}: {dict(point)} is outside the measured hull")
            outside = True
            value = float(np.asarray(self._nearest(query[None, :])).ravel()[0])
        return Lookup(math.exp(value), outside)
