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

Modules. This one holds the MILP (``build``, ``decode``, ``hints_from_plan``, the
Dinkelbach loop ``dinkelbach_solve``, ``replan``) and the ``FORMULATION`` object, and
re-exports the rest (``__all__``): ``exegpt_model`` the schedules, the instance and the
schedule grid, ``exegpt_twin`` ``assess``, ``evaluate`` and the brute force (no MILP
code), ``exegpt_specs`` the cost-model pricing (``from_specs``, ``ExeGptOptions``),
``exegpt_synthetic`` the random and scaled instances, ``exegpt_simulation`` the
simulator's version of a schedule (``to_simulation``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

import pulp

from servesolve.formulations.base import Formulation, FormulationResult, row_name
from servesolve.formulations.exegpt_model import (
    POLICIES,
    SLO_ROW,
    ExeGptInstance,
    ExeGptPlan,
    Policy,
    PoolMemory,
    RraSchedule,
    SpecSource,
    WaaSchedule,
    _pool_memory_gib,
    _round_time_s,
    iter_schedules,
)
from servesolve.formulations.exegpt_simulation import SimulationPlan, to_simulation
from servesolve.formulations.exegpt_specs import (
    ExeGptOptions,
    from_specs,
    schedule_layouts,
    waa_split,
    workload_stats,
)
from servesolve.formulations.exegpt_synthetic import random_instance, scaled_instance
from servesolve.formulations.exegpt_twin import (
    FEASIBILITY_RTOL,
    PlanAssessment,
    assess,
    brute_force,
    evaluate,
)
from servesolve.solver import SolveResult, SolverOptions, SolveStatus, solve

__all__ = [
    "DINKELBACH_REL_GAP",
    "FEASIBILITY_RTOL",
    "FORMULATION",
    "MAX_DINKELBACH_ITERATIONS",
    "MEMORY_KINDS",
    "POLICIES",
    "SLO_ROW",
    "ExeGptInstance",
    "ExeGptOptions",
    "ExeGptPlan",
    "PlanAssessment",
    "Policy",
    "PoolMemory",
    "ReplanResult",
    "RraSchedule",
    "SimulationPlan",
    "SpecSource",
    "WaaSchedule",
    "assess",
    "brute_force",
    "build",
    "decode",
    "dinkelbach_solve",
    "evaluate",
    "from_specs",
    "hints_from_plan",
    "iter_schedules",
    "random_instance",
    "replan",
    "scaled_instance",
    "schedule_layouts",
    "to_simulation",
    "waa_split",
    "workload_stats",
]

#: Memory rows of each pool: the batch at mean context, and one tail request per KV share.
MEMORY_KINDS = ("batch", "tail")


#: Dinkelbach stops when the proven bound is within this relative gap of the incumbent.
DINKELBACH_REL_GAP = 1e-9
MAX_DINKELBACH_ITERATIONS = 50


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
