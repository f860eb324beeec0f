"""The API v3 documents the SDK reads itself: a vehicle, a signal and a page of signals.

Each keeps the response headers' meta (``response_meta``) and the headers, and gives the
official SDK's ``{"body": ..., "headers": ...}`` view (:class:`~smartcar.types.V3Shape`).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self

import attrs
from smartcar_openapi import models

from ..v3 import _Document
from .base import Meta, V3Shape, _headers_field, _retyped, publish

if TYPE_CHECKING:
    from ..v3 import Quantity, SignalBody

__all__ = ["Signal", "SignalResource", "Signals", "V3Vehicle"]


@attrs.define
class V3Vehicle(V3Shape, models.VehicleV3Document, _Document):
    """A vehicle from the v3 Vehicles API, the JSON:API document ``{"data": {...}}``.

    ``id``, ``type``, ``attributes`` (``make``, ``model``, ``year``, ``powertrain_type``,
    ``mode``) and ``links`` read the document's ``data``, the vehicle resource.
    ``response_meta`` holds the response headers' meta, ``response_headers`` the headers;
    ``vehicle["body"]`` and ``vehicle["headers"]`` give the official dict's view.
    """

    response_meta: Meta = attrs.field(factory=Meta, kw_only=True, eq=False)
    response_headers: Mapping[str, str] = _headers_field()

    @property
    def attributes(self) -> models.VehicleV3Attributes:
        """Make, model, year, powertrain type and mode (``data.attributes``)."""
        return self.data.attributes


@attrs.define
class SignalResource(models.Signal):
    """One v3 signal resource, an item of a signal page and the ``data`` of a signal.

    It has ``attributes`` (``code``, ``status``, ``body``), ``meta`` (its times, aware
    datetimes, each ``None`` when not sent) and ``links``.

    A signal that could not be read says so in ``attributes.status`` (``value`` ``ERROR`` with
    ``error``); ``error`` gives that error directly.
    """

    @property
    def typed_body(self) -> SignalBody | Quantity | Mapping[str, Any] | None:
        """The body, typed where the spec maps this code to a schema: see ``v3.signal_body``."""
        from ..v3 import signal_body  # here: only readers of typed bodies need it

        return signal_body(self)

    @property
    def error(self) -> models.SignalError | None:
        """Why the signal could not be read: ``attributes.status.error``, else ``None``."""
        status = self.attributes.status if self.attributes is not None else None
        return status.error if status is not None else None


@attrs.define
class Signal(V3Shape, models.SignalDocument, _Document):
    """One v3 signal, the JSON:API document ``{"data": {...}, "included": {"vehicle": ...}}``.

    ``id``, ``type``, ``attributes``, ``meta``, ``links``, ``typed_body`` and ``error`` read the
    signal resource (``data``); ``vehicle`` is ``included.vehicle``.
    ``response_meta`` holds the response headers' meta, ``response_headers`` the headers;
    ``signal["body"]`` and ``signal["headers"]`` give the official dict's view.
    """

    response_meta: Meta = attrs.field(factory=Meta, kw_only=True, eq=False)
    response_headers: Mapping[str, str] = _headers_field()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the document; its ``data`` becomes a :class:`SignalResource`."""
        document = super().from_dict(src_dict)
        document.data = _retyped(SignalResource, document.data)
        return document

    @property
    def resource(self) -> SignalResource:
        """The signal resource (``data``)."""
        resource: SignalResource = self.data  # type: ignore[assignment]
        return resource

    @property
    def attributes(self) -> models.SignalAttributes:
        """Code, name, group, status and body (``data.attributes``)."""
        return self.data.attributes

    @property
    def meta(self) -> models.SignalResourceMeta | None:
        """The signal's times (``data.meta``)."""
        return self.data.meta

    @property
    def vehicle(self) -> models.VehicleV3 | None:
        """The vehicle the document includes (``included.vehicle``), if any."""
        return self.included.vehicle if self.included is not None else None

    @property
    def typed_body(self) -> SignalBody | Quantity | Mapping[str, Any] | None:
        """The body, typed where the spec maps this code to a schema: see ``v3.signal_body``."""
        return self.resource.typed_body

    @property
    def error(self) -> models.SignalError | None:
        """Why the signal could not be read (``data.attributes.status.error``), else ``None``."""
        return self.resource.error


@attrs.define
class Signals(V3Shape, models.SignalList):
    """One page of v3 signals.

    ``data`` holds the signals (each a :class:`SignalResource`), ``meta`` ``total_count``,
    ``page_size`` and ``page_number``, then ``links`` and ``included``.

    ``response_meta`` holds the response headers' meta, ``response_headers`` the headers;
    ``signals["body"]`` and ``signals["headers"]`` give the official dict's view.
    """

    response_meta: Meta = attrs.field(factory=Meta, kw_only=True, eq=False)
    response_headers: Mapping[str, str] = _headers_field()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the page; each item becomes a :class:`SignalResource`."""
        page = super().from_dict(src_dict)
        if isinstance(page.data, list):
            page.data = [_retyped(SignalResource, item) for item in page.data]
        return page


publish(globals())
