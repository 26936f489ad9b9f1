"""Profiler: measure a cost table of a model's operators on the machine it runs on.

What is timed (one row per shape, in the schema of :mod:`servesolve.costs.tables`):

* ``gemm``: every projection of a layer at its tensor-parallel shard shape, as the cost
  model prices it (fused QKV ``hidden -> (q + 2 kv) / tp``, output ``q / tp -> hidden``,
  FFN up ``hidden -> (2) ffn / tp``, down ``ffn / tp -> hidden``, the LM head
  ``hidden -> vocab / tp``, an MoE router ``hidden -> experts``), over token counts ``m``;
* ``attention_prefill`` (causal SDPA over ``batch_size`` prompts of ``seq_len``) and
  ``attention_decode`` (one query per sequence over ``context_len`` cached keys, masked,
  as the replay model's batched decode runs it), with the shard's heads;
* ``rms_norm`` and ``activation`` (SiLU-gated or GELU) over ``num_tokens``;
* ``layer_prefill`` / ``layer_decode``: one whole decoder layer of the replay model
  (norms, projections, RoPE, the paged-KV write and read, attention, FFN or MoE) at the
  TP shard's widths, the all-reduce excluded (collectives have their own tables),
  measured in situ: the difference between whole steps of a 2-layer and a 1-layer model;
* ``step_overhead``: the rest of one :meth:`~servesolve.replay.model.ReplayModel.step`
  (block tables and index tensors, embedding, final norm, LM head, sampling), for
  ``batch_size`` sequences of ``num_tokens`` tokens in all: the 1-layer step minus its
  layer.

Each shape runs ``warmup`` untimed calls, then ``repeats`` timed ones; the row keeps the
median. On a CUDA device every call is timed with CUDA events after a synchronisation;
on the CPU with ``time.perf_counter`` (``clock="wall"``) or with the calling thread's CPU
time (``clock="cpu"``, ``time.thread_time``: with one torch thread the work runs on the
calling thread, and time spent descheduled by other processes does not count; the replay's
``ReplayTimer`` takes the same clock). A tqdm bar shows progress.
"""

from __future__ import annotations

import dataclasses
import math
import platform
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from importlib.metadata import PackageNotFoundError, version

import numpy as np
import pandas as pd
import torch
import torch.nn.functional as F
from tqdm import tqdm

from servesolve.costs.tables import SCHEMA, validate_table
from servesolve.replay.executor import CLOCKS
from servesolve.replay.model import ReplayModel, RMSNorm, build_model
from servesolve.specs.model import ModelSpec

DTYPES = {"float32": torch.float32, "bfloat16": torch.bfloat16, "float16": torch.float16}


@dataclass(frozen=True)
class ProfileGrid:
    """Shapes to measure. Defaults: a small grid that runs in about a minute on a CPU
    for a scaled model (``servesolve profile`` on a GPU widens it)."""

    num_tokens: tuple[int, ...] = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)
    batch_sizes: tuple[int, ...] = (1, 2, 4, 8, 16, 32)
    seq_lens: tuple[int, ...] = (8, 16, 32, 64, 128, 256)
    context_lens: tuple[int, ...] = (8, 32, 128, 512)
    tp_sizes: tuple[int, ...] = (1,)
    warmup: int = 2
    repeats: int = 5
    max_prefill_tokens: int = 2048  # skip layer/attention prefill shapes above this

    def __post_init__(self) -> None:
        for field in dataclasses.fields(self):
            value = getattr(self, field.name)
            values = value if isinstance(value, tuple) else (value,)
            least = 0 if field.name == "warmup" else 1
            if not values or any(int(v) != v or v < least for v in values):
                raise ValueError(
                    f"profile.{field.name}: {value!r}; fix: give integers >= {least}"
                    + (" (a non-empty list)" if isinstance(value, tuple) else "")
                )


