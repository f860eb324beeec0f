"""Typed results of the API v3 application operations, and the Connect-for-v3 redirect helper.

The results are the generated models of the spec (``smartcar_openapi.models``), parsed and
checked by them; the SDK's subclasses here only add what the spec cannot say: convenient names
for nested members (``connection.user_id`` for ``relationships.user.data.id``), ``raw`` (the
resource as JSON), the response of a request (``status_code``, ``request_id``, ``headers``)
and whether a command was accepted (202). Pages, typed signal bodies and the Connect redirect
helper are here too. Units are never converted.

They are defined by kind in the private package ``smartcar._v3`` (``documents``: the executions
and the bases of the resources; ``resources``: connections, webhooks, subscriptions, compatible
vehicles; ``pages``: pages and converters; ``signal_bodies``; ``connect``) and public here.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ._v3.connect import ConnectError, ConnectRedirect, read_connect_redirect
from ._v3.documents import ChargeScheduleExecution, CommandExecution, ResponseInfo
from ._v3.documents import _Document as _Document
from ._v3.pages import Page, RawItem, document_of, model_page, parsed_by
from ._v3.pages import no_content as no_content
from ._v3.resources import (
    CompatibleVehicle,
    Connection,
    Subscription,
    SubscriptionAccepted,
    VehicleSummary,
    Webhook,
)
from ._v3.signal_bodies import Quantity, SignalBody, signal_body

__all__ = [
    "ApplicationToken",
    "ChargeScheduleExecution",
    "CommandExecution",
    "CompatibleVehicle",
    "ConnectError",
    "ConnectRedirect",
    "Connection",
    "Page",
    "Quantity",
    "RawItem",
    "ResponseInfo",
    "SignalBody",
    "Subscription",
    "SubscriptionAccepted",
    "VehicleSummary",
    "Webhook",
    "document_of",
    "model_page",
    "parsed_by",
    "read_connect_redirect",
    "signal_body",
]


@dataclass(frozen=True, slots=True)
class ApplicationToken:
    """An API v3 application access token from ``POST /oauth2/token``.

    Attributes:
        access_token: the token (send it as ``Authorization: Bearer``).
        token_type: ``Bearer``.
        expires_in: its lifetime in seconds (one hour); there is no refresh token.
    """

    access_token: str = field(repr=False)
    token_type: str
    expires_in: int
