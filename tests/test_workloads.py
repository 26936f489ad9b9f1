"""Tests of servesolve.workloads: specs, length distributions, arrivals and traces."""

from __future__ import annotations

import dataclasses
import math
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from omegaconf import OmegaConf
from scipy import stats

from servesolve.errors import SpecError, TraceFormatError
from servesolve.workloads import (
    DATA_DIR,
    REQUEST_COLUMNS,
    TRACE_FORMATS,
    ArrivalSpec,
    LengthDistribution,
    WorkloadSpec,
    read_trace,
    sample_requests,
    workload_from_dict,
)
from servesolve.workloads.lengths import sample_lengths
from servesolve.workloads.spec import MAX_NUM_REQUESTS

REPO = Path(__file__).resolve().parents[1]
WORKLOAD_CONFS = sorted((REPO / "conf" / "workload").glob("*.yaml"))

# Tolerances, named so a failure says which statistical claim broke.
MEAN_REL_TOL = 0.02  # sample mean of 50k lengths vs the truncated normal's mean
SPEARMAN_ABS_TOL = 0.05  # sample rank correlation vs the Gaussian copula's
RATE_REL_TOL = 0.05  # mean inter-arrival vs 1 / rate
CV_REL_TOL = 0.06  # inter-arrival coefficient of variation vs the configured cv

EXPECTED_DTYPES = {
    "request_id": np.dtype("int64"),
    "arrival_time_s": np.dtype("float64"),
    "input_tokens": np.dtype("int64"),
    "output_tokens": np.dtype("int64"),
}


def _conf(name: str) -> dict:
    return OmegaConf.to_container(
        OmegaConf.load(REPO / "conf" / "workload" / f"{name}.yaml"), resolve=True
    )


def _check_frame(df: pd.DataFrame) -> None:
    assert tuple(df.columns) == REQUEST_COLUMNS
    assert dict(df.dtypes) == EXPECTED_DTYPES
    assert (df["request_id"].to_numpy() == np.arange(len(df))).all()
    assert (np.diff(df["arrival_time_s"].to_numpy()) >= 0).all()
    assert (df["input_tokens"] >= 1).all() and (df["output_tokens"] >= 1).all()


def _one_line(exc: BaseException) -> str:
    message = str(exc)
    assert "\n" not in message
    return message


def _spearman(df: pd.DataFrame) -> float:
    return float(df["input_tokens"].corr(df["output_tokens"], method="spearman"))


def _copula_spearman(rho: float) -> float:
    """Spearman correlation of a Gaussian copula with latent correlation rho."""
    return 6.0 / math.pi * math.asin(rho / 2.0)


# ----------------------------------------------------------------------------- configs


def test_config_group_is_complete():
    names = {p.stem for p in WORKLOAD_CONFS}
    assert {
        "exegpt_s",
        "exegpt_t",
        "exegpt_g",
        "exegpt_c1",
        "exegpt_c2",
        "synthetic_chat",
        "splitwise_conv",
        "splitwise_code",
        "sharegpt",
        "apex_summarization",
        "apex_creation",
        "apex_chat",
    } <= names


@pytest.mark.parametrize("path", WORKLOAD_CONFS, ids=lambda p: p.stem)
def test_every_workload_config_loads_and_samples(path):
    spec = workload_from_dict(OmegaConf.to_container(OmegaConf.load(path), resolve=True))
    assert spec.name == path.stem
    assert spec.source.strip(), "every workload config must cite its source"
    df = sample_requests(spec, num_requests=300)
    assert len(df) == 300
    _check_frame(df)
    if spec.kind == "distribution":
        assert spec.input is not None and spec.output is not None
        assert df["input_tokens"].max() <= spec.input.max_tokens
        assert df["output_tokens"].max() <= spec.output.max_tokens
    if spec.arrival.process == "closed_loop":
        assert (df["arrival_time_s"] == 0).all()


