from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.capacity_source import CapacitySource

T = TypeVar("T", bound="NominalCapacityValue")


@_attrs_define
class NominalCapacityValue:
    """
    Attributes:
        nominal (float): Nominal capacity in kWh.
        source (CapacitySource): Where the nominal capacity comes from.
    """

    nominal: float
    source: CapacitySource
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        nominal = self.nominal

        source = self.source.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "nominal": nominal,
                "source": source,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        nominal = d.pop("nominal")

        source = CapacitySource(d.pop("source"))

        nominal_capacity_value = cls(
            nominal=nominal,
            source=source,
        )

        nominal_capacity_value.additional_properties = d
        return nominal_capacity_value

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
