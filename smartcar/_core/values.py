"""Small helpers on values that many modules share, written once (see CONTRIBUTING.md).

``bool`` is a subclass of ``int`` in Python, so ``isinstance(True, int)`` holds: every check
of a count, a size or a number of seconds must exclude it, and does so through these.
"""

from __future__ import annotations

from typing import Any, TypeGuard

__all__ = ["close_unawaited", "is_int", "is_number"]


def is_int(value: object) -> TypeGuard[int]:
    """Whether ``value`` is an ``int`` and not a ``bool``."""
    return isinstance(value, int) and not isinstance(value, bool)


def is_number(value: object) -> TypeGuard[int | float]:
    """Whether ``value`` is an ``int`` or a ``float`` and not a ``bool``."""
    return isinstance(value, int | float) and not isinstance(value, bool)


def close_unawaited(awaitable: Any) -> None:
    """Close a coroutine that will never be awaited (a usage mistake the caller reports).

    Left open, it would warn "never awaited" when collected, hiding the real error.
    """
    close = getattr(awaitable, "close", None)
    if callable(close):
        close()
