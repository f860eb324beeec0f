from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="TirePressure")


@_attrs_define
class TirePressure:
    """
    Attributes:
        front_left (float | None): Front-left tire pressure in kPa (metric) or psi (imperial); null if unknown.
        front_right (float | None): Front-right tire pressure in kPa (metric) or psi (imperial); null if unknown.
        back_left (float | None): Back-left tire pressure in kPa (metric) or psi (imperial); null if unknown.
        back_right (float | None): Back-right tire pressure in kPa (metric) or psi (imperial); null if unknown.
    """

    front_left: float | None
    front_right: float | None
    back_left: float | None
    back_right: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        front_left: float | None
        front_left = self.front_left

        front_right: float | None
        front_right = self.front_right

        back_left: float | None
        back_left = self.back_left

        back_right: float | None
        back_right = self.back_right

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frontLeft": front_left,
                "frontRight": front_right,
                "backLeft": back_left,
                "backRight": back_right,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_front_left(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        front_left = _parse_front_left(d.pop("frontLeft"))

        def _parse_front_right(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        front_right = _parse_front_right(d.pop("frontRight"))

        def _parse_back_left(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        back_left = _parse_back_left(d.pop("backLeft"))

        def _parse_back_right(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        back_right = _parse_back_right(d.pop("backRight"))

        tire_pressure = cls(
            front_left=front_left,
            front_right=front_right,
            back_left=back_left,
            back_right=back_right,
        )

        tire_pressure.additional_properties = d
        return tire_pressure

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
