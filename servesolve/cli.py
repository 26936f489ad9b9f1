"""Command line: ``servesolve [COMMAND] [hydra overrides...]``.

``COMMAND`` picks the primary config ``conf/<COMMAND>.yaml`` (default ``plan``). The Hydra
task converts the config once into validated specs and calls a plain function. User errors
print one line (``error: ...``) and exit with status 2; they are caught before Hydra
creates an output directory where possible, and a directory left empty by a failed run is
removed, so a failed run writes nothing.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import hydra
from hydra.core.hydra_config import HydraConfig
from omegaconf import DictConfig, OmegaConf
from omegaconf.errors import MissingMandatoryValue, OmegaConfBaseException

from servesolve.errors import EXIT_USER_ERROR, ServesolveError, SpecError, UnknownNameError
from servesolve.specs.catalog import catalogue_names

GROUPS = ("model", "cluster", "workload", "slo", "solver")
_FULL_KEY = re.compile(r"full_key: (\S+)")
_OVERRIDE_KEY = re.compile(r"Could not override '([^']+)'")


def _fail(exc: BaseException) -> None:
    print(f"error: {exc}", file=sys.stderr)
    sys.exit(EXIT_USER_ERROR)


def _check_group_choices(overrides: list[str]) -> None:
    """Unknown catalogue names (``model=llama9``) -> one line with the nearest names."""
    for override in overrides:
        key, sep, value = override.partition("=")
        key = key.lstrip("+~")
        if not sep or key not in GROUPS or "(" in value:
            continue
        names = catalogue_names(key)
        for choice in value.split(","):
            choice = choice.strip()
            if choice and choice not in names:
                raise UnknownNameError(key, choice, names)


def _check_composes(command: str, overrides: list[str]) -> DictConfig | None:
    """Compose the config as Hydra will, to report override errors in one line."""
    if any(o.startswith("-") for o in overrides):
        return None  # multirun / Hydra flags: Hydra reports those itself
    from hydra import compose, initialize_config_module

    plain = [o for o in overrides if not o.lstrip("+~").startswith("hydra")]
    try:
        with initialize_config_module(config_module="servesolve.conf", version_base="1.3"):
            return compose(config_name=command, overrides=plain)
    except Exception as exc:  # Hydra's and OmegaConf's own exception types vary by version
        text = f"{exc}\n{exc.__cause__ or ''}"
        match = _FULL_KEY.search(text) or _OVERRIDE_KEY.search(text)
        field = match.group(1) if match else "override"
        if "not in struct" in text:
            problem = "no such config field"
        else:
            problem = (
                text.strip().splitlines()[0].rstrip(".") if text.strip() else type(exc).__name__
            )
        raise SpecError(
            field,
            problem,
            f"check the spelling; `servesolve {command} --cfg job` prints every field",
        ) from None


def _to_container(cfg: DictConfig) -> dict[str, Any]:
    try:
        data = OmegaConf.to_container(cfg, resolve=True, throw_on_missing=True)
    except MissingMandatoryValue as exc:
        raise SpecError(
            str(exc.full_key), "is required", f"set {exc.full_key}=VALUE on the command line"
        ) from None
    except OmegaConfBaseException as exc:
        raise SpecError(
            str(getattr(exc, "full_key", "config")),
            str(exc).splitlines()[0],
            "fix the config value",
        ) from None
    assert isinstance(data, dict)
    return data


def _write_new_files(out_dir: Path, contents: dict[str, str]) -> list[str]:
    """Write every file or none: refuse if any target exists."""
    targets = {name: out_dir / name for name in contents}
    existing = [str(p) for p in targets.values() if p.exists()]
    if existing:
        raise SpecError(
            "hydra.run.dir",
            f"{existing[0]} already exists and is never overwritten",
            "choose a new hydra.run.dir",
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, text in contents.items():
        with open(targets[name], "x") as fh:
            fh.write(text)
    return [str(p) for p in targets.values()]


def run_plan(cfg: DictConfig) -> None:
    """Hydra task of ``servesolve plan``."""
    from servesolve.planning import PlanRequest, plan
    from servesolve.report import plan_json, render, result_row

    out_dir = Path(HydraConfig.get().runtime.output_dir)
    try:
        choices = {
            k: str(v)
            for k, v in HydraConfig.get().runtime.choices.items()
            if not k.startswith("hydra")
        }
        data = _to_container(cfg)
        result = plan(PlanRequest.from_config(data, choices))
        files = _write_new_files(
            out_dir,
            {
                "plan.json": json.dumps(plan_json(result), indent=2, default=str) + "\n",
                "result.csv": result_row(result).to_csv(index=False),
                "candidates.csv": result.candidates.to_csv(),
                "config.yaml": OmegaConf.to_yaml(cfg, resolve=True),
            },
        )
        print(render(result, files))
    except ServesolveError as exc:
        _remove_if_empty(out_dir)
        _fail(exc)


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()  # only succeeds on an empty directory this run created
    except OSError:
        pass


COMMANDS: dict[str, Callable[[DictConfig], None]] = {"plan": run_plan}


def main(argv: list[str] | None = None) -> None:
    """Console entry point ``servesolve``."""
    args = list(sys.argv[1:] if argv is None else argv)
    command = "plan"
    if args and args[0] in COMMANDS:
        command = args.pop(0)
    elif args and not args[0].startswith("-") and "=" not in args[0]:
        _fail(
            SpecError(
                "command", f"unknown command '{args[0]}'", f"use one of {', '.join(COMMANDS)}"
            )
        )
    try:
        _check_group_choices(args)
        cfg = _check_composes(command, args)
        if cfg is not None and command == "plan":
            from servesolve.planning import PlanRequest

            PlanRequest.from_config(
                _to_container(cfg)
            )  # validate specs and inputs before any output
    except ServesolveError as exc:
        _fail(exc)
    sys.argv = [f"servesolve {command}", *args]
    task = hydra.main(version_base="1.3", config_path="pkg://servesolve.conf", config_name=command)(
        COMMANDS[command]
    )
    task()


if __name__ == "__main__":
    main()
