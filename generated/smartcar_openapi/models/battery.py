from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, read_member

T = TypeVar("T", bound="Battery")


@_attrs_define
class Battery:
    """EV battery: `percent_remaining` (0–1) and `range` (km/mi).

    Attributes:
        percent_remaining (float): State of charge as a fraction 0-1.
        range_ (float): Estimated range in kilometres (metric) or miles (imperial).
    """

    percent_remaining: float
    range_: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        percent_remaining = self.percent_remaining

        range_ = self.range_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
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
        _percent_remaining_sent = d.pop("percentRemaining", UNSET)
        percent_remaining = read_member(
            _issues,
            "percentRemaining",
            _percent_remaining_sent,
            (float,),
            None,
            True,
        )

        _range__sent = d.pop("range", UNSET)
        range_ = read_member(
            _issues,
            "range",
            _range__sent,
            (float,),
            None,
            True,
        )

        battery = cls(
            percent_remaining=percent_remaining,
            range_=range_,
        )

        battery._deviations = _issues

        battery.additional_properties = d
        return battery

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
    def range(self) -> float:
        """``range_`` under the API's own name, as the official SDK names it.

        Customised (scripts/templates): the generator appends ``_`` to names of builtins.
        """
        return self.range_