def test_exegpt_configs_match_table3():
    table3 = {  # ExeGPT Table 3: input mean/std/max, output mean/std/max
        "s": (256, 252, 512, 32, 13, 80),
        "t": (128, 81, 256, 128, 68, 320),
        "g": (64, 23, 128, 192, 93, 480),
        "c1": (256, 115, 512, 64, 30, 160),
        "c2": (512, 252, 1024, 256, 134, 640),
    }
    for task, row in table3.items():
        spec = workload_from_dict(_conf(f"exegpt_{task}"))
        got = (
            spec.input.mean_tokens,
            spec.input.std_tokens,
            spec.input.max_tokens,
            spec.output.mean_tokens,
            spec.output.std_tokens,
            spec.output.max_tokens,
        )
        assert got == row, task
        assert spec.correlation == (0.75 if task == "t" else 0.15)
        assert spec.arrival.process == "closed_loop"


def test_sharegpt_config_reproduces_published_means():
    spec = workload_from_dict(_conf("sharegpt"))
    # vLLM (Kwon et al., SOSP 2023) Fig. 11: ShareGPT input mean 161.31, output mean 337.99
    assert spec.input.theoretical_mean_tokens() == pytest.approx(161.31, rel=0.005)
    assert spec.output.theoretical_mean_tokens() == pytest.approx(337.99, rel=0.005)
    assert spec.arrival == ArrivalSpec(process="poisson", rate_per_s=1.0)


# ----------------------------------------------------------------------------- lengths


@pytest.mark.parametrize(
    "dist",
    [
        LengthDistribution(mean_tokens=256, std_tokens=252, max_tokens=512),  # ExeGPT S input
        LengthDistribution(mean_tokens=32, std_tokens=13, max_tokens=80),  # ExeGPT S output
        LengthDistribution(mean_tokens=192, std_tokens=93, max_tokens=480, min_tokens=16),
    ],
)
def test_truncated_normal_bounds_and_mean(dist):
    x = sample_lengths(dist, 50_000, np.random.default_rng(1))
    assert x.dtype == np.int64
    assert x.min() >= dist.min_tokens and x.max() <= dist.max_tokens
    assert x.min() == dist.min_tokens and x.max() == dist.max_tokens  # both ends reachable
    loc, scale = dist.mean_tokens, dist.std_tokens
    theory = stats.truncnorm(
        (dist.min_tokens - loc) / scale, (dist.max_tokens - loc) / scale, loc=loc, scale=scale
    ).mean()
    assert x.mean() == pytest.approx(theory, rel=MEAN_REL_TOL)


def test_fixed_length_when_std_is_zero():
    x = sample_lengths(
        LengthDistribution(mean_tokens=128, std_tokens=0, max_tokens=256),
        10,
        np.random.default_rng(0),
    )
    assert (x == 128).all()


def test_length_distribution_is_frozen():
    dist = LengthDistribution(mean_tokens=10, std_tokens=1, max_tokens=20)
    with pytest.raises(dataclasses.FrozenInstanceError):
        dist.mean_tokens = 11  # type: ignore[misc]


def test_translation_lengths_are_correlated_near_target():
    df = sample_requests(workload_from_dict(_conf("exegpt_t")), num_requests=20_000)
    pearson = float(df["input_tokens"].corr(df["output_tokens"]))
    assert pearson > 0.5
    assert _spearman(df) == pytest.approx(_copula_spearman(0.75), abs=SPEARMAN_ABS_TOL)


def test_weak_correlation_for_other_tasks():
    df = sample_requests(workload_from_dict(_conf("exegpt_c2")), num_requests=20_000)
    assert _spearman(df) == pytest.approx(_copula_spearman(0.15), abs=SPEARMAN_ABS_TOL)


# ----------------------------------------------------------------------------- seeding


