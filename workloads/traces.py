"""Request traces: reading recorded (or synthetic) request logs from files.

Every reader returns the same frame (:data:`REQUEST_COLUMNS`):

========================  =======  ==============================================
column                    dtype    meaning
========================  =======  ==============================================
``request_id``            int64    0 .. n-1, in arrival order
``arrival_time_s``        float64  arrival time in seconds, non-decreasing
``input_tokens``          int64    prompt (prefill) length, >= 1
``output_tokens``         int64    generated (decode) length, >= 1
========================  =======  ==============================================

Formats (:data:`TRACE_FORMATS`):

``apex_jsonl``
    APEX-style JSON lines (microsoft/apex_plus ``traces/``): one JSON object per line
    with integer ``ContextTokens`` and ``GeneratedTokens`` and ``StartTimeOffset``
    (nanoseconds since the trace start). Other keys are ignored.
``azure_csv``
    Azure LLM inference trace CSV: header ``TIMESTAMP,ContextTokens,GeneratedTokens``;
    ``TIMESTAMP`` is an ISO date-time such as ``2023-11-16 18:15:46.6805900``. Arrival
    times are seconds since the earliest timestamp.
``splitwise_csv``
    Splitwise traces as processed by microsoft/vidur: header
    ``arrived_at,num_prefill_tokens,num_decode_tokens`` with ``arrived_at`` in seconds.

Arrival times must be non-decreasing down the file (ties keep file order); a file whose
times go backwards is refused rather than silently reordered. A malformed file (not UTF-8
text, a bad field, times out of order) raises
:class:`~servesolve.errors.TraceFormatError` naming the 1-based line of the first bad line
(a CSV header is line 1).

Relative trace paths resolve first against the current directory, then against the
``data/`` folder shipped with this package.
"""

from __future__ import annotations

import io
import json
import math
import re
from pathlib import Path
from typing import Literal, get_args

import numpy as np
import pandas as pd

from servesolve.errors import SpecError, TraceFormatError

__all__ = [
    "DATA_DIR",
    "REQUEST_COLUMNS",
    "TRACE_FORMATS",
    "TraceFormat",
    "check_trace_format",
    "read_trace",
    "requests_frame",
    "resolve_trace_path",
]

TraceFormat = Literal["apex_jsonl", "azure_csv", "splitwise_csv"]
TRACE_FORMATS: tuple[str, ...] = get_args(TraceFormat)

REQUEST_COLUMNS: tuple[str, ...] = ("request_id", "arrival_time_s", "input_tokens", "output_tokens")

DATA_DIR: Path = Path(__file__).resolve().parent / "data"
"""Folder of the traces shipped with servesolve (``servesolve/workloads/data``)."""

_NS_PER_S = 1e9
_INTEGER_TEXT = r"\s*\+?\d+\s*"

# (time column, input column, output column) per CSV format
_CSV_COLUMNS: dict[str, tuple[str, str, str]] = {
    "azure_csv": ("TIMESTAMP", "ContextTokens", "GeneratedTokens"),
    "splitwise_csv": ("arrived_at", "num_prefill_tokens", "num_decode_tokens"),
}
_APEX_KEYS = ("ContextTokens", "GeneratedTokens", "StartTimeOffset")


def check_trace_format(trace_format: object, field: str = "workload.trace_format") -> None:
    """Raise :class:`SpecError` unless ``trace_format`` is a known format.

    Parameters
    ----------
    trace_format:
        The value to check.
    field:
        Dotted field named in the error.
    """
    if trace_format not in TRACE_FORMATS:
        raise SpecError(
            field,
            f"unknown trace format {trace_format!r}",
            f"use one of {', '.join(TRACE_FORMATS)}",
        )


def resolve_trace_path(path: str | Path, field: str = "workload.trace_path") -> Path:
    """Find a trace file.

    Parameters
    ----------
    path:
        Absolute path, or a path relative to the current directory or to the shipped
        :data:`DATA_DIR` (tried in that order).
    field:
        Dotted field named in the error.

    Returns
    -------
    pathlib.Path
        The existing file.

    Raises
    ------
    SpecError
        When no candidate is a file; the message lists every path tried.
    """
    given = Path(path).expanduser()
    candidates = [given] if given.is_absolute() else [Path.cwd() / given, DATA_DIR / given]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    tried = " and ".join(str(c) for c in candidates)
    raise SpecError(
        field,
        f"trace file {str(path)!r} not found (tried {tried})",
        f"give an existing file, absolute or relative to the current directory or to {DATA_DIR}",
    )


