"""Webhook deliveries from the simulator: a vehicle's signals, signed, in Smartcar's v4 shape.

Smartcar POSTs a ``VEHICLE_STATE`` event to a webhook's callback URI when a subscribed signal
changes, signed with the application management token (``SC-Signature``, the hex HMAC-SHA256
of the raw body). `Simulator.webhook_delivery` builds one from a simulated vehicle's current
state, and `Simulator.send_webhook` POSTs it, so a receiver can be tested end to end without
Smartcar.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from typing import Any

import httpx

from ._pipeline import _Pipeline
from ._signals import SIGNALS, SIGNALS_BY_CODE, Signal


class _Deliveries(_Pipeline):
    """Signed webhook deliveries of a vehicle's signals (public methods of `Simulator`)."""

    def webhook_delivery(
        self, vehicle_id: str, *, codes: Iterable[str] | None = None
    ) -> tuple[bytes, dict[str, str]]:
        """A signed ``VEHICLE_STATE`` delivery of a vehicle's current signals.

        The body has the shape of Smartcar's v4 deliveries (``eventId``, top-level
        ``triggers``, ``data.user``/``data.vehicle``/``data.signals`` with epoch-millisecond
        ``meta``, and the delivery's ``meta``); each call is a new event.

        Args:
            vehicle_id: the simulated vehicle.
            codes: the signal codes to send (``"tractionbattery-stateofcharge"`` ...); every
                signal the vehicle has by default. The first one is the trigger.

        Returns:
            The raw body and the headers to POST it with, ``SC-Signature`` included (signed
            with the simulator's ``management_token``).

        Raises:
            KeyError: no such vehicle.
            ValueError: an unknown signal code, or one the vehicle does not have.
        """
        with self._lock:
            vehicle = self._fleet[vehicle_id]
            wanted = [s for s in SIGNALS if s.applies_to(vehicle)] if codes is None else []
            for code in codes or ():
                signal = SIGNALS_BY_CODE.get(code)
                if signal is None or not signal.applies_to(vehicle):
                    raise ValueError(f"vehicle {vehicle_id} has no signal {code!r}")
                wanted.append(signal)
            if not wanted:
                raise ValueError("a delivery needs at least one signal")
            now_ms = int(self._clock() * 1000)
            oem_ms = int((self._clock() - vehicle.data_age_seconds) * 1000)
            connection = self._connections.get(vehicle_id)
            # The application's webhook that subscribes every vehicle (made in the Dashboard).
            webhook: dict[str, Any] = next(
                (w for w in self._webhooks_v3.values() if w["attributes"].get("autoSubscribe")),
                {"id": None, "attributes": {}},
            )
            payload: dict[str, Any] = {
                "eventId": self._new_id(),
                "eventType": "VEHICLE_STATE",
                "vehicleId": vehicle.id,
                "triggers": [{"type": "SIGNAL_UPDATED", "signal": _reference(wanted[0])}],
                "data": {
                    "user": {"id": connection.user_id if connection else self.user_id},
                    "vehicle": {
                        "id": vehicle.id,
                        "make": vehicle.make,
                        "model": vehicle.model,
                        "year": vehicle.year,
                    },
                    "signals": [
                        {
                            **_reference(s),
                            "body": s.read(vehicle),
                            "status": {"value": "SUCCESS"},
                            "meta": {"oemUpdatedAt": oem_ms, "retrievedAt": now_ms},
                        }
                        for s in wanted
                    ],
                },
                "meta": {
                    "version": "4.0",
                    "webhookId": webhook["id"],
                    "webhookName": webhook["attributes"].get("name"),
                    "deliveryId": self._new_id(),
                    "deliveredAt": now_ms,
                    "deliveryTime": now_ms,
                    "mode": "TEST",
                    "signalCount": len(wanted),
                },
            }
            token = self.management_token
        body = json.dumps(payload, separators=(",", ":")).encode()
        signature = hmac.new(token.encode(), body, hashlib.sha256).hexdigest()
        return body, {"Content-Type": "application/json", "SC-Signature": signature}

    def send_webhook(
        self,
        url: str,
        vehicle_id: str,
        *,
        codes: Iterable[str] | None = None,
        client: httpx.Client | None = None,
    ) -> httpx.Response:
        """POST a signed delivery of a vehicle's signals (see `webhook_delivery`) to ``url``.

        Args:
            url: the receiver's callback URI.
            vehicle_id: the simulated vehicle.
            codes: the signal codes to send; every signal the vehicle has by default.
            client: the httpx client to send with (for example one with an in-process
                transport); a new one with a 10-second timeout by default.

        Returns:
            The receiver's response (its status is not checked).
        """
        body, headers = self.webhook_delivery(vehicle_id, codes=codes)
        if client is not None:
            return client.post(url, content=body, headers=headers)
        with httpx.Client(timeout=10.0) as own:
            return own.post(url, content=body, headers=headers)


def _reference(signal: Signal) -> dict[str, str]:
    return {"code": signal.code, "name": signal.name, "group": signal.group}
