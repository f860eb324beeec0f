from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_summary_v3 import VehicleSummaryV3


T = TypeVar("T", bound="ConnectionV3Attributes")


@_attrs_define
class ConnectionV3Attributes:
    """
    Attributes:
        permissions (list[str] | None):
        vehicle (VehicleSummaryV3 | None): The vehicle as it appears inside a connection or subscription. Make casing
            varies.
    """

    permissions: list[str] | None = None
    vehicle: VehicleSummaryV3 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _permissions_value = UNSET if self.permissions is None else self.permissions

        permissions: list[str] | Unset = UNSET
        if not isinstance(_permissions_value, Unset):
            permissions = _permissions_value

        _vehicle_value = UNSET if self.vehicle is None else self.vehicle

        vehicle: dict[str, Any] | Unset = UNSET
        if not isinstance(_vehicle_value, Unset):
            vehicle = _vehicle_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if permissions is not UNSET:
            field_dict["permissions"] = permissions
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_summary_v3 import VehicleSummaryV3  # noqa: PLC0415

        d = dict(src_dict)
        permissions = cast(list[str], d.pop("permissions", UNSET))

        _vehicle = d.pop("vehicle", UNSET)
        vehicle: VehicleSummaryV3 | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = VehicleSummaryV3.from_dict(_vehicle)

        connection_v3_attributes = cls(
            permissions=None if isinstance(permissions, Unset) else permissions,
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
        )

        connection_v3_attributes.additional_properties = d
        return connection_v3_attributes

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
