r"""Pipeline partition: transformer layers to pipeline stages on heterogeneous GPU groups.

Every GPU group (one GPU type, possibly a tensor-parallel group of ``tp`` GPUs) is one
pipeline stage. The MILP decides which group opens the pipeline (it also holds the
embedding), which closes it (it also holds the LM head) and how many layers each stage
runs, so that the slowest stage, which sets the pipeline's throughput, is as fast as
possible, every stage fits in its GPUs' memory and, optionally, a token's trip through
all stages meets a latency bound.

Sets
    G           GPU groups, one pipeline stage each; S = |G| stages.
    K           classes of identical groups (same data, names aside), for symmetry breaking.

Parameters
    L               transformer layers to place.
    U               most layers one stage can take: max(1, L - S + 1).
    t_g             time of one layer on group g at the reference micro-batch (s).
    e_g, h_g        embedding time (first stage) and LM-head time (last stage) on g (s).
    c_g             time for g to send the activations to the next stage (s; not the last).
    m_g             weights + KV cache of one layer, per GPU of g (GiB).
    E_g, H_g        embedding and LM-head weights per GPU of g (GiB).
    a_g             activation workspace per GPU of g (GiB).
    M_g             usable memory per GPU of g (GiB).
    B, o            per-token latency bound and fixed per-token overhead (s; optional).

    The time of stage g is linear in the decisions:
        tau_g = t_g y_g + e_g f_g + h_g z_g + c_g (1 - z_g).

Variables
    f_g in {0,1}        g is the first stage (the assignment binary x[g, first]).
    z_g in {0,1}        g is the last stage (x[g, last]).
    y_g in {1..U}       layers on g.
    b_g in [0,1]        weight of g's time formula in the objective (continuous).
    w_g in [0,U]        layers, first/last flags in that formula: free copies of
    p_g, q_g in [0,1]   y_g, f_g, z_g (continuous, no linking rows; see the objective).

Constraints
    structure__first:           sum_g f_g = 1
    structure__last:            sum_g z_g = 1
    structure__ends[g]:         f_g + z_g <= 1                          (S >= 2)
    layers__total:              sum_g y_g = L                           (layers)
    memory__[g]:                m_g y_g + E_g f_g + H_g z_g + a_g <= M_g  (GiB)
    structure__bottleneck:      sum_g b_g = 1
    structure__time[g]:         tau_g <= T,  where                       (us)
                                T = sum_g [t_g w_g + e_g p_g + h_g q_g + c_g (b_g - q_g)]
    slo__token_latency:         sum_g tau_g + o <= B                    (s; when B is set)
    structure__sym_*:           identical groups k_1 < ... < k_n of a class: only k_1 may
                                be first, only k_n last, and layers do not increase from
                                one to the next unless the earlier one is first or the
                                later one is last:
                                f_{k_i} >= f_{k_i+1},  z_{k_i} <= z_{k_i+1},
                                y_{k_i} >= y_{k_i+1} - U (f_{k_i} + z_{k_i+1})

Objective
    min T: the time of the bottleneck stage (us), T = sum_g [t_g w_g + e_g p_g + h_g q_g
    + c_g (b_g - q_g)]: a combination of the groups' stage-time formulas at free
    arguments, which the ``time`` rows make at least every stage's time. For a given plan
    the bottleneck stage's own values (b = its indicator, w, p, q = its y, f, z) give
    exactly max_g tau_g and nothing goes below it, so the optimum is min over plans of
    max_g tau_g (an incumbent stopped early may carry a T above its plan's bottleneck).
    The stage times are linear in the per-group layer variables y_g, so there is no
    product y_g x[g, s] to linearise.

How the backends see T. HiGHS, SCIP and CBC keep b, w, p, q continuous: T is then
the plain epigraph variable of ``T >= tau_g`` (any value in a range), with its LP
relaxation and no branching on it. CP-SAT cannot hold continuous variables: its MIP
bridge makes every continuous variable that is not implied integer an integer at scale
1, so a T in seconds (or microseconds) would be rounded up to a whole unit. It makes b,
w, p, q integers instead, and T then ranges over stage-time formulas at integer
arguments, which include the bottleneck's exact value: the optimum is exact on every
backend. (Declaring b, w, p, q integer outright made SCIP branch on these free copies
and time out at 32 stages; linking them to y, f, z by McCormick rows made CP-SAT 9.15
certify wrong optima, google/or-tools#5293, on 5 of 200 random instances.)

Units. The objective, and so :func:`evaluate` and the brute-force twin, count
microseconds (:data:`TIME_UNITS_PER_S`), as do the ``time`` rows; the instance data and
:func:`stage_times_s` are in seconds, the ``slo`` row too, the ``memory`` rows in GiB.

Order of the middle stages. Stage times and memory depend only on whether a stage is
first, last or in between (send times belong to the sending group, not to a boundary),
so only the first and last positions are decided; :func:`decode` lists the middle
groups in the instance's order. The brute-force twin enumerates every order, which
checks this claim.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from functools import cached_property

import numpy as np
import pandas as pd
import pulp

from servesolve.costs.memory import (
    activation_bytes_per_gpu,
    layer_params_per_gpu,
    stage_layer_counts,
)
from servesolve.costs.roofline import BatchShape, ReplicaConfig, RooflineCostModel
from servesolve.errors import SpecError
from servesolve.formulations.base import Formulation, Optimum, row_name
from servesolve.specs.catalog import catalogue_entry, load_gpu, model_from_config
from servesolve.specs.hardware import GIB, ClusterSpec, GpuSpec
from servesolve.specs.model import ModelSpec

#: Tolerances of :func:`evaluate` on the memory (GiB) and latency (s) limits. The
#: backends accept rows violated by up to ~1e-6 (their feasibility tolerance), so a plan
#: within that of a limit may be judged differently by the MILP and by the brute-force
#: twin; random instances land there with probability ~1e-4.
MEMORY_TOL_GIB = 1e-6
LATENCY_TOL_S = 1e-9
#: The objective (and the ``time`` rows) count microseconds: in seconds (values ~1e-3)
#: the backends' absolute tolerances (HiGHS's 1e-6 absolute MIP gap, 1e-7 dual
#: feasibility) are ~1e-4 of the data, and HiGHS and CBC returned plans 1-25 % off the
#: optimum as "optimal".
TIME_UNITS_PER_S = 1e6

_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


@dataclass(frozen=True)
class GpuGroup:
    """One GPU group: a pipeline stage of ``tp`` GPUs of one type, per-GPU figures.

    Attributes
    ----------
    name:
        Unique label (letters, digits, single ``_``; starts with a letter), used in
        variable and row names.
    gpu:
        GPU type, for reports (e.g. ``H100-SXM-80GB``).
    tp:
        Tensor-parallel degree of the group (GPUs in the stage).
    layer_time_s:
        Time of one transformer layer at the reference micro-batch.
    embedding_time_s, head_time_s:
        Embedding lookup (first stage) and LM head (last stage) time.
    send_time_s:
        Time to send one micro-batch's activations to the next stage.
    layer_weight_gib, layer_kv_gib:
        Weights and KV cache (target batch x context) of one layer, per GPU.
    embedding_gib, head_gib:
        Embedding and LM-head weights, per GPU.
    activation_gib:
        Activation workspace of one forward pass, per GPU.
    usable_gib:
        Memory one GPU may use (device memory x utilisation - runtime reserve).
    """

    name: str
    gpu: str
    tp: int
    layer_time_s: float
    embedding_time_s: float
    head_time_s: float
    send_time_s: float
    layer_weight_gib: float
    layer_kv_gib: float
    embedding_gib: float
    head_gib: float
    activation_gib: float
    usable_gib: float

    def __post_init__(self) -> None:
        where = f"groups[{self.name}]"
        if not _LABEL.match(self.name) or "__" in self.name:
            raise SpecError(
                f"{where}.name",
                f"'{self.name}' is not a plain label",
                "use letters, digits and single '_', starting with a letter",
            )
        if self.tp < 1:
            raise SpecError(f"{where}.tp", f"{self.tp} < 1", "give the group's TP degree (>= 1)")
        for name in ("layer_time_s", "usable_gib"):
            value = getattr(self, name)
            if not (math.isfinite(value) and value > 0):
                raise SpecError(f"{where}.{name}", f"{value} is not > 0", "give a positive value")
        for name in (
            "embedding_time_s",
            "head_time_s",
            "send_time_s",
            "layer_weight_gib",
            "layer_kv_gib",
            "embedding_gib",
            "head_gib",
            "activation_gib",
        ):
            value = getattr(self, name)
            if not (math.isfinite(value) and value >= 0):
                raise SpecError(f"{where}.{name}", f"{value} is negative", "give a value >= 0")

    @property
    def layer_gib(self) -> float:
        """Memory of one layer per GPU: weights plus KV cache."""
        return self.layer_weight_gib + self.layer_kv_gib

    @property
    def data(self) -> tuple[object, ...]:
        """Everything but the name: groups with equal data are interchangeable."""
        return tuple(getattr(self, f.name) for f in fields(self) if f.name != "name")

    def stage_time_s(self, num_layers: int, first: bool, last: bool) -> float:
        """Time of this group's stage with ``num_layers`` layers at a given position."""
        return (
            self.layer_time_s * num_layers
            + (self.embedding_time_s if first else 0.0)
            + (self.head_time_s if last else 0.0)
            + (0.0 if last else self.send_time_s)
        )

    def stage_memory_gib(self, num_layers: int, first: bool, last: bool) -> float:
        """Memory one GPU of this group's stage needs."""
        return (
            self.layer_gib * num_layers
            + (self.embedding_gib if first else 0.0)
            + (self.head_gib if last else 0.0)
            + self.activation_gib
        )


