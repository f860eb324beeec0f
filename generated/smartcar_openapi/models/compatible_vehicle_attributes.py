from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.compatible_vehicle_attributes_years import CompatibleVehicleAttributesYears
    from ..models.compatible_vehicle_capability import CompatibleVehicleCapability


T = TypeVar("T", bound="CompatibleVehicleAttributes")


@_attrs_define
class CompatibleVehicleAttributes:
    """
    Attributes:
        make (str | Unset):
        model (str | Unset):
        years (CompatibleVehicleAttributesYears | Unset):
        capabilities (list[CompatibleVehicleCapability] | Unset):
    """

    make: str | Unset = UNSET
    model: str | Unset = UNSET
    years: CompatibleVehicleAttributesYears | Unset = UNSET
    capabilities: list[CompatibleVehicleCapability] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        make = self.make

        model = self.model

        years: dict[str, Any] | Unset = UNSET
        if not isinstance(self.years, Unset):
            years = self.years.to_dict()

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.capabilities, Unset):
            capabilities = []
            for capabilities_item_data in self.capabilities:
                capabilities_item = capabilities_item_data.to_dict()
                capabilities.append(capabilities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if years is not UNSET:
            field_dict["years"] = years
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.compatible_vehicle_attributes_years import CompatibleVehicleAttributesYears  # noqa: PLC0415
        from ..models.compatible_vehicle_capability import CompatibleVehicleCapability  # noqa: PLC0415

        d = dict(src_dict)
        make = d.pop("make", UNSET)

        model = d.pop("model", UNSET)

        _years = d.pop("years", UNSET)
        years: CompatibleVehicleAttributesYears | Unset
        if isinstance(_years, Unset):
            years = UNSET
        else:
            years = CompatibleVehicleAttributesYears.from_dict(_years)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: list[CompatibleVehicleCapability] | Unset = UNSET
        if _capabilities is not UNSET:
            capabilities = []
            for capabilities_item_data in _capabilities:
                capabilities_item = CompatibleVehicleCapability.from_dict(capabilities_item_data)

                capabilities.append(capabilities_item)

        compatible_vehicle_attributes = cls(
            make=make,
            model=model,
            years=years,
            capabilities=capabilities,
        )

        compatible_vehicle_attributes.additional_properties = d
        return compatible_vehicle_attributes

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
