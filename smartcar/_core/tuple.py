"""The namedtuple protocol of the official SDK's results, given once to every typed result.

The official package returns namedtuples, and code written against it unpacks them
(``distance, meta = vehicle.odometer()``), indexes them, and calls ``_fields``, ``_asdict()``
and ``_replace()``. Our results are attrs models (typed, validated); :class:`TupleLike` gives
them the same protocol, in the official field order, which is written down once in
:data:`OFFICIAL_FIELDS`.
"""

from __future__ import annotations

import dataclasses
import inspect
import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar, Self

import attrs

__all__ = ["OFFICIAL_FIELDS", "TupleLike", "TupleMethods", "model_fields"]

OFFICIAL_FIELDS: dict[str, tuple[str, ...]] = {
    # The field order of each namedtuple of the official ``smartcar.v2_response`` (6.19.1).
    "Access": (
        "access_token",
        "token_type",
        "expires_in",
        "expiration",
        "refresh_token",
        "refresh_expiration",
    ),
    "Action": ("status", "message", "meta"),
    "Attributes": ("id", "make", "model", "year", "meta"),
    "Battery": ("percent_remaining", "range", "meta"),
    "BatteryCapacity": ("capacity", "meta"),
    "Charge": ("is_plugged_in", "state", "meta"),
    "ChargeLimit": ("limit", "meta"),
    "CompatibilityMatrixModel": (
        "model",
        "startYear",
        "endYear",
        "type",
        "endpoints",
        "permissions",
    ),
    "CompatibilityV1": ("compatible", "meta"),
    "CompatibilityV2": ("compatible", "reason", "capabilities", "meta"),
    "DeleteConnections": ("connections", "meta"),
    "DiagnosticSystemStatus": ("systems", "meta"),
    "DiagnosticTroubleCodes": ("active_codes", "meta"),
    "EngineOil": ("life_remaining", "meta"),
    "Fuel": ("range", "percent_remaining", "amount_remaining", "meta"),
    "GetConnections": ("connections", "paging", "meta"),
    "Location": ("latitude", "longitude", "meta"),
    "LockStatus": (
        "is_locked",
        "doors",
        "windows",
        "sunroof",
        "storage",
        "charging_port",
        "meta",
    ),
    "NominalCapcity": ("availableCapacities", "capacity", "url", "meta"),
    "Odometer": ("distance", "meta"),
    "Permissions": ("permissions", "paging", "meta"),
    "Response": ("body", "meta"),
    "ServiceHistory": ("items", "meta"),
    "Status": ("status", "meta"),
    "Subscribe": ("webhook_id", "vehicle_id", "meta"),
    "TirePressure": ("front_left", "front_right", "back_left", "back_right", "meta"),
    "User": ("id", "meta"),
    "Vehicles": ("vehicles", "paging", "meta"),
    "Vin": ("vin", "meta"),
    # Records nested in the results above.
    "AvailableCapacity": ("capacity", "description"),
    "Capability": ("permission", "endpoint", "capable", "reason"),
    "Connection": ("vehicle_id", "user_id", "connected_at"),
    "DiagnosticSystem": ("system_id", "status", "description"),
    "DiagnosticTroubleCode": ("code", "timestamp"),
    "Door": ("type", "status"),  # also Window, Sunroof, Storage and ChargingPort
    "Paging": ("count", "offset"),
    "PagingCursor": ("cursor",),
    "SelectedCapacity": ("nominal", "source"),
}
"""Official namedtuple name → its ``_fields``. The single source of every result's order."""


def model_fields(cls: type[Any]) -> tuple[str, ...]:
    """The field order of a result the official SDK lacks: its generated model's, then meta."""
    model = next((base for base in cls.__mro__[1:] if attrs.has(base)), None)
    names = [f.name.rstrip("_") for f in attrs.fields(model)] if model is not None else []
    own = [n for n in names if n != "additional_properties" and not n.startswith("_")]
    meta = "meta" in inspect.get_annotations(cls)
    return (*own, "meta") if meta else tuple(own)


def _snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])([A-Z])", r"_\1", name).lower()


