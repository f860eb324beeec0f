from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.subscription_list import SubscriptionList
from ...models.v3_error import V3Error
from ...models.vehicle_mode_v3 import VehicleModeV3
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    filteruser_id: UUID | Unset = UNSET,
    filterwebhook_id: UUID | Unset = UNSET,
    filtervehicle_id: UUID | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for list_subscriptions: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """

    params: dict[str, Any] = {}

    json_filteruser_id: str | Unset = UNSET
    if not isinstance(filteruser_id, Unset):
        json_filteruser_id = str(filteruser_id)
    params["filter[userId]"] = json_filteruser_id

    json_filterwebhook_id: str | Unset = UNSET
    if not isinstance(filterwebhook_id, Unset):
        json_filterwebhook_id = str(filterwebhook_id)
    params["filter[webhookId]"] = json_filterwebhook_id

    json_filtervehicle_id: str | Unset = UNSET
    if not isinstance(filtervehicle_id, Unset):
        json_filtervehicle_id = str(filtervehicle_id)
    params["filter[vehicleId]"] = json_filtervehicle_id

    json_filtervehicle_mode: str | Unset = UNSET
    if not isinstance(filtervehicle_mode, Unset):
        json_filtervehicle_mode = filtervehicle_mode.value

    params["filter[vehicle.mode]"] = json_filtervehicle_mode

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/subscriptions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> SubscriptionList | V3Error | str | None:
    if response.status_code == 200:
        response_200 = SubscriptionList.from_dict(response.json())

        return response_200

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
) -> Response[SubscriptionList | V3Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filteruser_id: UUID | Unset = UNSET,
    filterwebhook_id: UUID | Unset = UNSET,
    filtervehicle_id: UUID | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
) -> Response[SubscriptionList | V3Error | str]:
    """List webhook subscriptions (v3)

     Webhook subscriptions, filtered and paged.

    Args:
        filteruser_id (UUID | Unset):
        filterwebhook_id (UUID | Unset):
        filtervehicle_id (UUID | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionList | V3Error | str]
    """

    kwargs = build_request_kwargs(
        filteruser_id=filteruser_id,
        filterwebhook_id=filterwebhook_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filteruser_id: UUID | Unset = UNSET,
    filterwebhook_id: UUID | Unset = UNSET,
    filtervehicle_id: UUID | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
) -> SubscriptionList | V3Error | str | None:
    """List webhook subscriptions (v3)

     Webhook subscriptions, filtered and paged.

    Args:
        filteruser_id (UUID | Unset):
        filterwebhook_id (UUID | Unset):
        filtervehicle_id (UUID | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionList | V3Error | str
    """

    return sync_detailed(
        client=client,
        filteruser_id=filteruser_id,
        filterwebhook_id=filterwebhook_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filteruser_id: UUID | Unset = UNSET,
    filterwebhook_id: UUID | Unset = UNSET,
    filtervehicle_id: UUID | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
) -> Response[SubscriptionList | V3Error | str]:
    """List webhook subscriptions (v3)

     Webhook subscriptions, filtered and paged.

    Args:
        filteruser_id (UUID | Unset):
        filterwebhook_id (UUID | Unset):
        filtervehicle_id (UUID | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SubscriptionList | V3Error | str]
    """

    kwargs = build_request_kwargs(
        filteruser_id=filteruser_id,
        filterwebhook_id=filterwebhook_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filteruser_id: UUID | Unset = UNSET,
    filterwebhook_id: UUID | Unset = UNSET,
    filtervehicle_id: UUID | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
) -> SubscriptionList | V3Error | str | None:
    """List webhook subscriptions (v3)

     Webhook subscriptions, filtered and paged.

    Args:
        filteruser_id (UUID | Unset):
        filterwebhook_id (UUID | Unset):
        filtervehicle_id (UUID | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SubscriptionList | V3Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            filteruser_id=filteruser_id,
            filterwebhook_id=filterwebhook_id,
            filtervehicle_id=filtervehicle_id,
            filtervehicle_mode=filtervehicle_mode,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