def test_sampling_is_reproducible_and_seed_dependent():
    spec = workload_from_dict(_conf("sharegpt"))
    a = sample_requests(spec, num_requests=1000)
    b = sample_requests(spec, num_requests=1000)
    pd.testing.assert_frame_equal(a, b)
    c = sample_requests(spec, num_requests=1000, seed=1)
    assert not a["input_tokens"].equals(c["input_tokens"])
    assert not a["arrival_time_s"].equals(c["arrival_time_s"])
    d = sample_requests(dataclasses.replace(spec, seed=1), num_requests=1000)
    pd.testing.assert_frame_equal(c, d)


# ----------------------------------------------------------------------------- arrivals


def _distribution_spec(arrival: ArrivalSpec, n: int) -> WorkloadSpec:
    return WorkloadSpec(
        name="t",
        kind="distribution",
        input=LengthDistribution(mean_tokens=100, std_tokens=10, max_tokens=200),
        output=LengthDistribution(mean_tokens=100, std_tokens=10, max_tokens=200),
        arrival=arrival,
        num_requests=n,
        seed=7,
    )


def test_poisson_mean_interarrival_matches_rate():
    rate = 4.0
    df = sample_requests(
        _distribution_spec(ArrivalSpec(process="poisson", rate_per_s=rate), 20_000)
    )
    gaps = np.diff(df["arrival_time_s"].to_numpy())
    assert df["arrival_time_s"].iloc[0] == 0.0
    assert gaps.mean() == pytest.approx(1.0 / rate, rel=RATE_REL_TOL)
    assert gaps.std() / gaps.mean() == pytest.approx(1.0, rel=CV_REL_TOL)


@pytest.mark.parametrize("cv", [0.5, 2.0])
def test_gamma_interarrival_cv_and_rate(cv):
    rate = 2.0
    df = sample_requests(
        _distribution_spec(ArrivalSpec(process="gamma", rate_per_s=rate, cv=cv), 50_000)
    )
    gaps = np.diff(df["arrival_time_s"].to_numpy())
    assert gaps.mean() == pytest.approx(1.0 / rate, rel=RATE_REL_TOL)
    assert gaps.std() / gaps.mean() == pytest.approx(cv, rel=CV_REL_TOL)


def test_closed_loop_puts_everything_at_zero():
    df = sample_requests(_distribution_spec(ArrivalSpec(process="closed_loop"), 100))
    assert (df["arrival_time_s"] == 0.0).all()


def test_changing_arrival_process_keeps_lengths():
    a = sample_requests(_distribution_spec(ArrivalSpec(process="closed_loop"), 500))
    b = sample_requests(_distribution_spec(ArrivalSpec(process="poisson", rate_per_s=1.0), 500))
    assert a["input_tokens"].equals(b["input_tokens"]) and a["output_tokens"].equals(
        b["output_tokens"]
    )


def test_trace_rescaled_to_rate_and_truncated():
    d = _conf("splitwise_code")
    d["arrival"]["rate_per_s"] = 10.0
    d["num_requests"] = 1000
    df = sample_requests(workload_from_dict(d))
    _check_frame(df)
    assert len(df) == 1000
    t = df["arrival_time_s"].to_numpy()
    assert (len(t) - 1) / (t[-1] - t[0]) == pytest.approx(10.0, rel=1e-9)
    raw = read_trace("splitwise_code.csv", "splitwise_csv").iloc[:1000]
    assert (df["input_tokens"].to_numpy() == raw["input_tokens"].to_numpy()).all()


def test_trace_lengths_with_generated_poisson_arrivals():
    d = _conf("synthetic_chat")
    d["arrival"] = {"process": "poisson", "rate_per_s": 5.0}
    df = sample_requests(workload_from_dict(d))
    raw = read_trace("synthetic_chat.jsonl", "apex_jsonl")
    assert len(df) == len(raw) == 2000
    assert (df["output_tokens"].to_numpy() == raw["output_tokens"].to_numpy()).all()
    assert df["arrival_time_s"].iloc[0] == 0.0
    assert np.diff(df["arrival_time_s"]).mean() == pytest.approx(0.2, rel=RATE_REL_TOL)