def shard_spec(spec: ModelSpec, tp: int) -> ModelSpec:
    """The layer one GPU of a ``tp`` group runs: heads, KV heads (at least 1) and FFN
    width divided by ``tp``; hidden size, head size and experts kept."""
    if tp == 1:
        return spec
    heads = spec.num_attention_heads // tp
    if heads < 1 or spec.num_attention_heads % tp:
        raise ValueError(
            f"tp={tp}: {spec.name} has {spec.num_attention_heads} heads; fix: use a tp that divides them"
        )
    return dataclasses.replace(
        spec,
        name=f"{spec.name}/tp{tp}",
        num_attention_heads=heads,
        num_kv_heads=max(1, spec.kv_heads // tp),
        head_dim=spec.head_size,
        ffn_hidden_size=max(1, spec.ffn_hidden_size // tp),
    )


#: Bytes written between timed calls to evict the caches (Triton's ``do_bench`` does the
#: same with 256 MB on a GPU): a serving step follows the scheduler's own work, never a
#: copy of itself, so a timing that reuses a hot cache reads optimistic.
FLUSH_BYTES = {"cpu": 64 << 20, "cuda": 256 << 20}


class _Timer:
    """Median time of a callable: CUDA events on a GPU, ``clock`` (:data:`CLOCKS`) on the
    CPU; the caches are flushed before every call (``FLUSH_BYTES``)."""

    def __init__(
        self, device: torch.device, warmup: int, repeats: int, clock: str = "wall"
    ) -> None:
        self.device = device
        self.now = CLOCKS[clock]
        self.warmup = warmup
        self.repeats = repeats
        size = FLUSH_BYTES.get(device.type, 0) // 4
        self._flush = torch.empty(size, dtype=torch.float32, device=device) if size else None

    def __call__(
        self, fn: Callable[[], object], setup: Callable[[], object] | None = None
    ) -> float:
        cuda = self.device.type == "cuda"
        times = []
        for i in range(self.warmup + self.repeats):
            if setup is not None:
                setup()
            if self._flush is not None:
                self._flush.zero_()
            if cuda:
                torch.cuda.synchronize(self.device)
                start, end = (
                    torch.cuda.Event(enable_timing=True),
                    torch.cuda.Event(enable_timing=True),
                )
                start.record()
                fn()
                end.record()
                end.synchronize()
                elapsed = start.elapsed_time(end) / 1e3
            else:
                t0 = self.now()
                fn()
                elapsed = self.now() - t0
            if i >= self.warmup:
                times.append(elapsed)
        return float(np.median(times))


def _versions() -> dict[str, str]:
    try:
        own = version("servesolve")
    except PackageNotFoundError:
        own = "unknown"
    return {
        "torch_version": torch.__version__,
        "cuda_version": torch.version.cuda or "",
        "servesolve_version": own,
    }


def device_name(device: torch.device) -> str:
    """The table's device name: the CUDA device's name, or ``cpu``."""
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    return "cpu"


def machine_name(device: torch.device, clock: str = "wall") -> str:
    cpu = platform.processor() or platform.machine()
    threads = torch.get_num_threads()
    timed = "; timed in thread CPU time" if clock == "cpu" and device.type == "cpu" else ""
    return f"{platform.node()} ({cpu}, {threads} torch threads{timed})"


class Profiler:
    """Measures the operator and layer tables of ``spec`` on ``device``.

    Parameters
    ----------
    spec:
        The model as it runs (a scaled spec on a CPU, the full one on a GPU).
    device, dtype:
        Where and in which precision to measure.
    grid:
        The shapes; see :class:`ProfileGrid`.
    source:
        What to record as the rows' ``source`` (the command that measured them).
    progress:
        Show a tqdm bar.
    clock:
        ``wall`` or ``cpu`` (:data:`CLOCKS`): what times a CPU call; ``cpu`` needs a CPU
        device. A GPU is timed with CUDA events either way.
    """

    def __init__(
        self,
        spec: ModelSpec,
        device: str | torch.device = "cpu",
        dtype: str = "float32",
        grid: ProfileGrid | None = None,
        source: str = "servesolve profile",
        progress: bool = True,
        seed: int = 0,
        clock: str = "wall",
    ) -> None:
        if dtype not in DTYPES:
            raise ValueError(
                f"profile.dtype: unknown '{dtype}'; fix: use one of {', '.join(DTYPES)}"
            )
        if clock not in CLOCKS:
            raise ValueError(
                f"profile.clock: unknown '{clock}'; fix: use one of {', '.join(CLOCKS)}"
            )
        self.spec = spec
        self.device = torch.device(device)
        self.dtype_name = dtype
        self.dtype = DTYPES[dtype]
        self.grid = grid or ProfileGrid()
        self.source = source
        self.progress = progress
        self.seed = seed
        if clock == "cpu" and self.device.type != "cpu":
            raise ValueError("profile.clock: cpu times CPU work; fix: use wall on a GPU")
        self.clock = clock
        self.timer = _Timer(self.device, self.grid.warmup, self.grid.repeats, clock)
        self._layer_models: dict[str, tuple[ReplayModel, ReplayModel]] = {}
        self._meta = {
            "device": device_name(self.device),
            "dtype": dtype,
            **_versions(),
            "measured_at": date.today().isoformat(),
            "machine": machine_name(self.device, clock),
            "source": source,
        }

    # ---- the grid --------------------------------------------------------------------
    def gemm_shapes(self, tp: int) -> list[tuple[str, int, int]]:
        """(what, k, n) of every GEMM the cost model prices for a ``tp`` shard."""
        s = self.spec
        q, kv = s.q_size // tp, s.kv_heads_per_gpu(tp) * s.head_size
        ffn = s.ffn_hidden_size // tp
        shapes = [
            ("qkv", s.hidden_size, q + 2 * kv),
            ("o", q, s.hidden_size),
            ("up", s.hidden_size, (2 if s.ffn_gated else 1) * ffn),
            ("down", ffn, s.hidden_size),
            ("lm_head", s.hidden_size, max(1, s.vocab_size // tp)),
        ]
        if s.is_moe:
            shapes.append(("router", s.hidden_size, s.num_experts))
        return list(dict.fromkeys(shapes))

    def _prefill_shapes(self) -> list[tuple[int, int]]:
        g = self.grid
        return [(b, n) for b in g.batch_sizes for n in g.seq_lens if b * n <= g.max_prefill_tokens]

    def _decode_shapes(self) -> list[tuple[int, int]]:
        g = self.grid
        return [(b, c) for b in g.batch_sizes for c in g.context_lens]

    def _tasks(self) -> Iterator[tuple[str, int, Callable[[], list[dict]]]]:
        """(what, rows it measures, the measurement) of every shape of the grid; the bar
        counts rows, so its total is the table's length (a norm task times the norm and
        the activation; a tp = 1 layer shape also yields the step overhead around it)."""
        g = self.grid
        for tp in g.tp_sizes:
            for _, k, n in self.gemm_shapes(tp):
                for m in g.num_tokens:
                    yield "gemm", 1, lambda m=m, k=k, n=n: [self._gemm(m, k, n)]
            shard = shard_spec(self.spec, tp)
            for b, n in self._prefill_shapes():
                yield "attention", 1, lambda b=b, n=n, sh=shard: [self._attention_prefill(sh, b, n)]
            for b, c in self._decode_shapes():
                yield "attention", 1, lambda b=b, c=c, sh=shard: [self._attention_decode(sh, b, c)]
            for m in g.num_tokens:
                yield (
                    "norm",
                    2,
                    lambda m=m, sh=shard: [self._rms_norm(sh, m), self._activation(sh, m)],
                )
            for shape in self._layer_shapes():
                yield (
                    "layers",
                    2 if tp == 1 else 1,
                    lambda s=shape, tp=tp, sh=shard: self._layer_rows(sh, tp, *s),
                )

    def run(self) -> pd.DataFrame:
        """Measure every shape of the grid; the validated table."""
        tasks = list(self._tasks())
        rows: list[dict] = []
        self._layer_models.clear()
        with torch.inference_mode():
            bar = tqdm(
                total=sum(n for _, n, _ in tasks),
                desc=f"profile {self.spec.name} on {self._meta['device']}",
                unit="shape",
                disable=not self.progress,
            )
            with bar:
                for what, _, task in tasks:
                    bar.set_postfix_str(what, refresh=False)
                    measured = task()
                    rows.extend(measured)
                    bar.update(len(measured))
        self._layer_models.clear()
        table = pd.DataFrame(rows)
        for column in SCHEMA:
            if column not in table:
                table[column] = np.nan
        return validate_table(table[list(SCHEMA)], f"profile of {self.spec.name}")

    # ---- operators -------------------------------------------------------------------
    def _row(self, operation: str, latency_s: float, **shape: float) -> dict:
        return {
            "operation": operation,
            "model": self.spec.name,
            **shape,
            "latency_s": max(latency_s, 1e-9),
            "num_repeats": self.grid.repeats,
            **self._meta,
        }

    def _randn(self, *shape: int) -> torch.Tensor:
        return torch.randn(*shape, device=self.device, dtype=self.dtype)

    def _gemm(self, m: int, k: int, n: int) -> dict:
        x, w = self._randn(m, k), self._randn(n, k) / math.sqrt(k)
        return self._row("gemm", self.timer(lambda: F.linear(x, w)), m=m, k=k, n=n)

    def _heads(self, spec: ModelSpec) -> dict:
        return {
            "num_heads": spec.num_attention_heads,
            "num_kv_heads": spec.kv_heads,
            "head_dim": spec.head_size,
        }

    def _attention_prefill(self, spec: ModelSpec, b: int, n: int) -> dict:
        h, kv, d = spec.num_attention_heads, spec.kv_heads, spec.head_size
        q, k, v = self._randn(b, h, n, d), self._randn(b, kv, n, d), self._randn(b, kv, n, d)

        def run() -> torch.Tensor:
            return F.scaled_dot_product_attention(q, k, v, is_causal=True, enable_gqa=True)

        return self._row(
            "attention_prefill", self.timer(run), batch_size=b, seq_len=n, **self._heads(spec)
        )

    def _attention_decode(self, spec: ModelSpec, b: int, c: int) -> dict:
        h, kv, d = spec.num_attention_heads, spec.kv_heads, spec.head_size
        q = self._randn(b, kv, h // kv, d)
        k, v = self._randn(b, kv, c, d), self._randn(b, kv, c, d)
        mask = torch.ones(b, 1, 1, c, dtype=torch.bool, device=self.device)

        def run() -> torch.Tensor:
            return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)

        return self._row(
            "attention_decode", self.timer(run), batch_size=b, context_len=c, **self._heads(spec)
        )

    def _rms_norm(self, spec: ModelSpec, m: int) -> dict:
        norm = RMSNorm(spec.hidden_size, device=self.device, dtype=self.dtype)
        x = self._randn(m, spec.hidden_size)
        return self._row(
            "rms_norm", self.timer(lambda: norm(x)), num_tokens=m, hidden_size=spec.hidden_size
        )

    def _activation(self, spec: ModelSpec, m: int) -> dict:
        width = spec.ffn_hidden_size
        if spec.ffn_gated:
            u = self._randn(m, 2 * width)

            def run() -> torch.Tensor:
                gate, up = u.chunk(2, dim=-1)
                return F.silu(gate) * up
        else:
            u = self._randn(m, width)

            def run() -> torch.Tensor:
                return F.gelu(u)

        return self._row("activation", self.timer(run), num_tokens=m, width=width)

    # ---- whole layers and the step around them ---------------------------------------
    def _model(self, spec: ModelSpec, num_layers: int) -> ReplayModel:
        return build_model(spec, self.device, self.dtype, num_layers=num_layers, seed=self.seed)

    def _layer_shapes(self) -> list[tuple[str, int, int, int]]:
        """(operation, batch size, chunk, cached tokens) of every whole-layer shape."""
        shapes = [("layer_prefill", b, n, 0) for b, n in self._prefill_shapes()]
        return shapes + [("layer_decode", b, 1, c) for b, c in self._decode_shapes()]

    def _layer_rows(
        self, spec: ModelSpec, tp: int, operation: str, b: int, chunk: int, cached: int
    ) -> list[dict]:
        """Whole-layer time of one shape, and for tp = 1 the step around the layers,
        measured in situ.

        A layer timed alone in a loop runs hot (its weights and activations stay in
        cache) and reads up to 2x faster on a CPU than inside a step. So each shape runs
        whole steps (``ReplayModel.step`` plus the sampling, as the replay executes them)
        of a 1-layer and a 2-layer model of the shard: the layer is their difference, the
        step overhead (host work, embedding, LM head, sampling) the 1-layer step minus
        one layer. Encoder-decoder models: the decoder layer, over a prompt-long
        encoder output. The two models are built once per shard.
        """
        if spec.name not in self._layer_models:
            self._layer_models[spec.name] = (self._model(spec, 1), self._model(spec, 2))
        one, two = self._layer_models[spec.name]
        t1 = self._step_time(one, b, chunk, cached)
        t2 = self._step_time(two, b, chunk, cached)
        layer = max(t2 - t1, 1e-3 * t1)  # timing noise must not make a layer free
        shape = {"batch_size": b, "tp": tp}
        shape |= {"seq_len": chunk} if operation == "layer_prefill" else {"context_len": cached}
        rows = [self._row(operation, layer, **shape)]
        if tp == 1:
            rows.append(
                self._row(
                    "step_overhead",
                    max(t1 - layer, 1e-3 * t1),
                    batch_size=b,
                    num_tokens=b * chunk,
                )
            )
        return rows

    def _fill(self, model: ReplayModel, b: int, cached: int, encoder_len: int) -> list[int]:
        """``b`` requests holding ``cached`` (unwritten) tokens; encoder outputs if needed."""
        cache = model.cache
        assert cache is not None
        ids = list(range(b))
        for r in ids:
            if cached:
                cache.extend((r, "self"), cached)
            if model.encoder_decoder:
                cache.extend((r, "cross"), max(encoder_len, 1))
        return ids

    def _step_time(self, model: ReplayModel, b: int, chunk: int, cached: int) -> float:
        """Median time of one step of ``b`` chunks of ``chunk`` tokens over ``cached``
        cached tokens each (the cache is reset before every call)."""
        bs = 16
        model.allocate_cache(2 * (b * (-(-(cached + chunk + 1) // bs)) + 1), bs)
        ids = list(range(b))
        tokens = [np.ones(chunk, dtype=np.int64)] * b

        def reset() -> None:
            for r in ids:
                model.cache.free(r)  # type: ignore[union-attr]
            self._fill(model, b, cached, max(cached, chunk))

        def run() -> list[int]:
            return model.step(ids, tokens).argmax(dim=-1).tolist()

        seconds = self.timer(run, setup=reset)
        model.cache = None
        return seconds


def profile_model(
    spec: ModelSpec,
    device: str | torch.device = "cpu",
    dtype: str = "float32",
    grid: ProfileGrid | None = None,
    source: str = "servesolve profile",
    progress: bool = True,
) -> pd.DataFrame:
    """Measure the cost table of ``spec`` on ``device``; see :class:`Profiler`."""
    return Profiler(spec, device, dtype, grid, source, progress).run()
