"""Webhooks: challenge answers, constant-time signature checks over raw bytes, typed payloads.

Test vectors and payload examples are from the API reference, sections 8.2 to 8.4.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from smartcar_openapi import models

import smartcar
from smartcar import webhooks

CHALLENGE_HEX = "9baf5a7464bd86740ad5a06e439dcf535a075022ed2c92d74efacf646d79328e"
PIZZA_SIGNATURE = "4c05a8da471f05156ad717baa4017acd13a3a809850b9ca7d3301dcaaa854f70"
PIZZA = '{"pizza":"pasta"}'

V2_DYNAMIC = {
    "version": "2.0",
    "webhookId": "865ca68d-a9b6-4d74-856e-605db0209eca",
    "eventName": "dynamic",
    "mode": "live",
    "payload": {
        "vehicles": [
            {
                "vehicleId": "36ab27d0-fd9d-4455-823a-ce30af709ffc",
                "requestId": "25d743b8-14cf-4744-b067-bd8d7daf3f1a",
                "data": [
                    {
                        "path": "/battery",
                        "code": 200,
                        "body": {"percentRemaining": 0.63, "range": 260.4},
                        "headers": {
                            "sc-data-age": "2025-03-04T18:11:40.000Z",
                            "sc-unit-system": "metric",
                        },
                    }
                ],
            }
        ]
    },
}
V2_VERIFY = {
    "version": "2.0",
    "webhookId": "865ca68d-a9b6-4d74-856e-605db0209eca",
    "eventName": "verify",
    "mode": "live",
    "payload": {"challenge": "challenge"},
}
V4_META = {
    "version": "4.0",
    "webhookId": "5a8e5e38-1e12-4011-a36d-56f120053f9e",
    "webhookName": "Example Webhook",
    "deliveryId": "48b25f8f-9fea-42e1-9085-81043682cbb8",
    "deliveredAt": 1761896351529,
}
V4_VERIFY = {
    "eventId": "0f3ad8e2-6c2b-4f0e-9a3e-2b8e7c0f1d11",
    "eventType": "VERIFY",
    "data": {"challenge": "challenge"},
    "meta": V4_META,
}
V4_STATE = {
    "eventId": "5a537912-9ad3-424b-ba33-65a1704567e9",
    "eventType": "VEHICLE_STATE",
    "vehicleId": "36ab27d0-fd9d-4455-823a-ce30af709ffc",
    "triggers": [
        {
            "type": "SIGNAL_UPDATED",
            "signal": {
                "code": "tractionbattery-stateofcharge",
                "name": "StateOfCharge",
                "group": "TractionBattery",
            },
        }
    ],
    "data": {
        "user": {"id": "e0514ef4-5226-11e8-8c13-8f6e8f02e27e"},
        "vehicle": {
            "id": "36ab27d0-fd9d-4455-823a-ce30af709ffc",
            "make": "TESLA",
            "model": "Model 3",
            "year": 2020,
        },
        "signals": [
            {
                "code": "tractionbattery-stateofcharge",
                "name": "StateOfCharge",
                "group": "TractionBattery",
                "body": {"value": 63, "unit": "percent"},
                "status": {"value": "SUCCESS"},
                "meta": {"oemUpdatedAt": 1761896340000, "retrievedAt": 1761896345000},
            }
        ],
    },
    "meta": {**V4_META, "mode": "LIVE", "signalCount": 1},
}


def sign(body: str | bytes, amt: str = "amt") -> str:
    raw = body.encode() if isinstance(body, str) else body
    return hmac.new(amt.encode(), raw, hashlib.sha256).hexdigest()


# -- challenge --------------------------------------------------------------------------------------


def test_hash_challenge_vector() -> None:
    assert webhooks.hash_challenge("amt", "challenge") == CHALLENGE_HEX
    assert smartcar.hash_challenge("amt", "challenge") == CHALLENGE_HEX


def test_challenge_response() -> None:
    assert webhooks.challenge_response("amt", "challenge") == {"challenge": CHALLENGE_HEX}


@pytest.mark.parametrize("event", [V2_VERIFY, V4_VERIFY])
def test_verify_event_round_trip(event: dict[str, Any]) -> None:
    # Parse the VERIFY delivery, then answer its challenge.
    parsed = webhooks.parse_payload(json.dumps(event))
    challenge = parsed.payload.challenge if event is V2_VERIFY else parsed.data.challenge  # type: ignore[union-attr]
    assert webhooks.challenge_response("amt", challenge) == {"challenge": CHALLENGE_HEX}


# -- signatures -------------------------------------------------------------------------------------


@pytest.mark.parametrize("body", [PIZZA, PIZZA.encode()])
def test_verify_payload_vector_over_str_and_bytes(body: str | bytes) -> None:
    assert webhooks.verify_payload("amt", PIZZA_SIGNATURE, body) is True
    assert smartcar.verify_payload("amt", PIZZA_SIGNATURE, body) is True


def test_signature_is_over_the_raw_bytes() -> None:
    # Re-serialised JSON (spaces after separators) is a different body.
    assert webhooks.verify_payload("amt", PIZZA_SIGNATURE, '{"pizza": "pasta"}') is False
    body = '{"name":"Zoë"}'
    assert webhooks.verify_payload("amt", sign(body.encode("utf-8")), body.encode("utf-8"))
    assert webhooks.verify_payload("amt", sign(body.encode("utf-8")), body)
    assert not webhooks.verify_payload("amt", sign(body.encode("latin-1")), body)


@pytest.mark.parametrize(
    "signature",
    [
        PIZZA_SIGNATURE[:-1] + "f",  # the last hex digit changed
        PIZZA_SIGNATURE[:32],
        "",
        sign(PIZZA, amt="other-amt"),
        None,
        123,
    ],
)
def test_wrong_signatures_are_refused(signature: Any) -> None:
    assert webhooks.verify_payload("amt", signature, PIZZA) is False
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.verify_signature("amt", signature, PIZZA)


def test_signature_check_is_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[Any, Any]] = []
    real = hmac.compare_digest

    def recording(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real(a, b)

    monkeypatch.setattr(hmac, "compare_digest", recording)
    assert webhooks.verify_payload("amt", PIZZA_SIGNATURE, PIZZA)
    assert not webhooks.verify_payload("amt", "0" * 64, PIZZA)
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.parse_payload(PIZZA, amt="amt", signature="0" * 64)
    assert len(calls) == 3
    assert calls[0] == (PIZZA_SIGNATURE.encode(), PIZZA_SIGNATURE.encode())
    assert calls[1] == (PIZZA_SIGNATURE.encode(), b"0" * 64)


def test_uppercase_hex_signature_is_accepted() -> None:
    assert webhooks.verify_payload("amt", PIZZA_SIGNATURE.upper(), PIZZA)


def test_a_signature_without_the_amt_to_check_it_is_refused_before_parsing() -> None:
    with pytest.raises(smartcar.InvalidInputError) as refused:
        webhooks.parse_payload("not json at all", signature=PIZZA_SIGNATURE)
    assert refused.value.message == (
        "parse_payload got a signature but no amt to verify it with: pass amt="
    )


def test_invalid_amt_or_body_type() -> None:
    with pytest.raises(smartcar.InvalidInputError, match="amt"):
        webhooks.verify_payload("", PIZZA_SIGNATURE, PIZZA)
    with pytest.raises(smartcar.InvalidInputError, match="str or bytes"):
        webhooks.verify_payload("amt", PIZZA_SIGNATURE, {"pizza": "pasta"})  # type: ignore[arg-type]


# -- typed payloads ---------------------------------------------------------------------------------


def test_v2_payload_parses_into_typed_objects() -> None:
    event = webhooks.parse_payload(json.dumps(V2_DYNAMIC).encode())
    assert isinstance(event, models.WebhookV2Payload)
    assert (event.event_name, event.mode, event.version) == ("dynamic", "live", "2.0")
    vehicle = event.payload.vehicles[0]  # type: ignore[union-attr]
    assert vehicle.vehicle_id == "36ab27d0-fd9d-4455-823a-ce30af709ffc"
    item = vehicle.data[0]
    assert (item.path, item.code) == ("/battery", 200)


def test_v4_vehicle_state_parses_into_typed_objects() -> None:
    body = json.dumps(V4_STATE)
    event = webhooks.parse_payload(body, amt="amt", signature=sign(body))
    assert isinstance(event, models.WebhookV4VehicleStateEvent)
    assert event.event_id == "5a537912-9ad3-424b-ba33-65a1704567e9"
    assert event.data.vehicle.make == "TESLA"
    assert event.data.vehicle.year == 2020
    signal = event.data.signals[0]
    assert signal.code == "tractionbattery-stateofcharge"
    assert signal.status.value == "SUCCESS"
    assert event.triggers[0].type_ == "SIGNAL_UPDATED"
    assert event.meta.signal_count == 1


@pytest.mark.parametrize("delivered_at", [1761896351529, "2025-10-31T07:39:11.529Z"])
def test_v4_verify_parses_with_either_delivered_at(delivered_at: Any) -> None:
    # The reference shows deliveredAt both as epoch milliseconds and as an ISO string.
    event = webhooks.parse_payload(
        json.dumps({**V4_VERIFY, "meta": {**V4_META, "deliveredAt": delivered_at}})
    )
    assert isinstance(event, models.WebhookV4VerifyEvent)
    assert event.data.challenge == "challenge"
    assert event.meta.webhook_id == "5a8e5e38-1e12-4011-a36d-56f120053f9e"


def test_unknown_v4_event_type_parses_generically() -> None:
    event = webhooks.parse_payload(json.dumps({**V4_VERIFY, "eventType": "VEHICLE_PARKED"}))
    assert isinstance(event, models.WebhookV4Event)


def test_parse_payload_refuses_a_bad_signature_before_parsing() -> None:
    body = json.dumps(V4_STATE)
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.parse_payload(body, amt="amt", signature=sign(body, amt="wrong"))
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.parse_payload(body, amt="amt", signature=None)
    with pytest.raises(smartcar.WebhookSignatureError):
        webhooks.parse_payload("not json at all", amt="amt", signature="0" * 64)


@pytest.mark.parametrize(
    "body",
    [
        "not json",
        "[1, 2]",
        '{"hello": "world"}',
        '{"eventType": "VERIFY"}',
        '{"eventType": "VERIFY", "data": "x", "meta": {}}',
        '{"eventType": "VEHICLE_STATE", "data": [], "meta": 1}',
        '{"eventName": "verify", "payload": 5}',
    ],
)
def test_malformed_payloads_raise_invalid_input(body: str) -> None:
    with pytest.raises(smartcar.InvalidInputError):
        webhooks.parse_payload(body)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=3)
        | st.dictionaries(
            st.sampled_from(["eventType", "eventName", "data", "meta", "payload", "x"]),
            children,
            max_size=4,
        )
    ),
    max_leaves=15,
)


@settings(max_examples=300, deadline=None, database=None)
@given(
    body=st.one_of(
        st.binary(max_size=40),
        json_values.map(json.dumps),
        st.builds(
            lambda base, key, value: json.dumps({**base, key: value}),
            st.sampled_from([V2_DYNAMIC, V2_VERIFY, V4_VERIFY, V4_STATE]),
            st.sampled_from(["eventType", "eventName", "data", "meta", "payload", "vehicleId"]),
            json_values,
        ),
    )
)
def test_parse_payload_gives_a_payload_or_a_smartcar_exception(body: str | bytes) -> None:
    with contextlib.suppress(smartcar.SmartcarException):
        webhooks.parse_payload(body)
