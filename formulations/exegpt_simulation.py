"""The simulator's version of an ExeGPT schedule: ``to_simulation`` turns a plan of an
instance priced by ``from_specs`` into a ``SimulationPlan`` (the ``rra`` policy, or WAA's
two pools), which ``SimulationPlan.run`` simulates.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from servesolve.formulations.exegpt_model import ExeGptInstance, ExeGptPlan, RraSchedule

if TYPE_CHECKING:  # the simulator is imported lazily: formulations do not depend on it
    from servesolve.simulator import SimulationResult, SimulationSpec
    from servesolve.simulator.disaggregated import DisaggregatedSpec


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
