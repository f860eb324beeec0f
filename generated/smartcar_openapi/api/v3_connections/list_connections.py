from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connection_list import ConnectionList
from ...models.v3_error import V3Error
from ...models.vehicle_mode_v3 import VehicleModeV3
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for list_connections: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}
    if not isinstance(sc_user_id, Unset):
        headers["sc-user-id"] = sc_user_id

    params: dict[str, Any] = {}

    params["filter[userId]"] = filteruser_id

    params["filter[vehicleId]"] = filtervehicle_id

    json_filtervehicle_mode: str | Unset = UNSET
    if not isinstance(filtervehicle_mode, Unset):
        json_filtervehicle_mode = filtervehicle_mode.value

    params["filter[vehicle.mode]"] = json_filtervehicle_mode

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/connections",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ConnectionList | V3Error | str | None:
    if response.status_code == 200:
        response_200 = ConnectionList.from_dict(response.json())

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
) -> Response[ConnectionList | V3Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> Response[ConnectionList | V3Error | str]:
    """List the application's connections (v3)

     All vehicle connections of the application, sorted by connection date, with optional filters. Paged
    with `page[number]`/`page[size]`. The `sc-user-id` header filters by user too.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList | V3Error | str]
    """

    kwargs = build_request_kwargs(
        filteruser_id=filteruser_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sc_user_id=sc_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> ConnectionList | V3Error | str | None:
    """List the application's connections (v3)

     All vehicle connections of the application, sorted by connection date, with optional filters. Paged
    with `page[number]`/`page[size]`. The `sc-user-id` header filters by user too.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList | V3Error | str
    """

    return sync_detailed(
        client=client,
        filteruser_id=filteruser_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sc_user_id=sc_user_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> Response[ConnectionList | V3Error | str]:
    """List the application's connections (v3)

     All vehicle connections of the application, sorted by connection date, with optional filters. Paged
    with `page[number]`/`page[size]`. The `sc-user-id` header filters by user too.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ConnectionList | V3Error | str]
    """

    kwargs = build_request_kwargs(
        filteruser_id=filteruser_id,
        filtervehicle_id=filtervehicle_id,
        filtervehicle_mode=filtervehicle_mode,
        pagenumber=pagenumber,
        pagesize=pagesize,
        sc_user_id=sc_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filteruser_id: str | Unset = UNSET,
    filtervehicle_id: str | Unset = UNSET,
    filtervehicle_mode: VehicleModeV3 | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> ConnectionList | V3Error | str | None:
    """List the application's connections (v3)

     All vehicle connections of the application, sorted by connection date, with optional filters. Paged
    with `page[number]`/`page[size]`. The `sc-user-id` header filters by user too.

    Args:
        filteruser_id (str | Unset):
        filtervehicle_id (str | Unset):
        filtervehicle_mode (VehicleModeV3 | Unset): Whether a vehicle is a live or a simulated
            one.
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ConnectionList | V3Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            filteruser_id=filteruser_id,
            filtervehicle_id=filtervehicle_id,
            filtervehicle_mode=filtervehicle_mode,
            pagenumber=pagenumber,
            pagesize=pagesize,
            sc_user_id=sc_user_id,
        )
    ).parsed
