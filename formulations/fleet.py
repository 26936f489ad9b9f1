r"""Mixed GPU fleet: which GPU types, how many replicas of which config per workload, and
which traffic (per workload and request-length bucket) goes to which replicas.

Mélange (Griggs et al., 2024) picks GPU types for one workload split into length buckets;
Helix (Mei et al., 2025) places one model on a heterogeneous cluster. This formulation does
both at once: several GPU types, each with a count available and a price, serve several
workloads (a model, an SLO, a target rate and a length mix), at least cost or at most
goodput within a budget.

Sets
    T           GPU types t.
    W           workloads w.
    K_w         length buckets k of workload w (Mélange's request-size buckets).
    C_tw        replica configs c (TP, PP, max_num_seqs) of workload w on GPU type t.

Parameters
    a_t         GPUs of type t available;  p_t  price of one ($/GPU-hour).
    lambda_w    target arrival rate of w (req/s);  v_w  goodput weight (max_goodput).
    s_wk        share of w's requests in bucket k (sum_k s_wk = 1);  d_wk = lambda_w s_wk.
    g_twc       GPUs per replica of c.
    r_twck      highest rate (req/s) one replica of c sustains on bucket k's requests
                within w's SLO; 0 when no rate meets the SLO (then no traffic variable).
    m_twck, M_t GiB per GPU a replica of c needs to hold bucket k's requests, and GiB usable
                per GPU (``needed_gib`` / ``usable_gib`` of the rate table).
    B           budget ($/h), optional.
    delta       the unit traffic is counted in (req/s): the largest d_wk / (8 x 10^6).

Variables
    n_twc  in Z, 0 <= n <= floor(a_t / g_twc)   replicas of config c of w on type t.
    x_twck in [0, ceil(d_wk / delta) + 1]       traffic of bucket k of w routed to (t, c),
                                                in units of delta (delta x_twck req/s);
                                                only where r_twck > 0 and d_wk > 0.
    u_twck in {0, 1}                            bucket k may run on (t, c); only where the
                                                config does not fit (m_twck > M_t).

Constraints
    structure__load_t_w_c:    sum_k x_twck / r_twck <= n_twc / delta
        (Mélange's load fraction: the replicas' time is shared by their buckets,
        sum_k delta x_twck / r_twck <= n_twc, divided by delta)
    structure__fits_t_w_c_k:  x_twck <= (ceil(d_wk / delta) + 1) u_twck  (m > M only)
    memory__t_w_c_k:          m_twck u_twck <= M_t                       GiB (m > M only)
    rate__w_k:                sum_{t,c} delta x_twck >= d_wk             req/s (min_cost)
                              sum_{t,c} delta x_twck <= d_wk             req/s (max_goodput)
    gpus__t:                  sum_{w,c} g_twc n_twc <= a_t               GPUs
    budget__all:              sum_{t,w,c} p_t g_twc n_twc <= B           $/h (if B is set)

Objective
    min_cost:     min  cost = sum_{t,w,c} p_t g_twc n_twc                ($/h)
    max_goodput:  max  3600 sum_{t,w,c,k} v_w delta x_twck  -  eps * cost
    (weighted requests served per hour). ``eps`` makes the cheaper of two plans with
    equal goodput win: 3600 delta times the power of ten at or below
    10^-6 (sum_w v_w lambda_w) / (delta x largest affordable cost), so the goodput it can
    give up is below 10^-6 of the total weighted target.

Units. One MILP must suit all four backends (the instance library certifies
``build(instance)`` on each). OR-Tools' CP-SAT reads every continuous variable as an
integer (``mip_var_scaling`` 1) below ``mip_max_bound`` = 10^7: traffic in req/s would
move in whole requests per second, so x counts units of delta, at most 8 x 10^6 for the
largest bucket (a grid of 1.25 x 10^-7 of it, below the objective tolerance); its bound
has one unit of headroom because CP-SAT rounds a ``rate`` row's d_wk / delta up. Every
goodput coefficient is 3600 delta v_w and eps is 3600 delta times a power of ten, so
CP-SAT can scale the objective to integers exactly and prove optimality (with
per-bucket coefficients, or an arbitrary eps, it stopped at "feasible" with a 5e-7
gap); arbitrary weights v_w can bring that back. The LP-based backends read x as a
plain column; goodput is counted per hour so that its coefficients stay well above
their optimality tolerances (per second, CBC served nothing and HiGHS stopped short).
delta is at least 10^-8 req/s so that ``rate`` rows keep coefficients above HiGHS's
10^-9 matrix cutoff.

Solvers. On the 4 GPU types x 5 workloads scaled instance (80 integer, 224 continuous
columns; seed 0) HiGHS, SCIP and CBC prove the optimum in about 2, 7 and 10 s on one
thread. CP-SAT (one worker, the default) solves the twin tests and the priced fleet of
the tests but stalls at a 4-10 % gap from 3 x 3 on within 60 s: its bound stays well
below the LP relaxation's (8 workers on a 2-core machine, LP search or deeper
linearisation did not close it either).

Brute force. For each workload, every vector of its replica counts within the GPUs and
the budget; then every combination across workloads, best bound first (cost for
min_cost; per-bucket capacity for max_goodput). For fixed replicas each workload's
traffic split is an LP, solved with ``scipy.optimize.linprog``; no MILP code is used.

Node boundaries. Replicas from ``from_specs`` are powers of two dividing a node or whole
nodes (``candidates.parallel_layouts``) and each type's GPUs fill whole nodes, so the one
``gpus`` row per type is exact (see ``parallelism``).

Mixing buckets on one replica. ``r_twck`` prices a replica serving bucket k alone; a
replica serving several buckets is charged the time shares ``x / r`` (Mélange's
approximation), and it must fit every bucket it serves.

Modules. This one holds the MILP (``build``, ``decode``, ``plan_values``) and the
``FORMULATION`` object, and re-exports the rest (``__all__``): ``fleet_model`` the
instance (validated, with the plain-dict tables the MILP, ``evaluate`` and the brute
force share), the plan, ``plan_table`` and ``with_gpu_types``; ``fleet_twin``
``evaluate`` and the brute force (no MILP code); ``fleet_specs`` the cost-model pricing
(``from_specs``, ``FLEET_CANDIDATES``); ``fleet_synthetic`` the random and scaled
instances.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import pulp

from servesolve.formulations.base import Formulation, row_name
from servesolve.formulations.fleet_model import (
    FEASIBILITY_RTOL,
    MIN_TRAFFIC_PER_S,
    MIN_TRAFFIC_UNIT_PER_S,
    OBJECTIVES,
    SECONDS_PER_HOUR,
    SHARE_SUM_TOL,
    TIE_BREAK_SHARE,
    TRAFFIC_UNITS,
    ConfigKey,
    FleetInstance,
    FleetPlan,
    Objective,
    RouteKey,
    _var,
    plan_table,
    with_gpu_types,
)
from servesolve.formulations.fleet_specs import (
    DEFAULT_INTER_NODE_GB_PER_S,
    FLEET_CANDIDATES,
    from_specs,
)
from servesolve.formulations.fleet_specs import _cluster_for as _cluster_for
from servesolve.formulations.fleet_synthetic import (
    random_instance,
    scaled_instance,
    scaling_shape,
)
from servesolve.formulations.fleet_twin import brute_force, evaluate

__all__ = [
    "DEFAULT_INTER_NODE_GB_PER_S",
    "FEASIBILITY_RTOL",
    "FLEET_CANDIDATES",
    "FORMULATION",
    "MIN_TRAFFIC_PER_S",
    "MIN_TRAFFIC_UNIT_PER_S",
    "OBJECTIVES",
    "SECONDS_PER_HOUR",
    "SHARE_SUM_TOL",
    "TIE_BREAK_SHARE",
    "TRAFFIC_UNITS",
    "ConfigKey",
    "FleetInstance",
    "FleetPlan",
    "Objective",
    "RouteKey",
    "brute_force",
    "build",
    "decode",
    "evaluate",
    "from_specs",
    "plan_table",
    "plan_values",
    "random_instance",
    "scaled_instance",
    "scaling_shape",
    "with_gpu_types",
]


def build(instance: FleetInstance) -> pulp.LpProblem:
    """The MILP of ``instance`` (not solved)."""
    # ---- data
    tab = instance.tables
    delta = instance.rate_unit_per_s
    most = {r: math.ceil(tab.demand[r[1], r[3]] / delta) + 1 for r in tab.routes}
    maximize = instance.objective == "max_goodput"
    prob = pulp.LpProblem("fleet", pulp.LpMaximize if maximize else pulp.LpMinimize)

    # ---- variables
    # n[t, w, c] = replicas of config c of workload w on GPU type t
    n = {
        key: prob.add_variable(_var("n", *key), 0, tab.max_replicas(key), cat="Integer")
        for key in tab.configs
    }
    # x[t, w, c, k] = traffic of bucket k of workload w routed to (t, c), in units of delta
    x = {route: prob.add_variable(_var("x", *route), 0, most[route]) for route in tab.routes}
    # u[t, w, c, k] = 1 if bucket k may run on (t, c); only where the config does not fit
    u = {
        route: prob.add_variable(_var("u", *route), 0, 1, cat="Integer")
        for route in tab.routes
        if not tab.fits(route)
    }

    # ---- constraints
    by_config: dict[ConfigKey, list[RouteKey]] = {key: [] for key in tab.configs}
    by_bucket: dict[tuple[str, str], list[RouteKey]] = {wk: [] for wk in tab.demand}
    for route in tab.routes:
        by_config[route[:3]].append(route)
        by_bucket[route[1], route[3]].append(route)
    for key, routes in by_config.items():
        if routes:
            load = pulp.lpSum(1.0 / tab.rate[r] * x[r] for r in routes)
            prob += load <= n[key] / delta, row_name("structure", "load", *key)
    for route, used in u.items():
        prob += x[route] <= most[route] * used, row_name("structure", "fits", *route)
        prob += (
            tab.needed_gib[route] * used <= tab.usable_gib[route],
            row_name("memory", *route),
        )
    served: dict[tuple[str, str], pulp.LpAffineExpression] = {}
    for (w, k), routes in by_bucket.items():
        d = tab.demand[w, k]
        if d <= 0:
            continue
        served[w, k] = pulp.lpSum(delta * x[r] for r in routes)
        if maximize:
            prob += served[w, k] <= d, row_name("rate", w, k)
        else:
            prob += served[w, k] >= d, row_name("rate", w, k)
    gpus: dict[str, list] = {t: [] for t in tab.types}
    for key in tab.configs:
        gpus[key[0]].append(tab.num_gpus[key] * n[key])
    for t in tab.types:
        if gpus[t]:
            prob += pulp.lpSum(gpus[t]) <= tab.available[t], row_name("gpus", t)
    cost = pulp.lpSum(tab.price[key[0]] * tab.num_gpus[key] * n[key] for key in tab.configs)
    if instance.budget_usd_per_hour is not None:
        prob += cost <= instance.budget_usd_per_hour, row_name("budget")

    # ---- objective
    if maximize:
        goodput = pulp.lpSum(
            SECONDS_PER_HOUR * tab.weight[w] * rate for (w, _), rate in served.items()
        )
        prob += goodput - instance.tie_break * cost
    else:
        prob += cost
    return prob


def decode(instance: FleetInstance, values: Mapping[str, float]) -> FleetPlan:
    """The plan (replicas, traffic in req/s) from a solution's variable values."""
    tab, delta = instance.tables, instance.rate_unit_per_s
    replicas = {}
    for key in tab.configs:
        count = int(round(values.get(_var("n", *key), 0.0)))
        if count > 0:
            replicas[key] = count
    traffic = {}
    for route in tab.routes:
        rate = delta * values.get(_var("x", *route), 0.0)
        if rate > MIN_TRAFFIC_PER_S:
            traffic[route] = rate
    return FleetPlan(replicas, traffic)


def plan_values(instance: FleetInstance, plan: FleetPlan) -> dict[str, float]:
    """The variable values of ``plan`` in :func:`build`'s model (a warm-start hint;
    ``decode(instance, plan_values(instance, plan))`` gives ``plan`` back)."""
    tab, delta = instance.tables, instance.rate_unit_per_s
    values = {_var("n", *key): float(plan.replicas.get(key, 0)) for key in tab.configs}
    for route in tab.routes:
        x = plan.traffic_per_s.get(route, 0.0)
        values[_var("x", *route)] = x / delta
        if not tab.fits(route):
            values[_var("u", *route)] = 1.0 if x > 0 else 0.0
    return values


FORMULATION: Formulation[FleetInstance, FleetPlan] = Formulation(
    name="fleet",
    build=build,
    decode=decode,
    evaluate=evaluate,
    brute_force=brute_force,
    random_instance=random_instance,
    scaled_instance=scaled_instance,
    maximize=False,
    scaling_sizes=(1, 4, 9, 16, 20),
    size_unit="GPU types x workloads",
    default_backend="highs",
)
