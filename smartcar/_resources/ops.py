"""One definition per API operation, shared by the sync and async surfaces.

A method decorated with :class:`operation` only *describes* a call: it validates its arguments
and returns an :class:`~smartcar._http.Operation`. Accessed on a sync object (a subclass of
:class:`SyncRunner`) it becomes a blocking method returning the result; on an async object
(:class:`AsyncRunner`) it becomes a coroutine method. mypy sees both precisely, through the
overloads of ``__get__``.
"""

from __future__ import annotations

import copy
import functools
import inspect
import typing
from collections.abc import Callable, Coroutine, Generator
from typing import Any, Concatenate, Generic, ParamSpec, Self, TypeVar, Unpack, overload

import httpx2

from .._core.config import Origins
from .._http import HTTP_OPTIONS, ClientOptions, Operation, Settings, checked_options, legacy
from .._http.legacy import is_legacy
from ..exceptions import InvalidInputError

# The engine, the drivers and the pools load with the first client made (_configure), imported
# where they are used (see _core.lazy): naming smartcar.Vehicle must not cost them.
if typing.TYPE_CHECKING:
    from .._http import Action, RawResponse

P = ParamSpec("P")
T = TypeVar("T")

R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)

__all__ = [
    "AsyncRunner",
    "Configurable",
    "RawAsyncRunner",
    "RawSyncRunner",
    "SyncRunner",
    "operation",
    "raw_view",
    "spec_operation",
]


def _raw_view(runner: R) -> R:
    # A copy whose operations return their RawResponse; it shares the client and settings.
    view = copy.copy(runner)
    view._raw = True  # type: ignore[attr-defined]
    view._owns_client = False  # type: ignore[attr-defined]
    return view


class raw_view(Generic[R_co]):
    """``with_raw_response``: the object, with each operation returning its ``RawResponse``.

    ``vehicle.with_raw_response.odometer()`` answers the status, headers, request id, elapsed
    time and attempts of the call, and ``.parse()`` the ``Odometer``; errors raise as without
    it. A copy that shares the object's client and settings (``with_options`` keeps it raw).
    Each public class declares it with its raw type (``raw_view[RawVehicle]``), for mypy.
    """

    def __get__(self, instance: object, owner: type[Any]) -> R_co:
        if instance is None:  # the class attribute, for documentation tools
            return self  # type: ignore[return-value]
        return _raw_view(instance)  # type: ignore[return-value]


class SyncRunner:
    """Base of the blocking API objects: runs operations with an ``httpx2.Client``."""

    _settings: Settings
    _http_client: httpx2.Client | None = None
    _raw = False

    def _current_settings(self) -> Settings:
        return self._settings

    def _run(self, op: Operation[T]) -> T:
        from .._http.engine import flow

        return self._drive(flow(op, self._current_settings()))

    def _run_raw(self, op: Operation[T]) -> RawResponse[T]:
        from .._http.engine import raw_flow

        return self._drive(raw_flow(op, self._current_settings()))

    with_raw_response: raw_view[RawSyncRunner] = raw_view()

    def _drive(self, steps: Generator[Action, Any, T]) -> T:
        # Any sequence of engine actions (one operation's flow, or a fleet's reads of a vehicle)
        # runs on this object's client, like its own calls.
        from .._http.drivers import drive_sync
        from .._http.pools import shared_client

        client = self._http_client if self._http_client is not None else shared_client()
        return drive_sync(client, steps)

    def close(self) -> None:
        """Close the HTTP client this object created (never a shared or borrowed one)."""
        if getattr(self, "_owns_client", False) and self._http_client is not None:
            self._http_client.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


