"""Credential diagnostics: shapes that look like another credential warn, and `invalid_client`
says which credential to check and where the Dashboard shows it, never quoting a value."""

from __future__ import annotations

import asyncio
import warnings

import pytest

import smartcar
from smartcar.testing import Simulator, SimulatorTransport

from .._helpers import TESLA, USER, assert_attributed_here

APPLICATION_ID = "8229df9f-91a0-4ff0-a1ae-a1f38ee24d07"


def test_a_wrong_app_client_id_names_the_credential_to_check(sim: Simulator) -> None:
    app = smartcar.App("wrong-id", "secret", transport=SimulatorTransport(sim))
    with pytest.raises(smartcar.OAuthError) as raised:
        app.vehicle(TESLA, USER).lock_doors()
    message = str(raised.value)
    assert raised.value.type == "invalid_client" and raised.value.status_code == 401
    assert "Check App's client_id and client_secret" in message
    assert "API Credentials tab" in message
    assert "does not begin with `client_`" in message
    # No credential value is quoted, in the message or the repr.
    for value in ("wrong-id", "secret'", '"secret'):
        assert value not in message and value not in repr(raised.value)


def test_an_application_id_given_to_app_warns_and_the_refusal_says_what_it_looks_like(
    sim: Simulator,
) -> None:
    with pytest.warns(smartcar.CredentialWarning, match="Application ID") as record:
        app = smartcar.App(APPLICATION_ID, "s3cret", transport=SimulatorTransport(sim))
    assert_attributed_here(record[0], __file__)  # points at the caller's line
    assert APPLICATION_ID not in str(record[0].message)

    async def main() -> None:
        async_app = smartcar.AsyncApp(APPLICATION_ID, "s3cret", transport=SimulatorTransport(sim))
        await async_app.vehicle(TESLA, USER).lock_doors()

    for call in (lambda: app.vehicle(TESLA, USER).lock_doors(), lambda: asyncio.run(main())):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", smartcar.CredentialWarning)
            with pytest.raises(smartcar.OAuthError) as raised:
                call()
        assert "looks like the Dashboard's Application ID" in str(raised.value)
        assert APPLICATION_ID not in str(raised.value)


def test_an_api_client_id_given_to_auth_client_warns() -> None:
    with pytest.warns(smartcar.CredentialWarning, match=r"API v3 client id.*Application ID"):
        smartcar.AuthClient("client_abc", "s3cret", "https://example.com/cb")


@pytest.mark.parametrize(
    ("client_id", "client_secret", "expected"),
    [
        ("client_abc", "client_def", "swapped"),
        ("client_abc", "client_abc", "swapped"),
        ("same-value", "same-value", "same value as client_id"),
    ],
)
def test_a_secret_that_looks_like_a_client_id_warns(
    client_id: str, client_secret: str, expected: str
) -> None:
    with pytest.warns(smartcar.CredentialWarning, match=expected) as record:
        smartcar.App(client_id, client_secret)
    assert client_secret not in str(record[0].message)


@pytest.mark.parametrize(
    ("client_secret", "expected"),
    [
        (
            "client_abc",
            "AuthClient: client_secret begins with `client_`, as a client id does; are client_id "
            "and client_secret swapped?",
        ),
        (
            "same-value",
            "AuthClient: client_secret is the same value as client_id; a secret never is",
        ),
    ],
)
def test_an_auth_client_secret_that_looks_like_a_client_id_warns(
    client_secret: str, expected: str
) -> None:
    with pytest.warns(smartcar.CredentialWarning) as record:
        smartcar.AuthClient("same-value", client_secret)
    assert [str(warning.message) for warning in record] == [expected]


@pytest.mark.parametrize("name", ["client_id", "client_secret"])
def test_a_credential_no_header_can_carry_is_named(name: str) -> None:
    credentials = {"client_id": "id", "client_secret": "secret", name: "has a space"}
    with pytest.raises(smartcar.InvalidInputError) as refused:
        smartcar.AuthClient(**credentials)
    assert refused.value.message == (
        f"{name} contains a character that is not allowed in a credential (a newline, a space, "
        "a control or non-ASCII character); check how it was copied"
    )


def test_credentials_of_the_right_shape_do_not_warn() -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        smartcar.App("client_abc", "s3cret")
        smartcar.AuthClient(APPLICATION_ID, "s3cret", "https://example.com/cb")
        # Unknown shapes are never judged: a secret may be a UUID, an id may be anything.
        smartcar.App("client_abc", APPLICATION_ID)
        smartcar.AuthClient("sim-client-id", APPLICATION_ID, "https://example.com/cb")


def test_a_refused_auth_client_names_the_application_id(sim: Simulator) -> None:
    client = smartcar.AuthClient(
        "not-a-uuid", "wrong", "https://example.com/cb", transport=SimulatorTransport(sim)
    )
    with pytest.raises(smartcar.OAuthError) as raised:
        client.exchange_refresh_token("whatever")
    message = str(raised.value)
    assert message.startswith("Invalid client credentials. Check AuthClient's client_id")
    assert "Application ID (a UUID)" in message and "is not a UUID" in message
    assert "not-a-uuid" not in message


def test_other_oauth_errors_get_no_credential_hint(sim: Simulator) -> None:
    client = smartcar.AuthClient(
        sim.client_id,
        sim.client_secret,
        "https://example.com/cb",
        transport=SimulatorTransport(sim),
    )
    with pytest.raises(smartcar.OAuthError) as raised:
        client.exchange_code("no-such-code")
    assert raised.value.type != "invalid_client"
    assert "Check AuthClient" not in str(raised.value)


@pytest.mark.parametrize("test_mode", [True, False])
def test_the_deprecated_test_mode_warns_at_the_callers_line(test_mode: bool) -> None:
    with pytest.warns(DeprecationWarning) as record:
        client = smartcar.AuthClient("id", "secret", test_mode=test_mode)
    assert [str(warning.message) for warning in record] == [
        'The "test_mode" parameter is deprecated, please use "mode" instead.'
    ]
    assert_attributed_here(record[0], __file__)
    assert client.mode == ("test" if test_mode else "live")