@dataclass(frozen=True)
class PipelinePartitionInstance:
    """Data of one pipeline-partition MILP.

    Attributes
    ----------
    num_layers:
        Transformer layers to place (each stage gets at least one).
    groups:
        The GPU groups, one pipeline stage each (order irrelevant: the MILP orders them).
    max_token_latency_s:
        Bound on one token's time through every stage (sum of stage times, sends
        included, plus ``token_overhead_s``); ``None`` for no bound.
    token_overhead_s:
        Fixed per-token time outside the stages (scheduler, sampling), counted against
        ``max_token_latency_s``.
    """

    num_layers: int
    groups: tuple[GpuGroup, ...]
    max_token_latency_s: float | None = None
    token_overhead_s: float = 0.0

    def __post_init__(self) -> None:
        if self.num_layers < 1:
            raise SpecError("num_layers", f"{self.num_layers} < 1", "give the model's layers")
        if not self.groups:
            raise SpecError("groups", "no GPU groups", "give at least one GPU group")
        names = [g.name for g in self.groups]
        if len(set(names)) != len(names):
            dup = sorted({n for n in names if names.count(n) > 1})
            raise SpecError("groups", f"duplicate names {dup}", "give every group its own name")
        if self.max_token_latency_s is not None and not self.max_token_latency_s > 0:
            raise SpecError(
                "max_token_latency_s",
                f"{self.max_token_latency_s} is not > 0",
                "give a positive bound in seconds, or None for no bound",
            )
        if not (math.isfinite(self.token_overhead_s) and self.token_overhead_s >= 0):
            raise SpecError(
                "token_overhead_s", f"{self.token_overhead_s} is negative", "give a value >= 0"
            )

    @property
    def num_stages(self) -> int:
        return len(self.groups)

    @property
    def max_layers_per_stage(self) -> int:
        """U: the most layers one stage can take when every other stage has one."""
        return max(1, self.num_layers - self.num_stages + 1)

    @cached_property
    def by_name(self) -> dict[str, GpuGroup]:
        return {g.name: g for g in self.groups}

    @cached_property
    def identical_classes(self) -> list[list[str]]:
        """Names of interchangeable groups, each class in instance order."""
        classes: dict[tuple[object, ...], list[str]] = {}
        for g in self.groups:
            classes.setdefault(g.data, []).append(g.name)
        return list(classes.values())

    def table(self) -> pd.DataFrame:
        """The groups as a table indexed by name (for reports)."""
        rows = [{f.name: getattr(g, f.name) for f in fields(g)} for g in self.groups]
        return pd.DataFrame(rows).set_index("name")


