"""A real transformer in PyTorch, built from a ``ModelSpec`` with random weights.

The replay harness runs the simulator's batches on this model, so it keeps what costs
time in serving and nothing else: an embedding, per layer RMSNorm -> attention (GQA
through ``num_kv_heads``, RoPE) -> RMSNorm -> FFN (gated SwiGLU or plain GELU; MoE: a
top-k router over ``num_experts`` experts, each expert run on its own tokens), a final
norm and the LM head. An encoder-decoder model adds a bidirectional encoder stack and
cross-attention in every decoder layer. Weights are random (``seed``), no checkpoint is
read; T5's relative position bias and OPT's learned positions / LayerNorm are replaced
by RoPE and RMSNorm (same shapes, negligible cost).

Full size on a GPU, or scaled for a CPU (:func:`scaled_spec`: fewer layers and widths
divided by ``scale``, head size, experts and top-k kept), the code path is the same.

KV cache: a paged pool, as in vLLM. Each decoder layer owns K and V tensors of shape
``[num_blocks, block_size, kv_heads, head_size]``; a sequence holds a list of blocks (its
block table), grown as tokens are written and returned to the free list by :meth:`free`.
A request has one sequence of self-attention K/V and, for an encoder-decoder model, one
of cross-attention K/V (the encoder output projected once per decoder layer).

Batching: every token of a step (prompt chunks of any length and single decode tokens,
from requests of different lengths) is packed into one ``[tokens, hidden]`` matrix for
the projections, FFNs and MoE. Attention is per request for prompt chunks (SDPA,
causal; a chunk that continues a prompt attends to the cached prefix through an offset
mask) and one padded SDPA call for all single-token rows, whose keys are gathered from
the pool through padded block tables and masked by length. Gathering copies the keys
(vLLM's paged-attention kernel reads them in place), so decode attention moves about
twice the bytes of a fused kernel.

Entry points: :meth:`ReplayModel.prefill` (prompt chunks; a chunk continues the
request's cached prefix, which is how chunked prefill runs), :meth:`ReplayModel.decode`
(one token per request), :meth:`ReplayModel.step` (both in one batch, what a mixed
continuous-batching iteration runs), :meth:`ReplayModel.encode` (encoder-decoder), and
:meth:`ReplayModel.forward_reference` (no cache: the tests' ground truth).
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

from servesolve.specs.model import ModelSpec

#: Token id used for padding (static batching) and as the decoder's start token.
PAD_TOKEN = 0
ROPE_BASE = 10000.0

TokenChunk = Sequence[int] | np.ndarray | torch.Tensor


def scaled_spec(
    spec: ModelSpec, num_layers: int | None = None, scale: int | None = None
) -> ModelSpec:
    """``spec`` with ``num_layers`` decoder (and encoder) layers and widths divided by ``scale``.

    Hidden size, query heads, KV heads (at least 1, kept a divisor of the query heads),
    FFN width and vocabulary are divided by ``scale``; the head size, the number of
    experts and top-k are kept, so the layer structure (GQA ratio up to rounding, gating,
    MoE routing, cross-attention) is the original's at a CPU-friendly size.
    """
    changes: dict[str, object] = {}
    name = spec.name
    if num_layers is not None:
        if num_layers < 1:
            raise ValueError(f"num_layers={num_layers}: fix: give at least 1 layer")
        changes["num_layers"] = num_layers
        if spec.architecture == "encoder_decoder":
            changes["num_encoder_layers"] = num_layers
        name += f"/{num_layers}L"
    if scale is not None and scale != 1:
        if scale < 1 or int(scale) != scale:
            raise ValueError(f"scale={scale}: fix: give a positive integer divisor of the widths")
        s = int(scale)
        heads = max(1, spec.num_attention_heads // s)
        kv = max(1, spec.kv_heads // s)
        while heads % kv:
            kv -= 1
        changes.update(
            hidden_size=max(8, spec.hidden_size // s),
            num_attention_heads=heads,
            num_kv_heads=kv,
            head_dim=spec.head_size,
            ffn_hidden_size=max(8, spec.ffn_hidden_size // s),
            vocab_size=max(64, spec.vocab_size // s),
        )
        name += f"/scale{s}"
    if changes:
        changes["name"] = name
    return dataclasses.replace(spec, **changes) if changes else spec


def build_model(
    spec: ModelSpec,
    device: str | torch.device = "cpu",
    dtype: torch.dtype = torch.float32,
    num_layers: int | None = None,
    scale: int | None = None,
    seed: int = 0,
) -> ReplayModel:
    """A :class:`ReplayModel` of ``spec`` (scaled by ``num_layers``/``scale``) with random
    weights drawn from ``seed``, on ``device`` in ``dtype`` and in eval mode.

    Parameters
    ----------
    spec:
        The architecture (decoder-only dense or MoE, or encoder-decoder).
    device, dtype:
        Where the weights and the KV cache live (``bfloat16`` on a GPU, ``float32`` on a CPU).
    num_layers, scale:
        See :func:`scaled_spec`; None keeps the full size.
    seed:
        Seed of the weights (the same seed and spec give the same weights on one device).
    """
    shape = scaled_spec(spec, num_layers, scale)
    device = torch.device(device)
    # Seed a forked RNG: building a model leaves the caller's random state alone.
    with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
        torch.manual_seed(seed)
        model = ReplayModel(shape, device=device, dtype=dtype)
    return model.eval()


# ---- building blocks ----------------------------------------------------------------------
class RMSNorm(nn.Module):
    def __init__(self, width: int, eps: float = 1e-6, **factory) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.ones(width, **factory))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x32 = x.float()
        x32 = x32 * torch.rsqrt(x32.pow(2).mean(-1, keepdim=True) + self.eps)
        return (x32 * self.weight.float()).to(x.dtype)


def rope(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """Rotary embedding (rotate-half form) of ``x [tokens, heads, head]``; cos/sin ``[tokens, head/2]``."""
    half = x.shape[-1] // 2
    x1, x2 = x[..., :half].float(), x[..., half:].float()
    c, s = cos[:, None, :], sin[:, None, :]
    return torch.cat([x1 * c - x2 * s, x2 * c + x1 * s], dim=-1).to(x.dtype)


class Attention(nn.Module):
    """Q/K/V/output projections (no bias); the attention itself is the model's."""

    def __init__(self, spec: ModelSpec, **factory) -> None:
        super().__init__()
        h = spec.hidden_size
        self.num_heads = spec.num_attention_heads
        self.num_kv_heads = spec.kv_heads
        self.head_size = spec.head_size
        self.q = nn.Linear(h, spec.q_size, bias=False, **factory)
        self.k = nn.Linear(h, spec.kv_size, bias=False, **factory)
        self.v = nn.Linear(h, spec.kv_size, bias=False, **factory)
        self.o = nn.Linear(spec.q_size, h, bias=False, **factory)

    def query(self, x: torch.Tensor) -> torch.Tensor:
        return self.q(x).view(-1, self.num_heads, self.head_size)

    def key_value(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        shape = (-1, self.num_kv_heads, self.head_size)
        return self.k(x).view(shape), self.v(x).view(shape)


class FeedForward(nn.Module):
    """Gated (SiLU(x W_gate) * x W_up) W_down, or plain GELU(x W_up) W_down."""

    def __init__(self, hidden: int, inner: int, gated: bool, **factory) -> None:
        super().__init__()
        self.gated = gated
        self.up = nn.Linear(hidden, (2 if gated else 1) * inner, bias=False, **factory)
        self.down = nn.Linear(inner, hidden, bias=False, **factory)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        u = self.up(x)
        if self.gated:
            gate, up = u.chunk(2, dim=-1)
            return self.down(F.silu(gate) * up)
        return self.down(F.gelu(u))


class MixtureOfExperts(nn.Module):
    """Top-k routing (softmax over the k chosen logits, as Mixtral); each expert runs once
    on the tokens routed to it and its outputs are scattered back with their weights."""

    def __init__(self, spec: ModelSpec, **factory) -> None:
        super().__init__()
        self.top_k = spec.experts_per_token
        self.router = nn.Linear(spec.hidden_size, spec.num_experts, bias=False, **factory)
        self.experts = nn.ModuleList(
            FeedForward(spec.hidden_size, spec.ffn_hidden_size, spec.ffn_gated, **factory)
            for _ in range(spec.num_experts)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        logits = self.router(x)
        weights, chosen = torch.topk(logits.float(), self.top_k, dim=-1)
        weights = torch.softmax(weights, dim=-1).to(x.dtype)
        out = torch.zeros_like(x)
        for e, expert in enumerate(self.experts):
            rows, slot = torch.where(chosen == e)
            if rows.numel():
                out.index_add_(0, rows, expert(x[rows]) * weights[rows, slot, None])
        return out


class DecoderLayer(nn.Module):
    def __init__(self, spec: ModelSpec, cross: bool, **factory) -> None:
        super().__init__()
        h = spec.hidden_size
        self.attn_norm = RMSNorm(h, **factory)
        self.attn = Attention(spec, **factory)
        self.cross_norm = RMSNorm(h, **factory) if cross else None
        self.cross = Attention(spec, **factory) if cross else None
        self.ffn_norm = RMSNorm(h, **factory)
        self.ffn = (
            MixtureOfExperts(spec, **factory)
            if spec.is_moe
            else FeedForward(h, spec.ffn_hidden_size, spec.ffn_gated, **factory)
        )


class EncoderLayer(nn.Module):
    def __init__(self, spec: ModelSpec, **factory) -> None:
        super().__init__()
        h = spec.hidden_size
        self.attn_norm = RMSNorm(h, **factory)
        self.attn = Attention(spec, **factory)
        self.ffn_norm = RMSNorm(h, **factory)
        self.ffn = (
            MixtureOfExperts(spec, **factory)
            if spec.is_moe
            else FeedForward(h, spec.ffn_hidden_size, spec.ffn_gated, **factory)
        )


# ---- the paged KV cache -----------------------------------------------------------------
class PagedKVCache:
    """K/V blocks of every decoder layer, and the block tables of the sequences in them.

    A sequence is keyed ``(request_id, kind)`` with kind ``"self"`` (decoder
    self-attention) or ``"cross"`` (encoder output, encoder-decoder models).
    """

    def __init__(
        self,
        num_layers: int,
        num_blocks: int,
        block_size: int,
        kv_heads: int,
        head_size: int,
        device: torch.device,
        dtype: torch.dtype,
    ) -> None:
        if num_blocks < 1 or block_size < 1:
            raise ValueError(
                f"num_blocks={num_blocks}, block_size={block_size}: fix: both must be >= 1"
            )
        self.num_blocks = num_blocks
        self.block_size = block_size
        # Zeroed: masked (padding) keys are read by the batched decode attention and must
        # not hold NaNs.
        shape = (num_layers, 2, num_blocks, block_size, kv_heads, head_size)
        self.kv = torch.zeros(shape, device=device, dtype=dtype)
        self.free_list: list[int] = list(range(num_blocks - 1, -1, -1))
        self.tables: dict[tuple[int, str], list[int]] = {}
        self.lengths: dict[tuple[int, str], int] = {}

    @property
    def free_blocks(self) -> int:
        return len(self.free_list)

    def length(self, key: tuple[int, str]) -> int:
        return self.lengths.get(key, 0)

    def extend(self, key: tuple[int, str], new_tokens: int) -> None:
        """Grow ``key``'s block table to hold ``new_tokens`` more tokens."""
        table = self.tables.setdefault(key, [])
        length = self.lengths.get(key, 0) + new_tokens
        need = -(-length // self.block_size) - len(table)
        if need > len(self.free_list):
            raise RuntimeError(
                f"KV cache out of blocks: request {key[0]} ({key[1]}) needs {need} more, "
                f"{len(self.free_list)} of {self.num_blocks} free; fix: allocate more blocks "
                "(ReplayTimer kv_block_margin, or the simulation's kv_capacity_tokens)"
            )
        for _ in range(need):
            table.append(self.free_list.pop())
        self.lengths[key] = length

    def free(self, request_id: int) -> None:
        for kind in ("self", "cross"):
            key = (request_id, kind)
            self.free_list.extend(reversed(self.tables.pop(key, [])))
            self.lengths.pop(key, None)

    def slots(
        self, keys: Sequence[tuple[int, str]], starts: Sequence[int], counts: Sequence[int]
    ) -> tuple[np.ndarray, np.ndarray]:
        """(block, offset) of each new token, for writing; sequences must be extended first."""
        blocks, offsets = [], []
        bs = self.block_size
        for key, start, n in zip(keys, starts, counts, strict=True):
            table = np.asarray(self.tables[key], dtype=np.int64)
            pos = np.arange(start, start + n, dtype=np.int64)
            blocks.append(table[pos // bs])
            offsets.append(pos % bs)
        return np.concatenate(blocks), np.concatenate(offsets)

    def padded_tables(self, keys: Sequence[tuple[int, str]]) -> tuple[np.ndarray, np.ndarray]:
        """Block tables padded with block 0 to the longest, and each sequence's length."""
        tables = [self.tables[k] for k in keys]
        width = max(len(t) for t in tables)
        out = np.zeros((len(keys), width), dtype=np.int64)
        for i, t in enumerate(tables):
            out[i, : len(t)] = t
        return out, np.asarray([self.lengths[k] for k in keys], dtype=np.int64)


@dataclass
class _Gather:
    """Where a batch of sequences' cached K/V lie: padded block tables ``[B, blocks]``, a
    ``[B, blocks x block_size]`` mask of real tokens, and each sequence's length."""

    tables: torch.Tensor
    mask: torch.Tensor
    lengths: list[int]


@dataclass
class StepContext:
    """What every layer of one :meth:`ReplayModel.step` shares: the packed token ids, where
    their K/V go, RoPE tables, chunk bounds, and the gathers of cached K/V."""

    tokens: torch.Tensor
    write_block: torch.Tensor
    write_offset: torch.Tensor
    cos: torch.Tensor
    sin: torch.Tensor
    bounds: np.ndarray
    multi: list[int]  # rows with prompt chunks (one SDPA call each)
    single_rows: torch.Tensor | None  # token rows of the one-token (decode) chunks
    decode: _Gather | None
    prefix: _Gather | None  # cached prefixes of chunks continuing a prompt
    offset_masks: dict[int, tuple[int, torch.Tensor]]
    cross_decode: _Gather | None = None
    cross_multi: _Gather | None = None


# ---- the model ----------------------------------------------------------------------------
class ReplayModel(nn.Module):
    """A transformer of shape ``spec`` with a paged KV cache; see the module docstring."""

    def __init__(self, spec: ModelSpec, device: torch.device, dtype: torch.dtype) -> None:
        super().__init__()
        self.spec = spec
        self.device = device
        self.dtype = dtype
        factory = {"device": device, "dtype": dtype}
        self.encoder_decoder = spec.architecture == "encoder_decoder"
        h = spec.hidden_size
        self.embed = nn.Embedding(spec.vocab_size, h, **factory)
        self.layers = nn.ModuleList(
            DecoderLayer(spec, cross=self.encoder_decoder, **factory)
            for _ in range(spec.num_layers)
        )
        self.encoder_layers = nn.ModuleList(
            EncoderLayer(spec, **factory) for _ in range(spec.num_encoder_layers)
        )
        self.encoder_norm = RMSNorm(h, **factory) if self.encoder_decoder else None
        self.norm = RMSNorm(h, **factory)
        self.lm_head = nn.Linear(h, spec.vocab_size, bias=False, **factory)
        if spec.tied_embeddings:
            self.lm_head.weight = self.embed.weight
        with torch.no_grad():  # unit-variance embeddings, O(1) logits whatever the width
            self.embed.weight.normal_(0.0, 1.0)
            if not spec.tied_embeddings:
                self.lm_head.weight.normal_(0.0, 1.0 / math.sqrt(h))
        half = spec.head_size // 2
        self.inv_freq = ROPE_BASE ** (
            -torch.arange(half, device=device, dtype=torch.float32) / half
        )
        self.cache: PagedKVCache | None = None

    # ---- cache management ------------------------------------------------------------
    def allocate_cache(self, num_blocks: int, block_size: int = 16) -> None:
        """(Re)allocate the KV pool: ``num_blocks`` blocks of ``block_size`` tokens per layer."""
        self.cache = None  # free the old pool before allocating the new one
        self.cache = PagedKVCache(
            self.spec.num_layers,
            num_blocks,
            block_size,
            self.spec.kv_heads,
            self.spec.head_size,
            self.device,
            self.dtype,
        )

    def _cache(self) -> PagedKVCache:
        if self.cache is None:
            raise RuntimeError("no KV cache: call allocate_cache(num_blocks, block_size) first")
        return self.cache

    def cache_len(self, request_id: int) -> int:
        """Tokens of ``request_id`` in the decoder's self-attention cache."""
        return 0 if self.cache is None else self.cache.length((request_id, "self"))

    def encoder_len(self, request_id: int) -> int:
        """Encoder tokens of ``request_id`` in the cross-attention cache."""
        return 0 if self.cache is None else self.cache.length((request_id, "cross"))

    @property
    def cached_requests(self) -> set[int]:
        """Requests holding KV blocks."""
        return set() if self.cache is None else {key[0] for key in self.cache.tables}

    def free(self, request_ids: Sequence[int]) -> None:
        """Return the blocks of ``request_ids`` (finished or preempted) to the pool."""
        cache = self._cache()
        for rid in request_ids:
            cache.free(int(rid))

    # ---- helpers -------------------------------------------------------------------------
    def _tensor(self, values: np.ndarray) -> torch.Tensor:
        return torch.from_numpy(values).to(self.device, non_blocking=True)

    def _rope_tables(self, positions: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        angles = positions.float()[:, None] * self.inv_freq[None, :]
        return torch.cos(angles), torch.sin(angles)

    @staticmethod
    def _chunk_array(chunk: TokenChunk) -> np.ndarray:
        if isinstance(chunk, torch.Tensor):
            return chunk.detach().cpu().numpy().astype(np.int64).reshape(-1)
        return np.asarray(chunk, dtype=np.int64).reshape(-1)

    def _gather(self, keys: list[tuple[int, str]]) -> _Gather:
        """Device block tables and masks to read ``keys``' cached K/V (built once a step)."""
        cache = self._cache()
        tables, lengths = cache.padded_tables(keys)
        width = tables.shape[1] * cache.block_size
        mask = torch.arange(width, device=self.device)[None, :] < self._tensor(lengths)[:, None]
        return _Gather(self._tensor(tables), mask, [int(n) for n in lengths])

    def _read_kv(self, layer: int, tables: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """K and V of the sequences with block ``tables [B, blocks]`` as ``[B, kv_heads,
        blocks x block_size, head]`` (a copy: the paged pool is gathered)."""
        cache = self._cache()
        b, nb = tables.shape
        shape = (b, nb * cache.block_size, self.spec.kv_heads, self.spec.head_size)
        k = cache.kv[layer, 0][tables].view(shape).transpose(1, 2)
        v = cache.kv[layer, 1][tables].view(shape).transpose(1, 2)
        return k, v

    def _decode_attention(self, q: torch.Tensor, layer: int, gather: _Gather) -> torch.Tensor:
        """One query token per sequence over its cached K/V: ``q [B, heads, head]``."""
        k, v = self._read_kv(layer, gather.tables)
        b, kv_heads, hs = q.shape[0], self.spec.kv_heads, self.spec.head_size
        group = self.spec.num_attention_heads // kv_heads
        # GQA without copies: the `group` query heads of a KV head act as its query rows.
        out = F.scaled_dot_product_attention(
            q.reshape(b, kv_heads, group, hs), k, v, attn_mask=gather.mask[:, None, None, :]
        )
        return out.reshape(b, self.spec.num_attention_heads, hs)

    def _sequence_attention(
        self, q: torch.Tensor, layer: int, gather: _Gather, row: int, mask: torch.Tensor | None
    ) -> torch.Tensor:
        """Several query tokens of one sequence (``q [tokens, heads, head]``) over its cached
        K/V, under ``mask`` (None: every cached token)."""
        length = gather.lengths[row]
        k, v = self._read_kv(layer, gather.tables[row : row + 1])
        o = F.scaled_dot_product_attention(
            q.transpose(0, 1)[None],
            k[:, :, :length],
            v[:, :, :length],
            attn_mask=mask,
            enable_gqa=True,
        )
        return o[0].transpose(0, 1)

    # ---- entry points ----------------------------------------------------------------
    @torch.inference_mode()
    def step(self, request_ids: Sequence[int], token_chunks: Sequence[TokenChunk]) -> torch.Tensor:
        """Run one batch: each request's chunk continues its cached sequence.

        A chunk of one token after a prompt is a decode step; longer chunks are prompt
        (or prompt-chunk) prefills. Returns the logits of each chunk's last token,
        ``[len(request_ids), vocab]``. Encoder-decoder models need :meth:`encode` first.
        """
        if not len(request_ids):
            if len(token_chunks):
                raise ValueError(f"0 request ids but {len(token_chunks)} token chunks")
            return torch.zeros((0, self.spec.vocab_size), device=self.device, dtype=self.dtype)
        ctx = self.prepare_step(request_ids, token_chunks)
        x = self.embed(ctx.tokens)
        for index in range(len(self.layers)):
            x = self.layer_forward(index, x, ctx)
        return self.head(x, ctx)

    def prepare_step(
        self, request_ids: Sequence[int], token_chunks: Sequence[TokenChunk]
    ) -> StepContext:
        """Grow the requests' KV block tables and build the step's index tensors (once for
        every layer): the per-iteration host work of :meth:`step`, which the profiler
        times on its own."""
        if len(request_ids) != len(token_chunks):
            raise ValueError(f"{len(request_ids)} request ids but {len(token_chunks)} token chunks")
        cache = self._cache()
        ids = [int(r) for r in request_ids]
        if len(set(ids)) != len(ids):
            raise ValueError(f"a request appears twice in one step: {ids}")
        chunks = [self._chunk_array(c) for c in token_chunks]
        counts = np.asarray([len(c) for c in chunks], dtype=np.int64)
        if (counts < 1).any():
            raise ValueError("every token chunk needs at least one token")
        keys = [(r, "self") for r in ids]
        if self.encoder_decoder:
            missing = [r for r in ids if cache.length((r, "cross")) == 0]
            if missing:
                raise RuntimeError(f"requests {missing} have no encoder output: call encode first")
        starts = np.asarray([cache.length(k) for k in keys], dtype=np.int64)
        for key, n in zip(keys, counts, strict=True):
            cache.extend(key, int(n))

        block, offset = cache.slots(keys, starts, counts)
        positions = np.concatenate(
            [np.arange(s, s + n) for s, n in zip(starts, counts, strict=True)]
        )
        cos, sin = self._rope_tables(self._tensor(positions))
        bounds = np.concatenate([[0], np.cumsum(counts)])
        single = np.flatnonzero(counts == 1)  # decode rows: one padded batch
        multi = np.flatnonzero(counts > 1)  # prompt chunks: one SDPA call each
        later = [i for i in multi if starts[i] > 0]  # chunks continuing a cached prefix
        offset_masks = {}
        for row, i in enumerate(later):
            key_pos = torch.arange(int(starts[i] + counts[i]), device=self.device)
            query_pos = torch.arange(int(counts[i]), device=self.device) + int(starts[i])
            offset_masks[int(i)] = (row, key_pos[None, :] <= query_pos[:, None])
        ctx = StepContext(
            tokens=self._tensor(np.concatenate(chunks)),
            write_block=self._tensor(block),
            write_offset=self._tensor(offset),
            cos=cos,
            sin=sin,
            bounds=bounds,
            multi=[int(i) for i in multi],
            single_rows=self._tensor(bounds[single]) if len(single) else None,
            decode=self._gather([keys[i] for i in single]) if len(single) else None,
            prefix=self._gather([keys[i] for i in later]) if later else None,
            offset_masks=offset_masks,
        )
        if self.encoder_decoder:
            cross_keys = [(r, "cross") for r in ids]
            ctx.cross_decode = (
                self._gather([cross_keys[i] for i in single]) if len(single) else None
            )
            ctx.cross_multi = self._gather([cross_keys[i] for i in multi]) if len(multi) else None
        return ctx

    @torch.inference_mode()
    def layer_forward(self, index: int, x: torch.Tensor, ctx: StepContext) -> torch.Tensor:
        """Decoder layer ``index`` of a step over the packed activations ``x [tokens, hidden]``:
        writes the step's K/V into the pool and returns the layer's output."""
        cache = self._cache()
        layer = self.layers[index]
        bounds = ctx.bounds
        h = layer.attn_norm(x)
        q = rope(layer.attn.query(h), ctx.cos, ctx.sin)
        k, v = layer.attn.key_value(h)
        k = rope(k, ctx.cos, ctx.sin)
        cache.kv[index, 0, ctx.write_block, ctx.write_offset] = k
        cache.kv[index, 1, ctx.write_block, ctx.write_offset] = v
        out = torch.empty_like(q)
        if ctx.decode is not None:
            out[ctx.single_rows] = self._decode_attention(q[ctx.single_rows], index, ctx.decode)
        for i in ctx.multi:
            lo, hi = int(bounds[i]), int(bounds[i + 1])
            if i in ctx.offset_masks:  # a later chunk: the cached prefix too, causal, offset
                row, mask = ctx.offset_masks[i]
                out[lo:hi] = self._sequence_attention(q[lo:hi], index, ctx.prefix, row, mask)
            else:  # a whole prompt (or its first chunk): its own K/V, causal
                o = F.scaled_dot_product_attention(
                    q[lo:hi].transpose(0, 1)[None],
                    k[lo:hi].transpose(0, 1)[None],
                    v[lo:hi].transpose(0, 1)[None],
                    is_causal=True,
                    enable_gqa=True,
                )
                out[lo:hi] = o[0].transpose(0, 1)
        x = x + layer.attn.o(out.flatten(1))
        if layer.cross is not None:
            assert layer.cross_norm is not None
            q = layer.cross.query(layer.cross_norm(x))
            out = torch.empty_like(q)
            if ctx.cross_decode is not None:
                out[ctx.single_rows] = self._decode_attention(
                    q[ctx.single_rows], index, ctx.cross_decode
                )
            for row, i in enumerate(ctx.multi):
                lo, hi = int(bounds[i]), int(bounds[i + 1])
                out[lo:hi] = self._sequence_attention(q[lo:hi], index, ctx.cross_multi, row, None)
            x = x + layer.cross.o(out.flatten(1))
        return x + layer.ffn(layer.ffn_norm(x))

    @torch.inference_mode()
    def head(self, x: torch.Tensor, ctx: StepContext) -> torch.Tensor:
        """Final norm and LM head over each chunk's last token: ``[sequences, vocab]``."""
        last = self._tensor(ctx.bounds[1:] - 1)
        return self.lm_head(self.norm(x[last]))

    def prefill(
        self, request_ids: Sequence[int], token_chunks: Sequence[TokenChunk]
    ) -> torch.Tensor:
        """Prompt chunks (whole prompts, or chunks continuing a cached prefix); the logits
        of each chunk's last token."""
        return self.step(request_ids, token_chunks)

    def decode(self, request_ids: Sequence[int], token_ids: Sequence[int]) -> torch.Tensor:
        """One token per request (its last sampled token); the next-token logits."""
        return self.step(request_ids, [[int(t)] for t in token_ids])

    @torch.inference_mode()
    def encode(self, request_ids: Sequence[int], token_seqs: Sequence[TokenChunk]) -> None:
        """Encoder-decoder: run the encoder over each request's whole input (bidirectional)
        and store every decoder layer's cross-attention K/V of it in the cache."""
        if not self.encoder_decoder:
            raise RuntimeError(f"{self.spec.name} is decoder-only: it has no encoder")
        if not len(request_ids):
            return
        cache = self._cache()
        ids = [int(r) for r in request_ids]
        seqs = [self._chunk_array(s) for s in token_seqs]
        counts = np.asarray([len(s) for s in seqs], dtype=np.int64)
        if (counts < 1).any():
            raise ValueError("every encoder input needs at least one token")
        busy = [r for r in ids if cache.length((r, "cross"))]
        if busy:
            raise RuntimeError(f"requests {busy} are already encoded: free them first")
        enc = self._encoder(self._tensor(np.concatenate(seqs)), counts)
        keys = [(r, "cross") for r in ids]
        for key, n in zip(keys, counts, strict=True):
            cache.extend(key, int(n))
        block, offset = cache.slots(keys, np.zeros(len(ids), dtype=np.int64), counts)
        wb, wo = self._tensor(block), self._tensor(offset)
        for index, layer in enumerate(self.layers):
            assert layer.cross is not None
            k, v = layer.cross.key_value(enc)
            cache.kv[index, 0, wb, wo] = k
            cache.kv[index, 1, wb, wo] = v

    def _encoder(self, tokens: torch.Tensor, counts: np.ndarray) -> torch.Tensor:
        """Encoder stack over packed sequences of ``counts`` tokens; ``[tokens, hidden]``."""
        assert self.encoder_norm is not None
        positions = np.concatenate([np.arange(n) for n in counts])
        cos, sin = self._rope_tables(self._tensor(positions))
        bounds = np.concatenate([[0], np.cumsum(counts)])
        x = self.embed(tokens)
        for layer in self.encoder_layers:
            h = layer.attn_norm(x)
            q = rope(layer.attn.query(h), cos, sin)
            k, v = layer.attn.key_value(h)
            k = rope(k, cos, sin)
            out = torch.empty_like(q)
            for i in range(len(counts)):
                lo, hi = int(bounds[i]), int(bounds[i + 1])
                o = F.scaled_dot_product_attention(
                    q[lo:hi].transpose(0, 1)[None],
                    k[lo:hi].transpose(0, 1)[None],
                    v[lo:hi].transpose(0, 1)[None],
                    enable_gqa=True,
                )
                out[lo:hi] = o[0].transpose(0, 1)
            x = x + layer.attn.o(out.flatten(1))
            x = x + layer.ffn(layer.ffn_norm(x))
        return self.encoder_norm(x)

    @torch.inference_mode()
    def forward_reference(
        self, tokens: TokenChunk, encoder_tokens: TokenChunk | None = None
    ) -> torch.Tensor:
        """Logits of every position of one sequence, without the cache (the tests' truth).

        ``tokens`` are the decoder's tokens; an encoder-decoder model also needs
        ``encoder_tokens``.
        """
        t = self._tensor(self._chunk_array(tokens))
        n = len(t)
        cos, sin = self._rope_tables(torch.arange(n, device=self.device))
        enc = None
        if self.encoder_decoder:
            if encoder_tokens is None:
                raise ValueError("an encoder-decoder model needs encoder_tokens")
            e = self._chunk_array(encoder_tokens)
            enc = self._encoder(self._tensor(e), np.asarray([len(e)]))
        x = self.embed(t)
        for layer in self.layers:
            h = layer.attn_norm(x)
            q = rope(layer.attn.query(h), cos, sin).transpose(0, 1)[None]
            k, v = layer.attn.key_value(h)
            k = rope(k, cos, sin).transpose(0, 1)[None]
            o = F.scaled_dot_product_attention(
                q, k, v.transpose(0, 1)[None], is_causal=True, enable_gqa=True
            )
            x = x + layer.attn.o(o[0].transpose(0, 1).flatten(1))
            if layer.cross is not None:
                assert layer.cross_norm is not None and enc is not None
                cq = layer.cross.query(layer.cross_norm(x)).transpose(0, 1)[None]
                ck, cv = layer.cross.key_value(enc)
                o = F.scaled_dot_product_attention(
                    cq, ck.transpose(0, 1)[None], cv.transpose(0, 1)[None], enable_gqa=True
                )
                x = x + layer.cross.o(o[0].transpose(0, 1).flatten(1))
            x = x + layer.ffn(layer.ffn_norm(x))
        return self.lm_head(self.norm(x))