# ----------------------------------------------------------------------------- trace formats


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_read_apex_jsonl(tmp_path):
    path = _write(
        tmp_path,
        "t.jsonl",
        '{"ContextTokens": 7, "GeneratedTokens": 1, "StartTimeOffset": 500000000}\n'
        '{"ContextTokens": 10, "GeneratedTokens": 3, "StartTimeOffset": 2500000000, '
        '"RequestID": "b"}\n',
    )
    df = read_trace(path, "apex_jsonl")
    _check_frame(df)
    assert df["arrival_time_s"].tolist() == [0.5, 2.5]
    assert df["input_tokens"].tolist() == [7, 10]
    assert df["output_tokens"].tolist() == [1, 3]


@pytest.mark.parametrize(
    "name,fmt,text,line,column",
    [
        (
            "t.jsonl",
            "apex_jsonl",
            '{"ContextTokens": 10, "GeneratedTokens": 3, "StartTimeOffset": 2500000000}\n'
            '{"ContextTokens": 7, "GeneratedTokens": 1, "StartTimeOffset": 500000000}\n',
            2,
            "StartTimeOffset",
        ),
        (
            "t.csv",
            "splitwise_csv",
            "arrived_at,num_prefill_tokens,num_decode_tokens\n0,5,5\n3,5,5\n1,5,5\n",
            4,
            "arrived_at",
        ),
        (
            "t.csv",
            "azure_csv",
            "TIMESTAMP,ContextTokens,GeneratedTokens\n"
            "2023-11-16 18:15:48.1805900,374,44\n2023-11-16 18:15:46.6805900,396,109\n",
            3,
            "TIMESTAMP",
        ),
    ],
)
def test_unsorted_arrival_times_are_refused_naming_the_line_and_column(
    tmp_path, name, fmt, text, line, column
):
    path = _write(tmp_path, name, text)
    with pytest.raises(TraceFormatError) as info:
        read_trace(path, fmt)
    assert info.value.line == line
    assert f"{column} " in str(info.value) and "must not go backwards" in str(info.value)
    assert str(info.value).endswith(f"fix: sort the trace by {column}")


@pytest.mark.parametrize("fmt", ["apex_jsonl", "splitwise_csv", "azure_csv"])
def test_binary_trace_is_refused_naming_the_line(tmp_path, fmt):
    path = tmp_path / "t.bin"
    path.write_bytes(b"arrived_at\n\x1f\x8b\x08\x00 gzip")
    with pytest.raises(TraceFormatError) as info:
        read_trace(path, fmt)
    assert info.value.line == 2
    assert "not UTF-8 text (byte 0x8b at offset 12)" in str(info.value)


def test_num_requests_beyond_the_trace_is_refused():
    d = _conf("synthetic_chat") | {"num_requests": 2001}
    with pytest.raises(SpecError, match=r"^workload.num_requests: 2,001 requests asked for, but"):
        workload_from_dict(d)
    assert workload_from_dict(d | {"num_requests": 2000}).num_requests == 2000


def test_num_requests_of_a_distribution_is_capped_with_an_error():
    d = _conf("exegpt_s") | {"num_requests": MAX_NUM_REQUESTS + 1}
    with pytest.raises(SpecError, match=r"^workload.num_requests: 10,000,001 requests is more"):
        workload_from_dict(d)


def test_read_azure_csv(tmp_path):
    path = _write(
        tmp_path,
        "t.csv",
        "TIMESTAMP,ContextTokens,GeneratedTokens\n"
        "2023-11-16 18:15:46.6805900,374,44\n"
        "2023-11-16 18:15:48.1805900,396,109\n"
        "2023-11-16 18:16:46.6805900,12,1\n",
    )
    df = read_trace(path, "azure_csv")
    _check_frame(df)
    assert df["arrival_time_s"].tolist() == pytest.approx([0.0, 1.5, 60.0])
    assert df["input_tokens"].tolist() == [374, 396, 12]


