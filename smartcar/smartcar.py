"""Module-level functions, at the import path the official SDK uses (``smartcar.smartcar``).

A re-export: the functions are bound once, in the SDK's core
(``smartcar._resources.functions``), and ``smartcar.get_user is smartcar.smartcar.get_user``.
``API_VERSION`` is the official module variable: reading it gives ``get_api_version()``, and
assigning it is ``set_api_version()``, so code that saves and restores it keeps working.
"""

from __future__ import annotations

import sys

from ._compat.official import OfficialSmartcar
from ._core.lazy import module_getattr
from ._resources.functions import (
    delete_connections,
    get_api_version,
    get_compatibility,
    get_compatibility_matrix,
    get_connections,
    get_management_token,
    get_user,
    get_vehicle,
    get_vehicles,
    set_api_version,
    with_options,
    with_raw_response,
)
from .webhooks import hash_challenge, verify_payload

# The operations (the same as smartcar.aio's); API_VERSION, config, helpers, v2 and v3 are
# here too, as in the official module.
__all__ = [
    "delete_connections",
    "get_api_version",
    "get_compatibility",
    "get_compatibility_matrix",
    "get_connections",
    "get_management_token",
    "get_user",
    "get_vehicle",
    "get_vehicles",
    "hash_challenge",
    "set_api_version",
    "verify_payload",
    "with_options",
    "with_raw_response",
]

TYPE_CHECKING = False
if TYPE_CHECKING:
    from . import config as config
    from . import helpers as helpers
    from . import v2_response as v2  # noqa: F401 (names of the official module)
    from . import v3_response as v3  # noqa: F401

    API_VERSION: str
else:
    # The official module's other modules by name, loaded when someone reads them: the
    # results (v2) would cost every typed result.
    __getattr__ = module_getattr(
        globals(),
        {
            "config": "smartcar.config",
            "helpers": "smartcar.helpers",
            "v2": "smartcar.v2_response",
            "v3": "smartcar.v3_response",
        },
    )


sys.modules[__name__].__class__ = OfficialSmartcar
