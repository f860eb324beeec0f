from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CompatibleVehicleAttributesYears")


@_attrs_define
class CompatibleVehicleAttributesYears:
    """
    Attributes:
        start (int | None):
        end (int | None):
    """

    start: int | None = None
    end: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _start_value = UNSET if self.start is None else self.start

        start = _start_value

        _end_value = UNSET if self.end is None else self.end

        end = _end_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        start = d.pop("start", UNSET)

        end = d.pop("end", UNSET)

        compatible_vehicle_attributes_years = cls(
            start=None if isinstance(start, Unset) else start,
            end=None if isinstance(end, Unset) else end,
        )

        compatible_vehicle_attributes_years.additional_properties = d
        return compatible_vehicle_attributes_years

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
