"""The result of ``Vehicle.batch``: one typed result or error per requested path."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Generic, TypeVar, overload

import httpx2
from smartcar_openapi import models

from .. import types
from .._core.errors import error_from_response, redact_text, with_evidence
from .._core.headers import header
from .._core.secret import Secret
from .._core.tuple import TupleMethods
from .._core.values import is_int, is_number
from .._http.request import sent_secrets
from ..exceptions import InvalidInputError, InvalidResponseError
from . import registry

__all__ = ["Batch", "BatchItem"]

R = TypeVar("R")

# The official SDK names a few paths after their methods rather than the path itself.
_ATTRIBUTE_FOR_PATH = {
    "": "attributes",
    "charge/limit": "get_charge_limit",
    "tires/pressure": "tire_pressure",
    "security": "lock_status",
    "diagnostics/system_status": "diagnostic_system_status",
    "diagnostics/dtcs": "diagnostic_trouble_codes",
}


def service_history(body: Any) -> types.ServiceHistory:
    """The typed service history of a ``GET /service/history`` body (a JSON array)."""
    if not isinstance(body, list):
        raise TypeError(f"expected a JSON array of service records, got {type(body).__name__}")
    # One odd record is kept as sent, like an odd item of any list (strict mode names it).
    return types.ServiceHistory(items=[_record(item) for item in body])


def _record(item: Any) -> Any:
    return types.ServiceRecord.from_dict(item) if isinstance(item, Mapping) else item


def _result_for_path() -> dict[str, Callable[[Any], Any]]:
    # Every path the spec says a batch can read, typed by its operation's result model; a
    # list result (service history) has its own wrapper.
    table: dict[str, Callable[[Any], Any]] = {}
    for info in registry.batch_reads():
        assert info.batch_path is not None
        key = _normalise(info.batch_path)
        if info.result_is_list:
            if info.result == "ServiceRecord":
                table[key] = service_history
        elif info.result is not None:
            table[key] = registry.body_converter(info)
    return table


def _normalise(path: str) -> str:
    # str(): an odd item without a path string still has its place in the batch.
    return str(path).strip().strip("/")


def attribute_name(path: str) -> str:
    """The official SDK's attribute name for a batch path (``/tesla/speedometer`` → ...)."""
    key = _normalise(path)
    name = _ATTRIBUTE_FOR_PATH.get(key, key)
    return re.sub(r"[^0-9a-zA-Z_]", "_", name)


_RESULT_FOR_PATH: dict[str, Callable[[Any], Any]] = _result_for_path()


class BatchItem:
    """One path's outcome in a batch: its status code, headers, and result or error."""

    def __init__(
        self,
        path: str,
        code: int | None,
        body: Any,
        headers: Mapping[str, str],
        request_id: str | None = None,
    ) -> None:
        """Wrap one response item of a batch.

        Args:
            path: the requested path.
            code: its HTTP status (anything but an int from 100 to 599 makes :meth:`result`
                raise :class:`~smartcar.exceptions.InvalidResponseError`).
            body: its decoded JSON body.
            headers: its own headers.
            request_id: the batch response's ``SC-Request-Id``: items have none of their own,
                and the official SDK gives every item the batch's.
        """
        self.path = path
        self.code = code
        self.body = body
        self.headers = dict(headers)
        self.request_id = request_id
        # The credentials the batch request carried, redacted from this item's errors as from
        # any response's. Held as Secrets, so the item's vars and tracebacks never show them.
        self._secrets: tuple[Secret, ...] = ()

    @classmethod
    def from_json(
        cls, raw: Any, request_id: str | None, secrets: Iterable[str] = ()
    ) -> BatchItem | None:
        """One item of the batch response's ``responses``, read leniently.

        An item without a string ``path`` cannot be matched to a request and is skipped. A
        ``code`` given as a decimal string is read as a number; any other odd code is kept, so
        that only this item's :meth:`result` fails. Header values that are numbers become text,
        other non-text values are dropped. ``secrets`` are the credentials the batch request
        carried: an error of this item never shows them, in any encoding.
        """
        if not isinstance(raw, Mapping) or not isinstance(raw.get("path"), str):
            return None
        code: Any = raw.get("code")
        if isinstance(code, str) and code.isascii() and code.isdigit() and len(code) == 3:
            code = int(code)
        headers = raw.get("headers")
        own = {
            name: value if isinstance(value, str) else str(value)
            for name, value in (headers.items() if isinstance(headers, Mapping) else ())
            if isinstance(name, str) and (isinstance(value, str) or is_number(value))
        }
        item = cls(raw["path"], code, raw.get("body"), own, request_id)
        item._secrets = tuple(Secret(value) for value in secrets)
        return item

    @property
    def ok(self) -> bool:
        """Whether this path succeeded."""
        code = _status(self.code)
        return code is not None and 200 <= code < 300

    def result(self) -> Any:
        """The typed result, or raise this path's ``SmartcarException``."""
        code = _status(self.code)
        if code is None:
            raise InvalidResponseError(
                f"Invalid batch item for {self.path}: its status code is not an HTTP status "
                f"({type(self.code).__name__})",
                request_id=self.request_id,
            )
        if not self.ok:
            # Batch item headers are lower-case; error_from_response reads any casing.
            headers = dict(self.headers)
            if self.request_id and header(headers, "SC-Request-Id") is None:
                headers["sc-request-id"] = self.request_id
            raise error_from_response(code, headers, self.body, secrets=self._revealed())
        convert = _RESULT_FOR_PATH.get(_normalise(self.path))
        meta = types.Meta.from_headers(self.headers)
        if self.request_id:
            meta = meta._replace(request_id=self.request_id)
        if convert is None:
            return types.Response(body=self.body, meta=meta, status_code=code, headers=self.headers)
        try:
            value = convert(self.body)
        except Exception as error:
            from ..exceptions import RedactedCause

            secrets = self._revealed()
            detail = redact_text(f"{type(error).__name__}: {str(error)[:200]}", secrets)
            failure = InvalidResponseError(
                f"Invalid batch item for {self.path}: {detail}", status_code=self.code
            )
            # The item's own headers and body, redacted, and the parser's error described.
            with_evidence(
                failure,
                self.headers,
                self.body,
                secrets,
                cause=RedactedCause("batch item", detail),
            )
        else:
            value.meta = meta
            return value
        # Raised outside the except block, so the parser's error is not kept as __context__.
        raise failure

    def _revealed(self) -> list[str]:
        return [value.reveal() for value in self._secrets]

    def __repr__(self) -> str:
        return f"BatchItem(path={self.path!r}, code={self.code})"


