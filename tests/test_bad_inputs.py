"""The bad-input campaign: every command and config group, each mistake ending in one line.

Each case runs ``servesolve.cli.main`` in this process (the checks all happen before any
solve, so a case takes ~0.1 s) and asserts what a user should see: exactly one line on
stderr, ``error: FIELD: ...; fix: ...`` naming the field, exit status 2, no traceback,
nothing on stdout and nothing written anywhere under the working directory.

``{in}`` in an argument stands for a folder of prepared bad files (see ``inputs``).
"""

from __future__ import annotations

import importlib.abc
import json
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import Outcome, run_main

from servesolve.errors import EXIT_USER_ERROR

#: Prepared input files (name -> bytes), written into ``{in}``.
FILES: dict[str, bytes] = {
    "binary.jsonl": bytes(range(256)) * 2,
    "binary.csv": b"arrived_at,num_prefill_tokens,num_decode_tokens\n\x1f\x8b\x08\x00\xff\xfe",
    "unsorted.jsonl": (
        b'{"ContextTokens": 10, "GeneratedTokens": 3, "StartTimeOffset": 9000000000}\n'
        b'{"ContextTokens": 10, "GeneratedTokens": 3, "StartTimeOffset": 1000000000}\n'
    ),
    "unsorted.csv": b"arrived_at,num_prefill_tokens,num_decode_tokens\n0,10,5\n5,10,5\n2,10,5\n",
    "azure_unsorted.csv": (
        b"TIMESTAMP,ContextTokens,GeneratedTokens\n"
        b"2023-11-16 18:15:48.1805900,374,44\n2023-11-16 18:15:46.6805900,396,109\n"
    ),
    "bad_json.jsonl": b'{"ContextTokens": 10, "GeneratedTokens": 3, "StartTimeOffset": 0}\n{oops\n',
    "missing_key.jsonl": b'{"ContextTokens": 10, "StartTimeOffset": 0}\n',
    "zero_tokens.jsonl": b'{"ContextTokens": 0, "GeneratedTokens": 3, "StartTimeOffset": 0}\n',
    "negative_time.jsonl": b'{"ContextTokens": 5, "GeneratedTokens": 3, "StartTimeOffset": -1}\n',
    "empty.jsonl": b"",
    "header_only.csv": b"arrived_at,num_prefill_tokens,num_decode_tokens\n",
    "wrong_header.csv": b"time,in,out\n0,1,1\n",
    "bad_tokens.csv": b"arrived_at,num_prefill_tokens,num_decode_tokens\n0,ten,5\n",
    "plan_no_plan.json": json.dumps({"model": "llama3.1-70b", "cluster": "h100x8"}).encode(),
    "plan_no_model.json": json.dumps({"plan": {"groups": [{"tp": 8}]}}).encode(),
    "plan_no_groups.json": json.dumps(
        {"model": "llama3.1-70b", "cluster": "h100x8", "plan": {"num_gpus": 8}}
    ).encode(),
    "plan_empty_groups.json": json.dumps(
        {"model": "llama3.1-70b", "cluster": "h100x8", "plan": {"groups": []}}
    ).encode(),
    "plan_other_model.json": json.dumps(
        {"model": "llama3.1-8b", "cluster": "h100x8", "plan": {"groups": [{"tp": 1}]}}
    ).encode(),
    "plan_list.json": b"[1, 2]",
    "plan_broken.json": b'{"model": ',
    "hf_empty.json": b"{}",
    "afile": b"not a directory\n",
}


@dataclass(frozen=True)
class Case:
    """``servesolve ARGS`` must fail with one line starting ``error: FIELD`` and holding
    each of ``also``."""

    args: tuple[str, ...]
    field: str
    also: tuple[str, ...] = ()

    @property
    def id(self) -> str:
        return " ".join(self.args)


def case(args: str, field: str, *also: str) -> Case:
    """A case from space-separated arguments (``|`` separates arguments with spaces)."""
    parts = args.split("|") if "|" in args else args.split()
    return Case(tuple(p.strip() for p in parts), field, also)


SIM = "simulate|replicas=[{tp: 8}]"
CAP = "capacity|replicas=[{tp: 8}]"