def requests_frame(
    arrival_time_s: np.ndarray, input_tokens: np.ndarray, output_tokens: np.ndarray
) -> pd.DataFrame:
    """Build the standard request frame, sorted by arrival time.

    Parameters
    ----------
    arrival_time_s, input_tokens, output_tokens:
        Equal-length arrays.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REQUEST_COLUMNS` with their documented dtypes; ``request_id``
        numbers the rows 0 .. n-1 after a stable sort by arrival time.
    """
    arrival = np.asarray(arrival_time_s, dtype=np.float64)
    order = np.argsort(arrival, kind="stable")
    n = arrival.size
    return pd.DataFrame(
        {
            "request_id": np.arange(n, dtype=np.int64),
            "arrival_time_s": arrival[order],
            "input_tokens": np.asarray(input_tokens, dtype=np.int64)[order],
            "output_tokens": np.asarray(output_tokens, dtype=np.int64)[order],
        }
    )


def read_trace(path: str | Path, trace_format: str) -> pd.DataFrame:
    """Read a request trace file.

    Parameters
    ----------
    path:
        Trace file; relative paths resolve against the current directory, then against
        the shipped data folder.
    trace_format:
        One of :data:`TRACE_FORMATS`.

    Returns
    -------
    pandas.DataFrame
        Columns :data:`REQUEST_COLUMNS`, every request of the file in arrival order.

    Raises
    ------
    SpecError
        Unknown format (``workload.trace_format``) or missing file (``workload.trace_path``).
    TraceFormatError
        Malformed content, with the 1-based line number of the first bad line.
    """
    check_trace_format(trace_format)
    resolved = resolve_trace_path(path)
    if trace_format == "apex_jsonl":
        return _read_apex_jsonl(resolved)
    return _read_csv(resolved, trace_format)


# ----------------------------------------------------------------------------- APEX JSONL


def _read_text(path: Path, trace_format: str) -> str:
    """The file as UTF-8 text; anything else (a binary file, another encoding) is refused
    naming the line of the first undecodable byte."""
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise TraceFormatError(
            str(path),
            raw.count(b"\n", 0, exc.start) + 1,
            f"not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
            "is it a binary or compressed file?",
            f"give workload.trace_path a plain-text {trace_format} trace",
        ) from None


def _first_decrease(values: np.ndarray) -> int | None:
    """Index of the first value smaller than the one before it, or None."""
    down = np.flatnonzero(np.diff(values) < 0)
    return int(down[0]) + 1 if down.size else None


def _apex_token_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 1


def _read_apex_jsonl(path: Path) -> pd.DataFrame:
    where = str(path)
    fix_line = (
        "write one JSON object per line with integer ContextTokens >= 1, "
        "GeneratedTokens >= 1 and StartTimeOffset >= 0 (ns)"
    )
    arrival_ns: list[float] = []
    inputs: list[int] = []
    outputs: list[int] = []
    last_line = 0
    for line_no, line in enumerate(io.StringIO(_read_text(path, "apex_jsonl")), start=1):
        if not line.strip():
            continue  # blank lines (e.g. a trailing newline) carry no request
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise TraceFormatError(
                where, line_no, f"not valid JSON ({exc.msg})", fix_line
            ) from None
        if not isinstance(record, dict):
            raise TraceFormatError(
                where, line_no, f"expected a JSON object, got {type(record).__name__}", fix_line
            )
        for key in _APEX_KEYS:
            if key not in record:
                raise TraceFormatError(where, line_no, f"missing key {key!r}", fix_line)
        for key in ("ContextTokens", "GeneratedTokens"):
            if not _apex_token_count(record[key]):
                raise TraceFormatError(
                    where,
                    line_no,
                    f"{key} must be an integer >= 1, got {record[key]!r}",
                    fix_line,
                )
        offset = record["StartTimeOffset"]
        if (
            not isinstance(offset, (int, float))
            or isinstance(offset, bool)
            or not math.isfinite(offset)
            or offset < 0
        ):
            raise TraceFormatError(
                where,
                line_no,
                f"StartTimeOffset must be a number of nanoseconds >= 0, got {offset!r}",
                fix_line,
            )
        if arrival_ns and offset < arrival_ns[-1]:
            raise TraceFormatError(
                where,
                line_no,
                f"StartTimeOffset {offset!r} is earlier than {arrival_ns[-1]:.0f} on line "
                f"{last_line}; arrival times must not go backwards",
                "sort the trace by StartTimeOffset",
            )
        last_line = line_no
        arrival_ns.append(float(offset))
        inputs.append(record["ContextTokens"])
        outputs.append(record["GeneratedTokens"])
    if not inputs:
        raise TraceFormatError(where, 1, "file has no requests", fix_line)
    return requests_frame(
        np.asarray(arrival_ns) / _NS_PER_S, np.asarray(inputs), np.asarray(outputs)
    )


