"""The simulator's compatibility, management and control (test-only) handlers."""

from __future__ import annotations

import base64
import binascii

from . import _examples
from ._errors import (
    api_error,
    validation_error,
)
from ._pipeline import _Pipeline
from ._state import (
    _Call,
    _Connection,
    _iso,
    _paging,
    _split_scope,
)


class _AdminHandlers(_Pipeline):
    """The simulator's compatibility, management and control (test-only) handlers."""

    # -- compatibility ----------------------------------------------------------------------

    def _compatibility(self, call: _Call) -> object:
        vin, scope = call.query.get("vin"), call.query.get("scope")
        for name, value in (("vin", vin), ("scope", scope)):
            if not value:
                raise validation_error([name], f"{name} is required.", code="PARAMETER")
        level = call.query.get("test_mode_compatibility_level")
        if call.query.get("mode") == "test" or level:
            # Test mode answers from the level asked for, whatever the VIN.
            if level not in _examples.TEST_MODE_LEVELS:
                raise api_error(
                    "VALIDATION",
                    detail=[
                        {
                            "field": "test_mode_compatibility_level",
                            "message": "Field must be one of: "
                            f"[{','.join(_examples.TEST_MODE_LEVELS)}]",
                        }
                    ],
                )
            compatible, powertrain = _examples.TEST_MODE_LEVELS[level]
        else:
            vehicle = next((v for v in self._fleet.values() if v.vin == vin), None)
            if vehicle is not None:
                compatible, powertrain = True, vehicle.powertrain
            elif (vin or "").upper().startswith(_examples.TEST_VIN_PREFIX):
                # Smartcar's test VINs (0SC...) answer as an electric vehicle: capable of
                # /odometer, not of /fuel.
                compatible, powertrain = True, "BEV"
            else:
                return self._example("GET", "/compatibility", _examples.COMPATIBILITY)
        if not compatible:
            return {"compatible": False, "reason": "VEHICLE_NOT_COMPATIBLE", "capabilities": []}
        capabilities = []
        if call.query.get("country", "US").upper() == "US":  # Smartcar fills these for US only
            for permission in _split_scope(scope or ""):
                endpoint, needs = _examples.PERMISSION_ENDPOINTS.get(permission, ("", None))
                if not endpoint:
                    continue
                capable = (
                    needs is None
                    or (needs == "battery" and powertrain != "ICE")
                    or (needs == "engine" and powertrain != "BEV")
                )
                capabilities.append(
                    {
                        "permission": permission,
                        "endpoint": endpoint,
                        "capable": capable,
                        "reason": None if capable else "VEHICLE_NOT_CAPABLE",
                    }
                )
        return {"compatible": True, "reason": None, "capabilities": capabilities}

    def _compatibility_matrix(self, call: _Call) -> object:
        region = call.query.get("region", "")
        if region.upper() not in ("US", "CA", "EUROPE"):
            raise validation_error(["region"], "region must be US, CA or EUROPE.", code="PARAMETER")
        matrix = self._example("GET", "/compatibility/matrix", _examples.COMPATIBILITY_MATRIX)
        makes = {m.upper() for m in call.query.get("make", "").split()}
        powertrain = call.query.get("type", "").upper()
        result = {}
        for make, models in matrix.items():
            if makes and make.upper() not in makes:
                continue
            kept = [m for m in models if not powertrain or m.get("type") == powertrain]
            if kept:
                result[make] = kept
        return result

    # -- management -------------------------------------------------------------------------

    def _matching_connections(self, call: _Call) -> list[tuple[str, _Connection]]:
        user_id, vehicle_id = call.query.get("user_id"), call.query.get("vehicle_id")
        return [
            (vid, c)
            for vid, c in self._connections.items()
            if (not user_id or c.user_id == user_id) and (not vehicle_id or vid == vehicle_id)
        ]

    def _get_connections(self, call: _Call) -> object:
        limit, _ = _paging(call.query, 10, 100)
        offset = 0
        cursor = call.query.get("cursor")
        if cursor:
            try:
                offset = int(base64.urlsafe_b64decode(cursor.encode()).decode().removeprefix("o:"))
            except (ValueError, binascii.Error):
                raise validation_error(["cursor"], "Invalid cursor.", code="PARAMETER") from None
        matching = self._matching_connections(call)
        page = matching[offset:][:limit]
        following = offset + len(page)
        return {
            "connections": [
                {
                    "vehicleId": vid,
                    "userId": c.user_id,
                    "connectedAt": _iso(c.connected_at),
                    "mode": c.mode,
                }
                for vid, c in page
            ],
            "paging": {
                "cursor": base64.urlsafe_b64encode(f"o:{following}".encode()).decode()
                if following < len(matching)
                else None
            },
        }

    def _delete_connections(self, call: _Call) -> object:
        if not (call.query.get("user_id") or call.query.get("vehicle_id")):
            raise validation_error(
                ["user_id", "vehicle_id"], "user_id or vehicle_id is required.", code="PARAMETER"
            )
        deleted = []
        for vehicle_id, connection in self._matching_connections(call):
            self._disconnect(vehicle_id)
            deleted.append({"vehicleId": vehicle_id, "userId": connection.user_id})
        return {"connections": deleted}
