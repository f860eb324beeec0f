"""The simulator's Vehicles API v3 handlers: the vehicle, its signals, commands and schedules."""

from __future__ import annotations

import json
import re
from typing import Any

from ._errors import (
    api_error,
    validation_error,
)
from ._pipeline import _Pipeline
from ._signals import SIGNALS, SIGNALS_BY_CODE, signal_resource, vehicle_resource
from ._state import (
    SimResponse,
    _Call,
    _iso,
    _one_page,
    _query_int,
)


class _V3Handlers(_Pipeline):
    """Vehicles API v3: the vehicle, its signals, commands and charge schedules."""

    # -- API v3 -----------------------------------------------------------------------------

    def _v3_vehicle(self, call: _Call) -> object:
        return {"data": vehicle_resource(call.vehicle)}

    def _v3_resource(self, call: _Call, code: str) -> dict[str, Any]:
        now = self._clock()
        return signal_resource(
            SIGNALS_BY_CODE[code],
            call.vehicle,
            retrieved_at=_iso(now),
            oem_updated_at=_iso(now - call.vehicle.data_age_seconds),
        )

    def _v3_signals(self, call: _Call) -> object:
        scope = call.grant.scope
        codes = [s.code for s in SIGNALS if s.applies_to(call.vehicle) and s.permission in scope]
        items = [self._v3_resource(call, code) for code in codes]
        if not call.v3:
            # The per-vehicle token of the official SDKs' v3 reads: one page with everything.
            return self._signal_page(call, items, size=max(1, len(items)))
        return self._signal_page(call, items)

    def _signal_page(
        self, call: _Call, items: list[dict[str, Any]], size: int | None = None
    ) -> dict[str, Any]:
        """A page of signals as the live API sends it.

        ``page``/``pageSize`` come in the query; the page has ``meta`` (``totalCount``,
        ``pageSize``, ``pageNumber``), ``links`` and the vehicle in ``included``.
        """
        page = _query_int(call, "page", 1, 1_000_000)
        size = size or _query_int(call, "pageSize", 10, 100)
        path = f"/vehicles/{call.vehicle.id}/signals"
        data, links = _one_page(items, page, size, lambda n: f"{path}?page={n}&pageSize={size}")
        return {
            "data": data,
            "meta": {"totalCount": len(items), "pageSize": size, "pageNumber": page},
            "links": {name: link for name, link in links.items() if link is not None},
            "included": {"vehicle": vehicle_resource(call.vehicle)},
        }

    def _v3_signal(self, call: _Call) -> object:
        signal = SIGNALS_BY_CODE.get(call.params["signal_code"])
        if signal is None:
            raise api_error("RESOURCE_NOT_FOUND", "PATH")
        if signal.permission not in call.grant.scope:
            raise api_error("PERMISSION")
        if not signal.applies_to(call.vehicle):
            raise api_error("COMPATIBILITY", "VEHICLE_NOT_CAPABLE")
        return {
            "data": self._v3_resource(call, signal.code),
            "included": {"vehicle": vehicle_resource(call.vehicle)},
        }

    # -- API v3 with the application token: commands and charge schedules -------------------

    def _execution(
        self,
        call: _Call,
        resource_type: str,
        attributes: dict[str, Any],
        links: dict[str, Any] | None = None,
    ) -> SimResponse:
        """A command's result: 200, or 202 for a vehicle that answers slowly (same body)."""
        slow = call.vehicle.slow_commands
        now = self._clock()
        data: dict[str, Any] = {
            "id": "exec_" + self._new_id().replace("-", "")[:12],
            "type": resource_type,
            "attributes": {
                **attributes,
                "status": {"value": "SUCCESS"},
                "executionMode": "async" if slow else "sync",
            },
            "meta": {
                "executedAt": _iso(now).replace(".000Z", "Z"),
                "completedAt": _iso(now).replace(".000Z", "Z"),
                "durationInSeconds": 0,
            },
        }
        if links:
            data["links"] = links
        body = json.dumps({"data": data}, separators=(",", ":")).encode()
        headers = {"SC-Request-Id": call.request_id, "Content-Type": "application/json"}
        return SimResponse(202 if slow else 200, headers, body)

    def _command_execution(
        self, call: _Call, command_type: str, parameters: dict[str, Any] | None = None
    ) -> SimResponse:
        attributes: dict[str, Any] = {"commandType": command_type}
        if parameters is not None:
            attributes["parameters"] = parameters
        return self._execution(call, "command-execution", attributes)

    def _lock_doors(self, call: _Call) -> object:
        call.vehicle.is_locked = True
        return self._command_execution(call, "security-lock")

    def _unlock_doors(self, call: _Call) -> object:
        call.vehicle.is_locked = False
        return self._command_execution(call, "security-unlock")

    def _start_charge(self, call: _Call) -> object:
        v = call.vehicle
        if not v.is_plugged_in:
            raise api_error("VEHICLE_STATE", "CHARGING_PLUG_NOT_CONNECTED")
        v.charge_state = "CHARGING"
        return self._command_execution(call, "charge-start")

    def _stop_charge(self, call: _Call) -> object:
        call.vehicle.charge_state = "NOT_CHARGING"
        return self._command_execution(call, "charge-stop")

    def _set_charge_limit_v3(self, call: _Call) -> object:
        percent = self._number_field(self._attributes(call), "percent", 0.0, 100.0)
        call.vehicle.charge_limit = percent / 100
        return self._command_execution(call, "charge-set-limit", {"percent": percent})

    def _set_destination(self, call: _Call) -> object:
        attributes = self._attributes(call)
        latitude = self._number_field(attributes, "latitude", -90.0, 90.0)
        longitude = self._number_field(attributes, "longitude", -180.0, 180.0)
        call.vehicle.destination = (latitude, longitude)
        parameters = {"latitude": latitude, "longitude": longitude}
        return self._command_execution(call, "navigation-set-destination", parameters)

    def _schedule(self, call: _Call, schedule_type: str) -> SimResponse:
        attributes = self._attributes(call)
        location = attributes.get("location")
        if not isinstance(location, dict):
            raise validation_error(["location"], "location is required.")
        latitude = self._number_field(location, "latitude", -90.0, 90.0)
        longitude = self._number_field(location, "longitude", -180.0, 180.0)
        parameters: dict[str, Any] = {"location": {"latitude": latitude, "longitude": longitude}}
        for name in ("startTime", "stopTime"):
            value = attributes.get(name)
            if not isinstance(value, str) or not re.fullmatch(r"([01]\d|2[0-3]):[0-5]\d", value):
                raise validation_error([name], f"{name} must be a time as HH:mm.")
            parameters[name] = value
        schedule_id = "sched_" + self._new_id().replace("-", "")[:12]
        vehicle_id = call.vehicle.id
        self._schedules.setdefault(vehicle_id, {})[schedule_id] = {
            "scheduleType": schedule_type,
            **parameters,
        }
        attributes = {
            "action": "create",
            "scheduleType": schedule_type,
            "scheduleId": schedule_id,
            "parameters": parameters,
        }
        links = {"schedule": f"/vehicles/{vehicle_id}/charge-schedules/{schedule_id}"}
        return self._execution(call, "charge-schedule-execution", attributes, links)

    def _set_daily_charge_schedule(self, call: _Call) -> object:
        return self._schedule(call, "daily")

    def _set_weekly_charge_schedule(self, call: _Call) -> object:
        return self._schedule(call, "weekly")

    def _set_workweek_charge_schedule(self, call: _Call) -> object:
        return self._schedule(call, "workweek")

    def _delete_charge_schedule(self, call: _Call) -> object:
        schedules = self._schedules.get(call.vehicle.id, {})
        schedule_id = call.params["schedule_id"]
        stored = schedules.pop(schedule_id, None)
        if stored is None:
            raise api_error("RESOURCE_NOT_FOUND", description="No such charge schedule.")
        attributes = {
            "action": "delete",
            "scheduleType": stored["scheduleType"],
            "scheduleId": schedule_id,
        }
        return self._execution(call, "charge-schedule-execution", attributes)