@dataclass(frozen=True)
class PipelinePlan:
    """Groups in pipeline order (first stage first) and the layers of each stage."""

    stages: tuple[str, ...]
    layers: tuple[int, ...]

    def layers_by_group(self) -> dict[str, int]:
        return dict(zip(self.stages, self.layers, strict=True))


def even_split(num_layers: int, num_stages: int) -> tuple[int, ...]:
    """Layers per stage of the even split vLLM uses: extra layers on the last stages.

    Parameters
    ----------
    num_layers:
        Layers to split.
    num_stages:
        Pipeline stages (at most ``num_layers``).
    """
    if num_stages < 1 or num_stages > num_layers:
        raise SpecError(
            "num_stages",
            f"{num_stages} stages for {num_layers} layers",
            "use between 1 and num_layers stages",
        )
    return tuple(stage_layer_counts(num_layers, num_stages))


# ---- names -------------------------------------------------------------------------
def _var(kind: str, group: str) -> str:
    """Variable name: ``layers__g0_h100`` (labels hold no ``__``, so names never collide)."""
    return f"{kind}__{group}"


# ---- MILP --------------------------------------------------------------------------
def build(instance: PipelinePartitionInstance) -> pulp.LpProblem:
    """The MILP of ``instance`` (not solved); see the module docstring."""
    # ---- data
    groups = instance.groups
    num_stages = instance.num_stages
    cap = instance.max_layers_per_stage
    prob = pulp.LpProblem("pipeline_partition", pulp.LpMinimize)

    # ---- variables
    # f[g] = 1 if group g is the first stage (holds the embedding)
    f = {g.name: prob.add_variable(_var("first", g.name), 0, 1, cat="Integer") for g in groups}
    # z[g] = 1 if group g is the last stage (holds the LM head)
    z = {g.name: prob.add_variable(_var("last", g.name), 0, 1, cat="Integer") for g in groups}
    # y[g] = layers on group g's stage
    y = {g.name: prob.add_variable(_var("layers", g.name), 1, cap, cat="Integer") for g in groups}
    # b[g] = weight of group g's stage-time formula in the objective (1 for the bottleneck)
    b = {g.name: prob.add_variable(_var("neck", g.name), 0, 1, cat="Continuous") for g in groups}
    # w[g] = layers in that formula (a free copy: the minimum takes the bottleneck's y[g])
    w = {
        g.name: prob.add_variable(_var("neck_layers", g.name), 0, cap, cat="Continuous")
        for g in groups
    }
    # p[g] = first-stage flag in that formula (free copy of f[g])
    p = {
        g.name: prob.add_variable(_var("neck_first", g.name), 0, 1, cat="Continuous")
        for g in groups
    }
    # q[g] = last-stage flag in that formula (free copy of z[g])
    q = {
        g.name: prob.add_variable(_var("neck_last", g.name), 0, 1, cat="Continuous") for g in groups
    }

    # ---- constraints
    prob += pulp.lpSum(f.values()) == 1, row_name("structure", "first")
    prob += pulp.lpSum(z.values()) == 1, row_name("structure", "last")
    if num_stages >= 2:
        for g in groups:
            prob += f[g.name] + z[g.name] <= 1, row_name("structure", "ends", g.name)
    prob += pulp.lpSum(y.values()) == instance.num_layers, row_name("layers", "total")
    for g in groups:
        n = g.name
        memory = g.layer_gib * y[n] + g.embedding_gib * f[n] + g.head_gib * z[n]
        prob += memory + g.activation_gib <= g.usable_gib, row_name("memory", n)

    prob += pulp.lpSum(b.values()) == 1, row_name("structure", "bottleneck")

    def stage_time(g: GpuGroup, scale: float) -> pulp.LpAffineExpression:
        n = g.name
        return scale * (
            g.layer_time_s * y[n]
            + g.embedding_time_s * f[n]
            + (g.head_time_s - g.send_time_s) * z[n]
            + g.send_time_s
        )

    # bottleneck stage time in microseconds (see TIME_UNITS_PER_S)
    bottleneck = TIME_UNITS_PER_S * pulp.lpSum(
        g.layer_time_s * w[g.name]
        + g.embedding_time_s * p[g.name]
        + (g.head_time_s - g.send_time_s) * q[g.name]
        + g.send_time_s * b[g.name]
        for g in groups
    )
    for g in groups:
        prob += (
            stage_time(g, TIME_UNITS_PER_S) - bottleneck <= 0,
            row_name("structure", "time", g.name),
        )
    if instance.max_token_latency_s is not None:
        latency = pulp.lpSum(stage_time(g, 1.0) for g in groups) + instance.token_overhead_s
        prob += latency <= instance.max_token_latency_s, row_name("slo", "token_latency")

    for members in instance.identical_classes:
        for k, (a, c) in enumerate(itertools.pairwise(members)):
            prob += f[a] >= f[c], row_name("structure", "sym_first", a, k)
            prob += z[a] <= z[c], row_name("structure", "sym_last", a, k)
            prob += y[a] >= y[c] - cap * (f[a] + z[c]), row_name("structure", "sym_layers", a, k)

    # ---- objective
    prob += bottleneck
    return prob


