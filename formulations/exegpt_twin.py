"""The ExeGPT MILP's independent twin: ``assess`` recomputes a schedule's throughput,
tail latency and memory rows from the instance tables alone, ``evaluate`` scores it,
``brute_force`` enumerates the whole grid (``iter_schedules``) and keeps the best. No MILP
code (``build``, ``decode``, PuLP) is used here; see the brute-force paragraph of
:mod:`servesolve.formulations.exegpt`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from servesolve.formulations.base import Optimum, row_name
from servesolve.formulations.exegpt_model import (
    SLO_ROW,
    ExeGptInstance,
    ExeGptPlan,
    RraSchedule,
    _pool_memory_gib,
    _round_time_s,
    _table_keys,
    iter_schedules,
)

#: A plan meets a row when lhs <= rhs * (1 + FEASIBILITY_RTOL): the backends accept rows
#: to about 1e-9 relative, and evaluate must not reject what they certify.
FEASIBILITY_RTOL = 1e-9


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
