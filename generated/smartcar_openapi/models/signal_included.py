from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.vehicle_v3 import VehicleV3


T = TypeVar("T", bound="SignalIncluded")


@_attrs_define
class SignalIncluded:
    """Resources a signal document includes.

    Attributes:
        vehicle (VehicleV3 | None): The JSON:API vehicle resource (also `included.vehicle` of signal documents).
    """

    vehicle: VehicleV3 | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _vehicle_value = UNSET if self.vehicle is None else self.vehicle

        vehicle: dict[str, Any] | Unset = UNSET
        if not isinstance(_vehicle_value, Unset):
            vehicle = _vehicle_value.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if vehicle is not UNSET:
            field_dict["vehicle"] = vehicle

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.vehicle_v3 import VehicleV3  # noqa: PLC0415

        d = dict(src_dict)
        _vehicle = d.pop("vehicle", UNSET)
        vehicle: VehicleV3 | Unset
        if isinstance(_vehicle, Unset):
            vehicle = UNSET
        else:
            vehicle = VehicleV3.from_dict(_vehicle)

        signal_included = cls(
            vehicle=None if isinstance(vehicle, Unset) else vehicle,
        )

        signal_included.additional_properties = d
        return signal_included

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
