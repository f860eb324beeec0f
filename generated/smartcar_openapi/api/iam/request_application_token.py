from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.application_token_request import ApplicationTokenRequest
from ...models.application_token_response import ApplicationTokenResponse
from ...models.o_auth_error import OAuthError
from ...models.smartcar_error import SmartcarError
from ...types import Response


def build_request_kwargs(
    *,
    body: ApplicationTokenRequest,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for request_application_token: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/oauth2/token",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> ApplicationTokenResponse | OAuthError | SmartcarError | str | None:
    if response.status_code == 200:
        response_200 = ApplicationTokenResponse.from_dict(response.json())

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
) -> Response[ApplicationTokenResponse | OAuthError | SmartcarError | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplicationTokenRequest,
) -> Response[ApplicationTokenResponse | OAuthError | SmartcarError | str]:
    """Get an application access token (API v3, client credentials)

     OAuth 2.0 client credentials at `iam.smartcar.com`. The documented samples send `grant_type`,
    `client_id` and `client_secret` form-encoded in the body (Smartcar's rendered field list says JSON;
    some clients use HTTP Basic: both variants are listed in `security`). The token is valid for one
    hour and there is no refresh token: request a new one before it expires. Errors are OAuth errors
    (`invalid_request`, `invalid_client`).

    Args:
        body (ApplicationTokenRequest): Client credentials for the application token (form-
            encoded). `client_id` and
            `client_secret` go here unless the client sends them with HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationTokenResponse | OAuthError | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ApplicationTokenRequest,
) -> ApplicationTokenResponse | OAuthError | SmartcarError | str | None:
    """Get an application access token (API v3, client credentials)

     OAuth 2.0 client credentials at `iam.smartcar.com`. The documented samples send `grant_type`,
    `client_id` and `client_secret` form-encoded in the body (Smartcar's rendered field list says JSON;
    some clients use HTTP Basic: both variants are listed in `security`). The token is valid for one
    hour and there is no refresh token: request a new one before it expires. Errors are OAuth errors
    (`invalid_request`, `invalid_client`).

    Args:
        body (ApplicationTokenRequest): Client credentials for the application token (form-
            encoded). `client_id` and
            `client_secret` go here unless the client sends them with HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationTokenResponse | OAuthError | SmartcarError | str
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ApplicationTokenRequest,
) -> Response[ApplicationTokenResponse | OAuthError | SmartcarError | str]:
    """Get an application access token (API v3, client credentials)

     OAuth 2.0 client credentials at `iam.smartcar.com`. The documented samples send `grant_type`,
    `client_id` and `client_secret` form-encoded in the body (Smartcar's rendered field list says JSON;
    some clients use HTTP Basic: both variants are listed in `security`). The token is valid for one
    hour and there is no refresh token: request a new one before it expires. Errors are OAuth errors
    (`invalid_request`, `invalid_client`).

    Args:
        body (ApplicationTokenRequest): Client credentials for the application token (form-
            encoded). `client_id` and
            `client_secret` go here unless the client sends them with HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApplicationTokenResponse | OAuthError | SmartcarError | str]
    """

    kwargs = build_request_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ApplicationTokenRequest,
) -> ApplicationTokenResponse | OAuthError | SmartcarError | str | None:
    """Get an application access token (API v3, client credentials)

     OAuth 2.0 client credentials at `iam.smartcar.com`. The documented samples send `grant_type`,
    `client_id` and `client_secret` form-encoded in the body (Smartcar's rendered field list says JSON;
    some clients use HTTP Basic: both variants are listed in `security`). The token is valid for one
    hour and there is no refresh token: request a new one before it expires. Errors are OAuth errors
    (`invalid_request`, `invalid_client`).

    Args:
        body (ApplicationTokenRequest): Client credentials for the application token (form-
            encoded). `client_id` and
            `client_secret` go here unless the client sends them with HTTP Basic instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApplicationTokenResponse | OAuthError | SmartcarError | str
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
