"""`Vehicle` and `AsyncVehicle`: one vehicle's data and commands.

Every method is defined once, in :class:`BaseVehicle`, and works blocking on :class:`Vehicle` and
as a coroutine on :class:`AsyncVehicle`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any, TypeVar
from urllib.parse import quote

import httpx
from smartcar_openapi import models as m
from smartcar_openapi.types import UNSET

import smartcar as smartcar

from . import _registry as registry
from . import _validate as check
from . import config as config
from . import exception as sce  # noqa: F401 (names of the official module)
from . import helpers as helpers
from . import types as t
from . import v2_response as v2  # noqa: F401
from . import v3_response as v3  # noqa: F401
from ._api import get_api_version
from ._batch import Batch
from ._config import Origins
from ._http import Operation
from ._ops import AsyncRunner, Configurable, SyncRunner, operation
from ._registry import OperationInfo
from ._shape import check_model
from .exceptions import InvalidInputError
from .tokens import TokenManager

__all__ = ["AsyncVehicle", "BaseVehicle", "Vehicle"]

R = TypeVar("R")

_VEHICLE_OPTIONS = ("unit_system", "version", "flags")


@dataclass(frozen=True, slots=True)
class _Passthrough:
    """A request to any vehicle path, for `request()` (brand endpoints and new ones)."""

    method: str
    path: str
    body: Any

    def build_request_kwargs(self, version: str, vehicle_id: str) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "method": self.method,
            "url": f"/v{quote(version, safe='')}/vehicles/{quote(vehicle_id, safe='')}/{self.path}",
        }
        if self.body is not None and self.method not in ("GET", "HEAD"):
            kwargs["json"] = self.body
        return kwargs


def _response(response: httpx.Response) -> t.Response:
    body = response.json() if response.content.strip() else None
    return t.Response(
        body=body,
        meta=t.Meta.from_headers(response.headers),
        status_code=response.status_code,
        headers=dict(response.headers),
    )


def _service_history(response: httpx.Response) -> t.ServiceHistory:
    data = response.json()
    if not isinstance(data, list):
        raise TypeError(f"expected a JSON array of service records, got {type(data).__name__}")
    result = t.ServiceHistory(
        items=[t.ServiceRecord.from_dict(item) for item in data],
        meta=t.Meta.from_headers(response.headers),
    )
    check_model(result)
    return result


def _unsubscribed(response: httpx.Response) -> t.Status:
    # Smartcar answers {"status": "success"}, or {} in some versions: both mean success.
    data = response.json() if response.content.strip() else {}
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    result = t.Status(status=str(data.get("status", "success")))
    result.meta = t.Meta.from_headers(response.headers)
    return result


def _derived_read(info: OperationInfo, doc: str | None = None) -> operation[[], Any]:
    """The ``Vehicle`` method of a read without arguments, built from its registry entry."""
    convert = registry.converter(info)

    def build(self: BaseVehicle) -> Operation[Any]:
        return self._op(info.operation_id, convert)

    build.__name__ = info.name
    build.__qualname__ = f"BaseVehicle.{info.name}"
    build.__doc__ = doc or registry.docstring(info)
    build.__annotations__ = {"return": Operation[registry.result_class(info)]}  # type: ignore[misc]
    return operation(build)


def _read(operation_id: str, result: type[R], doc: str | None = None) -> operation[[], R]:
    """A typed ``Vehicle`` read: the spec's operation, whose result must be ``result``."""
    info = registry.by_id(operation_id)
    if registry.result_class(info) is not result:
        raise TypeError(f"{operation_id} returns {registry.result_class(info)}, not {result}")
    return _derived_read(info, doc)