# ----------------------------------------------------------------------------- CSV formats

_PARSER_LINE = re.compile(r"line (\d+)")


def _read_csv(path: Path, trace_format: str) -> pd.DataFrame:
    where = str(path)
    time_col, input_col, output_col = _CSV_COLUMNS[trace_format]
    header_fix = f"start the file with the header {time_col},{input_col},{output_col}"
    try:
        raw = pd.read_csv(
            io.StringIO(_read_text(path, trace_format)),
            dtype=str,
            keep_default_na=False,
            skip_blank_lines=False,
        )
    except pd.errors.EmptyDataError:
        raise TraceFormatError(where, 1, "file is empty", header_fix) from None
    except pd.errors.ParserError as exc:
        match = _PARSER_LINE.search(str(exc))
        line_no = int(match.group(1)) if match else 1
        raise TraceFormatError(
            where,
            line_no,
            "wrong number of fields",
            f"give every row the {len(_raw_header(path))} header fields",
        ) from None
    missing = [c for c in (time_col, input_col, output_col) if c not in raw.columns]
    if missing:
        found = ", ".join(map(str, raw.columns))
        raise TraceFormatError(
            where, 1, f"missing column(s) {', '.join(missing)} (header has: {found})", header_fix
        )
    raw = _drop_trailing_blank_rows(raw)
    if raw.empty:
        raise TraceFormatError(
            where, 1, "file has a header but no requests", "add one row per request"
        )

    first_bad: list[tuple[int, str]] = []  # (row index, problem) of the first bad row per check
    tokens: dict[str, pd.Series] = {}
    for col in (input_col, output_col):
        text = raw[col]
        is_int = text.str.fullmatch(_INTEGER_TEXT)
        values = pd.to_numeric(text.where(is_int), errors="coerce")
        bad = ~is_int | (values < 1)
        if bad.any():
            row = int(np.flatnonzero(bad.to_numpy())[0])
            first_bad.append((row, f"{col} must be an integer >= 1, got {text.iloc[row]!r}"))
        tokens[col] = values

    if trace_format == "azure_csv":
        stamps = pd.to_datetime(raw[time_col].str.strip(), format="ISO8601", errors="coerce")
        bad_time = stamps.isna()
        if bad_time.any():
            row = int(np.flatnonzero(bad_time.to_numpy())[0])
            problem = (
                f"{time_col} must be an ISO date-time like 2023-11-16 18:15:46.6805900, "
                f"got {raw[time_col].iloc[row]!r}"
            )
            first_bad.append((row, problem))
            arrival_s = None
        else:
            arrival_s = (stamps - stamps.min()).dt.total_seconds().to_numpy(dtype=np.float64)
    else:
        seconds = pd.to_numeric(raw[time_col].str.strip(), errors="coerce")
        bad_time = seconds.isna() | ~np.isfinite(seconds.fillna(0.0)) | (seconds < 0)
        if bad_time.any():
            row = int(np.flatnonzero(bad_time.to_numpy())[0])
            first_bad.append(
                (
                    row,
                    f"{time_col} must be a number of seconds >= 0, got {raw[time_col].iloc[row]!r}",
                )
            )
            arrival_s = None
        else:
            arrival_s = seconds.to_numpy(dtype=np.float64)

    if first_bad:
        row, problem = min(first_bad, key=lambda item: item[0])
        raise TraceFormatError(
            where,
            row + 2,
            problem,
            f"fix that row ({time_col},{input_col},{output_col}) or remove it",
        )
    assert arrival_s is not None
    row = _first_decrease(arrival_s)
    if row is not None:
        raise TraceFormatError(
            where,
            row + 2,
            f"{time_col} {raw[time_col].iloc[row].strip()} is earlier than "
            f"{raw[time_col].iloc[row - 1].strip()} on line {row + 1}; arrival times must "
            "not go backwards",
            f"sort the trace by {time_col}",
        )
    return requests_frame(arrival_s, tokens[input_col].to_numpy(), tokens[output_col].to_numpy())


def _raw_header(path: Path) -> list[str]:
    """Fields of the first line of a CSV file (used in error messages)."""
    with path.open("r", encoding="utf-8", errors="replace") as handle:
        return handle.readline().rstrip("\r\n").split(",")


def _drop_trailing_blank_rows(raw: pd.DataFrame) -> pd.DataFrame:
    blank = (raw.apply(lambda col: col.str.strip()) == "").all(axis=1).to_numpy()
    keep = len(raw)
    while keep > 0 and blank[keep - 1]:
        keep -= 1
    return raw.iloc[:keep]
