"""aiconfigurator's own TTFT/TPOT predictions for the measured runs in ``silicon_sample.csv``.

servesolve's latency error only means something next to aiconfigurator's error on the same
rows, so this module asks the installed estimator (aiconfigurator-core 0.12.0, NVIDIA,
Apache-2.0) for each row the way aiconfigurator's own regression harness does
(``tools/accuracy_regression_testing/predict_silicon_sample.py`` -> ``cli_estimate`` in the
upper ``aiconfigurator`` package, which is not installed here). ``cli_estimate`` is a thin
orchestration over public core calls, which are called here in the same order:

agg
    ``build_model_config`` -> ``resolve_context_fmha_by_data`` / ``resolve_dsv4_moe_arch`` /
    ``resolve_nvfp4_for_system`` -> ``get_model`` -> ``backend.run_agg(ctx_tokens=isl)``;
    an OOM summary is a refusal (``cli_estimate`` raises).
disagg
    ``backend.run_static(mode="static_ctx")`` on the prefill worker with
    ``latency_correction_scale`` :data:`PREFILL_LATENCY_CORRECTION_SCALE`, ``"static_gen"`` on
    the decode worker with :data:`DECODE_LATENCY_CORRECTION_SCALE`; TTFT is the prefill TTFT
    times :data:`AUTOSCALE_TTFT_CORRECTION_FACTOR`, TPOT the decode TPOT (the upper package's
    ``DisaggInferenceSession.run_disagg``); an OOM or KV-cache OOM on either side is a refusal.

Quantisation: the csv's ``gemm_quant_mode`` / ``moe_quant_mode``, as the harness passes them;
where those have no perf data (gpt-oss-120b is labelled nvfp4 but ships MXFP4), the prediction
is retried with the quantisation aiconfigurator infers from the checkpoint and the note says
:data:`CHECKPOINT_QUANT` (``quant_fallback=False`` keeps the harness's refusal).

Database: the row's ``backend_version`` when ``systems/query_versions.yaml`` lists it as a
queryable slot, else the ``current`` slot (``get_latest_database_version``), which is the
fallback aiconfigurator's harness takes for versions it has no database for. Model paths the
core package cannot load offline (it would download their ``config.json`` from Hugging Face)
map to the shipped config of the same architecture (:data:`MODEL_PATH_ALIASES`); the note
says so.

Run over the whole csv and write the per system x backend summary::

    python -m servesolve.experiments.aic_baseline --out /tmp/aic_baseline_report.csv
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.resources
import logging
import math
import time
import warnings
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

import pandas as pd

from servesolve.errors import SpecError

logger = logging.getLogger(__name__)

#: ``DEFAULT_PREFILL_LATENCY_CORRECTION_SCALE`` of the upper ``aiconfigurator.cli.api``.
PREFILL_LATENCY_CORRECTION_SCALE = 1.1
#: ``DEFAULT_DECODE_LATENCY_CORRECTION_SCALE`` of the upper ``aiconfigurator.cli.api``.
DECODE_LATENCY_CORRECTION_SCALE = 1.08
#: ``_AUTOSCALE_TTFT_CORRECTION_FACTOR`` of the upper ``aiconfigurator.sdk.picking``: the
#: disagg TTFT is the static prefill TTFT times this queueing factor.
AUTOSCALE_TTFT_CORRECTION_FACTOR = 1.8
#: ``stride`` default of ``cli_estimate`` for static runs.
STATIC_STRIDE = 32

#: Marker in a note: the prediction used the checkpoint's quantisation, not the csv's.
CHECKPOINT_QUANT = "checkpoint quant"

#: csv model path -> shipped model config of the same architecture (aiconfigurator would
#: download the csv path's config.json from Hugging Face; this machine is offline).
MODEL_PATH_ALIASES: dict[str, str] = {
    "meta-llama/Llama-3.1-70B": "meta-llama/Meta-Llama-3.1-70B",
    "meta-llama/Llama-3.1-8B-Instruct": "meta-llama/Meta-Llama-3.1-8B",
    "nvidia/Llama-3.1-8B-Instruct-FP8": "meta-llama/Meta-Llama-3.1-8B",
    "nvidia/Qwen3-32B-NVFP4": "Qwen/Qwen3-32B",
    "nvidia/DeepSeek-R1-NVFP4": "nvidia/DeepSeek-V3.1-NVFP4",
    "zhipuai/GLM-5": "zai-org/GLM-5",
}

#: Parallelism columns of one worker, in ``build_model_config`` order (after tp, pp).
_PARALLEL = ("tp_size", "pp_size", "attention_dp_size", "moe_tp_size", "moe_ep_size")
#: Defaults of ``cli_estimate`` for the parallelism columns (``None``: inferred for MoE).
_PARALLEL_DEFAULTS: dict[str, int | None] = {
    "tp_size": 1,
    "pp_size": 1,
    "attention_dp_size": 1,
    "moe_tp_size": None,
    "moe_ep_size": None,
}
_REQUIRED = ("id", "backend", "model_path", "system", "mode", "isl", "osl")


@dataclass(frozen=True)
class AicPrediction:
    """aiconfigurator's prediction for one silicon row.

    Attributes
    ----------
    ttft_ms, tpot_ms:
        Predicted time to first token and time per output token, or ``None`` where
        aiconfigurator cannot predict the row.
    note:
        Which database (system/backend/version) and model config were used, and why the
        values are ``None`` when they are.
    """

    ttft_ms: float | None
    tpot_ms: float | None
    note: str


@dataclass(frozen=True)
class _Worker:
    """One worker's model, ready to run: model, its own backend object, database."""

    model: Any
    backend: Any
    database: Any


