"""User-facing errors.

Every error a user can cause is one of these. The CLI prints ``error: <message>`` on one
line and exits with status 2, without a traceback, so each message must say by itself
which field (or file and line) is wrong and how to fix it.
"""

from __future__ import annotations

EXIT_USER_ERROR = 2


class ServesolveError(Exception):
    """Base class: an error caused by the user's input, shown as one line."""


class SpecError(ServesolveError, ValueError):
    """A config field has a bad value.

    Parameters
    ----------
    field:
        Dotted path of the field as the user writes it in an override
        (``model.num_layers``, ``slo.ttft_s``).
    problem:
        What is wrong, with the offending value.
    fix:
        What to do instead.
    """

    def __init__(self, field: str, problem: str, fix: str) -> None:
        self.field = field
        self.problem = problem
        self.fix = fix
        super().__init__(f"{field}: {problem}; fix: {fix}")


class UnknownNameError(SpecError):
    """A catalogue name (model, GPU, cluster, ...) that does not exist; suggests the nearest."""

    def __init__(self, field: str, name: str, known: list[str]) -> None:
        import difflib

        # Compared case-folded (H100-SXM is nearest h100-sxm-80gb), suggested as spelled.
        folded = {k.casefold(): k for k in known}
        close = [
            folded[k]
            for k in difflib.get_close_matches(str(name).casefold(), folded, n=3, cutoff=0.4)
        ]
        hint = (
            f"did you mean {', '.join(close)}?"
            if close
            else f"choose one of {', '.join(sorted(known))}"
        )
        super().__init__(field, f"unknown name '{name}'", hint)
        self.name = name
        self.known = known


class TraceFormatError(ServesolveError, ValueError):
    """A request trace file is malformed; names the file and the 1-based line."""

    def __init__(self, path: str, line: int, problem: str, fix: str) -> None:
        self.path = path
        self.line = line
        super().__init__(f"{path}:{line}: {problem}; fix: {fix}")


class InfeasibleError(ServesolveError):
    """No plan satisfies the constraints; the message says which family and by how much."""


class SolverUnavailableError(ServesolveError):
    """The requested solver backend is not installed or not known."""