class TupleMethods:
    """Iteration, indexing, ``len``, ``_asdict`` and ``_replace`` over ``_tuple_fields()``."""

    __slots__ = ()

    def _tuple_fields(self) -> tuple[str, ...]:
        raise NotImplementedError

    def _tuple_values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._tuple_fields())

    def __iter__(self) -> Iterator[Any]:
        return iter(self._tuple_values())

    def __len__(self) -> int:
        return len(self._tuple_fields())

    def __getitem__(self, key: int | slice | str) -> Any:
        # Integers and slices index the official field order, as on a namedtuple; other keys
        # keep their meaning (a model's extra JSON properties, a batch's paths ...).
        if isinstance(key, int | slice):
            return self._tuple_values()[key]
        return self._getitem_key(key)

    def _getitem_key(self, key: str) -> Any:
        parent = getattr(super(), "__getitem__", None)
        if parent is None:
            raise TypeError(
                f"{type(self).__name__} indices must be integers or slices, not "
                f"{type(key).__name__}"
            )
        return parent(key)

    def _asdict(self) -> dict[str, Any]:
        """The fields and their values, in the official order (as ``namedtuple._asdict``)."""
        return dict(zip(self._tuple_fields(), self._tuple_values(), strict=True))

    def _replace(self, **changes: Any) -> Self:
        """A copy with some fields replaced (as ``namedtuple._replace``).

        Raises:
            ValueError: a name that is not one of ``_fields``, as a namedtuple does.
        """
        unknown = [name for name in changes if name not in self._tuple_fields()]
        if unknown:
            raise ValueError(f"Got unexpected field names: {unknown!r}")
        return self._replaced(changes)

    def _replaced(self, changes: dict[str, Any]) -> Self:
        raise NotImplementedError


class TupleLike(TupleMethods):
    """The namedtuple protocol for an attrs or dataclass result, in its official field order.

    A subclass is looked up in :data:`OFFICIAL_FIELDS` by its name, or by ``_official_name``
    when ours differs (``NominalCapacity`` is the official ``NominalCapcity``).
    """

    __slots__ = ()

    _fields: ClassVar[tuple[str, ...]] = ()
    _official_name: ClassVar[str | None] = None
    _replaces: ClassVar[type[Any] | None] = None
    """For a nested record: the generated model it stands in for after parsing."""

    _nested: ClassVar[dict[type[Any], type[TupleLike]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        name = cls.__dict__.get("_official_name") or cls.__name__
        # A result the official SDK does not have (a read the spec added since) keeps its
        # model's field order, then ``meta``.
        fields = OFFICIAL_FIELDS.get(name)
        cls._fields = fields if fields is not None else model_fields(cls)
        replaces = cls.__dict__.get("_replaces")
        if replaces is not None:
            # attrs builds the class twice (for __slots__); the last one built is the one used.
            TupleLike._nested[replaces] = cls

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        """Parse with the generated model's ``from_dict``; nested records become tuple-like.

        Doors, paging, capabilities ... are parsed as generated models; each is rebuilt as its
        tuple-like subclass (``Door``, ``Paging`` ...), so they unpack like the official
        namedtuples too.
        """
        parsed: Self = super().from_dict(src_dict)  # type: ignore[misc]
        if attrs.has(cls):
            for field in attrs.fields(cls):
                value = getattr(parsed, field.name)
                if isinstance(value, list):
                    converted: Any = [_as_nested(item) for item in value]
                else:
                    converted = _as_nested(value)
                if converted is not value:
                    object.__setattr__(parsed, field.name, converted)
        return parsed

    def _tuple_fields(self) -> tuple[str, ...]:
        return self._fields

    @classmethod
    def _attribute_for(cls, name: str) -> str:
        # The init argument behind an official field name: `range` is stored as `range_`,
        # `availableCapacities` as `available_capacities`.
        names = (
            {f.name for f in attrs.fields(cls)}
            if attrs.has(cls)
            else {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
        )
        for candidate in (name, f"{name}_", _snake(name)):
            if candidate in names:
                return candidate
        raise ValueError(f"{cls.__name__} has no field {name!r}")

    def _replaced(self, changes: dict[str, Any]) -> Self:
        mapped = {self._attribute_for(name): value for name, value in changes.items()}
        instance: Any = self  # an attrs class or a dataclass, which mypy cannot narrow to
        if attrs.has(type(self)):
            copy: Self = attrs.evolve(instance, **mapped)
            # Fields that are not init arguments (a model's extra JSON properties) survive.
            for field in attrs.fields(type(instance)):
                if not field.init and field.name not in mapped:
                    object.__setattr__(copy, field.name, getattr(self, field.name))
            return copy
        replaced: Self = dataclasses.replace(instance, **mapped)
        return replaced


def _as_nested(value: Any) -> Any:
    # The tuple-like subclass of a generated nested model, with the same values.
    target = TupleLike._nested.get(type(value))
    if target is None:
        return value
    init = {f.name: getattr(value, f.name) for f in attrs.fields(type(value)) if f.init}
    rebuilt = target(**init)
    for f in attrs.fields(type(value)):
        if not f.init:
            object.__setattr__(rebuilt, f.name, getattr(value, f.name))
    return rebuilt