CASES: list[Case] = [
    # --- command and catalogue names (every config group)
    case("plna", "command", "unknown command 'plna'"),
    case("model=llama9", "model", "llama3.1-8b"),
    case("model=Llama3.1-70B", "model", "did you mean llama3.1-70b"),
    case("cluster=h100x9", "cluster", "h100x8"),
    case("cluster.gpu=H100-SXM", "cluster.gpu", "did you mean h100-sxm-80gb"),
    case("cluster.gpu=h100", "cluster.gpu", "h100-sxm-80gb"),
    case("cluster.gpu=A100", "cluster.gpu", "a100-sxm-80gb"),
    case("cluster.gpu=l40s", "cluster.gpu", "l40s-48gb"),
    case("workload=sharegpt2", "workload", "sharegpt"),
    case("slo=fast", "slo"),
    case("solver=gurobi", "solver", "cp_sat"),
    case("engine=vllm2", "engine", "vllm"),
    case("simulate engine=foo", "engine"),
    case("replay workload=nope", "workload"),
    case("replay slo=nope", "slo"),
    case("profile model=llama9", "model"),
    # --- cluster
    case("cluster.num_nodes=0", "cluster.num_nodes"),
    case("cluster.num_nodes=abc", "cluster.num_nodes"),
    case("cluster.gpus_per_node=0", "cluster.gpus_per_node"),
    # an absurd size is refused up front (it used to run silently for hours)
    case("cluster=h100x16 cluster.num_nodes=100000", "cluster.num_nodes", "at most 8,192"),
    case(f"{SIM}|cluster.num_nodes=100000", "cluster.num_nodes", "800,000 GPUs"),
    case("cluster.gpus_per_node=1000000", "cluster.gpus_per_node"),
    # --- model
    case("model=hf", "model.hf_config_path", "is required"),
    case("model=hf model.hf_config_path=/nonexistent/config.json", "model.hf_config_path"),
    case("model=hf model.hf_config_path={in}/binary.jsonl", "model.hf_config_path", "UTF-8"),
    case("model=hf model.hf_config_path={in}/plan_broken.json", "model.hf_config_path", "JSON"),
    case("model=hf model.hf_config_path={in}/hf_empty.json", "model.num_layers"),
    case("model.num_layers=0", "model.num_layers"),
    case("model.hidden_size=-1", "model.hidden_size"),
    case("model.num_attention_heads=7", "model", "num_attention_heads"),
    case("model.dtype=fp9", "model.dtype", "no such config field"),
    # --- workload: fields
    case("workload.num_requests=-1", "workload.num_requests"),
    case("workload.num_requests=1e12", "workload.num_requests", "whole number"),
    case("workload.num_requests=1000000000000", "workload.num_requests", "holds 2,000"),
    case("workload.num_requests=2001", "workload.num_requests", "set workload.num_requests=2000"),
    case(
        "workload=exegpt_s workload.num_requests=1000000000000",
        "workload.num_requests",
        "10,000,000",
    ),
    case("workload=exegpt_s workload.num_requests=0", "workload.num_requests"),
    case("workload.trace_format=parquet", "workload.trace_format"),
    case("workload.kind=stream", "workload.kind"),
    case("workload.seed=-1", "workload.seed"),
    case("workload.name=", "workload.name"),
    case("workload.arrival.process=burst", "workload.arrival.process"),
    case("workload.arrival.rate_per_s=-1", "workload.arrival.rate_per_s"),
    case("workload=exegpt_s workload.input.mean_tokens=-5", "workload.input.mean_tokens"),
    case("workload=exegpt_s workload.input.max_tokens=0", "workload.input.max_tokens"),
    case("workload=exegpt_s workload.correlation=2", "workload.correlation"),
    case("workload=exegpt_s workload.output.std_tokens=-1", "workload.output.std_tokens"),
    case("workload=exegpt_s workload.trace_path=x.jsonl", "workload.trace_path"),
    case("workload=exegpt_s workload.arrival.process=trace", "workload.arrival.process"),
    case("+workload.foo=1", "workload.foo", "valid keys"),
    # --- workload: trace files
    case("workload.trace_path=/nonexistent.jsonl", "workload.trace_path", "not found"),
    case("workload.trace_path={in}/binary.jsonl", "{in}/binary.jsonl:2", "not UTF-8 text"),
    case(
        "workload=splitwise_conv workload.trace_path={in}/binary.csv",
        "{in}/binary.csv:2",
        "not UTF-8 text",
    ),
    case("workload.trace_path={in}/unsorted.jsonl", "{in}/unsorted.jsonl:2", "StartTimeOffset"),
    case(
        "workload=splitwise_conv workload.trace_path={in}/unsorted.csv",
        "{in}/unsorted.csv:4",
        "arrived_at 2 is earlier than 5",
    ),
    case(
        "workload=splitwise_conv workload.trace_path={in}/azure_unsorted.csv "
        "workload.trace_format=azure_csv",
        "{in}/azure_unsorted.csv:3",
        "TIMESTAMP",
    ),
    case("workload.trace_path={in}/bad_json.jsonl", "{in}/bad_json.jsonl:2", "not valid JSON"),
    case("workload.trace_path={in}/missing_key.jsonl", "{in}/missing_key.jsonl:1", "Generated"),
    case("workload.trace_path={in}/zero_tokens.jsonl", "{in}/zero_tokens.jsonl:1", "Context"),
    case("workload.trace_path={in}/negative_time.jsonl", "{in}/negative_time.jsonl:1", "Start"),
    case("workload.trace_path={in}/empty.jsonl", "{in}/empty.jsonl:1", "no requests"),
    case(
        "workload=splitwise_conv workload.trace_path={in}/header_only.csv",
        "{in}/header_only.csv:1",
        "no requests",
    ),
    case(
        "workload=splitwise_conv workload.trace_path={in}/wrong_header.csv",
        "{in}/wrong_header.csv:1",
        "missing column",
    ),
    case(
        "workload=splitwise_conv workload.trace_path={in}/bad_tokens.csv",
        "{in}/bad_tokens.csv:2",
        "num_prefill_tokens",
    ),
    # --- slo
    case("slo.ttft_s=-1", "slo.ttft_s"),
    case("slo.percentile=101", "slo.percentile"),
    case("slo.tpot_s=abc", "slo.tpot_s"),
    # --- solver
    case("solver.backend=gurobi", "solver.backend"),
    case("solver.time_limit_s=0", "solver.time_limit_s"),
    case("solver.threads=0", "solver.threads"),
    case("solver.relative_gap=1", "solver.relative_gap"),
    case("solver.seed=-1", "solver.seed"),
    case("+solver.foo=1", "solver.foo", "valid fields"),
    # --- engine
    case("engine.gpu_memory_utilization=1.5", "engine.gpu_memory_utilization"),
    case("engine.max_num_batched_tokens=0", "engine.max_num_batched_tokens"),
    # --- planner
    case("planner.objective=max_fun", "planner.objective"),
    case("planner.objectiv=x", "planner.objectiv", "no such config field"),
    case("planner.gpu_budget=0", "planner.gpu_budget"),
    case("planner.gpu_budget=abc", "planner.gpu_budget"),
    case("planner.target_rate_per_s=-1", "planner.target_rate_per_s"),
    case("planner.max_distinct_configs=0", "planner.max_distinct_configs"),
    case("planner.candidates.max_pp=0", "planner.candidates.max_pp"),
    case("planner.candidates.max_num_seqs=[]", "planner.candidates.max_num_seqs"),
    case(
        "planner.candidates.max_num_seqs_to_memory=maybe",
        "planner.candidates.max_num_seqs_to_memory",
    ),
    case(
        "planner.candidates.gpu_memory_utilization=1.5", "planner.candidates.gpu_memory_utilization"
    ),
    case("planner.candidates.max_utilization=2", "planner.candidates.max_utilization"),
    case(
        "planner.candidates.max_num_batched_tokens=0", "planner.candidates.max_num_batched_tokens"
    ),
    case("planner.candidates.iteration_overhead_s=-1", "planner.candidates.iteration_overhead_s"),
    case("planner.candidates.runtime_reserve_gib=-1", "planner.candidates.runtime_reserve_gib"),
    case("planner.check.num_requests=0", "planner.check.num_requests"),
    case("planner.check.policy=fifo", "planner.check.policy"),
    case("planner.check.router=random", "planner.check.router"),
    case("planner.check.seed=-1", "planner.check.seed"),
    case("planner.check.repair_rounds=-1", "planner.check.repair_rounds"),
    case("planner.check.enabled=maybe", "planner.check.enabled"),
    case("planner.check.method=exact", "planner.check.method"),
    case("planner.check.epsilon=0", "planner.check.epsilon"),
    case("planner.check.replications=1", "planner.check.replications"),
    case("planner.check.max_replications=100", "planner.check.max_replications"),
    case("planner.check.confidence=1", "planner.check.confidence"),
    case("planner.check.max_rounds=0", "planner.check.max_rounds"),
    # --- output folders
    case("hydra.run.dir=/proc/x", "hydra.run.dir", "does not accept new folders"),
    case("hydra.run.dir={in}/afile/x", "hydra.run.dir", "is a file"),
    case("hydra.run.dir={in}/afile", "hydra.run.dir", "is not a directory"),
    case("simulate hydra.run.dir=/proc/x", "hydra.run.dir"),
    # --- multirun
    case("-m planner.gpu_budget=8,abc", "planner.gpu_budget"),
    case("-m model=llama3.1-8b,llama9", "model"),
    case("-m model=llama3.1-8b,hf", "model.hf_config_path"),
    case("-m hydra.sweep.dir=/proc/x", "hydra.sweep.dir", "does not accept new folders"),
    case("-m workload.trace_path={in}/binary.jsonl", "{in}/binary.jsonl:2"),
    case("-m planner.gpu_budget=interval(1,8)", "planner.gpu_budget", "not a list of values"),
    case("-m --cfg job", "--multirun"),
    # --- simulate: the plan
    case("simulate", "plan", "no plan given"),
    case("simulate plan=/nonexistent/plan.json", "plan", "no file at"),
    case("simulate plan={in}/plan_no_plan.json", "plan", "has no key 'plan'"),
    case("simulate plan={in}/plan_no_model.json", "plan", "has no keys 'model', 'cluster'"),
    case("simulate plan={in}/plan_no_groups.json", "plan", "has no key 'plan.groups'"),
    case("simulate plan={in}/plan_empty_groups.json", "plan", "'plan.groups' []"),
    case("simulate plan={in}/plan_list.json", "plan", "JSON list"),
    case("simulate plan={in}/plan_broken.json", "plan", "is not JSON (line 1"),
    case("simulate plan={in}/binary.jsonl", "plan", "not UTF-8 text"),
    case("simulate plan={in}/plan_other_model.json", "plan", "model=llama3.1-8b"),
    case(f"{SIM}|plan={{in}}/plan_no_plan.json", "plan"),
    # --- simulate: replicas
    case("simulate|replicas=[{tp: 3}]", "replicas.0.tp", "does not divide a node"),
    case("simulate|replicas=[{tp: 0}]", "replicas.0.tp"),
    case("simulate|replicas=[{tp: 8, count: 2}]", "replicas", "needs 16 GPUs"),
    case("simulate|replicas=[{tp: 1}]", "replicas.0", "weights take", "use tp: 2 or more"),
    case(
        "simulate|model=llama3.1-405b|replicas=[{tp: 8}]", "replicas.0", "weights take", "raise pp"
    ),
    case("simulate|replicas=[{tp: 8, max_num_seqs: 0}]", "replicas.0.max_num_seqs"),
    case("simulate|replicas=[{tp: 8, foo: 1}]", "replicas.0.foo"),
    case("simulate|replicas=[{tp: 8}, {tp: 3}]", "replicas.1.tp"),
    case("simulate|disaggregation={prefill: [], decode: [{tp: 8}]}", "disaggregation.prefill"),
    case(f"{SIM}|disaggregation={{prefill: [{{tp: 8}}], decode: [{{tp: 8}}]}}", "disaggregation"),
    # --- simulate: simulation options
    case(f"{SIM}|simulation.policy=fifo", "simulation.policy"),
    case(f"{SIM}|simulation.router=random", "simulation.router"),
    case(f"{SIM}|simulation.block_size=0", "simulation.block_size"),
    case(f"{SIM}|simulation.gpu_memory_utilization=1.5", "simulation.gpu_memory_utilization"),
    case(f"{SIM}|simulation.num_requests=0", "simulation.num_requests"),
    case(f"{SIM}|simulation.num_requests=5000", "simulation.num_requests", "holds 2,000"),
    case(f"{SIM}|simulation.rate_per_s=-1", "simulation.rate_per_s"),
    case(f"{SIM}|simulation.seed=-1", "simulation.seed"),
    case(f"{SIM}|simulation.static_decode_to=never", "simulation.static_decode_to"),
    case(f"{SIM}|simulation.iteration_overhead_s=-1", "simulation.iteration_overhead_s"),
    case(f"{SIM}|simulation.runtime_reserve_gib=-1", "simulation.runtime_reserve_gib"),
    case(f"{SIM}|+simulation.foo=1", "simulation.foo"),
    case(f"{SIM}|cost_tables=/nonexistent", "cost_tables", "is not a directory"),
    case(f"{SIM}|workload.trace_path={{in}}/binary.jsonl", "{in}/binary.jsonl:2"),
    case(f"{SIM}|model=llama9", "model"),
    case(f"{SIM}|slo.percentile=0", "slo.percentile"),
    # --- capacity: the plan is parsed as simulate's; then the estimate's own settings
    case("capacity", "plan", "no plan given"),
    case("capacity plan=/nonexistent/plan.json", "plan", "no file at"),
    case(f"{CAP}|capacity.replications=1", "capacity.replications"),
    case(f"{CAP}|capacity.confidence=1.5", "capacity.confidence"),
    case(f"{CAP}|capacity.rel_tol=0", "capacity.rel_tol"),
    case(f"{CAP}|capacity.warmup_fraction=0.95", "capacity.warmup_fraction"),
    case(f"{CAP}|capacity.num_requests=50000", "capacity.num_requests"),
    case(f"{CAP}|capacity.router=random", "capacity.router"),
    case(f"{CAP}|capacity.policy=fifo", "capacity.policy"),
    case(f"{CAP}|+capacity.foo=1", "capacity.foo"),
    case(f"{CAP}|+simulation.rate_per_s=3", "simulation.rate_per_s", "is not a setting"),
    case("capacity|replicas=[{tp: 3}]", "replicas.0.tp", "does not divide a node"),
    # --- profile
    case("profile device=tpu", "device"),
    case("profile dtype=float8", "dtype"),
    case("profile profile.warmup=-1", "profile.warmup"),
    case("profile profile.repeats=0", "profile.repeats"),
    case("profile profile.tp_sizes=[]", "profile.tp_sizes"),
    case("profile profile.num_tokens=[]", "profile.num_tokens"),
    case("profile profile.num_tokens=[0]", "profile.num_tokens.0"),
    case("profile profile.batch_sizes=[]", "profile.batch_sizes"),
    case("profile profile.threads=0", "profile.threads"),
    case("profile profile.scale=big", "profile.scale"),
    case("profile profile.scale=0", "profile.scale"),
    case("profile profile.num_layers=0", "profile.num_layers", "at least 1 layer"),
    # --- replay
    case("replay replay.mode=openai", "endpoint.base_url", "is required"),
    case("replay replay.mode=grpc", "replay.mode"),
    case("replay replay.policy=fifo", "replay.policy"),
    case("replay replay.load=0", "replay.load"),
    case("replay replay.num_requests=0", "replay.num_requests"),
    case("replay replay.max_num_seqs=0", "replay.max_num_seqs"),
    case("replay replay.max_num_seqs_candidates=[]", "replay.max_num_seqs_candidates"),
    case("replay replay.kv_capacity_tokens=0", "replay.kv_capacity_tokens"),
    case("replay replay.rate_per_s=-1", "replay.rate_per_s"),
    case("replay cost_tables=/nonexistent", "cost_tables"),
    case("replay device=tpu", "device"),
    case("replay endpoint.max_concurrency=0", "endpoint.max_concurrency"),
    case("replay endpoint.timeout_s=0", "endpoint.timeout_s"),
    case("replay profile.seq_lens=[]", "profile.seq_lens"),
    case("profile profile.clock=cpu profile.threads=2", "profile.clock", "profile.threads=1"),
    case("replay profile.clock=cpu profile.threads=2", "profile.clock", "profile.threads=1"),
    case("profile profile.clock=sundial", "profile.clock"),
    # --- experiments
    case("-m +experiment=nope", "experiment", "scaling"),
    case("-m +experiment=scaling experiment.formulation=nope", "experiment.formulation"),
    case("-m +experiment=scaling experiment.backend=gurobi", "experiment.backend"),
    case("-m +experiment=scaling experiment.time_limit_s=0", "experiment.time_limit_s"),
    case("-m +experiment=scaling experiment.sizes=[0]", "experiment.sizes"),
    case("-m +experiment=scaling experiment.results_dir=", "experiment.results_dir"),
    case("-m +experiment=solver_swap experiment.formulations=[nope]", "experiment.formulations"),
    case("-m +experiment=fidelity experiment.model=llama9", "model"),
]


