"""Results read like Python: an optional field that the API left out is ``None``.

Never the generator's ``UNSET`` sentinel, whose repr is a memory address; ``to_dict()`` still
leaves the field out, and the namedtuple protocol (``_asdict``, ``_replace``) shows ``None``.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx2
import pytest
from smartcar_openapi import models as m

import smartcar
from smartcar import types as t

KINDS = ["sync", "async"]


def parsed(cls: type[Any], body: Any) -> Any:
    """``body`` converted as an operation converts a response into ``cls``."""
    request = httpx2.Request("GET", "https://api.smartcar.com/v2.0/x")
    response = httpx2.Response(200, json=body, request=request, headers={"SC-Request-Id": "r-1"})
    return t.model(cls)(response)


def no_sentinel(result: Any) -> None:
    assert "Unset" not in repr(result)
    assert " object at 0x" not in repr(result)


def test_an_absent_optional_field_reads_none_and_stays_out_of_to_dict() -> None:
    result = parsed(t.Compatibility, {"compatible": True, "reason": None})
    assert result.capabilities is None
    no_sentinel(result)
    assert result.to_dict() == {"compatible": True, "reason": None}
    # The namedtuple protocol agrees: the official field order, None for the absent field.
    assert result._asdict() == {
        "compatible": True,
        "reason": None,
        "capabilities": None,
        "meta": result.meta,
    }
    compatible, reason, capabilities, _ = result
    assert (compatible, reason, capabilities) == (True, None, None)
    again = result._replace(compatible=False)
    assert again.capabilities is None
    assert again.to_dict() == {"compatible": False, "reason": None}


def test_a_present_optional_field_is_kept() -> None:
    body = {
        "compatible": True,
        "reason": None,
        "capabilities": [
            {
                "permission": "read_odometer",
                "endpoint": "/odometer",
                "capable": True,
                "reason": None,
            }
        ],
    }
    result = parsed(t.Compatibility, body)
    assert result.capabilities is not None and result.capabilities[0].capable is True
    assert result.to_dict() == body


def test_absent_fields_of_nested_records_read_none() -> None:
    body = {
        "connections": [{"vehicleId": "v", "userId": "u", "connectedAt": "2023-08-10T15:00:00Z"}],
        "paging": {"cursor": None},
    }
    result = parsed(t.GetConnections, body)
    connection = result.connections[0]
    assert isinstance(connection, t.Connection)
    assert connection.mode is None
    assert result.paging.count is None
    no_sentinel(result)
    assert connection._asdict() == {
        "vehicle_id": "v",
        "user_id": "u",
        "connected_at": connection.connected_at,
    }
    assert "mode" not in connection.to_dict()
    assert result.to_dict()["paging"] == {"cursor": None}


def test_a_nullable_field_sent_as_null_is_written_back_as_null() -> None:
    # connectedAt may be null or absent: both read None, and to_dict says which it was.
    sent_null = {"vehicleId": "v", "userId": "u", "connectedAt": None}
    absent = {"vehicleId": "v", "userId": "u"}
    result = parsed(t.DeleteConnections, {"connections": [sent_null, absent]})
    first, second = result.connections
    assert first.connected_at is None and second.connected_at is None
    assert first.to_dict() == sent_null
    assert second.to_dict() == absent
    no_sentinel(result)


def test_generated_models_default_optional_fields_to_none() -> None:
    built = m.Compatibility(compatible=True, reason=None)
    assert built.capabilities is None
    assert built.to_dict() == {"compatible": True, "reason": None}
    # Request bodies leave out what was not given, as before.
    form = m.TokenRequest.from_dict({"grant_type": "authorization_code", "code": "c"})
    assert form.refresh_token is None
    assert "refresh_token" not in form.to_dict()


SIGNAL = {
    "data": {
        "id": "odometer-traveleddistance",
        "type": "signal",
        "attributes": {
            "code": "odometer-traveleddistance",
            "name": "TraveledDistance",
            "group": "Odometer",
            "status": {"value": "SUCCESS"},
        },
    }
}


def signal_handler(request: httpx2.Request) -> httpx2.Response:
    body = SIGNAL
    return httpx2.Response(200, content=json.dumps(body).encode(), headers={"SC-Request-Id": "r"})


@pytest.mark.parametrize("kind", KINDS)
def test_a_v3_signal_without_meta_or_links_reads_none(kind: str) -> None:
    transport = httpx2.MockTransport(signal_handler)
    if kind == "sync":
        signal = smartcar.Vehicle("vehicle-1", "token", transport=transport).get_signal(
            "odometer-traveleddistance"
        )
    else:

        async def main() -> t.Signal:
            async with smartcar.AsyncVehicle("vehicle-1", "token", transport=transport) as car:
                return await car.get_signal("odometer-traveleddistance")

        signal = asyncio.run(main())
    assert signal.meta is None and signal.links is None and signal.included is None
    assert signal.attributes.body is None
    assert signal.attributes.status is not None and signal.attributes.status.error is None
    no_sentinel(signal)
    assert signal["body"] == SIGNAL
