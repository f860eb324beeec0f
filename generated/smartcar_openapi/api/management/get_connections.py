from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.connections import Connections
from ...models.mode import Mode
from ...models.smartcar_error import SmartcarError
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for get_connections: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    params["user_id"] = user_id

    params["vehicle_id"] = vehicle_id

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v2.0/management/connections",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Connections | SmartcarError | str | None:
    if response.status_code == 200:
        response_200 = Connections.from_dict(response.json())

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

    if response.status_code == 429:
        response_429 = SmartcarError.from_dict(response.json())

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
) -> Response[Connections | SmartcarError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
) -> Response[Connections | SmartcarError | str]:
    """List the application's vehicle connections

     Authenticate with HTTP Basic, username `default`, password the Application Management Token.
    Cursor-paged: pass `paging.cursor` from the previous page as `cursor`; a null cursor means
    the last page.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connections | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        limit=limit,
        cursor=cursor,
        user_id=user_id,
        vehicle_id=vehicle_id,
        mode=mode,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
) -> Connections | SmartcarError | str | None:
    """List the application's vehicle connections

     Authenticate with HTTP Basic, username `default`, password the Application Management Token.
    Cursor-paged: pass `paging.cursor` from the previous page as `cursor`; a null cursor means
    the last page.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connections | SmartcarError | str
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        user_id=user_id,
        vehicle_id=vehicle_id,
        mode=mode,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
) -> Response[Connections | SmartcarError | str]:
    """List the application's vehicle connections

     Authenticate with HTTP Basic, username `default`, password the Application Management Token.
    Cursor-paged: pass `paging.cursor` from the previous page as `cursor`; a null cursor means
    the last page.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Connections | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        limit=limit,
        cursor=cursor,
        user_id=user_id,
        vehicle_id=vehicle_id,
        mode=mode,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 10,
    cursor: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    vehicle_id: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
) -> Connections | SmartcarError | str | None:
    """List the application's vehicle connections

     Authenticate with HTTP Basic, username `default`, password the Application Management Token.
    Cursor-paged: pass `paging.cursor` from the previous page as `cursor`; a null cursor means
    the last page.

    Args:
        limit (int | Unset):  Default: 10.
        cursor (str | Unset):
        user_id (str | Unset):
        vehicle_id (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Connections | SmartcarError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            user_id=user_id,
            vehicle_id=vehicle_id,
            mode=mode,
        )
    ).parsed
