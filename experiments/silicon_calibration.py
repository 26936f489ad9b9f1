"""Fit the silicon validation's free parameters on the train split, and nothing else.

Two kinds of parameters are not measured kernels and must be fitted:

* the benchmark protocol's client drift (``drift_fraction``: over what share of one
  request's duration the clients' sends spread after the synchronized first wave; see
  :mod:`servesolve.experiments.silicon_validation`), chosen per engine from
  :data:`DRIFT_GRID` by the median |TTFT error| of kernel-only predictions (how fast
  clients drift apart depends on how the engine batches new prompts);
* each engine's host costs (``EngineSpec.host_iteration_s``, ``host_per_seq_s``) and its
  per-request latency outside the engine loop (``frontend_latency_s``: API server,
  tokenisation, first streamed chunk): with all three at zero, every decode step of a
  batch of ``B`` lacks ``a + b B`` and every request's TTFT additionally ``c``, so
  measured TPOT ~ predicted + ``a + b B`` and measured TTFT ~ predicted + ``a + b B + c``.
  ``a, b >= 0`` are fitted to the TPOT residuals, then ``c >= 0`` to the TTFT residuals,
  each by SciPy's robust least squares (soft-L1 loss on relative errors), so the TTFT
  protocol's error cannot leak into the decode costs.

The drift and the costs are chosen together: for each drift of the grid the costs are
fitted, and per engine the drift whose fitted TTFT (in the linear approximation above)
has the lowest median |error| is kept; the sample is then re-simulated with the chosen
values, and that run's errors are the ones reported.

The fit sees only a stratified sample of the ``train`` split (the families not in
``heldout_families``): :func:`train_sample`. Its output, ``calibration.csv`` (one row per
engine and parameter, with the sample size and the drift) is committed under
``results/silicon_validation/``; the engine configs (``conf/engine/*.yaml``) and the
experiment config carry the fitted values with a pointer to it.

Run: ``python -m servesolve.experiments.silicon_calibration [--sample N] [--jobs J]``;
``--compare-kernel-versions`` prints the kernel-only errors of each
``experiment.kernel_version`` policy on the sample instead (how ``row`` was chosen).
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
from joblib import Parallel, delayed
from omegaconf import OmegaConf
from scipy.optimize import least_squares

from servesolve.experiments import silicon_validation as sv

#: Candidate client drifts (share of one request's duration).
DRIFT_GRID = (0.05, 0.15, 0.3, 0.6, 1.0)
#: Rows of the train split the fit samples, per engine at most.
SAMPLE_PER_ENGINE = 80
HOST_FIELDS = ("host_iteration_s", "host_per_seq_s", "frontend_latency_s")
#: Engine configs the silicon rows map to (``silicon_validation.engine_name``).
ENGINES = ("vllm", "vllm-0.6", "sglang", "trtllm")


def experiment_params() -> dict[str, Any]:
    """The shipped experiment section (``conf/experiment/silicon_validation.yaml``)."""
    from importlib import resources

    text = resources.files("servesolve.conf").joinpath("experiment/silicon_validation.yaml")
    params = OmegaConf.to_container(OmegaConf.create(text.read_text()), resolve=True)
    assert isinstance(params, dict)
    return dict(params["experiment"])


def train_sample(params: Mapping[str, Any], per_engine: int, seed: int = 0) -> pd.DataFrame:
    """Simulable aggregated core rows of the train split, at most ``per_engine`` per engine
    (seeded, stratified by engine, then by system)."""
    silicon = sv.load_silicon(sv.silicon_path(params))
    models = sv.model_entries(params)
    heldout = list(params.get("heldout_families") or [])
    keep = []
    for row in silicon.to_dict("records"):
        plan = sv.plan_row(row, models, heldout)
        if plan.skip_reason is None and plan.scope == "core" and plan.split == "train":
            keep.append({**row, "_engine": plan.engine})
    rows = pd.DataFrame(keep)
    parts = [
        group.sample(n=min(per_engine, len(group)), random_state=seed)
        for _, group in rows.groupby("_engine", sort=True)
    ]
    return pd.concat(parts).drop(columns="_engine").reset_index(drop=True)


def _predict_chunk(rows: list[dict[str, Any]], params: Mapping[str, Any]) -> list[dict[str, Any]]:
    models = sv.model_entries(params)
    heldout = list(params.get("heldout_families") or [])
    return [
        sv.predict_row(row, sv.plan_row(row, models, heldout), params, None, "not computed")
        for row in rows
    ]


def predict(rows: pd.DataFrame, params: Mapping[str, Any], jobs: int) -> pd.DataFrame:
    """``rows`` predicted under ``params``, in ``jobs`` processes."""
    records = rows.to_dict("records")
    chunks = [records[i::jobs] for i in range(jobs)]
    parts = Parallel(n_jobs=jobs)(delayed(_predict_chunk)(c, dict(params)) for c in chunks)
    out = pd.DataFrame([r for part in parts for r in part])
    return out[out["predicted_ttft_ms"].notna()].reset_index(drop=True)


def fit_host_costs(predicted: pd.DataFrame) -> dict[str, dict[str, float]]:
    """Per engine, ``a, b, c >= 0`` (seconds) from kernel-only predictions (see the module
    docstring)."""
    return {
        str(engine): _fit_engine(group) for engine, group in predicted.groupby("engine", sort=True)
    }


def _fit_engine(group: pd.DataFrame) -> dict[str, float]:
    batch = group["batch"].to_numpy(float)
    tpot_meas = group["measured_tpot_ms"].to_numpy(float) * 1e-3
    tpot_pred = group["predicted_tpot_ms"].to_numpy(float) * 1e-3
    ttft_meas = group["measured_ttft_ms"].to_numpy(float) * 1e-3
    ttft_pred = group["predicted_ttft_ms"].to_numpy(float) * 1e-3

    def decode(x: np.ndarray) -> np.ndarray:
        return (tpot_pred + x[0] + x[1] * batch - tpot_meas) / tpot_meas

    a, b = least_squares(
        decode, x0=[1e-3, 1e-5], bounds=(0.0, np.inf), loss="soft_l1", f_scale=0.05
    ).x

    def prefill(x: np.ndarray) -> np.ndarray:
        return (ttft_pred + a + b * batch + x[0] - ttft_meas) / ttft_meas

    (c,) = least_squares(prefill, x0=[1e-3], bounds=(0.0, np.inf), loss="soft_l1", f_scale=0.05).x
    return dict(zip(HOST_FIELDS, (float(a), float(b), float(c)), strict=True))


def _fitted_ttft_mae(group: pd.DataFrame) -> float:
    """Median |TTFT error| (%) of kernel-only predictions once the costs fitted to them are
    added (linear approximation: ``a + b B + c`` per request)."""
    fit = _fit_engine(group)
    a, b, c = (fit[f] for f in HOST_FIELDS)
    predicted = group["predicted_ttft_ms"] + 1e3 * (a + b * group["batch"] + c)
    measured = group["measured_ttft_ms"]
    return float((100 * (predicted - measured) / measured).abs().median())


def _family(params: Mapping[str, Any]) -> dict[str, str]:
    return {m["path"]: m["family"] for m in params["models"]}


def _errors(pred: pd.DataFrame) -> tuple[float, float]:
    return (
        float(pred["ttft_error_pct"].abs().median()),
        float(pred["tpot_error_pct"].abs().median()),
    )


def calibrate(per_engine: int, jobs: int, out: Path) -> pd.DataFrame:
    """Choose the drift, fit host costs, write ``out`` (calibration.csv); return it."""
    params = experiment_params()
    params["aic"] = False
    # Kernel-only: every engine's host costs at zero.
    params["host_costs"] = {e: dict.fromkeys(HOST_FIELDS, 0.0) for e in ENGINES}
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.exists():
        raise FileExistsError(
            f"{out} exists; move it away to refit (results are never overwritten)"
        )
    sample = train_sample(params, per_engine)
    print(f"silicon calibration: {len(sample)} train rows ({per_engine} per engine at most)")
    runs = []
    for drift in DRIFT_GRID:
        start = time.perf_counter()
        pred = predict(sample, {**params, "drift_fraction": drift}, jobs).assign(drift=drift)
        ttft, tpot = _errors(pred)
        runs.append(pred)
        print(
            f"  drift {drift}: kernel-only median |error| TTFT {ttft:.1f} %, TPOT {tpot:.1f} % "
            f"({len(pred)} rows, {time.perf_counter() - start:.0f} s)",
            flush=True,
        )
    grid = pd.concat(runs, ignore_index=True)
    score = grid.groupby(["engine", "drift"]).apply(_fitted_ttft_mae)
    drift = {str(engine): float(score[engine].idxmin()) for engine in score.index.levels[0]}
    print(f"  drift per engine: {drift}")
    kernel_only = pd.concat(
        [grid[(grid["engine"] == e) & (grid["drift"] == d)] for e, d in drift.items()],
        ignore_index=True,
    )
    kernel_only.to_csv(out.with_name("calibration_kernel_only.csv"), index=False)
    host = fit_host_costs(kernel_only)
    final = predict(sample, {**params, "drift_fraction": drift, "host_costs": host}, jobs)
    ttft, tpot = _errors(final)
    print(f"  fitted: train median |error| TTFT {ttft:.1f} %, TPOT {tpot:.1f} %")
    records = [
        {"engine": engine, "parameter": "drift_fraction", "value": value}
        for engine, value in drift.items()
    ] + [
        {"engine": engine, "parameter": field, "value": value}
        for engine, fields in host.items()
        for field, value in fields.items()
    ]
    table = pd.DataFrame(records).assign(
        train_rows=len(sample),
        train_families=",".join(sorted(set(sample["model_path"].map(_family(params))))),
        train_ttft_mae_pct=ttft,
        train_tpot_mae_pct=tpot,
    )
    table.to_csv(out, index=False)
    print(f"wrote {out}")
    return table


def compare_kernel_versions(per_engine: int, jobs: int) -> pd.DataFrame:
    """Kernel-only median |error| (%) of a train sample under each
    ``experiment.kernel_version`` policy, per engine and overall (printed, not written)."""
    params = experiment_params()
    params["aic"] = False
    params["host_costs"] = {e: dict.fromkeys(HOST_FIELDS, 0.0) for e in ENGINES}
    sample = train_sample(params, per_engine)
    runs = [
        predict(sample, {**params, "kernel_version": policy}, jobs).assign(policy=policy)
        for policy in sv.KERNEL_VERSIONS
    ]
    grid = pd.concat(runs, ignore_index=True)
    table = (
        pd.concat([grid, grid.assign(engine="all")], ignore_index=True)
        .groupby(["policy", "engine"])
        .agg(
            rows=("id", "size"),
            ttft_mae_pct=("ttft_error_pct", lambda e: e.abs().median()),
            tpot_mae_pct=("tpot_error_pct", lambda e: e.abs().median()),
        )
    )
    print(f"kernel-only, {len(sample)} train rows:\n{table.round(1).to_string()}")
    return table


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=SAMPLE_PER_ENGINE, help="rows per engine")
    parser.add_argument("--jobs", type=int, default=2, help="processes")
    parser.add_argument(
        "--out", type=Path, default=Path("results/silicon_validation/calibration.csv")
    )
    parser.add_argument(
        "--compare-kernel-versions",
        action="store_true",
        help="print the kernel-only errors of each experiment.kernel_version policy instead",
    )
    args = parser.parse_args(argv)
    if args.compare_kernel_versions:
        compare_kernel_versions(args.sample, args.jobs)
    else:
        calibrate(args.sample, args.jobs, args.out)


if __name__ == "__main__":
    main()
