from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.service_record import ServiceRecord
from ...models.smartcar_error import SmartcarError
from ...models.unit_system import UnitSystem
from ...types import LENIENT_ERRORS, UNSET, Response, Unset


def build_request_kwargs(
    version: str,
    vehicle_id: str,
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for get_service_history: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}
    if not isinstance(sc_unit_system, Unset):
        headers["SC-Unit-System"] = str(sc_unit_system)

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/vehicles/{vehicle_id}/service/history".format(
            version=quote(str(version), safe=""),
            vehicle_id=quote(str(vehicle_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> SmartcarError | list[ServiceRecord] | str | None:
    if response.status_code == 200:
        response_200 = []
        _response_200 = response.json()
        if not isinstance(_response_200, list):
            # A string or an object is iterable too, but not a list: kept as sent by the caller.
            raise TypeError(f"expected a list, got {type(_response_200).__name__}")
        for response_200_item_data in _response_200:
            try:
                response_200_item = ServiceRecord.from_dict(response_200_item_data)

            except LENIENT_ERRORS:
                response_200_item = response_200_item_data
            response_200.append(response_200_item)

        return response_200

    if response.status_code == 400:
        response_400 = SmartcarError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = SmartcarError.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = SmartcarError.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = SmartcarError.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = SmartcarError.from_dict(response.json())

        return response_409

    if response.status_code == 429:
        response_429 = SmartcarError.from_dict(response.json())

        return response_429

    if response.status_code == 430:
        response_430 = SmartcarError.from_dict(response.json())

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
) -> Response[SmartcarError | list[ServiceRecord] | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> Response[SmartcarError | list[ServiceRecord] | str]:
    """Get the dealer service history

     Permission: `read_service_history` (Ford, Lincoln, Toyota, Lexus, Mazda, VW US). The
    response is a top-level JSON array of service records. `odometerDistance` is
    unit-dependent: kilometres (metric) or miles (imperial).

    The query parameter names follow three of the four official SDKs (Node, Java, Ruby:
    `start_date`/`end_date`); the Python SDK sends `startDate`/`endDate` and the docs list none.

    Args:
        version (str):
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartcarError | list[ServiceRecord] | str]
    """

    kwargs = build_request_kwargs(
        version=version,
        vehicle_id=vehicle_id,
        start_date=start_date,
        end_date=end_date,
        sc_unit_system=sc_unit_system,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> SmartcarError | list[ServiceRecord] | str | None:
    """Get the dealer service history

     Permission: `read_service_history` (Ford, Lincoln, Toyota, Lexus, Mazda, VW US). The
    response is a top-level JSON array of service records. `odometerDistance` is
    unit-dependent: kilometres (metric) or miles (imperial).

    The query parameter names follow three of the four official SDKs (Node, Java, Ruby:
    `start_date`/`end_date`); the Python SDK sends `startDate`/`endDate` and the docs list none.

    Args:
        version (str):
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartcarError | list[ServiceRecord] | str
    """

    return sync_detailed(
        version=version,
        vehicle_id=vehicle_id,
        client=client,
        start_date=start_date,
        end_date=end_date,
        sc_unit_system=sc_unit_system,
    ).parsed


async def asyncio_detailed(
    version: str,
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> Response[SmartcarError | list[ServiceRecord] | str]:
    """Get the dealer service history

     Permission: `read_service_history` (Ford, Lincoln, Toyota, Lexus, Mazda, VW US). The
    response is a top-level JSON array of service records. `odometerDistance` is
    unit-dependent: kilometres (metric) or miles (imperial).

    The query parameter names follow three of the four official SDKs (Node, Java, Ruby:
    `start_date`/`end_date`); the Python SDK sends `startDate`/`endDate` and the docs list none.

    Args:
        version (str):
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[SmartcarError | list[ServiceRecord] | str]
    """

    kwargs = build_request_kwargs(
        version=version,
        vehicle_id=vehicle_id,
        start_date=start_date,
        end_date=end_date,
        sc_unit_system=sc_unit_system,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    sc_unit_system: UnitSystem | Unset = UNSET,
) -> SmartcarError | list[ServiceRecord] | str | None:
    """Get the dealer service history

     Permission: `read_service_history` (Ford, Lincoln, Toyota, Lexus, Mazda, VW US). The
    response is a top-level JSON array of service records. `odometerDistance` is
    unit-dependent: kilometres (metric) or miles (imperial).

    The query parameter names follow three of the four official SDKs (Node, Java, Ruby:
    `start_date`/`end_date`); the Python SDK sends `startDate`/`endDate` and the docs list none.

    Args:
        version (str):
        vehicle_id (str):
        start_date (str | Unset):
        end_date (str | Unset):
        sc_unit_system (UnitSystem | Unset): Unit system of unit-dependent values.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        SmartcarError | list[ServiceRecord] | str
    """

    return (
        await asyncio_detailed(
            version=version,
            vehicle_id=vehicle_id,
            client=client,
            start_date=start_date,
            end_date=end_date,
            sc_unit_system=sc_unit_system,
        )
    ).parsed
