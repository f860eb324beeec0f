from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.charge_schedule_execution import ChargeScheduleExecution
from ...models.charge_schedule_request import ChargeScheduleRequest
from ...models.v3_error import V3Error
from ...types import Response


def build_request_kwargs(
    vehicle_id: str,
    *,
    body: ChargeScheduleRequest,
    sc_user_id: str,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for set_workweek_charge_schedule: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}
    headers["sc-user-id"] = sc_user_id

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v3/vehicles/{vehicle_id}/charge-schedules/workweek".format(
            vehicle_id=quote(str(vehicle_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ChargeScheduleExecution | V3Error | str | None:
    if response.status_code == 200:
        response_200 = ChargeScheduleExecution.from_dict(response.json())

        return response_200

    if response.status_code == 202:
        response_202 = ChargeScheduleExecution.from_dict(response.json())

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
) -> Response[ChargeScheduleExecution | V3Error | str]:
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
    body: ChargeScheduleRequest,
    sc_user_id: str,
) -> Response[ChargeScheduleExecution | V3Error | str]:
    """Set a workweek charge schedule (v3)

     Create a recurring workweek charge schedule at a location. Requires the `sc-user-id` header. Read
    the schedule back from the `charge-chargetimers` signal. The path is known from a third-party source
    and Smartcar's page title only; the request body was not seen, so it is modelled like the daily body
    (an assumption).

    Args:
        vehicle_id (str):
        sc_user_id (str):
        body (ChargeScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeScheduleExecution | V3Error | str]
    """

    kwargs = build_request_kwargs(
        vehicle_id=vehicle_id,
        body=body,
        sc_user_id=sc_user_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: ChargeScheduleRequest,
    sc_user_id: str,
) -> ChargeScheduleExecution | V3Error | str | None:
    """Set a workweek charge schedule (v3)

     Create a recurring workweek charge schedule at a location. Requires the `sc-user-id` header. Read
    the schedule back from the `charge-chargetimers` signal. The path is known from a third-party source
    and Smartcar's page title only; the request body was not seen, so it is modelled like the daily body
    (an assumption).

    Args:
        vehicle_id (str):
        sc_user_id (str):
        body (ChargeScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeScheduleExecution | V3Error | str
    """

    return sync_detailed(
        vehicle_id=vehicle_id,
        client=client,
        body=body,
        sc_user_id=sc_user_id,
    ).parsed


async def asyncio_detailed(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: ChargeScheduleRequest,
    sc_user_id: str,
) -> Response[ChargeScheduleExecution | V3Error | str]:
    """Set a workweek charge schedule (v3)

     Create a recurring workweek charge schedule at a location. Requires the `sc-user-id` header. Read
    the schedule back from the `charge-chargetimers` signal. The path is known from a third-party source
    and Smartcar's page title only; the request body was not seen, so it is modelled like the daily body
    (an assumption).

    Args:
        vehicle_id (str):
        sc_user_id (str):
        body (ChargeScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChargeScheduleExecution | V3Error | str]
    """

    kwargs = build_request_kwargs(
        vehicle_id=vehicle_id,
        body=body,
        sc_user_id=sc_user_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: ChargeScheduleRequest,
    sc_user_id: str,
) -> ChargeScheduleExecution | V3Error | str | None:
    """Set a workweek charge schedule (v3)

     Create a recurring workweek charge schedule at a location. Requires the `sc-user-id` header. Read
    the schedule back from the `charge-chargetimers` signal. The path is known from a third-party source
    and Smartcar's page title only; the request body was not seen, so it is modelled like the daily body
    (an assumption).

    Args:
        vehicle_id (str):
        sc_user_id (str):
        body (ChargeScheduleRequest):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChargeScheduleExecution | V3Error | str
    """

    return (
        await asyncio_detailed(
            vehicle_id=vehicle_id,
            client=client,
            body=body,
            sc_user_id=sc_user_id,
        )
    ).parsed