def silicon_sample_path() -> Any:
    """Path of ``silicon_sample.csv`` inside the installed aiconfigurator-core package."""
    return importlib.resources.files("aiconfigurator_core") / "systems" / "silicon_sample.csv"


def load_silicon_sample() -> pd.DataFrame:
    """The measured serving runs shipped with aiconfigurator-core, one row per run."""
    return pd.read_csv(silicon_sample_path())


# --------------------------------------------------------------------------- row cells


def _cell(row: Mapping[str, object], key: str) -> object | None:
    """A csv cell, ``None`` when absent, empty or NaN."""
    value = row.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def _int_cell(row: Mapping[str, object], key: str) -> int | None:
    value = _cell(row, key)
    if value is None:
        return None
    number = float(value)  # type: ignore[arg-type]
    if number != int(number):
        raise SpecError(f"row.{key}", f"is {value!r}, not a whole number", "give an integer")
    return int(number)


def _str_cell(row: Mapping[str, object], key: str) -> str | None:
    value = _cell(row, key)
    return None if value is None else str(value).strip()


# --------------------------------------------------------------------------- cached builds

#: key -> built object or the exception building it raised (failures are cached too).
_CACHE: dict[tuple[Any, ...], Any] = {}


def _cached(key: tuple[Any, ...], build: Callable[[], Any]) -> Any:
    """``build()`` once per key; a failure is cached and re-raised on every later call."""
    if key not in _CACHE:
        try:
            _CACHE[key] = build()
        except Exception as exc:  # noqa: BLE001 - aiconfigurator raises many types
            _CACHE[key] = exc
    value = _CACHE[key]
    if isinstance(value, Exception):
        raise value
    return value


def clear_caches() -> None:
    """Forget every cached database view, model and backend."""
    _CACHE.clear()


def _resolve_version(system: str, backend: str, requested: str | None) -> tuple[str, str]:
    """The database version aiconfigurator queries for a row, and how it was chosen."""

    def build() -> tuple[str, str]:
        from aiconfigurator_core.sdk.perf_database import (
            get_latest_database_version,
            get_supported_databases,
            resolve_query_version,
        )

        if requested is not None:
            try:
                version = resolve_query_version(system, backend, requested)
            except ValueError:
                version = None
            if version in get_supported_databases().get(system, {}).get(backend, []):
                return version, "row version"
        latest = get_latest_database_version(system, backend)
        if latest is None:
            raise LookupError(f"no {backend} database for {system}")
        why = "current slot" if requested is None else f"{requested} not queryable: current slot"
        return latest, why

    return _cached(("version", system, backend, requested), build)


