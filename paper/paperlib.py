"""Shared helpers of the paper scripts: loading results, the seaborn theme, writing outputs.

Every script in ``paper/figures/`` and ``paper/tables/`` is a pure function of ``results/``:
``make(results: Path, out: Path) -> list[Path]`` reads experiment tables through
:func:`load`, and writes its files through :func:`save_figure`, :func:`save_table` and
:func:`save_snippet`, which put figures under ``out/figures/``, tables under
``out/tables/`` and text snippets under ``out/snippets/``. ``paper/build.py`` runs them and
renders ``paper.template.md`` with their Markdown inlined.

Nothing here computes results: an experiment without rows raises a one-line
:class:`~servesolve.errors.SpecError` naming the experiment and the command that makes it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # files only; no display on CI or build machines

import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import seaborn as sns  # noqa: E402

from servesolve.errors import SpecError  # noqa: E402
from servesolve.experiments.results import load_results  # noqa: E402

# Published headline figures the paper compares against (quoted, never computed).
# ExeGPT (Oh et al., ASPLOS 2024), abstract and Section 7: 2.9x average throughput over
# FasterTransformer across 20 scenarios, up to 15.2x.
EXEGPT_PUBLISHED_MEAN_RATIO = 2.9
EXEGPT_PUBLISHED_MAX_RATIO = 15.2
EXEGPT_PUBLISHED_NUM_SCENARIOS = 20
# APEX (Lin et al., arXiv 2411.17651, 2024), abstract: plans up to 3.37x faster than
# heuristic plans in end-to-end latency on 8 H100 (v2 of the preprint; v1 said 4.42x).
APEX_PUBLISHED_MAX_SPEEDUP = 3.37

#: The committed results of this checkout (``paper/build.py``'s default ``--results``).
DEFAULT_RESULTS = Path(__file__).resolve().parents[1] / "results"
FIGURE_FORMATS = ("pdf", "png")
#: Characters of the Markdown tables that plain (pdf)LaTeX lacks, and what the .tex gets.
LATEX_SYMBOLS = {"∞": r"$\infty$", "—": "---"}
PNG_DPI = 200


def rerun_command(experiment: str, results: Path = DEFAULT_RESULTS) -> str:
    """The command that produces an experiment's results under ``results`` (docs/experiments.md)."""
    command = f"servesolve -m +experiment={experiment}"
    if Path(results).resolve() == DEFAULT_RESULTS:
        return command
    return f"{command} experiment.results_dir={results}"


def load(experiment: str, results: Path, columns: Iterable[str]) -> pd.DataFrame:
    """Every row of ``experiment`` under ``results``, checked to hold ``columns``.

    Raises a one-line ``SpecError`` when the experiment has no rows (naming the command
    that produces them) or when a column the script needs is absent (results written
    by an older schema).
    """
    folder = Path(results) / experiment
    try:
        # rebuild=False: reading must not rewrite results/NAME/NAME.csv (paper/ never
        # writes to results/).
        frame = load_results(experiment, root=results, rebuild=False)
    except SpecError:
        frame = pd.DataFrame()
    if frame.empty:
        raise SpecError(
            f"results/{experiment}",
            f"experiment '{experiment}' has no results under {folder}",
            f"produce them with `{rerun_command(experiment, results)}`",
        )
    missing = sorted(set(columns) - set(frame.columns))
    if missing:
        raise SpecError(
            f"results/{experiment}",
            f"columns {missing} are missing from the rows under {folder}",
            f"re-run `{rerun_command(experiment, results)}` with this servesolve version",
        )
    return frame


def theme() -> None:
    """The one seaborn theme of every figure (called by each figure script)."""
    sns.set_theme(context="paper", style="whitegrid", palette="colorblind", font_scale=1.0)


def save_figure(figure: plt.Figure | sns.FacetGrid, out: Path, name: str) -> list[Path]:
    """Write ``figure`` as ``out/figures/<name>.pdf`` and ``.png`` and close it.

    The PDF carries no creation date, so rebuilding unchanged results gives the same
    bytes and the committed figures only change when results do.
    """
    fig = figure.figure if isinstance(figure, sns.FacetGrid) else figure
    folder = out / "figures"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for fmt in FIGURE_FORMATS:
        path = folder / f"{name}.{fmt}"
        metadata = {"CreationDate": None} if fmt == "pdf" else {"Software": None}
        fig.savefig(path, dpi=PNG_DPI, bbox_inches="tight", metadata=metadata)
        paths.append(path)
    plt.close(fig)
    return paths


def save_table(data: pd.DataFrame, display: pd.DataFrame, out: Path, name: str) -> list[Path]:
    """Write a table as Markdown and LaTeX (``display``: formatted strings) and its data as CSV.

    ``display`` is what a reader sees: every cell already formatted, so the Markdown and
    the LaTeX show the same digits. ``data`` holds the same aggregates unrounded
    (``out/tables/<name>.csv``) for checks and for anyone re-plotting.
    """
    folder = out / "tables"
    folder.mkdir(parents=True, exist_ok=True)
    display = display.astype(str)
    md_path = folder / f"{name}.md"
    md_path.write_text(display.to_markdown(index=False) + "\n")
    tex_path = folder / f"{name}.tex"
    styler = display.style.hide(axis="index").format(escape="latex")
    styler = styler.format_index(escape="latex", axis=1)
    tex = styler.to_latex(hrules=True)
    for symbol, latex in LATEX_SYMBOLS.items():
        tex = tex.replace(symbol, latex)
    tex_path.write_text(tex)
    csv_path = folder / f"{name}.csv"
    data.to_csv(csv_path, index=False)
    return [md_path, tex_path, csv_path]


