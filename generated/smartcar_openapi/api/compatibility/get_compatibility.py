from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.compatibility import Compatibility
from ...models.mode import Mode
from ...models.smartcar_error import SmartcarError
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    version: str,
    *,
    vin: str,
    scope: str,
    country: str | Unset = "US",
    flags: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
    test_mode_compatibility_level: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for get_compatibility: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """

    params: dict[str, Any] = {}

    params["vin"] = vin

    params["scope"] = scope

    params["country"] = country

    params["flags"] = flags

    json_mode: str | Unset = UNSET
    if not isinstance(mode, Unset):
        json_mode = mode.value

    params["mode"] = json_mode

    params["test_mode_compatibility_level"] = test_mode_compatibility_level

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v{version}/compatibility".format(
            version=quote(str(version), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> Compatibility | SmartcarError | str | None:
    if response.status_code == 200:
        response_200 = Compatibility.from_dict(response.json())

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

    if response.status_code == 430:
        response_430 = SmartcarError.from_dict(response.json())

        return response_430

    if response.status_code == 500:
        response_500 = response.text
        return response_500

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
) -> Response[Compatibility | SmartcarError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    version: str,
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = "US",
    flags: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
    test_mode_compatibility_level: str | Unset = UNSET,
) -> Response[Compatibility | SmartcarError | str]:
    """Check a vehicle's compatibility by VIN

     Enterprise feature. Authenticate with the application's client credentials (HTTP Basic).
    `capabilities` is populated for US VINs only. (One docs overview page names
    `https://api.smartcar.com/compatibility/v2.0` with a bearer token; the SDKs and endpoint
    pages use this path with Basic auth.)

    Args:
        version (str):
        vin (str):
        scope (str):
        country (str | Unset):  Default: 'US'.
        flags (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).
        test_mode_compatibility_level (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Compatibility | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        version=version,
        vin=vin,
        scope=scope,
        country=country,
        flags=flags,
        mode=mode,
        test_mode_compatibility_level=test_mode_compatibility_level,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    version: str,
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = "US",
    flags: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
    test_mode_compatibility_level: str | Unset = UNSET,
) -> Compatibility | SmartcarError | str | None:
    """Check a vehicle's compatibility by VIN

     Enterprise feature. Authenticate with the application's client credentials (HTTP Basic).
    `capabilities` is populated for US VINs only. (One docs overview page names
    `https://api.smartcar.com/compatibility/v2.0` with a bearer token; the SDKs and endpoint
    pages use this path with Basic auth.)

    Args:
        version (str):
        vin (str):
        scope (str):
        country (str | Unset):  Default: 'US'.
        flags (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).
        test_mode_compatibility_level (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Compatibility | SmartcarError | str
    """

    return sync_detailed(
        version=version,
        client=client,
        vin=vin,
        scope=scope,
        country=country,
        flags=flags,
        mode=mode,
        test_mode_compatibility_level=test_mode_compatibility_level,
    ).parsed


async def asyncio_detailed(
    version: str,
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = "US",
    flags: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
    test_mode_compatibility_level: str | Unset = UNSET,
) -> Response[Compatibility | SmartcarError | str]:
    """Check a vehicle's compatibility by VIN

     Enterprise feature. Authenticate with the application's client credentials (HTTP Basic).
    `capabilities` is populated for US VINs only. (One docs overview page names
    `https://api.smartcar.com/compatibility/v2.0` with a bearer token; the SDKs and endpoint
    pages use this path with Basic auth.)

    Args:
        version (str):
        vin (str):
        scope (str):
        country (str | Unset):  Default: 'US'.
        flags (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).
        test_mode_compatibility_level (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Compatibility | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        version=version,
        vin=vin,
        scope=scope,
        country=country,
        flags=flags,
        mode=mode,
        test_mode_compatibility_level=test_mode_compatibility_level,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    version: str,
    *,
    client: AuthenticatedClient,
    vin: str,
    scope: str,
    country: str | Unset = "US",
    flags: str | Unset = UNSET,
    mode: Mode | Unset = UNSET,
    test_mode_compatibility_level: str | Unset = UNSET,
) -> Compatibility | SmartcarError | str | None:
    """Check a vehicle's compatibility by VIN

     Enterprise feature. Authenticate with the application's client credentials (HTTP Basic).
    `capabilities` is populated for US VINs only. (One docs overview page names
    `https://api.smartcar.com/compatibility/v2.0` with a bearer token; the SDKs and endpoint
    pages use this path with Basic auth.)

    Args:
        version (str):
        vin (str):
        scope (str):
        country (str | Unset):  Default: 'US'.
        flags (str | Unset):
        mode (Mode | Unset): Vehicle mode. `test` is deprecated (merged into `simulated` on
            2024-07-30).
        test_mode_compatibility_level (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Compatibility | SmartcarError | str
    """

    return (
        await asyncio_detailed(
            version=version,
            client=client,
            vin=vin,
            scope=scope,
            country=country,
            flags=flags,
            mode=mode,
            test_mode_compatibility_level=test_mode_compatibility_level,
        )
    ).parsed