def _requested_paths(response: httpx2.Response) -> list[str]:
    # The paths this batch asked for, from the request the SDK built (its own JSON).
    try:
        sent = json.loads(response.request.content)
        return [r["path"] for r in sent["requests"] if isinstance(r.get("path"), str)]
    except (RuntimeError, ValueError, KeyError, TypeError, AttributeError):
        return []  # a response built by hand, without its request


def _sent_secrets(response: httpx2.Response) -> list[str]:
    # The credentials of the batch request, as the engine redacts them from any response.
    try:
        request = response.request
    except RuntimeError:
        return []  # a response built by hand, without its request
    return sent_secrets(request)


def _status(code: object) -> int | None:
    # An HTTP status, or None for anything else a server put in an item's code.
    valid = is_int(code) and 100 <= code <= 599
    return code if valid else None  # type: ignore[return-value]


class _accessor(Generic[R]):
    """A typed ``Batch`` method returning one operation's result, by its spec batch path."""

    def __init__(self, operation_id: str, cls: type[R]) -> None:
        info = registry.by_id(operation_id)
        if info.batch_path is None:
            raise ValueError(f"{operation_id} has no batch path in the spec")
        self.path = info.batch_path
        self.cls = cls
        self.__doc__ = f"Result of ``{self.path}`` ({info.summary.rstrip('.')})."

    @overload
    def __get__(self, instance: None, owner: type[Any]) -> _accessor[R]: ...

    @overload
    def __get__(self, instance: Batch, owner: type[Any]) -> Callable[[], R]: ...

    def __get__(self, instance: Batch | None, owner: type[Any]) -> Any:
        if instance is None:
            return self
        path, cls = self.path, self.cls

        def result() -> R:
            value = instance.get(path)
            assert isinstance(value, cls)
            return value

        result.__doc__ = self.__doc__
        return result


