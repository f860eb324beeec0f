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
        make (str | None):
        model (str | None):
        years (CompatibleVehicleAttributesYears | None):
        capabilities (list[CompatibleVehicleCapability] | None):
    """

    make: str | None = None
    model: str | None = None
    years: CompatibleVehicleAttributesYears | None = None
    capabilities: list[CompatibleVehicleCapability] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        _make_value = UNSET if self.make is None else self.make

        make = _make_value

        _model_value = UNSET if self.model is None else self.model

        model = _model_value

        _years_value = UNSET if self.years is None else self.years

        years: dict[str, Any] | Unset = UNSET
        if not isinstance(_years_value, Unset):
            years = _years_value.to_dict()

        _capabilities_value = UNSET if self.capabilities is None else self.capabilities

        capabilities: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(_capabilities_value, Unset):
            capabilities = []
            for capabilities_item_data in _capabilities_value:
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
            make=None if isinstance(make, Unset) else make,
            model=None if isinstance(model, Unset) else model,
            years=None if isinstance(years, Unset) else years,
            capabilities=None if isinstance(capabilities, Unset) else capabilities,
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
