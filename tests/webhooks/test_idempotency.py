"""webhooks.Deduplicator: each event handled once, in memory (LRU) or in a shared store."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from typing import Any

import pytest

import smartcar
from smartcar import webhooks

from .. import webhook_deliveries as real

AMT = "amt"


def event(body: bytes) -> webhooks.WebhookEvent:
    signature = hmac.new(AMT.encode(), body, hashlib.sha256).hexdigest()
    return webhooks.receive(body, {"SC-Signature": signature}, AMT).event


def retried(body: bytes, delivery_id: str) -> bytes:
    """The same event delivered again: same eventId, a new deliveryId."""
    document = json.loads(body)
    document["meta"]["deliveryId"] = delivery_id
    return json.dumps(document).encode()


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_retried_event_is_seen_once() -> None:
    seen = webhooks.Deduplicator()
    assert seen.first_time(event(real.VW_STATE))
    assert not seen.first_time(event(retried(real.VW_STATE, "another-delivery")))
    assert seen.first_time(event(real.TESLA_STATE))  # another event


def test_an_event_without_event_id_is_keyed_on_its_delivery_id() -> None:
    document = json.loads(real.VW_STATE)
    del document["eventId"]
    body = json.dumps(document).encode()
    seen = webhooks.Deduplicator()
    assert event(body).key == document["meta"]["deliveryId"]
    assert seen.first_time(event(body))
    assert not seen.first_time(event(body))
    assert seen.first_time(event(retried(body, "new-delivery")))


def test_an_event_with_no_key_is_always_new() -> None:
    verify = webhooks.receive(real.VERIFY_UNSIGNED, {}, AMT).event
    seen = webhooks.Deduplicator()
    assert seen.first_time(verify) and seen.first_time(verify)


def test_the_memory_store_forgets_the_least_recent_key_first() -> None:
    store = webhooks.MemoryStore(max_size=2)
    assert store.add_if_absent("a", 60) and store.add_if_absent("b", 60)
    assert store.add_if_absent("c", 60)  # "a" is evicted
    assert len(store) == 2
    assert not store.add_if_absent("b", 60) and not store.add_if_absent("c", 60)
    assert store.add_if_absent("a", 60)


def test_the_memory_store_forgets_a_key_after_its_ttl() -> None:
    clock = Clock()
    store = webhooks.MemoryStore(clock=clock)
    assert store.add_if_absent("k", 10)
    clock.now += 9.5
    assert not store.add_if_absent("k", 10)
    clock.now += 0.5
    assert store.add_if_absent("k", 10)


def test_the_deduplicator_passes_its_ttl_and_prefix_to_the_store() -> None:
    calls: list[tuple[str, float]] = []

    class Shared:
        """A store like Redis' SET NX PX: the documented protocol, nothing more."""

        def __init__(self) -> None:
            self.keys: set[str] = set()

        def add_if_absent(self, key: str, ttl: float) -> bool:
            calls.append((key, ttl))
            if key in self.keys:
                return False
            self.keys.add(key)
            return True

    shared = Shared()
    assert isinstance(shared, webhooks.DeliveryStore)
    one = webhooks.Deduplicator(shared, ttl=3600, prefix="app1:")
    two = webhooks.Deduplicator(shared, ttl=3600, prefix="app1:")  # another process
    assert one.first_time(event(real.VW_ERROR))
    assert not two.first_time(event(real.VW_ERROR))
    assert calls == [("app1:7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a", 3600.0)] * 2


