"""Cost tables: schema validation with named columns, versioned folders, interpolation."""

from __future__ import annotations

import math
from importlib.resources import files
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from servesolve.costs.tables import (
    SCHEMA,
    CostTableError,
    ExtrapolationError,
    TableInterpolator,
    load_device_tables,
    load_table,
    table_folder,
    validate_table,
    write_table,
)

SHIPPED = Path(str(files("servesolve.costs") / "data" / "tables"))
META = {
    "device": "cpu",
    "dtype": "fp32",
    "torch_version": "2.13.0",
    "cuda_version": "",
    "servesolve_version": "0.1",
    "measured_at": "2026-11-22",
    "machine": "test",
    "source": "synthetic",
}


def _gemm_table(ms=(1, 4, 16, 64), ks=(128, 256), n=512) -> pd.DataFrame:
    """GEMM times that are exactly a power law in m and k: t = 1e-6 * m^0.5 * (k/128)."""
    rows = [
        {
            "operation": "gemm",
            "m": m,
            "k": k,
            "n": n,
            "latency_s": 1e-6 * m**0.5 * k / 128,
            "num_repeats": 5,
            **META,
        }
        for m in ms
        for k in ks
    ]
    return pd.DataFrame(rows).reindex(columns=list(SCHEMA))


def test_round_trip_and_no_overwrite(tmp_path):
    path = write_table(_gemm_table(), table_folder(tmp_path, "cpu", 1) / "gemm.csv")
    assert path == tmp_path / "cpu" / "v1" / "gemm.csv"
    loaded = load_device_tables(tmp_path, "cpu")
    assert len(loaded) == 8 and loaded["latency_s"].dtype == float
    with pytest.raises(FileExistsError, match="v<N\\+1>"):
        write_table(_gemm_table(), path)


