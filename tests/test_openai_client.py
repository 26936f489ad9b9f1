"""The OpenAI-compatible client against a real local server running the project's engine.

The test starts :mod:`servesolve.replay.server` on 127.0.0.1 (a free port) around
Llama-3.1-8B's structure at 2 layers and hidden 128 (``scale=32``, CPU, float32) and
replays a seeded open-loop trace through :func:`replay_openai` with the official
``openai`` client. Every request must come back with exactly its output length, ordered
timestamps and the greedy continuation of its prompt (checked against the cache-free
``forward_reference``, so continuous batching, chunked prefill and the SSE path are all
exercised). Bad requests get HTTP 400 with OpenAI's error body; a failed request is a row
with its error; an address where nothing listens is a SpecError before any request.
"""

from __future__ import annotations

import json
import math
import socket
import time
import urllib.error
import urllib.request

import numpy as np
import openai
import pandas as pd
import pytest
import torch
from helpers import CLUSTER, MODEL, run_main

from servesolve.errors import SpecError
from servesolve.replay import build_model
from servesolve.replay.openai_client import COLUMNS, prompt_token_ids, replay_openai
from servesolve.replay.server import start_server
from servesolve.simulator import ReplicaGroupSpec, SimulationSpec
from servesolve.simulator.metrics import summarize
from servesolve.specs.slo import SloSpec

NUM_REQUESTS = 20
BLOCK_SIZE = 16
NUM_BLOCKS = 64  # 1,024 tokens: longer requests are refused
#: Smaller than the longest prompts, so prompts are chunked across iterations.
MAX_NUM_BATCHED_TOKENS = 40


