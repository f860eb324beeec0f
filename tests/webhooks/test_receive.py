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
    with pytest.raises(smartcar.WebhookSignatureError, match="forged delivery"):
        webhooks.receive(body, {}, AMT)
    # Signed by Smartcar, the same challenge is answered.
    assert webhooks.receive(body, {"SC-Signature": sign(body)}, AMT).body == {
        "challenge": sign(real.TESLA_STATE)
    }


@pytest.mark.parametrize("challenge", [{"a": 1}, 5, None, ["x"]])
def test_a_verify_without_a_string_challenge_says_so(challenge: Any) -> None:
    body = json.dumps({"eventType": "VERIFY", "data": {"challenge": challenge}}).encode()
    with pytest.raises(
        webhooks.WebhookPayloadError, match="VERIFY event without a string challenge"
    ):
        webhooks.receive(body, {}, AMT)


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
    with pytest.raises(webhooks.MissingSignatureError, match="The SC-Signature header is missing"):
        webhooks.receive(real.VW_STATE, {"Content-Type": "application/json"}, AMT)
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
    with pytest.raises(
        smartcar.WebhookSignatureError, match="does not match the body under any of the 2"
    ):
        webhooks.receive(body, {"SC-Signature": "0" * 64}, [AMT, OLD_AMT])
    with pytest.raises(smartcar.WebhookSignatureError, match="re-serialised JSON"):
        webhooks.receive(json.dumps(json.loads(body)).encode(), {"SC-Signature": sign(body)}, AMT)


def test_two_different_signature_headers_are_refused() -> None:
    body = real.VW_STATE
    headers = [("SC-Signature", sign(body)), ("sc-signature", "0" * 64)]

    class Pairs:
        def items(self) -> list[tuple[str, str]]:
            return headers

    with pytest.raises(smartcar.WebhookSignatureError, match="2 different SC-Signature headers"):
        webhooks.receive(body, Pairs(), AMT)


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (b"not json", "webhook body is not JSON: Expecting value"),
        (b"[1, 2]", "must be a JSON object, got an array"),
        (b'"text"', "must be a JSON object, got str"),
        (b'{"hello": "world"}', "neither eventType"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
    ],
)
def test_a_signed_body_that_is_no_webhook_is_named(body: bytes, message: str) -> None:
    with pytest.raises(webhooks.WebhookPayloadError, match=message) as caught:
        receive(body)
    assert isinstance(caught.value, smartcar.InvalidInputError)
    assert caught.value.__context__ is None or not isinstance(caught.value.__context__, ValueError)


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ((b"{}", {}, ""), "amt must be a non-empty string"),
        ((b"{}", {}, []), "amt must be an Application Management Token"),
        ((b"{}", {}, b"amt"), "amt must be an Application Management Token"),
        (({"a": 1}, {}, AMT), "body must be str or bytes"),
        ((b"{}", 5, AMT), "headers must be the request's headers"),
    ],
)
def test_programming_errors_are_invalid_input(
    arguments: tuple[Any, Any, Any], message: str
) -> None:
    with pytest.raises(smartcar.InvalidInputError, match=message):
        webhooks.receive(*arguments)


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
