"""What the official package's modules do beyond the SDK's own names, on the SDK's pieces.

The modules named as the official package's (``smartcar.helpers``, ``smartcar.config``,
``smartcar.smartcar``) only re-export; their behaviour is here:

* the helper functions of ``smartcar.helpers``: ``requester`` sends one request the way the
  official helper does (its User-Agent, a 310 s timeout) and raises our ``SmartcarException``
  subclasses; the SDK's own operations do not use it (they share connection pools, retries and
  typed parsing);
* :class:`OfficialConfig`, the class of ``smartcar.config``: its origins are read from the
  environment when used, and assigning one sets its variable;
* :class:`OfficialSmartcar`, the class of ``smartcar.smartcar``: its ``API_VERSION`` is the
  SDK's API version setting.
"""

from __future__ import annotations

import os
import types
from collections.abc import Mapping
from typing import Any

import httpx2

from .._core.config import Origins, user_agent
from .._core.errors import error_from_response
from ..exceptions import ConfigurationError, NetworkError, RequestTimeoutError

__all__ = [
    "OFFICIAL_ORIGINS",
    "OfficialConfig",
    "OfficialSmartcar",
    "format_flag_query",
    "format_path_and_attribute_for_batch",
    "requester",
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
    from .._resources.batch import attribute_name

    path = raw_path[1:] if raw_path.startswith("/") else raw_path
    return path, attribute_name(path)


OFFICIAL_ORIGINS: dict[str, tuple[str, str]] = {
    "API_ORIGIN": ("SMARTCAR_API_ORIGIN", "api"),
    "AUTH_ORIGIN": ("SMARTCAR_AUTH_ORIGIN", "token_url"),
    "CONNECT_ORIGIN": ("SMARTCAR_CONNECT_ORIGIN", "connect"),
    "MANAGEMENT_API_ORIGIN": ("SMARTCAR_MANAGEMENT_API_ORIGIN", "management"),
    "VEHICLE_API_ORIGIN": ("SMARTCAR_VEHICLE_API_V3_ORIGIN", "vehicle_v3"),
}
"""``smartcar.config``'s names: ``{name: (environment variable, field of the origins)}``."""


def _origin(name: str) -> property:
    variable, field = OFFICIAL_ORIGINS[name]

    def read(module: types.ModuleType) -> str:
        value = getattr(Origins.resolve(), field)
        assert isinstance(value, str)
        return value

    def write(module: types.ModuleType, value: object) -> None:
        os.environ[variable] = str(value)

    return property(read, write, doc=f"The origin in use; assigning it sets ``{variable}``.")


class OfficialConfig(types.ModuleType):
    """``smartcar.config``: the origins, read from (and written to) the environment on use.

    The official package reads the ``SMARTCAR_*_ORIGIN`` variables once, at import; here each
    name says what the next request will use, and assigning one takes effect for the clients,
    vehicles and module functions created or called afterwards.
    """

    API_ORIGIN = _origin("API_ORIGIN")
    AUTH_ORIGIN = _origin("AUTH_ORIGIN")
    CONNECT_ORIGIN = _origin("CONNECT_ORIGIN")
    MANAGEMENT_API_ORIGIN = _origin("MANAGEMENT_API_ORIGIN")
    VEHICLE_API_ORIGIN = _origin("VEHICLE_API_ORIGIN")

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *OFFICIAL_ORIGINS})


class OfficialSmartcar(types.ModuleType):
    """``smartcar.smartcar``, whose ``API_VERSION`` is the SDK's API version setting."""

    @property
    def API_VERSION(self) -> str:
        """The API version of module functions and new vehicles (``set_api_version``)."""
        from .._resources.api import get_api_version

        return get_api_version()

    @API_VERSION.setter
    def API_VERSION(self, version: str) -> None:
        # Validated as set_api_version does: a bad value fails here, not at the next request.
        from .._resources.api import set_api_version

        set_api_version(version)
