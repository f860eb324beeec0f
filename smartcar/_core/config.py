"""Configuration: API origins, user agent and defaults, resolved when an object is created.

The official package reads the environment once at import time; here every client, vehicle and
module-level call resolves its origins when it is created (or called), and explicit arguments
win over the environment.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass, fields
from urllib.parse import urlsplit, urlunsplit

from ..exceptions import ConfigurationError
from .version import __version__

__all__ = ["SIMULATOR_URL_ENV", "Origins", "client_credentials", "user_agent"]

_ENV = {
    "api": "SMARTCAR_API_ORIGIN",
    "auth": "SMARTCAR_AUTH_ORIGIN",
    "connect": "SMARTCAR_CONNECT_ORIGIN",
    "management": "SMARTCAR_MANAGEMENT_API_ORIGIN",
    "vehicle_v3": "SMARTCAR_VEHICLE_API_V3_ORIGIN",
    "iam": "SMARTCAR_IAM_ORIGIN",
    "management_v3": "SMARTCAR_MANAGEMENT_API_V3_ORIGIN",
    "compatibility_v3": "SMARTCAR_COMPATIBILITY_API_V3_ORIGIN",
}
SIMULATOR_URL_ENV = "SMARTCAR_SIMULATOR_URL"
"""A running simulator (``smartcar simulator``): the origin of every API not set otherwise."""


def _origin(value: str) -> str:
    # SMARTCAR_AUTH_ORIGIN is a full token URL in the official SDK; accept both forms, and
    # drop any trailing slash so paths can be appended.
    parts = urlsplit(value.strip())
    path = parts.path.rstrip("/")
    if path.endswith("/oauth/token"):
        path = path[: -len("/oauth/token")]
    return urlunsplit((parts.scheme, parts.netloc, path, "", "")).rstrip("/")


@dataclass(frozen=True, slots=True)
class Origins:
    """Where each part of the Smartcar API lives.

    Each origin is the value given here, else its ``SMARTCAR_*_ORIGIN`` variable, else
    ``SMARTCAR_SIMULATOR_URL`` (a local simulator answers every API), else Smartcar's.

    Attributes:
        api: Vehicle API v2.0, compatibility (``SMARTCAR_API_ORIGIN``).
        auth: OAuth token endpoint (``SMARTCAR_AUTH_ORIGIN``; a full token URL is accepted).
        connect: Smartcar Connect, the authorization UI (``SMARTCAR_CONNECT_ORIGIN``).
        management: Management API (``SMARTCAR_MANAGEMENT_API_ORIGIN``).
        vehicle_v3: Vehicle API v3 (``SMARTCAR_VEHICLE_API_V3_ORIGIN``).
        iam: API v3 application tokens (``SMARTCAR_IAM_ORIGIN``).
        management_v3: Management API v3, webhooks and subscriptions
            (``SMARTCAR_MANAGEMENT_API_V3_ORIGIN``).
        compatibility_v3: Compatibility API v3 (``SMARTCAR_COMPATIBILITY_API_V3_ORIGIN``).
    """

    api: str = "https://api.smartcar.com"
    auth: str = "https://auth.smartcar.com"
    connect: str = "https://connect.smartcar.com"
    management: str = "https://management.smartcar.com"
    vehicle_v3: str = "https://vehicle.api.smartcar.com"
    iam: str = "https://iam.smartcar.com"
    management_v3: str = "https://management.api.smartcar.com"
    compatibility_v3: str = "https://compatibility.api.smartcar.com"

    def __post_init__(self) -> None:
        for f in fields(self):
            _refuse_userinfo(f.name, getattr(self, f.name))

    @classmethod
    def resolve(cls, **overrides: str | None) -> Origins:
        """Build origins from explicit values, then the environment, then the defaults.

        In the environment an origin's own variable (``SMARTCAR_API_ORIGIN`` ...) comes first,
        then ``SMARTCAR_SIMULATOR_URL``: the simulator answers every API at one address.
        """
        values: dict[str, str] = {}
        simulator = os.environ.get(SIMULATOR_URL_ENV)
        for f in fields(cls):
            explicit = overrides.get(f.name)
            env = os.environ.get(_ENV[f.name])
            chosen = explicit or env or simulator or f.default
            assert isinstance(chosen, str)
            values[f.name] = _origin(chosen)
        return cls(**values)

    @property
    def token_url(self) -> str:
        """The OAuth token endpoint."""
        return f"{self.auth}/oauth/token"


def _refuse_userinfo(name: str, value: object) -> None:
    # httpx2 turns "https://user:pass@host" into Basic auth that replaces the Bearer token, and
    # the URL, password included, would be quoted by every network error. Never quoted here.
    if isinstance(value, str) and "@" in urlsplit(value.strip()).netloc:
        raise ConfigurationError(
            f"origin {name!r} holds user information (user:password@ before the host), which "
            "is refused: the SDK sends its own credentials, and a password in the URL would "
            "appear in error messages. Give the origin as scheme://host[:port][/path]"
        )


@functools.cache
def user_agent() -> str:
    """The User-Agent sent with every request: ``Smartcar/<v> (<os>; <arch>) Python v<x.y.z>``."""
    import platform  # here, not at import: only a request needs it

    return (
        f"Smartcar/{__version__} ({platform.system()}; {platform.machine()}) "
        f"Python v{platform.python_version()}"
    )


def client_credentials(
    client_id: str | None, client_secret: str | None
) -> tuple[str | None, str | None]:
    """The application's client id and secret, as given or else from the environment.

    ``SMARTCAR_CLIENT_ID`` and ``SMARTCAR_CLIENT_SECRET`` fill in what is not given; ``None``
    where neither has a value.
    """
    return (
        client_id or os.environ.get("SMARTCAR_CLIENT_ID"),
        client_secret or os.environ.get("SMARTCAR_CLIENT_SECRET"),
    )
