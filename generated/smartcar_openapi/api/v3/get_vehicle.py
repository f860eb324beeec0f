from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v3_error import V3Error
from ...models.vehicle_v3_document import VehicleV3Document
from ...types import Response


def build_request_kwargs(
    vehicle_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for get_vehicle: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/vehicles/{vehicle_id}".format(
            vehicle_id=quote(str(vehicle_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> V3Error | VehicleV3Document | str | None:
    if response.status_code == 200:
        response_200 = VehicleV3Document.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = V3Error.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = V3Error.from_dict(response.json())

        return response_429

    if response.status_code == 430:
        response_430 = V3Error.from_dict(response.json())

        return response_430

    if response.status_code == 500:
        response_500 = response.text
        return response_500

    if response.status_code == 501:
        response_501 = response.text
        return response_501

    if response.status_code == 502:
        response_502 = response.text
        return response_502

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
) -> Response[V3Error | VehicleV3Document | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[V3Error | VehicleV3Document | str]:
    """Get the vehicle resource (v3)

     The vehicle as a JSON:API document: `data` is the vehicle resource (make, model, year, powertrain
    type and mode). Requires `read_vehicle_info`.

    Args:
        vehicle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | VehicleV3Document | str]
    """

    kwargs = build_request_kwargs(
        vehicle_id=vehicle_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
) -> V3Error | VehicleV3Document | str | None:
    """Get the vehicle resource (v3)

     The vehicle as a JSON:API document: `data` is the vehicle resource (make, model, year, powertrain
    type and mode). Requires `read_vehicle_info`.

    Args:
        vehicle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | VehicleV3Document | str
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
) -> Response[V3Error | VehicleV3Document | str]:
    """Get the vehicle resource (v3)

     The vehicle as a JSON:API document: `data` is the vehicle resource (make, model, year, powertrain
    type and mode). Requires `read_vehicle_info`.

    Args:
        vehicle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | VehicleV3Document | str]
    """

    kwargs = build_request_kwargs(
        vehicle_id=vehicle_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
) -> V3Error | VehicleV3Document | str | None:
    """Get the vehicle resource (v3)

     The vehicle as a JSON:API document: `data` is the vehicle resource (make, model, year, powertrain
    type and mode). Requires `read_vehicle_info`.

    Args:
        vehicle_id (str):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | VehicleV3Document | str
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
        )
    ).parsed
