"""An OpenAI-compatible HTTP server around a :class:`~servesolve.replay.model.ReplayModel`.

It lets the OpenAI-compatible client (:mod:`servesolve.replay.openai_client`) and any other
OpenAI client be tested against a real server that runs the project's own engine, and
lets a user serve a random-weight model of any catalogue architecture for load tests.

Engine. A background thread runs online continuous batching over the model's paged KV
cache, as vLLM's scheduler does in its simplest form (Kwon et al., SOSP 2023, §4; with
Sarathi-Serve's chunked prefill, Agrawal et al., OSDI 2024, §4):

* requests wait in FIFO order; one is admitted while fewer than ``max_num_seqs`` run and
  the KV blocks of its whole sequence (prompt + ``max_tokens``) can be reserved. Reserving
  up front means a running request is never preempted (vLLM allocates on demand and
  preempts instead; the server's latencies are therefore those of a no-preemption engine);
* each iteration is ONE :meth:`ReplayModel.step`: every running request's decode token,
  then prompt chunks of the admitted requests in admission order, within
  ``max_num_batched_tokens`` tokens (a prompt longer than what is left is chunked);
* a row that completes a prompt, and every decode row, samples the next token greedily
  (argmax). Each request generates exactly ``max_tokens`` tokens (EOS is ignored, like
  vLLM's ``ignore_eos``), then its KV blocks are freed.

Tokens reach the HTTP handlers through ``loop.call_soon_threadsafe``.

HTTP API (aiohttp.web), modelled on OpenAI's and vLLM's:

* ``POST /v1/completions``: ``model`` (the served name), ``prompt`` (a string, a list of
  token ids, or a list holding one of these), ``max_tokens`` (default 16, as OpenAI),
  ``stream``, ``stream_options.include_usage``. A string is tokenised as its UTF-8 bytes,
  each byte a token id (byte value mod vocabulary size). Each generated token ``t`` is
  returned as the text ``" t"`` (a space and its decimal id), so ``text.split()`` gives
  the token ids back. Sampling is always greedy; ``temperature``, ``top_p``, ``seed``,
  ``ignore_eos`` and ``min_tokens`` are accepted and have no effect (the output is always
  ``max_tokens`` greedy tokens); ``n > 1``, ``best_of > 1``, ``echo``, ``logprobs`` and
  ``stop`` are refused. Streaming sends Server-Sent Events, one completion chunk per
  token (the last with ``finish_reason: "length"``), then a usage chunk when asked, then
  ``data: [DONE]``.
* ``GET /v1/models`` lists the served model, with a ``servesolve`` object describing the
  engine (the model spec as it runs, device, ``max_num_seqs``, ``num_blocks``,
  ``block_size``, ``max_num_batched_tokens``) so that ``servesolve replay
  replay.mode=openai`` can predict it; ``GET /health`` answers 200.
* A malformed request gets HTTP 400 with OpenAI's error body ``{"error": {"message",
  "type": "invalid_request_error", "param", "code"}}``; an unknown model gets 404
  (``type: "NotFoundError"``, as vLLM).

Use :func:`start_server` in-process (tests, the CLI), or from a shell::

    python -m servesolve.replay.server --model llama3.1-8b --num-layers 2 --scale 32 --port 8000
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import json
import math
import queue
import signal
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import torch
from aiohttp import web

from servesolve.errors import SpecError
from servesolve.replay.model import ReplayModel

#: OpenAI's default ``max_tokens`` of the completions API.
DEFAULT_MAX_TOKENS = 16

#: What the engine thread hands a request's handler: ("token", id, is_last) or ("error", message).
Event = tuple[Any, ...]


# ---- the engine ---------------------------------------------------------------------------
@dataclass
class _Sequence:
    """A request inside the engine."""

    rid: int
    prompt: np.ndarray
    max_tokens: int
    blocks: int  # KV blocks reserved for prompt + max_tokens
    sink: Callable[[Event], None]  # called from the engine thread
    computed: int = 0  # prompt tokens already in the KV cache
    output: list[int] = field(default_factory=list)


class ContinuousBatchingEngine:
    """Continuous batching of greedy completions on ``model`` in a background thread.

    Parameters
    ----------
    model:
        A decoder-only :class:`ReplayModel`; its KV pool is (re)allocated here.
    max_num_seqs:
        Requests running at once (vLLM's ``max_num_seqs``).
    num_blocks, block_size:
        The paged KV pool: ``num_blocks`` blocks of ``block_size`` tokens.
    max_num_batched_tokens:
        Tokens per iteration (decodes plus prompt chunks); None: no limit (whole prompts).
    """

    def __init__(
        self,
        model: ReplayModel,
        max_num_seqs: int = 64,
        num_blocks: int = 1024,
        block_size: int = 16,
        max_num_batched_tokens: int | None = None,
    ) -> None:
        if model.encoder_decoder:
            raise SpecError(
                "model.architecture",
                f"{model.spec.name} is encoder-decoder; the server runs decoder-only models",
                "serve a decoder-only model",
            )
        for name, value in (
            ("max_num_seqs", max_num_seqs),
            ("num_blocks", num_blocks),
            ("block_size", block_size),
        ):
            if value < 1:
                raise SpecError(f"server.{name}", f"{name}={value}", "give a positive integer")
        if max_num_batched_tokens is not None and max_num_batched_tokens < max_num_seqs:
            raise SpecError(
                "server.max_num_batched_tokens",
                f"{max_num_batched_tokens} tokens per step cannot hold {max_num_seqs} decodes",
                "give max_num_batched_tokens >= max_num_seqs (or none for no limit)",
            )
        self.model = model
        self.max_num_seqs = max_num_seqs
        self.num_blocks = num_blocks
        self.block_size = block_size
        self.max_num_batched_tokens = max_num_batched_tokens
        self.num_steps = 0  # model steps run
        self.max_batch_seqs = 0  # most requests in one step
        model.allocate_cache(num_blocks, block_size)
        self._inbox: queue.SimpleQueue[_Sequence | int | None] = queue.SimpleQueue()
        self._ids = itertools.count()
        self._waiting: deque[_Sequence] = deque()
        self._running: list[_Sequence] = []
        self._reserved = 0  # KV blocks reserved by running requests
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="replay-engine", daemon=True)

    @property
    def vocab_size(self) -> int:
        return self.model.spec.vocab_size

    @property
    def settings(self) -> dict[str, Any]:
        """The engine as a client needs it to predict the server: the model spec name as it
        runs (``llama3.1-8b/2L/scale16``), device, batch limits and KV pool."""
        return {
            "model": self.model.spec.name,
            "device": self.model.device.type,
            "max_num_seqs": self.max_num_seqs,
            "num_blocks": self.num_blocks,
            "block_size": self.block_size,
            "max_num_batched_tokens": self.max_num_batched_tokens,
        }

    @property
    def max_context_tokens(self) -> int:
        """Longest prompt + output one request may have: the model's context, and the pool."""
        return min(self.model.spec.max_context_tokens, self.num_blocks * self.block_size)

    def start(self) -> None:
        """Warm the model up (first-call kernel selection stays out of the first request's
        latency), then start the thread."""
        warm = next(self._ids)
        n = min(self.block_size + 1, self.max_context_tokens - 1)
        if n >= 1:
            self.model.step([warm], [np.zeros(n, dtype=np.int64)])
            self.model.step([warm], [[0]])
            self.model.free([warm])
        self._thread.start()

    def stop(self) -> None:
        """Stop the thread; requests still in it get an error event."""
        self._stop.set()
        self._inbox.put(None)
        self._thread.join()

    def submit(self, prompt: np.ndarray, max_tokens: int, sink: Callable[[Event], None]) -> int:
        """Queue a request (already validated); ``sink`` gets its events. Returns its id."""
        rid = next(self._ids)
        blocks = math.ceil((len(prompt) + max_tokens) / self.block_size)
        self._inbox.put(_Sequence(rid, prompt, max_tokens, blocks, sink))
        return rid

    def abort(self, rid: int) -> None:
        """Drop a request (its client went away) and free its KV blocks."""
        self._inbox.put(rid)

    # ---- the thread --------------------------------------------------------------------
    def _loop(self) -> None:
        while not self._stop.is_set():
            idle = not self._waiting and not self._running
            self._drain_inbox(block=idle)
            if self._stop.is_set():
                break
            self._admit()
            if self._running:
                self._iteration()
        for seq in [*self._running, *self._waiting]:
            seq.sink(("error", "the server is shutting down"))
        if self._running:
            self.model.free([s.rid for s in self._running])
        self._running.clear()
        self._waiting.clear()

    def _drain_inbox(self, block: bool) -> None:
        while True:
            try:
                item = self._inbox.get(block=block)
            except queue.Empty:
                return
            block = False
            if item is None:  # stop() woke us up
                return
            if isinstance(item, int):
                self._drop(item)
            else:
                self._waiting.append(item)

    def _drop(self, rid: int) -> None:
        for seq in list(self._waiting):
            if seq.rid == rid:
                self._waiting.remove(seq)
        for seq in list(self._running):
            if seq.rid == rid:
                self._finish(seq)

    def _admit(self) -> None:
        while (
            self._waiting
            and len(self._running) < self.max_num_seqs
            and self._reserved + self._waiting[0].blocks <= self.num_blocks
        ):
            seq = self._waiting.popleft()
            self._reserved += seq.blocks
            self._running.append(seq)

    def _finish(self, seq: _Sequence) -> None:
        self._running.remove(seq)
        self._reserved -= seq.blocks
        if self.model.cache_len(seq.rid):
            self.model.free([seq.rid])

    def _iteration(self) -> None:
        """One model step: all decodes, then prompt chunks within the token budget."""
        budget = self.max_num_batched_tokens or math.inf
        rows: list[tuple[_Sequence, np.ndarray, bool]] = []  # sequence, chunk, samples
        for seq in self._running:
            if seq.computed == len(seq.prompt):
                rows.append((seq, np.asarray([seq.output[-1]]), True))
                budget -= 1
        for seq in self._running:
            left = len(seq.prompt) - seq.computed
            if left and budget > 0:
                n = int(min(left, budget))
                rows.append((seq, seq.prompt[seq.computed : seq.computed + n], n == left))
                budget -= n
        try:
            logits = self.model.step([s.rid for s, _, _ in rows], [c for _, c, _ in rows])
            tokens = logits.argmax(dim=-1).tolist()
        except Exception as error:  # a failed step fails its requests, not the engine
            for seq, _, _ in rows:
                seq.sink(("error", f"engine step failed: {error}"))
                self._finish(seq)
            return
        self.num_steps += 1
        self.max_batch_seqs = max(self.max_batch_seqs, len(rows))
        for (seq, chunk, samples), token in zip(rows, tokens, strict=True):
            if seq.computed < len(seq.prompt):
                seq.computed += len(chunk)
            if not samples:
                continue
            seq.output.append(int(token))
            last = len(seq.output) == seq.max_tokens
            seq.sink(("token", int(token), last))
            if last:
                self._finish(seq)


# ---- HTTP ---------------------------------------------------------------------------------
class RequestError(Exception):
    """A request the server refuses: HTTP ``status`` with OpenAI's error body."""

    def __init__(
        self, message: str, param: str | None = None, status: int = 400, kind: str | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.param = param
        self.status = status
        self.kind = kind or "invalid_request_error"

    def response(self) -> web.Response:
        body = {
            "error": {
                "message": self.message,
                "type": self.kind,
                "param": self.param,
                "code": self.status,
            }
        }
        return web.json_response(body, status=self.status)


def encode_prompt(prompt: Any, vocab_size: int) -> np.ndarray:
    """Token ids of an OpenAI ``prompt``: a string (its UTF-8 bytes mod ``vocab_size``), a
    list of token ids, or a one-element list of either."""
    if isinstance(prompt, list) and len(prompt) == 1 and isinstance(prompt[0], str | list):
        prompt = prompt[0]
    if isinstance(prompt, str):
        ids = np.frombuffer(prompt.encode("utf-8"), dtype=np.uint8).astype(np.int64) % vocab_size
    elif isinstance(prompt, list) and all(
        isinstance(t, int) and not isinstance(t, bool) for t in prompt
    ):
        ids = np.asarray(prompt, dtype=np.int64)
        bad = ids[(ids < 0) | (ids >= vocab_size)]
        if len(bad):
            raise RequestError(
                f"token id {int(bad[0])} is outside the vocabulary [0, {vocab_size})", "prompt"
            )
    else:
        raise RequestError(
            "prompt must be a string, a list of token ids, or a list holding one of these "
            "(batched prompts are not supported)",
            "prompt",
        )
    if not len(ids):
        raise RequestError("prompt is empty", "prompt")
    return ids


def token_text(token: int) -> str:
    """The text of a generated token: a space and its decimal id (``text.split()`` inverts)."""
    return f" {token}"


class CompletionServer:
    """The aiohttp application: routes, validation and the bridge to the engine."""

    def __init__(self, engine: ContinuousBatchingEngine, model_name: str) -> None:
        self.engine = engine
        self.model_name = model_name
        self.created = int(time.time())
        self.app = web.Application()
        self.app.router.add_get("/health", self.health)
        self.app.router.add_get("/v1/models", self.models)
        self.app.router.add_post("/v1/completions", self.completions)

    async def health(self, request: web.Request) -> web.Response:
        return web.Response(status=200)

    async def models(self, request: web.Request) -> web.Response:
        card = {
            "id": self.model_name,
            "object": "model",
            "created": self.created,
            "owned_by": "servesolve",
            "max_model_len": self.engine.max_context_tokens,
            # What a client needs to predict this server (servesolve replay, openai mode).
            "servesolve": self.engine.settings,
        }
        return web.json_response({"object": "list", "data": [card]})

    def _parse(self, body: Any) -> tuple[np.ndarray, int, bool, bool]:
        """(prompt ids, max_tokens, stream, include_usage) of a completions body."""
        if not isinstance(body, dict):
            raise RequestError("the request body must be a JSON object")
        if body.get("model") != self.model_name:
            raise RequestError(
                f"The model `{body.get('model')}` does not exist; this server serves "
                f"`{self.model_name}`",
                "model",
                status=404,
                kind="NotFoundError",
            )
        if "prompt" not in body:
            raise RequestError("prompt is required", "prompt")
        prompt = encode_prompt(body["prompt"], self.engine.vocab_size)
        max_tokens = body.get("max_tokens", DEFAULT_MAX_TOKENS)
        if max_tokens is None:
            max_tokens = DEFAULT_MAX_TOKENS
        if not isinstance(max_tokens, int) or isinstance(max_tokens, bool) or max_tokens < 1:
            raise RequestError(
                f"max_tokens must be a positive integer, got {max_tokens!r}", "max_tokens"
            )
        limit = self.engine.max_context_tokens
        if len(prompt) + max_tokens > limit:
            raise RequestError(
                f"prompt ({len(prompt)} tokens) + max_tokens ({max_tokens}) exceeds the "
                f"server's maximum context of {limit} tokens",
                "max_tokens",
            )
        for name, refused in (
            ("n", lambda v: v not in (None, 1)),
            ("best_of", lambda v: v not in (None, 1)),
            ("echo", bool),
            ("logprobs", lambda v: v is not None),
            ("stop", bool),
        ):
            if refused(body.get(name)):
                raise RequestError(f"{name}={body[name]!r} is not supported by this server", name)
        stream = body.get("stream") or False
        if not isinstance(stream, bool):
            raise RequestError(f"stream must be a boolean, got {stream!r}", "stream")
        options = body.get("stream_options")
        if options is not None and (not stream or not isinstance(options, dict)):
            raise RequestError(
                "stream_options must be an object and needs stream=true", "stream_options"
            )
        include_usage = bool((options or {}).get("include_usage", False))
        return prompt, max_tokens, stream, include_usage

    def _chunk(self, cid: str, text: str, finish: str | None) -> dict[str, Any]:
        return {
            "id": cid,
            "object": "text_completion",
            "created": int(time.time()),
            "model": self.model_name,
            "choices": [{"index": 0, "text": text, "logprobs": None, "finish_reason": finish}],
        }

    async def completions(self, request: web.Request) -> web.StreamResponse:
        try:
            body = await request.json()
        except (json.JSONDecodeError, UnicodeDecodeError):
            return RequestError("the request body is not valid JSON").response()
        try:
            prompt, max_tokens, stream, include_usage = self._parse(body)
        except RequestError as error:
            return error.response()

        loop = asyncio.get_running_loop()
        events: asyncio.Queue[Event] = asyncio.Queue()

        def sink(event: Event) -> None:  # engine thread -> event loop
            if not loop.is_closed():
                loop.call_soon_threadsafe(events.put_nowait, event)

        rid = self.engine.submit(prompt, max_tokens, sink)
        cid = f"cmpl-{uuid.uuid4().hex}"
        usage = {
            "prompt_tokens": len(prompt),
            "completion_tokens": max_tokens,
            "total_tokens": len(prompt) + max_tokens,
        }
        done = False
        try:
            if not stream:
                texts = []
                while not done:
                    event = await events.get()
                    if event[0] == "error":
                        done = True
                        return RequestError(
                            event[1], status=500, kind="InternalServerError"
                        ).response()
                    texts.append(token_text(event[1]))
                    done = event[2]
                out = self._chunk(cid, "".join(texts), "length")
                out["usage"] = usage
                return web.json_response(out)

            response = web.StreamResponse(
                headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"}
            )
            try:
                await self._stream(request, response, events, cid, usage, include_usage)
                done = True
            except ConnectionResetError:  # the client went away: `finally` aborts
                pass
            return response
        finally:
            if not done:  # the client went away (or the handler was cancelled)
                self.engine.abort(rid)

    async def _stream(
        self,
        request: web.Request,
        response: web.StreamResponse,
        events: asyncio.Queue[Event],
        cid: str,
        usage: dict[str, int],
        include_usage: bool,
    ) -> None:
        """Send one request's events as Server-Sent Events until its last token (an engine
        error is sent as an ``error`` event, as vLLM does, and ends the stream)."""
        await response.prepare(request)
        done = False
        while not done:
            event = await events.get()
            if event[0] == "error":
                error = {"error": {"message": event[1], "type": "InternalServerError"}}
                await response.write(f"data: {json.dumps(error)}\n\n".encode())
                break
            done = event[2]
            chunk = self._chunk(cid, token_text(event[1]), "length" if done else None)
            if include_usage:
                chunk["usage"] = None
            await response.write(f"data: {json.dumps(chunk)}\n\n".encode())
        if done and include_usage:
            final = {**self._chunk(cid, "", None), "choices": [], "usage": usage}
            await response.write(f"data: {json.dumps(final)}\n\n".encode())
        await response.write(b"data: [DONE]\n\n")
        await response.write_eof()


# ---- running it ---------------------------------------------------------------------------
class RunningServer:
    """A server running in background threads (engine + event loop); see :func:`start_server`.

    Attributes
    ----------
    base_url:
        ``http://host:port/v1``, what an OpenAI client takes as its ``base_url``.
    model_name:
        The served model name (the ``model`` field of requests).
    engine:
        The :class:`ContinuousBatchingEngine` (its ``model`` and ``num_steps``).
    """

    def __init__(self, server: CompletionServer, host: str, port: int) -> None:
        self.server = server
        self.engine = server.engine
        self.model_name = server.model_name
        self.host = host
        self._requested_port = port
        self.port = port
        self._loop = asyncio.new_event_loop()
        self._runner = web.AppRunner(server.app, handle_signals=False)
        self._thread = threading.Thread(target=self._serve, name="replay-http", daemon=True)
        self._ready = threading.Event()
        self._startup_error: BaseException | None = None
        self._stopped = False

    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/v1"

    def _serve(self) -> None:
        asyncio.set_event_loop(self._loop)
        try:
            self._loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, self.host, self._requested_port)
            self._loop.run_until_complete(site.start())
            self.port = int(self._runner.addresses[0][1])
        except BaseException as error:  # reported to the starting thread
            self._startup_error = error
            self._ready.set()
            return
        self._ready.set()
        self._loop.run_forever()
        self._loop.run_until_complete(self._runner.cleanup())
        self._loop.close()

    def _start(self) -> None:
        self.engine.start()
        self._thread.start()
        self._ready.wait()
        if self._startup_error is not None:
            self.engine.stop()
            self._thread.join()
            raise SpecError(
                "server.port",
                f"cannot listen on {self.host}:{self._requested_port} ({self._startup_error})",
                "choose a free port (0 picks one)",
            )

    def stop(self) -> None:
        """Stop the engine (open requests get an error), then the HTTP server."""
        if self._stopped:
            return
        self._stopped = True
        self.engine.stop()
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join()

    def __enter__(self) -> RunningServer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def start_server(
    model: ReplayModel,
    host: str = "127.0.0.1",
    port: int = 0,
    max_num_seqs: int = 64,
    num_blocks: int = 1024,
    block_size: int = 16,
    max_num_batched_tokens: int | None = None,
    model_name: str | None = None,
) -> RunningServer:
    """Serve ``model`` over HTTP from background threads; returns once it listens.

    Parameters
    ----------
    model:
        A decoder-only :class:`ReplayModel` (its KV pool is reallocated).
    host, port:
        Where to listen; ``port=0`` picks a free port (read it from ``.base_url``).
    max_num_seqs, num_blocks, block_size, max_num_batched_tokens:
        The engine's limits (see :class:`ContinuousBatchingEngine`).
    model_name:
        The name clients send as ``model``; default ``model.spec.name``.

    Returns
    -------
    RunningServer
        Call ``.stop()`` (or use it as a context manager) to shut it down.
    """
    engine = ContinuousBatchingEngine(
        model, max_num_seqs, num_blocks, block_size, max_num_batched_tokens
    )
    server = CompletionServer(engine, model_name or model.spec.name)
    running = RunningServer(server, host, port)
    running._start()
    return running


def _parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m servesolve.replay.server",
        description="Serve a random-weight model of a catalogue architecture over an "
        "OpenAI-compatible API (greedy, output length = max_tokens).",
    )
    parser.add_argument("--model", required=True, help="catalogue model name (conf/model/)")
    parser.add_argument("--num-layers", type=int, default=None, help="decoder layers kept")
    parser.add_argument("--scale", type=int, default=None, help="divide the widths by this")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--device", default="cuda" if torch.cuda.is_available() else "cpu")
    parser.add_argument("--max-num-seqs", type=int, default=64)
    parser.add_argument("--num-blocks", type=int, default=1024)
    parser.add_argument("--block-size", type=int, default=16)
    parser.add_argument("--max-num-batched-tokens", type=int, default=None)
    parser.add_argument("--served-model-name", default=None, help="default: --model")
    parser.add_argument("--seed", type=int, default=0, help="seed of the random weights")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Command-line entry point; serves until Ctrl-C or SIGTERM."""
    from servesolve.errors import EXIT_USER_ERROR, ServesolveError
    from servesolve.replay.model import build_model
    from servesolve.specs import catalogue_entry, model_from_config

    args = _parse_args(argv)
    try:
        spec = model_from_config(catalogue_entry("model", args.model))
        dtype = torch.bfloat16 if str(args.device).startswith("cuda") else torch.float32
        model = build_model(spec, args.device, dtype, args.num_layers, args.scale, args.seed)
        server = start_server(
            model,
            args.host,
            args.port,
            args.max_num_seqs,
            args.num_blocks,
            args.block_size,
            args.max_num_batched_tokens,
            args.served_model_name or args.model,
        )
    except ServesolveError as error:
        print(f"error: {error}")
        return EXIT_USER_ERROR
    print(f"serving {model.spec.name} as '{server.model_name}' at {server.base_url}", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    try:
        while not stop.wait(0.5):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
