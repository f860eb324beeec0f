from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

T = TypeVar("T", bound="TirePressure")


@_attrs_define
class TirePressure:
    """Tire pressures in kPa (metric) or psi (imperial): `front_left` ... `back_right`.

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

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "frontLeft" in self._deviations:
            front_left = self.front_left
        else:
            front_left: float | None
            front_left = self.front_left

        if "frontRight" in self._deviations:
            front_right = self.front_right
        else:
            front_right: float | None
            front_right = self.front_right

        if "backLeft" in self._deviations:
            back_left = self.back_left
        else:
            back_left: float | None
            back_left = self.back_left

        if "backRight" in self._deviations:
            back_right = self.back_right
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _front_left_sent = d.pop("frontLeft", UNSET)
        try:

            def _parse_front_left(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            front_left = _parse_front_left(_front_left_sent)

        except LENIENT_ERRORS:
            front_left = _front_left_sent
        front_left = read_member(
            _issues,
            "frontLeft",
            front_left,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _front_right_sent = d.pop("frontRight", UNSET)
        try:

            def _parse_front_right(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            front_right = _parse_front_right(_front_right_sent)

        except LENIENT_ERRORS:
            front_right = _front_right_sent
        front_right = read_member(
            _issues,
            "frontRight",
            front_right,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _back_left_sent = d.pop("backLeft", UNSET)
        try:

            def _parse_back_left(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            back_left = _parse_back_left(_back_left_sent)

        except LENIENT_ERRORS:
            back_left = _back_left_sent
        back_left = read_member(
            _issues,
            "backLeft",
            back_left,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _back_right_sent = d.pop("backRight", UNSET)
        try:

            def _parse_back_right(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            back_right = _parse_back_right(_back_right_sent)

        except LENIENT_ERRORS:
            back_right = _back_right_sent
        back_right = read_member(
            _issues,
            "backRight",
            back_right,
            (
                float,
                None,
            ),
            None,
            True,
        )

        tire_pressure = cls(
            front_left=front_left,
            front_right=front_right,
            back_left=back_left,
            back_right=back_right,
        )

        tire_pressure._deviations = _issues

        tire_pressure.additional_properties = d
        return tire_pressure

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
