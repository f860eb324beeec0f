"""webhooks.receive: a replay of real-shaped deliveries, verified and typed; rotation; errors.

The deliveries are in tests/webhook_deliveries.py (VW ID.4, Tesla, Polestar shapes).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import hmac
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from smartcar_openapi import models

import smartcar
from smartcar import webhooks
from smartcar.v3 import Quantity

from .. import webhook_deliveries as real

AMT = "current-management-token"
OLD_AMT = "previous-management-token"


def sign(body: bytes, amt: str = AMT) -> str:
    return hmac.new(amt.encode(), body, hashlib.sha256).hexdigest()


def receive(body: bytes, amt: str | list[str] = AMT, **kw: Any) -> webhooks.Delivery:
    return webhooks.receive(body, {"SC-Signature": sign(body)}, amt, **kw)


def ms(value: int) -> dt.datetime:
    return dt.datetime.fromtimestamp(value / 1000, dt.UTC)


# -- the replay: every delivery is verified and typed ---------------------------------------------

EXPECTED_TRIGGERS = {
    "vw_state": ["tractionbattery-stateofcharge", "charge-chargelimits"],
    "tesla_state": ["closure-islocked"],
    "polestar_first": [None],
    "vw_error": ["tractionbattery-stateofcharge"],
    "tesla_error": ["location-preciselocation"],
    "verify_documented": [],
}


@pytest.mark.parametrize("name", sorted(real.SIGNED))
def test_every_replayed_delivery_is_verified_and_typed_with_its_triggers(name: str) -> None:
    body = real.SIGNED[name]
    delivery = receive(body)
    event = delivery.event
    assert delivery.signed and delivery.status_code == 200
    assert event.deviations == ()
    assert event.raw == json.loads(body)
    assert [t.signal.code if t.signal else None for t in event.triggers] == EXPECTED_TRIGGERS[name]
    assert event.event_id == json.loads(body)["eventId"]
    assert event.key == event.event_id
    assert event.version == "4.0"
    assert event.meta.delivered_at is not None and event.meta.delivered_at.tzinfo is dt.UTC


def test_string_triggers_are_normalised_and_keep_what_was_sent() -> None:
    event = receive(real.VW_STATE).event
    first = event.triggers[0]
    assert first.type == "SIGNAL_UPDATED"
    assert (first.signal.group, first.signal.name) == ("TractionBattery", "StateOfCharge")  # type: ignore[union-attr]
    assert first.signal.path == "TractionBattery.StateOfCharge"  # type: ignore[union-attr]
    assert first.signal.raw == "TractionBattery.StateOfCharge"  # type: ignore[union-attr]
    # A trigger's derived code finds the delivered signal it names.
    assert event.signal(first.signal.code).name == "StateOfCharge"  # type: ignore[union-attr,arg-type]
    object_ref = receive(real.TESLA_STATE).event.triggers[0].signal
    assert object_ref.raw == {"code": "closure-islocked", "name": "IsLocked", "group": "Closure"}  # type: ignore[union-attr]
    assert object_ref.path == "Closure.IsLocked"  # type: ignore[union-attr]


def test_signals_have_typed_bodies_statuses_and_aware_times() -> None:
    event = receive(real.VW_STATE).event
    assert (event.vehicle.make, event.vehicle.year, event.vehicle.powertrain_type) == (  # type: ignore[union-attr]
        "VOLKSWAGEN",
        2023,
        "BEV",
    )
    assert event.user_id == "6f1c9a2e-8b3d-4e5f-a6b7-c8d9e0f1a2b3"
    assert event.vehicle_id == "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"  # from data.vehicle.id
    soc = event.signal("tractionbattery-stateofcharge")
    assert isinstance(soc.body, models.SignalBodyQuantity)  # type: ignore[union-attr]
    assert (soc.body.value, soc.body.unit) == (63, "percent")  # type: ignore[union-attr]
    assert soc.oem_updated_at == ms(1761896340000)  # type: ignore[union-attr]
    assert soc.retrieved_at == ms(1761896345000)  # type: ignore[union-attr]
    assert soc.retrieved_at.tzinfo is dt.UTC  # type: ignore[union-attr]
    limits = event.signal("charge-chargelimits")
    assert isinstance(limits.body, models.SignalBodyChargeLimits)  # type: ignore[union-attr]
    assert limits.body.active_limit == 80  # type: ignore[union-attr]
    assert limits.oem_updated_at is None  # 0 means unknown  # type: ignore[union-attr]
    range_ = event.signal("tractionbattery-range")
    assert range_.status is None and range_.error is None  # no status at all  # type: ignore[union-attr]
    assert range_.body.unit == "kilometers"  # open units, kept as sent  # type: ignore[union-attr]
    doors = event.signal("closure-doors")
    # An ERROR status with a body: both are kept.
    assert doors.status == "ERROR"  # type: ignore[union-attr]
    assert isinstance(doors.body, models.SignalBodyClosures)  # type: ignore[union-attr]
    assert doors.error.code == "UNKNOWN"  # type: ignore[union-attr]
    assert doors.error.detail == "The OEM did not answer."  # type: ignore[union-attr]
    assert doors.error.resolution == "UNKNOWN_RESOLUTION_TYPE"  # type: ignore[union-attr]
    assert (doors.oem_updated_at, doors.retrieved_at) == (None, None)  # type: ignore[union-attr]


def test_polestar_first_delivery_and_string_value_bodies() -> None:
    event = receive(real.POLESTAR_FIRST).event
    assert event.triggers[0].type == "FIRST_DELIVERY"
    assert event.triggers[0].signal is None
    assert event.signal("tractionbattery-stateofcharge").ingested_at == ms(1761896349000)  # type: ignore[union-attr]
    color = event.signal("charge-chargeportstatuscolor")
    assert color.status == "UNAVAILABLE"  # type: ignore[union-attr]
    assert isinstance(color.body, models.SignalBodyString) and color.body.value == "invalid"  # type: ignore[union-attr]
    assert event.user_id is None  # no data.user in this delivery


def test_a_body_without_a_mapped_code_is_a_quantity_or_the_raw_mapping() -> None:
    body = json.dumps(
        {
            "eventId": "e",
            "eventType": "VEHICLE_STATE",
            "data": {
                "signals": [
                    {"code": "charge-voltage", "body": {"value": 230, "unit": "volts"}},
                    {"code": "made-up", "body": {"odd": [1]}},
                ]
            },
        }
    ).encode()
    signals = receive(body).event.signals
    assert signals[0].body == Quantity(230, "volts")
    assert signals[1].body == {"odd": [1]}


def test_vehicle_errors_normalise_mixed_signal_references() -> None:
    event = receive(real.VW_ERROR).event
    assert event.event_type == "VEHICLE_ERROR" and event.signals == ()
    auth, compat = event.errors
    assert (auth.type, auth.code, auth.state) == (
        "CONNECTED_SERVICES_ACCOUNT",
        "AUTHENTICATION_FAILED",
        "ERROR",
    )
    assert auth.resolution == "REAUTHENTICATE"
    assert auth.suggested_user_message == "Please reconnect your vehicle."
    assert auth.doc_url.startswith("https://smartcar.com/docs/")  # type: ignore[union-attr]
    assert [r.code for r in auth.signals] == [
        "tractionbattery-stateofcharge",
        "tractionbattery-range",
    ]
    assert [type(r.raw) for r in auth.signals] == [str, dict]
    assert compat.code is None and compat.resolution == "UNKNOWN_RESOLUTION_TYPE"
    assert [r.path for r in compat.signals] == ["Charge.ChargeLimits"]
    tesla = receive(real.TESLA_ERROR).event.errors[0]
    assert tesla.state == "RESOLVED"
    assert [r.code for r in tesla.signals] == ["location-preciselocation", "closure-islocked"]


def test_meta_without_version_or_webhook_id() -> None:
    meta = receive(real.VW_ERROR).event.meta
    assert (meta.version, meta.webhook_id, meta.webhook_name) == (None, None, None)
    assert meta.delivery_id == "3b4c5d6e-7f8a-4b9c-8d0e-1f2a3b4c5d6e"
    assert meta.delivery_time == ms(1761896351529)
    assert meta.mode == "LIVE"
    tesla = receive(real.TESLA_STATE).event.meta
    assert (tesla.mode, tesla.version, tesla.signal_count) == ("TEST", "4.0", 2)


# -- VERIFY ----------------------------------------------------------------------------------------


def test_an_unsigned_verify_without_event_id_is_answered() -> None:
    delivery = webhooks.receive(real.VERIFY_UNSIGNED, {"Content-Type": "application/json"}, AMT)
    assert delivery.is_verify and not delivery.signed
    assert delivery.event.event_id is None and delivery.event.key is None
    expected = webhooks.hash_challenge(AMT, "2b1b9fbc1a7a4d7a8c2e6f1d0b3c4a5e")
    assert delivery.body == {"challenge": expected}
    assert json.loads(delivery.content) == {"challenge": expected}
    assert delivery.status_code == 200 and delivery.media_type == "application/json"


def test_a_signed_verify_is_answered_with_the_token_that_signed_it() -> None:
    body = real.VERIFY_DOCUMENTED
    delivery = webhooks.receive(body, {"sc-signature": sign(body, OLD_AMT)}, [AMT, OLD_AMT])
    assert delivery.signed
    assert delivery.body == webhooks.challenge_response(OLD_AMT, "challenge")
    # The ISO string the documents show for deliveredAt is read too.
    assert delivery.event.meta.delivered_at == dt.datetime(2025, 7, 31, 19, 38, 42, 332000, dt.UTC)


def test_an_unsigned_verify_is_answered_with_the_first_token() -> None:
    delivery = webhooks.receive(real.VERIFY_UNSIGNED, {}, [AMT, OLD_AMT])
    assert delivery.body == webhooks.challenge_response(AMT, "2b1b9fbc1a7a4d7a8c2e6f1d0b3c4a5e")


def test_a_legacy_v2_verify_is_answered() -> None:
    body = b'{"version":"2.0","webhookId":"w","eventName":"verify","mode":"live","payload":{"challenge":"c"}}'
    delivery = webhooks.receive(body, {}, AMT)
    assert delivery.event.version == "2.0" and delivery.event.meta.webhook_id == "w"
    assert delivery.body == webhooks.challenge_response(AMT, "c")


def test_an_unsigned_verify_cannot_be_used_to_sign_a_forged_delivery() -> None:
    # The answer is HMAC(AMT, challenge): for a challenge that is a delivery body, it would be
    # that body's valid SC-Signature.
    forged = real.TESLA_STATE.decode()
    body = json.dumps({"eventType": "VERIFY", "data": {"challenge": forged}}).encode()
    with pytest.raises(smartcar.WebhookSignatureError) as refused:
        webhooks.receive(body, {}, AMT)
    assert refused.value.message == (
        "Refusing an unsigned VERIFY whose challenge is a JSON object: its answer would be "
        "a valid SC-Signature for that object, a forged delivery"
    )
    # Signed by Smartcar, the same challenge is answered.
    assert webhooks.receive(body, {"SC-Signature": sign(body)}, AMT).body == {
        "challenge": sign(real.TESLA_STATE)
    }


@pytest.mark.parametrize("challenge", [{"a": 1}, 5, None, ["x"]])
def test_a_verify_without_a_string_challenge_says_so(challenge: Any) -> None:
    body = json.dumps({"eventType": "VERIFY", "data": {"challenge": challenge}}).encode()
    with pytest.raises(webhooks.WebhookPayloadError) as caught:
        webhooks.receive(body, {}, AMT)
    assert caught.value.message == (
        "VERIFY event without a string challenge (data.challenge in v4, payload.challenge "
        "in v2.0): it cannot be answered"
    )


# -- rotation and constant time --------------------------------------------------------------------


@pytest.mark.parametrize("signer", [AMT, OLD_AMT])
def test_either_token_verifies_during_rotation(signer: str) -> None:
    body = real.VW_STATE
    delivery = webhooks.receive(body, {"SC-Signature": sign(body, signer)}, [AMT, OLD_AMT])
    assert delivery.event.event_type == "VEHICLE_STATE"


def test_after_rotation_the_old_token_is_refused() -> None:
    body = real.VW_STATE
    with pytest.raises(smartcar.WebhookSignatureError, match="any of the 1 management token"):
        webhooks.receive(body, {"SC-Signature": sign(body, OLD_AMT)}, [AMT])


def test_every_token_is_compared_in_constant_time(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[tuple[bytes, bytes]] = []
    real_compare = hmac.compare_digest

    def recording(a: Any, b: Any) -> bool:
        calls.append((a, b))
        return real_compare(a, b)

    monkeypatch.setattr(hmac, "compare_digest", recording)
    body = real.TESLA_STATE
    webhooks.receive(body, {"SC-Signature": sign(body, AMT)}, [AMT, OLD_AMT])
    # The first token matched, and the second was compared all the same.
    assert calls == [
        (sign(body, AMT).encode(), sign(body, AMT).encode()),
        (sign(body, OLD_AMT).encode(), sign(body, AMT).encode()),
    ]


# -- errors say what was wrong ---------------------------------------------------------------------


def test_a_missing_signature_header_is_named() -> None:
    with pytest.raises(webhooks.MissingSignatureError) as caught:
        webhooks.receive(real.VW_STATE, {"Content-Type": "application/json"}, AMT)
    assert caught.value.message == (
        "The SC-Signature header is missing: Smartcar signs every delivery but VERIFY, and this "
        "body is not a VERIFY event"
    )
    # Blank counts as missing; it is still a WebhookSignatureError for older handlers.
    with pytest.raises(smartcar.WebhookSignatureError, match="header is missing"):
        webhooks.receive(real.VW_STATE, {"SC-Signature": "  "}, AMT)
    # A body that is not even JSON, unsigned: the missing header is what is reported.
    with pytest.raises(webhooks.MissingSignatureError):
        webhooks.receive(b"<html>", {}, AMT)


def test_a_verify_under_a_v2_event_name_does_not_let_a_v4_event_through_unsigned() -> None:
    body = json.dumps({"eventType": "VEHICLE_STATE", "eventName": "verify", "data": {}}).encode()
    with pytest.raises(webhooks.MissingSignatureError):
        webhooks.receive(body, {}, AMT)


def test_a_bad_signature_is_named() -> None:
    body = real.VW_STATE
    with pytest.raises(smartcar.WebhookSignatureError) as caught:
        webhooks.receive(body, {"SC-Signature": "0" * 64}, [AMT, OLD_AMT])
    assert caught.value.message == (
        "SC-Signature does not match the body under any of the 2 management token(s) given "
        "(check the token, and pass the raw request body, not re-serialised JSON)"
    )
    with pytest.raises(smartcar.WebhookSignatureError, match="re-serialised JSON"):
        webhooks.receive(json.dumps(json.loads(body)).encode(), {"SC-Signature": sign(body)}, AMT)


def test_two_different_signature_headers_are_refused() -> None:
    body = real.VW_STATE
    headers = [("SC-Signature", sign(body)), ("sc-signature", "0" * 64)]

    class Pairs:
        def items(self) -> list[tuple[str, str]]:
            return headers

    with pytest.raises(smartcar.WebhookSignatureError) as caught:
        webhooks.receive(body, Pairs(), AMT)
    assert caught.value.message == (
        "The request has 2 different SC-Signature headers; a delivery from Smartcar has one"
    )


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "webhook body is not JSON: Expecting value"),
        (b"[1, 2]", "must be a JSON object, got an array"),
        (b'"text"', "must be a JSON object, got str"),
        (b'{"hello": "world"}', "neither eventType"),
        (
            b"[" * 100_000 + b"]" * 100_000,
            "^webhook body is not JSON this SDK reads: it is nested too deeply$",
        ),
    ],
)
def test_a_signed_body_that_is_no_webhook_is_named(body: bytes, message: str) -> None:
    with pytest.raises(webhooks.WebhookPayloadError, match=message) as caught:
        receive(body)
    assert isinstance(caught.value, smartcar.InvalidInputError)
    assert caught.value.__context__ is None or not isinstance(caught.value.__context__, ValueError)


_NO_AMT = "amt must be an Application Management Token (str) or a non-empty sequence of them, "


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((b"{}", {}, ""), "amt must be a non-empty string, got ''"),
        ((b"{}", {}, [AMT, " "]), "amt must be a non-empty string, got ' '"),
        ((b"{}", {}, []), f"{_NO_AMT}got list"),
        ((b"{}", {}, b"amt"), f"{_NO_AMT}got bytes"),
        ((b"{}", {}, 5), f"{_NO_AMT}got int"),
        (({"a": 1}, {}, AMT), "body must be str or bytes, got dict"),
        (
            (b"{}", 5, AMT),
            "headers must be the request's headers (a mapping or anything with items()), got int",
        ),
    ],
)
def test_programming_errors_are_invalid_input(
    arguments: tuple[Any, Any, Any], message: str
) -> None:
    with pytest.raises(smartcar.InvalidInputError) as caught:
        webhooks.receive(*arguments)
    assert caught.value.message == message


def test_body_may_be_text_or_a_buffer_and_headers_any_mapping() -> None:
    text = real.TESLA_STATE.decode()
    for body in (text, bytearray(real.TESLA_STATE), memoryview(real.TESLA_STATE)):
        assert webhooks.receive(body, {"SC-SIGNATURE": sign(real.TESLA_STATE)}, AMT).signed
    import httpx2

    headers = httpx2.Headers({"sc-signature": sign(real.TESLA_STATE)})
    assert webhooks.receive(real.TESLA_STATE, headers, AMT).event.event_type == "VEHICLE_STATE"


# -- lenient by default, strict on request ---------------------------------------------------------

ODD = {
    "eventId": "odd-1",
    "eventType": "VEHICLE_STATE",
    "triggers": [{"type": "SIGNAL_UPDATED", "signal": 42}, "not-an-object"],
    "data": {
        "vehicle": {"id": "v", "make": "BYD", "year": "MMXX"},
        "signals": [
            {
                "code": "tractionbattery-stateofcharge",
                "body": {"value": 5},
                "meta": {"retrievedAt": "soon"},
            },
            7,
            {"code": "closure-islocked", "body": "locked"},
        ],
    },
    "meta": {"deliveryId": "d", "signalCount": "two", "deliveryTime": 1761896351529},
}


def test_odd_members_are_kept_raw_and_recorded() -> None:
    event = receive(json.dumps(ODD).encode()).event
    assert event.vehicle.year is None and event.vehicle.raw["year"] == "MMXX"  # type: ignore[union-attr]
    assert event.vehicle.make == "BYD"  # type: ignore[union-attr]
    assert [t.signal for t in event.triggers] == [None]
    assert [s.code for s in event.signals] == ["tractionbattery-stateofcharge", "closure-islocked"]
    assert event.signals[0].retrieved_at is None
    assert event.signals[1].body is None and event.signals[1].raw["body"] == "locked"
    assert event.meta.signal_count is None and event.meta.delivery_time == ms(1761896351529)
    # The generated models' records (JSON paths; types, never values), then the SDK's own.
    assert event.deviations == (
        "data.vehicle.year: expected int, got str",
        "data.signals[0].meta.retrievedAt: expected int, got str",
        "data.signals[1]: expected WebhookV4Signal, got int",
        "triggers[0].signal: expected WebhookV4SignalRef | str, got int",
        "triggers[1]: expected WebhookV4Trigger, got str",
        "meta.signalCount: expected int, got str",
        "data.signals[2].body: expected an object, got str",
    )
    # Each part keeps the generated model it was read from, odd values as sent.
    assert isinstance(event.generated, models.WebhookV4VehicleStateEvent)
    assert event.vehicle.generated.year == "MMXX"  # type: ignore[union-attr]
    assert event.generated.data.signals[1] == 7


def test_strict_mode_raises_on_the_same_deviations() -> None:
    with pytest.raises(webhooks.WebhookPayloadError, match="strict mode") as caught:
        receive(json.dumps(ODD).encode(), strict=True)
    assert "data.vehicle.year: expected int, got str" in str(caught.value)
    assert len(caught.value.deviations) == 7
    # A delivery that matches the spec passes strict mode.
    for body in real.SIGNED.values():
        assert receive(body, strict=True).event.deviations == ()


def test_strict_mode_names_a_missing_event_id() -> None:
    body = json.dumps({"eventType": "VEHICLE_STATE", "data": {}}).encode()
    assert receive(body).event.deviations == ("eventId: missing",)
    with pytest.raises(webhooks.WebhookPayloadError, match="eventId: missing"):
        receive(body, strict=True)


def test_parse_payload_reports_wrong_types_in_strict_mode() -> None:
    body = b'{"eventType":"VERIFY","data":{"challenge":{"a":1}}}'
    assert webhooks.parse_payload(body).data.challenge == {"a": 1}  # type: ignore[union-attr]
    with pytest.raises(webhooks.WebhookPayloadError, match="challenge"):
        webhooks.parse_payload(body, strict=True)
    year = json.dumps({**json.loads(real.TESLA_STATE), "data": {"vehicle": {"year": "MMXX"}}})
    with pytest.raises(webhooks.WebhookPayloadError, match="year"):
        webhooks.parse_payload(year, strict=True)
    assert (
        webhooks.parse_payload(real.TESLA_STATE, strict=True).triggers[0].signal.code
        == "closure-islocked"
    )  # type: ignore[union-attr]


def test_parse_payload_reads_the_real_shapes() -> None:
    event = webhooks.parse_payload(real.VW_ERROR, amt=AMT, signature=sign(real.VW_ERROR))
    assert isinstance(event, models.WebhookV4VehicleErrorEvent)
    assert event.triggers[0].signal == "TractionBattery.StateOfCharge"  # type: ignore[index]
    refs = event.data.errors[0].signals  # type: ignore[union-attr,index]
    assert refs[0] == "TractionBattery.StateOfCharge"  # type: ignore[index]
    assert refs[1].code == "tractionbattery-range"  # type: ignore[index,union-attr]
    verify = webhooks.parse_payload(real.VERIFY_UNSIGNED)
    assert isinstance(verify, models.WebhookV4VerifyEvent) and verify.event_id is None


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=8), children, max_size=3)
    ),
    max_leaves=10,
)


def _perturb(document: Any, path: list[str | int], value: Any) -> Any:
    if not path or not isinstance(document, dict | list):
        return value
    head, rest = path[0], path[1:]
    if isinstance(document, dict) and isinstance(head, str) and head in document:
        return {**document, head: _perturb(document[head], rest, value)}
    if isinstance(document, list) and isinstance(head, int) and document:
        index = head % len(document)
        return [*document[:index], _perturb(document[index], rest, value), *document[index + 1 :]]
    return document


def _paths(document: Any, prefix: list[str | int]) -> list[list[str | int]]:
    found = [prefix]
    if isinstance(document, dict):
        for key, value in document.items():
            found += _paths(value, [*prefix, key])
    elif isinstance(document, list):
        for index, value in enumerate(document):
            found += _paths(value, [*prefix, index])
    return found


DOCUMENTS = [json.loads(body) for body in real.SIGNED.values()]


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(data=st.data())
def test_a_perturbed_signed_delivery_is_typed_or_a_smartcar_exception(data: st.DataObject) -> None:
    document = data.draw(st.sampled_from(DOCUMENTS))
    path = data.draw(st.sampled_from(_paths(document, [])[1:]))
    value = data.draw(json_values)
    perturbed = _perturb(document, path, value)
    body = json.dumps(perturbed).encode()
    with contextlib.suppress(smartcar.SmartcarException):
        delivery = receive(body)
        assert isinstance(delivery.event.raw, Mapping)
        # Lists keep every item they can: a signal whose members changed is still there.
        if (
            perturbed.get("eventType") == "VEHICLE_STATE"
            and path[:2] == ["data", "signals"]
            and len(path) > 3
        ):
            assert len(delivery.event.signals) == len(document["data"]["signals"])


def _spec_examples() -> list[tuple[str, Any]]:
    import yaml

    spec = yaml.safe_load((Path(__file__).parents[2] / "spec" / "smartcar.yaml").read_text())
    found = []
    for name, item in spec["webhooks"].items():
        content = item["post"]["requestBody"]["content"]["application/json"]
        if "example" in content:
            found.append((name, content["example"]))
        for label, example in content.get("examples", {}).items():
            found.append((f"{name}-{label}", example["value"]))
    return found


@pytest.mark.parametrize(
    ("name", "example"), _spec_examples(), ids=[n for n, _ in _spec_examples()]
)
def test_every_webhook_example_of_the_spec_is_received_strictly(name: str, example: Any) -> None:
    body = json.dumps(example).encode()
    delivery = receive(body, strict=True)
    assert delivery.event.deviations == ()
    if delivery.is_verify:
        assert delivery.body == {
            "challenge": webhooks.hash_challenge(AMT, delivery.event.challenge)
        }  # type: ignore[arg-type]
    elif delivery.event.version == "4.0":
        assert delivery.event.triggers, name  # every v4 example shows its triggers


# -- built on the generated models ----------------------------------------------------------------


def test_every_part_of_an_event_keeps_the_generated_model_it_was_read_from() -> None:
    event = receive(real.VW_ERROR).event
    assert isinstance(event.generated, models.WebhookV4VehicleErrorEvent)
    assert webhooks.payload_model(json.loads(real.VW_ERROR)) is models.WebhookV4VehicleErrorEvent
    error = event.errors[0]
    assert isinstance(error.generated, models.WebhookV4VehicleError)
    assert error.generated.suggested_user_message == error.suggested_user_message
    # A "Group.Name" reference has a model too, with the members derived from the string.
    assert isinstance(error.signals[0].raw, str)
    assert error.signals[0].generated == models.WebhookV4SignalRef(
        code="tractionbattery-stateofcharge", name="StateOfCharge", group="TractionBattery"
    )
    assert isinstance(event.meta.generated, models.WebhookV4Meta)
    state = receive(real.TESLA_STATE).event
    assert isinstance(state.signals[0].generated, models.WebhookV4Signal)
    assert isinstance(state.triggers[0].generated, models.WebhookV4Trigger)
    assert isinstance(state.vehicle.generated, models.WebhookV4Vehicle)  # type: ignore[union-attr]


def test_triggers_inside_data_are_read_where_some_documents_show_them() -> None:
    body = {
        "eventId": "e",
        "eventType": "VEHICLE_STATE",
        "data": {"triggers": [{"type": "SIGNAL_UPDATED", "signal": "Charge.IsCharging"}, 3]},
    }
    event = receive(json.dumps(body).encode()).event
    assert [(t.type, t.signal.code) for t in event.triggers] == [  # type: ignore[union-attr]
        ("SIGNAL_UPDATED", "charge-ischarging")
    ]
    assert event.deviations == ("data.triggers[1]: expected WebhookV4Trigger, got int",)


def test_an_event_type_the_spec_does_not_name_still_reads_its_signals_and_errors() -> None:
    body = {
        "eventId": "e",
        "eventType": "VEHICLE_SOMETHING_NEW",
        "triggers": [{"type": "SIGNAL_UPDATED", "signal": "Odometer.TraveledDistance"}],
        "data": {
            "user": {"id": "u"},
            "signals": [{"code": "odometer-traveleddistance", "body": {"value": 1, "unit": "km"}}],
            "errors": [
                {"type": "RATE_LIMIT", "code": None, "signals": ["Odometer.TraveledDistance"]}
            ],
        },
    }
    event = receive(json.dumps(body).encode(), strict=True).event
    assert isinstance(event.generated, models.WebhookV4Event)
    assert event.event_type == "VEHICLE_SOMETHING_NEW" and event.user_id == "u"
    assert [s.code for s in event.signals] == ["odometer-traveleddistance"]
    assert event.signals[0].body == Quantity(1, "km")
    assert [(e.type, e.code, [r.path for r in e.signals]) for e in event.errors] == [
        ("RATE_LIMIT", None, ["Odometer.TraveledDistance"])
    ]
    assert event.triggers[0].signal.code == "odometer-traveleddistance"  # type: ignore[union-attr]
    odd = {**body, "data": {"signals": [{"code": 5}]}}
    assert receive(json.dumps(odd).encode()).event.deviations == (
        "data.signals[0].code: expected str, got int",
    )


def test_times_the_datetime_cannot_hold_are_none_and_recorded() -> None:
    body = {
        "eventId": "e",
        "eventType": "VEHICLE_STATE",
        "data": {"signals": [{"code": "c-d", "meta": {"ingestedAt": 10**20, "retrievedAt": 0}}]},
    }
    event = receive(json.dumps(body).encode()).event
    assert (event.signals[0].ingested_at, event.signals[0].retrieved_at) == (None, None)
    assert event.deviations == (
        f"data.signals[0].meta.ingestedAt: epoch milliseconds out of range: {10**20!r}",
    )


# -- v2.0 payloads, typed -----------------------------------------------------------------------


def _v2(event_name: str, payload: dict[str, Any] | None) -> dict[str, Any]:
    body: dict[str, Any] = {
        "version": "2.0",
        "webhookId": "w",
        "eventName": event_name,
        "mode": "test",
    }
    if payload is not None:
        body["payload"] = payload
    return body


_V2_META = {"version": "2.0", "webhookId": "w", "mode": "test"}


def _v2_event(body: dict[str, Any], event_id: str | None, vehicle_id: str | None) -> Any:
    return webhooks.WebhookEvent(
        event_type=body["eventName"],
        event_id=event_id,
        vehicle_id=vehicle_id,
        user_id=None,
        vehicle=None,
        triggers=(),
        signals=(),
        errors=(),
        challenge=None,
        meta=webhooks.DeliveryMeta(None, None, None, "test", "2.0", "w", None, None, raw=_V2_META),
        version="2.0",
        raw=body,
    )


@pytest.mark.parametrize(
    ("payload", "event_id", "vehicle_id"),
    [
        # eventBased: the ids are members of the payload's schema.
        ({"eventType": "x", "eventId": "e1", "vehicleId": "v1"}, "e1", "v1"),
        # dynamic: the ids are extra members of a vehicles payload.
        ({"vehicles": [], "eventId": "e2", "vehicleId": "v2"}, "e2", "v2"),
        # scheduled without a payload at all.
        (None, None, None),
    ],
)
def test_a_v2_event_is_typed_with_its_ids_and_meta(
    payload: dict[str, Any] | None, event_id: str | None, vehicle_id: str | None
) -> None:
    body = _v2("eventBased" if payload and "eventType" in payload else "dynamic", payload)
    event = receive(json.dumps(body).encode()).event
    expected = _v2_event(body, event_id, vehicle_id)
    assert event == expected
    assert event.raw == body
    assert isinstance(event.generated, models.WebhookV2Payload)
    assert event.generated.payload == (  # type: ignore[union-attr]
        None if payload is None else type(event.generated.payload).from_dict(payload)  # type: ignore[union-attr]
    )
    assert event.deviations == ()


def test_only_a_v2_verify_has_a_challenge() -> None:
    body = _v2("scheduled", {"challenge": "c"})
    event = receive(json.dumps(body).encode()).event
    assert event.event_type == "scheduled" and event.challenge is None
    verify = webhooks.receive(json.dumps(_v2("verify", {"challenge": "c"})).encode(), {}, AMT)
    assert (verify.event.event_type, verify.event.challenge) == ("VERIFY", "c")


# -- what the typed event answers ---------------------------------------------------------------


def test_a_code_that_was_not_delivered_has_no_signal() -> None:
    event = receive(real.TESLA_STATE).event
    assert event.signals
    assert event.signal("no-such-signal") is None


def test_a_trigger_outside_the_verify_schema_is_recorded_at_its_path() -> None:
    body = {
        "eventType": "VERIFY",
        "eventId": "e",
        "data": {"challenge": "c"},
        "triggers": [{"type": 5}],
    }
    event = receive(json.dumps(body).encode()).event
    assert [t.type for t in event.triggers] == [None]
    assert event.deviations == ("triggers[0].type: expected str, got int",)


# -- signal references in every form, signals and errors, field by field ------------------------

Ref = webhooks.SignalRef


@pytest.mark.parametrize(
    ("sent", "expected", "deviation"),
    [
        (
            "Charge.IsCharging",
            Ref("charge-ischarging", "IsCharging", "Charge", "Charge.IsCharging"),
            None,
        ),
        # The first dot splits the group from the name.
        ("A.B.C", Ref("a-b.c", "B.C", "A", "A.B.C"), None),
        ("NoDot", Ref(None, "NoDot", None, "NoDot"), "expected 'Group.Name', got 'NoDot'"),
        ("Group.", Ref(None, "Group.", None, "Group."), "expected 'Group.Name', got 'Group.'"),
        (".Name", Ref(None, ".Name", None, ".Name"), "expected 'Group.Name', got '.Name'"),
        ("", Ref(None, None, None, ""), "expected 'Group.Name', got ''"),
        # An object without a code: derived from its group and name, if it has both.
        (
            {"name": "StateOfCharge", "group": "TractionBattery"},
            Ref(
                "tractionbattery-stateofcharge",
                "StateOfCharge",
                "TractionBattery",
                {"name": "StateOfCharge", "group": "TractionBattery"},
            ),
            None,
        ),
        ({"group": "Charge"}, Ref(None, None, "Charge", {"group": "Charge"}), None),
        (
            {"code": "charge-ischarging"},
            Ref("charge-ischarging", None, None, {"code": "charge-ischarging"}),
            None,
        ),
        (
            {"code": "kept-as-sent", "name": "IsCharging", "group": "Charge"},
            Ref(
                "kept-as-sent",
                "IsCharging",
                "Charge",
                {"code": "kept-as-sent", "name": "IsCharging", "group": "Charge"},
            ),
            None,
        ),
    ],
)
def test_a_triggers_signal_reference_is_read_from_either_form(
    sent: Any, expected: webhooks.SignalRef, deviation: str | None
) -> None:
    body = {
        "eventId": "e",
        "eventType": "VEHICLE_STATE",
        "triggers": [{"type": "T", "signal": sent}],
        "data": {},
    }
    event = receive(json.dumps(body).encode()).event
    (trigger,) = event.triggers
    assert trigger.signal == expected
    assert trigger.signal is not None
    generated = trigger.signal.generated
    if isinstance(sent, str):
        # What the string says, as the generated reference would hold it.
        assert generated == models.WebhookV4SignalRef(
            code=expected.code,
            name=expected.name if deviation is None else sent,
            group=expected.group,
        )
    else:
        assert generated == models.WebhookV4SignalRef.from_dict(sent)
    assert event.deviations == (() if deviation is None else (f"triggers[0].signal: {deviation}",))


@pytest.mark.parametrize(
    ("members", "code"),
    [
        ({"code": "charge-ischarging"}, "charge-ischarging"),
        ({"name": "IsCharging"}, None),
        ({"name": "IsCharging", "group": "Charge"}, "charge-ischarging"),
        ({"code": "kept-as-sent", "name": "IsCharging", "group": "Charge"}, "kept-as-sent"),
    ],
)
def test_a_trigger_of_older_pages_names_its_signal_in_itself(
    members: dict[str, str], code: str | None
) -> None:
    body = {"eventId": "e", "eventType": "VEHICLE_STATE", "triggers": [{"type": "T", **members}]}
    (trigger,) = receive(json.dumps(body).encode()).event.triggers
    assert trigger.raw == {"type": "T", **members}
    assert trigger.signal is not None
    assert (trigger.signal.code, trigger.signal.name, trigger.signal.group) == (
        code,
        members.get("name"),
        members.get("group"),
    )


def test_a_trigger_with_its_own_signal_ignores_the_older_members() -> None:
    body = {
        "eventId": "e",
        "eventType": "VEHICLE_STATE",
        "triggers": [
            {"type": "T", "signal": "Charge.IsCharging", "code": "odometer-traveleddistance"}
        ],
    }
    (trigger,) = receive(json.dumps(body).encode()).event.triggers
    assert trigger.signal is not None and trigger.signal.code == "charge-ischarging"


def test_a_signal_is_typed_member_by_member() -> None:
    error = {
        "type": "COMPATIBILITY",
        "code": "x",
        "detail": "d",
        "resolution": {"type": "RETRY_LATER"},
    }
    sent = {
        "code": "charge-ischarging",
        "name": "IsCharging",
        "group": "Charge",
        "body": 5,
        "status": {"value": "ERROR", "error": error},
        "meta": {"retrievedAt": 10**20, "oemUpdatedAt": 10**20, "ingestedAt": 1761896349000},
    }
    body = {"eventId": "e", "eventType": "VEHICLE_STATE", "data": {"signals": [sent]}}
    event = receive(json.dumps(body).encode()).event
    (signal,) = event.signals
    assert signal == webhooks.Signal(
        "charge-ischarging",
        "IsCharging",
        "Charge",
        None,  # a body that is no object
        "ERROR",
        webhooks.SignalError("COMPATIBILITY", "x", "d", "RETRY_LATER", error),
        None,
        None,
        ms(1761896349000),
        sent,
    )
    assert signal.error is not None
    assert signal.error.generated == models.SignalError.from_dict(error)
    assert event.deviations == (
        "data.signals[0].body: expected an object, got int",
        f"data.signals[0].meta.retrievedAt: epoch milliseconds out of range: {10**20!r}",
        f"data.signals[0].meta.oemUpdatedAt: epoch milliseconds out of range: {10**20!r}",
    )


def test_a_resolution_sent_as_a_string_is_read_and_recorded() -> None:
    error = {"type": "COMPATIBILITY", "resolution": "RETRY_LATER"}
    sent = {"code": "c-d", "status": {"value": "ERROR", "error": error}}
    body = {"eventId": "e", "eventType": "VEHICLE_STATE", "data": {"signals": [sent]}}
    event = receive(json.dumps(body).encode()).event
    assert event.signals[0].error == webhooks.SignalError(
        "COMPATIBILITY", None, None, "RETRY_LATER", error
    )
    assert event.deviations == (
        "data.signals[0].status.error.resolution: expected SignalErrorResolution, got str",
    )


def test_a_vehicle_error_is_typed_member_by_member() -> None:
    first = {
        "type": "T",
        "code": "C",
        "description": "D",
        "resolution": {"type": "RETRY_LATER"},
        "signals": ["NoDot", {"group": "Charge", "name": "IsCharging"}],
    }
    second = {"type": "T2", "signals": "Charge.IsCharging"}  # not a list: no signals
    body = {"eventId": "e", "eventType": "VEHICLE_ERROR", "data": {"errors": [first, second]}}
    event = receive(json.dumps(body).encode()).event
    assert event.errors == (
        webhooks.VehicleError(
            "T",
            "C",
            "D",
            None,
            "RETRY_LATER",
            None,
            None,
            (
                Ref(None, "NoDot", None, "NoDot"),
                Ref(
                    "charge-ischarging",
                    "IsCharging",
                    "Charge",
                    {"group": "Charge", "name": "IsCharging"},
                ),
            ),
            first,
        ),
        webhooks.VehicleError("T2", None, None, None, None, None, None, (), second),
    )
    assert event.deviations == (
        "data.errors[1].signals: expected list, got str",
        "data.errors[0].signals[0]: expected 'Group.Name', got 'NoDot'",
    )


# -- a v4 event's own members --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "deviation"), [({}, "data: missing"), ({"data": 5}, "data: expected an object")]
)
def test_an_unnamed_event_type_without_an_object_for_data_says_which(
    data: dict[str, Any], deviation: str
) -> None:
    body = {"eventId": "e", "eventType": "VEHICLE_SOMETHING_NEW", **data}
    event = receive(json.dumps(body).encode()).event
    assert (event.signals, event.errors, event.vehicle) == ((), (), None)
    assert event.deviations == (deviation,)


def test_the_top_level_vehicle_id_wins_over_the_vehicles_own() -> None:
    vehicle = {
        "id": "v-data",
        "make": "TESLA",
        "model": "Model 3",
        "year": 2020,
        "powertrainType": "BEV",
    }
    body = {
        "eventId": "e",
        "eventType": "VEHICLE_STATE",
        "vehicleId": "v-top",
        "data": {"vehicle": vehicle, "challenge": "c"},  # a challenge outside a VERIFY
        "meta": {"deliveredAt": 10**20},
    }
    event = receive(json.dumps(body).encode()).event
    assert event.vehicle_id == "v-top"
    assert event.vehicle == webhooks.WebhookVehicle(
        "v-data", "TESLA", "Model 3", 2020, "BEV", vehicle
    )
    assert event.challenge is None
    assert event.deviations == (f"meta.deliveredAt: epoch milliseconds out of range: {10**20!r}",)


@pytest.mark.parametrize("event_type", ["VERIFY", "VEHICLE_SOMETHING_NEW"])
def test_a_vehicle_id_outside_the_events_schema_is_read_too(event_type: str) -> None:
    body = {
        "eventId": "e",
        "eventType": event_type,
        "vehicleId": "v-top",
        "data": {"challenge": "c", "vehicle": {"id": "v-data"}},
    }
    assert receive(json.dumps(body).encode()).event.vehicle_id == "v-top"


def test_top_level_triggers_win_over_those_inside_data() -> None:
    body = {
        "eventId": "e",
        "eventType": "VERIFY",
        "data": {"challenge": "c", "triggers": [{"type": "IN_DATA"}]},
        "triggers": [{"type": "TOP"}],
    }
    event = receive(json.dumps(body).encode()).event
    assert [t.type for t in event.triggers] == ["TOP"]
    assert event.challenge == "c"


def test_a_deliverys_meta_is_typed_member_by_member() -> None:
    meta = {
        "deliveryId": "d",
        "webhookId": "w",
        "webhookName": "n",
        "mode": "test",
        "version": "4.0",
        "signalCount": True,  # a boolean is no count
        "deliveredAt": 10**20,
        "deliveryTime": 10**20,
    }
    body = {"eventId": "e", "eventType": "VEHICLE_STATE", "data": {}, "meta": meta}
    event = receive(json.dumps(body).encode()).event
    assert event.meta == webhooks.DeliveryMeta("d", None, None, "test", "4.0", "w", "n", None, meta)
    assert event.deviations == (
        "meta.signalCount: expected int, got bool",
        f"meta.deliveredAt: epoch milliseconds out of range: {10**20!r}",
        f"meta.deliveryTime: epoch milliseconds out of range: {10**20!r}",
    )


@pytest.mark.parametrize(
    ("sent", "read"),
    [
        ("2025-10-31T07:39:11", dt.datetime(2025, 10, 31, 7, 39, 11, tzinfo=dt.UTC)),  # naive: UTC
        ("2025-10-31T09:39:11+02:00", dt.datetime(2025, 10, 31, 7, 39, 11, tzinfo=dt.UTC)),
        ("2025-10-31Z", dt.datetime(2025, 10, 31, tzinfo=dt.UTC)),
        ("yesterday", None),
        (True, None),  # a boolean is no time
        (0, None),  # unknown
    ],
)
def test_a_delivery_time_is_read_from_an_iso_string_too(sent: Any, read: Any) -> None:
    body = {"eventId": "e", "eventType": "VEHICLE_STATE", "data": {}, "meta": {"deliveredAt": sent}}
    delivered_at = receive(json.dumps(body).encode()).event.meta.delivered_at
    assert delivered_at == read
    assert delivered_at is None or delivered_at.tzinfo is not None  # aware


def test_a_boolean_is_no_model_year() -> None:
    body = {
        "eventId": "e",
        "eventType": "VEHICLE_STATE",
        "data": {"vehicle": {"id": "v", "year": True}},
    }
    vehicle = receive(json.dumps(body).encode()).event.vehicle
    assert vehicle is not None and (vehicle.id, vehicle.year) == ("v", None)


def test_read_event_keeps_deviations_unless_asked_to_be_strict() -> None:
    body = {"eventId": "e", "eventType": "VEHICLE_STATE", "data": {"signals": [{"code": 5}]}}
    assert webhooks.read_event(body).deviations == ("data.signals[0].code: expected str, got int",)


def test_strict_mode_quotes_the_first_ten_deviations_and_keeps_them_all() -> None:
    signals = [{"code": i} for i in range(11)]
    body = {"eventId": "e", "eventType": "VEHICLE_STATE", "data": {"signals": signals}}
    lines = [f"data.signals[{i}].code: expected str, got int" for i in range(11)]
    with pytest.raises(webhooks.WebhookPayloadError) as caught:
        receive(json.dumps(body).encode(), strict=True)
    assert caught.value.message == (
        "webhook body deviates from the spec (strict mode): " + "; ".join(lines[:10])
    )
    assert caught.value.deviations == tuple(lines)


def test_an_object_that_is_no_event_says_so() -> None:
    with pytest.raises(webhooks.WebhookPayloadError) as caught:
        receive(b'{"eventType": 5, "eventName": null}')
    assert caught.value.message == (
        "webhook body has neither eventType (v4) nor eventName (v2.0) as a string"
    )


@pytest.mark.parametrize("payload", [None, {"vehicles": []}, {"challenge": 5}])
def test_a_v2_verify_without_a_string_challenge_says_so(payload: dict[str, Any] | None) -> None:
    body = json.dumps(_v2("verify", payload)).encode()
    with pytest.raises(webhooks.WebhookPayloadError) as caught:
        webhooks.receive(body, {}, AMT)
    assert caught.value.message == (
        "VERIFY event without a string challenge (data.challenge in v4, payload.challenge "
        "in v2.0): it cannot be answered"
    )
