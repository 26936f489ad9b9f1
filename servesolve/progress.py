"""Progress bars of long steps (candidate pricing, each plan's simulator check).

A step shows a tqdm bar on stderr once it has run for :data:`PROGRESS_DELAY_S` seconds
(tqdm's ``delay``), so quick runs print nothing extra; bars go to a terminal only (tqdm's
``disable=None``: never into a file or a pipe, where the report is read) and are cleared
when the step ends (``leave=False``), so the report that follows is unchanged.
"""

from __future__ import annotations

from typing import Any

from tqdm.auto import tqdm

#: Seconds a step runs before its bar appears.
PROGRESS_DELAY_S = 2.0


def progress_bar(**kwargs: Any) -> tqdm:
    """A tqdm bar of a long step (see the module docstring); ``kwargs`` go to tqdm."""
    kwargs.setdefault("delay", PROGRESS_DELAY_S)
    kwargs.setdefault("disable", None)
    kwargs.setdefault("leave", False)
    kwargs.setdefault("dynamic_ncols", True)
    return tqdm(**kwargs)