def decode(instance: PipelinePartitionInstance, values: Mapping[str, float]) -> PipelinePlan:
    """The plan of a solution: first group, middle groups in instance order, last group."""
    names = [g.name for g in instance.groups]
    first = max(names, key=lambda n: values.get(_var("first", n), 0.0))
    last = max(names, key=lambda n: values.get(_var("last", n), 0.0))
    middle = [n for n in names if n not in (first, last)]
    order = [first] if first == last else [first, *middle, last]
    layers = tuple(int(round(values.get(_var("layers", n), 0.0))) for n in order)
    return PipelinePlan(stages=tuple(order), layers=layers)


def canonical_plan(instance: PipelinePartitionInstance, plan: PipelinePlan) -> PipelinePlan:
    """The equivalent plan in the MILP's form (what :func:`decode` returns for it).

    Within each class of identical groups ``k_1 < ... < k_n``, the first stage goes to
    ``k_1``, the last to ``k_n`` and the middle stages' layer counts, largest first, to
    the remaining members in order (the ``sym`` rows); middle stages are listed in the
    instance's order. Identical groups are interchangeable, so the objective is unchanged.
    """
    _check_plan(instance, plan)
    layers = plan.layers_by_group()
    first, last = plan.stages[0], plan.stages[-1]
    rename: dict[str, str] = {}
    for members in instance.identical_classes:
        free = list(members)
        if first in members:
            rename[first] = free.pop(0)
        if last in members and last != first:
            rename[last] = free.pop()
        middle = sorted((n for n in members if n not in rename), key=lambda n: -layers[n])
        rename.update(zip(middle, free, strict=True))
    count = {rename[n]: k for n, k in layers.items()}
    new_first, new_last = rename[first], rename[last]
    middle = [g.name for g in instance.groups if g.name not in (new_first, new_last)]
    order = [new_first] if new_first == new_last else [new_first, *middle, new_last]
    return PipelinePlan(stages=tuple(order), layers=tuple(count[n] for n in order))


