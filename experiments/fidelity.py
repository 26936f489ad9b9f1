"""``fidelity``: replay runs, predicted vs measured (issue 6, experiment 5).

One job = one ``servesolve replay`` on this machine (profile the model, plan one device,
simulate on the measured tables, execute on the real PyTorch model); one row per
compared metric with the predicted and measured values and the relative error
``predicted / measured - 1``. Parameters are those of ``conf/replay.yaml``.
"""

from __future__ import annotations

from typing import Any

from servesolve.errors import SpecError

#: Keys of params that are not replay options.
_OWN = ("name", "results_dir", "model", "workload", "slo", "device")
#: Replay options a job may set.
_OPTIONS = ("policy", "load", "num_requests", "seed", "max_num_seqs", "max_num_batched_tokens")


def _config(params: dict[str, Any]) -> dict[str, Any]:
    """The replay config of a job: catalogue entries plus the job's replay options (the
    rest are the defaults of ``ReplayOptions`` / ``ProfileOptions``, as in conf/replay.yaml).
    Built without Hydra's compose: the job already runs inside Hydra."""
    from servesolve.specs import catalogue_entry

    options: dict[str, Any] = {}
    for key, value in params.items():
        if key in _OWN:
            continue
        if key not in _OPTIONS:
            raise SpecError(
                f"experiment.{key}",
                "is not a fidelity parameter",
                f"use one of {', '.join(_OPTIONS)}",
            )
        options[key] = value
    return {
        "model": catalogue_entry("model", params.get("model", "llama3.1-8b")),
        "workload": catalogue_entry("workload", params.get("workload", "replay_cpu")),
        "slo": catalogue_entry("slo", params.get("slo", "none")),
        "device": params.get("device", "cpu"),
        "replay": options,
        "profile": {},
        "endpoint": {},
    }


def validate(params: dict[str, Any]) -> None:
    from servesolve.replaying import ReplayRequest

    ReplayRequest.from_config(_config(params))


def run_job(params: dict[str, Any]) -> list[dict[str, Any]]:
    """Replay once; one row per metric (predicted, measured, rel_error)."""
    from servesolve.replaying import ReplayRequest, replay

    request = ReplayRequest.from_config(_config(params))
    result = replay(request, progress=False)
    base = {
        "run_model": request.model.name,
        "dtype": request.dtype,
        "planned_max_num_seqs": result.plan["max_num_seqs"],
        "rate_per_s": result.rate_per_s,
        "headline_rel_error": result.headline_error,
        "replay_s": result.seconds["replay"],
    }
    return [
        base
        | {
            "metric": r.metric,
            "predicted": r.predicted,
            "measured": r.measured,
            "rel_error": r.rel_error,
        }
        for r in result.comparison.itertuples()
    ]
