"""`Vehicle` and `AsyncVehicle`: one vehicle's data and commands.

Every method is defined once, in :class:`BaseVehicle`, and works blocking on :class:`Vehicle` and
as a coroutine on :class:`AsyncVehicle`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from typing import Any, TypeVar, Unpack

import httpx2

from ._core import validate as check
from ._core.lazy import module_getattr
from ._http import ClientOptions, Operation
from ._resources.ops import AsyncRunner, Configurable, SyncRunner, operation, raw_view
from ._resources.vehicle_ops import (
    _command,
    _read,
    _service_history,
    _unsubscribed,
    batch_body,
    passthrough,
)

# The generated code and the typed results load when an operation first needs them, imported
# where used (see _core.lazy): naming smartcar.Vehicle must not cost every endpoint and model.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import smartcar as smartcar

    from . import config as config
    from . import exception as sce  # noqa: F401 (names of the official module)
    from . import helpers as helpers
    from . import tokens, types
    from . import v2_response as v2  # noqa: F401
    from . import v3_response as v3  # noqa: F401
    from ._resources import batch as _batch
else:
    # The official module's names for other modules: loaded when someone reads them.
    __getattr__ = module_getattr(
        globals(),
        {
            "config": "smartcar.config",
            "helpers": "smartcar.helpers",
            "sce": "smartcar.exception",
            "smartcar": "smartcar",
            "v2": "smartcar.v2_response",
            "v3": "smartcar.v3_response",
        },
    )


__all__ = ["AsyncVehicle", "BaseVehicle", "Vehicle"]

R = TypeVar("R")

_VEHICLE_OPTIONS = ("unit_system", "version", "flags")


class BaseVehicle(Configurable):
    """The operations of one vehicle, shared by :class:`Vehicle` and :class:`AsyncVehicle`.

    Each method documented here returns its result directly on ``Vehicle`` and a coroutine of
    it on ``AsyncVehicle``. Use those two classes; this one only holds the definitions.
    """

    def __init__(
        self,
        vehicle_id: str,
        access_token: str | tokens.TokenManager,
        options: Mapping[str, Any] | None = None,
        **client_options: Unpack[ClientOptions],
    ) -> None:
        """Create a vehicle handle; nothing is sent until a method is called.

        Args:
            vehicle_id: Smartcar vehicle id (from ``get_vehicles``).
            access_token: the user's access token, or a :class:`~smartcar.TokenManager` that
                keeps it fresh (and retries once with a new token after a 401).
            options: ``unit_system`` (``"metric"``/``"imperial"``), ``version`` (API version,
                default from ``smartcar.get_api_version()``), ``flags`` (feature flags dict).
            **client_options: the HTTP client, origins, timeouts, retries and limits, each
                optional: see :class:`~smartcar.ClientOptions`.

        Raises:
            InvalidInputError: an empty id or token, an id that is not a single path segment
                (``..``, ``/``, control characters, over 256 characters ...), a token with a
                character a header cannot carry, or an invalid option.
        """
        from ._resources.api import get_api_version
        from .tokens import TokenManager

        self.vehicle_id = check.path_segment("vehicle_id", vehicle_id)
        self._tokens: tokens.TokenManager | None = None
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
        self._configure(**client_options)

    def __repr__(self) -> str:
        # The access token never appears in a repr. Read with defaults: a traceback with
        # locals shows the repr of a vehicle whose __init__ failed half-way.
        return (
            f"{type(self).__name__}(vehicle_id={getattr(self, 'vehicle_id', None)!r}, "
            f"unit_system={getattr(self, '_unit_system', None)!r}, "
            f"version={getattr(self, '_api_version', None)!r})"
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
    def token_manager(self) -> tokens.TokenManager | None:
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
        convert: Callable[[httpx2.Response], R] | None = None,
        **kwargs: Any,
    ) -> Operation[R]:
        # Endpoint, origin, units, command-ness and (by default) the result class are the
        # spec's, through the registry.
        from smartcar_openapi import models

        from ._resources import registry

        info = registry.by_id(operation_id)
        if info.units:
            kwargs["sc_unit_system"] = models.UnitSystem(self._unit_system)
        # Feature flags select v2.0 behaviour: the v3 API takes none. The API version is only
        # read by the endpoints that have it as a path parameter, the v2.0 ones.
        flags = check.flags(self._flags) if info.origin == "api" else ""
        return Operation(
            endpoint=registry.endpoint(info),
            kwargs={"vehicle_id": self.vehicle_id, **kwargs},
            origin=info.origin,
            convert=registry.converter(info) if convert is None else convert,
            command=info.command,
            params={"flags": flags} if flags else {},
            version=self._api_version,
            **self._auth(),
        )

    # -- reads ------------------------------------------------------------------------------

    # One line each, written by `make regen` from the spec (scripts/_sections.py), for the
    # static type of the result; the request, permission, units and docstring come from the spec
    # through the registry, on first use (see _resources.vehicle_ops). A read whose name is
    # defined by hand in this class (a method with arguments, a docstring of its own) gets none.
    # <generated reads>: written by `make regen` from spec/smartcar.yaml; do not edit
    attributes: operation[[], types.Attributes] = _read("get_vehicle_attributes")
    vin: operation[[], types.Vin] = _read("get_vin")
    odometer: operation[[], types.Odometer] = _read("get_odometer")
    location: operation[[], types.Location] = _read("get_location")
    fuel: operation[[], types.Fuel] = _read("get_fuel")
    battery: operation[[], types.Battery] = _read("get_battery")
    battery_capacity: operation[[], types.BatteryCapacity] = _read("get_battery_capacity")
    nominal_capacity: operation[[], types.NominalCapacity] = _read("get_nominal_capacity")
    charge: operation[[], types.Charge] = _read("get_charge_status")
    get_charge_limit: operation[[], types.ChargeLimit] = _read("get_charge_limit")
    lock_status: operation[[], types.LockStatus] = _read("get_lock_status")
    tire_pressure: operation[[], types.TirePressure] = _read("get_tire_pressure")
    engine_oil: operation[[], types.EngineOil] = _read("get_engine_oil")
    diagnostic_system_status: operation[[], types.DiagnosticSystemStatus] = _read(
        "get_diagnostic_system_status"
    )
    diagnostic_trouble_codes: operation[[], types.DiagnosticTroubleCodes] = _read(
        "get_diagnostic_trouble_codes"
    )
    # </generated reads>
    info: operation[[], types.Attributes] = _read(
        "get_vehicle_attributes", doc="Alias of :meth:`attributes`."
    )

    @operation
    def permissions(self, paging: Mapping[str, int] | None = None) -> Operation[types.Permissions]:
        """Permissions the user granted for this vehicle (``GET /permissions``).

        Args:
            paging: ``{"limit": 1..50, "offset": >= 0}``.
        """
        from smartcar_openapi.types import UNSET

        limit, offset = check.paging(paging, max_limit=50)
        return self._op(
            "get_permissions",
            limit=UNSET if limit is None else limit,
            offset=UNSET if offset is None else offset,
        )

    @operation
    def service_history(
        self, start_date: str | None = None, end_date: str | None = None
    ) -> Operation[types.ServiceHistory]:
        """Service records (``GET /service/history``, ``read_service_history``).

        Args:
            start_date: earliest date, ``YYYY-MM-DD`` or ISO 8601 date-time.
            end_date: latest date, ``YYYY-MM-DD`` or ISO 8601 date-time.
        """
        from smartcar_openapi.types import UNSET

        return self._op(
            "get_service_history",
            _service_history,
            start_date=UNSET if start_date is None else check.non_empty("start_date", start_date),
            end_date=UNSET if end_date is None else check.non_empty("end_date", end_date),
        )

    # -- commands (never replayed once they may have reached the vehicle) ---------------------

    lock: operation[[], types.Action] = _command(
        "control_security",
        "Lock the vehicle (``POST /security``, ``control_security``).",
        action="LOCK",
    )
    unlock: operation[[], types.Action] = _command(
        "control_security",
        "Unlock the vehicle (``POST /security``, ``control_security``).",
        action="UNLOCK",
    )
    start_charge: operation[[], types.Action] = _command(
        "control_charge", "Start charging (``POST /charge``, ``control_charge``).", action="START"
    )
    stop_charge: operation[[], types.Action] = _command(
        "control_charge", "Stop charging (``POST /charge``, ``control_charge``).", action="STOP"
    )

    @operation
    def set_charge_limit(self, limit: float) -> Operation[types.Action]:
        """Set the charge limit (``POST /charge/limit``, ``control_charge``).

        Args:
            limit: a fraction from 0.5 to 1.0.

        Raises:
            InvalidInputError: a limit outside 0.5–1.0, before anything is sent.
        """
        from smartcar_openapi import models

        value = check.number_in_range("limit", limit, 0.5, 1.0)
        return self._op("set_charge_limit", body=models.SetChargeLimitRequest(limit=value))

    @operation
    def send_destination(self, latitude: float, longitude: float) -> Operation[types.Action]:
        """Send a destination to the navigation system (``control_navigation``).

        Args:
            latitude: -90 to 90 degrees.
            longitude: -180 to 180 degrees.
        """
        from smartcar_openapi import models

        body = models.Destination(
            latitude=check.number_in_range("latitude", latitude, -90, 90),
            longitude=check.number_in_range("longitude", longitude, -180, 180),
        )
        return self._op("send_destination", body=body)

    # -- batch, webhooks, connection ----------------------------------------------------------

    @operation
    def batch(self, paths: list[str]) -> Operation[_batch.Batch]:
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
        from ._resources.batch import Batch

        return self._op("batch", Batch.from_response, body=batch_body(paths))

    @operation
    def subscribe(self, webhook_id: str) -> Operation[types.Subscribe]:
        """Subscribe this vehicle to a webhook (``POST /webhooks/{webhook_id}``)."""
        return self._op(
            "subscribe_webhook",
            webhook_id=check.path_segment("webhook_id", webhook_id),
        )

    @operation
    def unsubscribe(self, amt: str, webhook_id: str) -> Operation[types.Status]:
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
    def disconnect(self) -> Operation[types.Status]:
        """Revoke this application's access to the vehicle (``DELETE /application``)."""
        return self._op("disconnect")

    @operation
    def request(
        self,
        method: str,
        path: str,
        body: Any = None,
        headers: Mapping[str, str] | None = None,
    ) -> Operation[types.Response]:
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
            InvalidInputError: a path with ``?`` or ``#``, with a ``.``/``..`` segment (plain
                or percent-encoded), a ``;``, a ``%u`` escape or a percent-escape of a non-ASCII
                byte: it can only address paths below this vehicle. A header with a newline or
                another character a header cannot carry, or a hop-by-hop or framing header
                (``Host``, ``Content-Length``, ``Transfer-Encoding``, ``Connection`` ...). A
                body that is not JSON data (an object, ``NaN``).
        """
        return passthrough(self, method, path, body, headers)

    # -- v3 ---------------------------------------------------------------------------------

    get_signals: operation[[], types.Signals] = _read(
        "get_signals",
        doc="""All signals of this vehicle from the v3 Vehicles API.

        Sent with the vehicle's ``SC-Unit-System``, as the official SDK does. The result also
        answers ``signals["body"]`` and ``signals["headers"]``, the official dict's keys.
        Example: ``vehicle.get_signals().data[0].attributes.code``. A signal that could not be
        read is still in ``data``, its ``attributes.status`` saying why.
        """,
    )

    @operation
    def get_signal(self, code: str) -> Operation[types.Signal]:
        """One signal of this vehicle from the v3 Vehicles API.

        Args:
            code: the signal code, such as ``"odometer-traveleddistance"``.

        Sent with the vehicle's ``SC-Unit-System``, as the official SDK does. The result is the
        JSON:API document: ``attributes``, ``meta`` and ``typed_body`` read its ``data``, and
        ``vehicle`` its ``included.vehicle``. It also answers ``signal["body"]`` and
        ``signal["headers"]``, the official dict's keys.
        """
        return self._op(
            "get_signal",
            signal_code=check.path_segment("code", code),
        )


class Vehicle(BaseVehicle, SyncRunner):
    """A connected vehicle (blocking API).

    ``Vehicle(vehicle_id, access_token, options=None)`` is the official SDK's constructor;
    the keyword-only arguments configure HTTP, timeouts and retries.

    Thread safety: share one ``Vehicle`` across any number of threads. A call keeps its state
    to itself, and every ``Vehicle`` without an ``http_client`` sends through one process-wide
    keep-alive pool (an ``httpx2.Client``, itself thread-safe). ``set_unit_system`` changes the
    units for every thread using the object; give a thread its own ``Vehicle`` (or use
    ``with_options`` copies) if threads need different settings.
    """

    with_raw_response: raw_view[RawVehicle] = raw_view()


class AsyncVehicle(BaseVehicle, AsyncRunner):
    """A connected vehicle (asyncio API): every method is a coroutine.

    Connections belong to an event loop, so the SDK keeps one keep-alive pool per loop (an
    ``httpx2.AsyncClient``) and closes it when that loop shuts down; an ``AsyncVehicle``
    without an ``http_client`` therefore works in whichever loop awaits it, including one
    ``asyncio.run()`` after another. One passed as ``http_client`` is bound to the loop it
    first ran in, as httpx2 requires. Tasks of one loop may share an ``AsyncVehicle`` freely;
    it is not meant to be awaited from several threads' loops at once.
    """

    with_raw_response: raw_view[RawAsyncVehicle] = raw_view()


if TYPE_CHECKING:
    from ._resources.ops import RawAsyncRunner, RawSyncRunner

    class RawVehicle(Vehicle, RawSyncRunner):
        """``Vehicle.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawAsyncVehicle(AsyncVehicle, RawAsyncRunner):
        """``AsyncVehicle.with_raw_response``: each operation returns its ``RawResponse``."""
