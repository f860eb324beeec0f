from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_body_capacity import SignalBodyCapacity


T = TypeVar("T", bound="SignalBodyNominalCapacity")


@_attrs_define
class SignalBodyNominalCapacity:
    """The traction battery's nominal capacity, and the capacities it may have.

    Example:
        {'source': 'SMARTCAR', 'capacity': 73.5, 'availableCapacities': [{'capacity': 73.5, 'description': 'BEV:Extended
            Range'}, {'capacity': 80.9, 'description': None}], 'unit': 'kWhr'}

    Attributes:
        capacity (float | None): The capacity, in `unit`.
        source (str | None): `SMARTCAR` or `USER_SELECTED` (kept as sent).
        available_capacities (list[SignalBodyCapacity] | None):
        unit (str | None): The unit, for example `kWhr`.
    """

    capacity: float | None
    source: str | None = None
    available_capacities: list[SignalBodyCapacity] | None = None
    unit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        capacity: float | None
        capacity = self.capacity

        _source_value = UNSET if self.source is None else self.source

        source = _source_value

        _available_capacities_value = UNSET if self.available_capacities is None else self.available_capacities

        available_capacities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_available_capacities_value, Unset):
            available_capacities = []
            for available_capacities_item_data in _available_capacities_value:
                available_capacities_item = available_capacities_item_data.to_dict()
                available_capacities.append(available_capacities_item)

        _unit_value = UNSET if self.unit is None else self.unit

        unit = _unit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "capacity": capacity,
            }
        )
        if source is not UNSET:
            field_dict["source"] = source
        if available_capacities is not UNSET:
            field_dict["availableCapacities"] = available_capacities
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_body_capacity import SignalBodyCapacity  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_capacity(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        source = d.pop("source", UNSET)

        _available_capacities = d.pop("availableCapacities", UNSET)
        available_capacities: list[SignalBodyCapacity] | Unset = UNSET
        if _available_capacities is not UNSET:
            available_capacities = []
            for available_capacities_item_data in _available_capacities:
                available_capacities_item = SignalBodyCapacity.from_dict(available_capacities_item_data)

                available_capacities.append(available_capacities_item)

        unit = d.pop("unit", UNSET)

        signal_body_nominal_capacity = cls(
            capacity=capacity,
            source=None if isinstance(source, Unset) else source,
            available_capacities=None if isinstance(available_capacities, Unset) else available_capacities,
            unit=None if isinstance(unit, Unset) else unit,
        )

        signal_body_nominal_capacity.additional_properties = d
        return signal_body_nominal_capacity

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
