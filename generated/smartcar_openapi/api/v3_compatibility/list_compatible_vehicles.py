from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compatible_vehicle_list import CompatibleVehicleList
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    filterregion: str | Unset = UNSET,
    filtermake: str | Unset = UNSET,
    filterpowertrain_type: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for list_compatible_vehicles: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """

    params: dict[str, Any] = {}

    params["filter[region]"] = filterregion

    params["filter[make]"] = filtermake

    params["filter[powertrainType]"] = filterpowertrain_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/compatible-vehicles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> CompatibleVehicleList | V3Error | str | None:
    if response.status_code == 200:
        response_200 = CompatibleVehicleList.from_dict(response.json())

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
) -> Response[CompatibleVehicleList | V3Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filterregion: str | Unset = UNSET,
    filtermake: str | Unset = UNSET,
    filterpowertrain_type: str | Unset = UNSET,
) -> Response[CompatibleVehicleList | V3Error | str]:
    """List compatible vehicles (v3)

     Which vehicles are compatible with which signals and commands. Cache the answer for at least 24
    hours, and never call it on the Connect path. Host, authentication (none) and response shape come
    from third-party sources.

    Args:
        filterregion (str | Unset):
        filtermake (str | Unset):
        filterpowertrain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompatibleVehicleList | V3Error | str]
    """

    kwargs = build_request_kwargs(
        filterregion=filterregion,
        filtermake=filtermake,
        filterpowertrain_type=filterpowertrain_type,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filterregion: str | Unset = UNSET,
    filtermake: str | Unset = UNSET,
    filterpowertrain_type: str | Unset = UNSET,
) -> CompatibleVehicleList | V3Error | str | None:
    """List compatible vehicles (v3)

     Which vehicles are compatible with which signals and commands. Cache the answer for at least 24
    hours, and never call it on the Connect path. Host, authentication (none) and response shape come
    from third-party sources.

    Args:
        filterregion (str | Unset):
        filtermake (str | Unset):
        filterpowertrain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompatibleVehicleList | V3Error | str
    """

    return sync_detailed(
        client=client,
        filterregion=filterregion,
        filtermake=filtermake,
        filterpowertrain_type=filterpowertrain_type,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filterregion: str | Unset = UNSET,
    filtermake: str | Unset = UNSET,
    filterpowertrain_type: str | Unset = UNSET,
) -> Response[CompatibleVehicleList | V3Error | str]:
    """List compatible vehicles (v3)

     Which vehicles are compatible with which signals and commands. Cache the answer for at least 24
    hours, and never call it on the Connect path. Host, authentication (none) and response shape come
    from third-party sources.

    Args:
        filterregion (str | Unset):
        filtermake (str | Unset):
        filterpowertrain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompatibleVehicleList | V3Error | str]
    """

    kwargs = build_request_kwargs(
        filterregion=filterregion,
        filtermake=filtermake,
        filterpowertrain_type=filterpowertrain_type,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filterregion: str | Unset = UNSET,
    filtermake: str | Unset = UNSET,
    filterpowertrain_type: str | Unset = UNSET,
) -> CompatibleVehicleList | V3Error | str | None:
    """List compatible vehicles (v3)

     Which vehicles are compatible with which signals and commands. Cache the answer for at least 24
    hours, and never call it on the Connect path. Host, authentication (none) and response shape come
    from third-party sources.

    Args:
        filterregion (str | Unset):
        filtermake (str | Unset):
        filterpowertrain_type (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompatibleVehicleList | V3Error | str
    """

    return (
        await asyncio_detailed(
            client=client,
            filterregion=filterregion,
            filtermake=filtermake,
            filterpowertrain_type=filterpowertrain_type,
        )
    ).parsed