def test_newest_version_is_loaded(tmp_path):
    write_table(_gemm_table(), table_folder(tmp_path, "cpu", 1) / "gemm.csv")
    write_table(_gemm_table(ms=(1, 2)), table_folder(tmp_path, "cpu", 2) / "gemm.csv")
    assert len(load_device_tables(tmp_path, "cpu")) == 4
    assert len(load_device_tables(tmp_path, "cpu", version=1)) == 8


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda t: t.drop(columns=["latency_s"]), "column 'latency_s' missing"),
        (lambda t: t.assign(extra=1), "unknown column 'extra'"),
        (lambda t: t.assign(operation="conv2d"), "column 'operation' has 'conv2d'"),
        (lambda t: t.assign(m=["x"] * len(t)), "column 'm' row 0: 'x' is not a number"),
        (lambda t: t.assign(k=np.nan), "column 'k' is empty on a 'gemm' row"),
        (lambda t: t.assign(latency_s=-1.0), "column 'latency_s' must be a positive"),
        (lambda t: t.assign(measured_at=""), "column 'measured_at' is empty"),
        (lambda t: t.assign(device=["a", "b"] * (len(t) // 2)), "several devices"),
    ],
)
def test_validation_names_the_column(change, message):
    with pytest.raises(CostTableError, match=message):
        validate_table(change(_gemm_table()))


def test_interpolation_is_exact_on_grid_and_log_linear_between():
    table = validate_table(_gemm_table())
    interp = TableInterpolator(table, "gemm", grid_columns=["m"], key_columns=["k", "n"])
    key = {"k": 256, "n": 512}
    assert math.isclose(interp.lookup({"m": 16}, key).latency_s, 1e-6 * 4 * 2, rel_tol=1e-12)
    # A power law is a straight line in log-log space: interpolation reproduces it.
    mid = interp.lookup({"m": 8}, key)
    assert not mid.extrapolated
    assert math.isclose(mid.latency_s, 1e-6 * 8**0.5 * 2, rel_tol=1e-9)


def test_two_dimensional_grid():
    interp = TableInterpolator(validate_table(_gemm_table()), "gemm", ["m", "k"], ["n"])
    value = interp.lookup({"m": 8, "k": 181}, {"n": 512}).latency_s
    assert math.isclose(value, 1e-6 * 8**0.5 * 181 / 128, rel_tol=1e-3)


def test_extrapolation_refused_or_flagged():
    table = validate_table(_gemm_table())
    refuse = TableInterpolator(table, "gemm", ["m"], ["k", "n"])
    with pytest.raises(ExtrapolationError, match="outside the measured grid"):
        refuse.lookup({"m": 128}, {"k": 128, "n": 512})
    with pytest.raises(ExtrapolationError, match="no measurements"):
        refuse.lookup({"m": 8}, {"k": 999, "n": 512})
    flag = TableInterpolator(table, "gemm", ["m"], ["k", "n"], extrapolation="flag")
    out = flag.lookup({"m": 128}, {"k": 128, "n": 512})
    assert out.extrapolated and math.isclose(out.latency_s, 1e-6 * 64**0.5, rel_tol=1e-9)


def test_shipped_vidur_tables_load():
    for device in ("H100-SXM-80GB", "A100-SXM-80GB", "A40-48GB"):
        table = load_device_tables(SHIPPED, device)
        assert set(table["operation"]) == {"gemm"} and len(table) > 1000
        interp = TableInterpolator(table, "gemm", ["m"], ["k", "n"])
        # Llama-2-70B's TP1 output projection: 8192 x 8192; more tokens never cost less
        # over a decade of batch sizes.
        key = {"k": 8192, "n": 8192}
        assert interp.covers(key)
        assert interp.lookup({"m": 512}, key).latency_s > interp.lookup({"m": 8}, key).latency_s


def test_missing_file_is_named(tmp_path):
    with pytest.raises(CostTableError, match="not found"):
        load_table(tmp_path / "nope.csv")


def test_flagged_extrapolation_follows_the_slope_from_the_edge():
    flag = TableInterpolator(validate_table(_gemm_table()), "gemm", ["m"], ["k", "n"], "flag")
    key = {"k": 128, "n": 512}

    def linear(point):  # a model time proportional to m
        return 3.0 * point["m"]

    # Edge m = 64: 1e-6 x 8; twice the edge, twice the time (the slope's ratio 128 / 64).
    out = flag.lookup({"m": 128}, key, linear)
    assert out.extrapolated and math.isclose(out.latency_s, 16e-6, rel_tol=1e-9)
    # Below the grid (edge m = 1: 1e-6) the same rule: m = 0.5 takes half of it.
    assert math.isclose(flag.lookup({"m": 0.5}, key, linear).latency_s, 0.5e-6, rel_tol=1e-9)
    # Inside the grid the slope is not used; refusing stays refusing.
    assert math.isclose(flag.lookup({"m": 16}, key, linear).latency_s, 4e-6, rel_tol=1e-12)
    refuse = TableInterpolator(validate_table(_gemm_table()), "gemm", ["m"], ["k", "n"])
    with pytest.raises(ExtrapolationError, match="outside the measured grid"):
        refuse.lookup({"m": 128}, key, linear)
    # Two grid axes: only the axis past its edge moves (edge (64, k=181) -> (256, 181)).
    two = TableInterpolator(validate_table(_gemm_table()), "gemm", ["m", "k"], ["n"], "flag")
    edge = two.lookup({"m": 64, "k": 181}, {"n": 512}).latency_s
    past = two.lookup({"m": 256, "k": 181}, {"n": 512}, linear)
    assert past.extrapolated and math.isclose(past.latency_s, 4 * edge, rel_tol=1e-9)


def _h100_table_model():
    from servesolve.costs.table_model import TableCostModel, find_device_tables
    from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

    model = model_from_config(catalogue_entry("model", "llama3.1-70b"))
    cluster = cluster_from_config(catalogue_entry("cluster", "h100x8"))
    table, _ = find_device_tables("H100-SXM-80GB")
    return TableCostModel(model, cluster, 0.0, table, extrapolation="flag")


def test_table_gemms_past_the_grid_scale_along_the_roofline():
    from servesolve.costs.roofline import RooflineCostModel

    cost = _h100_table_model()
    k = n = 8192  # measured for m = 1 ... 4096 (vidur)
    edge = cost._gemm_s(4096, k, n)
    assert cost.extrapolated["gemm"] == 0
    roofline = RooflineCostModel._gemm_s(cost, 8192, k, n) / RooflineCostModel._gemm_s(
        cost, 4096, k, n
    )
    at_8192 = cost._gemm_s(8192, k, n)
    # No longer clamped to the m = 4096 time: the edge's time x the roofline's ratio (~2).
    assert at_8192 != edge and math.isclose(at_8192, edge * roofline, rel_tol=1e-12)
    assert 1.9 < at_8192 / edge < 2.0
    assert cost.extrapolated["gemm"] == 1
    # Continuous at the edge, and monotone in m across it.
    assert math.isclose(cost._gemm_s(4095.9, k, n), cost._gemm_s(4096.1, k, n), rel_tol=0.01)
    times = [cost._gemm_s(m, k, n) for m in (2048, 3072, 4096, 4097, 6144, 8192, 16384)]
    assert all(a < b for a, b in zip(times, times[1:], strict=False))
