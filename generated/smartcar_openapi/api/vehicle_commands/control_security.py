from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.action_response import ActionResponse
from ...models.security_action import SecurityAction
from ...models.smartcar_error import SmartcarError
from ...types import Response


def build_request_kwargs(
    version: str,
    vehicle_id: str,
    *,
    body: SecurityAction,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for control_security: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v{version}/vehicles/{vehicle_id}/security".format(
            version=quote(str(version), safe=""),
            vehicle_id=quote(str(vehicle_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ActionResponse | SmartcarError | str | None:
    if response.status_code == 200:
        response_200 = ActionResponse.from_dict(response.json())

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
) -> Response[ActionResponse | SmartcarError | str]:
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
    body: SecurityAction,
) -> Response[ActionResponse | SmartcarError | str]:
    """Lock or unlock the vehicle

     Permission: `control_security`. Do not retry a command once it may have reached the server.

    Args:
        version (str):
        vehicle_id (str):
        body (SecurityAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResponse | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        version=version,
        vehicle_id=vehicle_id,
        body=body,
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
    body: SecurityAction,
) -> ActionResponse | SmartcarError | str | None:
    """Lock or unlock the vehicle

     Permission: `control_security`. Do not retry a command once it may have reached the server.

    Args:
        version (str):
        vehicle_id (str):
        body (SecurityAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResponse | SmartcarError | str
    """

    return sync_detailed(
        version=version,
        vehicle_id=vehicle_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    version: str,
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: SecurityAction,
) -> Response[ActionResponse | SmartcarError | str]:
    """Lock or unlock the vehicle

     Permission: `control_security`. Do not retry a command once it may have reached the server.

    Args:
        version (str):
        vehicle_id (str):
        body (SecurityAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActionResponse | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        version=version,
        vehicle_id=vehicle_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    vehicle_id: str,
    *,
    client: AuthenticatedClient,
    body: SecurityAction,
) -> ActionResponse | SmartcarError | str | None:
    """Lock or unlock the vehicle

     Permission: `control_security`. Do not retry a command once it may have reached the server.

    Args:
        version (str):
        vehicle_id (str):
        body (SecurityAction):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActionResponse | SmartcarError | str
    """

    return (
        await asyncio_detailed(
            version=version,
            vehicle_id=vehicle_id,
            client=client,
            body=body,
        )
    ).parsed
