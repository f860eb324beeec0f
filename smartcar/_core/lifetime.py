"""Token lifetimes: when to renew, which margins and lifetimes are refused, how long to wait.

A caller waits for a refresh in flight until the deadline of the call it is for.

Shared by :class:`~smartcar.TokenManager` (Connect tokens) and the API v3 application token.
"""

from __future__ import annotations

import math
import time
import weakref

from ..exceptions import InvalidInputError, InvalidResponseError, RequestTimeoutError
from .values import is_number

__all__ = [
    "REFUSED_FOR",
    "LifelessTokenError",
    "check_lifetime",
    "check_margin",
    "check_refused",
    "remember_refusal",
    "renew_at",
    "time_left",
    "waited_too_long",
]


def check_margin(name: str, value: object) -> float:
    """A refresh margin: a finite number of seconds >= 0 (``nan`` would refresh every call)."""
    if not is_number(value) or not math.isfinite(value) or value < 0:
        raise InvalidInputError(
            f"{name} must be a finite number of seconds >= 0, got {type(value).__name__}"
            + (f" {value!r}" if isinstance(value, int | float) else "")
        )
    return float(value)


def renew_at(lifetime: float, margin: float, *, received: bool = True) -> float:
    """When (``time.monotonic()``) to renew a token that lives ``lifetime`` more seconds.

    ``margin`` seconds before it expires; but a token just ``received`` from the token endpoint
    is used for at least half its life: one shorter-lived than twice the margin would otherwise
    be renewed on every call.
    """
    early = min(margin, lifetime / 2) if received else margin
    return time.monotonic() + lifetime - early


class LifelessTokenError(InvalidResponseError):
    """The token endpoint returned a token that expires as it arrives (``expires_in <= 0``)."""


REFUSED_FOR = 30.0
"""Seconds a lifeless token's refusal stands, answered without a request."""

_refusals: weakref.WeakKeyDictionary[object, tuple[float, str]] = weakref.WeakKeyDictionary()


def check_lifetime(expires_in: float) -> None:
    """Refuse a token that expires as it arrives: renewing it would take a request per call."""
    if not expires_in > 0:
        raise LifelessTokenError(
            f"The token endpoint returned a token with expires_in {expires_in!r}: a token must "
            "live a positive number of seconds; it is not used"
        )


def remember_refusal(owner: object, error: BaseException | None) -> None:
    """Note that ``owner``'s renewal ended in a lifeless token (call under ``owner``'s lock)."""
    if isinstance(error, LifelessTokenError):
        _refusals[owner] = (time.monotonic() + REFUSED_FOR, error.message)
    else:
        _refusals.pop(owner, None)


def check_refused(owner: object) -> None:
    """Raise the refusal again, without a request, for ``REFUSED_FOR`` seconds after it came."""
    refusal = _refusals.get(owner)
    if refusal is not None and time.monotonic() < refusal[0]:
        raise LifelessTokenError(
            f"{refusal[1]} (refused {REFUSED_FOR:g} s ago or less; asked again only after that)"
        )


def time_left() -> float | None:
    """Seconds left for the call a token is for (``None`` outside a call: no limit)."""
    from .._http import network  # not at import: the engine loads with the first call

    left = network.time_left()
    return None if left is None else max(left, 0.0)


def waited_too_long() -> RequestTimeoutError:
    """The error of a caller whose deadline passed while another caller's refresh ran."""
    return RequestTimeoutError(
        "Request timed out: the token refresh in progress did not end within the call's "
        "deadline (the deadline option)"
    )
