"""The API v2.0 results written by hand, and the records nested in results.

The records follow the official namedtuples' protocol (:class:`~smartcar._core.tuple.TupleLike`);
the results here add behaviour to their generated model: the official camelCase names, the
compatibility matrix's mapping, a service record's JSON keys.
"""

from __future__ import annotations

from collections.abc import ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any, Self

import attrs
from smartcar_openapi import models

from .._core.tuple import TupleLike, _as_nested
from .base import Meta, _meta_field, publish

__all__ = [
    "AvailableCapacity",
    "Capability",
    "Compatibility",
    "CompatibilityMatrix",
    "CompatibilityMatrixModel",
    "CompatibilityV1",
    "Connection",
    "DeletedConnection",
    "DiagnosticSystem",
    "DiagnosticTroubleCode",
    "LockStatusItem",
    "NominalCapacity",
    "Paging",
    "PagingCursor",
    "Response",
    "SelectedCapacity",
    "ServiceHistory",
    "ServiceRecord",
]


# -- records nested in results: the official namedtuples' protocol, typed -------------------------


@attrs.define
class Paging(TupleLike, models.Paging):
    """Offset paging of vehicles and permissions (``count``, ``offset``)."""

    _replaces = models.Paging


@attrs.define
class PagingCursor(TupleLike, models.CursorPaging):
    """Cursor paging of management connections (``cursor``)."""

    _replaces = models.CursorPaging


@attrs.define
class Connection(TupleLike, models.Connection):
    """A vehicle connection (``vehicle_id``, ``user_id``, ``connected_at``)."""

    _replaces = models.Connection


@attrs.define
class DeletedConnection(TupleLike, models.DeletedConnection):
    """A deleted vehicle connection (``vehicle_id``, ``user_id``, ``connected_at``)."""

    _official_name = "Connection"
    _replaces = models.DeletedConnection


@attrs.define
class Capability(TupleLike, models.Capability):
    """One permission's capability (``permission``, ``endpoint``, ``capable``, ``reason``)."""

    _replaces = models.Capability


@attrs.define
class DiagnosticSystem(TupleLike, models.DiagnosticSystem):
    """One vehicle system's health (``system_id``, ``status``, ``description``)."""

    _replaces = models.DiagnosticSystem


@attrs.define
class DiagnosticTroubleCode(TupleLike, models.DiagnosticTroubleCode):
    """One active diagnostic trouble code (``code``, ``timestamp``)."""

    _replaces = models.DiagnosticTroubleCode


@attrs.define
class AvailableCapacity(TupleLike, models.AvailableCapacity):
    """One selectable nominal capacity (``capacity``, ``description``)."""

    _replaces = models.AvailableCapacity


@attrs.define
class SelectedCapacity(TupleLike, models.NominalCapacityValue):
    """The selected nominal capacity (``nominal``, ``source``)."""

    _replaces = models.NominalCapacityValue


@attrs.define
class LockStatusItem(TupleLike, models.LockStatusItem):
    """A door, window, sunroof, storage or charging port (``type``, ``status``).

    The official SDK's ``Door``, ``Window``, ``Sunroof``, ``Storage`` and ``ChargingPort``.
    """

    _official_name = "Door"
    _replaces = models.LockStatusItem


@attrs.define
class NominalCapacity(TupleLike, models.NominalCapacity):
    """Nominal battery capacity, the capacities to choose from, and a selection ``url``."""

    meta: Meta = _meta_field()

    _official_name = "NominalCapcity"

    @property
    def availableCapacities(self) -> list[models.AvailableCapacity]:
        """The official SDK's (camelCase) name for ``available_capacities``."""
        return self.available_capacities


@attrs.define
class Compatibility(TupleLike, models.Compatibility):
    """Whether a VIN is ``compatible``, why not (``reason``), and per-permission capabilities.

    The official ``CompatibilityV2``; with API version ``"1.0"`` the result is a
    :class:`CompatibilityV1`.
    """

    meta: Meta = _meta_field()

    _official_name = "CompatibilityV2"


