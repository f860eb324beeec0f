"""The ``stacklevel`` of a warning that points at the caller's line, outside the SDK."""

from __future__ import annotations

import sys
from pathlib import Path

__all__ = ["caller_stacklevel"]

_PACKAGE = str(Path(__file__).resolve().parents[1])  # smartcar/, this module being in _core/


def caller_stacklevel() -> int:
    """The ``stacklevel`` for the ``warnings.warn`` of this function's caller.

    It reaches the first frame outside the SDK, however deep in it the warning is raised.
    """
    frame, level = sys._getframe(1), 1
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame, level = frame.f_back, level + 1  # type: ignore[assignment]
    return level