def _database(system: str, backend: str, version: str) -> Any:
    def build() -> Any:
        from aiconfigurator_core.sdk.perf_database import get_database_view

        database = get_database_view(
            system, backend, version, allow_missing_data=False, database_mode="SILICON"
        )
        if database is None:
            raise LookupError(f"failed to load perf database {system}/{backend}/{version}")
        return database

    return _cached(("db", system, backend, version), build)


def _worker(
    model_path: str,
    system: str,
    backend: str,
    version: str,
    parallel: tuple[int | None, ...],
    quant: tuple[str | None, str | None],
    context_role: bool,
) -> _Worker:
    """Model + backend object for one worker config, as ``cli_estimate`` builds them.

    Each worker gets its own backend object: ``run_agg`` memoises on (isl, osl, batch, ...)
    without the model in the key, so a shared backend would return another model's result.
    """

    def build() -> _Worker:
        from aiconfigurator_core.sdk.backends.factory import get_backend
        from aiconfigurator_core.sdk.config import ModelConfig
        from aiconfigurator_core.sdk.config_builders import build_model_config
        from aiconfigurator_core.sdk.models import (
            check_is_moe,
            get_model,
            resolve_context_fmha_by_data,
            resolve_dsv4_moe_arch,
            resolve_nvfp4_for_system,
        )

        tp, pp, dp, moe_tp, moe_ep = parallel
        if check_is_moe(model_path):
            moe_tp, moe_ep = ModelConfig(
                tp_size=tp, attention_dp_size=dp, moe_tp_size=moe_tp, moe_ep_size=moe_ep
            ).resolve_moe_parallelism()
        database = _database(system, backend, version)
        config = build_model_config(tp, pp, dp, moe_tp, moe_ep, quant[0], None, None, quant[1])
        resolve_context_fmha_by_data(
            config, model_path, database, backend, is_context_role=context_role
        )
        resolve_dsv4_moe_arch(config, model_path, system_name=system, backend_name=backend)
        resolve_nvfp4_for_system(config, system, model_path)
        return _Worker(get_model(model_path, config, backend), get_backend(backend), database)

    key = ("worker", model_path, system, backend, version, parallel, quant, context_role)
    return _cached(key, build)


# --------------------------------------------------------------------------- prediction


def _parallel(row: Mapping[str, object], prefix: str) -> tuple[int | None, ...]:
    """(tp, pp, dp, moe_tp, moe_ep) of a worker; a disagg stage falls back to the shared
    column, then to ``cli_estimate``'s default, as ``cli_estimate`` does."""
    values = []
    for name in _PARALLEL:
        value = _int_cell(row, prefix + name) if prefix else None
        if value is None:
            value = _int_cell(row, name)
        values.append(_PARALLEL_DEFAULTS[name] if value is None else value)
    return tuple(values)


def _predict_agg(
    row: Mapping[str, object], where: dict[str, Any], allow_oom: bool
) -> AicPrediction:
    from aiconfigurator_core.sdk.config import RuntimeConfig

    batch = _int_cell(row, "batch_size")
    if batch is None:
        return AicPrediction(None, None, f"{where['note']}; no batch_size")
    worker = _worker(**where["worker"], parallel=_parallel(row, ""), context_role=True)
    runtime = RuntimeConfig(isl=where["isl"], osl=where["osl"], batch_size=batch)
    summary = worker.backend.run_agg(
        worker.model, worker.database, runtime, ctx_tokens=where["isl"]
    )
    result = summary.get_result_dict()
    if result is None:
        return AicPrediction(None, None, f"{where['note']}; estimation produced no result")
    note = where["note"]
    if summary.check_oom():
        if not allow_oom:
            return AicPrediction(None, None, f"{note}; aiconfigurator refuses: OOM")
        note += "; OOM (aiconfigurator refuses; values kept by allow_oom)"
    elif summary.check_kv_cache_oom():
        note += "; KV cache over capacity (aiconfigurator warns)"
    return AicPrediction(float(result["ttft"]), float(result["tpot"]), note)