class BaseVehicle(Configurable):
    """The operations of one vehicle, shared by :class:`Vehicle` and :class:`AsyncVehicle`.

    Each method documented here returns its result directly on ``Vehicle`` and a coroutine of
    it on ``AsyncVehicle``. Use those two classes; this one only holds the definitions.
    """

    def __init__(
        self,
        vehicle_id: str,
        access_token: str | TokenManager,
        options: Mapping[str, Any] | None = None,
        *,
        http_client: httpx.Client | httpx.AsyncClient | None = None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int | None = None,
        max_retry_after: float | None = None,
        origins: Origins | None = None,
        deadline: float | None = None,
        max_response_bytes: int | None = None,
    ) -> None:
        """Create a vehicle handle; nothing is sent until a method is called.

        Args:
            vehicle_id: Smartcar vehicle id (from ``get_vehicles``).
            access_token: the user's access token, or a :class:`~smartcar.TokenManager` that
                keeps it fresh (and retries once with a new token after a 401).
            options: ``unit_system`` (``"metric"``/``"imperial"``), ``version`` (API version,
                default from ``smartcar.get_api_version()``), ``flags`` (feature flags dict).
            http_client: an ``httpx.Client`` (``httpx.AsyncClient`` for AsyncVehicle) to send
                with; it is never closed by the SDK.
            transport: an httpx transport to build an owned client around (proxies, tests).
            timeout: seconds, or an ``httpx.Timeout``; default 10 s connect, 310 s read.
            max_retries: retries of failed reads (default 2); commands are never replayed.
            max_retry_after: longest ``Retry-After`` to wait for (default 60 s).
            origins: explicit API origins; default from the ``SMARTCAR_*_ORIGIN`` variables.
            deadline: the longest one call may take in seconds, retries and waits included
                (default 330 s, or one whole attempt of a longer ``timeout``).
            max_response_bytes: the largest response body to read (default 10 MiB); a larger
                one raises ``InvalidResponseError``.

        Raises:
            InvalidInputError: an empty id or token, an id that is not a single path segment
                (``..``, ``/``, control characters, over 256 characters ...), a token with a
                character a header cannot carry, or an invalid option.
        """
        self.vehicle_id = check.path_segment("vehicle_id", vehicle_id)
        self._tokens: TokenManager | None = None
        self._token = ""
        if isinstance(access_token, TokenManager):
            self._tokens = access_token
        else:
            self._token = check.credential("access_token", access_token)
        opts = check.options(options, _VEHICLE_OPTIONS)
        self._unit_system = check.unit_system(opts.get("unit_system") or "metric")
        self._api_version = check.api_version(opts.get("version") or get_api_version())
        # Checked before dict(): dict("beta") would escape as a ValueError.
        check.flags(opts.get("flags"))
        self._flags: dict[str, Any] = dict(opts.get("flags") or {})
        self._configure(
            http_client=http_client,
            transport=transport,
            timeout=timeout,
            max_retries=max_retries,
            max_retry_after=max_retry_after,
            origins=origins,
            deadline=deadline,
            max_response_bytes=max_response_bytes,
        )

    def __repr__(self) -> str:
        # The access token never appears in a repr.
        return (
            f"{type(self).__name__}(vehicle_id={self.vehicle_id!r}, "
            f"unit_system={self._unit_system!r}, version={self._api_version!r})"
        )

    # -- configuration ----------------------------------------------------------------------

    @property
    def access_token(self) -> str:
        """The access token in use (the token manager's current one, if there is a manager)."""
        if self._tokens is not None:
            access = self._tokens.access
            return access.access_token if access is not None else ""
        return self._token

    @property
    def token_manager(self) -> TokenManager | None:
        """The token manager passed in place of an access token, if any."""
        return self._tokens

    @property
    def unit_system(self) -> str:
        """The unit system of this vehicle's reads: ``"metric"`` or ``"imperial"``."""
        return self._unit_system

    def set_unit_system(self, unit_system: str) -> None:
        """Switch this vehicle's reads to ``"metric"`` or ``"imperial"`` (case-insensitive).

        Raises:
            InvalidInputError: any other value.
        """
        self._unit_system = check.unit_system(unit_system)

    # -- building blocks --------------------------------------------------------------------

    def _auth(self) -> dict[str, Any]:
        # Operation fields: a fixed Bearer token, or the manager that supplies fresh ones.
        if self._tokens is not None:
            return {"token_source": self._tokens}
        return {"authorization": f"Bearer {self._token}"}

    def _op(
        self,
        operation_id: str,
        convert: Callable[[httpx.Response], R],
        **kwargs: Any,
    ) -> Operation[R]:
        # Endpoint, origin, units and command-ness are the spec's, through the registry.
        info = registry.by_id(operation_id)
        if info.units:
            kwargs["sc_unit_system"] = m.UnitSystem(self._unit_system)
        # Feature flags and the API version select v2.0 behaviour: the v3 API takes neither.
        v2_api = info.origin == "api"
        flags = check.flags(self._flags) if v2_api else ""
        return Operation(
            endpoint=registry.endpoint(info),
            kwargs={"vehicle_id": self.vehicle_id, **kwargs},
            origin=info.origin,
            convert=convert,
            command=info.command,
            params={"flags": flags} if flags else {},
            version=self._api_version if v2_api and self._api_version != "2.0" else None,
            **self._auth(),
        )

    # -- reads ------------------------------------------------------------------------------

    # One line each, for the static type of the result (and a convenience name); the
    # request, permission, units and docstring come from the spec through the registry.
    attributes = _read("get_vehicle_attributes", t.Attributes)
    info = _read("get_vehicle_attributes", t.Attributes, "Alias of :meth:`attributes`.")
    vin = _read("get_vin", t.Vin)
    odometer = _read("get_odometer", t.Odometer)
    location = _read("get_location", t.Location)
    fuel = _read("get_fuel", t.Fuel)
    battery = _read("get_battery", t.Battery)
    battery_capacity = _read("get_battery_capacity", t.BatteryCapacity)
    nominal_capacity = _read("get_nominal_capacity", t.NominalCapacity)
    charge = _read("get_charge_status", t.Charge)
    get_charge_limit = _read("get_charge_limit", t.ChargeLimit)
    lock_status = _read("get_lock_status", t.LockStatus)
    tire_pressure = _read("get_tire_pressure", t.TirePressure)
    engine_oil = _read("get_engine_oil", t.EngineOil)
    diagnostic_system_status = _read("get_diagnostic_system_status", t.DiagnosticSystemStatus)
    diagnostic_trouble_codes = _read("get_diagnostic_trouble_codes", t.DiagnosticTroubleCodes)

    @operation
    def permissions(self, paging: Mapping[str, int] | None = None) -> Operation[t.Permissions]:
        """Permissions the user granted for this vehicle (``GET /permissions``).

        Args:
            paging: ``{"limit": 1..50, "offset": >= 0}``.
        """
        limit, offset = check.paging(paging, max_limit=50)
        return self._op(
            "get_permissions",
            t.model(t.Permissions),
            limit=UNSET if limit is None else limit,
            offset=UNSET if offset is None else offset,
        )

    @operation
    def service_history(
        self, start_date: str | None = None, end_date: str | None = None
    ) -> Operation[t.ServiceHistory]:
        """Service records (``GET /service/history``, ``read_service_history``).

        Args:
            start_date: earliest date, ``YYYY-MM-DD`` or ISO 8601 date-time.
            end_date: latest date, ``YYYY-MM-DD`` or ISO 8601 date-time.
        """
        return self._op(
            "get_service_history",
            _service_history,
            start_date=UNSET if start_date is None else check.non_empty("start_date", start_date),
            end_date=UNSET if end_date is None else check.non_empty("end_date", end_date),
        )

    # -- commands (never replayed once they may have reached the vehicle) ---------------------

    @operation
    def lock(self) -> Operation[t.Action]:
        """Lock the vehicle (``POST /security``, ``control_security``)."""
        body = m.SecurityAction(action=m.SecurityActionType.LOCK)
        return self._op("control_security", t.model(t.Action), body=body)

    @operation
    def unlock(self) -> Operation[t.Action]:
        """Unlock the vehicle (``POST /security``, ``control_security``)."""
        body = m.SecurityAction(action=m.SecurityActionType.UNLOCK)
        return self._op("control_security", t.model(t.Action), body=body)

    @operation
    def start_charge(self) -> Operation[t.Action]:
        """Start charging (``POST /charge``, ``control_charge``)."""
        body = m.ChargeAction(action=m.ChargeActionType.START)
        return self._op("control_charge", t.model(t.Action), body=body)

    @operation
    def stop_charge(self) -> Operation[t.Action]:
        """Stop charging (``POST /charge``, ``control_charge``)."""
        body = m.ChargeAction(action=m.ChargeActionType.STOP)
        return self._op("control_charge", t.model(t.Action), body=body)

    @operation
    def set_charge_limit(self, limit: float) -> Operation[t.Action]:
        """Set the charge limit (``POST /charge/limit``, ``control_charge``).

        Args:
            limit: a fraction from 0.5 to 1.0.

        Raises:
            InvalidInputError: a limit outside 0.5–1.0, before anything is sent.
        """
        value = check.number_in_range("limit", limit, 0.5, 1.0)
        body = m.SetChargeLimitRequest(limit=value)
        return self._op("set_charge_limit", t.model(t.Action), body=body)

    @operation
    def send_destination(self, latitude: float, longitude: float) -> Operation[t.Action]:
        """Send a destination to the navigation system (``control_navigation``).

        Args:
            latitude: -90 to 90 degrees.
            longitude: -180 to 180 degrees.
        """
        body = m.Destination(
            latitude=check.number_in_range("latitude", latitude, -90, 90),
            longitude=check.number_in_range("longitude", longitude, -180, 180),
        )
        return self._op("send_destination", t.model(t.Action), body=body)

    # -- batch, webhooks, connection ----------------------------------------------------------

    @operation
    def batch(self, paths: list[str]) -> Operation[Batch]:
        """Read several endpoints in one request (``POST /batch``).

        Args:
            paths: endpoint paths such as ``["/odometer", "/location", "/tesla/speedometer"]``.

        Returns:
            Batch: a method per path (``result.odometer()``) that returns its typed result or
            raises that path's error; ``result.get("/odometer")`` looks one up by path.

        Raises:
            InvalidInputError: a path with ``?`` or ``#``, or with a ``.``/``..`` segment (plain
                or percent-encoded): every path stays below this vehicle.
        """
        if isinstance(paths, str) or not paths:
            raise InvalidInputError(
                f"paths must be a non-empty list of paths such as ['/odometer'], got {paths!r}"
            )
        # The server resolves each path below this vehicle: none may climb out of it.
        cleaned = ["/" + check.relative_path("paths[]", p) for p in paths]
        body = m.BatchRequest(requests=[m.BatchRequestItem(path=p) for p in cleaned])
        return self._op("batch", Batch.from_response, body=body)

    @operation
    def subscribe(self, webhook_id: str) -> Operation[t.Subscribe]:
        """Subscribe this vehicle to a webhook (``POST /webhooks/{webhook_id}``)."""
        return self._op(
            "subscribe_webhook",
            t.model(t.Subscribe),
            webhook_id=check.path_segment("webhook_id", webhook_id),
        )

    @operation
    def unsubscribe(self, amt: str, webhook_id: str) -> Operation[t.Status]:
        """Unsubscribe this vehicle from a webhook, authenticated with the management token.

        Args:
            amt: the Application Management Token from the Smartcar Dashboard.
            webhook_id: the webhook's id.
        """
        amt = check.credential("amt", amt)
        op = self._op(
            "unsubscribe_webhook",
            _unsubscribed,
            webhook_id=check.path_segment("webhook_id", webhook_id),
        )
        # Unsubscribing is authorised by the management token, not the user's token.
        return replace(op, authorization=f"Bearer {amt}", token_source=None)

    @operation
    def disconnect(self) -> Operation[t.Status]:
        """Revoke this application's access to the vehicle (``DELETE /application``)."""
        return self._op("disconnect", t.model(t.Status))

    @operation
    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Operation[t.Response]:
        """Call any vehicle endpoint, such as brand-specific ones (``tesla/compass``).

        Args:
            method: HTTP method.
            path: path relative to ``/vehicles/{id}/``.
            body: JSON body for POST/PUT/PATCH.
            headers: extra headers; an ``Authorization`` header replaces the access token
                (for management-token calls), an ``SC-Unit-System`` header the vehicle's units.

        Returns:
            Response: the decoded ``body``, ``meta``, ``status_code`` and ``headers``.

        Raises:
            InvalidInputError: a path with ``?`` or ``#``, or with a ``.``/``..`` segment (plain
                or percent-encoded): it can only address paths below this vehicle. A header
                with a newline or another character a header cannot carry.
        """
        verb = check.non_empty("method", method).upper()
        if verb not in ("GET", "POST", "PUT", "PATCH", "DELETE"):
            raise InvalidInputError(
                f"method must be GET, POST, PUT, PATCH or DELETE; got {method!r}"
            )
        rel = check.relative_path("path", path)
        if headers is not None and not isinstance(headers, Mapping):
            raise InvalidInputError(f"headers must be a dict, got {type(headers).__name__}")
        extra = dict(check.header(k, v) for k, v in (headers or {}).items())
        lower = {k.lower(): k for k in extra}
        authorization = (
            check.authorization("headers['Authorization']", extra.pop(lower["authorization"]))
            if "authorization" in lower
            else None
        )
        if "sc-unit-system" not in lower:
            extra["SC-Unit-System"] = self._unit_system
        flags = check.flags(self._flags)
        return Operation(
            endpoint=_Passthrough(verb, rel, body),
            kwargs={"vehicle_id": self.vehicle_id},
            origin="api",
            convert=_response,
            command=verb != "GET",
            headers=extra,
            params={"flags": flags} if flags else {},
            version=self._api_version if self._api_version != "2.0" else None,
            **({"authorization": authorization} if authorization else self._auth()),
        )

    # -- v3 ---------------------------------------------------------------------------------

    get_signals = _read(
        "get_signals",
        t.Signals,
        """All signals of this vehicle from the v3 Vehicles API.

        Sent with the vehicle's ``SC-Unit-System``, as the official SDK does. The result also
        answers ``signals["body"]`` and ``signals["headers"]``, the official dict's keys.
        Example: ``vehicle.get_signals().data[0].attributes.code``.
        """,
    )

    @operation
    def get_signal(self, code: str) -> Operation[t.Signal]:
        """One signal of this vehicle from the v3 Vehicles API.

        Args:
            code: the signal code, such as ``"odometer-traveleddistance"``.

        Sent with the vehicle's ``SC-Unit-System``, as the official SDK does. The result also
        answers ``signal["body"]`` and ``signal["headers"]``, the official dict's keys.
        """
        return self._op(
            "get_signal",
            t.v3_model(t.Signal),
            signal_code=check.path_segment("code", code),
        )


