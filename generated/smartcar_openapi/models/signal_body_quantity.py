from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignalBodyQuantity")


@_attrs_define
class SignalBodyQuantity:
    """A measured value in the unit sent (the SDK never converts units; percentages are 0-100).

    Example:
        {'value': 75, 'unit': 'percent'}

    Attributes:
        value (float | None): The value, in `unit`.
        unit (str | None): The unit, an open string (`percent`, `km`, `kilometers`, `km/h`, `watts` ...).
    """

    value: float | None
    unit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        value: float | None
        value = self.value

        _unit_value = UNSET if self.unit is None else self.unit

        unit = _unit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d.pop("value"))

        unit = d.pop("unit", UNSET)

        signal_body_quantity = cls(
            value=value,
            unit=None if isinstance(unit, Unset) else unit,
        )

        signal_body_quantity.additional_properties = d
        return signal_body_quantity

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