def test_read_splitwise_csv(tmp_path):
    path = _write(
        tmp_path,
        "t.csv",
        "arrived_at,num_prefill_tokens,num_decode_tokens\n0.0,4808,10\n0.052,3180,8\n",
    )
    df = read_trace(path, "splitwise_csv")
    _check_frame(df)
    assert df["arrival_time_s"].tolist() == [0.0, 0.052]
    assert df["output_tokens"].tolist() == [10, 8]


def test_shipped_splitwise_traces_read():
    conv = read_trace("splitwise_conv.csv", "splitwise_csv")
    code = read_trace("splitwise_code.csv", "splitwise_csv")
    assert (len(conv), len(code)) == (19_366, 8_819)
    _check_frame(conv)
    _check_frame(code)


APEX_OK = '{"ContextTokens": 5, "GeneratedTokens": 2, "StartTimeOffset": 0}\n'
AZURE_HEAD = "TIMESTAMP,ContextTokens,GeneratedTokens\n"
AZURE_OK = "2023-11-16 18:15:46.6805900,5,2\n"
SPLIT_HEAD = "arrived_at,num_prefill_tokens,num_decode_tokens\n"
SPLIT_OK = "0.5,5,2\n"

MALFORMED = [
    # (id, format, content, expected 1-based line, fragment of the problem)
    ("apex-not-json", "apex_jsonl", APEX_OK + APEX_OK + "{not json\n", 3, "not valid JSON"),
    ("apex-not-object", "apex_jsonl", APEX_OK + "[1, 2]\n", 2, "JSON object"),
    (
        "apex-missing-key",
        "apex_jsonl",
        APEX_OK + '{"ContextTokens": 5, "StartTimeOffset": 0}\n',
        2,
        "GeneratedTokens",
    ),
    (
        "apex-float-tokens",
        "apex_jsonl",
        '{"ContextTokens": 5.5, "GeneratedTokens": 2, "StartTimeOffset": 0}\n',
        1,
        "ContextTokens",
    ),
    (
        "apex-zero-tokens",
        "apex_jsonl",
        APEX_OK * 3 + '{"ContextTokens": 5, "GeneratedTokens": 0, "StartTimeOffset": 9}\n',
        4,
        "GeneratedTokens",
    ),
    (
        "apex-negative-time",
        "apex_jsonl",
        APEX_OK + '{"ContextTokens": 5, "GeneratedTokens": 2, "StartTimeOffset": -1}\n',
        2,
        "StartTimeOffset",
    ),
    ("apex-empty", "apex_jsonl", "", 1, "no requests"),
    ("azure-empty", "azure_csv", "", 1, "empty"),
    ("azure-header-only", "azure_csv", AZURE_HEAD, 1, "no requests"),
    (
        "azure-missing-column",
        "azure_csv",
        "TIMESTAMP,ContextTokens\n2023-11-16 18:15:46,5\n",
        1,
        "GeneratedTokens",
    ),
    ("azure-bad-time", "azure_csv", AZURE_HEAD + AZURE_OK + "yesterday,5,2\n", 3, "TIMESTAMP"),
    (
        "azure-non-integer",
        "azure_csv",
        AZURE_HEAD + AZURE_OK + AZURE_OK + "2023-11-16 18:15:47,5.5,2\n",
        4,
        "ContextTokens",
    ),
    ("azure-blank-line", "azure_csv", AZURE_HEAD + AZURE_OK + "\n" + AZURE_OK, 3, "ContextTokens"),
    (
        "azure-extra-field",
        "azure_csv",
        AZURE_HEAD + AZURE_OK + "2023-11-16 18:15:47,5,2,9\n",
        3,
        "fields",
    ),
    ("split-empty", "splitwise_csv", "", 1, "empty"),
    (
        "split-missing-column",
        "splitwise_csv",
        "arrived_at,num_prefill_tokens,decode\n0,1,1\n",
        1,
        "num_decode_tokens",
    ),
    ("split-negative-time", "splitwise_csv", SPLIT_HEAD + SPLIT_OK + "-0.1,5,2\n", 3, "arrived_at"),
    (
        "split-zero-tokens",
        "splitwise_csv",
        SPLIT_HEAD + SPLIT_OK * 4 + "1.0,0,2\n",
        6,
        "num_prefill_tokens",
    ),
    ("split-text-tokens", "splitwise_csv", SPLIT_HEAD + "1.0,5,many\n", 2, "num_decode_tokens"),
    ("split-short-row", "splitwise_csv", SPLIT_HEAD + SPLIT_OK + "1.0,5\n", 3, "num_decode_tokens"),
]