def _predict_disagg(
    row: Mapping[str, object], where: dict[str, Any], allow_oom: bool
) -> AicPrediction:
    from aiconfigurator_core.sdk.config import RuntimeConfig

    missing = [
        name
        for name in ("prefill_batch_size", "prefill_num_workers")
        + ("decode_batch_size", "decode_num_workers")
        if _int_cell(row, name) is None
    ]
    if missing:
        return AicPrediction(
            None, None, f"{where['note']}; aiconfigurator needs {', '.join(missing)}"
        )
    isl, osl = where["isl"], where["osl"]
    prefill = _worker(**where["worker"], parallel=_parallel(row, "prefill_"), context_role=True)
    decode = _worker(**where["worker"], parallel=_parallel(row, "decode_"), context_role=False)
    ctx = prefill.backend.run_static(
        prefill.model,
        prefill.database,
        RuntimeConfig(isl=isl, osl=osl, batch_size=_int_cell(row, "prefill_batch_size")),
        "static_ctx",
        STATIC_STRIDE,
        PREFILL_LATENCY_CORRECTION_SCALE,
    )
    gen = decode.backend.run_static(
        decode.model,
        decode.database,
        RuntimeConfig(isl=isl, osl=osl, batch_size=_int_cell(row, "decode_batch_size")),
        "static_gen",
        STATIC_STRIDE,
        DECODE_LATENCY_CORRECTION_SCALE,
    )
    note = where["note"]
    refused = [
        f"{side} {kind}"
        for side, summary in (("prefill", ctx), ("decode", gen))
        for kind, flag in (("OOM", summary.check_oom()), ("KV OOM", summary.check_kv_cache_oom()))
        if flag
    ]
    if refused:
        if not allow_oom:
            return AicPrediction(
                None, None, f"{note}; aiconfigurator refuses: {', '.join(refused)}"
            )
        note += f"; {', '.join(refused)} (aiconfigurator refuses; values kept by allow_oom)"
    ttft = float(ctx.get_summary_df().iloc[0]["ttft"]) * AUTOSCALE_TTFT_CORRECTION_FACTOR
    tpot = float(gen.get_summary_df().iloc[0]["tpot"])
    return AicPrediction(ttft, tpot, note)