class AsyncRunner:
    """Base of the asyncio API objects: runs operations with an ``httpx2.AsyncClient``."""

    _settings: Settings
    _async_http_client: httpx2.AsyncClient | None = None
    _raw = False

    def _current_settings(self) -> Settings:
        return self._settings

    async def _run(self, op: Operation[T]) -> T:
        from .._http.engine import flow

        return await self._drive(flow(op, self._current_settings()))

    async def _run_raw(self, op: Operation[T]) -> RawResponse[T]:
        from .._http.engine import raw_flow

        return await self._drive(raw_flow(op, self._current_settings()))

    with_raw_response: raw_view[RawAsyncRunner] = raw_view()

    async def _drive(self, steps: Generator[Action, Any, T]) -> T:
        from .._http.drivers import drive_async
        from .._http.pools import loop_pool

        client = self._async_http_client
        if client is not None:
            return await drive_async(client, steps)
        with loop_pool().lease() as shared:
            return await drive_async(shared, steps)

    async def aclose(self) -> None:
        """Close the HTTP client this object created (never a shared or borrowed one)."""
        if getattr(self, "_owns_client", False) and self._async_http_client is not None:
            await self._async_http_client.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


class RawSyncRunner(SyncRunner):
    """For type checkers: a blocking object whose operations return a ``RawResponse``."""


class RawAsyncRunner(AsyncRunner):
    """For type checkers: an asyncio object whose operations return a ``RawResponse``."""


class _MethodSignature:
    """``operation.__signature__``: the method's signature on an instance, none on the class."""

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        # None on the class itself, so inspect.signature(operation) still reads __init__.
        return None if instance is None else instance.method_signature()


class operation(Generic[P, T]):
    """Turn a method that builds an :class:`Operation` into a sync or async API method."""

    def __init__(self, build: Callable[Concatenate[Any, P], Operation[T]]) -> None:
        self._build = build
        self.__doc__ = build.__doc__
        self.__name__ = build.__name__
        self.__qualname__ = build.__qualname__
        self.__module__ = build.__module__
        self.__wrapped__ = build
        # Worked out on first use: a class of many operations is created at import time.
        self._bound_signature: inspect.Signature | None = None

    # What help(), inspect.signature() and documentation tools read from the class attribute
    # (``Vehicle.odometer``): the method as users call it, ``(self, ...) -> result``, never the
    # builder's ``-> Operation[...]``.
    __signature__ = _MethodSignature()

    def __call__(self, instance: Any, /, *args: P.args, **kwargs: P.kwargs) -> Any:
        """Call the method on ``instance``, as ``Vehicle.odometer(vehicle)`` calls a method."""
        return self.__get__(instance, type(instance))(*args, **kwargs)

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> operation[P, T]: ...

    @overload
    def __get__(self, instance: RawSyncRunner, owner: type[Any]) -> Callable[P, RawResponse[T]]: ...

    @overload
    def __get__(
        self, instance: RawAsyncRunner, owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, RawResponse[T]]]: ...

    @overload
    def __get__(self, instance: SyncRunner, owner: type[Any]) -> Callable[P, T]: ...

    @overload
    def __get__(
        self, instance: AsyncRunner, owner: type[Any]
    ) -> Callable[P, Coroutine[Any, Any, T]]: ...

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is None:
            return self
        build = self._build
        # with_raw_response: read from the object, not the runner of one call (which a module
        # function makes anew for a call's own HTTP client).
        raw = getattr(instance, "_raw", False)

        # The builder runs before anything is sent, so invalid input fails without a request,
        # and for async callers it fails when called, not when awaited.
        if isinstance(instance, AsyncRunner):

            def call_async(*args: P.args, **kwargs: P.kwargs) -> Coroutine[Any, Any, T]:
                runner = _runner(instance, kwargs)
                op = build(runner, *args, **kwargs)
                return runner._run_raw(op) if raw else runner._run(op)  # type: ignore[no-any-return]

            bound: Callable[..., Any] = call_async
        else:

            def call_sync(*args: P.args, **kwargs: P.kwargs) -> T:
                runner = _runner(instance, kwargs)
                op = build(runner, *args, **kwargs)
                return runner._run_raw(op) if raw else runner._run(op)  # type: ignore[no-any-return]

            bound = call_sync
        functools.update_wrapper(bound, build)
        bound.__signature__ = self.signature()  # type: ignore[attr-defined]
        return bound

    def build(self, instance: Any, *args: P.args, **kwargs: P.kwargs) -> Operation[T]:
        """The :class:`Operation` that calling the method on ``instance`` would run."""
        return self._build(instance, *args, **kwargs)

    def signature(self) -> inspect.Signature:
        """The public signature, without ``self``."""
        signature = self._bound_signature
        if signature is None:
            full = inspect.signature(self._build)
            params = list(full.parameters.values())[1:]
            # Callers get the result, not the Operation: show that in help() and IDEs.
            returns = full.return_annotation
            if (
                isinstance(returns, str)
                and returns.startswith("Operation[")
                and returns.endswith("]")
            ):
                returns = returns[len("Operation[") : -1]
            elif typing.get_origin(returns) is Operation:  # an annotation built at run time
                returns = typing.get_args(returns)[0]
            signature = self._bound_signature = full.replace(
                parameters=_expand_keywords(params, self._build), return_annotation=returns
            )
        return signature

    def method_signature(self) -> inspect.Signature:
        """The signature of the class attribute: :meth:`signature` after ``self``."""
        public = self.signature()
        this = inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD)
        return public.replace(parameters=[this, *public.parameters.values()])


