"""The replay model's KV cache against a cache-free forward pass (CPU, float32, tiny shapes).

Every cached path (batched prefill of different lengths, batched decode, prompt chunks
continuing a cached prefix, prefill and decode mixed in one step) must give the logits
of ``forward_reference`` over the whole sequence, for a dense MHA model, a GQA model, an
MoE model and an encoder-decoder model.
"""

from __future__ import annotations

import numpy as np
import pytest
import torch
from helpers import MODEL

from servesolve.replay.model import PAD_TOKEN, build_model, scaled_spec
from servesolve.specs import catalogue_entry, model_from_config
from servesolve.specs.model import ModelSpec

#: float32 on a CPU: cached and cache-free logits differ by summation order only.
LOGIT_ATOL = 1e-4
VOCAB = 101

_BASE = dict(
    num_layers=2,
    hidden_size=64,
    num_attention_heads=4,
    head_dim=16,
    ffn_hidden_size=96,
    vocab_size=VOCAB,
    max_context_tokens=512,
)
SPECS = {
    "dense": ModelSpec(name="dense", **_BASE),
    "gqa": ModelSpec(name="gqa", num_kv_heads=2, ffn_gated=True, **_BASE),
    "moe": ModelSpec(
        name="moe", num_kv_heads=1, ffn_gated=True, num_experts=4, experts_per_token=2, **_BASE
    ),
    "encdec": ModelSpec(
        name="encdec",
        architecture="encoder_decoder",
        num_encoder_layers=2,
        tied_embeddings=True,
        num_kv_heads=2,
        **_BASE,
    ),
}


@pytest.fixture(autouse=True)
def _one_thread():
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    yield
    torch.set_num_threads(threads)


def _model(name: str):
    model = build_model(SPECS[name], seed=3)
    model.allocate_cache(num_blocks=64, block_size=4)
    return model


def _sequences(model, lengths, seed=0):
    """Per request: (encoder tokens or None, decoder tokens). An encoder-decoder request's
    decoder sequence starts with the start token."""
    rng = np.random.default_rng(seed)
    out = []
    for n in lengths:
        tokens = rng.integers(1, VOCAB, n).tolist()
        if model.encoder_decoder:
            out.append((rng.integers(1, VOCAB, n + 3).tolist(), [PAD_TOKEN, *tokens]))
        else:
            out.append((None, tokens))
    return out


def _encode(model, ids, seqs):
    if model.encoder_decoder:
        model.encode(ids, [enc for enc, _ in seqs])


def _close(actual, expected):
    torch.testing.assert_close(actual, expected, atol=LOGIT_ATOL, rtol=1e-4)


@pytest.mark.parametrize("name", list(SPECS))
def test_decode_after_prefill_matches_full_forward(name):
    model = _model(name)
    ids = [10, 11, 12]
    seqs = _sequences(model, [5, 17, 9])
    _encode(model, ids, seqs)
    # Prefill everything but the last 4 tokens, batched across different lengths.
    logits = model.prefill(ids, [dec[:-4] for _, dec in seqs])
    for row, (enc, dec) in zip(logits, seqs, strict=True):
        _close(row, model.forward_reference(dec, enc)[-5])
    # Then decode the last 4 tokens one per step, batched.
    for back in range(4, 0, -1):
        logits = model.decode(ids, [dec[-back] for _, dec in seqs])
        for row, (enc, dec) in zip(logits, seqs, strict=True):
            _close(row, model.forward_reference(dec, enc)[-back])
    assert [model.cache_len(r) for r in ids] == [len(dec) for _, dec in seqs]


@pytest.mark.parametrize("name", list(SPECS))
def test_chunked_prefill_matches_whole_prefill(name):
    model = _model(name)
    ((enc, dec),) = _sequences(model, [22], seed=1)
    seqs = [(enc, dec), (enc, dec)]
    _encode(model, [0, 1], seqs)
    whole = model.prefill([0], [dec])[0]
    model.prefill([1], [dec[:5]])
    model.prefill([1], [dec[5:6]])  # a one-token chunk takes the decode path
    model.prefill([1], [dec[6:15]])
    chunked = model.prefill([1], [dec[15:]])[0]
    _close(chunked, whole)
    _close(whole, model.forward_reference(dec, enc)[-1])


