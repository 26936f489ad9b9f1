"""Write the SYNTHETIC chat trace shipped as ``workloads/data/synthetic_chat.jsonl``.

Nothing in this trace was measured: it is drawn from a parametric model so that the
project ships a small, licence-free trace in the APEX JSON-lines format for examples,
tests and the default workload. How it is made:

- 2,000 requests (``NUM_REQUESTS``);
- input (prompt) lengths: normal with mean 512 and std 384 tokens truncated to
  [1, 4096], rounded to integers; output lengths: normal with mean 256 and std 192
  tokens truncated to [1, 1024] (chat-like, chosen by hand, not fitted to any dataset);
- input and output joined by a Gaussian copula with correlation 0.15, the midpoint of
  the weak correlations (|r| = 0.08-0.21) ExeGPT (Oh et al., ASPLOS 2024) reports for its
  non-translation tasks;
- Poisson arrivals at 2 requests/s, the first at t = 0;
- seed ``SEED`` for ``numpy.random.default_rng``, through
  :func:`servesolve.workloads.sample_requests`, so the output is deterministic.

Each line is ``{"ContextTokens": int, "GeneratedTokens": int, "StartTimeOffset": int}``
with ``StartTimeOffset`` in nanoseconds since the trace start, as in microsoft/apex_plus
traces.

Usage::

    python -m servesolve.workloads.make_synthetic_trace --out PATH
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from servesolve.workloads.arrivals import ArrivalSpec
from servesolve.workloads.lengths import LengthDistribution
from servesolve.workloads.spec import WorkloadSpec, sample_requests

__all__ = [
    "NUM_REQUESTS",
    "SEED",
    "main",
    "synthetic_chat_requests",
    "synthetic_chat_spec",
    "write_apex_jsonl",
]

NUM_REQUESTS = 2000
SEED = 20240521
RATE_PER_S = 2.0
_NS_PER_S = 1_000_000_000


def synthetic_chat_spec() -> WorkloadSpec:
    """The parametric workload the synthetic trace is drawn from."""
    return WorkloadSpec(
        name="synthetic_chat_generator",
        kind="distribution",
        input=LengthDistribution(mean_tokens=512.0, std_tokens=384.0, max_tokens=4096),
        output=LengthDistribution(mean_tokens=256.0, std_tokens=192.0, max_tokens=1024),
        correlation=0.15,
        arrival=ArrivalSpec(process="poisson", rate_per_s=RATE_PER_S),
        num_requests=NUM_REQUESTS,
        seed=SEED,
        source="synthetic (servesolve.workloads.make_synthetic_trace)",
    )


def synthetic_chat_requests() -> pd.DataFrame:
    """The synthetic chat requests, as :func:`sample_requests` returns them."""
    return sample_requests(synthetic_chat_spec())


def write_apex_jsonl(requests: pd.DataFrame, out: Path) -> None:
    """Write a request table as APEX-style JSON lines.

    Parameters
    ----------
    requests:
        Table with ``arrival_time_s``, ``input_tokens`` and ``output_tokens``.
    out:
        Destination file (parent folders are created).
    """
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="\n") as handle:
        for row in requests.itertuples(index=False):
            record = {
                "ContextTokens": int(row.input_tokens),
                "GeneratedTokens": int(row.output_tokens),
                "StartTimeOffset": round(float(row.arrival_time_s) * _NS_PER_S),
            }
            handle.write(json.dumps(record) + "\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Command-line entry point: ``--out PATH``."""
    parser = argparse.ArgumentParser(
        prog="python -m servesolve.workloads.make_synthetic_trace",
        description="Write the synthetic chat trace (APEX JSON lines) shipped with servesolve.",
    )
    parser.add_argument("--out", required=True, type=Path, help="output .jsonl file")
    args = parser.parse_args(argv)
    write_apex_jsonl(synthetic_chat_requests(), args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