class spec_operation(operation[[], Any]):
    """An operation without arguments that the spec describes, made from its registry entry.

    The base of ``Vehicle``'s one-line reads and commands (``_resources.vehicle_ops``) and of
    the app vehicle's (``_app.vehicle``). It is named after the class attribute it is assigned
    to (``Vehicle.odometer``), and documented by the given docstring, else the spec's: the
    registry, and the generated code behind it, load when it is first documented or called,
    not when the class is named.
    """

    def __init__(
        self, operation_id: str, doc: str | None, build: Callable[..., Operation[Any]]
    ) -> None:
        self._operation_id = operation_id
        self._doc = doc
        super().__init__(build)

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # A subclass's own docstring would hide the __doc__ property below from its instances.
        super().__init_subclass__(**kwargs)
        cls.__doc__ = spec_operation.__dict__["__doc__"]  # type: ignore[method-assign]

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self.__name__ = self._build.__name__ = name
        self.__qualname__ = self._build.__qualname__ = f"{owner.__name__}.{name}"

    @property
    def __doc__(self) -> str | None:
        """The given docstring, else the spec's."""
        if self._doc is not None:
            return self._doc
        from . import registry

        return registry.docstring(registry.by_id(self._operation_id))

    @__doc__.setter
    def __doc__(self, value: str | None) -> None:
        # operation.__init__ copies the builder's (empty) docstring: the spec's replaces it.
        pass

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is not None and self._build.__doc__ is None:
            self._build.__doc__ = self.__doc__  # the bound method's, for help()
        return super().__get__(instance, owner)


def _expand_keywords(
    params: list[inspect.Parameter], build: Callable[..., Any]
) -> list[inspect.Parameter]:
    """``**http: Unpack[HttpOptions]`` shown as the keywords it stands for (``http_client=``...)."""
    if not params or params[-1].kind is not inspect.Parameter.VAR_KEYWORD:
        return params
    annotation = params[-1].annotation
    if isinstance(annotation, str):
        if not (annotation.startswith("Unpack[") and annotation.endswith("]")):
            return params
        try:
            annotation = eval(annotation[len("Unpack[") : -1], dict(vars(inspect.getmodule(build))))
        except Exception:  # a name only a type checker sees: keep **kwargs as written
            return params
    elif typing.get_origin(annotation) is typing.Unpack:
        annotation = typing.get_args(annotation)[0]
    if not typing.is_typeddict(annotation):
        return params
    keywords = []
    for name, value in annotation.__annotations__.items():
        text = value.__forward_arg__ if isinstance(value, typing.ForwardRef) else value
        # Every key may be left out, which is what None means to the call.
        hint = f"{text} | None" if isinstance(text, str) else text | None
        keywords.append(
            inspect.Parameter(name, inspect.Parameter.KEYWORD_ONLY, default=None, annotation=hint)
        )
    return [*params[:-1], *keywords]


