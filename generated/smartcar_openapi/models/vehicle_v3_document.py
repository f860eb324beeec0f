from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.vehicle_v3 import VehicleV3


T = TypeVar("T", bound="VehicleV3Document")


@_attrs_define
class VehicleV3Document:
    """The answer of `GET /v3/vehicles/{id}`, a JSON:API document.

    Attributes:
        data (VehicleV3): The JSON:API vehicle resource (also `included.vehicle` of signal documents).
    """

    data: VehicleV3
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = self.data.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_v3 import VehicleV3  # noqa: PLC0415

        d = dict(src_dict)
        data = VehicleV3.from_dict(d.pop("data"))

        vehicle_v3_document = cls(
            data=data,
        )

        vehicle_v3_document.additional_properties = d
        return vehicle_v3_document

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