@pytest.mark.parametrize(
    "fmt,content,line,fragment", [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED]
)
def test_malformed_trace_names_first_bad_line(tmp_path, fmt, content, line, fragment):
    path = _write(tmp_path, "bad.trace", content)
    with pytest.raises(TraceFormatError) as info:
        read_trace(path, fmt)
    message = _one_line(info.value)
    assert info.value.line == line
    assert f"{path}:{line}:" in message
    assert fragment in message


def test_trailing_blank_lines_are_tolerated(tmp_path):
    assert (
        len(read_trace(_write(tmp_path, "a.csv", SPLIT_HEAD + SPLIT_OK + "\n\n"), "splitwise_csv"))
        == 1
    )
    assert len(read_trace(_write(tmp_path, "a.jsonl", APEX_OK + "\n"), "apex_jsonl")) == 1


def test_unknown_trace_format_lists_valid_ones(tmp_path):
    path = _write(tmp_path, "t.csv", SPLIT_HEAD + SPLIT_OK)
    with pytest.raises(SpecError) as info:
        read_trace(path, "parquet")
    assert info.value.field == "workload.trace_format"
    assert all(fmt in _one_line(info.value) for fmt in TRACE_FORMATS)
    d = _conf("splitwise_code")
    d["trace_format"] = "csv"
    with pytest.raises(SpecError) as info:
        workload_from_dict(d)
    assert info.value.field == "workload.trace_format"
    assert all(fmt in str(info.value) for fmt in TRACE_FORMATS)


def test_missing_trace_file_names_paths_tried():
    d = _conf("synthetic_chat")
    d["trace_path"] = "no_such_trace.jsonl"
    with pytest.raises(SpecError) as info:
        workload_from_dict(d)
    message = _one_line(info.value)
    assert info.value.field == "workload.trace_path"
    assert str(Path.cwd() / "no_such_trace.jsonl") in message
    assert str(DATA_DIR / "no_such_trace.jsonl") in message
    with pytest.raises(SpecError, match="no_such_trace"):
        read_trace("no_such_trace.jsonl", "apex_jsonl")


def test_relative_trace_path_prefers_cwd(tmp_path, monkeypatch):
    _write(tmp_path, "synthetic_chat.jsonl", APEX_OK)  # shadows the shipped file
    monkeypatch.chdir(tmp_path)
    assert len(read_trace("synthetic_chat.jsonl", "apex_jsonl")) == 1


# ----------------------------------------------------------------------------- spec errors


def _spec_error(d: dict) -> SpecError:
    with pytest.raises(SpecError) as info:
        workload_from_dict(d)
    _one_line(info.value)
    return info.value


def test_unknown_top_level_key_lists_valid_keys():
    d = _conf("exegpt_s")
    d["rate"] = 3
    err = _spec_error(d)
    assert err.field == "workload.rate"
    for key in (
        "name",
        "kind",
        "input",
        "output",
        "correlation",
        "arrival",
        "num_requests",
        "seed",
        "source",
    ):
        assert key in err.fix


def test_unknown_nested_key():
    d = _conf("exegpt_s")
    d["input"]["avg_tokens"] = 3
    assert _spec_error(d).field == "workload.input.avg_tokens"
    d = _conf("sharegpt")
    d["arrival"]["burstiness"] = 2
    assert _spec_error(d).field == "workload.arrival.burstiness"


