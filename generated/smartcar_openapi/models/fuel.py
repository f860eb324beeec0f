from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="Fuel")


@_attrs_define
class Fuel:
    """
    Attributes:
        amount_remaining (float | None): Fuel remaining in litres (metric) or US gallons (imperial); null if unknown.
        percent_remaining (float | None): Fuel remaining as a fraction 0-1 of tank capacity; null if unknown.
        range_ (float | None): Estimated range in kilometres (metric) or miles (imperial); null if unknown.
    """

    amount_remaining: float | None
    percent_remaining: float | None
    range_: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_remaining: float | None
        amount_remaining = self.amount_remaining

        percent_remaining: float | None
        percent_remaining = self.percent_remaining

        range_: float | None
        range_ = self.range_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "amountRemaining": amount_remaining,
                "percentRemaining": percent_remaining,
                "range": range_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_amount_remaining(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        amount_remaining = _parse_amount_remaining(d.pop("amountRemaining"))

        def _parse_percent_remaining(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        percent_remaining = _parse_percent_remaining(d.pop("percentRemaining"))

        def _parse_range_(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        range_ = _parse_range_(d.pop("range"))

        fuel = cls(
            amount_remaining=amount_remaining,
            percent_remaining=percent_remaining,
            range_=range_,
        )

        fuel.additional_properties = d
        return fuel

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

    @property
    def range(self) -> float | None:
        """``range_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.range_