def save_snippet(text: str, out: Path, name: str) -> list[Path]:
    """Write a generated sentence or paragraph (numbers included) as ``out/snippets/<name>.md``."""
    folder = out / "snippets"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md"
    path.write_text(text.strip() + "\n")
    return [path]


def fmt(value: float | None, digits: int = 3) -> str:
    """A number with ``digits`` significant digits; an em dash for missing values."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if isinstance(value, float) and math.isinf(value):
        return "∞"
    return f"{value:.{digits}g}"


def fmt_ratio(value: float | None) -> str:
    """A ratio with three significant digits, as ``2.34x`` (``15.2x``, ``2.9x``)."""
    text = fmt(value, 3)
    return text if text in ("—", "∞") else f"{text}x"


def fmt_seconds(value: float | None) -> str:
    """A duration with a unit that keeps three significant digits (ms below one second)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    if value < 1.0:
        return f"{value * 1000:.3g} ms"
    return f"{value:.3g} s"


def fmt_percent(value: float | None, digits: int = 3) -> str:
    """A fraction (0.0123) as a percentage (``1.23 %``)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value * 100:.{digits}g} %"


def as_bool(series: pd.Series) -> pd.Series:
    """A CSV column of True/False (possibly read as strings, possibly empty) as booleans."""
    mapping = {True: True, False: False, "True": True, "False": False, "true": True, "false": False}
    return series.map(mapping).fillna(False).astype(bool)


#: The plans of the APEX reproduction, in the order figures and tables show them
#: (experiments/apex_reproduction.py: the MILP plan, three heuristics, APEX's search).
APEX_METHODS = ["optimal", "tp8", "tp1_pp8", "max_dp", "enumerate"]
APEX_HEURISTICS = ["tp8", "tp1_pp8", "max_dp"]
APEX_SCENARIO = ["model", "cluster", "workload", "slo"]
APEX_WORKLOAD_LABELS = ["summarization", "creation", "chat"]  # APEX's order


def ordered(values: Iterable[str], preferred: list[str]) -> list[str]:
    """The distinct ``values`` in ``preferred`` order, any others after them, sorted."""
    present = set(values)
    return [v for v in preferred if v in present] + sorted(present - set(preferred))


def workload_label(name: str) -> str:
    """A workload's short label in figures (``apex_chat`` -> ``chat``, ``exegpt_c2`` -> ``C2``)."""
    if name.startswith("exegpt_"):
        return name.removeprefix("exegpt_").upper()
    return name.removeprefix("apex_")


#: The ExeGPT reproduction's scenario keys and latency-bound labels in display order
#: (experiments/exegpt_reproduction.py: bounds at the static baseline's p10/p30/p70
#: latency, and no bound, as ExeGPT Section 7 derives them).
EXEGPT_SCENARIO = ["model", "cluster", "num_gpus", "task", "bound_label"]
EXEGPT_BOUNDS = ["p10", "p30", "p70", "none"]
EXEGPT_BASELINE = "static_baseline"
EXEGPT_METHODS = ["continuous", "exegpt", "servesolve"]  # compared with the baseline
EXEGPT_TASK_LABELS = ["S", "T", "G", "C1", "C2"]  # ExeGPT Table 3's order


def fmt_gap(value: float | None) -> str:
    """A proven relative gap as a percentage with two decimals (``0.00 %``).

    Gaps below 0.005 % are solver round-off (CP-SAT scales floats to integers at 1e-9),
    so two decimals show what matters.
    """
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    return f"{value * 100:.2f} %"


#: The silicon validation (experiments/silicon_validation.py): aiconfigurator's measured
#: serving runs simulated as measured. Errors are ``(predicted - measured) / measured`` in
#: per cent, so a negative error is an optimistic prediction.
SILICON_EXPERIMENT = "silicon_validation"
SILICON_SYSTEMS = ["h100_sxm", "h200_sxm", "b200_sxm", "b300_sxm", "gb200", "gb300"]
SILICON_ENGINES = ["vllm", "vllm-0.6", "sglang", "trtllm"]
#: The project's target for the median absolute error of TTFT and TPOT (a fraction).
SILICON_TARGET_MAE = 0.10


def silicon_rows(results: Path, columns: Iterable[str]) -> pd.DataFrame:
    """The latest row per silicon ``id`` (as ``write_outputs`` builds ``rows.csv``), with
    ``simulated`` (the row has a prediction; skipped rows have none)."""
    frame = load(SILICON_EXPERIMENT, results, {*columns, "id", "finished_at"})
    frame = frame.sort_values("finished_at", kind="stable").drop_duplicates("id", keep="last")
    return frame.assign(simulated=pd.to_numeric(frame["predicted_ttft_ms"]).notna())


def silicon_splits(values: Iterable[str]) -> list[str]:
    """The splits in display order: ``train``, then the held-out families sorted."""
    return ordered(values, ["train"])


def fmt_pct(value: float | None, signed: bool = False) -> str:
    """A value already in per cent with three significant digits and no exponent
    (``4.52 %``, ``1234 %``); ``signed`` adds the sign (``+4.52 %``, ``-30.4 %``)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "—"
    sign = "+" if signed else ""
    text = f"{value:{sign}.3g}"
    if "e" in text:
        text = f"{value:{sign}.0f}"
    return f"{text} %"
