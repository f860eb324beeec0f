"""Webhook deliveries: the simulator signs a VEHICLE_STATE event and POSTs it, as Smartcar does.

Smartcar signs each delivery with ``SC-Signature``, the lowercase hex HMAC-SHA256 of the raw
body keyed with the application management token. The signature is computed here with
:mod:`hmac` directly, not with :mod:`smartcar.webhooks`, so a receiver built on the SDK is
checked against an independent signer.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ._signals import SIGNALS_BY_CODE, signal_resource
from ._state import _State

__all__ = ["WebhookDelivery"]

DEFAULT_DELIVERY_SIGNALS = ("tractionbattery-stateofcharge", "charge-ischarging")


@dataclass(frozen=True)
class WebhookDelivery:
    """One signed webhook delivery, as Smartcar POSTs it to your endpoint.

    Attributes:
        body: the raw JSON body; verify these exact bytes.
        headers: ``Content-Type`` and ``SC-Signature``.
    """

    body: bytes
    headers: dict[str, str]

    @property
    def signature(self) -> str:
        """The ``SC-Signature`` header."""
        return self.headers["SC-Signature"]


class _DeliveryHandlers(_State):
    """Signed VEHICLE_STATE deliveries built from a vehicle's current state."""

    def webhook_delivery(
        self,
        vehicle_id: str,
        *,
        codes: Iterable[str] | None = None,
    ) -> WebhookDelivery:
        """A signed ``VEHICLE_STATE`` delivery of a vehicle's current signals.

        Args:
            vehicle_id: the vehicle; its connected user (if any) is the event's user.
            codes: the signals to include (default: state of charge and whether it charges,
                those the vehicle has).

        Raises:
            KeyError: no such vehicle, or an unknown signal code.
        """
        with self._lock:
            vehicle = self._fleet[vehicle_id]
            wanted = list(DEFAULT_DELIVERY_SIGNALS if codes is None else codes)
            signals = [SIGNALS_BY_CODE[code] for code in wanted]
            now = self._clock()
            # Deliveries carry epoch milliseconds where API responses carry ISO-8601 strings.
            retrieved = int(now * 1000)
            oem_updated = int((now - vehicle.data_age_seconds) * 1000)
            resources = [
                signal_resource(
                    s, vehicle, retrieved_at=str(retrieved), oem_updated_at=str(oem_updated)
                )
                for s in signals
                if s.applies_to(vehicle)
            ]
            for resource in resources:
                resource["meta"] = {key: int(value) for key, value in resource["meta"].items()}
            connection = self._connections.get(vehicle_id)
            # The shape Smartcar's deliveries were observed in: `triggers` at the top level
            # with "Group.Name" signal strings, epoch milliseconds, no meta.version.
            event: dict[str, Any] = {
                "eventId": self._new_id(),
                "eventType": "VEHICLE_STATE",
                "vehicleId": vehicle_id,
                "triggers": [
                    {"type": "SIGNAL_UPDATED", "signal": _path(code)} for code in wanted[:1]
                ],
                "data": {
                    "user": {"id": connection.user_id if connection else self.user_id},
                    "vehicle": {
                        "id": vehicle.id,
                        "make": vehicle.make,
                        "model": vehicle.model,
                        "year": vehicle.year,
                    },
                    "signals": [{**r["attributes"], "meta": r["meta"]} for r in resources],
                },
                "meta": {
                    "deliveryId": self._new_id(),
                    "deliveredAt": int(now * 1000),
                    "mode": "LIVE",
                    "signalCount": len(resources),
                },
            }
            key = self.management_token.encode()
        body = json.dumps(event, separators=(",", ":")).encode()
        signature = hmac.new(key, body, hashlib.sha256).hexdigest()
        return WebhookDelivery(
            body, {"Content-Type": "application/json", "SC-Signature": signature}
        )

    def deliver_webhook(
        self, url: str, vehicle_id: str, *, codes: Iterable[str] | None = None
    ) -> int:
        """POST a signed ``VEHICLE_STATE`` delivery (:meth:`webhook_delivery`) to ``url``.

        Returns:
            The HTTP status your endpoint answered.
        """
        import httpx2  # here: only a delivery needs a client

        delivery = self.webhook_delivery(vehicle_id, codes=codes)
        answer = httpx2.post(url, content=delivery.body, headers=delivery.headers, timeout=10.0)
        return answer.status_code


def _path(code: str) -> str:
    signal = SIGNALS_BY_CODE[code]
    return f"{signal.group}.{signal.name}"
