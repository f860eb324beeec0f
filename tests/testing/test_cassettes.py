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


# -- echoes, camelCase and HTML --------------------------------------------------------------

ACCESS = "a1b2c3d4-access-0000-1111"
REFRESH = "r9r8r7r6-refresh-2222-3333"
SECRET = "client-secret-4444-5555"
CODE = "authcode-6666-7777"


def _response(body: str, content_type: str) -> dict[str, object]:
    return {
        "status": {"code": 400, "message": "Bad Request"},
        "headers": {"Content-Type": [content_type]},
        "body": {"string": body.encode()},
    }


def _recorded(scrubber: Scrubber, response: dict[str, object]) -> str:
    """What the cassette would hold for one exchange: the scrubbed request and response."""
    request = scrubber.before_record_request(
        _request(
            "https://auth.smartcar.com/oauth/token",
            f"grant_type=refresh_token&refresh_token={REFRESH}".encode(),
            {
                "Authorization": "Basic " + SECRET,
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
    )
    out = scrubber.before_record_response(response)
    body = out["body"]["string"]  # type: ignore[index]
    return f"{request.uri}\n{request.headers}\n{request.body!r}\n{body.decode()}"


def _both_ways(response: dict[str, object], *secrets: str) -> None:
    # The scanner sees the secrets before scrubbing (so the test can fail), and none after.
    raw = json.dumps(response["body"]["string"].decode())  # type: ignore[index]
    assert find_secrets(raw, known=secrets)
    text = _recorded(Scrubber(), response)
    assert find_secrets(text, known=[ACCESS, REFRESH, SECRET, CODE]) == [], text


def test_a_token_echoed_in_an_error_description_is_scrubbed() -> None:
    body = json.dumps(
        {
            "error": "invalid_grant",
            "error_description": f"Refresh token {REFRESH} is expired or was used",
        }
    )
    _both_ways(_response(body, "application/json"), REFRESH)
    text = _recorded(Scrubber(), _response(body, "application/json"))
    assert "Refresh token REDACTED is expired" in text  # the rest of the message is kept


def test_camel_case_secret_keys_are_scrubbed() -> None:
    body = json.dumps(
        {
            "accessToken": ACCESS,
            "refreshToken": REFRESH,
            "clientSecret": SECRET,
            "nested": {"managementToken": "mgmt-8888-9999", "idToken": "idtok-1234-5678"},
            "code": "ASLEEP",
        }
    )
    response = _response(body, "application/json")
    _both_ways(response, ACCESS)
    data = json.loads(_recorded(Scrubber(), _response(body, "application/json")).splitlines()[-1])
    assert data["accessToken"] == data["refreshToken"] == data["clientSecret"] == REDACTED
    assert data["nested"] == {"managementToken": REDACTED, "idToken": REDACTED}
    assert data["code"] == "ASLEEP"  # an error code, not the OAuth code


def test_html_bodies_lose_codes_and_tokens() -> None:
    page = (
        "<html><body><p>Redirecting to "
        f'<a href="http://localhost:8000/callback?code={CODE}&amp;state=s1">the app</a></p>'
        f'<form><input type="hidden" name="code" value="{CODE}">'
        f"<input type='hidden' name='access_token' value='{ACCESS}'></form>"
        f'<script>var t = {{"accessToken": "{ACCESS}"}};</script>'
        f"<p>Authorization: Bearer {ACCESS}</p></body></html>"
    )
    _both_ways(_response(page, "text/html; charset=utf-8"), CODE, ACCESS)
    text = _recorded(Scrubber(), _response(page, "text/html; charset=utf-8"))
    assert "state=s1" in text and "Redirecting to" in text


def test_a_secret_seen_in_a_request_is_scrubbed_wherever_a_response_quotes_it() -> None:
    # The client secret went out in the Basic header; a server quoting it in plain text,
    # under no field name at all, still does not get it into the cassette.
    page = f"invalid client: {SECRET} / {REFRESH}"
    _both_ways(_response(page, "text/plain"), SECRET, REFRESH)


def test_the_secret_inside_a_basic_header_is_learned() -> None:
    import base64

    scrubber = Scrubber()
    basic = base64.b64encode(f"client-id:{SECRET}".encode()).decode()
    scrubber.before_record_request(
        _request("https://x/oauth/token", b"", {"Authorization": f"Basic {basic}"})
    )
    out = scrubber.before_record_response(_response(f"bad secret {SECRET}", "text/plain"))
    assert SECRET not in out["body"]["string"].decode()  # type: ignore[index]