@attrs.define
class CompatibilityV1(Compatibility):
    """Compatibility from API version 1.0: ``compatible`` and ``meta``, as the official SDK."""

    _official_name = "CompatibilityV1"

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse a version 1.0 body, which has only ``compatible`` (``reason`` is ``None``)."""
        return super().from_dict({"reason": None, **src_dict})


@attrs.define
class CompatibilityMatrixModel(TupleLike, models.CompatibilityMatrixEntry):
    """One compatible model of a make: the official ``CompatibilityMatrixModel`` namedtuple.

    ``start_year``/``end_year`` are also ``startYear``/``endYear``, as the official SDK names them.
    """

    _replaces = models.CompatibilityMatrixEntry

    @property
    def startYear(self) -> int:
        """The official SDK's (camelCase) name for ``start_year``."""
        return self.start_year

    @property
    def endYear(self) -> int:
        """The official SDK's (camelCase) name for ``end_year``."""
        return self.end_year


@attrs.define
class CompatibilityMatrix(models.CompatibilityMatrix):
    """Compatible models keyed by upper-case make (``matrix["TESLA"]``).

    The official SDK returns a plain ``dict`` of make to models; this result is a read-only
    mapping like it: ``matrix["TESLA"]``, ``"TESLA" in matrix``, ``for make in matrix``,
    ``matrix.items()``, ``keys()``, ``values()``, ``get()`` and ``len()``.
    """

    meta: Meta = _meta_field()

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse the JSON body; each model is a :class:`CompatibilityMatrixModel`.

        Leniently, as every model: an odd entry (or a make's value that is not a list) is
        kept as sent and recorded in ``spec_deviations``.
        """
        matrix = super().from_dict(src_dict)
        for _make, entries in matrix.additional_properties.items():
            if isinstance(entries, list):
                entries[:] = [_as_nested(entry) for entry in entries]
        return matrix

    def __iter__(self) -> Iterator[str]:
        return iter(self.additional_properties)

    def __len__(self) -> int:
        return len(self.additional_properties)

    def keys(self) -> KeysView[str]:
        """The makes, as ``dict.keys()``."""
        return self.additional_properties.keys()

    def values(self) -> ValuesView[list[models.CompatibilityMatrixEntry]]:
        """The models of each make, as ``dict.values()``."""
        return self.additional_properties.values()

    def items(self) -> ItemsView[str, list[models.CompatibilityMatrixEntry]]:
        """``(make, models)`` pairs, as ``dict.items()``."""
        return self.additional_properties.items()

    def get(
        self, make: str, default: list[models.CompatibilityMatrixEntry] | None = None
    ) -> list[models.CompatibilityMatrixEntry] | None:
        """The models of ``make``, or ``default``, as ``dict.get()``."""
        return self.additional_properties.get(make, default)


@attrs.define
class ServiceRecord(models.ServiceRecord):
    """One service record, typed; ``record["odometerDistance"]`` reads its JSON as well.

    The official SDK's service history holds the raw JSON objects, so code written for it
    indexes records by the API's (camelCase) keys; that keeps working here.
    """

    def __getitem__(self, key: str) -> Any:
        return self.to_dict()[key]

    def __contains__(self, key: object) -> bool:
        return key in self.to_dict()

    def get(self, key: str, default: Any = None) -> Any:
        """The JSON value of ``key``, or ``default``, as ``dict.get``."""
        return self.to_dict().get(key, default)

    def keys(self) -> KeysView[str]:
        """The JSON keys of the record, as ``dict.keys``."""
        return self.to_dict().keys()


@attrs.define
class ServiceHistory(TupleLike):
    """Service records of a vehicle (``items``), as the official SDK wraps them."""

    items: list[models.ServiceRecord]
    meta: Meta = _meta_field()


@attrs.define
class Response(TupleLike):
    """Result of :meth:`Vehicle.request`: the decoded ``body`` and ``meta``.

    Attributes:
        body: the decoded JSON body (``None`` when empty).
        meta: the response headers' meta.
        status_code: the HTTP status.
        headers: all response headers.
    """

    body: Any
    meta: Meta = _meta_field()
    status_code: int = 200
    headers: dict[str, str] = attrs.field(factory=dict, eq=False)


publish(globals())
