"""Module-level operations (users, vehicles, compatibility, management), defined once.

``smartcar.get_user`` and friends are methods of a module-level :class:`SyncApi` (``functions``);
``smartcar.aio.get_user`` and friends of an :class:`AsyncApi`. Both resolve the origins from the
environment on every call, so changing ``SMARTCAR_API_ORIGIN`` at run time takes effect.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Self, TypedDict, Unpack

import httpx2

from .._core import validate as check
from .._core.config import Origins, client_credentials
from .._core.values import is_int
from .._http import (
    DEFAULT_API_VERSION,
    HTTP_OPTIONS,
    ClientOptions,
    Operation,
    Settings,
    checked_options,
)
from ..auth_client import basic_authorization
from ..exceptions import ConfigurationError, InvalidInputError
from .ops import AsyncRunner, Configurable, SyncRunner, operation, raw_view

# The generated code and the typed results load with the first call, imported by the operation
# that needs them (see _core.lazy): a Vehicle reads the API version from here.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .. import types

__all__ = [
    "AsyncApi",
    "HttpOptions",
    "SyncApi",
    "get_api_version",
    "get_management_token",
    "set_api_version",
]

_api_version = DEFAULT_API_VERSION


def set_api_version(version: str) -> None:
    """Set the API version (``"2.0"``) used by module functions and vehicles created later.

    Raises:
        InvalidInputError: a version that does not look like ``"2.0"``.
    """
    global _api_version
    _api_version = check.api_version(version)


def get_api_version() -> str:
    """The API version used by module functions and newly created vehicles."""
    return _api_version


def get_management_token(amt: str, username: str = "default") -> str:
    """The base64 ``username:amt`` credential of the Management API's Basic authentication."""
    return basic_authorization(username, check.credential("amt", amt))[len("Basic ") :]


def _client_credentials(options: Mapping[str, Any] | None, function: str) -> str:
    # The messages are the official package's, word for word (user code may match on them),
    # including its two missing spaces; only the exception class is ours.
    opts = options or {}
    client_id, client_secret = client_credentials(opts.get("client_id"), opts.get("client_secret"))
    if client_id and client_secret:
        return basic_authorization(
            check.credential("client_id", client_id),
            check.credential("client_secret", client_secret),
        )
    if options is None:
        raise ConfigurationError(
            '"SMARTCAR_CLIENT_ID" and "SMARTCAR_CLIENT_SECRET" environment variables must be set'
        )
    raise ConfigurationError(
        f"'{function}' requires a client_id AND client_secret. "
        "Either set these as environment variables, OR pass them in as part of the 'options'"
        "dictionary. The recommended course of action is to set up environment variables"
        "with your client credentials. i.e.: "
        "'SMARTCAR_CLIENT_ID' and 'SMARTCAR_CLIENT_SECRET'"
    )


def _filter(value: Mapping[str, Any] | None) -> dict[str, str]:
    opts = check.options(value, ("user_id", "vehicle_id"), name="filter", strict=True)
    return {k: check.non_empty(f"filter['{k}']", v) for k, v in opts.items() if v is not None}


class HttpOptions(TypedDict, total=False):
    """The HTTP client of one module-function call (``smartcar.get_vehicles(token, ...)``).

    Either ``http_client`` (an ``httpx2.Client``, or an ``httpx2.AsyncClient`` for
    ``smartcar.aio``; never closed by the SDK) or ``transport`` (an httpx2 transport, such as
    ``smartcar.testing.SimulatorTransport``); without them the shared keep-alive pool is used.
    """

    http_client: httpx2.Client | httpx2.AsyncClient
    transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport


class _ApiOperations(Configurable):
    """The account-level operations shared by the sync and async module functions."""

    def __init__(self, **client_options: Unpack[ClientOptions]) -> None:
        options = checked_options(client_options, "with_options")
        self._origins: Origins | None = options.pop("origins", None)
        http = {name: options.pop(name) for name in HTTP_OPTIONS if name in options}
        self._options: dict[str, Any] = options
        # Checked now, so a bad value fails where it is written, not at the first call. The
        # origins are resolved per call instead (_current_settings), unless given.
        self._configure(**http, origins=self._origins or Origins(), **options)

    def _current_settings(self) -> Settings:
        # Resolved per call: configuration is never frozen at import time.
        origins = self._origins or Origins.resolve()
        return Settings(origins=origins).with_options(**self._options)

    def with_options(self, **client_options: Unpack[ClientOptions]) -> Self:
        """The module functions with other timeouts, retries, limits or HTTP client.

        For example ``smartcar.with_options(max_retries=0).get_vehicles(token)``, or
        ``smartcar.with_options(transport=SimulatorTransport(sim))`` for a simulator in your
        tests. ``http_client`` is used as it is and never closed; a ``transport`` is wrapped
        in a client that ``close()`` (or a ``with`` block) closes. Without either, the HTTP
        client stays this object's. The options are those of :class:`~smartcar.ClientOptions`;
        one left out (or ``None``) keeps its value.
        """
        options = checked_options(client_options, "with_options")
        if "http_client" not in options and "transport" not in options:
            # Borrowed: only the object that made it closes it.
            options["http_client"] = self._http_client or self._async_http_client
        kept = {"origins": self._origins, **self._options}
        return type(self)(**{**kept, **options})

    def _per_call(self, kwargs: dict[str, Any]) -> Self:
        """The object that runs one call: this one, or a copy with the call's HTTP client.

        Takes ``http_client`` and ``transport`` (:class:`HttpOptions`) out of ``kwargs``.
        """
        http_client = kwargs.pop("http_client", None)
        transport = kwargs.pop("transport", None)
        if http_client is None and transport is None:
            return self
        return self.with_options(http_client=http_client, transport=transport)

    @operation
    def get_user(self, access_token: str, **http: Unpack[HttpOptions]) -> Operation[types.User]:
        """The id of the user who granted ``access_token`` (``GET /user``)."""
        from smartcar_openapi.api.user import get_user as endpoint

        from .. import types

        return Operation(
            endpoint=endpoint,
            kwargs={},
            origin="api",
            convert=types.model(types.User),
            authorization=f"Bearer {check.credential('access_token', access_token)}",
            version=_api_version,
        )

    @operation
    def get_vehicles(
        self,
        access_token: str,
        paging: Mapping[str, int] | None = None,
        **http: Unpack[HttpOptions],
    ) -> Operation[types.Vehicles]:
        """Ids of the vehicles ``access_token`` may access (``GET /vehicles``).

        Args:
            access_token: the user's access token.
            paging: ``{"limit": 1..50, "offset": >= 0}``.
        """
        from smartcar_openapi.api.user import get_vehicles as endpoint
        from smartcar_openapi.types import UNSET

        from .. import types

        limit, offset = check.paging(paging, max_limit=50)
        return Operation(
            endpoint=endpoint,
            kwargs={
                "limit": UNSET if limit is None else limit,
                "offset": UNSET if offset is None else offset,
            },
            origin="api",
            convert=types.model(types.Vehicles),
            authorization=f"Bearer {check.credential('access_token', access_token)}",
            version=_api_version,
        )

    @operation
    def get_compatibility(
        self,
        vin: str,
        scope: Iterable[str],
        country: str = "US",
        options: Mapping[str, Any] | None = None,
        **http: Unpack[HttpOptions],
    ) -> Operation[types.Compatibility]:
        """Whether a VIN is compatible with the given permissions (``GET /compatibility``).

        Args:
            vin: the vehicle's VIN.
            scope: permissions to check, such as ``["read_odometer"]``.
            country: ISO 3166 alpha-2 country code (default ``"US"``).
            options: ``client_id``, ``client_secret`` (default from the environment),
                ``flags``, ``version``, ``mode``, ``test_mode``, ``test_mode_compatibility_level``.

        Raises:
            ConfigurationError: no client credentials.
        """
        from smartcar_openapi import models
        from smartcar_openapi.api.compatibility import get_compatibility as endpoint

        from .. import types

        opts = check.options(
            options,
            (
                "client_id",
                "client_secret",
                "flags",
                "version",
                "mode",
                "test_mode",
                "test_mode_compatibility_level",
            ),
        )
        kwargs: dict[str, Any] = {
            "vin": check.non_empty("vin", vin),
            "scope": " ".join(check.scopes(scope)),
            "country": check.non_empty("country", country),
        }
        flags = check.flags(opts.get("flags"))
        if flags:
            kwargs["flags"] = flags
        if opts.get("test_mode") is not None:
            kwargs["mode"] = models.Mode("test" if opts["test_mode"] else "live")
        elif opts.get("mode"):
            kwargs["mode"] = models.Mode(check.mode(opts["mode"]))
        if opts.get("test_mode_compatibility_level"):
            kwargs["test_mode_compatibility_level"] = str(opts["test_mode_compatibility_level"])
            kwargs["mode"] = models.Mode.TEST
        version = check.api_version(opts["version"]) if opts.get("version") else _api_version
        return Operation(
            endpoint=endpoint,
            kwargs=kwargs,
            origin="api",
            # Version 1.0 answers only `compatible`: the official CompatibilityV1.
            convert=types.model(types.CompatibilityV1 if version == "1.0" else types.Compatibility),
            authorization=_client_credentials(options, "get_compatibility"),
            version=version,
        )

    @operation
    def get_compatibility_matrix(
        self,
        region: str,
        make: str | None = None,
        options: Mapping[str, Any] | None = None,
        **http: Unpack[HttpOptions],
    ) -> Operation[types.CompatibilityMatrix]:
        """Compatible makes and models of a region (``GET /compatibility/matrix``).

        Args:
            region: ``"US"``, ``"CA"`` or ``"EUROPE"``.
            make: a make such as ``"TESLA"`` (space-separated for several); all if omitted.
            options: ``type`` (ICE, BEV, PHEV, HEV), ``scope`` (list of permissions),
                ``mode``, ``flags``, ``client_id``, ``client_secret``.
        """
        from smartcar_openapi import models
        from smartcar_openapi.api.compatibility import get_compatibility_matrix as endpoint

        from .. import types

        opts = check.options(
            options, ("type", "scope", "mode", "flags", "client_id", "client_secret")
        )
        if region not in ("US", "CA", "EUROPE"):
            raise InvalidInputError(f"region must be one of US, CA, EUROPE; got {region!r}")
        kwargs: dict[str, Any] = {"region": models.Region(region)}
        if make:
            kwargs["make"] = make
        if opts.get("type"):
            if opts["type"] not in ("ICE", "BEV", "PHEV", "HEV"):
                raise InvalidInputError(
                    f"options['type'] must be ICE, BEV, PHEV or HEV; got {opts['type']!r}"
                )
            kwargs["type_"] = models.PowertrainType(opts["type"])
        if opts.get("scope"):
            kwargs["scope"] = " ".join(check.scopes(opts["scope"], "options['scope']"))
        if opts.get("mode"):
            kwargs["mode"] = models.Mode(check.mode(opts["mode"]))
        flags = check.flags(opts.get("flags"))
        if flags:
            kwargs["flags"] = flags
        return Operation(
            endpoint=endpoint,
            kwargs=kwargs,
            origin="api",
            convert=types.model(types.CompatibilityMatrix),
            authorization=_client_credentials(options, "get_compatibility_matrix"),
            version=_api_version,
        )

    @operation
    def get_vehicle(
        self, access_token: str, vehicle_id: str, **http: Unpack[HttpOptions]
    ) -> Operation[types.V3Vehicle]:
        """A vehicle from the v3 Vehicles API: the JSON:API document ``{"data": {...}}``.

        ``vehicle.attributes`` reads its ``data``: make, model, year, powertrain type, mode.
        The result also answers ``vehicle["body"]`` and ``vehicle["headers"]``, the keys of
        the official SDK's dict.
        """
        from smartcar_openapi.api.v3 import get_vehicle as endpoint

        from .. import types

        return Operation(
            endpoint=endpoint,
            kwargs={"vehicle_id": check.path_segment("vehicle_id", vehicle_id)},
            origin="vehicle_v3",
            convert=types.v3_model(types.V3Vehicle),
            authorization=f"Bearer {check.credential('access_token', access_token)}",
        )

    @operation
    def get_connections(
        self,
        amt: str,
        filter: Mapping[str, str] | None = None,
        paging: Mapping[str, Any] | None = None,
        **http: Unpack[HttpOptions],
    ) -> Operation[types.GetConnections]:
        """Vehicle connections of your application (Management API), newest first.

        Args:
            amt: the Application Management Token.
            filter: ``user_id`` and/or ``vehicle_id``.
            paging: ``limit`` (1..100) and ``cursor`` (from the previous page).
        """
        from smartcar_openapi.api.management import get_connections as endpoint

        from .. import types

        kwargs: dict[str, Any] = dict(_filter(filter))
        page = check.options(paging, ("limit", "cursor"), name="paging", strict=True)
        if page.get("limit") is not None:
            limit = page["limit"]
            if not is_int(limit) or not 1 <= limit <= 100:
                raise InvalidInputError(
                    f"paging['limit'] must be an int from 1 to 100; got {limit!r}"
                )
            kwargs["limit"] = limit
        if page.get("cursor"):
            kwargs["cursor"] = str(page["cursor"])
        return Operation(
            endpoint=endpoint,
            kwargs=kwargs,
            origin="management",
            convert=types.model(types.GetConnections),
            authorization="Basic " + get_management_token(amt),
        )

    @operation
    def delete_connections(
        self,
        amt: str,
        filter: Mapping[str, str] | None = None,
        **http: Unpack[HttpOptions],
    ) -> Operation[types.DeleteConnections]:
        """Delete connections by ``user_id`` or ``vehicle_id`` (Management API).

        Args:
            amt: the Application Management Token.
            filter: exactly one of ``user_id`` or ``vehicle_id``.

        Raises:
            InvalidInputError: neither or both filters.
        """
        from smartcar_openapi.api.management import delete_connections as endpoint

        from .. import types

        kwargs = _filter(filter)
        if len(kwargs) != 1:
            raise InvalidInputError(
                "filter must contain exactly one of 'user_id' or 'vehicle_id'"
                f"; got {sorted(kwargs) or 'none'}"
            )
        return Operation(
            endpoint=endpoint,
            kwargs=kwargs,
            origin="management",
            convert=types.model(types.DeleteConnections),
            authorization="Basic " + get_management_token(amt),
        )


class SyncApi(_ApiOperations, SyncRunner):
    """Blocking module-level operations (``smartcar.get_user`` ...)."""

    with_raw_response: raw_view[RawSyncApi] = raw_view()


class AsyncApi(_ApiOperations, AsyncRunner):
    """Asyncio module-level operations (``smartcar.aio.get_user`` ...)."""

    with_raw_response: raw_view[RawAsyncApi] = raw_view()


if TYPE_CHECKING:
    from .ops import RawAsyncRunner, RawSyncRunner

    class RawSyncApi(SyncApi, RawSyncRunner):
        """``SyncApi.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawAsyncApi(AsyncApi, RawAsyncRunner):
        """``AsyncApi.with_raw_response``: each operation returns its ``RawResponse``."""