def plan_values(instance: PipelinePartitionInstance, plan: PipelinePlan) -> dict[str, float]:
    """Every MILP variable's value for ``plan`` (after :func:`canonical_plan`).

    A feasible point of :func:`build`'s model whenever :func:`evaluate` accepts the plan,
    with objective equal to its bottleneck: a warm-start hint, or a round-trip check.
    """
    canon = canonical_plan(instance, plan)
    times = stage_times_s(instance, canon)
    neck = canon.stages[times.index(max(times))]
    first, last = canon.stages[0], canon.stages[-1]
    layers = canon.layers_by_group()
    values: dict[str, float] = {}
    for g in instance.groups:
        n = g.name
        is_neck = n == neck
        values[_var("first", n)] = float(n == first)
        values[_var("last", n)] = float(n == last)
        values[_var("layers", n)] = float(layers[n])
        values[_var("neck", n)] = float(is_neck)
        values[_var("neck_layers", n)] = float(layers[n] if is_neck else 0)
        values[_var("neck_first", n)] = float(is_neck and n == first)
        values[_var("neck_last", n)] = float(is_neck and n == last)
    return values


# ---- direct scoring ----------------------------------------------------------------
def _check_plan(instance: PipelinePartitionInstance, plan: PipelinePlan) -> None:
    if sorted(plan.stages) != sorted(instance.by_name) or len(plan.layers) != len(plan.stages):
        raise SpecError(
            "plan.stages",
            f"{list(plan.stages)} with {len(plan.layers)} layer counts",
            f"list each of {sorted(instance.by_name)} once, with one layer count each",
        )


def stage_times_s(instance: PipelinePartitionInstance, plan: PipelinePlan) -> list[float]:
    """Time of each stage of ``plan``, first to last (s)."""
    _check_plan(instance, plan)
    last = len(plan.stages) - 1
    return [
        instance.by_name[n].stage_time_s(k, s == 0, s == last)
        for s, (n, k) in enumerate(zip(plan.stages, plan.layers, strict=True))
    ]


def stage_memory_gib(instance: PipelinePartitionInstance, plan: PipelinePlan) -> list[float]:
    """Memory one GPU of each stage of ``plan`` needs, first to last (GiB)."""
    _check_plan(instance, plan)
    last = len(plan.stages) - 1
    return [
        instance.by_name[n].stage_memory_gib(k, s == 0, s == last)
        for s, (n, k) in enumerate(zip(plan.stages, plan.layers, strict=True))
    ]


def evaluate(instance: PipelinePartitionInstance, plan: PipelinePlan) -> float | None:
    """Bottleneck stage time of ``plan`` in microseconds, or ``None`` if it breaks a constraint.

    Raises ``SpecError`` when ``plan`` does not list every group exactly once.
    """
    _check_plan(instance, plan)
    if sum(plan.layers) != instance.num_layers or min(plan.layers) < 1:
        return None
    memory = stage_memory_gib(instance, plan)
    if any(
        need > instance.by_name[n].usable_gib + MEMORY_TOL_GIB
        for n, need in zip(plan.stages, memory, strict=True)
    ):
        return None
    times = stage_times_s(instance, plan)
    bound = instance.max_token_latency_s
    if bound is not None and sum(times) + instance.token_overhead_s > bound + LATENCY_TOL_S:
        return None
    return max(times) * TIME_UNITS_PER_S