def predict_silicon_row(
    row: Mapping[str, object], *, allow_oom: bool = False, quant_fallback: bool = True
) -> AicPrediction:
    """aiconfigurator's TTFT and TPOT for one row of ``silicon_sample.csv``.

    Parameters
    ----------
    row:
        One csv row (a ``dict`` from ``csv.DictReader`` or ``DataFrame.to_dict("records")``;
        empty strings and NaN both mean "not given").
    allow_oom:
        Keep the numbers of a configuration aiconfigurator flags as out of memory (it
        refuses those rows); the note says so.
    quant_fallback:
        When the csv's quantisation labels have no perf data, predict again with the
        quantisation aiconfigurator infers from the model checkpoint (what it does when the
        user names none); the note then contains :data:`CHECKPOINT_QUANT`. With ``False``
        such rows are refusals, as in aiconfigurator's own harness.

    Returns
    -------
    AicPrediction
        Values in milliseconds, or ``None`` with the reason in ``note`` when aiconfigurator
        cannot predict the row (unsupported model/system/backend, missing perf data, OOM,
        missing disagg batch sizes).

    Raises
    ------
    SpecError
        If the row lacks a column every row has (id, backend, model_path, system, mode,
        isl, osl) or a number column holds a non-integer.
    """
    for name in _REQUIRED:
        if _cell(row, name) is None:
            raise SpecError(f"row.{name}", "is missing", "pass a row of silicon_sample.csv")
    mode = _str_cell(row, "mode")
    system, backend = _str_cell(row, "system"), _str_cell(row, "backend")
    csv_model = _str_cell(row, "model_path")
    model_path = MODEL_PATH_ALIASES.get(csv_model, csv_model)
    alias = "" if model_path == csv_model else f" (config of {model_path})"
    if mode not in ("agg", "disagg"):
        return AicPrediction(None, None, f"mode {mode!r} is neither agg nor disagg")
    try:
        version, why = _resolve_version(system, backend, _str_cell(row, "backend_version"))
    except Exception as exc:  # noqa: BLE001
        return AicPrediction(None, None, f"{system}/{backend}: {_reason(exc)}")
    where = {
        "isl": _int_cell(row, "isl"),
        "osl": _int_cell(row, "osl"),
        "note": f"db {system}/{backend}/{version} ({why}); model {csv_model}{alias}",
        "worker": {
            "model_path": model_path,
            "system": system,
            "backend": backend,
            "version": version,
            "quant": (_str_cell(row, "gemm_quant_mode"), _str_cell(row, "moe_quant_mode")),
        },
    }
    predict = _predict_agg if mode == "agg" else _predict_disagg
    try:
        return predict(row, where, allow_oom)
    except SpecError:
        raise
    except Exception as exc:  # noqa: BLE001 - every aiconfigurator failure is a refusal
        failure = AicPrediction(None, None, f"{where['note']}; {_reason(exc)}")
        quant = where["worker"]["quant"]
        if not quant_fallback or quant == (None, None) or not _is_missing_data(exc):
            return failure
    # The csv's quant label has no perf data (gpt-oss is labelled nvfp4 but ships MXFP4):
    # let aiconfigurator infer the quantisation from the checkpoint, as it does when the
    # user gives none.
    where["worker"]["quant"] = (None, None)
    where["note"] += f"; {CHECKPOINT_QUANT} (csv {quant[0]}/{quant[1]} has no perf data)"
    try:
        return predict(row, where, allow_oom)
    except SpecError:
        raise
    except Exception as exc:  # noqa: BLE001
        return AicPrediction(None, None, f"{failure.note}; checkpoint quant: {_reason(exc)}")


def _is_missing_data(exc: BaseException) -> bool:
    from aiconfigurator_core.sdk.errors import PerfDataNotAvailableError

    return isinstance(exc, PerfDataNotAvailableError)


