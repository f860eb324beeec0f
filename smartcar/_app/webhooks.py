"""The Management API v3 operations of `App`: webhooks and their subscriptions.

A base of :class:`~smartcar.app.BaseApp`, so that each module stays short enough to read whole;
they are documented and called as the app's own methods (``app.webhooks()``,
``app.create_subscription(...)``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._core import validate as check
from .._http import Operation
from .._resources.listing import listing
from .._resources.ops import operation
from ..exceptions import InvalidInputError
from .calls import (
    Pages,
    as_is,
    document,
    no_content,
    page_args,
    page_of,
    query,
    uuid_of,
    vehicle_mode,
)

if TYPE_CHECKING:
    import httpx2

    from .. import v3
    from ..paging import Listing

__all__ = ["WebhookOperations"]

T = TypeVar("T")


class WebhookOperations(Pages):
    """The webhooks and subscriptions of the application (Management API v3)."""

    if TYPE_CHECKING:

        def _op(
            self, operation_id: str, convert: Callable[[httpx2.Response], T], **kwargs: Any
        ) -> Operation[T]: ...

    @operation
    def list_webhooks(
        self,
        *,
        name: str | None = None,
        callback_uri: str | None = None,
        is_enabled: bool | None = None,
        auto_subscribe: bool | None = None,
        page: int = 1,
        page_size: int | None = None,
    ) -> Operation[v3.Page[v3.Webhook]]:
        """One page of the application's webhooks (``GET /webhooks``).

        Args:
            name: part of the name (case-insensitive).
            callback_uri: part of the callback URI (case-insensitive).
            is_enabled: only enabled (or disabled) webhooks.
            auto_subscribe: only webhooks that do (or do not) subscribe vehicles automatically.
            page: the page number, from 1.
            page_size: webhooks per page (1-100).
        """
        for label, flag in (("is_enabled", is_enabled), ("auto_subscribe", auto_subscribe)):
            if flag is not None and not isinstance(flag, bool):
                raise InvalidInputError(f"{label} must be a bool or None, got {flag!r}")
        args = page_args(page, page_size)
        if page_size is None:
            args.pop("pagesize")
        from .. import v3

        return self._op(
            "list_webhooks",
            page_of("list_webhooks", v3.Webhook),
            filtername=query("name", name),
            filtercallback_uri=query("callback_uri", callback_uri),
            filteris_enabled=query("is_enabled", is_enabled, as_is),
            filterauto_subscribe=query("auto_subscribe", auto_subscribe, as_is),
            **args,
        )

    @listing
    def webhooks(
        self,
        *,
        name: str | None = None,
        callback_uri: str | None = None,
        is_enabled: bool | None = None,
        auto_subscribe: bool | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> Listing[v3.Webhook | v3.RawItem]:
        """Every webhook (all pages, lazily); the arguments are those of `list_webhooks`."""
        kwargs = {
            "name": name,
            "callback_uri": callback_uri,
            "is_enabled": is_enabled,
            "auto_subscribe": auto_subscribe,
            "page_size": page_size,
        }
        return self._paged("list_webhooks", kwargs, limit)

    @operation
    def get_webhook(self, webhook_id: str) -> Operation[v3.Webhook]:
        """One webhook (``GET /webhooks/{webhookId}``)."""
        from .. import v3

        return self._op(
            "get_webhook",
            document("get_webhook", v3.Webhook),
            webhook_id=str(uuid_of("webhook_id", webhook_id)),
        )

    @operation
    def create_subscription(
        self, webhook_id: str, user_id: str, vehicle_id: str
    ) -> Operation[v3.SubscriptionAccepted]:
        """Subscribe a user's vehicle to a webhook (``POST /subscriptions``, answered 202).

        Raises:
            SmartcarException: 409 when the vehicle is already subscribed (``status_code``).
        """
        from smartcar_openapi import models

        from .. import v3

        body = models.SubscriptionRequest(
            data=models.SubscriptionRequestData(
                attributes=models.SubscriptionRequestAttributes(
                    webhook_id=check.non_empty("webhook_id", webhook_id),
                    user_id=check.non_empty("user_id", user_id),
                    vehicle_id=check.non_empty("vehicle_id", vehicle_id),
                )
            )
        )
        return self._op(
            "create_subscription",
            v3.SubscriptionAccepted.from_response,
            body=body,
        )

    @operation
    def list_subscriptions(
        self,
        *,
        webhook_id: str | None = None,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: str | None = None,
        page: int = 1,
        page_size: int | None = None,
    ) -> Operation[v3.Page[v3.Subscription]]:
        """One page of webhook subscriptions (``GET /subscriptions``).

        Args:
            webhook_id: only this webhook's subscriptions (a UUID).
            user_id: only this user's (a UUID).
            vehicle_id: only this vehicle's (a UUID).
            mode: ``"live"`` or ``"simulated"`` vehicles only.
            page: the page number, from 1.
            page_size: subscriptions per page (1-100).
        """
        from .. import v3

        return self._op(
            "list_subscriptions",
            page_of("list_subscriptions", v3.Subscription),
            filterwebhook_id=query("webhook_id", webhook_id, uuid_of),
            filteruser_id=query("user_id", user_id, uuid_of),
            filtervehicle_id=query("vehicle_id", vehicle_id, uuid_of),
            filtervehicle_mode=query("mode", mode, vehicle_mode),
            **page_args(page, page_size),
        )

    @listing
    def subscriptions(
        self,
        *,
        webhook_id: str | None = None,
        user_id: str | None = None,
        vehicle_id: str | None = None,
        mode: str | None = None,
        page_size: int | None = None,
        limit: int | None = None,
    ) -> Listing[v3.Subscription | v3.RawItem]:
        """Every subscription (all pages, lazily); arguments as for `list_subscriptions`."""
        kwargs = {
            "webhook_id": webhook_id,
            "user_id": user_id,
            "vehicle_id": vehicle_id,
            "mode": mode,
            "page_size": page_size,
        }
        return self._paged("list_subscriptions", kwargs, limit)

    @operation
    def get_subscription(self, subscription_id: str) -> Operation[v3.Subscription]:
        """One subscription (``GET /subscriptions/{subscriptionId}``)."""
        from .. import v3

        return self._op(
            "get_subscription",
            document("get_subscription", v3.Subscription),
            subscription_id=subscription_id,
        )

    @operation
    def remove_subscription(self, subscription_id: str) -> Operation[None]:
        """Unsubscribe (``DELETE /subscriptions/{subscriptionId}``)."""
        return self._op(
            "delete_subscription",
            no_content,
            subscription_id=subscription_id,
        )
