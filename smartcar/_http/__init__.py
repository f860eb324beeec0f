"""The request engine: one definition of sending, retrying and parsing for sync and async.

Every API call is described by an :class:`Operation`: which generated endpoint module builds the
request, which origin it goes to, how to authenticate, whether it is a vehicle command, and how
to turn the parsed body into a result. :func:`flow` is a sans-IO generator that yields "send
this request", "read the next chunk of its body", "close it" and "sleep this long" actions
(:mod:`.actions`) and receives their outcomes; :func:`drive_sync` and :func:`drive_async` are
the only places that differ between the sync and async APIs. They run every other plan
written in the same actions too: a fleet's reads, a token refresh, the next page of a list.
The flow reads every body in chunks, so it alone enforces the size cap (``max_response_bytes``)
for both; the per-call ``deadline`` is checked there too, and held at the network layer
(:mod:`.network`), where each socket wait of the call, status line and headers included, ends
by it.

The generated modules build requests (their public ``build_request_kwargs``) and the generated
models parse 2xx bodies (``from_dict``). Error bodies are never handed to the generated parsers:
they may be HTML from a proxy, and the SDK maps them itself (see ``_core.errors``).

Thread safety: each call's state lives in its own :func:`flow` generator, so any number of
threads may share one ``Vehicle`` or ``AuthClient`` and, through them, the one process-wide
``httpx2.Client`` of :func:`shared_client`. Async connections belong to an event loop:
:func:`loop_pool` keeps a pool of ``httpx2.AsyncClient`` per loop and closes it with the loop.
"""

from __future__ import annotations

from .._core.lazy import module_getattr

# Each name loads its module when first read (smartcar._core.lazy): naming smartcar.Vehicle needs
# the operation and the settings, not the engine, the drivers, the pools or the log filter,
# which load with the first call. Not `from typing import TYPE_CHECKING`, as in smartcar/.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from .actions import (
        Action,
        Authorize,
        Call,
        Close,
        Read,
        Send,
        Sleep,
        Streamed,
        Wait,
        Waitable,
    )
    from .drivers import detached, drive_async, drive_sync
    from .engine import finish, flow, raw_flow
    from .hooks import Attempt, AttemptResponse, Hooks
    from .observe import RawResponse
    from .pools import (
        LoopPool,
        close_shared_clients,
        loop_pool,
        set_transport_override,
        shared_async_client,
        shared_client,
    )
    from .request import DEFAULT_API_VERSION, Endpoint, Operation, TokenSource, build_request
    from .settings import (
        DEFAULT_DEADLINE,
        DEFAULT_MAX_RESPONSE_BYTES,
        DEFAULT_MAX_RETRIES,
        DEFAULT_MAX_RETRY_AFTER,
        DEFAULT_TIMEOUT,
        HTTP_OPTIONS,
        ClientOptions,
        Settings,
        checked_options,
        validate_deadline,
        validate_max_response_bytes,
        validate_max_retries,
        validate_max_retry_after,
        validate_timeout,
    )

__all__ = [
    "DEFAULT_API_VERSION",
    "DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TIMEOUT",
    "HTTP_OPTIONS",
    "Action",
    "Attempt",
    "AttemptResponse",
    "Authorize",
    "Call",
    "ClientOptions",
    "Close",
    "Endpoint",
    "Hooks",
    "LoopPool",
    "Operation",
    "RawResponse",
    "Read",
    "Send",
    "Settings",
    "Sleep",
    "Streamed",
    "TokenSource",
    "Wait",
    "Waitable",
    "build_request",
    "checked_options",
    "close_shared_clients",
    "detached",
    "drive_async",
    "drive_sync",
    "finish",
    "flow",
    "loop_pool",
    "raw_flow",
    "set_transport_override",
    "shared_async_client",
    "shared_client",
    "validate_deadline",
    "validate_max_response_bytes",
    "validate_max_retries",
    "validate_max_retry_after",
    "validate_timeout",
]

_LAZY: dict[str, str] = {
    "Action": ".actions:Action",
    "Authorize": ".actions:Authorize",
    "Call": ".actions:Call",
    "Close": ".actions:Close",
    "Read": ".actions:Read",
    "Send": ".actions:Send",
    "Sleep": ".actions:Sleep",
    "Streamed": ".actions:Streamed",
    "Wait": ".actions:Wait",
    "Waitable": ".actions:Waitable",
    "detached": ".drivers:detached",
    "drive_async": ".drivers:drive_async",
    "drive_sync": ".drivers:drive_sync",
    "finish": ".engine:finish",
    "flow": ".engine:flow",
    "raw_flow": ".engine:raw_flow",
    "Attempt": ".hooks:Attempt",
    "AttemptResponse": ".hooks:AttemptResponse",
    "Hooks": ".hooks:Hooks",
    "RawResponse": ".observe:RawResponse",
    "LoopPool": ".pools:LoopPool",
    "close_shared_clients": ".pools:close_shared_clients",
    "loop_pool": ".pools:loop_pool",
    "set_transport_override": ".pools:set_transport_override",
    "shared_async_client": ".pools:shared_async_client",
    "shared_client": ".pools:shared_client",
    "DEFAULT_API_VERSION": ".request:DEFAULT_API_VERSION",
    "Endpoint": ".request:Endpoint",
    "Operation": ".request:Operation",
    "TokenSource": ".request:TokenSource",
    "build_request": ".request:build_request",
    "DEFAULT_DEADLINE": ".settings:DEFAULT_DEADLINE",
    "DEFAULT_MAX_RESPONSE_BYTES": ".settings:DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_MAX_RETRIES": ".settings:DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER": ".settings:DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TIMEOUT": ".settings:DEFAULT_TIMEOUT",
    "HTTP_OPTIONS": ".settings:HTTP_OPTIONS",
    "ClientOptions": ".settings:ClientOptions",
    "Settings": ".settings:Settings",
    "checked_options": ".settings:checked_options",
    "validate_deadline": ".settings:validate_deadline",
    "validate_max_response_bytes": ".settings:validate_max_response_bytes",
    "validate_max_retries": ".settings:validate_max_retries",
    "validate_max_retry_after": ".settings:validate_max_retry_after",
    "validate_timeout": ".settings:validate_timeout",
}

# Hidden from type checkers, which see the imports above; any other name is a submodule
# (smartcar._http.engine), imported when read.
if not TYPE_CHECKING:
    __getattr__ = module_getattr(globals(), _LAZY, submodules=True)
