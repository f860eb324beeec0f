"""The simulator's API v3 handlers with the application token, beyond the vehicle.

The IAM token endpoint, connections and users, compatible vehicles, and the Management API v3
(webhooks and subscriptions). Their lists page by ``page[number]`` and ``page[size]``.
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

from ._data import VehicleState
from ._errors import (
    ApiError,
    ErrorKind,
    api_error,
    oauth_error,
    validation_error,
)
from ._pipeline import _Pipeline
from ._signals import SIGNALS
from ._state import (
    SimResponse,
    _Call,
    _Connection,
    _connection_id,
    _iso,
    _one_page,
    _query_int,
    _Subscription,
)


class _V3ManagementHandlers(_Pipeline):
    """The simulator's API v3 handlers for the application: tokens, connections, webhooks."""

    def _request_application_token(self, call: _Call) -> object:
        form = dict(parse_qsl(call.body.decode("utf-8", "replace"), keep_blank_values=True))
        # The documented samples send the credentials in the form; some clients use Basic.
        basic = self._basic(call) or (form.get("client_id", ""), form.get("client_secret", ""))
        if form.get("grant_type") != "client_credentials":
            raise oauth_error(400, "invalid_request", "grant_type must be client_credentials.")
        if not self._client_ok(*basic):
            raise oauth_error(401, "invalid_client", "Invalid client_id or client_secret.")
        return self._new_app_token()

    def _page(
        self, call: _Call, items: list[dict[str, Any]], default: int, path: str
    ) -> dict[str, Any]:
        """One page of a JSON:API list, by ``page[number]`` and ``page[size]``."""
        size = _query_int(call, "page[size]", default, 100)
        page = _query_int(call, "page[number]", 1, 1_000_000)
        link = f"{path}?page[number]={{}}&page[size]={size}"
        data, links = _one_page(items, page, size, link.format)
        return {"data": data, "meta": {"totalCount": len(items)}, "links": links}

    def _connection_resource(self, vehicle_id: str, connection: _Connection) -> dict[str, Any]:
        v = self._fleet[vehicle_id]
        connection_id = _connection_id(vehicle_id, connection.user_id)
        return {
            "id": connection_id,
            "type": "connection",
            "attributes": {
                "permissions": list(connection.scope),
                "vehicle": {
                    "make": v.make,
                    "model": v.model,
                    "year": v.year,
                    "mode": connection.mode,
                    "powertrainType": v.powertrain,
                },
            },
            "relationships": {
                "vehicle": {
                    "data": {"id": vehicle_id, "type": "vehicle"},
                    "links": {"related": f"/vehicles/{vehicle_id}"},
                },
                "user": {"data": {"id": connection.user_id, "type": "user"}},
            },
            "meta": {
                "createdAt": _iso(connection.connected_at),
                "updatedAt": _iso(connection.connected_at),
            },
            "links": {"self": f"/connections/{connection_id}"},
        }

    def _find_connection(self, call: _Call) -> tuple[str, _Connection]:
        wanted = call.params["connection_id"]
        for vehicle_id, connection in self._connections.items():
            if _connection_id(vehicle_id, connection.user_id) == wanted:
                return vehicle_id, connection
        raise api_error("RESOURCE_NOT_FOUND", description="No such connection.")

    def _list_connections(self, call: _Call) -> object:
        user_id = call.query.get("filter[userId]") or call.headers.get("sc-user-id")
        vehicle_id = call.query.get("filter[vehicleId]")
        mode = call.query.get("filter[vehicle.mode]")
        if mode not in (None, "live", "simulated"):
            raise validation_error(["filter[vehicle.mode]"], "mode must be live or simulated.")
        items = [
            self._connection_resource(vid, c)
            for vid, c in sorted(self._connections.items(), key=lambda i: i[1].connected_at)
            if (not user_id or c.user_id == user_id)
            and (not vehicle_id or vid == vehicle_id)
            and (not mode or c.mode == mode)
        ]
        return self._page(call, items, 10, "/connections")

    def _get_connection(self, call: _Call) -> object:
        return {"data": self._connection_resource(*self._find_connection(call))}

    def _no_content(self, call: _Call) -> SimResponse:
        return SimResponse(204, {"SC-Request-Id": call.request_id}, b"")

    def _delete_connection(self, call: _Call) -> object:
        vehicle_id, _ = self._find_connection(call)
        self._disconnect(vehicle_id)
        return self._no_content(call)

    def _delete_user(self, call: _Call) -> object:
        user_id = call.params["user_id"]
        owned = [vid for vid, c in self._connections.items() if c.user_id == user_id]
        if not owned:
            raise api_error("RESOURCE_NOT_FOUND", description="No such user.")
        for vehicle_id in owned:
            self._disconnect(vehicle_id)
        return self._no_content(call)

    def _list_compatible_vehicles(self, call: _Call) -> object:
        region = call.query.get("filter[region]")
        if region is not None and region.upper() not in ("US", "CA", "EUROPE"):
            raise validation_error(["filter[region]"], "region must be US, CA or EUROPE.")
        make = (call.query.get("filter[make]") or "").lower()
        powertrain = (call.query.get("filter[powertrainType]") or "").upper()
        models: dict[tuple[str, str], list[VehicleState]] = {}
        for v in self._fleet.values():
            if (make and v.make.lower() != make) or (powertrain and v.powertrain != powertrain):
                continue
            models.setdefault((v.make, v.model), []).append(v)
        data = []
        for (vehicle_make, model), vehicles in sorted(models.items()):
            years = [v.year for v in vehicles]
            codes = sorted({s.code for s in SIGNALS for v in vehicles if s.applies_to(v)})
            data.append(
                {
                    "type": "compatible-vehicle",
                    "attributes": {
                        "make": vehicle_make,
                        "model": model,
                        "years": {"start": min(years), "end": max(years)},
                        "capabilities": [{"type": "signal", "capability": c} for c in codes],
                    },
                }
            )
        return {"data": data, "meta": {"totalCount": len(data)}}

    def _list_webhooks(self, call: _Call) -> object:
        def flag(name: str) -> bool | None:
            raw = call.query.get(name)
            if raw is None:
                return None
            if raw not in ("true", "false"):
                raise validation_error([name], f"{name} must be true or false.")
            return raw == "true"

        name = (call.query.get("filter[name]") or "").lower()
        uri = (call.query.get("filter[callbackUri]") or "").lower()
        enabled, auto = flag("filter[isEnabled]"), flag("filter[autoSubscribe]")
        items = [
            w
            for w in self._webhooks_v3.values()
            if name in w["attributes"]["name"].lower()
            and uri in w["attributes"]["callbackUri"].lower()
            and enabled in (None, w["attributes"]["isEnabled"])
            and auto in (None, w["attributes"]["autoSubscribe"])
        ]
        return self._page(call, json.loads(json.dumps(items)), 50, "/webhooks")

    def _get_webhook(self, call: _Call) -> object:
        webhook = self._webhooks_v3.get(call.params["webhook_id"])
        if webhook is None:
            raise api_error("RESOURCE_NOT_FOUND", description="No such webhook.")
        return {"data": json.loads(json.dumps(webhook))}

    def _subscription_resource(self, sub: _Subscription) -> dict[str, Any]:
        v = self._fleet[sub.vehicle_id]
        connection = self._connections.get(sub.vehicle_id)
        return {
            "type": "subscription",
            "id": sub.id,
            "attributes": {
                "vehicle": {
                    "make": v.make,
                    "model": v.model,
                    "year": v.year,
                    "mode": connection.mode if connection else "live",
                    "powertrainType": v.powertrain,
                }
            },
            "meta": {"createdAt": _iso(sub.created_at), "updatedAt": _iso(sub.created_at)},
            "relationships": {
                "webhook": {
                    "data": {"type": "webhook", "id": sub.webhook_id},
                    "links": {"related": f"/webhooks/{sub.webhook_id}"},
                },
                "user": {"data": {"type": "user", "id": sub.user_id}},
                "vehicle": {"data": {"type": "vehicle", "id": sub.vehicle_id}},
            },
            "links": {"self": f"/subscriptions/{sub.id}"},
        }

    def _create_subscription(self, call: _Call) -> object:
        attributes = self._attributes(call)
        values = {}
        for name in ("webhookId", "userId", "vehicleId"):
            value = attributes.get(name)
            if not isinstance(value, str) or not value:
                raise validation_error(["data", "attributes", name], f"{name} is required.")
            values[name] = value
        if values["webhookId"] not in self._webhooks_v3:
            raise api_error("RESOURCE_NOT_FOUND", description="No such webhook.")
        connection = self._connections.get(values["vehicleId"])
        if connection is None or connection.user_id != values["userId"]:
            raise api_error("RESOURCE_NOT_FOUND", description="No such connection.")
        for sub in self._subscriptions.values():
            if (sub.webhook_id, sub.vehicle_id) == (values["webhookId"], values["vehicleId"]):
                raise ApiError(
                    ErrorKind("v2", "CONFLICT", None, 409),
                    description="The vehicle is already subscribed to this webhook.",
                )
        sub_id = self._new_id()
        self._subscriptions[sub_id] = _Subscription(
            sub_id, values["webhookId"], values["userId"], values["vehicleId"], self._clock()
        )
        body = {"meta": {"message": "subscription creation in progress"}}
        headers = {"SC-Request-Id": call.request_id, "Content-Type": "application/json"}
        return SimResponse(202, headers, json.dumps(body, separators=(",", ":")).encode())

    def _list_subscriptions(self, call: _Call) -> object:
        q = call.query
        mode = q.get("filter[vehicle.mode]")
        if mode not in (None, "live", "simulated"):
            raise validation_error(["filter[vehicle.mode]"], "mode must be live or simulated.")
        items = []
        for sub in sorted(self._subscriptions.values(), key=lambda s: s.created_at):
            connection = self._connections.get(sub.vehicle_id)
            if (
                q.get("filter[userId]", sub.user_id) == sub.user_id
                and q.get("filter[webhookId]", sub.webhook_id) == sub.webhook_id
                and q.get("filter[vehicleId]", sub.vehicle_id) == sub.vehicle_id
                and (not mode or (connection is not None and connection.mode == mode))
            ):
                items.append(self._subscription_resource(sub))
        return self._page(call, items, 25, "/subscriptions")

    def _find_subscription(self, call: _Call) -> _Subscription:
        sub = self._subscriptions.get(call.params["subscription_id"])
        if sub is None:
            raise api_error("RESOURCE_NOT_FOUND", description="No such subscription.")
        return sub

    def _get_subscription(self, call: _Call) -> object:
        return {"data": self._subscription_resource(self._find_subscription(call))}

    def _delete_subscription(self, call: _Call) -> object:
        del self._subscriptions[self._find_subscription(call).id]
        return self._no_content(call)