@pytest.fixture(scope="module")
def server():
    """The project's engine behind the OpenAI-compatible API, one thread for torch."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    model = build_model(MODEL, num_layers=2, scale=32, seed=0)
    running = start_server(
        model,
        max_num_seqs=8,
        num_blocks=NUM_BLOCKS,
        block_size=BLOCK_SIZE,
        max_num_batched_tokens=MAX_NUM_BATCHED_TOKENS,
    )
    yield running
    running.stop()
    torch.set_num_threads(threads)


def _trace(n: int = NUM_REQUESTS, seed: int = 1, gap_s: float = 0.01) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    return pd.DataFrame(
        {
            "request_id": np.arange(n),
            "arrival_time_s": np.cumsum(rng.exponential(gap_s, n)),
            "input_tokens": rng.integers(4, 80, n),
            "output_tokens": rng.integers(1, 12, n),
        }
    )


def _greedy(model, prompt: list[int], steps: int) -> list[int]:
    """Greedy continuation by full forward passes (no cache)."""
    tokens = list(prompt)
    for _ in range(steps):
        tokens.append(int(model.forward_reference(tokens)[-1].argmax()))
    return tokens[len(prompt) :]


def _wait_idle(server, timeout_s: float = 5.0) -> None:
    """Until the engine has freed every KV block (aborts are asynchronous)."""
    deadline = time.monotonic() + timeout_s
    while server.engine.model.cached_requests and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.engine.model.cached_requests == set()


def _post(url: str, body: bytes) -> tuple[int, dict]:
    request = urllib.request.Request(
        url, data=body, headers={"Content-Type": "application/json"}, method="POST"
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def test_replay_streams_greedy_tokens_with_ordered_timestamps(server):
    trace = _trace()
    table = replay_openai(trace, server.base_url, server.model_name, keep_text=True, progress=False)
    assert list(table.columns) == [*COLUMNS, "text"]
    assert (table["error"] == "").all(), table["error"].tolist()
    # Exact output lengths, from the usage chunk and from the streamed tokens alike.
    np.testing.assert_array_equal(table["output_tokens"], trace["output_tokens"])
    np.testing.assert_array_equal(table["chunk_times_s"].map(len), trace["output_tokens"])
    # Timestamps: arrival <= send <= first token <= every chunk <= finish.
    assert (table["send_time_s"] >= table["arrival_time_s"] - 1e-9).all()
    for row in table.itertuples():
        times = np.asarray(row.chunk_times_s)
        assert row.send_time_s < times[0] == row.first_token_time_s
        assert (np.diff(times) >= 0).all()
        assert times[-1] <= row.finish_time_s
    assert (table["ttft_s"] > 0).all()
    assert (table["ttft_s"] <= table["e2e_s"]).all()
    multi = table["output_tokens"] > 1
    assert np.isfinite(table.loc[multi, "tpot_s"]).all() and (table.loc[multi, "tpot_s"] > 0).all()
    assert table.loc[~multi, "tpot_s"].isna().all()
    expected_tpot = (table["finish_time_s"] - table["first_token_time_s"]) / (
        table["output_tokens"] - 1
    )
    np.testing.assert_allclose(table.loc[multi, "tpot_s"], expected_tpot[multi])
    # The streamed text is the greedy continuation of each prompt.
    model = server.engine.model
    prompts = prompt_token_ids(trace)
    assert [len(p) for p in prompts] == trace["input_tokens"].tolist()
    for prompt, text, n in zip(prompts, table["text"], trace["output_tokens"], strict=True):
        assert [int(t) for t in text.split()] == _greedy(model, prompt, int(n))
    # Requests overlapped: the engine batched several in one step, and freed all KV.
    assert server.engine.max_batch_seqs > 1
    _wait_idle(server)


def test_replay_table_feeds_the_simulator_summary(server):
    trace = _trace(8, seed=2)
    table = replay_openai(trace, server.base_url, server.model_name, progress=False)
    no_iterations = pd.DataFrame(
        columns=[
            "start_s",
            "duration_s",
            "decode_seqs",
            "prefill_tokens",
            "context_tokens",
            "blocks_used",
            "num_blocks",
        ],
        dtype=float,
    )
    spec = SimulationSpec(MODEL, CLUSTER, replicas=(ReplicaGroupSpec(1, 1, 1),))
    slo = SloSpec(name="median-ttft", ttft_s=float(table["ttft_s"].median()))
    metrics = summarize(table, no_iterations, spec, slo)
    span = table["finish_time_s"].max() - table["arrival_time_s"].min()
    assert metrics["throughput_rps"] == pytest.approx(len(table) / span)
    assert metrics["ttft_s_p50"] == pytest.approx(table["ttft_s"].median())
    assert metrics["e2e_s_p99"] == pytest.approx(table["e2e_s"].quantile(0.99))
    assert metrics["slo_attainment"] == pytest.approx((table["ttft_s"] <= slo.ttft_s).mean())


def test_non_streaming_and_string_prompts_match_the_stream(server):
    client = openai.OpenAI(base_url=server.base_url, api_key="EMPTY", max_retries=0)
    prompt = prompt_token_ids(_trace(1, seed=3))[0]
    streamed = "".join(
        chunk.choices[0].text
        for chunk in client.completions.create(
            model=server.model_name, prompt=prompt, max_tokens=6, stream=True
        )
        if chunk.choices
    )
    whole = client.completions.create(model=server.model_name, prompt=prompt, max_tokens=6)
    assert whole.choices[0].text == streamed
    assert whole.choices[0].finish_reason == "length"
    assert (whole.usage.prompt_tokens, whole.usage.completion_tokens) == (len(prompt), 6)
    assert [int(t) for t in streamed.split()] == _greedy(server.engine.model, prompt, 6)
    # A string prompt is its UTF-8 bytes as token ids.
    text = client.completions.create(model=server.model_name, prompt="hello", max_tokens=3)
    ids = client.completions.create(model=server.model_name, prompt=list(b"hello"), max_tokens=3)
    assert text.choices[0].text == ids.choices[0].text
    assert text.usage.prompt_tokens == 5
    client.close()
    _wait_idle(server)


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"prompt": [1, 2], "max_tokens": 0}, "max_tokens"),
        ({"prompt": [1, 10**6], "max_tokens": 2}, "prompt"),
        ({"prompt": [], "max_tokens": 2}, "prompt"),
        ({"prompt": [[1, 2], [3]], "max_tokens": 2}, "prompt"),
        ({"max_tokens": 2}, "prompt"),
        ({"prompt": [1, 2], "max_tokens": 2, "n": 2}, "n"),
        ({"prompt": [1], "max_tokens": NUM_BLOCKS * BLOCK_SIZE}, "max_tokens"),
        ({"prompt": [1], "stream_options": {"include_usage": True}}, "stream_options"),
    ],
)
def test_bad_request_gets_400_with_openai_error_body(server, body, param):
    status, reply = _post(
        f"{server.base_url}/completions",
        json.dumps({"model": server.model_name, **body}).encode(),
    )
    assert status == 400
    assert set(reply) == {"error"}
    assert reply["error"]["type"] == "invalid_request_error"
    assert reply["error"]["param"] == param
    assert reply["error"]["message"]


def test_malformed_json_and_unknown_model(server):
    status, reply = _post(f"{server.base_url}/completions", b"{not json")
    assert status == 400 and reply["error"]["message"]
    status, reply = _post(
        f"{server.base_url}/completions", json.dumps({"model": "gpt-9", "prompt": "x"}).encode()
    )
    assert status == 404 and reply["error"]["param"] == "model"
    # The official client maps the 400 to its BadRequestError.
    client = openai.OpenAI(base_url=server.base_url, api_key="EMPTY", max_retries=0)
    with pytest.raises(openai.BadRequestError):
        client.completions.create(model=server.model_name, prompt=[1], max_tokens=-1)
    client.close()


def test_failed_requests_are_recorded_not_raised(server):
    trace = _trace(4, seed=4)
    trace.loc[1, "input_tokens"] = NUM_BLOCKS * BLOCK_SIZE  # longer than the server's context
    table = replay_openai(trace, server.base_url, server.model_name, progress=False)
    assert table.loc[1, "error"].startswith("HTTP 400")
    assert math.isnan(table.loc[1, "ttft_s"]) and math.isnan(table.loc[1, "e2e_s"])
    ok = table.drop(index=1)
    assert (ok["error"] == "").all()
    np.testing.assert_array_equal(ok["output_tokens"], trace.drop(index=1)["output_tokens"])


def test_timeout_is_recorded_and_the_server_frees_the_request(server):
    trace = pd.DataFrame({"arrival_time_s": [0.0], "input_tokens": [16], "output_tokens": [900]})
    steps = server.engine.num_steps
    table = replay_openai(trace, server.base_url, server.model_name, timeout_s=0.05, progress=False)
    assert table.loc[0, "error"].startswith("timeout")
    assert math.isnan(table.loc[0, "ttft_s"])
    _wait_idle(server)
    # The server dropped the request when its client hung up, long before 900 tokens.
    assert server.engine.num_steps - steps < 100


def test_unreachable_base_url_is_a_spec_error(server):
    with socket.socket() as sock:  # a port nothing listens on once closed
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(SpecError) as caught:
        replay_openai(_trace(2), f"http://127.0.0.1:{port}/v1", "m", progress=False)
    assert caught.value.field == "endpoint.base_url"
    with pytest.raises(SpecError) as caught:
        replay_openai(_trace(2), server.base_url, "not-served", progress=False)
    assert caught.value.field == "endpoint.model"


def test_readme_openai_replay_without_a_model_name_uses_the_served_one(
    server, tmp_path, monkeypatch
):
    """The README's `servesolve replay replay.mode=openai endpoint.base_url=...` names no
    model; it used to send model '' and stop with "does not serve ''". The client asks
    the server (GET /models) and replays against the model it lists."""
    table = replay_openai(_trace(3), server.base_url, "", progress=False)
    assert (table["error"] == "").all() and table.attrs["model"] == server.model_name

    out = tmp_path / "run"
    done = run_main(
        [
            "replay",
            "replay.mode=openai",
            f"endpoint.base_url={server.base_url}",
            "replay.num_requests=4",
            f"hydra.run.dir={out}",
        ],
        monkeypatch,
    )
    assert done.code == 0, done.stderr
    assert f"(model {server.model_name}, the first it lists" in done.stdout
    assert "0 failed" in done.stdout
    # The server runs the model at scale 32; this replay's is at the CPU default, 16.
    assert "Measured only: the server runs llama3.1-8b/2L/scale32 on cpu" in done.stdout
    assert "profile.scale=" in done.stdout and not (out / "fidelity.csv").exists()
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["model"] == server.model_name and metrics["failed"] == 0
    assert len(pd.read_csv(out / "requests_measured.csv")) == 4


def test_openai_replay_of_the_projects_server_prints_predictions(server, tmp_path, monkeypatch):
    """The project's server describes its engine at /v1/models; a replay of the same
    model (2 layers, widths / 32) on the same device simulates the same requests on
    freshly profiled tables with the server's limits and prints predicted vs measured."""
    card = json.loads(urllib.request.urlopen(f"{server.base_url}/models").read())["data"][0]
    assert card["servesolve"] == {
        "model": "llama3.1-8b/2L/scale32",
        "device": "cpu",
        "max_num_seqs": 8,
        "num_blocks": NUM_BLOCKS,
        "block_size": BLOCK_SIZE,
        "max_num_batched_tokens": MAX_NUM_BATCHED_TOKENS,
    }
    out = tmp_path / "run"
    grid = [
        "profile.num_layers=2",
        "profile.scale=32",
        "profile.num_tokens=[1,8,64]",
        "profile.batch_sizes=[1,4]",
        "profile.seq_lens=[8,32]",
        "profile.context_lens=[8,64]",
        "profile.repeats=1",
        "profile.warmup=0",
    ]
    done = run_main(
        [
            "replay",
            "replay.mode=openai",
            f"endpoint.base_url={server.base_url}",
            "replay.num_requests=6",
            *grid,
            f"hydra.run.dir={out}",
        ],
        monkeypatch,
    )
    assert done.code == 0, done.stderr
    assert "Predicted: the same requests simulated (chunked prefill, max_num_seqs 8" in done.stdout
    assert "Predicted (simulated on the cost tables) vs measured" in done.stdout
    fidelity = pd.read_csv(out / "fidelity.csv").set_index("metric")
    assert list(fidelity.index)[:3] == ["ttft_s_p50", "tpot_s_p50", "throughput_rps"]
    assert (fidelity["predicted"] > 0).all() and (fidelity["measured"] > 0).all()
    metrics = json.loads((out / "metrics.json").read_text())
    assert metrics["predicted"]["ttft_s_p50"] == pytest.approx(
        fidelity.at["ttft_s_p50", "predicted"]
    )