def compositions(total: int, parts: int):
    """Every tuple of ``parts`` positive integers summing to ``total``."""
    for cuts in itertools.combinations(range(1, total), parts - 1):
        bounds = (0, *cuts, total)
        yield tuple(bounds[i + 1] - bounds[i] for i in range(parts))


def brute_force(instance: PipelinePartitionInstance) -> Optimum[PipelinePlan] | None:
    """Optimum over every order of the groups and every split of the layers.

    Orders are deduplicated for identical groups (their members are interchangeable);
    every (order, split) is scored by :func:`evaluate`. Small instances only.
    """
    class_of = {n: k for k, members in enumerate(instance.identical_classes) for n in members}
    pattern_seen: set[tuple[int, ...]] = set()
    best: Optimum[PipelinePlan] | None = None
    names = [g.name for g in instance.groups]
    for order in itertools.permutations(names):
        pattern = tuple(class_of[n] for n in order)
        if pattern in pattern_seen:
            continue
        pattern_seen.add(pattern)
        for layers in compositions(instance.num_layers, len(order)):
            plan = PipelinePlan(stages=order, layers=layers)
            value = evaluate(instance, plan)
            if value is not None and (best is None or value < best.objective):
                best = Optimum(objective=value, plan=plan)
    return best


# ---- instances ---------------------------------------------------------------------
#: GPU types of the random instances: time of one layer of a 70B-class model at TP1 and
#: a decode micro-batch of 32 (roofline cost model, rounded; s), and device memory (GiB).
RANDOM_GPUS: dict[str, tuple[float, float]] = {
    "h100": (0.72e-3, 80.0),
    "a100": (1.33e-3, 80.0),
    "l40s": (3.1e-3, 48.0),
    "h200": (0.58e-3, 141.0),
}


def random_instance(rng: np.random.Generator) -> PipelinePartitionInstance:
    """A small random instance: 1-4 stages of 2-3 GPU kinds (1 for one stage), 2-12 layers.

    A "layer" here stands for a block of a large model's layers: its memory is drawn so
    that the stages together have room for 1.05-2 times the model, and each kind of GPU
    may use 50-95 % of its memory (so memory and speed differ between kinds): memory
    binds on some instances and a few cannot fit at all. A third of the instances carry a latency bound of 0.8-1.3
    times the even split's latency, which some plans (or all) miss.
    """
    num_stages = int(rng.integers(1, 5))
    num_layers = int(rng.integers(max(2, num_stages), 13))
    vocab_gib = float(rng.uniform(0.5, 2.0))
    kinds = []
    for _ in range(int(rng.integers(min(num_stages, 2), min(num_stages, 3) + 1))):
        gpu = str(rng.choice(list(RANDOM_GPUS)))
        tp = int(rng.choice([1, 2]))
        base_s, memory_gib = RANDOM_GPUS[gpu]
        layer_s = base_s * float(rng.uniform(0.9, 1.1)) / tp**0.85
        kinds.append(
            dict(
                gpu=gpu,
                tp=tp,
                layer_time_s=layer_s,
                embedding_time_s=layer_s * float(rng.uniform(0.001, 0.05)),
                head_time_s=layer_s * float(rng.uniform(0.5, 1.5)),
                send_time_s=float(rng.uniform(2e-5, 1e-4)),
                embedding_gib=vocab_gib / tp,
                head_gib=vocab_gib / tp,
                activation_gib=float(rng.uniform(0.5, 3.0)) / tp,
                # memory utilisation 0.5-0.95 (vLLM's knob; co-located work), 1 GiB reserve
                usable_gib=memory_gib * float(rng.uniform(0.5, 0.95)) - 1.0,
            )
        )
    picks = [0, *rng.integers(0, len(kinds), size=num_stages - 1)]
    # One layer's memory at TP1 such that the stages together have room for `headroom`
    # times the model's layers (their memory per GPU x TP, less activations and vocab).
    room_gib = sum(
        (kinds[k]["usable_gib"] - kinds[k]["activation_gib"] - vocab_gib) * kinds[k]["tp"]
        for k in picks
    )
    layer_gib = room_gib / (num_layers * float(rng.uniform(1.05, 2.0)))
    weight_share = float(rng.uniform(0.85, 0.95))
    for kind in kinds:
        kind["layer_weight_gib"] = weight_share * layer_gib / kind["tp"]
        kind["layer_kv_gib"] = (1 - weight_share) * layer_gib / kind["tp"]
    groups = tuple(
        GpuGroup(name=f"g{i}_{kinds[k]['gpu']}", **kinds[k]) for i, k in enumerate(picks)
    )
    bound = None
    if rng.random() < 1 / 3:
        split = even_split(num_layers, num_stages)
        last = num_stages - 1
        even_latency = sum(
            g.stage_time_s(k, s == 0, s == last)
            for s, (g, k) in enumerate(zip(groups, split, strict=True))
        )
        bound = even_latency * float(rng.uniform(0.8, 1.3))
    return PipelinePartitionInstance(num_layers, groups, max_token_latency_s=bound)