def test_negative_mean_names_field():
    d = _conf("exegpt_s")
    d["input"]["mean_tokens"] = -5
    err = _spec_error(d)
    assert err.field == "workload.input.mean_tokens"
    assert "-5" in str(err)


def test_missing_rate_for_poisson_names_field():
    d = _conf("sharegpt")
    del d["arrival"]["rate_per_s"]
    assert _spec_error(d).field == "workload.arrival.rate_per_s"
    d["arrival"]["process"] = "gamma"
    assert _spec_error(d).field == "workload.arrival.rate_per_s"


@pytest.mark.parametrize(
    "mutate,field",
    [
        (lambda d: d["output"].update(max_tokens=0), "workload.output.max_tokens"),
        (lambda d: d["output"].update(std_tokens=-1.0), "workload.output.std_tokens"),
        (lambda d: d["input"].update(mean_tokens=5000), "workload.input.mean_tokens"),
        (lambda d: d.pop("output"), "workload.output"),
        (lambda d: d.update(kind="histogram"), "workload.kind"),
        (lambda d: d.update(correlation=1.5), "workload.correlation"),
        (lambda d: d.update(num_requests=0), "workload.num_requests"),
        (lambda d: d.update(seed=-1), "workload.seed"),
        (lambda d: d.update(trace_path="x.jsonl"), "workload.trace_path"),
        (lambda d: d["arrival"].update(process="bursty"), "workload.arrival.process"),
        (lambda d: d["arrival"].update(process="trace"), "workload.arrival.process"),
        (lambda d: d["arrival"].update(rate_per_s=2.0), "workload.arrival.rate_per_s"),
        (lambda d: d["arrival"].update(cv=2.0), "workload.arrival.cv"),
    ],
)
def test_bad_fields_are_named(mutate, field):
    d = _conf("exegpt_c1")  # closed_loop distribution workload
    mutate(d)
    assert _spec_error(d).field == field


def test_trace_workload_rejects_length_fields():
    d = _conf("splitwise_conv")
    d["input"] = {"mean_tokens": 10, "std_tokens": 1, "max_tokens": 20}
    assert _spec_error(d).field == "workload.input"


# ----------------------------------------------------------------------------- shipped data


def test_shipped_synthetic_trace_is_generator_output(tmp_path):
    out = tmp_path / "regenerated.jsonl"
    subprocess.run(
        [sys.executable, "-m", "servesolve.workloads.make_synthetic_trace", "--out", str(out)],
        check=True,
        cwd=tmp_path,
    )
    assert out.read_bytes() == (DATA_DIR / "synthetic_chat.jsonl").read_bytes()
    df = read_trace(out, "apex_jsonl")
    assert len(df) == 2000
    assert np.diff(df["arrival_time_s"]).mean() == pytest.approx(0.5, rel=RATE_REL_TOL)


def test_shipped_data_is_small_and_licensed():
    total = sum(p.stat().st_size for p in DATA_DIR.rglob("*") if p.is_file())
    assert total < 1_000_000
    assert (DATA_DIR / "LICENSE-vidur.txt").read_text().lstrip().startswith("MIT License")
    assert "Splitwise" in (DATA_DIR / "README.md").read_text()


def test_hydra_group_composes_with_overrides():
    from hydra import compose, initialize_config_dir

    with initialize_config_dir(config_dir=str(REPO / "conf"), version_base=None):
        cfg = compose(
            overrides=[
                "+workload=exegpt_t",
                "workload.arrival.process=poisson",
                "workload.arrival.rate_per_s=3",
            ]
        )
    spec = workload_from_dict(OmegaConf.to_container(cfg.workload, resolve=True))
    assert spec.name == "exegpt_t"
    assert spec.arrival == ArrivalSpec(process="poisson", rate_per_s=3.0)
