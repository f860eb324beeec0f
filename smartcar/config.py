"""The official SDK's configuration module (``smartcar.config``): the API origins by name.

The official package reads the ``SMARTCAR_*_ORIGIN`` variables once, at import; here each name
is read when it is used, so it always says what the next request will use. Assigning one
(``smartcar.config.API_ORIGIN = "http://127.0.0.1:8000"``) sets its environment variable, so it
takes effect for clients, vehicles and module functions created or called afterwards.
"""

from __future__ import annotations

import sys

from ._compat.official import OfficialConfig

__all__ = [
    "API_ORIGIN",
    "AUTH_ORIGIN",
    "CONNECT_ORIGIN",
    "MANAGEMENT_API_ORIGIN",
    "VEHICLE_API_ORIGIN",
]

TYPE_CHECKING = False
if TYPE_CHECKING:
    API_ORIGIN: str
    AUTH_ORIGIN: str
    CONNECT_ORIGIN: str
    MANAGEMENT_API_ORIGIN: str
    VEHICLE_API_ORIGIN: str


sys.modules[__name__].__class__ = OfficialConfig