#: Models and GPU types of the scaled instances (catalogue names).
SCALED_MODELS = ("llama3.1-70b", "gpt3-101b", "gpt3-175b", "gpt3-341b", "llama3.1-405b")
SCALED_GPUS = ("H100-SXM-80GB", "A100-SXM-80GB", "H200-SXM-141GB", "L40S-48GB")


def scaled_instance(size: int, rng: np.random.Generator) -> PipelinePartitionInstance:
    """``size`` pipeline stages drawn from 2-3 GPU types, a catalogue model of 80-126 layers.

    Priced by :func:`from_specs`. Each stage's TP degree is the smallest power of two
    (up to 8) whose GPUs hold 1.5 x its even share of the layers with room to spare, so
    the instance is feasible while leaving the MILP real memory limits.
    """
    if size < 1:
        raise SpecError("size", f"{size} < 1", "give the number of pipeline stages")
    model = model_from_config(catalogue_entry("model", str(rng.choice(SCALED_MODELS))))
    if size > model.num_layers:
        raise SpecError("size", f"{size} stages > {model.num_layers} layers", "use fewer stages")
    names = rng.choice(SCALED_GPUS, size=int(rng.integers(2, 4)), replace=False)
    kinds = [load_gpu(str(n)) for n in names]
    batch_size = int(rng.choice([16, 32, 64]))
    context_tokens = int(rng.choice([1024, 2048, 4096]))
    share = 1.5 * math.ceil(model.num_layers / size)
    gpus = []
    for gpu in (kinds[int(k)] for k in rng.integers(0, len(kinds), size=size)):
        for tp in (1, 2, 4, 8):
            per_layer = layer_params_per_gpu(model, tp) * model.weight_bytes_per_param
            per_layer += batch_size * context_tokens * model.kv_cache_bytes_per_token_layer(tp)
            vocab = model.embedding_params * model.weight_bytes_per_param / tp
            if share * per_layer + vocab <= 0.75 * gpu.memory_bytes:
                break
        gpus.append((gpu, tp))
    return from_specs(model, gpus, batch_size, context_tokens)


