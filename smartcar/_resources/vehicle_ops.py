"""The pieces `Vehicle`'s operations are built from, besides the spec's endpoint modules.

* :func:`_read` and :func:`_command`: an operation without arguments declared in one line of
  ``BaseVehicle`` (``odometer: operation[[], types.Odometer] = _read("get_odometer")``), made
  from its registry entry on first use (:class:`_LazyRead`);
* :func:`passthrough`: the operation of ``request()``, any path below the vehicle, and
  :func:`batch_body`, the checked body of ``batch()``;
* the converters of the results the spec does not describe whole.
"""

from __future__ import annotations

import inspect
import sys
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote

import httpx2

from .._core import validate as check
from .._http import Operation
from ..exceptions import InvalidInputError
from .ops import spec_operation

# The typed results and the registry load when an operation first needs them (see _core.lazy).
TYPE_CHECKING = False
if TYPE_CHECKING:
    from smartcar_openapi import models

    from .. import types
    from ..vehicle import BaseVehicle

__all__ = ["batch_body", "passthrough"]


@dataclass(frozen=True, slots=True)
class _Passthrough:
    """A request to any vehicle path, for `request()` (brand endpoints and new ones)."""

    operation_id = "request"
    """What hooks, raw responses and the log call it."""

    method: str
    path: str
    body: Any

    def build_request_kwargs(self, version: str, vehicle_id: str) -> dict[str, Any]:
        kwargs: dict[str, Any] = {
            "method": self.method,
            "url": f"/v{quote(version, safe='')}/vehicles/{quote(vehicle_id, safe='')}/{self.path}",
        }
        # GET is the one method sent without a body (passthrough() refuses HEAD).
        if self.body is not None and self.method != "GET":
            kwargs["json"] = self.body
        return kwargs


def passthrough(
    vehicle: BaseVehicle,
    method: str,
    path: str,
    body: Any,
    headers: Mapping[str, str] | None,
) -> Operation[types.Response]:
    """The operation of ``vehicle.request(...)``: its arguments checked, nothing sent."""
    verb = check.non_empty("method", method).upper()
    if verb not in ("GET", "POST", "PUT", "PATCH", "DELETE"):
        raise InvalidInputError(f"method must be GET, POST, PUT, PATCH or DELETE; got {method!r}")
    rel = check.verbatim_path("path", path)
    body = check.json_body("body", body)
    if headers is not None and not isinstance(headers, Mapping):
        raise InvalidInputError(f"headers must be a dict, got {type(headers).__name__}")
    extra = dict(check.header(k, v) for k, v in (headers or {}).items())
    lower = {k.lower(): k for k in extra}
    authorization = (
        check.authorization("headers['Authorization']", extra.pop(lower["authorization"]))
        if "authorization" in lower
        else None
    )
    if "sc-unit-system" not in lower:
        extra["SC-Unit-System"] = vehicle._unit_system
    flags = check.flags(vehicle._flags)
    return Operation(
        endpoint=_Passthrough(verb, rel, body),
        kwargs={"vehicle_id": vehicle.vehicle_id},
        origin="api",
        convert=_response,
        command=verb != "GET",
        headers=extra,
        params={"flags": flags} if flags else {},
        version=vehicle._api_version,
        **({"authorization": authorization} if authorization else vehicle._auth()),
    )


def batch_body(paths: list[str]) -> models.BatchRequest:
    """The body of ``vehicle.batch(paths)``, its paths checked."""
    from smartcar_openapi import models

    if not isinstance(paths, list | tuple) or not paths:
        shown = repr(paths) if isinstance(paths, list | tuple) else type(paths).__name__
        raise InvalidInputError(
            f"paths must be a non-empty list of paths such as ['/odometer'], got {shown}"
        )
    # The server resolves each path below this vehicle: none may climb out of it.
    cleaned = ["/" + check.verbatim_path("paths[]", p) for p in paths]
    return models.BatchRequest(requests=[models.BatchRequestItem(path=p) for p in cleaned])


def _response(response: httpx2.Response) -> types.Response:
    from .. import types

    body = response.json() if response.content.strip() else None
    return types.Response(
        body=body,
        meta=types.Meta.from_headers(response.headers),
        status_code=response.status_code,
        headers=dict(response.headers),
    )


