"""The simulator's API v2.0 handlers: user, vehicle reads, commands, webhooks, batch."""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from . import _data, _examples
from ._errors import (
    api_error,
    validation_error,
)
from ._pipeline import _Pipeline
from ._state import (
    _Call,
    _paging,
    _parse_moment,
)


class _VehicleHandlers(_Pipeline):
    """The simulator's API v2.0 handlers: user, vehicle reads, commands, webhooks, batch."""

    # -- API v2.0: user and vehicle list ----------------------------------------------------

    def _get_user(self, call: _Call) -> object:
        return {"id": call.grant.user_id}

    def _get_vehicles(self, call: _Call) -> object:
        limit, offset = _paging(call.query, 10, 50)
        ids = call.grant.vehicle_ids
        return {"paging": {"count": len(ids), "offset": offset}, "vehicles": ids[offset:][:limit]}

    # -- API v2.0: vehicle reads ------------------------------------------------------------

    def _get_attributes(self, call: _Call) -> object:
        v = call.vehicle
        return {"id": v.id, "make": v.make, "model": v.model, "year": v.year}

    def _get_vin(self, call: _Call) -> object:
        return {"vin": call.vehicle.vin}

    def _get_odometer(self, call: _Call) -> object:
        return {"distance": _data.distance(call.vehicle.odometer_km, call.units)}

    def _get_location(self, call: _Call) -> object:
        return {"latitude": call.vehicle.latitude, "longitude": call.vehicle.longitude}

    def _get_fuel(self, call: _Call) -> object:
        v, units = call.vehicle, call.units
        return {
            "amountRemaining": None
            if v.fuel_litres is None
            else _data.volume(v.fuel_litres, units),
            "percentRemaining": v.fuel_percent_remaining,
            "range": None if v.fuel_range_km is None else _data.distance(v.fuel_range_km, units),
        }

    def _get_battery(self, call: _Call) -> object:
        v = call.vehicle
        return {
            "percentRemaining": v.battery_percent_remaining,
            "range": None
            if v.battery_range_km is None
            else _data.distance(v.battery_range_km, call.units),
        }

    def _get_battery_capacity(self, call: _Call) -> object:
        return {"capacity": call.vehicle.battery_capacity_kwh}

    def _get_nominal_capacity(self, call: _Call) -> object:
        return self._example(
            "GET", "/vehicles/{}/battery/nominal_capacity", _examples.NOMINAL_CAPACITY
        )

    def _get_charge(self, call: _Call) -> object:
        return {"isPluggedIn": call.vehicle.is_plugged_in, "state": call.vehicle.charge_state}

    def _get_charge_limit(self, call: _Call) -> object:
        return {"limit": call.vehicle.charge_limit}

    def _get_security(self, call: _Call) -> object:
        locked = call.vehicle.is_locked
        closed = [{"type": t, "status": "CLOSED"} for t in _data.TIRES]
        return {
            "isLocked": locked,
            "doors": [
                {"type": t, "status": "LOCKED" if locked else "UNLOCKED"} for t in _data.TIRES
            ],
            "windows": closed,
            "sunroof": [{"type": "sunroof", "status": "CLOSED"}],
            "storage": [
                {"type": "rear", "status": "CLOSED"},
                {"type": "front", "status": "CLOSED"},
            ],
            "chargingPort": [{"type": "chargingPort", "status": "CLOSED"}],
        }

    def _get_tires(self, call: _Call) -> object:
        kpa = call.vehicle.tire_pressure_kpa
        return {t: _data.pressure(kpa[t], call.units) if t in kpa else None for t in _data.TIRES}

    def _get_engine_oil(self, call: _Call) -> object:
        return {"lifeRemaining": call.vehicle.oil_life_remaining}

    def _get_permissions(self, call: _Call) -> object:
        limit, offset = _paging(call.query, 25, 100)
        scope = call.grant.scope
        return {
            "paging": {"count": len(scope), "offset": offset},
            "permissions": list(scope[offset:][:limit]),
        }

    def _get_service_history(self, call: _Call) -> object:
        records = self._example("GET", "/vehicles/{}/service/history", _examples.SERVICE_HISTORY)

        def bound(*names: str) -> dt.datetime | None:
            raw = next((call.query[n] for n in names if call.query.get(n)), None)
            if raw is None:
                return None
            try:
                moment = dt.datetime.fromisoformat(raw)
            except ValueError:
                raise validation_error(
                    [names[0]],
                    f"{names[0]} must be an ISO 8601 date or date-time.",
                    code="PARAMETER",
                ) from None
            if len(raw) == 10 and names[0] == "end_date":
                moment += dt.timedelta(days=1)  # a bare end date includes that whole day
            return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)

        # Three of the four official SDKs send snake_case, the Python one camelCase.
        start, end = bound("start_date", "startDate"), bound("end_date", "endDate")
        kept = []
        for record in records:
            when = _parse_moment(record.get("serviceDate")) if isinstance(record, dict) else None
            if when is not None and (
                (start is not None and when < start) or (end is not None and when >= end)
            ):
                continue
            if isinstance(record, dict) and isinstance(record.get("odometerDistance"), int | float):
                record["odometerDistance"] = _data.distance(record["odometerDistance"], call.units)
            kept.append(record)
        return kept

    def _get_system_status(self, call: _Call) -> object:
        return self._example(
            "GET", "/vehicles/{}/diagnostics/system_status", _examples.SYSTEM_STATUS
        )

    def _get_dtcs(self, call: _Call) -> object:
        return self._example("GET", "/vehicles/{}/diagnostics/dtcs", _examples.DTCS)

    # -- API v2.0: commands -----------------------------------------------------------------

    def _post_charge(self, call: _Call) -> object:
        v = call.vehicle
        action = self._enum_field(call, "action", ("START", "STOP"))
        if action == "START":
            if not v.is_plugged_in:
                raise api_error("VEHICLE_STATE", "CHARGING_PLUG_NOT_CONNECTED")
            if v.charge_state == "CHARGING":
                raise api_error("VEHICLE_STATE", "CHARGING_IN_PROGRESS")
            if (v.battery_percent_remaining or 0.0) >= v.charge_limit:
                raise api_error("VEHICLE_STATE", "FULLY_CHARGED")
            v.charge_state = "CHARGING"
        else:
            if v.charge_state != "CHARGING":
                raise api_error("VEHICLE_STATE", "NOT_CHARGING")
            v.charge_state = "NOT_CHARGING"
        return self._action_response("/charge")

    def _post_charge_limit(self, call: _Call) -> object:
        call.vehicle.charge_limit = self._number_field(self._json_body(call), "limit", 0.5, 1.0)
        return self._action_response("/charge/limit")

    def _post_security(self, call: _Call) -> object:
        action = self._enum_field(call, "action", ("LOCK", "UNLOCK"))
        call.vehicle.is_locked = action == "LOCK"
        return self._action_response("/security")

    def _post_destination(self, call: _Call) -> object:
        body = self._json_body(call)
        latitude = self._number_field(body, "latitude", -90.0, 90.0)
        longitude = self._number_field(body, "longitude", -180.0, 180.0)
        call.vehicle.destination = (latitude, longitude)
        return self._action_response("/navigation/destination")

    def _delete_application(self, call: _Call) -> object:
        self._disconnect(call.vehicle.id)
        return {"status": "success"}

    def _post_webhook(self, call: _Call) -> object:
        call.vehicle.webhooks.add(call.params["webhook_id"])
        return {"webhookId": call.params["webhook_id"], "vehicleId": call.vehicle.id}

    def _delete_webhook(self, call: _Call) -> object:
        call.vehicle.webhooks.discard(call.params["webhook_id"])
        return {"status": "success"}

    def _post_batch(self, call: _Call) -> object:
        requests = self._json_body(call).get("requests")
        if not isinstance(requests, list) or not all(
            isinstance(r, dict) and isinstance(r.get("path"), str) and r["path"].startswith("/")
            for r in requests
        ):
            raise validation_error(
                ["requests"], "requests must be a list of objects with a path starting with '/'."
            )
        # Sub-requests carry the caller's headers (token, unit system) but not the one-off
        # error header, which has already been applied to the batch request itself.
        headers = {k: v for k, v in call.headers.items() if k != "sc-simulate-error"}
        prefix = f"/v{'1.0' if call.v1 else '2.0'}/vehicles/{call.params['vehicle_id']}"
        responses = []
        for item in requests:
            sub_path = item["path"]
            sub = urlsplit(sub_path)
            query = dict(parse_qsl(sub.query, keep_blank_values=True))
            answer = self._dispatch("GET", prefix + sub.path.rstrip("/"), query, headers, b"")
            try:
                body: Any = answer.json()
            except ValueError:
                body = answer.body.decode("utf-8", "replace")
            responses.append(
                {
                    "path": sub_path,
                    "code": answer.status,
                    "body": body,
                    "headers": {
                        k.lower(): v
                        for k, v in answer.headers.items()
                        if k.lower() not in ("content-type", "sc-request-id")
                    },
                }
            )
        return {"responses": responses}
