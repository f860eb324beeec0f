"""Properties of the generated package that the spec and the template overrides promise."""

from __future__ import annotations

import json
from importlib import resources

from smartcar_openapi import AuthenticatedClient, Client
from smartcar_openapi.models import ChargeState, ChargeStatus, LockStatusItem


def test_unknown_enum_value_is_kept_as_its_string() -> None:
    # Smartcar adds values over time; parsing must not abort.
    status = ChargeStatus.from_dict({"isPluggedIn": True, "state": "DISCHARGING"})
    assert status.state == "DISCHARGING"
    assert str(status.state) == "DISCHARGING"
    assert isinstance(status.state, ChargeState)
    assert status.to_dict()["state"] == "DISCHARGING"
    assert ChargeState("CHARGING") is ChargeState.CHARGING  # known values stay members


def test_open_strings_are_not_enums() -> None:
    item = LockStatusItem.from_dict({"type": "frontLeft", "status": "AJAR"})
    assert item.status == "AJAR"


def test_generated_clients_do_not_print_credentials() -> None:
    client = AuthenticatedClient(base_url="https://api.smartcar.com", token="tok-secret-123")
    client = client.with_headers({"X-Extra": "hdr-secret-456"})
    assert "tok-secret-123" not in repr(client)
    assert "hdr-secret-456" not in repr(client)
    plain = Client(base_url="https://api.smartcar.com", headers={"Authorization": "Bearer s3cr3t"})
    assert "s3cr3t" not in repr(plain)


def test_the_spec_ships_with_the_generated_package() -> None:
    spec = json.loads(resources.files("smartcar_openapi").joinpath("openapi.json").read_text())
    assert spec["openapi"].startswith("3.1")
    operations = [
        op for path in spec["paths"].values() for op in path.values() if "operationId" in op
    ]
    assert len(operations) >= 35


def test_official_names_of_renamed_fields() -> None:
    # The generator appends "_" to builtin names; the official SDK says door.type, fuel.range.
    from smartcar_openapi.models import Battery, LockStatusItem

    door = LockStatusItem.from_dict({"type": "frontLeft", "status": "LOCKED"})
    assert door.type == door.type_ == "frontLeft"
    assert Battery.from_dict({"percentRemaining": 0.5, "range": 200.5}).range == 200.5
