"""Reading one response header, whatever its casing."""

from __future__ import annotations

from collections.abc import Mapping

import httpx2

__all__ = ["header"]


def header(headers: Mapping[str, str], name: str) -> str | None:
    """The value of header ``name`` in ``headers``, matched without regard to case.

    ``httpx2.Headers`` already match that way; batch items carry plain dicts of lower-case
    names, and callers may pass any mapping.
    """
    value = headers.get(name)
    if value is None and not isinstance(headers, httpx2.Headers):
        wanted = name.lower()
        value = next(
            (v for k, v in headers.items() if isinstance(k, str) and k.lower() == wanted), None
        )
    return value
