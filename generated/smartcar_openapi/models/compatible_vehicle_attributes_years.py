from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import MISSING, UNSET, Unset, read_member

T = TypeVar("T", bound="CompatibleVehicleAttributesYears")


@_attrs_define
class CompatibleVehicleAttributesYears:
    """
    Attributes:
        start (int | None):
        end (int | None):
    """

    start: int | None = None
    end: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _deviations: dict[str, str] = _attrs_field(init=False, factory=dict, repr=False, eq=False)
    """Where the JSON departed from the spec (see ``spec_deviations``)."""

    def to_dict(self) -> dict[str, Any]:
        _start_value = UNSET if self.start is None else self.start

        start = _start_value

        _end_value = UNSET if self.end is None else self.end

        end = _end_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start is not UNSET:
            field_dict["start"] = start
        if end is not UNSET:
            field_dict["end"] = end

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _issues: dict[str, str] = {}
        _start_sent = d.pop("start", UNSET)
        start = read_member(
            _issues,
            "start",
            _start_sent,
            (int,),
            None,
            False,
        )

        _end_sent = d.pop("end", UNSET)
        end = read_member(
            _issues,
            "end",
            _end_sent,
            (int,),
            None,
            False,
        )

        compatible_vehicle_attributes_years = cls(
            start=None if isinstance(start, Unset) else start,
            end=None if isinstance(end, Unset) else end,
        )

        compatible_vehicle_attributes_years._deviations = _issues

        compatible_vehicle_attributes_years.additional_properties = d
        return compatible_vehicle_attributes_years

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
