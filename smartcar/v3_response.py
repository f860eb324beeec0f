"""The official SDK's v3 result module (``smartcar.v3_response``), by name.

The official v3 reads return a dict ``{"body": ..., "headers": ...}``; ours return typed results
(:class:`~smartcar.types.Signals`, :class:`~smartcar.types.Signal`,
:class:`~smartcar.types.V3Vehicle`) that also answer ``result["body"]`` and
``result["headers"]``.
"""

from __future__ import annotations

from typing import Any, TypedDict

__all__ = ["Response"]


class Response(TypedDict):
    """The official shape of a v3 read: the decoded ``body`` and the response ``headers``."""

    body: Any
    headers: dict[str, Any]
