"""Where experiment rows live, how one job's rows are written, and how they are read back.

Layout under a results root (default ``results/``)::

    results/NAME/runs/JOB_KEY.csv   one file per job, written once: a temp file, then a hard
                                    link to the final name, which fails if it exists (so
                                    concurrent jobs never overwrite each other or a result)
    results/NAME/NAME.csv           every run's rows in one table; derived from runs/, it is
                                    rebuilt after each sweep and by :func:`load_results`

``paper/`` scripts read results through :func:`load_results` only.
"""

from __future__ import annotations

import errno
import os
import uuid
from pathlib import Path

import pandas as pd

from servesolve.errors import SpecError

RUNS_DIR = "runs"


def experiment_dir(name: str, root: str | Path = "results") -> Path:
    """``ROOT/NAME``: the folder that holds one experiment's results."""
    return Path(root) / name


def run_path(name: str, key: str, root: str | Path = "results") -> Path:
    """``ROOT/NAME/runs/KEY.csv``: the rows of the job whose parameters hash to ``key``."""
    return experiment_dir(name, root) / RUNS_DIR / f"{key}.csv"


def consolidated_path(name: str, root: str | Path = "results") -> Path:
    """``ROOT/NAME/NAME.csv``: every run's rows in one table."""
    return experiment_dir(name, root) / f"{name}.csv"


def write_run(frame: pd.DataFrame, path: Path) -> None:
    """Write a job's rows to ``path`` atomically, refusing if ``path`` exists.

    The table goes to a temp file in the same folder, which is then hard-linked to
    ``path``: readers never see a half-written file, and the link fails if another job
    wrote ``path`` first, so nothing is overwritten.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.stem}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
    frame.to_csv(tmp, index=False)
    try:
        _link_new(tmp, path)
    except FileExistsError:
        raise SpecError(
            "experiment.results_dir",
            f"{path} appeared while this job ran (another job or sweep with the same "
            "parameters wrote it) and is never overwritten",
            "compare the two runs; delete the file to run the job again",
        ) from None
    finally:
        tmp.unlink(missing_ok=True)


def _link_new(src: Path, dst: Path) -> None:
    """Hard-link ``src`` to ``dst`` (FileExistsError if ``dst`` exists); on a file system
    without hard links, copy it with an exclusive create instead."""
    try:
        os.link(src, dst)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV):
            raise
        with open(dst, "x") as out:
            out.write(src.read_text())


def read_runs(name: str, root: str | Path = "results") -> pd.DataFrame | None:
    """Every run file of ``name`` concatenated (files in key order), or ``None`` if none."""
    files = sorted((experiment_dir(name, root) / RUNS_DIR).glob("*.csv"))
    if not files:
        return None
    frames = [pd.read_csv(f) for f in files]
    filled = [f for f in frames if not f.empty]
    if not filled:
        return frames[0]
    return pd.concat(filled, ignore_index=True)


def consolidate(name: str, root: str | Path = "results") -> pd.DataFrame | None:
    """Rebuild ``ROOT/NAME/NAME.csv`` from the run files; return the table (``None`` if
    there are no runs). The file is replaced atomically, and only when its content changes.
    """
    frame = read_runs(name, root)
    if frame is None:
        return None
    path = consolidated_path(name, root)
    text = frame.to_csv(index=False)
    if not path.exists() or path.read_text() != text:
        tmp = path.with_name(f".{path.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")
        tmp.write_text(text)
        os.replace(tmp, path)
    return frame


def load_results(name: str, root: str | Path = "results", rebuild: bool = True) -> pd.DataFrame:
    """Every row of experiment ``name`` under ``root``.

    Rows come from ``ROOT/NAME/runs/*.csv`` (and ``ROOT/NAME/NAME.csv`` is rebuilt from
    them unless ``rebuild`` is false), or from ``ROOT/NAME/NAME.csv`` alone where there is
    no ``runs/`` folder (a results fixture). Columns: the runner's (``job_key``,
    ``wall_s``, ``finished_at``, ``servesolve_version``, ``git_commit``, ``git_dirty``),
    the job's config fields, and the experiment's own (docs/experiments.md).
    """
    frame = consolidate(name, root) if rebuild else read_runs(name, root)
    if frame is not None:
        return frame
    path = consolidated_path(name, root)
    if path.exists():
        return pd.read_csv(path)
    raise SpecError(
        "experiment",
        f"no results of '{name}' under {Path(root)}",
        f"run `servesolve -m +experiment={name} experiment.results_dir={root}`",
    )
