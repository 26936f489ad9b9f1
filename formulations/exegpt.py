r"""ExeGPT's schedule space (Oh et al., ASPLOS 2024) as a MILP: the most sequences per second
that one model serves on a group of ``G`` GPUs while a request of the workload's tail
(p99) output length finishes, from its encoding to its last token, within ``L`` seconds.

Two kinds of schedule (``policy`` picks which are offered):

* **RRA** (round-robin allocation): every GPU is a pipeline stage of both phases, a
  uniform ``TP t x PP p`` layout with ``t p = G``. Each of the ``p`` micro-batches in
  flight repeats a cycle of one encoding of ``B_E`` new prompts and ``N_D`` decoding
  iterations; in steady state ``B_E`` sequences leave each cycle, so by Little's law a
  decoding iteration runs ``b = B_E (m - 1) / N_D`` sequences (``m`` the mean output
  length; the encoding samples each sequence's first token, as in the simulator).
* **WAA** (workload-aware allocation): ``G_E`` GPUs encode (``TP t_E x PP p_E``, ``p_E``
  encodings of ``B_E`` prompts in flight) and ``G_D = G - G_E`` decode (``TP t_D x PP
  p_D``), as asynchronous pipelines. The decoder keeps ``B_D = K (m - 1)`` sequences,
  ``K = p_E B_E`` joining (and leaving) per decoding round, split in ``B_m`` micro-batches.
  A decoder-only model keeps a second copy of its weights on the decode GPUs; an
  encoder-decoder model puts its encoder on the encode GPUs and its decoder on the others.
  ``waa_c`` and ``waa_m`` fix ``G_E`` by ExeGPT's rules (compute time, memory; see
  :func:`waa_split`); ``waa`` lets the MILP choose it (so it dominates both).

Partial tensor parallelism: the TP degree is chosen per pool (encode and decode pools may
differ, e.g. TP2 on the decode stages only); inside one pipeline it is uniform, because
the roofline cost model prices uniform ``(tp, pp)`` layouts only.

Sets
    R   RRA schedules r = (t, p, B_E, N_D): t p = G, B_E in the grid, N_D in 1..N_max.
    E   WAA encode options e = (t_E, p_E, B_E): G_E = t_E p_E allowed by the policy
        (1..G-1 for ``waa`` and ``any``; the rule's split for B_E for ``waa_c``/``waa_m``).
    D   WAA decode options d = (t_D, p_D, K, B_m): G_D = t_D p_D, K = p_E B_E of some
        e with G_E = G - G_D, B_m in 1..min(p_D, B_m,max).

Parameters (instance tables, priced by the cost model: ``period(.)`` is the duration of
one micro-batch's iteration with the pipeline full; ``h`` the per-iteration overhead)
    n_r = p B_E, C_r = T^enc_r + N_D T^dec_r                 sequences and seconds per cycle
    l_r = (1 + max(0, ceil((o - 1) / N_D) - 1)) T^enc_r + (o - 1) T^dec_r
                                                             tail request's E2E (o = tail output)
    n_e = p_E B_E, T^E_e = period of encoding B_E prompts    encode pool: n_e per T^E_e
    T^R_d = max(lat_d, B_m (period_d - h) / p_D + h)         one decoding round (every
                                                             micro-batch advances a token),
                                                             the simulator's micro-batch model
    M^{batch,tail}_{r,e,d}  per-GPU GiB: weights + runtime reserve + activations + KV of the
        running sequences at mean context (batch), or of one tail request (input and
        output at the tail quantile) in each micro-batch's KV share (tail)
    U usable GiB per GPU, L latency bound (s)

Variables
    x_r in {0,1}   RRA schedule r is used
    u_e in {0,1}   WAA encode option e is used
    v_d in {0,1}   WAA decode option d is used
    y_e, z_d in {0,1}  the WAA cycle is set by the encode pool (y) or the decode pool (z)

Constraints
    structure__one_schedule:        sum_r x_r + sum_e u_e = 1
    structure__split_g{g}_k{K}:     sum_{e: G_E=g, K_e=K} u_e = sum_{d: G_D=G-g, K_d=K} v_d
    structure__bottleneck:          sum_e y_e + sum_d z_d = sum_e u_e;  y_e <= u_e, z_d <= v_d
    structure__cycle_y_e:           y_e + sum_{d linked to e, T^R_d > T^E_e} v_d <= 1
    structure__cycle_z_d:           z_d + sum_{e linked to d, T^E_e > T^R_d} u_e <= 1
        (the pool marked as setting the cycle is the slower one; 0/1 coefficients only,
        so no backend's float scaling can break the exact tie T^E - T^E = 0)
    slo__e2e_tail:                  sum l_r x_r + sum T^E_e u_e + (o - 1) sum T^R_d v_d <= L
    memory__{rra,encode,decode}_{batch,tail}:  sum M x <= U   (one row per pool and kind)

Objective
    N(x) = sum_r n_r x_r + sum_e n_e u_e,  D(x) = sum_r C_r x_r + sum_e T^E_e y_e + sum_d T^R_d z_d
    maximise N(x) / D(x) (sequences per second). For WAA exactly one of y_e, z_d is 1 and
    it marks the slower pool, so D(x) = max(T^E, T^R), the slower pool's period.

Dinkelbach (exact). The feasible set X is finite and D > 0 on it, so
F(q) = max_{x in X} N(x) - q D(x) is continuous and strictly decreasing, and F(q) = 0
exactly at q* = max N/D. Starting from q_0 (0, or a hinted plan's throughput), each
iteration solves the MILP F(q_k) to optimality and sets q_{k+1} = N(x_k) / D(x_k) of its
maximiser; while F(q_k) > 0, q_{k+1} > q_k (a strictly better schedule), and X is finite,
so the loop ends, superlinearly, with an incumbent that no schedule beats. The bound is
proven: the last MILP's certified bound F_bar >= N(x) - q_k D(x) for every x, hence
N(x)/D(x) <= q_k + max(F_bar, 0) / D_min for all x, with D_min the smallest cycle any
schedule can have; at optimality F_bar is 0 up to the backend's tolerance. Rates are
recomputed from the tables for the decoded plan (not read from the solver), so solver
rounding never enters the reported throughput.

The brute-force twin enumerates policy x layout x split x B_E x (N_D or B_m) and scores
each schedule with :func:`evaluate`, which recomputes throughput, latency and memory from
the same tables; it never calls the MILP code.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Literal, get_args

import numpy as np
import pandas as pd
import pulp
from pydantic import Field, PositiveInt
from pydantic.dataclasses import dataclass as pydantic_dataclass

from servesolve.costs.memory import (
    activation_bytes_per_gpu,
    kv_bytes_per_token_per_gpu,
    layer_params_per_gpu,
    stage_layer_counts,
    weight_bytes_per_gpu,
)
from servesolve.costs.replica_model import WorkloadStats
from servesolve.costs.roofline import BatchShape, IterationTime, ReplicaConfig, RooflineCostModel
from servesolve.formulations.base import Formulation, FormulationResult, Optimum, row_name
from servesolve.solver import SolveResult, SolverOptions, SolveStatus, solve
from servesolve.specs.hardware import GIB, ClusterSpec
from servesolve.specs.model import ModelSpec
from servesolve.specs.validation import SPEC_CONFIG

if TYPE_CHECKING:  # the simulator is imported lazily: formulations do not depend on it
    from servesolve.simulator import SimulationResult, SimulationSpec
    from servesolve.simulator.disaggregated import DisaggregatedSpec

Policy = Literal["rra", "waa_c", "waa_m", "waa", "any"]
POLICIES: tuple[str, ...] = get_args(Policy)
#: Memory rows of each pool: the batch at mean context, and one tail request per KV share.
MEMORY_KINDS = ("batch", "tail")
#: A plan meets a row when lhs <= rhs * (1 + FEASIBILITY_RTOL): the backends accept rows
#: to about 1e-9 relative, and evaluate must not reject what they certify.
FEASIBILITY_RTOL = 1e-9
#: Dinkelbach stops when the proven bound is within this relative gap of the incumbent.
DINKELBACH_REL_GAP = 1e-9
MAX_DINKELBACH_ITERATIONS = 50
SLO_ROW = row_name("slo", "e2e_tail")


# ---------------------------------------------------------------------------- plans


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


# ---------------------------------------------------------------------------- instance


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


# ---------------------------------------------------------------------------- evaluation


@dataclass(frozen=True)
class PlanAssessment:
    """A schedule's throughput, latency and rows, computed from the instance tables.

    ``rows`` maps each row name (as in the MILP) to (lhs, rhs) in the row's unit;
    ``violations`` lists the rows it breaks (and ``structure__*`` when the schedule is
    outside the instance's space or policy).
    """

    throughput_per_s: float
    sequences_per_cycle: float
    cycle_time_s: float
    latency_s: float
    rows: dict[str, tuple[float, float]]
    violations: tuple[str, ...]

    @property
    def feasible(self) -> bool:
        return not self.violations


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


def assess(instance: ExeGptInstance, plan: ExeGptPlan) -> PlanAssessment:
    """Throughput (sequences/s), tail latency and memory rows of ``plan``, from the tables."""
    inst = instance
    structural = []
    if isinstance(plan, RraSchedule):
        if not inst.rra_offered():
            structural.append(row_name("structure", "policy", inst.policy))
        if plan.tp * plan.pp != inst.num_gpus:
            structural.append(row_name("structure", "rra_uses_every_gpu"))
    else:
        if not inst.waa_offered():
            structural.append(row_name("structure", "policy", inst.policy))
        if plan.encode_gpus + plan.decode_gpus != inst.num_gpus:
            structural.append(row_name("structure", "split_uses_every_gpu"))
        elif plan.encode_gpus not in inst.encode_gpu_options(plan.encoder_batch):
            structural.append(row_name("structure", "split", inst.policy))
        if plan.decode_micro_batches not in inst.micro_batch_options(plan.decode_pp):
            structural.append(row_name("structure", "micro_batches"))
    missing = [(t, k) for t, k in _table_keys(plan) if k not in getattr(inst, t)]
    if missing:
        structural.append(row_name("structure", "not_in_grid"))
        nan = math.nan
        return PlanAssessment(0.0, nan, nan, nan, {}, tuple(structural))

    o = inst.tail_output_tokens
    u = inst.usable_gib
    rows: dict[str, tuple[float, float]] = {}
    if isinstance(plan, RraSchedule):
        p = plan
        t_enc = inst.encode_times[(p.tp, p.pp, p.encoder_batch)].period_s
        t_dec = inst.rra_decode_times[(p.tp, p.pp, p.encoder_batch, p.decode_iterations)].period_s
        seqs = float(p.pp * p.encoder_batch)
        cycle = t_enc + p.decode_iterations * t_dec
        extra_encodings = max(0, math.ceil((o - 1) / p.decode_iterations) - 1)
        latency = (1 + extra_encodings) * t_enc + (o - 1) * t_dec
        running = p.encoder_batch * inst.decode_steps / p.decode_iterations
        mem = inst.memory[("rra", p.tp, p.pp)]
        act = max(p.encoder_batch * inst.mean_input_tokens, running)
        batch_gib = _pool_memory_gib(
            mem, inst.runtime_reserve_gib, act, p.pp * running * inst.mean_context_tokens
        )
        tail_gib = _pool_memory_gib(
            mem, inst.runtime_reserve_gib, 0.0, p.pp * inst.tail_context_tokens
        )
        rows[row_name("memory", "rra", "batch")] = (batch_gib, u)
        rows[row_name("memory", "rra", "tail")] = (tail_gib, u)
    else:
        w = plan
        t_e = inst.encode_times[(w.encode_tp, w.encode_pp, w.encoder_batch)].period_s
        k = w.new_per_round
        bm = w.decode_micro_batches
        dec = inst.waa_decode_times[(w.decode_tp, w.decode_pp, k, bm)]
        t_r = _round_time_s(dec, w.decode_pp, bm, inst.iteration_overhead_s)
        seqs = float(k)
        cycle = max(t_e, t_r)
        latency = t_e + (o - 1) * t_r
        prompt_tokens = w.encoder_batch * inst.mean_input_tokens
        enc_mem = inst.memory[("encode", w.encode_tp, w.encode_pp)]
        rows[row_name("memory", "encode", "batch")] = (
            _pool_memory_gib(
                enc_mem, inst.runtime_reserve_gib, prompt_tokens, w.encode_pp * prompt_tokens
            ),
            u,
        )
        rows[row_name("memory", "encode", "tail")] = (
            _pool_memory_gib(
                enc_mem, inst.runtime_reserve_gib, 0.0, w.encode_pp * inst.tail_input_tokens
            ),
            u,
        )
        running = k * inst.decode_steps
        dec_mem = inst.memory[("decode", w.decode_tp, w.decode_pp)]
        rows[row_name("memory", "decode", "batch")] = (
            _pool_memory_gib(
                dec_mem,
                inst.runtime_reserve_gib,
                running / bm,
                running * inst.mean_context_tokens,
            ),
            u,
        )
        rows[row_name("memory", "decode", "tail")] = (
            _pool_memory_gib(dec_mem, inst.runtime_reserve_gib, 0.0, bm * inst.tail_context_tokens),
            u,
        )
    rows[SLO_ROW] = (latency, inst.latency_bound_s)
    violations = structural + [
        name for name, (lhs, rhs) in rows.items() if lhs > rhs * (1 + FEASIBILITY_RTOL)
    ]
    return PlanAssessment(seqs / cycle, seqs, cycle, latency, rows, tuple(violations))


def evaluate(instance: ExeGptInstance, plan: ExeGptPlan) -> float | None:
    """Throughput (sequences/s) of ``plan``, or None if it breaks a row or leaves the space."""
    a = assess(instance, plan)
    return a.throughput_per_s if a.feasible else None


def brute_force(instance: ExeGptInstance) -> Optimum[ExeGptPlan] | None:
    """The best schedule by enumerating the whole grid (small instances only)."""
    best: Optimum[ExeGptPlan] | None = None
    for plan in iter_schedules(instance):
        value = evaluate(instance, plan)
        if value is not None and (best is None or value > best.objective):
            best = Optimum(value, plan)
    return best


# ---------------------------------------------------------------------------- MILP


def _rra_var(tp: int, pp: int, be: int, nd: int) -> str:
    return f"x_rra_tp{tp}_pp{pp}_be{be}_nd{nd}"


def _enc_var(tp: int, pp: int, be: int) -> str:
    return f"u_enc_tp{tp}_pp{pp}_be{be}"


def _dec_var(tp: int, pp: int, k: int, bm: int) -> str:
    return f"v_dec_tp{tp}_pp{pp}_k{k}_bm{bm}"


@dataclass
class _Parts:
    """The MILP without its objective, and the two linear forms of the ratio."""

    problem: pulp.LpProblem
    sequences: pulp.LpAffineExpression  # N(x): sequences per cycle
    cycle_s: pulp.LpAffineExpression  # D(x): cycle time (s)
    min_cycle_s: float  # D_min > 0: no schedule has a shorter cycle
    variables: dict[str, pulp.LpVariable] = field(default_factory=dict)


def _build_parts(instance: ExeGptInstance) -> _Parts:
    # ---- data
    inst = instance
    g = inst.num_gpus
    o = inst.tail_output_tokens
    u_gib = inst.usable_gib
    reserve = inst.runtime_reserve_gib
    prob = pulp.LpProblem("exegpt", pulp.LpMaximize)
    seq_terms: list[tuple[pulp.LpVariable, float]] = []
    cycle_terms: list[tuple[pulp.LpVariable, float]] = []
    slo_terms: list[tuple[pulp.LpVariable, float]] = []
    mem_terms: dict[str, list[tuple[pulp.LpVariable, float]]] = {}
    variables: dict[str, pulp.LpVariable] = {}

    def binary(name: str) -> pulp.LpVariable:
        var = prob.add_variable(name, 0, 1, cat="Binary")
        variables[name] = var
        return var

    def mem(
        pool: str, var: pulp.LpVariable, coef: PoolMemory, act: float, kv: float, tail: float
    ) -> None:
        """Var's GiB in its pool's two memory rows: ``act`` activation tokens and ``kv``
        KV tokens (batch row); ``tail`` KV tokens of one tail request per share (tail row)."""
        gibs = (_pool_memory_gib(coef, reserve, act, kv), _pool_memory_gib(coef, reserve, 0, tail))
        for kind, gib in zip(MEMORY_KINDS, gibs, strict=True):
            mem_terms.setdefault(row_name("memory", pool, kind), []).append((var, gib))

    # ---- variables and their coefficients
    # x[r] = 1 if RRA schedule r = (tp, pp, B_E, N_D) is used
    rra: dict[str, pulp.LpVariable] = {}
    rra_cycles = []
    if inst.rra_offered():
        for tp, pp in inst.layouts.get(g, ()):
            mem_rra = inst.memory[("rra", tp, pp)]
            for be in inst.encoder_batches:
                t_enc = inst.encode_times[(tp, pp, be)].period_s
                for nd in inst.decode_iterations:
                    x = binary(_rra_var(tp, pp, be, nd))
                    rra[x.name] = x
                    t_dec = inst.rra_decode_times[(tp, pp, be, nd)].period_s
                    cycle = t_enc + nd * t_dec
                    rra_cycles.append(cycle)
                    seq_terms.append((x, float(pp * be)))
                    cycle_terms.append((x, cycle))
                    encodings = 1 + max(0, math.ceil((o - 1) / nd) - 1)
                    slo_terms.append((x, encodings * t_enc + (o - 1) * t_dec))
                    b = be * inst.decode_steps / nd
                    act = max(be * inst.mean_input_tokens, b)
                    kv = pp * b * inst.mean_context_tokens
                    mem("rra", x, mem_rra, act, kv, pp * inst.tail_context_tokens)

    # u[e] = 1 if the WAA encode pool is e = (tp, pp, B_E), G_E = tp pp GPUs
    # y[e] = 1 if e is used and its period sets the WAA cycle
    enc: dict[str, tuple[pulp.LpVariable, pulp.LpVariable, float]] = {}
    # links[(G_E, K)]: encode options emitting K = pp B_E per period, and decode options
    # of the G - G_E other GPUs admitting K per round
    links: dict[tuple[int, int], tuple[list, list]] = {}
    if inst.waa_offered():
        for be in inst.encoder_batches:
            for g_e in inst.encode_gpu_options(be):
                for tp, pp in inst.layouts.get(g_e, ()):
                    if not inst.layouts.get(g - g_e):
                        continue
                    u = binary(_enc_var(tp, pp, be))
                    y = binary("y_" + u.name)
                    t_e = inst.encode_times[(tp, pp, be)].period_s
                    enc[u.name] = (u, y, t_e)
                    links.setdefault((g_e, pp * be), ([], []))[0].append(u)
                    seq_terms.append((u, float(pp * be)))
                    cycle_terms.append((y, t_e))
                    slo_terms.append((u, t_e))
                    mem_e = inst.memory[("encode", tp, pp)]
                    prompts = be * inst.mean_input_tokens
                    mem("encode", u, mem_e, prompts, pp * prompts, pp * inst.tail_input_tokens)
    # v[d] = 1 if the WAA decode pool is d = (tp, pp, K, B_m), G_D = tp pp GPUs
    # z[d] = 1 if d is used and its round sets the WAA cycle
    dec: dict[str, tuple[pulp.LpVariable, pulp.LpVariable, float]] = {}
    for (g_e, k), (_, decoders) in links.items():
        for tp, pp in inst.layouts[g - g_e]:
            mem_d = inst.memory[("decode", tp, pp)]
            for bm in inst.micro_batch_options(pp):
                v = binary(_dec_var(tp, pp, k, bm))
                z = binary("z_" + v.name)
                t_r = _round_time_s(
                    inst.waa_decode_times[(tp, pp, k, bm)], pp, bm, inst.iteration_overhead_s
                )
                dec[v.name] = (v, z, t_r)
                decoders.append(v)
                cycle_terms.append((z, t_r))
                slo_terms.append((v, (o - 1) * t_r))
                running = k * inst.decode_steps
                kv = running * inst.mean_context_tokens
                mem("decode", v, mem_d, running / bm, kv, bm * inst.tail_context_tokens)

    # ---- constraints
    choices = [*rra.values(), *(u for u, _, _ in enc.values())]
    prob += pulp.lpSum(choices) == 1, row_name("structure", "one_schedule")
    for (g_e, k), (encoders, decoders) in sorted(links.items()):
        prob += (
            pulp.lpSum(encoders) - pulp.lpSum(decoders) == 0,
            row_name("structure", "split", f"g{g_e}", f"k{k}"),
        )
    if enc:
        pairs = [*enc.values(), *dec.values()]
        prob += (
            pulp.lpSum(s for _, s, _ in pairs) - pulp.lpSum(u for u, _, _ in enc.values()) == 0,
            row_name("structure", "bottleneck"),
        )
        for choice, pick, _ in pairs:
            prob += pick - choice <= 0, row_name("structure", "bottleneck", pick.name)
        # The pool marked as the bottleneck must be the slower one: no slower decode
        # option may be chosen beside an encode-bound e, and conversely. Pure 0/1 rows
        # (at most one v and one u are chosen), so no float coefficient has to cancel.
        for encoders, decoders in links.values():
            for u in encoders:
                _, y, t_e = enc[u.name]
                slower = [v for v in decoders if dec[v.name][2] > t_e]
                if slower:
                    prob += y + pulp.lpSum(slower) <= 1, row_name("structure", "cycle", y.name)
            for v in decoders:
                _, z, t_r = dec[v.name]
                slower = [u for u in encoders if enc[u.name][2] > t_r]
                if slower:
                    prob += z + pulp.lpSum(slower) <= 1, row_name("structure", "cycle", z.name)
    prob += pulp.LpAffineExpression(slo_terms) <= inst.latency_bound_s, SLO_ROW
    for name, terms in mem_terms.items():
        prob += pulp.LpAffineExpression(terms) <= u_gib, name

    # ---- the ratio's two linear forms (the objective is set by the caller)
    lows = list(rra_cycles)
    if enc and dec:
        lows.append(max(min(t for _, _, t in enc.values()), min(t for _, _, t in dec.values())))
    return _Parts(
        prob,
        pulp.LpAffineExpression(seq_terms),
        pulp.LpAffineExpression(cycle_terms),
        min(lows) if lows else 1.0,
        variables,
    )


def build(instance: ExeGptInstance, rate_per_s: float = 0.0) -> pulp.LpProblem:
    """The parametric MILP ``max N(x) - rate_per_s D(x)`` of ``instance`` (not solved).

    Its rows are the schedule space's; ``rate_per_s`` = 0 maximises sequences per cycle.
    :func:`dinkelbach_solve` solves the throughput ratio exactly with a sequence of these.
    """
    parts = _build_parts(instance)
    parts.problem.setObjective(parts.sequences - rate_per_s * parts.cycle_s)
    return parts.problem


def decode(instance: ExeGptInstance, values: Mapping[str, float]) -> ExeGptPlan:
    """The schedule chosen by a solution's variable values."""
    chosen = {name for name, v in values.items() if v > 0.5}
    for tp, pp in instance.layouts.get(instance.num_gpus, ()):
        for be in instance.encoder_batches:
            for nd in instance.decode_iterations:
                if _rra_var(tp, pp, be, nd) in chosen:
                    return RraSchedule(tp, pp, be, nd)
    encode = decode_pool = None
    for name in chosen:
        if name.startswith("u_enc_"):
            tp, pp, be = (int(part[2:]) for part in name[len("u_enc_") :].split("_"))
            encode = (tp, pp, be)
        elif name.startswith("v_dec_"):
            tp, pp, _, bm = (int(part.lstrip("tpkbm")) for part in name[len("v_dec_") :].split("_"))
            decode_pool = (tp, pp, bm)
    if encode is None or decode_pool is None:
        raise ValueError("exegpt decode: the values choose no schedule; pass a solution's values")
    return WaaSchedule(
        encode[0], encode[1], decode_pool[0], decode_pool[1], encode[2], decode_pool[2]
    )


def hints_from_plan(instance: ExeGptInstance, plan: ExeGptPlan) -> dict[str, float]:
    """Variable values of ``plan`` (a warm start): its binaries at 1, the rest left out."""
    if isinstance(plan, RraSchedule):
        return {_rra_var(plan.tp, plan.pp, plan.encoder_batch, plan.decode_iterations): 1.0}
    u = _enc_var(plan.encode_tp, plan.encode_pp, plan.encoder_batch)
    v = _dec_var(plan.decode_tp, plan.decode_pp, plan.new_per_round, plan.decode_micro_batches)
    out = {u: 1.0, v: 1.0}
    a = assess(instance, plan)
    if a.rows:  # the pool that sets the cycle
        t_e = instance.encode_times[(plan.encode_tp, plan.encode_pp, plan.encoder_batch)].period_s
        out["y_" + u if t_e >= a.cycle_time_s else "z_" + v] = 1.0
    return out


def _complete_hints(parts: _Parts, hints: Mapping[str, float]) -> dict[str, float]:
    """Hints for every variable: the given ones, 0 elsewhere (a full warm start)."""
    return {name: float(hints.get(name, 0.0)) for name in parts.variables}


def dinkelbach_solve(
    instance: ExeGptInstance,
    options: SolverOptions,
    hints: Mapping[str, float] | None = None,
) -> FormulationResult[ExeGptPlan]:
    """The throughput-optimal schedule by Dinkelbach iterations (see the module docstring).

    ``hints`` (variable name -> value, e.g. :func:`hints_from_plan`) warm-start the first
    MILP and, when they describe a feasible schedule, set the starting rate to its
    throughput. ``details`` holds the iterations, the rate of each, and the assessment.
    """
    start = time.perf_counter()
    parts = _build_parts(instance)
    rate, incumbent, hint_values = 0.0, None, None
    if hints:
        hint_values = _complete_hints(parts, hints)
        try:
            hinted = decode(instance, hints)
        except ValueError:
            hinted = None
        if hinted is not None and (value := evaluate(instance, hinted)) is not None:
            rate, incumbent = value, hinted
    rates = [rate]
    solves: list[SolveResult] = []
    bound = math.inf
    note = ""
    for _ in range(MAX_DINKELBACH_ITERATIONS):
        parts.problem.setObjective(parts.sequences - rate * parts.cycle_s)
        result = solve(parts.problem, options, hint_values)
        solves.append(result)
        if not result.status.has_solution:
            if result.status is SolveStatus.INFEASIBLE and incumbent is not None:
                note = "a later parametric MILP was infeasible (backend tolerance)"
            break
        plan = decode(instance, result.values)
        a = assess(instance, plan)
        # F_bar >= N(x) - rate D(x) for all x  =>  N/D <= rate + max(F_bar, 0) / D_min
        f_bar = result.best_bound if not math.isnan(result.best_bound) else math.inf
        bound = rate + max(f_bar, 0.0) / parts.min_cycle_s
        improved = a.feasible and (incumbent is None or a.throughput_per_s > rate * (1 + 1e-12))
        if not a.feasible:
            note = f"decoded plan breaks {', '.join(a.violations)} (backend tolerance)"
        if improved:
            incumbent, rate = plan, a.throughput_per_s
            hint_values = _complete_hints(parts, result.values)
            rates.append(rate)
        if not improved or bound <= rate * (1 + DINKELBACH_REL_GAP):
            break
    wall = time.perf_counter() - start
    certificate = solves[-1]
    if incumbent is None:
        nan = math.nan
        return FormulationResult(
            None, nan, nan, certificate, tuple(solves), wall, {"iterations": len(solves)}
        )
    best = assess(instance, incumbent)
    return FormulationResult(
        plan=incumbent,
        objective=best.throughput_per_s,
        bound=max(bound, best.throughput_per_s),
        certificate=certificate,
        solves=tuple(solves),
        wall_time_s=wall,
        details={
            "iterations": len(solves),
            "rates_per_s": rates,
            "min_cycle_s": parts.min_cycle_s,
            "assessment": best,
            "note": note,
        },
    )


# ---------------------------------------------------------------------------- re-planning


@dataclass(frozen=True)
class ReplanResult:
    """A re-solve after the length distribution shifted.

    Attributes
    ----------
    plan: the new optimal schedule (None if nothing is feasible).
    throughput_per_s: its throughput under the new distribution.
    bound_per_s: proven upper bound on the new optimum.
    wall_time_s: wall time of the warm-started re-solve (all Dinkelbach iterations).
    deployed_throughput_per_s: what the deployed plan achieves under the new
        distribution; 0 when it breaks a row.
    deployed_violations: the rows the deployed plan breaks (empty if it still fits).
    result: the full formulation result (every MILP's certificate).
    """

    plan: ExeGptPlan | None
    throughput_per_s: float
    bound_per_s: float
    wall_time_s: float
    deployed_throughput_per_s: float
    deployed_violations: tuple[str, ...]
    result: FormulationResult[ExeGptPlan]


def replan(
    deployed_plan: ExeGptPlan,
    new_instance: ExeGptInstance,
    options: SolverOptions | None = None,
) -> ReplanResult:
    """Re-solve ``new_instance`` warm-started from ``deployed_plan`` (its variable values),
    and score the deployed plan under the new distribution."""
    options = options or SolverOptions()
    deployed = assess(new_instance, deployed_plan)
    start = time.perf_counter()
    result = dinkelbach_solve(new_instance, options, hints_from_plan(new_instance, deployed_plan))
    wall = time.perf_counter() - start
    return ReplanResult(
        plan=result.plan,
        throughput_per_s=result.objective if result.plan is not None else 0.0,
        bound_per_s=result.bound,
        wall_time_s=wall,
        deployed_throughput_per_s=deployed.throughput_per_s if deployed.feasible else 0.0,
        deployed_violations=deployed.violations,
        result=result,
    )


# ---------------------------------------------------------------------------- pricing


@pydantic_dataclass(config=SPEC_CONFIG)
class ExeGptOptions:
    """The schedule grid and the engine settings an instance is priced with."""

    encoder_batches: list[PositiveInt] = Field(
        default_factory=lambda: [1, 2, 4, 8, 16, 32, 64, 128],
        min_length=1,
        description="encoder batch sizes B_E to consider (prompts per encoding micro-batch)",
    )
    max_decode_iterations: int = Field(
        default=64, gt=0, description="RRA: N_D ranges over 1..max_decode_iterations"
    )
    max_micro_batches: int = Field(
        default=8, gt=0, description="WAA: B_m ranges over 1..min(decode PP, this)"
    )
    gpu_memory_utilization: float = Field(
        default=0.9, gt=0, le=1, description="share of GPU memory the engine may use"
    )
    runtime_reserve_gib: float = Field(
        default=1.0, ge=0, description="per-GPU memory kept for the runtime (GiB)"
    )
    iteration_overhead_s: float = Field(
        default=0.002, ge=0, description="scheduler + sampling time per iteration (s)"
    )


def schedule_layouts(model: ModelSpec, cluster: ClusterSpec, size: int) -> list[tuple[int, int]]:
    """(tp, pp) layouts of a pool of ``size`` GPUs: TP a power of two dividing the pool
    and the attention heads, inside one NVLink domain; PP at most the layers of a phase."""
    domain = cluster.nvlink_domain_size
    kv = model.kv_heads
    max_pp = min(model.num_layers, model.num_encoder_layers or model.num_layers)
    out = []
    tp = 1
    while tp <= min(size, domain):
        ok_heads = model.num_attention_heads % tp == 0 and (kv % tp == 0 or tp % kv == 0)
        if size % tp == 0 and domain % tp == 0 and ok_heads and size // tp <= max_pp:
            out.append((tp, size // tp))
        tp *= 2
    return out


def _phase_weight_bytes(model: ModelSpec, tp: int, pp: int, pool: str) -> float:
    """Weight bytes on the most loaded GPU of a pool. RRA pools and decoder-only models
    hold the whole model (WAA's second copy); an encoder-decoder model's encode pool holds
    the encoder and the embedding, its decode pool the decoder, embedding and LM head."""
    if pool == "rra" or model.architecture == "decoder_only":
        return weight_bytes_per_gpu(model, tp, pp)
    encoder = pool == "encode"
    count = model.num_encoder_layers if encoder else model.num_layers
    per_layer = layer_params_per_gpu(model, tp, encoder=encoder)
    stages = [n * per_layer for n in stage_layer_counts(count, pp)]
    stages[0] += model.embedding_params / tp
    if not encoder:
        stages[-1] += model.vocab_size * model.hidden_size / tp if pp > 1 else 0.0
        stages[-1] += model.lm_head_params / tp
    return max(stages) * model.weight_bytes_per_param


def _pool_memory(model: ModelSpec, tp: int, pp: int, pool: str) -> PoolMemory:
    kv = kv_bytes_per_token_per_gpu(model, tp, pp)
    if pool == "encode" and model.architecture == "encoder_decoder":
        kv = 0.0  # the encoder keeps no KV cache; cross-attention K/V live on the decoder
    return PoolMemory(
        weights_gib=_phase_weight_bytes(model, tp, pp, pool) / GIB,
        activation_gib_per_token=activation_bytes_per_gpu(model, tp, 1) / GIB,
        kv_gib_per_token=kv / GIB,
    )


def waa_split(num_gpus: int, encode_share: float) -> int:
    """Encode GPUs G_E = round(G x share), kept in 1..G-1 (ExeGPT's proportional split)."""
    return min(num_gpus - 1, max(1, math.floor(num_gpus * encode_share + 0.5)))


def from_specs(
    model: ModelSpec,
    cluster: ClusterSpec,
    workload_stats: WorkloadStats,
    latency_bound_s: float,
    num_gpus: int | None = None,
    policy: Policy = "any",
    options: ExeGptOptions | None = None,
    cost_model: RooflineCostModel | None = None,
) -> ExeGptInstance:
    """Price ExeGPT's schedule grid for ``model`` on ``num_gpus`` GPUs of ``cluster``.

    Parameters
    ----------
    model, cluster:
        What is served, and on which GPUs (the group is the first ``num_gpus`` of the
        cluster; default all of them).
    workload_stats:
        Length statistics (means, length-biased running context, quantiles); its
        ``quantile`` should be the latency bound's (ExeGPT: 0.99).
    latency_bound_s:
        L: the tail-length request's end-to-end bound (s).
    policy:
        rra, waa_c, waa_m, waa or any.
    options:
        The grid (B_E, N_D, B_m) and engine settings.
    cost_model:
        Reuse a priced cost model (default: a new roofline model of model and cluster).

    Returns
    -------
    ExeGptInstance
        Every iteration time from ``RooflineCostModel.iteration_time``; memory from
        ``costs.memory``; WAA-C/WAA-M splits by :func:`waa_split` of the single-GPU
        compute time (encoding B_E prompts vs one decoding round of their B_E (m-1)
        sequences) and of the single-GPU memory (weights + KV) of the two phases.
    """
    options = options or ExeGptOptions()
    g = cluster.num_gpus if num_gpus is None else num_gpus
    if not 1 <= g <= cluster.num_gpus:
        raise ValueError(
            f"num_gpus: {g} is not in 1..{cluster.num_gpus}; fix: use at most the cluster's GPUs"
        )
    if not latency_bound_s > 0:
        raise ValueError(f"latency_bound_s: {latency_bound_s}; fix: give a positive bound (s)")
    stats = workload_stats
    if not stats.mean_output_tokens > 1:
        raise ValueError(
            f"workload_stats.mean_output_tokens: {stats.mean_output_tokens}; fix: ExeGPT "
            "schedules decode, use a workload whose outputs average more than one token"
        )
    cm = cost_model or RooflineCostModel(model, cluster, options.iteration_overhead_s)
    m1 = stats.mean_output_tokens - 1.0
    ctx = stats.mean_running_context_tokens
    grid = tuple(sorted(set(options.encoder_batches)))
    nds = tuple(range(1, options.max_decode_iterations + 1))

    def encode_shape(prompts: float) -> BatchShape:
        return BatchShape(
            prompts * stats.mean_input_tokens, prompts * stats.mean_prefill_pairs, 0, 0, prompts
        )

    def decode_shape(seqs: float) -> BatchShape:
        return BatchShape(0.0, 0.0, seqs, seqs * ctx, seqs)

    layouts = {s: tuple(schedule_layouts(model, cluster, s)) for s in range(1, g + 1)}
    encode_times, rra_decode, waa_decode, memory = {}, {}, {}, {}
    for s in range(1, g):  # WAA pools
        for tp, pp in layouts[s]:
            memory[("encode", tp, pp)] = _pool_memory(model, tp, pp, "encode")
            memory[("decode", tp, pp)] = _pool_memory(model, tp, pp, "decode")
            for be in grid:
                encode_times[(tp, pp, be)] = cm.iteration_time(
                    ReplicaConfig(tp, pp), encode_shape(be)
                )
        news = {pp_e * be for _, pp_e in layouts[g - s] for be in grid}
        for tp, pp in layouts[s]:
            for k in sorted(news):
                for bm in range(1, min(pp, options.max_micro_batches) + 1):
                    waa_decode[(tp, pp, k, bm)] = cm.iteration_time(
                        ReplicaConfig(tp, pp), decode_shape(k * m1 / bm)
                    )
    for tp, pp in layouts[g]:  # RRA pipelines
        memory[("rra", tp, pp)] = _pool_memory(model, tp, pp, "rra")
        for be in grid:
            encode_times[(tp, pp, be)] = cm.iteration_time(ReplicaConfig(tp, pp), encode_shape(be))
            for nd in nds:
                rra_decode[(tp, pp, be, nd)] = cm.iteration_time(
                    ReplicaConfig(tp, pp), decode_shape(be * m1 / nd)
                )

    # ExeGPT's WAA-C / WAA-M rules, from single-GPU compute time and memory of each phase.
    one = ReplicaConfig(1, 1)
    enc1, dec1 = _pool_memory(model, 1, 1, "encode"), _pool_memory(model, 1, 1, "decode")
    waa_c, waa_m = {}, {}
    for be in grid:
        c_e = cm.iteration_time(one, encode_shape(be)).latency_s
        c_d = cm.iteration_time(one, decode_shape(be * m1)).latency_s
        waa_c[be] = waa_split(g, c_e / (c_e + c_d)) if g >= 2 else 1
        m_e = enc1.weights_gib + enc1.kv_gib_per_token * be * stats.mean_input_tokens
        m_d = dec1.weights_gib + dec1.kv_gib_per_token * be * m1 * ctx
        waa_m[be] = waa_split(g, m_e / (m_e + m_d)) if g >= 2 else 1

    return ExeGptInstance(
        num_gpus=g,
        latency_bound_s=float(latency_bound_s),
        usable_gib=options.gpu_memory_utilization * cluster.gpu.memory_gib,
        runtime_reserve_gib=options.runtime_reserve_gib,
        iteration_overhead_s=cm.iteration_overhead_s,
        mean_input_tokens=stats.mean_input_tokens,
        mean_output_tokens=stats.mean_output_tokens,
        mean_context_tokens=ctx,
        tail_input_tokens=stats.input_quantile_tokens,
        tail_output_tokens=max(1, math.ceil(stats.output_quantile_tokens - 1e-9)),
        encoder_batches=grid,
        decode_iterations=nds,
        max_micro_batches=options.max_micro_batches,
        layouts=layouts,
        encode_times=encode_times,
        rra_decode_times=rra_decode,
        waa_decode_times=waa_decode,
        memory=memory,
        waa_c_encode_gpus=waa_c,
        waa_m_encode_gpus=waa_m,
        policy=policy,
        source=SpecSource(
            model, cluster, stats, options.gpu_memory_utilization, options.runtime_reserve_gib
        ),
    )


def workload_stats(
    name: str, quantile: float = 0.99, num_requests: int = 10_000, seed: int = 0
) -> WorkloadStats:
    """Length statistics of the catalogue workload ``name`` (``conf/workload/<name>.yaml``)."""
    from servesolve.specs import catalogue_entry
    from servesolve.workloads import sample_requests, workload_from_dict

    spec = workload_from_dict(catalogue_entry("workload", name))
    requests = sample_requests(spec, num_requests=num_requests, seed=seed)
    return WorkloadStats.from_requests(requests, quantile)


# ---------------------------------------------------------------------------- instances


def _random_stats(rng: np.random.Generator, quantile: float = 0.99) -> WorkloadStats:
    """Lengths like ExeGPT's tasks: truncated normals with drawn means and spreads."""
    n = 2000
    mean_in, mean_out = rng.uniform(48, 512), rng.uniform(8, 160)
    inp = np.clip(rng.normal(mean_in, rng.uniform(0.2, 0.8) * mean_in, n), 1, 2 * mean_in)
    out = np.clip(rng.normal(mean_out, rng.uniform(0.2, 0.6) * mean_out, n), 1, 2.5 * mean_out)
    requests = pd.DataFrame(
        {
            "input_tokens": np.rint(inp).astype(int),
            "output_tokens": np.rint(out).astype(int),
            "arrival_time_s": np.zeros(n),
        }
    )
    return WorkloadStats.from_requests(requests, quantile)


def random_instance(rng: np.random.Generator) -> ExeGptInstance:
    """A small roofline-priced instance: a 8-13B model (T5-11B among them) on 2 or 4
    GPUs of an A40, A100 or H100 cluster, a drawn length distribution, 3 encoder batches,
    N_D in 1..4, B_m <= 2, a drawn policy, and a latency bound drawn around the fastest
    memory-feasible schedule's (scored with :func:`assess`). About 1 in 5 instances is
    infeasible: no schedule fits memory (mostly T5-11B's large KV cache under WAA), or the
    bound (0.9x to 4x the fastest, log-uniform) is below every schedule's latency."""
    from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

    model = model_from_config(
        catalogue_entry("model", str(rng.choice(["opt-13b", "t5-11b", "llama3.1-8b"])))
    )
    cluster = cluster_from_config(
        catalogue_entry("cluster", str(rng.choice(["h100x8", "a100x16", "a40x48"])))
    )
    num_gpus = int(rng.choice([2, 4]))
    policy: Policy = rng.choice(["any", "any", "any", "rra", "waa", "waa_c", "waa_m"]).item()
    small = int(rng.choice([1, 2, 4]))
    batches = sorted([small, *(int(b) for b in rng.choice([8, 16, 32, 64], 2, replace=False))])
    options = ExeGptOptions(
        encoder_batches=batches,
        max_decode_iterations=int(rng.integers(2, 5)),
        max_micro_batches=2,
        gpu_memory_utilization=float(rng.uniform(0.6, 0.9)),
    )
    stats = _random_stats(rng)
    inst = from_specs(model, cluster, stats, 1.0, num_gpus, policy, options)
    fits = [
        a.latency_s
        for a in (assess(inst, p) for p in iter_schedules(inst))
        if not [v for v in a.violations if not v.startswith("slo")]
    ]
    fastest = min(fits) if fits else 1.0
    return replace(inst, latency_bound_s=fastest * float(np.exp(rng.uniform(-0.1, np.log(4.0)))))


def scaled_instance(size: int, rng: np.random.Generator) -> ExeGptInstance:
    """GPT-3 39B (ExeGPT's model) on ``size`` A40 GPUs, one of ExeGPT's five tasks (drawn),
    the full default grid (8 encoder batches, N_D in 1..32, B_m <= 8), policy ``any``, and
    a bound of 80-200 ms per token of the tail output (drawn). ``size`` counts GPUs."""
    from servesolve.specs import catalogue_entry, cluster_from_config, model_from_config

    model = model_from_config(catalogue_entry("model", "gpt3-39b"))
    a40 = catalogue_entry("cluster", "a40x48")  # ExeGPT's A40 nodes, as many as needed
    cluster = cluster_from_config({**a40, "num_nodes": max(1, math.ceil(size / 8))})
    task = str(rng.choice(["exegpt_s", "exegpt_t", "exegpt_g", "exegpt_c1", "exegpt_c2"]))
    stats = workload_stats(task, num_requests=2000, seed=int(rng.integers(0, 2**31)))
    options = ExeGptOptions(max_decode_iterations=32)
    bound = math.ceil(stats.output_quantile_tokens) * float(rng.uniform(0.08, 0.2))
    return from_specs(model, cluster, stats, bound, size, "any", options)


# ---------------------------------------------------------------------------- simulation


@dataclass(frozen=True)
class SimulationPlan:
    """What the simulator runs for a schedule: ``spec`` alone (RRA) or ``spec`` with
    ``disaggregated`` (WAA). :meth:`run` picks the right entry point."""

    spec: SimulationSpec
    disaggregated: DisaggregatedSpec | None = None

    def run(self, requests: pd.DataFrame) -> SimulationResult:
        from servesolve.simulator import simulate
        from servesolve.simulator.disaggregated import simulate_disaggregated

        if self.disaggregated is None:
            return simulate(self.spec, requests)
        return simulate_disaggregated(self.spec, self.disaggregated, requests)


def to_simulation(instance: ExeGptInstance, plan: ExeGptPlan) -> SimulationPlan:
    """The simulator's version of ``plan`` (instance priced by :func:`from_specs`).

    RRA: the simulator's ``rra`` policy caps each engine's running sequences at its
    ``encoder_batch`` and refills them at every encoding, whereas here B_E prompts join
    per cycle; the cap is set to the steady-state running count right after an encoding,
    about B_E ((m - 1) / N_D + 1/2) (a request of o tokens stays about (o - 1) / N_D + 1/2
    cycles).
    Each encoding may hold B_E longest prompts (``max_num_batched_tokens``).
    WAA: the prefill pool's engines take B_E prompts each, the decode pool holds
    ceil(K (m - 1)) sequences in B_m micro-batches. The simulator gives each pool the whole
    model's weights (an encoder-decoder pool holds only its half here).
    """
    from servesolve.simulator import ReplicaGroupSpec, SimulationSpec
    from servesolve.simulator.disaggregated import DisaggregatedSpec

    src = instance.source
    if src is None:
        raise ValueError("to_simulation: the instance has no specs; fix: build it with from_specs")
    longest_prompt = max(1, src.stats.max_input_tokens)
    common = {
        "gpu_memory_utilization": src.gpu_memory_utilization,
        "runtime_reserve_gib": src.runtime_reserve_gib,
        "iteration_overhead_s": instance.iteration_overhead_s,
    }
    if isinstance(plan, RraSchedule):
        cap = max(
            1,
            round(plan.encoder_batch * (instance.decode_steps / plan.decode_iterations + 0.5)),
        )
        spec = SimulationSpec(
            src.model,
            src.cluster,
            (ReplicaGroupSpec(plan.tp, plan.pp, cap * plan.pp),),
            policy="rra",
            rra_encoder_batch=cap,
            rra_decode_iterations=plan.decode_iterations,
            max_num_batched_tokens=plan.encoder_batch * longest_prompt,
            **common,
        )
        return SimulationPlan(spec)
    prefill = ReplicaGroupSpec(plan.encode_tp, plan.encode_pp, plan.encoder_batch * plan.encode_pp)
    running = max(plan.decode_micro_batches, math.ceil(plan.new_per_round * instance.decode_steps))
    decode_group = ReplicaGroupSpec(plan.decode_tp, plan.decode_pp, running)
    spec = SimulationSpec(src.model, src.cluster, (prefill,), **common)
    dspec = DisaggregatedSpec(
        (prefill,),
        (decode_group,),
        decode_micro_batches=plan.decode_micro_batches,
        prefill_max_batched_tokens=plan.encoder_batch * longest_prompt,
    )
    return SimulationPlan(spec, dspec)


FORMULATION: Formulation[ExeGptInstance, ExeGptPlan] = Formulation(
    name="exegpt",
    build=build,
    decode=decode,
    evaluate=evaluate,
    brute_force=brute_force,
    random_instance=random_instance,
    scaled_instance=scaled_instance,
    maximize=True,
    scaling_sizes=(8, 16, 32, 64),
    size_unit="GPUs",
    custom_solve=dinkelbach_solve,
)