def test_the_memory_store_is_safe_across_threads() -> None:
    store = webhooks.MemoryStore()
    barrier = threading.Barrier(8)
    results: list[bool] = []

    def add() -> None:
        barrier.wait()
        results.append(store.add_if_absent("same", 60))

    threads = [threading.Thread(target=add) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results) == [False] * 7 + [True]


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: webhooks.Deduplicator(object()),  # type: ignore[arg-type]
            r"^store must have add_if_absent\(key, ttl\), got object$",
        ),
        (
            lambda: webhooks.Deduplicator(ttl=0),
            r"^ttl must be a number from 0\.001 to 31622400; got 0$",
        ),
        (lambda: webhooks.Deduplicator(ttl=86_400_000), "ttl must be a number"),
        # A year (366 days) at most, to the second.
        (lambda: webhooks.Deduplicator(ttl=366 * 86_400 + 1), "ttl must be a number"),
        (lambda: webhooks.MemoryStore(0), "max_size must be a positive int"),
        (lambda: webhooks.MemoryStore(True), "max_size must be a positive int"),  # type: ignore[arg-type]
    ],
)
def test_bad_settings_are_invalid_input(call: Any, message: str) -> None:
    with pytest.raises(smartcar.InvalidInputError, match=message):
        call()


def test_the_extreme_settings_are_accepted() -> None:
    assert webhooks.Deduplicator(ttl=0.001).ttl == 0.001
    assert webhooks.Deduplicator(ttl=366 * 86_400).ttl == 366 * 86_400
    store = webhooks.MemoryStore(1)
    assert store.add_if_absent("a", 60) and store.add_if_absent("b", 60)
    assert len(store) == 1
    assert store.add_if_absent("a", 60)  # forgotten for "b"


def test_the_memory_store_keeps_ten_thousand_keys_by_default() -> None:
    store = webhooks.MemoryStore()
    assert all(store.add_if_absent(str(i), 60) for i in range(10_001))
    assert len(store) == 10_000
    assert not store.add_if_absent("1", 60)  # the second key is still there
    assert store.add_if_absent("0", 60)  # the first was forgotten


def test_a_key_added_again_after_its_ttl_counts_as_the_most_recent() -> None:
    clock = Clock()
    store = webhooks.MemoryStore(2, clock=clock)
    assert store.add_if_absent("a", 1)
    assert store.add_if_absent("b", 60)
    clock.now += 2  # "a" expired
    assert store.add_if_absent("a", 60)
    assert store.add_if_absent("c", 60)  # full: "b" is now the least recently added
    assert not store.add_if_absent("a", 60)
    assert store.add_if_absent("b", 60)


def test_the_deduplicator_defaults_to_a_day_under_the_smartcar_prefix() -> None:
    calls: list[tuple[str, float]] = []

    class Recording:
        def add_if_absent(self, key: str, ttl: float) -> bool:
            calls.append((key, ttl))
            return True

    assert webhooks.Deduplicator(Recording()).first_time(event(real.VW_ERROR))
    assert calls == [("smartcar:webhook:7d6c5b4a-3f2e-4d1c-8b0a-9f8e7d6c5b4a", 86_400.0)]


class AsyncShared:
    """An asyncio store (like redis.asyncio's SET NX PX)."""

    def __init__(self) -> None:
        self.keys: set[str] = set()

    async def add_if_absent(self, key: str, ttl: float) -> bool:
        if key in self.keys:
            return False
        self.keys.add(key)
        return True


def test_an_asyncio_store_is_awaited_by_afirst_time() -> None:
    import asyncio

    store = AsyncShared()
    assert isinstance(store, webhooks.AsyncDeliveryStore)
    seen = webhooks.Deduplicator(store)

    async def twice() -> list[bool]:
        return [await seen.afirst_time(event(real.VW_STATE)) for _ in range(2)]

    assert asyncio.run(twice()) == [True, False]
    # afirst_time takes a plain store too.
    plain = webhooks.Deduplicator()
    assert asyncio.run(plain.afirst_time(event(real.VW_STATE))) is True
    assert plain.first_time(event(real.VW_STATE)) is False


def test_first_time_refuses_an_asyncio_store_and_leaves_no_coroutine_behind() -> None:
    seen = webhooks.Deduplicator(AsyncShared())
    # filterwarnings=error: an unawaited coroutine's RuntimeWarning would fail the test.
    with pytest.raises(
        smartcar.InvalidInputError,
        match=r"^the store's add_if_absent is asynchronous: use await deduplicator\.afirst_time\(\)$",
    ):
        seen.first_time(event(real.VW_STATE))
