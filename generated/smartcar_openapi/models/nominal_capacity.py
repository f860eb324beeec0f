from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.available_capacity import AvailableCapacity
    from ..models.nominal_capacity_value import NominalCapacityValue


T = TypeVar("T", bound="NominalCapacity")


@_attrs_define
class NominalCapacity:
    """
    Attributes:
        available_capacities (list[AvailableCapacity]): Candidate capacities for this vehicle.
        capacity (NominalCapacityValue | None): The nominal capacity, or null when it is not known.
        url (None | str): Smartcar Connect URL (`https://connect.smartcar.com/battery-capacity?...`, valid 30
            days) that lets the user pick a capacity; null when not needed.
    """

    available_capacities: list[AvailableCapacity]
    capacity: NominalCapacityValue | None
    url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.nominal_capacity_value import NominalCapacityValue  # noqa: PLC0415

        available_capacities = []
        for available_capacities_item_data in self.available_capacities:
            available_capacities_item = available_capacities_item_data.to_dict()
            available_capacities.append(available_capacities_item)

        capacity: dict[str, Any] | None
        if isinstance(self.capacity, NominalCapacityValue):
            capacity = self.capacity.to_dict()
        else:
            capacity = self.capacity

        url: None | str
        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "availableCapacities": available_capacities,
                "capacity": capacity,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.available_capacity import AvailableCapacity  # noqa: PLC0415
        from ..models.nominal_capacity_value import NominalCapacityValue  # noqa: PLC0415

        d = dict(src_dict)
        available_capacities = []
        _available_capacities = d.pop("availableCapacities")
        for available_capacities_item_data in _available_capacities:
            available_capacities_item = AvailableCapacity.from_dict(available_capacities_item_data)

            available_capacities.append(available_capacities_item)

        def _parse_capacity(data: object) -> NominalCapacityValue | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                capacity_type_0 = NominalCapacityValue.from_dict(data)

                return capacity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(NominalCapacityValue | None, data)

        capacity = _parse_capacity(d.pop("capacity"))

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        nominal_capacity = cls(
            available_capacities=available_capacities,
            capacity=capacity,
            url=url,
        )

        nominal_capacity.additional_properties = d
        return nominal_capacity

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
