"""The official SDK's helper module (``smartcar.helpers``), by name.

``requester`` sends one request the way the official helper does (its User-Agent, a 310 s
timeout) and raises our ``SmartcarException`` subclasses; the SDK's own operations do not use
it (they share connection pools, retries and typed parsing).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

import httpx2

from . import exception as sce
from ._config import user_agent
from ._errors import error_from_response
from .exceptions import ConfigurationError, NetworkError, RequestTimeoutError

__all__ = [
    "format_flag_query",
    "format_path_and_attribute_for_batch",
    "requester",
    "sce",
    "validate_env",
]

_OFFICIAL_TIMEOUT = 310.0


def requester(method: str, url: str, **kwargs: Any) -> httpx2.Response:
    """Send one request; return the response if it succeeded, else raise its error.

    Args:
        method: the HTTP method.
        url: the full URL.
        **kwargs: ``headers``, ``params``, ``json``, ``data`` and the other arguments of
            ``httpx2.request``.

    Raises:
        SmartcarException: the subclass for the failed response, or a ``NetworkError``.
    """
    headers = dict(kwargs.pop("headers", None) or {})
    headers["User-Agent"] = user_agent()
    kwargs.setdefault("timeout", _OFFICIAL_TIMEOUT)
    try:
        response = httpx2.request(method, url, headers=headers, **kwargs)
    except httpx2.TimeoutException as error:
        raise RequestTimeoutError(f"{method} {url} timed out") from error
    except httpx2.HTTPError as error:
        raise NetworkError(f"{method} {url} failed: {type(error).__name__}") from error
    if response.is_success:
        return response
    raise error_from_response(response.status_code, response.headers, response.content)


def validate_env(mode: str = "live") -> None:
    """Check that the client id and secret are in the environment.

    Args:
        mode: ``"live"`` reads ``SMARTCAR_CLIENT_ID``/``_SECRET``; ``"test"`` and
            ``"simulated"`` read ``E2E_SMARTCAR_CLIENT_ID``/``_SECRET``, as the official SDK.

    Raises:
        ConfigurationError: a variable is missing.
    """
    prefix = "E2E_SMARTCAR" if mode != "live" else "SMARTCAR"
    if f"{prefix}_CLIENT_ID" not in os.environ or f"{prefix}_CLIENT_SECRET" not in os.environ:
        raise ConfigurationError(
            f'"{prefix}_CLIENT_ID" and "{prefix}_CLIENT_SECRET" environment variables must be set'
        )


def format_flag_query(flags: Mapping[str, Any]) -> str:
    """Feature flags as the ``flags`` query value: ``"key:value key:value"`` (bools lower case)."""
    return " ".join(
        f"{name}:{str(value).lower() if isinstance(value, bool) else value}"
        for name, value in flags.items()
    )


def format_path_and_attribute_for_batch(raw_path: str) -> tuple[str, str]:
    """A batch path without its leading slash, and the batch attribute that holds its result.

    ``"/"`` gives ``("", "attributes")``, ``"/engine/oil"`` gives ``("engine/oil", "engine_oil")``.
    """
    # The batch module loads the typed results: only when a batch path is named.
    from ._batch import attribute_name

    path = raw_path[1:] if raw_path.startswith("/") else raw_path
    return path, attribute_name(path)
