from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        from ..models.signal_body_charge_limit import SignalBodyChargeLimit  # noqa: PLC0415

        if "values" in self._deviations:
            values = self.values
        else:
            values = []
            for values_item_data in self.values:
                if not isinstance(values_item_data, SignalBodyChargeLimit):
                    values.append(values_item_data)
                    continue
                values_item = values_item_data.to_dict()
                values.append(values_item)

        _active_limit_value = (
            UNSET if self.active_limit is None and "active_limit" not in self._sent_nulls else self.active_limit
        )

        if "activeLimit" in self._deviations:
            active_limit = _active_limit_value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.signal_body_charge_limit import SignalBodyChargeLimit  # noqa: PLC0415

        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _values_sent = d.pop("values", UNSET)
        try:
            values = []
            _values = _values_sent
            if not isinstance(_values, list):
                # A string or an object is iterable too, but not a list: kept as sent by the caller.
                raise TypeError(f"expected a list, got {type(_values).__name__}")
            for values_item_data in _values:
                try:
                    values_item = SignalBodyChargeLimit.from_dict(values_item_data)

                except LENIENT_ERRORS:
                    values_item = values_item_data
                values.append(values_item)

        except LENIENT_ERRORS:
            values = _values_sent
        values = read_member(
            _issues,
            "values",
            values,
            (list,),
            (SignalBodyChargeLimit,),
            True,
        )

        _active_limit_sent = d.pop("activeLimit", UNSET)
        try:

            def _parse_active_limit(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None | Unset, data)

            active_limit = _parse_active_limit(_active_limit_sent)

        except LENIENT_ERRORS:
            active_limit = _active_limit_sent
        active_limit = read_member(
            _issues,
            "activeLimit",
            active_limit,
            (
                float,
                None,
            ),
            None,
            False,
        )

        _unit_sent = d.pop("unit", UNSET)
        unit = read_member(
            _issues,
            "unit",
            _unit_sent,
            (str,),
            None,
            False,
        )

        signal_body_charge_limits = cls(
            values=values,
            active_limit=None if isinstance(active_limit, Unset) else active_limit,
            unit=None if isinstance(unit, Unset) else unit,
        )
        signal_body_charge_limits._sent_nulls = frozenset(
            field_name for field_name, field_value in (("active_limit", active_limit),) if field_value is None
        )

        signal_body_charge_limits._deviations = _issues

        signal_body_charge_limits.additional_properties = d
        return signal_body_charge_limits

    @property
    def spec_deviations(self) -> dict[str, str]:
        """Where the body departs from the spec, by JSON path (``attributes.status``,
        ``doors[2]``), including the models inside this one: a required member absent (its
        attribute is None), a value of another type (kept as sent), an unknown enum value (kept
        as its string), an odd list item (kept in the list). Empty for a body that fits the spec."""
        return self._deviations

    @property
    def missing_fields(self) -> list[str]:
        """JSON paths of the members the spec requires that the body lacked (read as None)."""
        return [path for path, what in self._deviations.items() if what == MISSING]

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
