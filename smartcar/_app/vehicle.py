"""The vehicle handles of API v3 `App`: `AppVehicle` and `AsyncAppVehicle`.

Made by ``app.vehicle(vehicle_id, user_id)``: every call sends the app's token and
``sc-user-id``. Every method is defined once, in :class:`BaseAppVehicle`, and is blocking on
:class:`AppVehicle` and a coroutine on :class:`AsyncAppVehicle`. The reads and commands
without arguments are the spec's, declared in a section ``make regen`` writes.
"""

from __future__ import annotations

import inspect
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

from .._core import validate as check
from .._http import Operation
from .._resources.listing import listing
from .._resources.ops import AsyncRunner, SyncRunner, operation, raw_view, spec_operation
from ..exceptions import InvalidInputError, InvalidResponseError
from .calls import Pages, checked_user_id, page_of, v3_operation

# Naming smartcar.AppVehicle loads none of the generated code, the registry, the v3 results or
# the pager: each loads where an operation is first built or called (local imports below).
if TYPE_CHECKING:
    import httpx2

    from .. import types, v3
    from ..app import BaseApp
    from ..paging import Listing
    from .token import ApplicationTokenSource

__all__ = ["AppVehicle", "AsyncAppVehicle", "BaseAppVehicle"]

T = TypeVar("T")

_TIME_RE = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


@dataclass(frozen=True, slots=True)
class _SignalsLink:
    """A request for ``links.next`` of a signals page, checked to stay on that list."""

    operation_id = "get_signals"
    """What hooks, raw responses and the log call it: the next page of the same list."""

    path: str
    query: tuple[tuple[str, str], ...]

    def build_request_kwargs(self) -> dict[str, Any]:
        return {"method": "get", "url": self.path, "params": list(self.query)}


def _signals_link(link: str, origin: str, vehicle_id: str) -> _SignalsLink:
    parts = urlsplit(link)
    if (parts.scheme or parts.netloc) and f"{parts.scheme}://{parts.netloc}" != origin:
        raise InvalidResponseError(f"links.next points to another host: {link[:200]!r}")
    path = parts.path if parts.path.startswith("/v3/") else "/v3" + parts.path
    if path.rstrip("/") != f"/v3/vehicles/{vehicle_id}/signals":
        raise InvalidResponseError(f"links.next is not this vehicle's signals: {link[:200]!r}")
    return _SignalsLink(path, tuple(parse_qsl(parts.query, keep_blank_values=True)))


def _takes_user(operation_id: str) -> bool:
    from .._resources import registry

    return "sc_user_id" in registry.by_id(operation_id).parameters


class _Plain(spec_operation):
    """A read or command of the app's vehicle without arguments, as the spec describes it.

    The class body names it (``lock_doors: operation[[], v3.CommandExecution] =
    _v3_command("lock_doors")``); the registry, the generated models and the result class load
    when it is first called or documented, not when ``smartcar.App`` is named. A read's result
    is the registry's class for the operation (a subclass of the generated model), a command's
    a :class:`~smartcar.v3.CommandExecution`.
    """

    def __init__(self, operation_id: str, doc: str | None, kind: str) -> None:
        def build(vehicle: BaseAppVehicle) -> Operation[Any]:
            if kind == "command":
                return vehicle._command(operation_id)
            from .._resources import registry

            return vehicle._op(operation_id, registry.converter(registry.by_id(operation_id)))

        super().__init__(operation_id, doc, build)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        super().__set_name__(owner, name)
        # The line's annotation, ``operation[[], X]``, as it is written: help() shows ``-> X``
        # with nothing imported to evaluate it.
        declared = inspect.get_annotations(owner).get(name)
        if isinstance(declared, str) and declared.startswith("operation[[], "):
            self._build.__annotations__["return"] = f"Operation[{declared[14:-1]}]"


def _v3_read(operation_id: str, doc: str | None = None) -> Any:
    """A read of the app's vehicle without arguments: the spec's operation and result class."""
    return _Plain(operation_id, doc, "read")


def _v3_command(operation_id: str, doc: str | None = None) -> Any:
    """A command of the app's vehicle without arguments: the spec's operation."""
    return _Plain(operation_id, doc, "command")


