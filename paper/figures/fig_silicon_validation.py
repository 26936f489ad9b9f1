"""Figure: predicted against measured TTFT and TPOT of aiconfigurator's measured serving
runs (the silicon validation), log-log.

One column per system, one row per metric; colour = engine, marker = split (``train`` or a
held-out model family). The dashed line is y = x, the shaded band around it +-10 %
(``paperlib.SILICON_TARGET_MAE``, the project's target for the median error), and the
dotted lines a factor of 2 either side, for scale where the axes span several decades. Both
axes of a metric share limits rounded out to whole decades, in every system's panel; each
panel's title names the system and the number of rows it shows. Skipped rows (no
prediction) are left out, and a silicon row run more than once shows its latest run.

Reads ``results/silicon_validation``.
"""

from __future__ import annotations

import math
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
import seaborn as sns
from matplotlib.axis import Axis
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.ticker import FuncFormatter, LogLocator, NullFormatter
from paperlib import (
    SILICON_ENGINES,
    SILICON_EXPERIMENT,
    SILICON_SYSTEMS,
    SILICON_TARGET_MAE,
    ordered,
    save_figure,
    silicon_rows,
    silicon_splits,
    theme,
)

from servesolve.errors import SpecError

EXPERIMENT = SILICON_EXPERIMENT
COLUMNS = (
    "id",
    "system",
    "engine",
    "split",
    "measured_ttft_ms",
    "predicted_ttft_ms",
    "measured_tpot_ms",
    "predicted_tpot_ms",
)
METRICS = {"ttft": "TTFT (ms)", "tpot": "TPOT (ms)"}
#: Marker of each split in display order (train first, then the held-out families).
MARKERS = ["o", "^", "s", "D", "v", "P", "X"]
PANEL_INCHES = 2.3
#: At most this many labelled (decade) ticks per axis; wider ranges label every 2nd, ...
MAX_TICKS = 5
#: Axes ending at or below this (ms) label ticks as plain numbers, others as powers of ten.
PLAIN_UP_TO = 1e4
#: Dotted lines at predicted = measured x and / this factor, for scale beside the band.
FACTOR_LINES = 2.0
BAND_COLOUR = "#f4a582"


