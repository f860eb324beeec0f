"""Cassette scrubbing removes every credential, and the scanner catches what it misses."""

import json
from types import SimpleNamespace

from smartcar.testing.cassettes import REDACTED, Scrubber, find_secrets


def _request(uri: str, body: bytes, headers: dict[str, str]) -> SimpleNamespace:
    return SimpleNamespace(uri=uri, body=body, headers=headers)


def test_request_scrubbing() -> None:
    req = _request(
        "https://auth.smartcar.com/oauth/token?flags=a%3Ab&code=abc123",
        b"grant_type=authorization_code&code=abc123&redirect_uri=http%3A%2F%2Flocalhost",
        {
            "Authorization": "Basic c2VjcmV0OnNlY3JldA==",
            "Cookie": "s=1",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    out = Scrubber().before_record_request(req)
    assert "abc123" not in out.uri and "flags=a%3Ab" in out.uri
    assert out.headers["Authorization"] == f"Basic {REDACTED}"
    assert "Cookie" not in out.headers
    assert b"abc123" not in out.body and b"grant_type=authorization_code" in out.body


def test_json_bodies_keep_error_codes_but_lose_tokens() -> None:
    resp = {
        "status": {"code": 200, "message": "OK"},
        "headers": {"Content-Type": ["application/json"], "Set-Cookie": ["a=b"]},
        "body": {
            "string": json.dumps(
                {"access_token": "tok-1", "refresh_token": "ref-1", "nested": [{"code": "ASLEEP"}]}
            ).encode()
        },
    }
    out = Scrubber().before_record_response(resp)
    body = json.loads(out["body"]["string"])
    assert body["access_token"] == REDACTED and body["refresh_token"] == REDACTED
    assert body["nested"][0]["code"] == "ASLEEP"
    assert "Set-Cookie" not in out["headers"]


def test_location_header_code_is_scrubbed() -> None:
    resp = {"headers": {"Location": ["http://localhost/cb?code=xyz&state=s1"]}, "body": {}}
    out = Scrubber().before_record_response(resp)
    assert out["headers"]["Location"] == ["http://localhost/cb?code=REDACTED&state=s1"]


def test_replacements_apply_everywhere() -> None:
    req = _request("https://api.smartcar.com/v2.0/vehicles/real-id/odometer", b"", {})
    out = Scrubber({"real-id": "fake-id"}).before_record_request(req)
    assert out.uri.endswith("/vehicles/fake-id/odometer")


def test_simulator_control_requests_are_not_recorded() -> None:
    req = _request("http://127.0.0.1:1/_simulator/fail", b"{}", {})
    assert Scrubber().before_record_request(req) is None


def test_scanner_finds_planted_secrets() -> None:
    clean = 'Authorization:\n- Bearer REDACTED\nbody: \'{"access_token":"REDACTED"}\'\n'
    assert find_secrets(clean) == []
    planted = [
        "Authorization:\n- Bearer 0b1f3c5e-aaaa-bbbb\n",
        'string: \'{"refresh_token":"3e565aed-d4b2"}\'\n',
        "body: grant_type=authorization_code&code=abc123\n",
        "uri: https://x/cb?client_secret=shh\n",
        "    Set-Cookie:\n    - a=b\n",
    ]
    for text in planted:
        assert find_secrets(text), text
    assert find_secrets("hello sim-secret", known=["sim-secret"])