@pytest.fixture
def inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The working directory ``tmp_path`` with the bad files in ``tmp_path/in``."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in FILES.items():
        (folder / name).write_bytes(data)
    monkeypatch.chdir(tmp_path)
    return folder


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()} | {
        str(p.relative_to(root)) + "/": b"" for p in root.rglob("*") if p.is_dir()
    }


def assert_one_line_error(outcome: Outcome, field: str, also: tuple[str, ...] = ()) -> str:
    """The user-facing bar: one line naming ``field`` (and each of ``also``), status 2."""
    assert "Traceback" not in outcome.stderr, outcome.stderr
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1, outcome.stderr
    line = lines[0]
    assert line.startswith(f"error: {field}"), line
    assert "; fix: " in line, line
    for text in also:
        assert text in line, line
    assert outcome.code == EXIT_USER_ERROR, (outcome.code, line)
    assert outcome.stdout == "", outcome.stdout
    return line


def test_the_campaign_covers_every_command_and_group() -> None:
    assert len(CASES) >= 120
    assert len({c.id for c in CASES}) == len(CASES)  # no duplicate case
    commands = {
        c.args[0] if c.args[0] in ("simulate", "capacity", "profile", "replay") else "plan"
        for c in CASES
    }
    assert commands == {"plan", "simulate", "capacity", "profile", "replay"}
    assert any("+experiment=" in a for c in CASES for a in c.args)
    sections = (
        *("model", "cluster", "workload", "slo", "solver", "engine", "planner", "hydra"),
        *("plan", "replicas", "disaggregation", "simulation", "cost_tables", "device"),
        *("profile", "replay", "endpoint", "experiment", "capacity"),
    )
    for section in sections:
        assert any(c.field.startswith(section) for c in CASES), section