def long_form(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per (simulated silicon row, metric) with its measured and predicted value
    (ms); values that are not positive cannot be placed on a log axis and are left out."""
    frame = frame[frame["simulated"]]
    parts = []
    for metric, label in METRICS.items():
        part = frame[["system", "engine", "split"]].assign(
            metric=label,
            measured_ms=pd.to_numeric(frame[f"measured_{metric}_ms"]),
            predicted_ms=pd.to_numeric(frame[f"predicted_{metric}_ms"]),
        )
        parts.append(part[(part["predicted_ms"] > 0) & (part["measured_ms"] > 0)])
    return pd.concat(parts, ignore_index=True)


def decade_limits(values: np.ndarray) -> tuple[float, float]:
    """The smallest whole-decade range holding every value (at least one decade)."""
    low = math.floor(math.log10(float(np.min(values))))
    high = math.ceil(math.log10(float(np.max(values))))
    return 10.0**low, 10.0 ** max(high, low + 1)


def plain_label(value: float, _position: float) -> str:
    return f"{value:g}"


def power_label(value: float, _position: float) -> str:
    return f"$10^{{{round(math.log10(value))}}}$"


def style_axis(axis: Axis, high: float) -> None:
    """Labelled ticks on whole decades only (at most ``MAX_TICKS``), unlabelled minor ticks;
    plain numbers on an axis that ends at or below ``PLAIN_UP_TO``, powers of ten above."""
    axis.set_major_locator(LogLocator(base=10, numticks=MAX_TICKS))
    axis.set_major_formatter(FuncFormatter(plain_label if high <= PLAIN_UP_TO else power_label))
    axis.set_minor_locator(LogLocator(base=10, subs=np.arange(2, 10), numticks=100))
    axis.set_minor_formatter(NullFormatter())


def legend_handles(
    palette: dict[str, tuple], markers: dict[str, str]
) -> tuple[list[plt.Artist], list[str]]:
    """The figure legend: engines (colour), splits (marker), then y = x and the band."""
    blank = Line2D([], [], linestyle="none")
    handles: list[plt.Artist] = [blank]
    labels = ["engine"]
    for engine, colour in palette.items():
        handles.append(Line2D([], [], linestyle="none", marker="o", color=colour))
        labels.append(engine)
    handles.append(blank)
    labels.append("split")
    for split, marker in markers.items():
        handles.append(Line2D([], [], linestyle="none", marker=marker, color="0.35"))
        labels.append(split)
    handles += [blank, Line2D([], [], color="black", linestyle="--", linewidth=0.8)]
    labels += ["reference", "predicted = measured"]
    handles.append(Patch(color=BAND_COLOUR))
    labels.append(f"±{SILICON_TARGET_MAE:.0%} (target)".replace("%", " %"))
    handles.append(Line2D([], [], color="0.4", linestyle=":", linewidth=0.8))
    labels.append(f"×{FACTOR_LINES:g} and ÷{FACTOR_LINES:g}")
    return handles, labels


def make(results: Path, out: Path) -> list[Path]:
    """Write ``fig_silicon_validation`` (.pdf/.png)."""
    data = long_form(silicon_rows(results, COLUMNS))
    if data.empty:
        raise SpecError(
            f"results/{EXPERIMENT}",
            "no silicon row was simulated (every row is skipped)",
            "see the rows' skip_reason",
        )
    systems = ordered(data["system"], SILICON_SYSTEMS)
    engines = ordered(data["engine"], SILICON_ENGINES)
    splits = silicon_splits(data["split"])
    palette = dict(zip(engines, sns.color_palette("colorblind", len(engines)), strict=True))
    markers = {split: MARKERS[i % len(MARKERS)] for i, split in enumerate(splits)}
    theme()
    fig, axes = plt.subplots(
        len(METRICS),
        len(systems),
        figsize=(PANEL_INCHES * len(systems), PANEL_INCHES * len(METRICS) + 0.4),
        sharex="row",
        sharey="row",
        squeeze=False,
    )
    for row, label in enumerate(METRICS.values()):
        part = data[data["metric"] == label]
        low, high = decade_limits(part[["measured_ms", "predicted_ms"]].to_numpy())
        line = np.geomspace(low, high, 64)
        for col, system in enumerate(systems):
            ax = axes[row, col]
            points = part[part["system"] == system]
            band = (1 - SILICON_TARGET_MAE) * line, (1 + SILICON_TARGET_MAE) * line
            ax.fill_between(line, *band, color=BAND_COLOUR, linewidth=0, zorder=0)
            ax.plot(line, line, color="black", linestyle="--", linewidth=0.8, zorder=1)
            for factor in (FACTOR_LINES, 1 / FACTOR_LINES):
                ax.plot(line, factor * line, color="0.4", linestyle=":", linewidth=0.8, zorder=1)
            sns.scatterplot(
                data=points,
                x="measured_ms",
                y="predicted_ms",
                hue="engine",
                hue_order=engines,
                palette=palette,
                style="split",
                style_order=splits,
                markers=markers,
                s=16,
                alpha=0.75,
                linewidth=0,
                legend=False,
                ax=ax,
                zorder=2,
            )
            ax.set(xscale="log", yscale="log", xlim=(low, high), ylim=(low, high))
            ax.set_aspect("equal", adjustable="box")
            style_axis(ax.xaxis, high)
            style_axis(ax.yaxis, high)
            ax.set_title(f"{system} (n = {len(points)})")
            ax.set_xlabel(f"measured {label}")
            ax.set_ylabel(f"predicted {label}" if col == 0 else "")
    fig.tight_layout(h_pad=2.0)  # room between a row's x labels and the next row's titles
    handles, labels = legend_handles(palette, markers)
    fig.legend(handles, labels, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False)
    return save_figure(fig, out, "fig_silicon_validation")