class Batch(TupleMethods):
    """Results of ``Vehicle.batch``, by the official SDK's attribute names or by path.

    Each attribute is a method: ``batch.odometer()`` returns the typed result or raises that
    path's error (with ``retry_after`` from its own headers). Brand paths are joined by ``_``:
    ``batch.tesla_speedometer()`` returns a :class:`~smartcar.types.Response`.
    ``batch.get("/odometer")`` (or ``batch["/odometer"]``) does the same by path;
    ``batch.items`` holds the raw outcomes.

    Like the official batch namedtuple, ``_fields`` are the attribute names in the order of the
    response, then ``meta``; iterating, indexing and ``_asdict()`` give those methods and meta.
    """

    def __init__(
        self, items: list[BatchItem], meta: types.Meta, requested: Iterable[str] = ()
    ) -> None:
        """Collect the per-path items of one batch response.

        ``requested`` are the paths the request asked for: one the response lacks is the
        server's failure (:class:`~smartcar.exceptions.InvalidResponseError`), not the caller's.
        """
        self.items = items
        self.meta = meta
        self._body: models.BatchResponse | None = None
        self._by_path = {_normalise(item.path): item for item in items}
        self._requested = frozenset(_normalise(p) for p in requested)

    @classmethod
    def from_response(cls, response: httpx2.Response) -> Batch:
        """Build from the batch endpoint's HTTP response."""
        document = response.json()
        if not isinstance(document, Mapping):
            # The engine makes it an InvalidResponseError with the response's status and path.
            raise TypeError(f"expected a JSON object, got {type(document).__name__}")
        # An object without a list of responses is read as none (strict mode names it): each
        # requested path then raises InvalidResponseError on its own.
        listed = document.get("responses")
        if not isinstance(listed, list):
            listed = []
        meta = types.Meta.from_headers(response.headers)
        secrets = _sent_secrets(response)
        items = [
            item
            for raw in listed
            if (item := BatchItem.from_json(raw, meta.request_id, secrets)) is not None
        ]
        batch = cls(items, meta, _requested_paths(response))
        # The body as the generated model reads it: strict mode checks its deviations.
        batch._body = models.BatchResponse.from_dict(document)
        return batch

    @property
    def _fields(self) -> tuple[str, ...]:
        """The official attribute names of the requested paths, then ``meta``."""
        return (*(attribute_name(item.path) for item in self.items), "meta")

    def _tuple_fields(self) -> tuple[str, ...]:
        return self._fields

    def _replaced(self, changes: dict[str, Any]) -> Batch:
        copy = Batch(self.items, changes.pop("meta", self.meta), self._requested)
        # An attribute replaced by the caller shadows the path's accessor on the copy.
        copy.__dict__.update(changes)
        return copy

    def get(self, path: str) -> Any:
        """The result for ``path`` (``"/odometer"``), or raise its error.

        Raises:
            InvalidInputError: the path was not part of this batch.
            InvalidResponseError: the path was requested, but the response has no result for it.
        """
        if not isinstance(path, str):
            raise InvalidInputError(f"path must be a string, got {type(path).__name__}")
        item = self._by_path.get(_normalise(path))
        if item is None and _normalise(path) in self._requested:
            raise InvalidResponseError(f"the batch response has no result for {path!r}")
        if item is None:
            raise InvalidInputError(
                f"{path!r} was not requested in this batch; paths: {sorted(self._by_path)}"
            )
        return item.result()

    def _getitem_key(self, key: str) -> Any:
        return self.get(key)

    def __contains__(self, path: object) -> bool:
        return isinstance(path, str) and _normalise(path) in self._by_path

    def __getattr__(self, name: str) -> Callable[[], Any]:
        if name.startswith("__"):
            raise AttributeError(name)
        by_path: dict[str, BatchItem] = self.__dict__.get("_by_path", {})
        for key, item in by_path.items():
            if attribute_name(key) == name:
                return item.result
        raise AttributeError(
            f"this batch has no result {name!r}; requested paths: "
            f"{sorted(self.__dict__.get('_by_path', {}))}"
        )

    def __repr__(self) -> str:
        return f"Batch(paths={[item.path for item in self.items]!r})"

    def __spec_deviations__(self) -> dict[str, Any]:
        """The batch body and its successful items' results, for strict mode (see _core.shape)."""
        results = {item.path: item.result() for item in self.items if item.ok}
        return {"body": self._body, "results": results}

    # Typed accessors for the standard paths, one line each for the static type (every other
    # path resolves through __getattr__), written by `make regen` from the spec's batch paths
    # (scripts/_sections.py); a list result has its accessor written by hand.
    # <generated batch accessors>: written by `make regen` from spec/smartcar.yaml; do not edit
    attributes = _accessor("get_vehicle_attributes", types.Attributes)
    vin = _accessor("get_vin", types.Vin)
    odometer = _accessor("get_odometer", types.Odometer)
    location = _accessor("get_location", types.Location)
    fuel = _accessor("get_fuel", types.Fuel)
    battery = _accessor("get_battery", types.Battery)
    battery_capacity = _accessor("get_battery_capacity", types.BatteryCapacity)
    battery_nominal_capacity = _accessor("get_nominal_capacity", types.NominalCapacity)
    charge = _accessor("get_charge_status", types.Charge)
    get_charge_limit = _accessor("get_charge_limit", types.ChargeLimit)
    lock_status = _accessor("get_lock_status", types.LockStatus)
    tire_pressure = _accessor("get_tire_pressure", types.TirePressure)
    engine_oil = _accessor("get_engine_oil", types.EngineOil)
    permissions = _accessor("get_permissions", types.Permissions)
    diagnostic_system_status = _accessor(
        "get_diagnostic_system_status", types.DiagnosticSystemStatus
    )
    diagnostic_trouble_codes = _accessor(
        "get_diagnostic_trouble_codes", types.DiagnosticTroubleCodes
    )
    # </generated batch accessors>
    service_history = _accessor("get_service_history", types.ServiceHistory)
