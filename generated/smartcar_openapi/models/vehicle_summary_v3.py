from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="VehicleSummaryV3")


@_attrs_define
class VehicleSummaryV3:
    """The vehicle as it appears inside a connection or subscription. Make casing varies.

    Attributes:
        make (str | Unset):
        model (str | Unset):
        year (int | Unset):
        mode (str | Unset):
        powertrain_type (str | Unset): Open string (`ICE`, `BEV`, `PHEV`, `HEV`, ...).
    """

    make: str | Unset = UNSET
    model: str | Unset = UNSET
    year: int | Unset = UNSET
    mode: str | Unset = UNSET
    powertrain_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        make = self.make

        model = self.model

        year = self.year

        mode = self.mode

        powertrain_type = self.powertrain_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if make is not UNSET:
            field_dict["make"] = make
        if model is not UNSET:
            field_dict["model"] = model
        if year is not UNSET:
            field_dict["year"] = year
        if mode is not UNSET:
            field_dict["mode"] = mode
        if powertrain_type is not UNSET:
            field_dict["powertrainType"] = powertrain_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        make = d.pop("make", UNSET)

        model = d.pop("model", UNSET)

        year = d.pop("year", UNSET)

        mode = d.pop("mode", UNSET)

        powertrain_type = d.pop("powertrainType", UNSET)

        vehicle_summary_v3 = cls(
            make=make,
            model=model,
            year=year,
            mode=mode,
            powertrain_type=powertrain_type,
        )

        vehicle_summary_v3.additional_properties = d
        return vehicle_summary_v3

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
