"""How the simulator routes a request: each operation of the spec's registry as a `_Route`.

Method, path, authentication, permission and units come from the operation registry; the
simulator adds its own facts about an operation (`_Handling`: the handler, the vehicles it
needs). `_simulator` holds the table of handlers and the routes built from it with these.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from smartcar_openapi.registry import OperationInfo

from ._errors import api_error
from ._spec import find_example, load_spec
from ._state import Handler, _Auth, _Call, _Route


def _r(method: str, pattern: str, handler: Handler, **options: Any) -> _Route:
    return _Route(method, re.compile(pattern), handler, **options)


# How the simulator checks each security scheme of the spec.
_AUTH_OF_SCHEMES = {
    ("accessToken",): _Auth.ACCESS,
    ("clientCredentials",): _Auth.CLIENT,
    ("managementToken",): _Auth.MANAGEMENT,
    ("managementBearer",): _Auth.AMT,
    ("accessToken", "managementBearer"): _Auth.ACCESS_OR_AMT,
    # API v3: the application token from the IAM endpoint, or (on the v3 reads the official
    # SDKs make) a Connect access token instead.
    ("bearerAuth",): _Auth.APP,
    ("accessToken", "bearerAuth"): _Auth.ACCESS_OR_APP,
}


@dataclass(frozen=True)
class _Handling:
    """The simulator's own facts about an operation: its handler and the vehicles it needs."""

    handler: Handler
    needs: str | None = None  # "battery" or "engine": other vehicles answer 501
    auth: _Auth | None = None  # instead of the spec's security (the handler checks it itself)
    # The permission the connection must hold, where the spec names none: API v3 documents no
    # scopes for the application token, but what a vehicle's connection was granted still
    # limits what the application may do with that vehicle.
    permission: str | None = None


def _example_handler(info: OperationInfo) -> Handler:
    """Answer an operation the simulator has no handler for with its spec example."""

    def answer(sim: Any, call: _Call) -> object:
        found = find_example(load_spec(), info.method, info.path, variant=call.units)
        if found is None:
            raise api_error("RESOURCE_NOT_FOUND", "PATH")
        return found

    return answer


def _pattern(path: str) -> str:
    # Each {name} matches one path segment, captured under its name; the rest is literal. The
    # simulator implements API version 2.0 (_route maps 1.0 onto it and rejects the others).
    parts = re.split(r"\{(\w+)\}", path)
    return "".join(
        re.escape(part) if i % 2 == 0 else _PARAMETER.get(part, f"(?P<{part}>[^/]+)")
        for i, part in enumerate(parts)
    )


_PARAMETER = {"version": re.escape("2.0")}


def _spec_route(info: OperationInfo, handling: _Handling | None) -> _Route:
    """The route of an operation of the spec, answered by ``handling`` or its spec example."""
    handling = handling or _Handling(_example_handler(info))
    auth = handling.auth or _AUTH_OF_SCHEMES.get(info.security, _Auth.NONE)
    # A data read of the vehicle (below it, with a permission) answers with the data's age.
    data = info.batch_path not in (None, "/") and bool(info.permissions)
    permission = info.permissions[0] if info.permissions else handling.permission
    # API v3 answers errors with JSON:API documents, except where a v2.0-style Connect access
    # token may be used instead (the v3 reads): there the application token switches them on
    # (see _Pipeline._app_authenticate).
    v3 = info.path.startswith("/v3/") and "accessToken" not in info.security
    return _r(
        info.method,
        _pattern(info.path),
        handling.handler,
        auth=auth,
        permission=permission,
        data=data,
        units=info.units,
        echo_units=info.units and "SC-Unit-System" in info.response_headers,
        needs=handling.needs,
        v3=v3,
        # With the application token, a vehicle call names the user it acts for.
        user="sc_user_id" in info.parameters,
    )
