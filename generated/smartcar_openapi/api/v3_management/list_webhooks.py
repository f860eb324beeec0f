from http import HTTPStatus
from typing import Any

import httpx2

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.v3_error import V3Error
from ...models.webhook_list import WebhookList
from ...types import UNSET, Response, Unset


def build_request_kwargs(
    *,
    filtername: str | Unset = UNSET,
    filtercallback_uri: str | Unset = UNSET,
    filteris_enabled: bool | Unset = UNSET,
    filterauto_subscribe: bool | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 50,
) -> dict[str, Any]:
    """The keyword arguments of ``httpx2.Client.request`` for list_webhooks: ``method``,
    ``url`` (relative to the server) and, when set, ``params``, ``json``, ``data``, ``content``,
    ``headers``, ``cookies``.

    Path parameters are positional and quoted into ``url``; every other parameter is keyword-only.
    This is the public request builder of the generated client (a test pins its signature).
    """

    params: dict[str, Any] = {}

    params["filter[name]"] = filtername

    params["filter[callbackUri]"] = filtercallback_uri

    params["filter[isEnabled]"] = filteris_enabled

    params["filter[autoSubscribe]"] = filterauto_subscribe

    params["page[number]"] = pagenumber

    params["page[size]"] = pagesize

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v3/webhooks",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx2.Response
) -> V3Error | WebhookList | str | None:
    if response.status_code == 200:
        response_200 = WebhookList.from_dict(response.json())

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
) -> Response[V3Error | WebhookList | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    filtername: str | Unset = UNSET,
    filtercallback_uri: str | Unset = UNSET,
    filteris_enabled: bool | Unset = UNSET,
    filterauto_subscribe: bool | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 50,
) -> Response[V3Error | WebhookList | str]:
    """List webhooks (v3)

     The application's webhooks (created in the Dashboard), filtered and paged.

    Args:
        filtername (str | Unset):
        filtercallback_uri (str | Unset):
        filteris_enabled (bool | Unset):
        filterauto_subscribe (bool | Unset):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | WebhookList | str]
    """

    kwargs = build_request_kwargs(
        filtername=filtername,
        filtercallback_uri=filtercallback_uri,
        filteris_enabled=filteris_enabled,
        filterauto_subscribe=filterauto_subscribe,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    filtername: str | Unset = UNSET,
    filtercallback_uri: str | Unset = UNSET,
    filteris_enabled: bool | Unset = UNSET,
    filterauto_subscribe: bool | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 50,
) -> V3Error | WebhookList | str | None:
    """List webhooks (v3)

     The application's webhooks (created in the Dashboard), filtered and paged.

    Args:
        filtername (str | Unset):
        filtercallback_uri (str | Unset):
        filteris_enabled (bool | Unset):
        filterauto_subscribe (bool | Unset):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | WebhookList | str
    """

    return sync_detailed(
        client=client,
        filtername=filtername,
        filtercallback_uri=filtercallback_uri,
        filteris_enabled=filteris_enabled,
        filterauto_subscribe=filterauto_subscribe,
        pagenumber=pagenumber,
        pagesize=pagesize,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    filtername: str | Unset = UNSET,
    filtercallback_uri: str | Unset = UNSET,
    filteris_enabled: bool | Unset = UNSET,
    filterauto_subscribe: bool | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 50,
) -> Response[V3Error | WebhookList | str]:
    """List webhooks (v3)

     The application's webhooks (created in the Dashboard), filtered and paged.

    Args:
        filtername (str | Unset):
        filtercallback_uri (str | Unset):
        filteris_enabled (bool | Unset):
        filterauto_subscribe (bool | Unset):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[V3Error | WebhookList | str]
    """

    kwargs = build_request_kwargs(
        filtername=filtername,
        filtercallback_uri=filtercallback_uri,
        filteris_enabled=filteris_enabled,
        filterauto_subscribe=filterauto_subscribe,
        pagenumber=pagenumber,
        pagesize=pagesize,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    filtername: str | Unset = UNSET,
    filtercallback_uri: str | Unset = UNSET,
    filteris_enabled: bool | Unset = UNSET,
    filterauto_subscribe: bool | Unset = UNSET,
    pagenumber: int | Unset = 1,
    pagesize: int | Unset = 50,
) -> V3Error | WebhookList | str | None:
    """List webhooks (v3)

     The application's webhooks (created in the Dashboard), filtered and paged.

    Args:
        filtername (str | Unset):
        filtercallback_uri (str | Unset):
        filteris_enabled (bool | Unset):
        filterauto_subscribe (bool | Unset):
        pagenumber (int | Unset):  Default: 1.
        pagesize (int | Unset):  Default: 50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx2.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        V3Error | WebhookList | str
    """

    return (
        await asyncio_detailed(
            client=client,
            filtername=filtername,
            filtercallback_uri=filtercallback_uri,
            filteris_enabled=filteris_enabled,
            filterauto_subscribe=filterauto_subscribe,
            pagenumber=pagenumber,
            pagesize=pagesize,
        )
    ).parsed