@pytest.mark.parametrize("name", ["gqa", "encdec"])
def test_mixed_step_matches_full_forward(name):
    """One step: a prompt chunk continuing a cached prefix, a fresh prompt and two decodes."""
    model = _model(name)
    ids = [0, 1, 2, 3]
    seqs = _sequences(model, [12, 9, 6, 7], seed=2)
    _encode(model, ids, seqs)
    model.prefill([0, 2, 3], [seqs[0][1][:4], seqs[2][1][:-1], seqs[3][1][:-1]])
    logits = model.step(ids, [seqs[0][1][4:], seqs[1][1], seqs[2][1][-1:], seqs[3][1][-1:]])
    for row, (enc, dec) in zip(logits, seqs, strict=True):
        _close(row, model.forward_reference(dec, enc)[-1])


def test_free_returns_every_block_and_exhaustion_is_an_error():
    model = _model("gqa")
    total = model.cache.free_blocks
    model.prefill([7, 8], [list(range(1, 10)), list(range(1, 4))])
    assert model.cached_requests == {7, 8}
    assert model.cache.free_blocks == total - 3 - 1  # 9 and 3 tokens in blocks of 4
    model.free([7, 8])
    assert model.cached_requests == set() and model.cache.free_blocks == total
    with pytest.raises(RuntimeError, match="out of blocks"):
        model.prefill([9], [list(range(1, 64 * 4 + 2))])


def test_scaled_specs_keep_the_structure():
    llama = scaled_spec(MODEL, num_layers=2, scale=16)
    assert (llama.num_layers, llama.hidden_size, llama.num_attention_heads) == (2, 256, 2)
    assert (llama.kv_heads, llama.head_size, llama.ffn_gated) == (1, 128, True)
    mixtral = scaled_spec(model_from_config(catalogue_entry("model", "mixtral-8x7b")), 2, 16)
    assert (mixtral.num_experts, mixtral.experts_per_token, mixtral.kv_heads) == (8, 2, 1)
    t5 = scaled_spec(model_from_config(catalogue_entry("model", "t5-11b")), 2, 16)
    assert t5.architecture == "encoder_decoder" and t5.num_encoder_layers == 2
    assert (t5.hidden_size, t5.num_attention_heads, t5.head_size) == (64, 8, 128)
    assert scaled_spec(MODEL) is MODEL
    with pytest.raises(ValueError, match="scale"):
        scaled_spec(MODEL, scale=0)


def test_scaled_moe_runs_and_weights_are_seeded():
    spec = model_from_config(catalogue_entry("model", "mixtral-8x7b"))
    a = build_model(spec, num_layers=1, scale=32, seed=5)
    b = build_model(spec, num_layers=1, scale=32, seed=5)
    for pa, pb in zip(a.parameters(), b.parameters(), strict=True):
        assert torch.equal(pa, pb)
    a.allocate_cache(16, 16)
    tokens = list(range(1, 20))
    _close(a.prefill([0], [tokens])[0], a.forward_reference(tokens)[-1])


@pytest.mark.gpu
@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA device")
@pytest.mark.parametrize("name", list(SPECS))
def test_cuda_bf16_cache_matches_full_forward(name):
    model = build_model(SPECS[name], device="cuda", dtype=torch.bfloat16, seed=3)
    model.allocate_cache(num_blocks=64, block_size=16)
    ids = [0, 1]
    seqs = _sequences(model, [40, 23])
    _encode(model, ids, seqs)
    model.prefill(ids, [dec[:-1] for _, dec in seqs])
    logits = model.decode(ids, [dec[-1] for _, dec in seqs])
    for row, (enc, dec) in zip(logits, seqs, strict=True):
        expected = model.forward_reference(dec, enc)[-1]
        torch.testing.assert_close(row.float(), expected.float(), atol=0.15, rtol=0.05)
