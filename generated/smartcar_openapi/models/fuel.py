from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LENIENT_ERRORS, MISSING, UNSET, fewest_deviations, read_member

T = TypeVar("T", bound="Fuel")


@_attrs_define
class Fuel:
    """Fuel tank: `amount_remaining` (l/gal), `percent_remaining` (0–1), `range` (km/mi).

    Attributes:
        amount_remaining (float | None): Fuel remaining in litres (metric) or US gallons (imperial); null if unknown.
        percent_remaining (float | None): Fuel remaining as a fraction 0-1 of tank capacity; null if unknown.
        range_ (float | None): Estimated range in kilometres (metric) or miles (imperial); null if unknown.
    """

    amount_remaining: float | None
    percent_remaining: float | None
    range_: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        if "amountRemaining" in self._deviations:
            amount_remaining = self.amount_remaining
        else:
            amount_remaining: float | None
            amount_remaining = self.amount_remaining

        if "percentRemaining" in self._deviations:
            percent_remaining = self.percent_remaining
        else:
            percent_remaining: float | None
            percent_remaining = self.percent_remaining

        if "range" in self._deviations:
            range_ = self.range_
        else:
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
        for _missing_name in self.missing_fields:
            # A required member the body lacked is left out again, as it came.
            field_dict.pop(_missing_name, None)

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _amount_remaining_sent = d.pop("amountRemaining", UNSET)
        try:

            def _parse_amount_remaining(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            amount_remaining = _parse_amount_remaining(_amount_remaining_sent)

        except LENIENT_ERRORS:
            amount_remaining = _amount_remaining_sent
        amount_remaining = read_member(
            _issues,
            "amountRemaining",
            amount_remaining,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _percent_remaining_sent = d.pop("percentRemaining", UNSET)
        try:

            def _parse_percent_remaining(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            percent_remaining = _parse_percent_remaining(_percent_remaining_sent)

        except LENIENT_ERRORS:
            percent_remaining = _percent_remaining_sent
        percent_remaining = read_member(
            _issues,
            "percentRemaining",
            percent_remaining,
            (
                float,
                None,
            ),
            None,
            True,
        )

        _range__sent = d.pop("range", UNSET)
        try:

            def _parse_range_(data: object) -> float | None:
                if data is None:
                    return data
                _candidates: list[Any] = []
                if _candidates:
                    return fewest_deviations(_candidates)  # type: ignore[no-any-return]
                return cast(float | None, data)

            range_ = _parse_range_(_range__sent)

        except LENIENT_ERRORS:
            range_ = _range__sent
        range_ = read_member(
            _issues,
            "range",
            range_,
            (
                float,
                None,
            ),
            None,
            True,
        )

        fuel = cls(
            amount_remaining=amount_remaining,
            percent_remaining=percent_remaining,
            range_=range_,
        )

        fuel._deviations = _issues

        fuel.additional_properties = d
        return fuel

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
    def range(self) -> float | None:
        """``range_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.range_
