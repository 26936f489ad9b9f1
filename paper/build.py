"""Rebuild every figure, table and the paper text from ``results/``.

Usage (from the repository root)::

    python paper/build.py                                    # results/ -> paper/build/
    python paper/build.py --results tests/fixtures/results --out /tmp/paper
    python paper/build.py --only fig_scaling_time --only tab_scaling_gap

Runs each script ``paper/figures/fig_*.py`` and ``paper/tables/tab_*.py`` (its
``make(results, out)`` writes figures as PDF and PNG, tables as Markdown, LaTeX and CSV,
and Markdown snippets), then renders ``paper/paper.template.md`` into ``<out>/paper.md``
with the generated tables and snippets inlined and the PNG figures linked.

The output folder is regenerated wholesale: it is deleted and written again on every
build. To protect other folders, the build only deletes a folder it made itself (it holds
a ``.paper-build`` marker) or an empty one, and never the results folder.

Exit status: 0 when every script ran; 2 when an experiment has no results (each such
script prints one line naming the experiment and the command that produces it, and its
outputs show as missing in paper.md); 1 when a script failed otherwise.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import jinja2
import paperlib  # paper/ is on sys.path as this script's folder; the scripts import it too

from servesolve.errors import EXIT_USER_ERROR, ServesolveError, SpecError

PAPER_DIR = Path(__file__).resolve().parent
TEMPLATE = PAPER_DIR / "paper.template.md"
MARKER = ".paper-build"
EXIT_SCRIPT_FAILED = 1


@dataclass
class BuildReport:
    """What one build produced: files per script, and the scripts that could not run."""

    files: dict[str, list[Path]] = field(default_factory=dict)
    missing: dict[str, str] = field(default_factory=dict)  # script -> one-line reason
    failed: dict[str, str] = field(default_factory=dict)  # script -> exception line
    unresolved: list[str] = field(default_factory=list)  # template names left unfilled


def discover_scripts() -> dict[str, Path]:
    """Every figure and table script, by name (``fig_*`` first, then ``tab_*``)."""
    scripts = sorted((PAPER_DIR / "figures").glob("fig_*.py"))
    scripts += sorted((PAPER_DIR / "tables").glob("tab_*.py"))
    return {path.stem: path for path in scripts}


def load_script(path: Path) -> ModuleType:
    """Import one script from its file (paper/ is not a package)."""
    spec = importlib.util.spec_from_file_location(f"paper_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def prepare_out(out: Path, results: Path) -> None:
    """Empty ``out`` for a fresh build, refusing folders this build did not make."""
    out_r, results_r = out.resolve(), results.resolve()
    if out_r == results_r or results_r.is_relative_to(out_r) or out_r.is_relative_to(results_r):
        raise SpecError(
            "--out", f"{out} overlaps the results folder {results}", "pick another --out"
        )
    if out.exists():
        if not out.is_dir():
            raise SpecError("--out", f"{out} is a file", "pick a folder")
        if any(out.iterdir()) and not (out / MARKER).exists():
            raise SpecError(
                "--out",
                f"{out} is not empty and was not made by paper/build.py (no {MARKER} file)",
                "pick a new or empty folder",
            )
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / MARKER).write_text("made by paper/build.py; deleted and rewritten on every build\n")


def run_scripts(scripts: dict[str, Path], results: Path, out: Path) -> BuildReport:
    """Run each script's ``make``; print one progress line per script."""
    report = BuildReport()
    for index, (name, path) in enumerate(scripts.items(), start=1):
        start = time.perf_counter()
        prefix = f"[{index}/{len(scripts)}] {name}"
        try:
            paths = [Path(p) for p in load_script(path).make(results, out)]
            empty = [str(p) for p in paths if not p.is_file() or p.stat().st_size == 0]
            if not paths or empty:
                raise RuntimeError(f"{name} returned no files or empty files: {empty}")
        except ServesolveError as error:
            report.missing[name] = str(error)
            print(f"{prefix}: not built: error: {error}", flush=True)
            continue
        except Exception as error:  # a bug in a script: report it, build the rest
            report.failed[name] = f"{type(error).__name__}: {error}"
            print(f"{prefix}: FAILED", flush=True)
            traceback.print_exc()
            continue
        report.files[name] = paths
        elapsed = time.perf_counter() - start
        print(f"{prefix}: {len(paths)} files in {elapsed:.1f} s", flush=True)
    return report


def render_paper(report: BuildReport, out: Path) -> Path:
    """Render the template with the generated Markdown inlined; unfilled names are marked."""
    context: dict[str, dict[str, str]] = {"tables": {}, "figures": {}, "snippets": {}}
    for paths in report.files.values():
        for path in paths:
            kind = path.parent.name
            if kind == "tables" and path.suffix == ".md":
                context["tables"][path.stem] = path.read_text().rstrip("\n")
            elif kind == "snippets":
                context["snippets"][path.stem] = path.read_text().rstrip("\n")
            elif kind == "figures" and path.suffix == ".png":
                context["figures"][path.stem] = path.relative_to(out).as_posix()
    unresolved = report.unresolved

    class Missing(jinja2.Undefined):
        """A name the build did not produce: shown in bold in paper.md and reported."""

        def __str__(self) -> str:
            unresolved.append(str(self._undefined_name))
            return f"**[missing output: {self._undefined_name}; see the build log]**"

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(PAPER_DIR),
        undefined=Missing,
        keep_trailing_newline=True,
        autoescape=False,  # Markdown, not HTML
    )
    path = out / "paper.md"
    path.write_text(env.get_template(TEMPLATE.name).render(**context))
    return path


def build(results: Path, out: Path, only: list[str] | None = None) -> BuildReport:
    """Regenerate ``out`` from ``results``: every (or each ``only``) script, then paper.md."""
    scripts = discover_scripts()
    if only:
        unknown = sorted(set(only) - set(scripts))
        if unknown:
            raise SpecError(
                "--only", f"unknown script(s) {unknown}", f"choose from {sorted(scripts)}"
            )
        scripts = {name: path for name, path in scripts.items() if name in only}
    prepare_out(out, results)
    report = run_scripts(scripts, results, out)
    paper = render_paper(report, out)
    report.files["paper"] = [paper]
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--results",
        type=Path,
        default=paperlib.DEFAULT_RESULTS,
        help="results root (default: results/)",
    )
    parser.add_argument("--out", type=Path, default=PAPER_DIR / "build", help="output folder")
    parser.add_argument("--only", action="append", help="build only this script (repeatable)")
    args = parser.parse_args(argv)
    try:
        report = build(args.results, args.out, args.only)
    except ServesolveError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USER_ERROR
    num_files = sum(len(paths) for paths in report.files.values())
    built = len(report.files) - 1  # paper.md is not a script
    total = built + len(report.missing) + len(report.failed)
    print(f"built {built} of {total} scripts ({num_files} files) into {args.out}")
    if report.unresolved:
        print(f"paper.md: missing outputs {sorted(set(report.unresolved))}")
    if report.failed:
        print(f"failed: {sorted(report.failed)}", file=sys.stderr)
        return EXIT_SCRIPT_FAILED
    if report.unresolved and not report.missing and not args.only:
        print("paper.template.md names outputs no script made (a typo?)", file=sys.stderr)
        return EXIT_SCRIPT_FAILED
    if report.missing:
        print(f"missing results for: {sorted(report.missing)}", file=sys.stderr)
        return EXIT_USER_ERROR
    return 0


if __name__ == "__main__":
    sys.exit(main())