def _reason(exc: BaseException) -> str:
    """One line naming an aiconfigurator failure."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:300]}"


@contextlib.contextmanager
def _quiet_aiconfigurator() -> Iterator[None]:
    """Silence aiconfigurator's per-table data-quality log warnings and its numpy
    divide-by-zero warnings (rows with a 0 parallelism cell) while predicting."""
    core = logging.getLogger("aiconfigurator_core")
    level = core.level
    core.setLevel(logging.ERROR)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            yield
    finally:
        core.setLevel(level)


def predict_silicon_rows(
    df: pd.DataFrame, *, allow_oom: bool = False, quant_fallback: bool = True
) -> pd.DataFrame:
    """aiconfigurator's predictions for every row of ``df`` (a slice of the silicon csv).

    Databases, models and backends are built once per (system, backend, version, model,
    parallelism, quantisation) and reused across rows. ``allow_oom`` and ``quant_fallback``
    are those of :func:`predict_silicon_row`.

    Returns
    -------
    pandas.DataFrame
        One row per input row, in input order: ``id``, ``aic_ttft_ms``, ``aic_tpot_ms``,
        ``aic_note``. ``attrs["rows_per_s"]`` holds the throughput of this call.
    """
    start = time.perf_counter()
    records = []
    with _quiet_aiconfigurator():
        for row in df.to_dict("records"):
            prediction = predict_silicon_row(
                row, allow_oom=allow_oom, quant_fallback=quant_fallback
            )
            records.append(
                {
                    "id": row["id"],
                    "aic_ttft_ms": prediction.ttft_ms,
                    "aic_tpot_ms": prediction.tpot_ms,
                    "aic_note": prediction.note,
                }
            )
    out = pd.DataFrame.from_records(
        records, columns=["id", "aic_ttft_ms", "aic_tpot_ms", "aic_note"]
    )
    out = out.astype({"aic_ttft_ms": float, "aic_tpot_ms": float})
    elapsed_s = time.perf_counter() - start
    out.attrs["elapsed_s"] = elapsed_s
    out.attrs["rows_per_s"] = len(out) / elapsed_s if elapsed_s > 0 else float("inf")
    logger.info(
        "aiconfigurator predicted %d rows at %.1f rows/s", len(out), out.attrs["rows_per_s"]
    )
    return out


# --------------------------------------------------------------------------- measurement


def error_summary(silicon: pd.DataFrame, predictions: pd.DataFrame) -> pd.DataFrame:
    """Coverage and aiconfigurator's relative error per system x backend x mode.

    Error is ``(predicted - measured) / measured``. Columns: system, backend, mode, rows,
    predicted, coverage, checkpoint_quant (predicted rows that needed the checkpoint-quant
    fallback), then median ``|error|`` and median signed error of TTFT and TPOT
    over the predicted rows. A final ``all`` row covers every row.
    """
    joined = silicon.merge(predictions, on="id", how="left", validate="one_to_one")
    joined["err_ttft"] = joined["aic_ttft_ms"] / joined["silicon_ttft_ms"] - 1.0
    joined["err_tpot"] = joined["aic_tpot_ms"] / joined["silicon_tpot_ms"] - 1.0
    joined["abs_ttft"] = joined["err_ttft"].abs()
    joined["abs_tpot"] = joined["err_tpot"].abs()
    joined["predicted"] = joined["aic_ttft_ms"].notna() & joined["aic_tpot_ms"].notna()

    def summarise(group: pd.DataFrame) -> pd.Series:
        return pd.Series(
            {
                "rows": len(group),
                "predicted": int(group["predicted"].sum()),
                "coverage": group["predicted"].mean(),
                "checkpoint_quant": int(
                    (group["predicted"] & group["aic_note"].str.contains(CHECKPOINT_QUANT)).sum()
                ),
                "median_abs_err_ttft": group["abs_ttft"].median(),
                "median_err_ttft": group["err_ttft"].median(),
                "median_abs_err_tpot": group["abs_tpot"].median(),
                "median_err_tpot": group["err_tpot"].median(),
            }
        )

    keys = ["system", "backend", "mode"]
    table = joined.groupby(keys).apply(summarise, include_groups=False).reset_index()
    total = summarise(joined).to_frame().T.assign(system="all", backend="all", mode="all")
    table = pd.concat([table, total[table.columns]], ignore_index=True)
    return table.astype({"rows": int, "predicted": int, "checkpoint_quant": int})


def main(argv: list[str] | None = None) -> None:
    """Predict every silicon row (or the first ``--limit``) and write the error summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="/tmp/aic_baseline_report.csv")
    parser.add_argument("--predictions", default=None, help="also write per-row predictions")
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--no-quant-fallback",
        action="store_true",
        help="rows whose csv quant has no perf data are refusals (aiconfigurator's harness)",
    )
    args = parser.parse_args(argv)
    silicon = load_silicon_sample()
    if args.limit is not None:
        silicon = silicon.head(args.limit)
    predictions = predict_silicon_rows(silicon, quant_fallback=not args.no_quant_fallback)
    if args.predictions:
        predictions.to_csv(args.predictions, index=False)
    table = error_summary(silicon, predictions)
    table.to_csv(args.out, index=False)
    with pd.option_context("display.width", 200, "display.max_rows", 200):
        print(table.round(3).to_string(index=False))
    print(
        f"{len(predictions)} rows in {predictions.attrs['elapsed_s']:.1f} s "
        f"({predictions.attrs['rows_per_s']:.1f} rows/s); summary -> {args.out}"
    )


if __name__ == "__main__":
    main()
