"""The webhook toolkit's types, as a receiver sees them (checked by mypy --strict, not run)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import assert_type

from smartcar_openapi import models

from smartcar import webhooks


def receiver(body: bytes, headers: Mapping[str, str]) -> Mapping[str, str]:
    delivery = webhooks.receive(body, headers, ["new-amt", "old-amt"], strict=False)
    assert_type(delivery, webhooks.Delivery)
    assert_type(delivery.status_code, int)
    assert_type(delivery.content, bytes)
    event = delivery.event
    assert_type(event.event_type, str)
    assert_type(event.event_id, str | None)
    assert_type(event.key, str | None)
    assert_type(event.deviations, tuple[str, ...])
    for trigger in event.triggers:
        assert_type(trigger.signal, webhooks.SignalRef | None)
        if trigger.signal is not None:
            assert_type(trigger.signal.code, str | None)
    for signal in event.signals:
        assert_type(signal.retrieved_at, dt.datetime | None)
        assert_type(signal.status, str | None)
        # The generated model each part was read from, typed.
        assert_type(signal.generated, models.WebhookV4Signal | None)
    for error in event.errors:
        assert_type(error.signals, tuple[webhooks.SignalRef, ...])
        assert_type(error.code, str | None)
    assert_type(event.meta.delivered_at, dt.datetime | None)
    assert_type(event.meta.generated, models.WebhookV4Meta | None)
    seen = webhooks.Deduplicator(webhooks.MemoryStore(100), ttl=60)
    assert_type(seen.first_time(event), bool)
    return delivery.body
