from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription_accepted import SubscriptionAccepted
from ...models.subscription_request import SubscriptionRequest
from ...models.v3_error import V3Error
from ...types import Response


def build_request_kwargs(
    *,
    body: SubscriptionRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for create_subscription: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/subscriptions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> SubscriptionAccepted | V3Error | str | None:
    if response.status_code == 202:
        response_202 = SubscriptionAccepted.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = V3Error.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = V3Error.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = V3Error.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = V3Error.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = V3Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = V3Error.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if response.status_code == 503:
        response_503 = response.text
        return response_503

    if response.status_code == 504:
        response_504 = response.text
        return response_504

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Response[SubscriptionAccepted | V3Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
) -> Response[SubscriptionAccepted | V3Error | str]:
    """Subscribe a vehicle to a webhook (v3)

     Create a webhook subscription for a user's vehicle. Accepted with 202 and completed in the
    background; 409 when the subscription exists. The body's fields come from excerpts of Smartcar's
    page and third-party sources.

    Args:
        body (SubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionAccepted | V3Error | str]
    """

    kwargs = build_request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
) -> SubscriptionAccepted | V3Error | str | None:
    """Subscribe a vehicle to a webhook (v3)

     Create a webhook subscription for a user's vehicle. Accepted with 202 and completed in the
    background; 409 when the subscription exists. The body's fields come from excerpts of Smartcar's
    page and third-party sources.

    Args:
        body (SubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionAccepted | V3Error | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
) -> Response[SubscriptionAccepted | V3Error | str]:
    """Subscribe a vehicle to a webhook (v3)

     Create a webhook subscription for a user's vehicle. Accepted with 202 and completed in the
    background; 409 when the subscription exists. The body's fields come from excerpts of Smartcar's
    page and third-party sources.

    Args:
        body (SubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionAccepted | V3Error | str]
    """

    kwargs = build_request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SubscriptionRequest,
) -> SubscriptionAccepted | V3Error | str | None:
    """Subscribe a vehicle to a webhook (v3)

     Create a webhook subscription for a user's vehicle. Accepted with 202 and completed in the
    background; 409 when the subscription exists. The body's fields come from excerpts of Smartcar's
    page and third-party sources.

    Args:
        body (SubscriptionRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionAccepted | V3Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
