"""The official SDK's configuration module (``smartcar.config``): the API origins by name.

The official package reads the ``SMARTCAR_*_ORIGIN`` variables once, at import; here each name
is read when it is used, so it always says what the next request will use. Assigning one
(``smartcar.config.API_ORIGIN = "http://127.0.0.1:8000"``) sets its environment variable, so it
takes effect for clients, vehicles and module functions created or called afterwards.
"""

from __future__ import annotations

import os
import sys
import types

from ._config import Origins

__all__ = [
    "API_ORIGIN",
    "AUTH_ORIGIN",
    "CONNECT_ORIGIN",
    "MANAGEMENT_API_ORIGIN",
    "VEHICLE_API_ORIGIN",
]

# Official name -> (environment variable, how to read it from the resolved origins).
_NAMES: dict[str, tuple[str, str]] = {
    "API_ORIGIN": ("SMARTCAR_API_ORIGIN", "api"),
    "AUTH_ORIGIN": ("SMARTCAR_AUTH_ORIGIN", "token_url"),
    "CONNECT_ORIGIN": ("SMARTCAR_CONNECT_ORIGIN", "connect"),
    "MANAGEMENT_API_ORIGIN": ("SMARTCAR_MANAGEMENT_API_ORIGIN", "management"),
    "VEHICLE_API_ORIGIN": ("SMARTCAR_VEHICLE_API_V3_ORIGIN", "vehicle_v3"),
}

TYPE_CHECKING = False
if TYPE_CHECKING:
    API_ORIGIN: str
    AUTH_ORIGIN: str
    CONNECT_ORIGIN: str
    MANAGEMENT_API_ORIGIN: str
    VEHICLE_API_ORIGIN: str


class _ConfigModule(types.ModuleType):
    """This module, with the origins read from (and written to) the environment on use."""

    def __getattr__(self, name: str) -> str:
        if name in _NAMES:
            value = getattr(Origins.resolve(), _NAMES[name][1])
            assert isinstance(value, str)
            return value
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        if name in _NAMES:
            os.environ[_NAMES[name][0]] = str(value)
            return
        super().__setattr__(name, value)

    def __dir__(self) -> list[str]:
        return sorted({*super().__dir__(), *_NAMES})


sys.modules[__name__].__class__ = _ConfigModule
