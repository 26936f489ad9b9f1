"""Build cost tables (``costs.tables`` schema) from the shipped vidur GEMM extract.

Usage::

    python -m servesolve.costs.calibration.tables_from_vidur    # -> costs/data/tables/<gpu>/v1/gemm.csv

The input is ``costs/data/measured/vidur/gemm_ops.csv`` (microsoft/vidur,
``data/profiling/compute/``, MIT licence; see ``costs/data/measured/README.md``): CUDA
kernel medians of the QKV, O, MLP-up and MLP-down GEMMs of three Llama models on H100,
A100 and A40. vidur does not record its software versions or dates, so those columns say
so rather than guess. Refuses to overwrite an existing table (write v2 instead).
"""

from __future__ import annotations

import argparse
from importlib.resources import files
from pathlib import Path

import pandas as pd

from servesolve.costs.tables import SCHEMA, table_folder, write_table

SOURCE = "microsoft/vidur data/profiling/compute (MIT), via costs/data/measured/vidur/gemm_ops.csv"


def vidur_gemm_tables(extract: pd.DataFrame) -> dict[str, pd.DataFrame]:
    """One schema table per GPU from the vidur extract."""
    out = {}
    for gpu, rows in extract.groupby("gpu"):
        table = pd.DataFrame(
            {
                "operation": "gemm",
                "model": rows["model"].to_numpy(),
                "m": rows["m"].to_numpy(),
                "k": rows["k"].to_numpy(),
                "n": rows["n"].to_numpy(),
                "latency_s": rows["median_s"].to_numpy(),
                "num_repeats": 1,  # vidur keeps only its summary statistics
                "device": gpu,
                "dtype": "fp16",
                "torch_version": "",
                "cuda_version": "",
                "servesolve_version": "",
                "measured_at": "not recorded by vidur (data/profiling, 2024)",
                "machine": f"vidur profiling node ({gpu})",
                "source": SOURCE,
            }
        )
        out[str(gpu)] = table.reindex(columns=list(SCHEMA))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    default_root = Path(str(files("servesolve.costs") / "data" / "tables"))
    parser.add_argument("--root", type=Path, default=default_root)
    args = parser.parse_args()
    extract = pd.read_csv(Path(str(files("servesolve.costs") / "data/measured/vidur/gemm_ops.csv")))
    for gpu, table in vidur_gemm_tables(extract).items():
        path = write_table(table, table_folder(args.root, gpu, 1) / "gemm.csv")
        print(f"wrote {path} ({len(table)} rows)")


if __name__ == "__main__":
    main()
