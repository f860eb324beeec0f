from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, Unset, fewest_deviations, read_member

T = TypeVar("T", bound="SignalBodyRange")


@_attrs_define
class SignalBodyRange:
    """A range estimate: "the most accurate real world estimate that is available. Estimated >
    Ideal > Rated." The reference lists `additionalValues` as required; examples omit it.

        Example:
            {'value': 253, 'type': 'DEFAULT', 'additionalValues': [], 'unit': 'km'}

        Attributes:
            value (float | None): The range, in `unit`.
            type_ (str | None): Which estimate this is (`DEFAULT` ...), an open string.
            unit (str | None): The unit, an open string (`km`, `kilometers`).
            additional_values (list[Any] | None): Other estimates, as sent.
    """

    value: float | None
    type_: str | None = None
    unit: str | None = None
    additional_values: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "value" in self._deviations:
            value = self.value
        else:
            value: float | None
            value = self.value

        _type__value = UNSET if self.type_ is None else self.type_

        type_ = _type__value

        _unit_value = UNSET if self.unit is None else self.unit

        unit = _unit_value

        _additional_values_value = UNSET if self.additional_values is None else self.additional_values

        if "additionalValues" in self._deviations:
            additional_values = _additional_values_value
        else:
            additional_values: list[Any] | Unset = UNSET
            if not isinstance(_additional_values_value, Unset):
                additional_values = _additional_values_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if unit is not UNSET:
            field_dict["unit"] = unit
        if additional_values is not UNSET:
            field_dict["additionalValues"] = additional_values
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

        _type__sent = d.pop("type", UNSET)
        type_ = read_member(
            _issues,
            "type",
            _type__sent,
            (str,),
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

        _additional_values_sent = d.pop("additionalValues", UNSET)
        try:
            additional_values = cast(list[Any], _additional_values_sent)

        except LENIENT_ERRORS:
            additional_values = _additional_values_sent
        additional_values = read_member(
            _issues,
            "additionalValues",
            additional_values,
            (list,),
            None,
            False,
        )

        signal_body_range = cls(
            value=value,
            type_=None if isinstance(type_, Unset) else type_,
            unit=None if isinstance(unit, Unset) else unit,
            additional_values=None if isinstance(additional_values, Unset) else additional_values,
        )

        signal_body_range._deviations = _issues

        signal_body_range.additional_properties = d
        return signal_body_range

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

    @property
    def type(self) -> str | None:
        """``type_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.type_
