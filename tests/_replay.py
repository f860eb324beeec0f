"""What a cassette test sent and got back, for assertions beyond "the replay succeeded".

During replay each request the SDK sends must match a recorded one on method, URL, body,
Authorization scheme and unit system (``vcr_config`` in ``tests/conftest.py``), so a recorded
request is what was sent on those points; the recorded response is what the SDK parsed. A test
compares its typed result, or its error, with these, and the ``replayed`` fixture checks at the
end that every recorded interaction was used: a call that sends one request fewer fails.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _first(values: Any) -> str:
    if isinstance(values, list | tuple):
        values = values[0] if values else ""
    return _text(values)


@dataclass(frozen=True)
class Exchange:
    """One recorded request and its response."""

    method: str
    path: str
    query: dict[str, list[str]]
    request_headers: dict[str, str]
    request_body: str
    status: int
    headers: dict[str, str]
    body: str

    def json(self) -> Any:
        """The response body, decoded."""
        return json.loads(self.body)

    def sent_json(self) -> Any:
        """The request body, decoded."""
        return json.loads(self.request_body)

    def sent_form(self) -> dict[str, str]:
        """The request's urlencoded form, one value per field."""
        return {k: v[0] for k, v in parse_qs(self.request_body, keep_blank_values=True).items()}


def exchanges(cassette: Any) -> list[Exchange]:
    """Every interaction of the cassette, in the order it was recorded (and replayed)."""
    out = []
    for request, response in cassette.data:
        url = urlsplit(request.uri)
        out.append(
            Exchange(
                method=request.method,
                path=url.path,
                query=parse_qs(url.query, keep_blank_values=True),
                request_headers={k.lower(): _first(v) for k, v in request.headers.items()},
                request_body=_text(request.body),
                status=int(response["status"]["code"]),
                headers={k.lower(): _first(v) for k, v in response["headers"].items()},
                body=_text(response["body"]["string"]),
            )
        )
    return out
