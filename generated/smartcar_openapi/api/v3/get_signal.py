from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.signal_document import SignalDocument
from ...models.unit_system import UnitSystem
from ...models.v3_error import V3Error
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    vehicle_id: str,
    signal_code: str,
    *,
    sc_unit_system: UnitSystem | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for get_signal: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}
    if not isinstance(sc_unit_system, Unset):
        headers["SC-Unit-System"] = str(sc_unit_system)

    if not isinstance(sc_user_id, Unset):
        headers["sc-user-id"] = sc_user_id

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/vehicles/{vehicle_id}/signals/{signal_code}".format(
            vehicle_id=quote(str(vehicle_id), safe=""),
            signal_code=quote(str(signal_code), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> SignalDocument | V3Error | str | None:
    if response.status_code == 200:
        response_200 = SignalDocument.from_dict(response.json())

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
) -> Response[SignalDocument | V3Error | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    vehicle_id: str,
    signal_code: str,
    *,
    client: AuthenticatedClient,
    sc_unit_system: UnitSystem | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> Response[SignalDocument | V3Error | str]:
    """Get one signal (v3)

     One signal as a JSON:API document: `data` is the signal resource, `included.vehicle` the vehicle.
    Requires the permission that covers the signal. Signals carry their unit in the body (an open
    string, such as `km` or `kilometers`); percentages are 0-100.

    Args:
        vehicle_id (str):
        signal_code (str):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SignalDocument | V3Error | str]
    """

    kwargs = build_request_kwargs(
        vehicle_id=vehicle_id,
        signal_code=signal_code,
        sc_unit_system=sc_unit_system,
        sc_user_id=sc_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    signal_code: str,
    *,
    client: AuthenticatedClient,
    sc_unit_system: UnitSystem | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> SignalDocument | V3Error | str | None:
    """Get one signal (v3)

     One signal as a JSON:API document: `data` is the signal resource, `included.vehicle` the vehicle.
    Requires the permission that covers the signal. Signals carry their unit in the body (an open
    string, such as `km` or `kilometers`); percentages are 0-100.

    Args:
        vehicle_id (str):
        signal_code (str):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SignalDocument | V3Error | str
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        signal_code=signal_code,
        client=client,
        sc_unit_system=sc_unit_system,
        sc_user_id=sc_user_id,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    signal_code: str,
    *,
    client: AuthenticatedClient,
    sc_unit_system: UnitSystem | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> Response[SignalDocument | V3Error | str]:
    """Get one signal (v3)

     One signal as a JSON:API document: `data` is the signal resource, `included.vehicle` the vehicle.
    Requires the permission that covers the signal. Signals carry their unit in the body (an open
    string, such as `km` or `kilometers`); percentages are 0-100.

    Args:
        vehicle_id (str):
        signal_code (str):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SignalDocument | V3Error | str]
    """

    kwargs = build_request_kwargs(
        vehicle_id=vehicle_id,
        signal_code=signal_code,
        sc_unit_system=sc_unit_system,
        sc_user_id=sc_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    signal_code: str,
    *,
    client: AuthenticatedClient,
    sc_unit_system: UnitSystem | Unset = UNSET,
    sc_user_id: str | Unset = UNSET,
) -> SignalDocument | V3Error | str | None:
    """Get one signal (v3)

     One signal as a JSON:API document: `data` is the signal resource, `included.vehicle` the vehicle.
    Requires the permission that covers the signal. Signals carry their unit in the body (an open
    string, such as `km` or `kilometers`); percentages are 0-100.

    Args:
        vehicle_id (str):
        signal_code (str):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.
        sc_user_id (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SignalDocument | V3Error | str
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            signal_code=signal_code,
            client=client,
            sc_unit_system=sc_unit_system,
            sc_user_id=sc_user_id,
        )
    ).parsed
