"""The Flask and FastAPI webhook receivers of examples/ answer real-shaped deliveries.

Each runs in its framework's test client: VERIFY (unsigned and signed), signed events handled
once however often they are retried, rotation, and the refusals.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import importlib.util
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx2
import pytest

from smartcar import webhooks

from .. import webhook_deliveries as real

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
AMT, OLD_AMT = "current-token", "previous-token"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        f"smartcar_example_{name}", EXAMPLES / f"{name}.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def sign(body: bytes, amt: str = AMT) -> str:
    return hmac.new(amt.encode(), body, hashlib.sha256).hexdigest()


Post = Callable[[bytes, dict[str, str]], tuple[int, bytes, str]]


def flask_client(handle: Callable[[webhooks.WebhookEvent], None]) -> Post:
    app = load("webhook_flask").create_app([AMT, OLD_AMT], handle)
    client = app.test_client()

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, bytes, str]:
        answer = client.post("/webhooks/smartcar", data=body, headers=headers)
        return answer.status_code, answer.get_data(), answer.mimetype or ""

    return post


def fastapi_client(handle: Callable[[webhooks.WebhookEvent], None]) -> Post:
    # The app over httpx2's ASGI transport (httpx2 is already a dependency of the SDK).
    app = load("webhook_fastapi").create_app([AMT, OLD_AMT], handle)

    async def send(body: bytes, headers: dict[str, str]) -> httpx2.Response:
        transport = httpx2.ASGITransport(app=app)
        async with httpx2.AsyncClient(transport=transport, base_url="http://receiver") as client:
            return await client.post("/webhooks/smartcar", content=body, headers=headers)

    def post(body: bytes, headers: dict[str, str]) -> tuple[int, bytes, str]:
        answer = asyncio.run(send(body, headers))
        return answer.status_code, answer.content, answer.headers["content-type"]

    return post


@pytest.fixture(params=["flask", "fastapi"])
def receiver(request: pytest.FixtureRequest) -> Iterator[tuple[Post, list[webhooks.WebhookEvent]]]:
    handled: list[webhooks.WebhookEvent] = []
    make = flask_client if request.param == "flask" else fastapi_client
    yield make(handled.append), handled


JSON = {"Content-Type": "application/json"}


def test_an_unsigned_verify_is_answered(receiver: tuple[Post, list[Any]]) -> None:
    post, handled = receiver
    status, content, media = post(real.VERIFY_UNSIGNED, JSON)
    assert status == 200 and media.startswith("application/json")
    assert (
        content
        == b'{"challenge":"'
        + webhooks.hash_challenge(AMT, "2b1b9fbc1a7a4d7a8c2e6f1d0b3c4a5e").encode()
        + b'"}'
    )
    assert handled == []  # a VERIFY is answered, not handed to the event handler


def test_every_replayed_event_is_handled_once(receiver: tuple[Post, list[Any]]) -> None:
    post, handled = receiver
    events = [name for name in real.SIGNED if "verify" not in name]
    for name in events:
        body = real.SIGNED[name]
        assert post(body, {**JSON, "SC-Signature": sign(body)})[:2] == (200, b"{}")
        # Smartcar retries: the same event again, signed with the token being rotated out.
        assert post(body, {**JSON, "sc-signature": sign(body, OLD_AMT)})[0] == 200
    assert [event.raw for event in handled] == [json.loads(real.SIGNED[n]) for n in events]
    assert handled[0].triggers[0].signal.path == "TractionBattery.StateOfCharge"


@pytest.mark.parametrize(
    ("body", "headers", "status", "message"),
    [
        (real.VW_STATE, JSON, 401, b"The SC-Signature header is missing"),
        (real.VW_STATE, {"SC-Signature": "0" * 64}, 401, b"does not match the body"),
        (b"{not json", {"SC-Signature": sign(b"{not json")}, 400, b"webhook body is not JSON"),
    ],
)
def test_refusals_say_what_was_wrong(
    receiver: tuple[Post, list[Any]],
    body: bytes,
    headers: dict[str, str],
    status: int,
    message: bytes,
) -> None:
    post, handled = receiver
    answer_status, content, _ = post(body, headers)
    assert answer_status == status
    assert message in content
    assert handled == []