class BaseAppVehicle(Pages):
    """A vehicle, acting for one user, with the application token (API v3).

    Made by ``app.vehicle(vehicle_id, user_id)``; every call sends ``sc-user-id: user_id``.
    """

    _settings: Any
    _token: ApplicationTokenSource

    def __init__(self, app: BaseApp, vehicle_id: str, user_id: str) -> None:
        self.vehicle_id = check.path_segment("vehicle_id", vehicle_id)
        self.user_id = checked_user_id(user_id)
        self._app = app
        self._settings = app.settings
        self._token = app.token_source
        self._http_client = app._http_client
        self._async_http_client = app._async_http_client

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.vehicle_id!r}, user_id={self.user_id!r})"

    def _op(
        self, operation_id: str, convert: Callable[[httpx2.Response], T], **kwargs: Any
    ) -> Operation[T]:
        # sc-user-id goes wherever the spec takes it (the vehicle resource does not).
        user = {"sc_user_id": self.user_id} if _takes_user(operation_id) else {}
        return v3_operation(
            operation_id, convert, self._token, {"vehicle_id": self.vehicle_id, **user, **kwargs}
        )

    # -- reads and commands without arguments ---------------------------------------------------

    # One line each, for the static type: the request, its origin and the result class are the
    # spec's, through the registry. `make regen` writes those of the spec; a line outside the
    # section, with a docstring of its own, takes the place of the generated one.
    # <generated app vehicle>: written by `make regen` from spec/smartcar.yaml; do not edit
    # </generated app vehicle>

    # -- reads ----------------------------------------------------------------------------------

    get_vehicle: operation[[], types.V3Vehicle] = _v3_read(
        "get_vehicle",
        "The vehicle (``GET /vehicles/{vehicleId}``): ``attributes.make``, ``model``, ``year``, "
        "``powertrain_type`` and ``mode``.",
    )

    @operation
    def get_signals(self) -> Operation[v3.Page[types.SignalResource]]:
        """The first page of the vehicle's signals; `signals` iterates over every page.

        A signal that could not be read is still an item: its ``attributes.status`` (and
        ``error``) says why.
        """
        from .. import types

        return self._op("get_signals", page_of("get_signals", types.SignalResource))

    @operation
    def get_signal(self, code: str) -> Operation[types.Signal]:
        """One signal, such as ``"tractionbattery-stateofcharge"`` (units as sent).

        The result is the JSON:API document: ``attributes``, ``meta`` (aware datetimes),
        ``typed_body`` and ``error`` read its ``data``, ``vehicle`` its ``included.vehicle``.
        """
        from .._resources import registry

        info = registry.by_id("get_signal")
        return self._op(
            info.operation_id,
            registry.converter(info),
            signal_code=check.path_segment("code", code),
        )

    @operation
    def _signals_page(self, link: str) -> Operation[v3.Page[types.SignalResource]]:
        from .. import types
        from .._resources import registry

        target = _signals_link(link, self._settings.origins.vehicle_v3, self.vehicle_id)
        info = registry.by_id("get_signals")
        return Operation(
            endpoint=target,
            kwargs={},
            origin=info.origin,
            convert=page_of("get_signals", types.SignalResource),
            token_source=self._token,
            headers={"sc-user-id": self.user_id},
        )

    @listing
    def signals(self, *, limit: int | None = None) -> Listing[types.SignalResource | v3.RawItem]:
        """Every signal (following ``links.next``); ``for`` or ``async for`` as the app."""
        return self._paged("get_signals", {}, limit, follow="_signals_page")

    # -- commands -------------------------------------------------------------------------------

    def _command(self, operation_id: str, **kwargs: Any) -> Operation[v3.CommandExecution]:
        from .. import v3

        return self._op(operation_id, v3.CommandExecution.from_response, **kwargs)

    lock_doors: operation[[], v3.CommandExecution] = _v3_command("lock_doors", "Lock the doors.")
    unlock_doors: operation[[], v3.CommandExecution] = _v3_command(
        "unlock_doors", "Unlock the doors."
    )
    start_charge: operation[[], v3.CommandExecution] = _v3_command(
        "start_charge", "Start charging."
    )
    stop_charge: operation[[], v3.CommandExecution] = _v3_command(
        "stop_charge", "Stop charging (the path rests on third-party sources: ``x-unverified``)."
    )

    @operation
    def set_charge_limit(self, percent: float) -> Operation[v3.CommandExecution]:
        """Set the charge limit in percent, 0-100 (v2.0 took a fraction; v3 does not).

        The vehicle may refuse limits below its own floor (often 50).
        """
        from smartcar_openapi import models

        value = check.number_in_range("percent", percent, 0, 100)
        body = models.ChargeLimitRequest(
            data=models.ChargeLimitRequestData(
                attributes=models.ChargeLimitAttributes(percent=value)
            )
        )
        return self._command("set_charge_limit_v3", body=body)

    @operation
    def set_destination(self, latitude: float, longitude: float) -> Operation[v3.CommandExecution]:
        """Send a destination to the navigation system (``x-unverified`` path and body)."""
        from smartcar_openapi import models

        point = models.GeoPoint(
            latitude=check.number_in_range("latitude", latitude, -90, 90),
            longitude=check.number_in_range("longitude", longitude, -180, 180),
        )
        body = models.DestinationRequest(data=models.DestinationRequestData(attributes=point))
        return self._command("set_destination", body=body)

    # -- charge schedules -----------------------------------------------------------------------

    def _schedule(
        self, operation_id: str, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        from smartcar_openapi import models

        from .. import v3

        for name, value in (("start_time", start_time), ("stop_time", stop_time)):
            if not isinstance(value, str) or not _TIME_RE.fullmatch(value):
                raise InvalidInputError(f"{name} must be a time as 'HH:mm', got {value!r}")
        attributes = models.ChargeScheduleAttributes(
            location=models.GeoPoint(
                latitude=check.number_in_range("latitude", latitude, -90, 90),
                longitude=check.number_in_range("longitude", longitude, -180, 180),
            ),
            start_time=start_time,
            stop_time=stop_time,
        )
        body = models.ChargeScheduleRequest(
            data=models.ChargeScheduleRequestData(attributes=attributes)
        )
        return self._op(operation_id, v3.ChargeScheduleExecution.from_response, body=body)

    @operation
    def set_daily_charge_schedule(
        self, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        """Charge every day between two local times (``"HH:mm"``) at a location."""
        return self._schedule(
            "set_daily_charge_schedule", latitude, longitude, start_time, stop_time
        )

    @operation
    def set_weekly_charge_schedule(
        self, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        """A weekly schedule (``x-unverified``: the body is modelled like the daily one)."""
        return self._schedule(
            "set_weekly_charge_schedule", latitude, longitude, start_time, stop_time
        )

    @operation
    def set_workweek_charge_schedule(
        self, latitude: float, longitude: float, start_time: str, stop_time: str
    ) -> Operation[v3.ChargeScheduleExecution]:
        """A Monday-Friday schedule (``x-unverified``: the body is modelled like the daily one)."""
        return self._schedule(
            "set_workweek_charge_schedule", latitude, longitude, start_time, stop_time
        )

    @operation
    def delete_charge_schedule(self, schedule_id: str) -> Operation[v3.ChargeScheduleExecution]:
        """Delete a schedule by the id its creation (or the ``charge-chargetimers`` signal) gave."""
        from .. import v3

        return self._op(
            "delete_charge_schedule",
            v3.ChargeScheduleExecution.from_response,
            schedule_id=schedule_id,
        )


class AppVehicle(BaseAppVehicle, SyncRunner):
    """A vehicle acting for one user with the application token (blocking API)."""

    with_raw_response: raw_view[RawAppVehicle] = raw_view()


class AsyncAppVehicle(BaseAppVehicle, AsyncRunner):
    """A vehicle acting for one user with the application token (asyncio API)."""

    with_raw_response: raw_view[RawAsyncAppVehicle] = raw_view()


if TYPE_CHECKING:
    from .._resources.ops import RawAsyncRunner, RawSyncRunner

    class RawAppVehicle(AppVehicle, RawSyncRunner):
        """``AppVehicle.with_raw_response``: each operation returns its ``RawResponse``."""

    class RawAsyncAppVehicle(AsyncAppVehicle, RawAsyncRunner):
        """``AsyncAppVehicle.with_raw_response``: each operation returns its ``RawResponse``."""
