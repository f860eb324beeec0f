"""Typed signal bodies: the generated model of a signal code's body, where the spec gives one.

Public through :mod:`smartcar.v3`.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

__all__ = ["Quantity", "SignalBody", "signal_body"]


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) else None


@dataclass(frozen=True, slots=True)
class Quantity:
    """A signal body of the ``{value, unit}`` shape (``unit`` absent for plain values).

    Used for codes the spec gives no body schema. The value is as sent, in the unit sent: the
    SDK never converts units (percentages are 0-100 in API v3).
    """

    value: Any
    unit: str | None


@runtime_checkable
class SignalBody(Protocol):
    """A typed signal body: a generated model of ``smartcar_openapi.models`` (``SignalBody*``).

    Which model a code's body is comes from the spec (``x-smartcar-signal-bodies``); narrow with
    ``isinstance(body, smartcar_openapi.models.SignalBodyQuantity)`` and the like. Members the
    schema does not name stay in ``additional_properties``.
    """

    additional_properties: dict[str, Any]

    def to_dict(self) -> dict[str, Any]:
        """The body as JSON, as sent."""
        ...


@functools.cache
def _body_model(code: str) -> Any:
    # Imported on first use: the generated models are not needed until a body is typed.
    from smartcar_openapi import models
    from smartcar_openapi.registry import SIGNAL_BODIES

    name = SIGNAL_BODIES.get(code)
    return None if name is None else getattr(models, name)


def signal_body(
    signal: Any, *, code: str | None = None
) -> SignalBody | Quantity | Mapping[str, Any] | None:
    """A signal's body, typed where the spec gives its code a body schema.

    Args:
        signal: a signal result (``t.Signal``), its ``attributes``, or the body itself.
        code: the signal code, when ``signal`` is the body itself (otherwise it is read from
            the signal).

    Returns:
        ``None`` when the signal has no body (a signal that failed may still carry one, and
        then it is given back like any other); the generated model
        (:class:`SignalBody`) for codes the spec maps to a body schema, when the body has the
        members that schema requires; else a :class:`Quantity` for ``{"value": ..., "unit": ...}``
        and ``{"value": ...}`` bodies; else the raw mapping. Values and units are kept as sent.
    """
    attributes = getattr(signal, "attributes", signal)
    body = getattr(attributes, "body", attributes)
    if not isinstance(body, Mapping):
        return None
    status = getattr(getattr(attributes, "status", None), "value", None)
    if not body and str(getattr(status, "value", status)) == "ERROR":
        return None  # a failed signal's empty body is no body
    code = code if code is not None else getattr(attributes, "code", None)
    model = _body_model(code) if isinstance(code, str) else None
    if model is not None:
        from .._core.shape import check_model  # here: loaded with the first typed body

        try:
            typed: SignalBody = model.from_dict(body)
            # from_dict takes leaf values as they come; the body must really have the types.
            check_model(typed)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # a body that does not fit its schema is still given back, raw
        else:
            return typed
    if "value" in body and set(body) <= {"value", "unit"}:
        return Quantity(body["value"], _str(body.get("unit")))
    return dict(body)