def _runner(instance: Any, kwargs: dict[str, Any]) -> Any:
    # The object that runs one call: the instance itself, unless it picks a runner per call
    # (the module functions take http_client=/transport= on each call: api._per_call).
    per_call = getattr(instance, "_per_call", None)
    return instance if per_call is None else per_call(kwargs)


class Configurable:
    """Shared configuration of the API objects: origins, timeouts, retries and HTTP clients.

    Passing ``http_client`` (or ``async_http_client``) uses your client as it is and never
    closes it. Passing ``transport`` builds a client around it that this object owns and
    closes in ``close()``/``aclose()``. Otherwise the SDK's shared keep-alive pool is used.
    """

    _settings: Settings
    _http_client: httpx2.Client | None = None
    _async_http_client: httpx2.AsyncClient | None = None
    _owns_client: bool = False

    def _configure(self, **client_options: Unpack[ClientOptions]) -> None:
        # Every constructor hands its typed ``**client_options`` over as they are.
        # The engine loads with the first client made, not when its class is named: from then
        # on the HTTP library's loggers carry the redacting filter (see _http.logs).
        from .._http import drivers  # noqa: F401

        options = checked_options(client_options, type(self).__name__)
        http = {name: options.pop(name) for name in HTTP_OPTIONS if name in options}
        settings = Settings() if "origins" in options else Settings(origins=Origins.resolve())
        self._settings = settings.with_options(**options)
        self._use_client(**http)

    def _use_client(
        self,
        http_client: httpx2.Client | httpx2.AsyncClient | None = None,
        transport: httpx2.BaseTransport | httpx2.AsyncBaseTransport | None = None,
    ) -> None:
        if http_client is not None and transport is not None:
            raise InvalidInputError("pass either http_client or transport, not both")
        is_async = isinstance(self, AsyncRunner)
        if is_legacy(http_client):
            http_client = legacy.adopt_client(http_client, is_async=is_async)
        elif is_legacy(transport):
            http_client, transport = legacy.adopt_transport(transport, is_async=is_async), None
            self._owns_client = True
        if http_client is not None:
            expected = httpx2.AsyncClient if is_async else httpx2.Client
            if not isinstance(http_client, expected):
                raise InvalidInputError(
                    f"http_client must be an {expected.__module__}.{expected.__name__} "
                    f"for {type(self).__name__}, got {type(http_client).__name__}"
                )
        elif transport is not None:
            if is_async:
                if not isinstance(transport, httpx2.AsyncBaseTransport):
                    raise InvalidInputError("transport must be an httpx2.AsyncBaseTransport")
                http_client = httpx2.AsyncClient(transport=transport, follow_redirects=False)
            else:
                if not isinstance(transport, httpx2.BaseTransport):
                    raise InvalidInputError("transport must be an httpx2.BaseTransport")
                http_client = httpx2.Client(transport=transport, follow_redirects=False)
            self._owns_client = True
        if isinstance(http_client, httpx2.AsyncClient):
            self._async_http_client = http_client
        elif http_client is not None:
            self._http_client = http_client

    def with_options(self, **client_options: Unpack[ClientOptions]) -> Self:
        """A copy with other options (:class:`~smartcar.ClientOptions`); ``None`` keeps one.

        For a single call: ``vehicle.with_options(max_retries=0).odometer()``. ``strict=True``
        makes any departure of a body from the spec an ``InvalidResponseError``. The copy
        shares this object's HTTP client unless given an ``http_client`` or ``transport``.
        """
        options = checked_options(client_options, "with_options")
        http = {name: options.pop(name) for name in HTTP_OPTIONS if name in options}
        clone = copy.copy(self)
        clone._settings = self._settings.with_options(**options)
        # The copy borrows the client: only the original closes it.
        clone._owns_client = False
        if http:
            clone._http_client = clone._async_http_client = None
            clone._use_client(**http)
        return clone

    @property
    def settings(self) -> Settings:
        """The origins, timeout and retry settings in effect."""
        return self._settings
