"""The simulator's Vehicles API v3 handlers: the vehicle resource and its signals."""

from __future__ import annotations

from typing import Any

from ._errors import (
    api_error,
)
from ._pipeline import _Pipeline
from ._signals import SIGNALS, SIGNALS_BY_CODE, signal_resource
from ._state import (
    _Call,
)


class _V3Handlers(_Pipeline):
    """The simulator's Vehicles API v3 handlers: the vehicle resource and its signals."""

    # -- API v3 -----------------------------------------------------------------------------

    def _v3_vehicle(self, call: _Call) -> object:
        v = call.vehicle
        return {
            "id": v.id,
            "type": "vehicle",
            "attributes": {"make": v.make, "model": v.model, "year": v.year},
            "links": {"self": f"/vehicles/{v.id}"},
        }

    def _v3_resource(self, call: _Call, code: str) -> dict[str, Any]:
        now = self._clock()
        return signal_resource(
            SIGNALS_BY_CODE[code],
            call.vehicle,
            retrieved_ms=int(now * 1000),
            oem_updated_ms=int((now - call.vehicle.data_age_seconds) * 1000),
        )

    def _v3_signals(self, call: _Call) -> object:
        scope = call.grant.scope
        codes = [s.code for s in SIGNALS if s.applies_to(call.vehicle) and s.permission in scope]
        return {"data": [self._v3_resource(call, code) for code in codes]}

    def _v3_signal(self, call: _Call) -> object:
        signal = SIGNALS_BY_CODE.get(call.params["signal_code"])
        if signal is None:
            raise api_error("RESOURCE_NOT_FOUND", "PATH")
        if signal.permission not in call.grant.scope:
            raise api_error("PERMISSION")
        if not signal.applies_to(call.vehicle):
            raise api_error("COMPATIBILITY", "VEHICLE_NOT_CAPABLE")
        return self._v3_resource(call, signal.code)