def _service_history(response: httpx2.Response) -> types.ServiceHistory:
    from .. import types
    from .batch import service_history

    result = service_history(response.json())
    result.meta = types.Meta.from_headers(response.headers)
    return result


def _unsubscribed(response: httpx2.Response) -> types.Status:
    from .. import types

    # Smartcar answers {"status": "success"}, or {} in some versions: both mean success.
    data = response.json() if response.content.strip() else {}
    if not isinstance(data, dict):
        raise TypeError(f"expected a JSON object, got {type(data).__name__}")
    result = types.Status(status=str(data.get("status", "success")))
    result.meta = types.Meta.from_headers(response.headers)
    return result


@dataclass(frozen=True, slots=True)
class _Body:
    """The fixed JSON body of a one-line command, as the endpoint builders take a model."""

    fields: Mapping[str, Any]

    def to_dict(self) -> dict[str, Any]:
        return dict(self.fields)


class _LazyRead(spec_operation):
    """A ``Vehicle`` operation without arguments, made from its registry entry on first use.

    A read (``_read``), or a command with a fixed body (``_command``). The registry, and the
    generated code and typed results behind it, load when it is first called or documented:
    naming ``smartcar.Vehicle`` must stay cheap (see ``_core.lazy``). A line
    ``name: operation[[], types.X] = _read(...)`` gives the static type of the result; its
    first use checks it against the spec's, and the converter is then kept.
    """

    def __init__(
        self, operation_id: str, doc: str | None = None, body: Mapping[str, Any] | None = None
    ) -> None:
        self._owner: type[Any] | None = None
        self._convert: Callable[[httpx2.Response], Any] | None = None
        self._lock = threading.Lock()
        fields = {} if body is None else {"body": _Body(body)}

        def build(vehicle: BaseVehicle) -> Operation[Any]:
            return vehicle._op(operation_id, self._resolve(), **fields)

        super().__init__(operation_id, doc, build)

    def __set_name__(self, owner: type[Any], name: str) -> None:
        self._owner = owner
        super().__set_name__(owner, name)

    def _resolve(self) -> Callable[[httpx2.Response], Any]:
        convert = self._convert
        if convert is not None:
            return convert
        with self._lock:
            if self._convert is None:
                from . import registry

                info = registry.by_id(self._operation_id)
                result = registry.result_class(info)
                declared = self._declared()
                if declared is not None and declared is not result:
                    raise TypeError(f"{self._operation_id} returns {result}, not {declared}")
                self._build.__doc__ = self.__doc__
                self._build.__annotations__ = {"return": Operation[result]}  # type: ignore[valid-type]
                self._convert = registry.converter(info)
            return self._convert

    def _declared(self) -> Any:
        # The result type of the line's annotation ``operation[[], types.X]``, if it has one.
        owner = self._owner
        if owner is None:
            return None
        annotation = inspect.get_annotations(owner).get(self.__name__)
        if not isinstance(annotation, str):
            return None
        # The class body's own annotation, in its module's names; ``types`` is only imported
        # for type checkers there, so it is added (and loads) here.
        from .. import types

        value = eval(annotation, {"types": types, **vars(sys.modules[owner.__module__])})
        return value.__args__[-1]

    def __get__(self, instance: Any, owner: type[Any]) -> Any:
        if instance is not None:
            self._resolve()
        return super().__get__(instance, owner)

    def signature(self) -> inspect.Signature:
        """The public signature, without ``self``, with the spec's result type."""
        self._resolve()
        return super().signature()


def _read(operation_id: str, doc: str | None = None) -> Any:
    """A typed ``Vehicle`` read: the spec's operation.

    Its result type is checked on first use, against the line's annotation: naming the type in
    the class body would load it.
    """
    return _LazyRead(operation_id, doc)


def _command(operation_id: str, doc: str | None = None, **body: Any) -> Any:
    """A typed ``Vehicle`` command without arguments: the spec's operation, sent with ``body``.

    ``lock: operation[[], types.Action] = _command("control_security", action="LOCK")`` is
    the whole definition; the spec says it is a command (never replayed) and where it goes.
    """
    return _LazyRead(operation_id, doc, body or None)
