"""The import layers of ``[tool.importlinter]`` in pyproject.toml, checked by import-linter.

The stages live in top-level folders that install as ``servesolve.`` subpackages
(``[tool.setuptools] package-dir``). An editable install maps them with an import hook
that import-linter's graph builder does not follow, so the check runs on the installed
layout: a tree of links to the sources, arranged as a wheel would put them.
"""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = ROOT / "pyproject.toml"


def installed_layout(where: Path) -> Path:
    """Link every module of every package to where a wheel would install it."""
    mapping = tomllib.loads(PYPROJECT.read_text())["tool"]["setuptools"]["package-dir"]
    for package, folder in mapping.items():
        target = where.joinpath(*package.split("."))
        target.mkdir(parents=True, exist_ok=True)
        for source in (ROOT / folder).glob("*.py"):
            (target / source.name).symlink_to(source)
    return where


def lint_imports(layout: Path) -> subprocess.CompletedProcess[str]:
    command = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(command), str(PYPROJECT), "--no-cache"],
        cwd=layout,  # import-linter finds the root package from the working directory
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_imports_go_one_way(tmp_path: Path) -> None:
    run = lint_imports(installed_layout(tmp_path))
    assert run.returncode == 0, run.stdout + run.stderr
    assert "0 broken" in run.stdout


def test_an_upward_import_from_a_remapped_folder_breaks_the_contract(tmp_path: Path) -> None:
    """``specs`` (the folder ``specs/``) importing the CLI is caught: the check sees the
    remapped subpackages, not only ``servesolve/`` itself."""
    layout = installed_layout(tmp_path)
    (layout / "servesolve" / "specs" / "upward.py").write_text("import servesolve.cli\n")
    run = lint_imports(layout)
    assert run.returncode != 0
    assert "servesolve.specs.upward -> servesolve.cli" in run.stdout, run.stdout