def from_specs(
    model: ModelSpec,
    gpus: Sequence[tuple[GpuSpec, int]],
    batch_size: int,
    context_tokens: int,
    *,
    micro_batch_size: int | None = None,
    max_token_latency_s: float | None = None,
    gpu_memory_utilization: float = 0.9,
    runtime_reserve_gib: float = 1.0,
    max_num_batched_tokens: int = 8192,
    iteration_overhead_s: float = 0.002,
    inter_node_gb_per_s: float = 50.0,
) -> PipelinePartitionInstance:
    """An instance priced with the project's roofline cost model and memory accounting.

    Parameters
    ----------
    model:
        A decoder-only model.
    gpus:
        One ``(GpuSpec, tp)`` per pipeline stage: a group of ``tp`` GPUs of that type.
    batch_size:
        Sequences in flight whose KV cache every stage holds (for its own layers).
    context_tokens:
        Context of each sequence (prompt + generated so far), for KV memory and the
        attention reads of the reference iteration.
    micro_batch_size:
        Sequences one stage processes per step (the reference batch of the per-layer
        time); default ``ceil(batch_size / stages)``, one micro-batch per stage in flight.
    max_token_latency_s:
        Optional bound on one token's trip through every stage plus the iteration
        overhead (the ``slo`` row).
    gpu_memory_utilization, runtime_reserve_gib, max_num_batched_tokens:
        vLLM's memory knobs, as in ``costs.memory.memory_budget``: usable memory is
        utilisation x device memory - reserve; activations are sized for
        ``max_num_batched_tokens``.
    iteration_overhead_s:
        Scheduler and sampling time per iteration (cost model), counted in the latency.
    inter_node_gb_per_s:
        Network bandwidth of the activation sends: stages sit on different nodes
        (default one 400 Gb/s NIC).

    Notes
    -----
    Per-layer time: ``RooflineCostModel.layer_time_s`` of a decode iteration of
    ``micro_batch_size`` sequences at ``context_tokens`` each. The LM-head, embedding and
    send times are the differences between ``iteration_time`` latencies with and without
    sampling, and with one and two pipeline stages (the public cost-model interface).
    """
    if model.architecture != "decoder_only":
        raise SpecError(
            "model.architecture",
            f"'{model.architecture}' is not supported",
            "use a decoder-only model (encoder and decoder stages are not modelled)",
        )
    if not gpus:
        raise SpecError("gpus", "no GPU groups", "give one (GpuSpec, tp) per pipeline stage")
    if batch_size < 1 or context_tokens < 1:
        raise SpecError(
            "batch_size/context_tokens",
            f"{batch_size} x {context_tokens}",
            "give at least one sequence and one token",
        )
    num_stages = len(gpus)
    micro = micro_batch_size or math.ceil(batch_size / num_stages)
    bytes_per_param = model.weight_bytes_per_param
    shape = BatchShape(0.0, 0.0, micro, micro * context_tokens, micro)
    no_sampling = BatchShape(0.0, 0.0, micro, micro * context_tokens, 0.0)
    priced: dict[tuple[str, int], dict[str, float]] = {}
    groups = []
    for i, (gpu, tp) in enumerate(gpus):
        if tp < 1 or model.num_attention_heads % tp:
            raise SpecError(
                f"gpus[{i}].tp",
                f"{tp} does not divide {model.num_attention_heads} attention heads",
                "use a TP degree that divides the heads (1, 2, 4, 8)",
            )
        key = (gpu.name, tp)
        if key not in priced:
            cluster = ClusterSpec(
                name=f"pp-{gpu.name}-tp{tp}",
                gpu=gpu,
                num_nodes=2,
                gpus_per_node=tp,
                inter_node_gb_per_s=inter_node_gb_per_s,
            )
            cost = RooflineCostModel(model, cluster, iteration_overhead_s)
            layer_s = cost.layer_time_s(shape, tp)
            one = cost.iteration_time(ReplicaConfig(tp, 1), shape).latency_s
            unsampled = cost.iteration_time(ReplicaConfig(tp, 1), no_sampling).latency_s
            two = cost.iteration_time(ReplicaConfig(tp, 2), shape).latency_s
            layers_s = model.num_layers * layer_s
            head_params = model.lm_head_params if num_stages == 1 else model.embedding_params
            priced[key] = dict(
                layer_time_s=layer_s,
                embedding_time_s=max(0.0, unsampled - layers_s - iteration_overhead_s),
                head_time_s=max(0.0, one - unsampled),
                send_time_s=max(0.0, two - one),
                layer_weight_gib=layer_params_per_gpu(model, tp) * bytes_per_param / GIB,
                layer_kv_gib=(
                    batch_size * context_tokens * model.kv_cache_bytes_per_token_layer(tp) / GIB
                ),
                embedding_gib=model.embedding_params / tp * bytes_per_param / GIB,
                head_gib=head_params / tp * bytes_per_param / GIB,
                activation_gib=activation_bytes_per_gpu(model, tp, max_num_batched_tokens) / GIB,
                usable_gib=gpu_memory_utilization * gpu.memory_gib - runtime_reserve_gib,
            )
        short = gpu.name.split("-")[0].lower()
        label = re.sub(r"[^A-Za-z0-9]+", "_", f"g{i}_{short}_tp{tp}")
        groups.append(GpuGroup(name=label, gpu=gpu.name, tp=tp, **priced[key]))
    return PipelinePartitionInstance(
        model.num_layers,
        tuple(groups),
        max_token_latency_s=max_token_latency_s,
        token_overhead_s=iteration_overhead_s,
    )


FORMULATION = Formulation(
    name="pipeline_partition",
    build=build,
    decode=decode,
    evaluate=evaluate,
    brute_force=brute_force,
    random_instance=random_instance,
    scaled_instance=scaled_instance,
    maximize=False,
    scaling_sizes=(4, 8, 16, 32),
    size_unit="pipeline stages (GPU groups)",
    default_backend="highs",
)
