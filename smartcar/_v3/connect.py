"""Connect for API v3: what the redirect to your application said (:func:`read_connect_redirect`).

No generated code: reading a redirect loads none of the API v3 results. Public through
:mod:`smartcar.v3` and :mod:`smartcar`.
"""

from __future__ import annotations

import hmac
from collections.abc import Mapping
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from .._core import validate as check
from ..exceptions import InvalidInputError, OAuthError

__all__ = ["ConnectError", "ConnectRedirect", "read_connect_redirect"]


class ConnectError(OAuthError):
    """Smartcar Connect sent the user back with ``error=`` (or a ``state`` that is not yours).

    ``type`` is the ``error`` value (``access_denied``, ``vehicle_incompatible`` ...),
    ``description`` the ``error_description``; ``state`` and, for incompatible vehicles, the
    ``vin``, ``make``, ``model`` and ``year`` are kept as sent.
    """

    state: str | None = None
    vehicle_info: Mapping[str, str] = {}


@dataclass(frozen=True, slots=True)
class ConnectRedirect:
    """What Connect's redirect said on success.

    Attributes:
        user_id: the Smartcar user id: store it and send it as ``sc-user-id``.
        code: the authorization code, when the redirect still carries one (API v3 does not
            need it; exchange it only for legacy per-vehicle tokens).
        state: the ``state`` echoed back.
    """

    user_id: str
    code: str | None = field(repr=False)
    state: str | None


def read_connect_redirect(url: str, *, state: str | None) -> ConnectRedirect:
    """Read the URL Connect redirected the user's browser to (API v3).

    Args:
        url: the full redirect URL (or just its query string, with or without ``?``).
        state: the ``state`` you sent to Connect; ``None`` only if you sent none.

    Returns:
        The user id (from ``user_id``, or the ``userId`` spelling some pages document), the
        code if present, and the state.

    Raises:
        ConnectError: Connect reported an error, or ``state`` does not match.
        InvalidInputError: the redirect carries no user id.
    """
    if not isinstance(url, str):
        raise InvalidInputError(f"url must be a string, got {type(url).__name__}")
    query = urlsplit(url).query if "://" in url else url.lstrip("?")
    params = {k: v[0] for k, v in parse_qs(query, keep_blank_values=True).items()}
    got_state = params.get("state")
    # The state is checked first, errors included: a forged redirect must not pass as one.
    if state is not None and not hmac.compare_digest(
        (got_state or "").encode(), check.non_empty("state", state).encode()
    ):
        error = ConnectError(
            "Connect redirect: the state does not match the one sent (possible forgery)",
            type="invalid_state",
        )
        error.state = got_state
        raise error
    if params.get("error"):
        description = params.get("error_description") or None
        error = ConnectError(
            f"Smartcar Connect: {params['error']}" + (f" - {description}" if description else ""),
            type=params["error"],
            description=description,
        )
        error.state = got_state
        error.vehicle_info = {k: params[k] for k in ("vin", "make", "model", "year") if k in params}
        raise error
    user_id = params.get("user_id") or params.get("userId")
    if not user_id:
        raise InvalidInputError("the Connect redirect carries no user_id (nor userId)")
    return ConnectRedirect(user_id=user_id, code=params.get("code") or None, state=got_state)
