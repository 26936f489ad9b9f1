"""The data of the ExeGPT schedule MILP (:mod:`servesolve.formulations.exegpt`, whose
docstring states the sets, parameters and rows): the two kinds of schedule (``RraSchedule``,
``WaaSchedule``), the instance with its priced tables, the schedule grid
(``iter_schedules``, which the instance checks its tables against), and the two pricing
rules that the MILP and the twin share: a WAA decoding round (``_round_time_s``) and a
pool's per-GPU memory (``_pool_memory_gib``).

Neither PuLP nor the MILP is imported here, so the twin (``exegpt_twin``) can use these
classes and stay independent of ``build``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Literal, get_args

from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import IterationTime
from servesolve.formulations.base import row_name
from servesolve.specs.hardware import ClusterSpec
from servesolve.specs.model import ModelSpec

Policy = Literal["rra", "waa_c", "waa_m", "waa", "any"]
POLICIES: tuple[str, ...] = get_args(Policy)


SLO_ROW = row_name("slo", "e2e_tail")


@dataclass(frozen=True)
class RraSchedule:
    """ExeGPT RRA: a ``TP tp x PP pp`` pipeline of both phases; per micro-batch, one
    encoding of ``encoder_batch`` prompts (B_E), then ``decode_iterations`` (N_D) decodes."""

    tp: int
    pp: int
    encoder_batch: int
    decode_iterations: int

    @property
    def policy(self) -> str:
        return "rra"

    @property
    def label(self) -> str:
        return f"rra_tp{self.tp}_pp{self.pp}_be{self.encoder_batch}_nd{self.decode_iterations}"


@dataclass(frozen=True)
class WaaSchedule:
    """ExeGPT WAA: an encode pool (``TP encode_tp x PP encode_pp``, ``encode_pp`` encodings
    of ``encoder_batch`` prompts in flight) and a decode pool (``TP decode_tp x PP
    decode_pp``, ``decode_micro_batches`` micro-batches, B_m)."""

    encode_tp: int
    encode_pp: int
    decode_tp: int
    decode_pp: int
    encoder_batch: int
    decode_micro_batches: int

    @property
    def policy(self) -> str:
        return "waa"

    @property
    def encode_gpus(self) -> int:
        return self.encode_tp * self.encode_pp

    @property
    def decode_gpus(self) -> int:
        return self.decode_tp * self.decode_pp

    @property
    def new_per_round(self) -> int:
        """K = p_E B_E: sequences the encode pool emits per period and the decoder admits
        (and finishes) per decoding round."""
        return self.encode_pp * self.encoder_batch

    @property
    def label(self) -> str:
        return (
            f"waa_e{self.encode_tp}x{self.encode_pp}_d{self.decode_tp}x{self.decode_pp}"
            f"_be{self.encoder_batch}_bm{self.decode_micro_batches}"
        )


ExeGptPlan = RraSchedule | WaaSchedule


@dataclass(frozen=True)
class PoolMemory:
    """Per-GPU memory coefficients of one pool layout (GiB)."""

    weights_gib: float
    activation_gib_per_token: float
    kv_gib_per_token: float


@dataclass(frozen=True)
class SpecSource:
    """What an instance was priced from; :func:`to_simulation` needs it."""

    model: ModelSpec
    cluster: ClusterSpec
    stats: WorkloadStats
    gpu_memory_utilization: float
    runtime_reserve_gib: float


@dataclass(frozen=True, eq=False)
class ExeGptInstance:
    """Data of one ExeGPT schedule MILP: the schedule grid and the priced tables.

    Attributes
    ----------
    num_gpus: G, the GPUs of the group.
    latency_bound_s: L, bound on the tail request's end-to-end time (s).
    usable_gib: memory one GPU may use (GiB).
    runtime_reserve_gib: fixed per-GPU reserve (GiB).
    iteration_overhead_s: per-iteration overhead h in the cost model (s).
    mean_input_tokens, mean_output_tokens: workload means (m = mean output).
    mean_context_tokens: mean context of a running sequence (length-biased).
    tail_input_tokens, tail_output_tokens: input and output length at the tail quantile
        (o = ``tail_output_tokens``, an integer >= 1).
    encoder_batches: the B_E grid; decode_iterations: the N_D values (RRA).
    max_micro_batches: largest B_m (WAA; also at most the decode pool's PP).
    layouts: pool size (GPUs) -> its (tp, pp) layouts.
    encode_times: (tp, pp, B_E) -> one encoding iteration of B_E mean prompts.
    rra_decode_times: (tp, pp, B_E, N_D) -> one RRA decode iteration of b seqs.
    waa_decode_times: (tp, pp, K, B_m) -> one decode micro-batch of K (m-1) / B_m seqs.
    memory: (pool, tp, pp) -> PoolMemory, pool in rra / encode / decode.
    waa_c_encode_gpus, waa_m_encode_gpus: B_E -> G_E by ExeGPT's WAA-C / WAA-M rule.
    policy: which schedules are offered.
    source: the specs it was priced from (None for hand-made instances).
    """

    num_gpus: int
    latency_bound_s: float
    usable_gib: float
    runtime_reserve_gib: float
    iteration_overhead_s: float
    mean_input_tokens: float
    mean_output_tokens: float
    mean_context_tokens: float
    tail_input_tokens: float
    tail_output_tokens: int
    encoder_batches: tuple[int, ...]
    decode_iterations: tuple[int, ...]
    max_micro_batches: int
    layouts: Mapping[int, tuple[tuple[int, int], ...]]
    encode_times: Mapping[tuple[int, int, int], IterationTime]
    rra_decode_times: Mapping[tuple[int, int, int, int], IterationTime]
    waa_decode_times: Mapping[tuple[int, int, int, int], IterationTime]
    memory: Mapping[tuple[str, int, int], PoolMemory]
    waa_c_encode_gpus: Mapping[int, int]
    waa_m_encode_gpus: Mapping[int, int]
    policy: Policy = "any"
    source: SpecSource | None = None

    def __post_init__(self) -> None:
        def bad(name: str, problem: str, fix: str) -> ValueError:
            return ValueError(f"exegpt instance: {name} {problem}; fix: {fix}")

        if self.num_gpus < 1:
            raise bad("num_gpus", f"is {self.num_gpus}", "use at least 1 GPU")
        if self.policy not in POLICIES:
            raise bad("policy", f"is '{self.policy}'", f"use one of {', '.join(POLICIES)}")
        if self.policy in ("waa", "waa_c", "waa_m") and self.num_gpus < 2:
            raise bad("policy", f"'{self.policy}' needs 2 GPUs or more", "use policy rra or any")
        if not self.latency_bound_s > 0:
            raise bad("latency_bound_s", f"is {self.latency_bound_s}", "give a positive bound (s)")
        if not self.mean_output_tokens > 1:
            raise bad(
                "mean_output_tokens",
                f"is {self.mean_output_tokens}",
                "use a workload whose outputs average more than one token",
            )
        if self.tail_output_tokens < 1:
            raise bad("tail_output_tokens", f"is {self.tail_output_tokens}", "use a length >= 1")
        if not self.mean_input_tokens > 0:
            raise bad("mean_input_tokens", f"is {self.mean_input_tokens}", "use a positive mean")
        if not self.encoder_batches or min(self.encoder_batches) < 1:
            raise bad("encoder_batches", f"is {self.encoder_batches}", "give positive B_E values")
        if not self.decode_iterations or min(self.decode_iterations) < 1:
            raise bad("decode_iterations", f"is {self.decode_iterations}", "give N_D values >= 1")
        if self.max_micro_batches < 1:
            raise bad("max_micro_batches", f"is {self.max_micro_batches}", "use 1 or more")
        for size, lays in self.layouts.items():
            for tp, pp in lays:
                if tp * pp != size:
                    raise bad("layouts", f"has TP{tp}xPP{pp} under size {size}", "tp x pp = size")
        for name, rule in (("waa_c", self.waa_c_encode_gpus), ("waa_m", self.waa_m_encode_gpus)):
            for be in self.encoder_batches:
                if self.num_gpus >= 2 and not 1 <= rule.get(be, 0) <= self.num_gpus - 1:
                    raise bad(
                        f"{name}_encode_gpus",
                        f"has no split in 1..{self.num_gpus - 1} for B_E={be}",
                        "price the instance with from_specs",
                    )
        # Every table entry the schedule grid needs must be there.
        for plan in iter_schedules(self, "any"):
            for table, key in _table_keys(plan):
                if key not in getattr(self, table):
                    raise bad(table, f"lacks {key} (needed by {plan.label})", "price every key")

    # ---- the schedule space ------------------------------------------------------------
    def rra_offered(self) -> bool:
        return self.policy in ("rra", "any")

    def waa_offered(self) -> bool:
        return self.policy != "rra" and self.num_gpus >= 2

    def encode_gpu_options(self, encoder_batch: int) -> tuple[int, ...]:
        """Encode-pool sizes G_E the policy allows with encoder batch ``encoder_batch``."""
        if not self.waa_offered():
            return ()
        if self.policy == "waa_c":
            return (self.waa_c_encode_gpus[encoder_batch],)
        if self.policy == "waa_m":
            return (self.waa_m_encode_gpus[encoder_batch],)
        return tuple(range(1, self.num_gpus))

    def micro_batch_options(self, decode_pp: int) -> range:
        return range(1, min(decode_pp, self.max_micro_batches) + 1)

    @property
    def decode_steps(self) -> float:
        """m - 1: decoding iterations of a mean request (the encoding samples its first token)."""
        return self.mean_output_tokens - 1.0

    @property
    def tail_context_tokens(self) -> float:
        return self.tail_input_tokens + self.tail_output_tokens


def _table_keys(plan: ExeGptPlan) -> list[tuple[str, tuple]]:
    """The table entries a schedule reads."""
    if isinstance(plan, RraSchedule):
        p = plan
        return [
            ("encode_times", (p.tp, p.pp, p.encoder_batch)),
            ("rra_decode_times", (p.tp, p.pp, p.encoder_batch, p.decode_iterations)),
            ("memory", ("rra", p.tp, p.pp)),
        ]
    w = plan
    return [
        ("encode_times", (w.encode_tp, w.encode_pp, w.encoder_batch)),
        (
            "waa_decode_times",
            (w.decode_tp, w.decode_pp, w.new_per_round, w.decode_micro_batches),
        ),
        ("memory", ("encode", w.encode_tp, w.encode_pp)),
        ("memory", ("decode", w.decode_tp, w.decode_pp)),
    ]


def iter_schedules(instance: ExeGptInstance, policy: str | None = None) -> Iterator[ExeGptPlan]:
    """Every schedule of the grid that ``policy`` (default: the instance's) offers:
    policy x layout x split x B_E x (N_D or B_m)."""
    policy = policy or instance.policy
    g = instance.num_gpus
    if policy in ("rra", "any"):
        for tp, pp in instance.layouts.get(g, ()):
            for be in instance.encoder_batches:
                for nd in instance.decode_iterations:
                    yield RraSchedule(tp, pp, be, nd)
    if policy == "rra" or g < 2:
        return
    for be in instance.encoder_batches:
        if policy == "waa_c":
            splits: tuple[int, ...] = (instance.waa_c_encode_gpus[be],)
        elif policy == "waa_m":
            splits = (instance.waa_m_encode_gpus[be],)
        else:
            splits = tuple(range(1, g))
        for g_e in splits:
            for tp_e, pp_e in instance.layouts.get(g_e, ()):
                for tp_d, pp_d in instance.layouts.get(g - g_e, ()):
                    for bm in range(1, min(pp_d, instance.max_micro_batches) + 1):
                        yield WaaSchedule(tp_e, pp_e, tp_d, pp_d, be, bm)


def _round_time_s(it: IterationTime, pp: int, micro_batches: int, overhead_s: float) -> float:
    """One decoding round of ``micro_batches`` micro-batches on a ``pp``-stage pool: the
    simulator's ``MicroBatchCostModel`` (max of one micro-batch's latency and B_m stages)."""
    stage_s = (it.period_s - overhead_s) / pp
    return max(it.latency_s, micro_batches * stage_s + overhead_s)


def _pool_memory_gib(
    mem: PoolMemory, reserve_gib: float, act_tokens: float, kv_tokens: float
) -> float:
    return (
        mem.weights_gib
        + reserve_gib
        + mem.activation_gib_per_token * act_tokens
        + mem.kv_gib_per_token * kv_tokens
    )
