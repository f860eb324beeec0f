"""What the SDK adds to the generated JSON:API resources and documents of API v3.

The resource and document bases (``raw``, ``id``, ``type``, ``links``), the response
information every result keeps, and the results of the v3 executions: a command's
(:class:`CommandExecution`) and a charge schedule's (:class:`ChargeScheduleExecution`). Public
through :mod:`smartcar.v3`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, Self, TypeVar

import attrs
import httpx2
from smartcar_openapi import models

__all__ = ["ChargeScheduleExecution", "CommandExecution", "ResponseInfo"]

R = TypeVar("R", bound="_FromDict")


class _FromDict(Protocol):
    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self: ...


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


def _dig(value: Any, path: str) -> Any:
    # A member chain read leniently: a member the body lacks (None) ends it as None.
    for name in path.split("."):
        value = getattr(value, name, None)
    return value


@dataclass(frozen=True, slots=True)
class ResponseInfo:
    """What the HTTP response said besides its body.

    Attributes:
        status_code: the HTTP status (a command answers 200 or 202).
        request_id: the ``SC-Request-Id`` header, if sent.
        headers: every response header, looked up in any casing (an ``httpx2.Headers``,
            typed as a plain mapping so that no HTTP library's type is part of the API).
    """

    status_code: int
    request_id: str | None
    headers: Mapping[str, str]

    @classmethod
    def of(cls, response: httpx2.Response) -> ResponseInfo:
        """The information of ``response``."""
        return cls(
            response.status_code,
            response.headers.get("SC-Request-Id"),
            httpx2.Headers(response.headers),
        )


def _related_id(relationships: Any, name: str) -> str | None:
    data = getattr(getattr(relationships, name, None), "data", None)
    return _str(getattr(data, "id", None))


def _parsed(cls: type[R], data: Any) -> R:
    """``data`` (one resource's JSON) parsed by the generated model ``cls``, leniently.

    What departs from the spec is kept and recorded on the model; strict mode raises in the
    engine.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"a resource is a JSON object, not {type(data).__name__}")
    return cls.from_dict(data)


class _Resource:
    """What the SDK adds to a generated JSON:API resource: ``raw``, and reading by JSON."""

    __slots__ = ()

    if TYPE_CHECKING:

        def to_dict(self) -> dict[str, Any]: ...

    @property
    def raw(self) -> dict[str, Any]:
        """The resource as JSON."""
        return self.to_dict()

    @classmethod
    def from_json(cls, data: Any) -> Self:
        """Read one resource (the generated model's ``from_dict``, checked)."""
        return _parsed(cls, data)  # type: ignore[type-var]


class _Document:
    """A JSON:API document read as its resource: ``id``, ``type`` and ``links`` of ``data``.

    Shared by the documents of ``smartcar.types`` (the vehicle, a signal) and the executions.
    """

    __slots__ = ()

    if TYPE_CHECKING:
        data: Any

    @property
    def id(self) -> str:
        """The resource's id (``data.id``)."""
        value: str = _dig(self, "data.id")
        return value

    @property
    def type(self) -> str:
        """The resource's type (``data.type``): ``vehicle``, ``signal``, ``command-execution``."""
        value: str = _dig(self, "data.type_")
        return value

    @property
    def links(self) -> Any:
        """The resource's links (``data.links``), ``None`` when not sent."""
        return _dig(self, "data.links")


class _Execution(_Document, _Resource):
    """What an execution result (a command's or a charge schedule's) reads from its ``data``."""

    __slots__ = ()

    if TYPE_CHECKING:
        response: ResponseInfo

    @property
    def status(self) -> str | None:
        """``status.value`` (``SUCCESS`` ...; an open string)."""
        return _str(_dig(self, "data.attributes.status.value"))

    @property
    def execution_mode(self) -> str | None:
        """``sync``, or another mode for long-running executions."""
        return _str(_dig(self, "data.attributes.execution_mode"))

    @property
    def parameters(self) -> Mapping[str, Any]:
        """The inputs as echoed by Smartcar."""
        echoed = _dig(self, "data.attributes.parameters")
        return echoed.to_dict() if echoed is not None else {}

    @property
    def executed_at(self) -> dt.datetime | None:
        """When it ran."""
        meta = _dig(self, "data.meta")
        return meta.executed_at if meta is not None else None

    @property
    def completed_at(self) -> dt.datetime | None:
        """When it completed."""
        meta = _dig(self, "data.meta")
        return meta.completed_at if meta is not None else None

    @property
    def accepted(self) -> bool:
        """The API answered 202 (long-running): the body still holds the result."""
        return self.response.status_code == 202

    @property
    def raw(self) -> dict[str, Any]:
        """The resource (``data``) as JSON."""
        value: dict[str, Any] = self.data.to_dict() if self.data is not None else {}
        return value

    @classmethod
    def from_response(cls, response: httpx2.Response) -> Self:
        """Read the answer (200 or 202): the generated model, checked, with the response."""
        # The subclass (a slotted attrs class) has the `response` field; this mixin does not.
        result: Any = _parsed(cls, response.json())  # type: ignore[type-var]
        result.response = ResponseInfo.of(response)
        return result  # type: ignore[no-any-return]


def _response_field() -> Any:
    return attrs.field(
        factory=lambda: ResponseInfo(200, None, httpx2.Headers()),
        kw_only=True,
        eq=False,
        repr=False,
    )


@attrs.define
class CommandExecution(_Execution, models.CommandExecution):
    """The result of an API v3 vehicle command, answered with 200 or 202: the generated model.

    A 202 means the command was long-running; its body still holds the result, so it is a
    result like any other (``accepted`` tells them apart). Commands do not return the
    vehicle's new state: read the matching signal afterwards.

    The SDK adds, from ``data``: ``id``, ``command_type`` (``security-unlock`` ...),
    ``status`` (``status.value``), ``error`` (``status.error`` as JSON, when it failed),
    ``execution_mode``, ``parameters`` (as echoed), ``executed_at``, ``completed_at``,
    ``duration_seconds``; and ``accepted`` (answered 202), ``response`` (status code, request
    id, headers) and ``raw``.
    """

    response: ResponseInfo = _response_field()

    @property
    def command_type(self) -> str | None:
        """For example ``security-unlock`` or ``charge-set-limit``."""
        return _str(_dig(self, "data.attributes.command_type"))

    @property
    def error(self) -> Mapping[str, Any] | None:
        """``status.error`` (``{type, code}``) when the command failed, else ``None``."""
        failure = _dig(self, "data.attributes.status.error")
        return failure.to_dict() if failure is not None else None

    @property
    def duration_seconds(self) -> float | None:
        """How long it took."""
        meta = _dig(self, "data.meta")
        return meta.duration_in_seconds if meta is not None else None


@attrs.define
class ChargeScheduleExecution(_Execution, models.ChargeScheduleExecution):
    """The result of creating or deleting an API v3 charge schedule (200 or 202).

    The generated model; the SDK adds, from ``data``: ``id``, ``action`` (``create`` or
    ``delete``), ``schedule_type`` (``daily``, ``weekly``, ``workweek``), ``schedule_id`` (use
    it to delete the schedule), ``status``, ``execution_mode``, ``parameters``,
    ``schedule_link`` (``links.schedule``), ``executed_at``, ``completed_at``; and
    ``accepted``, ``response`` and ``raw``.
    """

    response: ResponseInfo = _response_field()

    @property
    def action(self) -> str | None:
        """``create`` or ``delete``."""
        return _str(_dig(self, "data.attributes.action"))

    @property
    def schedule_type(self) -> str | None:
        """``daily``, ``weekly`` or ``workweek``."""
        return _str(_dig(self, "data.attributes.schedule_type"))

    @property
    def schedule_id(self) -> str | None:
        """The schedule's id."""
        return _str(_dig(self, "data.attributes.schedule_id"))

    @property
    def schedule_link(self) -> str | None:
        """``links.schedule``, the schedule's path."""
        links = _dig(self, "data.links")
        return _str(getattr(links, "schedule", None))
