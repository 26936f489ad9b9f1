"""Replay a workload against any OpenAI-compatible streaming endpoint, timing the streams.

Each request of the table (``arrival_time_s``, ``input_tokens``, ``output_tokens``, as
:func:`servesolve.workloads.spec.sample_requests` makes) is sent at its arrival time
(open loop, asyncio) to ``POST {base_url}/completions`` with the official ``openai``
client:

* ``prompt``: seeded random token ids, exactly ``input_tokens`` of them, so the prompt
  length is exact on any server that accepts token-id prompts (vLLM, SGLang, this
  project's :mod:`servesolve.replay.server`) whatever its tokenizer;
* ``max_tokens = output_tokens``, ``stream=True``, ``stream_options={"include_usage":
  True}``, and, through ``extra_body``, ``ignore_eos: true`` and ``min_tokens =
  output_tokens`` so that the server generates exactly ``output_tokens`` tokens. vLLM and
  SGLang accept both fields; this project's server always generates ``max_tokens``
  tokens and accepts them as no-ops; OpenAI's own API rejects unknown fields, so pass
  ``ignore_eos=False`` there (outputs may then stop early at EOS: the table records the
  tokens actually received).

Measured per request, on the client's monotonic clock (seconds since the replay
started): ``send_time_s`` (the request goes out; later than ``arrival_time_s`` only when
``max_concurrency`` holds it back), ``first_token_time_s`` (the first chunk with
non-empty text), ``finish_time_s`` (the stream ends) and the time of every text chunk.
From these, as vLLM's ``benchmark_serving`` does, latencies count from the send:
``ttft_s = first - send``, ``tpot_s = (finish - first) / (output_tokens - 1)`` (NaN for
one token), ``e2e_s = finish - send``. ``output_tokens`` comes from the usage chunk when
the server sends one, else from the number of text chunks.

The table has the simulator's request columns (``request_id``, ``arrival_time_s``,
``first_token_time_s``, ``finish_time_s``, ``input_tokens``, ``output_tokens``,
``ttft_s``, ``tpot_s``, ``e2e_s``, ``preemptions``: unknown to a client, NaN), so the
successful rows (``error == ""``) feed :func:`servesolve.simulator.metrics.summarize`
for throughput, percentiles and SLO attainment. A failed request (HTTP error, timeout,
refused connection, a stream cut short) is a row with its ``error`` and NaN latencies;
nothing is raised for it. A ``base_url`` where nothing answers ``GET /models`` raises
:class:`~servesolve.errors.SpecError` before any request is sent.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import openai
import pandas as pd
from openai import AsyncOpenAI
from tqdm.auto import tqdm

from servesolve.errors import SpecError

#: Token ids of the random prompts are drawn from ``[low, high)``: ids every tokenizer has
#: as ordinary tokens (the project's scaled models keep at least 64 ids).
DEFAULT_TOKEN_ID_RANGE = (1, 64)

#: Columns of the returned table, in order.
COLUMNS = [
    "request_id",
    "arrival_time_s",
    "send_time_s",
    "first_token_time_s",
    "finish_time_s",
    "input_tokens",
    "output_tokens",
    "expected_output_tokens",
    "preemptions",
    "ttft_s",
    "tpot_s",
    "e2e_s",
    "chunk_times_s",
    "error",
]

_REQUIRED = ("arrival_time_s", "input_tokens", "output_tokens")

#: A client whose median send is later than the schedule by more than this is overloaded
#: (busy host, or the server in the same process) and says so.
SEND_LAG_WARN_S = 0.01

_log = logging.getLogger(__name__)


def prompt_token_ids(
    requests: pd.DataFrame,
    seed: int = 0,
    token_id_range: tuple[int, int] = DEFAULT_TOKEN_ID_RANGE,
) -> list[list[int]]:
    """The prompt of every request: ``input_tokens`` ids drawn uniformly from
    ``token_id_range`` by ``numpy.random.default_rng(seed)``, in table order."""
    rng = np.random.default_rng(seed)
    low, high = token_id_range
    return [rng.integers(low, high, int(n)).tolist() for n in requests["input_tokens"]]


def _check_requests(requests: pd.DataFrame, token_id_range: tuple[int, int]) -> None:
    missing = [c for c in _REQUIRED if c not in requests.columns]
    if missing:
        raise SpecError(
            "requests",
            f"the request table lacks column(s) {', '.join(missing)}",
            "pass a table from workloads.sample_requests (arrival_time_s, input_tokens, "
            "output_tokens)",
        )
    for column in ("input_tokens", "output_tokens"):
        if len(requests) and int(requests[column].min()) < 1:
            raise SpecError(f"requests.{column}", "a request has fewer than 1 token", "use >= 1")
    low, high = token_id_range
    if not 0 <= low < high:
        raise SpecError(
            "endpoint.token_id_range",
            f"[{low}, {high}) is not a non-empty range of token ids",
            "give 0 <= low < high",
        )


async def _check_endpoint(
    client: AsyncOpenAI, base_url: str, model: str
) -> tuple[str, dict[str, Any] | None]:
    """The model to request (``model``, or the first the server lists when ``model`` is
    empty) and its card's ``servesolve`` engine description (None from servers other
    than :mod:`servesolve.replay.server`). Fails fast when nothing answers ``GET
    {base_url}/models``, ``model`` is not served, or no model is named and the server
    lists none."""
    try:
        page = await client.models.list()
    except openai.OpenAIError as error:
        raise SpecError(
            "endpoint.base_url",
            f"GET {base_url.rstrip('/')}/models failed ({type(error).__name__}: {error})",
            "start the server (vllm serve, python -m sglang.launch_server, python -m "
            "servesolve.replay.server) or fix the URL; it ends in /v1",
        ) from error
    served = [m.id for m in page.data]
    if not model:
        if not served:
            raise SpecError(
                "endpoint.model",
                f"is not set and the server at {base_url} lists no model at /models",
                "set endpoint.model=NAME (the name the server was started with)",
            )
        model = served[0]
    if served and model not in served:
        raise SpecError(
            "endpoint.model",
            f"the server at {base_url} does not serve '{model}'",
            f"use one of {', '.join(served)}",
        )
    card = next((m for m in page.data if m.id == model), None)
    engine = (card.model_extra or {}).get("servesolve") if card is not None else None
    return model, engine if isinstance(engine, dict) else None


async def _one(
    client: AsyncOpenAI,
    model: str,
    prompt: list[int],
    max_tokens: int,
    arrival_s: float,
    t0: float,
    limit: asyncio.Semaphore | None,
    timeout_s: float | None,
    extra_body: dict[str, Any] | None,
) -> dict[str, Any]:
    """Send one request at its arrival time and time its stream."""
    await asyncio.sleep(max(0.0, t0 + arrival_s - time.perf_counter()))
    row: dict[str, Any] = {"arrival_time_s": arrival_s, "error": ""}
    chunk_times: list[float] = []
    usage_tokens: int | None = None
    text_chunks = 0
    texts: list[str] = []
    if limit is not None:
        await limit.acquire()
    row["send_time_s"] = time.perf_counter() - t0
    try:
        async with asyncio.timeout(timeout_s):
            stream = await client.completions.create(
                model=model,
                prompt=prompt,
                max_tokens=max_tokens,
                temperature=0.0,
                stream=True,
                stream_options={"include_usage": True},
                extra_body=extra_body,
            )
            async with stream:  # closes the connection on a timeout too
                async for chunk in stream:
                    now = time.perf_counter() - t0
                    if chunk.choices and chunk.choices[0].text:
                        chunk_times.append(now)
                        texts.append(chunk.choices[0].text)
                        text_chunks += 1
                    if chunk.usage is not None:
                        usage_tokens = int(chunk.usage.completion_tokens)
        row["finish_time_s"] = time.perf_counter() - t0
    except TimeoutError:
        row["error"] = f"timeout: no complete response within {timeout_s} s"
    except openai.APIStatusError as error:
        row["error"] = f"HTTP {error.status_code}: {error.message}"
    except openai.OpenAIError as error:  # connection refused or reset, stream errors
        row["error"] = f"{type(error).__name__}: {error}"
    finally:
        if limit is not None:
            limit.release()
    row["output_tokens"] = usage_tokens if usage_tokens is not None else text_chunks
    row["chunk_times_s"] = tuple(chunk_times)
    row["text"] = "".join(texts)
    if not row["error"] and not chunk_times:
        row["error"] = "the stream ended without any text"
    if row["error"]:
        row["first_token_time_s"] = row["finish_time_s"] = np.nan
    else:
        row["first_token_time_s"] = chunk_times[0]
    return row


async def replay_openai_async(
    requests: pd.DataFrame,
    base_url: str,
    model: str,
    api_key: str = "EMPTY",
    *,
    seed: int = 0,
    token_id_range: tuple[int, int] = DEFAULT_TOKEN_ID_RANGE,
    max_concurrency: int | None = None,
    timeout_s: float | None = 600.0,
    ignore_eos: bool = True,
    keep_text: bool = False,
    progress: bool = True,
) -> pd.DataFrame:
    """:func:`replay_openai` inside a running event loop (same parameters)."""
    _check_requests(requests, token_id_range)
    if max_concurrency is not None and max_concurrency < 1:
        raise SpecError(
            "endpoint.max_concurrency",
            f"max_concurrency={max_concurrency}",
            "give >= 1, or none for no limit",
        )
    prompts = prompt_token_ids(requests, seed, token_id_range)
    arrivals = requests["arrival_time_s"].to_numpy(dtype=float)
    arrivals = arrivals - (arrivals.min() if len(arrivals) else 0.0)
    outputs = requests["output_tokens"].to_numpy(dtype=np.int64)
    limit = asyncio.Semaphore(max_concurrency) if max_concurrency else None
    # No retries: a retried request would be timed as one, hiding the failure.
    async with AsyncOpenAI(
        base_url=base_url, api_key=api_key, max_retries=0, timeout=timeout_s
    ) as client:
        model, engine = await _check_endpoint(client, base_url, model)
        t0 = time.perf_counter()
        with tqdm(total=len(requests), desc="replay", unit="req", disable=not progress) as bar:

            async def tracked(i: int) -> dict[str, Any]:
                row = await _one(
                    client,
                    model,
                    prompts[i],
                    int(outputs[i]),
                    float(arrivals[i]),
                    t0,
                    limit,
                    timeout_s,
                    {"ignore_eos": True, "min_tokens": int(outputs[i])} if ignore_eos else None,
                )
                if not keep_text:
                    del row["text"]
                bar.update()
                return row

            rows = await asyncio.gather(*(tracked(i) for i in range(len(requests))))
    table = _table(requests, rows, keep_text)
    table.attrs["model"] = model  # the model requested (the server's first when none was named)
    table.attrs["server"] = engine  # the server's engine, when it describes it
    lag = float((table["send_time_s"] - table["arrival_time_s"]).median()) if len(table) else 0.0
    if max_concurrency is None and lag > SEND_LAG_WARN_S:
        _log.warning(
            "the client sent requests %.0f ms after their arrival times (median): the "
            "offered load is lower than the trace's; run the client on a less busy host "
            "(and the server in another process)",
            lag * 1e3,
        )
    return table


def _table(requests: pd.DataFrame, rows: Sequence[dict[str, Any]], keep_text: bool) -> pd.DataFrame:
    columns = [*COLUMNS, "text"] if keep_text else COLUMNS
    if not len(rows):
        return pd.DataFrame(columns=columns)
    table = pd.DataFrame(list(rows), index=requests.index)
    table["request_id"] = (
        requests["request_id"].to_numpy()
        if "request_id" in requests.columns
        else np.arange(len(requests))
    )
    table["input_tokens"] = requests["input_tokens"].to_numpy(dtype=np.int64)
    table["expected_output_tokens"] = requests["output_tokens"].to_numpy(dtype=np.int64)
    table["output_tokens"] = table["output_tokens"].astype(np.int64)
    table["preemptions"] = np.nan
    ok = table["error"] == ""
    out = table["output_tokens"].to_numpy()
    first, finish = table["first_token_time_s"], table["finish_time_s"]
    table["ttft_s"] = first - table["send_time_s"]
    table["tpot_s"] = np.where(ok & (out > 1), (finish - first) / np.maximum(out - 1, 1), np.nan)
    table["e2e_s"] = finish - table["send_time_s"]
    return table[columns].reset_index(drop=True)


def replay_openai(
    requests: pd.DataFrame,
    base_url: str,
    model: str,
    api_key: str = "EMPTY",
    *,
    seed: int = 0,
    token_id_range: tuple[int, int] = DEFAULT_TOKEN_ID_RANGE,
    max_concurrency: int | None = None,
    timeout_s: float | None = 600.0,
    ignore_eos: bool = True,
    keep_text: bool = False,
    progress: bool = True,
) -> pd.DataFrame:
    """Replay ``requests`` against the OpenAI-compatible server at ``base_url``, timing each
    stream (see the module docstring).

    Parameters
    ----------
    requests:
        Columns ``arrival_time_s`` (shifted to start at 0), ``input_tokens``,
        ``output_tokens``; ``request_id`` is kept when present.
    base_url:
        The API root, ``http://host:port/v1`` (what ``vllm serve`` prints).
    model:
        The served model name (``GET /v1/models``); empty: the first the server lists.
    api_key:
        Sent as a bearer token (vLLM's ``--api-key``; any string otherwise).
    seed, token_id_range:
        The random prompts (:func:`prompt_token_ids`).
    max_concurrency:
        At most this many requests in flight (later ones wait at the client; their
        ``send_time_s`` shows it); None: pure open loop.
    timeout_s:
        Whole-request limit; a request past it is recorded as failed.
    ignore_eos:
        Send vLLM's ``ignore_eos`` and ``min_tokens`` so outputs have their exact length;
        False for servers that reject unknown fields.
    keep_text:
        Add a ``text`` column with each request's generated text.
    progress:
        Show a tqdm bar of completed requests.

    Returns
    -------
    pandas.DataFrame
        One row per request, columns :data:`COLUMNS`, in the order of ``requests``.

    Raises
    ------
    SpecError
        Bad table or options, nothing answering at ``base_url``, or ``model`` not served.
    """
    return asyncio.run(
        replay_openai_async(
            requests,
            base_url,
            model,
            api_key,
            seed=seed,
            token_id_range=token_id_range,
            max_concurrency=max_concurrency,
            timeout_s=timeout_s,
            ignore_eos=ignore_eos,
            keep_text=keep_text,
            progress=progress,
        )
    )
