from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.o_auth_error import OAuthError
from ...models.smartcar_error import SmartcarError
from ...models.token_request import TokenRequest
from ...models.token_response import TokenResponse
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for request_token: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["flags"] = flags

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth/token",
        "params": params,
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> OAuthError | SmartcarError | TokenResponse | str | None:
    if response.status_code == 200:
        response_200 = TokenResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = OAuthError.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = OAuthError.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = SmartcarError.from_dict(response.json())

        return response_429

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
) -> Response[OAuthError | SmartcarError | TokenResponse | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> Response[OAuthError | SmartcarError | TokenResponse | str]:
    """Exchange an authorization code or refresh token for tokens

     Exchange an authorization code from Smartcar Connect (`grant_type=authorization_code`,
    with `code` and `redirect_uri`) or refresh tokens (`grant_type=refresh_token`, with
    `refresh_token`). Client credentials go in HTTP Basic auth; the body is form-encoded.
    A `User-Agent` header is required. Each refresh returns a new refresh token; the old one
    is invalidated 10 minutes after use.

    Args:
        flags (str | Unset):
        body (TokenRequest): Form body of `POST /oauth/token`. For `authorization_code` send
            `code` and `redirect_uri`;
            for `refresh_token` send `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | SmartcarError | TokenResponse | str]
    """

    kwargs = build_request_kwargs(
        body=body,
        flags=flags,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> OAuthError | SmartcarError | TokenResponse | str | None:
    """Exchange an authorization code or refresh token for tokens

     Exchange an authorization code from Smartcar Connect (`grant_type=authorization_code`,
    with `code` and `redirect_uri`) or refresh tokens (`grant_type=refresh_token`, with
    `refresh_token`). Client credentials go in HTTP Basic auth; the body is form-encoded.
    A `User-Agent` header is required. Each refresh returns a new refresh token; the old one
    is invalidated 10 minutes after use.

    Args:
        flags (str | Unset):
        body (TokenRequest): Form body of `POST /oauth/token`. For `authorization_code` send
            `code` and `redirect_uri`;
            for `refresh_token` send `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | SmartcarError | TokenResponse | str
    """

    return sync_detailed(
        client=client,
        body=body,
        flags=flags,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> Response[OAuthError | SmartcarError | TokenResponse | str]:
    """Exchange an authorization code or refresh token for tokens

     Exchange an authorization code from Smartcar Connect (`grant_type=authorization_code`,
    with `code` and `redirect_uri`) or refresh tokens (`grant_type=refresh_token`, with
    `refresh_token`). Client credentials go in HTTP Basic auth; the body is form-encoded.
    A `User-Agent` header is required. Each refresh returns a new refresh token; the old one
    is invalidated 10 minutes after use.

    Args:
        flags (str | Unset):
        body (TokenRequest): Form body of `POST /oauth/token`. For `authorization_code` send
            `code` and `redirect_uri`;
            for `refresh_token` send `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OAuthError | SmartcarError | TokenResponse | str]
    """

    kwargs = build_request_kwargs(
        body=body,
        flags=flags,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TokenRequest,
    flags: str | Unset = UNSET,
) -> OAuthError | SmartcarError | TokenResponse | str | None:
    """Exchange an authorization code or refresh token for tokens

     Exchange an authorization code from Smartcar Connect (`grant_type=authorization_code`,
    with `code` and `redirect_uri`) or refresh tokens (`grant_type=refresh_token`, with
    `refresh_token`). Client credentials go in HTTP Basic auth; the body is form-encoded.
    A `User-Agent` header is required. Each refresh returns a new refresh token; the old one
    is invalidated 10 minutes after use.

    Args:
        flags (str | Unset):
        body (TokenRequest): Form body of `POST /oauth/token`. For `authorization_code` send
            `code` and `redirect_uri`;
            for `refresh_token` send `refresh_token`.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OAuthError | SmartcarError | TokenResponse | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            flags=flags,
        )
    ).parsed
