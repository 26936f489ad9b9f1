"""What a command produced: the files it writes and its terminal report.

Commands (``servesolve.cli``), replays and experiment jobs all return an :class:`Output`;
the CLI writes its files (refusing to overwrite) and prints ``render(written paths)``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Output:
    """What a command produced: files to write (name -> text, or bytes for a picture) and
    its terminal report."""

    files: dict[str, str | bytes]
    render: Callable[[list[str]], str]


__all__ = ["Output"]
