from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "value" in self._deviations:
            value = self.value
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _value_sent = d.pop("value", UNSET)
        try:

            def _parse_value(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            value = _parse_value(_value_sent)

        except LENIENT_ERRORS:
            value = _value_sent
        value = read_member(
            _issues,
            "value",
            value,
            (
                float,
                None,
            ),
            None,
            True,
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

        signal_body_quantity = cls(
            value=value,
            unit=None if isinstance(unit, Unset) else unit,
        )

        signal_body_quantity._deviations = _issues

        signal_body_quantity.additional_properties = d
        return signal_body_quantity

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