# Every other argument-free read of the spec is a method too, with no line written for it (its
# result is typed at run time; a line above adds the static type).
for _info in registry.plain_reads():
    if _info.name not in vars(BaseVehicle):
        setattr(BaseVehicle, _info.name, _derived_read(_info))


class Vehicle(BaseVehicle, SyncRunner):
    """A connected vehicle (blocking API).

    ``Vehicle(vehicle_id, access_token, options=None)`` is the official SDK's constructor;
    the keyword-only arguments configure HTTP, timeouts and retries.

    Thread safety: share one ``Vehicle`` across any number of threads. A call keeps its state
    to itself, and every ``Vehicle`` without an ``http_client`` sends through one process-wide
    keep-alive pool (an ``httpx.Client``, itself thread-safe). ``set_unit_system`` changes the
    units for every thread using the object; give a thread its own ``Vehicle`` (or use
    ``with_options`` copies) if threads need different settings.
    """


class AsyncVehicle(BaseVehicle, AsyncRunner):
    """A connected vehicle (asyncio API): every method is a coroutine.

    Connections belong to an event loop, so the SDK keeps one keep-alive pool per loop (an
    ``httpx.AsyncClient``) and closes it when that loop shuts down; an ``AsyncVehicle``
    without an ``http_client`` therefore works in whichever loop awaits it, including one
    ``asyncio.run()`` after another. One passed as ``http_client`` is bound to the loop it
    first ran in, as httpx requires. Tasks of one loop may share an ``AsyncVehicle`` freely;
    it is not meant to be awaited from several threads' loops at once.
    """
