from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleV3Attributes")


@_attrs_define
class VehicleV3Attributes:
    """
    Attributes:
        make (str): Manufacturer, upper case (`VOLKSWAGEN`, `TESLA`).
        model (str): Model.
        year (int): Model year.
        powertrain_type (str | None): Open string (`BEV`, `PHEV`, `HEV`, `ICE`, ...).
        mode (str | None): Open string, `LIVE` for a real vehicle (simulated vehicles say otherwise).
    """

    make: str
    model: str
    year: int
    powertrain_type: str | None = None
    mode: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        make = self.make

        model = self.model

        year = self.year

        _powertrain_type_value = UNSET if self.powertrain_type is None else self.powertrain_type

        powertrain_type = _powertrain_type_value

        _mode_value = UNSET if self.mode is None else self.mode

        mode = _mode_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "make": make,
                "model": model,
                "year": year,
            }
        )
        if powertrain_type is not UNSET:
            field_dict["powertrainType"] = powertrain_type
        if mode is not UNSET:
            field_dict["mode"] = mode

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        make = d.pop("make")

        model = d.pop("model")

        year = d.pop("year")

        powertrain_type = d.pop("powertrainType", UNSET)

        mode = d.pop("mode", UNSET)

        vehicle_v3_attributes = cls(
            make=make,
            model=model,
            year=year,
            powertrain_type=None if isinstance(powertrain_type, Unset) else powertrain_type,
            mode=None if isinstance(mode, Unset) else mode,
        )

        vehicle_v3_attributes.additional_properties = d
        return vehicle_v3_attributes

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