@pytest.mark.parametrize("bad", CASES, ids=[c.id for c in CASES])
def test_bad_input_is_one_line_naming_the_field(
    bad: Case, inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = inputs.parent
    before = snapshot(root)
    args = [a.replace("{in}", str(inputs)) for a in bad.args]
    if not any(a.startswith(("hydra.run.dir", "hydra.sweep.dir")) for a in args):
        key = "hydra.sweep.dir" if "-m" in args else "hydra.run.dir"
        args.append(f"{key}={root / 'out'}")
    outcome = run_main(args, monkeypatch)
    assert_one_line_error(outcome, bad.field.replace("{in}", str(inputs)), tuple(bad.also))
    assert snapshot(root) == before  # nothing written, not even an empty folder


class _Refuse(importlib.abc.MetaPathFinder):
    """An import hook that makes ``torch`` (or ``openai``) look uninstalled."""

    def __init__(self, name: str) -> None:
        self.name = name

    def find_spec(self, fullname: str, path: object, target: object = None) -> None:
        if fullname.split(".")[0] == self.name:
            raise ModuleNotFoundError(f"No module named {fullname!r}", name=fullname)
        return None


@pytest.mark.parametrize(
    "args,missing",
    [
        (["profile"], "torch"),
        (["replay"], "torch"),
        (["replay", "replay.mode=openai", "endpoint.base_url=http://x/v1"], "openai"),
    ],
)
def test_profile_and_replay_without_the_extra_name_it(
    args: list[str], missing: str, inputs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(inputs.parent)
    for name in [m for m in sys.modules if m.split(".")[0] == missing]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setattr(sys, "meta_path", [_Refuse(missing), *sys.meta_path])
    outcome = run_main([*args, f"hydra.run.dir={inputs.parent / 'out'}"], monkeypatch)
    line = assert_one_line_error(outcome, args[0], (f"needs {missing}", '".[replay]"'))
    assert "pip install -e" in line
    assert snapshot(inputs.parent) == before
