from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.signal_body_charge_limit import SignalBodyChargeLimit


T = TypeVar("T", bound="SignalBodyChargeLimits")


@_attrs_define
class SignalBodyChargeLimits:
    """Every charge limit and the one that applies now.

    Example:
        {'values': [{'type': 'GLOBAL', 'limit': 80}], 'activeLimit': 80, 'unit': 'percent'}

    Attributes:
        values (list[SignalBodyChargeLimit]):
        active_limit (float | None): Null when the vehicle is not plugged in or the active limit cannot be determined.
        unit (str | None):
    """

    values: list[SignalBodyChargeLimit]
    active_limit: float | None = None
    unit: str | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    _sent_nulls: frozenset[str] = _attrs_field(init=False, factory=frozenset, repr=False, eq=False)
    """Nullable optional fields that the JSON sent as null (an absent one is None too)."""

    def to_dict(self) -> dict[str, Any]:
        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        _active_limit_value = (
            UNSET if self.active_limit is None and "active_limit" not in self._sent_nulls else self.active_limit
        )

        active_limit: float | None | Unset
        if isinstance(_active_limit_value, Unset):
            active_limit = UNSET
        else:
            active_limit = _active_limit_value

        _unit_value = UNSET if self.unit is None else self.unit

        unit = _unit_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "values": values,
            }
        )
        if active_limit is not UNSET:
            field_dict["activeLimit"] = active_limit
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_body_charge_limit import SignalBodyChargeLimit  # noqa: PLC0415

        d = dict(src_dict)
        values = []
        _values = d.pop("values")
        for values_item_data in _values:
            values_item = SignalBodyChargeLimit.from_dict(values_item_data)

            values.append(values_item)

        def _parse_active_limit(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        active_limit = _parse_active_limit(d.pop("activeLimit", UNSET))

        unit = d.pop("unit", UNSET)

        signal_body_charge_limits = cls(
            values=values,
            active_limit=None if isinstance(active_limit, Unset) else active_limit,
            unit=None if isinstance(unit, Unset) else unit,
        )
        signal_body_charge_limits._sent_nulls = frozenset(
            field_name for field_name, field_value in (("active_limit", active_limit),) if field_value is None
        )

        signal_body_charge_limits.additional_properties = d
        return signal_body_charge_limits

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
